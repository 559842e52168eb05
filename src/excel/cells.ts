// The cells of a generated sheet as two matrices, values and number formats,
// so a whole sheet is one values write. Text always gets the Text format "@":
// Excel then stores it as typed, so `=HYPERLINK(...)`, `00123` or `2023-01-01`
// from a user's cell stay text instead of turning into formulas, numbers or dates.
import { headerText } from "../engine/sheets/print";
import type { OutCell, SheetSpec } from "../engine/sheets/types";

export const TEXT_FORMAT = "@";
export const GENERAL = "General";

export type Written = string | number | boolean;

export interface SheetLayout {
  values: Written[][];
  formats: string[][];
  /** 0-based row of the header. */
  headerRow: number;
  /** 0-based rows of the data (may be empty). */
  firstDataRow: number;
  dataRows: number;
  /** 0-based row of the first note line, if any. */
  notesRow: number | null;
  columns: number;
}

/** A number Excel can hold; anything else is written as its text. */
function cellValue(v: OutCell): Written {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isFinite(v) ? v : String(v);
  if (typeof v === "boolean") return v;
  return String(v);
}

function cellFormat(v: Written, numFmt: string | null | undefined): string {
  if (typeof v === "string" && v !== "") return TEXT_FORMAT;
  return numFmt || GENERAL;
}

export function layoutSheet(spec: SheetSpec): SheetLayout {
  const columns = Math.max(1, spec.columns.length);
  const values: Written[][] = [];
  const formats: string[][] = [];
  const push = (cells: Written[], fmt: (v: Written, c: number) => string): void => {
    const row = Array.from({ length: columns }, (_, c) => (c < cells.length ? cells[c] : ""));
    values.push(row);
    formats.push(row.map(fmt));
  };
  const text = (v: Written): string => cellFormat(v, null);
  if (spec.title !== null) push([spec.title], text);
  const headerRow = values.length;
  push(
    spec.columns.map((c) => headerText(c)),
    text,
  );
  const firstDataRow = values.length;
  for (const r of spec.rows) push(r.map(cellValue), (v, c) => cellFormat(v, spec.columns[c]?.numFmt));
  let notesRow: number | null = null;
  if (spec.notes?.length) {
    push([], text);
    notesRow = values.length;
    for (const line of spec.notes) push([line], text);
  }
  return { values, formats, headerRow, firstDataRow, dataRows: spec.rows.length, notesRow, columns };
}

/** Excel column width (points) for a width in characters; CJK text needs about two per glyph. */
export const widthToPoints = (chars: number): number => Math.round((Math.max(1, chars) * 7 + 5) * 0.75 * 100) / 100;
