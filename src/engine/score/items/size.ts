// 加分 item 4 (附件3 四(一)2(3), 附件4 第2–4行; rules §4.6): the size tier of each
// event of the period of an industry project, plus the extra for an advanced one.
import { phraseOf } from "../../messages";
import { fmt, rowsOf, tierParams, whenEarned, type ItemResult } from "../explain";
import { sizeBonus } from "../rules";
import type { UnitQuarter } from "../unit";
import type { CategoryDef, Profile } from "../../profile/types";
import { EVENT_STAGES, eventsOf, sumResults, type EventStage } from "./counted";
import { defineItem, paramsOf, versionWith } from "./define";

const CLAUSE = "附件3 四(一)2(3)，附件4 第2–4行";
const param = paramsOf("§4.6 第4项", CLAUSE);

const MESSAGES = {
  size: {
    zh: "本季{stage}{lowest}以上产业项目 {count} 个（{tiers}，先进制造业或战新另加 {extra} 分）：加 {points} 分",
    en: "Size bonus on {stage}: {count} industry projects {lowest} ({tiers}, +{extra} if advanced): +{points}",
  },
};

/** The size bonus of one signing, start or commissioning of a project (what SANPI.BONUS computes too). */
export type SizeFormula = (profile: Profile, category: CategoryDef, investment: number, advanced: boolean) => number;

function stageBonus(unit: UnitQuarter, stage: EventStage, formula: SizeFormula): ItemResult {
  const { profile } = unit.context;
  const values = profile.values;
  const sized = eventsOf(unit, stage)
    .map((project) => ({ project, points: formula(profile, project.category, project.investment, project.advanced) }))
    .filter((earned) => earned.points > 0);
  const points = sized.reduce((sum, earned) => sum + earned.points, 0);
  return whenEarned(unit.context.quarter, {
    item: "bonus",
    points,
    clause: CLAUSE,
    text: MESSAGES.size,
    params: () => ({
      stage: phraseOf(`stage.${stage}`),
      ...tierParams(values["bonus.sizeTiers"]),
      count: sized.length,
      extra: fmt(values["bonus.advancedExtra"]),
      points: fmt(points),
    }),
    rows: rowsOf(sized.map((earned) => earned.project)),
  });
}

export const size = defineItem({
  id: "bonus.size",
  kind: "bonus",
  column: "bonus",
  clause: CLAUSE,
  rule: "§4.6 第4项",
  params: {
    "bonus.sizeTiers": param("加分·产业项目规模档次", "Bonus · industry project size tiers", "tiers"),
    "bonus.advancedExtra": param("加分·先进制造业或战新另加", "Bonus · extra for advanced or strategic projects", "number"),
  },
  ledger: ["investment", "category", "advanced", "signDate", "actualStart", "inDb", "dbDate", "actualCommission"],
  inputs: [],
  messages: MESSAGES,
  versions: [
    versionWith(2023, "附件3 四(一)2(3) as issued in 2023", sizeBonus, (unit: UnitQuarter, formula: SizeFormula) => sumResults(EVENT_STAGES.map((stage) => stageBonus(unit, stage, formula)))),
  ],
});
