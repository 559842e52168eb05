// --profile FILE.json (profiles.md §4): read and check the file before any
// workbook is read; a bad file is exit 2 with one line per problem, each
// naming its JSON path.
import { readFile } from "fs/promises";
import path from "path";
import { builtinProfile, message, profileFromFile, type Lang, type Profile } from "../engine";
import type { Args } from "./args";
import { CliError } from "./errors";

const unreadable = (file: string, reason: string, lang: Lang): CliError => new CliError(2, message("file.unreadable", { file, reason }, lang));

/** The base profile of a command: the built-in one, or the built-in with the profile file applied. */
export async function baseProfile(args: Args, cwd: string): Promise<Profile> {
  if (args.profile === null) return builtinProfile();
  const file = path.resolve(cwd, args.profile);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? message("cli.reason.notFound", {}, args.lang)
        : code === "EISDIR"
          ? message("cli.reason.directory", {}, args.lang)
          : code === "EACCES" || code === "EPERM"
            ? message("cli.reason.permission", {}, args.lang)
            : String(code ?? e);
    throw unreadable(args.profile, reason, args.lang);
  }
  const { profile, problems } = profileFromFile(text, path.basename(file));
  if (!profile) throw new CliError(2, problems.map((p) => (args.lang === "en" ? p.messageEn : p.message)).join("\n"));
  return profile;
}
