// Offline checks of manifest.xml, shared by `npm run validate`
// (scripts/build/validate-manifest.ts), the webpack build and test/manifest.
// `office-addin-manifest validate` needs Microsoft's web service; these do not.
import { XMLParser, XMLValidator } from "fast-xml-parser";

export const DEV_URL = "https://localhost:3000/";
export const NAMESPACE = "SANPI";
/** The sequence of OfficeApp's children the schema requires (those we use). */
const TOP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "AllowSnapshot",
  "VersionOverrides",
];
/** Which resource list a resid must be found in, by the element that refers to it. */
const RES_KIND: Record<string, string> = {
  "bt:Image": "bt:Images",
  SourceLocation: "bt:Urls",
  Runtime: "bt:Urls",
  FunctionFile: "bt:Urls",
  LearnMoreUrl: "bt:Urls",
  Namespace: "bt:ShortStrings",
  Label: "bt:ShortStrings",
  Title: "bt:ShortStrings",
  Description: "bt:LongStrings",
};
const MAX_LEN: Record<string, number> = { "bt:ShortStrings": 125, "bt:LongStrings": 250 };
/** File names of the functions metadata: the default (English) and the zh-CN override (scripts/build/functions-metadata.ts writes them). */
export const METADATA_FILES = { default: "functions.json", "zh-CN": "functions.zh-CN.json" } as const;

/** An element of the manifest: its attributes, child elements and text. */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}
/** A requirement set: name and (minimum) version. */
export interface RequirementSet {
  name: string;
  version: string;
}
export interface ManifestCheckOptions {
  /** Files the build emits, relative to the site root (e.g. every file under dist/). */
  emitted?: Iterable<string>;
  /** Site root URL; by default the directory of taskpane.html. */
  base?: string;
  /** Reads a file relative to the site root (icons); null when absent. */
  readFile?: (relPath: string) => Buffer | null;
}
type Bad = (zh: string, en: string) => void;
/** fast-xml-parser's preserveOrder form: one key for the element's name, ":@" for its attributes. */
type OrderedNode = Record<string, unknown> & { ":@"?: Record<string, string> };

/** A plain tree of the XML: { name, attrs, children, text }. */
export function parseTree(xml: string): XmlNode | null {
  const parsed = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: "", trimValues: true }).parse(xml) as OrderedNode[];
  const convert = (node: OrderedNode): XmlNode => {
    const name = Object.keys(node).find((k) => k !== ":@") ?? "";
    if (name === "#text") return { name, attrs: {}, children: [], text: String(node[name]) };
    const children = ((node[name] as OrderedNode[] | undefined) || []).map(convert);
    const text = children
      .filter((c) => c.name === "#text")
      .map((c) => c.text)
      .join("");
    return { name, attrs: node[":@"] || {}, children: children.filter((c) => c.name !== "#text"), text };
  };
  return parsed.map(convert).find((n) => n.name === "OfficeApp") || null;
}

/** A node without children: where a walk of a missing element starts. */
const EMPTY: XmlNode = { name: "", attrs: {}, children: [], text: "" };

function* walk(node: XmlNode, ancestors: XmlNode[] = []): Generator<[XmlNode, XmlNode[]]> {
  yield [node, ancestors];
  for (const c of node.children) yield* walk(c, [...ancestors, node]);
}
const child = (node: XmlNode | undefined, name: string): XmlNode | undefined => node && node.children.find((c) => c.name === name);
const path = (node: XmlNode | undefined, ...names: string[]): XmlNode | undefined => names.reduce((n, name) => child(n, name), node);

/** Rewrite every dev URL (all of them, not the first) to the production base URL. */
export function rewriteUrls(text: string, publicUrl: string): string {
  const base = normalisePublicUrl(publicUrl);
  return String(text).split(DEV_URL).join(base);
}

