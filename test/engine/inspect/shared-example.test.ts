// The shared example (cycle.md §3, the office's shared example, copied to test/fixtures): ledger-3.xlsx
// inspected for 2023-08, its ranking and overdue list reproduced exactly.
import * as fs from "fs";
import * as path from "path";
import { readXlsx } from "../../../src/cli/xlsx-read";
import { inspectMonth, readProblemsOf } from "../../../src/engine/inspect/report";
import { inspectionToJson } from "../../../src/engine/inspect/json";
import { readWorkbook } from "../../../src/engine/workbook";

const FIXTURES = path.join(__dirname, "..", "..", "fixtures");
const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, "inspect", "ledger-3-2023-08.json"), "utf8"));

let doc: ReturnType<typeof inspectionToJson>;
beforeAll(async () => {
  const book = await readXlsx(path.join(FIXTURES, "ledger-3", "ledger-3.xlsx"));
  const parsed = readWorkbook(book);
  doc = inspectionToJson(inspectMonth(parsed, { year: 2023, month: 8 }, readProblemsOf(book, parsed)));
});

test("month and day as of", () => {
  expect(doc.month).toBe(expected.month);
  expect(doc.asOf).toBe(expected.asOf);
  expect(doc.quarterEnd).toBe(false);
});

test("every overdue project, in ledger order, with kind, plan, days late, level and provincial", () => {
  const got = doc.projects.map(({ row, name, unit, kind, planned, daysLate, level, provincial }) => ({ row, name, unit, kind, planned, daysLate, level, provincial }));
  expect(got).toEqual(expected.overdue);
});

test.each(["towns", "departments"])("ranking of %s as of the month's end", (id) => {
  const want = expected.groups.find((g: { id: string }) => g.id === id).rows;
  const got = doc.groups.find((g) => g.id === id)!.rows;
  expect(got.map((r) => r.unit)).toEqual(want.map((r: { unit: string }) => r.unit));
  for (const [i, w] of want.entries()) {
    const g = got[i];
    expect(g.rank).toBe(w.rank);
    for (const k of ["planning", "signing", "start", "commissioning", "service", "bonus", "deduction", "total"] as const) {
      expect(Math.abs(g[k] - w[k])).toBeLessThanOrEqual(0.01 + 1e-9);
    }
  }
});
