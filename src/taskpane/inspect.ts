// 月度督查 in the pane (cycle.md §3.4), host-agnostic: read the input sheets
// and 问题台账 from whichever host, inspect the month with the engine, write
// the two sheets after the usual confirmation, and offer the 通报 draft as a
// download (built in the browser by the project's own writer, src/notice/docx.ts).
import { builtinProfile, findInputSheet, readWorkbookSteps, SHEETS, type Lang, type SheetSpec } from "../engine";
import { monthProblem, parseMonth, type Month } from "../engine/inspect/month";
import { PROBLEMS_SHEET } from "../engine/inspect/problems";
import { inspectMonth, readProblemsOf, type Inspection } from "../engine/inspect/report";
import { message } from "../engine/messages";
import { describeInspection } from "../engine/sheets/inspect";
import { planTargets, replacements, type CellTarget, type PaneHost, type ReadResult, type ReplaceMode, type TargetPlan, type WriteResult } from "../host";
import { noticeDocx, noticeTitle } from "../notice";
import { nextTask, runSliced } from "./slices";
import { INPUT_SHEETS, rowTarget, type OnProgress } from "./workflow";

export interface PreparedInspection {
  inspection: Inspection;
  specs: SheetSpec[];
  plans: TargetPlan[];
  toReplace: string[];
  read: ReadResult;
  /** The ledger's name as the workbook spells it, for the rows an overdue project selects. */
  ledgerSheet: string;
}

/**
 * The month picker's choices: the months of the workbook's assessment years
 * (the pane's period list), the latest year first; the default is the last
 * month ended in the year given first — the year of the pane's chosen period —
 * (its December when that year is over).
 */
export function monthChoices(years: readonly number[], today: Date): { months: string[]; initial: string } {
  const id = (y: number, m: number) => `${y}-${String(m).padStart(2, "0")}`;
  const list = years.length ? [...new Set(years)].sort((a, b) => b - a) : [today.getFullYear()];
  const months = list.flatMap((y) => Array.from({ length: 12 }, (_, i) => id(y, 12 - i)));
  // The year given first (the pane's chosen period's year), else the newest.
  const y = years.length ? years[0] : list[0];
  const m = y < today.getFullYear() ? 12 : y > today.getFullYear() ? 1 : Math.max(1, today.getMonth());
  return { months, initial: id(y, m) };
}

export class InspectError extends Error {}

export async function prepareInspection(host: PaneHost, monthText: string, lang: Lang, onProgress: OnProgress = () => {}): Promise<PreparedInspection> {
  onProgress({ value: 0.05, step: "read" });
  const read = await host.read([...INPUT_SHEETS, PROBLEMS_SHEET], null, (b) => onProgress({ value: 0.05 + 0.45 * (b.done / Math.max(1, b.total)), step: "read", block: b }));
  const names = read.inventory.sheets.map((s) => s.name);
  onProgress({ value: 0.5, step: "parse", part: 0 });
  await nextTask();
  const parsed = await runSliced(readWorkbookSteps(read.book, builtinProfile(), { sheetNames: names }), (f) => onProgress({ value: 0.5 + 0.4 * f, step: "parse", part: f }));
  // The workbook's 考评年度 fixes the year (profiles.md §2): a month outside it is refused, as in the CLI.
  const month = parseMonth(monthText, parsed.profile);
  if (!month.ok) throw new InspectError(message(month.code, month.params, lang));
  const problem = monthProblem(parsed.profile, month.value);
  if (problem) throw new InspectError(message(problem.code, problem.params, lang));
  await nextTask();
  const inspection = inspectMonth(parsed, month.value as Month, readProblemsOf(read.book, parsed));
  const specs = describeInspection(inspection, lang);
  const plans = planTargets(specs, read.inventory, "replace");
  onProgress({ value: 1, step: "parse", part: 1 });
  return { inspection, specs, plans, toReplace: replacements(plans), read, ledgerSheet: findInputSheet(Object.keys(read.book), SHEETS.ledger) ?? SHEETS.ledger };
}

export async function commitInspection(host: PaneHost, prepared: PreparedInspection, mode: ReplaceMode): Promise<WriteResult> {
  await nextTask();
  const plans = mode === "replace" ? prepared.plans : planTargets(prepared.specs, prepared.read.inventory, "keepBoth");
  return host.write(plans, prepared.read.inventory, "INSPECT");
}

/** The ledger row of an overdue project, for the host to select. */
export const overdueTarget = (prepared: PreparedInspection, row: number): CellTarget | null => rowTarget(prepared.ledgerSheet, row, prepared.read);

/** The 通报 draft: its file name and bytes. */
export async function noticeFile(inspection: Inspection): Promise<{ name: string; bytes: Uint8Array }> {
  return { name: `${noticeTitle(inspection)}.docx`, bytes: await noticeDocx(inspection) };
}

/** Offer bytes as a download in the browser (the pane's webview and the page alike). */
export function download(name: string, bytes: Uint8Array, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
