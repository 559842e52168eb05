// The built add-in in dist/, for the tests that check what Excel receives.
// Builds it (`webpack --mode production`) when missing or older than its
// sources; a lock keeps parallel jest workers from building at once.
import { execFileSync } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "../../..");
export const DIST = path.join(ROOT, "dist");
const OUTPUTS = [
  "functions.json",
  "functions.zh-CN.json",
  "functions.js",
  "taskpane.js",
  "taskpane.html",
  "manifest.xml",
  "help.html",
  "web/index.html",
  ...["index.html", "wps.js", "taskpane.html", "pane.js", "manifest.xml", "functions.json", "ribbon.xml", "jsplugins.xml", "publish.xml", "publish.html"].map((f) => `wps/${f}`),
];
const INPUTS = [
  "src",
  "assets",
  "manifest.xml",
  "webpack.config.js",
  "scripts/register-ts.js",
  "scripts/build",
];

function newest(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...fs.readdirSync(p).map((e) => newest(path.join(p, e))));
}

/** A production build after the newest source: webpack.config.js writes .build-stamp after every emit. */
function fresh(): boolean {
  const stamp = path.join(DIST, ".build-stamp");
  if (!fs.existsSync(stamp) || !OUTPUTS.every((f) => fs.existsSync(path.join(DIST, f)))) return false;
  if (!fs.readFileSync(stamp, "utf8").startsWith("production ")) return false;
  return fs.statSync(stamp).mtimeMs >= Math.max(...INPUTS.map((i) => newest(path.join(ROOT, i))));
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Run webpack in production mode; returns its combined output. Throws with that output on failure. */
export function webpack(args: string[] = [], env: NodeJS.ProcessEnv = process.env): string {
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  return execFileSync(process.execPath, [cli, "--mode", "production", ...args], { cwd: ROOT, env, encoding: "utf8", stdio: "pipe", timeout: 300_000 });
}

/** Make sure dist/ holds a build of the current sources. */
export function ensureBuilt(): void {
  if (fresh()) return;
  const lock = path.join(os.tmpdir(), `sanpi-dist-${crypto.createHash("sha1").update(ROOT).digest("hex").slice(0, 8)}.lock`);
  const deadline = Date.now() + 300_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      if (fs.existsSync(lock) && Date.now() - fs.statSync(lock).mtimeMs > 300_000) fs.rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error("timed out waiting for another build of dist/");
      sleep(250);
    }
  }
  try {
    if (!fresh()) {
      const env = { ...process.env };
      delete env.ADDIN_PUBLIC_URL; // the tests read dist/ as `npm run build` makes it for development
      webpack([], env);
    }
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/** Every file under a directory, as paths relative to it with "/" separators. */
export function listFiles(dir: string, prefix = ""): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

export const readJson = <T = unknown>(file: string): T => JSON.parse(fs.readFileSync(file, "utf8")) as T;
