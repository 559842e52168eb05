// `sanpi inspect` (cycle.md §3): the month as clerks type it, the JSON
// document of §3.4, the outputs never overwriting anything, exit codes as `check`.
import { copyFileSync, existsSync, readFileSync } from "fs";
import path from "path";
import { readXlsx } from "../../src/cli/xlsx-read";
import { ledgerSheet, project } from "../support/book";
import { writeBookXlsx } from "../support/ledger-generator";
import { EXPECTED_DIR, FIXTURE, ROOT, sanpi, scratch } from "./helpers";

const tmp = scratch();
const YEAR_2026 = path.join(ROOT, "test", "fixtures", "year-2026", "year-2026.xlsx");
const example = JSON.parse(readFileSync(path.join(ROOT, "test", "fixtures", "inspect", "ledger-3-2023-08.json"), "utf8"));

describe("the month as typed", () => {
  test.each(["2023-08", "2023-8", "2023年8月", "2023年8月份", "８月", "8月份", "2023/08"])("%s is August 2023 of ledger-3", async (month) => {
    const r = await sanpi(["inspect", FIXTURE, "--month", month, "--json"], ROOT);
    expect(r.stderr).toBe("");
    const doc = JSON.parse(r.stdout);
    expect([doc.month, doc.asOf]).toEqual(["2023-08", "2023-08-31"]);
  });

  test.each([
    ["2023-13", "1–12"],
    ["13月", "1–12"],
    ["2023-00", "1–12"],
    ["十三月份", "1–12"],
    ["2023Q3", "无法识别"],
    ["下个月", "无法识别"],
  ])("%s is refused before anything is read (exit 2, says %s)", async (month, says) => {
    const r = await sanpi(["inspect", path.join(tmp.dir(), "absent.xlsx"), "--month", month], ROOT);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(says);
    expect(r.stderr).toContain(`“${month}”`);
  });

  test("a month outside the workbook's 考评年度 is refused, naming the year", async () => {
    const r = await sanpi(["inspect", YEAR_2026, "--month", "2025-11"], ROOT);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("不在2026年");
  });

  test("a bare month is of the workbook's 考评年度", async () => {
    const r = await sanpi(["inspect", YEAR_2026, "--month", "11月", "--json"], ROOT);
    expect(JSON.parse(r.stdout).month).toBe("2026-11");
  });

  test("no --month: exit 2 saying how to give one", async () => {
    const r = await sanpi(["inspect", FIXTURE], ROOT);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--month");
  });
});

describe("--json", () => {
  let doc: Record<string, unknown> & { projects: { row: number; kind: string; note: string | null; sheet: string }[] };
  let code: number;
  beforeAll(async () => {
    const r = await sanpi(["inspect", FIXTURE, "--month", "2023-08", "--json"], ROOT);
    code = r.code;
    doc = JSON.parse(r.stdout);
  });

  test("is the document of cycle.md §3.4, nothing else on stdout", () => {
    expect(Object.keys(doc)).toEqual(["month", "asOf", "year", "profile", "quarterEnd", "groups", "projects", "news", "notify", "issues"]);
    expect(doc).toMatchObject({ month: "2023-08", asOf: "2023-08-31", year: 2023, profile: "ruzhou-2023", quarterEnd: false });
    const groups = doc.groups as { id: string; rows: Record<string, unknown>[] }[];
    expect(groups.map((g) => g.id)).toEqual(["towns", "departments"]);
    expect(Object.keys(groups[0].rows[0])).toEqual(["unit", "rank", "total", "planning", "signing", "start", "commissioning", "service", "bonus", "deduction", "rates", "overdue"]);
    expect(Object.keys(doc.news as object)).toEqual(["started", "commissioned", "signed", "newlyOverdue"]);
  });

  test("lists the shared example's overdue projects, each on its sheet, with the 已开工未入库 note", () => {
    expect(doc.projects.map((p) => [p.row, p.kind])).toEqual(example.overdue.map((p: { row: number; kind: string }) => [p.row, p.kind]));
    expect(doc.projects.every((p) => p.sheet === "项目台账")).toBe(true);
    expect(doc.projects.filter((p) => p.note !== null).every((p) => p.note === "已开工未入库" && p.kind === "start")).toBe(true);
  });

  test("exit code as check: ledger-3 has rows with errors", () => {
    const bad = JSON.parse(readFileSync(path.join(EXPECTED_DIR, "ledger-3-bad-rows.json"), "utf8"));
    expect(bad.length).toBeGreaterThan(0);
    expect(code).toBe(1);
  });
});

