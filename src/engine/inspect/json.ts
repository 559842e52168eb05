// `sanpi inspect --json` (cycle.md §3.4): one document; scores and rates rounded to 2 decimals.
import { serialToIso } from "../parse/dates";
import { round2 } from "../score/rules";
import type { Issue } from "../types";
import type { ScoreItems } from "../report";
import { message } from "../messages";
import type { MonthEvent, OverdueCounts, OverdueProject } from "./overdue";
import type { Inspection } from "./report";
import { issueJson } from "../json";

export interface OverdueJson {
  sheet: string;
  row: number;
  name: string;
  unit: string;
  kind: "start" | "commission";
  planned: string;
  daysLate: number;
  level: "red" | "yellow";
  provincial: boolean;
  note: string | null;
}

/** A unit's row: its rank and the quarter's items as of the month's end (the report's ScoreItems), rounded. */
export interface InspectRowJson extends ScoreItems {
  unit: string;
  rank: number;
  rates: { start: number | null; commission: number | null; investment: number | null };
  overdue: OverdueCounts;
}

export interface EventJson {
  sheet: string;
  row: number;
  name: string;
  unit: string;
  date: string;
  provincial: boolean;
}

export interface InspectionJson {
  month: string;
  asOf: string;
  year: number;
  profile: string;
  quarterEnd: boolean;
  groups: { id: "towns" | "departments"; rows: InspectRowJson[] }[];
  projects: OverdueJson[];
  news: { started: EventJson[]; commissioned: EventJson[]; signed: EventJson[]; newlyOverdue: OverdueJson[] };
  notify: {
    unit: string;
    projects: { row: number; name: string; kind: "start" | "commission"; daysLate: number }[];
    problems: { sheet: string; row: number; problem: string; project: string | null; deadline: string; daysLate: number }[];
  }[];
  issues: Issue[];
}

const rate = (x: number | null): number | null => (x === null ? null : round2(x));

/** The note of an overdue entry: 已开工未入库 (cycle.md §3.2), else null. */
export const overdueNote = (e: OverdueProject, lang: "zh" | "en" = "zh"): string | null => (e.startedNotInDb ? message("inspect.note.startedNotInDb", {}, lang) : null);

export const overdueJson = (e: OverdueProject, sheet: string): OverdueJson => ({
  sheet,
  row: e.row,
  name: e.name,
  unit: e.unit,
  kind: e.kind,
  planned: serialToIso(e.planned),
  daysLate: e.daysLate,
  level: e.level,
  provincial: e.provincial,
  note: overdueNote(e),
});

const eventJson = (e: MonthEvent, sheet: string): EventJson => ({ sheet, row: e.row, name: e.name, unit: e.unit, date: serialToIso(e.day), provincial: e.provincial });

export function inspectionToJson(inspection: Inspection, ledgerSheet = "项目台账"): InspectionJson {
  return {
    month: inspection.monthId,
    asOf: serialToIso(inspection.asOf),
    year: inspection.year,
    profile: inspection.profile,
    quarterEnd: inspection.quarterEnd,
    groups: inspection.groups.map((g) => ({
      id: g.id,
      rows: g.rows.map(({ unit, score: s, rates, overdue }) => ({
        unit,
        rank: s.rank,
        total: round2(s.total),
        planning: round2(s.planning),
        signing: round2(s.signing),
        start: round2(s.start),
        commissioning: round2(s.commissioning),
        service: round2(s.service),
        bonus: round2(s.bonus),
        deduction: round2(s.deduction),
        rates: { start: rate(rates.start), commission: rate(rates.commission), investment: rate(rates.investment) },
        overdue,
      })),
    })),
    projects: inspection.projects.map((e) => overdueJson(e, ledgerSheet)),
    news: {
      started: inspection.news.started.map((e) => eventJson(e, ledgerSheet)),
      commissioned: inspection.news.commissioned.map((e) => eventJson(e, ledgerSheet)),
      signed: inspection.news.signed.map((e) => eventJson(e, ledgerSheet)),
      newlyOverdue: inspection.news.newlyOverdue.map((e) => overdueJson(e, ledgerSheet)),
    },
    notify: inspection.notify.map((n) => ({
      unit: n.unit,
      projects: n.projects.map((e) => ({ row: e.row, name: e.name, kind: e.kind, daysLate: e.daysLate })),
      problems: n.problems.map((p) => ({ sheet: inspection.problems.sheet, row: p.row, problem: p.problem, project: p.project, deadline: serialToIso(p.deadline!), daysLate: p.daysLate })),
    })),
    issues: inspection.issues.map((issue) => issueJson(issue)),
  };
}
