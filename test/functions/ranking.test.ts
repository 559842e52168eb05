// SANPI.RANKING (workbook-format §3): one formula, a group's whole ranking for
// a period, the same numbers as the ranking sheet (describeReport) and the CLI
// JSON (the golden files) for ledger-3, the year-2026 workbook with its own
// 考评参数 and 目标任务, and the clerk's print layout; its header row, groups,
// periods and boundaries.
import path from "path";
import { thrown } from "./support/custom-functions";
import { readXlsx } from "../../src/cli/xlsx-read";
import { parsePeriod } from "../../src/engine/period";
import { builtinProfile } from "../../src/engine/profile/builtin";
import { scorePeriod } from "../../src/engine/score/report";
import { describeReport, rankingSheetName } from "../../src/engine/sheets/ranking";
import type { CellValue, GroupId, MergedArea, Period, SheetInput } from "../../src/engine/types";
import { readWorkbook } from "../../src/engine/workbook";
import { ranking } from "../../src/functions/functions";
import { score } from "./support/score";
import { parseCount, resetLedgerCache } from "../../src/functions/ledger";

const FIXTURES = path.join(__dirname, "..", "fixtures");
type Book = Record<string, SheetInput>;
const load = async (file: string): Promise<Book> => readXlsx(path.join(FIXTURES, file));
const values = (b: Book, name: string): CellValue[][] | null => b[name]?.values ?? null;
const GROUPS: [GroupId, string][] = [
  ["towns", "A"],
  ["departments", "市直单位"],
  ["service", "C"],
];
const g = globalThis as { Office?: unknown };

/** RANKING over a workbook's sheets, as a clerk writes it with every range. */
function rankingOf(b: Book, group: string, period: string | number): (string | number)[][] {
  const ledger = values(b, "项目台账") ?? values(b, "项目台帐");
  return ranking(ledger!, group, period, values(b, "考核录入") ?? undefined, values(b, "目标任务") ?? undefined, values(b, "考评参数") ?? undefined, values(b, "企业评议") ?? undefined);
}

/** The ranking sheet's rows for a group, without 评先资格 (RANKING shows the award, not the eligibility). */
function sheetRows(b: Book, period: Period, group: GroupId): unknown[][] {
  const report = scorePeriod(readWorkbook(b), period);
  const sheet = describeReport(report).find((s) => s.name === rankingSheetName(group, report.periodId))!;
  // A year's sheet ends with 奖励 and 评先资格; the year so far has no award (null) either.
  const drop = period.kind === "quarter" ? 0 : period.quarter === 4 ? 1 : 2;
  // The printed sheet leaves 奖励 blank for a unit without an award (issue 20 item 5); RANKING shows 0, as the JSON.
  const award = (r: unknown[]): unknown[] => (drop === 1 ? [...r.slice(0, -1), r[r.length - 1] ?? 0] : r);
  return sheet.rows.map((r) => award(drop ? r.slice(0, -drop) : r));
}

type GoldenRow = Record<string, string | number | boolean | null>;
/** A RANKING row by field, as the golden JSON names them. */
function fields(row: unknown[], group: GroupId, year: boolean): GoldenRow {
  const names = group === "service" ? ["evaluations", "total"] : ["planning", "signing", "start", "commissioning", "service", "bonus", "deduction", "total"];
  return Object.fromEntries(["rank", "unit", ...names, ...(year ? ["award"] : [])].map((k, i) => [k, row[i] as string | number]));
}
/** The golden row's fields that RANKING shows: not 评先资格, nor a quarter's award (null: no award column). */
const shown = (r: GoldenRow): GoldenRow => Object.fromEntries(Object.entries(r).filter(([k, v]) => k !== "awardEligible" && !(k === "award" && v === null)));
const golden = (dir: string, file: string) => require(path.join(FIXTURES, dir, file)) as { groups: { id: GroupId; rows: GoldenRow[] }[] };

beforeEach(() => resetLedgerCache());

