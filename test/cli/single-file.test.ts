// The single-file CLI (issue 20 item 10): dist/sanpi.cjs carries every
// dependency, so a clerk's PC with plain Node 20 runs it with no npm ci. Built
// here by the same function `npm run build` uses, copied ALONE into an empty
// folder outside the checkout (no node_modules above it), and run there.
import { spawnSync } from "child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import os from "os";
import path from "path";
import { buildSingleFile } from "../../scripts/build/build-cli";
import { FIXTURE } from "./helpers";

let built = "";
let dir = "";
beforeAll(() => {
  built = mkdtempSync(path.join(os.tmpdir(), "sanpi-build-"));
  buildSingleFile(path.join(built, "sanpi.cjs"));
  dir = mkdtempSync(path.join(os.tmpdir(), "sanpi-single-"));
  copyFileSync(path.join(built, "sanpi.cjs"), path.join(dir, "sanpi.cjs"));
  copyFileSync(FIXTURE, path.join(dir, "台账.xlsx"));
}, 120_000);
afterAll(() => {
  for (const d of [built, dir]) if (d) rmSync(d, { recursive: true, force: true });
});

/** `node sanpi.cjs …` in the folder, with no NODE_PATH and nothing from the checkout. */
function node(args: string[]) {
  const env = { PATH: process.env.PATH ?? "", HOME: dir, LANG: "C.UTF-8" };
  const r = spawnSync(process.execPath, ["sanpi.cjs", ...args], { cwd: dir, env, encoding: "utf8", timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("node sanpi.cjs, alone in a folder", () => {
  test("the folder has nothing else to load from", () => {
    expect(existsSync(path.join(dir, "node_modules"))).toBe(false);
    expect(readFileSync(path.join(dir, "sanpi.cjs"), "utf8").split("\n")[0]).toBe("#!/usr/bin/env node");
  });

  test("check reads the ledger and reports as the checkout does; its hint names node sanpi.cjs", () => {
    const r = node(["check", "台账.xlsx", "--quarter", "2023Q1"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/共读取台账 414 行，有效项目 403 个；错误 \d+ 个/);
    const score = node(["score", "台账.xlsx", "--quarter", "2023Q1"]);
    expect(score.stdout).toContain("运行 node sanpi.cjs check 台账.xlsx --quarter 2023Q1 查看每个问题及改法");
    expect(score.stdout).not.toMatch(/npx|npm run/);
  });

  test("rank and template write workbooks (ExcelJS is inside the file)", () => {
    const rank = node(["rank", "台账.xlsx", "--year", "2023", "--out", "排名.xlsx"]);
    expect(rank.stderr).toBe("");
    expect(existsSync(path.join(dir, "排名.xlsx"))).toBe(true);
    const template = node(["template", "--out", "模板.xlsx"]);
    expect([template.code, template.stderr]).toEqual([0, ""]);
    expect(node(["check", "模板.xlsx"]).stdout).toContain("没有项目");
  });

  test("--help and a bad argument speak Chinese, as in the checkout", () => {
    expect(node(["--help"]).stdout).toContain("用法：sanpi <命令> [选项]");
    const bad = node(["chek", "台账.xlsx"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("check");
  });
});
