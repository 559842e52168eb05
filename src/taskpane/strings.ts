// Every string the task pane shows, Chinese first, English when Office's
// display language is not Chinese. Engine messages carry their own zh/en.
import type { Lang, Stage } from "../engine";

const zh = {
  appTitle: "三个一批考评",
  appSubtitle: "汝州市2023年重大项目",
  period: "考评期间",
  check: "检查台账",
  generate: "生成排名",
  template: "添加模板表",
  templateHint: "为缺少的录入表添加表头、下拉选项和格式，已有的表不会改动。",
  notInExcel: "请在 Excel 中打开此加载项：任务窗格需要 Excel 工作簿。",
  busyRead: "正在读取工作表…",
  busyBlock: (done: number, total: number) => `正在读取工作表（第 ${done}/${total} 批）…`,
  busyScore: "正在计算得分…",
  busyWrite: "正在写入排名表…",
  summary: "检查结果",
  rowsRead: "读取行数",
  projects: "计入项目",
  errors: "错误",
  warnings: "警告",
  noProblems: "未发现问题。",
  progress: "目标进度",
  progressHint: "累计完成数 / 本期累计目标；红色为落后。",
  onlyBehind: "只看落后单位",
  behind: "落后",
  behindCount: (n: number) => `落后 ${n} 个`,
  allOnTrack: "所有单位均已完成本期目标。",
  unit: "单位",
  stages: { plan: "谋划", sign: "签约", start: "开工", commission: "投产" } as Record<Stage, string>,
  goals: "全市目标",
  goalLine: (actual: number, goal: number) => `${actual} / ${goal}`,
  issuesCount: (n: number) => `问题清单（${n}）`,
  error: "错误",
  warning: "警告",
  all: "全部",
  showMore: (n: number) => `再显示 ${n} 条`,
  issueGoTo: "定位到单元格",
  sheetMissing: "（工作表不存在）",
  generated: (n: number) => `已生成 ${n} 张工作表：`,
  replacedNote: (names: string) => `已替换：${names}`,
  renamedNote: "同名工作表不是本加载项生成的，已另起新名，原表未改动。",
  openSheet: (name: string) => `打开“${name}”`,
  confirmTitle: "替换已生成的工作表？",
  confirmBody: "以下工作表是本加载项之前生成的，将被删除并重新生成：",
  confirmReplace: "替换",
  confirmKeep: "保留原表，另建新表",
  cancel: "取消",
  templateAdded: (names: string) => `已添加：${names}`,
  templateNone: "录入表均已存在，未作改动。",
  failed: "操作未完成",
  excelErrors: {
    ItemNotFound: "找不到所需的工作表或单元格，可能已被删除或重命名。请重新检查。",
    InvalidOperationInCellEditMode: "Excel 正在编辑单元格。请按 Enter 或 Esc 结束编辑后重试。",
    ResponsePayloadSizeLimitExceeded: "数据量超出 Excel 单次传输上限，请稍后重试。",
    RequestPayloadSizeLimitExceeded: "数据量超出 Excel 单次传输上限，请稍后重试。",
    ItemAlreadyExists: "工作表或表格名称已存在，请重新生成。",
  } as Record<string, string>,
  excelErrorOther: (code: string) => `Excel 未能完成操作（${code}）。`,
  language: "zh-CN",
};

export type Strings = typeof zh;

const en: Strings = {
  appTitle: "三个一批 assessment",
  appSubtitle: "Ruzhou major projects, 2023",
  period: "Period",
  check: "Check ledger",
  generate: "Generate rankings",
  template: "Add template sheets",
  templateHint: "Adds headers, drop-downs and formats for missing input sheets; existing sheets are left alone.",
  notInExcel: "Open this add-in in Excel: the task pane needs an Excel workbook.",
  busyRead: "Reading sheets…",
  busyBlock: (done, total) => `Reading sheets (batch ${done}/${total})…`,
  busyScore: "Scoring…",
  busyWrite: "Writing ranking sheets…",
  summary: "Check result",
  rowsRead: "Rows read",
  projects: "Projects counted",
  errors: "Errors",
  warnings: "Warnings",
  noProblems: "No problems found.",
  progress: "Progress against targets",
  progressHint: "Done so far / cumulative target for the period; red means behind.",
  onlyBehind: "Only units behind",
  behind: "behind",
  behindCount: (n) => `${n} behind`,
  allOnTrack: "Every unit has met its target for the period.",
  unit: "Unit",
  stages: { plan: "Plan", sign: "Sign", start: "Start", commission: "Run" },
  goals: "City goals",
  goalLine: (actual, goal) => `${actual} / ${goal}`,
  issuesCount: (n) => `Issues (${n})`,
  error: "Error",
  warning: "Warning",
  all: "All",
  showMore: (n) => `Show ${n} more`,
  issueGoTo: "Go to cell",
  sheetMissing: "(sheet missing)",
  generated: (n) => `Generated ${n} sheets:`,
  replacedNote: (names) => `Replaced: ${names}`,
  renamedNote: "A sheet of the same name was not made by this add-in, so a new name was used and that sheet was left alone.",
  openSheet: (name) => `Open “${name}”`,
  confirmTitle: "Replace generated sheets?",
  confirmBody: "These sheets were generated earlier by this add-in and will be deleted and written again:",
  confirmReplace: "Replace",
  confirmKeep: "Keep them, add new sheets",
  cancel: "Cancel",
  templateAdded: (names) => `Added: ${names}`,
  templateNone: "All input sheets are already there; nothing changed.",
  failed: "Not completed",
  excelErrors: {
    ItemNotFound: "A sheet or cell needed is gone (deleted or renamed). Please check again.",
    InvalidOperationInCellEditMode: "Excel is editing a cell. Press Enter or Esc, then try again.",
    ResponsePayloadSizeLimitExceeded: "Too much data for one Excel request; please try again.",
    RequestPayloadSizeLimitExceeded: "Too much data for one Excel request; please try again.",
    ItemAlreadyExists: "A sheet or table name is already taken; please generate again.",
  },
  excelErrorOther: (code) => `Excel could not complete the operation (${code}).`,
  language: "en-US",
};

export const STRINGS: Record<Lang, Strings> = { zh, en };

/** Chinese unless Office says the user works in another language. */
export function langOf(displayLanguage: string | undefined | null): Lang {
  return !displayLanguage || /^zh/i.test(displayLanguage) ? "zh" : "en";
}

/** A user-facing sentence for an error thrown by Excel or by our code. */
export function errorText(e: unknown, s: Strings): string {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === "string") return s.excelErrors[code] ?? s.excelErrorOther(code);
  const msg = e instanceof Error ? e.message : String(e);
  return s.excelErrorOther(msg.slice(0, 200));
}
