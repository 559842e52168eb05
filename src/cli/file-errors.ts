// Why a file could not be read or written, in words a clerk can act on
// (issue 11 item 4): what is wrong and what to do, in Chinese or English; the
// system or library text (ENOENT, EROFS, "Corrupted zip: …") only as the
// error's detail, which `--verbose` prints on a line of its own.
import { statSync } from "fs";
import path from "path";
import { message, type Lang, type MessageCode } from "../engine";
import { CliError } from "./errors";
import type { TooLargeError } from "../xlsx/zip";

/** The technical text of a failure: `CODE: message`, first line only. */
export function technicalDetail(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  const text = String((e as Error)?.message ?? e).split("\n")[0];
  return code && !text.startsWith(code) ? `${code}: ${text}` : text;
}

const isFolder = (p: string): boolean => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};

const errnoOf = (e: unknown): string | undefined => (e as NodeJS.ErrnoException)?.code;

/** The reason a file system call failed for the file the user named. */
function fsReason(code: string | undefined, write: boolean): MessageCode {
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return write ? "cli.reason.noFolder" : "cli.reason.notFound";
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return write ? "cli.reason.noWrite" : "cli.reason.permission";
    case "EBUSY":
      return "cli.reason.busy";
    case "EISDIR":
      return write ? "cli.reason.outIsFolder" : "cli.reason.directory";
    case "ENOSPC":
    case "EDQUOT":
      return "cli.reason.diskFull";
    default:
      return write ? "cli.reason.writeOther" : "cli.reason.readOther";
  }
}

/** `file` could not be written (saving the ranking copy or the template). */
export function writeFailure(e: unknown, file: string, lang: Lang): CliError {
  const folder = path.dirname(file);
  // "No such file" for a folder that is there (/proc, /sys): the folder cannot take new files (issue 15 §3.9).
  const missing = fsReason(errnoOf(e), true) === "cli.reason.noFolder";
  const reason = message(missing && isFolder(folder) ? "cli.reason.cannotCreate" : fsReason(errnoOf(e), true), { folder }, lang);
  return new CliError(2, message("cli.writeFailed", { file, reason }, lang), technicalDetail(e));
}

/** `shown` (the file as the user typed it) could not be opened or read. */
export function readFailure(e: unknown, shown: string, lang: Lang): CliError {
  return unreadable(shown, fsReason(errnoOf(e), false), lang, technicalDetail(e));
}

/**
 * The bytes are there but ExcelJS could not open them. A broken zip structure
 * (JSZip: "Corrupted zip …", "end of central directory", "End of data reached")
 * is a file cut short while saving or downloading; anything else is a damaged workbook.
 */
export function loadFailure(e: unknown, shown: string, lang: Lang): CliError {
  const detail = technicalDetail(e);
  const cutShort = /corrupted zip|central directory|end of data reached|invalid (?:zip|signature)|unexpected end/i.test(detail);
  return unreadable(shown, cutShort ? "cli.reason.truncated" : "cli.reason.corrupt", lang, detail);
}

/** The one-line refusal for a file that is not a readable .xlsx. */
export function unreadable(shown: string, reason: MessageCode, lang: Lang, detail?: string, params: Record<string, string | number> = {}): CliError {
  return new CliError(2, message("file.unreadable", { file: shown, reason: message(reason, params, lang) }, lang), detail);
}

/** A part past the reader's cap (a zip bomb, or far bigger than any ledger): "文件过大或已损坏" with the limit. */
export function tooLarge(e: TooLargeError, shown: string, lang: Lang): CliError {
  const reason = e.scope === "part" ? "xlsx.reason.partTooLarge" : "xlsx.reason.bookTooLarge";
  return unreadable(shown, reason, lang, technicalDetail(e), { limit: Math.round(e.limit / 1e6), part: e.part });
}
