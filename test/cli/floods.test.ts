// One mistake copied down 5,000 rows is one kind of issue, not 4,999 lines
// (issue 11 item 8): `check` shows the first rows of each kind and counts the
// rest; `--all` lists every one; `score --json` keeps every issue.
import fc from "fast-check";
import path from "path";
import { groupRepeats, SHOWN_PER_KIND, type ListedIssue } from "../../src/cli/issue-groups";
import type { Issue } from "../../src/engine";
import { ledgerSheet, project } from "../support/book";
import { writeBookXlsx, type GenBook } from "../support/ledger-generator";
import { sanpi, scratch } from "./helpers";

const tmp = scratch();
const issue = (code: string, row: number | null, fields: Partial<Issue> = {}): Issue => ({
  severity: "error",
  sheet: "项目台账",
  row,
  column: null,
  code,
  message: `${code} ${row}`,
  ...fields,
});
const shape = (l: ListedIssue[]) => l.map((x) => ("issue" in x ? `${x.issue.code}@${x.issue.row}` : `+${x.more} ${x.like.code}`));

describe("groupRepeats", () => {
  it("keeps the first rows of a kind and counts the rest right after them, in order", () => {
    const list = [1, 2, 3, 4, 5, 6].map((r) => issue("row.duplicate", r + 1));
    list.splice(2, 0, issue("amount.invalid", 3));
    expect(shape(groupRepeats(list))).toEqual([
      "row.duplicate@2",
      "row.duplicate@3",
      "amount.invalid@3",
      "row.duplicate@4",
      "+3 row.duplicate",
    ]);
  });

  it("shows one extra row rather than a line saying there is one more", () => {
    const four = [1, 2, 3, 4].map((r) => issue("row.duplicate", r));
    expect(shape(groupRepeats(four))).toEqual(four.map((i) => `row.duplicate@${i.row}`));
  });

  it("tells kinds apart by severity, sheet, code and column", () => {
    const mixed = [
      ...[2, 3, 4, 5, 6].map((r) => issue("date.invalid", r, { column: "计划开工日期" })),
      ...[2, 3, 4, 5, 6].map((r) => issue("date.invalid", r, { column: "实际开工日期" })),
      ...[2, 3, 4, 5, 6].map((r) => issue("date.invalid", r, { column: "计划开工日期", severity: "warning" })),
      ...[2, 3, 4, 5, 6].map((r) => issue("date.invalid", r, { column: "计划开工日期", sheet: "考核录入" })),
    ];
    const listed = groupRepeats(mixed);
    expect(listed.filter((l) => "more" in l)).toHaveLength(4);
    expect(listed).toHaveLength(4 * (SHOWN_PER_KIND + 1));
  });

  it("loses nothing and keeps the order (property)", () => {
    const arb = fc.array(
      fc.record({ code: fc.constantFrom("a", "b", "c"), sheet: fc.constantFrom("项目台账", "考核录入"), row: fc.option(fc.nat(50), { nil: null }) }),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(arb, (specs) => {
        const list = specs.map((x) => issue(x.code, x.row, { sheet: x.sheet }));
        const listed = groupRepeats(list);
        expect(listed.reduce((n, l) => n + ("issue" in l ? 1 : l.more), 0)).toBe(list.length);
        const shown = listed.flatMap((l) => ("issue" in l ? [l.issue] : []));
        expect(shown).toEqual(list.filter((i) => shown.includes(i))); // a subsequence, in order
        for (const l of listed) if ("more" in l) expect(l.more).toBeGreaterThanOrEqual(2);
      }),
    );
  });
});

describe("check on 5,000 identical rows", () => {
  const file = () => path.join(tmp.dir(), "洪水.xlsx");
  beforeAll(async () => {
    const row = project({ 项目名称: "同一个项目" });
    const book: GenBook = { 项目台账: ledgerSheet(Array.from({ length: 5000 }, () => row)) as GenBook[string] };
    await writeBookXlsx(book, file());
  }, 60_000);
  const duplicateLines = (out: string) => out.split("\n").filter((l) => /row\.duplicate/.test(l));

  it("prints the first three duplicates and one line for the other 4,996", async () => {
    // --verbose adds the code column (issue 20 item 14), which these lines are picked by.
    const r = await sanpi(["check", "洪水.xlsx", "--verbose"], tmp.dir());
    expect(r.code).toBe(1);
    const lines = duplicateLines(r.stdout);
    expect(lines).toHaveLength(4);
    expect(lines.slice(0, 3).map((l) => /项目台账\s+[A-Z]+(\d+)\s/.exec(l)?.[1])).toEqual(["3", "4", "5"]);
    expect(lines[3]).toMatch(/^错误\s+项目台账\s+…\s+row\.duplicate\s+另有 4,996 行同样问题（加 --all 列出全部）$/);
    expect(r.stdout).toMatch(/错误 4999 个/);
  }, 60_000);

  it("lists every one with --all, and score --json keeps every issue", async () => {
    const all = await sanpi(["check", "洪水.xlsx", "--all", "--verbose"], tmp.dir());
    expect(duplicateLines(all.stdout)).toHaveLength(4999);
    expect(all.stdout).not.toContain("另有");
    const json = await sanpi(["score", "洪水.xlsx", "--quarter", "2023Q1", "--json"], tmp.dir());
    const issues = JSON.parse(json.stdout).issues as Issue[];
    expect(issues.filter((i) => i.code === "row.duplicate")).toHaveLength(4999);
  }, 60_000);

  it("takes --all only where it lists issues", async () => {
    const r = await sanpi(["score", "洪水.xlsx", "--quarter", "2023Q1", "--all"], tmp.dir());
    expect([r.code, r.stderr]).toEqual([2, "命令 score 不接受选项 --all\n"]);
  });
});
