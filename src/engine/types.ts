// Shared shapes of the engine. Pure data: no Office or Node globals.

/** What one cell may hold, as Excel's `range.values` or ExcelJS gives it. */
export type CellValue =
  | string
  | number
  | boolean
  | Date
  | null
  | undefined
  | { error: string } // ExcelJS error cell
  | { richText: { text: string }[] } // ExcelJS rich text
  | { formula?: string; result?: unknown } // ExcelJS formula cell
  | { text: string; hyperlink?: string } // ExcelJS hyperlink
  | Record<string, unknown>;

/** A sheet as a 2-D array of cell values, row 0 = worksheet row 1. */
export type SheetValues = CellValue[][];

/**
 * A merged area of a sheet, 0-based and inclusive, in the coordinates of the
 * sheet's values (row 0 = worksheet row 1, column 0 = column A).
 */
export interface MergedArea {
  row0: number;
  col0: number;
  row1: number;
  col1: number;
}

/**
 * One sheet as a host hands it over (workbook-format §1.1): the values exactly
 * as Excel's `range.values` gives them, and the merged areas when the host
 * knows them. `merges` absent or null = the host cannot tell (Excel without
 * ExcelApi 1.13); `[]` = known to have none. A formula cell without a cached
 * result is passed as `{ formula: "…" }` (no `result`), so the engine can say so.
 */
export interface SheetInput {
  values: SheetValues;
  merges?: MergedArea[] | null;
}

/** The sheets a host hands to the engine, by sheet name (exact, untrimmed is fine). */
export type WorkbookValues = Record<string, SheetValues>;

/** What a host hands to the engine: per sheet, bare values or values with merged areas. */
export type WorkbookInput = Record<string, SheetValues | SheetInput>;

export type Lang = "zh" | "en";
/** Only errors change the exit code; `info` lists what was read differently (skipped rows, ignored columns). */
export type Severity = "error" | "warning" | "info";

/** One problem found in a workbook, always data, never an exception. */
export interface Issue {
  severity: Severity;
  sheet: string;
  /** 1-based worksheet row; null for sheet-level or unit-level issues. */
  row: number | null;
  /** Canonical column header, e.g. "总投资(万元)"; null when not about one cell. */
  column: string | null;
  /** A1 reference of the cell (e.g. "P7"), when the issue points at one cell. */
  cell?: string;
  code: string;
  message: string;
  /** English text of the same message. */
  messageEn?: string;
}

export type GroupId = "towns" | "departments" | "service";

/** A reporting period: one quarter, or the year through `quarter` (4 = whole year). */
export interface Period {
  year: number;
  kind: "quarter" | "year";
  /** For a quarter: that quarter; for a year: the last quarter covered (4 = full year). */
  quarter: 1 | 2 | 3 | 4;
}

export type Stage = "plan" | "sign" | "start" | "commission";

export interface StageCounts {
  plan: number;
  sign: number;
  start: number;
  commission: number;
}
