// The ExcelJS writer renders a SheetSpec as described: values (never formulas),
// formats, widths, frozen header, title merge, data bar, print setup, validations.
import ExcelJS from "exceljs";
import { inventoryOf, placeGenerated } from "../../src/cli/xlsx-place";
import { validationOf, writeSheet, writeSheets } from "../../src/cli/xlsx-write";
import { sheetValues } from "../support/exceljs-values";
import { describeReport } from "../../src/engine/sheets/ranking";
import { describeTemplate, LISTS_SHEET } from "../../src/engine/sheets/template";
import { headerRowOf, type SheetSpec } from "../../src/engine/sheets/types";
import { builtinProfile } from "../../src/engine/profile/builtin";
import { fakeReport } from "./fake-report";

const BUILTIN = builtinProfile();

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await wb.xlsx.writeBuffer()) as ExcelJS.Buffer);
  return back;
}

const YEAR = { year: 2023, kind: "year", quarter: 4 } as const;

describe("writeSheets: ranking sheets", () => {
  let back: ExcelJS.Workbook;
  const specs = describeReport(fakeReport(YEAR));
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("项目台账").getCell("A1").value = "项目名称";
    writeSheets(wb, specs);
    back = await roundTrip(wb);
  });

  it("adds the sheets after the existing ones and opens on the first ranking", () => {
    expect(back.worksheets.map((w) => w.name)).toEqual(["项目台账", ...specs.map((s) => s.name)]);
    expect(back.views[0].activeTab).toBe(1);
  });

  it("writes the title merged over the columns, the header, and the rows as values", () => {
    const spec = specs[0];
    const ws = back.getWorksheet(spec.name)!;
    const values = sheetValues(ws);
    expect(values[0][0]).toBe(spec.title);
    expect((ws as unknown as { _merges: Record<string, { range: string }> })._merges["A1"].range).toBe(`A1:${String.fromCharCode(64 + spec.columns.length)}1`);
    expect(values[1]).toEqual(spec.columns.map((c) => c.header));
    expect(values.slice(2, 2 + spec.rows.length)).toEqual(spec.rows.map((r) => r.map((v) => (v === null ? "" : v))));
    expect(values.slice(2 + spec.rows.length + 1).map((r) => r[0])).toEqual(spec.notes);
  });

  it("sets widths, number formats, a frozen header, landscape fit-to-width and print titles", () => {
    const spec = specs[0];
    const ws = back.getWorksheet(spec.name)!;
    spec.columns.forEach((c, i) => {
      expect(ws.getColumn(i + 1).width).toBeCloseTo(c.width, 1);
      if (c.numFmt) expect(ws.getCell(3, i + 1).numFmt).toBe(c.numFmt);
    });
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: headerRowOf(spec) });
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.printTitlesRow).toBe("2:2");
    expect(ws.getCell(2, 1).font?.bold).toBe(true);
    expect(ws.getCell(3, 2).font?.bold).toBe(true); // first place of the year: an award winner
    expect(ws.getCell(5, 2).font?.bold).toBeFalsy(); // ineligible, no award
  });

  it("puts a data bar over the totals", () => {
    const spec = specs[0];
    const ws = back.getWorksheet(spec.name)!;
    const col = String.fromCharCode(65 + spec.dataBarColumn!);
    const cf = (ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string }[] }[] }).conditionalFormattings;
    expect(cf.map((c) => [c.ref, c.rules[0].type])).toEqual([[`${col}3:${col}${2 + spec.rows.length}`, "dataBar"]]);
  });
});

describe("writeSheet", () => {
  const spec: SheetSpec = {
    name: "排名-测试",
    kind: "ranking",
    title: "标题",
    columns: [
      { header: "单位", width: 20 },
      { header: "总分", width: 10, numFmt: "0.00" },
    ],
    rows: [
      ["=HYPERLINK(\"http://x\")", 1.5],
      ["+1", null],
      ["@SUM(A1)", -2],
    ],
    landscape: false,
  };

  it("never writes a formula: text starting with = + @ stays text", async () => {
    const wb = new ExcelJS.Workbook();
    writeSheet(wb, spec);
    const ws = (await roundTrip(wb)).getWorksheet("排名-测试")!;
    expect([3, 4, 5].map((r) => ws.getCell(r, 1).type)).toEqual([ExcelJS.ValueType.String, ExcelJS.ValueType.String, ExcelJS.ValueType.String]);
    expect(ws.getCell(3, 1).value).toBe("=HYPERLINK(\"http://x\")");
    expect(ws.getCell(3, 2).value).toBe(1.5);
    expect(ws.getCell(4, 2).value).toBeNull();
  });

  it("never replaces a sheet: a name in use is refused, not overwritten", () => {
    const wb = new ExcelJS.Workbook();
    writeSheet(wb, spec);
    expect(() => writeSheet(wb, { ...spec, rows: [["新", 9]] })).toThrow();
    expect(wb.getWorksheet(spec.name)!.getCell(3, 1).value).not.toBe("新");
  });
});

