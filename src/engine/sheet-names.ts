// The names of the workbook's sheets (workbook-format §1), written once: the
// readers, the scorer's explanations, the template and the hosts use these.
export const SHEET_NAMES = {
  ledger: "项目台账",
  inputs: "考核录入",
  evaluations: "企业评议",
  targets: "目标任务",
  params: "考评参数",
  /** The template's hidden sheet of long validation lists. */
  lists: "下拉选项",
} as const;
