// One worksheet's XML (ECMA-376 Part 1, 18.3.1) read into exactly what Excel's
// `range.values` gives: "" for blank, numbers, text, booleans, "#N/A"-style
// error text, formula cells as their cached value, and a formula that was never
// calculated as `{ formula }` so the engine can say so (workbook-format §1.1).
import type { CellValue, MergedArea, SheetInput } from "../engine";
import { readStringItem } from "./parts";
import { decodeXstring, XmlError, XmlScanner } from "./xml";

export interface SheetContext {
  sharedStrings: readonly string[];
  /** Set for a 1904-date-system workbook: which style indexes are date formats. */
  dateStyles1904: readonly boolean[] | null;
}

/** Excel's grid (ECMA-376 Part 1, 18.3.1.73 and 18.3.1.4): a cell beyond it is not a cell Excel could show. */
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

/** A decimal number as xsd:double writes it (no hex, no binary, no Infinity). */
const DECIMAL = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/** Days between the 1904 and the 1900 date systems' day 0. */
const DAYS_1904 = 1462;
const DAY_MS = 86_400_000;
const SERIAL_ZERO_MS = Date.UTC(1899, 11, 30);

/** `A1:C4` (or one cell) → a 0-based inclusive area; null when it is not a reference. */
export function areaOf(ref: string): MergedArea | null {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref.trim().toUpperCase());
  if (!m) return null;
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const [c0, r0] = [col(m[1]), Number(m[2]) - 1];
  const [c1, r1] = m[3] ? [col(m[3]), Number(m[4]) - 1] : [c0, r0];
  return { row0: Math.min(r0, r1), col0: Math.min(c0, c1), row1: Math.max(r0, r1), col1: Math.max(c0, c1) };
}

/** The 0-based column of the cell reference at [from, to) (`AB12` → 27); -1 when it has no letters. */
function columnAt(x: { charAt(i: number): number }, from: number, to: number): number {
  let col = 0;
  let i = from;
  for (; i < to; i++) {
    const c = x.charAt(i) & ~32; // upper case
    if (c < 65 || c > 90) break;
    col = col * 26 + c - 64;
  }
  return i === from ? -1 : col - 1;
}

const columnOf = (ref: string): number => columnAt({ charAt: (i) => ref.charCodeAt(i) }, 0, ref.length);

/** An ISO 8601 date cell (`t="d"`) as a 1900-system serial, like every other date. */
function isoToSerial(text: string): number | string {
  const t = /[zZ]|[+-]\d\d:?\d\d$/.test(text) || !text.includes("T") ? text : text + "Z";
  const ms = Date.parse(t.length === 10 ? t + "T00:00:00Z" : t);
  if (Number.isNaN(ms)) return "#VALUE!";
  const serial = (ms - SERIAL_ZERO_MS) / DAY_MS;
  return serial < 61 ? serial - 1 : serial; // Excel's fictitious 1900-02-29
}

/**
 * A dependent of a shared formula (`<f t="shared" si="0"/>`) spelled out from
 * its master's text: relative cell references move by the cells' offset, as
 * Excel shows them. Only needed for a message when there is no cached value.
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  const letters = (n: number) => {
    let s = "";
    for (n += 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  };
  // String literals and quoted sheet names pass unchanged; a reference is not part of a name or a function call.
  return formula.replace(
    /"(?:[^"]|"")*"|'(?:[^']|'')*'|(?<![A-Za-z0-9_.])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g,
    (all, colAbs: string | undefined, col: string | undefined, rowAbs: string, row: string) => {
      if (col === undefined) return all;
      const c = colAbs ? columnOf(col) : columnOf(col) + cols;
      const r = rowAbs ? Number(row) : Number(row) + rows;
      return c < 0 || r < 1 ? "#REF!" : `${colAbs}${letters(c)}${rowAbs}${r}`;
    },
  );
}

interface SharedMaster {
  formula: string;
  row: number;
  col: number;
}

/** The cached `<v>` of a cell of type `t`, as `range.values` gives it. */
function typedValue(t: string | null, v: string, ctx: SheetContext): CellValue {
  switch (t) {
    case "s":
      return ctx.sharedStrings[Number(v)] ?? "";
    case "str":
    case "inlineStr":
      return decodeXstring(v);
    case "b":
      return v.trim() === "1" || v.trim().toLowerCase() === "true";
    case "e":
      return v;
    case "d":
      return isoToSerial(v);
    default: {
      // xsd:double as Excel writes it; `0x1F`, `0b1`, `Infinity` are not numbers, they stay text (an amount error, not 31).
      if (v.trim() === "") return "";
      return DECIMAL.test(v) ? Number(v) : v;
    }
  }
}