describe.each([
  ["ledger-3", "ledger-3/ledger-3.xlsx", "ledger-3-", ["2023Q1", "2023Q2", "2023Q3", "2023Q4", "2023"]],
  ["year-2026 (its 考评参数 and 目标任务)", "year-2026/year-2026.xlsx", "year-2026-", ["2026Q1", "2026Q2", "2026Q3", "2026Q4", "2026"]],
] as const)("%s: the ranking sheet's numbers and the golden JSON", (_name, file, prefix, periods) => {
  let b: Book;
  beforeAll(async () => (b = await load(file)));

  test.each(periods)("%s, every group", (id) => {
    const period = parsePeriod(id, builtinProfile())!;
    const year = period.kind === "year";
    const json = golden(path.dirname(file), `${prefix}${id}.json`);
    for (const [group, arg] of GROUPS) {
      const table = rankingOf(b, arg, id);
      expect(table.slice(1)).toEqual(sheetRows(b, period, group));
      // The golden files list every unit (ledger-3) or the hand-worked ones (year-2026).
      const byUnit = new Map(table.slice(1).map((r) => [r[1], fields(r, group, year)]));
      for (const r of json.groups.find((x) => x.id === group)!.rows) expect(byUnit.get(r.unit as string)).toEqual(expect.objectContaining(shown(r)));
      expect(table[0]).toHaveLength(table[1].length);
    }
  });
});

describe("the clerk's print layout (workbook-format §1.1)", () => {
  let clerk: Book;
  beforeAll(async () => (clerk = await load("layouts/clerk-layout/clerk.xlsx")));

  // Excel hands a function values only: merged 责任单位 cells are blank below their first row.
  test("values as Excel hands them: the ranking sheet of the same values", () => {
    const plain: Book = Object.fromEntries(Object.entries(clerk).map(([k, v]) => [k, { values: v.values }]));
    for (const [group, arg] of GROUPS) {
      expect(rankingOf(plain, arg, "2023Q2").slice(1)).toEqual(sheetRows(plain, { year: 2023, kind: "quarter", quarter: 2 }, group));
    }
  });

  test("merged-down cells unmerged and filled in: the numbers of the workbook read with its merges (the CLI JSON)", () => {
    const fill = (v: CellValue[][], merges: MergedArea[]) => {
      const out = v.map((r) => [...r]);
      for (const m of merges) if (m.col0 === m.col1) for (let r = m.row0 + 1; r <= m.row1; r++) out[r][m.col0] = v[m.row0][m.col0];
      return out;
    };
    const filled: Book = Object.fromEntries(Object.entries(clerk).map(([k, v]) => [k, { values: fill(v.values, v.merges ?? []) }]));
    for (const period of ["2023Q3", "2023"]) {
      const p = parsePeriod(period, builtinProfile())!;
      for (const [group, arg] of GROUPS) expect(rankingOf(filled, arg, period).slice(1)).toEqual(sheetRows(clerk, p, group));
    }
    // Which is why the guide says to unmerge before using the functions: the values alone score otherwise.
    const plain: Book = Object.fromEntries(Object.entries(clerk).map(([k, v]) => [k, { values: v.values }]));
    expect(GROUPS.some(([, arg]) => JSON.stringify(rankingOf(plain, arg, "2023")) !== JSON.stringify(rankingOf(filled, arg, "2023")))).toBe(true);
  });
});

