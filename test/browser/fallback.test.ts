// Where the add-in cannot run, the clerk gets the page of src/taskpane/unsupported.ts
// (what is needed, and a link to the no-install page), never a blank pane — in real
// headless Chromium with every request outside the add-in's origin blocked:
//  - the offline build (ADDIN_OFFICE_JS=local) outside Office: the real office.js from
//    beside the add-in, Office reports no host; its pages load nothing from outside;
//  - the default build where Microsoft's CDN is unreachable (no office.js);
//  - an IE11 webview (Office 2016/2019 volume-licensed): the ES5 gate alone;
//  - an Excel without the add-in's ExcelApi set; and one with ExcelApi but without
//    the functions' sets, where the pane runs and says the functions cannot.
// Screenshots go to test-output/screenshots/.
import fs from "fs";
import http from "http";
import os from "os";
import path from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { DIST, ensureBuilt, listFiles, ROOT, webpack } from "../functions/support/dist";
import { startPreview, OFFICE_CDN } from "../../scripts/dev/preview";

jest.setTimeout(300_000);

const SHOTS = path.join(ROOT, "test-output/screenshots");
const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";
const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".json": "application/json", ".png": "image/png", ".xml": "text/xml", ".css": "text/css", ".gif": "image/gif" };

/** A static HTTP server of `dir` on 127.0.0.1 (the add-in's own origin in these tests). */
async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = path.normalize(path.join(dir, rel));
    if (!file.startsWith(dir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    res.end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r())) };
}

interface Opened {
  context: BrowserContext;
  page: Page;
  /** Requests outside the origin, each blocked. */
  outside: string[];
  errors: string[];
}

