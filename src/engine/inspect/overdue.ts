// Overdue projects (cycle.md §3.2), the units' rates (§3.1) and the month's
// news, as of a day. Over the counted projects only: the ledger reader already
// left out rows with errors and duplicates (rules §2); here the ineligible go.
import type { Project } from "../parse/ledger";

export type OverdueKind = "start" | "commission";
export type OverdueLevel = "red" | "yellow";

export interface OverdueProject {
  row: number;
  name: string;
  unit: string;
  kind: OverdueKind;
  /** The planned day (计划开工日期 or 计划投产日期), a day serial. */
  planned: number;
  /** As-of day − planned day. */
  daysLate: number;
  level: OverdueLevel;
  /** 省三个一批 names any batch. */
  provincial: boolean;
  /** A start overdue although 实际开工日期 is on or before the day: not 入库 by then (rules §2). */
  startedNotInDb: boolean;
}

/** Projects that count (cycle.md §3.1): no error, not a duplicate (both already left out by the reader), eligible. */
export const countedProjects = (projects: readonly Project[]): Project[] => projects.filter((p) => p.eligible);

const onOrBefore = (day: number | null, asOf: number): day is number => day !== null && day <= asOf;

export const isProvincial = (project: Project): boolean => project.batches.sign || project.batches.start || project.batches.commission;

/** Red when more than `redDays` late (parameter inspection.redDays), else yellow. */
export const levelOf = (daysLate: number, redDays: number): OverdueLevel => (daysLate > redDays ? "red" : "yellow");

/**
 * The overdue entries of one project as of `asOf` (dates of any year count):
 * start when 计划开工日期 ≤ the day without a recognised start day by then;
 * commission when 计划投产日期 ≤ the day without 实际投产日期 by then.
 */
export function overdueOfProject(project: Project, asOf: number, redDays: number): OverdueProject[] {
  const out: OverdueProject[] = [];
  const entry = (kind: OverdueKind, planned: number, startedNotInDb: boolean): OverdueProject => {
    const daysLate = asOf - planned;
    return { row: project.row, name: project.name, unit: project.unit, kind, planned, daysLate, level: levelOf(daysLate, redDays), provincial: isProvincial(project), startedNotInDb };
  };
  if (onOrBefore(project.planStart, asOf) && !onOrBefore(project.startDay, asOf)) out.push(entry("start", project.planStart, onOrBefore(project.actualStart, asOf)));
  if (onOrBefore(project.planCommission, asOf) && !onOrBefore(project.actualCommission, asOf)) out.push(entry("commission", project.planCommission, false));
  return out;
}

/** Every overdue entry as of the day, in ledger row order (start before commission). */
export function overdueProjects(counted: readonly Project[], asOf: number, redDays: number): OverdueProject[] {
  const out: OverdueProject[] = [];
  for (const p of counted) out.push(...overdueOfProject(p, asOf, redDays));
  return out.sort((a, b) => a.row - b.row || (a.kind === b.kind ? 0 : a.kind === "start" ? -1 : 1));
}

/** 开工率, 投产率, 投资完成率 (cycle.md §3.1); null where nothing is due (nothing to divide by). */
export interface Rates {
  start: number | null;
  commission: number | null;
  investment: number | null;
}

/** The sums behind the rates, so a city-wide rate adds units' sums (never averages rates). */
export interface RateSums {
  startDue: number;
  startDone: number;
  commissionDue: number;
  commissionDone: number;
  investment: number;
  completed: number;
}

export const EMPTY_SUMS: RateSums = Object.freeze({ startDue: 0, startDone: 0, commissionDue: 0, commissionDone: 0, investment: 0, completed: 0 });

/**
 * As of `asOf`, over counted projects: 开工率 = those with a recognised start
 * day ÷ those whose 计划开工日期 has passed (both among the latter, so ≤ 1);
 * 投产率 likewise with 实际/计划投产日期; 投资完成率 = Σ min(累计完成投资, 总投资)
 * ÷ Σ 总投资 over the started projects, a commissioned project counting complete.
 */
export function rateSums(counted: readonly Project[], asOf: number): RateSums {
  const s = { ...EMPTY_SUMS };
  for (const p of counted) {
    if (onOrBefore(p.planStart, asOf)) {
      s.startDue++;
      if (onOrBefore(p.startDay, asOf)) s.startDone++;
    }
    if (onOrBefore(p.planCommission, asOf)) {
      s.commissionDue++;
      if (onOrBefore(p.actualCommission, asOf)) s.commissionDone++;
    }
    if (onOrBefore(p.startDay, asOf)) {
      s.investment += p.investment;
      s.completed += onOrBefore(p.actualCommission, asOf) ? p.investment : Math.min(p.investment, Math.max(0, p.completed ?? 0));
    }
  }
  return s;
}

export const addSums = (a: RateSums, b: RateSums): RateSums => ({
  startDue: a.startDue + b.startDue,
  startDone: a.startDone + b.startDone,
  commissionDue: a.commissionDue + b.commissionDue,
  commissionDone: a.commissionDone + b.commissionDone,
  investment: a.investment + b.investment,
  completed: a.completed + b.completed,
});

const ratio = (n: number, d: number): number | null => (d > 0 ? n / d : null);

export const ratesOf = (s: RateSums): Rates => ({
  start: ratio(s.startDone, s.startDue),
  commission: ratio(s.commissionDone, s.commissionDue),
  investment: ratio(s.completed, s.investment),
});

/** A unit's overdue counts: entries of each kind, the red ones, the provincial ones. */
export interface OverdueCounts {
  start: number;
  commission: number;
  red: number;
  provincial: number;
}

export function overdueCounts(entries: readonly OverdueProject[]): OverdueCounts {
  const c = { start: 0, commission: 0, red: 0, provincial: 0 };
  for (const e of entries) {
    c[e.kind]++;
    if (e.level === "red") c.red++;
    if (e.provincial) c.provincial++;
  }
  return c;
}

/** A project event of the month (started, commissioned, signed). */
export interface MonthEvent {
  row: number;
  name: string;
  unit: string;
  /** The day of the event, a day serial. */
  day: number;
  provincial: boolean;
}

export interface MonthNews {
  started: MonthEvent[];
  commissioned: MonthEvent[];
  signed: MonthEvent[];
  /** Overdue at the month's end, not at the previous month's end. */
  newlyOverdue: OverdueProject[];
}

const entryKey = (e: OverdueProject): string => `${e.row}|${e.kind}`;

/** The month's news over counted projects: events from `first` to `last`, and what became overdue in it. */
export function monthNews(counted: readonly Project[], first: number, last: number, overdue: readonly OverdueProject[], redDays: number): MonthNews {
  const events = (day: (p: Project) => number | null): MonthEvent[] =>
    counted.flatMap((p) => {
      const d = day(p);
      return d !== null && d >= first && d <= last ? [{ row: p.row, name: p.name, unit: p.unit, day: d, provincial: isProvincial(p) }] : [];
    });
  const before = new Set(overdueProjects(counted, first - 1, redDays).map(entryKey));
  return {
    started: events((p) => p.startDay),
    commissioned: events((p) => p.actualCommission),
    signed: events((p) => p.signDate),
    newlyOverdue: overdue.filter((e) => !before.has(entryKey(e))),
  };
}

/** Whether any counted project has a planned start or commission day (a ledger without one has nothing to be late for). */
export const hasPlannedDates = (counted: readonly Project[]): boolean => counted.some((p) => p.planStart !== null || p.planCommission !== null);
