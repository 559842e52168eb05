// SANPI.SCORE and SANPI.BREAKDOWN over ledger ranges: the worked example,
// agreement with the ranking's scorer, the checklist, and the parse cache.
import { thrown } from "./support/custom-functions";
import { breakdown } from "../../src/functions/functions";
import { score } from "./support/score";
import { parseCount, resetLedgerCache } from "../../src/functions/ledger";
import { scorePeriod } from "../../src/engine/score/report";
import { readWorkbook } from "../../src/engine/workbook";
import type { CellValue } from "../../src/engine/types";
import { d, inputsSheet, ledgerSheet, project } from "../support/book";
import { generateBook, toRangeValues } from "../support/ledger-generator";

/** Teammate C's messy generated workbook, as Excel's range.values gives it. */
function generated(projects: number, seed: number) {
  const book = toRangeValues(generateBook({ projects, seed }));
  return { ledger: book["项目台账"], inputs: book["考核录入"] };
}

// Worked example, rules §8 (group A, 2023 Q1, 临汝镇).
const ledger = ledgerSheet([
  project({ "总投资(万元)": 60000, 先进制造业或战略性新兴产业: "是", 谋划日期: d("2023-01-05"), 签约日期: d("2023-02-10"), 计划开工日期: d("2023-03-20"), 实际开工日期: d("2023-03-15"), 入库: "是", 省三个一批: "是" }),
  project({ 产业类别: "现代服务业", "总投资(万元)": 25000, 谋划日期: d("2023-02-01") }),
  project({ 产业类别: "社会民生", "总投资(万元)": 6000, 谋划日期: d("2022-11-01"), 计划投产日期: d("2023-03-31"), "累计完成投资(万元)": 3000 }),
  project({ 产业类别: "基础设施", "总投资(万元)": 12000, 谋划日期: d("2023-03-01") }),
]);
const inputs = inputsSheet([{ 季度: "2023Q1", 单位: "临汝镇", 现场办公会: "是", 要素保障扣分: 2, 表扬次数: 1 }]);

beforeEach(() => resetLedgerCache());

describe("the worked example (rules §8)", () => {
  test("SCORE = 111", () => {
    expect(score(ledger, "临汝镇", "2023Q1", inputs)).toBe(111);
    expect(score(ledger, "汝州市临汝镇", 1, inputs)).toBe(111);
  });
  test("BREAKDOWN = 16, 20, 20, 10, 18 | base 84 | bonus 27 | deduction 0 | total 111, one row", () => {
    expect(breakdown(ledger, "临汝镇", "Q1", inputs)).toEqual([[16, 20, 20, 10, 18, 84, 27, 0, 111]]);
  });
  test("without inputs the service items score as 否 / 0 (rules §4.5)", () => {
    const [row] = breakdown(ledger, "临汝镇", "2023-Q1", null as unknown as undefined); // Excel passes null
    expect(row[4]).toBe(0 + 10); // no meeting, d = 0
    expect(row[6]).toBe(27 - 2); // no praise
    expect(score(ledger, "临汝镇", "2023Q1")).toBe(111 - 18 + 10 - 2);
  });
  test("another unit of the ledger's groups scores from nothing", () => {
    const [row] = breakdown(ledger, "发改委", "2023Q1", inputs);
    expect(row[8]).toBe(row[5] + row[6] - row[7]);
    expect(row[0]).toBe(10 - 2 * 2); // planning target of a department by Q1: round(6/4) = 2, none planned
  });
});

describe("agrees with the ranking on a generated ledger", () => {
  const { ledger: big, inputs: bigInputs } = generated(400, 7);
  const parsed = readWorkbook({ 项目台账: big, 考核录入: bigInputs });
  test.each([1, 2, 3, 4] as const)("every unit of groups A and B, Q%d", (q) => {
    const report = scorePeriod(parsed, { year: 2023, kind: "quarter", quarter: q });
    for (const g of report.groups.filter((x) => x.id !== "service")) {
      for (const r of g.rows) {
        if (r.kind !== "project") continue;
        expect(score(big, r.unit, q, bigInputs)).toBe(r.total);
        const [row] = breakdown(big, r.unit, `2023Q${q}`, bigInputs);
        expect(row).toEqual([r.planning, r.signing, r.start, r.commissioning, r.service, r.planning + r.signing + r.start + r.commissioning + r.service, r.bonus, r.deduction, r.total]);
      }
    }
  });
});

