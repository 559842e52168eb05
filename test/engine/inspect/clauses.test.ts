// cycle.md §3.1–3.3, §3.5 clause by clause on small ledgers made here, and
// properties over generated ones (fast-check): rates within [0, 1], overdue
// only grows for a project as the month advances, days late = day − plan.
import fc from "fast-check";
import { inspectMonth } from "../../../src/engine/inspect/report";
import { inspectionToJson } from "../../../src/engine/inspect/json";
import { overdueOfProject, rateSums, ratesOf } from "../../../src/engine/inspect/overdue";
import { parseMonth, monthBounds } from "../../../src/engine/inspect/month";
import { readProblems } from "../../../src/engine/inspect/problems";
import { builtinProfile } from "../../../src/engine/profile/builtin";
import { ymdToSerial } from "../../../src/engine/parse/dates";
import type { CellValue, WorkbookValues } from "../../../src/engine/types";
import { readWorkbook } from "../../../src/engine/workbook";
import { d, ledgerSheet, project, type LedgerRow } from "../../support/book";

const inspect = (rows: LedgerRow[], year: number, month: number, more: WorkbookValues = {}) => {
  const book: WorkbookValues = { 项目台账: ledgerSheet(rows), ...more };
  const parsed = readWorkbook(book);
  const problems = more["问题台账"] ? readProblems(more["问题台账"], parsed.profile, { name: "问题台账" }) : undefined;
  return inspectionToJson(inspectMonth(parsed, { year, month }, problems));
};

describe("§3.2 start overdue", () => {
  test.each<[string, LedgerRow, number, number, { kind: string; daysLate: number; note: string | null }[]]>([
    ["planned on the month's last day, not started: 0 days late", { 计划开工日期: d("2026-05-31") }, 2026, 5, [{ kind: "start", daysLate: 0, note: null }]],
    ["planned the day after the month ends: not yet", { 计划开工日期: d("2026-06-01") }, 2026, 5, []],
    ["started and 入库 on the month's last day: on time", { 计划开工日期: d("2026-05-01"), 实际开工日期: d("2026-05-31"), 入库: "是" }, 2026, 5, []],
    ["started after the month: overdue as of its end", { 计划开工日期: d("2026-05-01"), 实际开工日期: d("2026-06-02"), 入库: "是" }, 2026, 5, [{ kind: "start", daysLate: 30, note: null }]],
    ["started, not 入库: overdue, 已开工未入库", { 计划开工日期: d("2026-04-30"), 实际开工日期: d("2026-05-02") }, 2026, 5, [{ kind: "start", daysLate: 31, note: "已开工未入库" }]],
    ["started, 入库日期 after the month: 已开工未入库 as of its end", { 计划开工日期: d("2026-04-30"), 实际开工日期: d("2026-05-02"), 入库日期: d("2026-06-03") }, 2026, 5, [{ kind: "start", daysLate: 31, note: "已开工未入库" }]],
    ["planned in another year: counts all the same", { 计划开工日期: d("2025-11-30") }, 2026, 2, [{ kind: "start", daysLate: 90, note: null }]],
    ["leap year: February 2024 ends on the 29th", { 计划开工日期: d("2024-01-31") }, 2024, 2, [{ kind: "start", daysLate: 29, note: null }]],
    ["no plan: never overdue", { 实际开工日期: null }, 2026, 12, []],
  ])("%s", (_what, fields, year, month, expected) => {
    const got = inspect([project(fields)], year, month).projects.map(({ kind, daysLate, note }) => ({ kind, daysLate, note }));
    expect(got).toEqual(expected);
  });
});

