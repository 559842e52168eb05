// All writes of one action in one sync, with screen updating suspended:
// generated sheets (replacing earlier generated ones only as planned and
// confirmed) and template input sheets. Only sheets this code adds, or
// generated sheets it replaces, are written; a user's sheet never is.
import type { SheetSpec } from "../engine/sheets/types";
import { quoteSheet } from "./a1";
import { findSheet, MARKER_COMMENT, nextMarkerNames, sheetExists, type Inventory } from "./inventory";
import { uniqueTableName, type TargetPlan } from "../engine/sheets/placement";
import { queueInputSheet, queueOutputSheet } from "./render";
import type { TemplateResult, WriteResult } from "../host";

export type { WriteResult, TemplateResult };

/** Tidy markers whose sheet was deleted by the user (#REF!): they are the add-in's own names. */
function queueStaleMarkerCleanup(context: Excel.RequestContext, inv: Inventory, replacing: Set<string>): void {
  for (const m of inv.markers) {
    if (m.sheet === null && !replacing.has(m.name)) context.workbook.names.getItem(m.name).delete();
  }
}

function addMarker(context: Excel.RequestContext, ws: Excel.Worksheet, name: string): void {
  const marker = context.workbook.names.add(name, ws.getRange("A1"), MARKER_COMMENT);
  marker.visible = false;
}

export async function writeGeneratedSheets(context: Excel.RequestContext, plans: TargetPlan[], inv: Inventory, tablePrefix: string): Promise<WriteResult> {
  context.application.suspendScreenUpdatingUntilNextSync();
  const replacing = new Set(plans.flatMap((p) => (p.replaces ? [p.replaces.marker] : [])));
  queueStaleMarkerCleanup(context, inv, replacing);

  // Delete what is replaced first, so its name and table names are free again.
  for (const p of plans) {
    if (!p.replaces) continue;
    context.workbook.names.getItem(p.replaces.marker).delete();
    context.workbook.worksheets.getItem(p.replaces.sheet).delete();
  }
  const tables = new Set(inv.tables.map((t) => t.toLowerCase()));
  const markers = nextMarkerNames(inv, plans.length);
  let first: Excel.Worksheet | null = null;
  plans.forEach((p, i) => {
    const ws = context.workbook.worksheets.add(p.name);
    if (p.replaces) ws.position = p.replaces.position;
    const table = p.spec.kind === "lists" ? null : uniqueTableName(`${tablePrefix}_${i + 1}`, tables);
    queueOutputSheet(ws, p.spec, table);
    addMarker(context, ws, markers[i]);
    if (!first && !p.spec.hidden) first = ws;
  });
  if (first) (first as Excel.Worksheet).activate();
  await context.sync();
  return { written: plans.map((p) => p.name), replaced: plans.flatMap((p) => (p.replaces ? [p.replaces.sheet] : [])), syncs: 1 };
}

/**
 * Add the template's input sheets that are missing (matched like the reader:
 * exact or trimmed name), never touching one that exists. The hidden lists sheet
 * is added only when a sheet being added refers to it and it is not there.
 */
export async function addTemplateSheets(context: Excel.RequestContext, specs: SheetSpec[], readInventory: (c: Excel.RequestContext) => () => Inventory): Promise<TemplateResult> {
  const get = readInventory(context);
  await context.sync();
  const inv = get();
  const inputs = specs.filter((s) => s.kind !== "lists");
  const lists = specs.filter((s) => s.kind === "lists");
  const missing = inputs.filter((s) => !findSheet(inv, s.name));
  const present = inputs.filter((s) => findSheet(inv, s.name)).map((s) => findSheet(inv, s.name)!.name);
  if (!missing.length) return { added: [], present, syncs: 1 };

  context.application.suspendScreenUpdatingUntilNextSync();
  const added: string[] = [];
  const needsLists = (l: SheetSpec): boolean => missing.some((s) => s.columns.some((c) => c.listSource?.startsWith(quoteSheet(l.name))));
  const listsToAdd = lists.filter((l) => needsLists(l) && !sheetExists(inv, l.name));
  // A lists sheet of that name that we did not just add may hold anything: then use only inline lists.
  const foreignLists = lists.some((l) => needsLists(l) && sheetExists(inv, l.name) && !inv.markers.some((m) => m.sheet === l.name));
  const markers = nextMarkerNames(inv, listsToAdd.length);
  let first: Excel.Worksheet | null = null;
  for (const spec of missing) {
    const ws = context.workbook.worksheets.add(spec.name);
    if (spec.kind === "guide")
      queueOutputSheet(ws, spec, null); // the 填写说明: text, no input validation
    else queueInputSheet(ws, spec, foreignLists);
    added.push(spec.name);
    if (!first) first = ws;
  }
  listsToAdd.forEach((spec, i) => {
    const ws = context.workbook.worksheets.add(spec.name);
    queueOutputSheet(ws, spec, null);
    addMarker(context, ws, markers[i]); // the lists are the add-in's, the input sheets become the user's
    added.push(spec.name);
  });
  if (first) (first as Excel.Worksheet).activate();
  await context.sync();
  return { added, present, syncs: 2 };
}
