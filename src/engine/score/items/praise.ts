// 加分 item 6 (附件3 四(一)2(4), 附件4 第5行; rules §4.6): praise by higher-level
// media or the city's leaders, counted in 考核录入.
import type { ItemResult } from "../explain";
import type { UnitQuarter } from "../unit";
import { countColumn, perInput } from "./counted";
import { defineItem, paramsOf } from "./define";

const CLAUSE = "附件3 四(一)2(4)，附件4 第5行";
const param = paramsOf("§4.6 第6项", CLAUSE);

const MESSAGES = {
  praise: { zh: "上级媒体或市主要领导表扬 {count} 次，每次加 {per} 分", en: "Praise {count} × {per}" },
};

const score = (unit: UnitQuarter): ItemResult => perInput(unit, "bonus", (inputs) => inputs.praise, unit.context.profile.values["bonus.praise"], { clause: CLAUSE, text: MESSAGES.praise });

export const praise = defineItem({
  id: "bonus.praise",
  kind: "bonus",
  column: "bonus",
  clause: CLAUSE,
  rule: "§4.6 第6项",
  params: {
    "bonus.praise": param("加分·表扬每次", "Bonus · per praise", "number"),
  },
  ledger: [],
  inputs: [{ key: "praise", header: "表扬次数", position: 6, cell: { kind: "count" }, template: countColumn("上级媒体报道或市主要领导批示表扬次数") }],
  messages: MESSAGES,
  versions: [{ since: 2023, note: "附件3 四(一)2(4) as issued in 2023", score }],
});
