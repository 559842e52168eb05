// Quarterly score of one unit of groups A and B (附件3 四(一), rules §4) over a
// period context (context.ts: a quarter, or a quarter as of a month's end): the
// score items of items/index.ts, each in the version of the assessment year,
// added up.
import type { UnitInputs } from "../parse/inputs";
import type { Project } from "../parse/ledger";
import type { ExplanationLine, ScoreItems, StageProgress } from "../report";
import type { StageCounts } from "../types";
import { periodTarget, yearToDate, type PeriodContext } from "./context";
import type { ItemResult } from "./explain";
import { BASE_ITEMS, BONUS_ITEMS, DEDUCTION_ITEMS } from "./items";
import { versionFor, type ScoredItem } from "./items/define";
import { unitQuarter, type UnitQuarter } from "./unit";

export interface QuarterItems extends ScoreItems {
  explanation: ExplanationLine[];
}

const sum = (results: ItemResult[]): ItemResult => ({
  points: results.reduce((total, r) => total + r.points, 0),
  lines: results.flatMap((r) => r.lines),
});

const scoreOf = (unit: UnitQuarter) => (item: ScoredItem) => versionFor(item, unit.context.year).score(unit);

/** total = 谋划 + 签约 + 开工 + 投产 + 服务保障 + 加分 − 减分 (rules §4). */
export function scoreUnitQuarter(context: PeriodContext, all: Project[], annual: StageCounts, inputs: UnitInputs | undefined): QuarterItems {
  const unit = unitQuarter(context, all, annual, inputs);
  const [planning, signing, start, commissioning, service] = BASE_ITEMS.map(scoreOf(unit));
  const bonus = sum(BONUS_ITEMS.map(scoreOf(unit)));
  const deduction = sum(DEDUCTION_ITEMS.map(scoreOf(unit)));
  const base = [planning, signing, start, commissioning, service];
  return {
    planning: planning.points,
    signing: signing.points,
    start: start.points,
    commissioning: commissioning.points,
    service: service.points,
    bonus: bonus.points,
    deduction: deduction.points,
    total: base.reduce((total, r) => total + r.points, 0) + bonus.points - deduction.points,
    explanation: [...base.flatMap((r) => r.lines), ...bonus.lines, ...deduction.lines],
  };
}

/** Progress against cumulative targets (附件2 counts), for the task pane. */
export function unitProgress(context: PeriodContext, all: Project[], annual: StageCounts): StageProgress[] {
  const eligible = all.filter((p) => p.eligible);
  const count = (day: (p: Project) => number | null) => eligible.filter((p) => yearToDate(context, day(p))).length;
  const row = (stage: keyof StageCounts, actual: number): StageProgress => ({
    stage,
    actual,
    target: periodTarget(context, annual[stage]),
    annualTarget: annual[stage],
  });
  return [
    row(
      "plan",
      count((p) => p.planDate),
    ),
    row(
      "sign",
      count((p) => p.signDate),
    ),
    row(
      "start",
      count((p) => p.startDay),
    ),
    row(
      "commission",
      count((p) => p.actualCommission),
    ),
  ];
}
