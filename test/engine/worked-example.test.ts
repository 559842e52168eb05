// docs/rules.md §8: group A, 2023 Q1, 临汝镇 (annual 12/4/4/3) scores 111.
import type { ProjectUnitScore } from "../../src/engine/report";
import { scorePeriod } from "../../src/engine/score/report";
import { readWorkbook } from "../../src/engine/workbook";
import { book, d, inputsSheet } from "../support/book";

const ledger = [
  {
    项目名称: "项目1", 责任单位: "临汝镇", "总投资(万元)": 60000, 产业类别: "制造业", 先进制造业或战略性新兴产业: "是",
    谋划日期: d("2023-01-05"), 签约日期: d("2023-02-10"), 计划开工日期: d("2023-03-20"), 实际开工日期: d("2023-03-15"),
    入库: "是", 省三个一批: "是",
  },
  { 项目名称: "项目2", 责任单位: "临汝镇", "总投资(万元)": 25000, 产业类别: "现代服务业", 谋划日期: d("2023-02-01") },
  {
    项目名称: "项目3", 责任单位: "临汝镇", "总投资(万元)": 6000, 产业类别: "社会民生", 谋划日期: d("2022-11-01"),
    计划投产日期: d("2023-03-31"), "累计完成投资(万元)": 3000,
  },
  { 项目名称: "项目4", 责任单位: "临汝镇", "总投资(万元)": 12000, 产业类别: "基础设施", 谋划日期: d("2023-03-01") },
];
const inputs = inputsSheet([{ 季度: "2023Q1", 单位: "临汝镇", 现场办公会: "是", 要素保障扣分: 2, 表扬次数: 1 }]);

function linru(): ProjectUnitScore {
  const report = scorePeriod(readWorkbook(book(ledger, { 考核录入: inputs })), { year: 2023, kind: "quarter", quarter: 1 });
  const towns = report.groups.find((g) => g.id === "towns")!;
  return towns.rows.find((r) => r.unit === "临汝镇") as ProjectUnitScore;
}

describe("rules §8 worked example", () => {
  const s = linru();
  test.each([
    ["planning", 16],
    ["signing", 20],
    ["start", 20],
    ["commissioning", 10],
    ["service", 18],
    ["bonus", 27],
    ["deduction", 0],
    ["total", 111],
  ] as const)("%s = %d", (item, expected) => {
    expect(s[item]).toBeCloseTo(expected, 9);
  });

  test("临汝镇 ranks first of the towns with 111", () => {
    expect(s.rank).toBe(1);
  });

  test("every point is explained: the lines add up to the total and cite a clause", () => {
    const sum = s.explanation.reduce((a, l) => a + l.points, 0);
    expect(sum).toBeCloseTo(s.total, 9);
    for (const l of s.explanation) expect(l.clause).toMatch(/附件[34]/);
  });

  test("the bonus lines name the rows that earned them", () => {
    const bonusRows = s.explanation.filter((l) => l.item === "bonus" && l.sheet === undefined).flatMap((l) => l.rows);
    expect(new Set(bonusRows)).toEqual(new Set([2])); // worksheet row 2 = project 1
  });
});
