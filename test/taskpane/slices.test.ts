// The pane's sliced driver: the engine's steps run to the same result as the
// synchronous drivers, giving the page back whenever a slice's time is used up.
import { readWorkbook, readWorkbookSteps, reportToJson, scorePeriod, scorePeriodSteps, type Period } from "../../src/engine";
import { nextTask, runSliced } from "../../src/taskpane/slices";
import { generateBook, toRangeValues } from "../support/ledger-generator";

const Q2: Period = { year: 2023, kind: "quarter", quarter: 2 };

/** A clock that moves `step` ms each time it is read. */
const ticking = (step: number) => {
  let t = 0;
  return () => (t += step);
};

describe("runSliced", () => {
  const book = toRangeValues(generateBook({ projects: 1500, seed: 5 }));

  it("parses and scores as readWorkbook and scorePeriod do, pausing between slices with rising fractions", async () => {
    let pauses = 0;
    const fractions: number[] = [];
    const options = { sliceMs: 10, now: ticking(4), yieldToPage: async () => void pauses++ };
    const parsed = await runSliced(readWorkbookSteps(book), (f) => fractions.push(f), options);
    const report = await runSliced(scorePeriodSteps(parsed, Q2), (f) => fractions.push(f), options);
    expect(JSON.stringify(reportToJson(report))).toBe(JSON.stringify(reportToJson(scorePeriod(readWorkbook(book), Q2))));
    expect(pauses).toBeGreaterThan(3);
    expect(fractions.length).toBe(pauses);
    expect(fractions.every((f) => f >= 0 && f <= 1)).toBe(true);
  });

  it("does not pause while the slice has time left", async () => {
    let pauses = 0;
    await runSliced(readWorkbookSteps(book), () => undefined, { sliceMs: 1e9, now: ticking(1), yieldToPage: async () => void pauses++ });
    expect(pauses).toBe(0);
  });

  it("resolves in a task of its own: microtasks queued after it run first", async () => {
    const order: string[] = [];
    const p = nextTask().then(() => order.push("task"));
    queueMicrotask(() => order.push("microtask"));
    await p;
    expect(order).toEqual(["microtask", "task"]);
  });
});
