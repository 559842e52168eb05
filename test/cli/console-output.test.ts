// What a clerk reads in the console (issue 20 items 11, 13–16): a header-only
// ledger is not "通过", the quarter forms clerks type, examples in the workbook's
// year, tables that fit the terminal, the period checked, check --json, the
// profile's year in words with amounts in 万元, English plurals.
import fc from "fast-check";
import path from "path";
import { message, parsePeriod } from "../../src/engine";
import { displayWidth } from "../../src/engine/sheets/row-heights";
import { textTable, wrapText } from "../../src/cli/text-table";
import { run } from "../../src/cli/run";
import { ledgerSheet, project } from "../support/book";
import { writeBookXlsx, type GenBook } from "../support/ledger-generator";
import { FIXTURE, ROOT, sanpi, scratch, type CliResult } from "./helpers";

const tmp = scratch();
const BOOK_2026 = path.join(ROOT, "test", "fixtures", "year-2026", "year-2026.xlsx");
/** The widest line of the tables in `out` (table lines have column gaps, or start with one); prose lines the terminal wraps itself. */
const widest = (out: string) => Math.max(...out.split("\n").filter((l) => /\S {2,}\S|^ +\S/.test(l)).map(displayWidth));

async function sanpiAt(args: string[], columns: number): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const code = await run(args, { out: (s) => (stdout += s), err: (s) => (stderr += s), errIsTTY: false, cwd: tmp.dir(), columns });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  const write = (name: string, book: GenBook) => writeBookXlsx(book, path.join(tmp.dir(), name));
  await write("只有表头.xlsx", { 项目台账: ledgerSheet([]) as GenBook[string] });
  // A 2026 ledger with no 考评参数: its year is the one its dates fall in.
  const dated = [1, 2, 3].map((i) => project({ 项目名称: `项目${i}`, 谋划日期: new Date(Date.UTC(2026, i, 10)) as never }));
  await write("2026台账.xlsx", { 项目台账: ledgerSheet(dated) as GenBook[string] });
}, 60_000);

describe("item 11: a ledger with a header and no project", () => {
  test("check says there are no projects, never 检查通过", async () => {
    const r = await sanpi(["check", "只有表头.xlsx"], tmp.dir());
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/共读取台账 0 行，没有项目/);
    expect(r.stdout).toContain("台账中还没有项目");
    expect(r.stdout).not.toContain("通过");
    expect(r.stdout).not.toContain("有效项目 0 个");
    const en = await sanpi(["check", "只有表头.xlsx", "--lang", "en"], tmp.dir());
    expect(en.stdout).toContain("no projects");
    expect(en.stdout).not.toContain("passed");
  });
});

describe("item 13: the quarter as clerks type it, examples in the workbook's year", () => {
  test.each(["2026第一季度", "2026年1季度", "2026年Q1", "2026年第一季度", "2026Q1", "2026-Q1", "2026 年 第 1 季度", "2026一季度", "2026年度第一季度", "２０２６Ｑ１", "2026q1", "2026第1季"])(
    "%s is 2026 Q1",
    (text) => expect(parsePeriod(text, { year: 2023 })).toEqual({ year: 2026, kind: "quarter", quarter: 1 }),
  );
  test.each(["20261", "2026第五季度", "2026Q5", "2026年13季度"])("%s is no quarter", (text) => expect(parsePeriod(text, { year: 2023 })).toBeNull());

  test("check --quarter 2026第一季度 on a 2026 workbook checks 2026年第一季度", async () => {
    const r = await sanpi(["check", BOOK_2026, "--quarter", "2026第一季度"], tmp.dir());
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("检查期间：2026年第一季度");
  });
  test.each([
    ["2026台账.xlsx", ["--quarter", "第五季度"]],
    ["2026台账.xlsx", ["--year", "2026Q1"]],
    [BOOK_2026, ["--quarter", "下季度"]],
  ])("a refused period on %s suggests 2026, not 2023", async (file, period) => {
    const r = await sanpi(["score", file, ...period], tmp.dir());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("2026Q1");
    expect(r.stderr).not.toContain("2023");
  });
  test("no period given to score: the example is the workbook's year", async () => {
    const r = await sanpi(["score", "2026台账.xlsx"], tmp.dir());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--quarter（如 2026Q1）/);
  });
});

