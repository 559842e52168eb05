// Quarterly score of one unit of groups A and B (附件3 四(一), rules §4) over a
// period context (context.ts: a quarter, or a quarter as of a month's end): the
// unit's projects sorted by the events of the period, and the score items of
// items.ts / bonus-items.ts added up.
import type { UnitInputs } from "../parse/inputs";
import type { Project } from "../parse/ledger";
import { addMonthsClamped } from "../parse/dates";
import { FUNDS } from "../profile/registry";
import type { Profile } from "../profile/types";
import type { ExplanationLine, ScoreItems, StageProgress } from "../report";
import type { StageCounts } from "../types";
import { BONUS_ITEMS, DEDUCTION_ITEMS } from "./bonus-items";
import type { ItemResult } from "./explain";
import { commissioningItem, planningItem, serviceItem, signingItem, startItem } from "./items";
import { inPeriod, periodTarget, yearToDate, type PeriodContext } from "./context";

/** The fund types whose start may follow the funds (rules §4.3). */
export const isFunded = (p: Project): boolean => p.fundType !== null && FUNDS.some((f) => f.name === p.fundType);

/** On time (rules §4.3): 实际开工 ≤ 计划开工, or within the allowed months of 资金下达 for funded types; no plan = on time. */
export function startOnTime(profile: Profile, p: Project): boolean {
  if (p.actualStart === null) return false;
  if (p.planStart === null) return true;
  if (p.actualStart <= p.planStart) return true;
  return isFunded(p) && p.fundIssued !== null && p.actualStart <= addMonthsClamped(p.fundIssued, profile.values["start.fundedMonths"]);
}

/** One unit in one quarter: what every score item reads. */
export interface UnitQuarter {
  c: PeriodContext;
  /** The unit's valid rows (the introduction bonus counts ineligible ones too). */
  all: Project[];
  /** Rows meeting their category's floor (附件3 一): every other item counts only these. */
  eligible: Project[];
  annual: StageCounts;
  inputs: UnitInputs | undefined;
  signedInQ: Project[];
  startedInQ: Project[];
  commissionedInQ: Project[];
}

export function unitQuarter(c: PeriodContext, all: Project[], annual: StageCounts, inputs: UnitInputs | undefined): UnitQuarter {
  const eligible = all.filter((p) => p.eligible);
  return {
    c,
    all,
    eligible,
    annual,
    inputs,
    signedInQ: eligible.filter((p) => inPeriod(c, p.signDate)),
    startedInQ: eligible.filter((p) => inPeriod(c, p.startDay)),
    commissionedInQ: eligible.filter((p) => inPeriod(c, p.actualCommission)),
  };
}

export interface QuarterItems extends ScoreItems {
  explanation: ExplanationLine[];
}

const sum = (items: ItemResult[]): ItemResult => ({
  points: items.reduce((a, r) => a + r.points, 0),
  lines: items.flatMap((r) => r.lines),
});

/** total = 谋划 + 签约 + 开工 + 投产 + 服务保障 + 加分 − 减分 (rules §4). */
export function scoreUnitQuarter(c: PeriodContext, all: Project[], annual: StageCounts, inputs: UnitInputs | undefined): QuarterItems {
  const u = unitQuarter(c, all, annual, inputs);
  const planning = planningItem(u);
  const signing = signingItem(u);
  const start = startItem(u);
  const commissioning = commissioningItem(u);
  const service = serviceItem(u);
  const bonus = sum(BONUS_ITEMS.map((item) => item(u)));
  const deduction = sum(DEDUCTION_ITEMS.map((item) => item(u)));
  const base = [planning, signing, start, commissioning, service];
  return {
    planning: planning.points,
    signing: signing.points,
    start: start.points,
    commissioning: commissioning.points,
    service: service.points,
    bonus: bonus.points,
    deduction: deduction.points,
    total: base.reduce((a, r) => a + r.points, 0) + bonus.points - deduction.points,
    explanation: [...base.flatMap((r) => r.lines), ...bonus.lines, ...deduction.lines],
  };
}

/** Progress against cumulative quarterly targets (附件2 counts), for the task pane. */
export function unitProgress(c: PeriodContext, all: Project[], annual: StageCounts): StageProgress[] {
  const el = all.filter((p) => p.eligible);
  const count = (f: (p: Project) => number | null) => el.filter((p) => yearToDate(c, f(p))).length;
  const row = (stage: keyof StageCounts, actual: number): StageProgress => ({
    stage,
    actual,
    target: periodTarget(c, annual[stage]),
    annualTarget: annual[stage],
  });
  return [
    row("plan", count((p) => p.planDate)),
    row("sign", count((p) => p.signDate)),
    row("start", count((p) => p.startDay)),
    row("commission", count((p) => p.actualCommission)),
  ];
}
