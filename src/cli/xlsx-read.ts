// The CLI host, inward: an .xlsx file becomes exactly what Excel's
// `range.values` gives for each sheet (STYLE "One shape for both hosts"), so
// the engine cannot tell which host fed it. The values always come from our
// own reader (src/xlsx/); `rank` writes its copy with the package writer
// (src/xlsx/write/), which keeps every part of the file as it is.
import { promises as fs } from "fs";
import type ExcelJS from "exceljs";
import { type Lang, type SheetInput } from "../engine";
import { CliError } from "./errors";
import { excelJs } from "./exceljs";
import { loadFailure, readFailure, refused, unreadable } from "./file-errors";
import { readBookValues, type BookValues, type SheetSelector } from "../xlsx/book";
import { refusalOfBytes, refusalOfError } from "../xlsx/refusal";

export type { SheetSelector } from "../xlsx/book";

/** Reads the bytes of an .xlsx, refusing anything else with a one-line Chinese reason naming `shown` (the page's verdict too: src/xlsx/refusal.ts). */
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
  const refusal = refusalOfBytes(bytes);
  if (refusal) throw refused(refusal, shown, lang);
  return bytes;
}

/** Our reader on the bytes; a damaged or foreign file becomes the one-line reason. */
async function valuesOf(bytes: Buffer, lang: Lang, shown: string, sheets?: SheetSelector): Promise<BookValues> {
  try {
    return await readBookValues(bytes, sheets);
  } catch (e) {
    throw refused(refusalOfError(e), shown, lang);
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

/** The values and the file's bytes, for a command that writes the workbook with sheets added (`rank`, through src/xlsx/write). */
export async function readXlsxBook(file: string, lang: Lang, shown: string, sheets?: SheetSelector): Promise<BookValues & { bytes: Uint8Array }> {
  const bytes = await readBytes(file, lang, shown);
  return { bytes, ...(await valuesOf(bytes, lang, shown, sheets)) };
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
