// Benchmark of the SANPI functions, called by `npm run bench` (scripts/bench/bench.ts):
// a workbook with one SCORE cell per unit (49) over a 2,000-row ledger must not
// cost 49 parses (target: 49 calls ≤ 3 × one call), and the functions bundle
// Excel loads must stay small (target ≤ 150 KB minified).
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { score } from "../../src/functions/functions";
import { parseCount, resetLedgerCache } from "../../src/functions/ledger";
import { builtinProfile } from "../../src/engine/profile/builtin";
import { generateBook, toRangeValues } from "../../test/support/ledger-generator";
import { ROOT } from "./root";
import { median, now } from "./stats";

const BUILTIN = builtinProfile();

export interface FunctionsBench {
  rows: number;
  units: number;
  /** One SCORE call on a cold cache (parse + score + pick), median of the repeats. */
  oneCallMs: number;
  /** 49 SCORE calls, one per unit, each handed its own copy of the ranges as Excel does. */
  fortyNineCallsMs: number;
  /** fortyNineCallsMs / oneCallMs; target ≤ 3. */
  ratio: number;
  /** Ledger parses during the 49 calls (1 when the cache works). */
  parses: number;
  /** dist/functions.js: minified bytes and gzip bytes; null when not built (`npm run build`). */
  bundleBytes: number | null;
  bundleGzipBytes: number | null;
  targets: { ratio: number; bundleBytes: number };
}

export function benchFunctions(options: { rows?: number; repeats?: number; distDir?: string } = {}): FunctionsBench {
  const rows = options.rows ?? 2000;
  const repeats = options.repeats ?? 5;
  // The messy realistic ledger of `npm run bench` (title row, shuffled columns, aliases, text dates).
  const book = toRangeValues(generateBook({ projects: rows, seed: 2023 }));
  const [ledger, inputs] = [book["项目台账"], book["考核录入"]];
  const units = BUILTIN.units.filter((u) => u.targets).map((u) => u.name);
  const copies = () => units.map(() => ({ ledger: ledger.map((r) => [...r]), inputs: inputs.map((r) => [...r]) }));

  // Warm the JIT once so neither side pays for compilation.
  resetLedgerCache();
  score(ledger, units[0], "2023Q2", inputs);

  const one: number[] = [];
  const many: number[] = [];
  let parses = 0;
  for (let k = 0; k < repeats; k++) {
    const fresh = copies();
    resetLedgerCache();
    const t0 = now();
    score(fresh[0].ledger, units[0], "2023Q2", fresh[0].inputs);
    one.push(now() - t0);

    resetLedgerCache();
    const t1 = now();
    units.forEach((u, i) => score(fresh[i].ledger, u, "2023Q2", fresh[i].inputs));
    many.push(now() - t1);
    parses = Math.max(parses, parseCount());
  }

  const bundle = path.join(options.distDir ?? path.join(ROOT, "dist"), "functions.js");
  const bytes = fs.existsSync(bundle) ? fs.readFileSync(bundle) : null;
  const oneCallMs = median(one);
  const fortyNineCallsMs = median(many);
  return {
    rows,
    units: units.length,
    oneCallMs,
    fortyNineCallsMs,
    ratio: fortyNineCallsMs / oneCallMs,
    parses,
    bundleBytes: bytes ? bytes.length : null,
    bundleGzipBytes: bytes ? zlib.gzipSync(bytes).length : null,
    targets: { ratio: 3, bundleBytes: 150 * 1024 },
  };
}
