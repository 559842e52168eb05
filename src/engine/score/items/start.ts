// 开工情况 (附件3 四(一)1(3), rules §4.3): full points × on-time starts / projects
// due, or the discretionary points typed in 考核录入 when higher.
import { discretionaryTail, fmt, rowsOf, single, type ItemResult } from "../explain";
import { startScore } from "../rules";
import { startOnTime, type UnitQuarter } from "../unit";
import { pointsColumn } from "./counted";
import { defineItem, paramsOf } from "./define";
import { dueInPeriod } from "./due";

const CLAUSE = "附件3 四(一)1(3)";
const param = paramsOf("§4.3", CLAUSE);

const MESSAGES = {
  start: {
    zh: "本季应开工 {due} 个（本季开工 {started} 个，到期未开工 {overdue} 个），按期开工 {ok} 个：{formula} 分{discretionary}",
    en: "Due {due} ({started} started this quarter, {overdue} overdue), started on time {ok}: {formula}{discretionary}",
  },
};

function score(unit: UnitQuarter): ItemResult {
  const { context } = unit;
  const started = unit.startedInPeriod;
  const due = dueInPeriod(
    unit,
    started,
    (p) => p.startDay,
    (p) => p.planStart,
  );
  const onTime = started.filter((p) => startOnTime(context.profile, p));
  const points = startScore(context.profile, due.length, onTime.length, unit.inputs?.startDiscretion ?? 0);
  const formula = startScore(context.profile, due.length, onTime.length, 0);
  return single(context.quarter, {
    item: "start",
    points,
    clause: CLAUSE,
    text: MESSAGES.start,
    params: () => ({
      due: due.length,
      started: started.length,
      overdue: due.length - started.length,
      ok: onTime.length,
      formula: fmt(formula),
      discretionary: discretionaryTail(points, formula),
    }),
    rows: rowsOf(due),
  });
}

export const start = defineItem({
  id: "start",
  kind: "base",
  column: "start",
  clause: CLAUSE,
  rule: "§4.3",
  params: {
    "start.full": param("开工情况·满分", "Start · full points", "number"),
    "start.discretionaryMax": param("开工情况·酌情分上限", "Start · discretionary maximum", "number"),
    "start.fundedMonths": param("开工情况·资金下达后开工月数", "Start · months allowed after funds are issued", "whole"),
  },
  ledger: ["planStart", "actualStart", "inDb", "dbDate", "fundType", "fundIssued"],
  inputs: [pointsColumn("startDiscretion", "开工酌情分", 4, "start.discretionaryMax", (max) => `当季无新开工但前期工作扎实时填写，0–${max}`)],
  messages: MESSAGES,
  versions: [{ since: 2023, note: "附件3 四(一)1(3) as issued in 2023", score }],
});
