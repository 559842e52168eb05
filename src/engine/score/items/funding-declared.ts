// 加分 item 1 (附件3 四(一)2(1), rules §4.6): each project whose funding was
// declared in the period, 专项债 or 中央预算内 from its minimum amount.
import { FUNDS } from "../../profile/schema";
import { inPeriod } from "../context";
import { fundsText, type ItemResult } from "../explain";
import type { UnitQuarter } from "../unit";
import { perEvent } from "./counted";
import { defineItem, paramsOf } from "./define";

const CLAUSE = "附件3 四(一)2(1)";
const param = paramsOf("§4.6 第1项", CLAUSE);

const MESSAGES = {
  declared: { zh: "申报完成{funds}项目 {count} 个，每个加 {per} 分", en: "Funding declared ({funds}): {count} × {per}" },
};

function score(unit: UnitQuarter): ItemResult {
  const { context } = unit;
  const values = context.profile.values;
  const declared = unit.eligible.filter((p) => {
    if (!inPeriod(context, p.declared)) return false;
    const fund = FUNDS.find((f) => f.name === p.fundType);
    return fund !== undefined && (!fund.declaredMin || (p.fundAmount ?? 0) >= values[fund.declaredMin]);
  });
  return perEvent(unit, "bonus", declared, values["bonus.declared"], {
    clause: CLAUSE,
    text: MESSAGES.declared,
    params: { funds: (lang) => fundsText(context.profile, lang, true) },
  });
}

export const fundingDeclared = defineItem({
  id: "bonus.declared",
  kind: "bonus",
  column: "bonus",
  clause: CLAUSE,
  rule: "§4.6 第1项",
  params: {
    "bonus.declared": param("加分·申报完成资金项目", "Bonus · funding declared, per project", "number"),
    "bonus.declaredCentralMin": param("加分·中央预算内申报起点", "Bonus · smallest 中央预算内 amount declared", "amount"),
  },
  ledger: ["declared", "fundType", "fundAmount"],
  inputs: [],
  messages: MESSAGES,
  versions: [{ since: 2023, note: "附件3 四(一)2(1) as issued in 2023", score }],
});
