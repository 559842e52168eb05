// SCORE, BREAKDOWN and RANKING receive whole ranges on every call, and Excel
// hands each call its own fresh copy (the runtime JSON-parses every
// invocation apart), so nothing can be recognised by identity. An entry is
// found by the ranges' shape and a tag (the profile they are read with), then
// confirmed cell by cell against the entry's own snapshot, each range once per
// call, the small ones first. There is no hash and no trust: whatever is edited
// (any cell, any type, swapped cells, the same row count), the call misses.
//
// Why every call reads every cell: any sub-linear scheme must assume a range
// it has not read is unchanged. "Compare once per recalculation wave" assumes
// that two calls in one wave with ranges of one shape see one range, which a
// workbook with two ledgers of the same size (项目台账!A1:U800 and a copy, or
// last year's) breaks: the second ledger's cells would show the first's
// numbers. Reading costs about 1 ms per 10,000 rows, against the 15–20 ms the
// runtime itself spends parsing each call's copy (docs/decisions.md).

export type Range = readonly (readonly unknown[])[];

/** The entry's fingerprint: rows × columns of each range ("-" for an omitted one). */
export function shapeKey(ranges: readonly (Range | null)[]): string {
  return ranges.map((r) => (r ? `${r.length}x${r.length && Array.isArray(r[0]) ? r[0].length : 0}` : "-")).join("|");
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

/** Equal cells that are not the same value: NaN, Dates by time, error objects by code and text, other objects by JSON. */
function sameCell(x: unknown, y: unknown): boolean {
  if (typeof x === "number" && typeof y === "number") return Number.isNaN(x) && Number.isNaN(y);
  if (x === null || y === null || typeof x !== "object" || typeof y !== "object") return false;
  if (x instanceof Date || y instanceof Date) {
    if (!(x instanceof Date && y instanceof Date)) return false;
    const [s, t] = [x.getTime(), y.getTime()];
    return s === t || (Number.isNaN(s) && Number.isNaN(t));
  }
  if (x instanceof Error || y instanceof Error) {
    // An error cell (#N/A, #DIV/0!) may come as an Error whose JSON is "{}": compare what identifies it.
    const [e, f] = [x as Error & { code?: unknown }, y as Error & { code?: unknown }];
    return x.constructor === y.constructor && e.name === f.name && e.message === f.message && e.code === f.code;
  }
  if (Array.isArray(x) !== Array.isArray(y) || Object.getPrototypeOf(x) !== Object.getPrototypeOf(y)) return false;
  return safeJson(x) === safeJson(y);
}

/** Equal content, cell by cell. */
export function sameContent(a: Range | null, b: Range | null): boolean {
  if (a === b) return true;
  if (a === null || b === null || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (!Array.isArray(x) || !Array.isArray(y)) {
      if (!sameCell(x, y)) return false;
      continue;
    }
    if (x.length !== y.length) return false;
    for (let j = 0; j < x.length; j++) {
      const p = x[j];
      const q = y[j];
      if (p !== q && !sameCell(p, q)) return false;
    }
  }
  return true;
}

/** A copy the caller's later edits cannot reach (cells are immutable values; rows are copied). */
export const snapshot = (r: Range | null): Range | null => (r ? r.map((row) => (Array.isArray(row) ? row.slice() : row)) : null);

/** Smallest ranges first: a changed inputs or params range is found without reading the ledger. */
function order(ranges: readonly (Range | null)[]): number[] {
  return ranges.map((_, i) => i).sort((i, j) => (ranges[i]?.length ?? 0) - (ranges[j]?.length ?? 0));
}

interface Entry<V> {
  shape: string;
  tag: unknown;
  ranges: readonly (Range | null)[];
  value: V;
}

/**
 * Values keyed by the content of some ranges and a tag compared by identity;
 * at most `capacity` entries, the least recently used dropped first.
 */
export class ContentCache<V> {
  private entries: Entry<V>[] = [];
  constructor(private readonly capacity: number) {}

  private find(ranges: readonly (Range | null)[], tag: unknown): number {
    const shape = shapeKey(ranges);
    const by = order(ranges);
    return this.entries.findIndex((e) => e.shape === shape && e.tag === tag && by.every((k) => sameContent(ranges[k], e.ranges[k])));
  }

  get(ranges: readonly (Range | null)[], tag: unknown = null): V | undefined {
    const i = this.find(ranges, tag);
    if (i < 0) return undefined;
    const [hit] = this.entries.splice(i, 1);
    this.entries.unshift(hit);
    return hit.value;
  }

  /**
   * The cached value for these ranges, or `make`'s, computed from snapshots of
   * them (so the value never refers to the caller's arrays) and kept.
   */
  getOrMake(ranges: readonly (Range | null)[], tag: unknown, make: (snapshots: readonly (Range | null)[]) => V): V {
    const hit = this.get(ranges, tag);
    if (hit !== undefined) return hit;
    const snapshots = ranges.map(snapshot);
    const value = make(snapshots);
    this.entries.unshift({ shape: shapeKey(ranges), tag, ranges: snapshots, value });
    this.entries.length = Math.min(this.entries.length, this.capacity);
    return value;
  }

  set(ranges: readonly (Range | null)[], value: V, tag: unknown = null): void {
    this.entries.unshift({ shape: shapeKey(ranges), tag, ranges: ranges.map(snapshot), value });
    this.entries.length = Math.min(this.entries.length, this.capacity);
  }

  clear(): void {
    this.entries = [];
  }

  get size(): number {
    return this.entries.length;
  }
}
