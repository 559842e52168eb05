// The pane's host in WPS 表格 (issue 19): what src/excel does with Office.js,
// done with ET's object model (et.ts), which WPS calls synchronously. It reads
// the input sheets' used ranges (Value2) and merged areas, selects the cell of
// an issue, and writes the generated sheets (values, number formats, fonts,
// fills, borders, merges, column widths, page setup, frozen header) and the
// template's missing input sheets. What is replaced was confirmed in the pane
// first (useTaskPane); a user's own sheet is never written.
// ET tells of no changes to the pane, so every 生成排名 reads again (stamp null).
import { layoutSheet, type SheetLayout } from "../excel/cells";
import { findSheet, MARKER_PREFIX, nextMarkerNames, sheetExists, sheetOfReference, type Inventory, type TargetPlan } from "../engine/sheets/placement";
import type { MasterPatch } from "../engine/merge/types";
import type { OutCell, SheetSpec } from "../engine/sheets/types";
import type { MergedArea, SheetInput } from "../engine/types";
import type { CellTarget, PaneHost, ReadResult, SheetSource, TemplateResult, WriteResult } from "../host";
import { XL, type EtApplication, type EtRange, type EtSheets, type EtWorkbook, type EtWorksheet } from "./et";

const HEADER_FILL = 0xf7ebdd; // #DDEBF7 as ET's BGR colour
const NOTE_COLOR = 0x5c5e60; // #605E5C
const BORDER_COLOR = 0xbfbfbf;

const CELL = /^\$?([A-Z]{1,3})\$?(\d+)$/i;
const colIndex = (letters: string): number => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
export const columnName = (index: number): string => {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};
/** A1 address of a 0-based block. */
export const a1 = (row: number, col: number, rows = 1, cols = 1): string =>
  rows === 1 && cols === 1 ? `${columnName(col)}${row + 1}` : `${columnName(col)}${row + 1}:${columnName(col + cols - 1)}${row + rows}`;

/** "$A$3:$C$4" → 0-based area. */
export function areaOf(address: string): MergedArea | null {
  const [from, to = from] = address.replace(/^.*!/, "").split(":");
  const a = CELL.exec(from);
  const b = CELL.exec(to);
  if (!a || !b) return null;
  return { row0: Number(a[2]) - 1, col0: colIndex(a[1]), row1: Number(b[2]) - 1, col1: colIndex(b[1]) };
}

function workbook(app: EtApplication): EtWorkbook {
  const wb = app.ActiveWorkbook;
  if (!wb) throw new Error("WPS 表格中没有打开的工作簿：请先打开台账工作簿 / no workbook is open in WPS 表格");
  return wb;
}

function sheetsOf(sheets: EtSheets): EtWorksheet[] {
  return Array.from({ length: sheets.Count }, (_, i) => sheets.Item(i + 1));
}

export function inventoryOf(wb: EtWorkbook): Inventory {
  const sheets = sheetsOf(wb.Worksheets);
  const names = Array.from({ length: wb.Names.Count }, (_, i) => wb.Names.Item(i + 1));
  return {
    sheets: sheets.map((s) => ({ name: s.Name, position: s.Index - 1, visibility: (s.Visible as number) === XL.sheetVisible || (s.Visible as unknown) === true ? "Visible" : "Hidden", id: "" })),
    markers: names.filter((n) => n.Name.toUpperCase().startsWith(MARKER_PREFIX)).map((n) => ({ name: n.Name, sheet: sheetOfReference(n.RefersTo) })),
    tables: sheets.flatMap((s) => Array.from({ length: s.ListObjects.Count }, (_, i) => s.ListObjects.Item(i + 1).Name)),
  };
}

/** The used range's values as rows (Value2 is one value for a one-cell range). */
function rowsOf(value: unknown): unknown[][] {
  if (Array.isArray(value)) return value.map((r) => (Array.isArray(r) ? r.map((v) => (v === undefined ? null : v)) : [r]));
  return [[value === undefined ? null : value]];
}

/**
 * The merged areas of a range, asking ET as little as it can: MergeCells is
 * false for a block with no merged cell, so blocks without merges are skipped
 * whole and the rest halved until a merged cell names its MergeArea.
 */
