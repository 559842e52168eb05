// What the two buttons do, apart from drawing: read through the Excel host,
// run the engine, describe and plan the ranking sheets, write them. Kept free
// of React and of Excel.* so it is tested with a fake host or a mocked Excel.
import {
  assessmentYears,
  builtinProfile,
  describeReport,
  describeTemplate,
  periodId,
  readWorkbook,
  scorePeriod,
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
  type ExcelHost,
  type ReadHint,
  type ReadResult,
  type ReplaceMode,
  type TargetPlan,
  type TemplateResult,
  type WriteResult,
} from "../excel";

export const INPUT_SHEETS: string[] = Object.values(SHEETS);

/** Where a long action is: a fraction 0–1 and what it is doing. */
export interface Progress {
  value: number;
  step: "read" | "score" | "write";
  /** For reads in row blocks: block k of n. */
  block?: { done: number; total: number };
}
export type OnProgress = (p: Progress) => void;

export interface CheckOutcome {
  report: Report;
  read: ReadResult;
  /** The workbook's effective profile (its 考评参数 and 目标任务 applied). */
  profile: Profile;
  /** The years the period list offers (profiles.md §2). */
  years: YearChoice;
}

/** The workbook as the engine reads it: the effective profile of its own 考评参数 and 目标任务. */
const parse = (read: ReadResult): ParsedWorkbook => readWorkbook(read.book, builtinProfile(), { sheetNames: read.inventory.sheets.map((s) => s.name) });

const readSheets = (host: ExcelHost, hint: ReadHint | null, onProgress: OnProgress): Promise<ReadResult> =>
  host.read(INPUT_SHEETS, hint, (b) => onProgress({ value: 0.05 + 0.55 * (b.done / Math.max(1, b.total)), step: "read", block: b }));

/** When the pane opens: the years to offer, from 考评年度 or the ledger's dates (and a hint for the next read). */
export async function readYears(host: ExcelHost, hint: ReadHint | null, onProgress: OnProgress = () => {}): Promise<{ years: YearChoice; profile: Profile; read: ReadResult }> {
  onProgress({ value: 0.05, step: "read" });
  const read = await readSheets(host, hint, onProgress);
  const parsed = parse(read);
  onProgress({ value: 1, step: "read" });
  return { years: assessmentYears(parsed, new Date()), profile: parsed.profile, read };
}

/** Let the browser paint the progress before a long synchronous step. */
const paint = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

export async function runCheck(host: ExcelHost, period: Period, hint: ReadHint | null, onProgress: OnProgress = () => {}): Promise<CheckOutcome> {
  onProgress({ value: 0.05, step: "read" });
  const read = await readSheets(host, hint, onProgress);
  onProgress({ value: 0.65, step: "score" });
  await paint();
  const parsed = parse(read);
  const report = scorePeriod(parsed, period);
  onProgress({ value: 1, step: "score" });
  return { report, read, profile: parsed.profile, years: assessmentYears(parsed, new Date()) };
}

export interface PreparedGenerate extends CheckOutcome {
  specs: SheetSpec[];
  /** Plan if the user agrees to replace earlier generated sheets. */
  plans: TargetPlan[];
  /** Generated sheets that would be replaced: ask before writing. */
  toReplace: string[];
}

export async function prepareGenerate(
  host: ExcelHost,
  period: Period,
  lang: Lang,
  hint: ReadHint | null,
  onProgress: OnProgress = () => {},
): Promise<PreparedGenerate> {
  const outcome = await runCheck(host, period, hint, (p) => onProgress({ ...p, value: p.value * 0.7 }));
  const specs = describeReport(outcome.report, lang);
  const plans = planTargets(specs, outcome.read.inventory, "replace");
  return { ...outcome, specs, plans, toReplace: replacements(plans) };
}

export async function commitGenerate(host: ExcelHost, prepared: PreparedGenerate, mode: ReplaceMode, onProgress: OnProgress = () => {}): Promise<WriteResult> {
  const plans = mode === "replace" ? prepared.plans : planTargets(prepared.specs, prepared.read.inventory, "keepBoth");
  onProgress({ value: 0.8, step: "write" });
  const result = await host.write(plans, prepared.read.inventory, periodId(prepared.report.period));
  onProgress({ value: 1, step: "write" });
  return result;
}

/** The missing input sheets, 考评参数 filled with the profile's values (the workbook's when it has been read). */
export function addTemplate(host: ExcelHost, lang: Lang = "zh", profile: Profile = builtinProfile(), year?: number): Promise<TemplateResult> {
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
