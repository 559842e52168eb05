// `sanpi inspect <workbook> --month 2026-11 [--json] [--out X.xlsx] [--notice 通报.docx] [--force]`
// (cycle.md §3): the month's ranking, overdue projects, news and units to
// notify; exit codes as `check` (0 no errors, 1 errors in the workbook, 2
// unusable arguments or files, nothing written).
import path from "path";
import { message, readWorkbook, type Issue, type Lang } from "../engine";
import { dayText, describeInspection } from "../engine/sheets/inspect";
import { inspectionToJson } from "../engine/inspect/json";
import { monthProblem, parseMonth, type Month } from "../engine/inspect/month";
import { inspectMonth, inspectSheetNames, readProblemsOf, type Inspection } from "../engine/inspect/report";
import type { MessageParams } from "../engine/messages";
import { countIssues, splitInfo } from "../engine/issues";
import { profileNotes } from "../engine/profile/describe";
import { noticeDocx } from "../notice";
import type { Args } from "./args";
import { checkOut, issuesTable, save, shownOut, writeOptions, type CliIO } from "./commands";
import { CliError } from "./errors";
import { baseProfile } from "./profile-file";
import { Progress } from "./progress";
import { specToText } from "./text-table";
import { readXlsxBook, readXlsxValues } from "./xlsx-read";
import { checkTarget, writeOutput } from "./write-output";

const fail = (lang: Lang, code: Parameters<typeof message>[0], params: MessageParams = {}): never => {
  throw new CliError(2, message(code, params, lang));
};

/** The month as typed, or exit 2 with what to type instead. */
function monthOf(args: Args, profile: Parameters<typeof parseMonth>[1]): Month {
  const parsed = parseMonth(args.month!, profile);
  if (!parsed.ok) return fail(args.lang, parsed.code, parsed.params as Record<string, string | number>);
  return parsed.value;
}

/** The text report: rankings with rates, the overdue summary, who is notified, the news. */
function inspectionText(r: Inspection, lang: Lang): string {
  const [overdueSheet, rankingSheet] = describeInspection(r, lang);
  const asOf = dayText(r.asOf, lang);
  const lines = [message("inspect.cli.heading", { label: lang === "en" ? r.monthId : r.label, asOf }, lang)];
  lines.push(
    r.quarterEnd ? message("inspect.cli.quarterEnd", { quarter: r.quarter, year: r.year }, lang) : message("inspect.cli.asOfMonth", { quarter: r.quarter, month: r.month.month, asOf }, lang),
    "",
    specToText(rankingSheet),
  );
  const c = r.city.overdue;
  if (r.projects.length) {
    lines.push(message("inspect.cli.overdueHeading", { count: r.projects.length, red: c.red, redDays: r.redDays, provincial: c.provincial }, lang));
    lines.push(specToText({ ...overdueSheet, title: null }));
  } else lines.push(message(r.noPlannedDates ? "inspect.noPlannedDates" : "inspect.cli.noOverdue", { asOf }, lang), "");
  if (r.notify.length) {
    lines.push(message("inspect.cli.notifyHeading", { count: r.notify.length }, lang));
    for (const n of r.notify) {
      const items = [...n.projects.map((e) => `${e.name}（${e.kind === "start" ? "开工" : "投产"}逾期${e.daysLate}天）`), ...n.problems.map((p) => `${p.problem}（逾期${p.daysLate}天未办结）`)];
      lines.push(`  ${n.unit}：${items.join("；")}`);
    }
  } else lines.push(message("inspect.cli.notifyNone", { redDays: r.redDays }, lang));
  const n = r.news;
  lines.push(message("inspect.cli.news", { started: n.started.length, commissioned: n.commissioned.length, signed: n.signed.length, newlyOverdue: n.newlyOverdue.length }, lang));
  return lines.join("\n") + "\n";
}

const errorsIn = (issues: Issue[]): number => issues.filter((i) => i.severity === "error").length;

export async function inspect(args: Args, io: CliIO): Promise<number> {
  const lang = args.lang;
  const base = await baseProfile(args, io.cwd);
  if (args.month === null) fail(lang, "inspect.month.required", { year: base.year });
  if (args.out !== null) checkOut(args.out, lang);
  if (args.notice !== null && !/\.docx$/i.test(args.notice)) fail(lang, "inspect.cli.noticeNotDocx", { file: args.notice });
  monthOf(args, base); // the form is checked before the workbook is read
  const input = path.resolve(io.cwd, args.file!);
  const out = args.out === null ? null : path.resolve(io.cwd, args.out);
  const notice = args.notice === null ? null : path.resolve(io.cwd, args.notice);
  if (out !== null && out === notice) fail(lang, "inspect.cli.sameOutputs", { file: shownOut(io, out) });
  // Refused before any work: an existing file without --force, an input ever (write-output.ts).
  for (const file of [out, notice]) if (file !== null) await checkTarget(file, writeOptions(args, io, file));
  const progress = new Progress(io.err, io.errIsTTY, lang);
  try {
    progress.step("cli.progress.read", { file: path.basename(input) });
    // With --out the file's bytes are kept: the package writer copies every part of it as it is (never-lose issue).
    const loaded = out !== null ? await readXlsxBook(input, lang, args.file!, inspectSheetNames) : { ...(await readXlsxValues(input, lang, args.file!, inspectSheetNames)), bytes: null };
    progress.step("cli.progress.score", { rows: Object.values(loaded.values).reduce((k, s) => k + s.values.length, 0) });
    const parsed = readWorkbook(loaded.values, base, { sheetNames: loaded.sheetNames });
    // The workbook's 考评年度 fixes the year and what a bare 11月 means (profiles.md §2).
    const month = monthOf(args, parsed.profile);
    const problem = monthProblem(parsed.profile, month);
    if (problem) fail(lang, problem.code, { ...problem.params, value: args.month! });
    const r = inspectMonth(parsed, month, readProblemsOf(loaded.values, parsed));
    if (out !== null) {
      progress.step("cli.progress.write", { file: path.basename(out) });
      await save(loaded.bytes, describeInspection(r, lang), out, args, io);
    }
    if (notice !== null) {
      progress.step("cli.progress.write", { file: path.basename(notice) });
      await writeOutput(notice, await noticeDocx(r), writeOptions(args, io, notice));
    }
    progress.done();
    if (args.json) {
      const shown = lang === "en" ? { ...r, issues: r.issues.map((i) => ({ ...i, message: i.messageEn ?? i.message })) } : r;
      const doc = inspectionToJson(shown);
      io.out(JSON.stringify(doc, null, 2) + "\n");
    } else {
      io.out(inspectionText(r, lang));
      const { problems } = splitInfo(r.issues);
      if (problems.length) io.out("\n" + issuesTable(problems, lang, { all: args.all, codes: args.verbose, maxWidth: io.columns }) + "\n");
      io.out(
        [...profileNotes(r.profile, r.year, r.changes, lang), message("cli.summary", { rows: parsed.ledger.rowsRead, projects: parsed.ledger.projects.length, ...countIssues(r.issues) }, lang)].join(
          "\n",
        ) + "\n",
      );
      if (out !== null) io.out(message("cli.written", { file: shownOut(io, out) }, lang) + "\n");
      if (notice !== null) io.out(message("inspect.cli.noticeWritten", { file: shownOut(io, notice) }, lang) + "\n");
    }
    return errorsIn(r.issues) > 0 ? 1 : 0;
  } finally {
    progress.done();
  }
}
