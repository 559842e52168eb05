// The ranking and template sheets as described once, for both hosts (src/engine/sheets).
import { describeReport, detailSheetName, rankingSheetName, rowsText } from "../../src/engine/sheets/ranking";
import { describeTemplate, LISTS_SHEET } from "../../src/engine/sheets/template";
import { LEDGER_COLUMNS } from "../../src/engine/parse/ledger";
import { builtinProfile } from "../../src/engine/profile/builtin";
import type { SheetSpec } from "../../src/engine/sheets/types";
import { fakeReport } from "./fake-report";

const BUILTIN = builtinProfile();

const Q1 = { year: 2023, kind: "quarter", quarter: 1 } as const;
const YEAR = { year: 2023, kind: "year", quarter: 4 } as const;
const PARTIAL = { year: 2023, kind: "year", quarter: 3 } as const;
const headers = (s: SheetSpec) => s.columns.map((c) => c.header);

function expectValidNames(specs: SheetSpec[]): void {
  for (const s of specs) {
    expect(s.name.length).toBeLessThanOrEqual(31);
    expect(s.name).not.toMatch(/[[\]:*?/\\]/);
    expect(s.name.trim()).toBe(s.name);
  }
  expect(new Set(specs.map((s) => s.name)).size).toBe(specs.length);
}

