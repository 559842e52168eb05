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

/** In a lookup, a range the value does not depend on: any entry's range matches it. */
export const ANY = Symbol("any range");
export type Key = readonly (Range | null | typeof ANY)[];

const rows = (r: Range | null | typeof ANY): number => (r && r !== ANY ? r.length : 0);

interface Entry<V> {
  shapes: string[];
  tag: unknown;
  ranges: readonly (Range | null)[];
  value: V;
  cells: number;
}

const cellsOf = (ranges: readonly (Range | null)[]): number => ranges.reduce((n, r) => n + (r ? r.reduce((m, row) => m + (Array.isArray(row) ? row.length : 1), 0) : 0), 0);

/**
 * Values keyed by the content of some ranges and a tag compared by identity;
 * at most `capacity` entries holding at most `maxCells` cells in all (the
 * newest entry is kept whatever its size), the least recently used dropped first.
 */
export class ContentCache<V> {
  private entries: Entry<V>[] = [];
  constructor(
    private readonly capacity: number,
    private readonly maxCells = Infinity,
  ) {}

  private find(key: Key, tag: unknown, accept: (v: V) => boolean): number {
    const shapes = key.map((r) => (r === ANY ? "" : shapeKey([r])));
    // Smallest ranges first: a changed inputs or params range is found without reading the ledger.
    const order = key.map((_, i) => i).filter((i) => key[i] !== ANY).sort((i, j) => rows(key[i]) - rows(key[j]));
    return this.entries.findIndex(
      (e) =>
        e.tag === tag &&
        order.every((k) => e.shapes[k] === shapes[k]) &&
        accept(e.value) &&
        order.every((k) => sameContent(key[k] as Range | null, e.ranges[k])),
    );
  }

  get(key: Key, tag: unknown = null, accept: (v: V) => boolean = () => true): V | undefined {
    const i = this.find(key, tag, accept);
    if (i < 0) return undefined;
    const [hit] = this.entries.splice(i, 1);
    this.entries.unshift(hit);
    return hit.value;
  }

  private add(ranges: readonly (Range | null)[], tag: unknown, value: V): void {
    this.entries.unshift({ shapes: ranges.map((r) => shapeKey([r])), tag, ranges, value, cells: cellsOf(ranges) });
    let cells = 0;
    const kept = this.entries.findIndex((e, i) => (cells += e.cells) > this.maxCells && i > 0);
    this.entries.length = Math.min(this.entries.length, this.capacity, kept < 0 ? Infinity : kept);
  }

  /** Cells held by the entries' snapshots. */
  get cells(): number {
    return this.entries.reduce((n, e) => n + e.cells, 0);
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
    this.add(snapshots, tag, value);
    return value;
  }

  set(ranges: readonly (Range | null)[], value: V, tag: unknown = null): void {
    this.add(ranges.map(snapshot), tag, value);
  }

  clear(): void {
    this.entries = [];
  }

  get size(): number {
    return this.entries.length;
  }
}
