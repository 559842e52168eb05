// Generated sheets into the user's package by the task pane's rules
// (engine/sheets/placement.ts): a sheet this project generated before (it has
// a SANPI_GENERATED_<n> marker) is replaced where it stood; a user's sheet of
// the same name is never touched, ours goes beside it as `name (2)`. The one
// entry point for `rank`, `template` and the page's download; browser-safe.
//
//   writeGenerated(original: Uint8Array | null, specs: SheetSpec[]) → { bytes, plans }
import { MARKER_COMMENT, MARKER_PREFIX, nextMarkerNames, planTargets, quoteSheet, sheetOfReference, type Inventory, type TargetPlan } from "../../engine/sheets/placement";
import type { SheetSpec } from "../../engine/sheets/types";
import { editPackage, packageInfo, type PackageInfo } from "./package";
import { renderSheets } from "./sheetml";

/** Sheets and markers of a package, in the shape the placement rules take. */
export function inventoryOf(info: PackageInfo): Inventory {
  return {
    sheets: info.sheets.map((s, i) => ({ name: s.name, position: i, visibility: s.state })),
    markers: info.definedNames.filter((d) => d.localSheetId === null && d.name.toUpperCase().startsWith(MARKER_PREFIX)).map((d) => ({ name: d.name, sheet: sheetOfReference(d.formula) })),
    tables: [],
  };
}

/**
 * The package with `specs` written where the rules place them, opened on the first visible one; and the plans.
 * `also` is more of the same edit: sheets' XML replaced (merge --into patches the master's ledger) and the
 * styles.xml they need (append-only), which the new sheets' styles then follow.
 */
export function writeGenerated(
  original: Uint8Array | null,
  specs: SheetSpec[],
  also: { replace?: { name: string; xml: string }[]; stylesXml?: string | null } = {},
): { bytes: Uint8Array; plans: TargetPlan[] } {
  const found: PackageInfo = original ? packageInfo(original) : { sheets: [], definedNames: [], stylesXml: null, date1904: false };
  const info: PackageInfo = also.stylesXml !== undefined ? { ...found, stylesXml: also.stylesXml } : found;
  const inv = inventoryOf(info);
  const plans = planTargets(specs, inv, "replace");
  const fresh = nextMarkerNames(inv, plans.length);
  const { sheets, stylesXml } = renderSheets(
    plans.map((p) => ({ ...p.spec, name: p.name })),
    info.stylesXml,
    { date1904: info.date1904 },
  );
  const firstVisible = sheets.find((s) => !s.hidden)?.name;
  const bytes = editPackage(original, {
    add: sheets.map((sheet, i) => ({ sheet, position: plans[i].replaces?.position })),
    remove: plans.flatMap((p) => (p.replaces ? [p.replaces.sheet] : [])),
    replace: also.replace,
    stylesXml,
    definedNames: plans.map((p, i) => ({ name: p.replaces?.marker ?? fresh[i], formula: `${quoteSheet(p.name)}!$A$1`, comment: MARKER_COMMENT, hidden: true })),
    removeDefinedNames: plans.flatMap((p) => (p.replaces ? [p.replaces.marker] : [])),
    activeSheet: firstVisible,
  });
  return { bytes, plans };
}
