// Messages of the shared .xlsx reader and the package writer (never-lose,
// issue 15): hostile or oversized files, and refusing to overwrite. Part of the
// one catalogue in messages.ts, kept apart so these texts stay together.
export const PACKAGE_MESSAGES = {
  "xlsx.reason.partTooLarge": {
    zh: "文件过大或已损坏：其中“{part}”解压后超过 {limit} MB 的上限（正常台账远小于此）。请确认文件来源；若确是台账，请删去无关的工作表或空白区域后另存再试",
    en: "the file is too large or damaged: its part “{part}” unpacks to more than the {limit} MB limit (a real ledger is far smaller). Check where the file came from; if it is a ledger, delete unrelated sheets or blank areas, save it again and retry",
  },
  "xlsx.reason.bookTooLarge": {
    zh: "文件过大或已损坏：解压后合计超过 {limit} MB 的上限（正常台账远小于此）。请确认文件来源；若确是台账，请删去无关的工作表后另存再试",
    en: "the file is too large or damaged: it unpacks to more than the {limit} MB limit in all (a real ledger is far smaller). Check where the file came from; if it is a ledger, delete unrelated sheets, save it again and retry",
  },
  "xlsx.reason.badXmlRow": {
    zh: "工作表“{sheet}”第 {row} 行（或其后）的内容不是有效的 XML，文件可能已损坏或被改动过，为免算错不予读取：请在 Excel 中打开该文件，检查这一行后另存为 .xlsx 再试（加 --verbose 可显示技术细节）",
    en: "the content of sheet “{sheet}” at row {row} (or just after) is not valid XML: the file is damaged or was altered, and is not read so that nothing is miscounted. Open it in Excel, check that row, save it as .xlsx again and retry (--verbose shows the technical detail)",
  },
  "xlsx.reason.badXml": {
    zh: "文件中的“{part}”不是有效的 XML（如含有 DOCTYPE 声明或未闭合的内容，Excel 从不这样保存），文件可能已损坏或被改动过：请在 Excel 中打开并另存为 .xlsx 后再试（加 --verbose 可显示技术细节）",
    en: "the part “{part}” of the file is not valid XML (a DOCTYPE or unclosed content, which Excel never saves): the file is damaged or was altered. Open it in Excel, save it as .xlsx again and retry (--verbose shows the technical detail)",
  },
  "cli.outExistsForce": {
    zh: "文件“{file}”已存在，未作改动：要替换它请加 --force，或用 --out 换一个文件名",
    en: "“{file}” already exists and was left as it is: add --force to replace it, or name another file with --out",
  },
  "cli.outIsInput": {
    zh: "输出文件“{file}”就是输入文件：为免改动原文件，请用 --out 换一个文件名（--force 也不会覆盖输入文件）",
    en: "the output file “{file}” is an input file: to keep the original unchanged, name another file with --out (--force never overwrites an input)",
  },
} as const;
