// 减分 item 3 (附件3 四(一)3(3), 附件4 第5行; rules §4.7): each notified criticism
// or interview, counted in 考核录入.
import type { ItemResult } from "../explain";
import type { UnitQuarter } from "../unit";
import { countColumn, perInput } from "./counted";
import { defineItem, paramsOf } from "./define";

const CLAUSE = "附件3 四(一)3(3)，附件4 第5行";
const param = paramsOf("§4.7 第3项", CLAUSE);

const MESSAGES = {
  criticism: { zh: "被通报批评、约谈 {count} 次，每次扣 {per} 分", en: "Criticism or interview: {count} × {per}" },
};

const score = (unit: UnitQuarter): ItemResult =>
  perInput(unit, "deduction", (inputs) => inputs.criticism, unit.context.profile.values["deduction.criticism"], { clause: CLAUSE, text: MESSAGES.criticism });

export const criticism = defineItem({
  id: "deduction.criticism",
  kind: "deduction",
  column: "deduction",
  clause: CLAUSE,
  rule: "§4.7 第3项",
  params: {
    "deduction.criticism": param("减分·通报约谈每次", "Deduction · per criticism or interview", "number"),
  },
  ledger: [],
  inputs: [{ key: "criticism", header: "通报约谈次数", position: 7, cell: { kind: "count" }, template: countColumn("被通报批评或约谈次数") }],
  messages: MESSAGES,
  versions: [{ since: 2023, note: "附件3 四(一)3(3) as issued in 2023", score }],
});
