// Excel on the web refuses a request or a response over 5 MB, so large input
// sheets are read in row blocks. Blocks are planned from the used range's size
// and packed into as few syncs as the budget allows.

/**
 * Bytes one sync may move. The limit is 5 MB; 2 MB, not 4, because the page
 * decodes each response in one piece: at 4 MB a 50,000-row check had blocks of
 * 180–230 ms on a 4× slower CPU, at 2 MB 115–160 ms (issue 10 item 5, `npm run
 * bench`), for two more syncs at 50,000 rows and none more at 10,000.
 */
export const SYNC_BUDGET_BYTES = 2_000_000;
/** Typical bytes of one ledger cell in the JSON Excel sends, when no rows could be measured. */
export const ESTIMATED_BYTES_PER_CELL = 12;
/** A measured size (sampled rows, or an earlier read) is trusted with this much room for longer rows and growth. */
export const HINT_GROWTH = 1.25;

import type { UsedDims } from "../host";

const encoder = new TextEncoder();

/** UTF-8 bytes of a value as JSON: what a values payload costs on the wire. */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

/** Where a sheet's used range sits, 0-based, as range.rowIndex etc. give it (the hosts' type). */
export type { UsedDims };

/** What to load of a used range for its dimensions. */
export const USED_DIMS = "rowIndex,columnIndex,rowCount,columnCount";

/** A used range as loaded with USED_DIMS (an Excel.Range, or the stand-in's). */
export interface LoadedUsedRange {
  isNullObject: boolean;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** A sheet's used range as the planner sees it; null for an empty sheet (Excel's null object). */
export const usedDims = (sheet: string, r: LoadedUsedRange): UsedDims | null =>
  r.isNullObject ? null : { sheet, rowIndex: r.rowIndex, columnIndex: r.columnIndex, rowCount: r.rowCount, columnCount: r.columnCount };

/** The same used range (both empty, or the same rows and columns). */
export const sameDims = (a: UsedDims | null, b: UsedDims | null): boolean =>
  a === b || (!!a && !!b && a.rowIndex === b.rowIndex && a.columnIndex === b.columnIndex && a.rowCount === b.rowCount && a.columnCount === b.columnCount);

export interface Block {
  sheet: string;
  /** 0-based worksheet row and column of the block's first cell. */
  row0: number;
  col0: number;
  rows: number;
  cols: number;
  /** Estimated bytes of its values. */
  bytes: number;
}

/** Excel's last worksheet row (1-based). */
const LAST_ROW = 1_048_576;
/** Rows of each sampled strip after the first. */
const STRIP_ROWS = 4;
/** The first strip: the title, the header band and the first projects. */
const FIRST_STRIP_ROWS = 16;

/**
 * The worksheet rows (1-based, inclusive) sampled to measure what a sheet's
 * rows cost, asked for in the first sync, before the used range's size is
 * known: the first rows, then strips ever further apart (each √2 times the
 * row of the one before) up to Excel's last row. A used range of any size is
 * thus sampled from its first row to its last, never only at its top (where a
 * ledger's newest, fullest rows are not); strips past its end come back empty.
 */
export function sampleStrips(): { first: number; last: number }[] {
  const strips = [{ first: 1, last: FIRST_STRIP_ROWS }];
  for (let at = FIRST_STRIP_ROWS * Math.SQRT2; at <= LAST_ROW; at *= Math.SQRT2) {
    const first = Math.max(strips[strips.length - 1].last + 1, Math.round(at));
    if (first > LAST_ROW) break;
    strips.push({ first, last: Math.min(LAST_ROW, first + STRIP_ROWS - 1) });
  }
  // And the grid's last rows, so the stretch above them is measured too.
  if (strips[strips.length - 1].last < LAST_ROW) strips.push({ first: LAST_ROW - STRIP_ROWS + 1, last: LAST_ROW });
  return strips;
}

/** A strip's values as measured: its first 0-based worksheet row, its rows, their JSON bytes. */
export interface Strip {
  row0: number;
  rows: number;
  bytes: number;
}

/** Bytes per row along a sheet, piecewise: perRow[i] from 0-based worksheet row starts[i] up to starts[i + 1]. */
export interface RowProfile {
  starts: number[];
  perRow: number[];
}

export const uniformProfile = (perRow: number): RowProfile => ({ starts: [0], perRow: [perRow] });

