// What the workbook holds besides cell values (sheets, the add-in's markers of
// generated sheets, table names), loaded in the same sync as the first read.
// The rules that use it live in the engine (sheets/placement.ts), shared with the CLI.
import { sheetOfReference, MARKER_PREFIX, type Inventory } from "../engine/sheets/placement";

export { findSheet, markerOf, nextMarkerNames, sheetExists, MARKER_COMMENT, MARKER_PREFIX, type Inventory, type Marker, type SheetInfo } from "../engine/sheets/placement";

/** Queue the loads; call the returned function after the sync. */
export function queueInventory(context: Excel.RequestContext): () => Inventory {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/position,items/visibility,items/id");
  const names = context.workbook.names;
  names.load("items/name,items/formula");
  const tables = context.workbook.tables;
  tables.load("items/name");
  return () => ({
    sheets: sheets.items.map((s) => ({ name: s.name, position: s.position, visibility: String(s.visibility), id: s.id })),
    markers: names.items.filter((n) => n.name.toUpperCase().startsWith(MARKER_PREFIX)).map((n) => ({ name: n.name, sheet: sheetOfReference(n.formula) })),
    tables: tables.items.map((t) => t.name),
  });
}
