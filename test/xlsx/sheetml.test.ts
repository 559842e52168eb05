// renderSheets: the engine's SheetSpecs as worksheet parts and an append-only
// styles.xml. Every part is well-formed XML, and a workbook made of them reads
// back through ExcelJS (an independent reader) with the values, formats,
// merges, validations, notes, panes and print setup each spec feature asks for.
import ExcelJS from "exceljs";
import fc from "fast-check";
import { renderSheets } from "../../src/xlsx/write/sheetml";
import { describeReport } from "../../src/engine/sheets/ranking";
import { describeTemplate, LISTS_SHEET } from "../../src/engine/sheets/template";
import { headerRowOf, type SheetSpec } from "../../src/engine/sheets/types";
import { headerRowHeight, headerText, noteRowHeights, notesRowOf, titleRowHeight } from "../../src/engine/sheets/print";
import { dataRowHeights } from "../../src/engine/sheets/row-heights";
import { builtinProfile } from "../../src/engine/profile/builtin";
import { fakeReport } from "../cli/fake-report";
import { packageOf, parseXml, sofficeConvert, wellFormed } from "./support/book";
import { sheetValues } from "../support/exceljs-values";
import { readBookValues } from "../../src/xlsx/book";

const YEAR = { year: 2023, kind: "year", quarter: 4 } as const;

async function readBack(specs: SheetSpec[], styles: string | null = null): Promise<ExcelJS.Workbook> {
  const { sheets, stylesXml } = renderSheets(specs, styles);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(packageOf(sheets, stylesXml)) as unknown as ExcelJS.Buffer);
  return wb;
}

const allParts = (specs: SheetSpec[], styles: string | null = null): string[] => {
  const { sheets, stylesXml } = renderSheets(specs, styles);
  return [stylesXml, ...sheets.flatMap((s) => [s.xml, ...s.related.map((r) => String(r.data))])];
};

