// The page's host: the pane's interface (src/host) over an .xlsx the clerk
// opened. Reading gives what the file held when it was opened (the page has
// no Excel to change it underneath); writing never touches that file: the
// generated sheets go into a copy, through the package writer that keeps every
// part of the user's workbook byte for byte, and the copy is downloaded. 合并报送
// into the workbook patches its ledger's cells in place (merge --into's patcher).
import { findSheet, type CellTarget, type PaneHost, type ReadResult, type SheetSource, type TemplateResult, type WriteResult } from "../host";
import type { SheetSpec } from "../engine/sheets/types";
import type { Inventory, TargetPlan } from "../engine/sheets/placement";
import type { MasterPatch } from "../engine/merge/types";
import { patchedLedger } from "../xlsx/patch-cells";
import type { BookFile } from "./book-file";
import { editedCopy, rankedCopy, templateEdit } from "./package-edit";

/** Offers bytes as a download under `name` (the page's; tests give their own). */
export type Save = (name: string, bytes: Uint8Array) => void;

const stem = (file: string): string => file.replace(/\.(xlsx|xlsm)$/i, "");
const extension = (file: string): string => (/\.xlsm$/i.test(file) ? ".xlsm" : ".xlsx");

/**
 * `台账.xlsx` → `台账-排名-2023Q1.xlsx`, as `sanpi rank` names its copy; the merge's
 * write (prefix MERGE) → `台账-合并报送.xlsx`, or `合并报送.xlsx` for a new workbook;
 * 月度督查's (prefix INSPECT) after its first sheet → `台账-督查-2023年8月.xlsx`.
 */
export function rankedName(file: string, tablePrefix: string, firstSheet = ""): string {
  const what = tablePrefix === "MERGE" ? "合并报送" : tablePrefix === "INSPECT" ? firstSheet || "督查" : `排名-${tablePrefix}`;
  return file ? `${stem(file)}-${what}${extension(file)}` : `${what}.xlsx`;
}

/** No workbook: what the page's 合并报送 of several files writes into (a new workbook). */
export const NEW_BOOK: BookFile = { name: "", bytes: new Uint8Array(0), book: {}, sheetNames: [], inventory: { sheets: [], markers: [], tables: [] }, stylesXml: null };
export const templatedName = (file: string): string => `${stem(file)}-补全模板表${extension(file)}`;

function readOf(file: BookFile, wanted: string[]): ReadResult {
  const book: ReadResult["book"] = {};
  const sources: SheetSource[] = [];
  for (const w of wanted) {
    const sheet = findSheet(file.inventory, w);
    const input = sheet && file.book[sheet.name];
    if (!sheet || !input || book[sheet.name]) continue;
    book[sheet.name] = input;
    const rows = input.values.length;
    const columns = input.values.reduce((n, r) => Math.max(n, r.length), 0);
    sources.push({ sheet: sheet.name, id: "", dims: rows && columns ? { sheet: sheet.name, rowIndex: 0, columnIndex: 0, rowCount: rows, columnCount: columns } : null });
  }
  // Stamp 0, never null: nothing changes the opened file, so 生成排名 reuses the check's parse.
  return { book, inventory: file.inventory, hint: { sheets: [] }, syncs: 0, stamp: 0, sources };
}

export function fileHost(file: BookFile, save: Save): PaneHost {
  // 合并报送 into this workbook: its ledger patched, written with the 汇总说明 that follows (decision 91).
  let patched: ReturnType<typeof patchedLedger> | undefined;
  return {
    kind: "file",
    fileName: file.name || undefined,
    read: async (wanted, _hint, onProgress) => {
      onProgress?.({ done: 1, total: 1 });
      return readOf(file, wanted);
    },
    revalidate: async (_wanted, previous) => previous,
    // The pane plans on the file's inventory with "replace" (the page asks nothing: the download is a copy).
    write: async (plans: TargetPlan[], _inventory: Inventory, tablePrefix: string): Promise<WriteResult> => {
      const name = rankedName(file.name, tablePrefix, plans[0]?.spec.name);
      const also = patched;
      patched = undefined;
      save(name, rankedCopy(file, plans, also));
      return { written: plans.map((p) => p.name), replaced: plans.flatMap((p) => (p.replaces ? [p.replaces.sheet] : [])), syncs: 0, file: name };
    },
    addTemplate: async (specs: SheetSpec[]): Promise<TemplateResult> => {
      const { edit, added, present } = templateEdit(specs, file.inventory, file.stylesXml);
      if (!added.length) return { added, present, syncs: 0 };
      const name = templatedName(file.name);
      save(name, editedCopy(file, edit));
      return { added, present, syncs: 0, file: name };
    },
    // Kept until the write that follows (commitMerge): the download is the master with its ledger updated in place.
    patchLedger: async (patch: MasterPatch) => {
      patched = patchedLedger(file.bytes, patch);
      return { syncs: 0 };
    },
    select: async (_target: CellTarget) => undefined,
    activate: async (_sheet: string) => undefined,
  };
}
