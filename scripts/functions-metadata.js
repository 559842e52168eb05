// Localized function metadata, from the one table (src/functions/table.ts).
// custom-functions-metadata-plugin writes functions.json from the JSDoc of
// src/functions/functions.ts (Chinese descriptions). This plugin then
//  - fails the build if that metadata and the table disagree (ids, parameter
//    names, optional flags, dimensionality, result, Chinese descriptions);
//  - gives functions.json the Chinese parameter names Excel shows clerks;
//  - writes functions.en-US.json (English names and help; the manifest's
//    Functions.Metadata.Url override for en-US) and help.html (both languages).
const path = require("path");

const ROOT = path.join(__dirname, "..");
const TABLE_FILE = path.join(ROOT, "src", "functions", "table.ts");

/** Load the TypeScript table with esbuild (a devDependency), without a TypeScript runtime. */
function loadTable(file = TABLE_FILE) {
  const esbuild = require("esbuild");
  const out = esbuild.buildSync({ entryPoints: [file], bundle: true, write: false, platform: "node", format: "cjs", logLevel: "silent" });
  const mod = { exports: {} };
  new Function("module", "exports", "require", out.outputFiles[0].text)(mod, mod.exports, require);
  return mod.exports.FUNCTIONS;
}

const RESULT_TYPE = { number: "number", string: "string", boolean: "boolean", row: "number" };

/** Differences between generated metadata and the table; empty when they agree. */
function verify(metadata, table) {
  const problems = [];
  const byId = new Map(metadata.functions.map((f) => [f.id, f]));
  for (const id of Object.keys(table)) if (!byId.has(id)) problems.push(`${id}: missing from functions.json (no @customfunction ${id}?)`);
  for (const f of metadata.functions) {
    const spec = table[f.id];
    if (!spec) {
      problems.push(`${f.id}: not in src/functions/table.ts`);
      continue;
    }
    if (f.name !== f.id) problems.push(`${f.id}: name ${f.name} must equal the id`);
    if (f.description !== spec.zh) problems.push(`${f.id}: JSDoc description differs from the table's zh text`);
    const rtype = f.result.type ?? "any";
    if (rtype !== RESULT_TYPE[spec.result]) problems.push(`${f.id}: result type ${rtype}, table says ${spec.result}`);
    if ((f.result.dimensionality === "matrix") !== (spec.result === "row")) problems.push(`${f.id}: result dimensionality disagrees with the table`);
    if (f.parameters.length !== spec.params.length) problems.push(`${f.id}: ${f.parameters.length} parameters, table has ${spec.params.length}`);
    spec.params.forEach((p, i) => {
      const m = f.parameters[i];
      if (!m) return;
      if (m.name !== p.name) problems.push(`${f.id}: parameter ${i + 1} is ${m.name}, table says ${p.name}`);
      if (Boolean(m.optional) !== Boolean(p.optional)) problems.push(`${f.id}.${p.name}: optional flag disagrees with the table`);
      if ((m.dimensionality === "matrix") !== (p.kind === "range")) problems.push(`${f.id}.${p.name}: dimensionality disagrees with the table`);
      if (m.description !== p.zh) problems.push(`${f.id}.${p.name}: JSDoc description differs from the table's zh text`);
    });
  }
  return problems;
}

/** The metadata Excel receives for a language: Chinese (default) or English. */
function localize(metadata, table, lang) {
  return {
    ...metadata,
    functions: metadata.functions.map((f) => {
      const spec = table[f.id];
      return {
        ...f,
        description: lang === "en" ? spec.en : spec.zh,
        parameters: f.parameters.map((p, i) => ({
          ...p,
          name: lang === "en" ? spec.params[i].name : spec.params[i].zhName,
          description: lang === "en" ? spec.params[i].en : spec.params[i].zh,
        })),
      };
    }),
  };
}

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
const signature = (id, spec, key) => `SANPI.${id}(${spec.params.map((p) => (p.optional ? `[${p[key]}]` : p[key])).join(", ")})`;

/** A static bilingual page listing the functions (the manifest's support and help URL). */
function helpPage(table) {
  const rows = Object.entries(table)
    .map(([id, spec]) => {
      const params = spec.params.map((p) => `<li><b>${esc(p.zhName)}</b> ${esc(p.zh)}<br><span lang="en"><i>${esc(p.name)}</i> ${esc(p.en)}</span></li>`).join("");
      return `<section id="${id}"><h2><code>${esc(signature(id, spec, "zhName"))}</code></h2><p>${esc(spec.zh)}</p><p lang="en"><code>${esc(signature(id, spec, "name"))}</code> ${esc(spec.en)}</p><ul>${params}</ul></section>`;
    })
    .join("\n");
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>三个一批考评函数 SANPI functions</title>
<style>body{font-family:system-ui,"Microsoft YaHei",sans-serif;max-width:52rem;margin:auto;padding:1rem;line-height:1.5}code{background:#f3f3f3;padding:0 .2em}section{border-top:1px solid #ddd}[lang=en]{color:#555}</style>
</head><body>
<h1>三个一批考评函数 <span lang="en">SANPI worksheet functions</span></h1>
<p>在任意单元格输入 <code>=SANPI.</code> 即可使用。参数有误时返回 #VALUE!，单位或组别未知时返回 #N/A，并附中文说明。</p>
<p lang="en">Type <code>=SANPI.</code> in any cell. A wrong argument gives #VALUE!, an unknown unit or group #N/A, each with a message.</p>
${rows}
</body></html>
`;
}

class FunctionsMetadataPlugin {
  constructor(options = {}) {
    this.tableFile = options.tableFile || TABLE_FILE;
    this.input = options.input || "functions.json";
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("FunctionsMetadataPlugin", (compilation) => {
      compilation.fileDependencies.add(this.tableFile);
      compilation.hooks.processAssets.tap({ name: "FunctionsMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const asset = compilation.getAsset(this.input);
        if (!asset) return; // the metadata plugin reported its own error
        const table = loadTable(this.tableFile);
        const metadata = JSON.parse(asset.source.source().toString());
        const problems = verify(metadata, table);
        if (problems.length) {
          compilation.errors.push(new WebpackError(`functions.json 与 src/functions/table.ts 不一致 / disagree:\n  ${problems.join("\n  ")}`));
          return;
        }
        const json = (o) => new sources.RawSource(`${JSON.stringify(o, null, 2)}\n`);
        compilation.updateAsset(this.input, json(localize(metadata, table, "zh")));
        compilation.emitAsset("functions.en-US.json", json(localize(metadata, table, "en")));
        compilation.emitAsset("help.html", new sources.RawSource(helpPage(table)));
      });
    });
  }
}

module.exports = { FunctionsMetadataPlugin, loadTable, verify, localize, helpPage, TABLE_FILE };
