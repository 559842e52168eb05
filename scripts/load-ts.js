// Load a TypeScript module of src/ in Node with esbuild (a devDependency), without a
// TypeScript runtime: the build takes its function table and the unsupported page from src/.
const esbuild = require("esbuild");

/** The module's exports (bundled to CommonJS; packages it imports are required as usual). */
function loadModule(file) {
  const out = esbuild.buildSync({ entryPoints: [file], bundle: true, write: false, platform: "node", format: "cjs", logLevel: "silent" });
  const mod = { exports: {} };
  new Function("module", "exports", "require", out.outputFiles[0].text)(mod, mod.exports, require);
  return mod.exports;
}

module.exports = { loadModule };
