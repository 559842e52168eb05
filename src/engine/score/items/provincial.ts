// 加分 item 3 (附件3 四(一)2(2), 附件4 第2–4行; rules §4.6): each event of the
// period (signing, start, commissioning) of a project on that stage's provincial
// 三个一批 list.
import { phraseOf } from "../../messages";
import type { ItemResult } from "../explain";
import type { UnitQuarter } from "../unit";
import { EVENT_STAGES, eventsOf, perEvent, sumResults, type EventStage } from "./counted";
import { defineItem, paramsOf } from "./define";

const CLAUSE = "附件3 四(一)2(2)，附件4 第2–4行";
const param = paramsOf("§4.6 第3项", CLAUSE);

const MESSAGES = {
  provincial: { zh: "省“三个一批”{stage}项目本季{stage} {count} 个，每个加 {per} 分", en: "Provincial {stage}-batch events: {count} × {per}" },
};

function stageBonus(unit: UnitQuarter, stage: EventStage): ItemResult {
  return perEvent(
    unit,
    "bonus",
    eventsOf(unit, stage).filter((p) => p.batches[stage]),
    unit.context.profile.values["bonus.provincial"],
    {
      clause: CLAUSE,
      text: MESSAGES.provincial,
      params: { stage: phraseOf(`stage.${stage}`) },
    },
  );
}

export const provincial = defineItem({
  id: "bonus.provincial",
  kind: "bonus",
  column: "bonus",
  clause: CLAUSE,
  rule: "§4.6 第3项",
  params: {
    "bonus.provincial": param("加分·列入省三个一批", "Bonus · provincial batch event", "number"),
  },
  ledger: ["provincial", "signDate", "actualStart", "inDb", "dbDate", "actualCommission"],
  inputs: [],
  messages: MESSAGES,
  versions: [{ since: 2023, note: "附件3 四(一)2(2) as issued in 2023", score: (unit) => sumResults(EVENT_STAGES.map((stage) => stageBonus(unit, stage))) }],
});
