// The engine's sheet descriptions (SheetSpec) as SpreadsheetML worksheet parts
// and an append-only styles.xml, for the package writer (never-lose issue §1)
// to put into the user's workbook. Browser-safe: strings in, strings out, no
// Node fs, zlib or Buffer, no ExcelJS. Each concern has its own file:
// cells and strings, styles, page setup, validations, data bars, comments.
// Charts (spec.chart) are drawn only by the Office.js host.
import type { SheetSpec } from "../../engine/sheets/types";
import { isDateFormat } from "../parts";
import { renderCells } from "./sheetml-cells";
import { renderDataBars } from "./sheetml-cf";
import { renderComments } from "./sheetml-comments";
import { renderPage } from "./sheetml-page";
import { StyleBook } from "./sheetml-styles";
import { renderValidations } from "./sheetml-validations";
import type { SheetPart } from "./types";
import { NS_MAIN, NS_REL, rangeRef, XML_DECL } from "./sheetml-xml";

/** How the workbook the sheets go into counts dates. */
export interface RenderOptions {
  /** The workbook uses the 1904 date system (workbookPr date1904): day serials are 1462 days smaller. */
  date1904?: boolean;
}

/** One spec as a worksheet part; its styles go into `styles`. `index` numbers its ids apart from the other new sheets'. */
export function renderSheet(spec: SheetSpec, styles: StyleBook, index: number, options: RenderOptions = {}): SheetPart {
  const cells = renderCells(options.date1904 ? in1904(spec) : spec, styles);
  const page = renderPage(spec);
  const bars = renderDataBars(spec, index);
  const comments = renderComments(spec, index);
  // CT_Worksheet's order: sheetPr, dimension, sheetViews, sheetFormatPr, cols, sheetData, mergeCells,
  // conditionalFormatting, dataValidations, printOptions, pageMargins, pageSetup, headerFooter, legacyDrawing, extLst.
  const xml =
    `${XML_DECL}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    page.sheetPr +
    `<dimension ref="${rangeRef(1, 0, cells.lastRow, cells.lastCol)}"/>` +
    page.sheetViews +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    cells.cols +
    cells.sheetData +
    cells.mergeCells +
    bars.conditionalFormatting +
    renderValidations(spec) +
    page.print +
    comments.legacyDrawing +
    bars.extLst +
    "</worksheet>";
  return { name: spec.name, hidden: spec.hidden || undefined, xml, related: comments.related, definedNames: page.definedNames };
}

/** Days between the 1900 and the 1904 date systems' day 0. */
const DAYS_1904 = 1462;

/**
 * Dates travel in specs as day serials of the 1900 system in a column with a
 * date format (the merged ledger's); a 1904 workbook gets them shifted so they
 * show the same day.
 */
function in1904(spec: SheetSpec): SheetSpec {
  const dates = spec.columns.map((c) => !!c.numFmt && isDateFormat(c.numFmt));
  if (!dates.some(Boolean)) return spec;
  const rows = spec.rows.map((r) => r.map((v, i) => (dates[i] && typeof v === "number" && v >= DAYS_1904 ? v - DAYS_1904 : v)));
  return { ...spec, rows };
}

/**
 * Every spec as a worksheet part, in order, and the workbook's new styles.xml:
 * `originalStylesXml` with the new sheets' styles appended (every existing
 * index unchanged), or a minimal one when the package has none (null).
 */
export function renderSheets(specs: SheetSpec[], originalStylesXml: string | null, options: RenderOptions = {}): { sheets: SheetPart[]; stylesXml: string } {
  const styles = new StyleBook(originalStylesXml);
  const sheets = specs.map((s, i) => renderSheet(s, styles, i, options));
  return { sheets, stylesXml: styles.toXml() };
}
