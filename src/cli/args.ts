// Command-line arguments (workbook-format §4). Anything unusable is a
// CliError with exit code 2 and one line saying what to type instead.
import { builtinProfile, message, parsePeriod, periodProblem, type Lang, type Period, type Profile } from "../engine";
import { phraseOf, type MessageParams } from "../engine/messages";
import { editDistance } from "../engine/parse/units";
import { CliError } from "./errors";
import { hasOwnKey } from "../engine/own";

export type Command = "check" | "score" | "rank" | "template" | "profile" | "merge" | "inspect";
const COMMANDS: Command[] = ["check", "score", "rank", "template", "profile", "merge", "inspect"];
/** Commands whose workbook argument may be left out. */
const FILE_OPTIONAL: Command[] = ["template", "profile"];

type Option = "quarter" | "year" | "json" | "out" | "lang" | "verbose" | "all" | "profile" | "into" | "force" | "month" | "notice";
/** Options that take no value. */
type Flag = "json" | "verbose" | "all" | "force";
// Examples in messages use the built-in profile's year (profiles.md §2).
const BASE_YEAR = builtinProfile().year;
const TAKES_VALUE: Record<Option, string | null> = {
  quarter: `${BASE_YEAR}Q1`,
  year: `${BASE_YEAR}`,
  json: null,
  out: "排名.xlsx",
  lang: "en",
  verbose: null,
  all: null,
  profile: "方案.json",
  into: "总台账.xlsx",
  month: `${BASE_YEAR}-11`,
  notice: "通报.docx",
  force: null,
};
const ALLOWED: Record<Command, Option[]> = {
  check: ["quarter", "year", "json", "lang", "verbose", "all", "profile"],
  score: ["quarter", "year", "json", "lang", "verbose", "profile"],
  rank: ["quarter", "year", "out", "lang", "verbose", "profile", "force"],
  template: ["out", "lang", "verbose", "profile", "year", "force"],
  profile: ["json", "lang", "verbose", "profile"],
  merge: ["out", "into", "json", "force", "lang", "verbose", "profile"],
  inspect: ["month", "json", "out", "notice", "force", "lang", "verbose", "profile"],
};

export interface Args {
  command: Command | null;
  help: boolean;
  file: string | null;
  quarter: string | null;
  year: string | null;
  json: boolean;
  out: string | null;
  lang: Lang;
  /** Print the technical detail (system error codes, library messages) under an error. */
  verbose: boolean;
  /** `check`: list every issue, not the first few of each kind. */
  all: boolean;
  /** A profile file (profiles.md §4). */
  profile: string | null;
  /** `merge`: every file or folder named (`file` is the first). */
  files: string[];
  /** `merge --into`: the master (总台账) to reconcile. */
  into: string | null;
  /** `inspect`: the month, as typed (cycle.md §3). */
  month: string | null;
  /** `inspect`: the 通报 draft to write (.docx). */
  notice: string | null;
  /** `--force`: an output file that exists is replaced (never an input file). */
  force: boolean;
}

/**
 * "Did you mean" for a mistyped command or option (`--quater` → `--quarter`):
 * the nearest candidate within 1 edit (2 for words of 4 letters or more).
 */
export function nearestWord(word: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c);
    if (d < bestD) [best, bestD] = [c, d];
  }
  return bestD <= (word.length >= 4 ? 2 : 1) ? best : null;
}

const suggestion = (value: string | null): MessageParams => (value === null ? {} : { suggest: phraseOf("cli.didYouMean", { value }) });

/** The language asked for, looked up first so that argument errors already speak it. */
function langOf(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (i < 0) return "zh";
  const v = argv[i].includes("=") ? argv[i].slice(7) : argv[i + 1];
  return v === "en" ? "en" : "zh";
}

export function parseArgs(argv: string[]): Args {
  const lang = langOf(argv);
  const fail = (code: Parameters<typeof message>[0], params: MessageParams = {}): never => {
    throw new CliError(2, message(code, params, lang));
  };
  const args: Args = {
    command: null,
    help: false,
    file: null,
    quarter: null,
    year: null,
    json: false,
    out: null,
    lang,
    verbose: false,
    all: false,
    profile: null,
    files: [],
    into: null,
    month: null,
    notice: null,
    force: false,
  };
  const seen: Option[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--help" || a === "-h" || a === "help") {
      args.help = true;
      continue;
    }
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = (eq < 0 ? a.slice(2) : a.slice(2, eq)) as Option;
      if (!hasOwnKey(TAKES_VALUE, name)) {
        const near = nearestWord(name, [...Object.keys(TAKES_VALUE), "help"]);
        fail("cli.unknownOption", { value: a, ...suggestion(near && `--${near}`) });
      }
      seen.push(name);
      const example = TAKES_VALUE[name];
      if (example === null) {
        if (eq >= 0) fail("cli.unknownOption", { value: a });
        args[name as Flag] = true;
        continue;
      }
      const value = eq >= 0 ? a.slice(eq + 1) : argv[++i];
      if (value === undefined || value === "" || (eq < 0 && value.startsWith("--"))) {
        fail("cli.optionValue", { option: `--${name}`, example });
      }
      if (name === "lang") {
        if (value !== "zh" && value !== "en") fail("cli.langInvalid", { value });
      } else args[name as "quarter" | "year" | "out" | "profile" | "into" | "month" | "notice"] = value;
      continue;
    }
    if (a.startsWith("-") && a.length > 1) fail("cli.unknownOption", { value: a });
    if (args.command === null) {
      if (!COMMANDS.includes(a as Command)) fail("cli.unknownCommand", { value: a, ...suggestion(nearestWord(a, COMMANDS)) });
      args.command = a as Command;
    } else if (args.command === "merge") {
      args.files.push(a);
      args.file ??= a;
    } else if (args.file === null && args.command !== "template") args.file = a;
    else fail("cli.extraArgument", { value: a });
  }
  if (args.help || args.command === null) return args;
  for (const o of seen) {
    if (!ALLOWED[args.command].includes(o)) fail("cli.optionNotHere", { command: args.command, option: `--${o}` });
  }
  if (!FILE_OPTIONAL.includes(args.command) && args.file === null) fail("cli.fileMissing", { command: args.command });
  return args;
}

/**
 * The period of --quarter / --year, checked against the profile (profiles.md
 * §2: a year the profile fixes, 2023–2100 otherwise; a bare quarter is of the
 * profile's year); null when neither was given.
 */
export function periodOf(args: Args, profile: Profile, exampleYear: number = profile.year): Period | null {
  const fail = (code: Parameters<typeof message>[0], params: MessageParams): never => {
    throw new CliError(2, message(code, params, args.lang));
  };
  if (args.quarter !== null && args.year !== null) fail("cli.periodBoth", {});
  const option = args.quarter !== null ? "--quarter" : "--year";
  const text = args.quarter ?? args.year;
  if (text === null) return null;
  const period = parsePeriod(text, profile);
  if (!period) return fail("period.invalid", { value: text, year: exampleYear });
  const wanted = option === "--quarter" ? "quarter" : "year";
  if (period.kind !== wanted) {
    fail("cli.periodKind", {
      option,
      value: text,
      kind: phraseOf(wanted === "quarter" ? { zh: "季度", en: "a quarter" } : { zh: "年度", en: "a year" }),
      year: exampleYear,
    });
  }
  const problem = periodProblem(profile, period);
  if (problem) fail(problem.code, { ...problem.params, value: text });
  return period;
}
