// `sanpi score --json` output (workbook-format §4): numbers rounded to 2 decimals.
import { sourceId } from "./profile/source";
import type { Report, ScoreItems } from "./report";
import { round2 } from "./score/rules";
import type { GroupId, Issue, Lang } from "./types";

export interface ProjectRowJson extends ScoreItems {
  unit: string;
  rank: number;
  award: number | null;
  awardEligible: boolean;
}

export interface ServiceRowJson {
  unit: string;
  rank: number;
  award: number | null;
  awardEligible: boolean;
  total: number;
  evaluations: number;
}

/** A parameter (or target, or unit) that differs from the built-in profile (profiles.md §1). */
export interface ParameterJson {
  id: string;
  value: unknown;
  /** `file`, `考评参数` or `目标任务`. */
  source: string;
}

export interface ReportJson {
  profile: string;
  period: string;
  year: number;
  parameters: ParameterJson[];
  label: string;
  groups: { id: GroupId; rows: (ProjectRowJson | ServiceRowJson)[] }[];
  cityGoals: { stage: string; label: string; min: number; goal: number; actual: number }[];
  issues: Issue[];
}

const awardOut = (a: number | null): number | null => (a === null ? null : round2(a));

export function reportToJson(report: Report): ReportJson {
  return {
    profile: report.profile,
    period: report.periodId,
    year: report.year,
    parameters: report.changes.map((c) => ({ id: c.id, value: c.value, source: sourceId(c.source) })),
    label: report.label,
    groups: report.groups.map((g) => ({
      id: g.id,
      rows: g.rows.map((r) =>
        r.kind === "project"
          ? {
              unit: r.unit,
              rank: r.rank,
              award: awardOut(r.award),
              awardEligible: r.awardEligible,
              total: round2(r.total),
              planning: round2(r.planning),
              signing: round2(r.signing),
              start: round2(r.start),
              commissioning: round2(r.commissioning),
              service: round2(r.service),
              bonus: round2(r.bonus),
              deduction: round2(r.deduction),
            }
          : {
              unit: r.unit,
              rank: r.rank,
              award: awardOut(r.award),
              awardEligible: r.awardEligible,
              total: round2(r.total),
              evaluations: r.evaluations,
            },
      ),
    })),
    cityGoals: report.cityGoals.map((g) => ({ stage: g.stage, label: g.label, min: g.min, goal: g.goal, actual: g.actual })),
    issues: report.issues.map((issue) => issueJson(issue)),
  };
}

/** An issue as the JSON documents write it (score, profile, inspect): `cell` only when there is one; the message in `lang`. */
export function issueJson({ severity, sheet, row, column, cell, code, message, messageEn }: Issue, lang: Lang = "zh") {
  return { severity, sheet, row, column, ...(cell ? { cell } : {}), code, message: lang === "en" ? (messageEn ?? message) : message };
}
