// Workbooks written part by part, for the cases no library writes on request
// (a formula cached as 0, cells without `r`, rich shared strings, 1904 dates,
// prefixed tags): the sheet XML is given as typed, the rest is filled in.
import JSZip from "jszip";

export const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface CraftSheet {
  name: string;
  /** The worksheet's children (`<sheetData>…</sheetData><mergeCells>…`), or a whole document with `xml`. */
  body?: string;
  xml?: string;
  /** The sheet's own relationships part (hyperlinks), as XML. */
  rels?: string;
  /** A chart sheet: listed in workbook.xml, but not a worksheet. */
  chart?: boolean;
}

export interface CraftOptions {
  sheets: CraftSheet[];
  /** The `<si>` items of xl/sharedStrings.xml, as XML. */
  sharedStrings?: string[];
  /** The whole of xl/styles.xml. */
  styles?: string;
  date1904?: boolean;
  /** Store the parts without compression (ZIP method 0). */
  store?: boolean;
  /** Where the sheets live; targets are written absolute (`/xl/…`) when set. */
  absoluteTargets?: boolean;
}

const escapeAttr = (s: string): string => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** A plain text shared string item. */
export const si = (text: string): string => `<si><t xml:space="preserve">${text}</t></si>`;

export async function craftXlsx(o: CraftOptions): Promise<Buffer> {
  const zip = new JSZip();
  const overrides: string[] = [];
  const wbRels: string[] = [];
  const sheetEls: string[] = [];
  o.sheets.forEach((s, i) => {
    const n = i + 1;
    const part = s.chart ? `chartsheets/sheet${n}.xml` : `worksheets/sheet${n}.xml`;
    const type = s.chart ? "chartsheet" : "worksheet";
    const xml = s.xml ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}" xmlns:r="${REL_NS}">${s.body ?? ""}</worksheet>`;
    zip.file(`xl/${part}`, xml);
    if (s.rels) zip.file(`xl/${part.replace(/[^/]+$/, (f) => `_rels/${f}.rels`)}`, s.rels);
    overrides.push(`<Override PartName="/xl/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.${type}+xml"/>`);
    wbRels.push(`<Relationship Id="rId${n}" Type="${REL_NS}/${type}" Target="${o.absoluteTargets ? "/xl/" : ""}${part}"/>`);
    sheetEls.push(`<sheet name="${escapeAttr(s.name)}" sheetId="${n}" r:id="rId${n}"/>`);
  });
  const extra = o.sheets.length;
  if (o.sharedStrings) {
    zip.file("xl/sharedStrings.xml", `<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="${NS}" count="${o.sharedStrings.length}" uniqueCount="${o.sharedStrings.length}">${o.sharedStrings.join("")}</sst>`);
    wbRels.push(`<Relationship Id="rId${extra + 1}" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>`);
    overrides.push(`<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`);
  }
  if (o.styles) {
    zip.file("xl/styles.xml", o.styles);
    wbRels.push(`<Relationship Id="rId${extra + 2}" Type="${REL_NS}/styles" Target="styles.xml"/>`);
    overrides.push(`<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`);
  }
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides.join("")}</Types>`,
  );
  zip.file("_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file("xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="${PKG_REL_NS}">${wbRels.join("")}</Relationships>`);
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8"?>\n<workbook xmlns="${NS}" xmlns:r="${REL_NS}"><workbookPr${o.date1904 ? ' date1904="1"' : ""}/><sheets>${sheetEls.join("")}</sheets></workbook>`,
  );
  return zip.generateAsync({ type: "nodebuffer", compression: o.store ? "STORE" : "DEFLATE" });
}

/** xl/styles.xml whose cell styles have these number formats (custom ones from id 164). */
export function stylesWith(numFmtIds: number[], custom: Record<number, string> = {}): string {
  const fmts = Object.entries(custom).map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
  const xfs = numFmtIds.map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"${id ? ' applyNumberFormat="1"' : ""}/>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<styleSheet xmlns="${NS}">${fmts.length ? `<numFmts count="${fmts.length}">${fmts.join("")}</numFmts>` : ""}<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs></styleSheet>`;
}
