// Reporting periods: a quarter (2026Q2) or the year through a quarter (2026,
// 2026Q1-Q3), of any assessment year (profiles.md §2): the year is the period's,
// unless a profile file or 考评参数 fixed it.
import { phraseOf, type MessageCode, type MessageParams, type Phrase } from "./messages";
import { YEAR_RANGE } from "./profile/schema";
import { sourceText } from "./profile/source";
import type { Profile } from "./profile/types";
import type { Lang, Period } from "./types";
import { foldWidth, parseQuarter } from "./parse/cells";

const CN_Q = ["", "第一季度", "第二季度", "第三季度", "第四季度"];
const CN_N = ["", "一", "二", "三", "四"];

/**
 * Parse a period: `2026Q1`, `2026-Q1`, `Q1`, `1`, `2026年第一季度` (a quarter);
 * `2026` or `2026年` (the year); `2026Q1-Q3` (the year so far, partial). A bare
 * quarter is one of the profile's year (profiles.md §2).
 */
export function parsePeriod(text: string | number, profile: Pick<Profile, "year">): Period | null {
  const s = foldWidth(String(text)).replace(/\s+/g, "").toUpperCase();
  if (!s) return null;
  const year = /^(\d{4})年?(?:度|全年)?$/.exec(s);
  if (year) return { year: Number(year[1]), kind: "year", quarter: 4 };
  const partial = /^(\d{4})(?:年|-)?Q1[-–~至到]Q?([1-4])$/.exec(s);
  if (partial) return { year: Number(partial[1]), kind: "year", quarter: Number(partial[2]) as Period["quarter"] };
  const parsed = parseQuarter(typeof text === "number" ? text : s, profile.year);
  if (parsed.ok) return { year: parsed.value.year, kind: "quarter", quarter: parsed.value.quarter };
  return null;
}

/** `2026Q2`, `2026`, or `2026Q1-Q3`. */
export function periodId(period: Period): string {
  if (period.kind === "quarter") return `${period.year}Q${period.quarter}`;
  return period.quarter === 4 ? `${period.year}` : `${period.year}Q1-Q${period.quarter}`;
}

export function periodLabel(period: Period): { zh: string; en: string } {
  if (period.kind === "quarter") return { zh: `${period.year}年${CN_Q[period.quarter]}`, en: `${period.year} Q${period.quarter}` };
  if (period.quarter === 4) return { zh: `${period.year}年度`, en: `${period.year} (full year)` };
  return { zh: `${period.year}年第一至第${CN_N[period.quarter]}季度（部分）`, en: `${period.year} Q1–Q${period.quarter} (partial)` };
}

/** A quarter's name in Chinese: 第一季度. */
export const quarterName = (q: number): string => CN_Q[q] ?? "";

/** A quarter as an issue names it, in the issue's language: 2023年第一季度, 2023Q1. */
export const quarterPhrase = (year: number, q: number): Phrase => phraseOf({ zh: `${year}年${quarterName(q)}`, en: `${year}Q${q}` });

export interface YearIssue {
  code: MessageCode;
  params: MessageParams;
}

/** Why a sheet row of `year` cannot count: not the fixed year, or outside the years a profile may assess. */
export function yearProblem(profile: Profile, year: number): YearIssue | null {
  if (profile.yearFixed) return year === profile.year ? null : { code: "quarter.otherYear", params: { year: profile.year } };
  if (year < YEAR_RANGE.min || year > YEAR_RANGE.max) return { code: "quarter.outOfRange", params: { min: YEAR_RANGE.min, max: YEAR_RANGE.max } };
  return null;
}

/** Why a period cannot be assessed with this profile (profiles.md §2), for the hosts' argument checks. */
export function periodProblem(profile: Profile, period: Period): YearIssue | null {
  const value = periodId(period);
  if (profile.yearFixed && period.year !== profile.year) {
    const source = profile.sources.year;
    return {
      code: "year.fixed",
      params: { value, year: profile.year, source: (lang: Lang) => sourceText(source, profile, lang) },
    };
  }
  if (period.year < YEAR_RANGE.min || period.year > YEAR_RANGE.max) return { code: "year.outOfRange", params: { value, min: YEAR_RANGE.min, max: YEAR_RANGE.max } };
  return null;
}

/** The last quarter that has ended on `today` within `year` (the task pane's default). */
export function lastFinishedQuarter(year: number, today: Date): Period {
  const todayYear = today.getFullYear();
  if (todayYear > year) return { year, kind: "quarter", quarter: 4 };
  if (todayYear < year) return { year, kind: "quarter", quarter: 1 };
  const finished = Math.floor(today.getMonth() / 3); // quarters fully finished
  return { year, kind: "quarter", quarter: Math.max(1, finished) as Period["quarter"] };
}

/** The periods offered for a year: its quarters, the year so far, and the whole year. */
export function periodsOfYear(year: number): Period[] {
  const q = (quarter: Period["quarter"]): Period => ({ year, kind: "quarter", quarter });
  const y = (quarter: Period["quarter"]): Period => ({ year, kind: "year", quarter });
  return [q(1), q(2), q(3), q(4), y(2), y(3), y(4)];
}
