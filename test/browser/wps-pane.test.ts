// The WPS task pane (dist/wps/taskpane.html) in headless Chromium over the ET
// stand-in (test/wps-standin): opened at #check (the ribbon's 检查台账) it
// checks at once; an issue takes WPS to its cell; 生成排名 writes the ranking
// sheets into the workbook, and a second time asks before replacing them; #merge
// shows the pane's 合并报送, a section it does not have says so. Nothing leaves the page's origin.
import fs from "fs";
import os from "os";
import path from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { readXlsx } from "../../src/cli/xlsx-read";
import { parsePeriod, readWorkbook, scorePeriod, builtinProfile } from "../../src/engine";
import { ensureBuilt } from "../functions/support/dist";
import { STRINGS } from "../../src/taskpane/strings";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const esbuild = require("esbuild") as typeof import("esbuild");

jest.setTimeout(180_000);

const ROOT = path.join(__dirname, "../..");
const DIST = path.join(ROOT, "dist", "wps");
const ORIGIN = "http://wps-addin.test/sanpi/";
const SHOTS = path.join(ROOT, "test-output/screenshots");
const PERIOD = "2023Q1";

let context: BrowserContext;
let page: Page;
let standInScript: string;
const external: string[] = [];
const pageErrors: string[] = [];
let book: Awaited<ReturnType<typeof readXlsx>>;

beforeAll(async () => {
  ensureBuilt();
  book = await readXlsx(path.join(ROOT, "test/fixtures/ledger-3/ledger-3.xlsx"));
  const bundle = await esbuild.build({ entryPoints: [path.join(ROOT, "test/wps-standin/browser.ts")], bundle: true, write: false, format: "iife", target: "es2020", logLevel: "silent" });
  standInScript = bundle.outputFiles[0].text;
  fs.mkdirSync(SHOTS, { recursive: true });
});

afterEach(async () => {
  await context?.close();
});

async function open(hash: string): Promise<void> {
  context = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), "wps-pane-")), {
    executablePath: "/usr/bin/chromium",
    headless: true,
    viewport: { width: 360, height: 900 },
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const sheets = Object.fromEntries(Object.entries(book).map(([k, v]) => [k, { values: v.values, merges: v.merges ?? [] }]));
  await context.addInitScript({ content: `window.__SANPI_WPS_BOOK__ = ${JSON.stringify(sheets).replace(/</g, "\\u003c")};\n${standInScript}` });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(ORIGIN)) {
      const file = path.join(DIST, decodeURIComponent(new URL(url).pathname.replace(/^\/sanpi\//, "")));
      if (!fs.existsSync(file)) return route.fulfill({ status: 404, body: "" });
      const type = file.endsWith(".html") ? "text/html; charset=utf-8" : file.endsWith(".js") ? "text/javascript; charset=utf-8" : "application/octet-stream";
      return route.fulfill({ status: 200, contentType: type, body: fs.readFileSync(file) });
    }
    external.push(url);
    return route.abort();
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  await page.goto(`${ORIGIN}taskpane.html#${hash}`);
  await page.getByRole("button", { name: "生成排名" }).waitFor();
}

const model = () =>
  page.evaluate(() => {
    const b = (window as any).__etStandIn.book;
    return {
      sheets: b.sheets.map((s: any) => ({ name: s.name, values: s.values(), frozenRows: s.frozenRows, merges: s.merges })),
      selection: b.selection,
      active: b.active?.name ?? null,
    };
  });

test("#check checks at once; an issue selects its cell in the workbook", async () => {
  await open("check");
  await page.getByTestId("results").waitFor({ timeout: 120_000 });
  await page.getByTestId("issues").locator(`button[title="${STRINGS.zh.issueGoTo}"]`).first().click();
  await page.waitForFunction(() => (window as any).__etStandIn.book.selection !== null);
  const m = await model();
  expect(m.selection.sheet).toBe(m.active);
  expect(m.selection.address).toMatch(/^[A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?$|^\d+:\d+$/);
  await page.screenshot({ path: path.join(SHOTS, "wps-check.png") });
  expect(pageErrors).toEqual([]);
  expect(external).toEqual([]);
});

test("生成排名 writes the ranking into the workbook; the second time it asks before replacing", async () => {
  await open("rank");
  await page.getByTestId("period").selectOption(PERIOD);
  await page.getByRole("button", { name: "生成排名" }).click();
  await page.getByTestId("generated").waitFor({ timeout: 120_000 });
  let m = await model();
  const report = scorePeriod(readWorkbook(book), parsePeriod(PERIOD, builtinProfile())!);
  const towns = report.groups.find((g) => g.id === "towns")!;
  const sheet = m.sheets.find((s: any) => s.name.includes("乡镇") && s.name.includes(PERIOD));
  expect(sheet).toBeDefined();
  const units = new Set(towns.rows.map((r) => r.unit));
  const written = sheet.values.filter((r: unknown[]) => units.has(String(r[1]))).map((r: unknown[]) => String(r[1]));
  expect(written.length).toBe(towns.rows.length);
  expect(sheet.frozenRows).toBeGreaterThan(0);
  const count = m.sheets.length;

  await page.getByRole("button", { name: "生成排名" }).click();
  const dialog = page.getByRole("alertdialog"); // ConfirmReplace is an alert dialog (modalType "alert")
  await dialog.waitFor({ timeout: 120_000 });
  await page.screenshot({ path: path.join(SHOTS, "wps-confirm.png") });
  await dialog.getByRole("button", { name: "替换", exact: true }).click();
  await page.getByTestId("generated").waitFor({ timeout: 120_000 });
  m = await model();
  expect(m.sheets.length).toBe(count); // replaced in place, none added
  expect(pageErrors).toEqual([]);
  expect(external).toEqual([]);
});

test("#merge shows the pane's 合并报送 section; a section the pane does not have yet (#inspect) says so", async () => {
  await open("merge");
  await page.getByTestId("merge").waitFor();
  await expect(page.getByTestId("section-note").textContent()).resolves.toBe("");
  await page.evaluate(() => (window.location.hash = "#inspect"));
  const inspect = await page.getByTestId("inspect").count();
  if (inspect === 0) await expect(page.getByTestId("section-note").textContent()).resolves.toContain("月度督查");
  await page.screenshot({ path: path.join(SHOTS, "wps-section.png") });
  expect(pageErrors).toEqual([]);
});
