// Small .xlsx packages written part by part in the tests (a chart with its
// drawing, an Excel 2010 list validation, an .xlsm), zipped with fflate, so
// each test holds the exact bytes the package writer must keep.
import { zipSync, type Zippable } from "fflate";

export const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface UserSheet {
  name: string;
  /** The worksheet XML's sheetData children, e.g. `<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>`. */
  rows: string;
  /** Extra XML after sheetData (drawing, extLst…). */
  after?: string;
  /** The sheet's relationships: [id, type suffix, target relative to xl/worksheets/]. */
  rels?: [string, string, string][];
}

export interface PackageSpec {
  sheets: UserSheet[];
  /** More parts by name, with their content type (null: covered by a Default). */
  parts?: Record<string, { data: string | Uint8Array; type: string | null }>;
  /** The workbook's main content type (an .xlsm's differs). */
  mainType?: string;
  /** More workbook relationships: [type suffix, target relative to xl/]. */
  workbookRels?: [string, string][];
  /** `<definedNames>` children. */
  definedNames?: string;
  activeTab?: number;
  /** Compression level per part (0 stores it); default 6. */
  level?: (name: string) => number;
}

export const inline = (ref: string, text: string): string => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

export function makePackage(spec: PackageSpec): Uint8Array {
  const enc = (s: string | Uint8Array) => (typeof s === "string" ? new TextEncoder().encode(s) : s);
  const files: Record<string, string | Uint8Array> = {};
  const overrides: string[] = [];
  const wbRels: string[] = [`<Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/>`];
  const sheetEls: string[] = [];
  spec.sheets.forEach((s, i) => {
    const n = i + 1;
    files[`xl/worksheets/sheet${n}.xml`] = `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${s.rows}</sheetData>${s.after ?? ""}</worksheet>`;
    overrides.push(`<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
    wbRels.push(`<Relationship Id="rId${n}" Type="${REL}/worksheet" Target="worksheets/sheet${n}.xml"/>`);
    sheetEls.push(`<sheet name="${s.name}" sheetId="${n}" r:id="rId${n}"/>`);
    if (s.rels?.length) {
      files[`xl/worksheets/_rels/sheet${n}.xml.rels`] =
        `${DECL}<Relationships xmlns="${PKG_REL}">${s.rels.map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`).join("")}</Relationships>`;
    }
  });
  (spec.workbookRels ?? []).forEach(([type, target], i) => wbRels.push(`<Relationship Id="rIdX${i}" Type="${type.includes("://") ? type : `${REL}/${type}`}" Target="${target}"/>`));
  for (const [name, p] of Object.entries(spec.parts ?? {})) {
    files[name] = p.data;
    if (p.type) overrides.push(`<Override PartName="/${name}" ContentType="${p.type}"/>`);
  }
  const view = spec.activeTab !== undefined ? `<bookViews><workbookView activeTab="${spec.activeTab}"/></bookViews>` : "<bookViews><workbookView/></bookViews>";
  const names = spec.definedNames ? `<definedNames>${spec.definedNames}</definedNames>` : "";
  files["xl/workbook.xml"] = `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${REL}">${view}<sheets>${sheetEls.join("")}</sheets>${names}<calcPr calcId="191029"/></workbook>`;
  files["xl/_rels/workbook.xml.rels"] = `${DECL}<Relationships xmlns="${PKG_REL}">${wbRels.join("")}</Relationships>`;
  files["xl/styles.xml"] =
    `${DECL}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf xfId="0"/></cellXfs></styleSheet>`;
  files["_rels/.rels"] =
    `${DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`;
  files["docProps/app.xml"] =
    `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>工作表</vt:lpstr></vt:variant><vt:variant><vt:i4>${spec.sheets.length}</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="${spec.sheets.length}" baseType="lpstr">${spec.sheets.map((s) => `<vt:lpstr>${s.name}</vt:lpstr>`).join("")}</vt:vector></TitlesOfParts></Properties>`;
  files["[Content_Types].xml"] =
    `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="${spec.mainType ?? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"}"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
    `<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>${overrides.join("")}</Types>`;
  const level = spec.level ?? (() => 6);
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(files)) zippable[name] = [enc(data), { level: level(name) as 0 | 6 }];
  return zipSync(zippable, { mtime: new Date(2024, 0, 2, 3, 4, 5) });
}

/** A bar chart over Sheet1!A1:A3, its drawing anchoring it, and the parts' content types. */
export function chartParts(): PackageSpec["parts"] {
  const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
  const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
  const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
  return {
    "xl/drawings/drawing1.xml": {
      type: "application/vnd.openxmlformats-officedocument.drawing+xml",
      data: `${DECL}<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}"><xdr:twoCellAnchor><xdr:from><xdr:col>2</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" xmlns:r="${REL}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`,
    },
    "xl/drawings/_rels/drawing1.xml.rels": {
      type: null,
      data: `${DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart1.xml"/></Relationships>`,
    },
    "xl/charts/chart1.xml": {
      type: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
      data: `${DECL}<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${REL}"><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>投资完成</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:plotArea><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>Sheet1!$A$1:$A$3</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`,
    },
  };
}

/** An Excel 2010 list validation (x14, in the worksheet's extension list) whose list is on another sheet. */
export const X14_VALIDATION =
  `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">` +
  `<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1" showErrorMessage="1">` +
  `<x14:formula1><xm:f>列表!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>B2:B100</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>`;
