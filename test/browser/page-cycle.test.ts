// The no-install page's month (cycle.md §2–3), as a clerk does it from
// file:// in Chromium with every request blocked: 月度督查 on an opened ledger
// (its 问题台账 too) gives `sanpi inspect`'s result, downloads the workbook with
// its two sheets (the CLI's --out, read back) and the 通报 .docx (the CLI's
// --notice); 合并报送 of the master and the units' returns opened together
// downloads the master with its ledger updated in place, as `sanpi merge --into`.
// Screenshots: test-output/screenshots/page-inspect.png, page-merge-into.png.
import fs from "fs";
import path from "path";
import type { Locator, Page } from "playwright-core";
import { unzipSync } from "fflate";
import { readBookValues } from "../../src/xlsx/book";
import { ZipArchive } from "../../src/xlsx/zip";
import { INSPECT_STRINGS } from "../../src/taskpane/strings-inspect";
import { ROOT } from "../functions/support/dist";
import { PROBLEMS, withProblems } from "../web/problems-book";
import { closed, openPage, pageSuite, sanpi, SHOTS, waitForRanking, waitIdle } from "./page-support";

jest.setTimeout(300_000);

const suite = pageSuite("sanpi-page-cycle-");

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; file: string }> {
  const [d] = await Promise.all([page.waitForEvent("download"), click()]);
  const file = path.join(suite.scratch(), `page-${d.suggestedFilename()}`);
  await d.saveAs(file);
  return { name: d.suggestedFilename(), file };
}

/** Writes the section's sheets: the confirmation says `says`; confirmed, the download is `name` and the section says so. Its path. */
async function writeConfirmed(page: Page, section: Locator, what: "inspect" | "merge", says: string, name: string): Promise<string> {
  await section.getByTestId(`${what}-write`).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog.innerText()).resolves.toContain(says);
  const saved = await downloaded(page, () => dialog.getByRole("button", { name: "写入" }).click());
  expect(saved.name).toBe(name);
  await expect(section.getByTestId(`${what}-written`).innerText()).resolves.toContain(`已下载“${name}”`);
  return saved.file;
}

const RETURNS = path.join(ROOT, "test/fixtures/returns");

/** The fixtures' master, copied under `name`, and the five units' updates. */
function returnsAs(name: string): { master: string; updates: string[] } {
  const master = path.join(suite.scratch(), name);
  fs.copyFileSync(path.join(RETURNS, "books/master.xlsx"), master);
  return { master, updates: fs.readdirSync(path.join(RETURNS, "updates")).sort().map((f) => path.join(RETURNS, "updates", f)) };
}

const documentXml = (file: string): string => new TextDecoder().decode(unzipSync(new Uint8Array(fs.readFileSync(file)))["word/document.xml"]);

test("月度督查 on an opened ledger: sanpi inspect's overdue projects and units to notify, its two sheets and its 通报 downloaded", async () => {
  const ledger = path.join(suite.scratch(), "台账.xlsx");
  fs.writeFileSync(ledger, withProblems(new Uint8Array(fs.readFileSync(path.join(ROOT, "test/fixtures/ledger-3/ledger-3.xlsx"))), PROBLEMS));
  const cli = await sanpi(["inspect", "台账.xlsx", "--month", "2023-08", "--json", "--out", "cli.xlsx", "--notice", "cli.docx"], suite.scratch());
  expect(cli.code).toBeLessThan(2);
  const expected = JSON.parse(cli.stdout) as { projects: { row: number; level: string }[]; notify: { unit: string }[] };
  expect(expected.notify.map((n) => n.unit)).toContain("临汝镇"); // its 问题台账 row is past its deadline

  const o = await openPage(suite.browser());
  const { page } = o;
  await page.getByTestId("open-files").setInputFiles(ledger);
  await waitForRanking(page);
  await waitIdle(page);
  const section = page.locator("[data-section=workbook] [data-testid=inspect]");
  await section.scrollIntoViewIfNeeded();
  await section.getByTestId("inspect-month").selectOption("2023-08");
  await section.getByTestId("inspect-run").click();
  await section.getByTestId("inspect-result").waitFor({ timeout: 120_000 });

  const t = INSPECT_STRINGS.zh;
  const red = expected.projects.filter((p) => p.level === "red").length;
  await expect(section.getByTestId("inspect-summary").innerText()).resolves.toBe(t.summary(expected.projects.length, red, expected.notify.length));
  const notify = await section.locator("[data-testid=inspect-notify] li").allInnerTexts();
  expect(notify.map((x) => x.replace(/（\d+）$/, ""))).toEqual(expected.notify.map((n) => n.unit));
  const rows = await section.locator("[data-testid=inspect-overdue] li").evaluateAll((li) => li.map((x) => Number(x.getAttribute("data-row"))));
  expect(rows.length).toBe(Math.min(50, expected.projects.length));
  for (const r of rows) expect(expected.projects.map((p) => p.row)).toContain(r);
  // No cell to go to in a file: the overdue projects are text, not links.
  await expect(section.getByTestId("inspect-go").count()).resolves.toBe(0);
  await section.screenshot({ path: path.join(SHOTS, "page-inspect.png") });

  // The two sheets, after the confirmation, in a downloaded copy: sanpi inspect --out's workbook.
  const sheets = await writeConfirmed(page, section, "inspect", "督查-2023年8月", "台账-督查-2023年8月.xlsx");
  const got = await readBookValues(new Uint8Array(fs.readFileSync(sheets)));
  expect(got.sheetNames.slice(-2)).toEqual(["督查-2023年8月", "督查排名-2023年8月"]);
  expect(got).toEqual(await readBookValues(new Uint8Array(fs.readFileSync(path.join(suite.scratch(), "cli.xlsx")))));

  // The 通报 draft: a .docx (a zip with word/document.xml) with the title and every unit notified, as the CLI writes it.
  const notice = await downloaded(page, () => section.getByTestId("inspect-notice").click());
  expect(notice.name).toBe("关于2023年8月“三个一批”重大项目督查情况的通报.docx");
  const xml = documentXml(notice.file);
  expect(xml).toContain("关于2023年8月“三个一批”重大项目督查情况的通报");
  for (const n of expected.notify) expect(xml).toContain(n.unit);
  expect(xml).toBe(documentXml(path.join(suite.scratch(), "cli.docx")));
  await closed(o);
});

