// npm start / npm stop / npm run validate: what they do on each platform.
import { spawnSync } from "child_process";
import * as path from "path";
import { plan } from "../../scripts/dev/sideload";
import { ensureBuilt, ROOT } from "../functions/support/dist";

/** A script of scripts/ run as package.json runs it: Node with the TypeScript hook. */
const node = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, ["-r", path.join(ROOT, "scripts", "register-ts.js"), path.join(ROOT, "scripts", script), ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });

describe("npm start / npm stop", () => {
  test.each(["start", "stop"] as const)("%s on Linux: one line, Chinese then English, exit 0", (command) => {
    const p = plan(command, "linux", "/any/cli.js");
    expect(p.code).toBe(0);
    expect(p.message).not.toMatch(/\n/);
    expect(p.message).toMatch(/^[^|]*[\u4e00-\u9fff][^|]*\|[^\u4e00-\u9fff]*Excel on the web/);
    if (command === "start") expect(p.message).toMatch(/npm run dev-server.*manifest\.xml/);
  });

  test.each(["win32", "darwin"])("on %s: office-addin-debugging sideloads manifest.xml into Excel desktop", (platform) => {
    expect(plan("start", platform, "/x/cli.js").run).toEqual([process.execPath, "/x/cli.js", "start", "manifest.xml", "desktop", "--app", "excel"]);
    expect(plan("stop", platform, "/x/cli.js").run).toEqual([process.execPath, "/x/cli.js", "stop", "manifest.xml", "desktop"]);
  });

  test("on Windows without office-addin-debugging: a clear failure, not a silent one", () => {
    const p = plan("start", "win32", null);
    expect(p.code).toBe(1);
    expect(p.message).toContain("npm install office-addin-debugging");
  });

  test("running them here prints what the plan says and exits with its code", () => {
    for (const command of ["start", "stop"] as const) {
      const p = plan(command);
      if (!p.message) continue; // Windows or macOS would start Excel
      const r = node("dev/sideload.ts", command);
      expect(r.status).toBe(p.code);
      expect((r.stdout + r.stderr).trim()).toBe(p.message);
    }
  });
});

test("npm run validate passes on the manifest and the build", () => {
  ensureBuilt();
  const r = node("build/validate-manifest.ts");
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/dist\/manifest\.xml：通过/);
}, 300_000);
