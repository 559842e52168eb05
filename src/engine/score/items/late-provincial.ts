// 减分 item 1 (附件3 四(一)3(1), 附件4 第3–4行; rules §4.7): each project of the
// provincial start batch due by the period's end and not started on time, and
// each of the commissioning batch not commissioned on time.
import type { Project } from "../../parse/ledger";
import { inPeriod, type PeriodContext } from "../context";
import type { ItemResult } from "../explain";
import { startOnTime, type UnitQuarter } from "../unit";
import { perEvent, sumResults } from "./counted";
import { defineItem, paramsOf } from "./define";

const CLAUSE = "附件3 四(一)3(1)，附件4 第3–4行";
const param = paramsOf("§4.7 第1项", CLAUSE);

const MESSAGES = {
  lateStart: { zh: "省“三个一批”开工项目未按期开工 {count} 个，每个扣 {per} 分", en: "Provincial start-batch projects late: {count} × {per}" },
  lateCommission: {
    zh: "省“三个一批”投产项目未按期投产达效 {count} 个，每个扣 {per} 分",
    en: "Provincial commissioning-batch projects late: {count} × {per}",
  },
};

/** Due by the period's end, and not started by then or started late within the period. */
const lateStart = (context: PeriodContext, p: Project): boolean =>
  p.batches.start && p.planStart !== null && p.planStart <= context.last && (p.startDay === null || p.startDay > context.last || (inPeriod(context, p.startDay) && !startOnTime(context.profile, p)));

/** Due by the period's end, and not commissioned by then or commissioned late within the period. */
const lateCommission = (context: PeriodContext, p: Project): boolean =>
  p.batches.commission &&
  p.planCommission !== null &&
  p.planCommission <= context.last &&
  (p.actualCommission === null || p.actualCommission > context.last || (inPeriod(context, p.actualCommission) && p.actualCommission > p.planCommission));

function score(unit: UnitQuarter): ItemResult {
  const { context } = unit;
  const per = context.profile.values["deduction.lateProvincial"];
  const late = (test: (context: PeriodContext, p: Project) => boolean) => unit.eligible.filter((p) => test(context, p));
  return sumResults([
    perEvent(unit, "deduction", late(lateStart), per, { clause: CLAUSE, text: MESSAGES.lateStart, params: {} }),
    perEvent(unit, "deduction", late(lateCommission), per, { clause: CLAUSE, text: MESSAGES.lateCommission, params: {} }),
  ]);
}

export const lateProvincial = defineItem({
  id: "deduction.lateProvincial",
  kind: "deduction",
  column: "deduction",
  clause: CLAUSE,
  rule: "§4.7 第1项",
  params: {
    "deduction.lateProvincial": param("减分·省级项目未按期每个", "Deduction · per late provincial project", "number"),
  },
  ledger: ["provincial", "planStart", "actualStart", "inDb", "dbDate", "planCommission", "actualCommission"],
  inputs: [],
  messages: MESSAGES,
  versions: [{ since: 2023, note: "附件3 四(一)3(1) as issued in 2023", score }],
});
