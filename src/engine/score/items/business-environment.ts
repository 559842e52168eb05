// 减分 item 2 (附件3 四(一)3(2), rules §4.7): each verified case of damage to the
// business environment, counted in 考核录入.
import type { ItemResult } from "../explain";
import type { UnitQuarter } from "../unit";
import { countColumn, perInput } from "./counted";
import { defineItem, paramsOf } from "./define";

const CLAUSE = "附件3 四(一)3(2)";
const param = paramsOf("§4.7 第2项", CLAUSE);

const MESSAGES = {
  businessEnvironment: { zh: "破坏营商环境查证落实 {count} 次，每次扣 {per} 分", en: "Business environment damaged: {count} × {per}" },
};

const score = (unit: UnitQuarter): ItemResult =>
  perInput(unit, "deduction", (inputs) => inputs.businessEnvironment, unit.context.profile.values["deduction.businessEnvironment"], {
    clause: CLAUSE,
    text: MESSAGES.businessEnvironment,
  });

export const businessEnvironment = defineItem({
  id: "deduction.businessEnvironment",
  kind: "deduction",
  column: "deduction",
  clause: CLAUSE,
  rule: "§4.7 第2项",
  params: {
    "deduction.businessEnvironment": param("减分·破坏营商环境每次", "Deduction · per business-environment case", "number"),
  },
  ledger: [],
  inputs: [{ key: "businessEnvironment", header: "营商环境次数", position: 8, cell: { kind: "count" }, template: countColumn("经查实损害营商环境次数") }],
  messages: MESSAGES,
  versions: [{ since: 2023, note: "附件3 四(一)3(2) as issued in 2023", score }],
});
