// SCORE, BREAKDOWN and RANKING receive whole ranges on every call, and Excel
// hands each call its own fresh copy (the runtime JSON-parses every
// invocation apart), so nothing can be recognised by identity. An entry is
// found by the ranges' shape and a tag (the profile they are read with), then
// confirmed cell by cell against the entry's own snapshot, each range once per
// call, the small ones first. There is no hash and no trust: whatever is edited
// (any cell, any type, swapped cells, the same row count), the call misses.
//
// This cache never trusts: every lookup compares every cell. What lets most
// calls skip it is above, in workbook.ts: within one recalculation, a range at
// an address Excel gives (invocation.parameterAddresses) is looked up here once
// (decisions 58). Shape alone is not enough: a workbook with two ledgers of one
// size (项目台账!A1:U800 and last year's) would show the first's numbers for the
// second; the address tells them apart.
//
// The snapshot is one flat array of the cells and the rows' widths: the same
// cells, less heap than a copy of the rows (one array instead of one a row).

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

/** A range as the cache keeps it: every cell in one array, and each row's width (-1: a row that is a lone value). */
export interface Snapshot {
  readonly widths: Int32Array;
  readonly cells: readonly unknown[];
}

/** The snapshot of a range: the caller's later edits to its arrays cannot reach it (cells are immutable values). */
export function snapshotOf(r: Range): Snapshot {
  const widths = new Int32Array(r.length);
  const cells: unknown[] = [];
  for (let i = 0; i < r.length; i++) {
    const row = r[i];
    if (Array.isArray(row)) {
      widths[i] = row.length;
      for (let j = 0; j < row.length; j++) cells.push(row[j]);
    } else {
      widths[i] = -1;
      cells.push(row);
    }
  }
  return { widths, cells };
}

/** The range a snapshot was taken of, in new arrays. */
export function rangeOf(s: Snapshot): unknown[][] {
  const out: unknown[][] = [];
  let k = 0;
  for (const w of s.widths) {
    if (w < 0) out.push(s.cells[k++] as unknown[]);
    else {
      out.push(s.cells.slice(k, k + w) as unknown[]);
      k += w;
    }
  }
  return out;
}

/** Whether a range has the content of a snapshot, cell by cell (the work of every cached call). */
export function matches(a: Range, s: Snapshot): boolean {
  const { widths, cells } = s;
  if (a.length !== widths.length) return false;
  let k = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const w = widths[i];
    if (!Array.isArray(x) || w < 0) {
      if (Array.isArray(x) || w >= 0) return false;
      const y = cells[k++];
      if (x !== y && !sameCell(x, y)) return false;
      continue;
    }
    if (x.length !== w) return false;
    for (let j = 0; j < w; j++) {
      const p = x[j];
      const q = cells[k++];
      if (p !== q && !sameCell(p, q)) return false;
    }
  }
  return true;
}

/** Equal content, cell by cell. */
export function sameContent(a: Range | null, b: Range | null): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  return matches(a, snapshotOf(b));
}

/** In a lookup, a range the value does not depend on: any entry's range matches it. */
export const ANY = Symbol("any range");
export type Key = readonly (Range | null | typeof ANY)[];

const rows = (r: Range | null | typeof ANY): number => (r && r !== ANY ? r.length : 0);

interface Entry<V> {
  shapes: string[];
  tag: unknown;
  snapshots: readonly (Snapshot | null)[];
  value: V;
  cells: number;
}

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
    const order = key
      .map((_, i) => i)
      .filter((i) => key[i] !== ANY)
      .sort((i, j) => rows(key[i]) - rows(key[j]));
    return this.entries.findIndex((e) => {
      if (e.tag !== tag || !order.every((k) => e.shapes[k] === shapes[k]) || !accept(e.value)) return false;
      return order.every((k) => {
        const [r, s] = [key[k] as Range | null, e.snapshots[k]];
        return r === null || s === null ? r === s : matches(r, s);
      });
    });
  }

  get(key: Key, tag: unknown = null, accept: (v: V) => boolean = () => true): V | undefined {
    const i = this.find(key, tag, accept);
    if (i < 0) return undefined;
    const [hit] = this.entries.splice(i, 1);
    this.entries.unshift(hit);
    return hit.value;
  }

  private add(ranges: readonly (Range | null)[], tag: unknown, value: V, snapshots: readonly (Snapshot | null)[]): void {
    const cells = snapshots.reduce((n, s) => n + (s ? s.cells.length : 0), 0);
    this.entries.unshift({ shapes: ranges.map((r) => shapeKey([r])), tag, snapshots, value, cells });
    let held = 0;
    const over = this.entries.findIndex((e, i) => (held += e.cells) > this.maxCells && i > 0);
    this.entries.length = Math.min(this.entries.length, this.capacity, over < 0 ? Infinity : over);
  }

  /**
   * The cached value for these ranges, or `make`'s, computed from copies of
   * them (so the value never refers to the caller's arrays) and kept.
   */
  getOrMake(ranges: readonly (Range | null)[], tag: unknown, make: (copies: readonly (unknown[][] | null)[]) => V): V {
    const hit = this.get(ranges, tag);
    if (hit !== undefined) return hit;
    const snapshots = ranges.map((r) => (r ? snapshotOf(r) : null));
    const value = make(snapshots.map((s) => (s ? rangeOf(s) : null)));
    this.add(ranges, tag, value, snapshots);
    return value;
  }

  set(ranges: readonly (Range | null)[], value: V, tag: unknown = null): void {
    this.add(
      ranges,
      tag,
      value,
      ranges.map((r) => (r ? snapshotOf(r) : null)),
    );
  }

  clear(): void {
    this.entries = [];
  }

  get size(): number {
    return this.entries.length;
  }

  /** Cells held by the entries' snapshots. */
  get cells(): number {
    return this.entries.reduce((n, e) => n + e.cells, 0);
  }
}
