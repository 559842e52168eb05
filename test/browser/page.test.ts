// The no-install page (issue 18), dist/web/index.html, as a clerk opens it: by
// double-click, from file://, in Chromium with every request blocked (the test
// fails on any). The rankings it shows are `sanpi score --json`'s on the same
// golden workbooks; the workbook it downloads, read back with our reader,
// holds the user's sheets as they were plus `sanpi rank`'s sheets; a file the
// CLI refuses gets the CLI's Chinese message in the page, never a blank page
// or a console error. Screenshots go to test-output/screenshots/page-*.png.
import fs from "fs";
import os from "os";
import path from "path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { zipSync } from "fflate";
import { describeReport, inputSheetNames } from "../../src/engine";
import { readBookValues } from "../../src/xlsx/book";
import { run } from "../../src/cli/run";
import { DIST, ensureBuilt, ROOT } from "../functions/support/dist";

jest.setTimeout(300_000);

const PAGE = path.join(DIST, "web", "index.html");
const SHOTS = path.join(ROOT, "test-output/screenshots");
const GOLDEN = ["test/fixtures/ledger-3/ledger-3.xlsx", "test/fixtures/worked-example/worked-example.xlsx", "test/fixtures/layouts/clerk-layout/clerk.xlsx"].map((f) => path.join(ROOT, f));
const GROUPS = ["towns", "departments", "service"] as const;

async function sanpi(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await run(args, { out: (s) => (stdout += s), err: (s) => (stderr += s), errIsTTY: false, cwd: ROOT });
  return { code, stdout, stderr };
}

interface JsonRow {
  unit: string;
  rank: number;
  total: number;
}

let browser: Browser;
let scratch: string;

beforeAll(async () => {
  ensureBuilt();
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), "sanpi-page-"));
  fs.mkdirSync(SHOTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  fs.rmSync(scratch, { recursive: true, force: true });
});

interface Opened {
  context: BrowserContext;
  page: Page;
  /** Requests that tried to leave the file (each aborted). */
  outside: string[];
  /** Page errors and console errors. */
  errors: string[];
}

