// Every file a command writes goes through writeOutput (issue 15 §2: never
// overwrite, never leave half a file). Used by `rank` and `template`, and by
// the coming `merge` and `inspect`:
//
//   await writeOutput(target, bytes, { force, inputs, lang, shown });
//
// - an existing target is refused (CliError, exit 2, saying --force replaces it)
//   unless `force`; the target is then replaced keeping its file mode;
// - a target that is one of `inputs` (same real file: symlinks, hard links,
//   `./x.xlsx` vs `x.xlsx`, case on case-insensitive disks) is refused even
//   with `force`;
// - the bytes go to a temporary file beside the target, then renamed over it:
//   the target is either as it was or complete. Ctrl-C / SIGTERM removes the
//   temporary file; one left by a killed run (SIGKILL, power cut) is removed
//   by the next run that writes beside it.
// Failures of the file system are the usual one-line reasons (file-errors.ts).
import { constants, promises as fs, unlinkSync, type Stats } from "fs";
import path from "path";
import { message, type Lang } from "../engine";
import { CliError } from "./errors";
import { writeFailure } from "./file-errors";

export interface WriteOptions {
  /** `--force`: replace the target if it exists. */
  force: boolean;
  /** The files the command read: never written, even with `force`. */
  inputs: readonly string[];
  lang: Lang;
  /** The target as the user should read it in a message (default: the target). */
  shown?: string;
}

/** `.排名.xlsx.sanpi-1234.tmp`: hidden, beside the target, named by the writing process. */
const TEMP = /^\.(.+)\.sanpi-(\d+)\.tmp$/;
export const tempNameOf = (target: string, pid = process.pid): string => path.join(path.dirname(target), `.${path.basename(target)}.sanpi-${pid}.tmp`);

const statOrNull = async (file: string): Promise<Stats | null> => fs.stat(file).catch(() => null);

const sameFile = (a: Stats, b: Stats): boolean => a.dev === b.dev && a.ino === b.ino;

/** Whether `pid` is a running process (a temporary file of a live run is left alone). */
function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes the temporary files a killed run left beside `target` (never those of a run still going). */
export async function removeStaleTemps(target: string): Promise<void> {
  const dir = path.dirname(target);
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const m = TEMP.exec(name);
    if (m && m[1] === path.basename(target) && !alive(Number(m[2]))) await fs.rm(path.join(dir, name), { force: true });
  }
}

/** The refusals that come before anything is written: the target is an input, or exists without --force. */
export async function checkTarget(target: string, opts: WriteOptions): Promise<Stats | null> {
  const shown = opts.shown ?? target;
  const existing = await statOrNull(target);
  const resolved = path.resolve(target);
  for (const input of opts.inputs) {
    const st = await statOrNull(input);
    const same = existing && st ? sameFile(existing, st) : path.resolve(input) === resolved;
    if (same) throw new CliError(2, message("cli.outIsInput", { file: shown }, opts.lang));
  }
  if (existing?.isDirectory()) {
    throw writeFailure(Object.assign(new Error(`EISDIR: ${target}`), { code: "EISDIR" }), shown, opts.lang);
  }
  if (existing && !opts.force) throw new CliError(2, message("cli.outExistsForce", { file: shown }, opts.lang));
  return existing;
}

/** The temporary files being written by this process, removed if a signal ends it. */
const pending = new Set<string>();

function onSignal(signal: NodeJS.Signals): void {
  for (const tmp of pending) {
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
  }
  pending.clear();
  process.removeListener("SIGINT", onSignal);
  process.removeListener("SIGTERM", onSignal);
  // End as the signal would have: the shell sees 130 / 143.
  process.kill(process.pid, signal);
}

function track(tmp: string): void {
  if (pending.size === 0) {
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
  }
  pending.add(tmp);
}

function untrack(tmp: string): void {
  pending.delete(tmp);
  if (pending.size === 0) {
    process.removeListener("SIGINT", onSignal);
    process.removeListener("SIGTERM", onSignal);
  }
}

/** Writes `bytes` to `target` by the rules above; throws CliError (exit 2) with a clerk's reason. */
export async function writeOutput(target: string, bytes: Uint8Array, opts: WriteOptions): Promise<void> {
  const shown = opts.shown ?? target;
  const existing = await checkTarget(target, opts);
  await removeStaleTemps(target);
  const tmp = tempNameOf(target);
  track(tmp);
  try {
    const handle = await fs.open(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, existing ? existing.mode & 0o7777 : 0o666);
    try {
      await handle.writeFile(bytes);
      if (existing) await handle.chmod(existing.mode & 0o7777); // the umask does not narrow a replaced file's mode
      await handle.sync();
    } finally {
      await handle.close();
    }
    // A target created meanwhile by someone else is still not replaced without --force.
    if (!opts.force && (await statOrNull(target))) throw new CliError(2, message("cli.outExistsForce", { file: shown }, opts.lang));
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    if (e instanceof CliError) throw e;
    throw writeFailure(e, shown, opts.lang);
  } finally {
    untrack(tmp);
  }
}
