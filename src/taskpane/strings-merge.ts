// The pane's 合并报送 section (cycle.md §2), Chinese first, English when
// Office's display language is not Chinese; kept apart from strings.ts so the
// section can go on the no-install page as it is.
import type { Lang } from "../engine";

const zh = {
  heading: "合并报送",
  hint: "选择各单位报送的 .xlsx 文件（可多选）。文件只在本机读取，不会上传。当前工作簿有项目台账时按其对账（更新、追加），否则新建汇总的项目台账。",
  pick: "选择报送文件",
  choose: "选择文件…",
  busyRead: (n: number) => `正在读取 ${n} 个文件…`,
  busyMerge: "正在汇总…",
  write: "写入工作簿",
  writeHint: "把汇总结果写入当前工作簿：写入前会先确认。",
  writeCopy: "下载汇总结果",
  writeCopyHint: "把汇总结果写入工作簿的副本并下载（先确认）；打开的文件不会改动。",
  confirmTitle: "写入汇总结果？",
  confirmInto: (changes: number, added: number, sheet: string) => `将更新“${sheet}”中的 ${changes} 个单元格，并在末尾追加 ${added} 个新增项目；其他单元格不变。`,
  confirmNew: (rows: number) => `将新建“项目台账”（${rows} 行，含来源文件、来源行两列）。`,
  confirmSummary: "并写入“汇总说明”工作表。",
  confirmReplaced: "以下工作表是本加载项之前生成的，将被替换：",
  confirmWrite: "写入",
  written: (names: string) => `已写入：${names}`,
  more: (n: number) => `另有 ${n} 行，写入工作簿后在“汇总说明”中查看。`,
};

export type MergeStrings = typeof zh;

const en: MergeStrings = {
  heading: "Merge returns",
  hint: "Pick the units' returns (.xlsx, several at once). The files are read on this computer only, never uploaded. If this workbook has a 项目台账 it is reconciled (updated, appended to); otherwise a merged 项目台账 is added.",
  pick: "Pick returns",
  choose: "Choose files…",
  busyRead: (n) => `Reading ${n} files…`,
  busyMerge: "Merging…",
  write: "Write into the workbook",
  writeHint: "Writes the result into this workbook, after asking.",
  writeCopy: "Download the merged result",
  writeCopyHint: "Writes the result into a copy of the workbook and downloads it (after asking); the opened files are not changed.",
  confirmTitle: "Write the merged result?",
  confirmInto: (changes, added, sheet) => `${changes} cells of “${sheet}” will be updated and ${added} new projects appended; no other cell changes.`,
  confirmNew: (rows) => `A new 项目台账 will be added (${rows} rows, with the columns 来源文件 and 来源行).`,
  confirmSummary: "The 汇总说明 sheet will be written too.",
  confirmReplaced: "These sheets were generated earlier by this add-in and will be replaced:",
  confirmWrite: "Write",
  written: (names) => `Written: ${names}`,
  more: (n) => `${n} more rows: see the 汇总说明 sheet once written.`,
};

export const MERGE_STRINGS: Record<Lang, MergeStrings> = { zh, en };
