// The ExcelJS host, outward: renders the engine's sheet descriptions
// (SheetSpec) into a workbook. The task pane renders the same specs through
// Office.js, so the layout lives in the engine, not here.
import ExcelJS from "exceljs";
import { columnValidation, printLayout } from "../engine/sheets/print";
import { DATA_BAR_COLOR, headerRowOf, type ColumnOut, type OutCell, type SheetSpec } from "../engine";
import { columnLetter } from "../engine/parse/table";
import { dataRowHeights } from "../engine/sheets/row-heights";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
const EMPHASIS_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin", color: { argb: "FFBFBFBF" } },
  left: { style: "thin", color: { argb: "FFBFBFBF" } },
  bottom: { style: "thin", color: { argb: "FFBFBFBF" } },
  right: { style: "thin", color: { argb: "FFBFBFBF" } },
};
const DATA_BAR_FILL = { argb: `FF${DATA_BAR_COLOR.slice(1)}` };
const DEFAULT_INPUT_ROWS = 1000;

/** ExcelJS has `dataValidations` at run time but not in its typings. */
interface WithValidations {
  dataValidations: { add(range: string, v: ExcelJS.DataValidation): void };
}

/** A cell value as ExcelJS writes it: strings stay strings ("=…" is text, never a formula). */
const cellValue = (v: OutCell): ExcelJS.CellValue => (v === null ? null : v);

function writeTitle(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  if (spec.title === null) return;
  const n = Math.max(1, spec.columns.length);
  if (n > 1) ws.mergeCells(1, 1, 1, n);
  const cell = ws.getCell(1, 1);
  cell.value = spec.title;
  cell.font = { bold: true, size: 14 };
  cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  ws.getRow(1).height = 30;
}

function writeHeader(ws: ExcelJS.Worksheet, spec: SheetSpec, headerRow: number): void {
  const row = ws.getRow(headerRow);
  spec.columns.forEach((c, i) => {
    const cell = row.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN;
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    if (c.note) cell.note = c.note;
  });
  row.height = 32;
}

function writeRows(ws: ExcelJS.Worksheet, spec: SheetSpec, headerRow: number): void {
  const emphasis = new Set(spec.emphasis ?? []);
  const heights = dataRowHeights(spec);
  // In a sheet of wrapped text every cell of a row starts at the top, beside the first line.
  const wraps = spec.columns.some((c) => c.wrap);
  spec.rows.forEach((values, r) => {
    const row = ws.getRow(headerRow + 1 + r);
    if (heights[r] !== null) row.height = heights[r]!;
    spec.columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.value = cellValue(values[i] ?? null);
      if (c.numFmt) cell.numFmt = c.numFmt;
      if (spec.kind !== "input" && spec.kind !== "lists") cell.border = THIN;
      if (c.wrap) cell.alignment = { vertical: "top", wrapText: true };
      else if (wraps) cell.alignment = { vertical: "top" };
      if (emphasis.has(r)) {
        cell.font = { bold: true };
        cell.fill = EMPHASIS_FILL;
      }
    });
  });
}

function writeNotes(ws: ExcelJS.Worksheet, spec: SheetSpec, headerRow: number): void {
  const first = headerRow + spec.rows.length + 2; // one blank row under the table
  const n = Math.max(1, spec.columns.length);
  (spec.notes ?? []).forEach((text, i) => {
    const r = first + i;
    if (n > 1) ws.mergeCells(r, 1, r, n);
    const cell = ws.getCell(r, 1);
    cell.value = text;
    cell.font = { italic: true, color: { argb: "FF595959" } };
    cell.alignment = { wrapText: true, vertical: "top" };
  });
}