describe("§3.2 commission overdue, level and provincial", () => {
  test.each<[string, LedgerRow, { kind: string; level: string; provincial: boolean }[]]>([
    ["planned, not commissioned", { 计划投产日期: d("2026-04-01") }, [{ kind: "commission", level: "yellow", provincial: false }]],
    ["commissioned on the last day", { 计划投产日期: d("2026-03-01"), 实际投产日期: d("2026-05-31") }, []],
    ["90 days late is still yellow", { 计划投产日期: d("2026-03-02") }, [{ kind: "commission", level: "yellow", provincial: false }]],
    ["91 days late is red", { 计划投产日期: d("2026-03-01") }, [{ kind: "commission", level: "red", provincial: false }]],
    ["省三个一批 naming one batch makes it provincial", { 计划投产日期: d("2026-01-01"), 省三个一批: "开工" }, [{ kind: "commission", level: "red", provincial: true }]],
    ["省三个一批 是", { 计划投产日期: d("2026-01-01"), 省三个一批: "是" }, [{ kind: "commission", level: "red", provincial: true }]],
    ["省三个一批 否", { 计划投产日期: d("2026-01-01"), 省三个一批: "否" }, [{ kind: "commission", level: "red", provincial: false }]],
  ])("%s", (_what, fields, expected) => {
    const got = inspect([project(fields)], 2026, 5).projects.map(({ kind, level, provincial }) => ({ kind, level, provincial }));
    expect(got).toEqual(expected);
  });

  test("red when days late > inspection.redDays, set in 考评参数", () => {
    const params = [["参数", "取值"], ["督查·红色预警天数", 30]] as CellValue[][];
    const got = inspect([project({ 计划开工日期: d("2026-04-30") }), project({ 计划开工日期: d("2026-05-01") })], 2026, 5, { 考评参数: params });
    expect(got.projects.map((p) => [p.daysLate, p.level])).toEqual([[31, "red"], [30, "yellow"]]);
  });

  test("counted projects only: an ineligible project, a duplicate and a row with an error are not overdue", () => {
    const rows = [
      project({ 项目名称: "甲", 计划开工日期: d("2026-01-05") }),
      project({ 项目名称: "甲", 计划开工日期: d("2026-01-05") }), // duplicate
      project({ 项目名称: "小", "总投资(万元)": 100, 计划开工日期: d("2026-01-05") }), // under the floor
      project({ 项目名称: "错", 产业类别: "不存在的类别", 计划开工日期: d("2026-01-05") }),
    ];
    expect(inspect(rows, 2026, 5).projects.map((p) => p.name)).toEqual(["甲"]);
  });
});

describe("§3.1 rates", () => {
  test.each<[string, LedgerRow[], { start: number | null; commission: number | null; investment: number | null }]>([
    ["nothing due: no rate", [project({ 计划开工日期: d("2026-09-01") })], { start: null, commission: null, investment: null }],
    [
      "开工率 among the projects due; an early start not due is not counted",
      [
        project({ 计划开工日期: d("2026-03-01"), 实际开工日期: d("2026-03-01"), 入库: "是", "累计完成投资(万元)": 3000 }),
        project({ 计划开工日期: d("2026-03-01") }),
        project({ 计划开工日期: d("2026-09-01"), 实际开工日期: d("2026-04-01"), 入库: "是", "累计完成投资(万元)": 6000 }),
      ],
      { start: 0.5, commission: null, investment: 0.38 }, // 9000 of 24000, two decimals in the JSON
    ],
    [
      "投产率 and a commissioned project counting complete; completed beyond the total capped",
      [
        project({ 计划开工日期: d("2026-01-01"), 实际开工日期: d("2026-01-01"), 入库: "是", 计划投产日期: d("2026-04-01"), 实际投产日期: d("2026-04-20"), "累计完成投资(万元)": 100 }),
        project({ 计划开工日期: d("2026-01-01"), 实际开工日期: d("2026-01-01"), 入库: "是", 计划投产日期: d("2026-05-01"), "累计完成投资(万元)": 99999 }),
      ],
      { start: 1, commission: 0.5, investment: 1 },
    ],
  ])("%s", (_what, rows, expected) => {
    expect(inspect(rows, 2026, 5).groups[0].rows.find((r) => r.unit === "临汝镇")!.rates).toEqual(expected);
  });

  test("a unit's overdue counts: start, commission, red, provincial entries", () => {
    const rows = [project({ 计划开工日期: d("2026-01-01"), 计划投产日期: d("2026-05-01"), 省三个一批: "是" }), project({ 计划开工日期: d("2026-05-20") })];
    expect(inspect(rows, 2026, 5).groups[0].rows.find((r) => r.unit === "临汝镇")!.overdue).toEqual({ start: 2, commission: 1, red: 1, provincial: 2 });
  });
});

