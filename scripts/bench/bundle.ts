// Part of `npm run bench` (scripts/bench/bench.ts): what the shared-runtime page
// loads (issue 10, "the engine once"). Builds the add-in for production into a
// temporary folder, reads taskpane.html's scripts and reports their size and
// gzip size (target: ≤ 180 KB gzip in all, 1 KB = 1024 bytes), in how many of
// them the engine's modules are (target: one, each module once, from the
// source maps), and how many Fluent UI packages the bundle holds of those
// @fluentui/react-components re-exports (tree shaking at work). office.js is
// Microsoft's (CDN by default) and not counted.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import { ROOT } from "./root";

export const TARGET_GZIP_BYTES = 180 * 1024;

export interface PageScript {
  file: string;
  bytes: number;
  gzipBytes: number;
  /** src/engine/ modules in its source map. */
  engineModules: number;
}

export interface BundleBench {
  scripts: PageScript[];
  totalBytes: number;
  totalGzipBytes: number;
  /** Scripts of the page that carry engine modules (target 1). */
  scriptsWithEngine: number;
  /** Engine modules that appear in more than one script, or twice in one (target none). */
  duplicatedEngineModules: string[];
  fluentPackagesBundled: number;
  fluentPackagesAvailable: number;
  officeJs: string;
  targets: { gzipBytes: number };
}

/** The scripts a built taskpane.html loads, in order (src attributes). */
export function pageScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)/g)].map((m) => m[1]);
}

/** Measure a built add-in folder (dist/ or a temporary build). */
export function measureBundle(dir: string): BundleBench {
  const html = fs.readFileSync(path.join(dir, "taskpane.html"), "utf8");
  const srcs = pageScripts(html);
  const officeJs = srcs.find((s) => /(^|\/)office\.js$/.test(s)) ?? "(none)";
  const ours = srcs.filter((s) => s !== officeJs && !/^https?:/.test(s));
  const seen = new Map<string, number>();
  const scripts = ours.map((file): PageScript => {
    const bytes = fs.readFileSync(path.join(dir, file));
    const mapFile = path.join(dir, `${file}.map`);
    const sources: string[] = fs.existsSync(mapFile) ? JSON.parse(fs.readFileSync(mapFile, "utf8")).sources : [];
    const engine = sources.filter((s) => /\/src\/engine\//.test(s) || /^webpack:\/\/[^/]*\/\.\/src\/engine\//.test(s));
    for (const s of engine) seen.set(s, (seen.get(s) ?? 0) + 1);
    return { file, bytes: bytes.length, gzipBytes: zlib.gzipSync(bytes).length, engineModules: engine.length };
  });
  const fluentDir = path.join(ROOT, "node_modules", "@fluentui");
  const reexported = Object.keys(JSON.parse(fs.readFileSync(path.join(fluentDir, "react-components", "package.json"), "utf8")).dependencies ?? {}).filter((d) => d.startsWith("@fluentui/"));
  const bundledFluent = new Set<string>();
  for (const s of scripts) {
    const map = JSON.parse(fs.readFileSync(path.join(dir, `${s.file}.map`), "utf8")) as { sources: string[] };
    for (const src of map.sources) {
      const m = /node_modules\/(@fluentui\/[^/]+)\//.exec(src);
      if (m) bundledFluent.add(m[1]);
    }
  }
  return {
    scripts,
    totalBytes: scripts.reduce((n, s) => n + s.bytes, 0),
    totalGzipBytes: scripts.reduce((n, s) => n + s.gzipBytes, 0),
    scriptsWithEngine: scripts.filter((s) => s.engineModules > 0).length,
    duplicatedEngineModules: [...seen].filter(([, n]) => n > 1).map(([s]) => s),
    fluentPackagesBundled: reexported.filter((p) => bundledFluent.has(p)).length,
    fluentPackagesAvailable: reexported.length,
    officeJs,
    targets: { gzipBytes: TARGET_GZIP_BYTES },
  };
}

/** A fresh production build (office.js from the CDN, the default) measured. */
export function benchBundle(): BundleBench {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "sanpi-bench-dist-"));
  try {
    const env = { ...process.env };
    delete env.ADDIN_PUBLIC_URL;
    delete env.ADDIN_OFFICE_JS;
    const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
    execFileSync(process.execPath, [cli, "--mode", "production", "--output-path", out], { cwd: ROOT, env, stdio: "ignore", timeout: 600_000 });
    return measureBundle(out);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

const kb = (n: number): string => (n / 1024).toFixed(1);

export function printBundleBench(r: BundleBench): void {
  const ok = (yes: boolean) => (yes ? "达标" : "未达标");
  console.log("\n共享运行时页面 taskpane.html 加载的脚本（生产构建；office.js 为微软的，不计）/ scripts the shared-runtime page loads:");
  for (const s of r.scripts) console.log(`  ${s.file}：${kb(s.bytes)} KB，gzip ${kb(s.gzipBytes)} KB；引擎模块 ${s.engineModules} 个`);
  console.log(
    `  合计 gzip ${kb(r.totalGzipBytes)} KB（目标 ≤ ${kb(r.targets.gzipBytes)} KB，${ok(r.totalGzipBytes <= r.targets.gzipBytes)}）；` +
      `引擎在 ${r.scriptsWithEngine} 个脚本中，重复的引擎模块 ${r.duplicatedEngineModules.length} 个（目标 1 个脚本、0 个重复，${ok(r.scriptsWithEngine === 1 && r.duplicatedEngineModules.length === 0)}）`,
  );
  console.log(`  Fluent UI：@fluentui/react-components 的 ${r.fluentPackagesAvailable} 个包中打包了 ${r.fluentPackagesBundled} 个（其余被 tree shaking 去掉）；office.js：${r.officeJs}`);
}

if (require.main === module) printBundleBench(benchBundle());
