// A1 addresses and sheet references: the little arithmetic the adapter needs.
import { columnLetter } from "../engine/parse/table";

export const cellAddress = (row0: number, col0: number): string => `${columnLetter(col0)}${row0 + 1}`;

export function rangeAddress(row0: number, col0: number, rows: number, cols: number): string {
  const first = cellAddress(row0, col0);
  return rows === 1 && cols === 1 ? first : `${first}:${cellAddress(row0 + rows - 1, col0 + cols - 1)}`;
}

export { quoteSheet, sameSheetName, sheetOfReference } from "../engine/sheets/placement";
