// Messages of profiles (profiles.md): the 考评参数 sheet, profile files, the
// assessment year, and what reports say about the profile they used. Part of
// the one catalogue in messages.ts.
export const PROFILE_MESSAGES = {
  // 考评参数 and profile files (profiles.md §3–§4)
  "param.unknown": {
    zh: "“{value}”不是考评参数{suggest}",
    en: "“{value}” is not a method parameter{suggest}",
  },
  // The "did you mean" tail of a parameter's or a unit's name (a list in each language's way: quotedList).
  "param.suggest": { zh: "：是否应为 {names}？", en: ": did you mean {names}?" },
  "unit.suggestNone": { zh: "：请填写方案中的单位名称", en: ": type a unit name from the plan" },
  "param.suggestNone": {
    zh: "：请填写模板“考评参数”表中的参数名称",
    en: ": use a parameter name from the template's 考评参数 sheet",
  },
  "param.invalid": {
    zh: "“{value}”不是有效的“{label}”：应为{expected}；本行不采用，按原值计分",
    en: "“{value}” is not a valid “{label}”: type {expected}; this row is not used and the value stays",
  },
  "param.order": {
    zh: "“{low}”（{lowValue}）大于“{high}”（{highValue}）：前者应不大于后者；本行不采用",
    en: "“{low}” ({lowValue}) exceeds “{high}” ({highValue}): the first must not exceed the second; this row is not used",
  },
  "profile.invalid": {
    zh: "“{value}”不是有效的“{label}”：应为{expected}",
    en: "“{value}” is not a valid “{label}”: use {expected}",
  },
  "profile.order": {
    zh: "“{low}”（{lowValue}）大于“{high}”（{highValue}）：前者应不大于后者",
    en: "“{low}” ({lowValue}) exceeds “{high}” ({highValue}): the first must not exceed the second",
  },
  "param.duplicate": {
    zh: "参数“{value}”与第{other}行重复：以第{other}行为准，请删除本行",
    en: "Parameter “{value}” repeats row {other}: row {other} is used; delete this row",
  },
  "param.form.number": { zh: "不小于0的数值", en: "a number ≥ 0" },
  "param.form.amount": { zh: "不小于0的金额（万元），如 {example}、1亿、5000万", en: "an amount ≥ 0 in 万元, e.g. {example}, 1亿, 5000万" },
  "param.form.whole": { zh: "不小于0的整数", en: "a whole number ≥ 0" },
  "param.form.positiveWhole": { zh: "不小于1的整数", en: "a whole number ≥ 1" },
  "param.form.year": { zh: "{min}–{max} 之间的年份", en: "a year from {min} to {max}" },
  "param.form.tiers": {
    zh: "档次“起点:分值”，用逗号或顿号分隔，起点各不相同，如 {example}",
    en: "tiers “start:points” separated by commas, distinct starts, e.g. {example}",
  },
  "param.form.list": { zh: "一组数值，第1名在前，用逗号或顿号分隔，如 {example}", en: "numbers, place 1 first, separated by commas, e.g. {example}" },
  "profile.problem": { zh: "配置文件“{file}” {path}：{text}", en: "Profile file “{file}” {path}: {text}" },
  "profile.root": { zh: "（整个文件）", en: "(the file)" },
  "profile.notJson": { zh: "不是有效的 JSON（{detail}）：请用文本编辑器检查括号、引号和逗号", en: "not valid JSON ({detail}): check the brackets, quotes and commas" },
  "profile.notObject": { zh: "应为 JSON 对象 {…}", en: "must be a JSON object {…}" },
  "profile.notList": { zh: "应为 JSON 数组 […]", en: "must be a JSON array […]" },
  "profile.unknownKey": { zh: "未知的键“{value}”：可用的键为 {allowed}", en: "unknown key “{value}”: the keys are {allowed}" },
  "profile.missingKey": { zh: "缺少“{value}”", en: "“{value}” is missing" },
  "profile.paramsMissing": { zh: "缺少参数 {value}", en: "parameters missing: {value}" },
  "profile.text": { zh: "应为非空文字，收到 {value}", en: "must be non-empty text, not {value}" },
  "profile.textList": { zh: '应为文字数组，如 ["简称"]', en: 'must be an array of texts, e.g. ["alias"]' },
  "profile.extends": { zh: "{value} 不是内置的考评方案：可用 {allowed}", en: "{value} is not a built-in profile: use {allowed}" },
  // Built-in profiles (profiles.md §4): each value with its clause, `extends` another built-in
  "profile.builtinProblem": { zh: "内置方案“{file}” {path}：{text}", en: "Built-in profile “{file}” {path}: {text}" },
  "profile.builtinName": { zh: "{title}（内置）", en: "{title} (built in)" },
  "profile.builtinId": { zh: "id “{value}”应与内置方案的登记名 {id} 相同", en: "id “{value}” must be the built-in's registered id {id}" },
  "profile.extendsCycle": { zh: "内置方案的 extends 构成循环：{value}；请让最早的方案不写 extends", en: "the built-ins' extends form a cycle: {value}; the earliest must have no extends" },
  "profile.clauseMissing": {
    zh: '参数 {id} 缺少条款：内置方案的每个值应写明出处，如 {"value": 10, "clause": "附件3 四(一)1(1)"}',
    en: 'parameter {id} has no clause: every built-in value names its clause, e.g. {"value": 10, "clause": "附件3 四(一)1(1)"}',
  },
  "profile.clauseUnknown": { zh: "条款“{value}”不在考评方案中：请填写方案中的条款，如 附件3 四(一)1(1)", en: "clause “{value}” is not in the plan: cite one of its clauses, e.g. 附件3 四(一)1(1)" },
  "profile.groupUnknown": {
    zh: "组别 {value} 无法识别：请填写 towns、departments 或 service（或 乡镇街道、市直单位、服务保障）",
    en: "group {value} is not known: use towns, departments or service",
  },
  "profile.groupMissing": { zh: "缺少组别 {value}", en: "group {value} is missing" },
  "profile.unitUnknown": {
    zh: "单位“{value}”不是考评单位{suggest}；新增单位请写明 group",
    en: "unit “{value}” is not an assessed unit{suggest}; a new unit needs its group",
  },
  "profile.targets": {
    zh: '目标任务应为 {"plan": …, "sign": …, "start": …, "commission": …}，每项为不小于0的整数',
    en: 'targets must be {"plan": …, "sign": …, "start": …, "commission": …}, each a whole number ≥ 0',
  },
  "profile.targetsService": {
    zh: "“{value}”只属于服务保障职能部门，没有项目建设目标：请删去 targets",
    en: "“{value}” is only a service department and has no project targets: remove targets",
  },
  // Ranges of input cells, from the profile (profiles.md §3 "Input checks follow the parameters")
  "range.count": { zh: "不小于0的整数", en: "a whole number ≥ 0" },
  "range.discretionary": { zh: "0–{max} 的分数", en: "points from 0 to {max}" },
  "range.elementDeduction": { zh: "0 或 {min}–{max}（{clause}）", en: "0 or {min}–{max} ({clause})" },
  // The assessment year (profiles.md §2)
  "year.fixed": {
    zh: "期间“{value}”不在{year}年：本工作簿（{source}）考评{year}年，请选择{year}年的季度或全年",
    en: "Period “{value}” is not in {year}: this workbook ({source}) assesses {year}; choose a quarter or the whole of {year}",
  },
  "year.outOfRange": {
    zh: "期间“{value}”的年份不在 {min}–{max} 之间：本方案可考评 {min}–{max} 年",
    en: "Period “{value}” is outside {min}–{max}: the method assesses the years {min} to {max}",
  },
  "quarter.otherYear": {
    zh: "季度“{value}”不属于{year}年：本工作簿考评{year}年（考评参数“考评年度”），本行不计入",
    en: "Quarter “{value}” is not in {year}: this workbook assesses {year} (考评年度); this row is left out",
  },
  "quarter.outOfRange": {
    zh: "季度“{value}”的年份不在 {min}–{max} 之间：本行不计入",
    en: "Quarter “{value}” is outside the years {min}–{max}: this row is left out",
  },
  "targets.baseYear": {
    zh: "考评{year}年，但工作簿没有“目标任务”表：沿用{baseYear}年方案（{profile}）的目标任务。如有新目标，请添加“目标任务”表",
    en: "Assessing {year} but the workbook has no 目标任务 sheet: {baseYear}'s targets ({profile}) are used. Add a 目标任务 sheet for new targets",
  },
  "source.builtin": { zh: "内置方案 {profile}", en: "built-in {profile}" },
  "source.file": { zh: "配置文件 {file}", en: "profile file {file}" },
  "source.params": { zh: "考评参数 第{row}行", en: "考评参数 row {row}" },
  "source.targets": { zh: "目标任务 第{row}行", en: "目标任务 row {row}" },
  // sanpi profile
  // The method and the year it is applied to (issue 20 item 15): the 2023 method used for 2026 says so.
  "cli.profile.heading": {
    zh: "考评办法：{title}；考评年度 {year}（{source}）",
    en: "Method: {title}; assessment year {year} ({source})",
  },
  "cli.profile.headingOtherYear": {
    zh: "考评办法：{title}；{baseYear}年办法，按{by}用于{year}年度（{source}）",
    en: "Method: {title}; the {baseYear} method, applied to {year} by {by} ({source})",
  },
  "cli.profile.amount": { zh: "{value} 万元", en: "{value} 万元" },
  "cli.profile.clause": { zh: "{clause}（规则 {rule}）", en: "{clause} (rules {rule})" },
  // 考评参数's 说明: the plan's clause and the form; no internal ids (issue 20 item 5).
  "template.paramNote": { zh: "{clause} · 应为{form}", en: "{clause} · {form}" },
  "cli.col.param": { zh: "参数", en: "Parameter" },
  "cli.col.value": { zh: "值", en: "Value" },
  "cli.col.source": { zh: "来源", en: "Source" },
  "cli.col.clause": { zh: "依据", en: "Clause" },
  // What a report says about its profile (profiles.md §1)
  "profile.footnote": {
    zh: "考评方案：{profile}；考评年度：{year}；{changes}",
    en: "Profile: {profile}; assessment year: {year}; {changes}",
  },
  "profile.noChanges": { zh: "未调整参数", en: "no parameter changed" },
  "profile.changes": { zh: "调整的参数 {count} 项：", en: "{count} changed:" },
  "profile.changeLine": { zh: "　· {change}", en: "  · {change}" },
  "profile.change": { zh: "{label} = {value}（{source}）", en: "{label} = {value} ({source})" },
  "profile.changeBare": { zh: "{label}（{source}）", en: "{label} ({source})" },
  "profile.targetsChange": { zh: "{unit}的目标任务 {value}", en: "targets of {unit} {value}" },
  "profile.unitAdded": { zh: "新增单位{unit}（{group}）", en: "unit {unit} added ({group})" },
  "profile.targetCounts": { zh: "谋划{plan}、签约{sign}、开工{start}、投产{commission}", en: "plan {plan}, sign {sign}, start {start}, commission {commission}" },
  "profile.unitRemoved": { zh: "移除单位{unit}", en: "unit {unit} removed" },
} as const;
