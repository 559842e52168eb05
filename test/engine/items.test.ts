// Each score item alone (issue 16 items 1 and 6): a table of cases per item of
// score/items, its clause in the title, scored through its version for 2023 on
// a small workbook's unit 临汝镇 in Q1 (targets 12/4/… → Q1 plan 3, sign 1).
// structure.test.ts checks that every item has its table here.
import { builtinProfile } from "../../src/engine/profile/builtin";
import { quarterContext } from "../../src/engine/score/context";
import { EVALUATION_ITEM, ITEMS } from "../../src/engine/score/items";
import { versionFor, type ScoredItem } from "../../src/engine/score/items/define";
import type { EvaluationQuarter } from "../../src/engine/score/items/evaluation";
import { unitQuarter, type UnitQuarter } from "../../src/engine/score/unit";
import { inputsKey } from "../../src/engine/parse/inputs";
import type { WorkbookValues } from "../../src/engine/types";
import { readWorkbook } from "../../src/engine/workbook";
import { book, d, inputsSheet, project, type LedgerRow } from "../support/book";

type ItemId = (typeof ITEMS)[number]["id"];
type Inputs = Record<string, unknown>;
/** name, ledger rows, 考核录入 fields of 临汝镇 Q1 (none when absent), expected points. */
type Case = [string, LedgerRow[], Inputs | null, number];

const inQ1 = d("2023-02-15");
const infra = (fields: LedgerRow = {}) => project({ 产业类别: "基础设施", ...fields });

/** The unit of groups A and B as the items read it. */
function unitOf(rows: LedgerRow[], inputs: Inputs | null): UnitQuarter {
  const extra: WorkbookValues = inputs ? { 考核录入: inputsSheet([{ 季度: "2023Q1", 单位: "临汝镇", ...inputs }]) } : {};
  const parsed = readWorkbook(book(rows, extra));
  const context = quarterContext(parsed.profile, 2023, 1);
  const projects = parsed.ledger.projects.filter((p) => p.unit === "临汝镇");
  return unitQuarter(context, projects, parsed.annualTargets.get("临汝镇")!, parsed.inputs.byUnitQuarter.get(inputsKey("临汝镇", 2023, 1)));
}

