// merge (cycle.md §1) in the engine, clause by clause: which sheet is a
// return's ledger, rows read as `check` reads them, values as read, missing
// units, duplicates and conflicts, --into reconciliation, bad input; then
// properties over generated returns (order, no row lost, symmetry,
// idempotence) and generated families scored against the same rows typed
// into one ledger.
import fc from "fast-check";
import { mergedValues, mergeReturns, describeMerge, mergeToJson, type ReturnInput, type MergeResult } from "../../src/engine/merge";
import { MERGED_HEADERS } from "../../src/engine/merge";
import { ymdToSerial } from "../../src/engine/parse/dates";
import { builtinProfile, parsePeriod, readWorkbook, reportToJson, scorePeriod, type CellValue, type SheetInput, type WorkbookInput } from "../../src/engine";
import { toClerkLayout } from "../support/clerk-layout";
import { generateBook, rng, toRangeValues } from "../support/ledger-generator";
import { resolveUnit } from "../../src/engine/parse/units";

const BASE = builtinProfile();
const HEAD = ["项目名称", "责任单位", "总投资(万元)", "产业类别", "实际开工日期", "入库", "备注"];
type Cells = CellValue[];
/** A return: optional title rows, a header, rows; one sheet unless `sheets` adds more. */
function ret(file: string, rows: Cells[], o: { sheet?: string; head?: string[]; title?: boolean; sheets?: WorkbookInput } = {}): ReturnInput {
  const values: Cells[] = [...(o.title ? [[`汝州市“三个一批”项目台账（${file}）`], ["填报单位：", "", "填报日期："]] : []), o.head ?? HEAD, ...rows];
  return { file, book: { ...(o.sheets ?? {}), [o.sheet ?? "项目台账"]: { values, merges: [] } } };
}
const P = (name: string, unit: string, inv: CellValue = 20000, start: CellValue = "", inDb: CellValue = "", note: CellValue = ""): Cells => [name, unit, inv, "制造业", start, inDb, note];
const col = (h: string) => MERGED_HEADERS.indexOf(h);
const cellsOf = (r: MergeResult, i: number) => r.rows[i].cells;
const codes = (r: MergeResult) => r.issues.map((i) => i.code);

describe("the ledger of a return (cycle.md §1)", () => {
  test.each([
    ["named 项目台账", { sheet: "项目台账" }, "项目台账"],
    ["named 项目台帐", { sheet: "项目台帐" }, "项目台帐"],
    ["a unit's own name, after a sheet with no ledger header", { sheet: "临汝镇项目台账", sheets: { 说明: [["填表说明"]] } }, "临汝镇项目台账"],
    ["Sheet1 with title rows", { sheet: "Sheet1", title: true }, "Sheet1"],
  ])("%s", (_what, o, sheet) => {
    const r = mergeReturns([ret("a.xlsx", [P("项目1", "临汝镇")], o as never)]);
    expect(r.files[0]).toMatchObject({ sheet, rows: 1, units: ["临汝镇"], error: null });
  });

  test("a sheet named 项目台账 comes first, even after another ledger-like sheet", () => {
    const r = mergeReturns([ret("a.xlsx", [P("项目1", "临汝镇")], { sheets: { 旧台账: { values: [HEAD, P("旧", "临汝镇")] } } })]);
    expect(r.files[0].sheet).toBe("项目台账");
    expect(r.rows.map((x) => x.name)).toEqual(["项目1"]);
  });

  test("no recognisable ledger: listed with the reason, the others merged, not clean", () => {
    const r = mergeReturns([{ file: "x.xlsx", book: { Sheet1: [["姓名", "电话"], ["张三", "123"]] } }, ret("b.xlsx", [P("项目1", "临汝镇")])]);
    expect(r.files[0].error).toMatch(/没有找到项目台账/);
    expect(r.files[0].errorEn).toMatch(/no project ledger/);
    expect(r.rows).toHaveLength(1);
    expect(r.clean).toBe(false);
  });
});

