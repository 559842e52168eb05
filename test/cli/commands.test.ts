// `sanpi` run in-process: arguments, exit codes, pure JSON on stdout, and the
// ranking copy that never touches the input (workbook-format §4).
import { createHash } from "crypto";
import { copyFileSync, existsSync, readFileSync, statSync, writeFileSync } from "fs";
import path from "path";
import { readXlsx, loadXlsx } from "../../src/cli/xlsx-read";
import { reportToJson, type ReportJson } from "../../src/engine/json";
import { builtinProfile } from "../../src/engine/profile/builtin";
import { scorePeriod } from "../../src/engine/score/report";
import { readWorkbook } from "../../src/engine/workbook";
import { generateBook, toSheetInputs, writeBookXlsx } from "../support/ledger-generator";
import { run } from "../../src/cli/run";
import { EXPECTED_DIR, FIXTURE, sanpi, scratch } from "./helpers";

const BUILTIN = builtinProfile();

const tmp = scratch();
const sha = (f: string) => createHash("sha256").update(readFileSync(f)).digest("hex");
const oneLine = (s: string) => s.endsWith("\n") && !s.slice(0, -1).includes("\n");
type Row = Record<string, unknown> & { unit: string };

function copyFixture(name: string): string {
  const f = path.join(tmp.dir(), name);
  copyFileSync(FIXTURE, f);
  return f;
}

describe("arguments", () => {
  it("prints the usage for --help (Chinese, or English with --lang en)", async () => {
    const zh = await sanpi(["--help"], tmp.dir());
    expect([zh.code, zh.stderr]).toEqual([0, ""]);
    expect(zh.stdout).toMatch(/^用法：sanpi/);
    for (const cmd of ["check", "score", "rank", "template", "--json", "--out", "--quarter", "--year"]) expect(zh.stdout).toContain(cmd);
    expect((await sanpi(["score", "--help", "--lang", "en"], tmp.dir())).stdout).toMatch(/^Usage: sanpi/);
  });

  it("shows the usage on stderr with exit 2 when no command is given", async () => {
    const r = await sanpi([], tmp.dir());
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toMatch(/^用法/);
  });

  it.each([
    [["frob"], /未知命令“frob”/],
    [["score", "a.xlsx", "--quarter", "2023Q1", "--frob"], /未知选项“--frob”/],
    [["score", "a.xlsx", "--quarter"], /--quarter 需要一个值/],
    [["score", "a.xlsx"], /--quarter.*--year/],
    [["score", "a.xlsx", "--quarter", "2023Q1", "--year", "2023"], /只能选一个/],
    [["score", "a.xlsx", "--quarter", "2023"], /不是季度/],
    [["rank", "a.xlsx", "--year", "2023Q2"], /不是年度/],
    [["score", "a.xlsx", "--year", "2101"], /年份不在 2023–2100 之间/],
    [["score", "a.xlsx", "--year", "2022"], /年份不在 2023–2100 之间/],
    [["score", "a.xlsx", "--quarter", "第五季度"], /期间“第五季度”无法识别/],
    [["score", "a.xlsx", "--quarter", "2023Q1", "--lang", "fr"], /--lang 只接受/],
    [["score", "a.xlsx", "b.xlsx", "--quarter", "2023Q1"], /多余的参数“b\.xlsx”/],
    [["check"], /请指定工作簿文件/],
    [["rank", "a.xlsx", "--year", "2023", "--json"], /不接受选项 --json/],
    [["rank", FIXTURE, "--year", "2023", "--out", "排名.csv"], /须以 \.xlsx 结尾/],
    [["template", "x.xlsx"], /多余的参数/],
    [["score", "a.xlsx", "--quarter", "Q5", "--lang", "en"], /Period “Q5” is not valid/],
  ])("%j → exit 2 with one line on stderr", async (args, pattern) => {
    const r = await sanpi(args as string[], tmp.dir());
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(oneLine(r.stderr)).toBe(true);
    expect(r.stderr).toMatch(pattern as RegExp);
  });

  it("refuses an unreadable file in one Chinese line, exit 2, nothing on stdout", async () => {
    writeFileSync(path.join(tmp.dir(), "notes.xlsx"), "这不是工作簿");
    for (const file of ["missing.xlsx", "notes.xlsx"]) {
      for (const cmd of [["check"], ["score", "--json", "--quarter", "2023Q1"], ["rank", "--year", "2023"]]) {
        const r = await sanpi([cmd[0], file, ...cmd.slice(1)], tmp.dir());
        expect([r.code, r.stdout]).toEqual([2, ""]);
        expect(oneLine(r.stderr)).toBe(true);
        expect(r.stderr).toMatch(new RegExp(`^无法读取文件“${file}”：`));
      }
    }
    expect(existsSync(path.join(tmp.dir(), "notes-排名-2023.xlsx"))).toBe(false);
  });
});

