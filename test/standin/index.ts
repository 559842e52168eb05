// The stand-in for Excel: a workbook model plus an `Excel.run` over it.
import { makeRun, newStats, type StandInOptions, type SyncStats } from "./client";
import { WorkbookModel, type BookSheet, type ModelCell } from "./model";

export interface StandIn {
  model: WorkbookModel;
  stats: SyncStats;
  Excel: { run: ReturnType<typeof makeRun> };
}

export function createStandIn(book: Record<string, unknown[][] | BookSheet>, options: StandInOptions = {}): StandIn {
  const model = new WorkbookModel(book as Record<string, ModelCell[][] | BookSheet>);
  const stats = newStats();
  return { model, stats, Excel: { run: makeRun(model, stats, options) } };
}

export { WorkbookModel, type ModelSheet, type ModelCell } from "./model";
export type { SyncStats, StandInOptions } from "./client";
