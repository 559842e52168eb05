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

/** The sheets a host hands to the engine, by sheet name (exact, untrimmed is fine). */
export type WorkbookValues = Record<string, SheetValues>;

export type Lang = "zh" | "en";
export type Severity = "error" | "warning";

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
