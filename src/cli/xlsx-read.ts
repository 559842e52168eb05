// The ExcelJS host, inward: an .xlsx file becomes exactly what Excel's
// `range.values` gives for each sheet (STYLE "One shape for both hosts"), so
// the engine cannot tell which host fed it.
import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import { type CellValue, type Lang, type MergedArea, type SheetInput, type SheetValues } from "../engine";
import { CliError } from "./errors";
import { loadFailure, readFailure, unreadable } from "./file-errors";
import { isEncryptedOoxml, isOleFile } from "./ole";

const DAY_MS = 86_400_000;
/** Serial of 1970-01-01 in Excel's 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;

/**
 * A Date cell as the serial number Excel stores and `range.values` returns
 * (fractions are times of day). ExcelJS built the Date from that serial as UTC,
 * so this inverts it exactly; a 1904-system workbook comes out in 1900 serials,
 * the only system the engine reads.
 */
export function dateToSerial(d: Date): number | string {
  const ms = d.getTime();
  if (Number.isNaN(ms)) return "#VALUE!";
  return UNIX_EPOCH_SERIAL + ms / DAY_MS;
}

type Exc = ExcelJS.CellValue;

/** Plain text of rich text runs, as Excel shows it. */
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

/** `A1:C4` → a 0-based inclusive area. */
export function areaOf(ref: string): MergedArea | null {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref.trim().toUpperCase());
  if (!m) return null;
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const [c0, r0] = [col(m[1]), Number(m[2]) - 1];
  const [c1, r1] = m[3] ? [col(m[3]), Number(m[4]) - 1] : [c0, r0];
  return { row0: Math.min(r0, r1), col0: Math.min(c0, c1), row1: Math.max(r0, r1), col1: Math.max(c0, c1) };
}

/** The merged areas ExcelJS read from the sheet (workbook-format §1.1). */
export function mergesOf(ws: ExcelJS.Worksheet): MergedArea[] {
  const refs = (ws.model as { merges?: string[] }).merges ?? [];
  return refs.map(areaOf).filter((a): a is MergedArea => a !== null);
}

/** A sheet as the engine takes it: values and merged areas. */
export const sheetInput = (ws: ExcelJS.Worksheet): SheetInput => ({ values: sheetValues(ws), merges: mergesOf(ws) });

/** Picks, from all the sheet names, the ones to read (by default every sheet). */
export type SheetSelector = (names: string[]) => readonly string[];

/** The sheets `select` picks, as the engine takes them. */
export function workbookValues(wb: ExcelJS.Workbook, select?: SheetSelector): Record<string, SheetInput> {
  const wanted = select ? new Set(select(wb.worksheets.map((w) => w.name))) : null;
  const book: Record<string, SheetInput> = {};
  for (const ws of wb.worksheets) {
    if (!wanted || wanted.has(ws.name)) book[ws.name] = sheetInput(ws);
  }
  return book;
}

/** Reads the bytes of an .xlsx, refusing anything else with a one-line Chinese reason naming `shown`. */
async function readBytes(file: string, lang: Lang, shown: string): Promise<Buffer> {
  let bytes: Buffer;
  try {
    const st = await fs.stat(file);
    if (st.isDirectory()) throw unreadable(shown, "cli.reason.directory", lang);
    bytes = await fs.readFile(file);
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw readFailure(e, shown, lang);
  }
  if (bytes.length === 0) throw unreadable(shown, "cli.reason.empty", lang);
  // An OLE compound file: an .xlsx with an open password, or the old .xls format.
  if (isOleFile(bytes)) throw unreadable(shown, isEncryptedOoxml(bytes) ? "cli.reason.encrypted" : "cli.reason.xls", lang);
  if (!bytes.subarray(0, 4).equals(Buffer.from("PK\x03\x04", "latin1"))) {
    throw unreadable(shown, "cli.reason.notXlsx", lang);
  }
  return bytes;
}

export interface LoadedWorkbook {
  workbook: ExcelJS.Workbook;
  values: Record<string, SheetInput>;
  /** Every sheet's name, in workbook order. */
  sheetNames: string[];
}

/**
 * Loads an .xlsx with ExcelJS; an unreadable file is a CliError (exit 2) whose
 * one line names the file as the user typed it (`shown`), never a stack trace.
 * `sheets` limits the values to those sheets (the workbook itself stays whole).
 */
export async function loadXlsx(file: string, lang: Lang = "zh", shown: string = file, sheets?: SheetSelector): Promise<LoadedWorkbook> {
  const bytes = await readBytes(file, lang, shown);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw loadFailure(e, shown, lang);
  }
  // A zip that is not a spreadsheet (a .docx, say) loads as a workbook with no sheets.
  if (workbook.worksheets.length === 0) throw unreadable(shown, "cli.reason.notXlsx", lang);
  return { workbook, values: workbookValues(workbook, sheets), sheetNames: workbook.worksheets.map((w) => w.name) };
}

/** The sheets of an .xlsx as the engine takes them (values as `range.values` would give them, and merges). */
export async function readXlsx(file: string, lang: Lang = "zh"): Promise<Record<string, SheetInput>> {
  return (await loadXlsx(file, lang)).values;
}
