// Group C: enterprise evaluation of service departments (附件3 四(二), rules §5):
// the evaluation item (items/evaluation.ts) each quarter, summed; the sheet's
// and each quarter's missing or short evaluations as issues.
import { lazyIssue } from "../lazy-text";
import { inputsKey } from "../parse/inputs";
import { quarterPhrase } from "../period";
import type { Profile } from "../profile/types";
import type { ExplanationLine, ServiceUnitScore } from "../report";
import { SHEET_NAMES } from "../sheet-names";
import type { Issue, Period } from "../types";
import type { ParsedWorkbook } from "../workbook";
import { unitsOfGroup } from "../parse/units";
import { EVALUATION_ITEM } from "./items";
import { versionFor } from "./items/define";

interface Evaluated {
  totals: number[];
  rows: number[];
}

/** The evaluations' totals and rows by unit, year and quarter. */
function evaluationsByKey(parsed: ParsedWorkbook): Map<string, Evaluated> {
  const byKey = new Map<string, Evaluated>();
  for (const e of parsed.evaluations.evaluations) {
    const key = inputsKey(e.unit, e.year, e.quarter);
    const evaluated = byKey.get(key) ?? { totals: [], rows: [] };
    evaluated.totals.push(e.total);
    evaluated.rows.push(e.row);
    byKey.set(key, evaluated);
  }
  return byKey;
}

/** A quarter with no evaluation (an error), or not the sample's count of them (a warning). */
function evaluationIssue(profile: Profile, unit: string, year: number, quarter: number, evaluated: Evaluated): Issue | null {
  const period = quarterPhrase(year, quarter);
  const sheet = SHEET_NAMES.evaluations;
  if (evaluated.totals.length === 0) {
    const fields = { severity: "error" as const, sheet, row: null, column: "被评单位", code: "evaluation.missing" };
    return lazyIssue(fields, "evaluation.missing", { unit, period });
  }
  const sample = profile.values["evaluation.sample"];
  if (evaluated.totals.length === sample) return null;
  const counts = { unit, count: evaluated.totals.length, sample };
  const fields = { severity: "warning" as const, sheet, row: evaluated.rows[0], column: "被评单位", code: "evaluation.count" };
  return lazyIssue(fields, "evaluation.count", { ...counts, period });
}

/** A flagged 一刀切 in any quarter up to the period's last takes the department out of the awards (rules §5). */
function awardEligible(parsed: ParsedWorkbook, unit: string, period: Period): boolean {
  for (let quarter = 1; quarter <= period.quarter; quarter++) {
    if (parsed.inputs.byUnitQuarter.get(inputsKey(unit, period.year, quarter))?.oneSizeFitsAll) return false;
  }
  return true;
}

/** One service department over the period's quarters. */
function serviceUnit(parsed: ParsedWorkbook, unit: string, period: Period, quarters: number[], evaluations: Map<string, Evaluated>, issues: Issue[]): ServiceUnitScore {
  const { profile } = parsed;
  const { year } = period;
  let total = 0;
  let count = 0;
  const explanation: ExplanationLine[] = [];
  for (const quarter of quarters) {
    const evaluated = evaluations.get(inputsKey(unit, year, quarter)) ?? { totals: [], rows: [] };
    const inputs = parsed.inputs.byUnitQuarter.get(inputsKey(unit, year, quarter));
    const flaggedRow = inputs?.oneSizeFitsAll === true ? inputs.row : null;
    const result = versionFor(EVALUATION_ITEM, year).score({ profile, quarter, ...evaluated, flaggedRow });
    total += result.points;
    count += evaluated.totals.length;
    explanation.push(...result.lines);
    const issue = parsed.evaluations.found ? evaluationIssue(profile, unit, year, quarter, evaluated) : null;
    if (issue) issues.push(issue);
  }
  const eligible = awardEligible(parsed, unit, period);
  return { kind: "service", unit, group: "service", total, evaluations: count, rank: 0, award: null, awardEligible: eligible, explanation };
}

export function serviceUnitScores(parsed: ParsedWorkbook, period: Period, quarters: number[], issues: Issue[]): ServiceUnitScore[] {
  if (!parsed.evaluations.found) {
    const fields = { severity: "warning" as const, sheet: SHEET_NAMES.evaluations, row: null, column: null, code: "sheet.missing" };
    issues.push(lazyIssue(fields, "evaluation.sheetMissing", {}));
  }
  const evaluations = evaluationsByKey(parsed);
  return unitsOfGroup(parsed.profile, "service").map((u) => serviceUnit(parsed, u.name, period, quarters, evaluations, issues));
}
