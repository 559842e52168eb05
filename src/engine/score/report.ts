// Scores a period: quarters of groups A and B, group C evaluations, annual
// sums, ranking and awards (rules §4–§6), city goals (§7).
import { lazyIssue } from "../lazy-text";
import type { MessageCode } from "../messages";
import { inputsKey } from "../parse/inputs";
import type { Project } from "../parse/ledger";
import { periodId, periodLabel, periodProblem, quarterName } from "../period";
import { profileChanges } from "../profile/resolve";
import type { GroupDef } from "../profile/types";
import type { ExplanationLine, GroupResult, ProjectUnitScore, Report, ServiceUnitScore, UnitScore } from "../report";
import type { Issue, Period } from "../types";
import type { ParsedWorkbook } from "../workbook";
import { cityGoals } from "./goals";
import { unitsOfGroup } from "../parse/units";
import { assignAwards, competitionRanks } from "./ranking";
import { quarterContext, scoreUnitQuarter, unitProgress } from "./quarter";
import { serviceUnitScores } from "./service";
import { countIssues } from "../issues";
import { runSteps, type Steps } from "../steps";

function quartersOf(period: Period): number[] {
  if (period.kind === "quarter") return [period.quarter];
  return Array.from({ length: period.quarter }, (_, i) => i + 1);
}

function inputWarnings(parsed: ParsedWorkbook, unit: string, year: number, quarter: number): Issue[] {
  const inputs = parsed.inputs.byUnitQuarter.get(inputsKey(unit, year, quarter));
  const period = `${year}年${quarterName(quarter)}`;
  const warn = (what: string, whatEn: string, row: number | null, column: string | null): Issue =>
    lazyIssue({ severity: "warning", sheet: "考核录入", row, column, code: "input.missing" }, "input.missing", { unit, period, what }, { unit, period: `${year}Q${quarter}`, whatEn });
  if (!inputs) return parsed.inputs.found ? [warn("考核数据行", "a row", null, null)] : [];
  const out: Issue[] = [];
  if (inputs.meeting === null) out.push(warn("现场办公会", "现场办公会", inputs.row, "现场办公会"));
  if (inputs.elementDeduction === null) out.push(warn("要素保障扣分", "要素保障扣分", inputs.row, "要素保障扣分"));
  return out;
}

/** The group's units scored one by one, pausing after each (`tick` counts them for the whole period). */
function* projectGroup(parsed: ParsedWorkbook, group: GroupDef, period: Period, byUnit: Map<string, Project[]>, issues: Issue[], tick: () => number): Steps<ProjectUnitScore[]> {
  const { profile } = parsed;
  const units = unitsOfGroup(profile, group.id);
  const last = quarterContext(profile, period.year, period.quarter);
  const rows: ProjectUnitScore[] = [];
  for (const u of units) {
    const annual = parsed.annualTargets.get(u.name)!;
    const projects = byUnit.get(u.name) ?? [];
    const sum = { planning: 0, signing: 0, start: 0, commissioning: 0, service: 0, bonus: 0, deduction: 0, total: 0 };
    const explanation: ExplanationLine[] = [];
    for (const q of quartersOf(period)) {
      const ctx = quarterContext(profile, period.year, q);
      const inputs = parsed.inputs.byUnitQuarter.get(inputsKey(u.name, period.year, q));
      issues.push(...inputWarnings(parsed, u.name, period.year, q));
      const s = scoreUnitQuarter(ctx, projects, annual, inputs);
      for (const k of Object.keys(sum) as (keyof typeof sum)[]) sum[k] += s[k];
      explanation.push(...s.explanation);
    }
    rows.push({
      kind: "project" as const,
      unit: u.name,
      group: group.id as "towns" | "departments",
      ...sum,
      rank: 0,
      award: null,
      awardEligible: true,
      explanation,
      progress: unitProgress(last, projects, annual),
    });
    yield tick();
  }
  return rows;
}

