// `sanpi merge` as a command (cycle.md §1): inputs (files, folders in
// code-point order, lock files and subfolders skipped), bad files listed and
// the rest merged, --out rules (never an input or the master, never an
// existing file without --force), exit codes 0/1/2, help.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import path from "path";
import { codePointCompare } from "../../src/cli/merge-command";
import { readXlsxValues } from "../../src/cli/xlsx-read";
import { writeBookXlsx, type GenCell } from "../support/ledger-generator";
import { ROOT, sanpi, scratch } from "./helpers";

const tmp = scratch();
const HEAD = ["项目名称", "责任单位", "总投资(万元)", "产业类别"];
const book = (rows: GenCell[][], sheet = "项目台账") => ({ [sheet]: [["标题"], HEAD, ...rows] });
let dir: string;

beforeAll(async () => {
  dir = path.join(tmp.dir(), "报送");
  mkdirSync(path.join(dir, "子文件夹"), { recursive: true });
  await writeBookXlsx(book([["项目1", "临汝镇", 20000, "制造业"]]), path.join(dir, "b-临汝镇.xlsx"));
  await writeBookXlsx(book([["项目2", "水利局", "2亿", "基础设施"]], "Sheet1"), path.join(dir, "a-水利局.xlsx"));
  await writeBookXlsx(book([["项目3", "陵头镇", 1, "制造业"]]), path.join(dir, "子文件夹", "c.xlsx"));
  copyFileSync(path.join(dir, "b-临汝镇.xlsx"), path.join(dir, "~$b-临汝镇.xlsx"));
  writeFileSync(path.join(dir, "说明.txt"), "not a return");
});

const json = (stdout: string) => JSON.parse(stdout) as { files: { file: string; rows: number; error: string | null }[]; rows: number };

describe("inputs", () => {
  test("a folder: its .xlsx files in code-point order; lock files, other files and subfolders left out", async () => {
    const r = await sanpi(["merge", dir, "--json"], tmp.dir());
    expect(r.code).toBe(0);
    expect(json(r.stdout).files.map((f) => f.file)).toEqual(["a-水利局.xlsx", "b-临汝镇.xlsx"]);
  });

  test("files as given, in that order, and a folder among them", async () => {
    const r = await sanpi(["merge", path.join(dir, "b-临汝镇.xlsx"), path.join(dir, "子文件夹"), "--json"], tmp.dir());
    expect(json(r.stdout).files.map((f) => f.file)).toEqual(["b-临汝镇.xlsx", "c.xlsx"]);
  });

  test("code-point order, not UTF-16 order", () => {
    const names = ["\u{20000}.xlsx", "\uff5e.xlsx", "a.xlsx", "B.xlsx"];
    expect([...names].sort(codePointCompare)).toEqual(["B.xlsx", "a.xlsx", "\uff5e.xlsx", "\u{20000}.xlsx"]);
  });

  test.each([
    [".xls", "old.xls", /\.xls|旧/],
    ["encrypted", "encrypted.xlsx", /密码|加密/],
  ])("a %s file is listed with its reason; the rest are merged; exit 1", async (_what, name, reason) => {
    const r = await sanpi(["merge", path.join(ROOT, "test", "cli", "files", name), dir, "--json"], tmp.dir());
    const doc = json(r.stdout);
    expect(r.code).toBe(1);
    expect(doc.files[0].file).toBe(name);
    expect(doc.files[0].error).toMatch(reason);
    expect(doc.rows).toBe(2);
  });

  test("an empty file and a text file named .xlsx are listed", async () => {
    const empty = path.join(tmp.dir(), "空.xlsx");
    const text = path.join(tmp.dir(), "文本.xlsx");
    writeFileSync(empty, "");
    writeFileSync(text, "hello");
    const r = await sanpi(["merge", empty, text, dir, "--json"], tmp.dir());
    const doc = json(r.stdout);
    expect(r.code).toBe(1);
    expect(doc.files.slice(0, 2).map((f) => f.error !== null)).toEqual([true, true]);
    expect(doc.rows).toBe(2);
  });

  test("a path that does not exist is an unusable argument (exit 2)", async () => {
    const r = await sanpi(["merge", path.join(tmp.dir(), "nope"), "--json"], tmp.dir());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nope/);
  });

  test("a folder with no .xlsx is an unusable argument", async () => {
    const empty = path.join(tmp.dir(), "空文件夹");
    mkdirSync(empty);
    const r = await sanpi(["merge", empty, "--json"], tmp.dir());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/没有 \.xlsx/);
  });
});

