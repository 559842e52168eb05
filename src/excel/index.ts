// The Excel adapter: the only code that touches Excel.*. The task pane talks to
// it through the host interface of src/host (PaneHost), so its own tests can use a fake.
import type { PaneHost } from "../host";
import { queueInventory } from "./inventory";
import { readInputSheets } from "./read";
import { revalidateRead } from "./reuse";
import { changeWatch, ChangeWatch } from "./watch";
import { activateSheet, selectTarget } from "./select";
import { addTemplateSheets, writeGeneratedSheets } from "./write";
import { patchLedger } from "./patch";

/** The pane's host interface (src/host), here over Office.js. */
export type ExcelHost = PaneHost;

/** The host backed by Office.js (`Excel.run`), told of changes by `watch` (tests give each workbook its own). */
export const hostWith = (watch: ChangeWatch): ExcelHost => ({
  kind: "excel",
  read: (wanted, hint, onProgress) => Excel.run((ctx) => readInputSheets(ctx, wanted, { hint, onProgress, watch })),
  revalidate: (wanted, previous) => Excel.run((ctx) => revalidateRead(ctx, wanted, previous, watch)),
  write: (plans, inventory, tablePrefix) => Excel.run((ctx) => writeGeneratedSheets(ctx, plans, inventory, tablePrefix)),
  addTemplate: (specs) => Excel.run((ctx) => addTemplateSheets(ctx, specs, queueInventory)),
  select: (target) => Excel.run((ctx) => selectTarget(ctx, target)),
  activate: (sheet) => Excel.run((ctx) => activateSheet(ctx, sheet)),
  patchLedger: (patch) => Excel.run((ctx) => patchLedger(ctx, patch)),
});

/** The pane's host: one watch for the page's one workbook. */
export const officeHost: ExcelHost = hostWith(changeWatch);
export { ChangeWatch } from "./watch";

export { findSheet, markerOf, MARKER_PREFIX, type Inventory } from "./inventory";
export { planTargets, replacements, type ReplaceMode, type TargetPlan } from "../engine/sheets/placement";
export type { ReadHint, ReadProgress, ReadResult } from "./read";
export type { CellTarget } from "./select";
export type { TemplateResult, WriteResult } from "./write";
