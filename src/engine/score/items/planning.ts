// 谋划储备 (附件3 四(一)1(1), rules §4.1): the base points when the year-to-date
// planning target is met (less per missing project otherwise), plus capped tier
// points of the industry projects planned in the period.
import { phraseOf } from "../../messages";
import { inPeriod, periodTarget, yearToDate } from "../context";
import { fmt, rowsOf, single, tierParams, type ItemResult } from "../explain";
import { planningScore, tierPoints } from "../rules";
import type { UnitQuarter } from "../unit";
import type { Profile } from "../../profile/types";
import { defineItem, paramsOf, versionWith } from "./define";

const CLAUSE = "附件3 四(一)1(1)";
const param = paramsOf("§4.1", CLAUSE);

const MESSAGES = {
  met: { zh: "累计谋划 {planned} 个，完成目标 {target} 个：记 {base} 分", en: "Planned {planned} ≥ target {target}: {base}" },
  bonus: {
    zh: "本季谋划{lowest}以上产业项目 {count} 个（{tiers}），加 {points} 分{cap}",
    en: "Industry projects {lowest} planned this quarter: {count} ({tiers}), +{points}{cap}",
  },
  short: {
    zh: "累计谋划 {planned} 个，目标 {target} 个，少 {missing} 个，每少一个扣 {per} 分：{points} 分",
    en: "Planned {planned} < target {target}, {missing} short at −{per} each: {points}",
  },
  cap: { zh: "（最多加 {cap} 分）", en: " (capped at {cap})" },
};

/** 谋划储备 over numbers (what SANPI.PLANNING computes too). */
export interface PlanningFormula {
  /** The bonus points one industry project of `investment` (万元) planned in the period earns. */
  projectBonus: (profile: Profile, investment: number) => number;
  /** The item's points for the year-to-date target, the eligible projects planned, and the bonus points earned. */
  points: (profile: Profile, target: number, planned: number, bonusPoints: number) => number;
}

const FORMULA_2023: PlanningFormula = {
  projectBonus: (profile, investment) => tierPoints(profile.values["planning.tiers"], investment),
  points: planningScore,
};

function score(unit: UnitQuarter, formula: PlanningFormula): ItemResult {
  const { context } = unit;
  const values = context.profile.values;
  const target = periodTarget(context, unit.annual.plan);
  const planned = unit.eligible.filter((p) => yearToDate(context, p.planDate));
  const bonus = unit.eligible
    .filter((p) => p.category.industry && inPeriod(context, p.planDate))
    .map((project) => ({ project, points: formula.projectBonus(context.profile, project.investment) }))
    .filter((earned) => earned.points > 0);
  const bonusPoints = bonus.reduce((sum, earned) => sum + earned.points, 0);
  const points = formula.points(context.profile, target, planned.length, bonusPoints);
  const line = { item: "planning" as const, clause: CLAUSE, rows: rowsOf(planned) };
  if (planned.length < target) {
    const missing = target - planned.length;
    const params = { planned: planned.length, target, missing, per: fmt(values["planning.shortfall"]), points: fmt(points) };
    return single(context.quarter, { ...line, points, text: MESSAGES.short, params });
  }
  const base = values["planning.base"];
  const met = single(context.quarter, { ...line, points: base, text: MESSAGES.met, params: { planned: planned.length, target, base: fmt(base) } });
  if (bonusPoints === 0) return { points, lines: met.lines };
  const cap = values["planning.bonusCap"];
  const extra = single(context.quarter, {
    ...line,
    points: points - base,
    text: MESSAGES.bonus,
    params: () => ({
      ...tierParams(values["planning.tiers"]),
      count: bonus.length,
      points: fmt(bonusPoints),
      cap: bonusPoints > cap ? phraseOf(MESSAGES.cap, { cap: fmt(cap) }) : "",
    }),
    rows: rowsOf(bonus.map((earned) => earned.project)),
  });
  return { points, lines: [...met.lines, ...extra.lines] };
}

export const planning = defineItem({
  id: "planning",
  kind: "base",
  column: "planning",
  clause: CLAUSE,
  rule: "§4.1",
  params: {
    "planning.base": param("谋划储备·完成任务得分", "Planning · points when the target is met", "number"),
    "planning.tiers": param("谋划储备·加分档次", "Planning · bonus tiers", "tiers"),
    "planning.bonusCap": param("谋划储备·加分上限", "Planning · bonus cap", "number"),
    "planning.shortfall": param("谋划储备·每少一个扣分", "Planning · points off per missing project", "number"),
  },
  ledger: ["planDate", "investment", "category"],
  inputs: [],
  messages: MESSAGES,
  versions: [versionWith(2023, "附件3 四(一)1(1) as issued in 2023", FORMULA_2023, score)],
});