test("合并报送 of the master and the returns opened together: the master's ledger updated in place, as sanpi merge --into", async () => {
  const { master, updates } = returnsAs("总台账.xlsx");
  const cli = await sanpi(["merge", path.join(RETURNS, "updates"), "--into", master, "--out", "cli-merged.xlsx"], suite.scratch());
  expect(cli.code).toBeLessThan(2);

  const o = await openPage(suite.browser());
  const { page } = o;
  await page.getByTestId("open-files").setInputFiles([updates[0], master, ...updates.slice(1)]);
  const section = page.locator("[data-section=merge]");
  // The master is found among the files (the one with 考核录入 data) and chosen.
  await expect(section.getByTestId("merge-into").inputValue()).resolves.toBe("1");
  await section.getByTestId("merge-write").waitFor({ timeout: 120_000 });
  await section.screenshot({ path: path.join(SHOTS, "page-merge-into.png") });
  const saved = await writeConfirmed(page, section, "merge", "将更新“项目台账”", "总台账-合并报送.xlsx");

  const part = (file: string, name: string) => Buffer.from(new ZipArchive(new Uint8Array(fs.readFileSync(file))).read(name)!);
  // The ledger worksheet is the CLI's, byte for byte; the master's other sheets are as they were.
  expect(part(saved, "xl/worksheets/sheet2.xml").equals(part(path.join(suite.scratch(), "cli-merged.xlsx"), "xl/worksheets/sheet2.xml"))).toBe(true);
  const before = await readBookValues(new Uint8Array(fs.readFileSync(master)));
  const after = await readBookValues(new Uint8Array(fs.readFileSync(saved)));
  expect(after.sheetNames).toEqual([...before.sheetNames, "汇总说明"]);
  for (const name of before.sheetNames.filter((n) => n !== "项目台账")) expect(after.values[name]).toEqual(before.values[name]);

  // Choosing a new workbook instead merges every file as a return.
  await section.getByTestId("merge-into").selectOption("-1");
  await section.getByTestId("merge-write").waitFor({ timeout: 120_000 });
  await writeConfirmed(page, section, "merge", "将新建“项目台账”", "合并报送.xlsx");
  await closed(o);
});

test("one workbook opened: the pane's 合并报送 picks the returns and reconciles into it, downloading the updated copy", async () => {
  const { master, updates } = returnsAs("市台账.xlsx");
  const o = await openPage(suite.browser());
  const { page } = o;
  await page.getByTestId("open-files").setInputFiles(master);
  await waitForRanking(page);
  await waitIdle(page);
  const section = page.locator("[data-section=workbook] [data-testid=merge]");
  await section.getByTestId("merge-files").setInputFiles(updates);
  await section.getByTestId("merge-write").waitFor({ timeout: 120_000 });
  await expect(section.getByTestId("merge-write").innerText()).resolves.toBe("下载汇总结果");
  const saved = await writeConfirmed(page, section, "merge", "将更新“项目台账”", "市台账-合并报送.xlsx");
  const after = await readBookValues(new Uint8Array(fs.readFileSync(saved)));
  const before = await readBookValues(new Uint8Array(fs.readFileSync(master)));
  expect(after.sheetNames).toEqual([...before.sheetNames, "汇总说明"]);
  expect(after.values["项目台账"].values.length).toBeGreaterThan(before.values["项目台账"].values.length); // the projects added
  await closed(o);
});
