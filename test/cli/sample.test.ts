// The hints the CLI prints are commands that work as shown (issue 11 item 10):
// `npm run sample` ends by naming a check command; pasted in the same folder, it
// runs and reports the same counts the sample just showed.
import { spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, rmSync } from "fs";
import path from "path";
import { parseArgs } from "../../src/cli/args";
import { checkCommand, invocation, shellWord } from "../../src/cli/invocation";
import { FIXTURE, ROOT, sanpi } from "./helpers";

describe("the check command a hint prints", () => {
  it("is npm run sanpi -- in a checkout, node sanpi.cjs for the single file, never npx", () => {
    expect(invocation(path.join(ROOT, "lib", "sanpi.js"), ROOT)).toBe("npm run sanpi --");
    expect(invocation(path.join("/srv", "app", "node_modules", "sanpi-excel-addin", "lib", "sanpi.js"), "/srv")).toBe("npm run sanpi --");
    expect(invocation(path.join("/home", "clerk", "sanpi.cjs"), "/home/clerk")).toBe("node sanpi.cjs");
    expect(invocation(path.join("/home", "clerk", "工具", "sanpi.cjs"), "/home/clerk")).toBe("node 工具/sanpi.cjs");
    expect(invocation(path.join("/opt", "我的 工具", "sanpi.cjs"), "/home/clerk")).toBe('node "/opt/我的 工具/sanpi.cjs"');
  });

  it.each([
    ["台账.xlsx", "台账.xlsx"],
    ["../a/b-1.xlsx", "../a/b-1.xlsx"],
    ["我的 台账.xlsx", '"我的 台账.xlsx"'],
    ['a"$b.xlsx', '"a\\"\\$b.xlsx"'],
  ])("quotes %s as %s", (word, quoted) => {
    expect(shellWord(word)).toBe(quoted);
  });

  it("asks for the period and language the user just used, so its counts match", () => {
    const cmd = (argv: string[]) => checkCommand(parseArgs(argv), "npm run sanpi --");
    expect(cmd(["rank", "台账.xlsx", "--year", "2023"])).toBe("npm run sanpi -- check 台账.xlsx --year 2023");
    expect(cmd(["score", "台账.xlsx", "--quarter=2023Q2", "--lang", "en"])).toBe("npm run sanpi -- check 台账.xlsx --quarter 2023Q2 --lang en");
  });

  it("is what score prints under the summary when rows have errors", async () => {
    const r = await sanpi(["score", FIXTURE, "--quarter", "2023Q1"], ROOT);
    expect(r.stdout).toContain(`运行 sanpi check ${FIXTURE} --quarter 2023Q1 查看每个问题及改法`);
  });
});

describe("npm run sample from a folder of the checkout", () => {
  let dir = "";
  beforeAll(() => {
    mkdirSync(path.join(ROOT, "test-output"), { recursive: true });
    dir = mkdtempSync(path.join(ROOT, "test-output", "sample-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // The user's shell: no variables of the npm run that may be running these tests.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(npm_|INIT_CWD$)/i.test(k)));
  const summaryOf = (out: string) => out.split("\n").find((l) => l.startsWith("共读取台账"));

  it("prints a check command that runs as shown and reports the sample's counts", () => {
    const sample = spawnSync("npm", ["run", "--silent", "sample", "--", "--out", path.join(dir, "排名.xlsx")], { cwd: dir, env, encoding: "utf8" });
    expect(sample.status).toBe(0);
    const command = /运行 (.+) 查看每个问题及改法/.exec(sample.stdout)?.[1];
    expect(command).toMatch(/^npm run sanpi -- check \S+ledger-3\.xlsx --year 2023$/);
    const check = spawnSync("sh", ["-c", command!.replace("npm run", "npm run --silent")], { cwd: dir, env, encoding: "utf8" });
    expect([check.status, check.stderr]).toEqual([1, ""]);
    expect(summaryOf(check.stdout)).toBe(summaryOf(sample.stdout));
    expect(summaryOf(check.stdout)).toMatch(/错误 12 个，警告 257 个/);
  }, 90_000);
});
