// workbook-format §1.1, clause by clause: the header band, header matching,
// scoring columns not found, rows that are not projects (with their near
// misses), merged cells, cell values as Excel shows them, unit and sheet names.
import { headerKey, readHeaderBand } from "../../src/engine/parse/header";
import type { LedgerKey } from "../../src/engine/parse/ledger";
import { LEDGER_COLUMNS } from "../../src/engine/parse/ledger";
import type { CellValue, Issue, MergedArea, SheetInput } from "../../src/engine/types";
import { readWorkbook } from "../../src/engine/workbook";
import { d } from "../support/book";

const FLAT = ["项目名称", "责任单位", "总投资(万元)", "产业类别", "谋划日期", "签约日期", "计划开工日期", "实际开工日期", "入库"];
const P = (name: string, unit = "临汝镇", investment: CellValue = 12000, category = "制造业"): CellValue[] => [name, unit, investment, category, d("2023-02-01"), "", "", "", ""];

const ledger = (rows: CellValue[][], merges: MergedArea[] | null = [], sheet = "项目台账") =>
  readWorkbook({ [sheet]: { values: rows, merges } as SheetInput });
const ledgerIssues = (rows: CellValue[][], merges: MergedArea[] | null = []): Issue[] =>
  ledger(rows, merges).ledger.issues;
const skipped = (issues: Issue[]) => issues.filter((i) => i.code === "row.skipped").map((i) => [i.row, i.severity]);
const errors = (issues: Issue[]) => issues.filter((i) => i.severity === "error").map((i) => [i.row, i.code, i.column]);
const columnsOf = (rows: CellValue[][], merges: MergedArea[] | null = null) => readHeaderBand(rows, 0, LEDGER_COLUMNS, merges).columns;

describe("§1.1 header matching: white space, （）, unit suffixes", () => {
  test.each<[string, string, string]>([
    ["line break inside a word", "总投\n资", "总投资"],
    ["spaces and full-width brackets", "总投资（ 万元 ）", "总投资"],
    ["unit suffix optional on both sides", "总投资(万元)", "总投资"],
    ["(个) suffix", "谋划(个)", "谋划"],
    ["a required mark and quotes", "*省“三个一批”", "省三个一批"],
    ["a trailing colon", "产业类别：", "产业类别"],
  ])("%s: %j reads as %j", (_, typed, key) => {
    expect(headerKey(typed)).toBe(headerKey(key));
  });
  test("a money unit other than 万元 is kept: 总投资（亿元） is not the 万元 column", () => {
    expect(headerKey("总投资（亿元）")).not.toBe(headerKey("总投资"));
    const i = ledgerIssues([["项目名称", "责任单位", "总投资（亿元）", "产业类别"], ["甲", "临汝镇", 1.2, "制造业"]]);
    expect(i[0]).toMatchObject({ code: "header.missing", column: "总投资(万元)" });
  });
});

