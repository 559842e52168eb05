// 加分 (附件3 四(一)2, 附件4; rules §4.6) and 减分 (附件3 四(一)3; rules §4.7).
import { book, d, inputsSheet, project, type LedgerRow } from "../support/book";
import { Q, unitScore } from "../support/score";

// 基础设施 earns no size bonus, so each case isolates one item.
const infra = (fields: LedgerRow = {}) => project({ 产业类别: "基础设施", ...fields });
const inQ1 = d("2023-02-15");

describe("bonus 附件3 四(一)2", () => {
  test.each<[string, LedgerRow[], number, (1 | 2 | 3 | 4)?]>([
    ["item 1: 专项债 declared in q: +1", [infra({ 资金类型: "专项债", 申报完成日期: inQ1 })], 1],
    ["item 1: 中央预算内 ≥ 1000万 declared: +1", [infra({ 资金类型: "中央预算内", "资金金额(万元)": 1000, 申报完成日期: inQ1 })], 1],
    ["item 1: 中央预算内 below 1000万: 0", [infra({ 资金类型: "中央预算内", "资金金额(万元)": 999, 申报完成日期: inQ1 })], 0],
    ["item 1: declared in another quarter: 0", [infra({ 资金类型: "专项债", 申报完成日期: d("2023-04-01") })], 0],
    ["item 2: funded project started in q: +2", [infra({ 资金类型: "中央预算内", 实际开工日期: inQ1, 入库: "是" })], 2],
    ["item 2: funded start without 入库: 0", [infra({ 资金类型: "专项债", 实际开工日期: inQ1 })], 0],
    ["item 3: provincial, all batches, signed in q: +5", [infra({ 省三个一批: "是", 签约日期: inQ1 })], 5],
    ["item 3: listed only for 开工, signed in q: 0", [infra({ 省三个一批: "开工", 签约日期: inQ1 })], 0],
    [
      "item 3: 开工、投产 lists, started and commissioned in q: +10",
      [infra({ 省三个一批: "开工、投产", 实际开工日期: inQ1, 入库: "是", 实际投产日期: inQ1, 计划开工日期: inQ1, 计划投产日期: inQ1 })],
      10,
    ],
    ["item 4: 产业项目 ≥1亿 signed: +1", [project({ 产业类别: "现代服务业", "总投资(万元)": 10000, 签约日期: inQ1 })], 1],
    ["item 4: ≥3亿: +3", [project({ 产业类别: "数字经济", "总投资(万元)": 30000, 签约日期: inQ1 })], 3],
    ["item 4: ≥5亿 advanced: +5 +2", [project({ 产业类别: "创新研发平台", "总投资(万元)": 50000, 先进制造业或战略性新兴产业: "是", 签约日期: inQ1 })], 7],
    ["item 4: advanced below 1亿 earns no +2", [project({ 产业类别: "数字经济", "总投资(万元)": 8000, 先进制造业或战略性新兴产业: "是", 签约日期: inQ1 })], 0],
    ["item 4: 种植养殖 earns nothing", [project({ 产业类别: "种植养殖", "总投资(万元)": 60000, 签约日期: inQ1 })], 0],
    [
      "item 4: per stage event: signed and started in q",
      [project({ 产业类别: "现代服务业", "总投资(万元)": 30000, 签约日期: inQ1, 实际开工日期: inQ1, 入库: "是", 计划开工日期: inQ1 })],
      6,
    ],
    ["item 5: 工业项目 ≥1亿 signed: +1 (and size +1)", [project({ 签约日期: inQ1 })], 2],
    ["item 5: ineligible 工业项目 still earns +0.5", [project({ "总投资(万元)": 3000, 签约日期: inQ1 })], 0.5],
    ["item 5: capped at 2 per quarter", Array.from({ length: 5 }, () => project({ "总投资(万元)": 3000, 签约日期: inQ1 })), 2],
    ["events outside q earn nothing", [infra({ 省三个一批: "是", 签约日期: d("2023-05-01") })], 0],
    ["ineligible rows earn no provincial bonus", [infra({ "总投资(万元)": 100, 省三个一批: "是", 签约日期: inQ1 })], 0],
  ])("%s", (_n, rows, expected, q = 1) => {
    expect(unitScore(book(rows), Q(q)).bonus).toBeCloseTo(expected, 9);
  });

  test("item 6: praise +2 per time", () => {
    const b = book([], { 考核录入: inputsSheet([{ 季度: 1, 单位: "临汝镇", 表扬次数: 3 }]) });
    expect(unitScore(b).bonus).toBe(6);
  });
});

const provStart = (fields: LedgerRow = {}) => infra({ 省三个一批: "开工", 计划开工日期: d("2023-02-01"), ...fields });
const provComm = (fields: LedgerRow = {}) => infra({ 省三个一批: "投产", 计划投产日期: d("2023-02-01"), ...fields });

describe("deduction 附件3 四(一)3", () => {
  test.each<[string, LedgerRow[], number, (1 | 2 | 3 | 4)?]>([
    ["provincial start overdue, not started: −2", [provStart()], 2],
    ["…and again the next quarter while still late", [provStart()], 2, 2],
    ["overdue since 2022 counts too", [provStart({ 计划开工日期: d("2022-10-01") })], 2],
    ["started in q, late: −2", [provStart({ 实际开工日期: d("2023-03-01"), 入库: "是" })], 2],
    ["started late in Q1 is not deducted again in Q2", [provStart({ 实际开工日期: d("2023-03-01"), 入库: "是" })], 0, 2],
    ["started on time: 0", [provStart({ 实际开工日期: d("2023-01-20"), 入库: "是" })], 0],
    ["not yet due: 0", [provStart({ 计划开工日期: d("2023-05-01") })], 0],
    ["not on the provincial start list: 0", [provStart({ 省三个一批: "签约" })], 0],
    ["provincial commissioning overdue: −2", [provComm()], 2],
    ["commissioned in q after plan: −2", [provComm({ 实际投产日期: d("2023-03-01") })], 2],
    ["commissioned on time: 0", [provComm({ 实际投产日期: d("2023-01-31") })], 0],
    ["both lists overdue: −4", [infra({ 省三个一批: "是", 计划开工日期: d("2023-02-01"), 计划投产日期: d("2023-03-01") })], 4],
  ])("%s", (_n, rows, expected, q = 1) => {
    expect(unitScore(book(rows), Q(q)).deduction).toBeCloseTo(expected, 9);
  });

  test("营商环境 and 通报约谈: −2 each time", () => {
    const b = book([], { 考核录入: inputsSheet([{ 季度: "2023-Q1", 单位: "临汝镇", 营商环境次数: 1, 通报约谈次数: 2 }]) });
    expect(unitScore(b).deduction).toBe(6);
  });

  test("the total subtracts deductions and has no floor", () => {
    const b = book([], { 考核录入: inputsSheet([{ 季度: 1, 单位: "临汝镇", 现场办公会: "否", 要素保障扣分: 6, 通报约谈次数: 10 }]) });
    const s = unitScore(b);
    expect(s.total).toBe(s.planning + s.signing + s.start + s.commissioning + s.service + s.bonus - s.deduction);
    expect(s.total).toBeLessThan(0);
  });
});
