// The adapter against the stand-in workbook (test/standin), which keeps
// Office.js's batch rules and Excel's cell typing: what lands in the sheets.
import { describeTemplate, builtinProfile, type SheetSpec } from "../../src/engine";
import { MARKER_PREFIX, planTargets } from "../../src/excel";
import { readInputSheets } from "../../src/excel/read";
import { parseAreasAddress } from "../../src/excel/merges";
import { readWorkbook } from "../../src/engine/workbook";
import { writeGeneratedSheets, addTemplateSheets } from "../../src/excel/write";
import { queueInventory } from "../../src/excel/inventory";
import { selectTarget } from "../../src/excel/select";
import { createStandIn } from "../standin";

const BUILTIN = builtinProfile();

const spec = (name: string, rows: (string | number | null)[][], extra: Partial<SheetSpec> = {}): SheetSpec => ({
  name,
  kind: "ranking",
  title: `${name} 标题`,
  columns: [
    { header: "名次", width: 6, numFmt: "0" },
    { header: "单位", width: 20 },
    { header: "总分", width: 10, numFmt: "0.00" },
  ],
  rows,
  dataBarColumn: 2,
  chart: { title: "总分", categoryColumn: 1, valueColumn: 2 },
  landscape: true,
  ...extra,
});

const ledger = [["汝州市台账"], ["项目名称", "责任单位", "总投资(万元)"], ["甲", "临汝镇", 12000]];

async function generate(s: ReturnType<typeof createStandIn>, specs: SheetSpec[], mode: "replace" | "keepBoth" = "replace") {
  return s.Excel.run(async (ctx) => {
    const read = await readInputSheets(ctx, ["项目台账"]);
    const plans = planTargets(specs, read.inventory, mode);
    return writeGeneratedSheets(ctx, plans, read.inventory, "2023Q1");
  });
}

