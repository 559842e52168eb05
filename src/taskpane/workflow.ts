// What the two buttons do, apart from drawing: read through the Excel host,
// run the engine, describe and plan the ranking sheets, write them. Kept free
// of React and of Excel.* so it is tested with a fake host or a mocked Excel.
import {
  describeReport,
  describeTemplate,
  periodId,
  readWorkbook,
  builtinProfile,
  scorePeriod,
  SHEETS,
  type Issue,
  type Lang,
  type Period,
  type Report,
  type SheetSpec,
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
}

/** Let the browser paint the progress before a long synchronous step. */
const paint = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

export async function runCheck(host: ExcelHost, period: Period, hint: ReadHint | null, onProgress: OnProgress = () => {}): Promise<CheckOutcome> {
  onProgress({ value: 0.05, step: "read" });
  const read = await host.read(INPUT_SHEETS, hint, (b) =>
    onProgress({ value: 0.05 + 0.55 * (b.done / Math.max(1, b.total)), step: "read", block: b }),
  );
  onProgress({ value: 0.65, step: "score" });
  await paint();
  const report = scorePeriod(readWorkbook(read.book, builtinProfile(), { sheetNames: read.inventory.sheets.map((s) => s.name) }), period);
  onProgress({ value: 1, step: "score" });
  return { report, read };
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

export function addTemplate(host: ExcelHost, lang: Lang = "zh"): Promise<TemplateResult> {
  return host.addTemplate(describeTemplate(builtinProfile(), lang));
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
