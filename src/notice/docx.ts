// A small WordprocessingML (.docx, ECMA-376) writer: paragraphs of runs, tables
// and a footer with the page number, which is all the 通报 needs. Written with
// the package writer's own ZIP writer (src/xlsx/write/zip-write.ts), so the
// CLI, the task pane and the no-install page share it without the `docx`
// package (about 65 KB gzip of the page, issue 18). Browser-safe.
import { xmlAttr, xmlText } from "../xlsx/write/sheetml-xml";
import { writeZip } from "../xlsx/write/zip-write";

/** A run of text in one face (East Asian; Latin in `latin`) and size (half-points); `page` is the page number field. */
export interface Run {
  text?: string;
  page?: true;
  font: string;
  size: number;
}
export interface Para {
  runs: Run[];
  align?: "left" | "center" | "right";
  /** Exact line pitch in twips; none: single. */
  line?: number;
  firstLine?: number;
  right?: number;
}
export interface TableRowSpec {
  header?: boolean;
  cells: Para[];
}
export interface TableSpec {
  table: true;
  /** Column widths in twips; the table spans the text width. */
  widths: number[];
  rows: TableRowSpec[];
  /** Least row height in twips. */
  minHeight: number;
}
export interface DocSpec {
  title: string;
  creator: string;
  latin: string;
  font: string;
  size: number;
  page: { width: number; height: number; top: number; right: number; bottom: number; left: number; footer: number };
  body: (Para | TableSpec)[];
  footer: Para[];
}

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PR = "http://schemas.openxmlformats.org/package/2006/relationships";
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const fonts = (face: string, latin: string): string => `<w:rFonts w:ascii="${xmlAttr(latin)}" w:eastAsia="${xmlAttr(face)}" w:hAnsi="${xmlAttr(latin)}" w:cs="${xmlAttr(latin)}"/>`;
const runProps = (r: Pick<Run, "font" | "size">, latin: string): string => `<w:rPr>${fonts(r.font, latin)}<w:sz w:val="${r.size}"/><w:szCs w:val="${r.size}"/></w:rPr>`;

function run(r: Run, latin: string): string {
  const props = runProps(r, latin);
  if (!r.page) return `<w:r>${props}<w:t xml:space="preserve">${xmlText(r.text ?? "")}</w:t></w:r>`;
  const field = (type: string) => `<w:r>${props}<w:fldChar w:fldCharType="${type}"/></w:r>`;
  return `${field("begin")}<w:r>${props}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>${field("separate")}<w:r>${props}<w:t>1</w:t></w:r>${field("end")}`;
}

function para(p: Para, latin: string): string {
  const spacing = p.line ? `<w:spacing w:before="0" w:after="0" w:line="${p.line}" w:lineRule="exact"/>` : "";
  const ind = p.firstLine || p.right ? `<w:ind${p.right ? ` w:right="${p.right}"` : ""}${p.firstLine ? ` w:firstLine="${p.firstLine}"` : ""}/>` : "";
  const jc = p.align && p.align !== "left" ? `<w:jc w:val="${p.align}"/>` : "";
  return `<w:p><w:pPr>${spacing}${ind}${jc}</w:pPr>${p.runs.map((r) => run(r, latin)).join("")}</w:p>`;
}

function table(t: TableSpec, latin: string): string {
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const borders = ["top", "left", "bottom", "right", "insideH", "insideV"].map(border).join("");
  const row = (r: TableRowSpec) =>
    `<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="${t.minHeight}" w:hRule="atLeast"/>${r.header ? "<w:tblHeader/>" : ""}</w:trPr>` +
    r.cells.map((c, i) => `<w:tc><w:tcPr><w:tcW w:w="${t.widths[i]}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>${para(c, latin)}</w:tc>`).join("") +
    "</w:tr>";
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>` +
    `<w:tblGrid>${t.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>${t.rows.map(row).join("")}</w:tbl>`
  );
}

function documentXml(d: DocSpec): string {
  const g = d.page;
  const body = d.body.map((b) => ("table" in b ? table(b, d.latin) : para(b, d.latin))).join("");
  const sect =
    `<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter1"/><w:pgSz w:w="${g.width}" w:h="${g.height}" w:orient="portrait"/>` +
    `<w:pgMar w:top="${g.top}" w:right="${g.right}" w:bottom="${g.bottom}" w:left="${g.left}" w:header="851" w:footer="${g.footer}" w:gutter="0"/></w:sectPr>`;
  return `${HEAD}<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}${sect}</w:body></w:document>`;
}

const stylesXml = (d: DocSpec): string =>
  `${HEAD}<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault>${runProps(d, d.latin)}</w:rPrDefault><w:pPrDefault><w:pPr/></w:pPrDefault></w:docDefaults>` +
  `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>`;

const coreXml = (d: DocSpec): string =>
  `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
  `<dc:title>${xmlText(d.title)}</dc:title><dc:creator>${xmlText(d.creator)}</dc:creator></cp:coreProperties>`;

const rels = (items: [string, string, string][]): string =>
  `${HEAD}<Relationships xmlns="${PR}">${items.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join("")}</Relationships>`;

const TYPES =
  `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
  '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>' +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>';

const DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The .docx package of `d`. */
export function writeDocx(d: DocSpec, now: Date = new Date()): Uint8Array {
  const utf8 = new TextEncoder();
  const parts: [string, string][] = [
    ["[Content_Types].xml", TYPES],
    [
      "_rels/.rels",
      rels([
        ["rId1", `${DOC_REL}/officeDocument`, "word/document.xml"],
        ["rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"],
      ]),
    ],
    ["docProps/core.xml", coreXml(d)],
    ["word/document.xml", documentXml(d)],
    [
      "word/_rels/document.xml.rels",
      rels([
        ["rIdStyles", `${DOC_REL}/styles`, "styles.xml"],
        ["rIdFooter1", `${DOC_REL}/footer`, "footer1.xml"],
      ]),
    ],
    ["word/styles.xml", stylesXml(d)],
    ["word/footer1.xml", `${HEAD}<w:ftr xmlns:w="${W}" xmlns:r="${R}">${d.footer.map((p) => para(p, d.latin)).join("")}</w:ftr>`],
  ];
  return writeZip(
    parts.map(([name, xml]) => ({ name, bytes: utf8.encode(xml) })),
    now,
  );
}
