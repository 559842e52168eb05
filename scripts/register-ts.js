// The one JavaScript file of scripts/ (issue 16 item 7): lets Node 20 require TypeScript.
// Each .ts/.tsx file is transpiled on its own with esbuild (a devDependency) when it is
// required; types are checked by `npm run typecheck`, not here. Used as
//   node -r ./scripts/register-ts.js scripts/build/validate-manifest.ts   (package.json)
//   require("./scripts/register-ts");                                    (webpack.config.js)
// after which the build's TypeScript modules, loaders and plugins load like JavaScript.
const fs = require("fs");
const esbuild = require("esbuild");

function compile(module, filename) {
  const { code } = esbuild.transformSync(fs.readFileSync(filename, "utf8"), {
    loader: filename.endsWith(".tsx") ? "tsx" : "ts",
    format: "cjs",
    platform: "node",
    target: "node20",
    jsx: "automatic",
    sourcefile: filename,
    sourcemap: "inline",
  });
  module._compile(code, filename);
}

for (const ext of [".ts", ".tsx"]) if (!require.extensions[ext]) require.extensions[ext] = compile;
