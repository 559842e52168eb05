// The five base items of groups A and B (附件3 四(一)1, rules §4.1–§4.5), one
// function each, named as the rules name them; each returns its points and the
// lines that explain them, with the profile's numbers in the text.
import { CLAUSE } from "../profile/clauses";
import type { Project } from "../parse/ledger";
import { fmt, phrase, phraseIf, rowsOf, single, tierParams, type ItemResult } from "./explain";
import { inPeriod, periodTarget, yearToDate } from "./context";
import { startOnTime, type UnitQuarter } from "./quarter";
import {
  commissioningScore,
  guaranteeScore,
  planningScore,
  signingPart,
  signingStartPart,
  startScore,
  tierPoints,
} from "./rules";

/** 谋划储备, 附件3 四(一)1(1), rules §4.1: base when the YTD target is met, plus capped tier points of this quarter's industry projects. */
export function planningItem(u: UnitQuarter): ItemResult {
  const { c } = u;
  const v = c.profile.values;
  const clause = CLAUSE.planning;
  const target = periodTarget(c, u.annual.plan);
  const planned = u.eligible.filter((p) => yearToDate(c, p.planDate));
  const bonus = u.eligible
    .filter((p) => p.category.industry && inPeriod(c, p.planDate))
    .map((p) => ({ p, points: tierPoints(v["planning.tiers"], p.investment) }))
    .filter((x) => x.points > 0);
  const bonusPoints = bonus.reduce((a, x) => a + x.points, 0);
  const points = planningScore(c.profile, target, planned.length, bonusPoints);
  if (planned.length < target) {
    return single(c.quarter, {
      item: "planning",
      points,
      clause,
      key: "explain.planning.short",
      params: { planned: planned.length, target, missing: target - planned.length, per: fmt(v["planning.shortfall"]), points: fmt(points) },
      rows: rowsOf(planned),
    });
  }
  const met = single(c.quarter, {
    item: "planning",
    points: v["planning.base"],
    clause,
    key: "explain.planning.met",
    params: { planned: planned.length, target, base: fmt(v["planning.base"]) },
    rows: rowsOf(planned),
  });
  if (bonusPoints === 0) return { points, lines: met.lines };
  const extra = single(c.quarter, {
    item: "planning",
    points: points - v["planning.base"],
    clause,
    key: "explain.planning.bonus",
    params: () => ({
      ...tierParams(v["planning.tiers"]),
      count: bonus.length,
      points: fmt(bonusPoints),
      ...phraseIf(bonusPoints > v["planning.bonusCap"], "cap", "explain.cap", { cap: fmt(v["planning.bonusCap"]) }),
    }),
    rows: rowsOf(bonus.map((x) => x.p)),
  });
  return { points, lines: [...met.lines, ...extra.lines] };
}

/** 签约落地, 附件3 四(一)1(2), rules §4.2: a signing part and a start-on-time part of the signed projects. */
export function signingItem(u: UnitQuarter): ItemResult {
  const { c } = u;
  const clause = CLAUSE.signing;
  const target = periodTarget(c, u.annual.sign);
  const signed = u.eligible.filter((p) => yearToDate(c, p.signDate));
  const due = signed.filter((p) => p.planStart !== null && p.planStart <= c.last);
  const ok = due.filter((p) => p.startDay !== null && p.startDay <= c.last && startOnTime(c.profile, p));
  const signPoints = signingPart(c.profile, target, signed.length);
  const startPoints = signingStartPart(c.profile, signed.length, due.length, ok.length);
  const signLine = single(c.quarter, {
    item: "signing",
    points: signPoints,
    clause,
    key: "explain.signing.signed",
    params: { signed: signed.length, target, points: fmt(signPoints) },
    rows: rowsOf(signed),
  });
  const startLine = single(c.quarter, {
    item: "signing",
    points: startPoints,
    clause,
    key: due.length > 0 ? "explain.signing.due" : signed.length > 0 ? "explain.signing.noneDue" : "explain.signing.noneSigned",
    params: { due: due.length, ok: ok.length, points: fmt(startPoints) },
    rows: rowsOf(due),
  });
  return { points: signPoints + startPoints, lines: [...signLine.lines, ...startLine.lines] };
}