describe("describeReport", () => {
  it("gives one ranking sheet per group, then the detail and the city goals, with valid names", () => {
    for (const period of [Q1, YEAR, PARTIAL]) {
      const report = { ...fakeReport(period), periodId: period === PARTIAL ? "2023Q1-Q3" : fakeReport(period).periodId };
      for (const lang of ["zh", "en"] as const) {
        const specs = describeReport(report, lang);
        expect(specs.map((s) => s.kind)).toEqual(["ranking", "ranking", "ranking", "detail", "goals"]);
        expectValidNames(specs);
      }
    }
    expect(describeReport(fakeReport(Q1)).map((s) => s.name)).toEqual([
      "排名-乡镇街道-2023Q1",
      "排名-市直单位-2023Q1",
      "排名-服务保障-2023Q1",
      "得分明细-2023Q1",
      "全市目标-2023Q1",
    ]);
    expect(rankingSheetName("departments", "2023Q1-Q3", "en")).toBe("Rank-Depts-2023Q1-Q3");
  });

  it("ranks groups A/B with the five items, bonus, deduction and total; a year adds award and eligibility", () => {
    const [quarter] = describeReport(fakeReport(Q1));
    expect(headers(quarter)).toEqual(["名次", "单位", "谋划储备", "签约落地", "开工情况", "投产达效", "服务保障", "加分", "减分", "总分"]);
    const [year, , service] = describeReport(fakeReport(YEAR));
    expect(headers(year).slice(-3)).toEqual(["总分", "奖励(万元)", "评先资格"]);
    expect(headers(service)).toEqual(["名次", "单位", "评议份数", "得分", "奖励(万元)", "评先资格"]);
    expect(year.rows.map((r) => r.slice(-2))).toEqual([
      [25, "是"],
      [25, "是"],
      [null, "否"], // no award: 奖励 blank, not 0.00 (issue 20 item 5)
      [20, "是"],
    ]);
  });

  it("writes numbers rounded to 2 decimals (half away from zero) with a 0.00 format, in report order", () => {
    const [towns] = describeReport(fakeReport(Q1));
    const total = headers(towns).indexOf("总分");
    expect(towns.rows.map((r) => [r[0], r[1], r[total]])).toEqual([
      [1, "临汝镇", 111.01],
      [1, "温泉镇", 111],
      [3, "经开区管委会", 90],
      [4, "小屯镇", -3.5],
    ]);
    expect(towns.rows[0][3]).toBe(6.67); // 签约落地 20/3
    for (let c = 2; c < towns.columns.length; c++) expect(towns.columns[c].numFmt).toBe("0.00");
  });

  it("puts the data bar and the chart on the total, and emphasises award winners of a year", () => {
    const [towns, , service] = describeReport(fakeReport(YEAR));
    expect(headers(towns)[towns.dataBarColumn!]).toBe("总分");
    expect(headers(service)[service.dataBarColumn!]).toBe("得分");
    expect(towns.chart).toMatchObject({ categoryColumn: 1, valueColumn: towns.dataBarColumn });
    expect(towns.emphasis).toEqual([0, 1, 3]);
    expect(describeReport(fakeReport(Q1))[0].emphasis).toEqual([0, 1]); // a quarter: the first place
    expect(towns.landscape).toBe(true);
    expect(towns.title).toContain("2023年度");
    expect(towns.title).toContain("乡镇街道及园区");
  });

  it("lists every explanation line in the detail sheet with clause, text and rows", () => {
    const report = fakeReport(YEAR);
    const detail = describeReport(report).find((s) => s.kind === "detail")!;
    const lines = report.groups.flatMap((g) => g.rows.flatMap((r) => r.explanation));
    expect(detail.rows).toHaveLength(lines.length);
    expect(headers(detail)).toEqual(["组别", "单位", "季度", "项目", "分值", "依据条款", "说明", "涉及行"]);
    expect(detail.rows[0]).toEqual(["乡镇街道", "临汝镇", "第一季度", "谋划储备", 10, "附件3 四(一)1(1)", "说明 planning 10.004", "项目台账 第3、5、7行"]);
    expect(detail.rows[1][4]).toBe(-2);
    expect(detail.name).toBe(detailSheetName("2023"));
    const quarter = describeReport(fakeReport(Q1)).find((s) => s.kind === "detail")!;
    expect(headers(quarter)).not.toContain("季度");
  });

  it("shortens a long row list and names another sheet when the rows are there", () => {
    const rows = Array.from({ length: 100 }, (_, i) => i + 2);
    const base = { item: "evaluation" as const, points: 90, clause: "附件3 四(二)", clauseEn: "附件3 四(二)", text: "", textEn: "" };
    expect(rowsText({ ...base, rows, sheet: "企业评议" }, "zh", 3)).toBe("企业评议 第2、3、4行 等100行");
    expect(rowsText({ ...base, rows: [5] }, "en")).toBe("项目台账 rows 5");
    expect(rowsText({ ...base, rows: [] }, "zh")).toBe("");
  });

  it("shows city goals with progress as a fraction and what is still missing", () => {
    const goals = describeReport(fakeReport(Q1)).find((s) => s.kind === "goals")!;
    expect(goals.rows).toEqual([
      ["谋划储备 5000万元以上", 5000, 200, 50, 0.25, 150],
      ["新签约 10亿元以上", 100000, 20, 25, 1.25, 0],
    ]);
    expect(goals.columns[goals.dataBarColumn!].numFmt).toBe("0.0%");
  });

  it("speaks English when asked", () => {
    const [towns, , , detail] = describeReport(fakeReport(YEAR), "en");
    expect(headers(towns)).toEqual(["Rank", "Unit", "Planning", "Signing", "Start", "Commissioning", "Service", "Bonus", "Deduction", "Total", "Award (万元)", "Award eligible"]);
    expect(towns.rows[2].at(-1)).toBe("no");
    expect(detail.rows[0][6]).toBe("why planning 10.004");
  });
});

