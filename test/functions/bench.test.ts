// scripts/bench/functions.ts, which `npm run bench` reports: it must measure
// what it claims (one parse for 49 SCORE cells, the real bundle's size).
import * as fs from "fs";
import * as path from "path";
import "./support/custom-functions";
import { benchFunctions } from "../../scripts/bench/functions";
import { DIST, ensureBuilt } from "./support/dist";

test("49 SCORE calls parse the ledger once; the bundle size is dist/functions.js's", () => {
  ensureBuilt();
  const r = benchFunctions({ rows: 300, repeats: 1 });
  expect(r.units).toBe(49);
  expect(r.parses).toBe(1);
  expect(r.oneCallMs).toBeGreaterThan(0);
  expect(r.ratio).toBeCloseTo(r.fortyNineCallsMs / r.oneCallMs, 10);
  expect(r.bundleBytes).toBe(fs.statSync(path.join(DIST, "functions.js")).size);
  expect(r.bundleGzipBytes).toBeLessThan(r.bundleBytes!);
}, 300_000);
