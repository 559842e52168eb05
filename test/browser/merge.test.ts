// 合并报送 in the built task pane (dist/), in headless Chromium over the Excel
// stand-in holding the returns family's master (cycle.md §2): pick the five
// returns of updates/ (and a file that is not a workbook), see the 汇总说明,
// confirm, and read the stand-in back: the master's ledger updated exactly as
// `sanpi merge --into` does it (scores as master-updated-2023.json), the
// 汇总说明 added, the other sheets untouched. Run `npm run build` first.
import fs from "fs";
import os from "os";
import path from "path";
import type { BrowserContext, Page } from "playwright-core";
import { builtinProfile, parsePeriod, readWorkbook, reportToJson, scorePeriod, type WorkbookInput } from "../../src/engine";
import { readXlsx } from "../../src/cli/xlsx-read";
import { openPane } from "./pane";
import { startPreview } from "../../scripts/dev/preview";

jest.setTimeout(180_000);

const ROOT = path.join(__dirname, "../..");
const SHOTS = path.join(ROOT, "test-output/screenshots");
const FAMILY = path.join(ROOT, "test/fixtures/returns");

describe("合并报送 in the task pane over the Excel stand-in", () => {
  let context: BrowserContext;
  let page: Page;
  let server: Awaited<ReturnType<typeof startPreview>>;
  let master: WorkbookInput;
  const external: string[] = [];
  const pageErrors: string[] = [];
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), "sanpi-chromium-merge-"));

  beforeAll(async () => {
    expect(fs.existsSync(path.join(ROOT, "dist/taskpane.html"))).toBe(true);
    fs.mkdirSync(SHOTS, { recursive: true });
    master = await readXlsx(path.join(FAMILY, "books", "master.xlsx"));
    server = await startPreview({ book: master, lang: "zh", latencyMs: 20 });
    ({ context, page } = await openPane(profileDir, server, external, pageErrors));
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    fs.rmSync(profileDir, { recursive: true, force: true });
  });

  const sheets = () =>
    page.evaluate(() => (window as any).__standin.model.sheets.map((x: any) => ({ name: x.name, cells: x.cells })) as { name: string; cells: unknown[][] }[]);

  it("picks returns with the pane's own labelled button (the browser's file button stays out of sight)", async () => {
    const section = page.getByTestId("merge");
    const [chooser] = await Promise.all([page.waitForEvent("filechooser", { timeout: 10_000 }), section.getByRole("button", { name: "选择报送文件" }).click()]);
    expect(chooser.isMultiple()).toBe(true);
    await chooser.setFiles([]);
    const look = await section.locator("[data-testid=merge-files]").evaluate((e) => ({ opacity: getComputedStyle(e).opacity, width: e.getBoundingClientRect().width }));
    expect(look.opacity).toBe("0");
    expect(look.width).toBeLessThanOrEqual(1);
  });

  it("merges the picked returns into the open workbook's ledger after confirmation", async () => {
    const dir = path.join(FAMILY, "updates");
    const files = fs.readdirSync(dir).map((name) => ({ name, mimeType: "application/octet-stream", buffer: fs.readFileSync(path.join(dir, name)) }));
    files.push({ name: "bad.xlsx", mimeType: "application/octet-stream", buffer: fs.readFileSync(path.join(FAMILY, "returns", "bad.xlsx")) });
    files.push({ name: "~$02-汝瓷电子商务产业园.xlsx", mimeType: "application/octet-stream", buffer: files[0].buffer });
    const before = await sheets();
    await page.locator("[data-testid=merge-files]").setInputFiles(files);
    const summary = page.locator("[data-testid=merge-summary]");
    await summary.waitFor();
    const text = await summary.innerText();
    expect(text).toMatch(/对账说明：6 个文件/); // the lock file skipped without a word
    expect(text).toContain("实际开工日期");
    expect(text).toContain("新增项目1（汝瓷电子商务产业园）");
    expect(text).toContain("本次未报送的项目");
    expect(text).toContain("bad.xlsx");
    // Nothing is written before the confirmation.
    expect(await sheets()).toEqual(before);
    await summary.screenshot({ path: path.join(SHOTS, "merge-summary.png") });

    await page.locator("[data-testid=merge-write]").click();
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    await expect(dialog.innerText()).resolves.toMatch(/将更新“项目台账”中的 2 个单元格，并在末尾追加 2 个新增项目/);
    await page.screenshot({ path: path.join(SHOTS, "merge-confirm.png") });
    await dialog.getByRole("button", { name: "写入" }).click();
    await page.locator("[data-testid=merge-written]").waitFor();

    const after = await sheets();
    const names = after.map((x) => x.name);
    expect(names).toContain("汇总说明");
    for (const b of before.filter((x) => x.name !== "项目台账")) expect(after.find((x) => x.name === b.name)!.cells).toEqual(b.cells);
    const ledger = after.find((x) => x.name === "项目台账")!.cells;
    const old = before.find((x) => x.name === "项目台账")!.cells;
    expect(ledger.length).toBe(old.length + 2);
    // The master's rows keep their order; only the two changed cells differ.
    let changed = 0;
    old.forEach((row, r) => row.forEach((v, c) => (ledger[r][c] !== v ? changed++ : 0)));
    expect(changed).toBe(2);

    const book: WorkbookInput = { ...master, 项目台账: ledger as WorkbookInput[string] };
    const base = builtinProfile();
    const got = reportToJson(scorePeriod(readWorkbook(book, base), parsePeriod("2023", base)!));
    const expected = JSON.parse(fs.readFileSync(path.join(FAMILY, "master-updated-2023.json"), "utf8"));
    const shape = (r: { groups: { id: string; rows: { unit: string; total: number; rank: number }[] }[] }) =>
      r.groups.map((g) => g.rows.map((x) => [x.unit, Math.round(x.total * 100) / 100, x.rank]));
    expect(shape(got as never)).toEqual(shape(expected));
    await page.screenshot({ path: path.join(SHOTS, "merge-written.png"), fullPage: true });
    expect(pageErrors).toEqual([]);
    expect(external).toEqual([]);
  });
});
