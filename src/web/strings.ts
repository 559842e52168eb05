// The page's own words (the pane's are in src/taskpane/strings.ts), Chinese
// first, English where the browser asks for it.
import type { Lang } from "../engine";

const zh = {
  title: "三个一批考评 · 网页版",
  subtitle: "免安装：双击打开本文件即可使用，不需要 Excel 加载项，也不需要联网。",
  privacy: "您的文件只在这台电脑上处理，不会离开这台电脑：本页不联网，不上传任何数据。",
  open: "打开工作簿…",
  drop: "或把 .xlsx 文件拖到这里",
  dropHere: "松开鼠标即可打开",
  hint: "选一个工作簿：检查台账、按期间查看各组排名与得分依据，并下载加入排名表的工作簿。一次选多个：合并各单位报送。",
  replaceNote: "再次打开或拖入文件会替换当前的文件；原文件始终不会被改动。",
  files: "已打开的文件",
  reading: "正在读取…",
  read: "已读取",
  refused: "无法使用",
  detail: "技术细节",
  size: (bytes: number) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} KB`),
  noneUsable: "没有可以使用的工作簿：请按上面的提示处理后重新打开。",
  oneOfMany: "其余文件无法读取，以下只处理可读取的一个工作簿。",
  mergeInto: "汇总到",
  mergeIntoNew: "新建汇总工作簿（各文件都作为报送）",
  mergeIntoFile: (name: string) => `${name}：按其余文件对账，更新它的项目台账`,
  mergeIntoHint: "选中市汇总台账时，其项目台账按报送就地更新（改动的单元格、末尾追加的项目），其余内容原样保留，下载的是更新后的副本；原文件不会被改动。",
  language: "zh-CN",
  otherLanguage: "English",
};

export type PageStrings = typeof zh;

const en: PageStrings = {
  title: "三个一批 assessment · web page",
  subtitle: "Nothing to install: open this file in a browser; no Excel add-in and no network needed.",
  privacy: "Your files are processed on this computer only and never leave it: this page uses no network and uploads nothing.",
  open: "Open workbooks…",
  drop: "or drop .xlsx files here",
  dropHere: "Release to open",
  hint: "One workbook: check the ledger, see each group's ranking and its reasons by period, and download the workbook with the ranking sheets. Several at once: merge the units' returns.",
  replaceNote: "Opening or dropping files again replaces the current ones; the original files are never changed.",
  files: "Opened files",
  reading: "Reading…",
  read: "Read",
  refused: "Cannot be used",
  detail: "Technical detail",
  size: (bytes) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} KB`),
  noneUsable: "No usable workbook: fix what is said above and open it again.",
  oneOfMany: "The other files could not be read; only the readable workbook is used below.",
  mergeInto: "Merge into",
  mergeIntoNew: "A new workbook (every file is a return)",
  mergeIntoFile: (name) => `${name}: reconcile the other files into its 项目台账`,
  mergeIntoHint:
    "With the office's master chosen, its 项目台账 is updated in place (changed cells, projects appended at the end) and everything else kept as it is; the download is the updated copy; the original file is never changed.",
  language: "en-US",
  otherLanguage: "中文",
};

export const PAGE_STRINGS: Record<Lang, PageStrings> = { zh, en };