const CASES: Record<Exclude<ItemId, "evaluation">, Case[]> = {
  planning: [
    ["target 3 met: base 10", [1, 2, 3].map(() => infra({ 谋划日期: inQ1 })), null, 10],
    ["2 of 3 planned: 10 − 2", [1, 2].map(() => infra({ 谋划日期: inQ1 })), null, 8],
    ["met, one 5亿 industry project: 10 + 4", [infra({ 谋划日期: inQ1 }), infra({ 谋划日期: inQ1 }), project({ "总投资(万元)": 50000, 谋划日期: inQ1 })], null, 14],
  ],
  signing: [
    ["nothing signed: 0", [], null, 0],
    ["signed, none due to start: 10 + 10", [infra({ 签约日期: inQ1, 计划开工日期: d("2023-06-01") })], null, 20],
    ["signed, due, not started: 10 + 0", [infra({ 签约日期: inQ1, 计划开工日期: inQ1 })], null, 10],
  ],
  start: [
    ["started on time: 20", [infra({ 计划开工日期: d("2023-02-01"), 实际开工日期: d("2023-01-20"), 入库: "是" })], null, 20],
    ["due, not started: 0", [infra({ 计划开工日期: d("2023-02-01") })], null, 0],
    ["late, discretionary 6: 6", [infra({ 计划开工日期: d("2023-02-01"), 实际开工日期: d("2023-02-02"), 入库: "是" })], { 开工酌情分: 6 }, 6],
  ],
  commissioning: [
    ["commissioned on time: 20", [infra({ 计划投产日期: d("2023-02-01"), 实际投产日期: d("2023-01-31") })], null, 20],
    ["due, half the investment done: 10", [infra({ 计划投产日期: d("2023-02-01"), "累计完成投资(万元)": 6000 })], null, 10],
    ["nothing due, discretionary 15 clamped to 10", [], { 投产酌情分: 15 }, 10],
  ],
  service: [
    ["meetings held, no deduction: 20", [], { 现场办公会: "是", 要素保障扣分: 0 }, 20],
    ["no meetings, deduction 4: 6", [], { 现场办公会: "否", 要素保障扣分: 4 }, 6],
    ["no 考核录入 row: 10", [], null, 10],
  ],
  "bonus.declared": [
    ["专项债 declared in q: +1", [infra({ 资金类型: "专项债", 申报完成日期: inQ1 })], null, 1],
    ["中央预算内 below 1000万: 0", [infra({ 资金类型: "中央预算内", "资金金额(万元)": 999, 申报完成日期: inQ1 })], null, 0],
  ],
  "bonus.fundedStart": [
    ["funded project started in q: +2", [infra({ 资金类型: "中央预算内", 实际开工日期: inQ1, 入库: "是" })], null, 2],
    ["funded start without 入库: 0", [infra({ 资金类型: "专项债", 实际开工日期: inQ1 })], null, 0],
  ],
  "bonus.provincial": [
    ["all batches, signed in q: +5", [infra({ 省三个一批: "是", 签约日期: inQ1 })], null, 5],
    ["listed only for 开工, signed in q: 0", [infra({ 省三个一批: "开工", 签约日期: inQ1 })], null, 0],
  ],
  "bonus.size": [
    ["≥3亿 industry project signed: +3", [project({ 产业类别: "数字经济", "总投资(万元)": 30000, 签约日期: inQ1 })], null, 3],
    ["≥5亿 advanced: +5 +2", [project({ 产业类别: "创新研发平台", "总投资(万元)": 50000, 先进制造业或战略性新兴产业: "是", 签约日期: inQ1 })], null, 7],
    ["基础设施 earns nothing", [infra({ "总投资(万元)": 60000, 签约日期: inQ1 })], null, 0],
  ],
  "bonus.introduction": [
    ["工业项目 ≥1亿 signed: +1", [project({ 签约日期: inQ1 })], null, 1],
    ["ineligible 工业项目: +0.5", [project({ "总投资(万元)": 3000, 签约日期: inQ1 })], null, 0.5],
    ["capped at 2", [1, 2, 3, 4, 5].map(() => project({ "总投资(万元)": 3000, 签约日期: inQ1 })), null, 2],
  ],
  "bonus.praise": [
    ["praised 3 times: +6", [], { 表扬次数: 3 }, 6],
    ["no 考核录入 row: 0", [], null, 0],
  ],
  "deduction.lateProvincial": [
    ["provincial start overdue: 2", [infra({ 省三个一批: "开工", 计划开工日期: d("2023-02-01") })], null, 2],
    ["started on time: 0", [infra({ 省三个一批: "开工", 计划开工日期: d("2023-02-01"), 实际开工日期: d("2023-01-20"), 入库: "是" })], null, 0],
    ["both lists overdue: 4", [infra({ 省三个一批: "是", 计划开工日期: d("2023-02-01"), 计划投产日期: d("2023-03-01") })], null, 4],
  ],
  "deduction.businessEnvironment": [
    ["one case: 2", [], { 营商环境次数: 1 }, 2],
    ["none: 0", [], { 营商环境次数: 0 }, 0],
  ],
  "deduction.criticism": [
    ["two criticisms: 4", [], { 通报约谈次数: 2 }, 4],
    ["no 考核录入 row: 0", [], null, 0],
  ],
};

const EVALUATION_CASES: [string, number[], boolean, number][] = [
  ["mean of the totals", [80, 90], false, 85],
  ["一刀切: the mean less 5", [80, 90], true, 80],
  ["no evaluation: 0", [], false, 0],
];

describe.each(ITEMS.filter((item) => item.id !== "evaluation").map((item) => [`${item.id} ${item.clause}`, item] as const))("%s", (_title, item) => {
  test.each(CASES[item.id as keyof typeof CASES])("%s", (_name, rows, inputs, expected) => {
    const unit = unitOf(rows, inputs);
    const result = versionFor(item as unknown as ScoredItem, 2023).score(unit);
    expect(result.points).toBeCloseTo(expected, 9);
    // A bonus or deduction that earns nothing says nothing; every other line cites the item's clause.
    for (const line of result.lines) expect(line.clause).toBe(item.clause);
  });
});

describe(`evaluation ${EVALUATION_ITEM.clause}`, () => {
  const item = EVALUATION_ITEM;
  test.each(EVALUATION_CASES)("%s", (_name, totals, flagged, expected) => {
    const unit: EvaluationQuarter = { profile: builtinProfile(), quarter: 1, totals, rows: totals.map((_, i) => i + 2), flaggedRow: flagged ? 2 : null };
    expect(versionFor(item, 2023).score(unit).points).toBeCloseTo(expected, 9);
  });
});
