// Builds the add-in into dist/ (shared runtime, as Microsoft's
// Excel-Custom-Functions shared-runtime template):
//   taskpane.html  the one page Excel loads: task pane + functions (shared runtime);
//                  it loads one script, taskpane.js, so the engine is there once
//   taskpane.js    src/taskpane/index.tsx, which imports the functions first
//   functions.js   src/functions/functions.ts alone, with the associate calls: the
//                  manifest's CustomFunctions <Script> (not loaded by the page)
//   functions.json English function metadata (the default locale, en-US),
//                  functions.zh-CN.json Chinese (the zh-CN override)
//   help.html      bilingual function help; manifest.xml; assets/
//   web/index.html the no-install page (issue 18): src/web/index.tsx and the
//                  icon inlined into one file that needs nothing else (inlinePage)
//
// Production URL: `npm run build` rewrites every https://localhost:3000/ in the
// manifest to ADDIN_PUBLIC_URL, e.g.
//   ADDIN_PUBLIC_URL=https://addins.example.gov.cn/sanpi/ npm run build
// and dist/ is then ready for that static HTTPS host. Unset, the manifest keeps
// localhost (a warning says so).
//
// office.js: from Microsoft's CDN by default, the only source Microsoft supports.
// ADDIN_OFFICE_JS=local serves the copy of @microsoft/office-js beside the add-in
// (dist/office-js/), for networks without internet access (docs/excel-addin.md);
// the pages then load nothing from outside the add-in's origin.
//
// Dev server (`npm run dev-server`): HTTPS with office-addin-dev-certs when its
// certificates are installed (or installable: Windows, macOS); otherwise a
// self-signed certificate, which Excel on the web accepts once the browser
// trusts https://localhost:3000; SANPI_DEV_HTTP=1 serves plain HTTP.
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const fs = require("fs");
const webpackLib = require("webpack");
// The build's own parts are TypeScript (scripts/build/): Node requires them through this hook.
require("./scripts/register-ts");
const { FunctionsMetadataPlugin } = require("./scripts/build/functions-metadata");
const { DEV_URL, declaredSets, rewriteUrls } = require("./scripts/build/manifest-checks");
const { loadModule } = require("./scripts/build/load-ts");
const { officeJsSource } = require("./scripts/build/office-js-local");
const { wpsParts } = require("./scripts/build/wps-webpack");

const FUNCTIONS_ENTRY = "./src/functions/functions.ts";
/** Written after every emit (webpack skips rewriting unchanged files, so their times say nothing). */
const BUILD_STAMP = ".build-stamp";

/** Records when the output was last built, on the output file system (memory under the dev server). */
const buildStamp = {
  apply(compiler) {
    compiler.hooks.afterEmit.tapAsync("BuildStamp", (compilation, done) => {
      const file = path.join(compilation.outputOptions.path, BUILD_STAMP);
      compiler.outputFileSystem.writeFile(file, `${compiler.options.mode} ${new Date().toISOString()}\n`, done);
    });
  },
};
/**
 * dist/web/index.html: the page's script (the `web` entry, minified) and its icon
 * written into src/web/index.html, so the one file is the whole page; web.js
 * itself is not emitted. In a script element, "</script" would end it and
 * "<!--" changes how it is parsed: both are escaped (only strings can hold them).
 */
const inlinePage = (dev) => ({
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("InlinePage", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "InlinePage", stage: webpackLib.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE }, () => {
        const asset = compilation.getAsset("web.js");
        if (!asset) return;
        const script = asset.source
          .source()
          .toString()
          .replace(/\n\/\/# sourceMappingURL=\S+\s*$/, "")
          .replace(/<\/script/gi, "<\\/script")
          .replace(/<!--/g, "<\\!--");
        const icon = `data:image/png;base64,${fs.readFileSync(path.join(__dirname, "assets/icon-32.png")).toString("base64")}`;
        const values = { script, icon, evalSource: dev ? " 'unsafe-eval'" : "" };
        const html = fs.readFileSync(path.join(__dirname, "src/web/index.html"), "utf8").replace(/<%= (\w+) %>/g, (_, k) => values[k]);
        compilation.emitAsset("web/index.html", new webpackLib.sources.RawSource(html));
        compilation.deleteAsset("web.js");
        if (compilation.getAsset("web.js.map")) compilation.deleteAsset("web.js.map");
      });
    });
  },
});
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

