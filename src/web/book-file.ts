// An .xlsx the clerk opened in the page, read once into what the pane's host
// needs: the input sheets' values (the shared reader of src/xlsx, the CLI's
// own), the inventory (sheets, the markers of sheets this project generated)
// and the styles the package writer appends to. Runs in the
// page's worker (read-worker.ts), or on the page where no worker can start.
// A file the CLI refuses is refused here with the CLI's reason (refusal.ts).
import type { SheetInput } from "../engine";
import { inspectSheetNames } from "../engine/inspect/report";
import type { Inventory } from "../engine/sheets/placement";
import { readBookValues } from "../xlsx/book";
import { refusalOfBytes, refusalOfError, type Refusal } from "../xlsx/refusal";
import { packageInfo } from "../xlsx/write/package";
import { inventoryOf } from "../xlsx/write/place";

/** What the page keeps of an opened workbook (the bytes stay: the download is written from them). */
export interface BookFile {
  name: string;
  bytes: Uint8Array;
  /** The input sheets as the engine takes them, keyed by their actual names. */
  book: Record<string, SheetInput>;
  /** Every worksheet's name, in tab order. */
  sheetNames: string[];
  inventory: Inventory;
  /** xl/styles.xml as it is (the writer appends to it); null when the workbook has none. */
  stylesXml: string | null;
}

export type BookRead = { ok: true; file: BookFile } | { ok: false; refusal: Refusal };

/** Reads one opened file; never throws: a file the CLI refuses comes back as its refusal. */
export async function readBookFile(name: string, bytes: Uint8Array): Promise<BookRead> {
  const early = refusalOfBytes(bytes);
  if (early) return { ok: false, refusal: early };
  try {
    // Only the input sheets (and 问题台账, for 月度督查) become values: a workbook ranked before carries big ranking sheets (as the CLI).
    const { values, sheetNames } = await readBookValues(bytes, inspectSheetNames);
    // The sheets and markers as the package writer sees them: the download is planned on what it will write into.
    const info = packageInfo(bytes);
    return { ok: true, file: { name, bytes, book: values, sheetNames, inventory: inventoryOf(info), stylesXml: info.stylesXml } };
  } catch (e) {
    return { ok: false, refusal: refusalOfError(e) };
  }
}
