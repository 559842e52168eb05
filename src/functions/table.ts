// The one table of the SANPI.* functions (workbook-format §3): names,
// Chinese and English help, parameters and their kinds. It drives the
// argument coercion (coerce.ts), the wrappers (functions.ts), the localized
// metadata (scripts/functions-metadata.js) and the tests.
import type { CategoryDef, GroupDef, UnitDef } from "../engine/profile/types";
import type { CellValue, Period, Stage } from "../engine/types";

/** What each kind of argument becomes once coerced (coerce.ts). */
export interface ArgTypes {
  /** 万元 ≥ 0, from a number or amount text (1.5亿, 5000万, 800000元). */
  amount: number;
  /** A whole number ≥ 0 (counts, targets). */
  count: number;
  /** Any finite number (a score). */
  number: number;
  /** 是/否, TRUE/FALSE, Y/N, 1/0, √/×. */
  bool: boolean;
  category: CategoryDef;
  /** A unit of any group; unknown → #N/A. */
  unit: UnitDef;
  /** 乡镇街道/市直单位/服务保障 or A/B/C; unknown → #N/A. */
  group: GroupDef;
  /** A quarter of an assessment year (a bare quarter is of the profile's year). */
  quarter: QuarterArg;
  /** A quarter, or a year (2024), or the year so far (2024Q1-Q3): the engine's periods. */
  period: Period;
  stage: Stage;
  /** A whole number ≥ 1. */
  rank: number;
  /** 要素保障扣分: 0 or 2–6. */
  deduction: number;
  /** A range, as a 2-D array of cell values. */
  range: CellValue[][];
}
export type ArgKind = keyof ArgTypes;

