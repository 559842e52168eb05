// Finding the input sheets by name (workbook-format §1, §1.1 "Sheet names") and
// what the readers say when one is missing.
import { listed, phraseOf, type MessageText } from "../messages";
import type { Profile } from "../profile/types";
import type { Severity } from "../types";
import type { IssueSink } from "./table";
import { titleCore } from "./rows";
import { normaliseUnitText, resolveUnit } from "./units";

/** Where a reader's sheet sits in the workbook: its actual name, and every sheet's name. */
export interface SheetWhere {
  /** The sheet's name as the workbook spells it (`项目台帐`); issues carry it. */
  name?: string;
  /** Names of all the workbook's sheets, for the message when a sheet is missing. */
  available?: string[];
}

/** A sheet name as compared: trimmed, 台帐 read as 台账 (`项目台帐` is 项目台账). */
export const sheetNameKey = (name: string): string => name.trim().replace(/台帐/g, "台账");

/** The actual name of the sheet that serves `canonical`: exact, then trimmed, then 台帐 for 台账. */
export function findInputSheet(names: readonly string[], canonical: string): string | undefined {
  return names.find((n) => n === canonical) ?? names.find((n) => n.trim() === canonical) ?? names.find((n) => sheetNameKey(n) === sheetNameKey(canonical));
}

/** The `sheet.missing` issue, listing the sheets the workbook has. */
export function missingSheet(sink: IssueSink, sheet: string, where: SheetWhere, severity: Severity, consequence: MessageText): void {
  const names = where.available ?? [];
  sink.add(severity, "sheet.missing", "sheet.missing", {
    sheet,
    consequence: phraseOf(consequence),
    available: names.length ? phraseOf("sheet.available", { names: listed(names) }) : "",
  });
}

/**
 * Whether a section title names a group (乡镇街道, 市直单位 …) or a unit of the
 * profile (`（一）经开区管委会`, `市畜牧局（1个）`), §1.1 item 3.
 */
export function namesGroupOrUnit(profile: Profile): (text: string) => boolean {
  const groups = new Set<string>();
  for (const g of profile.groups) for (const n of [g.zh, ...g.names]) groups.add(normaliseUnitText(n));
  return (text) => {
    const core = titleCore(text);
    return groups.has(normaliseUnitText(core)) || resolveUnit(profile, core) !== null;
  };
}