describe("outputs", () => {
  test("--out writes the two sheets into a copy; an existing file needs --force; the input never", async () => {
    const out = path.join(tmp.dir(), "督查.xlsx");
    const first = await sanpi(["inspect", FIXTURE, "--month", "2023-11", "--out", out], ROOT);
    expect(first.code).toBe(1);
    const sheets = Object.keys(await readXlsx(out));
    expect(sheets).toEqual(expect.arrayContaining(["项目台账", "督查-2023年11月", "督查排名-2023年11月"]));

    const before = readFileSync(out);
    const again = await sanpi(["inspect", FIXTURE, "--month", "2023-11", "--out", out], ROOT);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("--force");
    expect(readFileSync(out)).toEqual(before);
    expect((await sanpi(["inspect", FIXTURE, "--month", "2023-10", "--out", out, "--force"], ROOT)).code).toBe(1);
    expect(Object.keys(await readXlsx(out))).toContain("督查-2023年10月");

    const input = path.join(tmp.dir(), "台账.xlsx");
    copyFileSync(FIXTURE, input);
    const self = await sanpi(["inspect", input, "--month", "2023-11", "--out", input, "--force"], ROOT);
    expect(self.code).toBe(2);
    expect(readFileSync(input)).toEqual(readFileSync(FIXTURE));
  });

  test("--notice writes a .docx; another extension is refused", async () => {
    const notice = path.join(tmp.dir(), "通报.docx");
    const r = await sanpi(["inspect", FIXTURE, "--month", "2023-08", "--notice", notice], ROOT);
    expect(r.code).toBe(1);
    expect(readFileSync(notice).subarray(0, 2).toString()).toBe("PK");
    const bad = await sanpi(["inspect", FIXTURE, "--month", "2023-08", "--notice", path.join(tmp.dir(), "通报.doc")], ROOT);
    expect(bad.code).toBe(2);
    expect(existsSync(path.join(tmp.dir(), "通报.doc"))).toBe(false);
  });
});

test("a ledger with no planned dates: no overdue project, and it says so", async () => {
  const file = path.join(tmp.dir(), "no-plans.xlsx");
  await writeBookXlsx({ 项目台账: ledgerSheet([project({ 项目名称: "甲", 签约日期: "2026-03-02" }), project({ 项目名称: "乙", 实际开工日期: "2026-05-06", 入库: "是" })]) as never }, file);
  const json = JSON.parse((await sanpi(["inspect", file, "--month", "2026-06", "--json"], ROOT)).stdout);
  expect(json.projects).toEqual([]);
  expect(json.issues.map((i: { code: string }) => i.code)).toContain("inspect.noPlannedDates");
  const text = await sanpi(["inspect", file, "--month", "2026-06"], ROOT);
  expect(text.code).toBe(0);
  expect(text.stdout).toContain("没有填写计划开工日期或计划投产日期");
});

test("a 问题台账 row without 责任单位 is an error on its row and column (exit 1); an overdue problem notifies its unit", async () => {
  const file = path.join(tmp.dir(), "problems.xlsx");
  const problems = [
    ["问题", "项目名称", "责任单位", "提出日期", "办结时限", "办结日期", "备注"],
    ["用地手续未办", "甲", "临汝镇", "2026-01-10", "2026-03-31", null, null],
    ["环评未批", "乙", null, "2026-01-10", "2026-03-31", null, null],
    ["已解决的问题", "甲", "临汝镇", "2026-01-10", "2026-02-28", "2026-02-20", null],
  ];
  await writeBookXlsx({ 项目台账: ledgerSheet([project({ 项目名称: "甲", 计划开工日期: "2026-09-01" })]) as never, 问题台账: problems as never }, file);
  const r = await sanpi(["inspect", file, "--month", "2026-04", "--json"], ROOT);
  expect(r.code).toBe(1);
  const json = JSON.parse(r.stdout);
  expect(json.issues).toEqual(expect.arrayContaining([expect.objectContaining({ severity: "error", sheet: "问题台账", row: 3, column: "责任单位", cell: "C3" })]));
  expect(json.notify).toEqual([{ unit: "临汝镇", projects: [], problems: [expect.objectContaining({ row: 2, problem: "用地手续未办", deadline: "2026-03-31", daysLate: 30 })] }]);
});
