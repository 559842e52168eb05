// Group C: enterprise evaluation of service departments (附件3 四(二), rules §5).
import { message } from "../messages";
import { inputsKey } from "../parse/inputs";
import type { ExplanationLine, ServiceUnitScore } from "../report";
import type { Issue, Period } from "../types";
import type { ParsedWorkbook } from "../workbook";
import { unitsOfGroup } from "../parse/units";
import { evaluationScore } from "./rules";

const CLAUSE = "附件3 四(二)";
const Q_ZH = ["", "第一季度", "第二季度", "第三季度", "第四季度"];

export function serviceUnitScores(parsed: ParsedWorkbook, period: Period, quarters: number[], issues: Issue[]): ServiceUnitScore[] {
  const { profile } = parsed;
  const units = unitsOfGroup(profile, "service");
  const found = parsed.evaluations.found;
  if (!found) {
    issues.push({
      severity: "warning",
      sheet: "企业评议",
      row: null,
      column: null,
      code: "sheet.missing",
      message: message("evaluation.sheetMissing"),
      messageEn: message("evaluation.sheetMissing", {}, "en"),
    });
  }
  const byKey = new Map<string, { totals: number[]; rows: number[] }>();
  for (const e of parsed.evaluations.evaluations) {
    const k = inputsKey(e.unit, e.quarter);
    const v = byKey.get(k) ?? { totals: [], rows: [] };
    v.totals.push(e.total);
    v.rows.push(e.row);
    byKey.set(k, v);
  }
  return units.map((u) => {
    let total = 0;
    let evaluations = 0;
    let awardEligible = true;
    const explanation: ExplanationLine[] = [];
    for (const q of quarters) {
      const ev = byKey.get(inputsKey(u.name, q)) ?? { totals: [], rows: [] };
      const periodText = `${period.year}年${Q_ZH[q]}`;
      const inputs = parsed.inputs.byUnitQuarter.get(inputsKey(u.name, q));
      const flagged = inputs?.oneSizeFitsAll === true;
      if (flagged) awardEligible = false;
      const score = evaluationScore(profile, ev.totals, flagged);
      total += score;
      evaluations += ev.totals.length;
      const mean = ev.totals.length ? score + (flagged ? profile.evaluation.oneSizeFitsAllPenalty : 0) : 0;
      explanation.push({
        item: "evaluation",
        points: mean,
        clause: CLAUSE,
        text: `${Q_ZH[q]}企业评议 ${ev.totals.length} 份，平均 ${Math.round(mean * 100) / 100} 分`,
        textEn: `Q${q}: ${ev.totals.length} evaluations, mean ${Math.round(mean * 100) / 100}`,
        rows: ev.rows,
        sheet: "企业评议",
        quarter: q,
      });
      if (flagged) {
        explanation.push({
          item: "deduction",
          points: -profile.evaluation.oneSizeFitsAllPenalty,
          clause: CLAUSE,
          text: `${Q_ZH[q]}环保管控“一刀切”造成大面积停工：扣 ${profile.evaluation.oneSizeFitsAllPenalty} 分，取消评先资格`,
          textEn: `Q${q}: one-size-fits-all environmental stoppage: −${profile.evaluation.oneSizeFitsAllPenalty}, not eligible for awards`,
          rows: [inputs!.row],
          sheet: "考核录入",
          quarter: q,
        });
      }
      if (!found) continue;
      if (ev.totals.length === 0) {
        issues.push({
          severity: "error",
          sheet: "企业评议",
          row: null,
          column: "被评单位",
          code: "evaluation.missing",
          message: message("evaluation.missing", { unit: u.name, period: periodText }),
          messageEn: message("evaluation.missing", { unit: u.name, period: `${period.year}Q${q}` }, "en"),
        });
      } else if (ev.totals.length !== profile.evaluation.sample) {
        issues.push({
          severity: "warning",
          sheet: "企业评议",
          row: ev.rows[0],
          column: "被评单位",
          code: "evaluation.count",
          message: message("evaluation.count", { unit: u.name, period: periodText, count: ev.totals.length, sample: profile.evaluation.sample }),
          messageEn: message("evaluation.count", { unit: u.name, period: `${period.year}Q${q}`, count: ev.totals.length, sample: profile.evaluation.sample }, "en"),
        });
      }
    }
    // Ineligible in every report covering a flagged quarter or a later one (rules §5).
    for (let q = 1; q <= period.quarter && awardEligible; q++) {
      if (parsed.inputs.byUnitQuarter.get(inputsKey(u.name, q))?.oneSizeFitsAll) awardEligible = false;
    }
    return { kind: "service" as const, unit: u.name, group: "service" as const, total, evaluations, rank: 0, award: null, awardEligible, explanation };
  });
}
