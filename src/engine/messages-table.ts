// Messages of table reading (workbook-format §1.1): part of the one catalogue
// in messages.ts, kept apart because every sheet reader shares them.
export const TABLE_MESSAGES = {
  "header.notFound": {
    zh: "未找到以下列，按空白计分：{columns}{consequence}。表头中未识别的单元格：{unmatched}。如有列名写法不同，请改为模板中的列名",
    en: "These columns were not found and score as blank: {columns}{consequenceEn}. Header cells not recognised: {unmatched}. Rename any misspelt header to the template's name",
  },
  "header.ignored": {
    zh: "以下表头不参与计分，已忽略：{unmatched}",
    en: "These header cells are not used for scoring and were ignored: {unmatched}",
  },
  "row.skipped": {
    zh: "{kind}“{value}”：已跳过，不计分",
    en: "{kindEn} “{value}”: skipped, not scored",
  },
  "cell.formulaNoValue": {
    zh: "单元格是公式（={value}）但没有计算结果：请在 Excel 中打开工作簿、按 F9 重新计算并保存后再检查",
    en: "The cell holds a formula (={value}) with no calculated result: open the workbook in Excel, press F9 to recalculate, save, and check again",
  },
  "sheet.available": {
    zh: "（现有工作表：{names}）",
    en: " (the workbook has: {names})",
  },
  "ledger.empty": {
    zh: "项目台账在表头下没有任何项目：各单位都将按无项目计分。请在表头下逐行填写项目，或确认选对了工作簿",
    en: "The ledger has no project under its header: every unit would score as having none. Fill in the projects under the header, or check that this is the right workbook",
  },
  "target.unitUnknown": {
    zh: "单位“{value}”不是考评单位{suggest}；如为新设单位，请在“组别”列填写 乡镇街道 或 市直单位",
    en: "Unit “{value}” is not an assessed unit{suggestEn}; for a new unit, type 乡镇街道 or 市直单位 in the 组别 column",
  },
  "target.groupUnknown": {
    zh: "组别“{value}”无法识别：请填写 乡镇街道 或 市直单位（也可写 A、B）",
    en: "Group “{value}” is not known: type 乡镇街道 or 市直单位 (or A, B)",
  },
  "target.groupMismatch": {
    zh: "“{unit}”在方案中不属于组别“{value}”：按方案的组别排名，目标照常采用",
    en: "“{unit}” is not in group “{value}” in the plan: it is ranked in its own group; the targets apply",
  },
  "target.duplicate": {
    zh: "“{value}”的目标与第{other}行重复：以第{other}行为准，请删除本行",
    en: "Targets for “{value}” repeat row {other}: row {other} is used; delete this row",
  },
  "hint.merged": {
    zh: "；如为合并单元格，请取消合并并逐行填写",
    en: "; if this is a merged cell, unmerge it and fill in every row",
  },
} as const;
