// The header of an input sheet (workbook-format §1, §1.1): the marker row,
// an optional second row of a two-row header band, and which column holds
// which field. Every sheet reader goes through here; none keeps its own copy.
import type { CellValue, MergedArea } from "../types";
import { foldWidth, plain } from "./cells";

export interface ColumnSpec<K extends string = string> {
  key: K;
  header: string;
  aliases?: string[];
  required?: boolean;
}

/** Header text compared without any white space (line breaks included), with （） read as (). */
export function normaliseHeader(cell: CellValue): string {
  const value = plain(cell);
  if (typeof value !== "string") return value === null || typeof value === "object" ? "" : String(value);
  return foldWidth(value).replace(/\s+/g, "");
}

/**
 * The key two headers are compared by: normalised, a leading required-mark
 * (`*`), quotation marks and a trailing colon dropped, and a trailing unit suffix in
 * parentheses dropped (`总投资（万元）` = `总投资`, §1.1). A money unit other
 * than 万元 is kept, so `总投资（亿元）` never passes for a 万元 column.
 */
export function headerKey(cell: CellValue): string {
  const text = normaliseHeader(cell)
    .replace(/[“”"‘’']/g, "")
    .replace(/^[*※]+/, "")
    .replace(/:$/, "");
  const match = /^(.+?)\(([^()]*)\)$/.exec(text);
  if (!match) return text;
  const unit = match[2];
  return /元/.test(unit) && unit !== "万元" ? text : match[1];
}

/** A header row is the first with a cell reading one of these (workbook-format §1, §1.1). */
export const HEADER_MARKERS = ["项目名称", "单位", "被评单位", "项目单位"];

/**
 * How far down the header may sit. The format says "among the first 10 rows";
 * a print layout with a long title block puts it lower, and such a header is
 * accepted rather than refused (docs/decisions.md).
 */
export const HEADER_SEARCH_ROWS = 50;

/** The 序号 column, used by the subtotal rule of §1.1. */
const SEQUENCE_HEADERS = new Set(["序号", "编号", "序列号"]);

export interface HeaderBand<K extends string> {
  /** 0-based rows of the band: the marker row, and the child row when there is one. */
  rows: number[];
  /** Column (0-based) of each field found. */
  columns: Partial<Record<K, number>>;
  /** Column of 序号, when the sheet has one. */
  sequence: number | undefined;
  /** Header texts of the band's cells (normalised), to recognise a repeat of the header. */
  texts: Set<string>;
  /** Header cells that matched no field, as the clerk typed them (`资金/类型`). */
  unmatched: string[];
}

type Lookup<K extends string> = Map<string, K>;

export function headerLookup<K extends string>(specs: ColumnSpec<K>[]): Lookup<K> {
  const lookup: Lookup<K> = new Map();
  for (const s of specs) {
    for (const name of [s.header, ...(s.aliases ?? [])]) {
      const k = headerKey(name);
      if (!lookup.has(k)) lookup.set(k, s.key);
    }
  }
  return lookup;
}

const isText = (cell: CellValue): boolean => {
  const value = plain(cell);
  return typeof value === "string" && value.trim() !== "";
};
const isEmpty = (cell: CellValue): boolean => normaliseHeader(cell) === "";
/** A header cell as shown in messages: trimmed, inner line breaks as spaces. */
const shown = (cell: CellValue): string => {
  const value = plain(cell);
  return typeof value === "string" ? value.replace(/\s+/g, " ").trim() : "";
};

/** The first row, within the search limit, with a marker cell; -1 if none. */
export function findMarkerRow(values: CellValue[][], markers: string[] = HEADER_MARKERS): number {
  const set = new Set(markers.map((m) => headerKey(m)));
  const limit = Math.min(values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = values[r];
    if (row && row.some((c) => set.has(headerKey(c)))) return r;
  }
  return -1;
}

/**
 * The row after the marker row belongs to the band when all its non-empty
 * cells are text and at least one reads a known header or alias (§1.1).
 */
export function isBandChild<K extends string>(row: CellValue[] | undefined, lookup: Lookup<K>): boolean {
  if (!row) return false;
  let known = false;
  let any = false;
  for (const c of row) {
    if (isEmpty(c)) continue;
    if (!isText(c)) return false;
    any = true;
    if (lookup.has(headerKey(c))) known = true;
  }
  return any && known;
}

/**
 * The parent row with group labels spread over the columns they stand above:
 * from the merged areas when the host knows them; otherwise a label is carried
 * right over the empty parent cells of its group (the columns whose child
 * cells continue without a gap), which is how a merged label reads.
 */
function spreadParents(parent: CellValue[], child: CellValue[], row: number, merges: MergedArea[] | null | undefined, width: number): CellValue[] {
  const out = Array.from({ length: width }, (_, c) => parent[c] ?? "");
  if (merges) {
    for (const m of merges) {
      if (m.row0 !== row || m.col1 <= m.col0) continue;
      for (let c = m.col0 + 1; c <= m.col1 && c < width; c++) out[c] = out[m.col0];
    }
    return out;
  }
  for (let c = 1; c < width; c++) {
    if (!isEmpty(out[c]) || isEmpty(child[c])) continue;
    if (!isEmpty(out[c - 1]) && !isEmpty(child[c - 1])) out[c] = out[c - 1];
  }
  return out;
}

interface Candidate<K extends string> {
  key: K;
  /** 0 = the child cell, 1 = the parent cell, 2 = parent and child joined: the lower wins a contested field. */
  rank: number;
  column: number;
}

/**
 * Read the header band at `markerRow` (§1.1): a column's header is its child
 * cell when that reads a known header; else its parent cell when that does or
 * the child is empty; else the parent and child texts joined.
 */
export function readHeaderBand<K extends string>(values: CellValue[][], markerRow: number, specs: ColumnSpec<K>[], merges?: MergedArea[] | null): HeaderBand<K> {
  const lookup = headerLookup(specs);
  const parentRow = values[markerRow] ?? [];
  const childRow = values[markerRow + 1];
  const banded = isBandChild(childRow, lookup);
  const width = Math.max(parentRow.length, banded ? childRow!.length : 0);
  const parent = banded ? spreadParents(parentRow, childRow!, markerRow, merges, width) : parentRow;
  const child = banded ? childRow! : [];
  const candidates: Candidate<K>[] = [];
  const unmatched = new Map<number, string>();
  const texts = new Set<string>();
  let sequence: number | undefined;
  for (let c = 0; c < width; c++) {
    const p = parent[c] ?? "";
    const ch = child[c] ?? "";
    for (const v of [parentRow[c], ch]) if (!isEmpty(v)) texts.add(normaliseHeader(v));
    const childKey = headerKey(ch);
    const parentKey = headerKey(p);
    if (SEQUENCE_HEADERS.has(childKey || parentKey)) sequence ??= c;
    const viaChild = childKey ? lookup.get(childKey) : undefined;
    if (viaChild !== undefined) {
      candidates.push({ key: viaChild, rank: 0, column: c });
      continue;
    }
    const viaParent = parentKey ? lookup.get(parentKey) : undefined;
    if (viaParent !== undefined) {
      candidates.push({ key: viaParent, rank: 1, column: c });
      continue;
    }
    if (childKey === "" && parentKey === "") continue;
    const joined = headerKey(normaliseHeader(p) + normaliseHeader(ch));
    const viaJoined = childKey && parentKey ? lookup.get(joined) : viaParent;
    if (viaJoined !== undefined) {
      candidates.push({ key: viaJoined, rank: 2, column: c });
      continue;
    }
    if (SEQUENCE_HEADERS.has(childKey || parentKey)) continue;
    unmatched.set(c, [shown(p), shown(ch)].filter(Boolean).join("/"));
  }
  // A field contested by several columns goes to the best-ranked, then leftmost, one.
  candidates.sort((a, b) => a.rank - b.rank || a.column - b.column);
  const columns: Partial<Record<K, number>> = {};
  for (const cand of candidates) {
    if (columns[cand.key] === undefined) columns[cand.key] = cand.column;
    else unmatched.set(cand.column, [shown(parent[cand.column]), shown(child[cand.column])].filter(Boolean).join("/"));
  }
  for (const s of specs) for (const n of [s.header, ...(s.aliases ?? [])]) texts.add(normaliseHeader(n));
  return {
    rows: banded ? [markerRow, markerRow + 1] : [markerRow],
    columns,
    sequence,
    texts,
    unmatched: [...unmatched.entries()].sort((a, b) => a[0] - b[0]).map(([, t]) => t),
  };
}
