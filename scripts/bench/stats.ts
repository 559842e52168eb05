// What every benchmark of `npm run bench` measures with: a clock, the median
// of repeated runs, and the heap after full collections.
import v8 from "v8";
import vm from "vm";

v8.setFlagsFromString("--expose-gc");
/** A full collection (V8's gc, exposed at run time). */
export const gc = vm.runInNewContext("gc") as () => void;

/** Milliseconds, high resolution. */
export const now = (): number => Number(process.hrtime.bigint()) / 1e6;

/** The median (the mean of the middle two for an even count). */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Heap in use after two full collections (bytes). */
export const heapAfterGc = (): number => (gc(), gc(), process.memoryUsage().heapUsed);

/** `pairs` alternating runs of two measurements (a then b, then b then a …), so drift in the machine's load falls on both. */
export function alternatingPairs(a: () => number, b: () => number, pairs: number): { a: number[]; b: number[] } {
  const out = { a: [] as number[], b: [] as number[] };
  for (let p = 0; p < pairs; p++) {
    if (p % 2 === 0) {
      out.a.push(a());
      out.b.push(b());
    } else {
      out.b.push(b());
      out.a.push(a());
    }
  }
  return out;
}
