// Rows that are not data (workbook-format §1.1): a repeat of the header, subtotal
// and total rows, section rows and the notes block under the table. They are
// skipped and listed as `info`, never counted and never errors. Each test here
// looks at the row as typed, before merged areas are filled.
import type { CellValue } from "../types";
import { foldWidth, plain } from "./cells";
import { normaliseHeader } from "./header";

export type SkipKind = "headerRepeat" | "subtotal" | "section" | "notes";

export interface Skipped {
  kind: SkipKind;
  /** The text that decided it, as typed (shortened). */
  text: string;
  /** Column (0-based) of that text. */
  column: number;
}

export interface RowRules {
  /** Normalised header texts of the band and the fields' names: a row made only of these repeats the header. */
  headerTexts: Set<string>;
  /** Columns that are blank (as typed) in a section row: 责任单位, 总投资, 产业类别; on 目标任务 every target. */
  sectionColumns: number[];
  /** Columns checked for 合计/小计 besides the first non-empty cell: 序号 and 项目名称. */
  labelColumns: number[];
  /** The 序号 column, where a section row may carry its ordinal apart from its title (`一` | `签约项目`). */
  sequenceColumn?: number;
  /** Section columns that may hold a section's title when it is plainly one (an ordinal, a count, merged across): 责任单位. */
  titleColumns?: number[];
  /** Columns that, all typed, make a row a data row however it begins (never notes). */
  dataColumns: number[];
  /** Whether the cell is the top-left of an area merged across two or more columns; null when unknown. */
  mergedAcross: ((row: number, column: number) => boolean) | null;
  /** Whether a text names a group or a unit of the profile (a section such as `经开区管委会`). */
  namesGroupOrUnit: (text: string) => boolean;
}

const compact = (s: string): string => foldWidth(s).replace(/\s+/g, "");

const textOf = (cell: CellValue): string | null => {
  const value = plain(cell);
  return typeof value === "string" && value.trim() !== "" ? value : null;
};

/** Typed at all: a value, or a formula (even one without a cached result). */
export function isTyped(cell: CellValue): boolean {
  if (cell === null || cell === undefined) return false;
  if (typeof cell === "string") return cell.trim() !== "";
  if (typeof cell === "object" && !(cell instanceof Date) && ("formula" in cell || "sharedFormula" in cell)) return true;
  const value = plain(cell);
  return value !== null && !(typeof value === "string" && value.trim() === "");
}

const short = (s: string): string => {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > 30 ? `${t.slice(0, 30)}…` : t;
};

// Chinese ordinals that open a section title: 一、 （一） (一) 1、 1. （1） ①.
const ORDINAL = /^(?:第?[一二三四五六七八九十百零〇]+[、.]|\([一二三四五六七八九十百]+\)|\d{1,3}[、.](?!\d)|\(\d{1,3}\)|[①-⑳])/;
/** An ordinal alone, as a 序号 cell of a section row holds it: 一, 一、, (一), 1、, (1). */
const BARE_ORDINAL = /^(?:第?[一二三四五六七八九十百零〇]+[、.]?|\([一二三四五六七八九十百]+\)|\d{1,3}[、.]|\(\d{1,3}\)|[①-⑳])$/;
/** A count closing a title: （10个）, (3项), 共5个. */
const COUNT_SUFFIX = /(?:\(共?\d+(?:个|项)(?:项目)?\)|共\d+(?:个|项)(?:项目)?)$/;
/** A stage heading without an ordinal: 签约项目, 开工项目（29个）. */
const STAGE_TITLE = /^(?:新?签约|新?开工|投产达效|投产|谋划储备|谋划|新建|续建|竣工)(?:项目|类)?$/;
/** A table caption: …台账, …一览表, …汇总表. */
const CAPTION = /(?:台账|台帐|一览表|明细表|汇总表|统计表|任务分解表|清单)$/;
/** 合计, 小计, 总计, 累计: alone or after a name (经开区小计, 全市合计). */
const SUBTOTAL = /^.{0,30}?(?:合计|小计|总计|累计)$/;
/** The first cell of the notes block under the table (§1.1 item 4). */
const NOTES_PREFIXES = ["填报说明", "说明:", "注:", "备注:", "填报人", "审核人", "联系人", "联系电话", "填报单位", "填报日期", "制表", "负责人"];

