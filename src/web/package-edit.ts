// What the page writes into a copy of the clerk's workbook through the
// package writer (src/xlsx/write): the generated sheets where the placement
// rules put them (writeGenerated, as `sanpi rank`), or the template's missing
// input sheets. Every other part of the file stays as it was.
import { findSheet, MARKER_COMMENT, nextMarkerNames, quoteSheet, sheetExists, type Inventory, type TargetPlan } from "../engine/sheets/placement";
import { writeGenerated } from "../xlsx/write/place";
import type { SheetSpec } from "../engine/sheets/types";
import { editPackage } from "../xlsx/write/package";
import { renderSheets } from "../xlsx/write/sheetml";
import type { PackageEdit } from "../xlsx/write/types";
import type { BookFile } from "./book-file";

const markerFormula = (sheet: string): string => `${quoteSheet(sheet)}!$A$1`;

/**
 * The template's input sheets that are missing (matched like the reader: exact
 * or trimmed name), never one that exists; its lists sheet only when a sheet
 * added refers to it and it is not there. Where a sheet of the lists' name is
 * the user's, the added sheets keep their short inline lists only.
 */
export function templateEdit(specs: SheetSpec[], inv: Inventory, stylesXml: string | null): { edit: PackageEdit; added: string[]; present: string[] } {
  const inputs = specs.filter((s) => s.kind !== "lists");
  const lists = specs.filter((s) => s.kind === "lists");
  const missing = inputs.filter((s) => !findSheet(inv, s.name));
  const present = inputs.filter((s) => findSheet(inv, s.name)).map((s) => findSheet(inv, s.name)!.name);
  const refersTo = (l: SheetSpec): boolean => missing.some((s) => s.columns.some((c) => c.listSource?.startsWith(quoteSheet(l.name))));
  const listsToAdd = lists.filter((l) => refersTo(l) && !sheetExists(inv, l.name));
  const foreign = lists.some((l) => refersTo(l) && sheetExists(inv, l.name) && !inv.markers.some((m) => m.sheet === l.name));
  const inputSpecs = foreign ? missing.map((s) => ({ ...s, columns: s.columns.map(({ listSource: _dropped, ...c }) => c) })) : missing;
  const { sheets, stylesXml: styles } = renderSheets([...inputSpecs, ...listsToAdd], stylesXml);
  const markers = nextMarkerNames(inv, listsToAdd.length);
  const edit: PackageEdit = {
    add: sheets.map((sheet) => ({ sheet })),
    remove: [],
    stylesXml: styles,
    // The lists are the add-in's, the input sheets become the user's.
    definedNames: listsToAdd.map((l, i) => ({ name: markers[i], formula: markerFormula(l.name), comment: MARKER_COMMENT, hidden: true })),
    activeSheet: missing[0]?.name,
  };
  return { edit, added: [...missing, ...listsToAdd].map((s) => s.name), present };
}

/**
 * The generated sheets as planned, into a copy (as `sanpi rank`: the planning rules give the same plans;
 * a sheet the clerk chose to keep beside an earlier one goes under its planned name). `also`: the
 * master's ledger patched by 合并报送 (merge --into).
 */
export const rankedCopy = (file: BookFile, plans: TargetPlan[], also?: Parameters<typeof writeGenerated>[2]): Uint8Array =>
  writeGenerated(
    file.bytes.length ? file.bytes : null,
    plans.map((p) => ({ ...p.spec, name: p.name })),
    also,
  ).bytes;

/** The template's sheets, into a copy. */
export const editedCopy = (file: BookFile, edit: PackageEdit): Uint8Array => editPackage(file.bytes, edit);