describe("rows read as check reads them (workbook-format §1.1)", () => {
  test("aliases, shuffled columns and title rows", () => {
    const head = ["备注", "总投资", "项目单位", "产业类别", "项目名称"];
    const r = mergeReturns([ret("a.xlsx", [["n", "1.2亿", "经开区", "制造业", "项目A"]], { head, title: true })]);
    expect(cellsOf(r, 0)[col("项目名称")]).toBe("项目A");
    expect(cellsOf(r, 0)[col("责任单位")]).toBe("经开区管委会");
    expect(cellsOf(r, 0)[col("总投资(万元)")]).toBe(12000);
    expect(r.rows[0].row).toBe(4);
  });

  test("a print layout: merged unit cells filled, section and subtotal rows not taken", () => {
    const values: Cells[] = [
      ["序号", ...HEAD],
      ["（一）临汝镇", "", "", "", "", "", "", ""],
      [1, "项目1", "临汝镇", 20000, "制造业", "", "", ""],
      [2, "项目2", "", 30000, "制造业", "", "", ""],
      ["小计", "", "", 50000, "", "", "", ""],
    ];
    const r = mergeReturns([{ file: "p.xlsx", book: { 项目台账: { values, merges: [{ row0: 2, col0: 2, row1: 3, col1: 2 }] } } }]);
    expect(r.rows.map((x) => [x.name, x.unit, x.row])).toEqual([["项目1", "临汝镇", 3], ["项目2", "临汝镇", 4]]);
    expect(r.rowErrors).toBe(0);
  });
});

describe("values as read (cycle.md §1 merged workbook)", () => {
  test.each<[string, string, CellValue, CellValue]>([
    ["amount text in 亿元", "总投资(万元)", "2亿元", 20000],
    ["full-width amount", "总投资(万元)", "２００００", 20000],
    ["amount in 元", "总投资(万元)", "500000000元", 50000],
    ["unreadable amount kept as typed", "总投资(万元)", "约两亿", "约两亿"],
    ["a date in words", "实际开工日期", "2023年6月15日", ymdToSerial(2023, 6, 15)],
    ["a date with slashes", "实际开工日期", "2023/6/15", ymdToSerial(2023, 6, 15)],
    ["an unreadable date kept as typed", "实际开工日期", "下个月", "下个月"],
    ["yes as Y", "入库", "Y", "是"],
    ["yes as √", "入库", "√", "是"],
    ["no as ×", "入库", "×", "否"],
    ["blank stays blank", "入库", "", null],
    ["free text kept", "备注", "  已办证 ", "  已办证 "],
  ])("%s", (_what, header, typed, read) => {
    const cells = P("项目1", "临汝镇");
    cells[HEAD.indexOf(header)] = typed;
    const r = mergeReturns([ret("a.xlsx", [cells])]);
    expect(cellsOf(r, 0)[col(header)]).toEqual(read);
  });

  test("来源文件 and 来源行 close each row; the template's columns come first in its order", () => {
    const r = mergeReturns([ret("临汝镇.xlsx", [P("项目1", "临汝镇"), P("项目2", "临汝镇")], { title: true })]);
    const v = mergedValues(r.rows);
    expect(v[0].slice(-2)).toEqual(["来源文件", "来源行"]);
    expect(v[0].slice(0, 4)).toEqual(["项目名称", "责任单位", "总投资(万元)", "产业类别"]);
    expect(v.slice(1).map((x) => x.slice(-2))).toEqual([["临汝镇.xlsx", 4], ["临汝镇.xlsx", 5]]);
  });

  test("the readers pass over 来源文件/来源行: the merged ledger reads as the same rows typed into one ledger", () => {
    const rows = [P("项目1", "临汝镇", "2亿"), P("项目2", "水利局", 3000, "2023-05-01", "是"), P("项目3", "不存在镇")];
    const r = mergeReturns([ret("a.xlsx", rows.slice(0, 2)), ret("b.xlsx", rows.slice(2))]);
    const merged = readWorkbook({ 项目台账: { values: mergedValues(r.rows), merges: [] } });
    const typed = readWorkbook({ 项目台账: { values: [HEAD, ...rows], merges: [] } });
    // Row by row (the typed ledger has fewer columns, so its header says which are absent).
    const shape = (p: typeof merged) => p.ledger.issues.filter((i) => i.row !== null && i.row > 1).map((i) => [i.severity, i.code, i.row, i.column]);
    expect(shape(merged)).toEqual(shape(typed));
    expect(merged.ledger.issues.some((i) => i.code === "header.ignored")).toBe(false);
    expect(merged.ledger.projects.map((p) => [p.name, p.unit, p.investment, p.startDay])).toEqual(typed.ledger.projects.map((p) => [p.name, p.unit, p.investment, p.startDay]));
  });
});

