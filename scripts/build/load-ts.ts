// Load a TypeScript module of src/ in Node with esbuild (a devDependency), bundled afresh
// on every call: the build takes its function table (re-read on each compilation under the
// dev server), the WPS files and the unsupported page from src/.
import * as esbuild from "esbuild";

/** The module's exports (bundled to CommonJS; packages it imports are required as usual). Type it with `typeof import("…")`. */
export function loadModule<T = Record<string, unknown>>(file: string): T {
  const out = esbuild.buildSync({ entryPoints: [file], bundle: true, write: false, platform: "node", format: "cjs", logLevel: "silent" });
  const mod = { exports: {} as T };
  new Function("module", "exports", "require", out.outputFiles[0].text)(mod, mod.exports, require);
  return mod.exports;
}
