// How the user runs sanpi, for the commands our hints print (issue 11 item 10):
// a hint must work when pasted as shown. In a checkout there is no bare `sanpi`
// command, only `npm run sanpi -- …`; the single-file CLI (dist/sanpi.cjs, issue 20
// item 10) is `node sanpi.cjs …`, named as the user can reach it from their folder.
// Never `npx sanpi`: the package is not published, and whatever is published under
// that name is not this program.
import path from "path";
import type { Args } from "./args";

/** The command prefix for the CLI bundle `bundleFile` (lib/sanpi.js of a checkout, or a copy of sanpi.cjs), run from `cwd`. */
export function invocation(bundleFile: string, cwd: string): string {
  if (path.extname(bundleFile) !== ".cjs") return "npm run sanpi --";
  const rel = path.relative(cwd, bundleFile);
  return `node ${shellWord(rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : bundleFile)}`;
}

/** A word as a POSIX shell (and cmd.exe) reads it back: quoted when it holds spaces or shell characters. */
export function shellWord(word: string): string {
  return /^[^\s'"\\$`!*?&;|<>(){}[\]#~^%]+$/.test(word) ? word : `"${word.replace(/(["\\$`])/g, "\\$1")}"`;
}

/** `sanpi check <file>` for the period and language the user just asked for, so its counts match. */
export function checkCommand(args: Args, sanpi: string): string {
  const words = [sanpi, "check", shellWord(args.file!)];
  if (args.quarter !== null) words.push("--quarter", shellWord(args.quarter));
  else if (args.year !== null) words.push("--year", shellWord(args.year));
  // The same profile file, so the check counts what the score counted.
  if (args.profile !== null) words.push("--profile", shellWord(args.profile));
  if (args.lang === "en") words.push("--lang", "en");
  return words.join(" ");
}
