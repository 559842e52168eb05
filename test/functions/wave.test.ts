// One recalculation wave (workbook.ts, decisions 58): calls in one task whose
// ranges Excel says are at the same addresses share one full lookup; the next
// task (an edit, the next recalculation) looks again, so an edited cell never
// returns an old result; without addresses every call compares in full.
import * as fc from "fast-check";
import { ranking, score as scoreCell, breakdown } from "../../src/functions/functions";
import { lookupCount, parseCount, resetLedgerCache } from "../../src/functions/ledger";
import type { CellValue } from "../../src/engine/types";
import { d, inputsSheet, ledgerSheet, project } from "../support/book";

type Sheet = CellValue[][];
const LEDGER: Sheet = ledgerSheet([
  project({ 项目名称: "甲", "总投资(万元)": 60000, 先进制造业或战略性新兴产业: "是", 谋划日期: d("2023-01-05"), 签约日期: d("2023-02-10"), 计划开工日期: d("2023-03-20"), 实际开工日期: d("2023-03-15"), 入库: "是" }),
  project({ 项目名称: "乙", 产业类别: "现代服务业", "总投资(万元)": "2.5亿", 谋划日期: d("2023-02-01") }),
  project({ 项目名称: "丙", 责任单位: "温泉镇", 产业类别: "社会民生", "总投资(万元)": 6000, 谋划日期: d("2022-11-01") }),
]);
const INPUTS: Sheet = inputsSheet([{ 季度: "2023Q1", 单位: "临汝镇", 现场办公会: "是", 要素保障扣分: 2, 表扬次数: 1 }]);
const copy = (s: Sheet): Sheet => s.map((r) => [...r]);
const INVESTMENT = LEDGER[0].indexOf("总投资(万元)");

/** What Excel passes as `invocation` for SANPI.SCORE(项目台账!…, unit, quarter, 考核录入!…). */
const at = (ledger: string, inputs = "考核录入!A1:H2"): CustomFunctions.Invocation =>
  ({ functionName: "SCORE", parameterAddresses: [ledger, "汇总!A2", "汇总!B1", inputs] }) as unknown as CustomFunctions.Invocation;
const score = (l: Sheet, unit: string, inv?: CustomFunctions.Invocation, i: Sheet = INPUTS): number => scoreCell(copy(l), unit, "2023Q1", copy(i), undefined, undefined, inv)[0][0];
/** The end of the task: Excel's next message (an edit, the next recalculation) is handled after it. */
const nextTask = () => new Promise((r) => setTimeout(r, 0));
/** The same call on an empty cache. */
const fresh = (l: Sheet, unit: string): number => {
  resetLedgerCache();
  return score(l, unit);
};

beforeEach(() => resetLedgerCache());

test("calls in one task at the same addresses share one full lookup and one parse", () => {
  const inv = at("项目台账!A1:V4");
  const totals = Array.from({ length: 20 }, () => score(LEDGER, "临汝镇", inv));
  breakdown(copy(LEDGER), "温泉镇", "2023Q1", copy(INPUTS), undefined, undefined, at("项目台账!A1:V4"));
  expect(new Set(totals).size).toBe(1);
  expect(lookupCount()).toBe(1);
  expect(parseCount()).toBe(1);
});

test("without addresses (older Excel, a range built by a formula) every call compares in full", () => {
  for (const inv of [undefined, at(""), at("A1:V4"), { functionName: "SCORE" } as CustomFunctions.Invocation]) {
    resetLedgerCache();
    for (let k = 0; k < 5; k++) score(LEDGER, "临汝镇", inv);
    expect(lookupCount()).toBe(5);
    expect(parseCount()).toBe(1);
  }
});

test("an edit is seen in the next task, at the same address", async () => {
  const inv = at("项目台账!A1:V4");
  const before = score(LEDGER, "临汝镇", inv);
  await nextTask();
  const edited = copy(LEDGER);
  edited[1][INVESTMENT] = 6000; // 甲 is no longer a 5亿 project
  const after = score(edited, "临汝镇", inv);
  expect(after).toBe(fresh(edited, "临汝镇"));
  expect(after).not.toBe(before);
});

