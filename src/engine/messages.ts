// One catalogue of every user-visible message, Chinese first, English too.
// Keyed by code; shared by the engine, the custom functions, the task pane
// and the CLI. `{name}` placeholders are filled from the params.
import { ARG_MESSAGES } from "./messages-args";
import { CLI_MESSAGES } from "./messages-cli";
import { EXPLAIN_MESSAGES } from "./messages-explain";
import { MERGE_MESSAGES } from "./messages-merge";
import { INSPECT_MESSAGES } from "./messages-inspect";
import { PROFILE_MESSAGES } from "./messages-profile";
import { TABLE_MESSAGES } from "./messages-table";
import { PACKAGE_MESSAGES } from "./messages-package";
import type { Lang } from "./types";

/** A text in both languages; `{name}` placeholders are filled from the params. */
export type MessageText = { zh: string; en: string };
type Entry = MessageText;

export const MESSAGES = {
  ...TABLE_MESSAGES,
  ...CLI_MESSAGES,
  ...PROFILE_MESSAGES,
  ...EXPLAIN_MESSAGES,
  ...ARG_MESSAGES,
  ...PACKAGE_MESSAGES,
  ...MERGE_MESSAGES,
  ...INSPECT_MESSAGES,
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
    zh: "季度“{value}”无法识别：请填写如 {year}Q1、{year}-Q1、{year}年第一季度，或 1–4",
    en: "Quarter “{value}” is not valid: type e.g. {year}Q1, {year}-Q1, {year}年第一季度, or 1–4",
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
    en: "Unit “{value}” is not an assessed unit{suggest}",
  },
  "unit.wrongGroup": {
    zh: "单位“{value}”不承担项目建设任务（不在乡镇街道或市直单位中），项目台账只接受这两组单位",
    en: "Unit “{value}” has no construction tasks (not in the towns or departments groups); the ledger takes only those units",
  },
  "required.missing": {
    zh: "必填项“{column}”为空：请填写{hint}{mergeHint}",
    en: "Required “{column}” is empty: type {hint}{mergeHint}",
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
    en: "{what}, but {column} is empty: treated as on time; fill in {column}",
  },
  "input.missing": {
    zh: "考核录入缺少“{unit}”{period}的{what}：按 否 / 0 计分",
    en: "考核录入 has no {what} for “{unit}” in {period}: scored as 否 / 0",
  },
  "evaluation.outOfRange": {
    zh: "{column}“{value}”超出范围：应为 0–{max} 的数值，本行不计入",
    en: "{column} “{value}” is out of range: type 0–{max}; this row is left out",
  },
  "evaluation.count": {
    zh: "“{unit}”{period}有{count}份企业评议，方案要求抽取{sample}家：请核对",
    en: "“{unit}” has {count} {count|evaluation|evaluations} in {period}; the plan samples {sample}: please check",
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
    zh: "工作簿中没有“{sheet}”表{available}：{consequence}",
    en: "The workbook has no “{sheet}” sheet{available}: {consequence}",
  },
  "header.missing": {
    zh: "“{sheet}”表前50行中找不到表头（需包含“{column}”列）：请在数据上方的一行填写列名，如模板所示",
    en: "No header with “{column}” in the first 50 rows of “{sheet}”: put the column names in the row above the data, as in the template",
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
    en: "Argument “{arg}” is missing: {hint}",
  },
  "arg.invalid": {
    zh: "参数“{arg}”的值“{value}”无效：{hint}",
    en: "Argument “{arg}” value “{value}” is not valid: {hint}",
  },
  "arg.error": {
    zh: "参数“{arg}”是错误值 {value}：请先修正引用的单元格",
    en: "Argument “{arg}” is the error value {value}: fix the referenced cell first",
  },
  "arg.unitUnknown": {
    zh: "单位“{value}”不是考评单位{suggest}",
    en: "Unit “{value}” is not an assessed unit{suggest}",
  },
  "arg.unitNoTasks": {
    zh: "单位“{value}”只参加企业评议，没有项目建设目标和季度得分：请用 SANPI.SERVICE 计算其评议得分",
    en: "Unit “{value}” is only evaluated by enterprises and has no project targets or quarterly score: use SANPI.SERVICE",
  },
  "arg.groupUnknown": {
    zh: "组别“{value}”无法识别：请填写 乡镇街道、市直单位、服务保障，或 A/B/C",
    en: "Group “{value}” is not known: type 乡镇街道, 市直单位, 服务保障, or A/B/C",
  },
  "period.invalid": {
    zh: "期间“{value}”无法识别：请填写如 {year}Q1（季度）或 {year}（全年）",
    en: "Period “{value}” is not valid: type e.g. {year}Q1 (a quarter) or {year} (the year)",
  },
  "file.unreadable": {
    zh: "无法读取文件“{file}”：{reason}",
    en: "Cannot read “{file}”: {reason}",
  },
  // Command line (workbook-format §4): usage, argument errors, file reasons, progress.
  "cli.usage": {
    zh: [
      "用法：sanpi <命令> [选项]",
      "",
      "命令：",
      "  check <台账.xlsx> [--quarter {year}Q1] [--all] [--json]   检查工作簿，列出问题（有错误时退出码为1）",
      "  score <台账.xlsx> --quarter {year}Q1|--year {year} [--json]   计分并排名三个组别",
      "  rank <台账.xlsx> --quarter …|--year … [--out 新文件.xlsx]   把排名表写入工作簿副本（不修改原文件）",
      "  template [--out 三个一批台账模板.xlsx] [--year 2026]   生成空白录入模板（默认为今年）",
      "  profile [台账.xlsx] [--json]                      列出生效的考评参数：取值、来源、依据条款",
      "  merge <文件|文件夹>... --out 汇总台账.xlsx [--into 总台账.xlsx] [--json] [--force]",
      "                                                   汇总各单位报送的台账（文件夹取其中的 .xlsx）；--into 与总台账对账",
      "",
      "选项：",
      "  --quarter {year}Q1   季度，任一考评年度（也可写 {year}-Q1、{year}年第一季度、{year}年1季度；Q1、1 为考评年度的季度）",
      "  --year {year}        全年（{year}Q1-Q3 为截至第三季度）",
      "  --profile 方案.json  考评方案配置文件（check、score、rank、template、profile、merge）",
      "  --json             只输出一个 JSON 文档（check、score、profile、merge）",
      "  --out 文件         输出文件（rank、template、merge）",
      "  --into 总台账.xlsx  merge：把报送的变化更新到总台账的副本（写入 --out，原文件不变）",
      "  --force            输出文件已存在时替换它（rank、template、merge；从不覆盖输入文件）",
      "  --lang en          英文输出（默认中文）",
      "  --all              列出每一个问题（check；默认同类问题只列前3行）",
      "  --verbose          问题表另列代码列；出错时另列技术细节（系统错误代码等）",
      "  --help             显示本说明",
      "",
      "退出码：0 无错误；1 工作簿有错误（仍会计分；merge：有文件无法读取或有出错的行）；2 参数不可用或文件无法读取。",
    ].join("\n"),
    en: [
      "Usage: sanpi <command> [options]",
      "",
      "Commands:",
      "  check <ledger.xlsx> [--quarter {year}Q1] [--all] [--json]   validate; list the issues (exit 1 on errors)",
      "  score <ledger.xlsx> --quarter {year}Q1|--year {year} [--json]   score and rank the three groups",
      "  rank <ledger.xlsx> --quarter …|--year … [--out new.xlsx]    write the ranking sheets into a copy",
      "  template [--out 三个一批台账模板.xlsx] [--year 2026]   write an empty input workbook (this year by default)",
      "  profile [ledger.xlsx] [--json]                       print the effective method: values, sources, clauses",
      "  merge <file|folder>... --out merged.xlsx [--into master.xlsx] [--json] [--force]",
      "                                                       merge the units' returns (a folder: its .xlsx files); --into reconciles with the master",
      "",
      "Options:",
      "  --quarter {year}Q1   a quarter of any assessment year ({year}-Q1; Q1 or 1 = of the assessment year)",
      "  --year {year}        the year ({year}Q1-Q3: the year through Q3)",
      "  --profile FILE.json  a profile file (check, score, rank, template, profile, merge)",
      "  --json             print exactly one JSON document (check, score, profile, merge)",
      "  --out FILE         output file (rank, template, merge)",
      "  --into master.xlsx merge: apply the returns to a copy of the master (written to --out; the master is unchanged)",
      "  --force            replace the output file if it exists (rank, template, merge; never an input file)",
      "  --lang en          English output (Chinese by default)",
      "  --all              list every issue (check; by default the first 3 rows of each kind)",
      "  --verbose          add the code column to issue tables, and the technical detail (system error codes) under an error",
      "  --help             show this help",
      "",
      "Exit codes: 0 no errors; 1 errors in the workbook (still scored; merge: a file unreadable or a row in error); 2 unusable arguments or unreadable file.",
    ].join("\n"),
  },
  "cli.unknownCommand": {
    zh: "未知命令“{value}”：{suggest}可用命令为 check、score、rank、template、profile（sanpi --help 查看说明）",
    en: "Unknown command “{value}”: {suggest}use check, score, rank, template or profile (sanpi --help)",
  },
  "cli.unknownOption": {
    zh: "未知选项“{value}”：{suggest}sanpi --help 查看可用选项",
    en: "Unknown option “{value}”: {suggest}see sanpi --help",
  },
  "cli.optionValue": {
    zh: "选项 {option} 需要一个值，如 {example}",
    en: "Option {option} needs a value, e.g. {example}",
  },
  "cli.optionNotHere": {
    zh: "命令 {command} 不接受选项 {option}",
    en: "Command {command} does not take {option}",
  },
  "cli.extraArgument": {
    zh: "多余的参数“{value}”：每次只处理一个工作簿",
    en: "Unexpected argument “{value}”: give one workbook",
  },
  "cli.fileMissing": {
    zh: "请指定工作簿文件，如 sanpi {command} 台账.xlsx",
    en: "Give the workbook file, e.g. sanpi {command} ledger.xlsx",
  },
  "cli.periodRequired": {
    zh: "请用 --quarter（如 {year}Q1）或 --year（如 {year}）指定考评期间",
    en: "Give the period with --quarter (e.g. {year}Q1) or --year (e.g. {year})",
  },
  "cli.periodBoth": {
    zh: "--quarter 与 --year 只能选一个",
    en: "Use either --quarter or --year, not both",
  },
  "cli.periodKind": {
    zh: "{option} 的值“{value}”不是{kind}：季度用 --quarter {year}Q1，全年用 --year {year}",
    en: "“{value}” given to {option} is not {kind}: use --quarter {year}Q1 for a quarter, --year {year} for the year",
  },
  "cli.langInvalid": {
    zh: "--lang 只接受 zh 或 en，收到“{value}”",
    en: "--lang takes zh or en, not “{value}”",
  },
  "cli.outExists": {
    zh: "文件“{file}”已存在：为免覆盖已填写的数据，请用 --out 指定文件名（指定已存在的文件将覆盖它）",
    en: "“{file}” already exists: to avoid overwriting filled-in data, name the file with --out (naming an existing file overwrites it)",
  },
  "cli.outNotXlsx": {
    zh: "输出文件“{file}”须以 .xlsx 结尾",
    en: "The output file “{file}” must end in .xlsx",
  },
  "cli.writeFailed": {
    zh: "无法写入文件“{file}”：{reason}",
    en: "Cannot write “{file}”: {reason}",
  },
  "cli.internal": {
    zh: "内部错误：{reason}（请把命令和工作簿发给维护人员；设置 SANPI_DEBUG=1 可显示详情）",
    en: "Internal error: {reason} (send the command and workbook to the maintainers; SANPI_DEBUG=1 shows details)",
  },
  "cli.reason.notFound": {
    zh: "文件不存在：请检查文件名，路径从运行命令时所在的文件夹算起",
    en: "no such file: check the name; the path starts from the folder you ran the command in",
  },
  "cli.reason.directory": { zh: "这是一个文件夹，不是文件", en: "it is a folder, not a file" },
  "cli.reason.permission": {
    zh: "没有读取权限：请检查文件的权限，或关闭正在使用它的程序后再试",
    en: "no permission to read it: check the file's permissions, or close the program using it and try again",
  },
  "cli.reason.empty": { zh: "文件是空的", en: "the file is empty" },
  "cli.reason.xls": {
    zh: "这是旧版 .xls 文件：请在 Excel 中点 文件 → 另存为，保存类型选“Excel 工作簿(*.xlsx)”后再试",
    en: "this is an old .xls file: in Excel choose File → Save As, type “Excel Workbook (*.xlsx)”, and try again",
  },
  "cli.reason.notXlsx": {
    zh: "不是 .xlsx 工作簿：请提供 Excel 2007 及以上版本保存的 .xlsx 文件",
    en: "not an .xlsx workbook: give a file saved as .xlsx by Excel 2007 or later",
  },
  "cli.reason.corrupt": {
    zh: "文件已损坏，不是有效的 .xlsx 工作簿：请在 Excel 中打开并另存为 .xlsx 后再试（加 --verbose 可显示技术细节）",
    en: "the file is damaged, not a valid .xlsx workbook: open it in Excel and save it as .xlsx again (--verbose shows the technical detail)",
  },
  "cli.col.severity": { zh: "级别", en: "Level" },
  "cli.col.sheet": { zh: "工作表", en: "Sheet" },
  "cli.col.cell": { zh: "位置", en: "Where" },
  "cli.col.code": { zh: "代码", en: "Code" },
  "cli.col.message": { zh: "说明", en: "Message" },
  "cli.severity.error": { zh: "错误", en: "error" },
  "cli.severity.warning": { zh: "警告", en: "warning" },
  "cli.severity.info": { zh: "提示", en: "info" },
  "cli.infoHeading": {
    zh: "以下各行被当作标题、合计或表尾说明而跳过，以及未用于计分的列；如有项目被误跳过，请按模板补全该行：",
    en: "Rows skipped as titles, totals or notes, and columns not used for scoring; if a project was skipped by mistake, fill its row in as the template does:",
  },
  "cli.summary": {
    zh: "共读取台账 {rows} 行，有效项目 {projects} 个；错误 {errors} 个，警告 {warnings} 个，跳过 {skipped} 行",
    en: "{rows} ledger {rows|row|rows} read, {projects} valid {projects|project|projects}; {errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}, {skipped} {skipped|row|rows} skipped",
  },
  "cli.ok": { zh: "检查通过：没有错误", en: "Check passed: no errors" },
  "cli.hasErrors": {
    zh: "有 {errors} 个错误：出错的行不计分，请按说明修改后重新检查",
    en: "{errors} {errors|error|errors}: those rows are not scored; fix them and check again",
  },
  "cli.written": { zh: "排名表已写入：{file}", en: "Ranking written to {file}" },
  "cli.templateWritten": { zh: "模板已写入：{file}", en: "Template written to {file}" },
  "cli.progress.read": { zh: "正在读取 {file} …", en: "Reading {file} …" },
  "cli.progress.score": { zh: "正在计分（{rows} 行）…", en: "Scoring ({rows} rows) …" },
  "cli.progress.write": { zh: "正在写入 {file} …", en: "Writing {file} …" },
  "cli.progress.done": { zh: "完成，用时 {seconds} 秒", en: "Done in {seconds} s" },
  "cli.seeCheck": {
    zh: "出错的行没有计分：运行 {command} 查看每个问题及改法",
    en: "Rows with errors were not scored: run {command} to see each problem and its fix",
  },
  "cli.row": { zh: "第{row}行", en: "row {row}" },
  // Written into generated workbooks by every host's sheet writer (validation pop-ups).
  "sheet.validation.list": {
    zh: "请从下拉列表中选择；确需填写其他内容时，“检查”会说明能否识别",
    en: "Pick a value from the list; if you type something else, the check says whether it is understood",
  },
  "sheet.validation.between": { zh: "请填写 {min}–{max} 的{kind}", en: "Type a {kind} from {min} to {max}" },
  "sheet.validation.atLeast": { zh: "请填写不小于 {min} 的{kind}", en: "Type a {kind} of at least {min}" },
  "sheet.validation.atMost": { zh: "请填写不大于 {max} 的{kind}", en: "Type a {kind} of at most {max}" },
  // The footer of every generated sheet, in Excel's codes: &P the page, &N the pages.
  "sheet.footer": { zh: "第 &P 页 共 &N 页", en: "Page &P of &N" },
} satisfies Record<string, Entry>;