export function mergedAreas(ws: EtWorksheet, row0: number, col0: number, rows: number, cols: number): MergedArea[] {
  const out: MergedArea[] = [];
  const seen = new Set<string>();
  const covered = (r: number, c: number) => out.some((m) => r >= m.row0 && r <= m.row1 && c >= m.col0 && c <= m.col1);
  const visit = (r: number, c: number, h: number, w: number): void => {
    if (h <= 0 || w <= 0) return;
    const range = ws.Range(a1(r, c, h, w));
    if (range.MergeCells === false) return;
    if (h === 1 && w === 1) {
      if (covered(r, c)) return;
      const area = areaOf(range.MergeArea.Address(false, false));
      if (area && (area.row1 > area.row0 || area.col1 > area.col0)) {
        const key = `${area.row0}:${area.col0}:${area.row1}:${area.col1}`;
        if (!seen.has(key)) {
          seen.add(key);
          out.push(area);
        }
      }
      return;
    }
    if (h >= w) {
      const half = Math.ceil(h / 2);
      visit(r, c, half, w);
      visit(r + half, c, h - half, w);
    } else {
      const half = Math.ceil(w / 2);
      visit(r, c, h, half);
      visit(r, c + half, h, w - half);
    }
  };
  visit(row0, col0, rows, cols);
  return out.sort((a, b) => a.row0 - b.row0 || a.col0 - b.col0);
}

/** One input sheet: values padded so row 0 is worksheet row 1, its merged areas. */
function readSheet(ws: EtWorksheet): { input: SheetInput; source: SheetSource } {
  const used = ws.UsedRange;
  const [row0, col0, rows, cols] = [used.Row - 1, used.Column - 1, used.Rows.Count, used.Columns.Count];
  const grid = rowsOf(used.Value2);
  const empty = rows === 1 && cols === 1 && (grid[0][0] === null || grid[0][0] === "");
  if (empty) return { input: { values: [], merges: [] }, source: { sheet: ws.Name, id: "", dims: null } };
  const values = [...Array.from({ length: row0 }, () => [] as unknown[]), ...grid.map((r) => (col0 ? [...Array<unknown>(col0).fill(null), ...r] : r))];
  return {
    input: { values: values as SheetInput["values"], merges: mergedAreas(ws, row0, col0, rows, cols) },
    source: { sheet: ws.Name, id: "", dims: { sheet: ws.Name, rowIndex: row0, columnIndex: col0, rowCount: rows, columnCount: cols } },
  };
}

/** Run `f` with screen updating and alerts off (restored after, whatever happens). */
function quietly<T>(app: EtApplication, f: () => T): T {
  const [updating, alerts] = [app.ScreenUpdating, app.DisplayAlerts];
  app.ScreenUpdating = false;
  app.DisplayAlerts = false;
  try {
    return f();
  } finally {
    app.ScreenUpdating = updating;
    app.DisplayAlerts = alerts;
  }
}

/** Formats a column at a time, in runs of equal format down the column. */
function writeFormats(ws: EtWorksheet, L: SheetLayout): void {
  for (let c = 0; c < L.columns; c++) {
    for (let r = 0; r < L.formats.length;) {
      let end = r + 1;
      while (end < L.formats.length && L.formats[end][c] === L.formats[r][c]) end++;
      ws.Range(a1(r, c, end - r, 1)).NumberFormat = L.formats[r][c];
      r = end;
    }
  }
}

function freezeBelow(app: EtApplication, ws: EtWorksheet, rows: number): void {
  ws.Activate();
  const win = app.ActiveWindow;
  if (!win) return;
  win.FreezePanes = false;
  win.SplitColumn = 0;
  win.SplitRow = rows;
  win.FreezePanes = true;
}

function pageSetup(ws: EtWorksheet, spec: SheetSpec, headerRow: number): void {
  const p = ws.PageSetup;
  p.Orientation = spec.landscape ? XL.landscape : XL.portrait;
  p.Zoom = false;
  p.FitToPagesWide = 1;
  p.FitToPagesTall = false;
  p.CenterHorizontally = true;
  p.PrintTitleRows = `$${headerRow + 1}:$${headerRow + 1}`;
}

function border(range: EtRange): void {
  range.Borders.LineStyle = XL.continuous;
  range.Borders.Weight = XL.thin;
  range.Borders.Color = BORDER_COLOR;
}

/** The cells, widths and header of a sheet (both kinds). */
function writeBody(ws: EtWorksheet, spec: SheetSpec, L: SheetLayout): void {
  writeFormats(ws, L); // before the values, so text lands as text
  ws.Range(a1(0, 0, L.values.length, L.columns)).Value2 = L.values;
  spec.columns.forEach((c, i) => {
    ws.Range(`${columnName(i)}1`).ColumnWidth = Math.max(1, c.width);
  });
  const header = ws.Range(a1(L.headerRow, 0, 1, L.columns));
  header.Font.Bold = true;
  header.Interior.Color = HEADER_FILL;
  header.WrapText = true;
  header.VerticalAlignment = XL.vCenter;
}

