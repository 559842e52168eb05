// `sanpi merge --json` (cycle.md §1): one document, the same in every host.
import type { Lang } from "../types";
import type { Added, Change, Duplicate, MergeResult, NotReturned } from "./types";

export interface MergeJson {
  files: { file: string; sheet: string | null; rows: number; units: string[]; error: string | null }[];
  rows: number;
  missingUnits: string[];
  duplicates: Duplicate[];
  changes: Change[];
  added: Added[];
  notReturned: NotReturned[];
  issues: { severity: string; code: string; file: string | null; sheet: string | null; row: number | null; column: string | null; message: string }[];
}

export function mergeToJson(result: MergeResult, lang: Lang = "zh"): MergeJson {
  const en = lang === "en";
  return {
    files: result.files.map((f) => ({ file: f.file, sheet: f.sheet, rows: f.rows, units: f.units, error: en ? f.errorEn : f.error })),
    rows: result.rows.length,
    missingUnits: result.missingUnits,
    duplicates: result.duplicates,
    changes: result.changes,
    added: result.added,
    notReturned: result.notReturned,
    issues: result.issues.map((i) => ({
      severity: i.severity,
      code: i.code,
      file: i.file,
      sheet: i.sheet,
      row: i.row,
      column: i.column,
      message: en ? i.messageEn : i.message,
    })),
  };
}