describe("missing units (未报送单位)", () => {
  test("every unit of groups A and B with no row in any return, in the order of rules §1", () => {
    const towns = BASE.units.filter((u) => u.groups.includes("towns") || u.groups.includes("departments")).map((u) => u.name);
    const r = mergeReturns(towns.slice(2).map((u, i) => ret(`${i}.xlsx`, [P(`项目${i}`, u)])));
    expect(r.missingUnits).toEqual(towns.slice(0, 2));
  });

  test("a unit named only in another unit's return is not missing", () => {
    const r = mergeReturns([ret("a.xlsx", [P("项目1", "临汝镇"), P("项目2", "温泉镇")])]);
    expect(r.missingUnits).not.toContain("温泉镇");
    expect(r.missingUnits).toContain("陵头镇");
  });
});

describe("duplicates and conflicts (rules §2)", () => {
  test.each<[string, Cells, Cells, string[]]>([
    ["the same row in two files: no conflict", P("项目1", "临汝镇"), P("项目1", "临汝镇"), []],
    ["names differing in spaces and width, units by alias", P("项目 1", "经开区"), P("项目１", "经开区管委会"), []],
    ["2亿元 and 20000: one value, no conflict", P("项目1", "临汝镇", "2亿元"), P("项目1", "临汝镇", 20000), []],
    ["another 总投资: a conflict", P("项目1", "临汝镇", 20000), P("项目1", "临汝镇", 21000), ["总投资(万元)"]],
    ["a start date on one side only: a conflict", P("项目1", "临汝镇"), P("项目1", "临汝镇", 20000, "2023-06-15"), ["实际开工日期"]],
    ["only the 备注 differs: no conflict", P("项目1", "临汝镇", 20000, "", "", "甲"), P("项目1", "临汝镇", 20000, "", "", "乙"), []],
  ])("%s", (_what, a, b, conflicts) => {
    const r = mergeReturns([ret("a.xlsx", [a]), ret("b.xlsx", [b])]);
    expect(r.duplicates).toHaveLength(1);
    expect(r.duplicates[0].sources).toEqual([{ file: "a.xlsx", row: 2 }, { file: "b.xlsx", row: 2 }]);
    expect(r.duplicates[0].conflicts.map((c) => c.column)).toEqual(conflicts);
    expect(r.rows).toHaveLength(2); // both kept
  });

  test("a conflict lists each source's value", () => {
    const r = mergeReturns([ret("a.xlsx", [P("项目1", "临汝镇", "1.2亿")]), ret("b.xlsx", [P("项目1", "临汝镇", 13000)])]);
    expect(r.duplicates[0].conflicts[0].values).toEqual([
      { file: "a.xlsx", row: 2, value: 12000 },
      { file: "b.xlsx", row: 2, value: 13000 },
    ]);
  });

  test("within one file too; the same name under two units is not a duplicate", () => {
    const r = mergeReturns([ret("a.xlsx", [P("项目1", "临汝镇"), P("项目1", "临汝镇"), P("项目1", "陵头镇")])]);
    expect(r.duplicates.map((d) => [d.unit, d.sources.length])).toEqual([["临汝镇", 2]]);
    expect(codes(r)).toContain("merge.row.duplicate");
    const dup = r.issues.find((i) => i.code === "merge.row.duplicate")!;
    expect([dup.file, dup.row]).toEqual(["a.xlsx", 3]);
    expect(dup.message).toMatch(/a\.xlsx”第2行/);
  });
});

