// The notes on header cells (what a column takes) as comments, with the VML
// drawing Excel needs to show them (the legacy drawing of the worksheet).
import { BODY_POINTS, SHEET_FONT } from "../../engine/sheets/print";
import { headerRowOf, type SheetSpec } from "../../engine/sheets/types";
import type { RelatedPart } from "./types";
import { cellRef, NS_MAIN, tElement, XML_DECL } from "./sheetml-xml";

export const COMMENTS_REL_ID = "rId1";
export const VML_REL_ID = "rId2";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const AUTHOR = "sanpi";
/** Note boxes: 4 columns wide, 5 rows tall, right of the cell. */
const BOX_COLUMNS = 3;
const BOX_ROWS = 5;

function commentsXml(spec: SheetSpec, row: number): string {
  const items = spec.columns.flatMap((c, i) =>
    c.note
      ? [`<comment ref="${cellRef(row, i)}" authorId="0"><text><r><rPr><sz val="${BODY_POINTS - 2}"/><rFont val="${SHEET_FONT}"/><charset val="134"/></rPr>${tElement(c.note)}</r></text></comment>`]
      : [],
  );
  return `${XML_DECL}<comments xmlns="${NS_MAIN}"><authors><author>${AUTHOR}</author></authors><commentList>${items.join("")}</commentList></comments>`;
}

function vmlXml(spec: SheetSpec, row: number, sheetIndex: number): string {
  // Each sheet's shapes get their own id block (o:idmap), so ids never repeat across sheets.
  const block = 100 + sheetIndex;
  const shapes = spec.columns.flatMap((c, i) => {
    if (!c.note) return [];
    const id = block * 1024 + 1 + i;
    const anchor = [i + 1, 15, row - 1, 2, i + 1 + BOX_COLUMNS, 15, row - 1 + BOX_ROWS, 16].join(", ");
    return [
      `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:160pt;height:80pt;z-index:${i + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
        '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
        '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
        `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row - 1}</x:Row><x:Column>${i}</x:Column></x:ClientData></v:shape>`,
    ];
  });
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>` +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    `${shapes.join("")}</xml>`
  );
}

/** The comments and VML parts of a sheet whose columns have notes, and the worksheet's <legacyDrawing>; none without notes. */
export function renderComments(spec: SheetSpec, sheetIndex: number): { related: RelatedPart[]; legacyDrawing: string } {
  if (!spec.columns.some((c) => c.note)) return { related: [], legacyDrawing: "" };
  const row = headerRowOf(spec);
  return {
    related: [
      {
        id: COMMENTS_REL_ID,
        type: `${REL}/comments`,
        contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
        folder: "xl",
        stem: "comments",
        extension: "xml",
        data: commentsXml(spec, row),
      },
      {
        id: VML_REL_ID,
        type: `${REL}/vmlDrawing`,
        contentType: "application/vnd.openxmlformats-officedocument.vmlDrawing",
        folder: "xl/drawings",
        stem: "vmlDrawing",
        extension: "vml",
        data: vmlXml(spec, row, sheetIndex),
      },
    ],
    legacyDrawing: `<legacyDrawing r:id="${VML_REL_ID}"/>`,
  };
}
