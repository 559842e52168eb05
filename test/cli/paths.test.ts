// Paths are the user's (workbook-format §4, issue 11 item 3): `cd 某目录 && npm run
// sanpi -- check 台账.xlsx` reads 某目录/台账.xlsx, and printed output paths are
// relative to 某目录, not to the package root npm runs the script in.
import { spawnSync } from "child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "fs";
import path from "path";
import { userCwd } from "../../src/cli/cwd";
import { FIXTURE, ROOT } from "./helpers";

describe("userCwd", () => {
  it.each([
    [{ npm_lifecycle_event: "sanpi", INIT_CWD: "/home/clerk/台账" }, "/home/clerk/台账"],
    [{ INIT_CWD: "/home/clerk/台账" }, "/pkg"], // started some other way: the process's own directory
    [{ npm_lifecycle_event: "sample", INIT_CWD: "/home/clerk" }, "/pkg"], // sample.sh passes package-root paths
    [{ npm_lifecycle_event: "sanpi", INIT_CWD: "relative" }, "/pkg"],
    [{ npm_lifecycle_event: "sanpi" }, "/pkg"],
  ])("%j → %s", (env, expected) => {
    expect(userCwd(env, "/pkg")).toBe(expected);
  });
});

describe("npm run sanpi from a folder of the checkout", () => {
  let base = "";
  let dir = "";
  beforeAll(() => {
    mkdirSync(path.join(ROOT, "test-output"), { recursive: true });
    base = mkdtempSync(path.join(ROOT, "test-output", "cwd-"));
    dir = path.join(base, "某目录");
    mkdirSync(dir);
    copyFileSync(FIXTURE, path.join(dir, "台账.xlsx"));
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));
  const npm = (args: string[]) => spawnSync("npm", ["run", "--silent", "sanpi", "--", ...args], { cwd: dir, encoding: "utf8" });

  it("reads the workbook named relative to where the command was typed", () => {
    const r = npm(["check", "台账.xlsx"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1); // the sample has bad rows on purpose
    expect(r.stdout).toMatch(/共读取台账 414 行/);
  }, 60_000);

  it("writes --out there and prints the path as the user would type it", () => {
    const r = npm(["rank", "台账.xlsx", "--year", "2023", "--out", "排名.xlsx"]);
    expect(r.stdout).toMatch(/排名表已写入：排名\.xlsx\n$/);
    expect(existsSync(path.join(dir, "排名.xlsx"))).toBe(true);
    const d = npm(["rank", "台账.xlsx", "--quarter", "2023Q1"]);
    expect(d.stdout).toMatch(/排名表已写入：台账-排名-2023Q1\.xlsx\n$/);
    expect(existsSync(path.join(dir, "台账-排名-2023Q1.xlsx"))).toBe(true);
  }, 60_000);
});
