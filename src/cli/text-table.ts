// Plain-text tables for the terminal, aligned by display width (a CJK
// character takes two columns), and a SheetSpec rendered as such a table.
import type { ColumnOut, OutCell, SheetSpec } from "../engine";
import { displayWidth } from "../engine/sheets/row-heights";

const pad = (s: string, width: number, right: boolean): string => {
  const fill = " ".repeat(Math.max(0, width - displayWidth(s)));
  return right ? fill + s : s + fill;
};

/** Columns separated by two spaces; `right[i]` right-aligns column i (numbers). */
export function textTable(headers: string[], rows: string[][], right: boolean[] = []): string {
  const widths = headers.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ""))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => pad(c ?? "", widths[i], right[i] ?? false))
      .join("  ")
      .trimEnd();
  return [line(headers), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n") + "\n";
}

/** A cell as the number format shows it ("0.00" → two decimals). */
export function formatCell(v: OutCell, c: ColumnOut): string {
  if (v === null) return "";
  if (typeof v !== "number") return String(v);
  const m = /^0(?:\.(0+))?(%)?$/.exec(c.numFmt ?? "");
  if (!m) return String(v);
  const decimals = m[1]?.length ?? 0;
  return m[2] ? `${(v * 100).toFixed(decimals)}%` : v.toFixed(decimals);
}

/** A described sheet as a titled text table. */
export function specToText(spec: SheetSpec): string {
  const rows = spec.rows.map((r) => spec.columns.map((c, i) => formatCell(r[i] ?? null, c)));
  const right = spec.columns.map((c, i) => spec.rows.some((r) => typeof r[i] === "number") && c.numFmt != null);
  return `${spec.title ?? spec.name}\n${textTable(
    spec.columns.map((c) => c.header),
    rows,
    right,
  )}`;
}
