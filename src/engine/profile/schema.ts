// The schema the parameters are made of (profiles.md §3): value forms, the
// parameter's description, and the parts of the method whose ids make
// parameter ids: the categories of workbook-format §1 with their flags
// (rules §2), the fund types, the evaluation parts (§5) and the investment
// bands of the city goals (§7). No imports of the scorer or the registry, so
// every score item may read it (no import cycle).
import type { Stage } from "../types";
import { CLAUSE } from "./clauses";

/**
 * number: a number ≥ 0; amount: 万元 ≥ 0 (amount text such as 1亿 accepted);
 * whole: an integer ≥ 0; positiveWhole: an integer ≥ 1; year: an integer 2023–2100; tiers: `起点:分值` pairs;
 * list: numbers, place 1 first.
 */
export type ParamForm = "number" | "amount" | "whole" | "positiveWhole" | "year" | "tiers" | "list";

export interface Tier {
  /** Inclusive lower bound, 万元. */
  min: number;
  points: number;
}

export type ParamValue = number | Tier[] | number[];

export interface ParamDef {
  id: string;
  zh: string;
  en: string;
  form: ParamForm;
  /** Section of docs/rules.md. */
  rule: string;
  /** Clause of the seed (附件3 …), Chinese. */
  clause: string;
}

/** A parameter as a rule declares it: the registry adds its id. */
export type ParamSpec<F extends ParamForm = ParamForm> = Omit<ParamDef, "id" | "form"> & { form: F };

/** Declare a parameter (its labels, form, section of the rules and clause of the seed). */
export const paramSpec = <F extends ParamForm>(zh: string, en: string, form: F, rule: string, clause: string): ParamSpec<F> => ({ zh, en, form, rule, clause });

/** The value a form holds. */
export type ValueOfForm<F> = F extends "tiers" ? Tier[] : F extends "list" ? number[] : number;

/** The assessment years a profile may name (profiles.md §2). */
export const YEAR_RANGE = { min: 2023, max: 2100 } as const;

export interface CategorySchema {
  name: string;
  /** 产业项目: size and planning bonuses apply (rules §2). */
  industry: boolean;
  /** 工业项目: the introduction bonus applies. */
  industrial: boolean;
  clause: string;
}

// 产业类别 of workbook-format §1 and their flags (rules §2 "Category flags").
export const CATEGORIES: readonly CategorySchema[] = [
  { name: "制造业", industry: true, industrial: true, clause: CLAUSE.eligibility },
  { name: "现代服务业", industry: true, industrial: false, clause: CLAUSE.eligibility },
  { name: "基础设施", industry: false, industrial: false, clause: CLAUSE.eligibility },
  { name: "社会民生", industry: false, industrial: false, clause: CLAUSE.eligibility },
  { name: "种植养殖", industry: false, industrial: false, clause: CLAUSE.noBonusPlanting },
  { name: "两新一重", industry: false, industrial: false, clause: CLAUSE.eligibilityRelaxed },
  { name: "数字经济", industry: true, industrial: false, clause: CLAUSE.eligibilityRelaxed },
  { name: "创新研发平台", industry: true, industrial: false, clause: CLAUSE.eligibilityRelaxed },
  { name: "其他", industry: false, industrial: false, clause: CLAUSE.eligibility },
];

export interface FundSchema {
  name: string;
  /** The parameter holding the smallest amount whose declaration earns the bonus; none = any amount. */
  declaredMin?: "bonus.declaredCentralMin";
}

// 资金类型 (workbook-format §1): both count for the funded-start bonus and rule (rules §4.3, §4.6 items 1–2).
export const FUNDS: readonly FundSchema[] = [{ name: "中央预算内", declaredMin: "bonus.declaredCentralMin" }, { name: "专项债" }];

export type EvaluationKey = "attitude" | "efficiency" | "quality";
export const EVALUATION_PARTS: readonly { key: EvaluationKey; header: string; max: `evaluation.${EvaluationKey}Max` }[] = [
  { key: "attitude", header: "服务态度", max: "evaluation.attitudeMax" },
  { key: "efficiency", header: "工作效率", max: "evaluation.efficiencyMax" },
  { key: "quality", header: "服务质量", max: "evaluation.qualityMax" },
];

/** The investment bands of the city goals (正文 一, rules §7), 万元, smallest first; SANPI.TIER names them too. */
export const GOAL_BANDS: readonly number[] = [5000, 10000, 100000];

/** The cells of the §7 table: a band, or the signed advanced-manufacturing count. */
export const GOAL_CELLS: readonly { stage: Stage; band: number | "advanced" }[] = [
  ...GOAL_BANDS.map((band) => ({ stage: "plan" as const, band })),
  ...GOAL_BANDS.map((band) => ({ stage: "sign" as const, band })),
  { stage: "sign", band: "advanced" },
  ...GOAL_BANDS.map((band) => ({ stage: "start" as const, band })),
  ...GOAL_BANDS.slice(0, 2).map((band) => ({ stage: "commission" as const, band })),
];

/**
 * The stages' names, written once: short (`谋划`, parameter labels), as 正文 一
 * names the city goals (`谋划储备`), and in English.
 */
export const STAGE_NAMES: Record<Stage, { zh: string; en: string; goalZh: string; goalEn: string }> = {
  plan: { zh: "谋划", en: "planned", goalZh: "谋划储备", goalEn: "Planned" },
  sign: { zh: "签约", en: "signed", goalZh: "新签约", goalEn: "Signed" },
  start: { zh: "开工", en: "started", goalZh: "新开工", goalEn: "Started" },
  commission: { zh: "投产", en: "commissioned", goalZh: "新投产达效", goalEn: "Commissioned" },
};

/** `5000万元以上`, `亿元以上`, `10亿元以上` (as 正文 一 writes the bands). */
export function bandLabel(min: number, lang: "zh" | "en" = "zh"): string {
  if (lang === "en") return min >= 100000 ? `≥ ${min / 100000}B` : `≥ ${min / 100}M`;
  if (min >= 10000) return `${min === 10000 ? "" : min / 10000}亿元以上`;
  return `${min}万元以上`;
}

export const goalId = (stage: Stage, band: number | "advanced"): `cityGoals.${string}` => `cityGoals.${stage}.${band}`;
