// Hostile files on the no-install page (issue 18 "Bad input", issue 15 §3), in
// Chromium from file:// with every request blocked: a zip bomb (a sheet that
// inflates past the reader's 200 MB part cap, its size declared falsely small
// or truly), an old .xls, an encrypted workbook, a file that is no zip, a
// DOCTYPE in a sheet: each refused in the page with the CLI's Chinese words,
// no page or console error. The page answers while it reads (the worker does
// the work), and a good file opened after them ranks. A ledger with one cell
// at XFD1048576 ranks as `sanpi score` does.
import fs from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { ROOT } from "../functions/support/dist";
import { inline } from "../xlsx/make-package";
import { beforeSheetDataEnd, bombBook, bombData, ledgerWith } from "../xlsx/hostile-files";
import { cliRankings, cliRefusal, closed, openPage, pageSuite, rankings, SHOTS, waitForRanking, waitIdle } from "./page-support";

jest.setTimeout(300_000);

const LEDGER = path.join(ROOT, "test/fixtures/ledger-3/ledger-3.xlsx");
const suite = pageSuite("sanpi-page-hostile-");

const made = (name: string, bytes: Uint8Array | string): string => {
  const f = path.join(suite.scratch(), name);
  fs.writeFileSync(f, bytes);
  return f;
};

/** The longest round trip to the page's thread (a timer task) while `until` is pending. */
async function slowestAnswer(page: Page, until: Promise<unknown>): Promise<number> {
  let done = false;
  const settled = until.then(
    () => (done = true),
    (e: unknown) => {
      done = true;
      throw e;
    },
  );
  let slowest = 0;
  while (!done) {
    const t = Date.now();
    await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
    slowest = Math.max(slowest, Date.now() - t);
    await new Promise((r) => setTimeout(r, 50));
  }
  await settled;
  return slowest;
}

test("hostile files are refused with the CLI's words while the page keeps answering; a good file opened after them ranks", async () => {
  const bomb = bombData(210); // 210 MB of XML: past the 200 MB part cap, in 1.4 MB
  const doctype = `<!DOCTYPE worksheet [<!ENTITY x "]><row r='3'><c r='B3'><v>200000</v></c></row>">]>`;
  const files = [
    made("炸弹.xlsx", bombBook(bomb, 1000, 3)), // declares 1000 bytes: inflated up to the cap, then refused
    made("炸弹-实报.xlsx", bombBook(bomb, 210 << 20, 1)), // declares its size: refused before inflating
    path.join(ROOT, "test/cli/files/old.xls"),
    path.join(ROOT, "test/cli/files/encrypted.xlsx"),
    made("不是压缩包.xlsx", "PK 这不是工作簿"),
    made("实体.xlsx", ledgerWith((xml) => xml.replace(/(<worksheet)/, `${doctype}$1`))),
  ];
  const o = await openPage(suite.browser());
  const { page } = o;
  // Tasks the page's thread ran over 1 s from here on (reading a bomb on it would be several).
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: "longtask" });
  });
  for (const file of files) {
    const name = path.basename(file);
    const refused = page.locator(`[data-file="${name}"][data-state=refused]`);
    await page.getByTestId("open-files").setInputFiles(file);
    const slowest = await slowestAnswer(page, refused.waitFor({ timeout: 120_000 }));
    expect({ name, answersWithin2s: slowest < 2000 }).toEqual({ name, answersWithin2s: true });
    const shown = (await page.getByTestId("refusal").innerText()).split("\n")[0];
    expect({ name, shown }).toEqual({ name, shown: await cliRefusal(file) });
    if (file === files[0]) {
      expect(shown).toContain("文件过大或已损坏");
      await page.screenshot({ path: path.join(SHOTS, "page-bomb.png") });
    }
  }
  const long = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.filter((d) => d > 1000));
  expect(long).toEqual([]);

  // A good ledger after them: read and ranked as the CLI ranks it.
  await page.getByTestId("open-files").setInputFiles(LEDGER);
  await waitForRanking(page);
  await waitIdle(page);
  const period = await page.locator("select[data-testid=period]").inputValue();
  expect(await rankings(page)).toEqual(await cliRankings(LEDGER, period));
  await closed(o);
});

test("a ledger with one cell at XFD1048576 is read, not padded, and ranked as sanpi score ranks it", async () => {
  const file = made("远处一格.xlsx", ledgerWith(beforeSheetDataEnd(`<row r="1048576">${inline("XFD1048576", "x")}</row>`)));
  const o = await openPage(suite.browser());
  await o.page.getByTestId("open-files").setInputFiles(file);
  await waitForRanking(o.page);
  await waitIdle(o.page);
  for (const period of ["2023Q2", "2023"]) {
    await o.page.selectOption("select[data-testid=period]", period);
    await waitIdle(o.page);
    expect({ period, rankings: await rankings(o.page) }).toEqual({ period, rankings: await cliRankings(file, period) });
  }
  await closed(o);
});
