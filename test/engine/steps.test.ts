// The engine's long work as steps (src/engine/steps.ts): driven one pause at a
// time, or two at once interleaved, it gives exactly what the one-call
// functions give (those are the same steps run to the end), and it pauses
// often enough that a host can keep a page responsive.
import fc from "fast-check";
import { readWorkbook, readWorkbookSteps, reportToJson, runSteps, scorePeriod, scorePeriodSteps, STEP_ROWS, type Period, type Steps } from "../../src/engine";
import { serialToYmd, ymdToSerial } from "../../src/engine/parse/dates";
import { yearOf } from "../../src/engine/years";
import { generateBook, toRangeValues } from "../support/ledger-generator";

const YEAR: Period = { year: 2023, kind: "year", quarter: 4 };
const book = toRangeValues(generateBook({ projects: 3000, seed: 11 }));

/** Every fraction a generator yields, and its result. */
function drain<T>(steps: Steps<T>): { fractions: number[]; result: T } {
  const fractions: number[] = [];
  for (;;) {
    const r = steps.next();
    if (r.done) return { fractions, result: r.value };
    fractions.push(r.value);
  }
}

const increasing = (xs: number[]) => xs.every((x, i) => x >= 0 && x <= 1 && (i === 0 || x >= xs[i - 1]));

describe("readWorkbookSteps and scorePeriodSteps", () => {
  it("pause every few hundred rows with rising fractions, and end where the one-call functions end", () => {
    const parse = drain(readWorkbookSteps(book));
    expect(parse.fractions.length).toBeGreaterThanOrEqual((2 * book["项目台账"].length) / STEP_ROWS);
    expect(increasing(parse.fractions)).toBe(true);
    const score = drain(scorePeriodSteps(parse.result, YEAR));
    expect(score.fractions.length).toBeGreaterThanOrEqual(49); // each unit of groups A and B
    expect(increasing(score.fractions)).toBe(true);
    expect(reportToJson(score.result)).toEqual(reportToJson(scorePeriod(readWorkbook(book), YEAR)));
  });

  it("give the same results when two runs are interleaved (no state shared between runs)", () => {
    const other = toRangeValues(generateBook({ projects: 800, seed: 5 }));
    const a = readWorkbookSteps(book);
    const b = readWorkbookSteps(other);
    let ra: IteratorResult<number, unknown> | null = null;
    let rb: IteratorResult<number, unknown> | null = null;
    while (!ra?.done || !rb?.done) {
      if (!ra?.done) ra = a.next();
      if (!rb?.done) rb = b.next();
    }
    const parsedA = ra.value as ReturnType<typeof readWorkbook>;
    const parsedB = rb.value as ReturnType<typeof readWorkbook>;
    expect(reportToJson(runSteps(scorePeriodSteps(parsedA, YEAR)))).toEqual(reportToJson(scorePeriod(readWorkbook(book), YEAR)));
    expect(reportToJson(runSteps(scorePeriodSteps(parsedB, YEAR)))).toEqual(reportToJson(scorePeriod(readWorkbook(other), YEAR)));
  });
});

describe("yearOf (the period list's year count without calendar arithmetic)", () => {
  it("is serialToYmd's year for every day of the assessable years, and null outside them", () => {
    fc.assert(
      fc.property(fc.double({ min: ymdToSerial(2022, 1, 1), max: ymdToSerial(2102, 12, 31), noNaN: true }), (serial) => {
        const y = serialToYmd(serial).y;
        expect(yearOf(serial)).toBe(y >= 2023 && y <= 2100 ? y : null);
      }),
    );
    for (const y of [2023, 2024, 2100]) {
      expect(yearOf(ymdToSerial(y, 1, 1))).toBe(y);
      expect(yearOf(ymdToSerial(y, 12, 31) + 0.99)).toBe(y);
    }
    expect(yearOf(ymdToSerial(2101, 1, 1))).toBeNull();
    expect(yearOf(Number.NaN)).toBeNull();
  });
});
