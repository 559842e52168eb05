// The built task pane (dist/) in real headless Chromium, over the scripted
// Excel stand-in holding the sample workbook: press 检查台账, check the issues
// and progress shown; press 生成排名, read the generated sheets back from the
// stand-in and compare them with the engine's result and the CLI's expected
// JSON; generate again and confirm the replacement. Screenshots go to
// test-output/screenshots/. Run `npm run build` first (npm test does).
import fs from "fs";
import os from "os";
import path from "path";
import type { BrowserContext, Page } from "playwright-core";
import { describeReport, parsePeriod, readWorkbook, reportToJson, builtinProfile, scorePeriod, type ProjectUnitScore, type WorkbookInput } from "../../src/engine";
import { readXlsx } from "../../src/cli/xlsx-read";
import { openPane } from "./pane";
import { headerText } from "../../src/engine/sheets/print";
import { startPreview, OFFICE_CDN } from "../../scripts/dev/preview";

const BUILTIN = builtinProfile();

jest.setTimeout(180_000);

const ROOT = path.join(__dirname, "../..");
const SHOTS = path.join(ROOT, "test-output/screenshots");
const FIXTURES = path.join(ROOT, "test/fixtures/ledger-3");
const PERIOD = "2023Q1";
const USER_SHEET = "排名-市直单位-2023Q1"; // a sheet of the user's that carries a generated sheet's name

interface SheetOut {
  name: string;
  original: boolean;
  visibility: string;
  cells: (string | number | boolean)[][];
  formats: string[][];
  formulas: number;
  tables: { name: string; address: string }[];
  charts: { type: string; values: string; categories: string | null }[];
  bars: number;
  frozenRows: number;
}

async function readBack(page: Page) {
  return page.evaluate(() => {
    const s = (window as any).__standin;
    const m = s.model;
    return {
      sheets: m.sheets.map((x: any) => ({
        name: x.name,
        original: x.original,
        visibility: x.visibility,
        cells: x.cells,
        formats: x.formats,
        formulas: x.formulas.size,
        tables: x.tables,
        charts: x.charts,
        bars: x.conditionalFormats.length,
        frozenRows: x.frozenRows,
      })) as SheetOut[],
      names: m.names.map((n: any) => ({ name: n.name, formula: n.formula })) as { name: string; formula: string }[],
      userWrites: m.userSheetWrites(),
      selection: m.selection,
      syncs: s.stats.syncs as number,
    };
  });
}

