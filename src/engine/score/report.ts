// Scores a period: quarters of groups A and B, group C evaluations, annual
// sums, ranking and awards (rules §4–§6), city goals (§7).
import { lazyIssue } from "../lazy-text";
import { phraseOf, type MessageCode, type MessageParams, type Phrase } from "../messages";
import { inputsKey } from "../parse/inputs";
import type { Project } from "../parse/ledger";
import { periodId, periodLabel, periodProblem, quarterPhrase } from "../period";
import { profileChanges } from "../profile/resolve";
import type { GroupDef } from "../profile/types";
import type { ExplanationLine, GroupResult, ProjectUnitScore, Report, ServiceUnitScore, UnitScore } from "../report";
import type { Issue, Period } from "../types";
import type { ParsedWorkbook } from "../workbook";
import { cityGoals } from "./goals";
import { unitsOfGroup } from "../parse/units";
import { assignAwards, competitionRanks } from "./ranking";
import { monthEndContext, quarterContext, type PeriodContext } from "./context";
import { scoreUnitQuarter, unitProgress } from "./quarter";
import { serviceUnitScores } from "./service";
import { countIssues } from "../issues";
import { runSteps, type Steps } from "../steps";

function quartersOf(period: Period): number[] {
  if (period.kind === "quarter") return [period.quarter];
  return Array.from({ length: period.quarter }, (_, i) => i + 1);
}

function inputWarnings(parsed: ParsedWorkbook, unit: string, year: number, quarter: number): Issue[] {
  const inputs = parsed.inputs.byUnitQuarter.get(inputsKey(unit, year, quarter));
  const period = quarterPhrase(year, quarter);
  const warn = (what: string | Phrase, row: number | null, column: string | null): Issue =>
    lazyIssue({ severity: "warning", sheet: "考核录入", row, column, code: "input.missing" }, "input.missing", { unit, period, what });
  if (!inputs) return parsed.inputs.found ? [warn(phraseOf({ zh: "考核数据行", en: "a row" }), null, null)] : [];
  const out: Issue[] = [];
  if (inputs.meeting === null) out.push(warn("现场办公会", inputs.row, "现场办公会"));
  if (inputs.elementDeduction === null) out.push(warn("要素保障扣分", inputs.row, "要素保障扣分"));
  return out;
}

/** One unit of group A or B over the contexts (the quarters of a period), its items summed. */
function scoreProjectUnit(parsed: ParsedWorkbook, group: GroupDef, unit: string, contexts: PeriodContext[], projects: Project[], issues: Issue[]): ProjectUnitScore {
  const annual = parsed.annualTargets.get(unit)!;
  const sum = { planning: 0, signing: 0, start: 0, commissioning: 0, service: 0, bonus: 0, deduction: 0, total: 0 };
  const explanation: ExplanationLine[] = [];
  for (const ctx of contexts) {
    const inputs = parsed.inputs.byUnitQuarter.get(inputsKey(unit, ctx.year, ctx.quarter));
    issues.push(...inputWarnings(parsed, unit, ctx.year, ctx.quarter));
    const quarterScore = scoreUnitQuarter(ctx, projects, annual, inputs);
    for (const k of Object.keys(sum) as (keyof typeof sum)[]) sum[k] += quarterScore[k];
    explanation.push(...quarterScore.explanation);
  }
  return {
    kind: "project" as const,
    unit,
    group: group.id as "towns" | "departments",
    ...sum,
    rank: 0,
    award: null,
    awardEligible: true,
    explanation,
    progress: unitProgress(contexts[contexts.length - 1], projects, annual),
  };
}

/** The group's units scored one by one, pausing after each (`tick` counts them for the whole period). */
function* projectGroup(parsed: ParsedWorkbook, group: GroupDef, contexts: PeriodContext[], byUnit: Map<string, Project[]>, issues: Issue[], tick: () => number): Steps<ProjectUnitScore[]> {
  const rows: ProjectUnitScore[] = [];
  for (const u of unitsOfGroup(parsed.profile, group.id)) {
    rows.push(scoreProjectUnit(parsed, group, u.name, contexts, byUnit.get(u.name) ?? [], issues));
    yield tick();
  }
  return rows;
}

