// The WPS host (src/wps/host.ts) over the ET stand-in (test/wps-standin): it
// reads what the Excel host reads (used ranges padded to A1, merged areas),
// writes the generated sheets with their formatting, replaces only what the
// pane planned (after its confirmation), takes an issue to its cell, and adds
// the template's missing sheets without touching the ones there.
import * as path from "path";
import { readXlsx } from "../../src/cli/xlsx-read";
import { builtinProfile, describeTemplate, readWorkbook, scorePeriod } from "../../src/engine";
import { addTemplate, commitGenerate, issueTarget, prepareGenerate, runCheck } from "../../src/taskpane/workflow";
import { mergedAreas, patchLedger, wpsHost } from "../../src/wps/host";
import type { SheetInput } from "../../src/engine/types";
import { createEtStandIn, type EtStandIn } from "../wps-standin";

const Q2 = { year: 2023, kind: "quarter", quarter: 2 } as const;
let golden: Record<string, SheetInput>;
beforeAll(async () => {
  golden = await readXlsx(path.join(__dirname, "..", "fixtures", "ledger-3", "ledger-3.xlsx"));
});

const standIn = (book = golden): EtStandIn => createEtStandIn(Object.fromEntries(Object.entries(book).map(([k, v]) => [k, { values: v.values as unknown[][], merges: v.merges ?? [] }])));

test("检查台账 over WPS reads what the file reader reads: the same report", async () => {
  const et = standIn();
  const outcome = await runCheck(wpsHost(() => et.Application), Q2, null);
  const direct = scorePeriod(readWorkbook(golden), Q2);
  expect(outcome.report.groups.map((g) => g.rows.map((r) => [r.unit, r.total]))).toEqual(direct.groups.map((g) => g.rows.map((r) => [r.unit, r.total])));
  expect(outcome.read.stamp).toBeNull(); // ET tells of no changes: 生成排名 reads again
});

test("a used range that starts below and right of A1 is padded, and merged areas are found", async () => {
  const values = [[], [], ["", "", "项目名称", "责任单位"], ["", "", "甲", "临汝镇"], ["", "", "乙", ""]];
  const et = createEtStandIn({ 项目台账: { values, merges: [{ row0: 3, col0: 3, row1: 4, col1: 3 }] } });
  const read = await wpsHost(() => et.Application).read(["项目台账"], null);
  expect(read.book["项目台账"].values.slice(2).map((r) => r.slice(2))).toEqual([["项目名称", "责任单位"], ["甲", "临汝镇"], ["乙", null]]);
  expect(read.book["项目台账"].values[2].slice(0, 2)).toEqual([null, null]);
  expect(read.book["项目台账"].merges).toEqual([{ row0: 3, col0: 3, row1: 4, col1: 3 }]);
  expect(read.sources[0].dims).toEqual({ sheet: "项目台账", rowIndex: 2, columnIndex: 2, rowCount: 3, columnCount: 2 });
});

test("merged areas are found by halving: blocks without merges cost one question", () => {
  const rows = 2000;
  const values = Array.from({ length: rows }, (_, r) => Array.from({ length: 20 }, (_, c) => `${r}:${c}`));
  const merges = [
    { row0: 0, col0: 0, row1: 0, col1: 5 },
    { row0: 1500, col0: 3, row1: 1502, col1: 3 },
  ];
  const et = createEtStandIn({ s: { values, merges } });
  const ws = et.Application.ActiveWorkbook!.Worksheets.Item(1);
  expect(mergedAreas(ws, 0, 0, rows, 20)).toEqual(merges);
  expect(et.book.calls.get("Range.MergeCells")!).toBeLessThan(200); // vs 40,000 cells
});

