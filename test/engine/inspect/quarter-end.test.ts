// cycle.md §3.1: in a month that ends a quarter (3, 6, 9, 12) the month's
// ranking is exactly the quarter's report, for every golden workbook of
// test/fixtures and each quarter it has an expected report for, and the
// inspection says so (quarterEnd). The other months are not (targets × m/12).
import * as fs from "fs";
import * as path from "path";
import { readXlsx } from "../../../src/cli/xlsx-read";
import { inspectionToJson } from "../../../src/engine/inspect/json";
import { inspectMonth } from "../../../src/engine/inspect/report";
import { reportToJson } from "../../../src/engine/json";
import { scorePeriod } from "../../../src/engine/score/report";
import type { WorkbookInput } from "../../../src/engine/types";
import { readWorkbook, type ParsedWorkbook } from "../../../src/engine/workbook";

const ROOT = path.join(__dirname, "..", "..", "fixtures");
const cases = fs
  .readdirSync(ROOT, { withFileTypes: true })
  .filter((e) => {
    const files = e.isDirectory() ? fs.readdirSync(path.join(ROOT, e.name)) : [];
    return files.some((f) => f.endsWith(".xlsx")) && files.some((f) => /-\d{4}Q[1-4]\.json$/.test(f));
  })
  .map((e) => e.name);

const ITEMS = ["rank", "total", "planning", "signing", "start", "commissioning", "service", "bonus", "deduction"] as const;

describe.each(cases)("golden workbook %s", (name) => {
  const dir = path.join(ROOT, name);
  const files = fs.readdirSync(dir);
  const quarters = files.map((f) => /-(\d{4})Q([1-4])\.json$/.exec(f)).filter((m): m is RegExpExecArray => !!m);
  let parsed: ParsedWorkbook;
  beforeAll(async () => {
    const book: WorkbookInput = await readXlsx(path.join(dir, files.find((f) => f.endsWith(".xlsx"))!));
    parsed = readWorkbook(book);
  });

  test.each(quarters.map((m) => [Number(m[1]), Number(m[2]), m.input] as const))("%i Q%i: the quarter's last month is the quarter's report exactly", (year, quarter, file) => {
    const month = quarter * 3;
    const got = inspectionToJson(inspectMonth(parsed, { year, month }));
    expect(got.quarterEnd).toBe(true);
    const report = reportToJson(scorePeriod(parsed, { year, kind: "quarter", quarter: quarter as 1 | 2 | 3 | 4 }));
    const expected = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as { groups: { id: string; rows: Record<string, number | string>[] }[] };
    for (const id of ["towns", "departments"] as const) {
      const mine = got.groups.find((g) => g.id === id)!.rows.map((r) => [r.unit, ...ITEMS.map((k) => r[k])]);
      const quarterRows = report.groups.find((g) => g.id === id)!.rows as unknown as Record<string, number | string>[];
      // The same scorer and context: equal to the last digit, in the same order.
      expect(mine).toEqual(quarterRows.map((r) => [r.unit, ...ITEMS.map((k) => r[k])]));
      const golden = expected.groups.find((g) => g.id === id);
      // And the golden ranks (each unit's rank; within a tie the golden files may order units otherwise).
      const rankOf = new Map(mine.map((r) => [r[0], r[1]]));
      if (golden) expect(golden.rows.map((r) => [r.unit, rankOf.get(r.unit as string)])).toEqual(golden.rows.map((r) => [r.unit, r.rank]));
    }
  });

  test("a month inside a quarter is not flagged as its end", () => {
    const [year] = quarters.map((m) => Number(m[1]));
    for (const month of [1, 2, 4, 5, 7, 8, 10, 11]) expect(inspectMonth(parsed, { year, month }).quarterEnd).toBe(false);
  });
});
