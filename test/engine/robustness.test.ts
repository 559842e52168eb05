// Bad input never crashes: any 2-D array of cell values gives issues, never an exception.
import fc from "fast-check";
import * as path from "path";
import { readXlsx } from "../../src/cli/xlsx-read";
import { reportToJson } from "../../src/engine/json";
import { LEDGER_COLUMNS } from "../../src/engine/parse/ledger";
import { builtinProfile } from "../../src/engine/profile/builtin";
import { sizeBonus } from "../../src/engine/score/rules";
import { scorePeriod } from "../../src/engine/score/report";
import type { CellValue, WorkbookInput, WorkbookValues } from "../../src/engine/types";
import { readWorkbook } from "../../src/engine/workbook";
import { Q, YEAR } from "../support/score";

const BUILTIN = builtinProfile();

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constant(""),
  fc.string(),
  fc.double(),
  fc.integer({ min: -100000, max: 200000 }),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom("#N/A", "#REF!", "是", "否", "制造业", "临汝镇", "汝州市发展改革委", "1.5亿", "2023-02-30", "2023年3月1日", "开工、投产"),
  fc.record({ error: fc.constantFrom("#N/A", "#DIV/0!") }),
  fc.record({ richText: fc.array(fc.record({ text: fc.string() }), { maxLength: 3 }) }),
  fc.record({ formula: fc.string(), result: fc.oneof(fc.integer(), fc.string(), fc.constant(undefined)) }),
);
const headers = LEDGER_COLUMNS.map((c) => c.header);
const sheet = fc.array(fc.array(cell, { maxLength: 24 }), { maxLength: 12 });

describe("robustness (property)", () => {
  test("arbitrary sheets: issues, never an exception", () => {
    fc.assert(
      fc.property(sheet, sheet, sheet, fc.boolean(), (ledgerRows, inputs, evals, withHeader) => {
        const book: WorkbookValues = {
          项目台账: withHeader ? [headers, ...ledgerRows] : ledgerRows,
          考核录入: inputs,
          企业评议: evals,
          目标任务: inputs,
        };
        const report = scorePeriod(readWorkbook(book), Q(2));
        for (const i of report.issues) {
          expect(typeof i.message).toBe("string");
          expect(i.message.length).toBeGreaterThan(0);
        }
        for (const g of report.groups) for (const r of g.rows) expect(Number.isFinite(r.total)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test("the size bonus never decreases as investment grows", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.constantFrom(...BUILTIN.categories),
        fc.boolean(),
        (a, b, cat, adv) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(sizeBonus(BUILTIN, cat, hi, adv)).toBeGreaterThanOrEqual(sizeBonus(BUILTIN, cat, lo, adv));
        },
      ),
    );
  });
});

describe("ranks do not depend on ledger row order", () => {
  test("shuffling 项目台账 rows of the sample workbook gives the same groups", async () => {
    const book = await readXlsx(path.join(__dirname, "..", "fixtures", "ledger-3", "ledger-3.xlsx"));
    const groups = (b: WorkbookInput) => reportToJson(scorePeriod(readWorkbook(b), YEAR)).groups;
    const base = groups(book);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1_000_000 }), async (seed) => {
        const rows = book["项目台账"].values;
        const head = rows.slice(0, 2); // title + header
        const data = rows.slice(2).map((r, i) => ({ r, k: (i * 2654435761 + seed) % 1000003 }));
        data.sort((x, y) => x.k - y.k);
        expect(groups({ ...book, 项目台账: { values: [...head, ...data.map((x) => x.r)], merges: [] } })).toEqual(base);
      }),
      { numRuns: 5 },
    );
  });
});
