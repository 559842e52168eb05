// The explanation lines of every score item (rules §4–§5): what the 得分明细
// sheet and the task pane's 得分与依据 say. Every number is a parameter filled
// in from the effective profile. Part of the one catalogue in messages.ts.
export const EXPLAIN_MESSAGES = {
  // 谋划储备 (§4.1)
  "explain.planning.met": {
    zh: "累计谋划 {planned} 个，完成目标 {target} 个：记 {base} 分",
    en: "Planned {planned} ≥ target {target}: {base}",
  },
  "explain.planning.bonus": {
    zh: "本季谋划{lowest}以上产业项目 {count} 个（{tiers}），加 {points} 分{cap}",
    en: "Industry projects {lowestEn} planned this quarter: {count} ({tiersEn}), +{points}{capEn}",
  },
  "explain.planning.short": {
    zh: "累计谋划 {planned} 个，目标 {target} 个，少 {missing} 个，每少一个扣 {per} 分：{points} 分",
    en: "Planned {planned} < target {target}, {missing} short at −{per} each: {points}",
  },
  "explain.cap": { zh: "（最多加 {cap} 分）", en: " (capped at {cap})" },
  "explain.tier": { zh: "{amount}元以上加{points}分", en: "{amount} +{points}" },
  // 签约落地 (§4.2)
  "explain.signing.signed": {
    zh: "累计签约 {signed} 个，目标 {target} 个：{points} 分",
    en: "Signed {signed} of target {target}: {points}",
  },
  "explain.signing.due": {
    zh: "应开工的签约项目 {due} 个，按期开工 {ok} 个：{points} 分",
    en: "Signed projects due to start {due}, started on time {ok}: {points}",
  },
  "explain.signing.noneDue": {
    zh: "签约项目尚无到期应开工的：{points} 分",
    en: "No signed project is due to start yet: {points}",
  },
  "explain.signing.noneSigned": {
    zh: "无签约项目：按期开工部分 {points} 分",
    en: "Nothing signed: start-on-time part {points}",
  },
  // 开工情况 (§4.3) and 投产达效 (§4.4)
  "explain.start": {
    zh: "本季应开工 {due} 个（本季开工 {started} 个，到期未开工 {overdue} 个），按期开工 {ok} 个：{formula} 分{discretionary}",
    en: "Due {due} ({started} started this quarter, {overdue} overdue), started on time {ok}: {formula}{discretionaryEn}",
  },
  "explain.commissioning": {
    zh: "本季应投产 {due} 个（已投产 {done} 个），完成投资 {credit}/{investment} 万元：{formula} 分{discretionary}",
    en: "Due {due} ({done} commissioned), investment {credit}/{investment} 万元: {formula}{discretionaryEn}",
  },
  "explain.discretionary": { zh: "；酌情分 {points} 分更高，取酌情分", en: "; discretionary {points} is higher and counts" },
  // 服务保障 (§4.5)
  "explain.service": {
    zh: "{meeting}；要素保障扣 {deduction} 分，得 {element} 分{missing}",
    en: "{meetingEn}; element support −{deduction}: {element}{missingEn}",
  },
  "explain.service.meetingHeld": { zh: "现场办公会按期召开并解决问题 {points} 分", en: "Site meetings held, problems solved: {points}" },
  "explain.service.meetingNot": { zh: "现场办公会未按期召开或未解决问题 0 分", en: "Site meetings not held or problems unsolved: 0" },
  "explain.service.noInputs": { zh: "（考核录入无此单位本季数据）", en: " (no 考核录入 row for the unit this quarter)" },
  // 加分 (§4.6)
  "explain.bonus.declared": {
    zh: "申报完成{funds}项目 {count} 个，每个加 {per} 分",
    en: "Funding declared ({fundsEn}): {count} × {per}",
  },
  "explain.bonus.fundedStart": {
    zh: "开工{funds}项目 {count} 个，每个加 {per} 分",
    en: "Funded projects ({fundsEn}) started: {count} × {per}",
  },
  "explain.bonus.provincial": {
    zh: "省“三个一批”{stage}项目本季{stage} {count} 个，每个加 {per} 分",
    en: "Provincial {stageEn}-batch events: {count} × {per}",
  },
  "explain.bonus.size": {
    zh: "本季{stage}{lowest}以上产业项目 {count} 个（{tiers}，先进制造业或战新另加 {extra} 分）：加 {points} 分",
    en: "Size bonus on {stageEn}: {count} industry projects {lowestEn} ({tiersEn}, +{extra} if advanced): +{points}",
  },
  "explain.bonus.introduction": {
    zh: "本季引进工业项目 {count} 个（{big}元以上加 {bigPoints} 分，其余加 {smallPoints} 分，最多加 {cap} 分）：加 {points} 分",
    en: "Industrial projects introduced: {count} ({bigEn}: +{bigPoints}, others +{smallPoints}, cap {cap}): +{points}",
  },
  "explain.bonus.praise": {
    zh: "上级媒体或市主要领导表扬 {count} 次，每次加 {per} 分",
    en: "Praise {count} × {per}",
  },
  "explain.fundsOr": { zh: "或", en: " or " },
  "explain.fundMin": { zh: "{fund}{amount}元以上", en: "{fund} ≥ {amount}" },
  // 减分 (§4.7)
  "explain.deduction.lateStart": {
    zh: "省“三个一批”开工项目未按期开工 {count} 个，每个扣 {per} 分",
    en: "Provincial start-batch projects late: {count} × {per}",
  },
  "explain.deduction.lateCommission": {
    zh: "省“三个一批”投产项目未按期投产达效 {count} 个，每个扣 {per} 分",
    en: "Provincial commissioning-batch projects late: {count} × {per}",
  },
  "explain.deduction.businessEnvironment": {
    zh: "破坏营商环境查证落实 {count} 次，每次扣 {per} 分",
    en: "Business environment damaged: {count} × {per}",
  },
  "explain.deduction.criticism": {
    zh: "被通报批评、约谈 {count} 次，每次扣 {per} 分",
    en: "Criticism or interview: {count} × {per}",
  },
  // 企业评议 (§5)
  "explain.evaluation": { zh: "{quarter}企业评议 {count} 份，平均 {mean} 分", en: "Q{q}: {count} {count|evaluation|evaluations}, mean {mean}" },
  "explain.oneSizeFitsAll": {
    zh: "{quarter}环保管控“一刀切”造成大面积停工：扣 {points} 分，取消评先资格",
    en: "Q{q}: one-size-fits-all environmental stoppage: −{points}, not eligible for awards",
  },
  "stage.sign": { zh: "签约", en: "signing" },
  "stage.start": { zh: "开工", en: "start" },
  "stage.commission": { zh: "投产达效", en: "commissioning" },
  "quarter.name": { zh: "{year}年{quarter}", en: "{year} Q{q}" },
} as const;
