// The parameter registry (profiles.md §3): every number of the method as a
// named parameter with its Chinese and English label, its value form, and the
// rule and clause it comes from. Values live in the profiles (the built-in
// ruzhou-2023.json, a profile file, a workbook's 考评参数); this file only says
// what each parameter is, so one validator checks them all.
//
// The schema parts the ids are made from are here too: the categories of
// workbook-format §1 with their flags (rules §2), the fund types, the
// evaluation parts (§5) and the investment bands of the city goals (§7).
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
  /** Section of rules-2023.md. */
  rule: string;
  /** Clause of the seed (附件3 …), Chinese. */
  clause: string;
}

/** The assessment years a profile may name (profiles.md §2). */
export const YEAR_RANGE = { min: 2023, max: 2100 } as const;

type Def = Omit<ParamDef, "id">;
const def = <F extends ParamForm>(zh: string, en: string, form: F, rule: string, clause: string) => ({ zh, en, form, rule, clause });

// The parameters with a fixed id, in the order of profiles.md §3.
const FIXED = {
  year: def("考评年度", "Assessment year", "year", "§2", CLAUSE.quarterly),
  "planning.base": def("谋划储备·完成任务得分", "Planning · points when the target is met", "number", "§4.1", CLAUSE.planning),
  "planning.tiers": def("谋划储备·加分档次", "Planning · bonus tiers", "tiers", "§4.1", CLAUSE.planning),
  "planning.bonusCap": def("谋划储备·加分上限", "Planning · bonus cap", "number", "§4.1", CLAUSE.planning),
  "planning.shortfall": def("谋划储备·每少一个扣分", "Planning · points off per missing project", "number", "§4.1", CLAUSE.planning),
  "signing.signPart": def("签约落地·完成签约得分", "Signing · points for signing", "number", "§4.2", CLAUSE.signing),
  "signing.startPart": def("签约落地·按期开工得分", "Signing · points for starting on time", "number", "§4.2", CLAUSE.signing),
  "start.full": def("开工情况·满分", "Start · full points", "number", "§4.3", CLAUSE.start),
  "start.discretionaryMax": def("开工情况·酌情分上限", "Start · discretionary maximum", "number", "§4.3", CLAUSE.start),
  "start.fundedMonths": def("开工情况·资金下达后开工月数", "Start · months allowed after funds are issued", "whole", "§4.3", CLAUSE.start),
  "commissioning.full": def("投产达效·满分", "Commissioning · full points", "number", "§4.4", CLAUSE.commissioning),
  "commissioning.discretionaryMax": def("投产达效·酌情分上限", "Commissioning · discretionary maximum", "number", "§4.4", CLAUSE.commissioning),
  "service.meeting": def("服务保障·现场办公会得分", "Service · points for site meetings", "number", "§4.5", CLAUSE.service),
  "service.element": def("服务保障·要素保障得分", "Service · points for element support", "number", "§4.5", CLAUSE.service),
  "service.deductionMin": def("服务保障·要素保障扣分下限", "Service · smallest element deduction", "number", "§4.5", CLAUSE.service),
  "service.deductionMax": def("服务保障·要素保障扣分上限", "Service · largest element deduction", "number", "§4.5", CLAUSE.service),
  "bonus.declared": def("加分·申报完成资金项目", "Bonus · funding declared, per project", "number", "§4.6 第1项", CLAUSE.declared),
  "bonus.declaredCentralMin": def("加分·中央预算内申报起点", "Bonus · smallest 中央预算内 amount declared", "amount", "§4.6 第1项", CLAUSE.declared),
  "bonus.fundedStart": def("加分·资金项目开工", "Bonus · funded project started, per project", "number", "§4.6 第2项", CLAUSE.fundedStart),
  "bonus.provincial": def("加分·列入省三个一批", "Bonus · provincial batch event", "number", "§4.6 第3项", CLAUSE.provincial),
  "bonus.sizeTiers": def("加分·产业项目规模档次", "Bonus · industry project size tiers", "tiers", "§4.6 第4项", CLAUSE.size),
  "bonus.advancedExtra": def("加分·先进制造业或战新另加", "Bonus · extra for advanced or strategic projects", "number", "§4.6 第4项", CLAUSE.size),
  "bonus.introductionSmall": def("加分·引进工业项目", "Bonus · industrial project introduced", "number", "§4.6 第5项", CLAUSE.introduction),
  "bonus.introductionBig": def("加分·引进亿元以上工业项目", "Bonus · large industrial project introduced", "number", "§4.6 第5项", CLAUSE.introduction),
  // Not in profiles.md §3's table: the size that makes an introduced project large (附件4 "亿元以上"), so it is a parameter like the others.
  "bonus.introductionBigMin": def("加分·引进工业项目亿元起点", "Bonus · size of a large introduced project", "amount", "§4.6 第5项", CLAUSE.introduction),
  "bonus.introductionCap": def("加分·引进工业项目上限", "Bonus · introduction cap per quarter", "number", "§4.6 第5项", CLAUSE.introduction),
  "bonus.praise": def("加分·表扬每次", "Bonus · per praise", "number", "§4.6 第6项", CLAUSE.praise),
  "deduction.lateProvincial": def("减分·省级项目未按期每个", "Deduction · per late provincial project", "number", "§4.7 第1项", CLAUSE.lateProvincial),
  "deduction.businessEnvironment": def("减分·破坏营商环境每次", "Deduction · per business-environment case", "number", "§4.7 第2项", CLAUSE.businessEnvironment),
  "deduction.criticism": def("减分·通报约谈每次", "Deduction · per criticism or interview", "number", "§4.7 第3项", CLAUSE.criticism),
  "evaluation.sample": def("企业评议·抽取企业数", "Evaluation · enterprises sampled", "whole", "§5", CLAUSE.evaluation),
  "evaluation.attitudeMax": def("企业评议·服务态度满分", "Evaluation · attitude maximum", "number", "§5", CLAUSE.evaluation),
  "evaluation.efficiencyMax": def("企业评议·工作效率满分", "Evaluation · efficiency maximum", "number", "§5", CLAUSE.evaluation),
  "evaluation.qualityMax": def("企业评议·服务质量满分", "Evaluation · quality maximum", "number", "§5", CLAUSE.evaluation),
  "evaluation.oneSizeFitsAll": def("企业评议·环保一刀切扣分", "Evaluation · points off for 环保一刀切", "number", "§5", CLAUSE.evaluation),
  "awards.towns": def("奖励·乡镇街道及园区", "Awards · towns, streets and parks", "list", "§6", CLAUSE.awards),
  "awards.departments": def("奖励·市直承担建设任务单位", "Awards · departments with construction tasks", "list", "§6", CLAUSE.awards),
  "awards.service": def("奖励·服务保障职能部门", "Awards · service departments", "list", "§6", CLAUSE.awards),
  "inspection.redDays": def("督查·红色预警天数", "Inspection · days late for a red warning", "positiveWhole", "督查 §3.2", CLAUSE.inspection),
} as const satisfies Record<string, Def>;

