// The Excel adapter: the only code that touches Excel.*. The task pane talks to
// it through ExcelHost, so its own tests can use a fake.
import type { SheetSpec } from "../engine/sheets/types";
import { queueInventory, type Inventory } from "./inventory";
import type { TargetPlan } from "../engine/sheets/placement";
import { readInputSheets, type ReadHint, type ReadProgress, type ReadResult } from "./read";
import { revalidateRead } from "./reuse";
import { changeWatch, ChangeWatch } from "./watch";
import { activateSheet, selectTarget, type CellTarget } from "./select";
import { addTemplateSheets, writeGeneratedSheets, type TemplateResult, type WriteResult } from "./write";

export interface ExcelHost {
  read(wanted: string[], hint: ReadHint | null, onProgress?: (p: ReadProgress) => void): Promise<ReadResult>;
  /** An earlier read with a fresh inventory when Excel has told of no change to its sheets since; null: read again. */
  revalidate(wanted: string[], previous: ReadResult): Promise<ReadResult | null>;
  write(plans: TargetPlan[], inventory: Inventory, tablePrefix: string): Promise<WriteResult>;
  addTemplate(specs: SheetSpec[]): Promise<TemplateResult>;
  select(target: CellTarget): Promise<void>;
  activate(sheet: string): Promise<void>;
}

/** The host backed by Office.js (`Excel.run`), told of changes by `watch` (tests give each workbook its own). */
export const hostWith = (watch: ChangeWatch): ExcelHost => ({
  read: (wanted, hint, onProgress) => Excel.run((ctx) => readInputSheets(ctx, wanted, { hint, onProgress, watch })),
  revalidate: (wanted, previous) => Excel.run((ctx) => revalidateRead(ctx, wanted, previous, watch)),
  write: (plans, inventory, tablePrefix) => Excel.run((ctx) => writeGeneratedSheets(ctx, plans, inventory, tablePrefix)),
  addTemplate: (specs) => Excel.run((ctx) => addTemplateSheets(ctx, specs, queueInventory)),
  select: (target) => Excel.run((ctx) => selectTarget(ctx, target)),
  activate: (sheet) => Excel.run((ctx) => activateSheet(ctx, sheet)),
});

/** The pane's host: one watch for the page's one workbook. */
export const officeHost: ExcelHost = hostWith(changeWatch);
export { ChangeWatch } from "./watch";

export { findSheet, markerOf, MARKER_PREFIX, type Inventory } from "./inventory";
export { planTargets, replacements, type ReplaceMode, type TargetPlan } from "../engine/sheets/placement";
export type { ReadHint, ReadProgress, ReadResult } from "./read";
export type { CellTarget } from "./select";
export type { TemplateResult, WriteResult } from "./write";