export function parseSheet(xml: string, ctx: SheetContext): SheetInput {
  const x = new XmlScanner(xml);
  const rows: CellValue[][] = [];
  const merges: MergedArea[] = [];
  const shared = new Map<string, SharedMaster>();
  let row = -1;
  let col = -1;
  try {
    while (x.next()) {
      if (x.closing) continue;
      const name = x.name;
      if (name === "row") {
        const at = x.attrAt("r");
        const r = at < 0 ? NaN : x.intAt(at, x.valueEnd);
        row = r >= 1 ? r - 1 : row + 1;
        col = -1;
      } else if (name === "c") {
        const at = x.attrAt("r");
        const c = at < 0 ? -1 : columnAt(x, at, x.valueEnd);
        col = c >= 0 ? c : col + 1;
        if (row < 0) row = 0;
        const value = readCell(x, row, col, ctx, shared);
        if (value !== "" && row < MAX_ROWS && col < MAX_COLS) (rows[row] ??= [])[col] = value;
      } else if (name === "mergeCell") {
        const area = areaOf(x.attr("ref") ?? "");
        if (area && area.row0 < MAX_ROWS && area.col0 < MAX_COLS) merges.push({ ...area, row1: Math.min(area.row1, MAX_ROWS - 1), col1: Math.min(area.col1, MAX_COLS - 1) });
      }
    }
  } catch (e) {
    // Malformed XML names the row it is in (or after), for the clerk to find.
    if (e instanceof XmlError && e.row === null) e.row = Math.max(row, 0) + 1;
    throw e;
  }
  return { values: compactRows(rows, merges), merges };
}

function readCell(x: XmlScanner, row: number, col: number, ctx: SheetContext, shared: Map<string, SharedMaster>): CellValue {
  const t = x.attr("t");
  const sAt = ctx.dateStyles1904 ? x.attrAt("s") : -1;
  const style = sAt < 0 ? -1 : x.intAt(sAt, x.valueEnd);
  let v: string | null = null;
  let formula: string | null = null;
  let inline: string | null = null;
  let dependentOf: SharedMaster | null = null; // a shared formula's dependent: its text is the master's, moved
  if (!x.selfClosing) {
    while (x.next()) {
      if (x.closing) {
        if (x.name === "c") break;
        continue;
      }
      if (x.name === "v") v = x.text();
      else if (x.name === "is") inline = readStringItem(x);
      else if (x.name === "f") {
        const si = x.attr("t") === "shared" ? x.attr("si") : null;
        formula = x.text();
        if (si !== null && formula !== "") shared.set(si, { formula, row, col });
        else if (si !== null) dependentOf = shared.get(si) ?? null;
      } else x.skipElement(); // <extLst> and the like
    }
  }
  let value: CellValue;
  if (t === "inlineStr" && inline !== null) value = inline;
  else if (v !== null && !(formula !== null && v === "" && t !== "str")) value = typedValue(t, v, ctx);
  else if (formula !== null) {
    // Never calculated: no cached value to give, only the formula as Excel would show it.
    const m = dependentOf;
    return { formula: m ? shiftFormula(m.formula, row - m.row, col - m.col) : formula };
  } else value = inline ?? "";
  if (typeof value === "number" && style >= 0 && ctx.dateStyles1904?.[style]) value += DAYS_1904;
  return value;
}

/**
 * Past this many cells the used rectangle is not built (as a multiple of the
 * cells filled, or this floor): one stray cell at XFD1048576 would make it 17
 * billion cells (issue 15 §3.1).
 */
const RECTANGLE_FACTOR = 4;
const RECTANGLE_FLOOR = 1 << 20;

/**
 * Rows from A1 as range.values gives them: padded to one width with "", up to
 * the last filled row. Where that rectangle would hold more than
 * RECTANGLE_FACTOR × the filled cells, each row instead ends at its own last
 * filled cell (gaps ""), empty rows []; the engine reads a missing cell as a
 * blank, so the verdict is the same and memory follows the cells, not the
 * rectangle. Cells a merged area covers read "" (Excel keeps the top-left one only).
 */
function compactRows(rows: CellValue[][], merges: MergedArea[]): CellValue[][] {
  for (const m of merges) {
    for (let r = m.row0; r <= m.row1 && r < rows.length; r++) {
      const cells = rows[r];
      if (!cells) continue;
      for (let c = m.col0; c <= m.col1 && c < cells.length; c++) if (r !== m.row0 || c !== m.col0) delete cells[c];
    }
  }
  let height = 0;
  let widest = 0;
  let filled = 0;
  const lasts: number[] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r];
    let last = cells ? cells.length - 1 : -1;
    while (last >= 0 && (cells[last] === undefined || cells[last] === "")) last--;
    lasts[r] = last;
    if (last < 0) continue;
    height = r + 1;
    widest = Math.max(widest, last + 1);
    for (const c in cells) if (cells[c] !== "") filled++; // own indexes only: the holes are not visited
  }
  const rectangle = widest * height <= Math.max(RECTANGLE_FACTOR * filled, RECTANGLE_FLOOR);
  const out: CellValue[][] = new Array(height);
  for (let r = 0; r < height; r++) {
    const cells = rows[r] ?? [];
    const width = rectangle ? widest : lasts[r] + 1;
    const line: CellValue[] = new Array(width);
    for (let c = 0; c < width; c++) line[c] = cells[c] ?? "";
    out[r] = line;
  }
  return out;
}
