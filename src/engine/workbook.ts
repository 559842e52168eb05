// Reads every input sheet of a workbook once; the result scores any period.
// The workbook's own layers of the profile come first (profiles.md §1):
// 考评参数 over the base (built-in, or a profile file applied to it), then
// 目标任务; every other sheet is read against the effective profile.
import { readEvaluationsSteps, EVALUATIONS_SHEET, type EvaluationsResult } from "./parse/evaluations";
import { readInputs, INPUTS_SHEET, type InputsResult } from "./parse/inputs";
import { LEDGER_SHEET, readLedgerSteps, type LedgerResult } from "./parse/ledger";
import { PARAMS_SHEET, readParams, type ParamsResult } from "./parse/params";
import { findInputSheet, type SheetWhere } from "./parse/sheet";
import { readTargets, TARGETS_SHEET, type TargetsResult } from "./parse/targets";
import { sheetInputOf } from "./parse/table";
import { runSteps, within, type Steps } from "./steps";
import { builtinProfile } from "./profile/builtin";
import { withParameters, withTargets } from "./profile/resolve";
import type { Profile } from "./profile/types";
import type { Issue, SheetInput, SheetValues, StageCounts, WorkbookInput } from "./types";

/** Input sheet names (workbook-format §1). */
export const SHEETS = {
  ledger: LEDGER_SHEET,
  inputs: INPUTS_SHEET,
  evaluations: EVALUATIONS_SHEET,
  targets: TARGETS_SHEET,
  params: PARAMS_SHEET,
} as const;

export { findInputSheet } from "./parse/sheet";

/** The workbook's effective profile and the two sheets it came from. */
export interface WorkbookProfile {
  /** The profile the workbook is scored with: base, then 考评参数, then 目标任务. */
  profile: Profile;
  /** The profile it was read against (built-in, or with a profile file applied). */
  base: Profile;
  params: ParamsResult;
  targets: TargetsResult;
}

export interface ParsedWorkbook extends WorkbookProfile {
  ledger: LedgerResult;
  inputs: InputsResult;
  evaluations: EvaluationsResult;
  /** Annual targets in force per unit of groups A and B (profile, then 目标任务 overrides). */
  annualTargets: Map<string, StageCounts>;
  /** Issues of all sheets, in sheet order then row order. */
  issues: Issue[];
}

/**
 * The actual names of the workbook's input sheets, for a host that reads only
 * those: exact, trimmed, or 台帐 for 台账 (workbook-format §1.1).
 */
export function inputSheetNames(names: readonly string[]): string[] {
  return Object.values(SHEETS)
    .map((s) => findInputSheet(names, s))
    .filter((n): n is string => n !== undefined);
}

export interface ReadOptions {
  /** Every sheet of the workbook, when the host handed over only the input sheets (for "the workbook has …"). */
  sheetNames?: readonly string[];
}

function locator(book: WorkbookInput, options: ReadOptions) {
  const available = [...(options.sheetNames ?? Object.keys(book))];
  const names = Object.keys(book);
  return (canonical: string): [SheetValues | SheetInput | undefined, SheetWhere] => {
    const name = findInputSheet(names, canonical);
    return [name === undefined ? undefined : book[name], { name: name ?? canonical, available }];
  };
}

/** The effective profile of a workbook: `base` (built-in unless a profile file gave one), then 考评参数, then 目标任务. */
export function workbookProfile(book: WorkbookInput, base: Profile = builtinProfile(), options: ReadOptions = {}): WorkbookProfile {
  const locate = locator(book, options);
  const [paramsSheet, paramsWhere] = locate(PARAMS_SHEET);
  const params = readParams(paramsSheet, base, paramsWhere);
  const withParams = withParameters(base, params.settings);
  // 目标任务 next: the units it adds are known to every other sheet.
  const [targetsSheet, targetsWhere] = locate(TARGETS_SHEET);
  const targets = readTargets(targetsSheet, withParams, targetsWhere);
  return { profile: withTargets(withParams, targets), base, params, targets };
}

export function readWorkbook(book: WorkbookInput, base: Profile = builtinProfile(), options: ReadOptions = {}): ParsedWorkbook {
  return runSteps(readWorkbookSteps(book, base, options));
}

const rowCount = (sheet: SheetValues | SheetInput | undefined): number => (sheet ? sheetInputOf(sheet).values.length : 0);

/** readWorkbook, pausing every few hundred rows of the ledger and of 企业评议 (steps.ts); fractions by their rows. */
export function* readWorkbookSteps(book: WorkbookInput, base: Profile = builtinProfile(), options: ReadOptions = {}): Steps<ParsedWorkbook> {
  const resolved = workbookProfile(book, base, options);
  const { profile } = resolved;
  const locate = locator(book, options);
  const ledgerSheet = locate(LEDGER_SHEET);
  const evaluationsSheet = locate(EVALUATIONS_SHEET);
  const ledgerRows = rowCount(ledgerSheet[0]);
  const split = ledgerRows / Math.max(1, ledgerRows + rowCount(evaluationsSheet[0]));
  const ledger = yield* within(readLedgerSteps(...withProfile(ledgerSheet, profile)), 0, split);
  const inputs = readInputs(...withProfile(locate(INPUTS_SHEET), profile));
  const evaluations = yield* within(readEvaluationsSteps(...withProfile(evaluationsSheet, profile)), split, 1);
  const annualTargets = new Map<string, StageCounts>();
  for (const u of profile.units) if (u.targets) annualTargets.set(u.name, u.targets);
  return {
    ...resolved,
    ledger,
    inputs,
    evaluations,
    annualTargets,
    issues: [...ledger.issues, ...inputs.issues, ...evaluations.issues, ...resolved.targets.issues, ...resolved.params.issues],
  };
}

const withProfile = ([sheet, where]: [SheetValues | SheetInput | undefined, SheetWhere], profile: Profile): [SheetValues | SheetInput | undefined, Profile, SheetWhere] => [sheet, profile, where];
