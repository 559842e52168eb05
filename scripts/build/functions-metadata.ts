// Localized function metadata, from the one table (src/functions/table.ts).
// custom-functions-metadata-plugin writes functions.json from the JSDoc of
// src/functions/functions.ts (Chinese descriptions). This plugin then
//  - fails the build if that metadata and the table disagree (ids, parameter
//    names, optional flags, dimensionality, result, Chinese descriptions), or
//    breaks Microsoft's rules for the metadata (checkMetadataRules);
//  - makes functions.json English: the manifest's DefaultLocale is en-US and
//    its Functions.Metadata.Url default is this file;
//  - writes functions.zh-CN.json (Chinese names and help; the manifest's
//    zh-CN override) and help.html (both languages).
// Microsoft: "Use functions.json for English and include the locale in the
// filename for other languages" (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming).
import * as path from "path";
import type { Compiler } from "webpack";
import type { FunctionSpec, ResultKind } from "../../src/functions/table";
import { loadModule } from "./load-ts";

const ROOT = path.join(__dirname, "..", "..");
export const TABLE_FILE = path.join(ROOT, "src", "functions", "table.ts");

/** A parameter of functions.json, as custom-functions-metadata-plugin writes it. */
export interface MetadataParameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: "scalar" | "matrix";
  optional?: boolean;
  repeating?: boolean;
}
/** A function of functions.json. */
export interface MetadataFunction {
  id: string;
  name: string;
  description: string;
  parameters: MetadataParameter[];
  result: { type?: string; dimensionality?: "scalar" | "matrix" };
  options?: { requiresParameterAddresses?: boolean; requiresAddress?: boolean; stream?: boolean; cancelable?: boolean; volatile?: boolean };
}
/** functions.json. */
export interface Metadata {
  functions: MetadataFunction[];
  [key: string]: unknown;
}
/** The function table, by id. */
export type Table = Record<string, FunctionSpec>;

/** The function table of src/functions/table.ts, read afresh (the dev server rebuilds when it changes). */
export function loadTable(file = TABLE_FILE): Table {
  return loadModule<typeof import("../../src/functions/table")>(file).FUNCTIONS;
}

/** The metadata file of each language: English is the default (DefaultLocale en-US), Chinese the zh-CN override. */
export const METADATA_FILES = { en: "functions.json", zh: "functions.zh-CN.json" } as const;

const RESULT_TYPE: Record<ResultKind, string> = { number: "number", string: "string", boolean: "boolean", cell: "number", row: "number", table: "any" };
/** Result kinds Excel receives as a matrix that spills. */
const MATRIX_RESULTS: readonly ResultKind[] = ["cell", "row", "table"];

