// One catalogue of every user-visible message, Chinese first, English too.
// Keyed by code; shared by the engine, the custom functions, the task pane
// and the CLI. `{name}` placeholders are filled from the params.
import type { Lang } from "./types";

type Entry = { zh: string; en: string };

export const MESSAGES = {
  // Cells (workbook-format §2)
  "amount.invalid": {
    zh: "金额“{value}”无法识别：请填写不小于0的数字（单位万元），如 12000、1.5亿、5000万、800000元",
    en: "Amount “{value}” is not valid: type a number of 万元 ≥ 0, e.g. 12000, 1.5亿, 5000万, 800000元",
  },
  "amount.negative": {
    zh: "金额“{value}”为负数：请填写不小于0的金额（单位万元）",
    en: "Amount “{value}” is negative: type an amount ≥ 0 (万元)",
  },
  "date.invalid": {
    zh: "日期“{value}”无法识别：请填写如 2023-03-15、2023/3/15、2023.3.15 或 2023年3月15日 的有效日期",
    en: "Date “{value}” is not valid: type a real date such as 2023-03-15, 2023/3/15, 2023.3.15 or 2023年3月15日",
  },
  "bool.invalid": {
    zh: "“{value}”不是是/否：请填写 是 或 否（也可用 Y/N、√/×、1/0）",
    en: "“{value}” is not yes/no: type 是 or 否 (Y/N, √/×, 1/0 also work)",
  },
  "batch.invalid": {
    zh: "省三个一批“{value}”无法识别：请填写 是、否，或列出批次，如“签约、开工、投产”",
    en: "Provincial batch “{value}” is not valid: type 是, 否, or the batches, e.g. 签约、开工、投产",
  },
  "quarter.invalid": {
    zh: "季度“{value}”无法识别：请填写如 2023Q1、2023-Q1、2023年第一季度，或 1–4",
    en: "Quarter “{value}” is not valid: type e.g. 2023Q1, 2023-Q1, 2023年第一季度, or 1–4",
  },
  "quarter.otherYear": {
    zh: "季度“{value}”不属于{year}年：本方案只考评{year}年",
    en: "Quarter “{value}” is not in {year}: this profile assesses {year} only",
  },
  "number.invalid": {
    zh: "“{value}”不是有效数值：{column}应填写{range}",
    en: "“{value}” is not a valid number: {column} takes {range}",
  },
  "category.unknown": {
    zh: "产业类别“{value}”不在列表中：请从 {allowed} 中选择",
    en: "Category “{value}” is not in the list: choose one of {allowed}",
  },
  "fund.unknown": {
    zh: "资金类型“{value}”不在列表中：请填写 {allowed}，或留空",
    en: "Fund type “{value}” is not in the list: type {allowed}, or leave blank",
  },
  "unit.unknown": {
    zh: "单位“{value}”不是考评单位{suggest}",
    en: "Unit “{value}” is not an assessed unit{suggestEn}",
  },
  "unit.wrongGroup": {
    zh: "单位“{value}”不承担项目建设任务（不在乡镇街道或市直单位中），项目台账只接受这两组单位",
    en: "Unit “{value}” has no construction tasks (not in the towns or departments groups); the ledger takes only those units",
  },
  "required.missing": {
    zh: "必填项“{column}”为空：请填写{hint}",
    en: "Required “{column}” is empty: type {hintEn}",
  },
  "row.duplicate": {
    zh: "与第{other}行重复（同一项目名称、同一责任单位）：本行不计分，请删除或改名",
    en: "Duplicate of row {other} (same project name and unit): this row is not counted; delete or rename it",
  },
  "row.sameNameOtherUnit": {
    zh: "项目“{value}”也由第{other}行的“{otherUnit}”填报：两个单位都计分，请确认属地与行业是否都应计入",
    en: "Project “{value}” is also reported by “{otherUnit}” on row {other}: both units score it; confirm both should",
  },
  "project.ineligible": {
    zh: "总投资{amount}万元低于“{category}”的入库标准{floor}万元：本项目不计分（特批纳入 = 是 可计入）",
    en: "Investment {amount} 万元 is below the {floor} 万元 floor for “{category}”: not scored (特批纳入 = 是 overrides)",
  },
  "start.notInDatabase": {
    zh: "已开工未入库，不计开工：请在“入库”填 是 或填写入库日期（以进入统计局固定资产投资库为依据）",
    en: "Started but not in the investment database, so not counted as started: set 入库 = 是 or give 入库日期",
  },
  "date.missingPlan": {
    zh: "{what}，但{column}为空：无法判断是否按期，按“按期”处理；请补填{column}",
    en: "{whatEn}, but {column} is empty: treated as on time; fill in {column}",
  },
  "input.missing": {
    zh: "考核录入缺少“{unit}”{period}的{what}：按 否 / 0 计分",
    en: "考核录入 has no {whatEn} for “{unit}” in {period}: scored as 否 / 0",
  },
  "evaluation.outOfRange": {
    zh: "{column}“{value}”超出范围：应为 0–{max} 的数值，本行不计入",
    en: "{column} “{value}” is out of range: type 0–{max}; this row is left out",
  },
  "evaluation.count": {
    zh: "“{unit}”{period}有{count}份企业评议，方案要求抽取{sample}家：请核对",
    en: "“{unit}” has {count} evaluations in {period}; the plan samples {sample}: please check",
  },
  "evaluation.missing": {
    zh: "“{unit}”{period}没有企业评议：本季度记0分，请补录后再发布",
    en: "“{unit}” has no enterprise evaluation in {period}: scores 0; add them before publishing",
  },
  "evaluation.sheetMissing": {
    zh: "工作簿中没有“企业评议”表：服务保障职能部门全部记0分",
    en: "The workbook has no 企业评议 sheet: every service department scores 0",
  },
  "sheet.missing": {
    zh: "工作簿中没有“{sheet}”表：{consequence}",
    en: "The workbook has no “{sheet}” sheet: {consequenceEn}",
  },
  "header.missing": {
    zh: "“{sheet}”表前10行中找不到表头（需包含“{column}”列）：请在第一行填写列名",
    en: "No header with “{column}” in the first 10 rows of “{sheet}”: put the column names in the first row",
  },
  "header.column": {
    zh: "“{sheet}”表缺少必需的列“{column}”：请在表头行添加该列",
    en: "Sheet “{sheet}” lacks the required column “{column}”: add it to the header row",
  },
  "cell.error": {
    zh: "单元格是错误值 {value}：请改为有效内容",
    en: "The cell holds the error value {value}: replace it with a valid value",
  },
  "input.duplicate": {
    zh: "“{unit}”{period}的考核录入与第{other}行重复：以第{other}行为准",
    en: "Inputs for “{unit}” in {period} repeat row {other}: row {other} is used",
  },
  "target.invalid": {
    zh: "目标“{value}”无效：应为不小于0的整数",
    en: "Target “{value}” is not valid: type a whole number ≥ 0",
  },
  // Function arguments (workbook-format §3)
  "arg.missing": {
    zh: "缺少参数“{arg}”：{hint}",
    en: "Argument “{arg}” is missing: {hintEn}",
  },
  "arg.invalid": {
    zh: "参数“{arg}”的值“{value}”无效：{hint}",
    en: "Argument “{arg}” value “{value}” is not valid: {hintEn}",
  },
  "arg.error": {
    zh: "参数“{arg}”是错误值 {value}：请先修正引用的单元格",
    en: "Argument “{arg}” is the error value {value}: fix the referenced cell first",
  },
  "arg.unitUnknown": {
    zh: "单位“{value}”不是考评单位{suggest}",
    en: "Unit “{value}” is not an assessed unit{suggestEn}",
  },
  "arg.groupUnknown": {
    zh: "组别“{value}”无法识别：请填写 乡镇街道、市直单位、服务保障，或 A/B/C",
    en: "Group “{value}” is not known: type 乡镇街道, 市直单位, 服务保障, or A/B/C",
  },
  "period.invalid": {
    zh: "期间“{value}”无法识别：请填写如 2023Q1（季度）或 2023（全年）",
    en: "Period “{value}” is not valid: type e.g. 2023Q1 (a quarter) or 2023 (the year)",
  },
  "file.unreadable": {
    zh: "无法读取文件“{file}”：{reason}",
    en: "Cannot read “{file}”: {reason}",
  },
} satisfies Record<string, Entry>;

export type MessageCode = keyof typeof MESSAGES;
export type MessageParams = Record<string, string | number | undefined>;

function fill(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = params[k];
    return v === undefined ? "" : String(v);
  });
}

/** The message for `code` in `lang` (Chinese by default). */
export function message(code: MessageCode, params: MessageParams = {}, lang: Lang = "zh"): string {
  const entry: Entry = MESSAGES[code];
  return fill(lang === "en" ? entry.en : entry.zh, params);
}
