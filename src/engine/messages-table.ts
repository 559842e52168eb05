// Messages of table reading (workbook-format §1.1): part of the one catalogue
// in messages.ts, kept apart because every sheet reader shares them.
export const TABLE_MESSAGES = {
  "header.notFound": {
    zh: "未找到以下列，按空白计分：{columns}{consequence}。{unmatched}如有列名写法不同，请改为模板中的列名",
    en: "These columns were not found and score as blank: {columns}{consequence}. {unmatched}Rename any misspelt header to the template's name",
  },
  // Part of header.notFound, only when some header cell was not recognised (issue 20 item 12).
  "header.unmatched": { zh: "表头中未识别的单元格：{cells}。", en: "Header cells not recognised: {cells}. " },
  "header.ignored": {
    zh: "以下表头不参与计分，已忽略：{unmatched}",
    en: "These header cells are not used for scoring and were ignored: {unmatched}",
  },
  "row.skipped": {
    zh: "{kind}“{value}”：已跳过，不计分",
    en: "{kind} “{value}”: skipped, not scored",
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
    en: "Unit “{value}” is not an assessed unit{suggest}; for a new unit, type 乡镇街道 or 市直单位 in the 组别 column",
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
  // The template's 填写说明 sheet: what the readers accept (workbook-format §1, §1.1, §2).
  "guide.title": { zh: "“三个一批”台账填写说明", en: "How to fill in the 三个一批 workbook" },
  "guide.col.topic": { zh: "事项", en: "Topic" },
  "guide.col.text": { zh: "说明", en: "What to do" },
  "guide.sheets.topic": { zh: "工作表", en: "Sheets" },
  "guide.sheets": {
    zh: "按名称读取：项目台账（也可写作“项目台帐”）、考核录入、企业评议、目标任务；其他工作表不读取，可随意保留。",
    en: "Read by name: 项目台账 (项目台帐 also works), 考核录入, 企业评议, 目标任务; any other sheet is left alone.",
  },
  "guide.ledger.topic": { zh: "项目台账", en: "Project ledger" },
  "guide.ledger": {
    zh: "每个项目一行。必填：项目名称、责任单位、总投资（万元）、产业类别。金额可写 12000、1.5亿、5000万；日期可写 2023-03-15、2023/3/15、2023.3.15、2023年3月15日；是/否可写 是、否、Y、N、√、×。",
    en: "One project a row. Required: 项目名称, 责任单位, 总投资 (万元), 产业类别. Amounts: 12000, 1.5亿, 5000万; dates: 2023-03-15, 2023/3/15, 2023.3.15, 2023年3月15日; yes/no: 是, 否, Y, N, √, ×.",
  },
  "guide.layout.topic": { zh: "本单位的打印格式", en: "Your own print layout" },
  "guide.layout": {
    zh: "可以沿用：表头上方的标题行、填报单位行；两行表头（如“开工情况”合并在“计划开工日期”“实际开工日期”上方，“资金”合并在“类型”“金额（万元）”“下达日期”上方）；序号列和其他说明列；分组标题行（如“一、签约项目”“（一）经开区管委会”）；小计、合计、总计行；第二张表及其重复的表头；表尾的填报说明、填报人、审核人、联系电话。这些行不计分，检查结果把它们列在“跳过的行”中，请核对有没有项目被误跳过。",
    en: "Kept as they are: title and 填报单位 lines above the header; a two-row header (开工情况 merged over 计划开工日期 and 实际开工日期, 资金 over 类型, 金额（万元）, 下达日期); 序号 and other columns; section rows (一、签约项目, （一）经开区管委会); 小计, 合计, 总计 rows; a second table with its own header; the notes and signatures under the table. Those rows are not scored; the check lists them as skipped rows: make sure no project is among them.",
  },
  "guide.merged.topic": { zh: "合并单元格", en: "Merged cells" },
  "guide.merged": {
    zh: "责任单位、产业类别等可以向下合并：合并区域内的每个项目都按合并单元格的内容计分。只填了项目名称、缺少其他必填项的行会报错，不会被跳过。",
    en: "责任单位, 产业类别 and the like may be merged down: every project in the merged area takes its value. A row with a project name but other required cells empty is an error, never skipped.",
  },
  "guide.formulas.topic": { zh: "公式", en: "Formulas" },
  "guide.formulas": {
    zh: "单元格可以是公式（如 =SUM(G5:H5)），按 Excel 保存的计算结果读取；从未计算过的公式会报错，请在 Excel 中按 F9 后保存。",
    en: "A cell may hold a formula (=SUM(G5:H5)); its result as Excel saved it is read. A formula never calculated is an error: press F9 in Excel and save.",
  },
  "guide.headers.topic": { zh: "列名", en: "Column names" },
  "guide.headers": {
    zh: "列的顺序不限，列名中的空格、换行和“（万元）”等单位可有可无。写法不同的列名（如“计划开工时间”）不会被识别，检查会提示“未找到以下列”，请改为本模板的列名。",
    en: "Columns may come in any order; spaces, line breaks and unit suffixes such as （万元） in headers do not matter. A header spelt differently (计划开工时间) is not recognised: the check says which columns were not found; rename it to the template's name.",
  },
  "guide.targets.topic": { zh: "目标任务", en: "Targets" },
  "guide.targets": {
    zh: "可直接粘贴实施方案附件2（两张表、两行表头、序号、合计行都可以）；空白的目标沿用方案中的数字。新设单位请在“组别”列填写 乡镇街道 或 市直单位。",
    en: "附件2 may be pasted as the plan prints it (both tables, two-row headers, 序号, 合计 rows); a blank target keeps the plan's figure. For a new unit, type 乡镇街道 or 市直单位 under 组别.",
  },
  "guide.summary.topic": { zh: "汇总表公式", en: "Summary sheet formulas" },
  "guide.summary": {
    zh: '汇总表每个组别只需一个公式：在 A1 输入 =SANPI.RANKING(项目台账!A1:U800,"乡镇街道","{year}Q1",考核录入!A1:J80,目标任务!A1:F80,考评参数!A1:C80)，整张排名（名次、单位、各项得分、总分）自动溢出；市直单位组在另一处写同样的公式、组别改为“市直单位”。取某单位的总分：=XLOOKUP("临汝镇",INDEX(A1#,0,2),INDEX(A1#,0,10))，或 =INDEX(A1#,MATCH("临汝镇",INDEX(A1#,0,2),0),10)。比每个单位、每个季度各写一个 SANPI.SCORE 快得多；单个格子仍可用 SANPI.SCORE、SANPI.BREAKDOWN。',
    en: 'One formula per group: in A1 type =SANPI.RANKING(项目台账!A1:U800,"乡镇街道","{year}Q1",考核录入!A1:J80,目标任务!A1:F80,考评参数!A1:C80) and the whole ranking (rank, unit, items, total) spills; the same formula elsewhere with "市直单位" for the departments. A unit\'s total: =XLOOKUP("临汝镇",INDEX(A1#,0,2),INDEX(A1#,0,10)) or =INDEX(A1#,MATCH("临汝镇",INDEX(A1#,0,2),0),10). Much faster than a SANPI.SCORE per unit and quarter; SANPI.SCORE and SANPI.BREAKDOWN remain for single cells.',
  },
  "hint.merged": {
    zh: "；如为合并单元格，请取消合并并逐行填写",
    en: "; if this is a merged cell, unmerge it and fill in every row",
  },
} as const;