describe("score", () => {
  const expected = (id: string) => JSON.parse(readFileSync(path.join(EXPECTED_DIR, `ledger-3-${id}.json`), "utf8")).groups as { id: string; rows: Row[] }[];

  it.each(["2023Q1", "2023Q2", "2023Q3", "2023Q4", "2023"])("--json %s prints one JSON document with the expected groups", async (id) => {
    const r = await sanpi(["score", FIXTURE, id.includes("Q") ? "--quarter" : "--year", id, "--json"], tmp.dir());
    expect(r.stderr).toBe("");
    const doc = JSON.parse(r.stdout) as ReportJson;
    expect(r.code).toBe(doc.issues.some((i) => i.severity === "error") ? 1 : 0);
    expect(r.code).toBe(1); // the sample has invalid rows
    expect([doc.profile, doc.period]).toEqual(["ruzhou-2023", id]);
    for (const g of expected(id)) {
      const got = doc.groups.find((x) => x.id === g.id)!.rows as unknown as Row[];
      expect(got.map((x) => x.unit)).toEqual(g.rows.map((x) => x.unit));
      g.rows.forEach((want, i) => {
        for (const [k, v] of Object.entries(want)) {
          if (typeof v === "number" && k !== "rank") expect(Math.abs((got[i][k] as number) - v)).toBeLessThanOrEqual(0.01 + 1e-9);
          else expect([want.unit, k, got[i][k]]).toEqual([want.unit, k, v]);
        }
      });
    }
    const bad = JSON.parse(readFileSync(path.join(EXPECTED_DIR, "ledger-3-bad-rows.json"), "utf8")) as { row: number }[];
    for (const b of bad) expect(doc.issues.some((i) => i.severity === "error" && i.sheet === "项目台账" && i.row === b.row)).toBe(true);
  });

  it("gives English issue messages with --lang en", async () => {
    const r = await sanpi(["score", FIXTURE, "--quarter", "2023Q1", "--json", "--lang", "en"], tmp.dir());
    const doc = JSON.parse(r.stdout) as ReportJson;
    expect(doc.issues.find((i) => i.code === "amount.invalid")!.message).toMatch(/^Amount/);
  });

  it("prints the three rankings as tables and a summary without --json", async () => {
    const r = await sanpi(["score", FIXTURE, "--quarter", "2023Q1"], tmp.dir());
    expect(r.code).toBe(1);
    for (const g of ["乡镇街道及园区排名", "市直承担项目建设任务单位排名", "服务保障职能部门排名"]) expect(r.stdout).toContain(g);
    expect(r.stdout).toMatch(/错误 \d+ 个，警告 \d+ 个/);
    expect(r.stdout).toContain("sanpi check");
  });

  it("scores an .xlsx exactly as the engine scores the same cells handed over in memory", async () => {
    const book = generateBook({ projects: 400, seed: 11 });
    const file = path.join(tmp.dir(), "gen-11.xlsx");
    await writeBookXlsx(book, file);
    const period = { year: 2023, kind: "quarter", quarter: 3 } as const;
    const direct = reportToJson(scorePeriod(readWorkbook(toSheetInputs(book)), period));
    const r = await sanpi(["score", file, "--quarter", "2023Q3", "--json"], tmp.dir());
    expect(JSON.parse(r.stdout)).toEqual(direct);
  });

  it("shows progress on stderr only when stderr is a terminal; stdout stays one JSON document", async () => {
    const tty = await sanpi(["score", FIXTURE, "--quarter", "2023Q1", "--json"], tmp.dir(), true);
    expect(tty.stderr).toContain("正在读取 ledger-3.xlsx");
    expect(tty.stderr).toContain("\r\x1b[K");
    expect(() => JSON.parse(tty.stdout)).not.toThrow();
    const piped = await sanpi(["score", FIXTURE, "--quarter", "2023Q1", "--json"], tmp.dir(), false);
    expect(piped.stderr).toBe("");
    expect(piped.stdout).toBe(tty.stdout);
  });
});

