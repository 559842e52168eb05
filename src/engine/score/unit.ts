// One unit of group A or B in one period (a quarter, or a quarter as of a
// month's end): what every score item reads. Its own module, so the items and
// the scorer that adds them up import it without importing each other.
import type { UnitInputs } from "../parse/inputs";
import type { Project } from "../parse/ledger";
import { addMonthsClamped } from "../parse/dates";
import { FUNDS } from "../profile/schema";
import type { Profile } from "../profile/types";
import type { StageCounts } from "../types";
import { inPeriod, type PeriodContext } from "./context";

export interface UnitQuarter {
  /** The period scored. */
  context: PeriodContext;
  /** The unit's valid rows (the introduction bonus counts ineligible ones too). */
  all: Project[];
  /** Rows meeting their category's floor (附件3 一): every other item counts only these. */
  eligible: Project[];
  annual: StageCounts;
  /** The unit's 考核录入 row for the quarter, if any. */
  inputs: UnitInputs | undefined;
  signedInPeriod: Project[];
  startedInPeriod: Project[];
  commissionedInPeriod: Project[];
}

export function unitQuarter(context: PeriodContext, all: Project[], annual: StageCounts, inputs: UnitInputs | undefined): UnitQuarter {
  const eligible = all.filter((p) => p.eligible);
  return {
    context,
    all,
    eligible,
    annual,
    inputs,
    signedInPeriod: eligible.filter((p) => inPeriod(context, p.signDate)),
    startedInPeriod: eligible.filter((p) => inPeriod(context, p.startDay)),
    commissionedInPeriod: eligible.filter((p) => inPeriod(context, p.actualCommission)),
  };
}

/** The fund types whose start may follow the funds (rules §4.3). */
export const isFunded = (project: Project): boolean => project.fundType !== null && FUNDS.some((f) => f.name === project.fundType);

/** On time (rules §4.3): 实际开工 ≤ 计划开工, or within the allowed months of 资金下达 for funded types; no plan = on time. */
export function startOnTime(profile: Profile, project: Project): boolean {
  if (project.actualStart === null) return false;
  if (project.planStart === null) return true;
  if (project.actualStart <= project.planStart) return true;
  return isFunded(project) && project.fundIssued !== null && project.actualStart <= addMonthsClamped(project.fundIssued, profile.values["start.fundedMonths"]);
}