/** Rank a group (competition style), sort by rank then the group's order in rules §1, and award a full year. */
function rankGroup<T extends UnitScore>(rows: T[], group: GroupDef, fullYear: boolean): T[] {
  const order = new Map(group.members.map((name, i) => [name, i]));
  const ranks = competitionRanks(rows.map((r) => r.total));
  rows.forEach((r, i) => (r.rank = ranks[i]));
  rows.sort((a, b) => a.rank - b.rank || (order.get(a.unit) ?? 0) - (order.get(b.unit) ?? 0));
  if (fullYear) {
    const awards = assignAwards(
      rows.map((r) => ({ rank: r.rank, eligible: r.awardEligible })),
      group.awards,
    );
    rows.forEach((r, i) => (r.award = awards[i]));
  } else rows.forEach((r) => (r.award = null));
  return rows;
}

/** Sheet-level warnings about the period's year (profiles.md §2). */
export function yearIssues(parsed: ParsedWorkbook, period: Period): Issue[] {
  const { profile } = parsed;
  const issue = (severity: Issue["severity"], sheet: string, code: string, key: MessageCode, params: MessageParams): Issue =>
    lazyIssue({ severity, sheet, row: null, column: null, code }, key, params);
  const out: Issue[] = [];
  const problem = periodProblem(profile, period);
  if (problem) out.push(issue("error", parsed.params.sheet, "period.otherYear", problem.code, problem.params));
  const targetsSet = parsed.targets.found || profile.units.some((u) => u.targetsFrom?.kind === "file" || u.addedBy?.kind === "file");
  if (period.year !== profile.baseYear && !targetsSet) {
    out.push(issue("warning", "目标任务", "targets.baseYear", "targets.baseYear", { year: period.year, baseYear: profile.baseYear, profile: profile.id }));
  }
  return out;
}

function projectsByUnit(parsed: ParsedWorkbook): Map<string, Project[]> {
  const byUnit = new Map<string, Project[]>();
  for (const p of parsed.ledger.projects) {
    const list = byUnit.get(p.unit);
    if (list) list.push(p);
    else byUnit.set(p.unit, [p]);
  }
  return byUnit;
}

/**
 * Groups A and B scored over one period context and ranked competition style,
 * without awards: e.g. the quarter as of a month's end (`monthEndContext`,
 * cycle.md §3.1). `issues` are the 考核录入 warnings of the context's quarter.
 */
export function scoreProjectGroups(parsed: ParsedWorkbook, context: PeriodContext): { groups: GroupResult[]; issues: Issue[] } {
  const byUnit = projectsByUnit(parsed);
  const issues: Issue[] = [];
  const groups = parsed.profile.groups
    .filter((g) => g.id !== "service")
    .map((g): GroupResult => {
      const rows = unitsOfGroup(parsed.profile, g.id).map((u) => scoreProjectUnit(parsed, g, u.name, [context], byUnit.get(u.name) ?? [], issues));
      return { id: g.id, zh: g.zh, en: g.en, rows: rankGroup(rows, g, false) };
    });
  return { groups, issues };
}

/** `scoreProjectGroups` for the quarter holding `month` as of the month's last day (cycle.md §3.1). */
export const scoreQuarterAsOf = (parsed: ParsedWorkbook, year: number, month: number) => scoreProjectGroups(parsed, monthEndContext(parsed.profile, year, month));

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
  const byUnit = projectsByUnit(parsed);
  const contexts = quartersOf(period).map((q) => quarterContext(profile, period.year, q));
  const fullYear = period.kind === "year" && period.quarter === 4;
  const groups: GroupResult[] = [];
  for (const g of profile.groups) {
    let rows: UnitScore[];
    if (g.id === "service") {
      rows = serviceUnitScores(parsed, period, quartersOf(period), issues);
      yield tick(rows.length);
    } else rows = yield* projectGroup(parsed, g, contexts, byUnit, issues, tick);
    groups.push({ id: g.id, zh: g.zh, en: g.en, rows: rankGroup(rows, g, fullYear) });
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
    cityGoals: cityGoals(profile, parsed.ledger.projects, contexts[contexts.length - 1]),
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
