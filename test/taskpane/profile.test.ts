// The 2026 workbook in every host (profiles.md §5): the CLI's JSON, the custom
// functions given its 目标任务 and 考评参数 ranges, and the task pane's
// workflow over the Excel stand-in give the same numbers; the pane offers the
// workbook's years and its template carries the workbook's parameters.
import "../functions/support/custom-functions";
import path from "path";
import { readXlsx } from "../../src/cli/xlsx-read";
import { reportToJson } from "../../src/engine/json";
import type { SheetInput } from "../../src/engine/types";
import { officeHost } from "../../src/excel";
import { breakdown } from "../../src/functions/functions";
import { score } from "../functions/support/score";
import { addTemplate, readYears, runCheck } from "../../src/taskpane/workflow";
import { defaultPeriod } from "../../src/taskpane/useTaskPane";
import { sanpi } from "../cli/helpers";
import { createStandIn } from "../standin";

const FIXTURE = path.join(__dirname, "..", "fixtures", "year-2026", "year-2026.xlsx");
let sheets: Record<string, unknown[][]>;
let standIn: ReturnType<typeof createStandIn>;

beforeAll(async () => {
  const book = await readXlsx(FIXTURE);
  sheets = Object.fromEntries(Object.entries(book).map(([k, v]) => [k, Array.isArray(v) ? v : (v as SheetInput).values]));
  standIn = createStandIn(sheets);
  (global as Record<string, unknown>).Excel = standIn.Excel;
});
afterAll(() => delete (global as Record<string, unknown>).Excel);

type Row = { unit: string; total: number; planning?: number; bonus?: number };

describe("the same numbers in the CLI, the functions and the task pane", () => {
  test.each([
    ["2026Q1", { year: 2026, kind: "quarter", quarter: 1 }],
    ["2026Q3", { year: 2026, kind: "quarter", quarter: 3 }],
    ["2026", { year: 2026, kind: "year", quarter: 4 }],
  ] as const)("%s", async (id, period) => {
    const cli = await sanpi(["score", FIXTURE, ...(period.kind === "year" ? ["--year", id] : ["--quarter", id]), "--json"], __dirname);
    expect(cli.code).toBe(0);
    const fromCli = JSON.parse(cli.stdout) as { year: number; groups: { id: string; rows: Row[] }[] };
    const pane = reportToJson((await runCheck(officeHost, period, null)).report);
    expect(pane.groups).toEqual(fromCli.groups);
    expect(pane.year).toBe(fromCli.year);
    expect(pane.parameters).toEqual((fromCli as unknown as typeof pane).parameters);
    if (period.kind === "quarter") {
      const ranges = [sheets["项目台账"], sheets["考核录入"], sheets["目标任务"], sheets["考评参数"]] as unknown[][][];
      for (const g of fromCli.groups.filter((x) => x.id !== "service")) {
        for (const r of g.rows) {
          expect(Math.round(score(ranges[0], r.unit, id, ranges[1], ranges[2], ranges[3]) * 100) / 100).toBe(r.total);
          expect(Math.round(breakdown(ranges[0], r.unit, id, ranges[1], ranges[2], ranges[3])[0][0] * 100) / 100).toBe(r.planning);
        }
      }
    }
  });
});

describe("the task pane follows the workbook", () => {
  test("it offers the year 考评参数 fixes, defaulting to its last finished quarter", async () => {
    const { years } = await readYears(officeHost, null);
    expect(years).toEqual({ years: [2026], main: 2026 });
    expect(defaultPeriod(new Date(2026, 7, 15), years)).toEqual({ year: 2026, kind: "quarter", quarter: 2 });
    expect(defaultPeriod(new Date(2027, 0, 2), years)).toEqual({ year: 2026, kind: "quarter", quarter: 4 });
  });

  test("without 考评年度 it offers the years the ledger has dates in, newest first, the busiest by default", async () => {
    const { 考评参数: _p, ...rest } = sheets;
    const ledger = [...rest["项目台账"], ["P9", "临汝镇", 12000, "基础设施", "", "", 46500]]; // 2027-04-23
    const s = createStandIn({ ...rest, 项目台账: ledger });
    const saved = (global as Record<string, unknown>).Excel;
    (global as Record<string, unknown>).Excel = s.Excel;
    try {
      const { years } = await readYears(officeHost, null);
      expect(years).toEqual({ years: [2027, 2026], main: 2026 });
    } finally {
      (global as Record<string, unknown>).Excel = saved;
    }
  });

  test("添加模板表 writes a filled 考评参数 sheet with the workbook's values when it lacks one", async () => {
    const { 考评参数: _p, ...rest } = sheets;
    const s = createStandIn(rest);
    const saved = (global as Record<string, unknown>).Excel;
    (global as Record<string, unknown>).Excel = s.Excel;
    try {
      const outcome = await runCheck(officeHost, { year: 2026, kind: "quarter", quarter: 1 }, null);
      const r = await addTemplate(officeHost, "zh", outcome.profile);
      expect(r.added).toContain("考评参数");
      const sheet = s.model.sheets.find((x) => x.name === "考评参数")!;
      expect(sheet.cells[0].slice(0, 3)).toEqual(["参数", "值", "说明"]);
      const year = sheet.cells.find((row) => row[0] === "考评年度")!;
      expect(year[1]).toBe(2023); // without 考评参数 the year is not fixed: the built-in value, ready to edit
      const tiers = sheet.cells.find((row) => row[0] === "加分·产业项目规模档次")!;
      expect(tiers[1]).toBe("1亿:1，3亿:3，5亿:5");
      expect(String(tiers[2])).toContain("附件3 四(一)2(3)，附件4 第2–4行");
    } finally {
      (global as Record<string, unknown>).Excel = saved;
    }
  });
});
