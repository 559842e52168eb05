// Every date rule follows the assessment year (profiles.md §2): a workbook whose
// dates are all shifted by whole years, with 考评年度 following them, scores
// the same, period for period. Away from leap days: a 29 February is moved to
// the 28th in both workbooks first (shifted, it would not exist).
import fc from "fast-check";
import { reportToJson } from "../../src/engine/json";
import { LEDGER_COLUMNS } from "../../src/engine/parse/ledger";
import { parseDate } from "../../src/engine/parse/cells";
import { serialToYmd, ymdToSerial } from "../../src/engine/parse/dates";
import { scorePeriod } from "../../src/engine/score/report";
import type { CellValue, Period, SheetValues, WorkbookValues } from "../../src/engine/types";
import { readWorkbook } from "../../src/engine/workbook";
import { assessmentYears } from "../../src/engine/years";
import { generateBook, toRangeValues } from "../support/ledger-generator";

const DATE_HEADERS = new Set(
  LEDGER_COLUMNS.filter((c) => /日期$/.test(c.header)).map((c) => c.header),
);

/** The ledger's dates as serials, shifted by `years` (0: only the leap days moved). */
function shiftLedger(ledger: SheetValues, years: number): SheetValues {
  const header = ledger[1];
  const dateColumns = header.map((h, i) => (DATE_HEADERS.has(String(h)) ? i : -1)).filter((i) => i >= 0);
  return ledger.map((row, r) => {
    if (r < 2) return row;
    const out = [...row];
    for (const c of dateColumns) {
      const parsed = parseDate(row[c]);
      if (!parsed.ok || parsed.value === null) continue;
      const { y, m, d } = serialToYmd(parsed.value);
      out[c] = ymdToSerial(y + years, m, m === 2 && d === 29 ? 28 : d);
    }
    return out;
  });
}

/** Quarter texts of 考核录入 and 企业评议 moved to the new year; bare quarters (1–4) follow 考评年度. */
const shiftQuarters = (sheet: SheetValues, years: number): SheetValues =>
  sheet.map((row, r) => (r === 0 ? row : [typeof row[0] === "string" ? row[0].replace(/^2023/, String(2023 + years)) : row[0], ...row.slice(1)]));

function shifted(book: WorkbookValues, years: number): WorkbookValues {
  return {
    项目台账: shiftLedger(book.项目台账, years),
    考核录入: shiftQuarters(book.考核录入, years),
    企业评议: shiftQuarters(book.企业评议, years),
    考评参数: [["参数", "值"], ["考评年度", 2023 + years]] as CellValue[][],
  };
}

const groups = (b: WorkbookValues, p: Period) => reportToJson(scorePeriod(readWorkbook(b), p)).groups;

test("a workbook shifted by whole years, 考评年度 following, scores the same in every period", () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 77 }), fc.constantFrom(1, 2, 3, 4), fc.boolean(), (seed, years, quarter, wholeYear) => {
      const raw = toRangeValues(generateBook({ projects: 80, seed }));
      const original = { ...raw, 项目台账: shiftLedger(raw.项目台账, 0) };
      const later = shifted(original, years);
      const period = (year: number): Period => (wholeYear ? { year, kind: "year", quarter: 4 } : { year, kind: "quarter", quarter: quarter as 1 | 2 | 3 | 4 });
      expect(groups(later, period(2023 + years))).toEqual(groups(original, period(2023)));
    }),
    { numRuns: 25 },
  );
});

describe("the years a workbook is assessed for (profiles.md §2)", () => {
  test("a workbook without dates yet is assessed for the host's current year; with dates, for theirs", () => {
    const empty = readWorkbook({ 项目台账: [["项目名称", "责任单位", "总投资", "产业类别"]] });
    expect(assessmentYears(empty, new Date(2026, 11, 1))).toEqual({ years: [2026], main: 2026 });
    expect(assessmentYears(empty)).toEqual({ years: [2023], main: 2023 });
    expect(assessmentYears(empty, new Date(2150, 0, 1)).main).toBe(2100);
  });
});
