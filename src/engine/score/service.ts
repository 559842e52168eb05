// Group C: enterprise evaluation of service departments (附件3 四(二), rules §5).
import { lazyIssue } from "../lazy-text";
import { inputsKey } from "../parse/inputs";
import { quarterName } from "../period";
import { CLAUSE } from "../profile/clauses";
import type { ExplanationLine, ServiceUnitScore } from "../report";
import type { Issue, Period } from "../types";
import type { ParsedWorkbook } from "../workbook";
import { unitsOfGroup } from "../parse/units";
import { fmt, line } from "./explain";
import { evaluationScore } from "./rules";

export function serviceUnitScores(parsed: ParsedWorkbook, period: Period, quarters: number[], issues: Issue[]): ServiceUnitScore[] {
  const { profile } = parsed;
  const units = unitsOfGroup(profile, "service");
  const found = parsed.evaluations.found;
  if (!found) {
    issues.push(lazyIssue({ severity: "warning", sheet: "企业评议", row: null, column: null, code: "sheet.missing" }, "evaluation.sheetMissing", {}));
  }
  const byKey = new Map<string, { totals: number[]; rows: number[] }>();
  for (const e of parsed.evaluations.evaluations) {
    const k = inputsKey(e.unit, e.year, e.quarter);
    const v = byKey.get(k) ?? { totals: [], rows: [] };
    v.totals.push(e.total);
    v.rows.push(e.row);
    byKey.set(k, v);
  }
  const v = profile.values;
  const { year } = period;
  return units.map((u) => {
    let total = 0;
    let evaluations = 0;
    let awardEligible = true;
    const explanation: ExplanationLine[] = [];
    for (const q of quarters) {
      const ev = byKey.get(inputsKey(u.name, year, q)) ?? { totals: [], rows: [] };
      const periodText = `${year}年${quarterName(q)}`;
      const inputs = parsed.inputs.byUnitQuarter.get(inputsKey(u.name, year, q));
      const flagged = inputs?.oneSizeFitsAll === true;
      if (flagged) awardEligible = false;
      const score = evaluationScore(profile, ev.totals, flagged);
      total += score;
      evaluations += ev.totals.length;
      const penalty = v["evaluation.oneSizeFitsAll"];
      const mean = ev.totals.length ? score + (flagged ? penalty : 0) : 0;
      explanation.push(
        line(q, {
          item: "evaluation",
          points: mean,
          clause: CLAUSE.evaluation,
          key: "explain.evaluation",
          params: { quarter: quarterName(q), q, count: ev.totals.length, mean: fmt(mean) },
          rows: ev.rows,
          sheet: "企业评议",
        }),
      );
      if (flagged) {
        explanation.push(
          line(q, {
            item: "deduction",
            points: -penalty,
            clause: CLAUSE.evaluation,
            key: "explain.oneSizeFitsAll",
            params: { quarter: quarterName(q), q, points: fmt(penalty) },
            rows: [inputs!.row],
            sheet: "考核录入",
          }),
        );
      }
      if (!found) continue;
      if (ev.totals.length === 0) {
        issues.push(
          lazyIssue({ severity: "error", sheet: "企业评议", row: null, column: "被评单位", code: "evaluation.missing" }, "evaluation.missing", { unit: u.name, period: periodText }, { unit: u.name, period: `${year}Q${q}` }),
        );
      } else if (ev.totals.length !== v["evaluation.sample"]) {
        const counts = { unit: u.name, count: ev.totals.length, sample: v["evaluation.sample"] };
        issues.push(
          lazyIssue({ severity: "warning", sheet: "企业评议", row: ev.rows[0], column: "被评单位", code: "evaluation.count" }, "evaluation.count", { ...counts, period: periodText }, { ...counts, period: `${year}Q${q}` }),
        );
      }
    }
    // Ineligible in every report covering a flagged quarter or a later one (rules §5).
    for (let q = 1; q <= period.quarter && awardEligible; q++) {
      if (parsed.inputs.byUnitQuarter.get(inputsKey(u.name, year, q))?.oneSizeFitsAll) awardEligible = false;
    }
    return { kind: "service" as const, unit: u.name, group: "service" as const, total, evaluations, rank: 0, award: null, awardEligible, explanation };
  });
}
