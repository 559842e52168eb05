// 谋划储备 (附件3 四(一)1(1), rules §4.1) and 签约落地 (附件3 四(一)1(2), rules §4.2).
import { book, d, project, type LedgerRow } from "../support/book";
import { Q, unitScore } from "../support/score";

const planned = (n: number, fields: LedgerRow = {}) =>
  Array.from({ length: n }, () => project({ 产业类别: "基础设施", 谋划日期: d("2023-02-01"), ...fields }));

describe("planning 附件3 四(一)1(1): 临汝镇 annual 12 → Q1 target 3", () => {
  test.each<[string, LedgerRow[], number, 1 | 2 | 3 | 4]>([
    ["nothing planned: 10 − 2×3", [], 4, 1],
    ["target met, no big projects: 10", planned(3), 10, 1],
    ["one short: 10 − 2", planned(2), 8, 1],
    ["short by 5 or more: floored at 0", [], 0, 2],
    ["≥5亿 产业项目 planned in q: +4", [...planned(2), project({ "总投资(万元)": 50000, 谋划日期: d("2023-01-09") })], 14, 1],
    ["≥2亿 产业项目 planned in q: +2", [...planned(2), project({ 产业类别: "现代服务业", "总投资(万元)": 20000, 谋划日期: d("2023-01-09") })], 12, 1],
    ["bonus capped at 10", planned(4, { 产业类别: "制造业", "总投资(万元)": 60000 }), 20, 1],
    ["no bonus when the target is missed", planned(2, { 产业类别: "制造业", "总投资(万元)": 60000 }), 8, 1],
    ["non-industry (基础设施) ≥5亿 earns no bonus", planned(3, { "总投资(万元)": 90000 }), 10, 1],
    ["种植养殖 counts but earns no bonus", planned(3, { 产业类别: "种植养殖", "总投资(万元)": 60000 }), 10, 1],
    ["planned in 2022 is not this year's task", planned(3, { 谋划日期: d("2022-11-01") }), 4, 1],
    ["ineligible (below floor) rows do not count", planned(3, { "总投资(万元)": 9999 }), 4, 1],
    ["特批纳入 counts whatever the size", planned(3, { "总投资(万元)": 100, 特批纳入: "是" }), 10, 1],
    ["社会民生 floor is 5000", planned(3, { 产业类别: "社会民生", "总投资(万元)": 5000 }), 10, 1],
    ["relaxed 数字经济 floor is 5000", planned(3, { 产业类别: "数字经济", "总投资(万元)": 5000 }), 10, 1],
    [
      "bonus counts only projects planned in the quarter",
      [...planned(6, { 谋划日期: d("2023-04-02") }), project({ "总投资(万元)": 60000, 谋划日期: d("2023-01-09") })],
      10,
      2,
    ],
  ])("%s", (_name, rows, expected, q) => {
    expect(unitScore(book(rows), Q(q)).planning).toBeCloseTo(expected, 9);
  });
});

const signedRow = (fields: LedgerRow = {}) => project({ 产业类别: "基础设施", 签约日期: d("2023-02-01"), ...fields });

describe("signing 附件3 四(一)1(2): 临汝镇 annual 4 → Q1 target 1, Q2 target 2", () => {
  test.each<[string, LedgerRow[], number, 1 | 2 | 3 | 4]>([
    ["nothing signed: 0 + 0", [], 0, 1],
    ["signed, nothing due to start yet: 10 + 10", [signedRow({ 计划开工日期: d("2023-05-01") })], 20, 1],
    ["signed, no planned start date: not due, 10 + 10", [signedRow()], 20, 1],
    [
      "signed, due and started on time in the database: 20",
      [signedRow({ 计划开工日期: d("2023-03-01"), 实际开工日期: d("2023-02-20"), 入库: "是" })],
      20,
      1,
    ],
    ["signed, due, not started: 10 + 0", [signedRow({ 计划开工日期: d("2023-03-01") })], 10, 1],
    [
      "started on time but not 入库: not started, 10 + 0",
      [signedRow({ 计划开工日期: d("2023-03-01"), 实际开工日期: d("2023-02-20") })],
      10,
      1,
    ],
    [
      "started late: 10 + 0",
      [signedRow({ 计划开工日期: d("2023-03-01"), 实际开工日期: d("2023-03-02"), 入库: "是" })],
      10,
      1,
    ],
    ["half the target: 5 + 10 in Q2", [signedRow()], 15, 2],
    [
      "one of two due started on time: 10 + 5",
      [
        signedRow({ 计划开工日期: d("2023-03-01"), 实际开工日期: d("2023-03-01"), 入库日期: d("2023-03-01") }),
        signedRow({ 计划开工日期: d("2023-03-01") }),
      ],
      15,
      1,
    ],
    ["signed in 2022 does not count", [signedRow({ 签约日期: d("2022-12-30") })], 0, 1],
    [
      "late start saved by funds: within 3 months of 资金下达 is on time",
      [
        signedRow({
          计划开工日期: d("2023-01-15"), 实际开工日期: d("2023-03-20"), 入库: "是",
          资金类型: "专项债", 资金下达日期: d("2023-01-10"),
        }),
      ],
      20,
      1,
    ],
  ])("%s", (_name, rows, expected, q) => {
    expect(unitScore(book(rows), Q(q)).signing).toBeCloseTo(expected, 9);
  });
});