async function devServerOptions() {
  if (process.env.SANPI_DEV_HTTP === "1") {
    console.warn("SANPI_DEV_HTTP=1：以 HTTP 提供服务（Excel 只接受 HTTPS 加载项，仅供浏览器预览）/ serving plain HTTP (browser preview only; Excel needs HTTPS)");
    return "http";
  }
  try {
    const devCerts = require("office-addin-dev-certs");
    const installable = process.platform === "win32" || process.platform === "darwin";
    if (installable || devCerts.verifyCertificates()) {
      const o = await devCerts.getHttpsServerOptions();
      return { type: "https", options: { ca: o.ca, key: o.key, cert: o.cert } };
    }
    console.warn("未安装开发证书，改用自签名 HTTPS：请先在浏览器打开 https://localhost:3000 并信任证书 / no dev certificates installed: using a self-signed certificate; open https://localhost:3000 once and trust it");
  } catch (e) {
    console.warn(`无法使用 office-addin-dev-certs（${e.message}），改用自签名 HTTPS / cannot use office-addin-dev-certs, using a self-signed certificate`);
  }
  return "https";
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const publicUrl = process.env.ADDIN_PUBLIC_URL || "";
  if (!dev && !publicUrl) {
    console.warn(`未设置 ADDIN_PUBLIC_URL：dist/manifest.xml 仍指向 ${DEV_URL} / ADDIN_PUBLIC_URL is not set: dist/manifest.xml still points to ${DEV_URL}`);
  }
  const rewrite = (content) => (dev || !publicUrl ? content : Buffer.from(rewriteUrls(content.toString(), publicUrl)));
  if (!dev && publicUrl) rewrite(""); // fail fast on a malformed URL
  const officeJs = officeJsSource(process.env.ADDIN_OFFICE_JS);
  // The sets the page checks before it mounts the pane: the ones the manifest declares.
  const requiredSets = declaredSets(fs.readFileSync(path.join(__dirname, "manifest.xml"), "utf8"));
  const { unsupportedHtml } = loadModule(path.join(__dirname, "src/taskpane/unsupported.ts"));
  const pageParts = unsupportedHtml();

  const wps = wpsParts(); // dist/wps/: the WPS 加载项, in the same compilation (scripts/build/wps-webpack.ts)
  // src/functions/functions.ts (the wrappers and the JSDoc the metadata plugin reads) is generated from the table.
  const { writeFunctionsSource } = loadModule(path.join(__dirname, "scripts/build/functions-source.ts"));
  if (writeFunctionsSource(__dirname, loadModule(path.join(__dirname, "src/functions/table.ts")).FUNCTIONS)) {
    console.warn("src/functions/functions.ts 已按 src/functions/table.ts 重新生成 / regenerated from the function table");
  }

  return {
    devtool: dev ? "eval-source-map" : "source-map",
    entry: {
      functions: FUNCTIONS_ENTRY,
      taskpane: "./src/taskpane/index.tsx",
      web: "./src/web/index.tsx",
      ...wps.entry,
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".jsx"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Types are checked by `npm run typecheck`; ES modules let webpack drop unused engine code.
            options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: true } },
          },
        },
        { test: path.resolve(__dirname, FUNCTIONS_ENTRY), use: path.resolve(__dirname, "scripts/build/guard-associate-loader.ts") },
        // The functions' help texts are for functions.json, not the code: blanked in the bundles (after ts-loader).
        { test: path.resolve(__dirname, "src/functions/table.ts"), enforce: "post", use: path.resolve(__dirname, "scripts/build/strip-help-loader.ts") },
        {
          // Fluent UI's own styles ship precompiled (__styles); ours are compiled at build time
          // too, so Griffel's runtime style compiler (stylis, rtl-css-js) is not bundled: about
          // 16 KB less in the page (npmjs.com/package/@griffel/webpack-loader). Runs after ts-loader.
          test: /\.tsx?$/,
          include: [path.resolve(__dirname, "src/taskpane"), path.resolve(__dirname, "src/web")],
          enforce: "post",
          use: { loader: "@griffel/webpack-loader" },
        },
        { test: /\.(png|jpg|jpeg|gif|svg|ico)$/, type: "asset/resource" },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_ENTRY }),
      new FunctionsMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the functions run in the task pane's page. index.tsx imports them
        // first, so the page loads the engine once, in one script (issue: the engine once).
        chunks: ["taskpane"],
        templateParameters: {
          officeJs: officeJs.src,
          notice: pageParts.notice,
          unsupported: pageParts.page,
          gate: fs.readFileSync(path.join(__dirname, "src/taskpane/gate.es5.js"), "utf8"),
        },
      }),
      new webpackLib.DefinePlugin({ __SANPI_REQUIRED_SETS__: JSON.stringify(requiredSets) }),
      ...wps.plugins,
      inlinePage(dev),
      buildStamp,
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets", globOptions: { ignore: ["**/.*", "**/*.ts"] } },
          { from: "manifest.xml", to: "manifest.xml", transform: rewrite },
          ...wps.copy,
          ...officeJs.copy,
        ],
      }),
    ],
    performance: {
      // Excel starts the functions runtime from functions.js: keep it small (issue: ≤ 150 KB).
      assetFilter: (file) => file === "functions.js",
      maxAssetSize: 150 * 1024,
      maxEntrypointSize: 150 * 1024,
      hints: dev ? false : "warning",
    },
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: env && env.WEBPACK_SERVE ? await devServerOptions() : "http",
      port: PORT,
      hot: false,
    },
  };
};
