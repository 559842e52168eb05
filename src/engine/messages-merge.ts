// Messages of `merge` (cycle.md §1–2): the 汇总说明 sheet, the issues of the
// returns and the master, the CLI's lines. Part of the one catalogue in messages.ts.
export const MERGE_MESSAGES = {
  "merge.file.unreadable": {
    zh: "“{file}”无法读取，未汇总：请向报送单位要一份用 Excel 保存的 .xlsx 文件",
    en: "“{file}” could not be read and was not merged: ask the unit for a copy saved by Excel as .xlsx",
  },
  "merge.file.noLedger": {
    zh: "“{file}”中没有找到项目台账（工作表：{sheets}），未汇总：请报送单位把台账放在名为“项目台账”的工作表中，表头含 项目名称、责任单位、总投资(万元)、产业类别",
    en: "“{file}” has no project ledger (sheets: {sheets}) and was not merged: ask the unit to put it on a sheet named 项目台账 with the headers 项目名称, 责任单位, 总投资(万元), 产业类别",
  },
  "merge.file.empty": {
    zh: "“{file}”的工作表“{sheet}”中没有项目行：请确认该单位本次是否确无项目",
    en: "Sheet “{sheet}” of “{file}” has no project rows: check with the unit that it really has none",
  },
  "merge.row.otherUnit": {
    zh: "“{file}”第 {rows} 行的责任单位是“{unit}”，不是本单位“{own}”：已按“{unit}”汇总，请与两个单位核实",
    en: "Rows {rows} of “{file}” name “{unit}”, not the return's own unit “{own}”: merged under “{unit}”; check with both units",
  },
  "merge.row.duplicate": {
    zh: "“{name}”与“{file}”第{row}行是同一项目（同一项目名称、同一责任单位）：两行都保留在汇总表中，计分只计前一行；请核实后删去一行",
    en: "“{name}” is the same project as row {row} of “{file}” (same name, same unit): both rows are kept, only the first is scored; check and delete one",
  },
  "merge.unit.twice": {
    zh: "“{unit}”报送了 {count} 份：{files}；都已汇总（相同的项目列为重复项目），请确认以哪一份为准",
    en: "“{unit}” sent {count} returns: {files}; all were merged (projects in both are listed as duplicates); ask which one stands",
  },
  "merge.master.noLedger": {
    zh: "总台账“{file}”中没有找到项目台账（工作表：{sheets}）：请确认 --into 指定的是总台账",
    en: "The master “{file}” has no project ledger (sheets: {sheets}): check that --into names the master",
  },
  "merge.master.noColumn": {
    zh: "总台账的“{sheet}”没有“{column}”列：报送的 {count} 个值未写入，请在总台账中补上该列后重新对账",
    en: "The master's “{sheet}” has no column “{column}”: {count} values sent were not written; add the column to the master and reconcile again",
  },
  // The command line.
  "cli.merge.outRequired": {
    zh: "请用 --out 指定汇总结果的文件名，如 sanpi merge 报送/ --out 汇总台账.xlsx（只看结果可用 --json）",
    en: "Name the merged workbook with --out, e.g. sanpi merge returns/ --out merged.xlsx (or --json to only see the result)",
  },
  "cli.merge.emptyFolder": {
    zh: "文件夹“{folder}”中没有 .xlsx 文件：请把各单位报送的 .xlsx 文件放进去，或直接列出文件",
    en: "The folder “{folder}” holds no .xlsx file: put the units' returns there, or name the files",
  },
  "cli.merge.written": { zh: "汇总台账已写入：{file}", en: "Merged ledger written to {file}" },
  "cli.merge.writtenInto": { zh: "更新后的总台账已写入：{file}", en: "Updated master written to {file}" },
  "cli.progress.merge": { zh: "正在汇总 {files} 个文件 …", en: "Merging {files} files …" },
  // The 汇总说明 sheet.
  "merge.sheet.title": {
    zh: "汇总说明：{files} 个文件，{rows} 行项目；未报送单位 {missing} 个；重复项目 {duplicates} 个（其中数值冲突 {conflicts} 个）",
    en: "Merge summary: {files} files, {rows} project rows; {missing} units missing; {duplicates} duplicate projects ({conflicts} in conflict)",
  },
  "merge.sheet.titleInto": {
    zh: "对账说明：{files} 个文件，{rows} 行项目；更新 {changes} 处，新增 {added} 个，本次未报送的项目 {notReturned} 个；未报送单位 {missing} 个",
    en: "Reconciliation: {files} files, {rows} project rows; {changes} cells updated, {added} projects added, {notReturned} projects not sent; {missing} units missing",
  },
  "merge.col.kind": { zh: "类别", en: "Kind" },
  "merge.col.unit": { zh: "单位", en: "Unit" },
  "merge.col.name": { zh: "项目名称", en: "Project" },
  "merge.col.file": { zh: "文件", en: "File" },
  "merge.col.row": { zh: "行", en: "Row" },
  "merge.col.detail": { zh: "说明", en: "Detail" },
  "merge.kind.file": { zh: "报送文件", en: "Return" },
  "merge.kind.missing": { zh: "未报送单位", en: "Unit missing" },
  "merge.kind.duplicate": { zh: "重复项目", en: "Duplicate" },
  "merge.kind.conflict": { zh: "数值冲突", en: "Conflict" },
  "merge.kind.change": { zh: "更新", en: "Updated" },
  "merge.kind.added": { zh: "新增项目", en: "Added" },
  "merge.kind.notReturned": { zh: "本次未报送的项目", en: "Not sent this time" },
  "merge.kind.error": { zh: "错误", en: "Error" },
  "merge.kind.warning": { zh: "提示", en: "Warning" },
  "merge.kind.info": { zh: "说明", en: "Note" },
  "merge.detail.file": { zh: "取自工作表“{sheet}”，{rows} 行", en: "from sheet “{sheet}”, {rows} rows" },
  "merge.detail.missing": { zh: "各报送文件中都没有该单位的项目：请催报", en: "No return has a project of this unit: chase it" },
  "merge.detail.duplicate": { zh: "出现 {count} 次：{sources}；计分只计第一次", en: "Sent {count} times: {sources}; only the first is scored" },
  "merge.detail.conflict": { zh: "“{column}”不一致：{values}；请核实后在汇总表中改正", en: "“{column}” differs: {values}; check and correct it in the merged ledger" },
  "merge.detail.change": { zh: "“{column}”：{old} → {new}（总台账第 {masterRow} 行）", en: "“{column}”: {old} → {new} (master row {masterRow})" },
  "merge.detail.added": { zh: "追加到总台账末尾", en: "Appended to the master" },
  "merge.detail.notReturned": { zh: "本次报送中没有该项目，总台账第 {masterRow} 行原样保留：请向单位核实", en: "Not in this return; master row {masterRow} kept as it was: check with the unit" },
  "merge.detail.at": { zh: "{file} 第{row}行", en: "{file} row {row}" },
  "merge.detail.blank": { zh: "（空）", en: "(blank)" },
  "merge.sheet.note": {
    zh: "项目台账的“来源文件”“来源行”两列记录每行取自哪个文件的哪一行，计分时不读这两列。重复项目都保留在汇总表中，计分只计第一次出现的一行；数值冲突不会自动取舍，请核实后改正。",
    en: "The columns 来源文件 and 来源行 of the ledger say which file and row each row came from; scoring does not read them. Duplicates are all kept, only the first is scored; conflicts are never resolved for you: check and correct them.",
  },
} as const;