/** Chromium where only `origin` is reachable; `officeJs` (if given) answers for Microsoft's CDN URL. */
async function open(origin: string, pagePath: string, options: { officeJs?: string; userAgent?: string } = {}): Promise<Opened> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "sanpi-fallback-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    viewport: { width: 320, height: 900 },
    userAgent: options.userAgent,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const outside: string[] = [];
  const errors: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin)) return route.continue();
    if (url === OFFICE_CDN && options.officeJs !== undefined) return route.fulfill({ status: 200, contentType: "text/javascript", body: options.officeJs });
    outside.push(url);
    return route.abort();
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${origin}${pagePath}`);
  const close = context.close.bind(context);
  context.close = async () => {
    await close();
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { context, page, outside, errors };
}

const visibleText = (page: Page, selector: string) => page.locator(selector).evaluate((el) => (el as HTMLElement).innerText);
const shown = (page: Page, selector: string) => page.locator(selector).evaluate((el) => getComputedStyle(el).display !== "none");

/** The page is up, in Chinese first, says what is needed and links the no-install page; the pane is not mounted. */
async function expectUnsupportedPage(page: Page, reason: RegExp): Promise<string> {
  await page.locator("#sanpi-unsupported").waitFor({ state: "visible" });
  const text = await visibleText(page, "#sanpi-unsupported");
  expect(text).toMatch(/^三个一批考评加载项无法在此运行/);
  expect(text).toMatch(reason);
  expect(text).toContain("Microsoft 365");
  expect(text).toContain("Office 2021");
  expect(text).toContain("Excel 网页版");
  // Instead of a command to run, the no-install page beside this one (issue 18).
  expect(text).toContain("打开“三个一批考评 · 网页版”");
  expect(text).not.toContain("npx");
  await expect(page.locator("a[data-web-page=zh]").getAttribute("href")).resolves.toBe("web/index.html");
  expect(text).toContain("The SANPI add-in cannot run here");
  expect(await shown(page, "#root")).toBe(false);
  expect(await page.getByRole("button", { name: "检查台账" }).count()).toBe(0);
  return text;
}

beforeAll(() => {
  ensureBuilt();
  fs.mkdirSync(SHOTS, { recursive: true });
}, 300_000);

describe("the offline build (ADDIN_OFFICE_JS=local), outside Office", () => {
  let out: string;
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), "sanpi-offline-"));
    webpack(["--output-path", out], { ...process.env, ADDIN_OFFICE_JS: "local", ADDIN_PUBLIC_URL: "" });
    server = await serve(out);
  }, 300_000);
  afterAll(async () => {
    await server?.close();
    if (out) fs.rmSync(out, { recursive: true, force: true });
  });

  test("office.js and its Excel files are beside the add-in, and taskpane.html names the local copy", () => {
    const files = listFiles(out);
    for (const f of ["office-js/office.js", "office-js/excel-win32-16.01.js", "office-js/excel-web-16.00.js", "office-js/zh-cn/office_strings.js", "office-js/en-us/office_strings.js"]) expect(files).toContain(f);
    expect(files.some((f) => /office-js\/(word|outlook|powerpoint)-/.test(f) || f.endsWith(".debug.js"))).toBe(false);
    const html = fs.readFileSync(path.join(out, "taskpane.html"), "utf8");
    expect(html).toMatch(/<script[^>]*src="?office-js\/office\.js/);
    expect(html).not.toMatch(/https?:\/\//);
  });

  test("taskpane.html loads nothing from outside, and without an Office host shows the page", async () => {
    const o = await open(server.url, "taskpane.html");
    try {
      await expectUnsupportedPage(o.page, /此页面没有在 Excel 中打开/);
      await o.page.waitForLoadState("networkidle");
      expect(await o.page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).toBe("object");
      expect(o.outside).toEqual([]);
      expect(o.errors).toEqual([]);
      await o.page.screenshot({ path: path.join(SHOTS, "unsupported-no-host.png"), fullPage: true });
    } finally {
      await o.context.close();
    }
  });

  test("help.html loads nothing from outside", async () => {
    const o = await open(server.url, "help.html");
    try {
      await o.page.waitForLoadState("networkidle");
      expect(await o.page.locator("h1").innerText()).toContain("SANPI");
      expect(o.outside).toEqual([]);
    } finally {
      await o.context.close();
    }
  });
});

describe("the default build (office.js from Microsoft's CDN)", () => {
  let preview: Awaited<ReturnType<typeof startPreview>>;
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    preview = await startPreview({ lang: "zh" });
    server = await serve(DIST);
  });
  afterAll(async () => {
    await preview?.close();
    await server?.close();
  });

  test("where the CDN cannot be reached: the page says office.js could not be loaded", async () => {
    const o = await open(server.url, "taskpane.html");
    try {
      await expectUnsupportedPage(o.page, /未能加载 Office 运行库 office\.js/);
      expect(o.outside).toEqual([OFFICE_CDN]);
      expect(o.errors).toEqual([]);
    } finally {
      await o.context.close();
    }
  });

  test("in an IE11 webview (Office 2016/2019 volume-licensed): the ES5 gate shows the page, the pane never mounts", async () => {
    // The stand-in would make a working Excel: only the user agent says IE11.
    const o = await open(server.url, "taskpane.html", { officeJs: preview.officeScript, userAgent: IE11 });
    try {
      const text = await expectUnsupportedPage(o.page, /Internet Explorer 11 或旧版 Edge/);
      expect(text).toMatch(/Office 2016、Office 2019 批量许可版/);
      await o.page.waitForTimeout(500); // Office.onReady has fired by now
      expect(await o.page.getByRole("button", { name: "检查台账" }).count()).toBe(0);
      await o.page.screenshot({ path: path.join(SHOTS, "unsupported-ie11.png"), fullPage: true });
    } finally {
      await o.context.close();
    }
  });

  test("in an Excel without ExcelApi 1.9: the page names the missing set", async () => {
    const noExcelApi = `${preview.officeScript}\nOffice.context.requirements.isSetSupported = function (name) { return name !== "ExcelApi"; };`;
    const o = await open(server.url, "taskpane.html", { officeJs: noExcelApi });
    try {
      const text = await expectUnsupportedPage(o.page, /此版本 Excel 缺少本加载项需要的功能：\s*ExcelApi 1\.9/);
      expect(text).not.toContain("SharedRuntime");
    } finally {
      await o.context.close();
    }
  });

  test("in an Excel with ExcelApi but without the functions' sets: the pane runs, and a line says the functions cannot", async () => {
    const noFunctions = `${preview.officeScript}\nOffice.context.requirements.isSetSupported = function (name) { return name === "ExcelApi"; };`;
    const o = await open(server.url, "taskpane.html", { officeJs: noFunctions });
    try {
      await o.page.getByRole("button", { name: "检查台账" }).waitFor();
      expect(await shown(o.page, "#sanpi-unsupported")).toBe(false);
      const notice = await visibleText(o.page, "#sanpi-notice");
      expect(notice).toContain("此版本 Excel 不能使用 SANPI 函数（缺少：SharedRuntime 1.1, CustomFunctionsRuntime 1.3）");
      expect(notice).not.toMatch(/This Excel/);
      expect(o.errors).toEqual([]);
    } finally {
      await o.context.close();
    }
  });
});
