// Messages of the monthly inspection (cycle.md §3, `sanpi inspect`): part of
// the one catalogue in messages.ts, kept apart so the inspection's texts stay together.
export const INSPECT_MESSAGES = {
  "inspect.month.invalid": {
    zh: "月份“{value}”无法识别：请填写如 {year}-11、{year}年11月、{year}年11月份 或 11月",
    en: "Month “{value}” is not valid: type e.g. {year}-11, {year}年11月 or 11月",
  },
  "inspect.month.outOfRange": {
    zh: "月份“{value}”不存在：月份应为 1–12，如 {year}-11 或 11月",
    en: "Month “{value}” does not exist: a month is 1–12, e.g. {year}-11 or 11月",
  },
  "inspect.month.otherYear": {
    zh: "月份“{value}”不在{year}年：本工作簿（{source}）考评{year}年，请选择{year}年的月份，如 {year}-11",
    en: "Month “{value}” is not in {year}: this workbook ({source}) assesses {year}; choose a month of {year}, e.g. {year}-11",
  },
  "inspect.month.yearRange": {
    zh: "月份“{value}”的年份不在 {min}–{max} 之间：本方案可考评 {min}–{max} 年",
    en: "Month “{value}” is outside {min}–{max}: the method assesses the years {min} to {max}",
  },
  "inspect.month.required": {
    zh: "请用 --month 指定督查的月份，如 --month {year}-11、--month {year}年11月 或 --month 11月",
    en: "Give the month to inspect with --month, e.g. --month {year}-11 or --month 11月",
  },
  "inspect.noPlannedDates": {
    zh: "项目台账中没有填写计划开工日期或计划投产日期：无法判断逾期，本月没有逾期项目；请填写计划日期后再督查",
    en: "The ledger has no planned start or commissioning dates: nothing can be overdue this month; fill in the planned dates and inspect again",
  },
  "inspect.note.startedNotInDb": { zh: "已开工未入库", en: "started, not in the database" },
  "inspect.cli.heading": {
    zh: "{label}“三个一批”重大项目督查（截至{asOf}）",
    en: "三个一批 monthly inspection {label} (as of {asOf})",
  },
  "inspect.cli.quarterEnd": {
    zh: "本月为第{quarter}季度末：排名即{year}年第{quarter}季度考评结果（与 sanpi score --quarter {year}Q{quarter} 相同）",
    en: "This month ends Q{quarter}: the ranking is the {year} Q{quarter} assessment (the same as sanpi score --quarter {year}Q{quarter})",
  },
  "inspect.cli.asOfMonth": {
    zh: "排名按第{quarter}季度截至{asOf}计分，目标任务按全年×{month}/12（四舍五入）",
    en: "Ranked on Q{quarter} as of {asOf}, targets at annual × {month}/12 (rounded half up)",
  },
  "inspect.cli.overdueHeading": {
    zh: "逾期项目 {count} 个（红色 {red} 个：逾期超过 {redDays} 天；省三个一批 {provincial} 个）",
    en: "{count} overdue ({red} red: more than {redDays} days late; {provincial} provincial)",
  },
  "inspect.cli.noOverdue": { zh: "截至{asOf}没有逾期项目", en: "Nothing overdue as of {asOf}" },
  "inspect.cli.notifyHeading": { zh: "拟通报单位 {count} 个", en: "{count} units to notify" },
  "inspect.cli.notifyNone": { zh: "没有需要通报的单位（无逾期超过 {redDays} 天的省三个一批项目，无逾期问题）", en: "No unit to notify" },
  "inspect.cli.news": {
    zh: "本月新开工 {started} 个、新投产 {commissioned} 个、新签约 {signed} 个，新增逾期 {newlyOverdue} 个",
    en: "This month: {started} started, {commissioned} commissioned, {signed} signed, {newlyOverdue} newly overdue",
  },
  "inspect.cli.noticeWritten": { zh: "已写出通报稿：{file}", en: "Notice draft written: {file}" },
  "inspect.cli.noticeNotDocx": { zh: "--notice 的文件名应以 .docx 结尾，如 通报.docx：{file}", en: "--notice takes a .docx file name, e.g. notice.docx: {file}" },
  "inspect.cli.sameOutputs": { zh: "--out 与 --notice 指向同一个文件“{file}”：请分别命名", en: "--out and --notice name the same file “{file}”: name them apart" },
} as const;
