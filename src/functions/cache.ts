// SCORE and BREAKDOWN receive the whole ledger on every call: one SCORE cell
// per unit means 49 calls with the same 2,000 rows. Excel hands each call a
// fresh array, so entries are found by a cheap fingerprint of the ranges (their
// shape) and then confirmed cell by cell against a snapshot: comparing costs a
// fraction of a parse, and an edited cell is never served from the cache (no
// hash, so no collision can return stale numbers).

export type Range = readonly (readonly unknown[])[];

/** The cheap fingerprint: rows × columns of each range ("-" for an omitted one). */
export function shapeKey(ranges: readonly (Range | null)[]): string {
  return ranges.map((r) => (r ? `${r.length}x${r.length ? r[0].length : 0}` : "-")).join("|");
}

function sameCell(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x === "number" && typeof y === "number") return Number.isNaN(x) && Number.isNaN(y);
  if (x instanceof Date && y instanceof Date) return x.getTime() === y.getTime() || (Number.isNaN(x.getTime()) && Number.isNaN(y.getTime()));
  if (x !== null && y !== null && typeof x === "object" && typeof y === "object" && !(x instanceof Date) && !(y instanceof Date)) {
    return safeJson(x) === safeJson(y);
  }
  return false;
}

/** Equal content, cell by cell (strings compared natively; Dates by time). */
export function sameContent(a: Range | null, b: Range | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (!Array.isArray(x) || !Array.isArray(y)) {
      if (!sameCell(x, y)) return false;
      continue;
    }
    if (x.length !== y.length) return false;
    for (let j = 0; j < x.length; j++) if (x[j] !== y[j] && !sameCell(x[j], y[j])) return false;
  }
  return true;
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

/** A copy that later changes to the caller's arrays cannot reach (cells are immutable values). */
const snapshot = (r: Range | null): Range | null => (r ? r.map((row) => (Array.isArray(row) ? [...row] : row)) : null);

/** Values keyed by the content of some ranges; least recently used entries go first. */
export class ContentCache<V> {
  private entries: { shape: string; ranges: (Range | null)[]; value: V }[] = [];
  constructor(private readonly capacity: number) {}

  get(ranges: readonly (Range | null)[]): V | undefined {
    const shape = shapeKey(ranges);
    const i = this.entries.findIndex((e) => e.shape === shape && e.ranges.every((r, k) => sameContent(ranges[k], r)));
    if (i < 0) return undefined;
    const [hit] = this.entries.splice(i, 1);
    this.entries.unshift(hit);
    return hit.value;
  }

  set(ranges: readonly (Range | null)[], value: V): void {
    this.entries.unshift({ shape: shapeKey(ranges), ranges: ranges.map(snapshot), value });
    this.entries.length = Math.min(this.entries.length, this.capacity);
  }

  clear(): void {
    this.entries = [];
  }

  get size(): number {
    return this.entries.length;
  }
}
