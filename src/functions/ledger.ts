// SANPI.SCORE, SANPI.BREAKDOWN and SANPI.RANKING: the ranking's own scorer over
// the ledger, inputs, targets, params and evaluations ranges (workbook.ts), so
// a function given the workbook's 目标任务 and 考评参数 returns what the ranking
// sheet shows.
import type { GroupDef, Profile, UnitDef } from "../engine/profile/types";
import type { ProjectUnitScore } from "../engine/report";
import { rankingHeader, rankingValues } from "../engine/sheets/ranking-rows";
import type { CellValue, Lang, Period } from "../engine/types";
import { notAvailable } from "./errors";
import type { QuarterArg } from "./table";
import { reportFor, workbookOf, type WorkbookRanges } from "./workbook";

export { lookupCount, parseCount, resetWorkbookCache as resetLedgerCache } from "./workbook";

type Ranges = Pick<WorkbookRanges, "inputs" | "evaluations"> & { ledger: CellValue[][] };

/** The unit's row of the quarter's report: the very numbers the ranking sheet shows. */
export function unitQuarterScore(profile: Profile, ranges: Ranges, unit: UnitDef, quarter: QuarterArg): ProjectUnitScore {
  if (!unit.groups.includes("towns") && !unit.groups.includes("departments")) {
    throw notAvailable("arg.unitNoTasks", { value: unit.name });
  }
  const report = reportFor(workbookOf(profile, ranges, "projects"), { year: quarter.year, kind: "quarter", quarter: quarter.quarter });
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

/**
 * The group's ranking for the period as the ranking sheet shows it: a header
 * row in `lang`, then one row per unit in rank order; the award column for a
 * full year only (a partial year has no awards, decisions 7).
 */
export function rankingTable(profile: Profile, ranges: Ranges, group: GroupDef, period: Period, lang: Lang): (string | number)[][] {
  const report = reportFor(workbookOf(profile, ranges), period);
  const rows = report.groups.find((g) => g.id === group.id)?.rows ?? [];
  const award = period.kind === "year" && period.quarter === 4;
  return [rankingHeader(group.id, award, lang), ...rows.map((r) => rankingValues(r, award).map((v) => (v === null ? "" : (v as string | number))))];
}
