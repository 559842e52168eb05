// The cells of a return as `merge` carries them (cycle.md §1): each ledger
// column read by the parser `check` uses, written back as read (amounts as
// numbers, dates as day serials, yes/no as 是/否, anything unrecognised as
// typed), compared by its parsed value so that `2亿元` and 20000 are one value.
import { display, foldWidth, isBlank, parseAmount, parseBatches, parseBool, parseDate, plain } from "../parse/cells";
import { serialToIso } from "../parse/dates";
import { LEDGER_COLUMNS, projectKey, type LedgerKey } from "../parse/ledger";
import { normaliseUnitText, resolveUnit } from "../parse/units";
import type { Profile } from "../profile/types";
import type { OutCell } from "../sheets/types";
import type { CellValue } from "../types";

export type ValueKind = "text" | "name" | "unit" | "category" | "amount" | "date" | "bool" | "batches";

/** How each ledger column reads (the parser the ledger reader applies to it). */
export const LEDGER_KINDS: Record<LedgerKey, ValueKind> = {
  name: "name",
  unit: "unit",
  investment: "amount",
  category: "category",
  advanced: "bool",
  provincial: "batches",
  special: "bool",
  planDate: "date",
  signDate: "date",
  planStart: "date",
  actualStart: "date",
  inDb: "bool",
  dbDate: "date",
  planCommission: "date",
  actualCommission: "date",
  completed: "amount",
  fundType: "text",
  fundAmount: "amount",
  fundIssued: "date",
  declared: "date",
  note: "text",
};

/** The columns whose parsed values score (rules §2–§4): a difference there between two copies of a project is a conflict. */
export const SCORING_LEDGER_KEYS: LedgerKey[] = LEDGER_COLUMNS.map((c) => c.key).filter((k) => k !== "name" && k !== "unit" && k !== "note");

/** A cell as typed, reduced to what a workbook cell holds. */
function typed(cell: CellValue): OutCell {
  const value = plain(cell);
  if (value === null) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return display(cell);
}

const YES = "是";
const NO = "否";

/** The units of groups A and B a 责任单位 cell names (rules §1), or null. */
export function ledgerUnit(profile: Profile, cell: CellValue): string | null {
  const value = plain(cell);
  if (typeof value !== "string" && typeof value !== "number") return null;
  const unit = resolveUnit(profile, String(value).trim());
  return unit && (unit.groups.includes("towns") || unit.groups.includes("departments")) ? unit.name : null;
}

/** The cell as the merged ledger holds it: parsed where the parser understands it, else as typed; blank = null. */
export function outValue(kind: ValueKind, cell: CellValue, profile: Profile): OutCell {
  if (isBlank(cell)) return null;
  switch (kind) {
    case "amount": {
      const parsed = parseAmount(cell);
      return parsed.ok && parsed.value !== null ? parsed.value : typed(cell);
    }
    case "date": {
      const r = parseDate(cell);
      return r.ok && r.value !== null ? r.value : typed(cell);
    }
    case "bool": {
      const r = parseBool(cell);
      return r.ok ? (r.value ? YES : NO) : typed(cell);
    }
    case "batches": {
      const r = parseBool(cell);
      return r.ok ? (r.value ? YES : NO) : typed(cell);
    }
    case "unit":
      return ledgerUnit(profile, cell) ?? typed(cell);
    default:
      return typed(cell);
  }
}

/**
 * The parsed value as a comparable string: equal for two spellings of one value
 * (`2亿元`, 20000, `２００００`), different for anything the scorer reads differently.
 * Unreadable cells compare by their text.
 */
export function valueKey(kind: ValueKind, cell: CellValue, profile: Profile): string {
  if (isBlank(cell)) return kind === "bool" ? "b0" : kind === "batches" ? "s000" : "";
  switch (kind) {
    case "amount": {
      const parsed = parseAmount(cell);
      return parsed.ok ? (parsed.value === null ? "" : `n${Math.round(parsed.value * 1e6) / 1e6}`) : `?${display(cell).trim()}`;
    }
    case "date": {
      const r = parseDate(cell);
      return r.ok ? (r.value === null ? "" : `d${r.value}`) : `?${display(cell).trim()}`;
    }
    case "bool": {
      const r = parseBool(cell);
      return r.ok ? `b${r.value ? 1 : 0}` : `?${display(cell).trim()}`;
    }
    case "batches": {
      const r = parseBatches(cell);
      return r.ok ? `s${+r.value.sign}${+r.value.start}${+r.value.commission}` : `?${display(cell).trim()}`;
    }
    case "name":
      return projectKey(display(cell));
    case "unit":
      return ledgerUnit(profile, cell) ?? `?${normaliseUnitText(display(cell))}`;
    case "category":
      return foldWidth(display(cell)).replace(/\s+/g, "");
    default:
      return foldWidth(display(cell)).trim().replace(/\s+/g, " ");
  }
}

/** The value as `--json` shows it: amounts as numbers, dates as yyyy-mm-dd, yes/no as 是/否, the rest as typed; blank = null. */
export function jsonValue(kind: ValueKind, cell: CellValue, profile: Profile): string | number | boolean | null {
  const out = outValue(kind, cell, profile);
  if (kind === "date" && typeof out === "number") return serialToIso(out);
  return typeof out === "string" ? out.trim() : out;
}

/** The key two rows are the same project by (rules §2): normalised 项目名称 and 责任单位. */
export function rowKey(name: CellValue, unit: CellValue, profile: Profile): string | null {
  const n = projectKey(display(name).trim());
  if (!n) return null;
  return `${n}\u0000${valueKey("unit", unit, profile)}`;
}
