// Bundles the sanpi command line and the benchmark with esbuild (fast, no tsc pass).
const esbuild = require("esbuild");
const path = require("path");
const root = path.join(__dirname, "..");
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
      ["bench-page", "scripts/bench-page.ts"],
      ["bench-merge", "scripts/bench-merge.ts"],
    ]
      .map(([name, file]) => [name, path.join(root, file)])
      .filter(([, file]) => require("fs").existsSync(file)),
  ),
  outdir: path.join(root, "lib"),
  bundle: true,
  platform: "node",
  target: "node20",
  external: ["exceljs", "playwright-core", "esbuild", "@microsoft/office-js/package.json"],
  sourcemap: true,
  logLevel: "warning",
});
