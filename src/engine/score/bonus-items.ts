// 加分 and 减分 of groups A and B (附件3 四(一)2–3, 附件4; rules §4.6–§4.7), one
// function per item of the rules, each returning its points and its line (none
// when it earns nothing). Events count in the quarter they happen in.
import { CLAUSE } from "../profile/clauses";
import { amountText, amountTextEn } from "../profile/forms";
import { FUNDS } from "../profile/registry";
import type { Project } from "../parse/ledger";
import type { Stage } from "../types";
import { fmt, fundsText, paramsOf, phrase, rowsOf, tierParams, whenEarned, type ItemResult, type LineSpec } from "./explain";
import { inPeriod } from "./context";
import { isFunded, startOnTime, type UnitQuarter } from "./quarter";
import { introductionPoints, sizeBonus } from "./rules";

type EventStage = Exclude<Stage, "plan">;
const EVENT_STAGES: EventStage[] = ["sign", "start", "commission"];

const eventsOf = (u: UnitQuarter, stage: EventStage): Project[] =>
  stage === "sign" ? u.signedInQ : stage === "start" ? u.startedInQ : u.commissionedInQ;

const NOTHING: ItemResult = Object.freeze({ points: 0, lines: [] }) as ItemResult;

/** `count × per` points of a bonus, with its line. */
function perEvent(u: UnitQuarter, item: "bonus" | "deduction", ps: Project[] | number, per: number, s: Omit<LineSpec, "item" | "points">): ItemResult {
  const count = typeof ps === "number" ? ps : ps.length;
  const points = count * per;
  if (points === 0) return NOTHING;
  const r = whenEarned(u.c.quarter, {
    ...s,
    item,
    points: item === "deduction" ? -points : points,
    params: () => ({ count, per: fmt(per), ...paramsOf(s.params) }),
    rows: s.rows ?? (typeof ps === "number" ? [] : rowsOf(ps)),
  });
  return { points, lines: r.lines };
}

/** 加分 item 1, 附件3 四(一)2(1): funding declared in the quarter, 专项债 or 中央预算内 from its minimum amount. */
export function fundingDeclaredBonus(u: UnitQuarter): ItemResult {
  const v = u.c.profile.values;
  const declared = u.eligible.filter((p) => {
    if (!inPeriod(u.c, p.declared)) return false;
    const fund = FUNDS.find((f) => f.name === p.fundType);
    return fund !== undefined && (!fund.declaredMin || (p.fundAmount ?? 0) >= (v[fund.declaredMin] as number));
  });
  return perEvent(u, "bonus", declared, v["bonus.declared"], {
    clause: CLAUSE.declared,
    key: "explain.bonus.declared",
    params: () => ({ funds: fundsText(u.c.profile, "zh", true), fundsEn: fundsText(u.c.profile, "en", true) }),
  });
}

/** 加分 item 2, 附件3 四(一)2(1): a funded project (中央预算内 or 专项债) started in the quarter. */
export function fundingStartedBonus(u: UnitQuarter): ItemResult {
  return perEvent(u, "bonus", u.startedInQ.filter(isFunded), u.c.profile.values["bonus.fundedStart"], {
    clause: CLAUSE.fundedStart,
    key: "explain.bonus.fundedStart",
    params: () => ({ funds: fundsText(u.c.profile, "zh", false), fundsEn: fundsText(u.c.profile, "en", false) }),
  });
}

/** 加分 item 3, 附件3 四(一)2(2), 附件4 第2–4行: each stage event of a project on that stage's provincial list. */
export function provincialBatchBonus(u: UnitQuarter, stage: EventStage): ItemResult {
  return perEvent(u, "bonus", eventsOf(u, stage).filter((p) => p.batches[stage]), u.c.profile.values["bonus.provincial"], {
    clause: CLAUSE.provincial,
    key: "explain.bonus.provincial",
    params: () => phrase("stage", `stage.${stage}`),
  });
}

/** 加分 item 4, 附件3 四(一)2(3), 附件4 第2–4行: the size tier of each stage event of an industry project, plus the advanced extra. */
export function sizeBonusItem(u: UnitQuarter, stage: EventStage): ItemResult {
  const { profile } = u.c;
  const v = profile.values;
  const sized = eventsOf(u, stage)
    .map((p) => ({ p, points: sizeBonus(profile, p.category, p.investment, p.advanced) }))
    .filter((x) => x.points > 0);
  const points = sized.reduce((a, x) => a + x.points, 0);
  return whenEarned(u.c.quarter, {
    item: "bonus",
    points,
    clause: CLAUSE.size,
    key: "explain.bonus.size",
    params: () => ({ ...phrase("stage", `stage.${stage}`), ...tierParams(v["bonus.sizeTiers"]), count: sized.length, extra: fmt(v["bonus.advancedExtra"]), points: fmt(points) }),
    rows: rowsOf(sized.map((x) => x.p)),
  });
}

