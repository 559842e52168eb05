// 合并报送 into the open workbook (cycle.md §2): the master's 项目台账 takes
// the changed cells and the added rows, in one sync; no other cell is
// written. Dates are written as day serials shown as dates.
import type { MasterPatch } from "../engine/merge/types";
import type { OutCell } from "../engine/sheets/types";

const DATE_FMT = "yyyy-mm-dd";
const cell = (v: OutCell): string | number | boolean => (v === null ? "" : v);

export async function patchLedger(context: Excel.RequestContext, patch: MasterPatch): Promise<{ syncs: number }> {
  context.application.suspendScreenUpdatingUntilNextSync();
  const ws = context.workbook.worksheets.getItem(patch.sheet);
  for (const s of patch.set) {
    const r = ws.getRangeByIndexes(s.row - 1, s.col, 1, 1);
    r.values = [[cell(s.value)]];
    if (s.date) r.numberFormat = [[DATE_FMT]];
  }
  if (patch.append.length) {
    // One block under the last row: the columns the master has, blank where a return left them blank.
    const width = 1 + Math.max(0, ...patch.append.flatMap((line) => line.map((c) => c.col)));
    const values = patch.append.map((line) => {
      const row: (string | number | boolean)[] = new Array(width).fill("");
      for (const c of line) row[c.col] = cell(c.value);
      return row;
    });
    const block = ws.getRangeByIndexes(patch.lastRow, 0, values.length, width);
    block.values = values;
    const dateCols = new Set(patch.append.flatMap((line) => line.filter((c) => c.date).map((c) => c.col)));
    for (const c of dateCols) ws.getRangeByIndexes(patch.lastRow, c, values.length, 1).numberFormat = values.map(() => [DATE_FMT]);
  }
  ws.activate();
  await context.sync();
  return { syncs: 1 };
}