describe("§1.1 header band: which cell names each column", () => {
  const parent = ["项目名称", "责任单位", "投资情况（万元）", "", "产业类别", "开工情况", "", "资金", "", ""];
  const child = ["", "", "总投资", "其中：土建", "", "计划开工日期", "实际开工日期", "类型", "金额（万元）", "下达日期"];
  const merges: MergedArea[] = [
    { row0: 0, col0: 0, row1: 1, col1: 0 },
    { row0: 0, col0: 1, row1: 1, col1: 1 },
    { row0: 0, col0: 2, row1: 0, col1: 3 },
    { row0: 0, col0: 4, row1: 1, col1: 4 },
    { row0: 0, col0: 5, row1: 0, col1: 6 },
    { row0: 0, col0: 7, row1: 0, col1: 9 },
  ];
  const expected: Partial<Record<LedgerKey, number>> = {
    name: 0, unit: 1, investment: 2, category: 4, planStart: 5, actualStart: 6, fundType: 7, fundAmount: 8, fundIssued: 9,
  };
  test.each<[string, MergedArea[] | null]>([
    ["with the merged areas", merges],
    ["without them (a host that cannot tell): a label spreads over its group", null],
  ])("child when known, else parent when known or the child is empty, else joined — %s", (_, m) => {
    expect(columnsOf([parent, child], m)).toEqual(expected);
  });
  test("the band's unmatched cells are named as parent/child", () => {
    expect(readHeaderBand([parent, child], 0, LEDGER_COLUMNS, merges).unmatched).toEqual(["投资情况（万元）/其中：土建"]);
  });
  test("a child row with one known header makes a band", () => {
    const band = readHeaderBand([["项目名称", "责任单位", "投资", "", "产业类别"], ["", "", "总投资", "其中：财政", ""]], 0, LEDGER_COLUMNS, null);
    expect(band.rows).toEqual([0, 1]);
    expect(band.columns).toMatchObject({ name: 0, unit: 1, investment: 2, category: 4 });
  });
  test("a first data row is not a band: it has numbers, or no known header", () => {
    expect(readHeaderBand([FLAT, P("甲")], 0, LEDGER_COLUMNS, null).rows).toEqual([0]);
    expect(readHeaderBand([FLAT, ["甲", "临汝镇", "1.2亿", "制造业"]], 0, LEDGER_COLUMNS, null).rows).toEqual([0]);
  });
  test("a field the child names beats the same field read from a parent label", () => {
    const cols = columnsOf([["项目名称", "责任单位", "投资额（万元）", "", "产业类别"], ["", "", "其中：土建", "总投资", ""]]);
    expect(cols.investment).toBe(3);
  });
  test("a two-row header scores its projects like the flat one", () => {
    const band = ledger([parent, child, ["甲", "临汝镇", 12000, 9000, "制造业", d("2023-03-01"), d("2023-02-20"), "专项债", 500, d("2023-01-10")]], merges);
    expect(band.ledger.projects[0]).toMatchObject({ row: 3, investment: 12000, planStart: d("2023-03-01"), fundType: "专项债", fundAmount: 500 });
  });
});

describe("§1.1 scoring columns not found: one warning, or one info", () => {
  test("a misspelt 计划开工时间: header.notFound lists the absent columns and the unmatched cells", () => {
    const header = ["项目名称", "责任单位", "总投资", "产业类别", "计划开工时间"];
    const i = ledgerIssues([header, ["甲", "临汝镇", 12000, "制造业", d("2023-05-01")]]);
    const notFound = i.filter((x) => x.code === "header.notFound");
    expect(notFound).toHaveLength(1);
    expect(notFound[0]).toMatchObject({ severity: "warning", row: 1 });
    expect(notFound[0].message).toContain("计划开工日期");
    expect(notFound[0].message).toContain("计划开工时间");
    // Never row by row for a column that does not exist.
    expect(i.filter((x) => x.code === "date.missingPlan")).toEqual([]);
  });
  test("every scoring column present: the ignored cells are one info header.ignored", () => {
    const header = ["序号", ...LEDGER_COLUMNS.map((c) => c.header), "建设单位"];
    const i = ledgerIssues([header, [1, "甲", "临汝镇", 12000, "制造业"]]);
    expect(i.filter((x) => x.severity !== "info")).toEqual([]);
    expect(i.find((x) => x.code === "header.ignored")).toMatchObject({ severity: "info" });
    expect(i.find((x) => x.code === "header.ignored")!.message).toContain("建设单位");
  });
});

