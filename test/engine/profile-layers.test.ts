// The 考评参数 sheet (profiles.md §3), the layers of §1 with their sources, and
// the rules following the parameters and the year (§2): input checks,
// explanations, award places, leap days.
import { builtinProfile } from "../../src/engine/profile/builtin";
import { PARAMETERS } from "../../src/engine/profile/registry";
import { profileChanges, profileFromFile } from "../../src/engine/profile/resolve";
import { describeTemplate } from "../../src/engine/sheets/template";
import type { SheetValues } from "../../src/engine/types";
import { readWorkbook } from "../../src/engine/workbook";
import { book, d, inputsSheet, project } from "../support/book";
import { report, unitScore } from "../support/score";

const BUILTIN = builtinProfile();
const params = (rows: unknown[][], header = ["参数", "值", "说明"]): SheetValues => [header, ...rows] as SheetValues;
const Y = (year: number, quarter: 1 | 2 | 3 | 4 = 1) => ({ year, kind: "quarter" as const, quarter });
const FULL_YEAR = (year: number) => ({ year, kind: "year" as const, quarter: 4 as const });

describe("考评参数 (profiles.md §3)", () => {
  test("rows by label or id apply; a blank 值 keeps the value; 说明 and other columns are ignored", () => {
    const p = readWorkbook(
      book([], {
        考评参数: params([
          ["谋划储备·加分上限", 12, "调整"],
          ["bonus.sizeTiers", "1亿:1，3亿:3，5亿:6"],
          ["加分·表扬每次", ""],
        ]),
      }),
    );
    expect(p.issues.filter((i) => i.sheet === "考评参数")).toEqual([]);
    expect(p.profile.values["planning.bonusCap"]).toBe(12);
    expect(p.profile.values["bonus.sizeTiers"]).toEqual([{ min: 50000, points: 6 }, { min: 30000, points: 3 }, { min: 10000, points: 1 }]);
    expect(p.profile.values["bonus.praise"]).toBe(2);
    expect(p.profile.sources["planning.bonusCap"]).toEqual({ kind: "考评参数", row: 2 });
  });

  test("header aliases 参数名称 / 数值 / 取值, under a title row", () => {
    const sheet = [["2026年考评参数"], ["参数名称", "取值"], ["考评年度", 2026]] as SheetValues;
    expect(readWorkbook(book([], { 考评参数: sheet })).profile.year).toBe(2026);
    expect(readWorkbook(book([], { 考评参数: params([["考评年度", 2027]], ["参数", "数值"]) })).profile.year).toBe(2027);
  });

  test.each<[string, unknown[][], { row: number; column: string; code: string; text: RegExp }]>([
    ["an unknown name: param.unknown on the name, nearest names suggested", [["谋划储备·加分上线", 3]], { row: 2, column: "参数", code: "param.unknown", text: /是否应为 “谋划储备·加分上限”/ }],
    ["a wrong form: param.invalid on 值, saying the form", [["奖励·乡镇街道及园区", "三十万"]], { row: 2, column: "值", code: "param.invalid", text: /应为一组数值，第1名在前/ }],
    ["negative", [["减分·通报约谈每次", -2]], { row: 2, column: "值", code: "param.invalid", text: /不小于0的数值/ }],
    ["a year out of range", [["考评年度", 2022]], { row: 2, column: "值", code: "param.invalid", text: /2023–2100 之间的年份/ }],
    ["a fractional whole number", [["开工情况·资金下达后开工月数", 2.5]], { row: 2, column: "值", code: "param.invalid", text: /不小于0的整数/ }],
    ["tiers with a repeated start", [["谋划储备·加分档次", "2亿:2，2亿:4"]], { row: 2, column: "值", code: "param.invalid", text: /起点各不相同，如 2亿:2，5亿:4/ }],
    ["the same parameter twice: row.duplicate on the later row", [["考评年度", 2026], ["year", 2027]], { row: 3, column: "参数", code: "row.duplicate", text: /与第2行重复/ }],
    ["a range that follows from two parameters", [["服务保障·要素保障扣分上限", 4], ["服务保障·要素保障扣分下限", 5]], { row: 3, column: "值", code: "param.invalid", text: /下限”（5）大于“服务保障·要素保障扣分上限”（4）/ }],
  ])("%s", (_what, rows, expected) => {
    const p = readWorkbook(book([], { 考评参数: params(rows) }));
    const issues = p.issues.filter((i) => i.sheet === "考评参数" && i.severity === "error");
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ row: expected.row, column: expected.column, code: expected.code });
    expect(issues[0].message).toMatch(expected.text);
  });

  test("a bad row is ignored, the others apply, and the workbook still scores", () => {
    const b = book([project({ 谋划日期: d("2023-01-05"), "总投资(万元)": 60000 })], { 考评参数: params([["谋划储备·加分上限", "很多"], ["谋划储备·完成任务得分", 8]]) });
    const p = readWorkbook(b);
    expect(p.profile.values["planning.bonusCap"]).toBe(10);
    expect(p.profile.values["planning.base"]).toBe(8);
    // 1 planned ≥ target 3? no: 1 < 3 → max(0, 8 − 2 × 2) = 4.
    expect(unitScore(b).planning).toBe(4);
  });

  test("a workbook without the sheet, or with only its header, keeps the built-in profile", () => {
    expect(readWorkbook(book([])).profile.values).toEqual(BUILTIN.values);
    expect(readWorkbook(book([], { 考评参数: params([]) })).profile.values).toEqual(BUILTIN.values);
  });
});