describe("shape and arguments", () => {
  let b: Book;
  beforeAll(async () => (b = await load("ledger-3/ledger-3.xlsx")));

  test("header rows: groups A and B, group C, and the award column of a full year only", () => {
    expect(rankingOf(b, "A", "2023Q1")[0]).toEqual(["名次", "单位", "谋划", "签约", "开工", "投产", "服务保障", "加分", "减分", "总分"]);
    expect(rankingOf(b, "B", 2023)[0]).toEqual(["名次", "单位", "谋划", "签约", "开工", "投产", "服务保障", "加分", "减分", "总分", "奖励(万元)"]);
    expect(rankingOf(b, "服务保障", "Q4")[0]).toEqual(["名次", "单位", "评议份数", "得分"]);
    expect(rankingOf(b, "C", "2023年")[0]).toEqual(["名次", "单位", "评议份数", "得分", "奖励(万元)"]);
    // The year so far has no awards (decisions 7): no award column.
    expect(rankingOf(b, "A", "2023Q1-Q3")[0]).toHaveLength(10);
  });

  test("one row per unit of the group, in rank order; the group's names and letters agree", () => {
    const towns = rankingOf(b, "乡镇街道", "2023Q2");
    expect(towns).toHaveLength(1 + 24);
    expect(rankingOf(b, "a", "2023Q2")).toEqual(towns);
    const ranks = towns.slice(1).map((r) => r[0] as number);
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
    expect(rankingOf(b, "B", 2)).toHaveLength(1 + 25);
    expect(rankingOf(b, "C", 2)).toHaveLength(1 + 18);
  });

  test("each unit's total is its SCORE, to the ranking's two decimals", () => {
    const ledger = values(b, "项目台账")!;
    const inputs = values(b, "考核录入")!;
    for (const row of ranking(ledger, "B", "2023Q3", inputs).slice(1)) {
      expect(row[9]).toBe(Math.round(score(ledger, row[1], "2023Q3", inputs) * 100) / 100);
    }
  });

  test("in English Excel the header row is English; units keep their names", () => {
    const before = g.Office;
    g.Office = { context: { displayLanguage: "en-US" } };
    try {
      const table = rankingOf(b, "A", 2023);
      expect(table[0]).toEqual(["Rank", "Unit", "Planning", "Signing", "Start", "Commissioning", "Service", "Bonus", "Deduction", "Total", "Award (万元)"]);
      expect(rankingOf(b, "C", "2023Q1")[0]).toEqual(["Rank", "Unit", "Evaluations", "Score"]);
      expect(table[1][1]).toMatch(/[\u4e00-\u9fff]/);
    } finally {
      g.Office = before;
    }
  });

  test("two formulas (both project groups) parse the workbook once", () => {
    rankingOf(b, "A", "2023Q2");
    rankingOf(b, "B", "2023Q2");
    expect(parseCount()).toBe(1);
  });

  test.each([
    ["an unknown group", { 1: "D组" }, "#N/A", "D组"],
    ["a period of no year", { 2: "全年" }, "#VALUE!", "期间"],
    ["a quarter out of range", { 2: "2023Q5" }, "#VALUE!", "期间"],
    ["a year outside 2023–2100", { 2: 2101 }, "#VALUE!", "2101"],
    ["a period as TRUE", { 2: true }, "#VALUE!", "期间"],
    ["a ledger without its header row", { 0: [["甲", "临汝镇"]] }, "#VALUE!", "表头"],
    ["an evaluations range without its header row", { 6: [["2023Q1", "发改委", "某公司", 18, 36, 38]] }, "#VALUE!", "企业评议"],
  ])("%s → %s naming it", (_n, over, code, text) => {
    const args: unknown[] = [values(b, "项目台账"), "A", "2023Q1", values(b, "考核录入"), null, null, values(b, "企业评议")];
    for (const [k, v] of Object.entries(over)) args[Number(k)] = v;
    const e = thrown(() => (ranking as (...a: unknown[]) => unknown)(...args));
    expect(e.code).toBe(code);
    expect(e.message).toContain(text);
  });

  test("boundaries of the period: the years 2023 and 2100, quarters 1 and 4, a bare quarter of 考评年度", async () => {
    expect(rankingOf(b, "A", 2100)).toHaveLength(25);
    expect(rankingOf(b, "A", "2023Q4")).toEqual(rankingOf(b, "A", 4));
    expect(rankingOf(b, "A", 1)).toEqual(rankingOf(b, "A", "2023-Q1"));
    const y2026 = await load("year-2026/year-2026.xlsx");
    expect(rankingOf(y2026, "A", "Q1")).toEqual(rankingOf(y2026, "A", "2026Q1"));
    expect(thrown(() => rankingOf(y2026, "A", "2025")).message).toMatch(/考评2026年/);
  });
});
