// npm run validate: offline checks of manifest.xml — Microsoft's add-in manifest
// XSDs (manifest-schemas/), the rules of manifest-checks.ts (the same ones
// test/manifest runs), and the Office.js members src/ uses against the
// requirement sets it declares (office-api-sets.ts) — and of
// dist/manifest.xml against the files the build emitted when dist/ exists.
// Microsoft's `office-addin-manifest validate` needs its web service; run it
// where that is reachable for the store's own checks.
import * as fs from "fs";
import * as path from "path";
import { checkManifest, declaredSets, type ManifestCheckOptions } from "./manifest-checks";
import { validateManifestSchema } from "./manifest-schema";
import { checkApiSets, formatProblems, sourceFiles, SRC } from "./office-api-sets";

const ROOT = path.join(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");

const listFiles = (dir: string, prefix = ""): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
const reader = (dir: string) => (rel: string) => (fs.existsSync(path.join(dir, rel)) ? fs.readFileSync(path.join(dir, rel)) : null);

function report(label: string, problems: string[], passed: string): boolean {
  if (problems.length === 0) {
    console.log(`✓ ${label}：${passed}`);
    return true;
  }
  console.error(`✗ ${label}：${problems.length} 个问题 / ${problems.length} problem(s)`);
  for (const p of problems) console.error(`  - ${p}`);
  return false;
}

async function validate(label: string, file: string, options: ManifestCheckOptions): Promise<boolean> {
  const xml = fs.readFileSync(file, "utf8");
  const { problems, urls } = checkManifest(xml, options);
  const schema = await validateManifestSchema(xml);
  const a = report(`${label}（XSD）`, schema, "符合清单架构 / valid against the manifest XSDs");
  const b = report(label, problems, `通过，${urls.length} 个网址均在 ${urls[0] ? new URL(urls[0]).origin : "?"} / passed, ${urls.length} URLs on one host`);
  return a && b;
}

async function main() {
  let ok = await validate("manifest.xml", path.join(ROOT, "manifest.xml"), { readFile: reader(ROOT) });
  const declared = declaredSets(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"));
  const { problems, uses } = checkApiSets({ files: sourceFiles(SRC), declared });
  const sets = declared.map((s) => `${s.name} ${s.version}`).join("、");
  ok =
    report(
      "Office.js 要求集 / requirement sets",
      formatProblems(problems),
      `src/ 用到的 ${uses.length} 处 Office.js 成员都在 ${sets} 内或有 isSetSupported 检测 / every Office.js member src/ uses is declared or feature-tested`,
    ) && ok;
  if (fs.existsSync(path.join(DIST, "manifest.xml"))) {
    ok = (await validate("dist/manifest.xml", path.join(DIST, "manifest.xml"), { emitted: listFiles(DIST), readFile: reader(DIST) })) && ok;
  } else {
    console.log("dist/ 尚未构建，跳过构建产物检查（npm run build）/ dist/ not built; skipped the build checks (npm run build)");
  }
  process.exit(ok ? 0 : 1);
}

main().catch((e: Error) => {
  console.error(`validate 失败 / failed: ${e?.message ?? e}`);
  process.exit(2);
});