test("生成排名 writes formatted sheets, replaces the earlier ones in place, never a user's sheet", async () => {
  const et = standIn();
  const host = wpsHost(() => et.Application);
  const first = await prepareGenerate(host, Q2, "zh", null);
  expect(first.toReplace).toEqual([]);
  const written = await commitGenerate(host, first, "replace");
  expect(written.written.length).toBeGreaterThan(0);
  const name = written.written[0];
  const sheet = et.book.sheet(name)!;
  const values = sheet.values();
  expect(String(values[0][0])).toContain("排名"); // the title
  expect(sheet.merges.some((m) => m.row0 === 0 && m.col0 === 0 && m.col1 > 0)).toBe(true); // title merged across
  expect(sheet.peek(0, 0)!.bold).toBe(true);
  expect(sheet.peek(1, 0)!.fill).toBeDefined(); // header fill
  expect(sheet.peek(1, 0)!.border).toBe(true);
  expect(sheet.frozenRows).toBe(2);
  expect(sheet.page.FitToPagesWide).toBe(1);
  expect(sheet.widths.size).toBeGreaterThan(0);
  expect(et.book.names.some((n) => n.refersTo.includes(name))).toBe(true); // the add-in's marker
  const position = et.book.sheets.indexOf(sheet);
  const userSheets = et.book.sheets.filter((s) => Object.keys(golden).includes(s.name)).map((s) => [s.name, JSON.stringify(s.values())]);

  // Again: the pane asks before replacing (toReplace), then replaces at the same place.
  const second = await prepareGenerate(host, Q2, "zh", null);
  expect(second.toReplace.length).toBeGreaterThan(0);
  const again = await commitGenerate(host, second, "replace");
  expect(again.replaced).toContain(name);
  expect(et.book.sheets.findIndex((s) => s.name === name)).toBe(position);
  expect(et.book.sheets.filter((s) => Object.keys(golden).includes(s.name)).map((s) => [s.name, JSON.stringify(s.values())])).toEqual(userSheets);

  // Keep both: new names, nothing replaced.
  const third = await prepareGenerate(host, Q2, "zh", null);
  const kept = await commitGenerate(host, third, "keepBoth");
  expect(kept.replaced).toEqual([]);
  expect(kept.written.every((n) => !again.written.includes(n))).toBe(true);
});

test("an issue takes the user to its cell", async () => {
  const et = standIn();
  const host = wpsHost(() => et.Application);
  const outcome = await runCheck(host, Q2, null);
  const issue = outcome.report.issues.find((i) => issueTarget(i, outcome.read)?.cell);
  expect(issue).toBeDefined();
  const target = issueTarget(issue!, outcome.read)!;
  await host.select(target);
  expect(et.book.selection).toEqual({ sheet: target.sheet, address: target.cell });
  expect(et.book.active?.name).toBe(target.sheet);
});

test("添加模板表 adds only the missing input sheets; an existing one is not touched", async () => {
  const et = createEtStandIn({ 项目台账: [["我的表头"], ["我的数据"]] });
  const result = await addTemplate(wpsHost(() => et.Application));
  expect(result.present).toEqual(["项目台账"]);
  expect(result.added.length).toBeGreaterThan(0);
  expect(et.book.sheet("项目台账")!.values()).toEqual([["我的表头"], ["我的数据"]]);
  const specs = describeTemplate(builtinProfile(), "zh");
  const inputs = et.book.sheet(result.added.find((n) => n !== "填写说明" && !et.book.sheet(n)!.visible) ?? result.added[0])!;
  expect(inputs.values()[0].length).toBeGreaterThan(0);
  expect(specs.length).toBeGreaterThan(0);
});

test("合并报送 into the open workbook sets the changed cells and appends the added rows, nothing else", () => {
  const et = createEtStandIn({
    项目台账: [["项目名称", "责任单位", "谋划日期"], ["甲", "临汝镇", 44931], ["乙", "温泉镇", ""]],
    考核录入: [["季度"], ["2023Q1"]],
  });
  patchLedger(et.Application, {
    sheet: "项目台账",
    set: [{ row: 3, col: 2, value: 45000, date: true }],
    append: [[{ col: 0, value: "丙", date: false }, { col: 1, value: "寄料镇", date: false }, { col: 2, value: 45010, date: true }]],
    lastRow: 3,
  });
  const ledger = et.book.sheet("项目台账")!;
  expect(ledger.values()).toEqual([["项目名称", "责任单位", "谋划日期"], ["甲", "临汝镇", 44931], ["乙", "温泉镇", 45000], ["丙", "寄料镇", 45010]]);
  expect(ledger.peek(2, 2)!.numberFormat).toBe("yyyy-mm-dd");
  expect(ledger.peek(3, 2)!.numberFormat).toBe("yyyy-mm-dd");
  expect(ledger.peek(1, 2)!.numberFormat).toBeUndefined();
  expect(et.book.sheet("考核录入")!.values()).toEqual([["季度"], ["2023Q1"]]);
});
