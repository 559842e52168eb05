// Our own .xlsx reader for the commands that only read (check, score) and for
// the values of every command: it unzips and parses only the workbook, the
// relationships, the shared strings and the sheets asked for (styles only for
// a 1904-date-system workbook). Faster than building ExcelJS's full model, and
// right where ExcelJS 4.4.0 is not (a formula cached as 0, see sheet.ts).
import type { SheetInput } from "../../engine";
import { parseDateStyles, parseRels, parseSharedStrings, parseWorkbook, relOfType, relsPathOf } from "./parts";
import { parseSheet } from "./sheet";
import { xmlText } from "./xml";
import { ZipArchive } from "./zip";

/** Picks, from all the sheet names, the ones to read (by default every sheet). */
export type SheetSelector = (names: string[]) => readonly string[];

/** A ZIP archive that holds no spreadsheet (a .docx, a zip of photos). */
export class NotSpreadsheetError extends Error {}

export interface BookValues {
  /** Every worksheet's name, in the order of the tabs, exactly as stored. */
  sheetNames: string[];
  /** The selected sheets as the engine takes them. */
  values: Record<string, SheetInput>;
}

const text = (bytes: Buffer | null): string | null => (bytes === null ? null : xmlText(bytes));

/** Reads an .xlsx held in memory. Throws ZipError for a damaged archive, NotSpreadsheetError for another kind of file. */
export async function readBookValues(bytes: Buffer, select?: SheetSelector): Promise<BookValues> {
  const zip = new ZipArchive(bytes);
  const root = parseRels(text(zip.read("_rels/.rels")), "");
  const workbookPart = relOfType(root, "officeDocument")?.target ?? "xl/workbook.xml";
  const workbookXml = text(zip.read(workbookPart));
  if (workbookXml === null) throw new NotSpreadsheetError(workbookPart);
  const rels = parseRels(text(zip.read(relsPathOf(workbookPart))), workbookPart);
  const book = parseWorkbook(workbookXml);
  // Chart sheets and dialog sheets have no cells: like Excel's worksheets collection, they are not listed.
  const sheets = book.sheets
    .map((s) => ({ name: s.name, rel: rels.get(s.relId) }))
    .filter((s): s is { name: string; rel: NonNullable<typeof s.rel> } => !!s.rel && s.rel.type.endsWith("/worksheet"));
  if (sheets.length === 0) throw new NotSpreadsheetError("no worksheets");
  const sheetNames = sheets.map((s) => s.name);
  const wanted = select ? new Set(select(sheetNames)) : null;
  const picked = sheets.filter((s) => !wanted || wanted.has(s.name));

  // Sheets inflate on the thread pool while the shared strings are parsed here.
  const sheetBytes = picked.map((s) => zip.readAsync(s.rel.target));
  for (const p of sheetBytes) p.catch(() => undefined); // a failure is thrown where it is awaited, never as unhandled
  const stringsPart = relOfType(rels, "sharedStrings")?.target;
  const stylesPart = relOfType(rels, "styles")?.target;
  const sharedStrings = parseSharedStrings(stringsPart ? text(zip.read(stringsPart)) : null);
  const dateStyles1904 = book.date1904 ? parseDateStyles(stylesPart ? text(zip.read(stylesPart)) : null) : null;

  const values: Record<string, SheetInput> = {};
  for (let i = 0; i < picked.length; i++) {
    const xml = text(await sheetBytes[i]);
    values[picked[i].name] = xml === null ? { values: [], merges: [] } : parseSheet(xml, { sharedStrings, dateStyles1904 });
  }
  return { sheetNames, values };
}