/** The title without its ordinal and count: `（六）市畜牧局（1个）` → `市畜牧局`. */
export function titleCore(text: string): string {
  return compact(text).replace(ORDINAL, "").replace(COUNT_SUFFIX, "").replace(/[:]$/, "");
}

function isSubtotalText(text: string | null): boolean {
  if (!text || !text.includes("计")) return false; // 合计, 小计, 总计, 累计 all end in 计: most cells stop here
  const t = compact(text).replace(/:$/, "").replace(COUNT_SUFFIX, "");
  return SUBTOTAL.test(t);
}

/** Non-empty cells of a row as typed: [column, value]. */
function typedCells(row: CellValue[]): [number, CellValue][] {
  const out: [number, CellValue][] = [];
  for (let c = 0; c < row.length; c++) if (isTyped(row[c])) out.push([c, row[c]]);
  return out;
}

function firstTyped(row: CellValue[]): number {
  for (let c = 0; c < row.length; c++) if (isTyped(row[c])) return c;
  return -1;
}

const isHeaderText = (cell: CellValue, rules: RowRules): boolean => textOf(cell) !== null && rules.headerTexts.has(normaliseHeader(cell));

function headerRepeat(row: CellValue[], rules: RowRules): boolean {
  for (const v of row) if (isTyped(v) && !isHeaderText(v, rules)) return false;
  return true;
}

function notesStart(row: CellValue[], first: number): Skipped | null {
  const t = textOf(row[first]);
  if (!t) return null;
  const k = compact(t);
  return NOTES_PREFIXES.some((p) => k.startsWith(p)) ? { kind: "notes", text: short(t), column: first } : null;
}

function section(rowIndex: number, row: CellValue[], rules: RowRules): Skipped | null {
  // A title typed in one of the title columns (责任单位) is still a title when it says so plainly (below).
  const inKey = rules.sectionColumns.filter((c) => isTyped(row[c]));
  if (inKey.length > 1 || (inKey.length === 1 && !rules.titleColumns?.includes(inKey[0]))) return null;
  let title: [number, string] | null = null;
  let ordinalApart = false;
  for (const [c, v] of typedCells(row)) {
    const t = textOf(v);
    if (t === null) continue; // a stray number (a count, a 序号) does not make it a project
    if (c === rules.sequenceColumn && BARE_ORDINAL.test(compact(t))) {
      ordinalApart = true; // `一` or `（一）` in the 序号 column, the title beside it
      continue;
    }
    if (title) return null; // two texts: a half-typed project, not a title
    title = [c, t];
  }
  if (!title) return null;
  const [column, text] = title;
  const core = titleCore(text);
  const plainly = rules.mergedAcross?.(rowIndex, column) === true || ordinalApart || ORDINAL.test(compact(text)) || COUNT_SUFFIX.test(compact(text));
  // In 责任单位 only a plain title counts: a unit name alone there is a project without its name (an error).
  if (inKey.length === 1) return inKey[0] === column && plainly ? { kind: "section", text: short(text), column } : null;
  const isTitle = plainly || STAGE_TITLE.test(core) || CAPTION.test(core) || (core !== "" && rules.namesGroupOrUnit(core));
  return isTitle ? { kind: "section", text: short(text), column } : null;
}

/**
 * What a non-blank row below the header is, when it is not data. `inNotes`:
 * a notes row came before, so the table has ended and this row is notes too,
 * unless it is typed like a data row. Data rows (the many) cost a few cell
 * tests and no allocation.
 */
export function classifyRow(rowIndex: number, row: CellValue[], rules: RowRules, inNotes: boolean): Skipped | null {
  const first = firstTyped(row);
  if (first < 0) return null;
  if (isHeaderText(row[first], rules) && headerRepeat(row, rules)) {
    return { kind: "headerRepeat", text: short(textOf(row[first])!), column: first };
  }
  for (const c of rules.labelColumns) {
    const t = textOf(row[c]);
    if (isSubtotalText(t)) return { kind: "subtotal", text: short(t!), column: c };
  }
  const t0 = textOf(row[first]);
  if (isSubtotalText(t0)) return { kind: "subtotal", text: short(t0!), column: first };
  const looksLikeData = rules.dataColumns.length > 0 && rules.dataColumns.every((c) => isTyped(row[c]));
  if (looksLikeData) return null;
  if (inNotes) return { kind: "notes", text: short(t0 ?? String(plain(row[first]) ?? "")), column: first };
  return notesStart(row, first) ?? section(rowIndex, row, rules);
}
