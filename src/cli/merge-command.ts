// `sanpi merge <file|folder>... --out 汇总台账.xlsx [--into 总台账.xlsx] [--json] [--force]`
// (cycle.md §1): the host half of merge. It finds the returns (a folder's
// .xlsx files in code-point order, lock files skipped), reads each with the
// reader `check` uses (an unreadable one becomes its line, the rest are
// merged), hands them to the engine, and writes what it describes.
import { promises as fs } from "fs";
import path from "path";
import { message, type Lang } from "../engine";
import { describeMerge, mergeReturns, mergeToJson, type MasterInput, type MergeResult, type ReturnInput } from "../engine/merge";
import type { Args } from "./args";
import type { CliIO } from "./commands";
import { CliError } from "./errors";
import { readFailure } from "./file-errors";
import { baseProfile } from "./profile-file";
import { Progress } from "./progress";
import { specToText } from "./text-table";
import { readXlsxValues } from "./xlsx-read";
import { readReturn } from "../xlsx/returns";
import { writeMergeOutput } from "./merge-write";
import { checkTarget } from "./write-output";

/** Excel's owner files (`~$台账.xlsx`) while a workbook is open: never a return. */
const isLockFile = (name: string): boolean => name.startsWith("~$");

/** Code-point order (cycle.md §1), not UTF-16 unit order nor a locale's. */
export function codePointCompare(a: string, b: string): number {
  const A = Array.from(a, (c) => c.codePointAt(0)!);
  const B = Array.from(b, (c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(A.length, B.length); i++) if (A[i] !== B[i]) return A[i] - B[i];
  return A.length - B.length;
}

/** The returns the arguments name, in order: a folder stands for its .xlsx files (not its subfolders). */
export async function returnPaths(args: Args, io: CliIO): Promise<{ full: string; shown: string }[]> {
  const out: { full: string; shown: string }[] = [];
  for (const a of args.files) {
    const full = path.resolve(io.cwd, a);
    let st;
    try {
      st = await fs.stat(full);
    } catch (e) {
      throw readFailure(e, a, args.lang);
    }
    if (!st.isDirectory()) {
      if (!isLockFile(path.basename(full))) out.push({ full, shown: path.basename(full) });
      continue;
    }
    const entries = await fs.readdir(full, { withFileTypes: true });
    const names = entries
      .filter((e) => !e.isDirectory() && /\.xlsx$/i.test(e.name) && !isLockFile(e.name))
      .map((e) => e.name)
      .sort(codePointCompare);
    if (names.length === 0) throw new CliError(2, message("cli.merge.emptyFolder", { folder: a }, args.lang));
    for (const n of names) out.push({ full: path.join(full, n), shown: n });
  }
  return out;
}

/** A return from disk: a file the system will not give us is listed like one we cannot read. */
async function readReturnFile(full: string, shown: string): Promise<ReturnInput> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(full);
  } catch (e) {
    return { file: shown, error: { zh: readFailure(e, shown, "zh").message, en: readFailure(e, shown, "en").message } };
  }
  return readReturn(shown, bytes);
}

export async function mergeCommand(args: Args, io: CliIO): Promise<number> {
  const lang = args.lang;
  if (args.out === null && !args.json) throw new CliError(2, message("cli.merge.outRequired", {}, lang));
  if (args.out !== null && !/\.xlsx$/i.test(args.out)) throw new CliError(2, message("cli.outNotXlsx", { file: args.out }, lang));
  const base = await baseProfile(args, io.cwd);
  const inputs = await returnPaths(args, io);
  const out = args.out === null ? null : path.resolve(io.cwd, args.out);
  const into = args.into === null ? null : path.resolve(io.cwd, args.into);
  const written = [...inputs.map((i) => i.full), ...(into ? [into] : [])];
  // Refused before anything is read: --out naming an input or the master, or an existing file without --force.
  if (out !== null) await checkTarget(out, { force: args.force, inputs: written, lang, shown: args.out! });
  const progress = new Progress(io.err, io.errIsTTY, lang);
  try {
    let master: MasterInput | null = null;
    if (into !== null) {
      progress.step("cli.progress.read", { file: path.basename(into) });
      const { values, sheetNames } = await readXlsxValues(into, lang, args.into!);
      master = { file: path.basename(into), book: values, sheetNames };
    }
    const returns: ReturnInput[] = [];
    for (const i of inputs) {
      progress.step("cli.progress.read", { file: i.shown });
      returns.push(await readReturnFile(i.full, i.shown));
    }
    progress.step("cli.progress.merge", { files: returns.length });
    const result = mergeReturns(returns, base, { master });
    if (master && !result.patch) throw new CliError(2, result.issues.find((i) => i.code === "merge.master.noLedger")![lang === "en" ? "messageEn" : "message"]);
    if (out !== null) {
      progress.step("cli.progress.write", { file: path.basename(out) });
      await writeMergeOutput(result, { out, shown: args.out!, into, force: args.force, inputs: written, lang });
    }
    progress.done();
    if (args.json) io.out(JSON.stringify(mergeToJson(result, lang), null, 2) + "\n");
    else io.out(report(result, lang, args.out));
    return result.clean ? 0 : 1;
  } finally {
    progress.done();
  }
}

function report(result: MergeResult, lang: Lang, out: string | null): string {
  const lines = [specToText(describeMerge(result, lang))];
  if (out !== null) lines.push(message(result.patch ? "cli.merge.writtenInto" : "cli.merge.written", { file: out }, lang));
  return lines.join("\n") + "\n";
}
