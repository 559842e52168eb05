// A1 addresses and sheet references: the little arithmetic the adapter needs.
import { columnLetter } from "../engine/parse/table";

export const cellAddress = (row0: number, col0: number): string => `${columnLetter(col0)}${row0 + 1}`;

export function rangeAddress(row0: number, col0: number, rows: number, cols: number): string {
  const first = cellAddress(row0, col0);
  return rows === 1 && cols === 1 ? first : `${first}:${cellAddress(row0 + rows - 1, col0 + cols - 1)}`;
}

/** A sheet name as a formula reference: always quoted, quotes doubled. */
export const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/**
 * The sheet a one-cell reference points at: `='乡镇 排名'!$A$1` or `=Sheet1!$A$1`
 * → the sheet name; `=#REF!$A$1` (the sheet was deleted) or anything else → null.
 */
export function sheetOfReference(formula: unknown): string | null {
  if (typeof formula !== "string") return null;
  const f = formula.trim().replace(/^=/, "");
  const quoted = /^'((?:[^']|'')+)'!/.exec(f);
  if (quoted) return quoted[1].replace(/''/g, "'");
  const bare = /^([^'!#][^!]*)!/.exec(f);
  return bare ? bare[1] : null;
}

/** Same sheet name, as Excel compares them (case-insensitive). */
export const sameSheetName = (a: string, b: string): boolean => a.toLocaleLowerCase() === b.toLocaleLowerCase();
