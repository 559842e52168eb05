// Browser entry of the ET stand-in: installs `Application` (and `wps.Application`)
// over the workbook in `window.__SANPI_WPS_BOOK__` (set before this script), and
// exposes the model as `window.__etStandIn` for the test to read back.
import { createEtStandIn, type StandInSheetInput } from "./index";

const w = window as unknown as { __SANPI_WPS_BOOK__?: Record<string, StandInSheetInput>; __etStandIn?: unknown; Application?: unknown; wps?: unknown };
const standIn = createEtStandIn(w.__SANPI_WPS_BOOK__ ?? {});
w.__etStandIn = standIn;
w.Application = standIn.Application;
w.wps = { Application: standIn.Application };
