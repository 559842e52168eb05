// 企业评议: one row per enterprise evaluation of a service department (附件3 四(二), rules §5).
import { SHEET_NAMES } from "../sheet-names";
import { phraseOf } from "../messages";
import { yearProblem } from "../period";
import type { Profile } from "../profile/types";
import type { Issue, SheetInput, SheetValues } from "../types";
import { parseNumber, parseQuarter, parseText } from "./cells";
import { namesGroupOrUnit, type SheetWhere } from "./sheet";
import { IssueSink, readTableSteps, RowReader, specsByKey, type ColumnSpec } from "./table";
import { runSteps, STEP_ROWS, within, type Steps } from "../steps";
import { resolveUnit, suggestionParams, suggestUnits } from "./units";

export const EVALUATIONS_SHEET = SHEET_NAMES.evaluations;

export type EvalKey = "quarter" | "unit" | "enterprise" | "attitude" | "efficiency" | "quality";

export interface Evaluation {
  row: number;
  unit: string;
  year: number;
  quarter: number;
  enterprise: string;
  total: number;
}

export interface EvaluationsResult {
  found: boolean;
  evaluations: Evaluation[];
  issues: Issue[];
}

/** The columns of 企业评议; the score parts come from the profile (附件3 四(二)). */
export function evaluationColumns(profile: Profile): ColumnSpec<EvalKey>[] {
  return [
    { key: "quarter", header: "季度", required: true },
    { key: "unit", header: "被评单位", aliases: ["单位"], required: true },
    { key: "enterprise", header: "评议企业", aliases: ["企业", "企业名称"] },
    ...profile.evaluation.parts.map((p) => ({ key: p.key as EvalKey, header: p.header, required: true })),
  ];
}

export function readEvaluations(input: SheetValues | SheetInput | undefined, profile: Profile, where: SheetWhere = {}): EvaluationsResult {
  return runSteps(readEvaluationsSteps(input, profile, where));
}

/** The sum of a row's scored parts, each required and within 0..its maximum (an error on its cell otherwise). */
function partsTotal(reader: RowReader<EvalKey>, profile: Profile, hints: Map<string, ReturnType<typeof phraseOf>>): number {
  let total = 0;
  for (const part of profile.evaluation.parts) {
    const key = part.key as EvalKey;
    const hint = hints.get(part.key)!;
    if (!reader.required(key, hint)) continue;
    const v = reader.get(key, parseNumber, null);
    if (v === null) continue;
    if (v < 0 || v > part.max) {
      reader.error(key, "evaluation.outOfRange", "evaluation.outOfRange", { value: v, max: part.max });
      continue;
    }
    total += v;
  }
  return total;
}

/** readEvaluations, pausing every STEP_ROWS rows (steps.ts); the table takes about a fifth. */
export function* readEvaluationsSteps(input: SheetValues | SheetInput | undefined, profile: Profile, where: SheetWhere = {}): Steps<EvaluationsResult> {
  const sink = new IssueSink(where.name ?? EVALUATIONS_SHEET);
  const evaluations: Evaluation[] = [];
  if (!input) return { found: false, evaluations, issues: sink.issues };
  const columns = evaluationColumns(profile);
  const specs = specsByKey(columns);
  const table = yield* within(
    readTableSteps(
      input,
      {
        columns,
        sectionKeys: ["quarter", "unit"],
        dataKeys: ["quarter", "unit"],
        labelKey: "unit",
        namesGroupOrUnit: namesGroupOrUnit(profile),
      },
      sink,
    ),
    0,
    0.2,
  );
  if (!table) return { found: true, evaluations, issues: sink.issues };
  // The hint of a blank score cell, once per part (a 企业评议 sheet has thousands of rows).
  const hints = new Map(profile.evaluation.parts.map((p) => [p.key, phraseOf("range.discretionary", { max: p.max })]));
  for (let k = 0; k < table.rows.length; k++) {
    if (k % STEP_ROWS === 0) yield 0.2 + 0.8 * (k / table.rows.length);
    const reader = new RowReader(sink, table.rows[k], table, specs);
    const rowNumber = reader.rowNumber;
    const q = reader.get("quarter", (v) => parseQuarter(v, profile.year), null);
    const unitText = reader.get("unit", parseText, "");
    const unit = unitText ? resolveUnit(profile, unitText) : null;
    if (!unitText) reader.required("unit", { zh: "被评单位", en: "the evaluated unit" });
    else if (!unit || !unit.groups.includes("service")) {
      reader.error("unit", "unit.unknown", "unit.unknown", {
        value: unitText,
        ...suggestionParams(suggestUnits(profile, unitText, 3, ["service"])),
      });
    }
    const total = partsTotal(reader, profile, hints);
    const enterprise = reader.get("enterprise", parseText, "");
    if (reader.errors > 0 || !q || !unit) continue;
    const yearIssue = yearProblem(profile, q.year);
    if (yearIssue) {
      reader.report("warning", "quarter", "quarter.invalid", yearIssue.code, { value: `${q.year}Q${q.quarter}`, ...yearIssue.params });
      continue;
    }
    evaluations.push({ row: rowNumber, unit: unit.name, year: q.year, quarter: q.quarter, enterprise, total });
  }
  return { found: true, evaluations, issues: sink.issues };
}
