// Long engine work (reading a 50,000-row ledger, scoring every unit) written
// as generators that pause every few hundred rows, so one code path serves
// two drivers: the CLI, the custom functions and the tests run the steps to
// the end at once (runSteps); the task pane runs them in slices and lets the
// page paint and take clicks between slices (src/taskpane/slices.ts). The
// engine itself never looks at a clock: where to pause is counted in rows.

/**
 * Work that pauses now and then. Each value yielded is the fraction done so
 * far (0–1); the generator's return value is the result.
 */
export type Steps<T> = Generator<number, T, void>;

/** Rows read between two pauses: about a millisecond of work, so a pause costs nothing measurable. */
export const STEP_ROWS = 256;

/** Run the steps to the end, synchronously. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Run `steps` inside a larger piece of work, reporting its fractions as the span [from, to] of the whole. */
export function* within<T>(steps: Steps<T>, from: number, to: number): Steps<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    yield from + (to - from) * step.value;
  }
}
