// Why a file is not a workbook we can read, as a reason of the message
// catalogue: the one verdict of the CLI (src/cli/xlsx-read.ts) and the page
// (src/web), so both refuse the same files with the same Chinese words
// ("无法读取文件“{file}”：{reason}"). The reader's own errors (src/xlsx) come
// in; the technical text is kept as the detail, shown only on request.
import { message, type Lang, type MessageCode } from "../engine";
import type { MessageParams } from "../engine/messages";
import { isEncryptedOoxml, isOleFile } from "./ole";
import { NotSpreadsheetError, TooLargeError, XmlError } from "./book";

export interface Refusal {
  reason: MessageCode;
  params: MessageParams;
  /** The technical text (the reader's, the system's), for --verbose or a 技术细节 line. */
  detail?: string;
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/** What the first bytes already tell: empty, an old .xls, an encrypted .xlsx, or no ZIP at all; null: read on. */
export function refusalOfBytes(bytes: Uint8Array): Refusal | null {
  if (bytes.length === 0) return { reason: "cli.reason.empty", params: {} };
  // An OLE compound file: an .xlsx with an open password, or the old .xls format.
  if (isOleFile(bytes)) return { reason: isEncryptedOoxml(bytes) ? "cli.reason.encrypted" : "cli.reason.xls", params: {} };
  if (!ZIP_SIGNATURE.every((b, i) => bytes[i] === b)) return { reason: "cli.reason.notXlsx", params: {} };
  return null;
}

/** The technical text of a failure: `CODE: message`, first line only. */
export function technicalDetail(e: unknown): string {
  const code = (e as { code?: unknown })?.code;
  const text = String((e as Error)?.message ?? e).split("\n")[0];
  return typeof code === "string" && !text.startsWith(code) ? `${code}: ${text}` : text;
}

/**
 * The reader could not read the bytes. A zip that holds no workbook is not an
 * .xlsx; a part past the reader's cap is "文件过大或已损坏" with the limit; a
 * broken zip structure ("central directory", "unexpected end", …) is a file
 * cut short while saving or downloading; anything else is a damaged workbook.
 */
export function refusalOfError(e: unknown): Refusal {
  const detail = technicalDetail(e);
  if (e instanceof NotSpreadsheetError) return { reason: "cli.reason.notXlsx", params: {}, detail };
  if (e instanceof TooLargeError) {
    return { reason: e.scope === "part" ? "xlsx.reason.partTooLarge" : "xlsx.reason.bookTooLarge", params: { limit: Math.round(e.limit / 1e6), part: e.part }, detail };
  }
  if (e instanceof XmlError) {
    if (e.sheet !== null && e.row !== null) return { reason: "xlsx.reason.badXmlRow", params: { sheet: e.sheet, row: e.row }, detail };
    return { reason: "xlsx.reason.badXml", params: { part: e.part ?? "" }, detail };
  }
  const cutShort = /corrupted zip|central directory|end of data reached|invalid (?:zip|signature)|unexpected end/i.test(detail);
  return { reason: cutShort ? "cli.reason.truncated" : "cli.reason.corrupt", params: {}, detail };
}

/** The one-line refusal, naming the file as the user knows it. */
export function refusalText(r: Refusal, file: string, lang: Lang): string {
  return message("file.unreadable", { file, reason: message(r.reason, r.params, lang) }, lang);
}
