// The cache as the functions use it (workbook.ts): whatever is edited, in any
// of the ranges, a call never returns the result of other content — checked
// against the same call with the cache emptied, over random edits (fast-check);
// two ledgers of one shape in one recalculation; bounded entries.
import * as fc from "fast-check";
import { ShimError } from "./support/custom-functions";
import { breakdown, ranking } from "../../src/functions/functions";
import { score } from "./support/score";
import { parseCount, resetLedgerCache } from "../../src/functions/ledger";
import type { CellValue } from "../../src/engine/types";
import { d, evaluationsSheet, inputsSheet, ledgerSheet, project } from "../support/book";

type Sheet = CellValue[][];
interface State {
  ledger: Sheet;
  inputs: Sheet;
  targets: Sheet;
  params: Sheet;
  evaluations: Sheet;
}
const RANGES = ["ledger", "inputs", "targets", "params", "evaluations"] as const;

const BASE: State = {
  ledger: ledgerSheet([
    project({ 项目名称: "甲", "总投资(万元)": 60000, 先进制造业或战略性新兴产业: "是", 谋划日期: d("2023-01-05"), 签约日期: d("2023-02-10"), 计划开工日期: d("2023-03-20"), 实际开工日期: d("2023-03-15"), 入库: "是" }),
    project({ 项目名称: "乙", 产业类别: "现代服务业", "总投资(万元)": "2.5亿", 谋划日期: d("2023-02-01") }),
    project({ 项目名称: "丙", 责任单位: "温泉镇", 产业类别: "社会民生", "总投资(万元)": 6000, 谋划日期: d("2022-11-01"), 计划投产日期: d("2023-03-31"), "累计完成投资(万元)": 3000 }),
    project({ 项目名称: "丁", 责任单位: "发改委", 产业类别: "基础设施", "总投资(万元)": 12000, 谋划日期: d("2023-03-01") }),
  ]),
  inputs: inputsSheet([
    { 季度: "2023Q1", 单位: "临汝镇", 现场办公会: "是", 要素保障扣分: 2, 表扬次数: 1 },
    { 季度: "2023Q1", 单位: "温泉镇", 现场办公会: "否", 要素保障扣分: 0 },
  ]),
  targets: [["单位", "谋划", "签约", "开工", "投产"], ["临汝镇", 6, 3, 3, 2], ["温泉镇", 2, 1, 1, 1]],
  params: [["参数", "值"], ["考评年度", 2023], ["谋划储备·加分上限", 6]],
  evaluations: evaluationsSheet([["2023Q1", "发改委", 18, 36, 38], ["2023Q1", "统计局", 20, 30, 30]]),
};
const copyOf = (s: State): State => Object.fromEntries(RANGES.map((k) => [k, s[k].map((r) => [...r])])) as unknown as State;

/** What a clerk's sheet shows for one state: values, or the error code and text. */
function shown(s: State): unknown[] {
  const calls = [
    () => score(s.ledger, "临汝镇", "2023Q1", s.inputs, s.targets, s.params),
    () => breakdown(s.ledger, "温泉镇", "2023Q1", s.inputs, s.targets, s.params),
    () => ranking(s.ledger, "A", "2023Q1", s.inputs, s.targets, s.params, s.evaluations),
    () => ranking(s.ledger, "C", "2023", s.inputs, s.targets, s.params, s.evaluations),
    () => ranking(s.ledger, "B", "2023Q1", s.inputs),
  ];
  return calls.map((f) => {
    try {
      return f();
    } catch (e) {
      if (e instanceof ShimError) return [e.code, e.message];
      throw e;
    }
  });
}

const value = fc.oneof(
  fc.constantFrom<CellValue>("", null, "临汝镇", "温泉镇", "发改委", "制造业", "是", "否", "2023Q1", "2023Q2", "1.5亿", "#N/A", "项目名称", "考评年度"),
  fc.integer({ min: -1, max: 70000 }).map((n) => n as CellValue),
  fc.constantFrom(d("2023-01-15"), d("2023-03-31"), d("2023-04-01"), 2023, 2024, 0.5),
  fc.boolean(),
);
const where = fc.record({ range: fc.constantFrom(...RANGES), row: fc.nat(), col: fc.nat() });
const edit = fc.oneof(
  fc.record({ kind: fc.constant("set" as const), at: where, value }),
  fc.record({ kind: fc.constant("swap" as const), at: where, other: fc.record({ row: fc.nat(), col: fc.nat() }) }),
  fc.record({ kind: fc.constant("retype" as const), at: where }),
);
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

