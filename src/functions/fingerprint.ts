// A range's fingerprint within one task, for hosts that say nothing of where a
// range is (WPS 表格 gives no parameter addresses; issue 19, decisions 71).
// It stands in for the address of decisions 58: within one task (one state of
// the workbook) the first call with a fingerprint looks its ranges up in full,
// the later calls with the same fingerprint reuse that lookup.
//
// It is the shape and every cell of up to SAMPLED_ROWS rows: all the rows of a
// range that has no more (every cell counts, so any two different ranges tell
// apart), and for a longer one its first and last rows and rows spread evenly
// between. Two 32-bit hashes of different seeds over the cells' types and full
// contents. Comparing a 10,000-row ledger in full costs about what the parse
// it saves costs a dozen calls; this costs 1/20 of it.
import type { Range } from "./cache";

/** Rows hashed in full; a range of at most this many rows is hashed whole. */
export const SAMPLED_ROWS = 512;
/** What marks a fingerprint where workbook.ts expects an address. */
export const FINGERPRINT_PREFIX = "#fp:";

const f64 = new Float64Array(1);
const i32 = new Int32Array(f64.buffer);

/** The rows a fingerprint reads: all of them, or the first and last rows and evenly spread ones between. */
export function sampledRows(rows: number, most = SAMPLED_ROWS): number[] {
  if (rows <= most) return Array.from({ length: rows }, (_, i) => i);
  const edge = 8;
  const out = new Set<number>();
  for (let i = 0; i < edge; i++) out.add(i).add(rows - 1 - i);
  const between = most - 2 * edge;
  for (let k = 0; k < between; k++) out.add(edge + Math.floor((k * (rows - 2 * edge)) / between));
  return [...out].sort((a, b) => a - b);
}

class Hash {
  a = 0x811c9dc5 | 0;
  b = 0x9747b28c | 0;
  add(x: number): void {
    this.a = Math.imul(this.a ^ x, 0x01000193);
    this.b = Math.imul(this.b ^ x, 0x5bd1e995) ^ (this.b >>> 15);
  }
  text(s: string): void {
    this.add(s.length);
    for (let k = 0; k < s.length; k++) this.add(s.charCodeAt(k));
  }
  cell(v: unknown): void {
    if (typeof v === "number") {
      f64[0] = v;
      this.add(1);
      this.add(i32[0]);
      this.add(i32[1]);
    } else if (typeof v === "string") {
      this.add(2);
      this.text(v);
    } else if (typeof v === "boolean") this.add(v ? 3 : 4);
    else if (v === null || v === undefined) this.add(v === null ? 5 : 6);
    else if (v instanceof Date) {
      this.add(7);
      this.cell(v.getTime());
    } else {
      // An error value ({ code }, an Error) or anything else: by what identifies it.
      const e = v as { code?: unknown; name?: unknown; message?: unknown };
      this.add(8);
      this.text(`${String(e.code)}|${String(e.name)}|${String(e.message)}|${Object.prototype.toString.call(v)}`);
    }
  }
}

/** The fingerprint of a range (a lone value is a 1×1 range). */
export function fingerprint(range: Range | unknown): string {
  const rows = Array.isArray(range) ? (range as Range) : [[range]];
  const h = new Hash();
  const picked = sampledRows(rows.length);
  for (const i of picked) {
    const row = rows[i];
    h.add(i);
    if (!Array.isArray(row)) {
      h.add(-1);
      h.cell(row);
      continue;
    }
    h.add(row.length);
    for (let j = 0; j < row.length; j++) h.cell(row[j]);
  }
  const width = rows.length && Array.isArray(rows[0]) ? rows[0].length : 0;
  return `${FINGERPRINT_PREFIX}${rows.length}x${width}:${picked.length}:${(h.a >>> 0).toString(36)}.${(h.b >>> 0).toString(36)}`;
}