async function openPage(width = 1100): Promise<Opened> {
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

async function closed(o: Opened): Promise<void> {
  await o.context.close();
  expect(o.outside).toEqual([]);
  expect(o.errors).toEqual([]);
}

/** Each group's rows as the page shows them: unit, rank, total. */
async function rankings(page: Page): Promise<Record<string, JsonRow[]>> {
  const out: Record<string, JsonRow[]> = {};
  for (const g of GROUPS) {
    out[g] = await page.locator(`[data-testid=ranking-${g}] [data-unit]`).evaluateAll((rows) =>
      rows.map((r) => ({ unit: r.getAttribute("data-unit")!, rank: Number(r.getAttribute("data-rank")), total: Number(r.getAttribute("data-total")) })),
    );
  }
  return out;
}

async function cliRankings(file: string, period: string): Promise<Record<string, JsonRow[]>> {
  const flag = /Q\d$/.test(period) ? "--quarter" : "--year";
  const r = await sanpi(["score", file, flag, period, "--json"]);
  const json = JSON.parse(r.stdout) as { groups: { id: string; rows: JsonRow[] }[] };
  return Object.fromEntries(GROUPS.map((g) => [g, (json.groups.find((x) => x.id === g)?.rows ?? []).map(({ unit, rank, total }) => ({ unit, rank, total }))]));
}

const waitForRanking = (page: Page) => page.locator("[data-testid=ranking-towns] [data-unit]").first().waitFor({ state: "attached", timeout: 120_000 });
const waitIdle = (page: Page) => page.locator("main[aria-busy=false]").waitFor({ state: "attached", timeout: 120_000 });

test("the page is one file that says the files never leave the computer, in Chinese", async () => {
  const o = await openPage();
  await expect(o.page.getByTestId("privacy").innerText()).resolves.toContain("不会离开这台电脑");
  await expect(o.page.locator("input[type=file][multiple][data-testid=open-files]").count()).resolves.toBe(1);
  await o.page.screenshot({ path: path.join(SHOTS, "page-start.png") });
  await closed(o);
});

test.each(GOLDEN.map((f) => [path.basename(f), f]))("%s: every period's rankings are sanpi score --json's", async (_name, file) => {
  const o = await openPage();
  await o.page.getByTestId("open-files").setInputFiles(file);
  await waitForRanking(o.page);
  await waitIdle(o.page);
  const periods = await o.page.locator("select[data-testid=period] option").evaluateAll((os) => os.map((x) => (x as HTMLOptionElement).value));
  // The assessment year's quarters and the year, as the CLI spells them.
  const years = [...new Set(periods.map((p) => p.slice(0, 4)))];
  for (const y of years) expect(periods).toEqual(expect.arrayContaining([`${y}Q1`, `${y}Q2`, `${y}Q3`, `${y}Q4`, y]));
  const year = years[years.length - 1];
  for (const period of [`${year}Q1`, `${year}Q3`, year]) {
    await o.page.selectOption("select[data-testid=period]", period);
    await waitIdle(o.page);
    expect({ period, rankings: await rankings(o.page) }).toEqual({ period, rankings: await cliRankings(file, period) });
  }
  await o.page.screenshot({ path: path.join(SHOTS, `page-${path.basename(file, ".xlsx")}.png`), fullPage: false });
  await closed(o);
});

test("the downloaded workbook is the user's sheets as they were plus sanpi rank's sheets", async () => {
  const file = GOLDEN[0];
  const o = await openPage();
  await o.page.getByTestId("open-files").setInputFiles(file);
  await waitForRanking(o.page);
  await waitIdle(o.page);
  await o.page.selectOption("select[data-testid=period]", "2023Q2");
  await waitIdle(o.page);
  const [download] = await Promise.all([o.page.waitForEvent("download"), o.page.getByTestId("download-ranked").click()]);
  expect(download.suggestedFilename()).toBe("ledger-3-排名-2023Q2.xlsx");
  const saved = path.join(scratch, download.suggestedFilename());
  await download.saveAs(saved);
  await waitIdle(o.page);
  await o.page.screenshot({ path: path.join(SHOTS, "page-downloaded.png") });
  await closed(o);

  const original = await readBookValues(fs.readFileSync(file));
  const ranked = await readBookValues(fs.readFileSync(saved));
  // The CLI's sheets for the same period, by the same names, after the user's own.
  const cli = await sanpi(["score", file, "--quarter", "2023Q2", "--json"]);
  expect(cli.code).toBeLessThan(2);
  const { readXlsxValues } = await import("../../src/cli/xlsx-read");
  const { readWorkbook, scorePeriod, builtinProfile } = await import("../../src/engine");
  const values = await readXlsxValues(file, "zh", file, inputSheetNames);
  const report = scorePeriod(readWorkbook(values.values, builtinProfile(), { sheetNames: values.sheetNames }), { year: 2023, kind: "quarter", quarter: 2 });
  const specs = describeReport(report, "zh");
  expect(ranked.sheetNames).toEqual([...original.sheetNames, ...specs.map((s) => s.name)]);
  for (const name of original.sheetNames) expect(ranked.values[name]).toEqual(original.values[name]);
  for (const spec of specs.filter((s) => s.kind === "ranking")) {
    const rows = ranked.values[spec.name].values;
    // The units in the sheet, in the report's order.
    const units = spec.rows.map((r) => r[1]);
    for (const u of units) expect(rows.some((row) => row.includes(u as string))).toBe(true);
  }
});

/** The CLI's one-line refusal for `file` (exit 2, stderr). */
async function cliRefusal(file: string): Promise<string> {
  const r = await sanpi(["check", file]);
  expect(r.code).toBe(2);
  return r.stderr.trim().split("\n")[0];
}

test("files the CLI refuses are refused in the page with the CLI's Chinese message", async () => {
  const made = (name: string, bytes: Uint8Array | string) => {
    const f = path.join(scratch, name);
    fs.writeFileSync(f, bytes);
    return f;
  };
  const ledger = fs.readFileSync(GOLDEN[0]);
  const files = [
    made("说明.xlsx", "这不是工作簿"),
    made("空.xlsx", ""),
    path.join(ROOT, "test/cli/files/old.xls"),
    path.join(ROOT, "test/cli/files/encrypted.xlsx"),
    made("截断.xlsx", ledger.subarray(0, Math.floor(ledger.length / 2))),
    made("文档.xlsx", zipSync({ "word/document.xml": new TextEncoder().encode("<w:document/>") })),
  ];
  for (const file of files) {
    const o = await openPage();
    await o.page.getByTestId("open-files").setInputFiles(file);
    const refusal = o.page.getByTestId("refusal");
    await refusal.waitFor({ timeout: 60_000 });
    const shown = await refusal.innerText();
    const expected = (await cliRefusal(file)).replace(file, path.basename(file));
    expect(shown.split("\n")[0]).toBe(expected);
    if (file === files[3]) await o.page.screenshot({ path: path.join(SHOTS, "page-refused.png") });
    await closed(o);
  }
});
