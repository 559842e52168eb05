// The seed's clauses each rule comes from (附件3 = assessment method, 附件4 =
// indicator table, 正文 = the plan's text), written once: the score items cite
// them in explanations, the parameter registry in 考评参数's 说明. Clauses are
// written in Chinese; `clauseText` gives the English form (附件4 第2行 → 附件4 row 2).
import type { Lang } from "../types";

/** Clauses of the method itself; each score item names its own (score/items). */
export const CLAUSE = {
  eligibility: "附件3 一",
  eligibilityRelaxed: "附件3 一（可适当降低标准）",
  noBonusPlanting: "附件3 四(一)2(3)",
  quarterly: "附件3 三",
  awards: "附件3 五(一)",
  ranking: "附件3 五",
  cityGoals: "正文 一",
  inspection: "正文 三(三)",
} as const;

/**
 * The clauses of the seed (the plan and its 附件) that rules may cite, with what
 * each is about: a cited clause must be one of these (a structural test checks
 * every item's and parameter's clause).
 */
export const SEED_CLAUSES: Readonly<Record<string, string>> = {
  "正文 一": "工作目标",
  "正文 三(三)": "督查、排名、通报",
  "附件3 一": "评价重点（纳入标准）",
  "附件3 三": "考评方式（每季度考核排序）",
  "附件3 四(一)1(1)": "项目谋划储备情况",
  "附件3 四(一)1(2)": "签约落地情况",
  "附件3 四(一)1(3)": "开工情况",
  "附件3 四(一)1(4)": "投产达效情况",
  "附件3 四(一)1(5)": "服务保障情况",
  "附件3 四(一)2(1)": "加分：申报完成、开工资金项目",
  "附件3 四(一)2(2)": "加分：列入省级“三个一批”",
  "附件3 四(一)2(3)": "加分：产业项目规模",
  "附件3 四(一)2(4)": "加分：表扬",
  "附件3 四(一)3(1)": "减分：省级项目未按期",
  "附件3 四(一)3(2)": "减分：破坏营商环境",
  "附件3 四(一)3(3)": "减分：通报批评、约谈",
  "附件3 四(二)": "服务保障职能部门：企业服务评价",
  "附件3 五": "结果运用",
  "附件3 五(一)": "先进单位奖",
  "附件4 第2行": "考评指标表：签约落地",
  "附件4 第3行": "考评指标表：开工情况",
  "附件4 第4行": "考评指标表：投产达效",
  "附件4 第5行": "考评指标表：服务保障",
};

/** The seed clauses a citation names: `附件3 四(一)2(2)，附件4 第2–4行` → 附件3 四(一)2(2), 附件4 第2行 … 第4行. */
export function citedClauses(citation: string): string[] {
  return citation.split("，").flatMap((part) => {
    const clause = part.replace(/（[^）]*）$/, "").trim();
    const rows = /^(.*)第(\d+)–(\d+)行$/.exec(clause);
    if (!rows) return [clause];
    return Array.from({ length: Number(rows[3]) - Number(rows[2]) + 1 }, (_, i) => `${rows[1]}第${Number(rows[2]) + i}行`);
  });
}

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
