// The printed pages of `rank` (issue 20 items 1–5), read from the XML the
// sheet writer produces for real workbooks (the 2023 sample ledger and a 2026
// workbook with a 考评参数 sheet), and printed through LibreOffice: each
// group's ranking of at most 25 units is one page, with its footnotes.
import path from "path";
import { readXlsxValues } from "../../src/cli/xlsx-read";
import { builtinProfile, describeReport, inputSheetNames, readWorkbook, scorePeriod, type SheetSpec } from "../../src/engine";
import { SHEET_FONT } from "../../src/engine/sheets/print";
import { renderSheets } from "../../src/xlsx/write/sheetml";
import { packageOf, pdfPages, pdfPageTexts, sofficeConvert } from "./support/book";
import { describeTemplate } from "../../src/engine/sheets/template";
import { headerText, printLayout } from "../../src/engine/sheets/print";

const FIXTURES = path.join(__dirname, "..", "fixtures");
const WORKBOOKS = [
  { label: "the 2023 sample ledger", file: path.join(FIXTURES, "ledger-3", "ledger-3.xlsx"), year: 2023 },
  { label: "a 2026 workbook with 考评参数", file: path.join(FIXTURES, "year-2026", "year-2026.xlsx"), year: 2026 },
];

async function rankSpecs(file: string, year: number): Promise<SheetSpec[]> {
  const loaded = await readXlsxValues(file, "zh", file, inputSheetNames);
  const parsed = readWorkbook(loaded.values, builtinProfile(), { sheetNames: loaded.sheetNames });
  return describeReport(scorePeriod(parsed, { year, kind: "year", quarter: 4 }), "zh");
}

/** The text of every inline string of a worksheet. */
const texts = (xml: string): string[] => [...xml.matchAll(/<t(?: [^>]*)?>([^<]*)<\/t>/g)].map((m) => m[1]);

describe.each(WORKBOOKS)("rank's sheets for $label", ({ file, year }) => {
  let specs: SheetSpec[];
  let out: ReturnType<typeof renderSheets>;
  beforeAll(async () => {
    specs = await rankSpecs(file, year);
    out = renderSheets(specs, null);
  });

  it("names a font on every style (bold ones too)", () => {
    const fonts = [...out.stylesXml.matchAll(/<font>([\s\S]*?)<\/font>/g)].map((m) => m[1]);
    expect(fonts.some((f) => f.includes("<b/>"))).toBe(true);
    for (const f of fonts) expect(f).toContain(`<name val="${SHEET_FONT}"/>`);
  });

  it("prints 第 N 页 共 M 页 in the footer of every sheet", () => {
    for (const s of out.sheets) expect(s.xml).toContain("<oddFooter>&amp;C第 &amp;P 页 共 &amp;N 页</oddFooter>");
  });

  it("leaves 奖励 blank for units without an award", () => {
    let blanks = 0;
    for (const [i, spec] of specs.entries()) {
      const col = spec.columns.findIndex((c) => c.header === "奖励(万元)");
      if (col < 0) continue;
      const letter = String.fromCharCode(65 + col);
      const awards = [...out.sheets[i].xml.matchAll(new RegExp(`<c r="${letter}(\\d+)"[^>]*?(?:/>|>(.*?)</c>)`, "g"))].filter((m) => Number(m[1]) > 2 && Number(m[1]) <= 2 + spec.rows.length);
      expect(awards).toHaveLength(spec.rows.length);
      for (const m of awards) {
        const v = m[2] === undefined ? null : Number(/<v>([^<]*)<\/v>/.exec(m[2])?.[1]);
        expect(v === null || v > 0).toBe(true);
      }
      blanks += awards.filter((m) => m[2] === undefined).length;
    }
    expect(blanks).toBeGreaterThan(0); // some unit has none in these workbooks
  });

  it("names the plan, not internal ids or this project's rule sections", () => {
    for (const s of out.sheets) {
      const all = texts(s.xml).join("\n");
      expect(all).not.toMatch(/ruzhou-2023|规则\s*§|rules §/);
    }
    const notes = specs[0].notes!.join("\n");
    expect(notes).toContain("考评方案：汝州市2023年考评办法（内置）");
    expect(notes).toContain("（附件3 五）");
  });

  it("prints each group's ranking of at most 25 units on one page, footnotes included (LibreOffice)", () => {
    const rankings = specs.filter((s) => s.kind === "ranking" && s.rows.length <= 25);
    expect(rankings.length).toBeGreaterThan(0);
    const books = rankings.map((s) => {
      const one = renderSheets([s], null);
      return packageOf(one.sheets, one.stylesXml);
    });
    const pages = sofficeConvert(books, "pdf").map(pdfPages);
    expect(pages).toEqual(rankings.map(() => 1));
  }, 300_000);
});

describe("the template's 项目台账 on paper (issue 20 item 6)", () => {
  const ledger = describeTemplate(builtinProfile(), "zh", 2026).find((s) => s.name === "项目台账")!;

  it("breaks long headers into whole lines: a unit in brackets is never split", () => {
    const texts = ledger.columns.map(headerText);
    expect(texts).toContain("累计完成投资\n(万元)");
    for (const t of texts) for (const line of t.split("\n")) expect(line.length).toBeGreaterThan(1);
    for (const [i, t] of texts.entries()) expect(t.replace(/\s/g, "")).toBe(ledger.columns[i].header.replace(/\s/g, ""));
  });

  it("prints landscape across pages of a legible scale, 项目名称 and the header row on each, every header whole (LibreOffice)", () => {
    const layout = printLayout(ledger);
    expect(layout).toMatchObject({ landscape: true, repeatColumns: 1, repeatRows: [1, 1] });
    expect(layout.pagesWide).toBeGreaterThan(1);
    const one = renderSheets([{ ...ledger, inputRows: 30 }], null);
    const pages = pdfPageTexts(sofficeConvert([packageOf(one.sheets, one.stylesXml)], "pdf")[0]);
    expect(pages).toHaveLength(layout.pagesWide);
    for (const p of pages) expect(p).toContain("项目名称");
    const printed = pages.join("").replace(/\s/g, "");
    for (const c of ledger.columns) {
      for (const line of headerText(c).split("\n")) expect(printed).toContain(line.replace(/\s/g, ""));
    }
  }, 120_000);
});
