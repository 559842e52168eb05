// The period is an input (issue 16 item 2; cycle.md §3.1): a quarter scored as
// of a month's end reads the month's last day and targets × m/12; in a month
// that ends a quarter it is exactly the quarter's score.
import * as path from "path";
import fc from "fast-check";
import { readXlsx } from "../../src/cli/xlsx-read";
import { builtinProfile } from "../../src/engine/profile/builtin";
import { parseParamJson } from "../../src/engine/profile/forms";
import { paramDef } from "../../src/engine/profile/registry";
import { cumulativeTarget, monthEndContext, quarterContext } from "../../src/engine/score/context";
import { scorePeriod, scoreQuarterAsOf } from "../../src/engine/score/report";
import { quarterTarget } from "../../src/engine/score/rules";
import type { ProjectUnitScore } from "../../src/engine/report";
import { readWorkbook, type ParsedWorkbook } from "../../src/engine/workbook";
import { book, d, project } from "../support/book";

const PROFILE = builtinProfile();
const ITEMS = ["planning", "signing", "start", "commissioning", "service", "bonus", "deduction", "total", "rank"] as const;

const rowsOf = (groups: { rows: unknown[] }[]) =>
  groups.flatMap((g) => (g.rows as ProjectUnitScore[]).map((r) => ({ unit: r.unit, ...Object.fromEntries(ITEMS.map((k) => [k, r[k]])) })));

describe("period contexts", () => {
  test("a quarter: its first and last day, targets × q/4", () => {
    const c = quarterContext(PROFILE, 2024, 1);
    expect([c.first, c.last, c.yearStart]).toEqual([d("2024-01-01"), d("2024-03-31"), d("2024-01-01")]);
    expect(c.fraction).toEqual({ numerator: 1, denominator: 4 });
    expect(c.label.zh).toBe("2024年第一季度");
  });

  test.each([
    [2, 1, "2024-01-01", "2024-02-29"],
    [5, 2, "2024-04-01", "2024-05-31"],
    [12, 4, "2024-10-01", "2024-12-31"],
  ])("as of the end of month %i: quarter %i, %s to %s", (month, quarter, first, last) => {
    const c = monthEndContext(PROFILE, 2024, month);
    expect([c.quarter, c.first, c.last]).toEqual([quarter, d(first), d(last)]);
    expect(c.fraction).toEqual({ numerator: month, denominator: 12 });
  });

  test("targets: roundHalfUp(annual × fraction); a quarter-ending month equals the quarter's", () => {
    expect(cumulativeTarget(5, { numerator: 5, denominator: 12 })).toBe(2); // 2.08
    expect(cumulativeTarget(6, { numerator: 5, denominator: 12 })).toBe(3); // 2.5 rounds up
    expect(cumulativeTarget(7, { numerator: 1, denominator: 12 })).toBe(1); // 0.58
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 4 }), (annual, q) => {
        expect(cumulativeTarget(annual, { numerator: 3 * q, denominator: 12 })).toBe(quarterTarget(annual, q));
      }),
    );
  });
});

describe("scoring as of a month's end (cycle.md §3.1)", () => {
  let ledger3: ParsedWorkbook;
  beforeAll(async () => {
    ledger3 = readWorkbook(await readXlsx(path.join(__dirname, "..", "fixtures", "ledger-3", "ledger-3.xlsx")));
  });

  test.each([3, 6, 9, 12])("month %i ends a quarter: the quarter's scores and ranks", (month) => {
    const quarter = (month / 3) as 1 | 2 | 3 | 4;
    const asOf = scoreQuarterAsOf(ledger3, 2023, month);
    const report = scorePeriod(ledger3, { year: 2023, kind: "quarter", quarter });
    expect(rowsOf(asOf.groups)).toEqual(rowsOf(report.groups.filter((g) => g.id !== "service")));
    expect(asOf.groups.map((g) => g.id)).toEqual(["towns", "departments"]);
  });

  test("a start after the month's end does not count yet; the target is × m/12", () => {
    const parsed = readWorkbook(
      book([
        project({ 产业类别: "基础设施", 计划开工日期: d("2023-04-10"), 实际开工日期: d("2023-04-10"), 入库: "是" }),
        project({ 产业类别: "基础设施", 计划开工日期: d("2023-05-10"), 实际开工日期: d("2023-06-10"), 入库: "是" }),
      ]),
    );
    const unit = (month: number) => scoreQuarterAsOf(parsed, 2023, month).groups[0].rows.find((r) => r.unit === "临汝镇") as ProjectUnitScore;
    // As of April: one due, started on time; as of May: the second is due and not yet started.
    expect(unit(4).start).toBeCloseTo(20, 9);
    expect(unit(5).start).toBeCloseTo(10, 9);
    // June: started late (after its plan), so 1 of 2 on time still.
    expect(unit(6).start).toBeCloseTo(10, 9);
    const annual = parsed.annualTargets.get("临汝镇")!;
    const progress = unit(5).progress.find((p) => p.stage === "plan")!;
    expect(progress.target).toBe(cumulativeTarget(annual.plan, { numerator: 5, denominator: 12 }));
  });
});

test("inspection.redDays (cycle.md §4): a whole number ≥ 1, 90 in ruzhou-2023", () => {
  const def = paramDef("inspection.redDays")!;
  expect(def.zh).toBe("督查·红色预警天数");
  expect(PROFILE.values["inspection.redDays"]).toBe(90);
  expect([0, 1, 1.5, "60", -3].map((v) => parseParamJson(def, v).ok)).toEqual([false, true, false, true, false]);
});
