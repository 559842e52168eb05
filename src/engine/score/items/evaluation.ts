// 企业评议 of the service departments (group C; 附件3 四(二), rules §5): the mean
// of the quarter's evaluation totals, less the points for a 环保“一刀切” typed in
// 考核录入 (which also takes the department out of the awards).
import { quarterName } from "../../period";
import { SHEET_NAMES } from "../../sheet-names";
import { fmt, line, type ItemResult } from "../explain";
import { evaluationScore } from "../rules";
import type { Profile } from "../../profile/types";
import { defineItem, paramsOf, versionWith, type ColumnFormat } from "./define";

const CLAUSE = "附件3 四(二)";
const param = paramsOf("§5", CLAUSE);
const YES_NO = ["是", "否"];

const MESSAGES = {
  evaluation: { zh: "{quarter}企业评议 {count} 份，平均 {mean} 分", en: "Q{q}: {count} {count|evaluation|evaluations}, mean {mean}" },
  oneSizeFitsAll: {
    zh: "{quarter}环保管控“一刀切”造成大面积停工：扣 {points} 分，取消评先资格",
    en: "Q{q}: one-size-fits-all environmental stoppage: −{points}, not eligible for awards",
  },
};

/** One service department in one quarter: its evaluations and its 考核录入 flag. */
export interface EvaluationQuarter {
  profile: Profile;
  quarter: number;
  /** Totals and worksheet rows of its evaluations in 企业评议. */
  totals: number[];
  rows: number[];
  /** The 考核录入 row that flags a 一刀切, if any. */
  flaggedRow: number | null;
}

/** 企业评议 over numbers: the quarter's score from the evaluation totals and the 一刀切 flag (what SANPI.SERVICE computes too). */
export type EvaluationFormula = (profile: Profile, rowTotals: number[], oneSizeFitsAll: boolean) => number;

function score(unit: EvaluationQuarter, formula: EvaluationFormula): ItemResult {
  const flagged = unit.flaggedRow !== null;
  const points = formula(unit.profile, unit.totals, flagged);
  const penalty = unit.profile.values["evaluation.oneSizeFitsAll"];
  const mean = unit.totals.length ? points + (flagged ? penalty : 0) : 0;
  const { quarter } = unit;
  const named = { quarter: quarterName(quarter), q: quarter };
  const lines = [
    line(quarter, {
      item: "evaluation",
      points: mean,
      clause: CLAUSE,
      text: MESSAGES.evaluation,
      params: { ...named, count: unit.totals.length, mean: fmt(mean) },
      rows: unit.rows,
      sheet: SHEET_NAMES.evaluations,
    }),
  ];
  if (unit.flaggedRow !== null) {
    const params = { ...named, points: fmt(penalty) };
    lines.push(line(quarter, { item: "deduction", points: -penalty, clause: CLAUSE, text: MESSAGES.oneSizeFitsAll, params, rows: [unit.flaggedRow], sheet: SHEET_NAMES.inputs }));
  }
  return { points, lines };
}

export const evaluation = defineItem({
  id: "evaluation",
  kind: "evaluation",
  column: "evaluation",
  clause: CLAUSE,
  rule: "§5",
  params: {
    "evaluation.sample": param("企业评议·抽取企业数", "Evaluation · enterprises sampled", "whole"),
    "evaluation.attitudeMax": param("企业评议·服务态度满分", "Evaluation · attitude maximum", "number"),
    "evaluation.efficiencyMax": param("企业评议·工作效率满分", "Evaluation · efficiency maximum", "number"),
    "evaluation.qualityMax": param("企业评议·服务质量满分", "Evaluation · quality maximum", "number"),
    "evaluation.oneSizeFitsAll": param("企业评议·环保一刀切扣分", "Evaluation · points off for 环保一刀切", "number"),
  },
  ledger: [],
  inputs: [
    {
      key: "oneSizeFitsAll",
      header: "环保一刀切",
      position: 9,
      cell: { kind: "yesNo" },
      template: (): ColumnFormat => ({ width: 11, input: "bool", list: YES_NO, note: "服务保障职能部门：出现环保“一刀切”大面积停工停产" }),
    },
  ],
  messages: MESSAGES,
  versions: [versionWith(2023, "附件3 四(二) as issued in 2023", evaluationScore, score)],
});