describe("check", () => {
  it("lists the bad rows as errors with their cells, exit 1", async () => {
    const r = await sanpi(["check", FIXTURE], tmp.dir());
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    const bad = JSON.parse(readFileSync(path.join(EXPECTED_DIR, "ledger-3-bad-rows.json"), "utf8")) as { row: number }[];
    const errorLines = r.stdout.split("\n").filter((l) => l.startsWith("错误"));
    for (const b of bad) expect(errorLines.some((l) => new RegExp(`项目台账\\s+[A-Z]+${b.row}\\s`).test(l))).toBe(true);
    expect(r.stdout).toMatch(/有 \d+ 个错误/);
  });

  it("adds the period's own checks with --quarter", async () => {
    const plain = await sanpi(["check", FIXTURE, "--verbose"], tmp.dir());
    const q = await sanpi(["check", FIXTURE, "--quarter", "2023Q1", "--verbose"], tmp.dir());
    expect(plain.stdout).not.toContain("input.missing");
    expect(q.stdout).toContain("input.missing");
  });
});

describe("rank", () => {
  it("writes the ranking into a copy next to the input and leaves the input untouched", async () => {
    const input = copyFixture("ledger-3.xlsx");
    const before = sha(input);
    const mtime = statSync(input).mtimeMs;
    const r = await sanpi(["rank", input, "--year", "2023"], tmp.dir());
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("排名表已写入：ledger-3-排名-2023.xlsx");
    expect([sha(input), statSync(input).mtimeMs]).toEqual([before, mtime]);

    const out = path.join(tmp.dir(), "ledger-3-排名-2023.xlsx");
    const { workbook, values } = await loadXlsx(out);
    const inputSheets = Object.keys(await readXlsx(input));
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      ...inputSheets,
      "排名-乡镇街道-2023",
      "排名-市直单位-2023",
      "排名-服务保障-2023",
      "得分明细-2023",
      "全市目标-2023",
    ]);
    // The written numbers read back as the JSON gives them.
    const doc = JSON.parse((await sanpi(["score", input, "--year", "2023", "--json"], tmp.dir())).stdout) as ReportJson;
    const towns = values["排名-乡镇街道-2023"].values;
    const header = towns[1] as string[];
    const rows = towns.slice(2, 2 + 24);
    const want = doc.groups[0].rows as unknown as Row[];
    expect(rows.map((r) => [r[0], r[1], r[header.indexOf("总分")], r[header.indexOf("奖励(万元)")], r[header.indexOf("谋划储备")]])).toEqual(
      want.map((w) => [w.rank, w.unit, w.total, w.award || "", w.planning]), // no award: 奖励 blank (issue 20 item 5)
    );
    const service = values["排名-服务保障-2023"].values;
    expect(service.slice(2, 20).map((r) => [r[1], r[3]])).toEqual((doc.groups[2].rows as unknown as Row[]).map((w) => [w.unit, w.total]));
    // And the input sheets are still there with the same cells.
    expect(values["项目台账"]).toEqual((await readXlsx(input))["项目台账"]);
  });

  it("writes where --out says, refuses an existing file without --force, replaces its own sheets on a ranked copy, and never writes an input", async () => {
    const input = copyFixture("台账.xlsx");
    const out = path.join(tmp.dir(), "sub-排名.xlsx");
    expect((await sanpi(["rank", input, "--quarter", "2023Q2", "--out", out], tmp.dir())).code).toBe(1);
    const first = sha(out);
    const again = await sanpi(["rank", input, "--quarter", "2023Q2", "--out", out], tmp.dir());
    expect(again.code).toBe(2);
    expect(oneLine(again.stderr)).toBe(true);
    expect(again.stderr).toContain("--force");
    expect(sha(out)).toBe(first);

    const copy = path.join(tmp.dir(), "sub-排名-2.xlsx");
    expect((await sanpi(["rank", out, "--quarter", "2023Q2", "--out", copy], tmp.dir())).code).toBe(1);
    const names = (await loadXlsx(copy)).workbook.worksheets.map((w) => w.name);
    expect(names.filter((n) => n === "排名-乡镇街道-2023Q2")).toHaveLength(1);
    expect((await sanpi(["rank", input, "--quarter", "2023Q1", "--out", out, "--force"], tmp.dir())).code).toBe(1);
    expect(Object.keys(await readXlsx(out))).toContain("排名-乡镇街道-2023Q1");

    const before = sha(input);
    for (const target of ["台账.xlsx", "./sub/../台账.xlsx", input]) {
      for (const force of [[], ["--force"]]) {
        const r = await sanpi(["rank", "台账.xlsx", "--quarter", "2023Q1", "--out", target, ...force], tmp.dir());
        expect([r.code, r.stderr]).toEqual([2, expect.stringContaining("就是输入文件")]);
      }
    }
    expect(sha(input)).toBe(before);
  });
});