describe("the parse cache", () => {
  const { ledger: big, inputs: bigInputs } = generated(2000, 11);
  const units = readWorkbook({ 项目台账: big }).profile.units.filter((u) => u.targets).map((u) => u.name);

  test("49 SCORE cells over one ledger parse it once, whatever array Excel hands in", () => {
    expect(units).toHaveLength(49);
    const totals = units.map((u) => score(big.map((r) => [...r]), u, "2023Q2", bigInputs));
    expect(parseCount()).toBe(1);
    expect(totals.every((t) => Number.isFinite(t))).toBe(true);
    breakdown(big, units[0], "2023Q3", bigInputs);
    expect(parseCount()).toBe(1); // another quarter re-scores, never re-parses
  });

  test("any edited cell is a different ledger", () => {
    score(big, "临汝镇", 1, bigInputs);
    // Any edit is new content, even a trailing space in one cell.
    const edited = big.map((r) => [...r]);
    edited[edited.length - 1][0] = `${String(edited[edited.length - 1][0])} `;
    score(edited, "临汝镇", 1, bigInputs);
    expect(parseCount()).toBe(2);
    const inputsEdited = bigInputs.map((r) => [...r]);
    inputsEdited[inputsEdited.length - 1][0] = `${String(inputsEdited[inputsEdited.length - 1][0])} `;
    score(big, "临汝镇", 1, inputsEdited);
    expect(parseCount()).toBe(3);
  });

  test("a changed cell changes the score it feeds", () => {
    const before = score(ledger, "临汝镇", "2023Q1", inputs);
    const edited = inputs.map((r) => [...r]);
    edited[1][INPUT_PRAISE] = 3; // 表扬次数 1 → 3: +4 (rules §4.6 item 6)
    expect(score(ledger, "临汝镇", "2023Q1", edited)).toBe(before + 4);
  });
});
const INPUT_PRAISE = 6;

describe("the checklist", () => {
  const args = (over: Partial<Record<0 | 1 | 2 | 3, unknown>>): [unknown[][], unknown, unknown, unknown[][] | undefined] => {
    const a: unknown[] = [ledger, "临汝镇", "2023Q1", inputs];
    for (const [k, v] of Object.entries(over)) a[Number(k)] = v;
    return a as [unknown[][], unknown, unknown, unknown[][] | undefined];
  };
  const both = (over: Partial<Record<0 | 1 | 2 | 3, unknown>>) => [() => score(...args(over)), () => breakdown(...args(over))];

  test.each([
    ["unit omitted", { 1: null }, "#VALUE!", "单位"],
    ["unit blank", { 1: "" }, "#VALUE!", "单位"],
    ["quarter omitted", { 2: undefined }, "#VALUE!", "季度"],
    ["ledger omitted", { 0: null }, "#VALUE!", "项目台账"],
    ["an unknown unit", { 1: "临汝乡" }, "#N/A", "临汝镇"],
    ["a unit only of group C", { 1: "统计局" }, "#N/A", "统计局"],
    ["an error value as unit", { 1: "#REF!" }, "#VALUE!", "#REF!"],
    ["a quarter out of range", { 2: "2023Q5" }, "#VALUE!", "季度"],
    ["a quarter of another year", { 2: "2022Q4" }, "#VALUE!", "2023"],
    ["a quarter of the wrong type", { 2: true }, "#VALUE!", "季度"],
    ["a ledger range without its header row", { 0: ledger.slice(1) }, "#VALUE!", "表头"],
    ["a ledger lacking a required column", { 0: ledger.map((r) => r.slice(0, 3)) }, "#VALUE!", "产业类别"],
    ["a single cell as ledger", { 0: 5 }, "#VALUE!", "表头"],
    ["inputs without their header row", { 3: inputs.slice(1) }, "#VALUE!", "考核录入"],
  ])("%s → %s", (_name, over, code, text) => {
    for (const f of both(over)) {
      const e = thrown(f);
      expect(e.code).toBe(code);
      expect(e.message).toContain(text);
    }
  });

  test("optional inputs: null, undefined and a blank cell all mean none", () => {
    const none = score(ledger, "临汝镇", "2023Q1", undefined);
    expect(score(ledger, "临汝镇", "2023Q1", null as unknown as CellValue[][])).toBe(none);
    expect(score(ledger, "临汝镇", "2023Q1", "" as unknown as CellValue[][])).toBe(none);
  });

  test("rows with errors are left out, the rest still score (as in the ranking)", () => {
    const broken = ledger.map((r) => [...r]);
    broken.push(ledger[0].map((h) => (h === "项目名称" ? "坏行" : h === "责任单位" ? "临汝镇" : h === "总投资(万元)" ? "#N/A" : h === "产业类别" ? "制造业" : null)));
    expect(score(broken, "临汝镇", "2023Q1", inputs)).toBe(111);
  });
});