export type FixedParamId = keyof typeof FIXED;
type ValueOfForm<F> = F extends "tiers" ? Tier[] : F extends "list" ? number[] : number;

/** Every parameter's value, by id (floors and city goals have one id per category or cell). */
export type ParamValues = { [K in FixedParamId]: ValueOfForm<(typeof FIXED)[K]["form"]> } & Record<
  `floor.${string}` | `cityGoals.${string}`,
  number
>;

// ---- schema: categories, funds, evaluation parts, goal bands -----------------

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
  declaredMin?: FixedParamId;
}

// 资金类型 (workbook-format §1): both count for the funded-start bonus and rule (rules §4.3, §4.6 items 1–2).
export const FUNDS: readonly FundSchema[] = [{ name: "中央预算内", declaredMin: "bonus.declaredCentralMin" }, { name: "专项债" }];

export type EvaluationKey = "attitude" | "efficiency" | "quality";
export const EVALUATION_PARTS: readonly { key: EvaluationKey; header: string; max: FixedParamId }[] = [
  { key: "attitude", header: "服务态度", max: "evaluation.attitudeMax" },
  { key: "efficiency", header: "工作效率", max: "evaluation.efficiencyMax" },
  { key: "quality", header: "服务质量", max: "evaluation.qualityMax" },
];

