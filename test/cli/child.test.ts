// `sanpi` as users run it: a child process through bin/sanpi.js (and npm run),
// with real exit codes, real pipes, and no stack traces.
import { spawnSync } from "child_process";
import { writeFileSync } from "fs";
import path from "path";
import { FIXTURE, ROOT, scratch } from "./helpers";

const tmp = scratch();
const BIN = path.join(ROOT, "bin", "sanpi.js");

function node(args: string[], cwd = tmp.dir()) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", env: { ...process.env, SANPI_DEBUG: "" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("sanpi as a child process", () => {
  beforeAll(() => {
    node(["--help"]); // builds lib/sanpi.js once if the sources are newer
  }, 60_000);

  it("score --json: exit 1 for a workbook with errors, stdout exactly one JSON document, stderr empty off a terminal", () => {
    const r = node(["score", FIXTURE, "--quarter", "2023Q2", "--json"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    const doc = JSON.parse(r.stdout);
    expect(doc.period).toBe("2023Q2");
    expect(doc.groups.map((g: { id: string }) => g.id)).toEqual(["towns", "departments", "service"]);
  });

  it("an unreadable file: exit 2, one Chinese line, no stack trace", () => {
    writeFileSync(path.join(tmp.dir(), "坏.xlsx"), "PK\x03\x04 broken");
    for (const file of ["坏.xlsx", "没有.xlsx"]) {
      const r = node(["check", file]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(new RegExp(`^无法读取文件“${file}”：[^\\n]+\\n$`));
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it("template then check: exit 0", () => {
    expect(node(["template", "--out", "模板.xlsx"]).code).toBe(0);
    const r = node(["check", "模板.xlsx"]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
  });

  it("a closed pipe (| head) ends quietly", () => {
    const r = spawnSync("sh", ["-c", `"${process.execPath}" "${BIN}" score "${FIXTURE}" --year 2023 --json | head -c 10`], { encoding: "utf8" });
    expect(r.stdout).toBe("{\n  \"profi");
    expect(r.stderr).toBe("");
  });

  it("npm run sanpi -- score --json prints nothing but the JSON", () => {
    const r = spawnSync("npm", ["run", "sanpi", "--", "score", FIXTURE, "--quarter", "2023Q1", "--json"], { cwd: ROOT, encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).period).toBe("2023Q1");
  }, 30_000);
});