describe("generated sheets", () => {
  it("writes text from cells as text: formulas, leading zeros and dates stay as typed", async () => {
    const s = createStandIn({ 项目台账: ledger });
    await generate(s, [spec("排名", [[1, "=HYPERLINK(\"http://x\",\"点我\")", 90], [2, "00123", 80.5], [3, "2023-01-01", 70]])]);
    const sheet = s.model.sheet("排名")!;
    expect(sheet.formulas.size).toBe(0);
    expect(sheet.cells[2][1]).toBe('=HYPERLINK("http://x","点我")');
    expect(sheet.cells[3][1]).toBe("00123");
    expect(sheet.cells[4][1]).toBe("2023-01-01");
    expect(sheet.cells[3][2]).toBe(80.5);
    expect(sheet.formats[3][2]).toBe("0.00");
  });

  it("renders title, table, widths, frozen header, data bars, chart and print setup in one suspended sync", async () => {
    const s = createStandIn({ 项目台账: ledger });
    const before = s.stats.syncs;
    await generate(s, [spec("排名", [[1, "临汝镇", 90], [2, "温泉镇", 80]], { emphasis: [0], notes: ["按总分排名"] })]);
    expect(s.stats.syncs - before).toBe(3); // probe, values, write
    expect(s.stats.suspendedSyncs).toEqual([s.stats.syncs]);
    const sh = s.model.sheet("排名")!;
    expect(sh.cells[0][0]).toBe("排名 标题");
    expect(sh.merges).toEqual(["A1:C1", "A6:C6"]); // the title, and the footnote across the table
    expect(sh.tables).toEqual([expect.objectContaining({ address: "A2:C4", name: "Sanpi_2023Q1_1" })]);
    expect(sh.frozenRows).toBe(2);
    expect(sh.columnWidths.get(1)).toBeGreaterThan(sh.columnWidths.get(0)!);
    expect(sh.conditionalFormats).toEqual([expect.objectContaining({ address: "C3:C4", type: "DataBar" })]);
    expect(sh.charts[0]).toEqual(expect.objectContaining({ type: "BarClustered", values: "C3:C4", categories: "B3:B4" }));
    expect(sh.pageLayout).toEqual(
      expect.objectContaining({
        orientation: "Landscape",
        printTitleRows: "$2:$2",
        "zoom": { horizontalFitToPages: 1, verticalFitToPages: 1, scale: null },
        "headersFooters.defaultForAllPages.centerFooter": "第 &P 页 共 &N 页",
      }),
    );
    expect(sh.styles).toContainEqual({ address: "A1:C6", path: "font.name", value: "宋体" });
    expect(sh.cells[5][0]).toBe("按总分排名");
    expect(sh.styles).toContainEqual({ address: "A3:C3", path: "font.bold", value: true });
    expect(s.model.names.map((n) => n.name)).toEqual([`${MARKER_PREFIX}1`]);
    expect(s.model.names[0]).toEqual(expect.objectContaining({ formula: "='排名'!$A$1", visible: false }));
    expect(s.model.userSheetWrites()).toEqual([]);
  });

  it("replaces only its own sheets, in place, and never a user's sheet of the same name", async () => {
    const s = createStandIn({ 项目台账: ledger, 明细: [["用户自己的表"]] });
    await generate(s, [spec("排名", [[1, "临汝镇", 90]])]);
    s.model.moveSheet("排名", 0); // the user moved our sheet to the front
    const r = await generate(s, [spec("排名", [[1, "临汝镇", 95]]), spec("明细", [[1, "温泉镇", 1]])]);
    expect(r.replaced).toEqual(["排名"]);
    expect(r.written).toEqual(["排名", "明细 (2)"]);
    expect(s.model.sheets.map((x) => x.name)).toEqual(["排名", "项目台账", "明细", "明细 (2)"]);
    expect(s.model.sheet("排名")!.cells[2][2]).toBe(95);
    expect(s.model.sheet("明细")!.cells).toEqual([["用户自己的表"]]);
    expect(s.model.names.map((n) => n.formula).sort()).toEqual(["='明细 (2)'!$A$1", "='排名'!$A$1"].sort());
    expect(s.model.userSheetWrites()).toEqual([]);
  });

  it("when a user's sheet holds the name, replaces the sheet it wrote beside it last time", async () => {
    const s = createStandIn({ 项目台账: ledger, 明细: [["用户自己的表"]] });
    await generate(s, [spec("明细", [[1, "温泉镇", 1]])]);
    const r = await generate(s, [spec("明细", [[1, "温泉镇", 2]])]);
    expect(r.replaced).toEqual(["明细 (2)"]);
    expect(s.model.sheets.map((x) => x.name)).toEqual(["项目台账", "明细", "明细 (2)"]);
    expect(s.model.sheet("明细 (2)")!.cells[2][2]).toBe(2);
  });

  it("keeps earlier generated sheets when asked, writing beside them", async () => {
    const s = createStandIn({ 项目台账: ledger });
    await generate(s, [spec("排名", [[1, "临汝镇", 90]])]);
    const r = await generate(s, [spec("排名", [[1, "临汝镇", 95]])], "keepBoth");
    expect(r.written).toEqual(["排名 (2)"]);
    expect(s.model.sheet("排名")!.cells[2][2]).toBe(90);
  });

  it("treats a renamed copy as the user's, and tidies markers of sheets the user deleted", async () => {
    const s = createStandIn({ 项目台账: ledger });
    await generate(s, [spec("排名", [[1, "临汝镇", 90]])]);
    s.model.deleteSheet("排名");
    s.model.addSheet("排名").cells = [["用户新建的同名表"]];
    const r = await generate(s, [spec("排名", [[1, "临汝镇", 95]])]);
    expect(r.written).toEqual(["排名 (2)"]);
    expect(s.model.sheet("排名")!.cells).toEqual([["用户新建的同名表"]]);
    expect(s.model.names.every((n) => !n.formula.includes("#REF!"))).toBe(true);
  });
});

