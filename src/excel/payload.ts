// Excel on the web refuses a request or a response over 5 MB, so large input
// sheets are read in row blocks. Blocks are planned from the used range's size
// and packed into as few syncs as the budget allows.

/** Bytes one sync may move; the limit is 5 MB, the rest is headroom for the protocol. */
export const SYNC_BUDGET_BYTES = 4_000_000;
/** Typical bytes of one ledger cell in the JSON Excel sends, when no rows could be measured. */
export const ESTIMATED_BYTES_PER_CELL = 12;
/** A measured size (first rows, or an earlier read) is trusted with this much room for longer rows and growth. */
export const HINT_GROWTH = 1.25;

const encoder = new TextEncoder();

/** UTF-8 bytes of a value as JSON: what a values payload costs on the wire. */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

/** Where a sheet's used range sits, 0-based, as range.rowIndex etc. give it. */
export interface UsedDims {
  sheet: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

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

/**
 * Split each used range into row blocks that fit the budget, then pack the
 * blocks in order into batches (one sync each). `rowBytes` estimates one row.
 */
export function planBlocks(dims: UsedDims[], rowBytes: (d: UsedDims) => number, budget = SYNC_BUDGET_BYTES): Block[][] {
  const blocks: Block[] = [];
  for (const d of dims) {
    if (d.rowCount <= 0 || d.columnCount <= 0) continue;
    const perRow = Math.max(1, rowBytes(d));
    const rowsPerBlock = Math.max(1, Math.floor(budget / perRow));
    for (let start = 0; start < d.rowCount; start += rowsPerBlock) {
      const rows = Math.min(rowsPerBlock, d.rowCount - start);
      blocks.push({ sheet: d.sheet, row0: d.rowIndex + start, col0: d.columnIndex, rows, cols: d.columnCount, bytes: rows * perRow });
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
