// A range's key within one task where the host gives no addresses (WPS 表格;
// src/functions/fingerprint.ts, decisions 71): ranges of one shape whose
// sampled rows are equal cell by cell share a key; any other range gets its
// own; a range of at most SAMPLED_ROWS rows is compared whole; the next task
// starts afresh.
import * as fc from "fast-check";
import { fingerprint, sampledRows, SAMPLED_ROWS, FINGERPRINT_PREFIX } from "../../src/functions/fingerprint";

const nextTask = () => new Promise((r) => setTimeout(r, 0));
const copy = (g: unknown[][]) => g.map((r) => [...r]);
const cell = fc.oneof(fc.constant(""), fc.constant(null), fc.integer({ min: -5, max: 5 }), fc.double({ noNaN: false }), fc.boolean(), fc.constantFrom("是", "否", "临汝镇", "寄料镇", "2023-02-01", "2023-03-01"));

test("equal ranges in fresh arrays share a key; a range differing in any one cell does not", () => {
  fc.assert(
    fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 40 }), fc.nat(), fc.nat(2), cell, (grid, r, c, v) => {
      const a = fingerprint(copy(grid));
      expect(a.startsWith(FINGERPRINT_PREFIX)).toBe(true);
      expect(fingerprint(copy(grid))).toBe(a);
      const edited = copy(grid);
      const row = r % grid.length;
      edited[row][c] = v;
      const same = grid[row][c] === v || (Number.isNaN(grid[row][c] as number) && Number.isNaN(v as number));
      expect(fingerprint(edited) === a).toBe(same);
    }),
    { numRuns: 200 },
  );
});

test("another shape, Dates by time, error values by code", () => {
  const grid = [["a", new Date(2023, 0, 5), { error: "#N/A" }]];
  const k = fingerprint(grid);
  expect(fingerprint([["a", new Date(2023, 0, 5), { error: "#N/A" }]])).toBe(k);
  expect(fingerprint([["a", new Date(2023, 0, 6), { error: "#N/A" }]])).not.toBe(k);
  expect(fingerprint([["a", new Date(2023, 0, 5), { error: "#REF!" }]])).not.toBe(k);
  expect(fingerprint([["a", new Date(2023, 0, 5)]])).not.toBe(k);
  expect(fingerprint("a")).toBe(fingerprint([["a"]]));
});

test(`a range of up to ${SAMPLED_ROWS} rows is compared whole; a longer one at its ends and evenly between`, () => {
  expect(sampledRows(SAMPLED_ROWS)).toHaveLength(SAMPLED_ROWS);
  const long = sampledRows(10_111);
  expect(long).toHaveLength(SAMPLED_ROWS);
  expect(long.slice(0, 8)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  expect(long.slice(-8)).toEqual([10103, 10104, 10105, 10106, 10107, 10108, 10109, 10110]);
  const gaps = long.slice(1).map((x, i) => x - long[i]);
  expect(Math.max(...gaps)).toBeLessThanOrEqual(Math.ceil(10_111 / SAMPLED_ROWS) + 1);
  const ledger = Array.from({ length: SAMPLED_ROWS }, (_, i) => [`项目${i}`, i]);
  const k = fingerprint(ledger);
  for (const row of [0, 311, SAMPLED_ROWS - 1]) {
    const edited = copy(ledger);
    edited[row][1] = -1;
    expect(fingerprint(edited)).not.toBe(k);
  }
});

test("an edit in place of the same arrays is seen; the next task starts afresh", async () => {
  const grid = [["项目名称", "总投资"], ["甲", 100]];
  const k = fingerprint(grid);
  grid[1][1] = 200;
  const k2 = fingerprint(grid);
  expect(k2).not.toBe(k);
  await nextTask();
  grid[1][1] = 100;
  // A new task: keys are new, and equal content still shares one.
  const k3 = fingerprint(grid);
  expect(fingerprint(copy(grid))).toBe(k3);
});