function addDataBar(ws: ExcelJS.Worksheet, spec: SheetSpec, headerRow: number): void {
  if (spec.dataBarColumn === undefined || spec.rows.length === 0) return;
  const col = columnLetter(spec.dataBarColumn);
  ws.addConditionalFormatting({
    ref: `${col}${headerRow + 1}:${col}${headerRow + spec.rows.length}`,
    rules: [
      {
        type: "dataBar",
        priority: 1,
        gradient: false, // solid bars; ExcelJS writes the x14 extension (with its id) only for these
        cfvo: [{ type: "min" }, { type: "max" }],
        color: DATA_BAR_FILL,
      } as ExcelJS.DataBarRuleType,
    ],
  });
}

/** Validation for one input column (print.ts), or null when the column takes free text. */
export function validationOf(c: ColumnOut): ExcelJS.DataValidation | null {
  const v = columnValidation(c);
  if (!v) return null;
  const prompt = v.prompt !== undefined ? { showInputMessage: true, promptTitle: v.promptTitle, prompt: v.prompt } : {};
  if (v.type === "any") return { type: "custom", allowBlank: true, formulae: ["TRUE"], ...prompt };
  return {
    type: v.type,
    allowBlank: true,
    ...(v.operator ? { operator: v.operator } : {}),
    formulae: v.type === "list" ? v.formulae : v.formulae.map(Number),
    showErrorMessage: true,
    errorStyle: v.errorStyle,
    errorTitle: v.errorTitle,
    error: v.error,
    ...prompt,
  };
}

/** Input sheets: column formats and validations over the rows clerks will fill in. */
function prepareInputColumns(ws: ExcelJS.Worksheet, spec: SheetSpec, headerRow: number): void {
  if (spec.kind !== "input") return;
  const last = headerRow + Math.max(spec.inputRows ?? DEFAULT_INPUT_ROWS, spec.rows.length);
  const dv = (ws as unknown as WithValidations).dataValidations;
  spec.columns.forEach((c, i) => {
    if (c.numFmt) ws.getColumn(i + 1).numFmt = c.numFmt; // new cells in the column take the format
    const v = validationOf(c);
    if (v) dv.add(`${columnLetter(i)}${headerRow + 1}:${columnLetter(i)}${last}`, v);
  });
}

/**
 * Renders one spec as a new sheet. It never replaces a sheet: callers choose a
 * free name first (xlsx-place.ts), and ExcelJS refuses a name already in use.
 */
export function writeSheet(wb: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const headerRow = headerRowOf(spec);
  const ws = wb.addWorksheet(spec.name, {
    state: spec.hidden ? "hidden" : "visible",
    views: [{ state: "frozen", xSplit: spec.kind === "ranking" ? 2 : 0, ySplit: headerRow }],
    pageSetup: {
      orientation: spec.landscape ? "landscape" : "portrait",
      paperSize: 9, // A4
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  });
  ws.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
  for (const r of printLayout(spec).rowBreaks) ws.getRow(r - 1).addPageBreak(); // one group a page
  // ExcelJS treats a width of exactly 9 as "default" and drops it (Excel's default is 8.43).
  spec.columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width === 9 ? 9.01 : c.width));
  writeTitle(ws, spec);
  writeHeader(ws, spec, headerRow);
  writeRows(ws, spec, headerRow);
  writeNotes(ws, spec, headerRow);
  addDataBar(ws, spec, headerRow);
  prepareInputColumns(ws, spec, headerRow);
  // Charts (spec.chart) are rendered by the Office.js host; ExcelJS 4 cannot write charts.
  return ws;
}

/** Renders every spec into `wb`, in order, and opens the workbook on the first of them. */
export function writeSheets(wb: ExcelJS.Workbook, specs: SheetSpec[]): ExcelJS.Worksheet[] {
  const sheets = specs.map((s) => writeSheet(wb, s));
  openOn(wb, sheets);
  return sheets;
}

/** Opens the workbook on the first visible sheet of `sheets`. */
export function openOn(wb: ExcelJS.Workbook, sheets: ExcelJS.Worksheet[]): void {
  const firstVisible = sheets.find((ws) => ws.state === "visible");
  if (firstVisible) {
    const activeTab = wb.worksheets.indexOf(firstVisible);
    wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab, visibility: "visible" }];
  }
}
