// 企业评议: one row per enterprise evaluation of a service department (附件3 四(二), rules §5).
import type { Profile } from "../profile/types";
import type { Issue, SheetValues } from "../types";
import { isBlank, parseNumber, parseQuarter, parseText } from "./cells";
import { IssueSink, isBlankRow, locateHeader, RowReader, type ColumnSpec } from "./table";
import { resolveUnit, suggestionParams, suggestUnits } from "./units";

export const EVALUATIONS_SHEET = "企业评议";

export type EvalKey = "quarter" | "unit" | "enterprise" | "attitude" | "efficiency" | "quality";

export interface Evaluation {
  row: number;
  unit: string;
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

export function readEvaluations(values: SheetValues | undefined, profile: Profile): EvaluationsResult {
  const sink = new IssueSink(EVALUATIONS_SHEET);
  const evaluations: Evaluation[] = [];
  if (!values) return { found: false, evaluations, issues: sink.issues };
  const columns = evaluationColumns(profile);
  const specs = Object.fromEntries(columns.map((c) => [c.key, c])) as Record<EvalKey, ColumnSpec<EvalKey>>;
  const located = locateHeader(values, columns);
  const missing = located ? columns.filter((c) => c.required && located.columns[c.key] === undefined) : columns;
  if (!located || missing.length) {
    sink.add("error", "header.missing", "header.missing", {
      sheet: EVALUATIONS_SHEET,
      column: missing.map((c) => c.header).join("、"),
    });
    return { found: true, evaluations, issues: sink.issues };
  }
  for (let i = located.headerIndex + 1; i < values.length; i++) {
    const cells = values[i];
    if (isBlankRow(cells)) continue;
    const rowNumber = i + 1;
    const r = new RowReader(sink, cells, rowNumber, located, specs);
    const q = r.get("quarter", (v) => parseQuarter(v, profile.year), null);
    const unitText = r.get("unit", parseText, "");
    const unit = unitText ? resolveUnit(profile, unitText) : null;
    if (!unitText) r.error("unit", "required.missing", "required.missing", { hint: "被评单位", hintEn: "the evaluated unit" });
    else if (!unit || !unit.groups.includes("service")) {
      r.error("unit", "unit.unknown", "unit.unknown", {
        value: unitText,
        ...suggestionParams(suggestUnits(profile, unitText, 3, ["service"])),
      });
    }
    let total = 0;
    for (const part of profile.evaluation.parts) {
      const key = part.key as EvalKey;
      if (isBlank(r.raw(key))) {
        r.error(key, "required.missing", "required.missing", { hint: `0–${part.max} 的分数`, hintEn: `a score 0–${part.max}` });
        continue;
      }
      const v = r.get(key, parseNumber, null);
      if (v === null) continue;
      if (v < 0 || v > part.max) {
        r.error(key, "evaluation.outOfRange", "evaluation.outOfRange", { value: v, max: part.max });
        continue;
      }
      total += v;
    }
    const enterprise = r.get("enterprise", parseText, "");
    if (r.errors > 0 || !q || !unit) continue;
    if (q.year !== profile.year) {
      r.report("warning", "quarter", "quarter.invalid", "quarter.otherYear", { value: `${q.year}Q${q.quarter}`, year: profile.year });
      continue;
    }
    evaluations.push({ row: rowNumber, unit: unit.name, quarter: q.quarter, enterprise, total });
  }
  return { found: true, evaluations, issues: sink.issues };
}
