// Types of scripts/manifest-checks.js (CommonJS, also run by node directly).
export const DEV_URL: string;
export const NAMESPACE: string;
export interface ManifestCheckOptions {
  /** Files the build emits, relative to the site root (e.g. every file under dist/). */
  emitted?: Iterable<string>;
  /** Site root URL; by default the directory of taskpane.html. */
  base?: string;
  /** Reads a file relative to the site root (icons); null when absent. */
  readFile?: (relPath: string) => Buffer | null;
}
export function checkManifest(xml: string, options?: ManifestCheckOptions): { problems: string[]; urls: string[] };
export function rewriteUrls(text: string, publicUrl: string): string;
export function normalisePublicUrl(publicUrl: string): string;
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}
export function parseTree(xml: string): XmlNode | null;
export function pngSize(buf: Buffer | null): { width: number; height: number } | null;
/** File names of the functions metadata: the default (English) and the zh-CN override. */
export const METADATA_FILES: { default: string; "zh-CN": string };
/** The requirement sets the manifest declares, base and VersionOverrides together. */
export function declaredSets(xml: string): { name: string; version: string }[];
/** "zh" when a quarter or more of the letters are Chinese, "en" when almost none are, else "mixed"; null without letters. */
export function languageOf(text: string): "zh" | "en" | "mixed" | null;
