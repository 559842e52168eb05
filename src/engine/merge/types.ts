// Shapes of `merge` (cycle.md §1): what a host hands in (each return's sheets
// as the readers take them) and what comes out (the flat ledger, the lists of
// the 汇总说明 and of `--json`, the master's patch). Pure data.
import type { OutCell } from "../sheets/types";
import type { CellValue, Severity, WorkbookInput } from "../types";

/** One return as the host read it: the sheets, or why it could not be read. */
export interface ReturnInput {
  /** The file's name as shown (no folders): `05-临汝镇.xlsx`. */
  file: string;
  /** The sheets as the readers take them; absent when the file could not be read. */
  book?: WorkbookInput;
  /** Every sheet's name in tab order (default: the keys of `book`). */
  sheetNames?: string[];
  /** Why the host could not read the file (not a workbook, .xls, encrypted, empty …), in both languages. */
  error?: { zh: string; en: string } | null;
}

/** The master (总台账) for `--into`: its sheets as the readers take them. */
export interface MasterInput {
  file: string;
  book: WorkbookInput;
  sheetNames?: string[];
}

export interface FileSummary {
  file: string;
  /** The sheet read as the ledger; null when none was found or the file was unreadable. */
  sheet: string | null;
  /** Project rows taken. */
  rows: number;
  /** Units of groups A and B the rows name, in order of first appearance. */
  units: string[];
  /** The unit the return is of (the unit most of its rows name), when there is one. */
  unit: string | null;
  error: string | null;
  errorEn: string | null;
}

/** One row of the flat ledger: the template's columns as read, and where it came from. */
export interface MergedRow {
  /** One value per template column (LEDGER_COLUMNS order); dates as day serials. */
  cells: OutCell[];
  file: string;
  /** 1-based worksheet row in the return. */
  row: number;
  /** The canonical unit of groups A/B the row names, or null. */
  unit: string | null;
  /** The 项目名称 as typed, trimmed. */
  name: string;
  /** normalised 项目名称 + 责任单位 (rules §2); null without a name. */
  key: string | null;
  /** The return's raw cells by ledger column index (merged areas filled), for the master's patch; undefined where the return has no such column. */
  raw: (CellValue | undefined)[];
}

export interface Source {
  file: string;
  row: number;
}

export interface Conflict {
  column: string;
  values: (Source & { value: string | number | boolean | null })[];
}

export interface Duplicate {
  unit: string;
  name: string;
  sources: Source[];
  conflicts: Conflict[];
}

export interface Change {
  unit: string;
  name: string;
  column: string;
  old: string | number | boolean | null;
  new: string | number | boolean | null;
  file: string;
  row: number;
  masterRow: number;
}

export interface Added {
  unit: string;
  name: string;
  file: string;
  row: number;
}

export interface NotReturned {
  unit: string;
  name: string;
  masterRow: number;
}

/** A line of the 汇总说明 and of `--json` `issues`: what is wrong, where. */
export interface MergeIssue {
  severity: Severity;
  code: string;
  file: string | null;
  sheet: string | null;
  row: number | null;
  column: string | null;
  message: string;
  messageEn: string;
}

/** The master's 项目台账 updated: cells set and rows appended, in the master's own columns. */
export interface MasterPatch {
  /** The master's ledger sheet as named in the workbook. */
  sheet: string;
  /** Cells to set: 1-based worksheet row, 0-based column. */
  set: { row: number; col: number; value: OutCell; date: boolean }[];
  /** Rows to append after the sheet's last used row: 0-based column → value. */
  append: { col: number; value: OutCell; date: boolean }[][];
  /** 1-based worksheet row after which the rows are appended (the sheet's last used row). */
  lastRow: number;
}

export interface MergeResult {
  files: FileSummary[];
  /** Headers of the flat ledger: the template's columns, then 来源文件 and 来源行. */
  headers: string[];
  rows: MergedRow[];
  missingUnits: string[];
  duplicates: Duplicate[];
  changes: Change[];
  added: Added[];
  notReturned: NotReturned[];
  issues: MergeIssue[];
  /** Rows the ledger reader finds in error (`check` on the merged workbook). */
  rowErrors: number;
  /** With a master: how to update its 项目台账. */
  patch: MasterPatch | null;
  /** Whether every file was read and no row has an error (exit 0). */
  clean: boolean;
}