describe("§3.2 the month's news", () => {
  test("started, commissioned and signed in the month; newly overdue = overdue now and not at the previous month's end", () => {
    const rows = [
      project({ 项目名称: "开", 实际开工日期: d("2026-05-01"), 入库: "是" }),
      project({ 项目名称: "前", 实际开工日期: d("2026-04-30"), 入库: "是" }),
      project({ 项目名称: "投", 实际投产日期: d("2026-05-31") }),
      project({ 项目名称: "签", 签约日期: d("2026-05-15") }),
      project({ 项目名称: "新逾期", 计划开工日期: d("2026-05-01") }),
      project({ 项目名称: "旧逾期", 计划开工日期: d("2026-04-30") }),
    ];
    const { news } = inspect(rows, 2026, 5);
    expect(news.started.map((e) => [e.name, e.date])).toEqual([["开", "2026-05-01"]]);
    expect(news.commissioned.map((e) => e.name)).toEqual(["投"]);
    expect(news.signed.map((e) => e.name)).toEqual(["签"]);
    expect(news.newlyOverdue.map((e) => e.name)).toEqual(["新逾期"]);
  });

  test("January's previous month is last December", () => {
    const { news } = inspect([project({ 项目名称: "跨年", 计划投产日期: d("2025-12-31") }), project({ 项目名称: "元旦", 计划投产日期: d("2026-01-01") })], 2026, 1);
    expect(news.newlyOverdue.map((e) => e.name)).toEqual(["元旦"]);
  });
});

describe("§3.3 and §3.5 who is notified", () => {
  test("a unit with a red provincial overdue project, with just those projects; red non-provincial and yellow provincial are not", () => {
    const rows = [
      project({ 项目名称: "红省", 责任单位: "临汝镇", 计划开工日期: d("2026-01-01"), 省三个一批: "开工" }),
      project({ 项目名称: "黄省", 责任单位: "临汝镇", 计划开工日期: d("2026-05-01"), 省三个一批: "是" }),
      project({ 项目名称: "红", 责任单位: "寄料镇", 计划开工日期: d("2026-01-01") }),
      project({ 项目名称: "黄省2", 责任单位: "发改委", 计划投产日期: d("2026-04-01"), 省三个一批: "是" }),
    ];
    expect(inspect(rows, 2026, 5).notify).toEqual([{ unit: "临汝镇", projects: [{ row: 2, name: "红省", kind: "start", daysLate: 150 }], problems: [] }]);
  });

  test.each<[string, CellValue[], number[]]>([
    ["past its 办结时限, not closed", ["问题甲", null, "发改委", null, d("2026-05-30"), null, null], [1]],
    ["due on the month's last day: not yet overdue", ["问题乙", null, "发改委", null, d("2026-05-31"), null, null], []],
    ["closed on the last day", ["问题丙", null, "发改委", null, d("2026-04-01"), d("2026-05-31"), null], []],
    ["closed after the month: overdue as of its end", ["问题丁", null, "发改委", null, d("2026-04-30"), d("2026-06-02"), null], [31]],
    ["no 办结时限: never overdue", ["问题戊", null, "发改委", null, null, null, null], []],
  ])("问题台账: %s", (_what, row, daysLate) => {
    const sheet = [["问题", "项目名称", "责任单位", "提出日期", "办结时限", "办结日期", "备注"], row];
    const got = inspect([project({})], 2026, 5, { 问题台账: sheet });
    expect(got.notify.flatMap((n) => n.problems.map((p) => p.daysLate))).toEqual(daysLate);
    if (daysLate.length) expect(got.notify[0].unit).toBe("发改委");
  });

  test("问题台账: bad rows are errors with sheet, row and column", () => {
    const sheet = [
      ["问题", "项目名称", "责任单位", "提出日期", "办结时限", "办结日期", "备注"],
      [null, "甲", "发改委", null, null, null, null],
      ["无单位", "乙", null, null, null, null, null],
      ["错单位", "丙", "不存在局", null, null, null, null],
      ["错日期", "丁", "发改委", null, "下个月", null, null],
    ];
    const got = inspect([project({})], 2026, 5, { 问题台账: sheet });
    expect(got.issues.filter((i) => i.severity === "error").map((i) => [i.sheet, i.row, i.column])).toEqual([
      ["问题台账", 2, "问题"],
      ["问题台账", 3, "责任单位"],
      ["问题台账", 4, "责任单位"],
      ["问题台账", 5, "办结时限"],
    ]);
  });
});

