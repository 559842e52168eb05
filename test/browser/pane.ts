// The built task pane in headless Chromium over the stand-in served by
// scripts/dev/preview.ts: nothing may leave localhost; Office's CDN script is the stand-in.
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { OFFICE_CDN } from "../../scripts/dev/preview";

export interface PaneOptions {
  /** The pane's width in px (Excel's task pane is 320 by default). */
  width?: number;
  /** The button whose appearance means the pane is up. */
  ready?: string;
}

/** Opens the pane; URLs outside localhost are aborted and listed in `external`, page errors in `pageErrors`. */
export async function openPane(
  profileDir: string,
  server: { url: string; officeScript: string },
  external: string[],
  pageErrors: string[],
  { width = 320, ready = "检查台账" }: PaneOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    viewport: { width, height: 900 },
    deviceScaleFactor: 1,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url === OFFICE_CDN) return route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: server.officeScript });
    if (url.startsWith(server.url)) return route.continue();
    external.push(url);
    return route.abort();
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  await page.goto(`${server.url}taskpane.html`);
  await page.getByRole("button", { name: ready }).waitFor();
  return { context, page };
}