describe("--out", () => {
  test("writes 项目台账 and 汇总说明; the text report names the file", async () => {
    const out = path.join(tmp.dir(), "汇总台账.xlsx");
    const r = await sanpi(["merge", dir, "--out", out], tmp.dir());
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/汇总台账已写入/);
    const { sheetNames, values } = await readXlsxValues(out);
    expect(sheetNames).toEqual(["项目台账", "汇总说明"]);
    expect(values["项目台账"].values[1].slice(-2)).toEqual(["a-水利局.xlsx", 3]);
    expect(values["项目台账"].values[1][2]).toBe(20000);
  });

  test("an existing --out is not replaced without --force (exit 2); with --force it is", async () => {
    const out = path.join(tmp.dir(), "已有.xlsx");
    writeFileSync(out, "keep me");
    const r = await sanpi(["merge", dir, "--out", out], tmp.dir());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--force/);
    expect(readFileSync(out, "utf8")).toBe("keep me");
    const f = await sanpi(["merge", dir, "--out", out, "--force"], tmp.dir());
    expect(f.code).toBe(0);
    expect((await readXlsxValues(out)).sheetNames).toContain("汇总说明");
  });

  test.each([
    ["an input", (d: string) => path.join(d, "b-临汝镇.xlsx"), []],
    ["the master", (d: string) => path.join(d, "a-水利局.xlsx"), ["--into"]],
  ])("--out naming %s: exit 2, nothing written, even with --force", async (_what, target, extra) => {
    const out = target(dir);
    const before = readFileSync(out);
    const args = ["merge", path.join(dir, "b-临汝镇.xlsx"), "--out", out, "--force"];
    if (extra.length) args.push("--into", path.join(dir, "a-水利局.xlsx"));
    const r = await sanpi(args, tmp.dir());
    expect(r.code).toBe(2);
    expect(readFileSync(out).equals(before)).toBe(true);
  });

  test("no --out and no --json: exit 2 with what to type", async () => {
    const r = await sanpi(["merge", dir], tmp.dir());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--out/);
  });

  test("--out must be .xlsx", async () => {
    const r = await sanpi(["merge", dir, "--out", "汇总.xls"], tmp.dir());
    expect(r.code).toBe(2);
    expect(existsSync(path.join(tmp.dir(), "汇总.xls"))).toBe(false);
  });

  test("an unreadable master is an unusable argument", async () => {
    const r = await sanpi(["merge", dir, "--into", path.join(dir, "说明.txt"), "--out", path.join(tmp.dir(), "x.xlsx")], tmp.dir());
    expect(r.code).toBe(2);
  });
});

describe("arguments and help", () => {
  test("help lists merge in both languages", async () => {
    expect((await sanpi(["--help"], tmp.dir())).stdout).toMatch(/merge <文件\|文件夹>/);
    expect((await sanpi(["--help", "--lang", "en"], tmp.dir())).stdout).toMatch(/merge <file\|folder>/);
  });

  test("options of other commands are refused", async () => {
    const r = await sanpi(["merge", dir, "--quarter", "2023Q1", "--json"], tmp.dir());
    expect(r.code).toBe(2);
  });

  test("--into is merge's only", async () => {
    const r = await sanpi(["score", "x.xlsx", "--into", "m.xlsx"], tmp.dir());
    expect(r.code).toBe(2);
  });

  test("--lang en: the document's messages in English", async () => {
    const r = await sanpi(["merge", path.join(ROOT, "test", "cli", "files", "old.xls"), dir, "--json", "--lang", "en"], tmp.dir());
    expect(json(r.stdout).files[0].error).toMatch(/xls/i);
  });
});
