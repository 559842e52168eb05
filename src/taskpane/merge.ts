// 合并报送 in the pane (cycle.md §2), host-agnostic: the returns come in as
// files picked in the browser (read here with the shared reader; they never
// leave the machine), the open workbook's ledger plays `--into`, the engine
// merges in slices, and the host writes: the master's ledger patched and the
// 汇总说明 added, or, with no ledger there, the merged 项目台账 and the 汇总说明.
import { builtinProfile, findInputSheet, SHEETS, type Lang, type SheetSpec } from "../engine";
import { describeMerge, mergedLedgerSpec, mergeReturnsSteps, type MasterInput, type MergeResult, type ReturnInput } from "../engine/merge";
import { planTargets, replacements, type PaneHost, type ReadResult, type ReplaceMode, type TargetPlan, type WriteResult } from "../host";
import { readReturn } from "../xlsx/returns";
import { nextTask, runSliced } from "./slices";
import { INPUT_SHEETS, type OnProgress } from "./workflow";

/** A file as the browser hands it over (File; the page's file host passes the same). */
export interface PickedFile {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Excel's lock files (`~$…`) are skipped without a word (cycle.md §1); the rest in the order picked. */
export async function readPicked(files: readonly PickedFile[]): Promise<ReturnInput[]> {
  const out: ReturnInput[] = [];
  for (const f of files) {
    if (f.name.startsWith("~$")) continue;
    out.push(await readReturn(f.name, new Uint8Array(await f.arrayBuffer())));
    await nextTask(); // one file's inflate and parse per task
  }
  return out;
}

export interface PreparedMerge {
  result: MergeResult;
  summary: SheetSpec;
  /** The sheets written as new (or replacing earlier generated ones): the 汇总说明, and the merged 项目台账 when the workbook has no ledger. */
  specs: SheetSpec[];
  plans: TargetPlan[];
  toReplace: string[];
  read: ReadResult;
  /** Whether the open workbook's ledger is updated (it played --into). */
  into: boolean;
}

/** The name the open workbook goes by in the lists where the host gives no file name (Excel, WPS). */
export const OPEN_WORKBOOK = { zh: "当前工作簿", en: "this workbook" } as const;

export async function prepareMerge(host: PaneHost, returns: ReturnInput[], lang: Lang, onProgress: OnProgress = () => {}): Promise<PreparedMerge> {
  onProgress({ value: 0.05, step: "read" });
  const read = await host.read(INPUT_SHEETS, null, (b) => onProgress({ value: 0.05 + 0.25 * (b.done / Math.max(1, b.total)), step: "read", block: b }));
  const names = read.inventory.sheets.map((s) => s.name);
  const hasLedger = findInputSheet(Object.keys(read.book), SHEETS.ledger) !== undefined;
  // The open workbook's ledger plays --into where the host can update it in place.
  const master: MasterInput | null = hasLedger && host.patchLedger ? { file: host.fileName ?? OPEN_WORKBOOK[lang], book: read.book, sheetNames: names } : null;
  onProgress({ value: 0.3, step: "parse", part: 0 });
  await nextTask();
  const merge = (m: MasterInput | null) => runSliced(mergeReturnsSteps(returns, builtinProfile(), { master: m }), (f) => onProgress({ value: 0.3 + 0.6 * f, step: "parse", part: f }));
  let result = await merge(master);
  // A sheet named 项目台账 the reader cannot take as a ledger is not a master: the merge goes beside it.
  if (master && !result.patch) result = await merge(null);
  await nextTask();
  const summary = describeMerge(result, lang);
  const specs = result.patch ? [summary] : [mergedLedgerSpec(result), summary];
  const plans = planTargets(specs, read.inventory, "replace");
  onProgress({ value: 1, step: "parse", part: 1 });
  return { result, summary, specs, plans, toReplace: replacements(plans), read, into: result.patch !== null };
}

export async function commitMerge(host: PaneHost, prepared: PreparedMerge, mode: ReplaceMode, onProgress: OnProgress = () => {}): Promise<WriteResult> {
  onProgress({ value: 0.8, step: "write" });
  await nextTask();
  const plans = mode === "replace" ? prepared.plans : planTargets(prepared.specs, prepared.read.inventory, "keepBoth");
  if (prepared.result.patch) await host.patchLedger!(prepared.result.patch);
  const written = await host.write(plans, prepared.read.inventory, "MERGE");
  onProgress({ value: 1, step: "write" });
  return written;
}
