// Reads every input sheet of a workbook once; the result scores any period.
import { readEvaluations, EVALUATIONS_SHEET, type EvaluationsResult } from "./parse/evaluations";
import { readInputs, INPUTS_SHEET, type InputsResult } from "./parse/inputs";
import { LEDGER_SHEET, readLedger, type LedgerResult } from "./parse/ledger";
import { findInputSheet, type SheetWhere } from "./parse/sheet";
import { readTargets, TARGETS_SHEET, type TargetsResult } from "./parse/targets";
import { withAddedUnits } from "./profile/added";
import { ruzhou2023 } from "./profile/ruzhou2023";
import type { Profile } from "./profile/types";
import type { Issue, SheetInput, SheetValues, StageCounts, WorkbookInput } from "./types";

/** Input sheet names (workbook-format §1). */
export const SHEETS = {
  ledger: LEDGER_SHEET,
  inputs: INPUTS_SHEET,
  evaluations: EVALUATIONS_SHEET,
  targets: TARGETS_SHEET,
} as const;

export { findInputSheet } from "./parse/sheet";

export interface ParsedWorkbook {
  /** The profile the workbook is scored with: the base profile plus the units 目标任务 adds. */
  profile: Profile;
  /** The profile it was read against. */
  base: Profile;
  ledger: LedgerResult;
  inputs: InputsResult;
  evaluations: EvaluationsResult;
  targets: TargetsResult;
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

export function readWorkbook(book: WorkbookInput, base: Profile = ruzhou2023, options: ReadOptions = {}): ParsedWorkbook {
  const available = [...(options.sheetNames ?? Object.keys(book))];
  const names = Object.keys(book);
  const locate = (canonical: string, profile: Profile): [SheetValues | SheetInput | undefined, Profile, SheetWhere] => {
    const name = findInputSheet(names, canonical);
    return [name === undefined ? undefined : book[name], profile, { name: name ?? canonical, available }];
  };
  // 目标任务 first: the units it adds are known to every other sheet.
  const targets = readTargets(...locate(TARGETS_SHEET, base));
  const profile = withAddedUnits(base, targets.added);
  const ledger = readLedger(...locate(LEDGER_SHEET, profile));
  const inputs = readInputs(...locate(INPUTS_SHEET, profile));
  const evaluations = readEvaluations(...locate(EVALUATIONS_SHEET, profile));
  const annualTargets = new Map<string, StageCounts>();
  for (const u of profile.units) {
    if (u.targets) annualTargets.set(u.name, { ...u.targets, ...(targets.overrides.get(u.name) ?? {}) });
  }
  return {
    profile,
    base,
    ledger,
    inputs,
    evaluations,
    targets,
    annualTargets,
    issues: [...ledger.issues, ...inputs.issues, ...evaluations.issues, ...targets.issues],
  };
}