describe("bad input: each a line, never a lost row", () => {
  test("an unreadable file keeps its host's reason; the rest are merged", () => {
    const r = mergeReturns([{ file: "old.xls", error: { zh: "旧格式", en: "old format" } }, ret("b.xlsx", [P("项目1", "临汝镇")])]);
    expect(r.files[0]).toMatchObject({ file: "old.xls", error: "旧格式", errorEn: "old format", rows: 0 });
    expect(r.issues[0]).toMatchObject({ severity: "error", file: "old.xls", message: "旧格式" });
    expect(r.rows).toHaveLength(1);
    expect(r.clean).toBe(false);
  });

  test("an empty ledger is said", () => {
    const r = mergeReturns([ret("a.xlsx", [])]);
    expect(codes(r)).toContain("merge.file.empty");
  });

  test("two returns of the same unit: both merged, and said", () => {
    const r = mergeReturns([ret("a.xlsx", [P("项目1", "临汝镇")]), ret("b.xlsx", [P("项目2", "临汝镇")])]);
    expect(r.rows).toHaveLength(2);
    const i = r.issues.find((x) => x.code === "merge.unit.twice")!;
    expect(i.message).toContain("a.xlsx、b.xlsx");
  });

  test("rows naming another unit: kept under their own 责任单位, and said", () => {
    const r = mergeReturns([ret("临汝镇.xlsx", [P("项目1", "临汝镇"), P("项目2", "临汝镇"), P("项目3", "水利局")])]);
    expect(r.files[0].unit).toBe("临汝镇");
    expect(r.rows[2].unit).toBe("水利局");
    const i = r.issues.find((x) => x.code === "merge.row.otherUnit")!;
    expect([i.file, i.row]).toEqual(["临汝镇.xlsx", 4]);
    expect(i.message).toContain("水利局");
  });

  test("rows with errors are kept and make the merge unclean", () => {
    const r = mergeReturns([ret("a.xlsx", [P("项目1", "临汝镇", "约两亿"), P("", "临汝镇")])]);
    expect(r.rows).toHaveLength(2);
    expect(r.rowErrors).toBe(2);
    expect(r.issues.filter((i) => i.severity === "error").map((i) => [i.file, i.row])).toEqual([["a.xlsx", 2], ["a.xlsx", 3]]);
    expect(r.clean).toBe(false);
  });

  test("a hostile sheet (formula-looking text, control characters, a huge number) is kept as typed", () => {
    const r = mergeReturns([ret("a.xlsx", [P("=HYPERLINK(\"http://x\")", "临汝镇", 1e300, "", "", "\u001b[2J")])]);
    expect(r.rows[0].cells[col("项目名称")]).toBe("=HYPERLINK(\"http://x\")");
    expect(r.rows[0].cells[col("备注")]).toBe("\u001b[2J");
    expect(r.rows[0].cells[col("总投资(万元)")]).toBe(1e300);
  });
});

const MASTER_HEAD = ["序号", ...HEAD];
const master = (rows: Cells[], other: WorkbookInput = {}): { file: string; book: WorkbookInput } => ({
  file: "总台账.xlsx",
  book: { 说明: [["x"]], 项目台账: { values: [["总台账"], MASTER_HEAD, ...rows.map((r, i) => [i + 1, ...r])], merges: [] }, ...other },
});