/** `https://host/path` → `https://host/path/`; throws (zh + en) on anything that is not an https URL. */
export function normalisePublicUrl(publicUrl: string): string {
  let u: URL | null;
  try {
    u = new URL(String(publicUrl));
  } catch {
    u = null;
  }
  if (!u || u.protocol !== "https:" || u.search || u.hash) {
    throw new Error(`ADDIN_PUBLIC_URL 必须是 https:// 开头的网址（如 https://addins.example.gov.cn/sanpi/），现为“${publicUrl}” / ADDIN_PUBLIC_URL must be an https:// URL, got “${publicUrl}”`);
  }
  return u.href.endsWith("/") ? u.href : `${u.href}/`;
}

/**
 * Check a manifest. Options: `emitted` (file names relative to the site root,
 * e.g. from dist/) to require that every URL names a file the build emits;
 * `readFile(relPath)` to check icon sizes. Returns problems (zh / en), empty when fine.
 */
export function checkManifest(xml: string, options: ManifestCheckOptions = {}): { problems: string[]; urls: string[] } {
  const problems: string[] = [];
  const bad: Bad = (zh, en) => problems.push(`${zh} / ${en}`);
  const valid = XMLValidator.validate(String(xml));
  if (valid !== true) {
    bad(`XML 格式错误：第${valid.err.line}行 ${valid.err.msg}`, `malformed XML: line ${valid.err.line}: ${valid.err.msg}`);
    return { problems, urls: [] };
  }
  const root = parseTree(String(xml));
  if (!root) {
    bad("缺少根元素 OfficeApp", "no OfficeApp root element");
    return { problems, urls: [] };
  }
  if (root.attrs.xmlns !== "http://schemas.microsoft.com/office/appforoffice/1.1") bad("OfficeApp 命名空间不是 appforoffice/1.1", "OfficeApp namespace is not appforoffice/1.1");
  if (root.attrs["xsi:type"] !== "TaskPaneApp") bad("OfficeApp 类型应为 TaskPaneApp", "OfficeApp xsi:type must be TaskPaneApp");
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(path(root, "Id")?.text ?? "")) bad("Id 应为 GUID", "Id must be a GUID");
  if (!/^\d+(\.\d+){0,3}$/.test(path(root, "Version")?.text ?? "")) bad("Version 应为 1.0.0.0 格式", "Version must look like 1.0.0.0");

  // Element order (the schema is a sequence).
  const order = root.children.map((c) => TOP_ORDER.indexOf(c.name));
  root.children.forEach((c, i) => {
    if (order[i] < 0) bad(`OfficeApp 下有未知元素 ${c.name}`, `unknown OfficeApp child ${c.name}`);
    else if (i > 0 && order[i] < order[i - 1]) bad(`元素顺序错误：${c.name} 应在 ${root.children[i - 1].name} 之前`, `element order: ${c.name} must come before ${root.children[i - 1].name}`);
  });

  const hosts = (path(root, "Hosts")?.children ?? []).map((h) => h.attrs.Name);
  if (hosts.join() !== "Workbook") bad("Hosts 应只有 Workbook（Excel）", "Hosts must be Workbook (Excel) only");
  if (path(root, "Permissions")?.text !== "ReadWriteDocument") bad("Permissions 应为 ReadWriteDocument", "Permissions must be ReadWriteDocument");
  if ((path(root, "AppDomains")?.children ?? []).length) bad("不应声明其他 AppDomains", "no other AppDomains may be declared");
  const sets = declaredSetsOf(root);
  if (!sets.some((s) => s.name === "SharedRuntime" && s.version === "1.1")) bad("缺少 SharedRuntime 1.1 要求集", "SharedRuntime 1.1 requirement missing");
  checkLocales(root, bad);
  for (const el of ["DisplayName", "Description"]) {
    const node = path(root, el);
    if (!node?.attrs.DefaultValue) bad(`缺少 ${el}`, `${el} missing`);
    else if (!node.children.some((o) => o.name === "Override" && o.attrs.Locale === "zh-CN" && /[\u4e00-\u9fff]/.test(o.attrs.Value)))
      bad(`${el} 缺少中文（zh-CN）覆盖`, `${el} lacks a zh-CN override`);
  }

  // Resources: every resid defined once, in the right list, within the length limits.
  const vo = path(root, "VersionOverrides");
  const resources = new Map<string, { list: string; node: XmlNode }>();
  for (const list of ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"]) {
    for (const r of path(vo, "Resources", list)?.children ?? []) {
      if (resources.has(r.attrs.id)) bad(`资源 id 重复：${r.attrs.id}`, `duplicate resource id ${r.attrs.id}`);
      resources.set(r.attrs.id, { list, node: r });
      if (r.attrs.id.length > 32) bad(`资源 id 超过32个字符：${r.attrs.id}`, `resource id longer than 32: ${r.attrs.id}`);
      for (const v of [r.attrs.DefaultValue, ...r.children.map((o) => o.attrs.Value)]) {
        if (MAX_LEN[list] && String(v).length > MAX_LEN[list]) bad(`资源 ${r.attrs.id} 文字过长`, `resource ${r.attrs.id} text too long`);
      }
    }
  }
  const used = new Set<string>();
  for (const [node] of walk(vo || EMPTY)) {
    const resid = node.attrs.resid;
    if (!resid) continue;
    used.add(resid);
    const res = resources.get(resid);
    if (!res) bad(`resid “${resid}” 未在 Resources 中定义`, `resid “${resid}” is not defined in Resources`);
    else if (RES_KIND[node.name] && RES_KIND[node.name] !== res.list)
      bad(`${node.name} 引用的 ${resid} 应在 ${RES_KIND[node.name]} 中`, `${resid} used by ${node.name} must be in ${RES_KIND[node.name]}`);
  }
  for (const id of resources.keys()) if (!used.has(id)) bad(`资源 ${id} 未被使用`, `resource ${id} is never used`);

  // Shared runtime and custom functions (namespace SANPI).
  const host = path(vo, "Hosts", "Host");
  const runtime = path(host, "Runtimes", "Runtime");
  if (!runtime || runtime.attrs.lifetime !== "long") bad("缺少 lifetime=long 的共享运行时", "no shared Runtime with lifetime=long");
  const cf = (path(host, "AllFormFactors")?.children ?? []).find((e) => e.attrs["xsi:type"] === "CustomFunctions");
  if (!cf) bad("缺少 CustomFunctions 扩展点", "CustomFunctions extension point missing");
  else {
    for (const part of ["Script", "Page", "Metadata"]) if (!path(cf, part, "SourceLocation")) bad(`CustomFunctions 缺少 ${part}`, `CustomFunctions lacks ${part}`);
    const page = path(cf, "Page", "SourceLocation")?.attrs.resid;
    if (runtime && page !== runtime.attrs.resid) bad("函数页面应与共享运行时为同一页面", "the functions Page must be the shared runtime's page");
    const ns = resources.get(path(cf, "Namespace")?.attrs.resid ?? "")?.node;
    if (!ns || ns.attrs.DefaultValue !== NAMESPACE || ns.children.some((o) => o.attrs.Value !== NAMESPACE)) bad(`函数命名空间应为 ${NAMESPACE}`, `the functions namespace must be ${NAMESPACE}`);
  }
  // Function help: English by default, Chinese for zh-CN (functions-metadata.ts writes both).
  const meta = resources.get(path(cf, "Metadata", "SourceLocation")?.attrs.resid ?? "")?.node;
  if (meta) {
    const file = (u: string | undefined) => String(u ?? "").replace(/^.*\//, "");
    if (file(meta.attrs.DefaultValue) !== METADATA_FILES.default)
      bad(`函数元数据默认应为 ${METADATA_FILES.default}（英文）`, `the functions metadata default must be ${METADATA_FILES.default} (English)`);
    const zh = meta.children.find((o) => o.attrs.Locale === "zh-CN");
    if (!zh || file(zh.attrs.Value) !== METADATA_FILES["zh-CN"])
      bad(`函数元数据缺少 zh-CN 覆盖 ${METADATA_FILES["zh-CN"]}`, `the functions metadata lacks its zh-CN override ${METADATA_FILES["zh-CN"]}`);
  }
  const desktop = path(host, "DesktopFormFactor");
  if (runtime && path(desktop, "FunctionFile")?.attrs.resid !== runtime.attrs.resid) bad("FunctionFile 应指向共享运行时页面", "FunctionFile must be the shared runtime's page");
  const tab = (desktop?.children ?? [])
    .filter((e) => e.attrs["xsi:type"] === "PrimaryCommandSurface")
    .map((e) => child(e, "OfficeTab"))
    .find(Boolean);
  const button = tab && tab.attrs.id === "TabHome" && [...walk(tab)].map(([n]) => n).find((n) => n.name === "Control" && path(n, "Action")?.attrs["xsi:type"] === "ShowTaskpane");
  if (!button) bad("“开始”选项卡上缺少任务窗格按钮", "no task pane button on the Home tab");
  // One task pane in the shared runtime: every ShowTaskpane action names the same TaskpaneId and the
  // runtime's page (Microsoft: "any task pane without a TaskpaneId is considered a different task pane",
  // learn.microsoft.com/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime).
  const shows = [...walk(vo || EMPTY)].map(([n]) => n).filter((n) => n.name === "Action" && n.attrs["xsi:type"] === "ShowTaskpane");
  const paneIds = new Set(shows.map((a) => child(a, "TaskpaneId")?.text));
  if (shows.length && (paneIds.has(undefined) || paneIds.size !== 1)) bad("每个 ShowTaskpane 操作都应有同一个 TaskpaneId", "every ShowTaskpane action needs the same TaskpaneId");
  if (runtime && shows.some((a) => path(a, "SourceLocation")?.attrs.resid !== runtime.attrs.resid)) bad("任务窗格按钮应打开共享运行时页面", "the task pane button must open the shared runtime's page");
  for (const id of ["Group.Label", "TaskpaneButton.Label", "TaskpaneButton.Tooltip"]) {
    const r = resources.get(id)?.node;
    if (r && !r.children.some((o) => o.attrs.Locale === "zh-CN")) bad(`${id} 缺少中文（zh-CN）覆盖`, `${id} lacks a zh-CN override`);
  }

  // URLs: all https, all on one origin, and (with `emitted`) each a file the build writes.
  const urls: string[] = [];
  for (const [node] of walk(root)) {
    for (const [k, v] of Object.entries(node.attrs)) if ((k === "DefaultValue" || k === "Value") && /^[a-z]+:\/\//i.test(v)) urls.push(v);
  }
  const origins = new Set(urls.map((u) => new URL(u).origin));
  if (origins.size !== 1) bad(`所有网址应在同一主机上，现有：${[...origins].join("、")}`, `every URL must be on one host, found: ${[...origins].join(", ")}`);
  for (const u of urls) if (!u.startsWith("https://")) bad(`网址必须使用 https：${u}`, `URLs must be https: ${u}`);
  const base = options.base || (urls[0] ? new URL(".", new URL(urls.find((u) => /taskpane\.html$/.test(u)) || urls[0])).href : DEV_URL);
  if (options.emitted) {
    const emitted = new Set(options.emitted);
    for (const u of urls) {
      const rel = u.startsWith(base) ? decodeURIComponent(u.slice(base.length)) : null;
      if (rel === null) bad(`网址不在站点根目录下：${u}`, `URL outside the site root: ${u}`);
      else if (!emitted.has(rel)) bad(`网址指向的文件未由构建生成：${rel}`, `URL names a file the build does not emit: ${rel}`);
    }
  }
  if (options.readFile) {
    for (const img of path(vo, "Resources", "bt:Images")?.children ?? []) {
      const size = Number(/icon-(\d+)\.png$/.exec(img.attrs.DefaultValue)?.[1]);
      const rel = img.attrs.DefaultValue.slice(base.length);
      const dims = pngSize(options.readFile(rel));
      if (!dims) bad(`图标不是有效的 PNG：${rel}`, `icon is not a valid PNG: ${rel}`);
      else if (dims.width !== size || dims.height !== size || String(size) !== img.attrs.id.replace(/^Icon\.(\d+)x\d+$/, "$1")) bad(`图标尺寸不符：${rel}`, `icon size mismatch: ${rel}`);
    }
  }
  return { problems, urls };
}

/**
 * "zh" when a quarter or more of the letters are Chinese (product names stay Latin), "en"
 * when almost none are (a Chinese proper name in brackets may stay in English text), else
 * "mixed"; null when the text has no letters.
 */
export function languageOf(text: string): "zh" | "en" | "mixed" | null {
  const cjk = (String(text).match(/[\u3400-\u9fff]/g) ?? []).length;
  const latin = (String(text).match(/[A-Za-z]/g) ?? []).length;
  if (cjk + latin === 0) return null;
  const share = cjk / (cjk + latin);
  return share >= 0.25 ? "zh" : share <= 0.1 ? "en" : "mixed";
}
/** Elements whose text a clerk sees, localized with Override children (ProviderName is not localizable). */
const LOCALIZED = new Set(["DisplayName", "Description", "bt:String"]);

/**
 * No override of the default locale, one override per language, and each text in its
 * locale's language: an English default (en-*), Chinese for zh-* (Microsoft: "You may only
 * specify a single override per language, including for the default locale",
 * learn.microsoft.com/office/dev/add-ins/develop/localization).
 */
function checkLocales(root: XmlNode, bad: Bad): void {
  const defaultLocale = String(path(root, "DefaultLocale")?.text ?? "");
  if (!/^[a-z]{2,3}-[A-Za-z]{2,4}$/.test(defaultLocale))
    bad(`DefaultLocale 应为语言-地区代码（如 en-US），现为“${defaultLocale}”`, `DefaultLocale must be a culture name like en-US, got “${defaultLocale}”`);
  const inLanguage = (locale: string, text: string) => (/^(zh|en)/i.test(locale) ? languageOf(text) === locale.slice(0, 2).toLowerCase() : true);
  for (const [node] of walk(root)) {
    const overrides = node.children.filter((c) => c.name === "Override" || c.name === "bt:Override");
    const label = node.attrs.id || node.name;
    const seen = new Set<string>();
    for (const o of overrides) {
      const locale = String(o.attrs.Locale ?? "");
      if (locale.toLowerCase() === defaultLocale.toLowerCase()) bad(`${label} 覆盖了默认语言 ${defaultLocale}`, `${label} overrides the default locale ${defaultLocale}`);
      if (seen.has(locale.toLowerCase())) bad(`${label} 对 ${locale} 有多个覆盖`, `${label} has more than one override for ${locale}`);
      seen.add(locale.toLowerCase());
      if (LOCALIZED.has(node.name) && !inLanguage(locale, o.attrs.Value)) bad(`${label} 的 ${locale} 文字不是该语言`, `${label}: the ${locale} text is not in that language`);
    }
    if (LOCALIZED.has(node.name) && node.attrs.DefaultValue !== undefined && overrides.length && !inLanguage(defaultLocale, node.attrs.DefaultValue)) {
      bad(`${label} 的默认文字应为 ${defaultLocale} 语言`, `${label}: the default text must be in the language of ${defaultLocale}`);
    }
  }
}

/** The requirement sets a manifest declares, in its base and in its VersionOverrides: [{ name, version }]. */
function declaredSetsOf(root: XmlNode): RequirementSet[] {
  const out: RequirementSet[] = [];
  for (const req of [path(root, "Requirements"), path(root, "VersionOverrides", "Requirements")]) {
    const sets = req && (child(req, "Sets") || child(req, "bt:Sets"));
    if (!sets) continue;
    const def = sets.attrs.DefaultMinVersion || "1.1";
    for (const s of sets.children) if (s.name === "Set" || s.name === "bt:Set") out.push({ name: s.attrs.Name, version: s.attrs.MinVersion || def });
  }
  return out;
}

/** declaredSetsOf for manifest XML text. */
export const declaredSets = (xml: string): RequirementSet[] => {
  const root = parseTree(String(xml));
  return root ? declaredSetsOf(root) : [];
};

/** Width and height of a PNG buffer, or null. */
export function pngSize(buf: Buffer | null): { width: number; height: number } | null {
  if (!buf || buf.length < 24 || buf.readUInt32BE(0) !== 0x89504e47 || buf.toString("ascii", 12, 16) !== "IHDR") return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}