describe("layers and sources (profiles.md §1)", () => {
  const file = (doc: object) => {
    const r = profileFromFile(JSON.stringify({ extends: "ruzhou-2023", ...doc }), "f.json");
    expect(r.problems).toEqual([]);
    return r.profile!;
  };

  test("built-in → file → 考评参数 → 目标任务, later sources winning parameter by parameter", () => {
    const base = file({ parameters: { "planning.bonusCap": 12, "bonus.praise": 3 } });
    const targets: SheetValues = [["单位", "谋划", "签约", "开工", "投产"], ["临汝镇", 4, "", "", ""]];
    const p = readWorkbook(book([], { 考评参数: params([["谋划储备·加分上限", 6]]), 目标任务: targets }), base);
    expect(p.profile.values["planning.bonusCap"]).toBe(6);
    expect(p.profile.values["bonus.praise"]).toBe(3);
    expect(profileChanges(p.profile).map((c) => [c.id, c.value, c.source.kind])).toEqual([
      ["planning.bonusCap", 6, "考评参数"],
      ["bonus.praise", 3, "file"],
      ["targets.临汝镇", { plan: 4, sign: 4, start: 4, commission: 3 }, "目标任务"],
    ]);
  });

  test("a value set to what the built-in has is not a change", () => {
    const p = readWorkbook(book([], { 考评参数: params([["加分·表扬每次", 2]]) }));
    expect(profileChanges(p.profile)).toEqual([]);
  });

  test("a file adds a unit to a group (ranked, with targets), adds aliases, and removes a unit (its rows become unit.unknown)", () => {
    const base = file({
      units: [
        { name: "汝州高新区管委会", group: "towns", targets: { plan: 12, sign: 4, start: 4, commission: 3 }, aliases: ["高新区"] },
        { name: "临汝镇", aliases: ["临汝"] },
      ],
      removeUnits: ["移民局"],
    });
    const b = book([project({ 责任单位: "高新区" }), project({ 责任单位: "临汝" }), project({ 责任单位: "移民局" })]);
    const p = readWorkbook(b, base);
    expect(p.ledger.projects.map((x) => x.unit)).toEqual(["汝州高新区管委会", "临汝镇"]);
    expect(p.issues.find((i) => i.code === "unit.unknown")).toMatchObject({ row: 4 });
    const towns = report(b, Y(2023), base).groups.find((g) => g.id === "towns")!;
    expect(towns.rows.map((r) => r.unit)).toContain("汝州高新区管委会");
    expect(report(b, Y(2023), base).groups.find((g) => g.id === "departments")!.rows.map((r) => r.unit)).not.toContain("移民局");
    expect(profileChanges(p.profile).map((c) => c.id)).toEqual(["units.汝州高新区管委会", "units.移民局"]);
  });
});

describe("the rules follow the parameters", () => {
  test("要素保障扣分 is valid when 0 or between the two bounds (7 with the upper bound 8)", () => {
    const inputs = inputsSheet([{ 季度: "2023Q1", 单位: "临汝镇", 现场办公会: "是", 要素保障扣分: 7 }]);
    expect(readWorkbook(book([], { 考核录入: inputs })).issues.find((i) => i.column === "要素保障扣分")?.message).toMatch(/0 或 2–6/);
    const wider = book([], { 考核录入: inputs, 考评参数: params([["服务保障·要素保障扣分上限", 8]]) });
    expect(unitScore(wider).service).toBe(13);
  });

  test("酌情分 clamp to the profile's maximum; evaluation parts are checked against theirs", () => {
    const inputs = inputsSheet([{ 季度: "2023Q1", 单位: "临汝镇", 开工酌情分: 14 }]);
    expect(unitScore(book([], { 考核录入: inputs })).start).toBe(10);
    expect(unitScore(book([], { 考核录入: inputs, 考评参数: params([["开工情况·酌情分上限", 15]]) })).start).toBe(14);
    const evals: SheetValues = [["季度", "被评单位", "评议企业", "服务态度", "工作效率", "服务质量"], ["2023Q1", "发改委", "甲", 25, 30, 30]];
    expect(readWorkbook(book([], { 企业评议: evals })).issues.some((i) => i.code === "evaluation.outOfRange")).toBe(true);
    const raised = readWorkbook(book([], { 企业评议: evals, 考评参数: params([["企业评议·服务态度满分", 30]]) }));
    expect(raised.issues.some((i) => i.code === "evaluation.outOfRange")).toBe(false);
  });

  test("explanations carry the profile's numbers, not 2023's", () => {
    const b = book([project({ 签约日期: d("2023-02-01"), "总投资(万元)": 60000 })], { 考评参数: params([["加分·产业项目规模档次", "1亿:1，3亿:3，5亿:6"]]) });
    const s = unitScore(b);
    const size = s.explanation.find((l) => l.item === "bonus" && l.text.includes("产业项目"))!;
    expect(size.points).toBe(6);
    expect(size.text).toContain("5亿元以上加6分");
    expect(size.textEn).toContain("≥ 500M +6");
    expect(size.clause).toBe("附件3 四(一)2(3)，附件4 第2–4行");
    expect(size.clauseEn).toBe("附件3 四(一)2(3), 附件4 rows 2–4");
  });

  test("an award list longer or shorter than 2023's pays that many places", () => {
    const towns = (awards: string) => report(book([]), FULL_YEAR(2023), readWorkbook(book([], { 考评参数: params([["奖励·乡镇街道及园区", awards]]) })).profile).groups[0];
    // 经开区管委会 scores lowest (its larger targets); the other 23 tie for 1st and share the places.
    const share = (list: number[]) => Math.round((list.reduce((a, b) => a + b, 0) / 23) * 100) / 100;
    expect(towns("30，20，20，10，10，5，5").rows[0].award).toBe(share([30, 20, 20, 10, 10, 5, 5]));
    expect(towns("50").rows[0].award).toBe(share([50]));
  });
});