describe("--into reconciliation (对账)", () => {
  const M = master([P("项目1", "临汝镇", 20000), P("项目2", "临汝镇", 5000, "2023-03-01", "是"), P("项目3", "陵头镇", 8000)]);

  test.each<[string, Cells, Partial<{ column: string; old: unknown; new: unknown }>[]]>([
    ["a filled start date is a change", P("项目1", "临汝镇", 20000, "2023-06-15"), [{ column: "实际开工日期", old: null, new: "2023-06-15" }]],
    ["another amount is a change", P("项目1", "临汝镇", 20500), [{ column: "总投资(万元)", old: 20000, new: 20500 }]],
    ["2亿元 for 20000 is spelling, not a change", P("项目1", "临汝镇", "2亿元"), []],
    ["a blank never erases", P("项目2", "临汝镇", 5000, "", ""), []],
    ["Y for 是 is spelling", P("项目2", "临汝镇", 5000, "2023/3/1", "Y"), []],
  ])("%s", (_what, row, expected) => {
    const r = mergeReturns([ret("a.xlsx", [row])], BASE, { master: M });
    expect(r.changes).toEqual(expected.map((e) => expect.objectContaining(e)));
    for (const c of r.changes) expect(c).toMatchObject({ unit: "临汝镇", file: "a.xlsx", row: 2 });
  });

  test("changes patch the master's cells in its own columns; new rows append after its last row", () => {
    const r = mergeReturns([ret("a.xlsx", [P("项目1", "临汝镇", 20500), P("新项目", "临汝镇", 9000)])], BASE, { master: M });
    expect(r.patch).toMatchObject({ sheet: "项目台账", lastRow: 5 });
    expect(r.patch!.set).toEqual([{ row: 3, col: 3, value: 20500, date: false }]);
    expect(r.added).toEqual([{ unit: "临汝镇", name: "新项目", file: "a.xlsx", row: 3 }]);
    expect(r.patch!.append[0]).toEqual(expect.arrayContaining([{ col: 1, value: "新项目", date: false }, { col: 3, value: 9000, date: false }]));
  });

  test("master rows of a unit that sent a return but left them out are listed; other units' are not", () => {
    const r = mergeReturns([ret("a.xlsx", [P("项目1", "临汝镇")])], BASE, { master: M });
    expect(r.notReturned).toEqual([{ unit: "临汝镇", name: "项目2", masterRow: 4 }]);
    expect(r.missingUnits).toContain("陵头镇");
  });

  test("without --into the lists are empty and there is no patch", () => {
    const r = mergeReturns([ret("a.xlsx", [P("项目1", "临汝镇")])]);
    expect([r.changes, r.added, r.notReturned, r.patch]).toEqual([[], [], [], null]);
  });

  test("a master without a ledger is said and not clean", () => {
    const r = mergeReturns([ret("a.xlsx", [P("项目1", "临汝镇")])], BASE, { master: { file: "m.xlsx", book: { Sheet1: [["x"]] } } });
    expect(codes(r)).toContain("merge.master.noLedger");
    expect(r.clean).toBe(false);
  });

  test("a column the master lacks is said, not silently dropped", () => {
    const m = { file: "m.xlsx", book: { 项目台账: [HEAD.slice(0, 4), P("项目1", "临汝镇").slice(0, 4)] } };
    const r = mergeReturns([ret("a.xlsx", [P("项目1", "临汝镇", 20000, "2023-06-15")])], BASE, { master: m });
    expect(r.issues.find((i) => i.code === "merge.master.noColumn")?.message).toContain("实际开工日期");
  });
});

describe("--json and the 汇总说明", () => {
  const r = mergeReturns([ret("a.xlsx", [P("项目1", "临汝镇", 1)]), ret("b.xlsx", [P("项目1", "临汝镇", 2)]), { file: "bad.xlsx", error: { zh: "坏", en: "bad" } }]);
  test("the document of cycle.md §1", () => {
    const doc = mergeToJson(r);
    expect(Object.keys(doc)).toEqual(["files", "rows", "missingUnits", "duplicates", "changes", "added", "notReturned", "issues"]);
    expect(doc.files[0]).toEqual({ file: "a.xlsx", sheet: "项目台账", rows: 1, units: ["临汝镇"], error: null });
    expect(doc.files[2].error).toBe("坏");
    expect(mergeToJson(r, "en").files[2].error).toBe("bad");
    expect(doc.duplicates[0].conflicts[0]).toEqual({ column: "总投资(万元)", values: [{ file: "a.xlsx", row: 2, value: 1 }, { file: "b.xlsx", row: 2, value: 2 }] });
  });
  test("the 汇总说明 lists files, missing units, the duplicate, its conflict and the bad file, in both languages", () => {
    for (const lang of ["zh", "en"] as const) {
      const s = describeMerge(r, lang);
      const kinds = s.rows.map((x) => x[0]);
      expect(s.landscape).toBe(true);
      expect(kinds.filter((k) => k === (lang === "zh" ? "报送文件" : "Return"))).toHaveLength(3);
      expect(kinds).toContain(lang === "zh" ? "未报送单位" : "Unit missing");
      expect(kinds).toContain(lang === "zh" ? "数值冲突" : "Conflict");
      expect(s.rows.some((x) => x[3] === "bad.xlsx" && x[5] === (lang === "zh" ? "坏" : "bad"))).toBe(true);
    }
  });
});