/** 加分 item 5, 附件4 第2行: each industrial project signed in the quarter, eligible or not, capped per quarter. */
export function introductionBonus(u: UnitQuarter): ItemResult {
  const { profile } = u.c;
  const v = profile.values;
  const introduced = u.all.filter((p) => p.category.industrial && inPeriod(u.c, p.signDate));
  const raw = introduced.reduce((a, p) => a + introductionPoints(profile, p.category, p.investment), 0);
  const points = Math.min(v["bonus.introductionCap"], raw);
  const big = v["bonus.introductionBigMin"];
  return whenEarned(u.c.quarter, {
    item: "bonus",
    points,
    clause: CLAUSE.introduction,
    key: "explain.bonus.introduction",
    params: () => ({
      count: introduced.length,
      big: amountText(big),
      bigEn: `≥ ${amountTextEn(big)}`,
      bigPoints: fmt(v["bonus.introductionBig"]),
      smallPoints: fmt(v["bonus.introductionSmall"]),
      cap: fmt(v["bonus.introductionCap"]),
      points: fmt(points),
    }),
    rows: rowsOf(introduced),
  });
}

/** Points per count typed in 考核录入 for the unit and quarter (praise, criticism …), with the row as the reason. */
function perInput(u: UnitQuarter, item: "bonus" | "deduction", count: (i: NonNullable<UnitQuarter["inputs"]>) => number, per: number, s: Pick<LineSpec, "clause" | "key">): ItemResult {
  if (!u.inputs) return NOTHING;
  return perEvent(u, item, count(u.inputs), per, { ...s, params: {}, rows: [u.inputs.row], sheet: "考核录入" });
}

/** 加分 item 6, 附件3 四(一)2(4), 附件4 第5行: praise by higher-level media or the city's leaders. */
export function praiseBonus(u: UnitQuarter): ItemResult {
  return perInput(u, "bonus", (i) => i.praise, u.c.profile.values["bonus.praise"], { clause: CLAUSE.praise, key: "explain.bonus.praise" });
}

/** 减分 item 1 (start), 附件3 四(一)3(1): a provincial start-batch project due by the quarter's end and late in it. */
export function lateProvincialStartDeduction(u: UnitQuarter): ItemResult {
  const { c } = u;
  const late = u.eligible.filter(
    (p) =>
      p.batches.start &&
      p.planStart !== null &&
      p.planStart <= c.last &&
      (p.startDay === null || p.startDay > c.last || (inPeriod(c, p.startDay) && !startOnTime(c.profile, p))),
  );
  return perEvent(u, "deduction", late, c.profile.values["deduction.lateProvincial"], {
    clause: CLAUSE.lateProvincial,
    key: "explain.deduction.lateStart",
    params: {},
  });
}

/** 减分 item 1 (commissioning), 附件3 四(一)3(1): a provincial commissioning-batch project due and not commissioned on time. */
export function lateProvincialCommissionDeduction(u: UnitQuarter): ItemResult {
  const { c } = u;
  const late = u.eligible.filter(
    (p) =>
      p.batches.commission &&
      p.planCommission !== null &&
      p.planCommission <= c.last &&
      (p.actualCommission === null || p.actualCommission > c.last || (inPeriod(c, p.actualCommission) && p.actualCommission > p.planCommission)),
  );
  return perEvent(u, "deduction", late, c.profile.values["deduction.lateProvincial"], {
    clause: CLAUSE.lateProvincial,
    key: "explain.deduction.lateCommission",
    params: {},
  });
}

/** 减分 item 2, 附件3 四(一)3(2): verified damage to the business environment. */
export function businessEnvironmentDeduction(u: UnitQuarter): ItemResult {
  const per = u.c.profile.values["deduction.businessEnvironment"];
  return perInput(u, "deduction", (i) => i.businessEnvironment, per, { clause: CLAUSE.businessEnvironment, key: "explain.deduction.businessEnvironment" });
}

/** 减分 item 3, 附件3 四(一)3(3), 附件4 第5行: notified criticism or interview. */
export function criticismDeduction(u: UnitQuarter): ItemResult {
  return perInput(u, "deduction", (i) => i.criticism, u.c.profile.values["deduction.criticism"], { clause: CLAUSE.criticism, key: "explain.deduction.criticism" });
}

/** The bonus items in the order explanations list them (rules §4.6). */
export const BONUS_ITEMS: ((u: UnitQuarter) => ItemResult)[] = [
  fundingDeclaredBonus,
  fundingStartedBonus,
  ...EVENT_STAGES.map((s) => (u: UnitQuarter) => provincialBatchBonus(u, s)),
  ...EVENT_STAGES.map((s) => (u: UnitQuarter) => sizeBonusItem(u, s)),
  introductionBonus,
  praiseBonus,
];

/** The deduction items (rules §4.7); their points are positive, subtracted from the total. */
export const DEDUCTION_ITEMS: ((u: UnitQuarter) => ItemResult)[] = [
  lateProvincialStartDeduction,
  lateProvincialCommissionDeduction,
  businessEnvironmentDeduction,
  criticismDeduction,
];
