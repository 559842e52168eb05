// The four commands of workbook-format §4. Each returns its exit code:
// 0 no errors, 1 errors in the workbook (still scored), 2 unusable input
// (thrown as CliError before anything is printed on stdout).
import path from "path";
import {
  assessmentYears,
  defaultPeriodOf,
  describeReport,
  describeTemplate,
  inputSheetNames,
  message,
  periodId,
  periodLabel,
  profileNotes,
  readWorkbook,
  reportToJson,
  scorePeriod,
  type Issue,
  type Lang,
  type ParsedWorkbook,
  type Period,
  type Profile,
  type Report,
  type SheetSpec,
} from "../engine";
import { periodOf, type Args } from "./args";
import { baseProfile } from "./profile-file";
import { CliError } from "./errors";
import { groupRepeats } from "./issue-groups";
import { checkCommand } from "./invocation";
import { Progress } from "./progress";
import { specToText, textTable } from "./text-table";
import { readXlsxBook, readXlsxValues } from "./xlsx-read";
import { countIssues, errorsFirst, splitInfo } from "../engine/issues";
import { currentYear } from "../engine/years";
import { writeGenerated } from "../xlsx/write/place";
import { checkTarget, writeOutput, type WriteOptions } from "./write-output";

export interface CliIO {
  out(s: string): void;
  err(s: string): void;
  /** The date the template is written for (tests fix it); the machine's clock otherwise. */
  today?: () => Date;
  /** Progress is shown only on a terminal. */
  errIsTTY: boolean;
  cwd: string;
  /** How sanpi is run here, for the commands hints print (invocation.ts); "sanpi" when not given. */
  sanpi?: string;
  /** The terminal's width, which tables fit (DEFAULT_COLUMNS when stdout is not a terminal). */
  columns?: number;
}

export const DEFAULT_TEMPLATE = "三个一批台账模板.xlsx";

interface Loaded {
  file: string;
  parsed: ParsedWorkbook;
  /** The file's bytes, kept only for `rank` (it writes them again with the ranking sheets added). */
  bytes: Uint8Array | null;
}

async function load(args: Args, io: CliIO, progress: Progress, profile: Profile, keepBytes = false): Promise<Loaded> {
  const file = path.resolve(io.cwd, args.file!);
  progress.step("cli.progress.read", { file: path.basename(file) });
  // Only the input sheets become values: a workbook ranked before carries big ranking sheets.
  const { values, sheetNames, bytes } = keepBytes
    ? await readXlsxBook(file, args.lang, args.file!, inputSheetNames)
    : { ...(await readXlsxValues(file, args.lang, args.file!, inputSheetNames)), bytes: null };
  progress.step("cli.progress.score", { rows: Object.values(values).reduce((n, s) => n + s.values.length, 0) });
  return { file, parsed: readWorkbook(values, profile, { sheetNames }), bytes };
}

/**
 * The base profile, and the period as typed checked against it before the workbook is read (exit 2 early).
 * A period refused here is refused again against the workbook when it can be read, so that the examples
 * name the workbook's year (2026Q1 for a 2026 ledger, issue 20 item 13); an unreadable file keeps this error.
 */
async function prepare(args: Args, io: CliIO, required: boolean): Promise<Profile> {
  const base = await baseProfile(args, io.cwd);
  try {
    if (periodOf(args, base) === null && required) throw new CliError(2, message("cli.periodRequired", { year: base.year }, args.lang));
  } catch (early) {
    if (!(early instanceof CliError) || args.file === null) throw early;
    const loaded = await load(args, io, new Progress(io.err, false, args.lang), base).catch(() => {
      throw early;
    });
    periodIn(args, loaded, io, required);
  }
  return base;
}

/** The year the workbook is about: its fixed 考评年度, else the year most of its dates fall in (for examples in messages). */
const workbookYear = (loaded: Loaded, io: CliIO): number => assessmentYears(loaded.parsed, io.today?.() ?? new Date()).main;

/**
 * The period against the workbook's effective profile: its 考评年度 fixes the year and what a bare quarter
 * means (profiles.md §2). Checked once the workbook is read, so that examples name its year (issue 20 item 13).
 */
function periodIn(args: Args, loaded: Loaded, io: CliIO, required: boolean): Period | null {
  const year = workbookYear(loaded, io);
  const period = periodOf(args, loaded.parsed.profile, year);
  if (period === null && required) throw new CliError(2, message("cli.periodRequired", { year }, args.lang));
  return period;
}

const errorsIn = (issues: Issue[]): number => issues.filter((i) => i.severity === "error").length;
const exitFor = (issues: Issue[]): number => (errorsIn(issues) > 0 ? 1 : 0);
const textOf = (i: Issue, lang: Lang): string => (lang === "en" ? (i.messageEn ?? i.message) : i.message);

