// Why a file could not be read or written, in words a clerk can act on
// (issue 11 item 4): what is wrong and what to do, in Chinese or English; the
// system or library text (ENOENT, EROFS, "Corrupted zip: …") only as the
// error's detail, which `--verbose` prints on a line of its own.
import { statSync } from "fs";
import path from "path";
import { message, type Lang, type MessageCode } from "../engine";
import { CliError } from "./errors";
import { refusalOfError, refusalText, technicalDetail, type Refusal } from "../xlsx/refusal";

export { technicalDetail };

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

/** The bytes are there but ExcelJS could not open them: the reader's verdict on the error (src/xlsx/refusal.ts). */
export function loadFailure(e: unknown, shown: string, lang: Lang): CliError {
  return refused(refusalOfError(e), shown, lang);
}

/** The one-line refusal for a file that is not a readable .xlsx. */
export function unreadable(shown: string, reason: MessageCode, lang: Lang, detail?: string, params: Record<string, string | number> = {}): CliError {
  return refused({ reason, params, detail }, shown, lang);
}

/** A refusal of the shared verdict (the page says the same), naming the file as typed. */
export function refused(r: Refusal, shown: string, lang: Lang): CliError {
  return new CliError(2, refusalText(r, shown, lang), r.detail);
}