/** A ranking, detail, goals or lists sheet onto a fresh worksheet. */
export function renderOutputSheet(app: EtApplication, ws: EtWorksheet, spec: SheetSpec): void {
  const L = layoutSheet(spec);
  writeBody(ws, spec, L);
  if (spec.title !== null) {
    const title = ws.Range(a1(0, 0, 1, L.columns));
    if (L.columns > 1) title.Merge(false);
    title.Font.Bold = true;
    title.Font.Size = 14;
    title.HorizontalAlignment = XL.hCenter;
    title.RowHeight = 24;
  }
  if (spec.kind !== "lists") border(ws.Range(a1(L.headerRow, 0, 1 + L.dataRows, L.columns)));
  if (L.dataRows > 0) {
    spec.columns.forEach((c, i) => {
      if (c.wrap) ws.Range(a1(L.firstDataRow, i, L.dataRows, 1)).WrapText = true;
    });
    if (spec.columns.some((c) => c.wrap)) ws.Range(a1(L.firstDataRow, 0, L.dataRows, L.columns)).VerticalAlignment = XL.vTop;
    for (const r of spec.emphasis ?? []) {
      if (r >= 0 && r < L.dataRows) ws.Range(a1(L.firstDataRow + r, 0, 1, L.columns)).Font.Bold = true;
    }
  }
  if (L.notesRow !== null) {
    const notes = ws.Range(a1(L.notesRow, 0, spec.notes!.length, 1));
    notes.Font.Italic = true;
    notes.Font.Color = NOTE_COLOR;
  }
  freezeBelow(app, ws, L.headerRow + 1);
  pageSetup(ws, spec, L.headerRow);
  if (spec.hidden) ws.Visible = XL.sheetHidden;
}

/** A template input sheet: header, formats (text columns "@" down `inputRows` rows). */
export function renderInputSheet(app: EtApplication, ws: EtWorksheet, spec: SheetSpec): void {
  const L = layoutSheet(spec);
  writeBody(ws, spec, L);
  const rows = Math.max(spec.inputRows ?? 1000, L.dataRows);
  spec.columns.forEach((c, i) => {
    const fmt = c.numFmt ?? (c.input === "text" ? "@" : null);
    const blank = rows - L.dataRows;
    if (fmt && blank > 0) ws.Range(a1(L.firstDataRow + L.dataRows, i, blank, 1)).NumberFormat = fmt;
  });
  freezeBelow(app, ws, L.headerRow + 1);
  pageSetup(ws, spec, L.headerRow);
  if (spec.hidden) ws.Visible = XL.sheetHidden;
}

const quote = (sheet: string): string => `'${sheet.replace(/'/g, "''")}'`;

function addMarker(wb: EtWorkbook, ws: EtWorksheet, name: string): void {
  wb.Names.Add(name, `=${quote(ws.Name)}!$A$1`, false);
}

/** Add a worksheet named `name` at 0-based `position` (the end when null). */
function addSheet(wb: EtWorkbook, name: string, position: number | null): EtWorksheet {
  const sheets = wb.Worksheets;
  const ws = position !== null && position < sheets.Count ? sheets.Add(sheets.Item(position + 1)) : sheets.Add(undefined, sheets.Item(sheets.Count));
  ws.Name = name;
  return ws;
}

export function writeGenerated(app: EtApplication, plans: TargetPlan[], inv: Inventory): WriteResult {
  const wb = workbook(app);
  return quietly(app, () => {
    const replacing = new Set(plans.flatMap((p) => (p.replaces ? [p.replaces.marker] : [])));
    for (const m of inv.markers) if (m.sheet === null && !replacing.has(m.name)) wb.Names.Item(m.name).Delete();
    for (const p of plans) {
      if (!p.replaces) continue;
      wb.Names.Item(p.replaces.marker).Delete();
      wb.Worksheets.Item(p.replaces.sheet).Delete();
    }
    const markers = nextMarkerNames(inv, plans.length);
    let first: EtWorksheet | null = null;
    plans.forEach((p, i) => {
      const ws = addSheet(wb, p.name, p.replaces ? p.replaces.position : null);
      renderOutputSheet(app, ws, p.spec);
      addMarker(wb, ws, markers[i]);
      if (!first && !p.spec.hidden) first = ws;
    });
    (first as EtWorksheet | null)?.Activate();
    return { written: plans.map((p) => p.name), replaced: plans.flatMap((p) => (p.replaces ? [p.replaces.sheet] : [])), syncs: 0 };
  });
}

