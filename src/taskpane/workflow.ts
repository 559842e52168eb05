// What the two buttons do, apart from drawing: read through the pane's host
// (src/host: Excel, WPS or the page's file), run the engine, describe and plan
// the ranking sheets, write them. Kept free of React and of Excel.* so it is
// tested with a fake host or a mocked Excel.
import {
  assessmentYears,
  builtinProfile,
  describeReport,
  describeTemplate,
  periodId,
  readWorkbookSteps,
  scorePeriodSteps,
  SHEETS,
  type Issue,
  type Lang,
  type ParsedWorkbook,
  type Period,
  type Profile,
  type Report,
  type SheetSpec,
  type YearChoice,
} from "../engine";
import {
  findSheet,
  planTargets,
  replacements,
  type CellTarget,
  type PaneHost,
  type ReadHint,
  type ReadResult,
  type ReplaceMode,
  type TargetPlan,
  type TemplateResult,
  type WriteResult,
} from "../host";
import { nextTask, runSliced } from "./slices";

export const INPUT_SHEETS: string[] = Object.values(SHEETS);

/** Where a long action is: a fraction 0–1 and what it is doing. */
export interface Progress {
  value: number;
  step: "read" | "parse" | "score" | "write";
  /** For reads in row blocks: block k of n. */
  block?: { done: number; total: number };
  /** How far this step is (0–1), where it can tell: parsing and scoring. */
  part?: number;
}
export type OnProgress = (p: Progress) => void;

export interface CheckOutcome {
  report: Report;
  read: ReadResult;
  /** The workbook as the engine read it: kept, so 生成排名 can reuse it while the sheets are unchanged. */
  parsed: ParsedWorkbook;
  /** The workbook's effective profile (its 考评参数 and 目标任务 applied). */
  profile: Profile;
  /** The years the period list offers (profiles.md §2). */
  years: YearChoice;
}

/** Fractions of a check: reading (Excel's part), parsing, scoring. */
const SPAN = { read: [0.05, 0.5], parse: [0.5, 0.85], score: [0.85, 1] } as const;
const within = (step: "parse" | "score", onProgress: OnProgress) => (f: number) => onProgress({ value: SPAN[step][0] + (SPAN[step][1] - SPAN[step][0]) * f, step, part: f });

const sheetNamesOf = (read: ReadResult): string[] => read.inventory.sheets.map((s) => s.name);

/**
 * The workbook as the engine reads it (the effective profile of its own
 * 考评参数 and 目标任务), in slices that let the page paint and take clicks.
 */
async function parse(read: ReadResult, onProgress: OnProgress): Promise<ParsedWorkbook> {
  onProgress({ value: SPAN.parse[0], step: "parse" });
  await nextTask(); // paint the step's label before its first slice
  return runSliced(readWorkbookSteps(read.book, builtinProfile(), { sheetNames: sheetNamesOf(read) }), within("parse", onProgress));
}

async function score(parsed: ParsedWorkbook, period: Period, onProgress: OnProgress): Promise<Report> {
  onProgress({ value: SPAN.score[0], step: "score" });
  return runSliced(scorePeriodSteps(parsed, period), within("score", onProgress));
}

const readSheets = (host: PaneHost, hint: ReadHint | null, onProgress: OnProgress): Promise<ReadResult> =>
  host.read(INPUT_SHEETS, hint, (b) => onProgress({ value: SPAN.read[0] + (SPAN.read[1] - SPAN.read[0]) * (b.done / Math.max(1, b.total)), step: "read", block: b }));

/** When the pane opens: the years to offer, from 考评年度 or the ledger's dates (and what was read, for the next action). */
export async function readYears(host: PaneHost, hint: ReadHint | null, onProgress: OnProgress = () => {}): Promise<{ years: YearChoice; profile: Profile; read: ReadResult; parsed: ParsedWorkbook }> {
  onProgress({ value: 0.05, step: "read" });
  const read = await readSheets(host, hint, onProgress);
  const parsed = await parse(read, onProgress);
  onProgress({ value: 1, step: "parse" });
  await nextTask();
  return { years: assessmentYears(parsed, new Date()), profile: parsed.profile, read, parsed };
}

/** Score what was read: parsed already (and unchanged since), or parsed now. */
async function outcomeOf(read: ReadResult, period: Period, onProgress: OnProgress, parsed?: ParsedWorkbook): Promise<CheckOutcome> {
  const p = parsed ?? (await parse(read, onProgress));
  const report = await score(p, period, onProgress);
  onProgress({ value: 1, step: "score" });
  await nextTask(); // the years scan every ledger date: a task of their own, not the last slice's
  return { report, read, parsed: p, profile: p.profile, years: assessmentYears(p, new Date()) };
}

