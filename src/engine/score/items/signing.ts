// 签约落地 (附件3 四(一)1(2), 附件4 第2行; rules §4.2): a signing part against the
// year-to-date target, and a part for the signed projects that started on time.
import { periodTarget, yearToDate } from "../context";
import { fmt, rowsOf, single, type ItemResult } from "../explain";
import { signingPart, signingStartPart } from "../rules";
import { startOnTime, type UnitQuarter } from "../unit";
import { defineItem, paramsOf, versionWith } from "./define";

const CLAUSE = "附件3 四(一)1(2)，附件4 第2行";
const param = paramsOf("§4.2", CLAUSE);

const MESSAGES = {
  signed: { zh: "累计签约 {signed} 个，目标 {target} 个：{points} 分", en: "Signed {signed} of target {target}: {points}" },
  due: { zh: "应开工的签约项目 {due} 个，按期开工 {ok} 个：{points} 分", en: "Signed projects due to start {due}, started on time {ok}: {points}" },
  noneDue: { zh: "签约项目尚无到期应开工的：{points} 分", en: "No signed project is due to start yet: {points}" },
  noneSigned: { zh: "无签约项目：按期开工部分 {points} 分", en: "Nothing signed: start-on-time part {points}" },
};

/** 签约落地 over numbers, its two parts (what SANPI.SIGNING adds up too). */
export interface SigningFormula {
  /** The signing part for the year-to-date target and the eligible projects signed. */
  signPart: typeof signingPart;
  /** The start-on-time part for the projects signed, those due to start, and those started on time. */
  startPart: typeof signingStartPart;
}

function score(unit: UnitQuarter, formula: SigningFormula): ItemResult {
  const { context } = unit;
  const target = periodTarget(context, unit.annual.sign);
  const signed = unit.eligible.filter((p) => yearToDate(context, p.signDate));
  const due = signed.filter((p) => p.planStart !== null && p.planStart <= context.last);
  const onTime = due.filter((p) => p.startDay !== null && p.startDay <= context.last && startOnTime(context.profile, p));
  const signPoints = formula.signPart(context.profile, target, signed.length);
  const startPoints = formula.startPart(context.profile, signed.length, due.length, onTime.length);
  const signLine = single(context.quarter, {
    item: "signing",
    points: signPoints,
    clause: CLAUSE,
    text: MESSAGES.signed,
    params: { signed: signed.length, target, points: fmt(signPoints) },
    rows: rowsOf(signed),
  });
  const startLine = single(context.quarter, {
    item: "signing",
    points: startPoints,
    clause: CLAUSE,
    text: due.length > 0 ? MESSAGES.due : signed.length > 0 ? MESSAGES.noneDue : MESSAGES.noneSigned,
    params: { due: due.length, ok: onTime.length, points: fmt(startPoints) },
    rows: rowsOf(due),
  });
  return { points: signPoints + startPoints, lines: [...signLine.lines, ...startLine.lines] };
}

export const signing = defineItem({
  id: "signing",
  kind: "base",
  column: "signing",
  clause: CLAUSE,
  rule: "§4.2",
  params: {
    "signing.signPart": param("签约落地·完成签约得分", "Signing · points for signing", "number"),
    "signing.startPart": param("签约落地·按期开工得分", "Signing · points for starting on time", "number"),
  },
  ledger: ["signDate", "planStart", "actualStart", "inDb", "dbDate", "fundType", "fundIssued"],
  inputs: [],
  messages: MESSAGES,
  versions: [versionWith(2023, "附件3 四(一)1(2) as issued in 2023", { signPart: signingPart, startPart: signingStartPart }, score)],
});
