// 投产达效 (附件3 四(一)1(4), rules §4.4): full points × credited investment /
// investment of the projects due, or the discretionary points when higher.
import type { Project } from "../../parse/ledger";
import type { PeriodContext } from "../context";
import { discretionaryTail, fmt, rowsOf, single, type ItemResult } from "../explain";
import { commissioningScore } from "../rules";
import type { UnitQuarter } from "../unit";
import { pointsColumn } from "./counted";
import { defineItem, paramsOf } from "./define";
import { dueInPeriod } from "./due";

const CLAUSE = "附件3 四(一)1(4)";
const param = paramsOf("§4.4", CLAUSE);

const MESSAGES = {
  commissioning: {
    zh: "本季应投产 {due} 个（已投产 {done} 个），完成投资 {credit}/{investment} 万元：{formula} 分{discretionary}",
    en: "Due {due} ({done} commissioned), investment {credit}/{investment} 万元: {formula}{discretionary}",
  },
};

/** The investment credited: all of it once commissioned by the period's end, else what is completed (capped). */
function credited(context: PeriodContext, due: Project[]): { credit: number; investment: number } {
  let credit = 0;
  let investment = 0;
  for (const p of due) {
    investment += p.investment;
    credit += p.actualCommission !== null && p.actualCommission <= context.last ? p.investment : Math.min(p.investment, p.completed ?? 0);
  }
  return { credit, investment };
}

function score(unit: UnitQuarter): ItemResult {
  const { context } = unit;
  const done = unit.commissionedInPeriod;
  const due = dueInPeriod(
    unit,
    done,
    (p) => p.actualCommission,
    (p) => p.planCommission,
  );
  const { credit, investment } = credited(context, due);
  const points = commissioningScore(context.profile, credit, investment, unit.inputs?.commissionDiscretion ?? 0);
  const formula = commissioningScore(context.profile, credit, investment, 0);
  return single(context.quarter, {
    item: "commissioning",
    points,
    clause: CLAUSE,
    text: MESSAGES.commissioning,
    params: () => ({
      due: due.length,
      done: done.length,
      credit: fmt(credit),
      investment: fmt(investment),
      formula: fmt(formula),
      discretionary: discretionaryTail(points, formula),
    }),
    rows: rowsOf(due),
  });
}

export const commissioning = defineItem({
  id: "commissioning",
  kind: "base",
  column: "commissioning",
  clause: CLAUSE,
  rule: "§4.4",
  params: {
    "commissioning.full": param("投产达效·满分", "Commissioning · full points", "number"),
    "commissioning.discretionaryMax": param("投产达效·酌情分上限", "Commissioning · discretionary maximum", "number"),
  },
  ledger: ["planCommission", "actualCommission", "completed", "investment"],
  inputs: [pointsColumn("commissionDiscretion", "投产酌情分", 5, "commissioning.discretionaryMax", (max) => `0–${max}`)],
  messages: MESSAGES,
  versions: [{ since: 2023, note: "附件3 四(一)1(4) as issued in 2023", score }],
});
