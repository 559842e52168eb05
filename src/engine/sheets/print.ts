// How a generated sheet looks on screen and on paper, worked out once for every
// host (the package writer's SpreadsheetML, Office.js in the task pane): the
// font every style names, the footer, the validation of an input column and
// how many pages wide and tall a sheet prints (issue 20 items 1, 2, 4, 6).
import { message, phraseOf } from "../messages";
import { displayWidth, LINE_POINTS, MAX_ROW_POINTS, ROW_PADDING_POINTS, wrappedLines } from "./row-heights";
import { headerRowOf, type ColumnOut, type SheetSpec } from "./types";

/**
 * The face every style names (docs/decisions.md): 宋体 is on every Chinese
 * Windows since 95, in WPS and in every Office, and it is the face of printed
 * government tables. A style without a name falls back to the reader's
 * default, a Latin serif in LibreOffice and WPS (issue 20 item 2).
 */
export const SHEET_FONT = "宋体";
/** Points of body text, the title and the comments on header cells. */
export const BODY_POINTS = 11;
export const TITLE_POINTS = 14;
/** Points per line of 14 pt bold title text. */
const TITLE_LINE_POINTS = 20;

/** Page numbers in the footer of every generated sheet, in Excel's header/footer codes (&P page, &N pages). */
export const footerOf = (spec: SheetSpec): string => spec.footer ?? message("sheet.footer");

/** Excel's longest validation prompt and inline list, and its longest title. */
export const PROMPT_MAX = 255;
const INLINE_LIST_MAX = 255;
export const PROMPT_TITLE_MAX = 32;

/** A data validation of an input column, as every host writes it. */
export interface ColumnValidation {
  type: "list" | "whole" | "decimal" | "any";
  operator?: "between" | "greaterThanOrEqual" | "lessThanOrEqual";
  /** Formulas without "=": a quoted inline list `"是,否"`, a range, or bounds. */
  formulae: string[];
  errorStyle?: "stop" | "warning";
  errorTitle?: string;
  error?: string;
  promptTitle?: string;
  prompt?: string;
}

/** The validation of input column `c`, or null when it takes free text with no help. */
export function columnValidation(column: ColumnOut): ColumnValidation | null {
  const title = column.header.slice(0, PROMPT_TITLE_MAX);
  const prompt = column.note ? { promptTitle: title, prompt: column.note.slice(0, PROMPT_MAX) } : {};
  // Excel refuses a workbook whose inline list is over 255 characters: such a list needs a listSource.
  const inline = column.list ? `"${column.list.join(",")}"` : "";
  if (column.listSource || (column.list && inline.length - 2 <= INLINE_LIST_MAX)) {
    return {
      type: "list",
      formulae: [column.listSource ?? inline],
      // A warning, not a stop: the engine also accepts aliases (经开区, Y/N, …) and explains anything else.
      errorStyle: "warning",
      errorTitle: title,
      error: message("sheet.validation.list"),
      ...prompt,
    };
  }
  if ((column.input === "int" || column.input === "number") && (column.min !== undefined || column.max !== undefined)) {
    const both = column.min !== undefined && column.max !== undefined;
    const kind = { kind: phraseOf(column.input === "int" ? { zh: "整数", en: "whole number" } : { zh: "数值", en: "number" }) };
    const errorKey = both ? "sheet.validation.between" : column.min !== undefined ? "sheet.validation.atLeast" : "sheet.validation.atMost";
    return {
      type: column.input === "int" ? "whole" : "decimal",
      operator: both ? "between" : column.min !== undefined ? "greaterThanOrEqual" : "lessThanOrEqual",
      formulae: (both ? [column.min!, column.max!] : [column.min ?? column.max!]).map(String),
      errorStyle: "stop",
      errorTitle: title,
      error: message(errorKey, { min: column.min, max: column.max, ...kind }),
      ...prompt,
    };
  }
  return column.note ? { type: "any", formulae: [], ...prompt } : null;
}

/** How a sheet prints. */
export interface PrintLayout {
  landscape: boolean;
  /** Pages across (fit to width), and pages down (0 = as many as it takes). */
  pagesWide: number;
  pagesTall: number;
  /** 1-based rows repeated at the top of every page. */
  repeatRows: [number, number];
  /** Columns (from A) repeated at the left of every page across, 0 = none. */
  repeatColumns: number;
  /** 1-based worksheet rows that begin a new printed page (spec.pageBreaks); such a sheet is fitted to its width only. */
  rowBreaks: number[];
}

/** A4 less the margins every host sets (0.4 in left and right, 0.6 in top and bottom), in points. */
const A4_LONG = 842 - 2 * 0.4 * 72;
const A4_SHORT = 595 - 2 * 0.4 * 72;
/** The smallest print scale that stays legible on paper. */
const LEGIBLE_SCALE = 0.8;
/** A group's ranking with at most this many units prints on one page, footnotes included. */
export const ONE_PAGE_ROWS = 40;

/** A column's printed width in points (Excel: 7 px per character and 5 px padding, at 96 dpi). */
export const columnPoints = (chars: number): number => (Math.max(1, chars) * 7 + 5) * 0.75;

