// The period a unit is scored over, as an input (issue 16 item 2). Every score
// item reads the period from a context, never a quarter number, so "the quarter
// as of a month's end" (cycle.md §3.1) is another context, not a second scorer.
//
// API for hosts and other engine parts:
// - `quarterContext(profile, year, q)`: the quarter q: its first and last day,
//   targets × q/4 (rules §3, §4).
// - `monthEndContext(profile, year, month)`: the quarter holding `month`, scored
//   as of the month's last day with targets × month/12 (cycle.md §3.1). In a
//   month that ends a quarter (3, 6, 9, 12) it scores exactly as the quarter.
// - `periodContext(profile, spec)`: any other span (first day of its quarter to
//   `last`, with its own fraction); `cumulativeTarget(annual, fraction)` the
//   target an item compares with. Days are Excel day serials of UTC dates
//   (parse/dates.ts).
// Scoring groups A and B over a context: `scoreProjectGroups` in report.ts.
import { daysInMonth, quarterBounds, ymdToSerial } from "../parse/dates";
import { quarterName } from "../period";
import type { Profile } from "../profile/types";

/** The share of the annual targets due by the period's last day: q/4 for a quarter, m/12 as of month m's end. */
export interface TargetFraction {
  numerator: number;
  denominator: number;
}

export interface PeriodContext {
  profile: Profile;
  /** The assessment year. */
  year: number;
  /** The quarter whose 考核录入 row the items read and whose explanation lines these are. */
  quarter: number;
  /** First day of the period (the quarter's first day), a day serial. */
  first: number;
  /** Last day of the period: the quarter's last day, or the "as of" day. */
  last: number;
  /** First day of the assessment year (year-to-date counts, rules §2). */
  yearStart: number;
  /** Cumulative share of each annual target due by `last`. */
  fraction: TargetFraction;
  /** The period in words: `2026年第二季度`, `2026年第二季度（截至5月31日）`. */
  label: { zh: string; en: string };
}

export interface PeriodSpec {
  year: number;
  quarter: number;
  /** The last day counted (within the quarter). */
  last: number;
  fraction: TargetFraction;
  label: { zh: string; en: string };
}

/** A context from its parts: the period starts on its quarter's first day. */
export function periodContext(profile: Profile, spec: PeriodSpec): PeriodContext {
  const { start } = quarterBounds(spec.year, spec.quarter);
  return { profile, ...spec, first: start, yearStart: quarterBounds(spec.year, 1).start };
}

/** Quarter `quarter` of `year` (rules §4): its days, targets × q/4. */
export function quarterContext(profile: Profile, year: number, quarter: number): PeriodContext {
  return periodContext(profile, {
    year,
    quarter,
    last: quarterBounds(year, quarter).end,
    fraction: { numerator: quarter, denominator: 4 },
    label: { zh: `${year}年${quarterName(quarter)}`, en: `${year} Q${quarter}` },
  });
}

/** The quarter holding `month` (1–12) as of the month's last day, targets × month/12 (cycle.md §3.1). */
export function monthEndContext(profile: Profile, year: number, month: number): PeriodContext {
  const quarter = Math.ceil(month / 3);
  const day = daysInMonth(year, month);
  return periodContext(profile, {
    year,
    quarter,
    last: ymdToSerial(year, month, day),
    fraction: { numerator: month, denominator: 12 },
    label: { zh: `${year}年${quarterName(quarter)}（截至${month}月${day}日）`, en: `${year} Q${quarter} (as of ${year}-${String(month).padStart(2, "0")}-${day})` },
  });
}

/** The cumulative target due: roundHalfUp(annual × fraction) (rules §3; cycle.md §3.1). */
export function cumulativeTarget(annual: number, fraction: TargetFraction): number {
  return Math.floor((annual * fraction.numerator) / fraction.denominator + 0.5);
}

/** The target of `annual` due by the context's last day. */
export const periodTarget = (context: PeriodContext, annual: number): number => cumulativeTarget(annual, context.fraction);

/** A day within the period (its first to its last day). */
export const inPeriod = (context: PeriodContext, day: number | null): day is number => day !== null && day >= context.first && day <= context.last;

/** In the assessment year, on or before the period's last day (YTD counting, rules §2). */
export const yearToDate = (context: PeriodContext, day: number | null): day is number => day !== null && day >= context.yearStart && day <= context.last;