describe("the month as typed", () => {
  const profile = builtinProfile();
  test.each([
    ["2026-11", 2026, 11],
    ["2026年11月", 2026, 11],
    ["2026年11月份", 2026, 11],
    ["１１月", profile.year, 11],
    ["十一月", profile.year, 11],
    ["2024-02", 2024, 2],
  ])("%s", (text, year, month) => expect(parseMonth(text, profile)).toEqual({ ok: true, value: { year, month } }));

  test.each(["2026-13", "0月", "2026年13月"])("%s is not a month (1–12)", (text) => {
    expect(parseMonth(text, profile)).toMatchObject({ ok: false, code: "inspect.month.outOfRange" });
  });
});

describe("properties", () => {
  const day = fc.integer({ min: ymdToSerial(2023, 1, 1), max: ymdToSerial(2027, 12, 31) });
  const maybe = (a: fc.Arbitrary<number>) => fc.option(a, { nil: null });
  const projectArb = fc.record({
    planStart: maybe(day),
    actualStart: maybe(day),
    inDb: fc.boolean(),
    planCommission: maybe(day),
    actualCommission: maybe(day),
    completed: maybe(fc.integer({ min: 0, max: 30000 })),
    investment: fc.integer({ min: 1, max: 20000 }),
    provincial: fc.boolean(),
  });
  type Gen = typeof projectArb extends fc.Arbitrary<infer T> ? T : never;
  const asProject = (x: Gen, row: number) =>
    ({
      row,
      name: `p${row}`,
      unit: "临汝镇",
      investment: x.investment,
      planStart: x.planStart,
      actualStart: x.actualStart,
      startDay: x.inDb ? x.actualStart : null,
      planCommission: x.planCommission,
      actualCommission: x.actualCommission,
      completed: x.completed,
      batches: { sign: x.provincial, start: false, commission: false },
      eligible: true,
    }) as unknown as Parameters<typeof overdueOfProject>[0];
  const monthArb = fc.record({ year: fc.integer({ min: 2023, max: 2027 }), month: fc.integer({ min: 1, max: 12 }) });

  test("rates lie in [0, 1] or are null", () => {
    fc.assert(
      fc.property(fc.array(projectArb, { maxLength: 30 }), monthArb, (xs, m) => {
        const rates = ratesOf(rateSums(xs.map(asProject), monthBounds(m).last));
        return Object.values(rates).every((r) => r === null || (r >= 0 && r <= 1));
      }),
    );
  });

  test("overdue is monotone in the month while nothing is done; days late = day − plan, red iff > redDays", () => {
    fc.assert(
      fc.property(projectArb, monthArb, fc.integer({ min: 1, max: 400 }), (x, m, redDays) => {
        const p = asProject({ ...x, actualStart: null, actualCommission: null }, 2);
        const now = overdueOfProject(p, monthBounds(m).last, redDays);
        const next = overdueOfProject(p, monthBounds(m.month === 12 ? { year: m.year + 1, month: 1 } : { year: m.year, month: m.month + 1 }).last, redDays);
        const kinds = (es: typeof now) => es.map((e) => e.kind);
        return (
          kinds(now).every((k) => kinds(next).includes(k)) &&
          now.every((e) => e.daysLate === monthBounds(m).last - e.planned && e.daysLate >= 0 && (e.level === "red") === e.daysLate > redDays)
        );
      }),
    );
  });
});