export function printLayout(spec: SheetSpec): PrintLayout {
  const headerRow = headerRowOf(spec);
  const printable = spec.landscape ? A4_LONG : A4_SHORT;
  const width = spec.columns.reduce((w, c) => w + columnPoints(c.width), 0);
  // Input sheets print across as many pages as keep the scale legible, 项目名称 repeated on each.
  const pagesWide = spec.kind === "input" ? Math.max(1, Math.ceil((width * LEGIBLE_SCALE) / printable)) : 1;
  const rowBreaks = (spec.pageBreaks ?? []).filter((r) => r > 0 && r < spec.rows.length).map((r) => headerRow + 1 + r);
  const pagesTall = spec.kind === "ranking" && spec.rows.length <= ONE_PAGE_ROWS && !rowBreaks.length ? 1 : 0;
  return { landscape: spec.landscape, pagesWide, pagesTall, repeatRows: [headerRow, headerRow], repeatColumns: pagesWide > 1 ? 1 : 0, rowBreaks };
}

const rowHeight = (lines: number, perLine = LINE_POINTS): number => Math.min(MAX_ROW_POINTS, lines * perLine + ROW_PADDING_POINTS);

/** Pixels of the merged width of every column (Excel: 7 px a character and 5 px padding a column). */
const sheetPixels = (spec: SheetSpec): number => spec.columns.reduce((w, c) => w + c.width * 7 + 5, 0);
/** Character cells of `points` text on one line `px` wide: a CJK glyph is as wide as its size (two cells), less a little padding. */
const cellsIn = (px: number, points: number): number => Math.max(2, Math.floor(((px - 6) / ((points * 96) / 72)) * 2 * 0.95));

/** Height of the title row: every line of the title shows (it wraps across the merged columns). */
export function titleRowHeight(spec: SheetSpec): number {
  return Math.max(30, rowHeight(wrappedLines(spec.title ?? "", cellsIn(sheetPixels(spec), TITLE_POINTS)), TITLE_LINE_POINTS) + 6);
}

/**
 * Character cells of bold header text on one line of a column: the column is
 * `width` × 7 + 5 px (Excel's digit width at 11 pt), less the cell's padding;
 * an 11 pt CJK glyph is 14.7 px, two cells of 7.33, and bold adds a little.
 */
const headerPerLine = (width: number): number => Math.max(2, Math.floor((width * 7 + 5 - 4) / 7.5));

/** Pieces a header may break between: a unit in brackets `(万元)` stays whole, CJK breaks anywhere, words at spaces. */
const HEADER_PIECE = /[(（][^()（）]*[)）]|[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[^\s(（\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+|\s+/g;

/**
 * A header as the header cell shows it: when it does not fit on one line of
 * its column, broken into lines of even length, never inside `(万元)` and
 * never leaving one character alone (issue 20 item 6: `累计完成投资(万元` then `)`).
 * Readers compare headers without white space, so the breaks change nothing
 * they read.
 */
export function headerText(column: ColumnOut): string {
  const perLine = headerPerLine(column.width);
  const text = column.header.trim();
  const total = displayWidth(text);
  if (total <= perLine || /\n/.test(text)) return column.header;
  const pieces = text.match(HEADER_PIECE) ?? [text];
  // A unit in brackets goes to a line of its own when the rest fits on one.
  const last = pieces[pieces.length - 1];
  const head = text.slice(0, text.length - last.length).trimEnd();
  if (/^[(（]/.test(last) && displayWidth(head) <= perLine && displayWidth(last) <= perLine) return `${head}\n${last}`;
  const pack = (max: number): string[] => {
    const out: string[] = [];
    let line = "";
    for (const piece of pieces) {
      if (line !== "" && displayWidth(line + piece) > max) {
        out.push(line.trimEnd());
        line = piece.trimStart();
      } else line += piece;
    }
    if (line.trim() !== "") out.push(line.trim());
    return out;
  };
  // The fewest lines, each as even as the pieces allow.
  for (let lines = Math.ceil(total / perLine); lines <= pieces.length; lines++) {
    for (let max = Math.ceil(total / lines); max <= perLine; max++) {
      const out = pack(max);
      if (out.length <= lines) return out.join("\n");
    }
  }
  return column.header;
}

/** Height of the header row: every header shows whole, wrapped in its column (bold text is a little wider). */
export function headerRowHeight(spec: SheetSpec): number {
  const lines = Math.max(1, ...spec.columns.map((c) => wrappedLines(headerText(c), headerPerLine(c.width))));
  return Math.max(32, rowHeight(lines) + 4);
}

/** Heights of the footnote rows, each wrapped across the sheet's width. */
export function noteRowHeights(spec: SheetSpec): number[] {
  const perLine = cellsIn(sheetPixels(spec), BODY_POINTS);
  return (spec.notes ?? []).map((t) => rowHeight(wrappedLines(t, perLine)));
}

/** 1-based worksheet row of the first footnote: one blank row under the table. */
export const notesRowOf = (spec: SheetSpec): number => headerRowOf(spec) + spec.rows.length + 2;
