// Take the user to the cell an issue is about.

import type { CellTarget } from "../host";
export type { CellTarget };

/** Activate the sheet and select the cell (or the row); one sync. */
export async function selectTarget(context: Excel.RequestContext, t: CellTarget): Promise<void> {
  const ws = context.workbook.worksheets.getItem(t.sheet);
  ws.activate();
  const address = t.cell && /^[A-Z]{1,3}[1-9]\d*$/i.test(t.cell) ? t.cell : t.row && t.row > 0 ? `${t.row}:${t.row}` : null;
  if (address) ws.getRange(address).select();
  await context.sync();
}

export async function activateSheet(context: Excel.RequestContext, sheet: string): Promise<void> {
  context.workbook.worksheets.getItem(sheet).activate();
  await context.sync();
}
