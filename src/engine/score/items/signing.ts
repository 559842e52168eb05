// 签约落地 (附件3 四(一)1(2), 附件4 第2行; rules §4.2): a signing part against the
// year-to-date target, and a part for the signed projects that started on time.
import { periodTarget, yearToDate } from "../context";
import { fmt, rowsOf, single, type ItemResult } from "../explain";
import { signingPart, signingStartPart } from "../rules";
import { startOnTime, type UnitQuarter } from "../unit";
import { defineItem, paramsOf } from "./define";

const CLAUSE = "附件3 四(一)1(2)，附件4 第2行";
const param = paramsOf("§4.2", CLAUSE);

const MESSAGES = {
  signed: { zh: "累计签约 {signed} 个，目标 {target} 个：{points} 分", en: "Signed {signed} of target {target}: {points}" },
  due: { zh: "应开工的签约项目 {due} 个，按期开工 {ok} 个：{points} 分", en: "Signed projects due to start {due}, started on time {ok}: {points}" },
  noneDue: { zh: "签约项目尚无到期应开工的：{points} 分", en: "No signed project is due to start yet: {points}" },
  noneSigned: { zh: "无签约项目：按期开工部分 {points} 分", en: "Nothing signed: start-on-time part {points}" },
};

function score(unit: UnitQuarter): ItemResult {
  const { context } = unit;
  const target = periodTarget(context, unit.annual.sign);
  const signed = unit.eligible.filter((p) => yearToDate(context, p.signDate));
  const due = signed.filter((p) => p.planStart !== null && p.planStart <= context.last);
  const onTime = due.filter((p) => p.startDay !== null && p.startDay <= context.last && startOnTime(context.profile, p));
  const signPoints = signingPart(context.profile, target, signed.length);
  const startPoints = signingStartPart(context.profile, signed.length, due.length, onTime.length);
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
  versions: [{ since: 2023, note: "附件3 四(一)1(2) as issued in 2023", score }],
});