export type MessageCode = keyof typeof MESSAGES;
/**
 * A catalogue phrase inside another message's params (a hint, a range, a list
 * of sheets): formatted only when that message is, in that message's language.
 */
export interface Phrase {
  /** A catalogue code, or a text kept beside its rule (score/items). */
  readonly phrase: MessageCode | MessageText;
  readonly params?: MessageParams;
}
/** A param is plain, a phrase, or text computed in the enclosing message's language (tiers, amounts). */
export type MessageParams = { [name: string]: string | number | undefined | Phrase | ((lang: Lang) => string) };

/** A phrase for a message's params, formatted when (and in the language) the message is. */
export const phraseOf = (phrase: MessageCode | MessageText, params?: MessageParams): Phrase => ({ phrase, params });

/** A param that is one text in Chinese and another in English (a name, a label: not a template). */
export const eitherLang =
  (zh: string, en: string) =>
  (lang: Lang): string =>
    lang === "en" ? en : zh;

/** Names listed as each language writes a list, for a message's params: a、b in Chinese, a, b in English. */
export const listed =
  (names: readonly string[]) =>
  (lang: Lang): string =>
    names.join(lang === "en" ? ", " : "、");

/** The same, each name quoted: “a”、“b” or “a”, “b”. */
export const quotedList = (names: readonly string[]): ((lang: Lang) => string) => listed(names.map((n) => `“${n}”`));

/** `{n|row|rows}`: the word for one, or for any other count (English plurals, issue 20 item 16); counts may carry thousands commas. */
const PLURAL = /\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g;

function fill(template: string, params: MessageParams, lang: Lang): string {
  return template
    .replace(PLURAL, (_, k: string, one: string, other: string) => (Number(String(params[k]).replace(/,/g, "")) === 1 ? one : other))
    .replace(/\{(\w+)\}/g, (_, k: string) => {
      const v = params[k];
      if (v === undefined) return "";
      if (typeof v === "function") return v(lang);
      if (typeof v === "object") return typeof v.phrase === "string" ? message(v.phrase, v.params, lang) : formatText(v.phrase, v.params, lang);
      return String(v);
    });
}

/** A text in `lang` with its params filled (the texts of score items live beside their rules). */
export function formatText(text: MessageText, params: MessageParams = {}, lang: Lang = "zh"): string {
  return fill(lang === "en" ? text.en : text.zh, params, lang);
}

/** The message for `code` in `lang` (Chinese by default). */
export function message(code: MessageCode, params: MessageParams = {}, lang: Lang = "zh"): string {
  const entry: Entry = MESSAGES[code];
  return fill(lang === "en" ? entry.en : entry.zh, params, lang);
}
