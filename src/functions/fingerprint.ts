// A range's fingerprint within one task, for hosts that say nothing of where a
// range is (WPS 表格 gives no parameter addresses; issue 19, decisions 71).
// It stands in for the address of decisions 58: within one task (one state of
// the workbook) the first call with a fingerprint looks its ranges up in full,
// the later calls with the same fingerprint reuse that lookup.
//
// Two ranges get the same fingerprint when they have one shape and every cell
// of up to SAMPLED_ROWS rows is equal: all the rows of a range that has no
// more (so any two different ranges tell apart), and for a longer one its
// first and last rows and rows spread evenly between, compared with the
// ranges of that shape seen in the task. Comparing a 10,000-row ledger in full
// costs about what the parse it saves costs a dozen calls; this reads a tenth of it.
import type { Range } from "./cache";

/** Rows hashed in full; a range of at most this many rows is hashed whole. */
export const SAMPLED_ROWS = 1024;
/** What marks a fingerprint where workbook.ts expects an address. */
export const FINGERPRINT_PREFIX = "#fp:";

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

/** Equal cells that are not the same value: NaNs, Dates by time, error values by code, name and message. */
function sameCell(x: unknown, y: unknown): boolean {
  if (typeof x === "number" && typeof y === "number") return Number.isNaN(x) && Number.isNaN(y);
  if (x instanceof Date && y instanceof Date) return x.getTime() === y.getTime();
  if (x === null || y === null || typeof x !== "object" || typeof y !== "object" || Array.isArray(x) || Array.isArray(y)) return false;
  const [a, b] = [x as Record<string, unknown>, y as Record<string, unknown>];
  return Object.getPrototypeOf(a) === Object.getPrototypeOf(b) && a.code === b.code && a.name === b.name && a.message === b.message && a.error === b.error;
}

interface Sample {
  key: string;
  /** Copies of the sampled rows (a lone value as itself), in the order of `sampledRows`. */
  rows: unknown[];
}

function sameRows(range: Range, picked: readonly number[], sample: Sample): boolean {
  for (let k = 0; k < picked.length; k++) {
    const a = range[picked[k]] as unknown;
    const b = sample.rows[k];
    if (!Array.isArray(a) || !Array.isArray(b)) {
      if (Array.isArray(a) || Array.isArray(b) || (a !== b && !sameCell(a, b))) return false;
      continue;
    }
    if (a.length !== b.length) return false;
    for (let j = 0; j < a.length; j++) {
      const x = a[j];
      const y = b[j];
      if (x !== y && !sameCell(x, y)) return false;
    }
  }
  return true;
}

// The task's ranges by shape: a range is compared, sampled row by sampled row,
// with the ranges of its shape seen in this task (the engine's own string
// comparison; a copy of each one's sampled rows is kept), so two ranges share
// a key only when every sampled cell is equal. Emptied when the task ends.
let registry: Map<string, Sample[]> | null = null;
let serial = 0;
let lastPicked: { rows: number; picked: number[] } = { rows: 0, picked: [] };

const taskRegistry = (): Map<string, Sample[]> => {
  if (!registry) {
    const r = new Map<string, Sample[]>();
    registry = r;
    void Promise.resolve().then(() => {
      if (registry === r) registry = null;
    });
  }
  return registry;
};

/**
 * The key of a range within this task (a lone value is a 1×1 range): equal
 * for two ranges of one shape whose sampled rows are equal cell by cell.
 */
export function fingerprint(range: Range | unknown): string {
  const rows = Array.isArray(range) ? (range as Range) : [[range]];
  if (lastPicked.rows !== rows.length) lastPicked = { rows: rows.length, picked: sampledRows(rows.length) };
  const picked = lastPicked.picked;
  const width = rows.length && Array.isArray(rows[0]) ? rows[0].length : 0;
  const shape = `${rows.length}x${width}`;
  const reg = taskRegistry();
  const seen = reg.get(shape);
  const hit = seen?.find((s) => sameRows(rows, picked, s));
  if (hit) return hit.key;
  const sample: Sample = { key: `${FINGERPRINT_PREFIX}${shape}:${++serial}`, rows: picked.map((i) => (Array.isArray(rows[i]) ? (rows[i] as unknown[]).slice() : rows[i])) };
  if (seen) seen.push(sample);
  else reg.set(shape, [sample]);
  return sample.key;
}