describe("§1.1 rows that are not projects: skipped as info, never errors", () => {
  const rows = (...extra: CellValue[][]) => [FLAT, P("甲"), ...extra, P("乙")];
  test.each<[string, CellValue[]]>([
    ["a repeat of the header", FLAT],
    ["a partial repeat of the header, with an alias", ["项目名称", "项目单位", "总投资"]],
    ["小计 in 项目名称", ["小计", "", 24000]],
    ["合计 with spaces", ["合  计", "", 24000]],
    ["a name before 小计", ["经开区小计", "", 24000]],
    ["总计 in the first cell", ["", "", "", "", "总计"]],
    ["累计", ["累计", "", 24000]],
    ["a Chinese ordinal: 一、", ["一、签约项目（10个）"]],
    ["（一）", ["（一）经开区管委会"]],
    ["(一)", ["(二)杨楼镇"]],
    ["1、", ["1、临汝镇"]],
    ["1.", ["2.杨楼镇（1个）"]],
    ["（1）", ["（3）大峪镇"]],
    ["a bare unit name", ["汝州市骑岭乡"]],
    ["a group name", ["乡镇街道"]],
    ["a section with a stray number (its count)", ["（四）夏店镇", "", "", "", "", "", "", "", 3]],
  ])("%s", (_, row) => {
    const i = ledgerIssues(rows(row));
    expect(skipped(i)).toEqual([[3, "info"]]);
    expect(errors(i)).toEqual([]);
  });
  test.each<[string, CellValue[]]>([
    ["一", ["一", "签约项目"]],
    ["（一）", ["（一）", "经开区管委会"]],
    ["(1)", ["(1)", "补报项目"]],
  ])("the ordinal %s in the 序号 column, the title beside it", (_, [seq, title]) => {
    const header = ["序号", ...FLAT];
    const i = ledgerIssues([header, [1, ...P("甲")], [seq, title], [1, ...P("乙")]]);
    expect(skipped(i)).toEqual([[3, "info"]]);
    expect(errors(i)).toEqual([]);
  });
  test("near miss: a number in 序号 and a project name only is a half-typed project", () => {
    const i = ledgerIssues([["序号", ...FLAT], [2, "丙项目"]]);
    expect(skipped(i)).toEqual([]);
    expect(errors(i).map((e) => e[1])).toEqual(["required.missing", "required.missing", "required.missing"]);
  });
  test.each<[string, CellValue[], boolean]>([
    ["an ordinal title typed in 责任单位 is a section", ["", "（一）经开区管委会"], true],
    ["a title with its count typed in 责任单位 is a section", ["", "水利局（2个）"], true],
    ["near miss: a unit name alone in 责任单位 is a project without its name", ["", "经开区管委会"], false],
    ["near miss: an ordinal in 责任单位 with 总投资 typed is a project", ["", "（一）经开区管委会", 12000], false],
  ])("%s", (_, row, isSection) => {
    const i = ledgerIssues([FLAT, P("甲"), row]);
    expect(skipped(i)).toEqual(isSection ? [[3, "info"]] : []);
    expect(errors(i).length > 0).toBe(!isSection);
  });
  test("a title merged across columns is a section, whatever it says", () => {
    const i = ledgerIssues(rows(["2023年补报项目"]), [{ row0: 2, col0: 0, row1: 2, col1: 8 }]);
    expect(skipped(i)).toEqual([[3, "info"]]);
  });
  test("notes: the block under the table, every row after the first, blank rows after it skipped silently", () => {
    const i = ledgerIssues([FLAT, P("甲"), ["填报说明："], ["1.本表每月5日前报市重点项目办；"], [], ["", "", "", "", "", "审核人：赵国强"], [], [], ["", "", "", "", "", "", "", "", "2023年12月28日"]]);
    expect(skipped(i)).toEqual([[3, "info"], [4, "info"], [6, "info"], [9, "info"]]);
    expect(errors(i)).toEqual([]);
  });
  test.each<[string, CellValue[]]>([
    ["注：", ["注：总投资单位为万元"]],
    ["说明:", ["说明:本表由各单位填报"]],
    ["填报人", ["填报人：刘建伟", "", "", "", "联系电话：0375-6265329"]],
    ["制表", ["制表：重点项目办"]],
  ])("notes start with %s", (_, row) => {
    expect(skipped(ledgerIssues([FLAT, P("甲"), row]))).toEqual([[3, "info"]]);
  });
  test("near miss: a project whose name merely contains 合计 is a project", () => {
    const parsed = ledger([FLAT, P("汝州市合计村道路提升工程"), P("合计镇污水处理项目")]);
    expect(parsed.ledger.projects.map((p) => p.name)).toEqual(["汝州市合计村道路提升工程", "合计镇污水处理项目"]);
    expect(skipped(parsed.ledger.issues)).toEqual([]);
  });
  test("near miss: a row typed like a project after the notes is still a project", () => {
    const parsed = ledger([FLAT, ["注：以下为补报项目"], P("补报项目甲")]);
    expect(parsed.ledger.projects.map((p) => p.name)).toEqual(["补报项目甲"]);
  });
  test("a half-typed project stays an error: a name alone, or a name and unit without 总投资", () => {
    const i = ledgerIssues([FLAT, ["汝州经开区新谋划项目（待完善）"], ["乙项目", "临汝镇", "", "制造业"]]);
    expect(skipped(i)).toEqual([]);
    expect(errors(i)).toEqual([
      [2, "required.missing", "责任单位"],
      [2, "required.missing", "总投资(万元)"],
      [2, "required.missing", "产业类别"],
      [3, "required.missing", "总投资(万元)"],
    ]);
  });
  test("a section row with two texts is not a title: reported, not skipped", () => {
    expect(skipped(ledgerIssues([FLAT, ["一、签约项目", "", "", "", "", "", "", "", "共10个"]]))).toEqual([]);
  });
  test("skipped rows never count and never make a duplicate", () => {
    const parsed = ledger([FLAT, P("甲"), FLAT, P("甲")]);
    expect(errors(parsed.ledger.issues)).toEqual([[4, "row.duplicate", "项目名称"]]);
  });
});

