// The ExcelJS reading of a sheet's values, kept as the reference the CLI's own
// reader (src/xlsx/) is compared with in the tests: on every fixture the
// two agree except where ExcelJS 4.4.0 is wrong (test/cli/xlsx-fast.test.ts).
import ExcelJS from "exceljs";
import type { CellValue, MergedArea, SheetInput, SheetValues } from "../../src/engine";
import { areaOf } from "../../src/xlsx/sheet";

const DAY_MS = 86_400_000;
/** Serial of 1970-01-01 in Excel's 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;

/**
 * A Date cell as the serial number Excel stores and `range.values` returns
 * (fractions are times of day). ExcelJS built the Date from that serial as UTC,
 * so this inverts it exactly; a 1904-system workbook comes out in 1900 serials.
 */
export function dateToSerial(d: Date): number | string {
  const ms = d.getTime();
  if (Number.isNaN(ms)) return "#VALUE!";
  return UNIX_EPOCH_SERIAL + ms / DAY_MS;
}

type Exc = ExcelJS.CellValue;

const richText = (v: { richText: { text: string }[] }): string => v.richText.map((r) => r?.text ?? "").join("");

/** A value as `range.values` gives it: "" for blank, numbers, text, booleans, "#N/A"-style error text. */
export function plainValue(v: Exc | undefined): string | number | boolean {
  if (v === null || v === undefined) return "";
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return dateToSerial(v);
  if (typeof v !== "object") return String(v);
  const o = v as unknown as Record<string, unknown>;
  if (typeof o.error === "string") return o.error; // error cell: #N/A, #REF!, …
  if (Array.isArray(o.richText)) return richText(o as { richText: { text: string }[] });
  if ("formula" in o || "sharedFormula" in o || "result" in o) {
    // A formula gives its cached result; without one (never calculated) the cell reads blank.
    const r = o.result as Exc | undefined;
    return r !== null && typeof r === "object" && !(r instanceof Date) && typeof (r as { error?: unknown }).error === "string"
      ? (r as { error: string }).error
      : plainValue(r);
  }
  if ("hyperlink" in o || "text" in o) return plainValue(o.text as Exc); // text may itself be rich text
  return "";
}

/** ExcelJS keeps a row's cells in a sparse array; reading it directly is several times faster than eachCell. */
interface RowInternals {
  _cells: (ExcelJS.Cell | undefined)[];
}

/** One worksheet as a rectangular 2-D array: row 0 = worksheet row 1, column 0 = column A. */
export function sheetValues(ws: ExcelJS.Worksheet): SheetValues {
  const rows: (string | number | boolean)[][] = [];
  let width = 0;
  let height = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: (string | number | boolean)[] = [];
    const raw = (row as unknown as RowInternals)._cells;
    for (let c = 0; c < raw.length; c++) {
      const cell = raw[c];
      if (!cell) continue;
      // A merged range has its value in the top-left cell only; Excel gives "" for the rest.
      const v = cell.type === ExcelJS.ValueType.Merge ? "" : plainValue(cell.value);
      if (v === "") continue;
      while (cells.length < c) cells.push("");
      cells[c] = v;
    }
    if (cells.length === 0) return;
    rows[rowNumber - 1] = cells;
    if (cells.length > width) width = cells.length;
    height = rowNumber;
  });
  const out: CellValue[][] = new Array(height);
  for (let r = 0; r < height; r++) {
    const cells = rows[r] ?? [];
    while (cells.length < width) cells.push("");
    out[r] = cells;
  }
  return out;
}

/** The merged areas ExcelJS read from the sheet. */
export function mergesOf(ws: ExcelJS.Worksheet): MergedArea[] {
  const refs = (ws.model as { merges?: string[] }).merges ?? [];
  return refs.map(areaOf).filter((a): a is MergedArea => a !== null);
}

/** Every sheet of a file as ExcelJS reads it. */
export async function readWithExcelJs(file: string): Promise<Record<string, SheetInput>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const book: Record<string, SheetInput> = {};
  for (const ws of wb.worksheets) book[ws.name] = { values: sheetValues(ws), merges: mergesOf(ws) };
  return book;
}
