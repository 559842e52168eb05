// SANPI.SCORE and SANPI.BREAKDOWN: the ranking's own scorer over the ledger,
// inputs, targets and params ranges (workbook.ts), so a function given the
// workbook's 目标任务 and 考评参数 returns what the ranking sheet shows.
import type { UnitDef } from "../engine/profile/types";
import type { ProjectUnitScore } from "../engine/report";
import type { CellValue } from "../engine/types";
import { notAvailable } from "./errors";
import type { QuarterArg } from "./table";
import { reportFor, workbookOf, type WorkbookRanges } from "./workbook";

export { parseCount, resetWorkbookCache as resetLedgerCache } from "./workbook";

/** The unit's row of the quarter's report: the very numbers the ranking sheet shows. */
export function unitQuarterScore(ranges: WorkbookRanges & { ledger: CellValue[][] }, unit: UnitDef, quarter: QuarterArg): ProjectUnitScore {
  if (!unit.groups.includes("towns") && !unit.groups.includes("departments")) {
    throw notAvailable("arg.unitNoTasks", { value: unit.name });
  }
  const report = reportFor(workbookOf(ranges), { year: quarter.year, kind: "quarter", quarter: quarter.quarter });
  for (const g of report.groups) {
    for (const row of g.rows) if (row.kind === "project" && row.unit === unit.name) return row;
  }
  // Every unit of groups A and B has a row (workbook-format §4); reaching here is an engine bug.
  throw new Error(`report has no row for ${unit.name}`);
}

/** 谋划, 签约, 开工, 投产, 服务保障, 基础分, 加分, 减分, 总分 — full precision. */
export function breakdownRow(s: ProjectUnitScore): number[] {
  const base = s.planning + s.signing + s.start + s.commissioning + s.service;
  return [s.planning, s.signing, s.start, s.commissioning, s.service, base, s.bonus, s.deduction, s.total];
}
