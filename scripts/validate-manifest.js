#!/usr/bin/env node
// npm run validate: offline checks of manifest.xml (scripts/manifest-checks.js,
// the same ones test/manifest runs), and of dist/manifest.xml against the
// files the build emitted when dist/ exists. Microsoft's
// `office-addin-manifest validate` needs its web service; run it where that
// is reachable for the store's schema checks.
const fs = require("fs");
const path = require("path");
const { checkManifest } = require("./manifest-checks");

const ROOT = path.join(__dirname, "..");
const DIST = path.join(ROOT, "dist");

const listFiles = (dir, prefix = "") =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
const reader = (dir) => (rel) => (fs.existsSync(path.join(dir, rel)) ? fs.readFileSync(path.join(dir, rel)) : null);

function validate(label, file, options) {
  const { problems, urls } = checkManifest(fs.readFileSync(file, "utf8"), options);
  if (problems.length === 0) {
    console.log(`✓ ${label}：通过，${urls.length} 个网址均在 ${new URL(urls[0]).origin} / passed, ${urls.length} URLs on one host`);
    return true;
  }
  console.error(`✗ ${label}：${problems.length} 个问题 / ${problems.length} problem(s)`);
  for (const p of problems) console.error(`  - ${p}`);
  return false;
}

let ok = validate("manifest.xml", path.join(ROOT, "manifest.xml"), { readFile: reader(ROOT) });
if (fs.existsSync(path.join(DIST, "manifest.xml"))) {
  ok = validate("dist/manifest.xml", path.join(DIST, "manifest.xml"), { emitted: listFiles(DIST), readFile: reader(DIST) }) && ok;
} else {
  console.log("dist/ 尚未构建，跳过构建产物检查（npm run build）/ dist/ not built; skipped the build checks (npm run build)");
}
process.exit(ok ? 0 : 1);
