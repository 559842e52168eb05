// The scoring rules as small pure functions over numbers, each with its clause.
// The ledger scorer and the SANPI custom functions both call these.
import type { CategoryDef, Profile, Tier } from "../profile/types";

/** Highest tier whose floor `amount` reaches (tiers listed highest first); 0 if none. */
export function tierPoints(tiers: Tier[], amount: number): number {
  for (const t of tiers) if (amount >= t.min) return t.points;
  return 0;
}

/** Cumulative target for quarter q: roundHalfUp(annual × q / 4) (rules §3). */
export function quarterTarget(annual: number, quarter: number): number {
  return Math.floor((annual * quarter) / 4 + 0.5);
}

/** Round half away from zero to `digits` decimals, for display and ranking (rules §4). */
export function round2(x: number, digits = 2): number {
  const f = 10 ** digits;
  const r = Math.round(Math.abs(x) * f * (1 + 1e-12)) / f;
  return x < 0 ? -r : r === 0 ? 0 : r;
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
  const r = profile.rules.planning;
  if (planned >= target) return r.base + Math.min(r.bonusCap, bonusPoints);
  return Math.max(0, r.base - r.shortfallPenalty * (target - planned));
}

/** 签约落地 signing part (rules §4.2): 10 × min(1, S / T); ratio 1 when T = 0. */
export function signingPart(profile: Profile, target: number, signed: number): number {
  const ratio = target <= 0 ? 1 : Math.min(1, signed / target);
  return profile.rules.signing.signingPart * ratio;
}

/** 签约落地 start-on-time part (rules §4.2): 10 × ok / due; when due = 0, 10 if anything signed else 0. */
export function signingStartPart(profile: Profile, signed: number, due: number, startedOnTime: number): number {
  const full = profile.rules.signing.startPart;
  if (due <= 0) return signed > 0 ? full : 0;
  return (full * Math.min(startedOnTime, due)) / due;
}

export function signingScore(profile: Profile, target: number, signed: number, due: number, startedOnTime: number): number {
  return signingPart(profile, target, signed) + signingStartPart(profile, signed, due, startedOnTime);
}

/** Clamp a discretionary input to 0..max (附件3: 最高记10分). */
export function clampDiscretionary(value: number, max: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(max, Math.max(0, value));
}

/** 开工情况 (rules §4.3): max(20 × ok / |B|, discretionary). */
export function startScore(profile: Profile, base: number, onTime: number, discretionary = 0): number {
  const r = profile.rules.start;
  const formula = base > 0 ? (r.full * onTime) / base : 0;
  return Math.max(formula, clampDiscretionary(discretionary, r.discretionaryMax));
}

/** 投产达效 (rules §4.4): max(20 × Σcredit / Σ总投资, discretionary). */
export function commissioningScore(profile: Profile, credit: number, investment: number, discretionary = 0): number {
  const r = profile.rules.commissioning;
  const formula = investment > 0 ? (r.full * credit) / investment : 0;
  return Math.max(formula, clampDiscretionary(discretionary, r.discretionaryMax));
}

/** Whether 要素保障扣分 is allowed: 0, or between 2 and 6 (附件3 四(一)1(5)). */
export function isValidElementDeduction(profile: Profile, d: number): boolean {
  const r = profile.rules.service;
  return d === 0 || (d >= r.deductionMin && d <= r.deductionMax);
}

/** 服务保障 (rules §4.5): 10 if 现场办公会 else 0, plus 10 − d. */
export function guaranteeScore(profile: Profile, meetingsOk: boolean, elementDeduction: number): number {
  const r = profile.rules.service;
  return (meetingsOk ? r.meeting : 0) + (r.element - elementDeduction);
}

/**
 * Size bonus of one stage event (附件3 四(一)2(3), rules §4.6 item 4): tier
 * 5/3/1 for ≥5亿/3亿/1亿 of a 产业项目, +2 when earned by an advanced project.
 */
export function sizeBonus(profile: Profile, category: CategoryDef, investment: number, advanced: boolean): number {
  if (!category.industry) return 0;
  const r = profile.rules.bonus.size;
  const tier = tierPoints(r.tiers, investment);
  return tier > 0 && advanced ? tier + r.advancedExtra : tier;
}

/** Introduction bonus of one signed 工业项目 (附件4 row 2): +1 if ≥ 1亿 else +0.5. */
export function introductionPoints(profile: Profile, category: CategoryDef, investment: number): number {
  if (!category.industrial) return 0;
  const r = profile.rules.bonus.introduction;
  return investment >= r.bigMin ? r.big : r.small;
}

/** Enterprise evaluation of one quarter (rules §5): mean of row totals, −5 if 一刀切. */
export function evaluationScore(profile: Profile, rowTotals: number[], oneSizeFitsAll: boolean): number {
  const mean = rowTotals.length ? rowTotals.reduce((a, b) => a + b, 0) / rowTotals.length : 0;
  return mean - (oneSizeFitsAll ? profile.evaluation.oneSizeFitsAllPenalty : 0);
}

/** Investment tier label, as 正文 一 states goals: 10亿元以上, 亿元以上, 5000万元以上, 5000万元以下. */
export function tierLabel(investment: number): string {
  if (investment >= 100000) return "10亿元以上";
  if (investment >= 10000) return "亿元以上";
  if (investment >= 5000) return "5000万元以上";
  return "5000万元以下";
}
