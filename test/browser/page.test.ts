// The no-install page (issue 18), dist/web/index.html, as a clerk opens it: by
// double-click, from file://, in Chromium with every request blocked (the test
// fails on any). The rankings it shows are `sanpi score --json`'s on the same
// golden workbooks; the workbook it downloads, read back with our reader,
// holds the user's sheets as they were plus `sanpi rank`'s sheets; a file the
// CLI refuses gets the CLI's Chinese message in the page, never a blank page
// or a console error. Screenshots go to test-output/screenshots/page-*.png.
import fs from "fs";
import path from "path";
import { zipSync } from "fflate";
import { describeReport, inputSheetNames } from "../../src/engine";
import { readBookValues } from "../../src/xlsx/book";
import { ROOT } from "../functions/support/dist";
import { cliRankings, cliRefusal, closed, openPage as open, pageSuite, rankings, sanpi, SHOTS, waitForRanking, waitIdle } from "./page-support";

jest.setTimeout(300_000);

const GOLDEN = ["test/fixtures/ledger-3/ledger-3.xlsx", "test/fixtures/worked-example/worked-example.xlsx", "test/fixtures/layouts/clerk-layout/clerk.xlsx"].map((f) => path.join(ROOT, f));
const suite = pageSuite("sanpi-page-");

const openPage = (width?: number) => open(suite.browser(), width);

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
  const saved = path.join(suite.scratch(), download.suggestedFilename());
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

test("files the CLI refuses are refused in the page with the CLI's Chinese message", async () => {
  const made = (name: string, bytes: Uint8Array | string) => {
    const f = path.join(suite.scratch(), name);
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
    const expected = await cliRefusal(file);
    expect(shown.split("\n")[0]).toBe(expected);
    if (file === files[3]) await o.page.screenshot({ path: path.join(SHOTS, "page-refused.png") });
    await closed(o);
  }
});