/** The profile the strips measured: each stands for the rows from it to the next one (the first from the range's top). */
export function profileFromStrips(strips: Strip[], d: UsedDims): RowProfile | null {
  const measured = strips.filter((s) => s.rows > 0).sort((a, b) => a.row0 - b.row0);
  if (!measured.length) return null;
  return {
    starts: measured.map((s, i) => (i === 0 ? Math.min(s.row0, d.rowIndex) : s.row0)),
    perRow: measured.map((s) => s.bytes / s.rows),
  };
}

/** Each segment's bytes per row raised by `factor`, and at least `floor`. */
export const scaleProfile = (p: RowProfile, factor: number, floor: number): RowProfile => ({
  starts: p.starts,
  perRow: p.perRow.map((b) => Math.max(floor, b * factor)),
});

/** Index of the segment holding worksheet row `row0` (the first when above them all). */
function segmentAt(p: RowProfile, row0: number): number {
  let i = 0;
  while (i + 1 < p.starts.length && p.starts[i + 1] <= row0) i++;
  return i;
}

/** Estimated bytes of `rows` rows from worksheet row `row0`. */
export function profileBytes(p: RowProfile, row0: number, rows: number): number {
  let bytes = 0;
  let i = segmentAt(p, row0);
  for (let r = row0, left = rows; left > 0; i++) {
    const end = i + 1 < p.starts.length ? p.starts[i + 1] : Infinity;
    const n = Math.min(left, end - r);
    bytes += n * p.perRow[i];
    r += n;
    left -= n;
  }
  return bytes;
}

/** How many rows from `row0` (at most `max`, at least 1) fit in `budget` bytes. */
function rowsThatFit(p: RowProfile, row0: number, max: number, budget: number): number {
  let rows = 0;
  let room = budget;
  for (let i = segmentAt(p, row0), r = row0; rows < max; i++) {
    const end = i + 1 < p.starts.length ? p.starts[i + 1] : Infinity;
    const per = Math.max(1, p.perRow[i]);
    const n = Math.min(max - rows, end - r, Math.floor(room / per));
    rows += n;
    room -= n * per;
    r += n;
    if (r < end) break; // the budget ran out inside this segment
  }
  return Math.max(1, rows);
}

/**
 * Split each used range into row blocks that fit the budget, then pack the
 * blocks in order into batches (one sync each). `profileOf` estimates the
 * sheet's rows along its length, so a block of fuller rows is shorter.
 */
export function planBlocks(dims: UsedDims[], profileOf: (d: UsedDims) => RowProfile, budget = SYNC_BUDGET_BYTES): Block[][] {
  const blocks: Block[] = [];
  for (const d of dims) {
    if (d.rowCount <= 0 || d.columnCount <= 0) continue;
    const profile = profileOf(d);
    const end = d.rowIndex + d.rowCount;
    for (let row0 = d.rowIndex; row0 < end;) {
      const rows = rowsThatFit(profile, row0, end - row0, budget);
      blocks.push({ sheet: d.sheet, row0, col0: d.columnIndex, rows, cols: d.columnCount, bytes: profileBytes(profile, row0, rows) });
      row0 += rows;
    }
  }
  const batches: Block[][] = [];
  let current: Block[] = [];
  let used = 0;
  for (const b of blocks) {
    if (current.length && used + b.bytes > budget) {
      batches.push(current);
      current = [];
      used = 0;
    }
    current.push(b);
    used += b.bytes;
  }
  if (current.length) batches.push(current);
  return batches;
}

/** Halve a batch that Excel refused as too large: by blocks, or the one block by rows. */
export function splitBatch(batch: Block[]): Block[][] | null {
  if (batch.length > 1) {
    const mid = Math.ceil(batch.length / 2);
    return [batch.slice(0, mid), batch.slice(mid)];
  }
  const b = batch[0];
  if (!b || b.rows < 2) return null;
  const top = Math.ceil(b.rows / 2);
  const half = (row0: number, rows: number): Block => ({ ...b, row0, rows, bytes: (b.bytes * rows) / b.rows });
  return [[half(b.row0, top)], [half(b.row0 + top, b.rows - top)]];
}

/** Excel's error code for a response over the limit (and the request-side twin). */
export function isPayloadTooLarge(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}
