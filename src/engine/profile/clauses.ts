// The seed's clauses each rule comes from (附件3 = assessment method, 附件4 =
// indicator table, 正文 = the plan's text), written once: the score items cite
// them in explanations, the parameter registry in 考评参数's 说明. Clauses are
// written in Chinese; `clauseText` gives the English form (附件4 第2行 → 附件4 row 2).
import type { Lang } from "../types";

export const CLAUSE = {
  eligibility: "附件3 一",
  eligibilityRelaxed: "附件3 一（可适当降低标准）",
  noBonusPlanting: "附件3 四(一)2(3)",
  quarterly: "附件3 三",
  planning: "附件3 四(一)1(1)",
  signing: "附件3 四(一)1(2)，附件4 第2行",
  start: "附件3 四(一)1(3)",
  commissioning: "附件3 四(一)1(4)",
  service: "附件3 四(一)1(5)",
  declared: "附件3 四(一)2(1)",
  fundedStart: "附件3 四(一)2(1)",
  provincial: "附件3 四(一)2(2)，附件4 第2–4行",
  size: "附件3 四(一)2(3)，附件4 第2–4行",
  introduction: "附件4 第2行",
  praise: "附件3 四(一)2(4)，附件4 第5行",
  lateProvincial: "附件3 四(一)3(1)，附件4 第3–4行",
  businessEnvironment: "附件3 四(一)3(2)",
  criticism: "附件3 四(一)3(3)，附件4 第5行",
  evaluation: "附件3 四(二)",
  awards: "附件3 五(一)",
  ranking: "附件3 五",
  cityGoals: "正文 一",
  inspection: "正文 三(三)",
} as const;

/** A clause as `lang` writes it: Chinese as stored; English says row/rows and uses ", ". */
export function clauseText(zh: string, lang: Lang): string {
  if (lang === "zh") return zh;
  return zh
    .replace(/第(\d+)–(\d+)行/g, "rows $1–$2")
    .replace(/第(\d+)行/g, "row $1")
    .replace(/第(\d+)项/g, "item $1")
    .replace(/（([^）]*)）/g, " ($1)")
    .replace(/，/g, ", ");
}