describe("§1.1 merged cells in data rows", () => {
  const blockRows = [FLAT, P("甲", "水利局", 12000), ["乙", "", 15000, "基础设施"], ["丙", "", 20000, ""]];
  const merges: MergedArea[] = [
    { row0: 1, col0: 1, row1: 3, col1: 1 }, // 责任单位 merged down over the unit's three projects
    { row0: 2, col0: 3, row1: 3, col1: 3 }, // 产业类别 merged over two rows
  ];
  test("each cell of a merged area takes the top-left value", () => {
    const parsed = ledger(blockRows, merges);
    expect(errors(parsed.ledger.issues)).toEqual([]);
    expect(parsed.ledger.projects.map((p) => [p.name, p.unit, p.category.name])).toEqual([
      ["甲", "水利局", "制造业"],
      ["乙", "水利局", "基础设施"],
      ["丙", "水利局", "基础设施"],
    ]);
  });
  test("where the host cannot tell the merges, the blank cell is an error that says how to fix it", () => {
    const i = ledgerIssues(blockRows, null);
    expect(errors(i)).toEqual([
      [3, "required.missing", "责任单位"],
      [4, "required.missing", "责任单位"],
      [4, "required.missing", "产业类别"],
    ]);
    expect(i.find((x) => x.row === 3)!.message).toContain("如为合并单元格，请取消合并并逐行填写");
  });
  test("section detection looks at the row as typed, before merges are filled", () => {
    const i = ledgerIssues([FLAT, ["（一）水利局"], P("甲", "水利局"), ["合计", "", 12000]], [{ row0: 3, col0: 0, row1: 3, col1: 2 }]);
    expect(skipped(i)).toEqual([[2, "info"], [4, "info"]]);
  });
});

describe("§1.1 cell values as Excel shows them", () => {
  test("a formula counts as its cached result; one without is cell.formulaNoValue", () => {
    const parsed = ledger([FLAT, ["甲", "临汝镇", { formula: "SUM(G2:H2)", result: 12000 }, "制造业"], ["乙", "临汝镇", { formula: "SUM(G3:H3)" }, "制造业"]]);
    expect(parsed.ledger.projects.map((p) => p.investment)).toEqual([12000]);
    expect(errors(parsed.ledger.issues)).toEqual([[3, "cell.formulaNoValue", "总投资(万元)"]]);
    expect(parsed.ledger.issues.find((i) => i.code === "cell.formulaNoValue")).toMatchObject({ cell: "C3" });
  });
  test("a subtotal row whose SUM has no cached value is still only skipped", () => {
    expect(errors(ledgerIssues([FLAT, P("甲"), ["小计", "", { formula: "SUM(C2:C2)" }]]))).toEqual([]);
  });
  test("rich text is its plain text; a hyperlink is its text", () => {
    const parsed = ledger([FLAT, [{ richText: [{ text: "杨楼镇卫生" }, { text: "院项目" }] }, { text: "临汝镇", hyperlink: "x.pdf" }, 12000, "制造业"]]);
    expect(parsed.ledger.projects[0]).toMatchObject({ name: "杨楼镇卫生院项目", unit: "临汝镇" });
  });
});

