// The ranges a SANPI function is given (项目台账, 考核录入, 目标任务, 考评参数)
// as the engine reads a workbook: the effective profile (profiles.md §5) and the
// parsed workbook, each parsed once per content and cached, and its reports by
// period. SCORE, BREAKDOWN and TARGET use it; RANKING can too: hand it the
// ranges, then ask `reportFor` for any period.
import { builtinProfile } from "../engine/profile/builtin";
import type { Profile } from "../engine/profile/types";
import type { Report } from "../engine/report";
import { scorePeriod } from "../engine/score/report";
import { periodId } from "../engine/period";
import type { CellValue, Issue, Period, WorkbookInput } from "../engine/types";
import { readWorkbook, SHEETS, workbookProfile, type ParsedWorkbook } from "../engine/workbook";
import { ContentCache } from "./cache";
import { invalidFromIssue } from "./errors";

type Range = CellValue[][] | null;

export interface WorkbookRanges {
  ledger?: Range;
  inputs?: Range;
  targets?: Range;
  params?: Range;
}

/** The profile functions score by when no 目标任务 or 考评参数 range is given. */
export const BASE_PROFILE: Profile = builtinProfile();

const key = (r: WorkbookRanges): Range[] => [r.ledger ?? null, r.inputs ?? null, r.targets ?? null, r.params ?? null];

function book(r: WorkbookRanges): WorkbookInput {
  const out: WorkbookInput = {};
  if (r.ledger) out[SHEETS.ledger] = r.ledger;
  if (r.inputs) out[SHEETS.inputs] = r.inputs;
  if (r.targets) out[SHEETS.targets] = r.targets;
  if (r.params) out[SHEETS.params] = r.params;
  return out;
}

/** A range-level problem (no header row, a required column missing) makes the range unusable: #VALUE!. */
function rangeProblem(issues: Issue[]): Issue | undefined {
  return issues.find((i) => i.severity === "error" && (i.code === "header.missing" || i.code === "sheet.missing"));
}

function checkRanges(parts: { issues: Issue[]; given: boolean }[]): void {
  for (const p of parts) {
    const problem = p.given ? rangeProblem(p.issues) : undefined;
    if (problem) throw invalidFromIssue(problem);
  }
}

// A workbook may feed the functions from a few ledgers or input ranges; four is plenty.
const profiles = new ContentCache<Profile>(4);
interface Entry {
  parsed: ParsedWorkbook;
  reports: Map<string, Report>;
}
const workbooks = new ContentCache<Entry>(4);
let parses = 0;

/** How many times a workbook was parsed since the last reset (for tests and the benchmark). */
export const parseCount = (): number => parses;

export function resetWorkbookCache(): void {
  profiles.clear();
  workbooks.clear();
  parses = 0;
}

/** The effective profile of the 目标任务 and 考评参数 ranges (the built-in one when neither is given). */
export function profileOf(r: Pick<WorkbookRanges, "targets" | "params">): Profile {
  if (!r.targets && !r.params) return BASE_PROFILE;
  const k = [r.targets ?? null, r.params ?? null];
  let profile = profiles.get(k);
  if (!profile) {
    const wp = workbookProfile(book(r), BASE_PROFILE);
    checkRanges([
      { issues: wp.targets.issues, given: !!r.targets },
      { issues: wp.params.issues, given: !!r.params },
    ]);
    profile = wp.profile;
    profiles.set(k, profile);
  }
  return profile;
}

/** The parsed workbook of the ranges, as the ranking sheet reads the same sheets. */
export function workbookOf(r: WorkbookRanges): Entry {
  let entry = workbooks.get(key(r));
  if (!entry) {
    const parsed = readWorkbook(book(r), BASE_PROFILE);
    checkRanges([
      { issues: parsed.ledger.issues, given: true },
      { issues: parsed.inputs.issues, given: !!r.inputs },
      { issues: parsed.targets.issues, given: !!r.targets },
      { issues: parsed.params.issues, given: !!r.params },
    ]);
    entry = { parsed, reports: new Map() };
    parses++;
    workbooks.set(key(r), entry);
  }
  return entry;
}

/** The report of a period over a cached workbook, computed once per period. */
export function reportFor(entry: Entry, period: Period): Report {
  const id = periodId(period);
  let report = entry.reports.get(id);
  if (!report) {
    report = scorePeriod(entry.parsed, period);
    entry.reports.set(id, report);
  }
  return report;
}
