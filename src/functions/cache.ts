// SCORE and BREAKDOWN receive the whole ledger on every call: one SCORE cell
// per unit means 49 calls with the same 2,000 rows. Excel hands each call a
// fresh array, so the cache is keyed by a fingerprint of the content: every
// cell is hashed (so any edit misses), but nothing is parsed.

/** Two independent 32-bit hashes over every cell, with the shape, as a short key. */
export function fingerprint(values: readonly (readonly unknown[])[] | null | undefined): string {
  if (!values) return "-";
  let h1 = 0x811c9dc5; // FNV-1a
  let h2 = 0x9747b28c; // multiplicative, different prime, so collisions must coincide in both
  const mix = (x: number): void => {
    h1 = Math.imul(h1 ^ x, 0x01000193);
    h2 = Math.imul(h2 ^ x, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  };
  const f64 = new Float64Array(1);
  const u32 = new Uint32Array(f64.buffer);
  let cells = 0;
  for (const row of values) {
    if (!Array.isArray(row)) {
      mix(0xfeed);
      mixValue(row);
      continue;
    }
    mix(row.length | 0x40000000);
    for (const v of row) mixValue(v);
    cells += row.length;
  }
  return `${values.length}:${cells}:${(h1 >>> 0).toString(36)}:${(h2 >>> 0).toString(36)}`;

  function mixValue(v: unknown): void {
    switch (typeof v) {
      case "number":
        f64[0] = v;
        mix(1);
        mix(u32[0]);
        mix(u32[1]);
        return;
      case "string":
        mix(2 | (v.length << 3));
        for (let i = 0; i < v.length; i++) mix(v.charCodeAt(i));
        return;
      case "boolean":
        mix(v ? 3 : 4);
        return;
      case "undefined":
        mix(5);
        return;
      default:
        if (v === null) mix(6);
        else if (v instanceof Date) {
          mix(7);
          f64[0] = v.getTime();
          mix(u32[0]);
          mix(u32[1]);
        } else {
          const s = safeJson(v);
          mix(8);
          for (let i = 0; i < s.length; i++) mix(s.charCodeAt(i));
        }
    }
  }
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

/** A small least-recently-used map: a workbook has a few ledgers and four quarters at most. */
export class Lru<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly capacity: number) {}

  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }

  set(key: string, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    while (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as string);
  }

  clear(): void {
    this.map.clear();
  }

  get size(): number {
    return this.map.size;
  }
}
