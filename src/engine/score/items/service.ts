// 服务保障 (附件3 四(一)1(5), rules §4.5): the meeting points when 现场办公会 were
// held and solved problems, plus the element points less 要素保障扣分, both
// typed in 考核录入.
import { phraseOf } from "../../messages";
import { SHEET_NAMES } from "../../sheet-names";
import { fmt, single, type ItemResult } from "../explain";
import { guaranteeScore } from "../rules";
import type { UnitQuarter } from "../unit";
import type { Profile } from "../../profile/types";
import { defineItem, paramsOf, versionWith, type ColumnFormat } from "./define";

const CLAUSE = "附件3 四(一)1(5)";
const param = paramsOf("§4.5", CLAUSE);
const YES_NO = ["是", "否"];

const MESSAGES = {
  service: {
    zh: "{meeting}；要素保障扣 {deduction} 分，得 {element} 分{missing}",
    en: "{meeting}; element support −{deduction}: {element}{missing}",
  },
  meetingHeld: { zh: "现场办公会按期召开并解决问题 {points} 分", en: "Site meetings held, problems solved: {points}" },
  meetingNot: { zh: "现场办公会未按期召开或未解决问题 0 分", en: "Site meetings not held or problems unsolved: 0" },
  noInputs: { zh: "（考核录入无此单位本季数据）", en: " (no 考核录入 row for the unit this quarter)" },
};

/** 服务保障 over numbers: the points for 现场办公会 held (or not) and a 要素保障扣分 (what SANPI.GUARANTEE computes too). */
export type GuaranteeFormula = (profile: Profile, meetingsOk: boolean, elementDeduction: number) => number;

function score(unit: UnitQuarter, formula: GuaranteeFormula): ItemResult {
  const { context, inputs } = unit;
  const values = context.profile.values;
  const held = inputs?.meeting ?? false;
  const deduction = inputs?.elementDeduction ?? 0;
  const points = formula(context.profile, held, deduction);
  return single(context.quarter, {
    item: "service",
    points,
    clause: CLAUSE,
    text: MESSAGES.service,
    params: {
      meeting: phraseOf(held ? MESSAGES.meetingHeld : MESSAGES.meetingNot, { points: fmt(values["service.meeting"]) }),
      deduction: fmt(deduction),
      element: fmt(values["service.element"] - deduction),
      missing: inputs ? "" : phraseOf(MESSAGES.noInputs),
    },
    rows: inputs ? [inputs.row] : [],
    sheet: SHEET_NAMES.inputs,
  });
}

/** The whole numbers from `from` to `to`, as the validation list offers them. */
const range = (from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

export const service = defineItem({
  id: "service",
  kind: "base",
  column: "service",
  clause: CLAUSE,
  rule: "§4.5",
  params: {
    "service.meeting": param("服务保障·现场办公会得分", "Service · points for site meetings", "number"),
    "service.element": param("服务保障·要素保障得分", "Service · points for element support", "number"),
    "service.deductionMin": param("服务保障·要素保障扣分下限", "Service · smallest element deduction", "number"),
    "service.deductionMax": param("服务保障·要素保障扣分上限", "Service · largest element deduction", "number"),
  },
  ledger: [],
  inputs: [
    {
      key: "meeting",
      header: "现场办公会",
      position: 2,
      cell: { kind: "yesNo", blankWarns: true },
      template: (): ColumnFormat => ({ width: 11, input: "bool", list: YES_NO, note: "每月召开现场办公会并解决问题：是/否" }),
    },
    {
      key: "elementDeduction",
      header: "要素保障扣分",
      position: 3,
      cell: { kind: "elementDeduction", min: "service.deductionMin", max: "service.deductionMax" },
      template: (profile: Profile): ColumnFormat => {
        const min = profile.values["service.deductionMin"];
        const max = profile.values["service.deductionMax"];
        return { width: 12, input: "int", list: ["0", ...range(min, max)], note: `0，或 ${min}–${max}` };
      },
    },
  ],
  messages: MESSAGES,
  versions: [versionWith(2023, "附件3 四(一)1(5) as issued in 2023", guaranteeScore, score)],
});
