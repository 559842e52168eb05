// `sanpi`: dispatches a command; every failure is one line on stderr with an
// exit code, never a stack trace (SANPI_DEBUG=1 adds it for maintainers).
import { builtinProfile, message } from "../engine";
import { parseArgs, type Args } from "./args";
import { check, rank, score, template, type CliIO } from "./commands";
import { inspect } from "./inspect-command";
import { profileCommand } from "./profile-command";
import { mergeCommand } from "./merge-command";
import { CliError } from "./errors";
import { consoleText } from "./console-text";

export type { CliIO };

export async function run(argv: string[], raw: CliIO, env: Record<string, string | undefined> = {}): Promise<number> {
  // Every line is text: control characters from cells or file names are escaped (issue 15 §3.4).
  // The commands write stderr only through the progress line, which escapes its own text around its cursor codes.
  const io: CliIO = { ...raw, out: (s) => raw.out(consoleText(s)) };
  const err = (s: string) => raw.err(consoleText(s));
  let lang: Args["lang"] = "zh";
  try {
    const args = parseArgs(argv);
    lang = args.lang;
    if (args.help) {
      io.out(message("cli.usage", { year: builtinProfile().year }, lang) + "\n");
      return 0;
    }
    switch (args.command) {
      case "check":
        return await check(args, io);
      case "score":
        return await score(args, io);
      case "rank":
        return await rank(args, io);
      case "template":
        return await template(args, io);
      case "profile":
        return await profileCommand(args, io);
      case "merge":
        return await mergeCommand(args, io);
      case "inspect":
        return await inspect(args, io);
      default:
        err(message("cli.usage", { year: builtinProfile().year }, lang) + "\n");
        return 2;
    }
  } catch (e) {
    if (e instanceof CliError) {
      err(e.message + "\n");
      // Looked up in the raw words: an error may come before the arguments are parsed.
      if (e.detail && argv.includes("--verbose")) err(message("cli.detail", { detail: e.detail }, lang) + "\n");
      return e.exitCode;
    }
    const reason = String((e as Error)?.message ?? e).split("\n")[0];
    err(message("cli.internal", { reason }, lang) + "\n");
    if (env.SANPI_DEBUG) err(String((e as Error)?.stack ?? e) + "\n");
    return 2;
  }
}