/** Differences between generated metadata and the table; empty when they agree. */
export function verify(metadata: Metadata, table: Table): string[] {
  const problems: string[] = [];
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
    if ((f.result.dimensionality === "matrix") !== MATRIX_RESULTS.includes(spec.result)) problems.push(`${f.id}: result dimensionality disagrees with the table`);
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

// Microsoft's rules for the metadata Excel reads: learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json
// ("Metadata reference") and .../custom-functions-naming ("Naming constraints quick reference").
const ID = /^[A-Za-z][A-Za-z0-9_.]{2,}$/; // A–Z 0–9 _ . , starts with a letter, at least 3
const NAME = /^\p{L}[\p{L}_.]{2,}$/u; // Unicode letters _ . , starts with a letter, at least 3
const DIMENSIONALITY: readonly unknown[] = ["scalar", "matrix"];
const TYPES: readonly unknown[] = ["boolean", "number", "string", "any"];
/** Excel 4.0 macro functions Microsoft names as names to avoid (and a few more of that list). */
const XLM = ["RUN", "ECHO", "HALT", "RETURN", "GOTO", "CALL", "REGISTER", "EXEC", "EVALUATE", "FORMULA", "ALERT", "INPUT", "SELECT", "RESULT", "ARGUMENT"];

/** A1 (up to XFD1048576) or R1C1 cell reference: a function named so would be read as a cell. */
function isCellReference(name: string): boolean {
  const a1 = /^([A-Z]{1,3})([0-9]+)$/i.exec(name);
  if (a1) {
    const col = [...a1[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return col <= 16384 && Number(a1[2]) >= 1 && Number(a1[2]) <= 1048576;
  }
  return /^R[0-9]+C[0-9]+$/i.test(name);
}

/** Problems with metadata Excel would reject or misread; empty when it follows the rules. */
export function checkMetadataRules(metadata: unknown): string[] {
  const problems: string[] = [];
  // Anything may come in (the rules are checked on what a build wrote): every field is tested before use.
  const given = (metadata as { functions?: unknown } | null)?.functions;
  const fns = Array.isArray(given) ? (given as Partial<MetadataFunction>[]) : null;
  if (!fns || fns.length === 0) return ["functions: must be a non-empty array"];
  const ids = new Set<string>();
  const names = new Set<string>();
  for (const f of fns) {
    const at = f?.id ?? "?";
    if (typeof f.id !== "string" || !ID.test(f.id)) problems.push(`${at}: id must start with a letter, be 3+ characters of A–Z 0–9 _ .`);
    else if (f.id !== f.id.toUpperCase()) problems.push(`${at}: id should be uppercase, as Excel shows function names`);
    if (ids.has(String(f.id).toUpperCase())) problems.push(`${at}: duplicate id`);
    ids.add(String(f.id).toUpperCase());
    if (typeof f.name !== "string" || !NAME.test(f.name)) problems.push(`${at}: name must start with a letter, be 3+ letters, _ or .`);
    else {
      if (isCellReference(f.name) || isCellReference(String(f.id))) problems.push(`${at}: name or id reads as a cell reference`);
      if (XLM.includes(f.name.toUpperCase()) || XLM.includes(String(f.id).toUpperCase())) problems.push(`${at}: name or id is an Excel 4.0 macro function`);
      if (names.has(f.name.toUpperCase())) problems.push(`${at}: duplicate name ${f.name}`);
      names.add(f.name.toUpperCase());
    }
    if (!f.result || typeof f.result !== "object") problems.push(`${at}: result is required`);
    else {
      if (f.result.dimensionality !== undefined && !DIMENSIONALITY.includes(f.result.dimensionality)) problems.push(`${at}: result dimensionality must be scalar or matrix`);
      if (f.result.type !== undefined && !TYPES.includes(f.result.type)) problems.push(`${at}: result type must be boolean, number, string or any`);
    }
    if (!Array.isArray(f.parameters)) {
      problems.push(`${at}: parameters is required (an array)`);
      continue;
    }
    const seen = new Set<unknown>();
    let optionalFrom = -1;
    f.parameters.forEach((p: Partial<MetadataParameter> | undefined, i: number, all: unknown[]) => {
      const pat = `${at}.${p?.name ?? i + 1}`;
      if (typeof p?.name !== "string" || !p.name || /[\s,()[\]]/.test(p.name)) problems.push(`${pat}: parameter name must be non-empty, without spaces, commas or brackets`);
      if (!p) return;
      if (seen.has(p.name)) problems.push(`${pat}: duplicate parameter name`);
      seen.add(p.name);
      if (p.dimensionality !== undefined && !DIMENSIONALITY.includes(p.dimensionality)) problems.push(`${pat}: dimensionality must be scalar or matrix`);
      if (p.type !== undefined && !TYPES.includes(p.type)) problems.push(`${pat}: type must be boolean, number, string or any`);
      const optional = Boolean(p.optional || p.repeating);
      if (optional && optionalFrom < 0) optionalFrom = i;
      if (!optional && optionalFrom >= 0) problems.push(`${pat}: a required parameter after an optional one (optional parameters must be last)`);
      if (p.repeating && i !== all.length - 1) problems.push(`${pat}: a repeating parameter must be the last`);
    });
    const o = f.options ?? {};
    if (o.stream && o.cancelable) problems.push(`${at}: options stream and cancelable cannot both be set`);
    if (o.stream && o.requiresAddress) problems.push(`${at}: options stream and requiresAddress cannot both be set`);
    if (o.requiresParameterAddresses && f.result?.dimensionality !== "matrix") problems.push(`${at}: requiresParameterAddresses needs a matrix result`);
  }
  return problems;
}

/** The metadata Excel receives for a language: English (the default file) or Chinese (the zh-CN override). */
export function localize(metadata: Metadata, table: Table, lang: "zh" | "en"): Metadata {
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

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const esc = (s: string) => String(s).replace(/[&<>"]/g, (c) => ENTITIES[c]);
const signature = (id: string, spec: FunctionSpec, key: "name" | "zhName") => `SANPI.${id}(${spec.params.map((p) => (p.optional ? `[${p[key]}]` : p[key])).join(", ")})`;

/** A static bilingual page listing the functions (the manifest's support and help URL). */
export function helpPage(table: Table): string {
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

export class FunctionsMetadataPlugin {
  private readonly tableFile: string;
  private readonly input: string;

  constructor(options: { tableFile?: string; input?: string } = {}) {
    this.tableFile = options.tableFile || TABLE_FILE;
    this.input = options.input || "functions.json";
  }

  apply(compiler: Compiler): void {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("FunctionsMetadataPlugin", (compilation) => {
      compilation.fileDependencies.add(this.tableFile);
      compilation.hooks.processAssets.tap({ name: "FunctionsMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const asset = compilation.getAsset(this.input);
        if (!asset) return; // the metadata plugin reported its own error
        const table = loadTable(this.tableFile);
        const metadata = JSON.parse(asset.source.source().toString()) as Metadata;
        const problems = verify(metadata, table);
        if (problems.length) {
          compilation.errors.push(new WebpackError(`functions.json 与 src/functions/table.ts 不一致 / disagree:\n  ${problems.join("\n  ")}`));
          return;
        }
        const json = (o: Metadata) => new sources.RawSource(`${JSON.stringify(o, null, 2)}\n`);
        const out = { en: localize(metadata, table, "en"), zh: localize(metadata, table, "zh") };
        const broken = [...checkMetadataRules(out.en).map((p) => `${METADATA_FILES.en}: ${p}`), ...checkMetadataRules(out.zh).map((p) => `${METADATA_FILES.zh}: ${p}`)];
        if (broken.length) {
          compilation.errors.push(new WebpackError(`函数元数据不符合 Excel 的规则 / function metadata breaks Excel's rules:\n  ${broken.join("\n  ")}`));
          return;
        }
        compilation.updateAsset(this.input, json(out.en));
        compilation.emitAsset(METADATA_FILES.zh, json(out.zh));
        compilation.emitAsset("help.html", new sources.RawSource(helpPage(table)));
      });
    });
  }
}