describe("the year (profiles.md §2)", () => {
  test("考评年度 makes bare quarters of 考核录入 that year", () => {
    const b = book([], { 考核录入: inputsSheet([{ 季度: 1, 单位: "临汝镇", 表扬次数: 1 }]), 考评参数: params([["考评年度", 2030]]) });
    expect(unitScore(b, Y(2030)).bonus).toBe(2);
  });

  test("leap days: 2027-11-30 + 3 months = 2028-02-29, the last day a funded start is on time", () => {
    const funded = (start: string) =>
      book([project({ 签约日期: d("2027-12-01"), 计划开工日期: d("2028-01-15"), 实际开工日期: d(start), 入库: "是", 资金类型: "专项债", 资金下达日期: d("2027-11-30") })]);
    expect(unitScore(funded("2028-02-29"), Y(2028)).start).toBe(20);
    expect(unitScore(funded("2028-03-01"), Y(2028)).start).toBe(0);
    // Quarters of a leap year: 2028-02-29 falls in Q1, counted once.
    const planned = book([project({ 谋划日期: d("2028-02-29"), 产业类别: "基础设施" })]);
    expect(unitScore(planned, Y(2028)).progress.find((p) => p.stage === "plan")!.actual).toBe(1);
  });

  test("a period of another year than the fixed one is an error on the report; no 目标任务 for a new year is one warning", () => {
    const fixed = book([], { 考评参数: params([["考评年度", 2026]]) });
    expect(report(fixed, Y(2025)).issues.find((i) => i.code === "period.otherYear")?.message).toMatch(/本工作簿（考评参数 第2行）考评2026年/);
    const other = report(book([]), Y(2026));
    expect(other.issues.filter((i) => i.code === "targets.baseYear")).toHaveLength(1);
    expect(report(book([]), Y(2023)).issues.some((i) => i.code === "targets.baseYear")).toBe(false);
  });
});

describe("the template's 考评参数 sheet (profiles.md §3)", () => {
  const sheetOf = (profile = BUILTIN) => describeTemplate(profile).find((s) => s.name === "考评参数")!;

  test("lists every parameter with its value and clause, and reads back as the same profile with no issue", () => {
    const spec = sheetOf();
    expect(spec.rows).toHaveLength(PARAMETERS.length);
    expect(spec.rows.find((r) => r[0] === "谋划储备·加分档次")).toEqual(["谋划储备·加分档次", "2亿:2，5亿:4", expect.stringContaining("附件3 四(一)1(1)")]);
    const p = readWorkbook(book([], { 考评参数: [spec.columns.map((c) => c.header), ...spec.rows] }));
    expect(p.issues.filter((i) => i.sheet === "考评参数")).toEqual([]);
    expect(p.profile.values).toEqual(BUILTIN.values);
    expect(profileChanges(p.profile)).toEqual([]);
  });

  test("follows the profile it is made from (a file's values), and the 考核录入 checks follow too", () => {
    const { profile } = profileFromFile(JSON.stringify({ extends: "ruzhou-2023", parameters: { year: 2026, "start.discretionaryMax": 15, "awards.towns": [50, 30] } }), "f.json");
    const rows = sheetOf(profile!).rows;
    expect(rows.find((r) => r[0] === "考评年度")![1]).toBe(2026);
    expect(rows.find((r) => r[0] === "奖励·乡镇街道及园区")![1]).toBe("50，30");
    const inputs = describeTemplate(profile!).find((s) => s.name === "考核录入")!;
    expect(inputs.columns.find((c) => c.header === "开工酌情分")).toMatchObject({ max: 15, note: expect.stringContaining("0–15") });
    expect(inputs.columns.find((c) => c.header === "季度")!.list).toEqual(["2026Q1", "2026Q2", "2026Q3", "2026Q4"]);
  });
});
