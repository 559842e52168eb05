// Score a small workbook and pick one unit's row, for table-driven clause tests.
import type { Profile } from "../../src/engine/profile/types";
import type { ProjectUnitScore, Report, ServiceUnitScore } from "../../src/engine/report";
import { scorePeriod } from "../../src/engine/score/report";
import type { Period, WorkbookValues } from "../../src/engine/types";
import { readWorkbook } from "../../src/engine/workbook";

export const Q = (quarter: 1 | 2 | 3 | 4): Period => ({ year: 2023, kind: "quarter", quarter });
export const YEAR: Period = { year: 2023, kind: "year", quarter: 4 };

/** The report of a small workbook; `base` is the profile it is read against (built-in by default, or one with a profile file applied). */
export function report(b: WorkbookValues, period: Period = Q(1), base?: Profile): Report {
  return scorePeriod(readWorkbook(b, base), period);
}

export function unitScore(b: WorkbookValues, period: Period = Q(1), unit = "临汝镇"): ProjectUnitScore {
  for (const g of report(b, period).groups) {
    const r = g.rows.find((x) => x.unit === unit && x.kind === "project");
    if (r) return r as ProjectUnitScore;
  }
  throw new Error(`no unit ${unit}`);
}

export function serviceScore(b: WorkbookValues, period: Period, unit: string): ServiceUnitScore {
  const g = report(b, period).groups.find((x) => x.id === "service")!;
  return g.rows.find((x) => x.unit === unit) as ServiceUnitScore;
}
