// A scripted stand-in for the part of Office.js's Excel API the add-in uses:
// `Excel.run` over a WorkbookModel, with Office.js's batch rules (core.ts).
import { Context, type StandInOptions, type SyncStats } from "./core";
import type { WorkbookModel } from "./model";
import { Workbook } from "./objects";

export { newStats, type StandInOptions, type SyncStats } from "./core";

/** `Excel.run` over the model: the batch function, then a sync of anything left queued. */
export function makeRun(model: WorkbookModel, stats: SyncStats, options: StandInOptions = {}) {
  return async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = new Context(model, stats, options);
    ctx.workbook = new Workbook(ctx);
    const result = await batch(ctx as unknown as Excel.RequestContext);
    if (ctx.pending) await ctx.sync();
    return result;
  };
}
