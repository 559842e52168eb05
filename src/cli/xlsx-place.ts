// Generated sheets in an ExcelJS workbook, by the same rules as the task pane
// (engine/sheets/placement.ts): a sheet the add-in or `sanpi rank` generated
// before (it has a SANPI_GENERATED_<n> marker) is replaced; a user's sheet of
// the same name is never touched, ours goes beside it as `name (2)`.
import type ExcelJS from "exceljs";
import { nextMarkerNames, planTargets, quoteSheet, sheetOfReference, MARKER_PREFIX, type Inventory, type TargetPlan } from "../engine/sheets/placement";
import type { SheetSpec } from "../engine/sheets/types";
import { openOn, writeSheet } from "./xlsx-write";

const markerCell = (sheet: string): string => `${quoteSheet(sheet)}!$A$1`;

/** Sheets and markers of a loaded workbook, in the shape the placement rules take. */
export function inventoryOf(wb: ExcelJS.Workbook): Inventory {
  const markers = (wb.definedNames.model as { name: string; ranges: string[] }[])
    .filter((d) => d.name.toUpperCase().startsWith(MARKER_PREFIX))
    .map((d) => ({ name: d.name, sheet: sheetOfReference(d.ranges[0]) }));
  return {
    sheets: wb.worksheets.map((w, i) => ({ name: w.name, position: i, visibility: String(w.state ?? "visible") })),
    markers,
    tables: [],
  };
}

/** Writes the specs where the rules place them; returns the plans (name used, what was replaced). */
export function placeGenerated(wb: ExcelJS.Workbook, specs: SheetSpec[]): TargetPlan[] {
  const inv = inventoryOf(wb);
  const plans = planTargets(specs, inv, "replace");
  const fresh = nextMarkerNames(inv, plans.length);
  const written = plans.map((plan, i) => {
    let marker = fresh[i];
    if (plan.replaces) {
      const old = wb.getWorksheet(plan.replaces.sheet);
      if (old) wb.removeWorksheet(old.id);
      wb.definedNames.remove(markerCell(plan.replaces.sheet), plan.replaces.marker);
      marker = plan.replaces.marker;
    }
    const ws = writeSheet(wb, { ...plan.spec, name: plan.name });
    wb.definedNames.add(markerCell(plan.name), marker);
    return ws;
  });
  openOn(wb, written);
  return plans;
}
