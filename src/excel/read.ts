// Read the input sheets (workbook-format §1) as range.values, padded so row 0
// is worksheet row 1, with the inventory in the same first sync.
//
// Syncs: one probe (inventory + each input sheet's used-range size and rows
// sampled from its top to its bottom, to measure what its rows cost), then the
// values in as few syncs as the 5 MB limit allows — one for any ordinary
// ledger. With a hint from an earlier read that fits, the values ride along
// the probe: a single sync. If Excel refuses a batch as too large, it is halved.
import type { MergedArea, SheetInput, SheetValues } from "../engine/types";
import { findSheet, queueInventory } from "./inventory";
import { queueMergedAreas, supportsMergedAreas } from "./merges";
import type { ReadHint, ReadProgress, ReadResult, SheetSource } from "../host";
import type { ChangeWatch } from "./watch";
import {
  ESTIMATED_BYTES_PER_CELL,
  HINT_GROWTH,
  SYNC_BUDGET_BYTES,
  isPayloadTooLarge,
  jsonBytes,
  planBlocks,
  profileBytes,
  profileFromStrips,
  sampleStrips,
  scaleProfile,
  splitBatch,
  uniformProfile,
  USED_DIMS,
  usedDims,
  type Block,
  type RowProfile,
  type Strip,
  type UsedDims,
} from "./payload";

export type { ReadHint, ReadProgress, ReadResult, SheetSource } from "../host";

export interface ReadOptions {
  hint?: ReadHint | null;
  budget?: number;
  onProgress?: (p: ReadProgress) => void;
  merges?: boolean;
  /** Register for Excel's change events with the first sync and stamp the read (watch.ts). */
  watch?: ChangeWatch;
}

type Cell = string | number | boolean;

interface Probe {
  sheet: string;
  range: Excel.Range;
  /** The sampled strips: first worksheet row (1-based) and the intersection with the used range. */
  samples: { first: number; range: Excel.Range }[];
  withValues: boolean;
  merges: (() => MergedArea[]) | null;
}

/**
 * Read the sheets named in `wanted` (canonical names; matched exactly, then
 * trimmed). Missing sheets are simply absent from `book`; the engine reports them.
 */