/** The investment bands of the city goals (正文 一, rules §7), 万元, smallest first; SANPI.TIER names them too. */
export const GOAL_BANDS: readonly number[] = [5000, 10000, 100000];

type GoalStage = Stage;
/** The cells of the §7 table: a band, or the signed advanced-manufacturing count. */
export const GOAL_CELLS: readonly { stage: GoalStage; band: number | "advanced" }[] = [
  ...GOAL_BANDS.map((band) => ({ stage: "plan" as const, band })),
  ...GOAL_BANDS.map((band) => ({ stage: "sign" as const, band })),
  { stage: "sign", band: "advanced" },
  ...GOAL_BANDS.map((band) => ({ stage: "start" as const, band })),
  ...GOAL_BANDS.slice(0, 2).map((band) => ({ stage: "commission" as const, band })),
];

const STAGE_ZH: Record<GoalStage, string> = { plan: "谋划", sign: "签约", start: "开工", commission: "投产" };
const STAGE_EN: Record<GoalStage, string> = { plan: "planned", sign: "signed", start: "started", commission: "commissioned" };

/** `5000万元以上`, `亿元以上`, `10亿元以上` (as 正文 一 writes the bands). */
export function bandLabel(min: number, lang: "zh" | "en" = "zh"): string {
  if (lang === "en") return min >= 100000 ? `≥ ${min / 100000}B` : `≥ ${min / 100}M`;
  if (min >= 10000) return `${min === 10000 ? "" : min / 10000}亿元以上`;
  return `${min}万元以上`;
}

export const goalId = (stage: GoalStage, band: number | "advanced"): `cityGoals.${string}` => `cityGoals.${stage}.${band}`;

// ---- the whole registry ---------------------------------------------------------

function buildRegistry(): ParamDef[] {
  const fixed = Object.entries(FIXED).map(([id, d]): ParamDef => ({ id, ...d }));
  const floors = CATEGORIES.map((c): ParamDef => ({
    id: `floor.${c.name}`,
    zh: `纳入标准·${c.name}`,
    en: `Eligibility floor · ${c.name}`,
    form: "amount",
    rule: "§2",
    clause: c.clause,
  }));
  const goals = GOAL_CELLS.map(({ stage, band }): ParamDef => ({
    id: goalId(stage, band),
    zh: `全市目标·${STAGE_ZH[stage]}·${band === "advanced" ? "先进制造业或战新" : bandLabel(band)}`,
    en: `City goal · ${STAGE_EN[stage]} · ${band === "advanced" ? "advanced or strategic" : bandLabel(band, "en")}`,
    form: "whole",
    rule: "§7",
    clause: CLAUSE.cityGoals,
  }));
  // profiles.md §3 order: the year, the floors, then the rest.
  return [fixed[0], ...floors, ...fixed.slice(1), ...goals];
}

export const PARAMETERS: readonly ParamDef[] = buildRegistry();

const BY_ID = new Map(PARAMETERS.map((p) => [p.id, p]));

export const paramDef = (id: string): ParamDef | undefined => BY_ID.get(id);

/** Ranges that follow from two parameters (profiles.md §3): the first must not exceed the second. */
export const ORDERED_PAIRS: readonly [FixedParamId, FixedParamId][] = [["service.deductionMin", "service.deductionMax"]];
