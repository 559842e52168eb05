// The CLI host, inward: an .xlsx file becomes exactly what Excel's
// `range.values` gives for each sheet (STYLE "One shape for both hosts"), so
// the engine cannot tell which host fed it. The values always come from our
// own reader (src/xlsx/); ExcelJS's model is loaded only for `rank`,
// which writes a copy of the workbook.
import { promises as fs } from "fs";
import type ExcelJS from "exceljs";
import { type Lang, type SheetInput } from "../engine";
import { CliError } from "./errors";
import { excelJs } from "./exceljs";
import { loadFailure, readFailure, tooLarge, unreadable } from "./file-errors";
import { isEncryptedOoxml, isOleFile } from "./ole";
import { NotSpreadsheetError, readBookValues, TooLargeError, type BookValues, type SheetSelector } from "../xlsx/book";

export type { SheetSelector } from "../xlsx/book";

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

/** Our reader on the bytes; a damaged or foreign file becomes the one-line reason. */
async function valuesOf(bytes: Buffer, lang: Lang, shown: string, sheets?: SheetSelector): Promise<BookValues> {
  try {
    return await readBookValues(bytes, sheets);
  } catch (e) {
    // A zip that is not a spreadsheet (a .docx, say) has no workbook part.
    if (e instanceof NotSpreadsheetError) throw unreadable(shown, "cli.reason.notXlsx", lang);
    if (e instanceof TooLargeError) throw tooLarge(e, shown, lang);
    throw loadFailure(e, shown, lang);
  }
}

/**
 * The sheets `sheets` picks (default all) as the engine takes them, and every
 * sheet's name, without building ExcelJS's model: what `check` and `score` need.
 * An unreadable file is a CliError (exit 2) naming the file as typed (`shown`).
 */
export async function readXlsxValues(file: string, lang: Lang = "zh", shown: string = file, sheets?: SheetSelector): Promise<BookValues> {
  return valuesOf(await readBytes(file, lang, shown), lang, shown, sheets);
}

export interface LoadedWorkbook extends BookValues {
  workbook: ExcelJS.Workbook;
}

/**
 * Loads an .xlsx with ExcelJS too, for writing a copy (`rank`); the values
 * still come from our reader, so every command sees the same cells.
 * `sheets` limits the values to those sheets (the workbook itself stays whole).
 */
export async function loadXlsx(file: string, lang: Lang = "zh", shown: string = file, sheets?: SheetSelector): Promise<LoadedWorkbook> {
  const bytes = await readBytes(file, lang, shown);
  const book = await valuesOf(bytes, lang, shown, sheets);
  const workbook = new (excelJs().Workbook)();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw loadFailure(e, shown, lang);
  }
  return { workbook, ...book };
}

/** The sheets of an .xlsx as the engine takes them (values as `range.values` would give them, and merges). */
export async function readXlsx(file: string, lang: Lang = "zh"): Promise<Record<string, SheetInput>> {
  return (await readXlsxValues(file, lang)).values;
}
