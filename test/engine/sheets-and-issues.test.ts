// Reading sheets as clerks fill them (workbook-format §1–§2): header rows,
// aliases, issues with sheet/row/column/cell; duplicates (rules §2); 目标任务 overrides (rules §3).
import { errorsFirst } from "../../src/engine/issues";
import { inputsKey } from "../../src/engine/parse/inputs";
import { readWorkbook } from "../../src/engine/workbook";
import { book, d, inputsSheet, ledgerSheet, project, type LedgerRow } from "../support/book";
import { Q, report, unitScore } from "../support/score";

const issuesOf = (b: Parameters<typeof readWorkbook>[0]) => readWorkbook(b).issues;

describe("header row and columns", () => {
  test("a title row above, shuffled columns, aliases, full-width brackets and spaces in headers", () => {
    const headers = ["备注", "总投资（万元）", "项目 单位", "项目名称", "产业类别", "谋划日期", "自定义列"];
    const sheet = [["汝州市2023年项目台账"], [], headers, ["", "2亿", "汝州市临汝镇", "甲", "制造业", "2023/1/5", "x"]];
    const parsed = readWorkbook({ 项目台账: sheet });
    expect(parsed.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(parsed.ledger.projects[0]).toMatchObject({ row: 4, unit: "临汝镇", investment: 20000, name: "甲" });
  });
  test("a header below row 10 (a long title block) is accepted; none in the first 50 rows: header.missing", () => {
    const titles = (n: number) => Array.from({ length: n }, () => ["x"]);
    const header = ["项目名称", "责任单位", "总投资", "产业类别"];
    const low = readWorkbook({ 项目台账: [...titles(11), header, ["甲", "临汝镇", 12000, "制造业"]] });
    expect(low.ledger.projects).toMatchObject([{ row: 13, name: "甲" }]);
    expect(issuesOf({ 项目台账: [...titles(50), header] })[0]).toMatchObject({ code: "header.missing", severity: "error", sheet: "项目台账" });
  });
  test("a required column absent: header.missing naming it", () => {
    const i = issuesOf({ 项目台账: [["项目名称", "责任单位", "产业类别"], ["甲", "临汝镇", "制造业"]] });
    expect(i[0]).toMatchObject({ code: "header.missing", column: "总投资(万元)" });
  });
  test("no 项目台账 sheet: sheet.missing, an error; sheet names match after trimming", () => {
    expect(issuesOf({})[0]).toMatchObject({ code: "sheet.missing", severity: "error" });
    expect(readWorkbook({ " 项目台账 ": ledgerSheet([project()]) }).ledger.projects).toHaveLength(1);
  });
  test("blank rows are skipped silently", () => {
    const sheet = ledgerSheet([project(), {}, project()]);
    sheet.splice(2, 0, ["", null, "  "]);
    const parsed = readWorkbook({ 项目台账: sheet });
    expect(parsed.ledger.projects).toHaveLength(2);
    expect(parsed.issues.filter((i) => i.sheet === "项目台账")).toEqual([]);
  });
});

describe("cell errors name the sheet, row, column and cell", () => {
  test.each<[string, LedgerRow, string, string]>([
    ["negative amount", { "总投资(万元)": -1 }, "amount.invalid", "总投资(万元)"],
    ["unparseable amount", { "总投资(万元)": "约两亿" }, "amount.invalid", "总投资(万元)"],
    ["impossible date", { 签约日期: "2023-02-30" }, "date.invalid", "签约日期"],
    ["unknown category", { 产业类别: "房地产" }, "category.unknown", "产业类别"],
    ["unknown fund type", { 资金类型: "银行贷款" }, "fund.unknown", "资金类型"],
    ["bad yes/no", { 入库: "也许" }, "bool.invalid", "入库"],
    ["bad provincial batch", { 省三个一批: "竣工" }, "bool.invalid", "省三个一批"],
    ["Excel error value", { 计划开工日期: "#REF!" }, "cell.error", "计划开工日期"],
    ["ExcelJS error cell", { 实际投产日期: { error: "#N/A" } }, "cell.error", "实际投产日期"],
    ["empty name", { 项目名称: "" }, "required.missing", "项目名称"],
    ["unknown unit", { 责任单位: "汝州市不存在局" }, "unit.unknown", "责任单位"],
    ["service-only unit in the ledger", { 责任单位: "统计局" }, "unit.unknown", "责任单位"],
  ])("%s", (_n, fields, code, column) => {
    const parsed = readWorkbook(book([project(fields)]));
    const e = parsed.issues.find((i) => i.severity === "error")!;
    expect(e).toMatchObject({ sheet: "项目台账", row: 2, column, code });
    expect(e.cell).toMatch(/^[A-Z]+2$/);
    expect(e.message).toMatch(/[\u4e00-\u9fff]/);
    expect(parsed.ledger.projects).toHaveLength(0); // the row is left out
  });
  test("unknown units get the nearest names", () => {
    const e = issuesOf(book([project({ 责任单位: "临汝乡" })]))[0];
    expect(e.message).toContain("临汝镇");
  });
});

describe("duplicates (rules §2)", () => {
  test("same folded name and unit: error on the later row, first counted", () => {
    const parsed = readWorkbook(book([project({ 项目名称: "项目 A" }), project({ 项目名称: "项目Ａ", 责任单位: "汝州市临汝镇" })]));
    expect(parsed.ledger.projects.map((p) => p.row)).toEqual([2]);
    expect(parsed.issues[0]).toMatchObject({ code: "row.duplicate", row: 3, severity: "error" });
  });
  test("a row with another error does not make a later row a duplicate", () => {
    const parsed = readWorkbook(book([project({ 项目名称: "甲", "总投资(万元)": "abc" }), project({ 项目名称: "甲" })]));
    expect(parsed.ledger.projects.map((p) => p.row)).toEqual([3]);
    expect(parsed.ledger.issues.map((i) => i.code)).toEqual(["amount.invalid"]);
  });
  test("the same name under two units counts for each, with a warning on the later row", () => {
    const rows = [project({ 项目名称: "甲", 谋划日期: d("2023-01-05") }), project({ 项目名称: "甲", 责任单位: "发改委", 谋划日期: d("2023-01-05") })];
    const r = report(book(rows));
    expect(r.issues.find((i) => i.code === "row.sameNameOtherUnit")).toMatchObject({ row: 3, severity: "warning" });
    expect(r.stats.projects).toBe(2);
  });
});

describe("目标任务 overrides the annual targets (rules §3)", () => {
  const targets = (rows: unknown[][]) => ({ 目标任务: [["单位", "谋划", "签约", "开工", "投产"], ...rows] }) as never;
  test("临汝镇 planning 4 a year → 1 by Q1: nothing planned scores 10 − 2", () => {
    expect(unitScore(book([], targets([["临汝镇", 4, null, null, null]])), Q(1)).planning).toBe(8);
    expect(unitScore(book([], targets([["临汝镇", 4, null, null, null]])), Q(1)).progress[0]).toMatchObject({ target: 1, annualTarget: 4 });
  });
  test("blank cells keep the plan's target; bad values are errors", () => {
    const parsed = readWorkbook(book([], targets([["汝州市临汝镇", "", 0, null, "x"]])));
    expect(parsed.annualTargets.get("临汝镇")).toEqual({ plan: 12, sign: 4, start: 4, commission: 3 });
    expect(parsed.targets.issues[0]).toMatchObject({ sheet: "目标任务", row: 2, column: "投产", code: "number.invalid" });
    const ok = readWorkbook(book([], targets([["汝州市临汝镇", "", 0, null, 2]])));
    expect(ok.annualTargets.get("临汝镇")).toEqual({ plan: 12, sign: 0, start: 4, commission: 2 });
  });
});

describe("考核录入", () => {
  test("quarter spellings and unit aliases resolve; a second row for the same unit and quarter is an error", () => {
    const parsed = readWorkbook(
      book([], {
        考核录入: inputsSheet([
          { 季度: "2023年第二季度", 单位: " 经开区 ", 现场办公会: "Y", 要素保障扣分: 0 },
          { 季度: "2023-Q2", 单位: "经开区管委会", 现场办公会: "否", 要素保障扣分: 6 },
        ]),
      }),
    );
    expect(parsed.inputs.byUnitQuarter.get(inputsKey("经开区管委会", 2023, 2))).toMatchObject({ row: 2, meeting: true });
    expect(parsed.inputs.issues[0]).toMatchObject({ row: 3, code: "row.duplicate" });
  });
  test("a row of another year counts for that year only; with 考评年度 set, or outside 2023–2100, it is ignored with a warning", () => {
    const rows = inputsSheet([{ 季度: "2024Q1", 单位: "临汝镇", 表扬次数: 1 }]);
    const open = readWorkbook(book([], { 考核录入: rows }));
    expect([...open.inputs.byUnitQuarter.keys()]).toEqual([inputsKey("临汝镇", 2024, 1)]);
    expect(unitScore(book([], { 考核录入: rows }), Q(1)).bonus).toBe(0);
    expect(unitScore(book([], { 考核录入: rows }), { year: 2024, kind: "quarter", quarter: 1 }).bonus).toBe(2);
    const fixed = readWorkbook(book([], { 考核录入: rows, 考评参数: [["参数", "值"], ["考评年度", 2023]] }));
    expect(fixed.inputs.byUnitQuarter.size).toBe(0);
    expect(fixed.inputs.issues[0]).toMatchObject({ severity: "warning", code: "quarter.invalid" });
    expect(fixed.inputs.issues[0].message).toContain("考评2023年");
    const early = readWorkbook(book([], { 考核录入: inputsSheet([{ 季度: "2022Q4", 单位: "临汝镇" }]) }));
    expect(early.inputs.byUnitQuarter.size).toBe(0);
    expect(early.inputs.issues[0]).toMatchObject({ severity: "warning", code: "quarter.invalid" });
  });
  test("no 考核录入 sheet: one warning, service scores as 否 / 0", () => {
    const r = report(book([project()]));
    expect(r.issues.filter((i) => i.sheet === "考核录入")).toHaveLength(1);
    expect(unitScore(book([project()])).service).toBe(10);
  });
});

describe("errorsFirst", () => {
  test("errors before warnings, each group keeping sheet and row order", () => {
    const parsed = readWorkbook(book([project({ "总投资(万元)": 100 }), project({ 产业类别: "房地产" }), project({ "总投资(万元)": 200 }), project({ 入库: "也许" })]));
    const order = errorsFirst(parsed.issues).map((i) => `${i.severity}:${i.row ?? "-"}`);
    expect(order.slice(0, 2)).toEqual(["error:3", "error:5"]);
    expect(order.slice(2).every((o) => o.startsWith("warning"))).toBe(true);
    expect(order.filter((o) => o.startsWith("warning:") && o !== "warning:-")).toEqual(["warning:2", "warning:4"]);
  });
});
