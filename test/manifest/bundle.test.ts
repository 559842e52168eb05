// The shared-runtime page loads the engine once (issue 10 item 4): one script,
// each engine module in it once, read from the source maps of `npm run build`.
// Its size against the 180 KB target is reported by `npm run bench`, and
// guarded here (a size, not a time: the same build gives the same bytes).
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { measureBundle } from "../../scripts/bench/bundle";
import { PAGE_TARGETS, pageGzipBytes } from "../../scripts/bench/page";
import { DIST, ensureBuilt } from "../functions/support/dist";

beforeAll(() => ensureBuilt(), 300_000);

test("taskpane.html's scripts carry the engine in one script, no module twice", () => {
  const r = measureBundle(DIST);
  expect(r.scripts.map((s) => s.file)).toEqual(["taskpane.js"]);
  expect(r.scriptsWithEngine).toBe(1);
  expect(r.scripts[0].engineModules).toBeGreaterThan(10);
  expect(r.duplicatedEngineModules).toEqual([]);
  expect(r.officeJs).toMatch(/office\.js$/);
});

// The issue-10 target stays 180 KB (bench reports against it). Merge and inspect brought the shared runtime to
// 279 KB with the docx library; the 通报's own writer (src/notice/docx.ts, decision 101) took it back to 219 KB.
// The guard is 230 KB, so the bundle cannot grow further unseen.
const GUARD_GZIP_BYTES = 230 * 1024;
test("the page's scripts stay within 230 KB gzip (issue 10's 180 KB target missed since merge and inspect), office.js apart", () => {
  const r = measureBundle(DIST);
  expect(r.targets.gzipBytes).toBe(180 * 1024);
  expect({ gzipKB: Math.round(r.totalGzipBytes / 1024), within: r.totalGzipBytes <= GUARD_GZIP_BYTES }).toEqual({ gzipKB: Math.round(r.totalGzipBytes / 1024), within: true });
});

test("the measure sees a second copy of the engine when a page loads two bundles (as before issue 10)", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sanpi-two-bundles-"));
  try {
    for (const f of ["functions.js", "functions.js.map", "taskpane.js", "taskpane.js.map"]) fs.copyFileSync(path.join(DIST, f), path.join(dir, f));
    fs.writeFileSync(path.join(dir, "taskpane.html"), '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script><script defer src="functions.js"></script><script defer src=taskpane.js></script>');
    const r = measureBundle(dir);
    expect(r.scripts.map((s) => s.file)).toEqual(["functions.js", "taskpane.js"]);
    expect(r.scriptsWithEngine).toBe(2);
    expect(r.duplicatedEngineModules.length).toBeGreaterThan(10);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("the no-install page is one file within 300 KB gzip (issue 18) that loads nothing", () => {
  const html = fs.readFileSync(path.join(DIST, "web/index.html"), "utf8");
  expect(PAGE_TARGETS.gzipBytes).toBe(300 * 1024);
  const gzip = pageGzipBytes(path.join(DIST, "web/index.html"));
  expect({ gzipKB: Math.round(gzip / 1024), within: gzip <= PAGE_TARGETS.gzipBytes }).toEqual({ gzipKB: Math.round(gzip / 1024), within: true });
  // Every script inline, every link a data: URL; and the browser told to refuse any request all the same.
  expect(html.match(/<script\b[^>]*\bsrc\s*=/gi)).toBeNull();
  expect([...html.matchAll(/<(?:link|img)\b[^>]*\b(?:href|src)\s*=\s*"([^"]*)"/gi)].map((m) => m[1]).filter((u) => !u.startsWith("data:"))).toEqual([]);
  expect(html).toMatch(/http-equiv="?Content-Security-Policy"? content="default-src 'none';[^"]*connect-src 'none'/); // the minifier may drop the quotes
  expect(html).toContain("不会离开这台电脑");
});
