// A generated sheet described once, as plain data; each host (ExcelJS in the
// CLI, Office.js in the task pane) has a small writer that renders it.

/** Written as a value, never as a formula: text from users stays text. */
export type OutCell = string | number | boolean | null;

export interface ColumnOut {
  header: string;
  /** Width in characters. */
  width: number;
  /** Excel number format, e.g. "0.00"; null = General. */
  numFmt?: string | null;
  /** Data-validation list for template sheets. */
  list?: string[];
  /**
   * Where `list` is written when it is too long to inline (Excel caps an inline
   * list at 255 characters): an absolute reference such as `'下拉选项'!$A$2:$A$50`
   * into a `kind: "lists"` sheet of the same specs. Hosts validate against it.
   */
  listSource?: string;
  /** Kind of input the column takes, for template formats and validation. */
  input?: "text" | "amount" | "date" | "bool" | "int" | "number";
  /** Inclusive bounds for `int` / `number` inputs (a validation rule). */
  min?: number;
  max?: number;
  /** Wrap long text in the data cells (explanations). */
  wrap?: boolean;
  /** Help for the clerk: a note on the header cell and the validation prompt. */
  note?: string;
}

export interface SheetSpec {
  /** Sheet name (≤ 31 characters, no []:*?/\). */
  name: string;
  kind: "ranking" | "detail" | "goals" | "input" | "lists" | "guide";
  /** Title in row 1 (merged across the columns); null = no title row (inputs). */
  title: string | null;
  columns: ColumnOut[];
  /** Data rows, written below the header. */
  rows: OutCell[][];
  /** 0-based column with data bars (the totals), if any. */
  dataBarColumn?: number;
  /** A clustered bar chart of one value column by one category column. */
  chart?: { title: string; categoryColumn: number; valueColumn: number };
  /** Rows (0-based within `rows`) to show bold, e.g. award winners or sums. */
  emphasis?: number[];
  /** Print: landscape, fit to one page wide. */
  landscape: boolean;
  /** Lines written under the table, one per row (notes, clause citations). */
  notes?: string[];
  /** Hidden sheet (the template's validation lists). */
  hidden?: boolean;
  /** Input sheets: how many rows under the header get validation and formats (default 1000). */
  inputRows?: number;
  /** Printed footer in Excel's codes (&P page, &N pages); default `第 &P 页 共 &N 页` (print.ts). */
  footer?: string;
  /** Print: rows (0-based within `rows`) that begin a new page, e.g. each group of a monthly ranking. */
  pageBreaks?: number[];
}

/**
 * Fill of the data bars under 总分 / 得分 / 完成率, in both hosts. A light blue
 * (between Excel's "Blue, Accent 1, Lighter 40%" and "60%"): black numbers
 * on it read at a contrast of 13:1 and it still shows on white (1.58:1), where the mid-blue 5B9BD5 gave 7:1 and was hard to read in
 * the top rows, whose bars are full (issue 11 item 11, issue 20 item 3).
 */
export const DATA_BAR_COLOR = "#B4D1EB";
/**
 * The longest data bar, in percent of the cell: bars grow from the left and
 * stop at the middle, and the number (right-aligned) sits beside them, never
 * on a bar (issue 20 item 3). Bars start at 0, so their lengths compare.
 */
export const DATA_BAR_MAX_LENGTH = 50;

/** Excel's sheet-name rules: ≤ 31 characters, none of []:*?/\, not blank. */
export function safeSheetName(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, "-")
    .replace(/^'+|'+$/g, "")
    .trim();
  return (cleaned || "Sheet").slice(0, 31);
}

/** 1-based worksheet row of the header for a spec (row 1 is the title when there is one). */
export const headerRowOf = (s: SheetSpec): number => (s.title === null ? 1 : 2);