function summary(parsed: ParsedWorkbook, issues: Issue[], lang: Lang): string {
  const projects = parsed.ledger.projects.length;
  // A ledger with no project (a header alone) says so, never "0 valid projects" (issue 20 item 11).
  return message(projects ? "cli.summary" : "cli.summaryNoProjects", { rows: parsed.ledger.rowsRead, projects, ...countIssues(issues) }, lang);
}

export interface IssuesTableOptions {
  /** Every issue; otherwise repeats of one kind past the first few are one "另有 N 行" line. */
  all?: boolean;
  /** With the code column (`row.duplicate`), for --verbose. */
  codes?: boolean;
  maxWidth?: number;
}

/** The issues as a table fitted to the terminal, the 说明 column wrapping. */
export function issuesTable(issues: Issue[], lang: Lang, o: IssuesTableOptions = {}): string {
  const where = (i: Issue) => i.cell ?? (i.row !== null ? message("cli.row", { row: i.row }, lang) : "");
  const sorted = errorsFirst(issues);
  const listed = o.all !== false ? sorted.map((issue) => ({ issue })) : groupRepeats(sorted);
  const keep = (_: unknown, k: number) => o.codes || k !== 3;
  return textTable(
    (["cli.col.severity", "cli.col.sheet", "cli.col.cell", "cli.col.code", "cli.col.message"] as const).map((k) => message(k, {}, lang)).filter(keep),
    listed.map((l) => {
      const i = "issue" in l ? l.issue : l.like;
      const text = "issue" in l ? textOf(i, lang) : message(i.row !== null ? "cli.moreLikeThis" : "cli.moreLikeThisNoRow", { count: l.more.toLocaleString("en-US") }, lang);
      return [message(`cli.severity.${i.severity}`, {}, lang), i.sheet, "issue" in l ? where(i) : "…", i.code, text].filter(keep);
    }),
    { maxWidth: o.maxWidth },
  );
}

/** The three group rankings as text tables, rendered from the same specs the workbook gets. */
function rankingsText(report: Report, lang: Lang, maxWidth?: number): string {
  return describeReport(report, lang)
    .filter((s) => s.kind === "ranking")
    .map((s) => specToText(s, maxWidth))
    .join("\n");
}

/** An issue as `check --json` and `score --json` give it, its message in the language asked for. */
const issueJson = (i: Issue, lang: Lang) => ({ ...i, message: textOf(i, lang) });

function scoreFooter(loaded: Loaded, report: Report, args: Args, io: CliIO): string {
  const lines = [...profileNotes(report.profile, report.year, report.changes, args.lang), summary(loaded.parsed, report.issues, args.lang)];
  if (errorsIn(report.issues) > 0) lines.push(message("cli.seeCheck", { command: checkCommand(args, io.sanpi ?? "sanpi") }, args.lang));
  return lines.join("\n") + "\n";
}

/** What `check` looked at: the period asked for, or (none asked) every row as typed, with the period to ask for next. */
function checkedText(period: Period | null, loaded: Loaded, io: CliIO, lang: Lang): string {
  if (period) return message("cli.checkedPeriod", { period: periodLabel(period)[lang] }, lang);
  const suggested = periodId(defaultPeriodOf(assessmentYears(loaded.parsed, io.today?.() ?? new Date()), io.today?.() ?? new Date()));
  return message("cli.checkedNoPeriod", { quarter: suggested }, lang);
}

export async function check(args: Args, io: CliIO): Promise<number> {
  const progress = new Progress(io.err, io.errIsTTY, args.lang);
  const base = await prepare(args, io, false);
  try {
    const loaded = await load(args, io, progress, base);
    const period = periodIn(args, loaded, io, false);
    const issues = period ? scorePeriod(loaded.parsed, period).issues : loaded.parsed.issues;
    progress.done();
    const errors = errorsIn(issues);
    const projects = loaded.parsed.ledger.projects.length;
    if (args.json) {
      const counts = { rows: loaded.parsed.ledger.rowsRead, projects, ...countIssues(issues) };
      io.out(JSON.stringify({ period: period ? periodId(period) : null, ...counts, issues: errorsFirst(issues).map((i) => issueJson(i, args.lang)) }, null, 2) + "\n");
      return exitFor(issues);
    }
    const { problems, info } = splitInfo(issues);
    const table = { all: args.all, codes: args.verbose, maxWidth: io.columns };
    if (problems.length) io.out(issuesTable(problems, args.lang, table) + "\n");
    if (info.length) io.out("\n" + message("cli.infoHeading", {}, args.lang) + "\n" + issuesTable(info, args.lang, table) + "\n");
    io.out(checkedText(period, loaded, io, args.lang) + "\n");
    io.out(summary(loaded.parsed, issues, args.lang) + "\n");
    io.out(message(errors ? "cli.hasErrors" : projects ? "cli.ok" : "cli.noProjects", { errors }, args.lang) + "\n");
    return exitFor(issues);
  } finally {
    progress.done();
  }
}

