// Plain-text tables for the terminal, aligned by display width (a CJK
// character takes two columns), and a SheetSpec rendered as such a table.
// A table fits the terminal's width (issue 20 item 14): long headers break
// onto two lines, then one column (说明, by default the last) wraps.
import type { ColumnOut, OutCell, SheetSpec } from "../engine";
import { displayWidth } from "../engine/sheets/row-heights";

/** The width a table is fitted to when the output is not a terminal (a file, a pipe, a test). */
export const DEFAULT_COLUMNS = 100;
/** The narrowest a wrapped column gets, however narrow the terminal: past that the table is wider. */
const MIN_WRAP = 12;

const pad = (s: string, width: number, right: boolean): string => {
  const fill = " ".repeat(Math.max(0, width - displayWidth(s)));
  return right ? fill + s : s + fill;
};

// Pieces a line never breaks inside: a Latin word or number (2023Q1, §4.1, --quarter) with the spaces after it,
// one CJK character; closing punctuation stays with what it closes, an opening bracket with what it opens.
const PIECE = /[(（“‘「《]*(?:[^\s\u2E80-\uFFEF]+\s*|[\u2E80-\uFFEF]\s*|\s+)[)）”’」》，。、：；！？,.;:!?]*/gu;

/** `s` cut into lines of at most `width` display columns, at the places a reader expects a break. */
export function wrapText(s: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const piece of s.match(PIECE) ?? [s]) {
    if (displayWidth(line + piece.trimEnd()) <= width) {
      line += piece;
      continue;
    }
    if (line.trim() !== "") lines.push(line.trimEnd());
    line = "";
    // A piece wider than the column (a long file path) is cut where it must be.
    for (const ch of piece) {
      if (displayWidth(line + ch) > width && line !== "") {
        lines.push(line);
        line = "";
      }
      line += ch;
    }
  }
  return [...lines, line.trimEnd()];
}

