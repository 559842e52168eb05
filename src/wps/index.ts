// The WPS add-in's page (dist/wps/index.html loads this one script): WPS opens
// it when WPS 表格 starts, before it reads ribbon.xml. It registers every
// SANPI function with wps.AddCustomFunction (WPS 12.1.0.20540 and later) and
// gives ribbon.xml its callbacks (window.ribbon). Synchronous throughout.
import type { FunctionId } from "../functions/table";
import { registerFunctions, type CustomFunctionHost } from "./functions";
import { ribbonCallbacks, type PaneApi } from "./ribbon";

/** wps.AddCustomFunction's help of each function, written by the build from table.ts (metadata.ts). */
declare const __SANPI_WPS_METADATA__: Partial<Record<FunctionId, unknown>>;

type Root = CustomFunctionHost & PaneApi;
const host = (): Root | undefined => (window as unknown as { wps?: Root }).wps;

const w = window as unknown as { ribbon?: unknown; sanpiRegistered?: FunctionId[] };
w.ribbon = ribbonCallbacks(host, () => window.location.href);
const metadata = typeof __SANPI_WPS_METADATA__ === "undefined" ? {} : __SANPI_WPS_METADATA__;
w.sanpiRegistered = registerFunctions(host(), metadata);
// Where `wps` comes after this script (a page that defines it late), register once the page has loaded.
if (!w.sanpiRegistered.length && typeof window.addEventListener === "function") {
  window.addEventListener("load", () => {
    if (!w.sanpiRegistered?.length) w.sanpiRegistered = registerFunctions(host(), metadata);
  });
}
