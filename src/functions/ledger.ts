// SANPI.SCORE and SANPI.BREAKDOWN: the ranking's own scorer over the ledger
// (and inputs) ranges, parsed once per content and scored once per quarter.
import type { Profile, UnitDef } from "../engine/profile/types";
import type { ProjectUnitScore, Report } from "../engine/report";
import { scorePeriod } from "../engine/score/report";
import type { CellValue, Issue } from "../engine/types";
import { readWorkbook, SHEETS, type ParsedWorkbook } from "../engine/workbook";
import { fingerprint, Lru } from "./cache";
import { invalidFromIssue, notAvailable } from "./errors";

const parsedCache = new Lru<ParsedWorkbook>(4);
const reportCache = new Lru<Report>(16);
let parses = 0;

/** How many times a ledger was parsed since the last reset (for tests and the benchmark). */
export const parseCount = (): number => parses;

export function resetLedgerCache(): void {
  parsedCache.clear();
  reportCache.clear();
  parses = 0;
}

/** A range-level problem (no header row, a required column missing) makes the range unusable. */
function rangeProblem(issues: Issue[]): Issue | undefined {
  return issues.find((i) => i.severity === "error" && (i.code === "header.missing" || i.code === "sheet.missing"));
}

function parsedBook(profile: Profile, ledger: CellValue[][], inputs: CellValue[][] | null, key: string): ParsedWorkbook {
  let parsed = parsedCache.get(key);
  if (!parsed) {
    const book: Record<string, CellValue[][]> = { [SHEETS.ledger]: ledger };
    if (inputs) book[SHEETS.inputs] = inputs;
    parsed = readWorkbook(book, profile);
    parses++;
    parsedCache.set(key, parsed);
  }
  const problem = rangeProblem(parsed.ledger.issues) ?? (inputs ? rangeProblem(parsed.inputs.issues) : undefined);
  if (problem) throw invalidFromIssue(problem);
  return parsed;
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
    throw notAvailable("unit.wrongGroup", { value: unit.name });
  }
  const key = `${profile.id}|${fingerprint(ledger)}|${fingerprint(inputs)}`;
  const parsed = parsedBook(profile, ledger, inputs, key);
  const reportKey = `${key}|${quarter}`;
  let report = reportCache.get(reportKey);
  if (!report) {
    report = scorePeriod(parsed, { year: profile.year, kind: "quarter", quarter });
    reportCache.set(reportKey, report);
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
