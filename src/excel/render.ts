// Render a SheetSpec onto a fresh worksheet: queued commands only, no sync.
// Generated sheets (ranking, detail, goals) become an Excel table with a title,
// number formats, widths, frozen header, data bars, a bar chart and print
// setup; template input sheets get headers, formats and validation.
import { footerOf, headerRowHeight, noteRowHeights, printLayout, SHEET_FONT, titleRowHeight } from "../engine/sheets/print";
import { dataRowHeights } from "../engine/sheets/row-heights";
import { DATA_BAR_COLOR, DATA_BAR_MAX_LENGTH, type ColumnOut, type SheetSpec } from "../engine/sheets/types";
import { layoutSheet, widthToPoints, TEXT_FORMAT, type SheetLayout } from "./cells";

const TABLE_STYLE = "TableStyleMedium2";
const NOTE_COLOR = "#605E5C";
const HEADER_FILL = "#DDEBF7";
/** Rows of chart height per bar, and the least height, in worksheet rows. */
const CHART_ROWS_PER_BAR = 1.1;
const CHART_MIN_ROWS = 14;

function writeCells(ws: Excel.Worksheet, L: SheetLayout): void {
  const all = ws.getRangeByIndexes(0, 0, L.values.length, L.columns);
  all.numberFormat = L.formats; // before the values, so text lands as text
  all.values = L.values;
}

function setWidths(ws: Excel.Worksheet, columns: ColumnOut[]): void {
  columns.forEach((c, i) => {
    ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = widthToPoints(c.width);
  });
}

/** Points per inch, for the margins every host sets (print.ts counts on them). */
const INCH = 72;

/** Print as print.ts lays it out (pages wide and tall, titles repeated), page numbers in the footer. */
function printSetup(ws: Excel.Worksheet, spec: SheetSpec, L: SheetLayout): void {
  const page = ws.pageLayout;
  const layout = printLayout(spec);
  page.orientation = layout.landscape ? "Landscape" : "Portrait";
  page.paperSize = "A4";
  page.zoom = { horizontalFitToPages: layout.pagesWide, verticalFitToPages: layout.pagesTall, scale: null as unknown as number };
  page.centerHorizontally = true;
  page.leftMargin = page.rightMargin = 0.4 * INCH;
  page.topMargin = page.bottomMargin = 0.6 * INCH;
  page.headerMargin = page.footerMargin = 0.3 * INCH;
  page.setPrintTitleRows(`$${layout.repeatRows[0]}:$${layout.repeatRows[1]}`);
  if (layout.repeatColumns > 0) page.setPrintTitleColumns(`$A:$${String.fromCharCode(64 + layout.repeatColumns)}`);
  page.headersFooters.defaultForAllPages.centerFooter = footerOf(spec);
  // Every cell names its font: a style without one falls back to a Latin serif in LibreOffice and WPS.
  ws.getRangeByIndexes(0, 0, L.values.length, L.columns).format.font.name = SHEET_FONT;
  ws.getRangeByIndexes(L.headerRow, 0, 1, L.columns).format.rowHeight = headerRowHeight(spec);
  for (const r of layout.rowBreaks) ws.horizontalPageBreaks.add(`A${r}`); // one group a page
}