/** Rank a group (competition style), sort by rank then the group's order in rules §1, and award a full year. */
function rankGroup<T extends UnitScore>(rows: T[], group: GroupDef, period: Period): T[] {
  const order = new Map(group.members.map((name, i) => [name, i]));
  const ranks = competitionRanks(rows.map((r) => r.total));
  rows.forEach((r, i) => (r.rank = ranks[i]));
  rows.sort((a, b) => a.rank - b.rank || (order.get(a.unit) ?? 0) - (order.get(b.unit) ?? 0));
  const fullYear = period.kind === "year" && period.quarter === 4;
  if (fullYear) {
    const awards = assignAwards(rows.map((r) => ({ rank: r.rank, eligible: r.awardEligible })), group.awards);
    rows.forEach((r, i) => (r.award = awards[i]));
  } else rows.forEach((r) => (r.award = null));
  return rows;
}

/** Sheet-level warnings about the period's year (profiles.md §2). */
function yearIssues(parsed: ParsedWorkbook, period: Period): Issue[] {
  const { profile } = parsed;
  const issue = (severity: Issue["severity"], sheet: string, code: string, key: MessageCode, params: Record<string, string | number>): Issue =>
    lazyIssue({ severity, sheet, row: null, column: null, code }, key, params);
  const out: Issue[] = [];
  const problem = periodProblem(profile, period);
  if (problem) out.push(issue("error", parsed.params.sheet, "period.otherYear", problem.code, problem.params as Record<string, string | number>));
  const targetsSet = parsed.targets.found || profile.units.some((u) => u.targetsFrom?.kind === "file" || u.addedBy?.kind === "file");
  if (period.year !== profile.baseYear && !targetsSet) {
    out.push(issue("warning", "目标任务", "targets.baseYear", "targets.baseYear", { year: period.year, baseYear: profile.baseYear, profile: profile.id }));
  }
  return out;
}

export function scorePeriod(parsed: ParsedWorkbook, period: Period): Report {
  return runSteps(scorePeriodSteps(parsed, period));
}

/** scorePeriod, pausing after each unit of groups A and B and after group C (steps.ts). */
export function* scorePeriodSteps(parsed: ParsedWorkbook, period: Period): Steps<Report> {
  const { profile } = parsed;
  const total = profile.units.length + 1;
  let done = 0;
  const tick = (n = 1): number => Math.min(1, (done += n) / total);
  const issues: Issue[] = [...parsed.issues, ...yearIssues(parsed, period)];
  const byUnit = new Map<string, Project[]>();
  for (const p of parsed.ledger.projects) {
    const list = byUnit.get(p.unit);
    if (list) list.push(p);
    else byUnit.set(p.unit, [p]);
  }
  const groups: GroupResult[] = [];
  for (const g of profile.groups) {
    let rows: UnitScore[];
    if (g.id === "service") {
      rows = serviceUnitScores(parsed, period, quartersOf(period), issues);
      yield tick(rows.length);
    } else rows = yield* projectGroup(parsed, g, period, byUnit, issues, tick);
    groups.push({ id: g.id, zh: g.zh, en: g.en, rows: rankGroup(rows, g, period) });
  }
  const label = periodLabel(period);
  const { errors, warnings, skipped } = countIssues(issues);
  return {
    profile: profile.id,
    year: period.year,
    changes: profileChanges(profile),
    period,
    periodId: periodId(period),
    label: label.zh,
    labelEn: label.en,
    groups,
    cityGoals: cityGoals(profile, parsed.ledger.projects, quarterContext(profile, period.year, period.quarter)),
    issues,
    stats: {
      rowsRead: parsed.ledger.rowsRead,
      projects: parsed.ledger.projects.length,
      errors,
      warnings,
      skipped,
    },
  };
}

/** Score several periods over one parse (e.g. the four quarters and the year). */
export function scorePeriods(parsed: ParsedWorkbook, periods: Period[]): Report[] {
  return periods.map((p) => scorePeriod(parsed, p));
}

export type { ServiceUnitScore };
