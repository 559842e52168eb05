// Nothing in the repository points outside it (issue 20 item 7): a clone has no
// folder beside it, so the contracts live in docs/ (rules.md, workbook-format.md,
// profiles.md, cycle.md), tests read only test/fixtures, and every relative
// link in a Markdown file names a file that is tracked.
import { execFileSync } from "child_process";
import { existsSync, readFileSync } from "fs";
import path from "path";

const ROOT = path.join(__dirname, "..", "..");
const tracked = execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" })
  .split("\0")
  .filter((f) => f && existsSync(path.join(ROOT, f)));
const TEXT = /\.(md|ts|tsx|js|cjs|json|xml|html|css|sh|yml|yaml|txt)$|^\.ci\//;
const texts = tracked.filter((f) => TEXT.test(f) && !f.startsWith("test/fixtures/") && f !== "package-lock.json");
// This file names what it looks for; the parts are joined so that it does not find itself.
const SHARED = "shared";
const OUTSIDE = new RegExp([`\\.\\./${SHARED}`, `${SHARED}/spec`, `${SHARED}/fixtures`, `${SHARED}/seed`, `/work/${SHARED}`].join("|"));

describe("no tracked file points outside the repository", () => {
  test("the contracts are in docs/", () => {
    for (const f of ["rules.md", "workbook-format.md", "profiles.md", "cycle.md", "functions.md", "deploy.md"]) expect(tracked).toContain(`docs/${f}`);
    expect(readFileSync(path.join(ROOT, "docs", "rules.md"), "utf8")).toMatch(/\*\*111\*\*/);
  });

  test("no file names the shared folder beside the clone, or the steering folders", () => {
    const hits = texts.filter((f) => OUTSIDE.test(readFileSync(path.join(ROOT, f), "utf8")));
    expect(hits).toEqual([]);
  });

  test("every relative Markdown link resolves to a tracked file inside the repository", () => {
    const broken: string[] = [];
    for (const f of tracked.filter((x) => x.endsWith(".md"))) {
      const text = readFileSync(path.join(ROOT, f), "utf8");
      for (const m of text.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)) {
        const target = m[1];
        if (/^[a-z]+:/i.test(target)) continue; // https:, mailto:
        const resolved = path.normalize(path.join(path.dirname(f), decodeURI(target)));
        if (resolved.startsWith("..") || !existsSync(path.join(ROOT, resolved))) broken.push(`${f} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