// ---- properties over generated returns ------------------------------------------------
const UNITS = ["临汝镇", "陵头镇", "水利局", "经开区管委会"];
const SPELL: Record<string, string[]> = { 经开区管委会: ["经开区", "经开区管委会"], 临汝镇: ["临汝镇", " 临汝镇"], 陵头镇: ["陵头镇"], 水利局: ["水利局", "市水利局"] };
const amountSpellings = (n: number): CellValue[] => [n, `${n}万元`, `${n / 10000}亿`, `${n * 10000}元`];
const rowArb = fc.record({
  name: fc.integer({ min: 1, max: 6 }),
  unit: fc.constantFrom(...UNITS),
  spell: fc.nat(3),
  amount: fc.constantFrom(1000, 20000, 35000),
  amountSpell: fc.nat(3),
  start: fc.option(fc.integer({ min: 0, max: 300 }), { nil: null }),
});
type GenRow = { name: number; unit: string; spell: number; amount: number; amountSpell: number; start: number | null };
const typedRow = (g: GenRow): Cells => {
  const s = SPELL[g.unit];
  const start = g.start === null ? "" : ymdToSerial(2023, 1, 1) + g.start;
  return P(`项目${g.name}`, s[g.spell % s.length], amountSpellings(g.amount)[g.amountSpell], start);
};
const returnsArb = fc.array(fc.array(rowArb, { maxLength: 6 }), { minLength: 1, maxLength: 5 });
const toReturns = (files: GenRow[][]): ReturnInput[] => files.map((rows, i) => ret(`r${i}.xlsx`, rows.map(typedRow)));
const sourceSet = (r: MergeResult) => r.duplicates.map((d) => [d.unit, d.name, d.sources.map((s) => `${s.file}:${s.row}`).sort().join(","), d.conflicts.map((c) => c.column).sort().join(",")].join("|")).sort();

