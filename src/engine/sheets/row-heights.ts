// Row heights for wrapped text (issue 11 item 2). Excel and LibreOffice keep a
// row at its default height when a file or an add-in writes wrapped text into
// it, so only the first line of a long 说明 or 涉及行 shows. The heights are
// worked out here, from the text and the column widths, so both hosts (ExcelJS
// in the CLI, Office.js in the task pane) set the same ones.
import type { OutCell, SheetSpec } from "./types";

const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Tokens of a line: one wide character, a run of spaces, or a run of other characters (a word). */
const TOKEN = new RegExp(`${WIDE.source}|\\s+|[^\\s${WIDE.source.slice(1, -1)}]+`, "g");

/** Width of text in character cells: a CJK character (or full-width sign) takes two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

/**
 * Character cells of text that fit on one line of a column `width` characters
 * wide. A column's width counts digits of the default font (7 px at 11 pt);
 * a CJK glyph of the same size is about 15 px, a little over two digits, and
 * the cell keeps a few pixels of padding: 0.9 leaves room for both.
 */
export const cellsPerLine = (width: number): number => Math.max(2, Math.floor(width * 0.9));

/**
 * Lines `text` takes when wrapped at `perLine` cells, as Excel wraps: a CJK
 * character may end a line anywhere, other text breaks at spaces (a word too
 * long for a line is split), and a line break in the text starts a new line.
 */
export function wrappedLines(text: string, perLine: number): number {
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    lines++;
    let used = 0;
    for (const token of paragraph.match(TOKEN) ?? []) {
      const w = displayWidth(token);
      if (/^\s+$/.test(token)) {
        used = Math.min(perLine, used + w); // spaces hang at the end of a line
        continue;
      }
      if (used + w <= perLine) {
        used += w;
        continue;
      }
      if (used > 0) lines++;
      // A word longer than a whole line is split over as many lines as it needs.
      lines += Math.ceil(w / perLine) - 1;
      used = w % perLine || perLine;
    }
  }
  return lines;
}

/**
 * `pieces` joined into lines no wider than `perLine` (a piece wider than a line
 * gets a line of its own), separated by "\n". For lists such as 涉及行
 * "第34、74、206行": LibreOffice finds no place to break inside a run of
 * digits and 、, so the breaks are written into the text, where every host
 * honours them.
 */
export function packLines(pieces: readonly string[], perLine: number, joiner = ""): string {
  const lines: string[] = [];
  let line = "";
  for (const piece of pieces) {
    if (line !== "" && displayWidth(line + joiner + piece) > perLine) {
      lines.push(line);
      line = piece;
    } else line = line === "" ? piece : line + joiner + piece;
  }
  if (line !== "") lines.push(line);
  return lines.join("\n");
}

/** Points per line of 11 pt text (CJK fonts need a little more than Calibri's 15), and the cell's padding. */
export const LINE_POINTS = 16;
export const ROW_PADDING_POINTS = 2;
/** Excel's tallest row. */
export const MAX_ROW_POINTS = 409;

const textOf = (v: OutCell): string => (v === null ? "" : String(v));

/**
 * The height in points of each data row of `spec` (index = index in `rows`),
 * or null where every wrapped cell fits on one line and the default height
 * does. Only columns with `wrap` grow a row; other text is cut off or spills
 * over, as it would in a table the clerk typed.
 */
export function dataRowHeights(spec: SheetSpec): (number | null)[] {
  const wrapped = spec.columns.flatMap((c, i) => (c.wrap ? [{ i, perLine: cellsPerLine(c.width) }] : []));
  return spec.rows.map((row) => {
    if (wrapped.length === 0) return null;
    const lines = Math.max(1, ...wrapped.map(({ i, perLine }) => wrappedLines(textOf(row[i] ?? null), perLine)));
    return lines === 1 ? null : Math.min(MAX_ROW_POINTS, lines * LINE_POINTS + ROW_PADDING_POINTS);
  });
}
