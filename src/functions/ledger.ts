// SANPI.SCORE and SANPI.BREAKDOWN: the ranking's own scorer over the ledger
// (and inputs) ranges, parsed once per content and scored once per quarter.
import type { Profile, UnitDef } from "../engine/profile/types";
import type { ProjectUnitScore, Report } from "../engine/report";
import { scorePeriod } from "../engine/score/report";
import type { CellValue, Issue } from "../engine/types";
import { readWorkbook, SHEETS, type ParsedWorkbook } from "../engine/workbook";
import { ContentCache } from "./cache";
import { invalidFromIssue, notAvailable } from "./errors";

/** A parsed workbook and its reports by quarter, for one ledger (and inputs) content. */
interface Entry {
  parsed: ParsedWorkbook;
  reports: Map<number, Report>;
}
// A workbook may feed SCORE from a few ledgers or input ranges; four is plenty.
const cache = new ContentCache<Entry>(4);
let parses = 0;

/** How many times a ledger was parsed since the last reset (for tests and the benchmark). */
export const parseCount = (): number => parses;

export function resetLedgerCache(): void {
  cache.clear();
  parses = 0;
}

/** A range-level problem (no header row, a required column missing) makes the range unusable. */
function rangeProblem(issues: Issue[]): Issue | undefined {
  return issues.find((i) => i.severity === "error" && (i.code === "header.missing" || i.code === "sheet.missing"));
}

function cachedEntry(profile: Profile, ledger: CellValue[][], inputs: CellValue[][] | null): Entry {
  let entry = cache.get([ledger, inputs]);
  if (!entry || entry.parsed.profile !== profile) {
    const book: Record<string, CellValue[][]> = { [SHEETS.ledger]: ledger };
    if (inputs) book[SHEETS.inputs] = inputs;
    entry = { parsed: readWorkbook(book, profile), reports: new Map() };
    parses++;
    cache.set([ledger, inputs], entry);
  }
  const { ledger: l, inputs: i } = entry.parsed;
  const problem = rangeProblem(l.issues) ?? (inputs ? rangeProblem(i.issues) : undefined);
  if (problem) throw invalidFromIssue(problem);
  return entry;
}

/** The unit's row of the quarter's report: the very numbers the ranking sheet shows. */
export function unitQuarterScore(
  profile: Profile,
  ledger: CellValue[][],
  unit: UnitDef,
  quarter: 1 | 2 | 3 | 4,
  inputs: CellValue[][] | null,
): ProjectUnitScore {
  if (!unit.groups.includes("towns") && !unit.groups.includes("departments")) {
    throw notAvailable("arg.unitNoTasks", { value: unit.name });
  }
  const entry = cachedEntry(profile, ledger, inputs);
  let report = entry.reports.get(quarter);
  if (!report) {
    report = scorePeriod(entry.parsed, { year: profile.year, kind: "quarter", quarter });
    entry.reports.set(quarter, report);
  }
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
