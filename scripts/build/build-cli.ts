// Bundles the sanpi command line and the benchmark with esbuild (fast, no tsc pass):
// lib/sanpi.js for `npm run sanpi` in a checkout (ExcelJS from node_modules), and with
// `--single` the one-file CLI dist/sanpi.cjs (issue 20 item 10): every dependency inside,
// so plain Node 20 runs it with no npm ci — `node sanpi.cjs check 台账.xlsx`.
import * as esbuild from "esbuild";
import * as fs from "fs";
import * as path from "path";

const root = path.join(__dirname, "..", "..");

/** The single-file CLI at `outfile`, with nothing outside Node itself to load. */
export function buildSingleFile(outfile = path.join(root, "dist", "sanpi.cjs")): string {
  const { version } = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { version: string };
  esbuild.buildSync({
    entryPoints: [path.join(root, "src/cli/main.ts")],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    minify: true,
    legalComments: "eof",
    banner: { js: `#!/usr/bin/env node\n// sanpi ${version}: 三个一批考评命令行（单文件，Node 20 以上直接运行：node sanpi.cjs --help）` },
    logLevel: "warning",
  });
  return outfile;
}

/** lib/sanpi.js and the benchmarks, which load ExcelJS and the rest from node_modules. */
export function buildLib(): void {
  esbuild.buildSync({
    entryPoints: Object.fromEntries(
      [
        ["sanpi", "src/cli/main.ts"],
        // lib/bench.js runs the others, each lib/bench-<name>.js from scripts/bench/<name>.ts.
        ["bench", "scripts/bench/bench.ts"],
        ...["functions", "layout", "bundle", "recalc", "pane", "package", "page", "merge", "inspect"].map((name) => [`bench-${name}`, `scripts/bench/${name}.ts`]),
      ]
        .map(([name, file]) => [name, path.join(root, file)])
        .filter(([, file]) => fs.existsSync(file)),
    ),
    outdir: path.join(root, "lib"),
    bundle: true,
    platform: "node",
    target: "node20",
    external: ["exceljs", "playwright-core", "esbuild", "@microsoft/office-js/package.json"],
    sourcemap: true,
    logLevel: "warning",
  });
}

if (require.main === module) {
  if (process.argv.includes("--single")) console.log(`sanpi: ${path.relative(root, buildSingleFile())}`);
  else buildLib();
}