/** A ranking, detail, goals or lists sheet. */
export function queueOutputSheet(ws: Excel.Worksheet, spec: SheetSpec, tableName: string | null): void {
  const L = layoutSheet(spec);
  const cols = L.columns;
  writeCells(ws, L);
  setWidths(ws, spec.columns);

  if (spec.title !== null) {
    const title = ws.getRangeByIndexes(0, 0, 1, cols);
    title.merge(false);
    title.format.font.bold = true;
    title.format.font.size = 14;
    title.format.horizontalAlignment = "Center";
    title.format.verticalAlignment = "Center";
    title.format.wrapText = true;
    title.format.rowHeight = titleRowHeight(spec);
  }
  const header = ws.getRangeByIndexes(L.headerRow, 0, 1, cols);
  header.format.wrapText = true;
  header.format.verticalAlignment = "Center";

  if (spec.kind === "lists") {
    header.format.font.bold = true;
  } else if (tableName) {
    // A table needs one data row; an empty group still gets its header.
    const table = ws.tables.add(ws.getRangeByIndexes(L.headerRow, 0, 1 + Math.max(1, L.dataRows), cols), true);
    table.name = tableName;
    table.style = TABLE_STYLE;
  }

  if (L.dataRows > 0) {
    if (spec.columns.some((c) => c.wrap)) {
      // Every cell of a row starts at the top, beside the first line of the wrapped text.
      ws.getRangeByIndexes(L.firstDataRow, 0, L.dataRows, cols).format.verticalAlignment = "Top";
      spec.columns.forEach((c, i) => {
        if (c.wrap) ws.getRangeByIndexes(L.firstDataRow, i, L.dataRows, 1).format.wrapText = true;
      });
      setRowHeights(ws, L.firstDataRow, dataRowHeights(spec));
    }
    for (const r of spec.emphasis ?? []) {
      if (r >= 0 && r < L.dataRows) ws.getRangeByIndexes(L.firstDataRow + r, 0, 1, cols).format.font.bold = true;
    }
    if (spec.dataBarColumn !== undefined && spec.dataBarColumn < cols) queueDataBar(ws, spec, L);
  }
  if (L.notesRow !== null) {
    const notes = ws.getRangeByIndexes(L.notesRow, 0, spec.notes!.length, cols);
    notes.format.font.italic = true;
    notes.format.font.color = NOTE_COLOR;
    // Each footnote wraps within the table's width, so it prints inside the page (issue 20 item 1).
    if (cols > 1) notes.merge(true);
    notes.format.wrapText = true;
    notes.format.verticalAlignment = "Top";
    noteRowHeights(spec).forEach((h, i) => (ws.getRangeByIndexes(L.notesRow! + i, 0, 1, 1).format.rowHeight = h));
  }
  const lastRow = L.values.length;
  if (spec.chart && L.dataRows > 0) queueChart(ws, spec, L, lastRow + 1);

  ws.freezePanes.freezeRows(L.headerRow + 1);
  printSetup(ws, spec, L);
  if (spec.hidden) ws.visibility = "Hidden";
}

/**
 * Light bars from 0 that stop at half the cell (issue 20 item 3): Office.js has
 * no bar length, so the upper bound is the column's largest value × 100 / DATA_BAR_MAX_LENGTH.
 */
function queueDataBar(ws: Excel.Worksheet, spec: SheetSpec, L: SheetLayout): void {
  const col = spec.dataBarColumn!;
  const bars = ws.getRangeByIndexes(L.firstDataRow, col, L.dataRows, 1).conditionalFormats.add("DataBar");
  bars.dataBar.positiveFormat.fillColor = DATA_BAR_COLOR;
  bars.dataBar.positiveFormat.gradientFill = false;
  const values = spec.rows.map((r) => r[col]).filter((v): v is number => typeof v === "number" && Number.isFinite(v));
  const max = Math.max(0, ...values);
  if (values.every((v) => v >= 0) && max > 0) {
    bars.dataBar.lowerBoundRule = { type: "Number", formula: "0" };
    bars.dataBar.upperBoundRule = { type: "Number", formula: String((max * 100) / DATA_BAR_MAX_LENGTH) };
  }
}

/**
 * Heights of the rows that wrap (engine/sheets/row-heights.ts), one command per
 * run of equal heights: Excel keeps the default height for wrapped text written by an add-in.
 * RangeFormat.rowHeight sets every row of the range (ExcelApi 1.1):
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-rowheight-member
 */
function setRowHeights(ws: Excel.Worksheet, firstRow: number, heights: (number | null)[]): void {
  for (let start = 0; start < heights.length;) {
    let end = start + 1;
    while (end < heights.length && heights[end] === heights[start]) end++;
    const h = heights[start];
    if (h !== null) ws.getRangeByIndexes(firstRow + start, 0, end - start, 1).format.rowHeight = h;
    start = end;
  }
}