describe("reading", () => {
  const s0 = (sheet: unknown[][]) => createStandIn({ 项目台账: sheet });
  const bigLedger = (rows: number) => [
    ["项目名称", "责任单位", "总投资(万元)", "备注"],
    ...Array.from({ length: rows }, (_, i) => [`项目${i}`, "临汝镇", 10000 + i, "说明".repeat(20)]),
  ];

  it("finds a sheet by its trimmed name and pads the used range back to A1", async () => {
    const s = createStandIn({ " 项目台账 ": [[], ["", "", "项目名称"], ["", "", "甲"]] });
    const read = await s.Excel.run((ctx) => readInputSheets(ctx, ["项目台账", "目标任务"]));
    expect(Object.keys(read.book)).toEqual([" 项目台账 "]);
    expect(read.book[" 项目台账 "].values[2]).toEqual(["", "", "甲"]);
    expect(read.book[" 项目台账 "].values.length).toBe(3);
  });

  it("reads a ledger larger than one request in row blocks, under Excel's limit", async () => {
    const s = createStandIn({ 项目台账: bigLedger(6000) }, { payloadLimit: 300_000 });
    const read = await s.Excel.run((ctx) => readInputSheets(ctx, ["项目台账"], { budget: 250_000 }));
    expect(read.book.项目台账.values).toEqual(bigLedger(6000));
    expect(read.syncs).toBeGreaterThan(3);
    // The rows sampled in the probe size the blocks: Excel never has to refuse one.
    expect(Math.max(...s.stats.responseBytes)).toBeLessThanOrEqual(300_000);
  });

  it("halves a batch Excel refuses as too large", async () => {
    const s = createStandIn({ 项目台账: bigLedger(3000) }, { payloadLimit: 150_000 });
    const read = await s.Excel.run((ctx) => readInputSheets(ctx, ["项目台账"], { budget: 10_000_000 }));
    expect(read.book.项目台账.values).toEqual(bigLedger(3000));
  });

  it("hands the engine the merged areas in the same first sync, where ExcelApi 1.13 can tell them", async () => {
    const clerk = [["台账"], ["项目名称", "责任单位", "投资情况", "", "产业类别"], ["", "", "总投资", "累计完成投资", ""], ["甲", "水利局", 12000, 0, "基础设施"], ["乙", "", 15000, 0, "基础设施"]];
    const plain = await s0(clerk).Excel.run((ctx) => readInputSheets(ctx, ["项目台账"], { merges: false }));
    const s = s0(clerk);
    for (const a of ["A1:E1", "A2:A3", "B2:B3", "C2:D2", "E2:E3", "B4:B5"]) s.model.merge("项目台账", a);
    const read = await s.Excel.run((ctx) => readInputSheets(ctx, ["项目台账", "考核录入"], { merges: true }));
    expect(read.syncs).toBe(plain.syncs);
    expect(read.book.项目台账.merges).toEqual(
      ["A1:E1", "A2:A3", "B2:B3", "C2:D2", "E2:E3", "B4:B5"].map((a) => parseAreasAddress(`'项目台账'!${a}`)[0]),
    );
    expect(plain.book.项目台账.merges).toBeNull();
    // The engine fills 乙's merged 责任单位; without the merges it is an error that says how to fix it.
    expect(readWorkbook(read.book).ledger.projects.map((p) => p.unit)).toEqual(["水利局", "水利局"]);
    const blind = readWorkbook({ 项目台账: { values: read.book.项目台账.values, merges: null } }).ledger.issues.filter((i) => i.severity === "error");
    expect(blind).toMatchObject([{ row: 5, code: "required.missing" }]);
    expect(blind[0].message).toContain("合并单元格");
  });

  it("reads merged-area addresses whose sheet names hold quotes, commas and spaces", () => {
    expect(parseAreasAddress("'a,b''s 表'!A3:B4, 'x'!$C$5")).toEqual([
      { row0: 2, col0: 0, row1: 3, col1: 1 },
      { row0: 4, col0: 2, row1: 4, col1: 2 },
    ]);
  });

  it("falls back to the inventory first when Excel will not chain on a missing sheet", async () => {
    const s = createStandIn({ 项目台账: ledger }, { strictNullChaining: true });
    const read = await s.Excel.run((ctx) => readInputSheets(ctx, ["项目台账", "目标任务"]));
    expect(read.book.项目台账.values).toEqual(ledger.map((r) => [...r, "", ""].slice(0, 3)));
  });
});

describe("template and selection", () => {
  it("adds only the missing input sheets with validation, and the hidden lists sheet they use", async () => {
    const s = createStandIn({ 项目台账: ledger });
    const r = await s.Excel.run((ctx) => addTemplateSheets(ctx, describeTemplate(BUILTIN), queueInventory));
    expect(r.present).toEqual(["项目台账"]);
    expect(r.added).toEqual(expect.arrayContaining(["考核录入", "企业评议", "目标任务"]));
    expect(s.model.userSheetWrites()).toEqual([]);
    const inputs = s.model.sheet("考核录入")!;
    expect(inputs.cells[0][0]).toBe("季度");
    expect(inputs.validations.length).toBeGreaterThan(0);
    const lists = r.added.filter((n) => s.model.sheet(n)!.visibility === "Hidden");
    expect(lists.length).toBeLessThanOrEqual(1);
    const again = await s.Excel.run((ctx) => addTemplateSheets(ctx, describeTemplate(BUILTIN), queueInventory));
    expect(again.added).toEqual([]);
  });

  it("selects an issue's cell, or its row", async () => {
    const s = createStandIn({ 项目台账: ledger, 其他: [["x"]] });
    await s.Excel.run((ctx) => selectTarget(ctx, { sheet: "项目台账", cell: "C3" }));
    expect(s.model.selection).toEqual({ sheet: "项目台账", address: "C3" });
    await s.Excel.run((ctx) => selectTarget(ctx, { sheet: "项目台账", row: 7 }));
    expect(s.model.selection?.address).toBe("A7:XFD7");
    expect(s.model.userSheetWrites()).toEqual([]);
  });
});
