// Our own .xlsx reader, shared by the CLI and the no-install page: it unzips
// and parses only the workbook, the relationships, the shared strings and the
// sheets asked for (styles only for a 1904-date-system workbook), each part at
// most once. Browser-safe: bytes in (Uint8Array), values out; no Node API.
// Faster than building ExcelJS's full model, and right where ExcelJS 4.4.0 is
// not (a formula cached as 0, see sheet.ts).
//
// Exports (stable): readBookValues(bytes, select?, limits?) → { sheetNames, values };
// SheetSelector; NotSpreadsheetError; ZipError, TooLargeError, READ_LIMITS (./zip);
// XmlError (./xml).
import type { SheetInput } from "../engine";
import { parseDateStyles, parseRels, parseSharedStrings, parseWorkbook, relOfType, relsPathOf } from "./parts";
import { parseSheet } from "./sheet";
import { xmlText, XmlError } from "./xml";
import { partKey, READ_LIMITS, ZipArchive, type ReadLimits } from "./zip";

export { TooLargeError, ZipError, READ_LIMITS } from "./zip";
export { XmlError } from "./xml";

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

const text = (bytes: Uint8Array | null): string | null => (bytes === null ? null : xmlText(bytes));

/**
 * Reads an .xlsx held in memory. Throws ZipError for a damaged archive,
 * TooLargeError for a part past its cap (READ_LIMITS), XmlError for malformed
 * XML, NotSpreadsheetError for another kind of file.
 */
export async function readBookValues(bytes: Uint8Array, select?: SheetSelector, limits: ReadLimits = READ_LIMITS): Promise<BookValues> {
  const zip = new ZipArchive(bytes, limits);
  const read = async (part: string | undefined) => (part ? text(await zip.readAsync(part)) : null);
  return readBook(zip, read, select);
}

/** f's result; malformed XML found by it is labelled with the part. */
const parsing = <T>(part: string, f: () => T): T => {
  try {
    return f();
  } catch (e) {
    if (e instanceof XmlError && e.part === null) e.part = part;
    throw e;
  }
};

async function readBook(zip: ZipArchive, read: (part: string | undefined) => Promise<string | null>, select?: SheetSelector): Promise<BookValues> {
  const root = parsing("_rels/.rels", () => parseRels(text(zip.read("_rels/.rels")), ""));
  const workbookPart = relOfType(root, "officeDocument")?.target ?? "xl/workbook.xml";
  const workbookXml = text(zip.read(workbookPart));
  if (workbookXml === null) throw new NotSpreadsheetError(workbookPart);
  const rels = parsing(relsPathOf(workbookPart), () => parseRels(text(zip.read(relsPathOf(workbookPart))), workbookPart));
  const book = parsing(workbookPart, () => parseWorkbook(workbookXml));
  // Chart sheets and dialog sheets have no cells: like Excel's worksheets collection, they are not listed.
  const sheets = book.sheets.map((s) => ({ name: s.name, rel: rels.get(s.relId) })).filter((s): s is { name: string; rel: NonNullable<typeof s.rel> } => !!s.rel && s.rel.type.endsWith("/worksheet"));
  if (sheets.length === 0) throw new NotSpreadsheetError("no worksheets");
  const sheetNames = sheets.map((s) => s.name);
  const wanted = select ? new Set(select(sheetNames)) : null;
  const picked = sheets.filter((s) => !wanted || wanted.has(s.name));

  const stringsPart = relOfType(rels, "sharedStrings")?.target;
  const stylesPart = relOfType(rels, "styles")?.target;
  const stringsXml = await read(stringsPart);
  const sharedStrings = parsing(stringsPart ?? "", () => parseSharedStrings(stringsXml));
  const stylesXml = book.date1904 ? await read(stylesPart) : null;
  const dateStyles1904 = book.date1904 ? parsing(stylesPart ?? "", () => parseDateStyles(stylesXml)) : null;

  // One part at a time, each read once: two sheets pointing at one part share its values.
  const byPart = new Map<string, SheetInput>();
  const values: Record<string, SheetInput> = {};
  for (const s of picked) {
    const key = partKey(s.rel.target);
    let sheet = byPart.get(key);
    if (!sheet) {
      const xml = await read(s.rel.target);
      try {
        sheet = xml === null ? { values: [], merges: [] } : parseSheet(xml, { sharedStrings, dateStyles1904 });
      } catch (e) {
        if (e instanceof XmlError) {
          e.part = s.rel.target;
          e.sheet = s.name;
        }
        throw e;
      }
      byPart.set(key, sheet);
    }
    values[s.name] = sheet;
  }
  return { sheetNames, values };
}