/** A clustered bar chart of one value column by one category column, below the table, rank 1 on top. */
function queueChart(ws: Excel.Worksheet, spec: SheetSpec, L: SheetLayout, topRow: number): void {
  const c = spec.chart!;
  const values = ws.getRangeByIndexes(L.firstDataRow, c.valueColumn, L.dataRows, 1);
  const categories = ws.getRangeByIndexes(L.firstDataRow, c.categoryColumn, L.dataRows, 1);
  const chart = ws.charts.add("BarClustered", values, "Columns");
  const series = chart.series.getItemAt(0);
  series.setXAxisValues(categories);
  series.name = spec.columns[c.valueColumn]?.header ?? c.title;
  chart.title.text = c.title;
  chart.legend.visible = false;
  chart.axes.categoryAxis.reversePlotOrder = true;
  const height = Math.max(CHART_MIN_ROWS, Math.ceil(L.dataRows * CHART_ROWS_PER_BAR) + 3);
  const width = Math.max(6, Math.min(L.columns, 10));
  chart.setPosition(ws.getRangeByIndexes(topRow, 0, 1, 1), ws.getRangeByIndexes(topRow + height - 1, width - 1, 1, 1));
}

/** A template input sheet: header, formats and validation on `inputRows` rows, rows of defaults if any. */
export function queueInputSheet(ws: Excel.Worksheet, spec: SheetSpec, skipListSources: boolean): void {
  const L = layoutSheet(spec);
  const cols = L.columns;
  writeCells(ws, L);
  setWidths(ws, spec.columns);
  const header = ws.getRangeByIndexes(L.headerRow, 0, 1, cols);
  header.format.font.bold = true;
  header.format.fill.color = HEADER_FILL;
  header.format.wrapText = true;
  header.format.verticalAlignment = "Center";

  const rows = Math.max(spec.inputRows ?? 1000, L.dataRows);
  ws.getRangeByIndexes(L.firstDataRow, 0, rows, cols).format.font.name = SHEET_FONT; // what clerks type, too
  spec.columns.forEach((c, i) => {
    const cells = ws.getRangeByIndexes(L.firstDataRow, i, rows, 1);
    // Rows below the written defaults get the column's format (text columns "@", so typed text stays text).
    const fmt = c.numFmt ?? (c.input === "text" ? TEXT_FORMAT : null);
    const blankRows = rows - L.dataRows;
    if (fmt && blankRows > 0) {
      ws.getRangeByIndexes(L.firstDataRow + L.dataRows, i, blankRows, 1).numberFormat = Array.from({ length: blankRows }, () => [fmt]);
    }
    const rule = validationRule(c, skipListSources);
    if (rule) {
      cells.dataValidation.rule = rule;
      // A warning, not a stop: aliases (经开区), Y/N or 开工、投产 are valid too; the check reports the rest.
      cells.dataValidation.errorAlert = { showAlert: true, style: "Warning", title: c.header, message: c.note ?? c.header };
    }
    if (c.note) {
      cells.dataValidation.prompt = { showPrompt: true, title: c.header.slice(0, 32), message: c.note.slice(0, 255) };
    }
  });
  ws.freezePanes.freezeRows(L.headerRow + 1);
  printSetup(ws, spec, L);
  if (spec.hidden) ws.visibility = "Hidden";
}

function validationRule(c: ColumnOut, skipListSources: boolean): Excel.DataValidationRule | null {
  if (c.listSource && !skipListSources) return { list: { inCellDropDown: true, source: `=${c.listSource}` } };
  if (c.list && c.list.join(",").length <= 255) return { list: { inCellDropDown: true, source: c.list.join(",") } };
  if ((c.input === "int" || c.input === "number") && (c.min !== undefined || c.max !== undefined)) {
    const basic: Excel.BasicDataValidation =
      c.min !== undefined && c.max !== undefined
        ? { formula1: c.min, formula2: c.max, operator: "Between" }
        : c.min !== undefined
          ? { formula1: c.min, operator: "GreaterThanOrEqualTo" }
          : { formula1: c.max!, operator: "LessThanOrEqualTo" };
    return c.input === "int" ? { wholeNumber: basic } : { decimal: basic };
  }
  return null;
}