describe("template", () => {
  it("writes the empty workbook, which reads back through the engine with no errors", async () => {
    const r = await sanpi(["template"], tmp.dir());
    expect(r).toEqual({ code: 0, stdout: "模板已写入：三个一批台账模板.xlsx\n", stderr: "" });
    const values = await readXlsx(path.join(tmp.dir(), "三个一批台账模板.xlsx"));
    const parsed = readWorkbook(values);
    expect(parsed.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(parsed.ledger.found && parsed.inputs.found && parsed.evaluations.found).toBe(true);
    for (const u of BUILTIN.units.filter((x) => x.targets)) expect(parsed.annualTargets.get(u.name)).toEqual(u.targets);
    const check = await sanpi(["check", "三个一批台账模板.xlsx"], tmp.dir());
    expect(check.code).toBe(0);
    // An empty template has no errors, but nothing was checked either (issue 20 item 11).
    expect(check.stdout).toContain("没有项目");
    expect(check.stdout).not.toContain("检查通过");
  });

  it("is for the current year by default (考评年度 and the quarter lists), or for --year", async () => {
    const write = async (argv: string[], today: Date) => {
      const out = path.join(tmp.dir(), `${argv.join("_") || "default"}-${today.getFullYear()}.xlsx`);
      const code = await run(["template", "--out", out, ...argv], { out: () => undefined, err: () => undefined, errIsTTY: false, cwd: tmp.dir(), today: () => today });
      return { code, parsed: code === 0 ? readWorkbook(await readXlsx(out)) : null };
    };
    const now = await write([], new Date(2026, 11, 1));
    expect(now.parsed!.profile.year).toBe(2026);
    expect(now.parsed!.profile.yearFixed).toBe(true);
    expect(now.parsed!.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect((await write(["--year", "2024"], new Date(2026, 11, 1))).parsed!.profile.year).toBe(2024);
    expect((await write(["--year", "2026Q1"], new Date(2026, 11, 1))).code).toBe(2);
  });

  it("never overwrites an existing file unless --force says so", async () => {
    const file = path.join(tmp.dir(), "三个一批台账模板.xlsx");
    writeFileSync(file, "已填写的数据");
    for (const argv of [[], ["--out", "三个一批台账模板.xlsx"]]) {
      const again = await sanpi(["template", ...argv], tmp.dir());
      expect(again.code).toBe(2);
      expect(oneLine(again.stderr)).toBe(true);
      expect(again.stderr).toContain("--force");
      expect(readFileSync(file, "utf8")).toBe("已填写的数据");
    }
    expect((await sanpi(["template", "--out", "三个一批台账模板.xlsx", "--force"], tmp.dir())).code).toBe(0);
    expect(Object.keys(await readXlsx(file))).toContain("项目台账");
  });
});