describe("describeTemplate", () => {
  const specs = describeTemplate(BUILTIN);
  const sheet = (name: string) => specs.find((s) => s.name === name)!;

  it("has the five input sheets, headers in row 1, the 填写说明 and a hidden lists sheet", () => {
    expect(specs.map((s) => [s.name, s.kind, s.hidden ?? false])).toEqual([
      ["项目台账", "input", false],
      ["考核录入", "input", false],
      ["企业评议", "input", false],
      ["目标任务", "input", false],
      ["考评参数", "input", false],
      ["填写说明", "guide", false],
      [LISTS_SHEET, "lists", true],
    ]);
    expect(specs.filter((s) => s.kind !== "guide").every((s) => s.title === null)).toBe(true);
    expect(headers(sheet("项目台账"))).toEqual(LEDGER_COLUMNS.map((c) => c.header));
    expectValidNames(specs);
  });

  it("says in its 填写说明 which layouts are read (workbook-format §1.1), in Chinese or English", () => {
    const text = sheet("填写说明").rows.map((r) => r.join(" ")).join("\n");
    for (const words of ["两行表头", "合并", "小计", "填报说明", "项目台帐", "附件2", "组别", "计划开工时间"]) expect(text).toContain(words);
    const en = describeTemplate(BUILTIN, "en").find((s) => s.kind === "guide")!;
    expect(en.rows.map((r) => r[1]).join(" ")).toMatch(/two-row header/);
  });

  it("shows in its 填写说明 the two-formula summary sheet (SANPI.RANKING per group, a unit's row by XLOOKUP/INDEX) for the template's year", () => {
    for (const year of [2026, 2027]) {
      const guide = describeTemplate(BUILTIN, "zh", year).find((s) => s.kind === "guide")!;
      const text = guide.rows.map((r) => r.join(" ")).join("\n");
      for (const words of ["=SANPI.RANKING(", "\"乡镇街道\"", "市直单位", `"${year}Q1"`, "XLOOKUP(", "INDEX(A1#"]) expect(text).toContain(words);
      expect(text).not.toContain(`"${year === 2026 ? 2027 : 2026}Q1"`);
    }
  });

  it("gives lists for units, categories, yes/no and fund types, and formats for dates and amounts", () => {
    const col = (s: string, h: string) => sheet(s).columns.find((c) => c.header === h)!;
    expect(col("项目台账", "产业类别").list).toEqual(BUILTIN.categories.map((c) => c.name));
    expect(col("项目台账", "资金类型").list).toEqual(["中央预算内", "专项债"]);
    expect(col("项目台账", "入库").list).toEqual(["是", "否"]);
    expect(col("项目台账", "计划开工日期").numFmt).toBe("yyyy-mm-dd");
    expect(col("项目台账", "总投资(万元)").input).toBe("amount");
    const ab = BUILTIN.units.filter((u) => u.groups.some((g) => g !== "service")).map((u) => u.name);
    expect(col("项目台账", "责任单位").list).toEqual(ab);
    expect(col("企业评议", "被评单位").list).toEqual(BUILTIN.units.filter((u) => u.groups.includes("service")).map((u) => u.name));
    expect(col("企业评议", "服务态度")).toMatchObject({ input: "number", min: 0, max: 20 });
    expect(col("考核录入", "要素保障扣分").list).toEqual(["0", "2", "3", "4", "5", "6"]);
  });

  it("inlines a list only within Excel's 255 characters; longer lists point into the lists sheet", () => {
    const lists = sheet(LISTS_SHEET);
    let referenced = 0;
    for (const s of specs) {
      for (const c of s.columns) {
        if (!c.list) continue;
        if (!c.listSource) {
          expect(c.list.join(",").length).toBeLessThanOrEqual(255);
          continue;
        }
        referenced++;
        const m = /^'(.+)'!\$([A-Z])\$2:\$\2\$(\d+)$/.exec(c.listSource)!;
        expect(m[1]).toBe(LISTS_SHEET);
        const col = m[2].charCodeAt(0) - 65;
        const stored = lists.rows.slice(0, Number(m[3]) - 1).map((r) => r[col]);
        expect(stored).toEqual(c.list);
      }
    }
    expect(referenced).toBeGreaterThan(0);
  });

  it("fills 目标任务 with the profile's annual targets and each unit's 组别", () => {
    const withTargets = BUILTIN.units.filter((u) => u.targets);
    const group = (u: (typeof withTargets)[number]) => (u.groups.includes("towns") ? "乡镇街道" : "市直单位");
    expect(sheet("目标任务").columns.map((c) => c.header)).toEqual(["单位", "组别", "谋划", "签约", "开工", "投产"]);
    expect(sheet("目标任务").rows).toEqual(withTargets.map((u) => [u.name, group(u), u.targets!.plan, u.targets!.sign, u.targets!.start, u.targets!.commission]));
  });
});
