// No work nobody reads (issue 10 item 3): SCORE, BREAKDOWN and RANKING format
// no issue text and no explanation text. The engine makes both lazy; this
// proves it for the function path, over ledgers that raise thousands of
// issues: rows in error, merged cells Excel hands as blanks, units without
// 考核录入 rows, no 企业评议, a year other than the profile's.
import path from "path";
import { readXlsx } from "../../src/cli/xlsx-read";
import * as messages from "../../src/engine/messages";
import { breakdown, ranking } from "../../src/functions/functions";
import { score } from "./support/score";
import { resetLedgerCache } from "../../src/functions/ledger";
import type { CellValue } from "../../src/engine/types";
import { generateBook, toRangeValues } from "../support/ledger-generator";

const book = toRangeValues(generateBook({ projects: 2000, seed: 2023 }));
const [ledger, inputs] = [book["项目台账"], book["考核录入"]];
let spy: jest.SpyInstance;
let clerk: Record<string, CellValue[][]>;

beforeAll(async () => {
  const b = await readXlsx(path.join(__dirname, "..", "fixtures", "layouts", "clerk-layout", "clerk.xlsx"));
  clerk = Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.values]));
});
beforeEach(() => {
  resetLedgerCache();
  spy = jest.spyOn(messages, "message");
});
afterEach(() => spy.mockRestore());

/** The catalogue keys formatted while `f` ran. */
function formatted(f: () => unknown): string[] {
  spy.mockClear();
  f();
  return spy.mock.calls.map((c) => String(c[0]));
}

test("the ledger raises thousands of issues (else this would prove little)", () => {
  // Read without the function path: the issues are there, their texts unformatted until read.
  const { readWorkbook } = jest.requireActual("../../src/engine/workbook") as typeof import("../../src/engine/workbook");
  expect(readWorkbook({ 项目台账: ledger, 考核录入: inputs }).issues.length).toBeGreaterThan(900);
});

test.each([
  ["SCORE, a quarter", () => score(ledger, "临汝镇", "2023Q2", inputs)],
  ["BREAKDOWN without 考核录入 (every unit warned)", () => breakdown(ledger, "发改委", "2023Q3")],
  ["RANKING of the year, without 企业评议", () => ranking(ledger, "C", "2023", inputs)],
  ["RANKING of a year with no 目标任务 (the base-year warning)", () => ranking(ledger, "A", "2026")],
])("%s formats no issue or explanation text", (_name, call) => {
  expect(formatted(call)).toEqual([]);
});

test("a clerk's ledger with merged 责任单位 (blank below their first row, as Excel hands them): no merge hints formatted", () => {
  const keys = formatted(() => ranking(clerk["项目台帐"], "B", "2023Q4", clerk["考核录入"], undefined, undefined, clerk["企业评议"]));
  expect(keys).toEqual([]);
});

test("an error still says what is wrong, in words: only what is shown is formatted", () => {
  const keys = formatted(() => {
    try {
      score(ledger, "火星", "2023Q1", inputs);
    } catch {
      /* the #N/A */
    }
  });
  expect(keys.length).toBeGreaterThan(0);
  expect(keys.every((k) => k.startsWith("arg."))).toBe(true);
});
