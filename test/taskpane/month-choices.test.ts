// 月度督查's month picker (cycle.md §3): the months of the workbook's years,
// the default the last month ended in the year of the pane's chosen period.
import { monthChoices } from "../../src/taskpane/inspect";

const DEC_2026 = new Date(2026, 11, 7);

describe("monthChoices", () => {
  test.each([
    // years given (chosen period's year first), today → default month
    [[2023, 2025, 2024], DEC_2026, "2023-12"], // a workbook with later dates: its chosen year, not the newest
    [[2025, 2024, 2023], DEC_2026, "2025-12"],
    [[2026], DEC_2026, "2026-11"], // this year: the month before today's
    [[2026], new Date(2026, 0, 15), "2026-01"], // January: nothing ended yet this year, January itself
    [[2027], DEC_2026, "2027-01"], // a year not begun
    [[], DEC_2026, "2026-11"], // no workbook read yet: this year
  ])("years %j on %s → %s", (years, today, initial) => {
    const c = monthChoices(years, today);
    expect(c.initial).toBe(initial);
    expect(c.months).toContain(initial);
  });

  test("every month of every year, newest first, once each", () => {
    const c = monthChoices([2023, 2025, 2024, 2023], DEC_2026);
    expect(c.months).toHaveLength(36);
    expect(c.months.slice(0, 2)).toEqual(["2025-12", "2025-11"]);
    expect(c.months.at(-1)).toBe("2023-01");
  });
});
