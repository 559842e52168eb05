// The columns of a group's ranking, shared by the ranking sheet (ranking.ts)
// and SANPI.RANKING, so both show the same numbers the same way. Kept apart
// from the sheet descriptions so the functions bundle carries only this.
import type { ScoreItem, UnitScore } from "../report";
import { round2 } from "../score/rules";
import type { GroupId, Lang } from "../types";
import type { OutCell } from "./types";

export type Text = { zh: string; en: string };
export const tr = (t: Text, lang: Lang): string => (lang === "en" ? t.en : t.zh);

export const ITEM_LABELS: Record<ScoreItem, Text> = {
  planning: { zh: "谋划储备", en: "Planning" },
  signing: { zh: "签约落地", en: "Signing" },
  start: { zh: "开工情况", en: "Start" },
  commissioning: { zh: "投产达效", en: "Commissioning" },
  service: { zh: "服务保障", en: "Service" },
  bonus: { zh: "加分", en: "Bonus" },
  deduction: { zh: "减分", en: "Deduction" },
  evaluation: { zh: "企业评议", en: "Evaluation" },
};

/** Column headers of a ranking other than the items. */
export const COLUMN = {
  rank: { zh: "名次", en: "Rank" },
  unit: { zh: "单位", en: "Unit" },
  total: { zh: "总分", en: "Total" },
  score: { zh: "得分", en: "Score" },
  evaluations: { zh: "评议份数", en: "Evaluations" },
  award: { zh: "奖励(万元)", en: "Award (万元)" },
} satisfies Record<string, Text>;

/** The short item names of SANPI.RANKING's header (workbook-format §3). */
const SHORT_ITEMS: Record<"planning" | "signing" | "start" | "commissioning", Text> = {
  planning: { zh: "谋划", en: "Planning" },
  signing: { zh: "签约", en: "Signing" },
  start: { zh: "开工", en: "Start" },
  commissioning: { zh: "投产", en: "Commissioning" },
};

/**
 * A unit's row of its group's ranking, as the ranking sheet and SANPI.RANKING
 * show it (2 decimals): 名次, 单位, then the items and 总分 (groups A and B) or
 * 评议份数 and 得分 (group C), and with `award` the 奖励(万元).
 */
export function rankingValues(score: UnitScore, award: boolean): OutCell[] {
  const cells: OutCell[] = [score.rank, score.unit];
  if (score.kind === "service") cells.push(score.evaluations, round2(score.total));
  else cells.push(...[score.planning, score.signing, score.start, score.commissioning, score.service, score.bonus, score.deduction, score.total].map((x) => round2(x)));
  if (award) cells.push(score.award === null ? null : round2(score.award));
  return cells;
}

/** SANPI.RANKING's header row, column for column with `rankingValues`. */
export function rankingHeader(group: GroupId, award: boolean, lang: Lang): string[] {
  const items =
    group === "service"
      ? [COLUMN.evaluations, COLUMN.score]
      : [SHORT_ITEMS.planning, SHORT_ITEMS.signing, SHORT_ITEMS.start, SHORT_ITEMS.commissioning, ITEM_LABELS.service, ITEM_LABELS.bonus, ITEM_LABELS.deduction, COLUMN.total];
  return [COLUMN.rank, COLUMN.unit, ...items, ...(award ? [COLUMN.award] : [])].map((t) => tr(t, lang));
}