export function addTemplate(app: EtApplication, specs: SheetSpec[]): TemplateResult {
  const wb = workbook(app);
  const inv = inventoryOf(wb);
  const inputs = specs.filter((s) => s.kind !== "lists");
  const missing = inputs.filter((s) => !findSheet(inv, s.name));
  const present = inputs.filter((s) => findSheet(inv, s.name)).map((s) => findSheet(inv, s.name)!.name);
  if (!missing.length) return { added: [], present, syncs: 0 };
  return quietly(app, () => {
    const added: string[] = [];
    let first: EtWorksheet | null = null;
    for (const spec of missing) {
      const ws = addSheet(wb, spec.name, null);
      if (spec.kind === "guide") renderOutputSheet(app, ws, spec);
      else renderInputSheet(app, ws, spec);
      added.push(spec.name);
      first ??= ws;
    }
    // The lists sheet only where a sheet added refers to it and it is missing (as in Excel).
    const needs = (l: SheetSpec) => missing.some((s) => s.columns.some((c) => c.listSource?.startsWith(quote(l.name))));
    const lists = specs.filter((s) => s.kind === "lists" && needs(s) && !sheetExists(inv, s.name));
    const markers = nextMarkerNames(inv, lists.length);
    lists.forEach((spec, i) => {
      const ws = addSheet(wb, spec.name, null);
      renderOutputSheet(app, ws, spec);
      addMarker(wb, ws, markers[i]);
      added.push(spec.name);
    });
    (first as EtWorksheet | null)?.Activate();
    return { added, present, syncs: 0 };
  });
}

export function readInputs(app: EtApplication, wanted: string[]): ReadResult {
  const wb = workbook(app);
  const inventory = inventoryOf(wb);
  const book: Record<string, SheetInput> = {};
  const sources: SheetSource[] = [];
  for (const name of wanted) {
    const info = findSheet(inventory, name);
    if (!info || book[info.name]) continue;
    const { input, source } = readSheet(wb.Worksheets.Item(info.name));
    book[info.name] = input;
    sources.push(source);
  }
  return { book, inventory, hint: { sheets: [] }, syncs: 0, stamp: null, sources };
}

export function selectCell(app: EtApplication, t: CellTarget): void {
  const ws = workbook(app).Worksheets.Item(t.sheet);
  ws.Activate();
  const address = t.cell && /^[A-Z]{1,3}[1-9]\d*$/i.test(t.cell) ? t.cell : t.row && t.row > 0 ? `${t.row}:${t.row}` : null;
  if (address) ws.Range(address).Select();
}

const DATE_FMT = "yyyy-mm-dd";
const patchCell = (v: OutCell): string | number | boolean => (v === null ? "" : v);

/** 合并报送 into the open workbook (as src/excel/patch.ts): the changed cells, then the added rows under the last one; nothing else. */
export function patchLedger(app: EtApplication, patch: MasterPatch): { syncs: number } {
  const ws = workbook(app).Worksheets.Item(patch.sheet);
  quietly(app, () => {
    for (const c of patch.set) {
      const r = ws.Range(a1(c.row - 1, c.col));
      if (c.date) r.NumberFormat = DATE_FMT;
      r.Value2 = patchCell(c.value) as EtRange["Value2"];
    }
    if (patch.append.length) {
      const width = 1 + Math.max(0, ...patch.append.flatMap((line) => line.map((c) => c.col)));
      const values = patch.append.map((line) => {
        const row: (string | number | boolean)[] = new Array(width).fill("");
        for (const c of line) row[c.col] = patchCell(c.value);
        return row;
      });
      const dateCols = new Set(patch.append.flatMap((line) => line.filter((c) => c.date).map((c) => c.col)));
      for (const c of dateCols) ws.Range(a1(patch.lastRow, c, values.length, 1)).NumberFormat = DATE_FMT;
      ws.Range(a1(patch.lastRow, 0, values.length, width)).Value2 = values as unknown as EtRange["Value2"];
    }
    ws.Activate();
  });
  return { syncs: 0 };
}

/** The pane's host over ET's `Application` (WPS's global; tests give the stand-in). */
export function wpsHost(app: () => EtApplication): PaneHost {
  // ET's calls are synchronous; each action is still a promise, as the pane expects, and lets the page paint first.
  const later = <T>(f: () => T): Promise<T> =>
    new Promise((resolve, reject) =>
      setTimeout(() => {
        try {
          resolve(f());
        } catch (e) {
          reject(e);
        }
      }, 0),
    );
  return {
    kind: "wps",
    read: (wanted, _hint, onProgress) =>
      later(() => {
        const r = readInputs(app(), wanted);
        onProgress?.({ done: 1, total: 1 });
        return r;
      }),
    revalidate: async () => null,
    write: (plans, inventory) => later(() => writeGenerated(app(), plans, inventory)),
    addTemplate: (specs) => later(() => addTemplate(app(), specs)),
    select: (target) => later(() => selectCell(app(), target)),
    activate: (sheet) => later(() => void workbook(app()).Worksheets.Item(sheet).Activate()),
    patchLedger: (patch) => later(() => patchLedger(app(), patch)),
  };
}