/** A coerced quarter: its year (profiles.md §2) and the quarter. */
export interface QuarterArg {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

export interface ParamSpec {
  /** Identifier in functions.ts; the parameter name of the English metadata. */
  readonly name: string;
  /** Parameter name of the Chinese metadata (what Excel shows to clerks). */
  readonly zhName: string;
  readonly kind: ArgKind;
  readonly optional?: boolean;
  /** Raw value used when the argument is omitted (Excel passes null); coerced like any other. */
  readonly default?: string | number | boolean;
  /** Raw value a blank cell ("") stands for, where the rules give blank a meaning. */
  readonly blank?: string | number | boolean;
  readonly zh: string;
  readonly en: string;
}

/** `row`: one row of numbers (BREAKDOWN); `table`: a header row and rows of text and numbers (RANKING). */
/** `cell`: one number as a 1×1 matrix (a cell shows it as the number; Excel gives parameter addresses only to matrix results). */
export type ResultKind = "number" | "string" | "boolean" | "cell" | "row" | "table";

export interface FunctionSpec {
  /** Lower-case named export of functions.ts. */
  readonly name: string;
  readonly zh: string;
  readonly en: string;
  readonly result: ResultKind;
  readonly params: readonly ParamSpec[];
}

// Help texts are static (Excel reads them from functions.json), so they name no
// number of the method: where one applies they say 按考评参数 (profiles.md §5).
const QUARTER_ZH = "季度：年份加季度，如 2024Q1、2024-Q1；Q1 或 1–4 为考评年度的季度";
const QUARTER_EN = "Quarter: a year and quarter such as 2024Q1 or 2024-Q1; Q1 or 1–4 is a quarter of the assessment year";
const BUILT_IN_ZH = "分值按内置考评参数";
const BUILT_IN_EN = "points from the built-in method parameters";
const UNIT_ZH = "单位名称：乡镇街道、园区或市直单位，如 临汝镇、发改委";
const UNIT_EN = "Unit name: a town, street, park or city department, e.g. 临汝镇, 发改委";
const INVESTMENT_ZH = "总投资（万元）：数字，或 1.5亿、5000万、800000元 等金额文字";
const INVESTMENT_EN = "Total investment in 万元: a number, or amount text such as 1.5亿, 5000万, 800000元";
const CATEGORY_ZH = "产业类别：制造业、现代服务业、基础设施、社会民生、种植养殖、两新一重、数字经济、创新研发平台或其他";
const CATEGORY_EN = "Category: 制造业, 现代服务业, 基础设施, 社会民生, 种植养殖, 两新一重, 数字经济, 创新研发平台 or 其他";

const LEDGER_PARAMS = [
  {
    name: "ledger",
    zhName: "项目台账",
    kind: "range",
    zh: "项目台账区域，含表头行（项目名称、责任单位、总投资(万元)、产业类别及各日期列）",
    en: "The project ledger range, with its header row (项目名称, 责任单位, 总投资(万元), 产业类别 and the date columns)",
  },
  { name: "unit", zhName: "单位", kind: "unit", zh: "被考评单位：乡镇街道、园区或市直单位，如 临汝镇", en: "The assessed unit: a town, park or city department, e.g. 临汝镇" },
  { name: "quarter", zhName: "季度", kind: "quarter", zh: QUARTER_ZH, en: QUARTER_EN },
  {
    name: "inputs",
    zhName: "考核录入",
    kind: "range",
    optional: true,
    zh: "可选，考核录入区域，含表头行（季度、单位、现场办公会、要素保障扣分……）；省略时按 否/0 计分",
    en: "Optional: the 考核录入 range with its header row (季度, 单位, 现场办公会, 要素保障扣分…); omitted = 否/0",
  },
] as const;

/** The workbook's own 目标任务 and 考评参数 (profiles.md §5): given, a function computes as the ranking sheet does. */
const PROFILE_PARAMS = [
  {
    name: "targets",
    zhName: "目标任务",
    kind: "range",
    optional: true,
    zh: "可选，目标任务区域，含表头行（单位、组别、谋划、签约、开工、投产）；给出时按本工作簿的目标任务计分",
    en: "Optional: the 目标任务 range with its header row (单位, 组别, 谋划, 签约, 开工, 投产); given, the workbook's targets apply",
  },
  {
    name: "params",
    zhName: "考评参数",
    kind: "range",
    optional: true,
    zh: "可选，考评参数区域，含表头行（参数、值）；给出时按本工作簿的考评参数计分（考评年度、分值、档次等）",
    en: "Optional: the 考评参数 range with its header row (参数, 值); given, the workbook's year, points and tiers apply",
  },
] as const;

const SCORE_PARAMS = [...LEDGER_PARAMS, ...PROFILE_PARAMS] as const;

const PERIOD_ZH = "季度或全年：季度如 2024Q1、Q1 或 1–4（考评年度的季度），全年如 2024（含奖励），截至某季度如 2024Q1-Q3";
const PERIOD_EN = "A quarter or the year: a quarter such as 2024Q1, Q1 or 1–4 (of the assessment year), the year such as 2024 (with awards), the year so far such as 2024Q1-Q3";

export const FUNCTIONS = {
  AMOUNT: {
    name: "amount",
    zh: "把金额换算为万元：数字原样返回，1.5亿、5000万元、800000元 等文字按单位换算",
    en: "Converts an amount to 万元: a number as is, text such as 1.5亿, 5000万元, 800000元 by its unit",
    result: "number",
    params: [
      {
        name: "value",
        zhName: "金额",
        kind: "amount",
        zh: "金额：数字（万元）或金额文字，如 12000、1,200、1.5亿、5000万、800000元",
        en: "Amount: a number of 万元 or amount text, e.g. 12000, 1,200, 1.5亿, 5000万, 800000元",
      },
    ],
  },
  TIER: {
    name: "tier",
    zh: "按总投资返回投资档次：10亿元以上、亿元以上、5000万元以上 或 5000万元以下",
    en: "The investment tier: 10亿元以上, 亿元以上, 5000万元以上 or 5000万元以下",
    result: "string",
    params: [{ name: "investment", zhName: "总投资", kind: "amount", zh: INVESTMENT_ZH, en: INVESTMENT_EN }],
  },
  ELIGIBLE: {
    name: "eligible",
    zh: "项目是否达到其产业类别的入库标准、纳入考评（附件3 一）：达到返回 TRUE",
    en: "TRUE if the project meets its category's investment floor and counts (附件3 一)",
    result: "boolean",
    params: [
      { name: "investment", zhName: "总投资", kind: "amount", zh: INVESTMENT_ZH, en: INVESTMENT_EN },
      { name: "category", zhName: "产业类别", kind: "category", zh: CATEGORY_ZH, en: CATEGORY_EN },
    ],
  },
  BONUS: {
    name: "bonus",
    zh: `一次签约、开工或投产的规模加分（附件3 四(一)2(3)）：产业项目取所达最高规模档次的分值，先进制造业或战略性新兴产业另加分；${BUILT_IN_ZH}`,
    en: `Size bonus of one signing, start or commissioning (附件3 四(一)2(3)): the highest size tier an industry project reaches, plus the extra if advanced; ${BUILT_IN_EN}`,
    result: "number",
    params: [
      { name: "investment", zhName: "总投资", kind: "amount", zh: INVESTMENT_ZH, en: INVESTMENT_EN },
      { name: "category", zhName: "产业类别", kind: "category", optional: true, default: "制造业", zh: `可选，${CATEGORY_ZH}；默认 制造业`, en: `Optional. ${CATEGORY_EN}; default 制造业` },
      {
        name: "advanced",
        zhName: "先进制造或战新",
        kind: "bool",
        optional: true,
        default: false,
        zh: "可选，是否先进制造业或战略性新兴产业：是/否；默认 否",
        en: "Optional: advanced manufacturing or strategic emerging industry, 是/否; default 否",
      },
    ],
  },
  PLANNING: {
    name: "planning",
    zh: `谋划储备得分（附件3 四(一)1(1)）：完成累计目标得基础分加档次奖励分（有上限），未完成每少一个扣分；${BUILT_IN_ZH}`,
    en: `Planning score (附件3 四(一)1(1)): base points plus capped tier bonus when the target is met, else points off per missing project; ${BUILT_IN_EN}`,
    result: "number",
    params: [
      { name: "target", zhName: "谋划目标", kind: "count", zh: "截至本季度的累计谋划目标（个）", en: "Cumulative planning target to this quarter (projects)" },
      { name: "planned", zhName: "已谋划数", kind: "count", zh: "截至本季度末已谋划的纳入考评项目数", en: "Eligible projects planned by the end of the quarter" },
      {
        name: "count2",
        zhName: "低档个数",
        kind: "count",
        optional: true,
        default: 0,
        zh: "可选，本季度谋划的、只达到最低加分档次的产业项目个数；默认0",
        en: "Optional: industry projects planned this quarter that reach only the lowest bonus tier; default 0",
      },
      {
        name: "count5",
        zhName: "高档个数",
        kind: "count",
        optional: true,
        default: 0,
        zh: "可选，本季度谋划的、达到最高加分档次的产业项目个数；默认0",
        en: "Optional: industry projects planned this quarter that reach the highest bonus tier; default 0",
      },
      {
        name: "investments",
        zhName: "总投资区域",
        kind: "range",
        optional: true,
        zh: "可选，本季度谋划的产业项目的总投资（万元）区域：每个按所达最高档次加分，档次多少都适用；可与个数同用",
        en: "Optional: a range of the investments (万元) of industry projects planned this quarter, each earning its highest tier, for any number of tiers",
      },
    ],
  },
  SIGNING: {
    name: "signing",
    zh: `签约落地得分（附件3 四(一)1(2)）：签约完成率部分，加已签约项目按期开工部分；${BUILT_IN_ZH}`,
    en: `Signing score (附件3 四(一)1(2)): a part for completion, plus a part for signed projects starting on time; ${BUILT_IN_EN}`,
    result: "number",
    params: [
      { name: "target", zhName: "签约目标", kind: "count", zh: "截至本季度的累计签约目标（个）", en: "Cumulative signing target to this quarter (projects)" },
      { name: "signed", zhName: "已签约数", kind: "count", zh: "截至本季度末已签约的纳入考评项目数", en: "Eligible projects signed by the end of the quarter" },
      {
        name: "due",
        zhName: "应开工数",
        kind: "count",
        optional: true,
        default: 0,
        zh: "可选，已签约且计划开工日期不晚于本季度末的项目数；默认0",
        en: "Optional: signed projects whose planned start is on or before the quarter's end; default 0",
      },
      {
        name: "startedOnTime",
        zhName: "按期开工数",
        kind: "count",
        optional: true,
        default: 0,
        zh: "可选，其中已入库并按期开工的项目数；默认0",
        en: "Optional: of those, projects started on time (in the database); default 0",
      },
    ],
  },
  GUARANTEE: {
    name: "guarantee",
    zh: `服务保障得分（附件3 四(一)1(5)）：按月召开现场办公会的得分，加要素保障得分减扣分；${BUILT_IN_ZH}`,
    en: `Service guarantee score (附件3 四(一)1(5)): points for monthly on-site meetings, plus element-support points less the deduction; ${BUILT_IN_EN}`,
    result: "number",
    params: [
      {
        name: "meetingsOk",
        zhName: "现场办公会",
        kind: "bool",
        blank: false,
        zh: "是否按月召开现场办公会并解决问题：是/否（空白按 否）",
        en: "Monthly on-site meetings held and problems solved: 是/否 (blank = 否)",
      },
      {
        name: "elementDeduction",
        zhName: "要素保障扣分",
        kind: "deduction",
        blank: 0,
        zh: "要素保障扣分：0，或考评参数规定的扣分区间内（空白按 0）",
        en: "Element-guarantee deduction: 0, or within the parameters' bounds (blank = 0)",
      },
    ],
  },
  SERVICE: {
    name: "service",
    zh: "服务保障职能部门的企业评议得分（附件3 四(二)）：各份评议总分的平均值，发生环保一刀切按考评参数减分",
    en: "Enterprise evaluation score of a service department (附件3 四(二)): the mean of the evaluation totals, less the parameters' points for 环保一刀切",
    result: "number",
    params: [
      {
        name: "evaluations",
        zhName: "企业评议",
        kind: "range",
        zh: "企业评议区域，3列：服务态度、工作效率、服务质量（各项满分按考评参数）；首行为文字表头时跳过",
        en: "Evaluations range, 3 columns: 服务态度, 工作效率, 服务质量 (maxima from the parameters); a text header row is skipped",
      },
      {
        name: "oneSizeFitsAll",
        zhName: "环保一刀切",
        kind: "bool",
        optional: true,
        default: false,
        zh: "可选，本季度是否发生环保“一刀切”：是/否；是则按考评参数减分，默认 否",
        en: "Optional: 环保一刀切 happened this quarter, 是/否; 是 subtracts the parameters' points; default 否",
      },
    ],
  },
  SCORE: {
    name: "score",
    zh: "单位某季度的考评总分（附件3 四(一)）；给出目标任务和考评参数区域时，与排名表所用分数一致",
    en: "A unit's total score for a quarter (附件3 四(一)); given the 目标任务 and 考评参数 ranges, the number the ranking uses",
    result: "cell",
    params: SCORE_PARAMS,
  },
  BREAKDOWN: {
    name: "breakdown",
    zh: "单位某季度的得分明细，横向9格：谋划、签约、开工、投产、服务保障、基础分、加分、减分、总分",
    en: "A unit's quarterly score in 9 cells across: planning, signing, start, commissioning, service, base, bonus, deduction, total",
    result: "row",
    params: SCORE_PARAMS,
  },
  RANKING: {
    name: "ranking",
    zh: "一个组别某季度或全年的完整排名，溢出为表：表头行，再按名次每个单位一行（名次、单位、谋划、签约、开工、投产、服务保障、加分、减分、总分，全年另有奖励；服务保障组为评议份数、得分），与排名表相同",
    en: "A group's ranking for a quarter or the year, spilled: a header row, then a row per unit in rank order (rank, unit, the five items, bonus, deduction, total; the award for a year; evaluations and score for the service group), as on the ranking sheet",
    result: "table",
    params: [
      LEDGER_PARAMS[0],
      { name: "group", zhName: "组别", kind: "group", zh: "组别：乡镇街道、市直单位、服务保障，或 A/B/C", en: "Group: 乡镇街道, 市直单位, 服务保障, or A/B/C" },
      { name: "period", zhName: "期间", kind: "period", zh: PERIOD_ZH, en: PERIOD_EN },
      LEDGER_PARAMS[3],
      ...PROFILE_PARAMS,
      {
        name: "evaluations",
        zhName: "企业评议",
        kind: "range",
        optional: true,
        zh: "可选，企业评议区域，含表头行（季度、被评单位、评议企业、服务态度、工作效率、服务质量）；服务保障组按它计分，省略时该组得分均为零",
        en: "Optional: the 企业评议 range with its header row (季度, 被评单位, 评议企业, 服务态度, 工作效率, 服务质量); the service group scores from it; omitted, that group scores nothing",
      },
    ],
  },
  TARGET: {
    name: "target",
    zh: "单位的年度目标任务，或截至某季度的累计目标（附件2；季度目标 = 年度 × 季度/4 四舍五入）",
    en: "A unit's annual target, or the cumulative target to a quarter (附件2; annual × q/4, rounded half up)",
    result: "number",
    params: [
      { name: "unit", zhName: "单位", kind: "unit", zh: UNIT_ZH, en: UNIT_EN },
      { name: "stage", zhName: "阶段", kind: "stage", zh: "阶段：谋划、签约、开工 或 投产", en: "Stage: 谋划, 签约, 开工 or 投产" },
      { name: "quarter", zhName: "季度", kind: "quarter", optional: true, zh: `可选，${QUARTER_ZH}；省略时返回全年目标`, en: `Optional. ${QUARTER_EN}; omitted = the annual target` },
      ...PROFILE_PARAMS,
    ],
  },
  RANK: {
    name: "rank",
    zh: "得分在同组得分中的名次：从高到低，按两位小数比较，并列同名次、下一名次跳过，空单元格忽略",
    en: "Competition rank of a score among the group's scores: descending, compared at 2 decimals, ties share, blanks ignored",
    result: "number",
    params: [
      { name: "score", zhName: "得分", kind: "number", zh: "要排名的得分", en: "The score to rank" },
      { name: "scores", zhName: "全部得分", kind: "range", zh: "同组全部单位的得分区域；空单元格和文字忽略", en: "The scores of every unit of the group; blanks and text are ignored" },
    ],
  },
  AWARD: {
    name: "award",
    zh: "年度名次对应的奖励（万元，无奖励为0），按内置考评参数的奖励表；并列时各得所占名次奖励的平均值（附件3 五）",
    en: "Annual award in 万元 for a rank (0 if none), from the built-in parameters' award list; tied units share the mean of the places they occupy (附件3 五)",
    result: "number",
    params: [
      { name: "rank", zhName: "名次", kind: "rank", zh: "名次：正整数", en: "Rank: a whole number ≥ 1" },
      { name: "group", zhName: "组别", kind: "group", zh: "组别：乡镇街道、市直单位、服务保障，或 A/B/C", en: "Group: 乡镇街道, 市直单位, 服务保障, or A/B/C" },
      { name: "tied", zhName: "并列数", kind: "rank", optional: true, default: 1, zh: "可选，并列该名次的单位数；默认1", en: "Optional: units tied at that rank; default 1" },
    ],
  },
} as const satisfies Record<string, FunctionSpec>;

export type FunctionId = keyof typeof FUNCTIONS;
export const FUNCTION_IDS = Object.keys(FUNCTIONS) as FunctionId[];

type ParamsOf<K extends FunctionId> = (typeof FUNCTIONS)[K]["params"];
type ArgOf<P> = P extends { kind: infer T extends ArgKind }
  ? P extends { optional: true }
    ? P extends { default: string | number | boolean }
      ? ArgTypes[T]
      : ArgTypes[T] | null
    : ArgTypes[T]
  : never;

type MapArgs<P extends readonly unknown[]> = P extends readonly [infer H, ...infer T] ? [ArgOf<H>, ...MapArgs<T>] : [];

/** The coerced arguments an implementation receives, in order. */
export type ArgsOf<K extends FunctionId> = MapArgs<ParamsOf<K>>;

type ResultTypes = { number: number; string: string; boolean: boolean; cell: number[][]; row: number[][]; table: (string | number)[][] };
export type ResultOf<K extends FunctionId> = ResultTypes[(typeof FUNCTIONS)[K]["result"]];