describe("properties", () => {
  test("no row lost: rows in = rows out, each (file,row) once, files' counts add up", () => {
    fc.assert(
      fc.property(returnsArb, (files) => {
        const r = mergeReturns(toReturns(files));
        const n = files.reduce((a, f) => a + f.length, 0);
        expect(r.rows).toHaveLength(n);
        expect(r.files.reduce((a, f) => a + f.rows, 0)).toBe(n);
        expect(new Set(r.rows.map((x) => `${x.file}:${x.row}`)).size).toBe(n);
      }),
      { numRuns: 60 },
    );
  });

  test("merge order changes only the order: the same rows, duplicates, conflicts and missing units", () => {
    fc.assert(
      fc.property(returnsArb, (files) => {
        const a = mergeReturns(toReturns(files));
        const b = mergeReturns(toReturns(files).reverse());
        const rows = (r: MergeResult) => r.rows.map((x) => JSON.stringify([x.file, x.row, x.cells])).sort();
        expect(rows(b)).toEqual(rows(a));
        expect(sourceSet(b)).toEqual(sourceSet(a));
        expect(b.missingUnits).toEqual(a.missingUnits);
      }),
      { numRuns: 60 },
    );
  });

  test("duplicates and conflicts are symmetric: two files swapped list the same sources and columns", () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 6 }), fc.array(rowArb, { minLength: 1, maxLength: 6 }), (x, y) => {
        const a = mergeReturns([ret("x.xlsx", x.map(typedRow)), ret("y.xlsx", y.map(typedRow))]);
        const b = mergeReturns([ret("y.xlsx", y.map(typedRow)), ret("x.xlsx", x.map(typedRow))]);
        expect(sourceSet(b)).toEqual(sourceSet(a));
      }),
      { numRuns: 60 },
    );
  });

  test("reconciliation is idempotent: a master's own rows merged into it change nothing; applying the changes twice changes nothing more", () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 8 }), fc.array(rowArb, { maxLength: 6 }), (m, update) => {
        const mrows = m.map(typedRow);
        const M = master(mrows);
        const own = mergeReturns([ret("own.xlsx", mrows)], BASE, { master: M });
        expect(own.changes).toEqual([]);
        expect(own.added).toEqual([]);
        expect(own.notReturned).toEqual([]);
        // Apply an update's patch to the master's values, then reconcile the same update again.
        const first = mergeReturns([ret("u.xlsx", update.map(typedRow))], BASE, { master: M });
        const values = ((M.book["项目台账"] as SheetInput).values as Cells[]).map((row) => [...row]);
        for (const s of first.patch!.set) values[s.row - 1][s.col] = s.value;
        for (const line of first.patch!.append) {
          const row: Cells = new Array(MASTER_HEAD.length).fill("");
          for (const c of line) row[c.col] = c.value;
          values.push(row);
        }
        const again = mergeReturns([ret("u.xlsx", update.map(typedRow))], BASE, { master: { file: "m", book: { 项目台账: { values, merges: [] } } } });
        expect(again.changes).toEqual([]);
        expect(again.added).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});

// ---- generated families: other units, layouts, sizes --------------------------------------
describe.each([11, 29, 47])("a generated family (seed %i) scores like its rows typed into one ledger", (seed) => {
  const book = generateBook({ projects: 300, seed, badRate: 0.02 });
  const flat = toRangeValues(book)["项目台账"];
  const headerAt = flat.findIndex((r) => r.includes("项目名称"));
  const header = flat[headerAt];
  const unitCol = header.indexOf("责任单位");
  const data = flat.slice(headerAt + 1).filter((r) => r.some((c) => c !== "" && c !== null));
  // One return per unit (rows of unknown units in one more file), a third of them in a clerk's print layout.
  const byUnit = new Map<string, CellValue[][]>();
  for (const r of data) {
    const u = resolveUnit(BASE, String(r[unitCol] ?? "").trim())?.name ?? "其他";
    byUnit.set(u, [...(byUnit.get(u) ?? []), r]);
  }
  const rand = rng(seed);
  const returns: ReturnInput[] = [...byUnit].map(([unit, rows], i) => {
    const values = [header, ...rows];
    if (i % 3 !== 0) return { file: `${String(i).padStart(2, "0")}-${unit}.xlsx`, book: { [i % 2 ? `${unit}项目台账` : "项目台账"]: { values, merges: [] } } };
    const layout = toClerkLayout(values, { seed: Math.floor(rand() * 1e6), band: true, sections: "none", mergeUnits: true, subtotals: true, notes: true, secondTable: false, mergesKnown: true });
    return { file: `${String(i).padStart(2, "0")}-${unit}.xlsx`, book: { Sheet1: layout.input } };
  });
  const r = mergeReturns(returns);
  const typedInOne = [...byUnit.values()].flat();

  test("no row lost", () => {
    expect(r.rows).toHaveLength(typedInOne.length);
  });

  test.each(["2023Q2", "2023"])("%s: the same groups as the rows typed into one ledger", (period) => {
    const p = parsePeriod(period, BASE)!;
    const score = (ledger: SheetInput) => reportToJson(scorePeriod(readWorkbook({ ...toRangeValues(book), 项目台账: ledger }), p)).groups;
    expect(score({ values: mergedValues(r.rows), merges: [] })).toEqual(score({ values: [header, ...typedInOne], merges: [] }));
  });
});
