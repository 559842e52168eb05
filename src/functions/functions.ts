// The SANPI.* custom functions (workbook-format §3). Each is a named export,
// callable in tests, and registered with Excel by the @customfunction tags:
// custom-functions-metadata-plugin builds functions.json from these JSDoc
// comments and appends the CustomFunctions.associate calls at build time.
// The JSDoc texts are the Chinese help of table.ts; the build checks they
// agree and writes the localized metadata (scripts/functions-metadata.js).
// Parameters are `unknown`: Excel passes any cell value (null when omitted,
// "" when blank); run() coerces them by the table.
import { run } from "./run";

/**
 * 把金额换算为万元：数字原样返回，1.5亿、5000万元、800000元 等文字按单位换算
 * @customfunction AMOUNT AMOUNT
 * @param value 金额：数字（万元）或金额文字，如 12000、1,200、1.5亿、5000万、800000元
 * @returns 万元数
 */
export function amount(value: unknown): number {
  return run("AMOUNT", [value]);
}

/**
 * 按总投资返回投资档次：10亿元以上、亿元以上、5000万元以上 或 5000万元以下
 * @customfunction TIER TIER
 * @param investment 总投资（万元）：数字，或 1.5亿、5000万、800000元 等金额文字
 * @returns 投资档次
 */
export function tier(investment: unknown): string {
  return run("TIER", [investment]);
}

/**
 * 项目是否达到其产业类别的入库标准、纳入考评（附件3 一）：达到返回 TRUE
 * @customfunction ELIGIBLE ELIGIBLE
 * @param investment 总投资（万元）：数字，或 1.5亿、5000万、800000元 等金额文字
 * @param category 产业类别：制造业、现代服务业、基础设施、社会民生、种植养殖、两新一重、数字经济、创新研发平台或其他
 * @returns 是否纳入考评
 */
export function eligible(investment: unknown, category: unknown): boolean {
  return run("ELIGIBLE", [investment, category]);
}

/**
 * 一次签约、开工或投产的规模加分（附件3 四(一)2(3)）：产业项目取所达最高规模档次的分值，先进制造业或战略性新兴产业另加分；分值按内置考评参数
 * @customfunction BONUS BONUS
 * @param investment 总投资（万元）：数字，或 1.5亿、5000万、800000元 等金额文字
 * @param [category] 可选，产业类别：制造业、现代服务业、基础设施、社会民生、种植养殖、两新一重、数字经济、创新研发平台或其他；默认 制造业
 * @param [advanced] 可选，是否先进制造业或战略性新兴产业：是/否；默认 否
 * @returns 加分
 */
export function bonus(investment: unknown, category?: unknown, advanced?: unknown): number {
  return run("BONUS", [investment, category, advanced]);
}

/**
 * 谋划储备得分（附件3 四(一)1(1)）：完成累计目标得基础分加档次奖励分（有上限），未完成每少一个扣分；分值按内置考评参数
 * @customfunction PLANNING PLANNING
 * @param target 截至本季度的累计谋划目标（个）
 * @param planned 截至本季度末已谋划的纳入考评项目数
 * @param [count2] 可选，本季度谋划的、只达到最低加分档次的产业项目个数；默认0
 * @param [count5] 可选，本季度谋划的、达到最高加分档次的产业项目个数；默认0
 * @param [investments] 可选，本季度谋划的产业项目的总投资（万元）区域：每个按所达最高档次加分，档次多少都适用；可与个数同用
 * @returns 谋划储备得分
 */
export function planning(target: unknown, planned: unknown, count2?: unknown, count5?: unknown, investments?: unknown[][]): number {
  return run("PLANNING", [target, planned, count2, count5, investments]);
}

/**
 * 签约落地得分（附件3 四(一)1(2)）：签约完成率部分，加已签约项目按期开工部分；分值按内置考评参数
 * @customfunction SIGNING SIGNING
 * @param target 截至本季度的累计签约目标（个）
 * @param signed 截至本季度末已签约的纳入考评项目数
 * @param [due] 可选，已签约且计划开工日期不晚于本季度末的项目数；默认0
 * @param [startedOnTime] 可选，其中已入库并按期开工的项目数；默认0
 * @returns 签约落地得分
 */