describe("task pane in Chromium over the Excel stand-in (sample workbook)", () => {
  let context: BrowserContext;
  let page: Page;
  let server: Awaited<ReturnType<typeof startPreview>>;
  let book: WorkbookInput;
  const external: string[] = [];
  const pageErrors: string[] = [];
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), "sanpi-chromium-"));

  beforeAll(async () => {
    expect(fs.existsSync(path.join(ROOT, "dist/taskpane.html"))).toBe(true); // built by `npm run build`
    fs.mkdirSync(SHOTS, { recursive: true });
    book = { ...(await readXlsx(path.join(FIXTURES, "ledger-3.xlsx"))), [USER_SHEET]: [["这是用户自己的表"], ["请勿覆盖"]] };
    server = await startPreview({ book, lang: "zh", latencyMs: 30 });
    ({ context, page } = await openPane(profileDir, server, external, pageErrors));
    await page.getByRole("button", { name: "检查台账" }).waitFor();
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    fs.rmSync(profileDir, { recursive: true, force: true });
  });

  const period = parsePeriod(PERIOD, BUILTIN)!;
  const engineReport = () => scorePeriod(readWorkbook(book, BUILTIN), period);

  it("checks the ledger: summary, issues and each unit's progress as the engine computes them", async () => {
    await page.locator("[data-testid=period]").selectOption(PERIOD);
    // Keyboard only: focus the button and press Enter.
    await page.getByRole("button", { name: "检查台账" }).focus();
    await page.keyboard.press("Enter");
    await page.locator("[data-testid=results]").waitFor();
    const report = engineReport();

    const summary = await page.locator("[data-testid=summary] dd").allInnerTexts();
    expect(summary.map(Number)).toEqual([report.stats.rowsRead, report.stats.projects, report.stats.errors, report.stats.warnings]);
    expect(report.stats.errors).toBeGreaterThan(0);

    // Every bad row of the sample is listed as an error.
    const badRows: { row: number }[] = JSON.parse(fs.readFileSync(path.join(FIXTURES, "ledger-3-bad-rows.json"), "utf8"));
    await expect(page.getByRole("tab", { name: `错误 ${report.stats.errors}` }).count()).resolves.toBe(1);
    await page.getByRole("tab", { name: /^错误/ }).click();
    const shownErrors = await page.locator("[data-testid=issues] li[data-severity=error]").allInnerTexts();
    for (const { row } of badRows) expect(shownErrors.some((t) => new RegExp(`项目台账 [A-Z]+${row}\\b|项目台账 第${row}行`).test(t))).toBe(true);

    // Progress: actual/target per stage, and the behind marks, unit by unit.
    for (const g of report.groups.filter((x) => x.id !== "service")) {
      const table = page.locator(`[data-testid=progress-${g.id}]`);
      for (const u of g.rows as ProjectUnitScore[]) {
        const cells = await table.locator(`tr[data-unit="${u.unit}"] td`).allInnerTexts();
        const expected = ["plan", "sign", "start", "commission"].map((st) => {
          const p = u.progress.find((x) => x.stage === st)!;
          return `${p.actual < p.target ? "▼" : ""}${p.actual}/${p.target}${p.actual < p.target ? " 落后" : ""}`;
        });
        expect(cells.map((t) => t.replace(/\s+/g, " ").trim())).toEqual(expected);
      }
    }
    const behindShown = await page.locator("td[data-behind]").count();
    const behindEngine = report.groups.flatMap((g) => g.rows).flatMap((u) => (u.kind === "project" ? u.progress : [])).filter((p) => p.actual < p.target).length;
    expect(behindShown).toBe(behindEngine);
    await expect(page.locator("[data-testid=goals] li").count()).resolves.toBe(report.cityGoals.length);

    // The filter tabs follow the WAI-ARIA tabs pattern: one tab in the tab order, arrow keys move and select.
    await page.getByRole("tab", { name: /^全部/ }).click();
    await expect(page.getByRole("tab", { name: /^全部/ }).getAttribute("aria-selected")).resolves.toBe("true");
    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("tab", { name: /^错误/ }).getAttribute("aria-selected")).resolves.toBe("true");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toMatch(/^错误/);
    await expect(page.locator("[data-testid=issues] li[data-severity=warning]").count()).resolves.toBe(0);
    await page.keyboard.press("End");
    await expect(page.getByRole("tab", { name: /^警告/ }).getAttribute("aria-selected")).resolves.toBe("true");
    await page.keyboard.press("ArrowRight"); // wraps round
    await expect(page.getByRole("tab", { name: /^全部/ }).getAttribute("aria-selected")).resolves.toBe("true");
    await expect(page.locator('[role=tab][tabindex="0"]').count()).resolves.toBe(1);
    // 只看落后单位 is a switch: on, only units behind remain.
    const toggle = page.getByRole("switch", { name: "只看落后单位" });
    await toggle.check();
    const allBehind = await page.locator("[data-testid=progress-towns] tr[data-unit]").evaluateAll((rows) => rows.every((r) => r.querySelector("td[data-behind]")));
    expect(allBehind).toBe(true);
    await toggle.uncheck();
    await page.screenshot({ path: path.join(SHOTS, "check.png") });
    await page.locator("[data-testid=progress-towns]").screenshot({ path: path.join(SHOTS, "check-progress.png") });
    await page.locator("[data-testid=goals]").screenshot({ path: path.join(SHOTS, "check-goals.png") });
    await page.screenshot({ path: path.join(SHOTS, "check-full.png"), fullPage: true });
  });

  it("selects an issue's cell in the workbook when the issue is chosen", async () => {
    const first = engineReport().issues.find((i) => i.cell && i.sheet === "项目台账")!;
    const item = page.locator(`[data-testid=issues] li[data-cell="${first.cell}"] button`).first();
    await item.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction((cell) => (window as any).__standin.model.selection?.address === cell, first.cell);
    expect((await readBack(page)).selection).toEqual({ sheet: "项目台账", address: first.cell });
  });

  it("shows why a town scored what it did, and selects a reason's ledger row", async () => {
    const report = engineReport();
    const towns = reportToJson(report).groups.find((g) => g.id === "towns")!;
    const unit = towns.rows.find((r) => r.unit === "临汝镇") ?? towns.rows[0];
    const engineUnit = report.groups.find((g) => g.id === "towns")!.rows.find((r) => r.unit === unit.unit)!;
    // The section and the units start collapsed: no detail is rendered.
    await page.getByRole("button", { name: "得分与依据" }).click();
    const group = page.locator("[data-testid=scores-towns]");
    await group.waitFor();
    await expect(page.locator("[data-testid=unit-detail]").count()).resolves.toBe(0);
    const item = group.locator(`[data-unit="${unit.unit}"]`);
    await expect(item.locator("[data-total]").innerText()).resolves.toBe(unit.total.toFixed(2));
    await item.getByRole("button", { name: new RegExp(`^${unit.unit}，第 ${unit.rank} 名`) }).focus();
    await page.keyboard.press("Enter");
    const detail = item.locator("[data-testid=unit-detail]");
    await detail.waitFor();
    await expect(page.locator("[data-testid=unit-detail]").count()).resolves.toBe(1);

    const points = (await detail.locator("li[data-points]").evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-points")))));
    expect(points.length).toBe(engineUnit.explanation.length);
    expect(Math.abs(points.reduce((a, b) => a + b, 0) - unit.total)).toBeLessThanOrEqual(0.005);
    await expect(detail.locator('[data-item="total"] dd').innerText()).resolves.toBe(unit.total.toFixed(2));

    const link = detail.locator('button[data-row][data-sheet="项目台账"]').first();
    const row = Number(await link.getAttribute("data-row"));
    expect(row).toBeGreaterThan(1);
    await page.waitForTimeout(500); // let the panel finish expanding
    await item.evaluate((e) => e.scrollIntoView({ block: "start" }));
    await page.screenshot({ path: path.join(SHOTS, "check-scores.png") });
    await link.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction((a) => (window as any).__standin.model.selection?.address === a, `A${row}`);
    expect((await readBack(page)).selection).toEqual({ sheet: "项目台账", address: `A${row}` });
  });

  it("generates the ranking sheets with the engine's numbers, leaving the user's sheets alone", async () => {
    await page.getByRole("button", { name: "生成排名" }).click();
    await page.locator("[data-testid=generated]").waitFor();
    const out = await readBack(page);
    const report = engineReport();
    const specs = describeReport(report, "zh");
    const json = reportToJson(report);
    const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, `ledger-3-${PERIOD}.json`), "utf8"));
    const byName = (n: string) => out.sheets.find((s) => s.name === n)!;

    expect(out.userWrites).toEqual([]);
    expect(byName(USER_SHEET).cells).toEqual([["这是用户自己的表"], ["请勿覆盖"]]);
    const written = specs.map((s) => (s.name === USER_SHEET ? `${USER_SHEET} (2)` : s.name));
    for (const n of written) expect(byName(n)).toBeDefined();

    specs.forEach((spec, i) => {
      const sheet = byName(written[i]);
      expect(sheet.formulas).toBe(0);
      expect(sheet.cells[0][0]).toBe(spec.title);
      expect(sheet.cells[1]).toEqual(spec.columns.map((c) => headerText(c))); // the printed header: long ones break before their unit (issue 20 item 6)
      const blankAsNull = (v: unknown) => (v === "" || v === undefined ? null : v);
      const data = sheet.cells.slice(2, 2 + spec.rows.length).map((r) => spec.columns.map((_, c) => blankAsNull(r[c])));
      expect(data).toEqual(spec.rows.map((r) => spec.columns.map((_, c) => blankAsNull(r[c]))));
      if (spec.kind === "ranking") {
        expect(sheet.tables).toHaveLength(1);
        expect(sheet.charts).toHaveLength(1);
        expect(sheet.bars).toBe(1);
        expect(sheet.frozenRows).toBe(2);
      }
    });

    // Ranking sheets against `sanpi score --json` (the engine's JSON, and the fixture the CLI must print).
    for (const g of json.groups) {
      const spec = specs.find((s) => s.kind === "ranking" && s.name.includes(g.id === "towns" ? "乡镇" : g.id === "departments" ? "市直" : "服务"))!;
      const sheet = byName(written[specs.indexOf(spec)]);
      const rows = sheet.cells.slice(2, 2 + g.rows.length);
      const exp = expected.groups.find((x: { id: string }) => x.id === g.id).rows;
      rows.forEach((r, k) => {
        expect(r[0]).toBe(g.rows[k].rank);
        expect(r[1]).toBe(g.rows[k].unit);
        expect(r[spec.columns.length - 1]).toBe(g.rows[k].total);
        expect(r[1]).toBe(exp[k].unit);
        expect(r[0]).toBe(exp[k].rank);
        expect(Math.abs((r[spec.columns.length - 1] as number) - exp[k].total)).toBeLessThanOrEqual(0.01);
      });
    }
    // One marker per generated sheet, each pointing at it.
    expect(out.names.map((n) => n.formula).sort()).toEqual(written.map((n) => `='${n}'!$A$1`).sort());
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(SHOTS, "generated.png") });
  });

  it("asks before replacing its own sheets, then replaces them in place", async () => {
    const before = await readBack(page);
    await page.getByRole("button", { name: "生成排名" }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    await expect(dialog.getByText("替换已生成的工作表？").count()).resolves.toBe(1);
    await page.waitForTimeout(500); // let the dialog finish fading in
    await page.screenshot({ path: path.join(SHOTS, "confirm.png") });
    await dialog.getByRole("button", { name: "替换", exact: true }).click();
    await page.locator("[data-testid=generated]").waitFor();
    const after = await readBack(page);
    expect(after.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
    expect(after.names.length).toBe(before.names.length);
    expect(after.userWrites).toEqual([]);
    expect(external).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("adds the missing input sheets from the template, leaving the existing ones alone", async () => {
    await page.getByRole("button", { name: "添加模板表" }).click();
    await page.getByText(/^已添加：/).waitFor();
    const out = await readBack(page);
    const targets = out.sheets.find((x) => x.name === "目标任务")!;
    expect(targets.cells[0]).toEqual(["单位", "组别", "谋划", "签约", "开工", "投产"]);
    expect(targets.cells.length).toBeGreaterThan(40); // the profile's annual targets, ready to override
    expect(out.sheets.filter((x) => x.visibility === "Hidden").length).toBeLessThanOrEqual(1);
    expect(out.userWrites).toEqual([]);
  });

  it("speaks English when Office's display language is not Chinese", async () => {
    const en = await context.newPage();
    await en.route(OFFICE_CDN, (route) =>
      route.fulfill({ status: 200, contentType: "text/javascript", body: server.officeScript.replace('"displayLanguage":"zh-CN"', '"displayLanguage":"en-US"') }),
    );
    await en.goto(`${server.url}taskpane.html`);
    await en.getByRole("button", { name: "Check ledger" }).click();
    await en.locator("[data-testid=results]").waitFor();
    await expect(en.getByText("Rows read").count()).resolves.toBe(1);
    await en.screenshot({ path: path.join(SHOTS, "check-en.png") });
    await en.close();
  });
});

/** A pane in Chromium over the workbook `file`, opened before the describe's tests and closed after. */
function paneOver(file: string) {
  const pane = { page: null as unknown as Page, book: {} as WorkbookInput, external: [] as string[], pageErrors: [] as string[] };
  let context: BrowserContext;
  let server: Awaited<ReturnType<typeof startPreview>>;
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), "sanpi-chromium-"));
  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    pane.book = await readXlsx(file);
    server = await startPreview({ book: pane.book, lang: "zh" });
    ({ context, page: pane.page } = await openPane(profileDir, server, pane.external, pane.pageErrors));
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
    fs.rmSync(profileDir, { recursive: true, force: true });
  });
  return pane;
}

