// The task pane at the widths Excel gives it, 320 and 450 px, in Chinese and
// English (issue 11 item 12): the action row keeps its layout when the replace
// dialog opens; the disabled buttons stay readable while busy; each unit of the
// progress table is one line. Screenshots: test-output/screenshots/narrow-*.png.
import fs from "fs";
import os from "os";
import path from "path";
import type { BrowserContext, Page } from "playwright-core";
import type { WorkbookInput } from "../../src/engine";
import { readXlsx } from "../../src/cli/xlsx-read";
import { openPane } from "./pane";
import { startPreview } from "../../scripts/dev/preview";

jest.setTimeout(180_000);

const ROOT = path.join(__dirname, "../..");
const SHOTS = path.join(ROOT, "test-output/screenshots");
const LABELS = {
  zh: { check: "检查台账", generate: "生成排名", template: "添加模板表" },
  en: { check: "Check ledger", generate: "Generate rankings", template: "Add template sheets" },
};

/** WCAG 2 contrast of two computed `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((x) => Number(x) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

let book: WorkbookInput;
beforeAll(async () => {
  expect(fs.existsSync(path.join(ROOT, "dist/taskpane.html"))).toBe(true); // built by `npm run build`
  fs.mkdirSync(SHOTS, { recursive: true });
  book = await readXlsx(path.join(ROOT, "test/fixtures/ledger-3/ledger-3.xlsx"));
});

describe.each([
  ["zh", 320],
  ["zh", 450],
  ["en", 320],
  ["en", 450],
] as const)("the pane in %s at %i px", (lang, width) => {
  let server: Awaited<ReturnType<typeof startPreview>>;
  let context: BrowserContext;
  let page: Page;
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), "sanpi-chromium-"));
  const external: string[] = [];
  const pageErrors: string[] = [];
  const L = LABELS[lang];
  const shot = (what: string) => path.join(SHOTS, `narrow-${lang}-${width}-${what}.png`);

  beforeAll(async () => {
    // Each Excel call takes 150 ms, so the pane stays busy long enough to be looked at.
    server = await startPreview({ book, lang, latencyMs: 150 });
    ({ context, page } = await openPane(profileDir, server, external, pageErrors, { width, ready: L.check }));
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
    fs.rmSync(profileDir, { recursive: true, force: true });
  });

  // By text, not role: under the modal dialog the pane is hidden from the accessibility tree.
  const tops = () =>
    Promise.all(
      [L.check, L.generate, L.template].map(async (name) => Math.round((await page.locator("main button").filter({ hasText: new RegExp(`^${name}$`) }).boundingBox())!.y)),
    );

  it("keeps the disabled buttons' labels readable while it works", async () => {
    await page.getByRole("button", { name: L.check }).click();
    // Read the buttons in the very task that first sees 检查台账 disabled: on a loaded machine a
    // separate evaluate could come after the check has ended.
    const handle = await page.waitForFunction(
      ([check, names]) => {
        const find = (name: string) => [...document.querySelectorAll("button")].find((x) => x.textContent === name);
        if (!find(check)?.disabled) return null;
        return names.map((name) => {
          const b = find(name)!;
          const st = getComputedStyle(b);
          // A transparent (subtle) button shows the pane's white behind it.
          const bg = st.backgroundColor === "rgba(0, 0, 0, 0)" ? "rgb(255, 255, 255)" : st.backgroundColor;
          return { name, disabled: b.disabled, color: st.color, bg, transition: st.transitionProperty };
        });
      },
      [L.check, [L.check, L.generate, L.template]] as const,
      { polling: "raf" },
    );
    const looks = (await handle.jsonValue())!;
    await page.screenshot({ path: shot("busy"), clip: { x: 0, y: 0, width, height: 240 } });
    for (const b of looks) {
      expect(b.disabled).toBe(true);
      expect({ name: b.name, readable: contrast(b.color, b.bg) >= 4.5 }).toEqual({ name: b.name, readable: true });
      expect(b.transition).toBe("none"); // no fade through white on light blue
    }
    await page.locator("[data-testid=results]").waitFor();
    await page.getByRole("button", { name: L.check }).and(page.locator(":enabled")).waitFor();
  });

  it("shows every unit of the progress table on one line, the full name in its tooltip", async () => {
    const units = await page.locator("[data-testid^=progress-] tbody th").evaluateAll((ths) =>
      ths.map((th) => {
        const e = th as HTMLElement;
        return { name: e.textContent, title: e.title, height: e.getBoundingClientRect().height, cut: e.scrollWidth > e.clientWidth };
      }),
    );
    expect(units.length).toBeGreaterThan(40);
    const lineHeight = Math.min(...units.map((u) => u.height));
    for (const u of units) expect({ name: u.name, oneLine: u.height < lineHeight * 1.4, title: u.title }).toEqual({ name: u.name, oneLine: true, title: u.name });
    const cut = units.filter((u) => u.cut).map((u) => u.name);
    if (width >= 450) expect(cut).toEqual([]); // room for every name
    else expect(cut).toContain("温泉农村融合发展产业园");
    const park = page.locator('[data-testid=progress-towns] tr[data-unit="温泉农村融合发展产业园"]');
    const box = (await park.boundingBox())!;
    const top = box.y + (await page.evaluate(() => window.scrollY));
    await page.screenshot({ path: shot("progress"), fullPage: true, clip: { x: 0, y: Math.max(0, top - 120), width, height: 260 } });
  });

  it("keeps the action row as it was when the replace dialog opens", async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole("button", { name: L.generate }).click();
    await page.locator("[data-testid=generated]").waitFor();
    await page.getByRole("button", { name: L.generate }).and(page.locator(":enabled")).waitFor();
    const closed = await tops();
    await page.getByRole("button", { name: L.generate }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    await page.waitForTimeout(500); // the dialog fades in
    const open = await tops();
    await page.screenshot({ path: shot("confirm"), clip: { x: 0, y: 0, width, height: 420 } });
    expect(open).toEqual(closed);
    // One row wherever the labels fit: Chinese at both widths, English at 450.
    if (lang === "zh" || width >= 450) expect(new Set(open).size).toBe(1);
    await dialog.getByRole("button", { name: lang === "zh" ? "取消" : "Cancel" }).click();
    expect(external).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