export async function score(args: Args, io: CliIO): Promise<number> {
  const progress = new Progress(io.err, io.errIsTTY, args.lang);
  const base = await prepare(args, io, true);
  try {
    const loaded = await load(args, io, progress, base);
    const report = scorePeriod(loaded.parsed, periodIn(args, loaded, io, true)!);
    progress.done();
    if (args.json) {
      const shown = args.lang === "en" ? { ...report, issues: report.issues.map((i) => issueJson(i, "en")) } : report;
      io.out(JSON.stringify(reportToJson(shown), null, 2) + "\n");
    } else io.out(rankingsText(report, args.lang, io.columns) + "\n" + scoreFooter(loaded, report, args, io));
    return exitFor(report.issues);
  } finally {
    progress.done();
  }
}

/** `ledger.xlsx` → `ledger-排名-2023Q1.xlsx` next to it. */
export function defaultRankOut(input: string, periodId: string, lang: Lang): string {
  const ext = path.extname(input);
  const base = path.basename(input, ext);
  return path.join(path.dirname(input), `${base}-${lang === "en" ? "ranking" : "排名"}-${periodId}.xlsx`);
}

export function checkOut(file: string, lang: Lang): void {
  if (!/\.xlsx$/i.test(file)) throw new CliError(2, message("cli.outNotXlsx", { file }, lang));
}

/** An output path as the user reads it: relative to the folder they ran the command in, absolute outside it. */
export function shownOut(io: CliIO, file: string): string {
  const rel = path.relative(io.cwd, file);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : file;
}

/** The files a command read (the workbook, the profile): never an output, even with --force. */
function inputsOf(args: Args, io: CliIO): string[] {
  return [args.file, args.profile].filter((f): f is string => f !== null).map((f) => path.resolve(io.cwd, f));
}

export const writeOptions = (args: Args, io: CliIO, out: string): WriteOptions => ({ force: args.force, inputs: inputsOf(args, io), lang: args.lang, shown: shownOut(io, out) });

/** The workbook (null: a new one) with `specs` placed by the pane's rules, written to `file`. */
export async function save(original: Uint8Array | null, specs: SheetSpec[], file: string, args: Args, io: CliIO): Promise<void> {
  const { bytes } = writeGenerated(original, specs);
  await writeOutput(file, bytes, writeOptions(args, io, file));
}

export async function rank(args: Args, io: CliIO): Promise<number> {
  const progress = new Progress(io.err, io.errIsTTY, args.lang);
  if (args.out !== null) checkOut(args.out, args.lang);
  const base = await prepare(args, io, true);
  try {
    const loaded = await load(args, io, progress, base, true);
    const report = scorePeriod(loaded.parsed, periodIn(args, loaded, io, true)!);
    // A copy: the input is written only when --out names it.
    const out = args.out !== null ? path.resolve(io.cwd, args.out) : defaultRankOut(loaded.file, report.periodId, args.lang);
    await checkTarget(out, writeOptions(args, io, out)); // refused before the work of writing
    progress.step("cli.progress.write", { file: path.basename(out) });
    await save(loaded.bytes!, describeReport(report, args.lang), out, args, io);
    progress.done();
    io.out(rankingsText(report, args.lang, io.columns) + "\n" + scoreFooter(loaded, report, args, io));
    io.out(message("cli.written", { file: shownOut(io, out) }, args.lang) + "\n");
    return exitFor(report.issues);
  } finally {
    progress.done();
  }
}

export async function template(args: Args, io: CliIO): Promise<number> {
  const out = path.resolve(io.cwd, args.out ?? DEFAULT_TEMPLATE);
  checkOut(out, args.lang);
  // Never overwrite a filled-in template by accident: only --force replaces a file.
  await checkTarget(out, writeOptions(args, io, out));
  const profile = await baseProfile(args, io.cwd);
  // For the year asked (--year 2026), else the current year: the office assesses each year with that year's plan.
  const year = args.year !== null ? periodOf(args, profile)!.year : currentYear(io.today?.() ?? new Date());
  await save(null, describeTemplate(profile, args.lang, year), out, args, io);
  io.out(message("cli.templateWritten", { file: shownOut(io, out) }, args.lang) + "\n");
  return 0;
}
