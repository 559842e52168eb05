// The scoring rules as small pure functions over numbers, each with its clause.
// The ledger scorer and the SANPI custom functions both call these.
import { bandLabel, GOAL_BANDS } from "../profile/schema";
import { cumulativeTarget } from "./context";
import type { CategoryDef, Profile, Tier } from "../profile/types";

/** Highest tier whose start `amount` reaches (tiers kept highest first); 0 if none. */
export function tierPoints(tiers: Tier[], amount: number): number {
  for (const t of tiers) if (amount >= t.min) return t.points;
  return 0;
}

/** Cumulative target for quarter q: roundHalfUp(annual × q / 4) (rules §3). */
export function quarterTarget(annual: number, quarter: number): number {
  return cumulativeTarget(annual, { numerator: quarter, denominator: 4 });
}

/** Round half away from zero to `digits` decimals, for display and ranking (rules §4). */
export function round2(x: number, digits = 2): number {
  const f = 10 ** digits;
  const r = Math.round(Math.abs(x) * f * (1 + 1e-12)) / f;
  return x < 0 ? -r : r === 0 ? 0 : r;
}

/** The recognised start day (rules §2): the later of 实际开工 and 入库日期, only once 入库 (a 入库日期 means 入库). */
export function recognisedStartDay(actualStart: number | null, inDb: boolean, dbDate: number | null): number | null {
  if (actualStart === null || !inDb) return null;
  return dbDate !== null ? Math.max(actualStart, dbDate) : actualStart;
}

/** Eligibility (附件3 一): 总投资 ≥ the category's floor, or 特批纳入. */
export function isEligible(category: CategoryDef, investment: number, special = false): boolean {
  return special || investment >= category.floor;
}

/**
 * 谋划储备 (附件3 四(一)1(1), rules §4.1). `bonusPoints` is the sum of the
 * planning tier points of eligible 产业项目 planned in the quarter.
 */
export function planningScore(profile: Profile, target: number, planned: number, bonusPoints: number): number {
  const v = profile.values;
  if (planned >= target) return v["planning.base"] + Math.min(v["planning.bonusCap"], bonusPoints);
  return Math.max(0, v["planning.base"] - v["planning.shortfall"] * (target - planned));
}

/** 签约落地 signing part (rules §4.2): signPart × min(1, S / T); ratio 1 when T = 0. */
export function signingPart(profile: Profile, target: number, signed: number): number {
  const ratio = target <= 0 ? 1 : Math.min(1, signed / target);
  return profile.values["signing.signPart"] * ratio;
}

/** 签约落地 start-on-time part (rules §4.2): startPart × ok / due; when due = 0, full if anything signed else 0. */
export function signingStartPart(profile: Profile, signed: number, due: number, startedOnTime: number): number {
  const full = profile.values["signing.startPart"];
  if (due <= 0) return signed > 0 ? full : 0;
  return (full * Math.min(startedOnTime, due)) / due;
}

/** Clamp a discretionary input to 0..max (附件3: "最高记…分", the profile's maximum). */
export function clampDiscretionary(value: number, max: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(max, Math.max(0, value));
}

/** 开工情况 (rules §4.3): max(full × ok / |B|, discretionary). */
export function startScore(profile: Profile, base: number, onTime: number, discretionary = 0): number {
  const v = profile.values;
  const formula = base > 0 ? (v["start.full"] * onTime) / base : 0;
  return Math.max(formula, clampDiscretionary(discretionary, v["start.discretionaryMax"]));
}

/** 投产达效 (rules §4.4): max(full × Σcredit / Σ总投资, discretionary). */
export function commissioningScore(profile: Profile, credit: number, investment: number, discretionary = 0): number {
  const v = profile.values;
  const formula = investment > 0 ? (v["commissioning.full"] * credit) / investment : 0;
  return Math.max(formula, clampDiscretionary(discretionary, v["commissioning.discretionaryMax"]));
}

/** Whether 要素保障扣分 is allowed: 0, or between the two bounds (附件3 四(一)1(5)). */
export function isValidElementDeduction(profile: Profile, d: number): boolean {
  const v = profile.values;
  return d === 0 || (d >= v["service.deductionMin"] && d <= v["service.deductionMax"]);
}

/** 服务保障 (rules §4.5): the meeting points if 现场办公会, plus the element points − d. */
export function guaranteeScore(profile: Profile, meetingsOk: boolean, elementDeduction: number): number {
  const v = profile.values;
  return (meetingsOk ? v["service.meeting"] : 0) + (v["service.element"] - elementDeduction);
}

/**
 * Size bonus of one stage event (附件3 四(一)2(3), rules §4.6 item 4): the
 * highest size tier a 产业项目 reaches, plus the extra when an advanced project earns one.
 */
export function sizeBonus(profile: Profile, category: CategoryDef, investment: number, advanced: boolean): number {
  if (!category.industry) return 0;
  const tier = tierPoints(profile.values["bonus.sizeTiers"], investment);
  return tier > 0 && advanced ? tier + profile.values["bonus.advancedExtra"] : tier;
}

/** Introduction bonus of one signed 工业项目 (附件4 第2行): the large points from the large size, else the small. */
export function introductionPoints(profile: Profile, category: CategoryDef, investment: number): number {
  if (!category.industrial) return 0;
  const v = profile.values;
  return investment >= v["bonus.introductionBigMin"] ? v["bonus.introductionBig"] : v["bonus.introductionSmall"];
}

/** Enterprise evaluation of one quarter (rules §5): mean of row totals, less the 一刀切 points. */
export function evaluationScore(profile: Profile, rowTotals: number[], oneSizeFitsAll: boolean): number {
  const mean = rowTotals.length ? rowTotals.reduce((a, b) => a + b, 0) / rowTotals.length : 0;
  return mean - (oneSizeFitsAll ? profile.values["evaluation.oneSizeFitsAll"] : 0);
}

/** Investment band of the city goals (正文 一): 10亿元以上, 亿元以上, 5000万元以上, or below the smallest band. */
export function tierLabel(investment: number): string {
  for (let i = GOAL_BANDS.length - 1; i >= 0; i--) if (investment >= GOAL_BANDS[i]) return bandLabel(GOAL_BANDS[i]);
  return bandLabel(GOAL_BANDS[0]).replace(/以上$/, "以下");
}