export function signing(target: unknown, signed: unknown, due?: unknown, startedOnTime?: unknown): number {
  return run("SIGNING", [target, signed, due, startedOnTime]);
}

/**
 * 服务保障得分（附件3 四(一)1(5)）：按月召开现场办公会的得分，加要素保障得分减扣分；分值按内置考评参数
 * @customfunction GUARANTEE GUARANTEE
 * @param meetingsOk 是否按月召开现场办公会并解决问题：是/否（空白按 否）
 * @param elementDeduction 要素保障扣分：0，或考评参数规定的扣分区间内（空白按 0）
 * @returns 服务保障得分
 */
export function guarantee(meetingsOk: unknown, elementDeduction: unknown): number {
  return run("GUARANTEE", [meetingsOk, elementDeduction]);
}

/**
 * 服务保障职能部门的企业评议得分（附件3 四(二)）：各份评议总分的平均值，发生环保一刀切按考评参数减分
 * @customfunction SERVICE SERVICE
 * @param evaluations 企业评议区域，3列：服务态度、工作效率、服务质量（各项满分按考评参数）；首行为文字表头时跳过
 * @param [oneSizeFitsAll] 可选，本季度是否发生环保“一刀切”：是/否；是则按考评参数减分，默认 否
 * @returns 企业评议得分
 */
export function service(evaluations: unknown[][], oneSizeFitsAll?: unknown): number {
  return run("SERVICE", [evaluations, oneSizeFitsAll]);
}

/**
 * 单位某季度的考评总分（附件3 四(一)）；给出目标任务和考评参数区域时，与排名表所用分数一致
 * @customfunction SCORE SCORE
 * @param ledger 项目台账区域，含表头行（项目名称、责任单位、总投资(万元)、产业类别及各日期列）
 * @param unit 被考评单位：乡镇街道、园区或市直单位，如 临汝镇
 * @param quarter 季度：年份加季度，如 2024Q1、2024-Q1；Q1 或 1–4 为考评年度的季度
 * @param [inputs] 可选，考核录入区域，含表头行（季度、单位、现场办公会、要素保障扣分……）；省略时按 否/0 计分
 * @param [targets] 可选，目标任务区域，含表头行（单位、组别、谋划、签约、开工、投产）；给出时按本工作簿的目标任务计分
 * @param [params] 可选，考评参数区域，含表头行（参数、值）；给出时按本工作簿的考评参数计分（考评年度、分值、档次等）
 * @returns 季度总分（单元格中显示为一个数）
 * @requiresParameterAddresses
 */
export function score(ledger: unknown[][], unit: unknown, quarter: unknown, inputs?: unknown[][], targets?: unknown[][], params?: unknown[][], invocation?: CustomFunctions.Invocation): number[][] {
  return run("SCORE", [ledger, unit, quarter, inputs, targets, params], undefined, invocation?.parameterAddresses);
}

/**
 * 单位某季度的得分明细，横向9格：谋划、签约、开工、投产、服务保障、基础分、加分、减分、总分
 * @customfunction BREAKDOWN BREAKDOWN
 * @param ledger 项目台账区域，含表头行（项目名称、责任单位、总投资(万元)、产业类别及各日期列）
 * @param unit 被考评单位：乡镇街道、园区或市直单位，如 临汝镇
 * @param quarter 季度：年份加季度，如 2024Q1、2024-Q1；Q1 或 1–4 为考评年度的季度
 * @param [inputs] 可选，考核录入区域，含表头行（季度、单位、现场办公会、要素保障扣分……）；省略时按 否/0 计分
 * @param [targets] 可选，目标任务区域，含表头行（单位、组别、谋划、签约、开工、投产）；给出时按本工作簿的目标任务计分
 * @param [params] 可选，考评参数区域，含表头行（参数、值）；给出时按本工作簿的考评参数计分（考评年度、分值、档次等）
 * @returns 1行9列的得分明细
 * @requiresParameterAddresses
 */