test("two ledgers of one shape in one task, at different addresses, keep their own numbers", () => {
  const other = copy(LEDGER);
  other[1][INVESTMENT] = 6000;
  const [a, b] = [fresh(LEDGER, "临汝镇"), fresh(other, "临汝镇")];
  expect(a).not.toBe(b);
  resetLedgerCache();
  for (let k = 0; k < 3; k++) {
    expect(score(LEDGER, "临汝镇", at("项目台账!A1:V4"))).toBe(a);
    expect(score(other, "临汝镇", at("去年台账!A1:V4"))).toBe(b);
  }
  expect(parseCount()).toBe(2);
});

test("a range of another shape at the same address in one task is looked up again", () => {
  const inv = at("项目台账!A1:V4");
  score(LEDGER, "临汝镇", inv);
  const shorter = LEDGER.slice(0, 3);
  expect(score(shorter, "临汝镇", inv)).toBe(fresh(shorter, "临汝镇"));
});

test("an error is the wave's too, and is gone in the next task once the range is fixed", async () => {
  const inv = at("项目台账!A1:V4");
  const broken = [["甲", "乙"], ["x", "y"]] as Sheet; // no header row
  expect(() => score(broken, "临汝镇", inv)).toThrow();
  expect(() => score(broken, "临汝镇", inv)).toThrow();
  expect(lookupCount()).toBe(1);
  await nextTask();
  expect(score(LEDGER, "临汝镇", inv)).toBe(fresh(LEDGER, "临汝镇"));
});

test("RANKING and SCORE over one ledger in one task: each of their lookups once", () => {
  const ledger = "项目台账!A1:V4";
  const rankingAt = { parameterAddresses: [ledger, "汇总!A1", "汇总!B1", "考核录入!A1:H2"] } as unknown as CustomFunctions.Invocation;
  for (let k = 0; k < 3; k++) {
    ranking(copy(LEDGER), "A", "2023Q1", copy(INPUTS), undefined, undefined, undefined, rankingAt);
    score(LEDGER, "临汝镇", at(ledger));
  }
  expect(lookupCount()).toBe(2);
  expect(parseCount()).toBe(1);
});

test("random edits between waves never return an old result (fast-check)", async () => {
  const units = ["临汝镇", "温泉镇"];
  const edit = fc.record({ row: fc.integer({ min: 1, max: LEDGER.length - 1 }), col: fc.integer({ min: 0, max: LEDGER[0].length - 1 }), value: fc.oneof(fc.constant(""), fc.integer({ min: 0, max: 200000 }), fc.constantFrom("是", "否", "2023-02-01", "临汝镇", "温泉镇")) });
  await fc.assert(
    fc.asyncProperty(fc.array(fc.array(edit, { maxLength: 3 }), { minLength: 1, maxLength: 5 }), async (waves) => {
      resetLedgerCache();
      let state = copy(LEDGER);
      const inv = at("项目台账!A1:V4");
      for (const edits of waves) {
        state = copy(state);
        for (const e of edits) state[e.row][e.col] = e.value;
        const got = units.map((u) => attempt(() => score(state, u, inv)));
        const again = units.map((u) => attempt(() => score(state, u, inv)));
        await nextTask();
        const want = units.map((u) => attempt(() => fresh(state, u)));
        expect(got).toEqual(want);
        expect(again).toEqual(want);
        resetLedgerCache(); // fresh() emptied it; the next wave starts from what this wave saw
        units.forEach((u) => attempt(() => score(state, u, inv)));
        await nextTask();
      }
    }),
    { numRuns: 40 },
  );
});

function attempt(f: () => number): number | string {
  try {
    return f();
  } catch (e) {
    return `error: ${(e as Error).message}`;
  }
}
