// How a new sheet opens and prints: frozen panes, A4 page setup fitted as
// print.ts decides, page numbers in the footer, and the rows (and columns)
// repeated on every page as the sheet's `_xlnm.Print_Titles`.
import { footerOf, printLayout } from "../../engine/sheets/print";
import { headerRowOf, type SheetSpec } from "../../engine/sheets/types";
import type { SheetDefinedName } from "./types";
import { attrs, cellRef, quoteSheet, xmlText } from "./sheetml-xml";
import { columnLetter } from "../../engine/parse/table";

/** A4 in Excel's paper-size codes. */
const A4 = 9;

export interface PageXml {
  sheetPr: string;
  sheetViews: string;
  /** printOptions, pageMargins, pageSetup and headerFooter, in schema order. */
  print: string;
  definedNames: SheetDefinedName[];
}

/** The pane frozen under the header (and right of 名次 and 单位 on a ranking). */
function sheetViews(spec: SheetSpec): string {
  const ySplit = headerRowOf(spec);
  const xSplit = spec.kind === "ranking" ? 2 : 0;
  const topLeft = cellRef(ySplit + 1, xSplit);
  const active = xSplit ? "bottomRight" : "bottomLeft";
  const pane = `<pane${attrs({ xSplit: xSplit || undefined, ySplit, topLeftCell: topLeft, activePane: active, state: "frozen" })}/>`;
  return `<sheetViews><sheetView workbookViewId="0">${pane}<selection pane="${active}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`;
}

/** Manual page breaks above the given 1-based rows (CT_PageBreak: a break's id is the last row before it). */
const rowBreaks = (rows: number[]): string =>
  rows.length ? `<rowBreaks count="${rows.length}" manualBreakCount="${rows.length}">${rows.map((r) => `<brk id="${r - 1}" max="16383" man="1"/>`).join("")}</rowBreaks>` : "";

export function renderPage(spec: SheetSpec): PageXml {
  const layout = printLayout(spec);
  const setup = attrs({
    paperSize: A4,
    orientation: layout.landscape ? "landscape" : "portrait",
    fitToWidth: layout.pagesWide,
    fitToHeight: layout.pagesTall,
  });
  const footer = `<headerFooter><oddFooter>&amp;C${xmlText(footerOf(spec))}</oddFooter></headerFooter>`;
  const print =
    '<printOptions horizontalCentered="1"/>' + '<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' + `<pageSetup${setup}/>${footer}${rowBreaks(layout.rowBreaks)}`;
  const [from, to] = layout.repeatRows;
  const sheet = quoteSheet(spec.name);
  const rows = `${sheet}!$${from}:$${to}`;
  const columns = layout.repeatColumns ? `${sheet}!$A:$${columnLetter(layout.repeatColumns - 1)},` : "";
  return {
    sheetPr: '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>',
    sheetViews: sheetViews(spec),
    print,
    definedNames: [{ name: "_xlnm.Print_Titles", formula: columns + rows }],
  };
}
