// The WPS 加载项 (issue 19), built by `npm run build` in the same compilation
// as the Office add-in (one build of the shared modules): dist/wps/ is the
// whole add-in folder WPS loads (docs/wps.md):
//   index.html + wps.js     the page WPS opens at start: registers the SANPI
//                           functions (wps.AddCustomFunction) and gives
//                           ribbon.xml its callbacks
//   taskpane.html + pane.js the React task pane over the WPS host (src/wps/host.ts)
//   manifest.xml            <JsPlugin>: the functions' namespace and functions.json
//   functions.json          generated from src/functions/table.ts (Chinese help)
//   ribbon.xml              the 三个一批 tab
//   jsplugins.xml, publish.xml, publish.html   deployment (离线模式, 在线模式)
//   assets/                 the buttons' images
// WPS_ADDIN_URL (a folder URL) is where the add-in will be served; it goes into
// the deployment files.
import * as fs from "fs";
import HtmlWebpackPlugin from "html-webpack-plugin";
import * as path from "path";
import * as webpackLib from "webpack";
import { loadModule } from "./load-ts";

const ROOT = path.join(__dirname, "..", "..");
/** The folder of dist/ that is the WPS add-in. */
export const WPS_DIR = "wps";
const DIR = WPS_DIR;

/** The files generated from the sources, as { name: text }, and the functions' metadata for the page. */
export function wpsFiles() {
  const meta = loadModule<typeof import("../../src/wps/metadata")>(path.join(ROOT, "src/wps/metadata.ts"));
  const ribbon = loadModule<typeof import("../../src/wps/ribbon")>(path.join(ROOT, "src/wps/ribbon.ts"));
  const deploy = loadModule<typeof import("../../src/wps/deploy")>(path.join(ROOT, "src/wps/deploy.ts"));
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
  const o = { url: deploy.addinUrl(process.env.WPS_ADDIN_URL), version: pkg.version };
  return {
    metadata: meta.addCustomFunctionMetadata(),
    files: {
      "manifest.xml": meta.manifestXml("汝州市“三个一批”重大项目考评 WPS 加载项：SANPI 自定义函数、三个一批选项卡与任务窗格"),
      "functions.json": `${JSON.stringify(meta.functionsJson(), null, 2)}\n`,
      "ribbon.xml": ribbon.ribbonXml(),
      "jsplugins.xml": deploy.jspluginsXml(o),
      "publish.xml": deploy.publishXml(o),
      "publish.html": deploy.publishHtml(o),
    },
  };
}

/** Emits the generated files into dist/wps/. */
class WpsFilesPlugin {
  constructor(private readonly files: Record<string, string>) {}
  apply(compiler: webpackLib.Compiler): void {
    compiler.hooks.thisCompilation.tap("WpsFiles", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "WpsFiles", stage: webpackLib.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        for (const [name, text] of Object.entries(this.files)) compilation.emitAsset(`${DIR}/${name}`, new webpackLib.sources.RawSource(text));
      });
    });
  }
}

/** What the Office config adds for WPS: entries, pages, files, the functions' help, the images. */
export function wpsParts() {
  const { metadata, files } = wpsFiles();
  return {
    entry: { [`${DIR}/wps`]: "./src/wps/index.ts", [`${DIR}/pane`]: "./src/wps/pane.tsx" },
    plugins: [
      // The pages name their one script themselves, beside them (src="wps.js"), so the folder can be
      // served anywhere; a plain blocking script, so window.ribbon exists before WPS reads ribbon.xml.
      new HtmlWebpackPlugin({ filename: `${DIR}/index.html`, template: "./src/wps/index.html", chunks: [], inject: false, minify: false }),
      new HtmlWebpackPlugin({ filename: `${DIR}/taskpane.html`, template: "./src/wps/taskpane.html", chunks: [], inject: false, minify: false }),
      new webpackLib.DefinePlugin({ __SANPI_WPS_METADATA__: JSON.stringify(metadata) }),
      new WpsFilesPlugin(files),
    ],
    copy: [{ from: "assets", to: `${DIR}/assets`, globOptions: { ignore: ["**/.*", "**/*.ts"] } }],
  };
}
