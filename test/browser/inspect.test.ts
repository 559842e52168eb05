// 月度督查 in the built task pane (dist/), in headless Chromium over the Excel
// stand-in holding ledger-3 (cycle.md §3.4): pick 2023年8月, see the overdue
// projects and units to notify as the CLI has them, click one to select its
// ledger row, confirm the write and read back the two sheets (the ranking's
// second group on a page of its own), download the 通报 draft. Run `npm run build` first.
import fs from "fs";
import os from "os";
import path from "path";
import type { BrowserContext, Page } from "playwright-core";
import { readWorkbook, type WorkbookInput } from "../../src/engine";
import { readXlsx } from "../../src/cli/xlsx-read";
import { inspectMonth } from "../../src/engine/inspect/report";
import { openPane } from "./pane";
import { startPreview } from "../../scripts/dev/preview";

jest.setTimeout(180_000);

const ROOT = path.join(__dirname, "../..");
const SHOTS = path.join(ROOT, "test-output/screenshots");

describe("月度督查 in the task pane over the Excel stand-in", () => {
  let context: BrowserContext;
  let page: Page;
  let server: Awaited<ReturnType<typeof startPreview>>;
  let book: WorkbookInput;
  const external: string[] = [];
  const pageErrors: string[] = [];
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), "sanpi-chromium-inspect-"));

  beforeAll(async () => {
    expect(fs.existsSync(path.join(ROOT, "dist/taskpane.html"))).toBe(true);
    fs.mkdirSync(SHOTS, { recursive: true });
    book = await readXlsx(path.join(ROOT, "test/fixtures/ledger-3/ledger-3.xlsx"));
    server = await startPreview({ book, lang: "zh", latencyMs: 10 });
    ({ context, page } = await openPane(profileDir, server, external, pageErrors));
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    fs.rmSync(profileDir, { recursive: true, force: true });
  });

  const model = () => page.evaluate(() => {
    const m = (window as any).__standin.model;
    return { sheets: m.sheets.map((x: any) => ({ name: x.name, cells: x.cells, pageLayout: x.pageLayout })), selection: m.selection, active: m.active };
  }) as Promise<{ sheets: { name: string; cells: unknown[][]; pageLayout: Record<string, unknown> }[]; selection: { sheet: string; address: string } | null; active: string | null }>;

  it("inspects 2023年8月, selects an overdue project's row, writes the two sheets after confirmation, downloads the 通报", async () => {
    const expected = inspectMonth(readWorkbook(book), { year: 2023, month: 8 });
    const section = page.locator("[data-testid=inspect]");
    await section.scrollIntoViewIfNeeded();
    await page.locator("[data-testid=inspect-month] option[value='2023-08']").waitFor({ state: "attached" });
    await page.locator("[data-testid=inspect-month]").selectOption("2023-08");
    await page.locator("[data-testid=inspect-run]").click();
    await page.locator("[data-testid=inspect-result]").waitFor();
    const summary = await page.locator("[data-testid=inspect-summary]").innerText();
    expect(summary).toBe(`逾期项目 ${expected.projects.length} 项（红色 ${expected.city.overdue.red} 项），拟通报单位 ${expected.notify.length} 个`);
    const notify = await page.locator("[data-testid=inspect-notify] li").allInnerTexts();
    expect(notify.map((t) => t.replace(/（\d+）$/, ""))).toEqual(expected.notify.map((n) => n.unit));
    const items = page.locator("[data-testid=inspect-overdue] li");
    expect(await items.count()).toBe(expected.projects.length);
    await section.screenshot({ path: path.join(SHOTS, "inspect-result.png") });

    // Provincial first: the first item is a provincial one; clicking it selects its ledger row.
    const first = items.first();
    const row = Number(await first.getAttribute("data-row"));
    expect(expected.projects.find((e) => e.row === row)!.provincial).toBe(true);
    const before = await model();
    await first.locator("[data-testid=inspect-go]").click();
    await page.waitForFunction((r) => (window as any).__standin.model.selection?.address?.includes(String(r)), row);
    expect((await model()).selection!.sheet).toBe("项目台账");

    // Nothing is written before the confirmation.
    expect((await model()).sheets.map((x) => x.name)).toEqual(before.sheets.map((x) => x.name));
    await page.locator("[data-testid=inspect-write]").click();
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    await expect(dialog.innerText()).resolves.toContain("督查-2023年8月");
    await dialog.getByRole("button", { name: "写入" }).click();
    await page.locator("[data-testid=inspect-written]").waitFor();
    const after = await model();
    const names = after.sheets.map((x) => x.name);
    expect(names).toEqual([...before.sheets.map((x) => x.name), "督查-2023年8月", "督查排名-2023年8月"]);
    // The user's sheets are untouched.
    for (const s of before.sheets) expect(after.sheets.find((x) => x.name === s.name)!.cells).toEqual(s.cells);
    const ranking = after.sheets.find((x) => x.name === "督查排名-2023年8月")!;
    const towns = expected.groups[0].rows.length;
    expect(ranking.pageLayout.rowBreaks).toEqual([2 + 1 + towns + 1]);
    const flat = ranking.cells.map((r) => (r ?? []).join("|")).join("\n");
    for (const g of expected.groups) for (const u of g.rows) expect(flat).toContain(u.unit);

    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("[data-testid=inspect-notice]").click()]);
    expect(download.suggestedFilename()).toBe("关于2023年8月“三个一批”重大项目督查情况的通报.docx");
    const file = path.join(profileDir, "notice.docx");
    await download.saveAs(file);
    expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe("PK");
    await page.screenshot({ path: path.join(SHOTS, "inspect-written.png") });

    expect(pageErrors).toEqual([]);
    expect(external).toEqual([]);
  });
});
