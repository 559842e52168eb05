// Each language Excel can be in gets its own text (issue 9 items 1 and 5): the
// functions metadata the manifest names — its default and every override — is,
// as `npm run build` writes it, in the language of its locale, and nothing
// overrides the default locale.
import * as fs from "fs";
import * as path from "path";
import { languageOf, parseTree, type XmlNode } from "../../scripts/build/manifest-checks";
import type { Metadata } from "../../scripts/build/functions-metadata";
import { DIST, ensureBuilt, readJson, ROOT } from "../functions/support/dist";

const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const root = parseTree(manifest)!;
const all = (n: XmlNode): XmlNode[] => [n, ...n.children.flatMap(all)];
const defaultLocale = all(root).find((n) => n.name === "DefaultLocale")!.text;
const metadataUrl = all(root).find((n) => n.name === "bt:Url" && n.attrs.id === "Functions.Metadata.Url")!;

/** [locale, file in dist/] for the default and each override. */
const files: [string, string][] = [
  [defaultLocale, metadataUrl.attrs.DefaultValue],
  ...metadataUrl.children.map((o): [string, string] => [o.attrs.Locale, o.attrs.Value]),
].map(([locale, url]) => [locale, url.replace(/^.*\//, "")]);

beforeAll(() => ensureBuilt(), 300_000);

test("the default locale is en-US, the default metadata functions.json, and zh-CN has its own", () => {
  expect(defaultLocale).toBe("en-US");
  expect(files).toEqual([
    ["en-US", "functions.json"],
    ["zh-CN", "functions.zh-CN.json"],
  ]);
});

test("no element of the manifest overrides the default locale", () => {
  const overrides = all(root).filter((n) => n.name === "Override" || n.name === "bt:Override");
  expect(overrides.length).toBeGreaterThan(5);
  expect(overrides.filter((o) => o.attrs.Locale.toLowerCase() === defaultLocale.toLowerCase())).toEqual([]);
});

test.each(files)("%s: %s is in that language, every description of every function and parameter", (locale, file) => {
  const meta = readJson<Metadata>(path.join(DIST, file));
  const lang = locale.slice(0, 2);
  const texts = meta.functions.flatMap((f) => [f.description, ...f.parameters.map((p) => p.description ?? "")]);
  expect(texts.length).toBeGreaterThan(40);
  // English help quotes what clerks type (制造业, 1.5亿), so English is: it says so in English words
  // first ("Category: 制造业, …"), while Chinese help is mostly Chinese.
  const english = (t: string) => /^[A-Za-z]/.test(t.trim()) && /\b[A-Za-z]{3,}\b/.test(t);
  const wrong = texts.filter((t) => (lang === "zh" ? languageOf(t) !== "zh" : !english(t)));
  expect(wrong).toEqual([]);
  // Parameter names Excel shows as you type: Chinese names for zh-CN, English identifiers otherwise.
  for (const p of meta.functions.flatMap((f) => f.parameters)) expect(lang === "zh" ? languageOf(p.name) === "zh" : /^[A-Za-z][A-Za-z0-9]*$/.test(p.name)).toBe(true);
});
