// 生成排名 right after 检查台账: the values the check read, when Excel has told
// of no change to the input sheets since (watch.ts), instead of reading the
// same megabytes again (issue 10 item 5). One small sync still runs: it
// brings the inventory the write is planned on, and, being a round trip after
// the button was pressed, lets Excel's events for any edit made before that
// arrive first; the watch is asked again after it. The input sheets must then
// be the same worksheets (by id) under the same names, with the same used
// ranges, or the caller reads afresh.
import { findSheet, queueInventory } from "./inventory";
import { sameDims, USED_DIMS, usedDims } from "./payload";
import type { ReadResult } from "./read";
import type { ChangeWatch } from "./watch";

/** Whether the watch has seen a change to what `read` read since it began (or cannot tell). */
export function changedSince(read: ReadResult, watch: ChangeWatch): boolean {
  return (
    read.stamp === null ||
    watch.changedSince(
      read.stamp,
      read.sources.map((s) => s.id),
    )
  );
}

/**
 * `previous` with a fresh inventory when nothing it read has changed; null
 * when something may have (then read again). `wanted` as for readInputSheets.
 */
export async function revalidateRead(context: Excel.RequestContext, wanted: string[], previous: ReadResult, watch: ChangeWatch): Promise<ReadResult | null> {
  if (changedSince(previous, watch)) return null; // known before asking Excel anything
  const readInventory = queueInventory(context);
  const ranges = previous.sources.map((s) => {
    const range = context.workbook.worksheets.getItemOrNullObject(s.sheet).getUsedRangeOrNullObject(true);
    range.load(USED_DIMS);
    return { source: s, range };
  });
  await context.sync();
  if (changedSince(previous, watch)) return null;
  const inventory = readInventory();
  // The same sheets answer the same wanted names…
  const actual = wanted.map((w) => findSheet(inventory, w)?.name).filter((n): n is string => !!n);
  if (actual.join("\u0000") !== previous.sources.map((s) => s.sheet).join("\u0000")) return null;
  // …and are the same worksheets with the same used ranges.
  for (const { source, range } of ranges) {
    if (!source.id || findSheet(inventory, source.sheet)?.id !== source.id) return null;
    if (!sameDims(usedDims(source.sheet, range), source.dims)) return null;
  }
  return { ...previous, inventory, syncs: 1 };
}
