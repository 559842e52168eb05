// Where taskpane.html takes office.js from (ADDIN_OFFICE_JS, docs/excel-addin.md):
//   cdn (default)  Microsoft's CDN, the only source Microsoft supports
//   21vianet       the CDN of Office 365 operated by 21Vianet (China)
//   local          the copy in @microsoft/office-js, served beside the add-in
//                  from dist/office-js/, for networks without internet access
// Microsoft: learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn
// ("Use local references only for internal, development, and debugging
// scenarios") and .../publish/government-cloud-guidance (per-cloud CDNs).
import * as fs from "fs";
import * as path from "path";

export const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
export const CDN_21VIANET = "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js";
export const LOCAL_DIR = "office-js";
/** Files of other Office applications, debug builds and type definitions: not needed by Excel. */
const SKIP = /(^|\/)(word|wordios|outlook|outlookwebapp|powerpoint|powerpointios|onenote|project|access|visio)[^/]*\.js$|\.debug\.js$|-vsdoc\.js$|\.d\.ts$|(^|\/)outlook_strings\.js$/;

/** Where office.js comes from in a build: the page's <script src> and the files copied beside the add-in. */
export interface OfficeJsSource {
  mode: "cdn" | "21vianet" | "local";
  src: string;
  /** CopyWebpackPlugin patterns. */
  copy: { from: string; to: string; filter: (abs: string) => boolean }[];
}

function packageDist(): string {
  return path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
}

/** Relative paths (with "/") of the office.js files the local build copies. */
export function localFiles(dir = packageDist(), prefix = ""): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e): string[] => {
    const rel = `${prefix}${e.name}`;
    if (e.isDirectory()) return localFiles(path.join(dir, e.name), `${rel}/`);
    return SKIP.test(rel) ? [] : [rel];
  });
}

/**
 * The <script src> for office.js and the CopyWebpackPlugin patterns that put its
 * files into dist/. Throws (zh + en) on an unknown ADDIN_OFFICE_JS.
 */
export function officeJsSource(mode: string | undefined): OfficeJsSource {
  const m =
    String(mode ?? "")
      .trim()
      .toLowerCase() || "cdn";
  if (m === "cdn") return { mode: m, src: CDN, copy: [] };
  if (m === "21vianet") return { mode: m, src: CDN_21VIANET, copy: [] };
  if (m === "local") {
    const from = packageDist();
    if (!fs.existsSync(path.join(from, "office.js"))) throw new Error("找不到 @microsoft/office-js（npm ci）/ @microsoft/office-js is not installed (npm ci)");
    const files = new Set(localFiles(from));
    return {
      mode: m,
      src: `${LOCAL_DIR}/office.js`,
      copy: [{ from, to: LOCAL_DIR, filter: (abs) => files.has(path.relative(from, abs).split(path.sep).join("/")) }],
    };
  }
  throw new Error(`ADDIN_OFFICE_JS 只能是 cdn、21vianet 或 local，现为“${mode}” / ADDIN_OFFICE_JS must be cdn, 21vianet or local, got “${mode}”`);
}
