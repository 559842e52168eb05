// Offline manifest checks (`office-addin-manifest validate` needs a web
// service): the source manifest, the one `npm run build` emits, the
// production URL rewrite, and that each check can fail.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { checkManifest, normalisePublicUrl, parseTree, rewriteUrls } from "../../scripts/build/manifest-checks";
import { DIST, ensureBuilt, listFiles, ROOT, webpack } from "../functions/support/dist";

const source = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
beforeAll(() => ensureBuilt(), 300_000);

const fromRoot = (dir: string) => (rel: string) => (fs.existsSync(path.join(dir, rel)) ? fs.readFileSync(path.join(dir, rel)) : null);

describe("manifest.xml (source)", () => {
  test("passes every offline check, icons included", () => {
    expect(checkManifest(source, { readFile: fromRoot(ROOT) }).problems).toEqual([]);
  });

  test("declares the SANPI namespace, the shared runtime and ReadWriteDocument", () => {
    const root = parseTree(source)!;
    const strings = [...source.matchAll(/<bt:String id="([^"]+)" DefaultValue="([^"]*)"/g)].map((m) => [m[1], m[2]]);
    expect(strings).toContainEqual(["Functions.Namespace", "SANPI"]);
    expect(source).toContain('<Runtime resid="Taskpane.Url" lifetime="long"/>');
    expect(root.children.find((c) => c.name === "Permissions")!.text).toBe("ReadWriteDocument");
  });

  test("every URL is on https://localhost:3000/ for development", () => {
    const { urls } = checkManifest(source);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u.startsWith("https://localhost:3000/")).toBe(true);
  });
});

describe("each check can fail", () => {
  const broken: [string, (x: string) => string, RegExp][] = [
    ["malformed XML", (x) => x.replace("</Hosts>", ""), /XML/],
    ["an undefined resid", (x) => x.replace('resid="Group.Label"', 'resid="Group.Missing"'), /Group\.Missing/],
    ["a resid in the wrong list", (x) => x.replace('<Label resid="Group.Label"/>', '<Label resid="GetStarted.Description"/>'), /bt:ShortStrings/],
    ["a second host", (x) => x.replace('https://localhost:3000/help.html"/>\n  <Hosts>', 'https://example.com/help.html"/>\n  <Hosts>'), /同一主机|one host/],
    ["plain http", (x) => x.split("https://localhost:3000/").join("http://localhost:3000/"), /https/],
    ["another AppDomain", (x) => x.replace("<Hosts>", "<AppDomains><AppDomain>https://evil.example</AppDomain></AppDomains>\n  <Hosts>"), /AppDomains/],
    ["a wrong namespace", (x) => x.replace('DefaultValue="SANPI"/>', 'DefaultValue="SANPY"/>'), /SANPI/],
    ["no zh-CN display name", (x) => x.replace('<Override Locale="zh-CN" Value="三个一批考评"/>', ""), /DisplayName/],
    ["no shared runtime requirement", (x) => x.replace('<bt:Set Name="SharedRuntime" MinVersion="1.1"/>', ""), /SharedRuntime/],
    ["functions page not the shared runtime", (x) => x.replace('<Page>\n              <SourceLocation resid="Taskpane.Url"/>', '<Page>\n              <SourceLocation resid="Help.Url"/>'), /shared runtime|共享运行时/],
    ["elements out of order", (x) => x.replace(/(\s*<Permissions>ReadWriteDocument<\/Permissions>)/, "").replace("<Hosts>\n    <Host Name", "<Permissions>ReadWriteDocument</Permissions>\n  <Hosts>\n    <Host Name"), /order|顺序/],
    ["no task pane button on Home", (x) => x.replace('<OfficeTab id="TabHome">', '<OfficeTab id="TabData">'), /Home/],
    ["an unused resource", (x) => x.replace("</bt:Urls>", '<bt:Url id="Unused.Url" DefaultValue="https://localhost:3000/x.html"/></bt:Urls>'), /Unused\.Url/],
    // issue 9: an override of the default locale (en-US), as the manifest once had for the functions metadata
    ["an override of the default locale", (x) => x.replace('<bt:Override Locale="zh-CN" Value="https://localhost:3000/functions.zh-CN.json"/>', '<bt:Override Locale="zh-CN" Value="https://localhost:3000/functions.zh-CN.json"/><bt:Override Locale="en-us" Value="https://localhost:3000/functions.en-US.json"/>'), /default locale/],
    ["two overrides for one language", (x) => x.replace('<Override Locale="zh-CN" Value="三个一批考评"/>', '<Override Locale="zh-CN" Value="三个一批考评"/><Override Locale="zh-CN" Value="考评"/>'), /more than one override/],
    ["Chinese functions metadata as the default", (x) => x.replace('DefaultValue="https://localhost:3000/functions.json">', 'DefaultValue="https://localhost:3000/functions.zh-CN.json">'), /functions\.json \(English\)/],
    ["a Chinese default text", (x) => x.replace('DefaultValue="SANPI Project Scoring"', 'DefaultValue="三个一批考评"'), /DisplayName: the default text/],
    ["an English zh-CN override", (x) => x.replace('<Override Locale="zh-CN" Value="三个一批考评"/>', '<Override Locale="zh-CN" Value="SANPI Scoring"/>'), /zh-CN text is not in that language/],
    ["a task pane button without TaskpaneId", (x) => x.replace("<TaskpaneId>ButtonId1</TaskpaneId>", ""), /TaskpaneId/],
  ];
  test.each(broken)("%s is reported", (_name, mutate, expected) => {
    const xml = mutate(source);
    expect(xml).not.toBe(source);
    const { problems } = checkManifest(xml);
    expect(problems.join("\n")).toMatch(expected);
  });

  test("an icon of the wrong size is reported", () => {
    const icons = fromRoot(ROOT);
    const { problems } = checkManifest(source, { readFile: (rel) => icons(rel.replace("icon-80", "icon-64")) });
    expect(problems.join("\n")).toMatch(/icon-80/);
  });
});