describe("renderSheets: the ranking workbook", () => {
  const specs = describeReport(fakeReport(YEAR));
  let back: ExcelJS.Workbook;
  beforeAll(async () => {
    back = await readBack(specs);
  });

  it("writes well-formed parts", () => {
    for (const xml of allParts(specs)) expect(() => wellFormed(xml)).not.toThrow();
  });

  it("writes every sheet with its title merged over the columns, the header and the rows as values", () => {
    expect(back.worksheets.map((w) => w.name)).toEqual(specs.map((s) => s.name));
    for (const spec of specs) {
      const ws = back.getWorksheet(spec.name)!;
      const values = sheetValues(ws);
      expect(values[0][0]).toBe(spec.title);
      expect(ws.getCell(1, 1).isMerged && ws.getCell(1, spec.columns.length).isMerged).toBe(true);
      expect(values[1].slice(0, spec.columns.length)).toEqual(spec.columns.map((c) => headerText(c)));
      spec.rows.forEach((row, r) => {
        row.forEach((v, c) => expect(ws.getCell(3 + r, c + 1).value ?? null).toEqual(v === "" ? null : v));
      });
      spec.columns.forEach((c, i) => {
        expect(ws.getColumn(i + 1).width).toBeCloseTo(c.width);
        if (c.numFmt && spec.rows.length) expect(ws.getCell(3, i + 1).numFmt).toBe(c.numFmt);
      });
      (spec.notes ?? []).forEach((n, i) => expect(ws.getCell(3 + spec.rows.length + 1 + i, 1).value).toBe(n));
    }
  });

  it("reads back through LibreOffice: title, header and rows as the spec says (CSV of the first sheet)", () => {
    const { sheets, stylesXml } = renderSheets(specs, null);
    const [csv] = sofficeConvert([packageOf(sheets, stylesXml)], "csv:Text - txt - csv (StarCalc):44,34,76,1");
    // No field of this sheet holds a comma or a quote: split, and drop the quotes around text.
    const lines = csv.toString("utf8").replace(/^\uFEFF/, "").split(/\r?\n/).map((l) => l.split(",").map((f) => f.replace(/^"(.*)"$/, "$1")));
    const spec = specs[0];
    expect(lines[0][0]).toBe(spec.title);
    expect(lines[1].slice(0, spec.columns.length)).toEqual(spec.columns.map((c) => c.header));
    spec.rows.forEach((row, r) => {
      const cells = lines[2 + r];
      expect(cells[1]).toBe(row[1]);
      row.forEach((v, c) => {
        if (typeof v === "number") expect(Number(cells[c])).toBeCloseTo(v, 2);
      });
    });
  }, 120_000);

  it("freezes the header (and 名次, 单位 on rankings) and prints A4 landscape with the header repeated", () => {
    for (const spec of specs) {
      const ws = back.getWorksheet(spec.name)!;
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 2, xSplit: spec.kind === "ranking" ? 2 : 0 });
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1 });
    }
    const { sheets } = renderSheets(specs, null);
    for (const s of sheets) expect(s.definedNames).toEqual([{ name: "_xlnm.Print_Titles", formula: `'${s.name}'!$2:$2` }]);
  });

  it("sets the heights of wrapped rows, the header, the title and the footnotes", () => {
    for (const spec of specs) {
      const ws = back.getWorksheet(spec.name)!;
      dataRowHeights(spec).forEach((h, r) => {
        if (h !== null) expect(ws.getRow(3 + r).height).toBe(h);
      });
      expect(ws.getRow(1).height).toBe(titleRowHeight(spec));
      expect(ws.getRow(2).height).toBe(headerRowHeight(spec));
      noteRowHeights(spec).forEach((h, i) => expect(ws.getRow(notesRowOf(spec) + i).height).toBe(h));
    }
  });

  it("makes emphasis rows bold and puts data bars on the totals", () => {
    const spec = specs[0];
    const ws = back.getWorksheet(spec.name)!;
    for (const r of spec.emphasis!) expect(ws.getCell(3 + r, 2).font?.bold).toBe(true);
    const { sheets } = renderSheets([spec], null);
    const xml = sheets[0].xml;
    expect(xml).toMatch(/<cfRule type="dataBar"/);
    const col = String.fromCharCode(65 + spec.dataBarColumn!);
    expect(xml).toContain(`sqref="${col}3:${col}${2 + spec.rows.length}"`);
  });
});

describe("renderSheets: the template", () => {
  const specs = describeTemplate(builtinProfile());
  let back: ExcelJS.Workbook;
  beforeAll(async () => {
    back = await readBack(specs);
  });

  it("writes well-formed parts, the lists sheet hidden", () => {
    for (const xml of allParts(specs)) expect(() => wellFormed(xml)).not.toThrow();
    expect(back.getWorksheet(LISTS_SHEET)!.state).toBe("hidden");
  });

  it("validates input columns: inline lists, list sources, bounds, prompts ≤ 255 characters", () => {
    for (const spec of specs.filter((s) => s.kind === "input")) {
      const ws = back.getWorksheet(spec.name)! as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } };
      const model = ws.dataValidations.model;
      const first = headerRowOf(spec) + 1;
      spec.columns.forEach((c, i) => {
        const col = String.fromCharCode(65 + i);
        const v = Object.entries(model).find(([ref]) => ref.startsWith(`${col}${first}`) || ref.split(":")[0] === `${col}${first}`)?.[1];
        if (c.listSource) expect(v).toMatchObject({ type: "list", formulae: [c.listSource] });
        else if (c.list) expect(v).toMatchObject({ type: "list", formulae: [`"${c.list.join(",")}"`] });
        else if (c.min !== undefined && c.max !== undefined) expect(v).toMatchObject({ operator: "between", formulae: [c.min, c.max] });
        if (c.note) expect(v?.prompt).toBe(c.note.slice(0, 255));
      });
    }
  });

  it("writes notes on header cells as comments", () => {
    const spec = specs[0];
    const ws = back.getWorksheet(spec.name)!;
    spec.columns.forEach((c, i) => {
      const note = ws.getCell(1, i + 1).note;
      const text = typeof note === "string" ? note : note?.texts?.map((t) => t.text).join("");
      expect(text ?? undefined).toBe(c.note);
    });
  });
});

