// Which years a workbook can be assessed for (profiles.md §2), for a host's
// period list: the year 考评参数 or a profile file fixes, or else the years in
// which the ledger has dates, newest first.
import type { Project } from "./parse/ledger";
import { ymdToSerial } from "./parse/dates";
import { lastFinishedQuarter, periodId, periodsOfYear } from "./period";
import { YEAR_RANGE } from "./profile/registry";
import type { Period } from "./types";
import type { ParsedWorkbook } from "./workbook";

const DATE_FIELDS: (keyof Project)[] = ["planDate", "signDate", "planStart", "actualStart", "dbDate", "planCommission", "actualCommission", "fundIssued", "declared"];

/** Serials of 1 January of each assessable year and of the year after the last: a date's year by search, not by calendar arithmetic. */
let yearStarts: number[] | null = null;
const startsOfYears = (): number[] => (yearStarts ??= Array.from({ length: YEAR_RANGE.max - YEAR_RANGE.min + 2 }, (_, i) => ymdToSerial(YEAR_RANGE.min + i, 1, 1)));

/** The assessable year a day serial falls in, or null (the same year as serialToYmd, at a fraction of its cost). */
export function yearOf(serial: number, starts: number[] = startsOfYears()): number | null {
  const day = Math.floor(serial);
  if (!(day >= starts[0] && day < starts[starts.length - 1])) return null;
  let lo = 0;
  let hi = starts.length - 1; // starts[lo] <= d < starts[hi]
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (day >= starts[mid]) lo = mid;
    else hi = mid;
  }
  return YEAR_RANGE.min + lo;
}

/** Dates of the ledger's valid rows by year, within the years a profile may assess. */
function datesByYear(projects: Project[]): Map<number, number> {
  const starts = startsOfYears();
  const count = new Map<number, number>();
  for (const p of projects) {
    for (const f of DATE_FIELDS) {
      const day = p[f] as number | null;
      if (day === null) continue;
      const year = yearOf(day, starts);
      if (year !== null) count.set(year, (count.get(year) ?? 0) + 1);
    }
  }
  return count;
}

export interface YearChoice {
  /** The years offered, newest first. */
  years: number[];
  /** The year offered first (the one with most dates; the fixed year when there is one). */
  main: number;
}

/** The year a host's clock says it is, within the years a profile may assess. */
export function currentYear(today: Date): number {
  return Math.min(YEAR_RANGE.max, Math.max(YEAR_RANGE.min, today.getFullYear()));
}

/**
 * `today`: a workbook without dates yet (a new template) is assessed for the
 * current year, as the office assesses each year with that year's plan.
 */
export function assessmentYears(parsed: Pick<ParsedWorkbook, "profile" | "ledger">, today?: Date): YearChoice {
  const { profile } = parsed;
  if (profile.yearFixed) return { years: [profile.year], main: profile.year };
  const count = datesByYear(parsed.ledger.projects);
  if (!count.size) {
    const year = today ? currentYear(today) : profile.year;
    return { years: [year], main: year };
  }
  const years = [...count.keys()].sort((a, b) => b - a);
  const main = years.reduce((best, y) => (count.get(y)! > count.get(best)! ? y : best), years[0]);
  return { years, main };
}

/** The period ids a host offers for those years, newest year first. */
export const periodChoices = (years: number[]): string[] => years.flatMap((y) => periodsOfYear(y).map(periodId));

/** The period chosen by default: the last finished quarter of the main year. */
export const defaultPeriodOf = (choice: YearChoice, today: Date): Period => lastFinishedQuarter(choice.main, today);
