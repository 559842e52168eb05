// What the no-install page's browser tests share: dist/web/index.html opened
// from file:// in headless Chromium with every other request aborted (and
// recorded: a test fails on any), page errors and console errors collected,
// and the CLI run in-process to compare with.
import fs from "fs";
import os from "os";
import path from "path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { run } from "../../src/cli/run";
import { DIST, ensureBuilt, ROOT } from "../functions/support/dist";

export const PAGE = path.join(DIST, "web", "index.html");
export const SHOTS = path.join(ROOT, "test-output/screenshots");

export async function sanpi(args: string[], cwd = ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await run(args, { out: (s) => (stdout += s), err: (s) => (stderr += s), errIsTTY: false, cwd });
  return { code, stdout, stderr };
}

export function launch(): Promise<Browser> {
  fs.mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** The file's hooks: the page built, a browser and a scratch folder for the tests, closed and removed after. */
export function pageSuite(prefix: string): { browser: () => Browser; scratch: () => string } {
  let browser: Browser | undefined;
  let scratch = "";
  beforeAll(async () => {
    ensureBuilt();
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    browser = await launch();
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  });
  return { browser: () => browser!, scratch: () => scratch };
}

export interface Opened {
  context: BrowserContext;
  page: Page;
  /** Requests that tried to leave the file (each aborted). */
  outside: string[];
  /** Page errors and console errors. */
  errors: string[];
}

export async function openPage(browser: Browser, width = 1100): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width, height: 1000 }, deviceScaleFactor: 1, acceptDownloads: true });
  const outside: string[] = [];
  const errors: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url === `file://${PAGE}`) return route.continue();
    outside.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(`file://${PAGE}`);
  await page.getByTestId("open-files").waitFor({ state: "attached" });
  return { context, page, outside, errors };
}

/** Closes the page; no request left the file, no page or console error. */
export async function closed(o: Opened): Promise<void> {
  await o.context.close();
  expect(o.outside).toEqual([]);
  expect(o.errors).toEqual([]);
}

export const waitForRanking = (page: Page) => page.locator("[data-testid=ranking-towns] [data-unit]").first().waitFor({ state: "attached", timeout: 120_000 });
export const waitIdle = (page: Page) => page.locator("main[aria-busy=false]").waitFor({ state: "attached", timeout: 120_000 });

/** The CLI's one-line refusal for `file` (exit 2, stderr), naming it as the page does (its base name). */
export async function cliRefusal(file: string): Promise<string> {
  const r = await sanpi(["check", file]);
  expect(r.code).toBe(2);
  return r.stderr.trim().split("\n")[0].replace(file, path.basename(file));
}

const GROUPS = ["towns", "departments", "service"] as const;

export interface JsonRow {
  unit: string;
  rank: number;
  total: number;
}

/** Each group's rows as the page shows them: unit, rank, total. */
export async function rankings(page: Page): Promise<Record<string, JsonRow[]>> {
  const out: Record<string, JsonRow[]> = {};
  for (const g of GROUPS) {
    out[g] = await page.locator(`[data-testid=ranking-${g}] [data-unit]`).evaluateAll((rows) =>
      rows.map((r) => ({ unit: r.getAttribute("data-unit")!, rank: Number(r.getAttribute("data-rank")), total: Number(r.getAttribute("data-total")) })),
    );
  }
  return out;
}

export async function cliRankings(file: string, period: string): Promise<Record<string, JsonRow[]>> {
  const flag = /Q\d$/.test(period) ? "--quarter" : "--year";
  const r = await sanpi(["score", file, flag, period, "--json"]);
  const json = JSON.parse(r.stdout) as { groups: { id: string; rows: JsonRow[] }[] };
  return Object.fromEntries(GROUPS.map((g) => [g, (json.groups.find((x) => x.id === g)?.rows ?? []).map(({ unit, rank, total }) => ({ unit, rank, total }))]));
}
