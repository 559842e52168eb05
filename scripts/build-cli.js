// Bundles the sanpi command line and the benchmark with esbuild (fast, no tsc pass):
// lib/sanpi.js for `npm run sanpi` in a checkout (ExcelJS from node_modules), and with
// `--single` the one-file CLI dist/sanpi.cjs (issue 20 item 10): every dependency inside,
// so plain Node 20 runs it with no npm ci — `node sanpi.cjs check 台账.xlsx`.
const esbuild = require("esbuild");
const fs = require("fs");
const path = require("path");
const root = path.join(__dirname, "..");

/** The single-file CLI at `outfile`, with nothing outside Node itself to load. */
function buildSingleFile(outfile = path.join(root, "dist", "sanpi.cjs")) {
  const { version } = require(path.join(root, "package.json"));
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
function buildLib() {
  esbuild.buildSync({
    entryPoints: Object.fromEntries(
      [
        ["sanpi", "src/cli/main.ts"],
        ["bench", "scripts/bench.ts"],
        ["bench-functions", "scripts/bench-functions.ts"], // teammates' benchmark, run by bench.ts when present
        ["bench-layout", "scripts/bench-layout.ts"],
        ["bench-bundle", "scripts/bench-bundle.ts"],
        ["bench-recalc", "scripts/bench-recalc.ts"],
        ["bench-pane", "scripts/bench-pane.ts"],
      ["bench-package", "scripts/bench-package.ts"],
        ["bench-page", "scripts/bench-page.ts"],
        ["bench-merge", "scripts/bench-merge.ts"],
        ["bench-inspect", "scripts/bench-inspect.ts"],
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

module.exports = { buildLib, buildSingleFile };

if (require.main === module) {
  if (process.argv.includes("--single")) console.log(`sanpi: ${path.relative(root, buildSingleFile())}`);
  else buildLib();
}
