// Reads every input sheet of a workbook once; the result scores any period.
import { readEvaluations, EVALUATIONS_SHEET, type EvaluationsResult } from "./parse/evaluations";
import { readInputs, INPUTS_SHEET, type InputsResult } from "./parse/inputs";
import { LEDGER_SHEET, readLedger, type LedgerResult } from "./parse/ledger";
import { readTargets, TARGETS_SHEET, type TargetsResult } from "./parse/targets";
import { ruzhou2023 } from "./profile/ruzhou2023";
import type { Profile } from "./profile/types";
import type { Issue, SheetValues, StageCounts, WorkbookValues } from "./types";

/** Input sheet names (workbook-format §1). */
export const SHEETS = {
  ledger: LEDGER_SHEET,
  inputs: INPUTS_SHEET,
  evaluations: EVALUATIONS_SHEET,
  targets: TARGETS_SHEET,
} as const;

export interface ParsedWorkbook {
  profile: Profile;
  ledger: LedgerResult;
  inputs: InputsResult;
  evaluations: EvaluationsResult;
  targets: TargetsResult;
  /** Annual targets in force per unit of groups A and B (profile, then 目标任务 overrides). */
  annualTargets: Map<string, StageCounts>;
  /** Issues of all sheets, in sheet order then row order. */
  issues: Issue[];
}

/** Find a sheet by name, exact after trimming. */
function sheet(book: WorkbookValues, name: string): SheetValues | undefined {
  if (book[name]) return book[name];
  const k = Object.keys(book).find((n) => n.trim() === name);
  return k === undefined ? undefined : book[k];
}

export function readWorkbook(book: WorkbookValues, profile: Profile = ruzhou2023): ParsedWorkbook {
  const ledger = readLedger(sheet(book, LEDGER_SHEET), profile);
  const inputs = readInputs(sheet(book, INPUTS_SHEET), profile);
  const evaluations = readEvaluations(sheet(book, EVALUATIONS_SHEET), profile);
  const targets = readTargets(sheet(book, TARGETS_SHEET), profile);
  const annualTargets = new Map<string, StageCounts>();
  for (const u of profile.units) {
    if (u.targets) annualTargets.set(u.name, { ...u.targets, ...(targets.overrides.get(u.name) ?? {}) });
  }
  return {
    profile,
    ledger,
    inputs,
    evaluations,
    targets,
    annualTargets,
    issues: [...ledger.issues, ...inputs.issues, ...evaluations.issues, ...targets.issues],
  };
}