export function breakdown(
  ledger: unknown[][],
  unit: unknown,
  quarter: unknown,
  inputs?: unknown[][],
  targets?: unknown[][],
  params?: unknown[][],
  invocation?: CustomFunctions.Invocation,
): number[][] {
  return run("BREAKDOWN", [ledger, unit, quarter, inputs, targets, params], undefined, invocation?.parameterAddresses);
}

/**
 * 一个组别某季度或全年的完整排名，溢出为表：表头行，再按名次每个单位一行（名次、单位、谋划、签约、开工、投产、服务保障、加分、减分、总分，全年另有奖励；服务保障组为评议份数、得分），与排名表相同
 * @customfunction RANKING RANKING
 * @param ledger 项目台账区域，含表头行（项目名称、责任单位、总投资(万元)、产业类别及各日期列）
 * @param group 组别：乡镇街道、市直单位、服务保障，或 A/B/C
 * @param period 季度或全年：季度如 2024Q1、Q1 或 1–4（考评年度的季度），全年如 2024（含奖励），截至某季度如 2024Q1-Q3
 * @param [inputs] 可选，考核录入区域，含表头行（季度、单位、现场办公会、要素保障扣分……）；省略时按 否/0 计分
 * @param [targets] 可选，目标任务区域，含表头行（单位、组别、谋划、签约、开工、投产）；给出时按本工作簿的目标任务计分
 * @param [params] 可选，考评参数区域，含表头行（参数、值）；给出时按本工作簿的考评参数计分（考评年度、分值、档次等）
 * @param [evaluations] 可选，企业评议区域，含表头行（季度、被评单位、评议企业、服务态度、工作效率、服务质量）；服务保障组按它计分，省略时该组得分均为零
 * @returns 排名表：表头行与每个单位一行
 * @requiresParameterAddresses
 */
export function ranking(
  ledger: unknown[][],
  group: unknown,
  period: unknown,
  inputs?: unknown[][],
  targets?: unknown[][],
  params?: unknown[][],
  evaluations?: unknown[][],
  invocation?: CustomFunctions.Invocation,
): Array<Array<string | number>> {
  return run("RANKING", [ledger, group, period, inputs, targets, params, evaluations], undefined, invocation?.parameterAddresses);
}

/**
 * 单位的年度目标任务，或截至某季度的累计目标（附件2；季度目标 = 年度 × 季度/4 四舍五入）
 * @customfunction TARGET TARGET
 * @param unit 单位名称：乡镇街道、园区或市直单位，如 临汝镇、发改委
 * @param stage 阶段：谋划、签约、开工 或 投产
 * @param [quarter] 可选，季度：年份加季度，如 2024Q1、2024-Q1；Q1 或 1–4 为考评年度的季度；省略时返回全年目标
 * @param [targets] 可选，目标任务区域，含表头行（单位、组别、谋划、签约、开工、投产）；给出时按本工作簿的目标任务计分
 * @param [params] 可选，考评参数区域，含表头行（参数、值）；给出时按本工作簿的考评参数计分（考评年度、分值、档次等）
 * @returns 目标个数
 */
export function target(unit: unknown, stage: unknown, quarter?: unknown, targets?: unknown[][], params?: unknown[][]): number {
  return run("TARGET", [unit, stage, quarter, targets, params]);
}

/**
 * 得分在同组得分中的名次：从高到低，按两位小数比较，并列同名次、下一名次跳过，空单元格忽略
 * @customfunction RANK RANK
 * @param score 要排名的得分
 * @param scores 同组全部单位的得分区域；空单元格和文字忽略
 * @returns 名次
 */
export function rank(score: unknown, scores: unknown[][]): number {
  return run("RANK", [score, scores]);
}

/**
 * 年度名次对应的奖励（万元，无奖励为0），按内置考评参数的奖励表；并列时各得所占名次奖励的平均值（附件3 五）
 * @customfunction AWARD AWARD
 * @param rank 名次：正整数
 * @param group 组别：乡镇街道、市直单位、服务保障，或 A/B/C
 * @param [tied] 可选，并列该名次的单位数；默认1
 * @returns 奖励（万元）
 */
export function award(rank: unknown, group: unknown, tied?: unknown): number {
  return run("AWARD", [rank, group, tied]);
}
