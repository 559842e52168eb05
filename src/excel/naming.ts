// Where each generated sheet goes: its own name when free; the same name,
// replacing it, when the add-in made that sheet (after the user confirms);
// otherwise a new name, so a sheet of the user's is never touched.
import type { SheetSpec } from "../engine/sheets/types";
import { markerOf, sheetExists, type Inventory, type SheetInfo } from "./inventory";

export interface TargetPlan {
  spec: SheetSpec;
  /** Name the sheet is written under. */
  name: string;
  /** A generated sheet of that name that this write replaces. */
  replaces: { sheet: string; marker: string; position: number } | null;
  /** Why the name differs from spec.name, if it does. */
  renamed: "userSheet" | "keptGenerated" | null;
}

/** Replace earlier generated sheets, or keep them and write beside them. */
export type ReplaceMode = "replace" | "keepBoth";

const MAX_SHEET_NAME = 31;

const variant = (base: string, n: number): string => {
  if (n < 2) return base;
  const suffix = ` (${n})`;
  return base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
};

/** `base`, or `base (2)`, `base (3)`… shortened to fit 31 characters, not in `taken` (lower-cased names). */
export function uniqueSheetName(base: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const name = variant(base, n);
    if (!taken.has(name.toLocaleLowerCase())) return name;
  }
}

/**
 * The generated sheet a spec would replace: the one of its own name, or, when a
 * user's sheet holds that name, the one written beside it last time (`name (2)`…).
 */
function ownSheetFor(name: string, inv: Inventory): { sheet: SheetInfo; marker: string } | null {
  for (let n = 1; n <= inv.sheets.length + 1; n++) {
    const sheet = inv.sheets.find((s) => s.name.toLocaleLowerCase() === variant(name, n).toLocaleLowerCase());
    if (!sheet) {
      if (n > 1) return null;
      continue;
    }
    const marker = markerOf(inv, sheet.name);
    if (marker) return { sheet, marker: marker.name };
  }
  return null;
}

export function planTargets(specs: SheetSpec[], inv: Inventory, mode: ReplaceMode): TargetPlan[] {
  const taken = new Set(inv.sheets.map((s) => s.name.toLocaleLowerCase()));
  return specs.map((spec): TargetPlan => {
    const existing = inv.sheets.find((s) => s.name.toLocaleLowerCase() === spec.name.toLocaleLowerCase());
    const own = mode === "replace" ? ownSheetFor(spec.name, inv) : null;
    const renamed = !existing ? null : markerOf(inv, existing.name) ? "keptGenerated" : "userSheet";
    if (own) {
      // The name stays taken by the sheet that replaces it.
      const replaces = { sheet: own.sheet.name, marker: own.marker, position: own.sheet.position };
      return { spec, name: own.sheet.name, replaces, renamed: own.sheet.name === spec.name ? null : renamed };
    }
    const name = uniqueSheetName(spec.name, taken);
    taken.add(name.toLocaleLowerCase());
    return { spec, name, replaces: null, renamed };
  });
}

/** Whether writing these specs would replace generated sheets (the user must confirm first). */
export const replacements = (plans: TargetPlan[]): string[] => plans.flatMap((p) => (p.replaces ? [p.replaces.sheet] : []));

/** Whether any of these specs' names is taken by a sheet at all. */
export const anyNameTaken = (specs: SheetSpec[], inv: Inventory): boolean => specs.some((s) => sheetExists(inv, s.name));

/** Excel table names: letters, digits and _; unique in the workbook. */
export function uniqueTableName(base: string, taken: Set<string>): string {
  const clean = ("Sanpi_" + base).replace(/[^A-Za-z0-9_]/g, "_").slice(0, 200);
  let name = clean;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${clean}_${n}`;
  taken.add(name.toLowerCase());
  return name;
}