/** A new copy of the state with one edit, as Excel hands the ranges after it (the same row count). */
function apply(s: State, e: Edit): State {
  const next = copyOf(s);
  const sheet = next[e.at.range];
  const r = e.at.row % sheet.length;
  const c = e.at.col % sheet[r].length;
  if (e.kind === "set") sheet[r][c] = e.value;
  else if (e.kind === "retype") {
    // The same reading in another type: 12000 ↔ "12000", "是" ↔ TRUE.
    const v = sheet[r][c];
    sheet[r][c] = typeof v === "number" ? String(v) : typeof v === "string" && /^\d+$/.test(v) ? Number(v) : v === "是" ? true : v === true ? "是" : v === null ? "" : v;
  } else {
    const r2 = e.other.row % sheet.length;
    const c2 = e.other.col % sheet[r2].length;
    [sheet[r][c], sheet[r2][c2]] = [sheet[r2][c2], sheet[r][c]];
  }
  return next;
}

beforeEach(() => resetLedgerCache());

test("random edits, in any range, never return a result of other content", () => {
  fc.assert(
    fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), fc.array(fc.nat(), { minLength: 1, maxLength: 10 }), (edits, visits) => {
      const states = [BASE];
      for (const e of edits) states.push(apply(states[states.length - 1], e));
      // What each state shows computed from nothing.
      const expected = states.map((s) => {
        resetLedgerCache();
        return shown(copyOf(s));
      });
      resetLedgerCache();
      // Then visited in any order with the cache warm, each time in fresh arrays (as Excel hands them).
      for (const i of [...visits.map((v) => v % states.length), 0, states.length - 1]) expect(shown(copyOf(states[i]))).toEqual(expected[i]);
    }),
    { numRuns: 60 },
  );
});

test("two ledgers of the same shape in one recalculation (项目台账 and its copy with one edit) keep their own numbers", () => {
  const copy = copyOf(BASE);
  copy.ledger[1][copy.ledger[0].indexOf("总投资(万元)")] = 6000; // 甲 becomes a smaller project
  const [a, b] = [shown(copyOf(BASE)), shown(copy)];
  expect(a).not.toEqual(b);
  for (let k = 0; k < 3; k++) {
    expect(shown(copyOf(BASE))).toEqual(a);
    expect(shown(copyOf(copy))).toEqual(b);
  }
  // Per ledger: SCORE and BREAKDOWN (no 企业评议), RANKING (with it), RANKING without 目标任务/考评参数.
  expect(parseCount()).toBe(2 * 3);
});

test("an edit in place of the arrays a call was handed is seen (the cache holds its own copy)", () => {
  const s = copyOf(BASE);
  const before = score(s.ledger, "临汝镇", "2023Q1", s.inputs);
  s.inputs[1][s.inputs[0].indexOf("表扬次数")] = 3; // +4 (rules §4.6 item 6)
  expect(score(s.ledger, "临汝镇", "2023Q1", s.inputs)).toBe(before + 4);
});

test("memory stays bounded: at most eight workbooks, and no more cells than MAX_CACHED_CELLS", () => {
  for (let i = 0; i < 10; i++) {
    const s = copyOf(BASE);
    s.ledger[1][0] = `项目${i}`;
    score(s.ledger, "临汝镇", "2023Q1");
  }
  expect(parseCount()).toBe(10);
  score(BASE.ledger, "临汝镇", "2023Q1"); // long evicted
  expect(parseCount()).toBe(11);
  // Ledgers of 300,000 cells: three fit, a fourth pushes the oldest out.
  const big = (tag: string) => [BASE.ledger[0], ...Array.from({ length: 300_000 / BASE.ledger[0].length }, (_, i) => BASE.ledger[1 + (i % 4)].map((c, j) => (j === 0 ? `${tag}${i}` : c)))];
  const ledgers = ["a", "b", "c", "d"].map(big);
  resetLedgerCache();
  for (const l of ledgers) score(l, "临汝镇", "2023Q1");
  expect(parseCount()).toBe(4);
  score(ledgers[3], "临汝镇", "2023Q1");
  score(ledgers[1], "临汝镇", "2023Q1");
  expect(parseCount()).toBe(4);
  score(ledgers[0], "临汝镇", "2023Q1");
  expect(parseCount()).toBe(5);
});
