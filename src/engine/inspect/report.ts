// The month's inspection (cycle.md §3): the ranking of groups A and B as of
// the month's end (the same scorer, ranking.ts), each unit's rates and overdue
// counts, every overdue project, the month's news, 问题台账 and who is notified.
import { lazyIssue } from "../lazy-text";
import { LEDGER_SHEET } from "../parse/ledger";
import { findInputSheet } from "../parse/sheet";
import type { ProfileChange } from "../profile/resolve";
import type { Profile } from "../profile/types";
import type { ProjectUnitScore } from "../report";
import type { Issue, SheetInput, SheetValues, WorkbookInput } from "../types";
import { inputSheetNames, type ParsedWorkbook } from "../workbook";
import { isQuarterEnd, monthBounds, monthId, monthLabel, type Month } from "./month";
import {
  addSums,
  countedProjects,
  EMPTY_SUMS,
  hasPlannedDates,
  monthNews,
  overdueCounts,
  overdueProjects,
  rateSums,
  ratesOf,
  type MonthNews,
  type OverdueCounts,
  type OverdueProject,
  type Rates,
  type RateSums,
} from "./overdue";
import { overdueProblems, PROBLEMS_SHEET, readProblems, type OverdueProblem, type ProblemsResult } from "./problems";
import { monthScores } from "./ranking";

export interface InspectRow {
  unit: string;
  score: ProjectUnitScore;
  rates: Rates;
  sums: RateSums;
  overdue: OverdueCounts;
}

export interface InspectGroup {
  id: "towns" | "departments";
  zh: string;
  en: string;
  rows: InspectRow[];
}

export interface NotifiedUnit {
  unit: string;
  group: "towns" | "departments" | "service" | null;
  /** Its red provincial overdue projects (cycle.md §3.3). */
  projects: OverdueProject[];
  /** Its overdue 问题台账 problems (§3.5). */
  problems: OverdueProblem[];
}

export interface Inspection {
  profile: string;
  year: number;
  month: Month;
  /** `2026-11` and `2026年11月`. */
  monthId: string;
  label: string;
  /** The month's last day, a day serial. */
  asOf: number;
  first: number;
  quarter: number;
  /** The month ends a quarter: the ranking is exactly that quarter's report. */
  quarterEnd: boolean;
  redDays: number;
  changes: ProfileChange[];
  groups: InspectGroup[];
  /** Every overdue entry, ledger row order. */
  projects: OverdueProject[];
  news: MonthNews;
  notify: NotifiedUnit[];
  problems: { found: boolean; sheet: string; count: number; overdue: OverdueProblem[] };
  city: { counted: number; sums: RateSums; rates: Rates; overdue: OverdueCounts };
  /** No counted project has a planned start or commission day: nothing can be overdue. */
  noPlannedDates: boolean;
  issues: Issue[];
}

/** The parameter inspection.redDays (cycle.md §4; 考评参数 督查·红色预警天数). */
export const redDaysOf = (profile: Profile): number => profile.values["inspection.redDays"];

/** The sheets `inspect` reads (the CLI, the page): the input sheets, and 问题台账 where there is one. */
export const inspectSheetNames = (names: readonly string[]): string[] => [...inputSheetNames(names), ...[findInputSheet(names, PROBLEMS_SHEET)].filter((n): n is string => n !== undefined)];

/** 问题台账 of a workbook, read against its effective profile. */
export function readProblemsOf(book: WorkbookInput, parsed: ParsedWorkbook): ProblemsResult {
  const name = findInputSheet(Object.keys(book), PROBLEMS_SHEET);
  const sheet: SheetValues | SheetInput | undefined = name === undefined ? undefined : book[name];
  return readProblems(sheet, parsed.profile, { name: name ?? PROBLEMS_SHEET, available: Object.keys(book) });
}

function groupBy<T extends { unit: string }>(items: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of items) {
    const list = m.get(x.unit);
    if (list) list.push(x);
    else m.set(x.unit, [x]);
  }
  return m;
}

/** Units notified (cycle.md §3.3, §3.5), in the profile's order of units. */
function notified(parsed: ParsedWorkbook, overdue: readonly OverdueProject[], problems: readonly OverdueProblem[]): NotifiedUnit[] {
  const red = groupBy(overdue.filter((e) => e.level === "red" && e.provincial));
  const late = groupBy(problems);
  const out: NotifiedUnit[] = [];
  for (const u of parsed.profile.units) {
    const projects = red.get(u.name) ?? [];
    const lateProblems = late.get(u.name) ?? [];
    if (!projects.length && !lateProblems.length) continue;
    const group = u.groups.includes("towns") ? "towns" : u.groups.includes("departments") ? "departments" : u.groups.includes("service") ? "service" : null;
    out.push({ unit: u.name, group, projects, problems: lateProblems });
  }
  return out;
}

/**
 * Inspect `month` over a read workbook. `problems` is 问题台账 read with
 * readProblemsOf (omitted: the workbook has none).
 */
export function inspectMonth(parsed: ParsedWorkbook, month: Month, problems?: ProblemsResult): Inspection {
  const { first, last } = monthBounds(month);
  const redDays = redDaysOf(parsed.profile);
  const report = monthScores(parsed, month);
  const counted = countedProjects(parsed.ledger.projects);
  const overdue = overdueProjects(counted, last, redDays);
  const byUnit = groupBy(counted);
  const overdueByUnit = groupBy(overdue);
  let citySums = EMPTY_SUMS;
  const groups: InspectGroup[] = [];
  for (const g of report.groups) {
    if (g.id === "service") continue;
    const rows = g.rows.map((score): InspectRow => {
      const sums = rateSums(byUnit.get(score.unit) ?? [], last);
      citySums = addSums(citySums, sums);
      return { unit: score.unit, score: score as ProjectUnitScore, rates: ratesOf(sums), sums, overdue: overdueCounts(overdueByUnit.get(score.unit) ?? []) };
    });
    groups.push({ id: g.id, zh: g.zh, en: g.en, rows });
  }
  const lateProblems = problems ? overdueProblems(problems.problems, last) : [];
  const noPlannedDates = parsed.ledger.found && !hasPlannedDates(counted);
  const issues = [...report.issues, ...(problems?.issues ?? [])];
  if (noPlannedDates) {
    issues.push(lazyIssue({ severity: "warning", sheet: LEDGER_SHEET, row: null, column: "计划开工日期", code: "inspect.noPlannedDates" }, "inspect.noPlannedDates", {}));
  }
  return {
    profile: report.profile,
    year: month.year,
    month,
    monthId: monthId(month),
    label: monthLabel(month),
    asOf: last,
    first,
    quarter: Math.ceil(month.month / 3),
    quarterEnd: isQuarterEnd(month),
    redDays,
    changes: report.changes,
    groups,
    projects: overdue,
    news: monthNews(counted, first, last, overdue, redDays),
    notify: notified(parsed, overdue, lateProblems),
    problems: { found: problems?.found ?? false, sheet: problems?.sheet ?? PROBLEMS_SHEET, count: problems?.problems.length ?? 0, overdue: lateProblems },
    city: { counted: counted.length, sums: citySums, rates: ratesOf(citySums), overdue: overdueCounts(overdue) },
    noPlannedDates,
    issues,
  };
}