export async function readInputSheets(context: Excel.RequestContext, wanted: string[], options: ReadOptions = {}): Promise<ReadResult> {
  const budget = options.budget ?? SYNC_BUDGET_BYTES;
  // Merged areas ride along the first sync, where Excel can tell them (ExcelApi 1.13).
  const withMerges = options.merges ?? supportsMergedAreas();
  let syncs = 0;
  const sync = async (): Promise<void> => {
    syncs++;
    await context.sync();
  };
  const hint = options.hint ?? null;
  const hinted = hint && hint.sheets.reduce((s, h) => s + h.bytes, 0) * HINT_GROWTH <= budget ? hint : null;

  // Sync 1: the inventory, and the used range of every sheet we expect, by name.
  const probeNames = hinted ? hinted.sheets.map((h) => h.sheet) : wanted;
  let readInventory = queueInventory(context);
  let probes = probeNames.map((sheet): Probe => {
    const range = context.workbook.worksheets.getItemOrNullObject(sheet).getUsedRangeOrNullObject(true);
    range.load(hinted ? `${USED_DIMS},values` : USED_DIMS);
    // Rows from top to bottom, to measure what this sheet's rows cost on the wire (payload.ts sampleStrips).
    const samples = hinted
      ? []
      : sampleStrips().map(({ first, last }) => {
          const r = range.getIntersectionOrNullObject(`${first}:${last}`);
          r.load("values");
          return { first, range: r };
        });
    return { sheet, range, samples, withValues: !!hinted, merges: withMerges ? queueMergedAreas(range) : null };
  });
  // The events, registered in the same sync, count from before any value is read: an edit during the read is a change.
  const registered = options.watch?.queue(context);
  const stamp = options.watch?.stamp() ?? null;
  options.onProgress?.({ done: 0, total: 2 });
  try {
    await sync();
    registered?.(true);
  } catch {
    registered?.(false);
    // A hinted read that grew past the limit, or a host that will not chain on a
    // missing sheet: start again from the inventory alone (a second failure throws).
    readInventory = queueInventory(context);
    probes = [];
    await sync();
  }
  const inventory = readInventory();

  // Which actual sheet serves each wanted name, and which of them still need their size.
  const actual = wanted.map((w) => findSheet(inventory, w)?.name).filter((n): n is string => !!n);
  const dims = new Map<string, UsedDims | null>();
  // Bytes per row along each sheet: sampled now, or on the whole sheet by an earlier read.
  const measured = new Map<string, RowProfile>((hint?.sheets ?? []).map((h) => [h.sheet, uniformProfile(h.bytes / Math.max(1, h.rows))]));
  const values = new Map<string, Cell[][]>();
  const merges = new Map<string, MergedArea[]>();
  for (const p of probes) {
    if (!actual.includes(p.sheet)) continue;
    if (p.merges) merges.set(p.sheet, p.merges());
    const d = usedDims(p.sheet, p.range);
    dims.set(p.sheet, d);
    if (!d) continue; // an empty sheet
    if (p.withValues) values.set(p.sheet, p.range.values as Cell[][]);
    const strips: Strip[] = p.samples
      .filter((x) => !x.range.isNullObject)
      .map((x) => ({ row0: Math.max(x.first - 1, p.range.rowIndex), rows: x.range.values.length, bytes: jsonBytes(x.range.values) }));
    const profile = profileFromStrips(strips, d);
    if (profile) measured.set(p.sheet, profile);
  }
  const unsized = actual.filter((s) => !dims.has(s));
  if (unsized.length) {
    const ranges = unsized.map((s) => {
      const r = context.workbook.worksheets.getItem(s).getUsedRangeOrNullObject(true);
      r.load(USED_DIMS);
      return [s, r, withMerges ? queueMergedAreas(r) : null] as const;
    });
    await sync();
    for (const [s, r, m] of ranges) {
      dims.set(s, usedDims(s, r));
      if (m) merges.set(s, m());
    }
  }

  // The values still missing, in row blocks packed into batches under the budget.
  const toRead = actual.map((s) => dims.get(s)).filter((d): d is UsedDims => !!d && !values.has(d.sheet));
  const estimate = (d: UsedDims): RowProfile => measured.get(d.sheet) ?? uniformProfile(d.columnCount * ESTIMATED_BYTES_PER_CELL);
  // Room for rows longer than those measured; never under 3 bytes a cell (`"",`).
  const queue = planBlocks(toRead, (d) => scaleProfile(estimate(d), HINT_GROWTH, d.columnCount * 3), budget);
  const blockValues = new Map<Block, Cell[][]>();
  let done = 1;
  while (queue.length) {
    options.onProgress?.({ done, total: done + queue.length });
    const batch = queue.shift()!;
    const loaded = batch.map((b) => {
      const r = context.workbook.worksheets.getItem(b.sheet).getRangeByIndexes(b.row0, b.col0, b.rows, b.cols);
      r.load("values");
      return [b, r] as const;
    });
    try {
      await sync();
    } catch (e) {
      const halves = isPayloadTooLarge(e) ? splitBatch(batch) : null;
      if (!halves) throw e;
      queue.unshift(...halves);
      continue;
    }
    for (const [b, r] of loaded) blockValues.set(b, r.values as Cell[][]);
    done++;
  }
  for (const d of toRead) {
    const blocks = [...blockValues.keys()].filter((b) => b.sheet === d.sheet).sort((a, b) => a.row0 - b.row0);
    values.set(
      d.sheet,
      blocks.flatMap((b) => blockValues.get(b)!),
    );
  }
  options.onProgress?.({ done: 1, total: 1 });

  const book: Record<string, SheetInput> = {};
  const hintOut: ReadHint = { sheets: [] };
  const sources: SheetSource[] = [];
  for (const s of actual) {
    sources.push({ sheet: s, id: findSheet(inventory, s)?.id ?? "", dims: dims.get(s) ?? null });
    const d = dims.get(s);
    const v = values.get(s) ?? [];
    book[s] = { values: d ? padToA1(v, d.rowIndex, d.columnIndex) : [], merges: withMerges ? (merges.get(s) ?? []) : null };
    // The estimate, not the bytes themselves: measuring 7 MB of values would hold the page up longer than reading them.
    hintOut.sheets.push({ sheet: s, bytes: d ? Math.round(profileBytes(estimate(d), d.rowIndex, d.rowCount)) : 0, rows: v.length });
  }
  return { book, inventory, hint: hintOut, syncs, stamp: options.watch?.active ? stamp : null, sources };
}

/** Put a used range's values back at their worksheet position: row 0 = row 1, column 0 = A. */
export function padToA1(values: Cell[][], rowIndex: number, columnIndex: number): SheetValues {
  const lead: Cell[] = Array(columnIndex).fill("");
  const rows: SheetValues = Array.from({ length: rowIndex }, () => []);
  for (const row of values) rows.push(columnIndex ? [...lead, ...row] : row);
  return rows;
}