describe("§1.1 unit and sheet names", () => {
  test("unit names compare with all white space removed", () => {
    expect(ledger([FLAT, P("甲", "自然资源和 规划局"), P("乙", "教体局 (教育)")]).ledger.projects.map((p) => p.unit)).toEqual(["自然资源和规划局", "教体局(教育)"]);
  });
  test("项目台帐 is 项目台账, and issues name the sheet as the workbook spells it", () => {
    const parsed = ledger([FLAT, P("甲"), ["乙"]], [], "项目台帐");
    expect(parsed.ledger.projects).toHaveLength(1);
    expect(parsed.ledger.issues[0]).toMatchObject({ sheet: "项目台帐" });
  });
  test("a missing sheet's message lists the sheets the workbook has", () => {
    const parsed = readWorkbook({ Sheet1: [], 汇总: [] });
    expect(parsed.ledger.issues[0]).toMatchObject({ code: "sheet.missing", severity: "error" });
    expect(parsed.ledger.issues[0].message).toContain("Sheet1、汇总");
    expect(readWorkbook({ a: [] }, undefined, { sheetNames: ["a", "排名"] }).ledger.issues[0].message).toContain("a、排名");
  });
  test("a ledger with a header and no project warns instead of passing", () => {
    expect(ledgerIssues([FLAT]).filter((i) => i.code === "ledger.empty")).toMatchObject([{ severity: "warning" }]);
  });
});

describe("目标任务: 附件2 pasted, 组别 and added units", () => {
  const pasted: CellValue[][] = [
    ["附件2"],
    ["一、乡镇街道"],
    ["序号", "项目单位", "“三个一批”项目(个)", "", "", "", "备注", "组别"],
    ["", "", "谋划 项 目", "签约 项 目", "开工 项 目", "投产达 效项目", "", ""],
    [1, "临汝镇", 13, 5, 4, 3, "", ""],
    [2, "汝州高新区管委会", 12, 4, "", 3, "2023年新设", "乡镇街道"],
    ["合计", "", 25, 9, 4, 6],
    ["二、市直承担项目建设任务单位"],
    ["序号", "项目单位", "“三个一批”项目(个)", "", "", "", "备注", "组别"],
    ["", "", "谋划项目", "签约项目", "开工项目", "投产达效项目", "", ""],
    [1, "住房城乡建 设局", 8, 3, 4, 1],
    [2, "新设局", 6, 2, 2, 1],
  ];
  const parsed = readWorkbook({ 项目台账: [FLAT, P("甲", "汝州高新区管委会")], 目标任务: { values: pasted, merges: [{ row0: 2, col0: 2, row1: 2, col1: 5 }] } });
  test("targets of known units, blank cells keeping the profile's", () => {
    expect(parsed.annualTargets.get("临汝镇")).toEqual({ plan: 13, sign: 5, start: 4, commission: 3 });
    expect(parsed.annualTargets.get("住房城乡建设局")).toEqual({ plan: 8, sign: 3, start: 4, commission: 1 });
  });
  test("an unknown unit with 组别 joins that group, blank targets 0, listed after the profile's units; its ledger rows count", () => {
    expect(parsed.annualTargets.get("汝州高新区管委会")).toEqual({ plan: 12, sign: 4, start: 0, commission: 3 });
    expect(parsed.profile.groups.find((g) => g.id === "towns")!.members.at(-1)).toBe("汝州高新区管委会");
    expect(parsed.ledger.projects.map((p) => p.unit)).toEqual(["汝州高新区管委会"]);
  });
  test("an unknown unit without 组别 is unit.unknown with the nearest names and the 组别 hint", () => {
    const e = parsed.targets.issues.filter((i) => i.severity === "error");
    expect(e).toMatchObject([{ row: 12, code: "unit.unknown" }]);
    expect(e[0].message).toContain("组别");
  });
  test("the 合计, section and repeated header rows are info", () => {
    expect(skipped(parsed.targets.issues)).toEqual([[7, "info"], [8, "info"], [9, "info"], [10, "info"]]);
  });
});

describe("header.notFound names unrecognised cells only when there are some (issue 20 item 12)", () => {
  test("every header recognised, a scoring column absent: no empty 未识别 clause", () => {
    const header = ["项目名称", "责任单位", "总投资", "产业类别"];
    const i = ledgerIssues([header, ["甲", "临汝镇", 12000, "制造业"]]);
    const notFound = i.find((x) => x.code === "header.notFound")!;
    expect(notFound.message).not.toContain("未识别");
    expect(notFound.message).not.toMatch(/：。|。。/);
    expect(notFound.messageEn).not.toContain("not recognised");
  });
});