/** The discretionary tail of 开工/投产 when the input beats the formula. */
const discretionary = (points: number, formula: number) => phraseIf(points > formula, "discretionary", "explain.discretionary", { points: fmt(points) });

/** Projects due in the quarter: those with the event in it, plus those not done before it and planned in the year by its end. */
function dueInQuarter(u: UnitQuarter, done: Project[], actual: (p: Project) => number | null, plan: (p: Project) => number | null): Project[] {
  const { c } = u;
  const overdue = u.eligible.filter((p) => {
    const d = actual(p);
    return !inPeriod(c, d) && !(d !== null && d < c.first) && yearToDate(c, plan(p));
  });
  return [...done, ...overdue];
}

/** 开工情况, 附件3 四(一)1(3), rules §4.3: full × on-time starts / projects due, or the discretionary points if higher. */
export function startItem(u: UnitQuarter): ItemResult {
  const { c } = u;
  const due = dueInQuarter(u, u.startedInQ, (p) => p.startDay, (p) => p.planStart);
  const ok = u.startedInQ.filter((p) => startOnTime(c.profile, p));
  const points = startScore(c.profile, due.length, ok.length, u.inputs?.startDiscretion ?? 0);
  const formula = startScore(c.profile, due.length, ok.length, 0);
  return single(c.quarter, {
    item: "start",
    points,
    clause: CLAUSE.start,
    key: "explain.start",
    params: () => ({ due: due.length, started: u.startedInQ.length, overdue: due.length - u.startedInQ.length, ok: ok.length, formula: fmt(formula), ...discretionary(points, formula) }),
    rows: rowsOf(due),
  });
}

/** 投产达效, 附件3 四(一)1(4), rules §4.4: full × credited investment / investment of the projects due, or the discretionary points. */
export function commissioningItem(u: UnitQuarter): ItemResult {
  const { c } = u;
  const due = dueInQuarter(u, u.commissionedInQ, (p) => p.actualCommission, (p) => p.planCommission);
  let credit = 0;
  let investment = 0;
  for (const p of due) {
    investment += p.investment;
    credit += p.actualCommission !== null && p.actualCommission <= c.last ? p.investment : Math.min(p.investment, p.completed ?? 0);
  }
  const points = commissioningScore(c.profile, credit, investment, u.inputs?.commissionDiscretion ?? 0);
  const formula = commissioningScore(c.profile, credit, investment, 0);
  return single(c.quarter, {
    item: "commissioning",
    points,
    clause: CLAUSE.commissioning,
    key: "explain.commissioning",
    params: () => ({ due: due.length, done: u.commissionedInQ.length, credit: fmt(credit), investment: fmt(investment), formula: fmt(formula), ...discretionary(points, formula) }),
    rows: rowsOf(due),
  });
}

/** 服务保障, 附件3 四(一)1(5), rules §4.5: the meeting points if 现场办公会, plus the element points less 要素保障扣分. */
export function serviceItem(u: UnitQuarter): ItemResult {
  const { c, inputs } = u;
  const v = c.profile.values;
  const held = inputs?.meeting ?? false;
  const d = inputs?.elementDeduction ?? 0;
  const points = guaranteeScore(c.profile, held, d);
  return single(c.quarter, {
    item: "service",
    points,
    clause: CLAUSE.service,
    key: "explain.service",
    params: () => ({
      ...phrase("meeting", held ? "explain.service.meetingHeld" : "explain.service.meetingNot", { points: fmt(v["service.meeting"]) }),
      deduction: fmt(d),
      element: fmt(v["service.element"] - d),
      ...phraseIf(!inputs, "missing", "explain.service.noInputs"),
    }),
    rows: inputs ? [inputs.row] : [],
    sheet: "考核录入",
  });
}
