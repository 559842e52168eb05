// The month of a monthly inspection (cycle.md §3): what a clerk types
// (`2026-11`, `2026年11月`, `2026年11月份`, `11月`), its days, and whether the
// workbook's profile may assess it (profiles.md §2: the 考评年度 fixes the year).
import type { MessageCode, MessageParams } from "../messages";
import { foldWidth } from "../parse/cells";
import { daysInMonth, ymdToSerial } from "../parse/dates";
import { YEAR_RANGE } from "../profile/registry";
import { sourceText } from "../profile/source";
import type { Profile } from "../profile/types";
import type { Lang } from "../types";

export interface Month {
  year: number;
  /** 1–12. */
  month: number;
}

export type MonthParse = { ok: true; value: Month } | { ok: false; code: MessageCode; params: MessageParams };

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };

/**
 * A month as typed: `2026-11`, `2026/11`, `2026.11`, `2026年11月`, `2026年11月份`,
 * `11月`, `十一月` (a bare month is of the profile's year). Full-width digits fold.
 */
export function parseMonth(text: string, profile: Pick<Profile, "year">): MonthParse {
  const s = foldWidth(String(text)).replace(/\s+/g, "");
  const invalid = (): MonthParse => ({ ok: false, code: "inspect.month.invalid", params: { value: String(text).trim(), year: profile.year } });
  const full = /^(\d{4})(?:[-/.]|年)(\d{1,2})(?:月份?)?$/.exec(s);
  const bare = /^(\d{1,2}|[一二三四五六七八九十]{1,3})月份?$/.exec(s);
  let year: number;
  let monthText: string;
  if (full) {
    [year, monthText] = [Number(full[1]), full[2]];
  } else if (bare) [year, monthText] = [profile.year, bare[1]];
  else return invalid();
  const month = /^\d+$/.test(monthText) ? Number(monthText) : (CN_DIGITS[monthText] ?? 0);
  if (month < 1 || month > 12) return { ok: false, code: "inspect.month.outOfRange", params: { value: String(text).trim(), month: monthText, year: profile.year } };
  return { ok: true, value: { year, month } };
}

/** Why the profile cannot assess this month: another year than its fixed 考评年度, or outside 2023–2100. */
export function monthProblem(profile: Profile, month: Month): { code: MessageCode; params: MessageParams } | null {
  const value = monthId(month);
  if (profile.yearFixed && month.year !== profile.year) {
    const source = profile.sources.year;
    return { code: "inspect.month.otherYear", params: { value, year: profile.year, source: (lang: Lang) => sourceText(source, profile, lang) } };
  }
  if (month.year < YEAR_RANGE.min || month.year > YEAR_RANGE.max) return { code: "inspect.month.yearRange", params: { value, min: YEAR_RANGE.min, max: YEAR_RANGE.max } };
  return null;
}

/** `2026-11`. */
export const monthId = (month: Month): string => `${month.year}-${String(month.month).padStart(2, "0")}`;

/** `2026年11月` (sheet names, titles). */
export const monthLabel = (month: Month, lang: "zh" | "en" = "zh"): string => (lang === "en" ? monthId(month) : `${month.year}年${month.month}月`);

/** First and last day serials of the month. */
export function monthBounds(month: Month): { first: number; last: number } {
  return { first: ymdToSerial(month.year, month.month, 1), last: ymdToSerial(month.year, month.month, daysInMonth(month.year, month.month)) };
}

/** Months 3, 6, 9 and 12 end a quarter: their inspection is the quarter's report (cycle.md §3.1). */
export const isQuarterEnd = (month: Month): boolean => month.month % 3 === 0;

/** The months of a year, for pickers. */
export const monthsOfYear = (year: number): Month[] => Array.from({ length: 12 }, (_, i) => ({ year, month: i + 1 }));
