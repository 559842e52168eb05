// How the user runs sanpi where it is installed, for the commands our hints
// print (issue 11 item 10): a hint must work when pasted as shown. In a
// checkout there is no bare `sanpi` command, only `npm run sanpi -- …`;
// installed as a package (inside node_modules) it is `npx sanpi …`.
import path from "path";
import type { Args } from "./args";

/** The command prefix for a CLI bundle that lives in `bundleDir` (lib/ of the package). */
export function invocation(bundleDir: string): string {
  return bundleDir.split(path.sep).includes("node_modules") ? "npx sanpi" : "npm run sanpi --";
}

/** A word as a POSIX shell (and cmd.exe) reads it back: quoted when it holds spaces or shell characters. */
export function shellWord(word: string): string {
  return /^[^\s'"\\$`!*?&;|<>(){}\[\]#~^%]+$/.test(word) ? word : `"${word.replace(/(["\\$`])/g, "\\$1")}"`;
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