describe("task pane over a clerk's print layout (workbook-format §1.1)", () => {
  const LAYOUT = path.join(ROOT, "test/fixtures/layouts/clerk-layout");
  const pane = paneOver(path.join(LAYOUT, "clerk.xlsx"));

  it("reads the merged areas from Excel, scores like the flat template, and lists the skipped rows apart, collapsed", async () => {
    const { page, book, external, pageErrors } = pane;
    const period = parsePeriod("2023", BUILTIN)!;
    const flat = reportToJson(scorePeriod(readWorkbook(await readXlsx(path.join(LAYOUT, "flat.xlsx"))), period));
    const report = scorePeriod(readWorkbook(book), period);
    expect(reportToJson(report).groups).toEqual(flat.groups);

    await page.locator("[data-testid=period]").selectOption("2023");
    await page.getByRole("button", { name: "检查台账" }).click();
    await page.locator("[data-testid=results]").waitFor();
    const summary = await page.locator("[data-testid=summary] dd").allInnerTexts();
    expect(summary.map(Number)).toEqual([report.stats.rowsRead, report.stats.projects, report.stats.errors, report.stats.warnings]);
    expect(report.stats.errors).toBe(flat.issues.filter((i) => i.severity === "error").length);
    await expect(page.locator("[data-testid=skipped-line]").innerText()).resolves.toBe(`跳过 ${report.stats.skipped} 行（标题、合计、说明等，不计分）`);
    // Errors and warnings only in the issue list; the skipped rows collapsed in their own section.
    await expect(page.locator("[data-testid=issues] li[data-severity=info]").count()).resolves.toBe(0);
    await expect(page.locator("[data-testid=skipped]").count()).resolves.toBe(0);
    const info = report.issues.filter((i) => i.severity === "info");
    await page.getByRole("button", { name: `跳过的行和未用的列（${info.length}）` }).click();
    const items = page.locator("[data-testid=skipped] li[data-severity=info]");
    await items.first().waitFor();
    await expect(items.count()).resolves.toBe(Math.min(20, info.length));
    const first = info.find((i) => i.code === "row.skipped")!;
    await expect(items.nth(info.indexOf(first)).innerText()).resolves.toContain(first.message);
    await page.waitForTimeout(400); // let the panel finish expanding
    const section = page.locator("[data-testid=skipped-section]");
    await section.evaluate((e) => e.scrollIntoView({ block: "start" }));
    const box = (await section.boundingBox())!;
    await page.screenshot({ path: path.join(SHOTS, "skipped-rows.png"), clip: { x: 0, y: box.y, width: 320, height: Math.min(box.height, 640) } });
    await items.nth(info.indexOf(first)).locator("button").click();
    await page.waitForFunction((cell) => (window as any).__standin.model.selection?.address === cell, first.cell);
    expect((await readBack(page)).selection).toEqual({ sheet: "项目台帐", address: first.cell });
    expect(external).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

describe("task pane over a 2026 workbook with its own 考评参数 and 目标任务 (profiles.md)", () => {
  const DIR = path.join(ROOT, "test/fixtures/year-2026");
  const pane = paneOver(path.join(DIR, "year-2026.xlsx"));

  it("offers 2026's periods, shows the effective profile with sources, and scores as the hand-worked JSON", async () => {
    const { page, external, pageErrors } = pane;
    const select = page.locator("[data-testid=period]");
    await page.waitForFunction(() => (document.querySelector("[data-testid=period]") as HTMLSelectElement | null)?.options[0]?.value === "2026Q1");
    const options = await select.locator("option").evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
    expect(options).toEqual(["2026Q1", "2026Q2", "2026Q3", "2026Q4", "2026Q1-Q2", "2026Q1-Q3", "2026"]);
    await select.selectOption("2026");
    await page.getByRole("button", { name: "检查台账" }).click();
    await page.locator("[data-testid=results]").waitFor();
    const panel = page.locator("[data-testid=profile]");
    await expect(panel.innerText()).resolves.toContain("考评方案 ruzhou-2023，考评年度 2026（考评参数 第3行）");
    const items = await panel.locator("li").evaluateAll((els) => els.map((e) => [e.getAttribute("data-param"), e.getAttribute("data-source"), e.textContent]));
    expect(items.map(([id, source]) => `${id} ${source}`)).toEqual([
      "year 考评参数", "planning.bonusCap 考评参数", "bonus.sizeTiers 考评参数", "awards.towns 考评参数",
      "deduction.lateProvincial 考评参数", "service.deductionMax 考评参数", "targets.临汝镇 目标任务", "units.新区管委会 目标任务",
    ]);
    expect(items[2][2]).toBe("加分·产业项目规模档次 = 1亿:1，3亿:3，5亿:6（考评参数 第5行）");
    await panel.screenshot({ path: path.join(SHOTS, "profile-panel.png") });

    await page.getByRole("button", { name: "得分与依据" }).click();
    const expected = JSON.parse(fs.readFileSync(path.join(DIR, "year-2026-2026.json"), "utf8"));
    for (const r of expected.groups[0].rows as { unit: string; total: number }[]) {
      await expect(page.locator(`[data-testid=scores-towns] [data-unit="${r.unit}"] [data-total]`).innerText()).resolves.toBe(r.total.toFixed(2));
    }
    // The generated sheets' footnotes name the profile, the year and the changes.
    await page.getByRole("button", { name: "生成排名" }).click();
    await page.locator("[data-testid=generated]").waitFor();
    const notes = await page.evaluate(() => (window as any).__standin.model.sheets.flatMap((s: any) => s.cells.flat()).filter((v: unknown) => typeof v === "string" && v.startsWith("考评方案：")));
    expect(notes.length).toBeGreaterThanOrEqual(5);
    expect(notes[0]).toBe("考评方案：汝州市2023年考评办法（内置）；考评年度：2026；调整的参数 8 项：");
    const lines = await page.evaluate(() => (window as any).__standin.model.sheets.flatMap((s: any) => s.cells.flat()).filter((v: unknown) => typeof v === "string" && v.startsWith("　· ")));
    expect(lines).toContain("　· 谋划储备·加分上限 = 3（考评参数 第4行）");
    expect(external).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
