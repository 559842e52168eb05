// What each kind of SANPI function argument accepts (workbook-format §3): the
// "what to type instead" half of #VALUE! messages, with the profile's numbers
// filled in. Part of the one catalogue in messages.ts.
export const ARG_MESSAGES = {
  "arg.accepts.amount": { zh: "请填写不小于0的金额（万元），如 12000、1.5亿、5000万、800000元", en: "type an amount ≥ 0 in 万元, e.g. 12000, 1.5亿, 5000万, 800000元" },
  "arg.accepts.count": { zh: "请填写不小于0的整数", en: "type a whole number ≥ 0" },
  "arg.accepts.number": { zh: "请填写数值", en: "type a number" },
  "arg.accepts.bool": { zh: "请填写 是 或 否（也可用 TRUE/FALSE、Y/N、1/0、√/×）", en: "type 是 or 否 (TRUE/FALSE, Y/N, 1/0, √/× also work)" },
  "arg.accepts.category": { zh: "请填写产业类别", en: "type a category" },
  "arg.accepts.categoryList": { zh: "请从 {allowed} 中选择", en: "choose one of {allowed}" },
  "arg.accepts.unit": { zh: "请填写单位名称，如 临汝镇、发改委", en: "type a unit name, e.g. 临汝镇, 发改委" },
  "arg.accepts.group": { zh: "请填写 乡镇街道、市直单位、服务保障，或 A/B/C", en: "type 乡镇街道, 市直单位, 服务保障, or A/B/C" },
  "arg.accepts.quarter": { zh: "请填写季度，如 {year}Q1、{year}-Q1、Q1 或 1–4", en: "type a quarter, e.g. {year}Q1, {year}-Q1, Q1 or 1–4" },
  "arg.accepts.period": {
    zh: "请填写季度或年度，如 {year}Q1、Q1、1–4，或 {year}（全年）、{year}Q1-Q3（截至三季度）",
    en: "type a quarter or a year, e.g. {year}Q1, Q1, 1–4, or {year} (the year), {year}Q1-Q3 (the year so far)",
  },
  "arg.accepts.stage": { zh: "请填写阶段：谋划、签约、开工 或 投产", en: "type a stage: 谋划, 签约, 开工 or 投产" },
  "arg.accepts.rank": { zh: "请填写不小于1的整数", en: "type a whole number ≥ 1" },
  "arg.accepts.deduction": { zh: "要素保障扣分只能是 0 或 {min}–{max}", en: "the element deduction is 0 or {min}–{max}" },
  "arg.accepts.range": { zh: "请选择一个单元格区域", en: "select a range of cells" },
  "arg.hint.evaluationColumns": {
    zh: "企业评议区域应为{count}列（{headers}），或含这{count}列表头",
    en: "the range needs {count} columns ({headers}) or those headers",
  },
  "arg.hint.evaluationCell": { zh: "第{line}行“{header}”应为 0–{max} 的数值", en: "row {line}: {header} takes a number 0–{max}" },
  "arg.hint.startedOnTime": {
    zh: "按期开工数是应开工数（{due}）中的一部分，不能大于它",
    en: "projects started on time are among the {due} due, so cannot exceed it",
  },
  "arg.hint.tiedMax": {
    zh: "并列数不能超过{group}的单位数（{size}）",
    en: "no more units can tie than the {group} group has ({size})",
  },
  "arg.hint.investment": { zh: "总投资区域中应为金额（万元）", en: "the investments range takes amounts in 万元" },
} as const;