export async function runCheck(host: PaneHost, period: Period, hint: ReadHint | null, onProgress: OnProgress = () => {}): Promise<CheckOutcome> {
  onProgress({ value: SPAN.read[0], step: "read" });
  const read = await readSheets(host, hint, onProgress);
  return outcomeOf(read, period, onProgress);
}

/** What an earlier action read and parsed, for 生成排名 to reuse while the sheets are unchanged. */
export interface Previous {
  read: ReadResult;
  parsed: ParsedWorkbook;
  /** The report it made, if any (reused when the period is the same). */
  report?: Report;
}

const samePeriod = (a: Period, b: Period): boolean => periodId(a) === periodId(b);

/**
 * The check 生成排名 writes from: what `previous` read when Excel says its
 * sheets have not changed (its parse, and its report for the same period),
 * else a fresh check.
 */
export async function checkForGenerate(host: PaneHost, period: Period, hint: ReadHint | null, previous: Previous | null, onProgress: OnProgress = () => {}): Promise<CheckOutcome> {
  onProgress({ value: SPAN.read[0], step: "read" });
  const read = previous ? await host.revalidate(INPUT_SHEETS, previous.read) : null;
  if (!read || !previous) return runCheck(host, period, hint, onProgress);
  // The sheet list feeds only the engine's messages for a missing input sheet ("the workbook has …"):
  // parse again if one is missing and the list changed (e.g. by the sheets this add-in just generated).
  const allThere = previous.read.sources.length === INPUT_SHEETS.length;
  const sameSheets = allThere || sheetNamesOf(read).join("\u0000") === sheetNamesOf(previous.read).join("\u0000");
  const parsed = sameSheets ? previous.parsed : undefined;
  if (parsed && previous.report && samePeriod(previous.report.period, period)) {
    onProgress({ value: 1, step: "score" });
    await nextTask(); // each long synchronous step of 生成排名 (the years, the sheets' contents, their rendering) in a task of its own
    return { report: previous.report, read, parsed, profile: parsed.profile, years: assessmentYears(parsed, new Date()) };
  }
  return outcomeOf(read, period, onProgress, parsed);
}

export interface PreparedGenerate extends CheckOutcome {
  specs: SheetSpec[];
  /** Plan if the user agrees to replace earlier generated sheets. */
  plans: TargetPlan[];
  /** Generated sheets that would be replaced: ask before writing. */
  toReplace: string[];
}

export async function prepareGenerate(
  host: PaneHost,
  period: Period,
  lang: Lang,
  hint: ReadHint | null,
  onProgress: OnProgress = () => {},
  previous: Previous | null = null,
): Promise<PreparedGenerate> {
  const outcome = await checkForGenerate(host, period, hint, previous, (p) => onProgress({ ...p, value: p.value * 0.7 }));
  await nextTask();
  const specs = describeReport(outcome.report, lang);
  const plans = planTargets(specs, outcome.read.inventory, "replace");
  return { ...outcome, specs, plans, toReplace: replacements(plans) };
}

export async function commitGenerate(host: PaneHost, prepared: PreparedGenerate, mode: ReplaceMode, onProgress: OnProgress = () => {}): Promise<WriteResult> {
  const plans = mode === "replace" ? prepared.plans : planTargets(prepared.specs, prepared.read.inventory, "keepBoth");
  onProgress({ value: 0.8, step: "write" });
  await nextTask(); // paint the label; the sheets' rendering is queued in the write's own task
  const result = await host.write(plans, prepared.read.inventory, periodId(prepared.report.period));
  onProgress({ value: 1, step: "write" });
  return result;
}

/** The missing input sheets, 考评参数 filled with the profile's values (the workbook's when it has been read). */
export function addTemplate(host: PaneHost, lang: Lang = "zh", profile: Profile = builtinProfile(), year?: number): Promise<TemplateResult> {
  return host.addTemplate(describeTemplate(profile, lang, year));
}

/** The cell an issue points at, on the sheet as the workbook spells its name; null if that sheet is not there. */
export function issueTarget(issue: Issue, read: ReadResult | null): CellTarget | null {
  if (!read) return null;
  const sheet = findSheet(read.inventory, issue.sheet);
  if (!sheet) return null;
  return { sheet: sheet.name, cell: issue.cell, row: issue.row };
}

/** Column A of a worksheet row behind a score (项目台账 unless the line names another sheet); null if that sheet is not there. */
export function rowTarget(sheetName: string, row: number, read: ReadResult | null): CellTarget | null {
  if (!read || !(row > 0)) return null;
  const sheet = findSheet(read.inventory, sheetName);
  if (!sheet) return null;
  return { sheet: sheet.name, cell: `A${row}`, row };
}
