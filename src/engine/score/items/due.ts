// The projects due in a period for 开工 and 投产 (rules §4.3–§4.4): those with
// the event in the period, plus those not done before it whose planned day lies
// in the year up to the period's last day.
import type { Project } from "../../parse/ledger";
import { inPeriod, yearToDate } from "../context";
import type { UnitQuarter } from "../unit";

type Day = (p: Project) => number | null;

export function dueInPeriod(unit: UnitQuarter, done: Project[], actual: Day, plan: Day): Project[] {
  const { context } = unit;
  const overdue = unit.eligible.filter((p) => {
    const day = actual(p);
    return !inPeriod(context, day) && !(day !== null && day < context.first) && yearToDate(context, plan(p));
  });
  return [...done, ...overdue];
}
