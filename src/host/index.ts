// The pane's host: what the task pane's React tree needs of the place the
// workbook lives, and nothing of how. Three hosts implement it: Excel
// (src/excel, Office.js), WPS 表格 (src/wps, the ET object model) and the
// file host of the offline page (src/web, an .xlsx in memory, read with the
// shared reader and written with the package writer). The pane chooses none:
// its entry point hands it one (src/taskpane/index.tsx, the WPS entry, the
// page's entry).
import type { SheetInput } from "../engine/types";
import type { SheetSpec } from "../engine/sheets/types";
import type { Inventory, TargetPlan } from "../engine/sheets/placement";
import type { MasterPatch } from "../engine/merge/types";

export { findSheet, markerOf, MARKER_PREFIX, planTargets, replacements, type Inventory, type ReplaceMode, type TargetPlan } from "../engine/sheets/placement";

/**
 * Which host this is; the pane words a few things by it: in Excel and WPS,
 * 生成排名 writes into the open workbook and an issue selects its cell; the
 * file host writes a copy to download and has no cell to select.
 */
export type HostKind = "excel" | "wps" | "file";

/** Sizes measured on a read, to plan the next one (a host that needs none returns `{ sheets: [] }`). */
export interface ReadHint {
  sheets: { sheet: string; bytes: number; rows: number }[];
}

/** Block `done` of `total` of a read. */
export interface ReadProgress {
  done: number;
  total: number;
}

/** A used range: 0-based first row and column, and its size. */
export interface UsedDims {
  sheet: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** An input sheet as it was read. */
export interface SheetSource {
  sheet: string;
  /** The host's worksheet id ("" where the host has none). */
  id: string;
  /** Its used range; null when it was empty. */
  dims: UsedDims | null;
}

export interface ReadResult {
  /** Keyed by the sheet's actual name (the engine trims); merges null where the host cannot tell them. */
  book: Record<string, SheetInput>;
  inventory: Inventory;
  hint: ReadHint;
  /** Round trips made to the host (Excel's context.sync calls; 0 for the file host). */
  syncs: number;
  /** A change count when the read began; null when the host tells of no changes, so the read is never reused. */
  stamp: number | null;
  sources: SheetSource[];
}

/** The cell (or row) an issue or a score line is about. */
export interface CellTarget {
  /** Actual sheet name (as the workbook spells it). */
  sheet: string;
  /** A1 address of the cell, if the issue names one. */
  cell?: string;
  /** 1-based row, when there is no single cell. */
  row?: number | null;
}

export interface WriteResult {
  /** Sheet names written, in spec order. */
  written: string[];
  replaced: string[];
  syncs: number;
  /** The file host's copy: the file name it offered for download (the user's workbook is never changed). */
  file?: string;
}

export interface TemplateResult {
  added: string[];
  /** Input sheets already there (left untouched). */
  present: string[];
  syncs: number;
  /** The file host's copy: the file name it offered for download. */
  file?: string;
}

export interface PaneHost {
  readonly kind: HostKind;
  /** The file the host works on, where it has a name (the page's opened file; Excel's open workbook has none to give). */
  readonly fileName?: string;
  /** The input sheets named in `wanted` (canonical names; matched exactly, then trimmed), with the inventory. */
  read(wanted: string[], hint: ReadHint | null, onProgress?: (p: ReadProgress) => void): Promise<ReadResult>;
  /** An earlier read with a fresh inventory when the host has told of no change to its sheets since; null: read again. */
  revalidate(wanted: string[], previous: ReadResult): Promise<ReadResult | null>;
  /** The generated sheets as planned (the file host: into a copy, offered for download). */
  write(plans: TargetPlan[], inventory: Inventory, tablePrefix: string): Promise<WriteResult>;
  /** The template's input sheets that are missing, never touching one that exists. */
  addTemplate(specs: SheetSpec[]): Promise<TemplateResult>;
  /** Take the user to a cell (a no-op where there is none to show). */
  select(target: CellTarget): Promise<void>;
  activate(sheet: string): Promise<void>;
  /**
   * 合并报送 into the open workbook (cycle.md §2): set the master ledger's changed cells and append
   * the added rows after its last row, in its own columns; no other cell is touched. A host
   * without it offers the merge as new sheets only.
   */
  patchLedger?(patch: MasterPatch): Promise<{ syncs: number }>;
}

/** Whether an issue or a score line can take the user to its cell in this host. */
export const canGoToCells = (host: Pick<PaneHost, "kind">): boolean => host.kind !== "file";