describe("placeGenerated: the task pane's rules for generated sheets", () => {
  const spec = describeReport(fakeReport(YEAR))[0];
  const userSheet = (wb: ExcelJS.Workbook) => {
    const ws = wb.addWorksheet(spec.name);
    ws.getCell("A1").value = "用户自己的表";
    return ws;
  };

  it("replaces the sheet it generated before (rank run twice), keeping one marker", async () => {
    const wb = new ExcelJS.Workbook();
    placeGenerated(wb, [spec]);
    const again = await roundTrip(wb);
    placeGenerated(again, [{ ...spec, rows: [["新", 9]] }]);
    expect(again.worksheets.map((w) => w.name)).toEqual([spec.name]);
    expect(again.getWorksheet(spec.name)!.getCell(3, 1).value).toBe("新");
    expect(inventoryOf(again).markers).toEqual([{ name: "SANPI_GENERATED_1", sheet: spec.name }]);
  });

  it("never touches a user's sheet of the same name: ours goes beside it as (2)", async () => {
    const wb = new ExcelJS.Workbook();
    userSheet(wb);
    const plans = placeGenerated(wb, [spec]);
    expect(plans[0]).toMatchObject({ name: `${spec.name} (2)`, replaces: null, renamed: "userSheet" });
    const back = await roundTrip(wb);
    expect(back.getWorksheet(spec.name)!.getCell("A1").value).toBe("用户自己的表");
    // The next run replaces the (2) sheet it made, not the user's.
    placeGenerated(back, [{ ...spec, rows: [["新", 9]] }]);
    expect(back.worksheets.map((w) => w.name)).toEqual([spec.name, `${spec.name} (2)`]);
    expect(back.getWorksheet(`${spec.name} (2)`)!.getCell(3, 1).value).toBe("新");
    expect(back.getWorksheet(spec.name)!.getCell("A1").value).toBe("用户自己的表");
  });
});

describe("writeSheets: the template", () => {
  let back: ExcelJS.Workbook;
  const specs = describeTemplate(BUILTIN);
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    writeSheets(wb, specs);
    back = await roundTrip(wb);
  });
  const dv = (ws: ExcelJS.Worksheet, address: string) =>
    (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model[address];

  it("hides the lists sheet and freezes the header row", () => {
    expect(back.getWorksheet(LISTS_SHEET)!.state).toBe("hidden");
    expect(back.getWorksheet("项目台账")!.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  it("validates each input column over the rows clerks fill in", () => {
    const ledger = back.getWorksheet("项目台账")!;
    const col = (h: string) => String.fromCharCode(65 + specs[0].columns.findIndex((c) => c.header === h));
    expect(dv(ledger, `${col("产业类别")}2`)).toMatchObject({ type: "list", formulae: [`"${BUILTIN.categories.map((c) => c.name).join(",")}"`] });
    expect(dv(ledger, `${col("产业类别")}1001`)).toBeDefined();
    expect(dv(ledger, `${col("产业类别")}1`)).toBeUndefined(); // not the header
    expect(dv(ledger, `${col("责任单位")}500`)).toMatchObject({ type: "list", formulae: [specs[0].columns.find((c) => c.header === "责任单位")!.listSource] });
    const evals = back.getWorksheet("企业评议")!;
    expect(dv(evals, "D2")).toMatchObject({ type: "decimal", operator: "between", formulae: [0, 20] });
    expect(ledger.getColumn(specs[0].columns.findIndex((c) => c.header === "签约日期") + 1).numFmt).toBe("yyyy-mm-dd");
  });

  it("builds validations from the column description", () => {
    expect(validationOf({ header: "表扬次数", width: 8, input: "int", min: 0 })).toMatchObject({ type: "whole", operator: "greaterThanOrEqual", formulae: [0] });
    expect(validationOf({ header: "备注", width: 8, input: "text" })).toBeNull();
    expect(validationOf({ header: "x", width: 8, list: ["a", "b"], note: "n".repeat(300) })!.prompt!.length).toBe(255);
  });
});
