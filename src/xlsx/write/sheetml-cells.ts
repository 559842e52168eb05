// The cells of a new sheet: column widths and styles, the title, the header,
// the data rows and the footnotes as <cols>, <sheetData> and <mergeCells>.
// Text is written as inline strings (the user's sharedStrings stay as they
// are), so text starting with "=" stays text: an inline string is never a formula.
import { dataRowHeights } from "../../engine/sheets/row-heights";
import { BODY_POINTS, headerRowHeight, headerText, noteRowHeights, notesRowOf, TITLE_POINTS, titleRowHeight } from "../../engine/sheets/print";
import { headerRowOf, type OutCell, type SheetSpec } from "../../engine/sheets/types";
import type { CellStyle, StyleBook } from "./sheetml-styles";
import { attrs, cellRef, numberText, rangeRef, tElement } from "./sheetml-xml";

const HEADER_FILL = "FFD9E1F2";
const EMPHASIS_FILL = "FFFFF2CC";
const NOTE_COLOR = "FF595959";
const TEXT_FORMAT = "@";

/** The cells and their layout, as XML fragments of a worksheet. */
export interface CellsXml {
  cols: string;
  sheetData: string;
  mergeCells: string;
  /** The last row and column (1-based row, 0-based column) holding anything. */
  lastRow: number;
  lastCol: number;
}

/** Excel's longest cell text: a longer one makes Excel repair the file. */
const CELL_TEXT_MAX = 32767;

/** One cell: an inline string, a number, a boolean, or an empty styled cell. */
export function cellXml(row: number, col: number, v: OutCell, s: number): string {
  const r = cellRef(row, col);
  const style = s ? ` s="${s}"` : "";
  if (v === null || v === undefined || v === "") return s ? `<c r="${r}"${style}/>` : "";
  if (typeof v === "number") {
    const n = numberText(v);
    if (n !== null) return `<c r="${r}"${style}><v>${n}</v></c>`;
  }
  if (typeof v === "boolean") return `<c r="${r}"${style} t="b"><v>${v ? 1 : 0}</v></c>`;
  const text = String(v);
  return `<c r="${r}"${style} t="inlineStr"><is>${tElement(text.length > CELL_TEXT_MAX ? text.slice(0, CELL_TEXT_MAX) : text)}</is></c>`;
}

function rowXml(r: number, cells: string, height: number | null): string {
  const h = height === null ? "" : ` ht="${height}" customHeight="1"`;
  return `<row r="${r}"${h}>${cells}</row>`;
}

/** The style of the data cells of column `i`: its format, and the borders and alignment of the sheet's kind. */
function dataStyle(spec: SheetSpec, i: number, emphasis: boolean): CellStyle {
  const c = spec.columns[i];
  const output = spec.kind !== "input" && spec.kind !== "lists";
  const wraps = spec.columns.some((x) => x.wrap);
  return {
    numFmt: c?.numFmt ?? (spec.kind === "input" && c?.input === "text" ? TEXT_FORMAT : null),
    border: output,
    vertical: c?.wrap || wraps ? "top" : undefined,
    wrap: c?.wrap,
    ...(emphasis ? { font: { bold: true }, fill: EMPHASIS_FILL } : {}),
  };
}

export function renderCells(spec: SheetSpec, styles: StyleBook): CellsXml {
  const n = Math.max(1, spec.columns.length);
  const headerRow = headerRowOf(spec);
  const rows: string[] = [];
  const merges: string[] = [];

  const cols = spec.columns
    .map((c, i) => {
      // Input sheets: blank rows take the column's format (text columns "@", so typed text stays text).
      const style = spec.kind === "input" ? styles.xf(dataStyle(spec, i, false)) : 0;
      return `<col${attrs({ min: i + 1, max: i + 1, width: c.width, customWidth: 1, style: style || undefined })}/>`;
    })
    .join("");

  if (spec.title !== null) {
    const s = styles.xf({ font: { bold: true, size: TITLE_POINTS }, horizontal: "center", vertical: "center", wrap: true });
    let cells = cellXml(1, 0, spec.title, s);
    for (let i = 1; i < n; i++) cells += cellXml(1, i, null, s);
    rows.push(rowXml(1, cells, titleRowHeight(spec)));
    if (n > 1) merges.push(rangeRef(1, 0, 1, n - 1));
  }

  const header = styles.xf({ font: { bold: true }, fill: HEADER_FILL, border: true, horizontal: "center", vertical: "center", wrap: true });
  rows.push(rowXml(headerRow, spec.columns.map((c, i) => cellXml(headerRow, i, headerText(c), header)).join(""), headerRowHeight(spec)));

  const emphasis = new Set(spec.emphasis ?? []);
  const heights = dataRowHeights(spec);
  const plain = spec.columns.map((_, i) => styles.xf(dataStyle(spec, i, false)));
  const bold = emphasis.size ? spec.columns.map((_, i) => styles.xf(dataStyle(spec, i, true))) : plain;
  spec.rows.forEach((values, r) => {
    const row = headerRow + 1 + r;
    const s = emphasis.has(r) ? bold : plain;
    rows.push(rowXml(row, spec.columns.map((_, i) => cellXml(row, i, values[i] ?? null, s[i])).join(""), heights[r]));
  });

  let lastRow = headerRow + spec.rows.length;
  if (spec.notes?.length) {
    const s = styles.xf({ font: { italic: true, size: BODY_POINTS, color: NOTE_COLOR }, vertical: "top", wrap: true });
    const first = notesRowOf(spec);
    const heights = noteRowHeights(spec);
    spec.notes.forEach((text, i) => {
      const row = first + i;
      let cells = cellXml(row, 0, text, s);
      for (let c = 1; c < n; c++) cells += cellXml(row, c, null, s);
      rows.push(rowXml(row, cells, heights[i]));
      if (n > 1) merges.push(rangeRef(row, 0, row, n - 1));
    });
    lastRow = first + spec.notes.length - 1;
  }

  return {
    cols: cols ? `<cols>${cols}</cols>` : "",
    sheetData: `<sheetData>${rows.join("")}</sheetData>`,
    mergeCells: merges.length ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>` : "",
    lastRow,
    lastCol: n - 1,
  };
}
