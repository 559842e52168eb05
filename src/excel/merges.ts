// Merged areas of the input sheets (workbook-format §1.1 "Merged cells in data
// rows"): Excel tells them with Range.getMergedAreasOrNullObject, ExcelApi 1.13
// (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)),
// which returns the areas whose top-left cell is in the range. Where 1.13 is
// not supported the engine is told the merges are unknown, and a blank
// required cell's message says how to unmerge it.
import type { MergedArea } from "../engine/types";

/** Whether this Excel can tell merged areas (ExcelApi 1.13). */
export function supportsMergedAreas(): boolean {
  return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", "1.13") === true;
}

/** Queue the load of a used range's merged areas; call the returned function after the sync. */
export function queueMergedAreas(range: Excel.Range): () => MergedArea[] {
  const areas = range.getMergedAreasOrNullObject();
  areas.load("address");
  return () => (areas.isNullObject ? [] : parseAreasAddress(areas.address));
}

const CELL = /^\$?([A-Z]{1,3})\$?(\d+)$/;
const colIndex = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/**
 * `'项目台帐'!A3:A4, '项目台帐'!F3:I3` (RangeAreas.address) → 0-based areas.
 * Sheet names may hold commas or `!` inside their quotes, so each block is read
 * as sheet part, then the A1 part after the last `!`.
 */
export function parseAreasAddress(address: string): MergedArea[] {
  const out: MergedArea[] = [];
  const block = /(?:'(?:[^']|'')*'|[^,!']+)!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)/gi;
  for (const m of address.matchAll(block)) {
    const [from, to = from] = m[1].toUpperCase().split(":");
    const a = CELL.exec(from);
    const b = CELL.exec(to);
    if (!a || !b) continue;
    out.push({ row0: Number(a[2]) - 1, col0: colIndex(a[1]), row1: Number(b[2]) - 1, col1: colIndex(b[1]) });
  }
  return out;
}
