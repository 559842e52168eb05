// The functions with a workbook's own 目标任务 and 考评参数 (profiles.md §5):
// SCORE, BREAKDOWN and TARGET given those ranges compute what the ranking sheet
// shows; without them, the built-in profile for any year. PLANNING's form for a
// tier list of any length; help texts that name no number of the method.
import path from "path";
import { thrown } from "./support/custom-functions";
import { readXlsx } from "../../src/cli/xlsx-read";
import { reportToJson } from "../../src/engine/json";
import { scorePeriod } from "../../src/engine/score/report";
import type { CellValue, SheetInput } from "../../src/engine/types";
import { readWorkbook } from "../../src/engine/workbook";
import { breakdown, planning, target } from "../../src/functions/functions";
import { score } from "./support/score";
import { parseCount, resetLedgerCache } from "../../src/functions/ledger";
import { FUNCTIONS } from "../../src/functions/table";

const FIXTURE = path.join(__dirname, "..", "fixtures", "year-2026", "year-2026.xlsx");
let sheets: Record<string, CellValue[][]>;
const expected = (period: string) => require(`../fixtures/year-2026/year-2026-${period}.json`) as { groups: { id: string; rows: { unit: string; total: number }[] }[] };

beforeAll(async () => {
  const book = await readXlsx(FIXTURE);
  sheets = Object.fromEntries(Object.entries(book).map(([k, v]) => [k, Array.isArray(v) ? v : (v as SheetInput).values]));
});
beforeEach(() => resetLedgerCache());

const ranges = () => [sheets["项目台账"], sheets["考核录入"], sheets["目标任务"], sheets["考评参数"]] as const;

describe("SCORE and BREAKDOWN with 目标任务 and 考评参数", () => {
  test.each(["2026Q1", "2026Q2", "2026Q3", "2026Q4"])("the hand-worked totals of %s, and the ranking's numbers for every unit", (period) => {
    const [ledger, inputs, targets, params] = ranges();
    for (const r of expected(period).groups.find((g) => g.id === "towns")!.rows) {
      expect(Math.round(score(ledger, r.unit, period, inputs, targets, params) * 100) / 100).toBe(r.total);
    }
    const report = scorePeriod(readWorkbook(sheets), { year: 2026, kind: "quarter", quarter: Number(period.slice(-1)) as 1 });
    for (const g of report.groups.filter((x) => x.id !== "service")) {
      for (const row of g.rows) if (row.kind === "project") expect(score(ledger, row.unit, period, inputs, targets, params)).toBe(row.total);
    }
  });

  test("a bare quarter is of 考评年度; BREAKDOWN is the same row the ranking shows", () => {
    const [ledger, inputs, targets, params] = ranges();
    expect(breakdown(ledger, "临汝镇", 1, inputs, targets, params)).toEqual([[13, 20, 20, 0, 13, 66, 29.5, 0, 95.5]]);
  });

  test("a quarter of another year than 考评年度 is #VALUE! naming the year assessed", () => {
    const [ledger, inputs, targets, params] = ranges();
    const e = thrown(() => score(ledger, "临汝镇", "2025Q4", inputs, targets, params));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/考评2026年/);
  });

  test("a unit 目标任务 adds is known only with that range", () => {
    const [ledger, inputs, targets, params] = ranges();
    expect(score(ledger, "新区管委会", "2026Q2", inputs, targets, params)).toBe(25);
    expect(thrown(() => score(ledger, "新区管委会", "2026Q2", inputs)).code).toBe("#N/A");
  });

  test("without the ranges: the built-in profile, for any year (the 2023 bonus cap and tiers)", () => {
    const [ledger, inputs] = ranges();
    const json = reportToJson(scorePeriod(readWorkbook({ 项目台账: ledger, 考核录入: inputs }), { year: 2026, kind: "quarter", quarter: 1 }));
    const linru = json.groups[0].rows.find((r) => r.unit === "临汝镇")!;
    expect(score(ledger, "临汝镇", "2026Q1", inputs)).toBeCloseTo(linru.total, 9);
    // Without 考评参数, 要素保障扣分 7 is out of 0 or 2–6: that 考核录入 row is left out, so the service item is 10.
    expect(breakdown(ledger, "临汝镇", "2026Q1", inputs)[0][4]).toBe(10);
  });

  test("many cells over the same ranges parse the workbook once", () => {
    const [ledger, inputs, targets, params] = ranges();
    for (const u of ["临汝镇", "温泉镇", "新区管委会", "发改委"]) score(ledger.map((r) => [...r]), u, "2026Q3", inputs, targets, params);
    expect(parseCount()).toBe(1);
  });

  test("a 考评参数 range without its header is #VALUE! saying so", () => {
    const [ledger, inputs, targets] = ranges();
    const e = thrown(() => score(ledger, "临汝镇", "2026Q1", inputs, targets, [["考评年度", 2026]]));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/参数/);
  });
});

describe("TARGET with 目标任务 and 考评参数", () => {
  test("the workbook's targets, its added unit, and quarters of 考评年度", () => {
    const [, , targets, params] = ranges();
    expect(target("临汝镇", "谋划", null, targets, params)).toBe(8);
    expect(target("临汝镇", "投产", "2026Q2", targets, params)).toBe(2);
    expect(target("新区管委会", "谋划", 1, targets, params)).toBe(1);
    expect(target("临汝镇", "谋划")).toBe(12);
    expect(thrown(() => target("新区管委会", "谋划")).code).toBe("#N/A");
    expect(thrown(() => target("临汝镇", "谋划", "2025Q1", targets, params)).message).toMatch(/考评2026年/);
  });
});

describe("PLANNING for a tier list of any length", () => {
  test("today's call keeps working: counts of the lowest and highest tier", () => {
    expect(planning(3, 3, 1, 1)).toBe(16);
    expect(planning(3, 3)).toBe(10);
  });
  test("a range of investments earns each project its highest tier (a header row skipped)", () => {
    expect(planning(3, 3, null, null, [["总投资"], [60000], [25000], [8000], [""]])).toBe(16);
    expect(planning(3, 3, 0, 0, [["6亿", "2.5亿", "5亿"]])).toBe(20);
    expect(thrown(() => planning(3, 3, 0, 0, [[60000], ["很多"]])).code).toBe("#VALUE!");
  });
});

describe("help texts", () => {
  test("name no number of the method and no year: they say 按考评参数 instead", () => {
    for (const [id, f] of Object.entries(FUNCTIONS)) {
      for (const text of [f.zh, f.en, ...f.params.flatMap((p) => [p.zh, p.en])]) {
        expect({ id, text, points: /\d+(\.\d+)?\s*(分|points?\b)/.test(text), range: /\d+\s*[–-]\s*\d+(?!\))/.test(text.replace(/1–4/g, "")), year: /2023/.test(text) }).toEqual({ id, text, points: false, range: false, year: false });
      }
    }
    expect(FUNCTIONS.BONUS.zh).toContain("按内置考评参数");
    expect(FUNCTIONS.SCORE.params.map((p) => p.name)).toEqual(["ledger", "unit", "quarter", "inputs", "targets", "params"]);
  });
});
