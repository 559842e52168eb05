// The built task pane in Chromium over the stand-in holding a generated
// 3,000-project ledger (issue 10 item 5): 检查台账 shows its progress while
// the ledger is parsed in slices (the pane paints between them); 生成排名
// right after reads no ledger value again; after a clerk's edit to the ledger
// it reads again. No timing is asserted (the bench measures long tasks).
import fs from "fs";
import os from "os";
import path from "path";
import type { BrowserContext, Page } from "playwright-core";
import { generateBook, toRangeValues } from "../support/ledger-generator";
import { openPane } from "./pane";
import { startPreview } from "../../scripts/dev/preview";

jest.setTimeout(180_000);

const ROOT = path.join(__dirname, "../..");
const LEDGER = "项目台账";

const idle = (page: Page) => page.waitForFunction(() => document.querySelector("main")?.getAttribute("aria-busy") === "false", undefined, { timeout: 120_000 });
const ledgerReads = (page: Page) => page.evaluate((sheet) => (window as any).__standin.model.reads.filter((r: { sheet: string }) => r.sheet === sheet).length as number, LEDGER);

/** Every progress label and value the pane shows, as the DOM changes. */
async function recordProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as any;
    w.__seen = [];
    w.__mo?.disconnect();
    w.__mo = new MutationObserver(() => {
      const bar = document.querySelector("[data-testid=progress]");
      if (!bar) return;
      const label = bar.closest("[aria-live]")?.querySelector("label")?.textContent ?? "";
      const value = Number(bar.getAttribute("aria-valuenow") ?? "NaN");
      const last = w.__seen[w.__seen.length - 1];
      if (!last || last.label !== label || last.value !== value) w.__seen.push({ label, value });
    });
    w.__mo.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}
const seen = (page: Page) => page.evaluate(() => (window as any).__seen as { label: string; value: number }[]);

describe("task pane progress and 生成排名's reuse (Chromium, 3,000 projects)", () => {
  let context: BrowserContext;
  let page: Page;
  let server: Awaited<ReturnType<typeof startPreview>>;
  const external: string[] = [];
  const pageErrors: string[] = [];
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), "sanpi-progress-"));

  beforeAll(async () => {
    expect(fs.existsSync(path.join(ROOT, "dist/taskpane.html"))).toBe(true); // built by `npm run build`
    const book = toRangeValues(generateBook({ projects: 3000, seed: 2023 }));
    server = await startPreview({ book, lang: "zh", latencyMs: 0 });
    ({ context, page } = await openPane(profileDir, server, external, pageErrors));
    await idle(page); // the period list is read when the pane opens
    // A slower CPU (as an old office PC) makes the parse span many slices.
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    fs.rmSync(profileDir, { recursive: true, force: true });
  });

  it("shows the parse's progress, rising, while 检查台账 runs", async () => {
    await recordProgress(page);
    await page.getByRole("button", { name: "检查台账" }).click();
    await page.locator("[data-testid=results]").waitFor({ timeout: 120_000 });
    await idle(page);
    const steps = await seen(page);
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.map((x) => x.value)).toEqual([...steps.map((x) => x.value)].sort((a, b) => a - b));
    const parse = steps.filter((x) => /^正在逐行检查台账（\d+%）…$/.test(x.label));
    // Painted between slices: the label with a percentage part-way, not only at its ends.
    expect(parse.some((x) => { const pc = Number(/（(\d+)%）/.exec(x.label)![1]); return pc > 0 && pc < 100; })).toBe(true);
    expect(steps.some((x) => x.label === "正在计算得分…")).toBe(true);
  });

  it("生成排名 right after the check reads no ledger value again", async () => {
    const before = await ledgerReads(page);
    await page.getByRole("button", { name: "生成排名" }).click();
    await page.locator("[data-testid=generated]").waitFor({ timeout: 120_000 });
    await idle(page);
    expect(await ledgerReads(page)).toBe(before);
  });

  it("after a clerk edits the ledger, 生成排名 reads it again", async () => {
    const before = await ledgerReads(page);
    await page.evaluate((sheet) => (window as any).__standin.model.userEdit(sheet, 5, 0, "新项目"), LEDGER);
    await page.getByRole("button", { name: "生成排名" }).click();
    const dialog = page.getByRole("alertdialog"); // its sheets exist now: asks before replacing them
    await dialog.waitFor({ timeout: 120_000 });
    expect(await ledgerReads(page)).toBeGreaterThan(before);
    await dialog.getByRole("button", { name: "取消" }).click();
    await idle(page);
    expect(external).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
