// 加分 item 2 (附件3 四(一)2(1), rules §4.6): each funded project (中央预算内 or
// 专项债) started in the period.
import { fundsText, type ItemResult } from "../explain";
import { isFunded, type UnitQuarter } from "../unit";
import { perEvent } from "./counted";
import { defineItem, paramsOf } from "./define";

const CLAUSE = "附件3 四(一)2(1)";
const param = paramsOf("§4.6 第2项", CLAUSE);

const MESSAGES = {
  fundedStart: { zh: "开工{funds}项目 {count} 个，每个加 {per} 分", en: "Funded projects ({funds}) started: {count} × {per}" },
};

function score(unit: UnitQuarter): ItemResult {
  const { profile } = unit.context;
  return perEvent(unit, "bonus", unit.startedInPeriod.filter(isFunded), profile.values["bonus.fundedStart"], {
    clause: CLAUSE,
    text: MESSAGES.fundedStart,
    params: { funds: (lang) => fundsText(profile, lang, false) },
  });
}

export const fundedStart = defineItem({
  id: "bonus.fundedStart",
  kind: "bonus",
  column: "bonus",
  clause: CLAUSE,
  rule: "§4.6 第2项",
  params: {
    "bonus.fundedStart": param("加分·资金项目开工", "Bonus · funded project started, per project", "number"),
  },
  ledger: ["fundType", "actualStart", "inDb", "dbDate"],
  inputs: [],
  messages: MESSAGES,
  versions: [{ since: 2023, note: "附件3 四(一)2(1) as issued in 2023", score }],
});
