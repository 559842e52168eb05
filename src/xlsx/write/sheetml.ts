// The engine's sheet descriptions (SheetSpec) as SpreadsheetML worksheet parts
// and an append-only styles.xml, for the package writer (never-lose issue §1)
// to put into the user's workbook. Browser-safe: strings in, strings out, no
// Node fs, zlib or Buffer, no ExcelJS. Each concern has its own file:
// cells and strings, styles, page setup, validations, data bars, comments.
// Charts (spec.chart) are drawn only by the Office.js host.
import type { SheetSpec } from "../../engine/sheets/types";
import { renderCells } from "./sheetml-cells";
import { renderDataBars } from "./sheetml-cf";
import { renderComments } from "./sheetml-comments";
import { renderPage } from "./sheetml-page";
import { StyleBook } from "./sheetml-styles";
import { renderValidations } from "./sheetml-validations";
import type { SheetPart } from "./types";
import { NS_MAIN, NS_REL, rangeRef, XML_DECL } from "./sheetml-xml";

/** One spec as a worksheet part; its styles go into `styles`. `index` numbers its ids apart from the other new sheets'. */
export function renderSheet(spec: SheetSpec, styles: StyleBook, index: number): SheetPart {
  const cells = renderCells(spec, styles);
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

/**
 * Every spec as a worksheet part, in order, and the workbook's new styles.xml:
 * `originalStylesXml` with the new sheets' styles appended (every existing
 * index unchanged), or a minimal one when the package has none (null).
 */
export function renderSheets(specs: SheetSpec[], originalStylesXml: string | null): { sheets: SheetPart[]; stylesXml: string } {
  const styles = new StyleBook(originalStylesXml);
  const sheets = specs.map((s, i) => renderSheet(s, styles, i));
  return { sheets, stylesXml: styles.toXml() };
}