describe("item 14: tables fit the terminal; codes with --verbose; the period checked; check --json", () => {
  test.each([60, 80, 100, 140])("check and score at %i columns", async (columns) => {
    const check = await sanpiAt(["check", FIXTURE, "--quarter", "2023Q1"], columns);
    expect(widest(check.stdout)).toBeLessThanOrEqual(Math.max(columns, 60));
    const score = await sanpiAt(["score", FIXTURE, "--year", "2023"], columns);
    // Rankings keep every number column: they fit 80 columns and more.
    if (columns >= 80) expect(widest(score.stdout)).toBeLessThanOrEqual(columns);
  });
  test("not a terminal: 100 columns; the 说明 column wraps, no line is cut", async () => {
    const r = await sanpi(["check", FIXTURE, "--quarter", "2023Q1", "--all"], tmp.dir());
    expect(widest(r.stdout)).toBeLessThanOrEqual(100);
    expect(r.stdout.replace(/\n\s+/g, "")).toContain("请从 制造业、现代服务业、基础设施、社会民生、种植养殖、两新一重、数字经济、创新研发平台、其他 中选择");
  });
  test("the English code column only with --verbose", async () => {
    const plain = await sanpi(["check", FIXTURE], tmp.dir());
    const verbose = await sanpi(["check", FIXTURE, "--verbose"], tmp.dir());
    expect(plain.stdout).not.toMatch(/row\.duplicate|代码/);
    expect(verbose.stdout).toMatch(/代码/);
    expect(verbose.stdout).toMatch(/row\.duplicate/);
  });
  test("check without a period says what it checked and which quarter to ask for", async () => {
    const r = await sanpiToday(["check", "2026台账.xlsx"], new Date(2026, 7, 1));
    expect(r.stdout).toContain("检查范围：台账各行的填写（未指定期间）；加 --quarter 2026Q2");
    const q = await sanpi(["check", "2026台账.xlsx", "--quarter", "2026Q2"], tmp.dir());
    expect(q.stdout).toContain("检查期间：2026年第二季度");
  });
  test("check --json: the period, the counts and every issue, in the language asked for", async () => {
    const r = await sanpi(["check", FIXTURE, "--quarter", "2023Q1", "--json", "--lang", "en"], tmp.dir());
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ period: "2023Q1", errors: expect.any(Number), warnings: expect.any(Number), projects: expect.any(Number) });
    expect(doc.issues.filter((i: { severity: string }) => i.severity === "error")).toHaveLength(doc.errors);
    expect(doc.issues[0].message).toMatch(/^[\x20-\x7e“”–—]/);
    const none = JSON.parse((await sanpi(["check", FIXTURE, "--json"], tmp.dir())).stdout);
    expect(none.period).toBeNull();
  });
});

async function sanpiToday(args: string[], today: Date): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const code = await run(args, { out: (s) => (stdout += s), err: (s) => (stderr += s), errIsTTY: false, cwd: tmp.dir(), today: () => today });
  return { code, stdout, stderr };
}

describe("item 15: profile on a 2026 workbook", () => {
  test("names the 2023 method used for 2026, amounts in 万元, no internal id in the heading", async () => {
    const r = await sanpi(["profile", BOOK_2026], tmp.dir());
    const heading = r.stdout.split("\n")[0];
    expect(heading).toContain("2023年办法，按考评参数用于2026年度");
    expect(heading).not.toContain("ruzhou-2023");
    expect(r.stdout).toMatch(/纳入标准·制造业\s+10000 万元/);
    expect(r.stdout).toMatch(/奖励·乡镇街道及园区\s+40，30，20 万元/);
    const own = await sanpi(["profile"], tmp.dir());
    expect(own.stdout.split("\n")[0]).toMatch(/^考评办法：.*；考评年度 2023/);
  });
});

describe("item 16: English plurals", () => {
  test("one is singular, other counts plural", () => {
    expect(message("cli.summary", { rows: 1, projects: 1, errors: 1, warnings: 0, skipped: 1 }, "en")).toBe(
      "1 ledger row read, 1 valid project; 1 error, 0 warnings, 1 row skipped",
    );
    expect(message("cli.hasErrors", { errors: 1 }, "en")).toMatch(/^1 error:/);
    expect(message("cli.hasErrors", { errors: 2 }, "en")).toMatch(/^2 errors:/);
    expect(message("cli.moreLikeThis", { count: "1,001" }, "en")).toMatch(/^1,001 more rows/);
  });
  test("check --lang en on one bad row says 1 error", async () => {
    await writeBookXlsx({ 项目台账: ledgerSheet([project({ 项目名称: "甲" }), project({ 项目名称: "乙", "总投资(万元)": "很多" })]) as GenBook[string] }, path.join(tmp.dir(), "一个错误.xlsx"));
    const r = await sanpi(["check", "一个错误.xlsx", "--lang", "en"], tmp.dir());
    expect(r.stdout).toMatch(/; 1 error, /);
    expect(r.stdout).toMatch(/^1 error: /m);
  });
});

describe("wrapping", () => {
  test("a wrapped line never exceeds the width and loses no character (property)", () => {
    const piece = fc.constantFrom("项目", "临汝镇", "2023Q1", "（", "）", "，", "：", " ", "--quarter", "§4.1", "a", "万元");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.integer({ min: 10, max: 60 }), (parts, width) => {
        const s = parts.join("");
        const lines = wrapText(s, width);
        for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(width);
        expect(lines.join("").replace(/ /g, "")).toBe(s.replace(/ /g, ""));
      }),
    );
  });
  test("a closing bracket never starts a line; a Latin word is never split", () => {
    const lines = wrapText("附件3 四(一)1(1)（规则 §4.1）请填写 2023Q1", 12);
    for (const l of lines) expect(l).not.toMatch(/^[）)，。：]/);
    expect(lines.some((l) => l.includes("§4.1"))).toBe(true);
    expect(lines.some((l) => l.includes("2023Q1"))).toBe(true);
  });
  test("a table narrower than its headers breaks CJK headers onto two lines, Latin ones stay whole", () => {
    const t = textTable(["名次", "谋划储备", "Commissioning"], [["1", "12.00", "3.00"]], { maxWidth: 20, wrap: -1 });
    expect(t.split("\n")[0]).toContain("谋划");
    expect(t.split("\n")[1]).toContain("储备");
    expect(t).toContain("Commissioning");
  });
});
