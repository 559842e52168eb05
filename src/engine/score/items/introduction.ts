// 加分 item 5 (附件4 第2行, rules §4.6): each industrial project signed in the
// period, eligible or not, the large points from the large size, capped per quarter.
import { amountText } from "../../profile/forms";
import { inPeriod } from "../context";
import { fmt, rowsOf, whenEarned, type ItemResult } from "../explain";
import { introductionPoints } from "../rules";
import type { UnitQuarter } from "../unit";
import { defineItem, paramsOf } from "./define";

const CLAUSE = "附件4 第2行";
const param = paramsOf("§4.6 第5项", CLAUSE);

const MESSAGES = {
  introduction: {
    zh: "本季引进工业项目 {count} 个（{big}元以上加 {bigPoints} 分，其余加 {smallPoints} 分，最多加 {cap} 分）：加 {points} 分",
    en: "Industrial projects introduced: {count} ({big}: +{bigPoints}, others +{smallPoints}, cap {cap}): +{points}",
  },
};

function score(unit: UnitQuarter): ItemResult {
  const { profile } = unit.context;
  const values = profile.values;
  const introduced = unit.all.filter((p) => p.category.industrial && inPeriod(unit.context, p.signDate));
  const raw = introduced.reduce((sum, p) => sum + introductionPoints(profile, p.category, p.investment), 0);
  const points = Math.min(values["bonus.introductionCap"], raw);
  const big = values["bonus.introductionBigMin"];
  return whenEarned(unit.context.quarter, {
    item: "bonus",
    points,
    clause: CLAUSE,
    text: MESSAGES.introduction,
    params: () => ({
      count: introduced.length,
      big: (lang) => (lang === "en" ? `≥ ${amountText(big, lang)}` : amountText(big)),
      bigPoints: fmt(values["bonus.introductionBig"]),
      smallPoints: fmt(values["bonus.introductionSmall"]),
      cap: fmt(values["bonus.introductionCap"]),
      points: fmt(points),
    }),
    rows: rowsOf(introduced),
  });
}

export const introduction = defineItem({
  id: "bonus.introduction",
  kind: "bonus",
  column: "bonus",
  clause: CLAUSE,
  rule: "§4.6 第5项",
  params: {
    "bonus.introductionSmall": param("加分·引进工业项目", "Bonus · industrial project introduced", "number"),
    "bonus.introductionBig": param("加分·引进亿元以上工业项目", "Bonus · large industrial project introduced", "number"),
    // Not in profiles.md §3's table: the size that makes an introduced project large (附件4 "亿元以上"), so it is a parameter like the others.
    "bonus.introductionBigMin": param("加分·引进工业项目亿元起点", "Bonus · size of a large introduced project", "amount"),
    "bonus.introductionCap": param("加分·引进工业项目上限", "Bonus · introduction cap per quarter", "number"),
  },
  ledger: ["category", "signDate", "investment"],
  inputs: [],
  messages: MESSAGES,
  versions: [{ since: 2023, note: "附件4 第2行 as issued in 2023", score }],
});