describe("renderSheets: dates", () => {
  const spec: SheetSpec = {
    name: "日期",
    kind: "input",
    title: null,
    columns: [{ header: "签约日期", width: 13, input: "date", numFmt: "yyyy-mm-dd" }, { header: "金额", width: 10, numFmt: "0" }],
    rows: [[45000, 45000]],
    landscape: false,
  };
  it("writes day serials with the column's date format, shifted for a 1904 workbook", async () => {
    const ws = (await readBack([spec])).worksheets[0];
    expect(ws.getCell(2, 1).numFmt).toBe("yyyy-mm-dd");
    expect((ws.getCell(2, 1).value as Date).toISOString().slice(0, 10)).toBe("2023-03-15");
    const xml = renderSheets([spec], null, { date1904: true }).sheets[0].xml;
    expect(xml).toContain('<c r="A2" s="');
    expect(xml).toMatch(/<c r="A2" s="\d+"><v>43538<\/v>/);
    expect(xml).toMatch(/<c r="B2" s="\d+"><v>45000<\/v>/); // not a date column
  });
});

describe("renderSheets: cell text", () => {
  const spec = (texts: string[]): SheetSpec => ({
    name: "文本",
    kind: "detail",
    title: null,
    columns: [{ header: "说明", width: 20 }],
    rows: texts.map((t) => [t]),
    landscape: false,
  });

  const texts = ["=1+1", '=HYPERLINK("x")', "a\u0001b\u0008c", " 两端 ", "行1\n行2", "回车\r\n"];
  it("keeps text starting with = as text and drops characters XML forbids", async () => {
    const ws = (await readBack([spec(texts)])).worksheets[0];
    expect(texts.map((_, r) => ws.getCell(r + 2, 1).value)).toEqual(["=1+1", '=HYPERLINK("x")', "abc", " 两端 ", "行1\n行2", "回车\r\n"]);
    expect(ws.getCell(2, 1).formula).toBeUndefined();
  });

  it("keeps a literal _x001B_ literal for readers that decode Excel's escapes (this project's reader, as Excel)", async () => {
    const { sheets, stylesXml } = renderSheets([spec(["_x001B_", "a_x0041_b", "_x"])], null);
    const book = await readBookValues(Buffer.from(packageOf(sheets, stylesXml)));
    const values = book.values["文本"] as { values: unknown[][] };
    expect(values.values.slice(1).map((r) => r[0])).toEqual(["_x001B_", "a_x0041_b", "_x"]);
  });

  it("cuts text at Excel's 32,767 characters and inlines no list over 255", () => {
    const xml = renderSheets([spec(["长".repeat(40000)])], null).sheets[0].xml;
    expect(/<t>(长+)<\/t>/.exec(xml)![1].length).toBe(32767);
    const long: SheetSpec = { ...spec([]), kind: "input", columns: [{ header: "单位", width: 10, list: Array.from({ length: 60 }, (_, i) => `单位${i}`), note: "选择" }] };
    const v = renderSheets([long], null).sheets[0].xml;
    expect(v).not.toContain('type="list"');
    expect(v).toContain('prompt="选择"');
  });

  it("round-trips arbitrary text (property)", async () => {
    const ok = (s: string): string =>
      s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "");
    // ExcelJS does not decode Excel's _xHHHH_ escape; the reader test above covers it.
    const text = fc.string({ unit: "binary", maxLength: 40 }).filter((s) => !/_x[0-9A-Fa-f]{4}_/.test(s));
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 8 }), async (texts) => {
        const parts = allParts([spec(texts)]);
        parts.forEach(wellFormed);
        const xml = parseXml(renderSheets([spec(texts)], null).sheets[0].xml);
        expect(xml).toBeDefined();
        const ws = (await readBack([spec(texts)])).worksheets[0];
        texts.forEach((t, i) => {
          expect(String(ws.getCell(2 + i, 1).value ?? "")).toBe(ok(t));
        });
      }),
      { numRuns: 60 },
    );
  });
});