/** Whether a line may break between `a` and `b`: at a space, before a bracket, next to a CJK character; never inside a word. */
const breakable = (a: string, b: string): boolean => a === " " || b === " " || /[(（]/.test(b) || displayWidth(a) === 2 || displayWidth(b) === 2;

/** A header on two lines as even as can be, breaking before a bracket when that costs nothing: 谋划/储备, 奖励/(万元). */
function twoLines(h: string): [string, string] | null {
  const chars = [...h];
  let best: [string, string] | null = null;
  let bestCost = Infinity;
  for (let i = 1; i < chars.length; i++) {
    if (!breakable(chars[i - 1], chars[i])) continue;
    const [a, b] = [chars.slice(0, i).join(""), chars.slice(i).join("")];
    const cost = Math.max(displayWidth(a), displayWidth(b)) - (/^[(（]/.test(b) ? 1 : 0);
    if (cost < bestCost) [best, bestCost] = [[a.trimEnd(), b.trimStart()], cost];
  }
  return best;
}

export interface TableOptions {
  /** `right[i]` right-aligns column i (numbers). */
  right?: boolean[];
  /** The terminal's width; DEFAULT_COLUMNS when not given. */
  maxWidth?: number;
  /** The column that wraps when the table is too wide; the last one when not given. */
  wrap?: number;
}

/** Columns separated by two spaces, fitted to `maxWidth` (see the file's head). */
export function textTable(headers: string[], rows: string[][], options: TableOptions | boolean[] = {}): string {
  const o: TableOptions = Array.isArray(options) ? { right: options } : options;
  const right = o.right ?? [];
  const maxWidth = o.maxWidth ?? DEFAULT_COLUMNS;
  const wrapAt = o.wrap ?? headers.length - 1;
  const dataWidths = headers.map((_, i) => Math.max(0, ...rows.map((r) => displayWidth(r[i] ?? ""))));
  let heads: string[][] = headers.map((h) => [h]);
  const widths = headers.map((h, i) => Math.max(displayWidth(h), dataWidths[i]));
  let gap = 2;
  const total = () => widths.reduce((a, b) => a + b, 0) + gap * (widths.length - 1);
  if (total() > maxWidth) {
    // Headers wider than their data take two lines, those that save the most first, until the table fits.
    const splits = headers
      .map((h, i) => ({ i, lines: displayWidth(h) > dataWidths[i] ? twoLines(h) : null }))
      .map((s) => ({ ...s, width: s.lines ? Math.max(dataWidths[s.i], ...s.lines.map(displayWidth)) : widths[s.i] }))
      .filter((s) => s.width < widths[s.i])
      .sort((a, b) => widths[b.i] - b.width - (widths[a.i] - a.width) || a.i - b.i);
    heads = [...heads];
    for (const s of splits) {
      if (total() <= maxWidth) break;
      heads[s.i] = s.lines!;
      widths[s.i] = s.width;
    }
  }
  const wrap = () => {
    const others = total() - widths[wrapAt];
    widths[wrapAt] = Math.max(Math.min(MIN_WRAP, widths[wrapAt]), maxWidth - others);
  };
  if (total() > maxWidth && wrapAt >= 0) wrap();
  // Still too wide: one space between columns, and the wrapped column takes what that frees.
  if (total() > maxWidth) {
    gap = 1;
    if (wrapAt >= 0) {
      widths[wrapAt] = Math.max(dataWidths[wrapAt], displayWidth(headers[wrapAt]));
      wrap();
    }
  }
  const block = (cells: string[][]): string[] => {
    const height = Math.max(...cells.map((c) => c.length));
    return Array.from({ length: height }, (_, k) =>
      cells
        .map((c, i) => pad(c[k] ?? "", widths[i], right[i] ?? false))
        .join(" ".repeat(gap))
        .trimEnd(),
    );
  };
  const cellLines = (cell: string, i: number): string[] => (displayWidth(cell) > widths[i] ? wrapText(cell, widths[i]) : [cell]);
  const headerLines = heads.map((lines, i) => (lines.length === 2 ? lines : cellLines(lines[0], i)));
  // Header lines sit at the bottom, next to the dashes.
  const tallest = Math.max(...headerLines.map((l) => l.length));
  const headerBlock = block(headerLines.map((l) => [...Array(tallest - l.length).fill(""), ...l]));
  return [...headerBlock, block(widths.map((w) => ["-".repeat(w)]))[0], ...rows.flatMap((r) => block(headers.map((_, i) => cellLines(r[i] ?? "", i))))].join("\n") + "\n";
}

/** A cell as the number format shows it ("0.00" → two decimals). */
export function formatCell(v: OutCell, c: ColumnOut): string {
  if (v === null) return "";
  if (typeof v !== "number") return String(v);
  const m = /^0(?:\.(0+))?(%)?$/.exec(c.numFmt ?? "");
  if (!m) return String(v);
  const decimals = m[1]?.length ?? 0;
  return m[2] ? `${(v * 100).toFixed(decimals)}%` : v.toFixed(decimals);
}

/** A described sheet as a titled text table, fitted to `maxWidth`. */
export function specToText(spec: SheetSpec, maxWidth?: number): string {
  const rows = spec.rows.map((r) => spec.columns.map((c, i) => formatCell(r[i] ?? null, c)));
  const right = spec.columns.map((c, i) => spec.rows.some((r) => typeof r[i] === "number") && c.numFmt != null);
  // The widest text column wraps (the unit's name), never a number.
  const textWidths = spec.columns.map((_, i) => (right[i] ? -1 : Math.max(0, ...rows.map((r) => displayWidth(r[i])))));
  const wrap = textWidths.indexOf(Math.max(...textWidths));
  return `${spec.title ?? spec.name}\n${textTable(
    spec.columns.map((c) => c.header),
    rows,
    { right, maxWidth, wrap },
  )}`;
}
