// 开工 (附件3 四(一)1(3), rules §4.3), 投产 (四(一)1(4), §4.4), 服务保障 (四(一)1(5), §4.5).
import { book, d, inputsSheet, project, type LedgerRow } from "../support/book";
import { Q, report, unitScore } from "../support/score";

const started = (fields: LedgerRow = {}) =>
  project({ 产业类别: "基础设施", 计划开工日期: d("2023-02-01"), 实际开工日期: d("2023-01-20"), 入库: "是", ...fields });
const inputs = (fields: Record<string, unknown>) =>
  ({ 考核录入: inputsSheet([{ 季度: "2023Q1", 单位: "临汝镇", 现场办公会: "是", 要素保障扣分: 0, ...fields }]) }) as never;

describe("start 附件3 四(一)1(3)", () => {
  test.each<[string, LedgerRow[], number, (1 | 2 | 3 | 4)?, Record<string, unknown>?]>([
    ["no project due or started: 0", [], 0],
    ["started in q on time: 20", [started()], 20],
    ["started in q late: 0", [started({ 实际开工日期: d("2023-02-02") })], 0],
    ["late, discretionary 6 is higher: 6", [started({ 实际开工日期: d("2023-02-02") })], 6, 1, { 开工酌情分: 6 }],
    ["discretionary clamped to 10", [], 10, 1, { 开工酌情分: 15 }],
    ["discretionary never lowers a formula score", [started()], 20, 1, { 开工酌情分: 8 }],
    ["due in the year but not started: 0 of 1", [started({ 实际开工日期: null })], 0],
    ["one on time, one overdue: 20 × 1/2", [started(), started({ 实际开工日期: null })], 10],
    ["planned start of 2022, not started: not in B (profile year only)", [started({ 实际开工日期: null, 计划开工日期: d("2022-10-01") })], 0],
    ["not 入库: counts as not started, and is due: 0", [started({ 入库: "否" })], 0],
    ["入库日期 later than 实际开工 moves the start to that day (Q2)", [started({ 入库: null, 入库日期: d("2023-04-10") })], 20, 2],
    ["…and in Q1 the project is due but not started", [started({ 入库: null, 入库日期: d("2023-04-10") })], 0, 1],
    ["started before q is not in B", [started({ 实际开工日期: d("2023-01-20") })], 0, 2],
    [
      "funds: 专项债 issued 01-31, started 04-30 (3 months, clamped) is on time",
      [started({ 计划开工日期: d("2023-02-01"), 实际开工日期: d("2023-04-30"), 资金类型: "专项债", 资金下达日期: d("2023-01-31") })],
      20,
      2,
    ],
    [
      "funds: started 05-01 is late",
      [started({ 计划开工日期: d("2023-02-01"), 实际开工日期: d("2023-05-01"), 资金类型: "专项债", 资金下达日期: d("2023-01-31") })],
      0,
      2,
    ],
    [
      "funds: starting before the funds arrive is not late",
      [started({ 计划开工日期: d("2023-01-01"), 实际开工日期: d("2023-01-05"), 资金类型: "中央预算内", 资金下达日期: d("2023-03-01") })],
      20,
      1,
    ],
    ["no planned start date: on time", [started({ 计划开工日期: null })], 20],
  ])("%s", (_n, rows, expected, q = 1, inp) => {
    expect(unitScore(book(rows, inp ? inputs(inp) : {}), Q(q)).start).toBeCloseTo(expected, 9);
  });

  test("a start without 入库 is a warning, not counted", () => {
    const r = report(book([started({ 入库: null })]));
    expect(r.issues.some((i) => i.code === "start.notInDatabase" && i.row === 2 && i.severity === "warning")).toBe(true);
  });
});

const due = (fields: LedgerRow = {}) =>
  project({ 产业类别: "基础设施", "总投资(万元)": 10000, 计划投产日期: d("2023-03-31"), ...fields });

describe("commissioning 附件3 四(一)1(4)", () => {
  test.each<[string, LedgerRow[], number, (1 | 2 | 3 | 4)?, Record<string, unknown>?]>([
    ["nothing due: 0", [], 0],
    ["commissioned in q: 20", [due({ 实际投产日期: d("2023-03-01") })], 20],
    ["commissioned late but within q still earns full credit", [due({ 计划投产日期: d("2023-01-31"), 实际投产日期: d("2023-03-01") })], 20],
    ["due, half the investment done: 10", [due({ "累计完成投资(万元)": 5000 })], 10],
    ["due, more than the investment reported: capped at 20", [due({ "累计完成投资(万元)": 15000 })], 20],
    ["due, 累计完成投资 missing: 0", [due()], 0],
    ["weighted by investment", [due({ 实际投产日期: d("2023-02-01") }), due({ "总投资(万元)": 30000 })], 5],
    ["commissioned before q: not in B", [due({ 实际投产日期: d("2023-03-01") })], 0, 2],
    ["discretionary 7 when nothing due", [], 7, 1, { 投产酌情分: 7 }],
    ["planned for 2024: not due", [due({ 计划投产日期: d("2024-01-31") })], 0, 4],
  ])("%s", (_n, rows, expected, q = 1, inp) => {
    expect(unitScore(book(rows, inp ? inputs(inp) : {}), Q(q)).commissioning).toBeCloseTo(expected, 9);
  });
});

describe("service 附件3 四(一)1(5)", () => {
  test.each<[string, Record<string, unknown> | null, number]>([
    ["meetings held, no deduction: 20", { 现场办公会: "是", 要素保障扣分: 0 }, 20],
    ["no meetings, deduction 6: 0 + 4", { 现场办公会: "否", 要素保障扣分: 6 }, 4],
    ["deduction 2: 10 + 8", { 现场办公会: "Y", 要素保障扣分: 2 }, 18],
    ["deduction 1 is not allowed: the row is left out, scores as missing (10)", { 现场办公会: "是", 要素保障扣分: 1 }, 10],
    ["deduction 7 is not allowed", { 现场办公会: "是", 要素保障扣分: 7 }, 10],
    ["missing row: 否 and 0 → 10", null, 10],
    ["blank cells: 否 and 0 → 10", { 现场办公会: "", 要素保障扣分: null }, 10],
  ])("%s", (_n, inp, expected) => {
    expect(unitScore(book([], inp ? inputs(inp) : { 考核录入: inputsSheet([]) }), Q(1)).service).toBeCloseTo(expected, 9);
  });

  test("a bad 要素保障扣分 is an error on that cell", () => {
    const r = report(book([], inputs({ 要素保障扣分: 1 })));
    const e = r.issues.find((i) => i.sheet === "考核录入" && i.severity === "error");
    expect(e).toMatchObject({ row: 2, column: "要素保障扣分", cell: "D2", code: "number.invalid" });
  });

  test("a missing row or cell is a warning", () => {
    const r = report(book([], inputs({ 现场办公会: null })));
    expect(r.issues.filter((i) => i.code === "input.missing" && i.message.includes("临汝镇"))).toHaveLength(1);
    expect(r.issues.some((i) => i.code === "input.missing" && i.message.includes("陵头镇"))).toBe(true);
  });
});
