// Browser entry of the stand-in, served in place of office.js: installs
// `Office` and `Excel` globals backed by a WorkbookModel built from
// `window.__SANPI_STANDIN__` (the workbook's values, set before this script),
// and exposes the model as `window.__standin` so a test can read it back.
import { createStandIn, type StandIn } from "./index";
import type { StandInOptions } from "./client";
import type { BookSheet } from "./model";

interface StandInConfig {
  book: Record<string, unknown[][] | BookSheet>;
  options?: StandInOptions;
  /** Office's display language, e.g. zh-CN or en-US. */
  displayLanguage?: string;
}

const w = window as unknown as { __SANPI_STANDIN__?: StandInConfig; __standin?: StandIn; Excel?: unknown; Office?: unknown };
const config: StandInConfig = w.__SANPI_STANDIN__ ?? { book: {} };
const standIn = createStandIn(config.book, config.options);
w.__standin = standIn;
w.Excel = standIn.Excel;

const info = { host: "Excel", platform: "OfficeOnline" };
w.Office = {
  HostType: { Excel: "Excel" },
  PlatformType: { OfficeOnline: "OfficeOnline" },
  context: {
    displayLanguage: config.displayLanguage ?? "zh-CN",
    requirements: { isSetSupported: () => true },
  },
  onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
    return new Promise((resolve) =>
      setTimeout(() => {
        callback?.(info);
        resolve(info);
      }, 0),
    );
  },
};