describe("the production URL rewrite", () => {
  const prod = "https://addins.example.gov.cn/sanpi";
  test("replaces every https://localhost:3000/, not just the first", () => {
    const before = source.split("https://localhost:3000/").length - 1;
    const out = rewriteUrls(source, prod);
    expect(before).toBeGreaterThan(10);
    expect(out).not.toContain("localhost");
    expect(out.split(`${prod}/`).length - 1).toBe(before);
    const { problems, urls } = checkManifest(out, { emitted: listFiles(DIST), base: `${prod}/` });
    expect(problems).toEqual([]);
    expect(new Set(urls.map((u) => new URL(u).origin))).toEqual(new Set(["https://addins.example.gov.cn"]));
  });
  test.each(["http://addins.example.gov.cn/", "addins.example.gov.cn", "", "https://x.cn/?a=1"])("refuses %p", (bad) => {
    expect(() => normalisePublicUrl(bad)).toThrow(/ADDIN_PUBLIC_URL/);
  });
});

describe("dist/ from `npm run build`", () => {
  test("holds taskpane.html, functions.js, functions.json, manifest.xml and the icons", () => {
    const files = listFiles(DIST);
    for (const f of ["taskpane.html", "taskpane.js", "functions.js", "functions.json", "functions.zh-CN.json", "manifest.xml", "help.html"]) expect(files).toContain(f);
    for (const s of [16, 32, 64, 80, 128]) expect(files).toContain(`assets/icon-${s}.png`);
  });

  test("its manifest names only files the build emits, all on one host", () => {
    const xml = fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8");
    const { problems } = checkManifest(xml, { emitted: listFiles(DIST), readFile: fromRoot(DIST) });
    expect(problems).toEqual([]);
  });

  test("taskpane.html loads office.js, then one script, taskpane.js, which registers the functions first (shared runtime)", () => {
    const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)/g)].map((m) => m[1]);
    expect(scripts).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js", "taskpane.js"]);
    const bundle = fs.readFileSync(path.join(DIST, "taskpane.js"), "utf8");
    expect(bundle).toMatch(/CustomFunctions\.associate\("AMOUNT"/);
    // The entry's first import is the functions module, so they are registered before the pane mounts.
    const entry = fs.readFileSync(path.join(ROOT, "src/taskpane/index.tsx"), "utf8");
    expect(entry.match(/^import .*$/m)?.[0]).toBe('import "../functions/functions";');
  });

  test("ADDIN_PUBLIC_URL: a production build points every URL at it", () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "sanpi-prod-"));
    try {
      webpack(["--output-path", out], { ...process.env, ADDIN_PUBLIC_URL: "https://cdn.example.org/sanpi/v1/" });
      const xml = fs.readFileSync(path.join(out, "manifest.xml"), "utf8");
      expect(xml).not.toContain("localhost");
      const { problems, urls } = checkManifest(xml, { emitted: listFiles(out), readFile: fromRoot(out) });
      expect(problems).toEqual([]);
      for (const u of urls) expect(u.startsWith("https://cdn.example.org/sanpi/v1/")).toBe(true);
      expect(() => webpack(["--output-path", out], { ...process.env, ADDIN_PUBLIC_URL: "http://cdn.example.org/" })).toThrow(/ADDIN_PUBLIC_URL/);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  }, 300_000);
});
