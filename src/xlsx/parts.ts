// The small parts of an .xlsx around the sheets: where the workbook and its
// sheets are (relationships), the sheet list and date system, the shared
// strings and, for the 1904 date system only, which styles are dates.
import { decodeXstring, XmlScanner } from "./xml";

export interface Relationship {
  type: string;
  /** Part name inside the archive, resolved against the source part. */
  target: string;
}

/** `xl/_rels/workbook.xml.rels` for `xl/workbook.xml` (OPC, ECMA-376 Part 2, 9.3). */
export const relsPathOf = (part: string): string => {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};

/** A relationship target resolved against the folder of the part it belongs to. */
export function resolveTarget(sourcePart: string, target: string): string {
  const segments = target.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const seg of target.replace(/^\//, "").split("/")) {
    if (seg === "..") segments.pop();
    else if (seg !== "." && seg !== "") segments.push(seg);
  }
  return segments.join("/");
}

/** The relationships of `sourcePart`, by id; external targets (hyperlinks) are left out. */
export function parseRels(xml: string | null, sourcePart: string): Map<string, Relationship> {
  const out = new Map<string, Relationship>();
  if (xml === null) return out;
  const x = new XmlScanner(xml);
  while (x.next()) {
    if (x.closing || x.name !== "Relationship") continue;
    const id = x.attr("Id");
    const target = x.attr("Target");
    if (id === null || target === null || x.attr("TargetMode") === "External") continue;
    out.set(id, { type: x.attr("Type") ?? "", target: resolveTarget(sourcePart, decodeURI(target)) });
  }
  return out;
}

/** The relationship of a type (`…/officeDocument`, `…/sharedStrings`), transitional or strict namespace alike. */
export function relOfType(rels: Map<string, Relationship>, kind: string): Relationship | undefined {
  for (const r of rels.values()) if (r.type.endsWith("/" + kind)) return r;
  return undefined;
}

export interface SheetEntry {
  name: string;
  relId: string;
}

export interface WorkbookPart {
  /** The sheets in workbook order (the order of the tabs), names exactly as stored. */
  sheets: SheetEntry[];
  date1904: boolean;
}

const truthy = (v: string | null): boolean => v === "1" || v === "true";

export function parseWorkbook(xml: string): WorkbookPart {
  const x = new XmlScanner(xml);
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  while (x.next()) {
    if (x.closing) continue;
    if (x.name === "workbookPr") date1904 = truthy(x.attr("date1904"));
    else if (x.name === "sheet") {
      const name = x.attr("name");
      const relId = x.prefixedAttr("id");
      if (name !== null && relId !== null) sheets.push({ name, relId });
    }
  }
  return { sheets, date1904 };
}

/** Text of the `<t>` elements of an `<si>` or `<is>`: rich text runs joined, phonetic guides (`<rPh>`) left out. */
export function readStringItem(x: XmlScanner): string {
  if (x.selfClosing) return "";
  const end = x.name;
  let text = "";
  let depth = 0;
  while (x.next()) {
    if (x.closing) {
      if (depth === 0 && x.name === end) break;
      depth--;
      continue;
    }
    if (x.name === "rPh") {
      x.skipElement();
      continue;
    }
    if (x.name === "t") text += x.text();
    if (!x.selfClosing) depth++;
  }
  return decodeXstring(text);
}

export function parseSharedStrings(xml: string | null): string[] {
  const out: string[] = [];
  if (xml === null) return out;
  const x = new XmlScanner(xml);
  while (x.next()) if (!x.closing && x.name === "si") out.push(readStringItem(x));
  return out;
}

/**
 * Built-in number formats that show dates or times (ECMA-376 Part 1, 18.8.30;
 * 27–36 and 50–58 are the East Asian date formats, e.g. 31 = yyyy"年"m"月"d"日").
 */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A format code that shows a date or time: y m d h s (or b, the Buddhist year) outside quotes, brackets and escapes. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, ""); // [Red], [$-804] go; elapsed time [h] stays
  return /[ymdhsb]/i.test(bare);
}

/** For each cell style index (`s="…"`), whether its number format is a date; only read for 1904 workbooks. */
export function parseDateStyles(xml: string | null): boolean[] {
  if (xml === null) return [];
  const custom = new Map<number, string>();
  const out: boolean[] = [];
  const x = new XmlScanner(xml);
  let inCellXfs = false;
  while (x.next()) {
    if (x.name === "cellXfs") inCellXfs = !x.closing && !x.selfClosing;
    if (x.closing) continue;
    if (x.name === "numFmt") custom.set(Number(x.attr("numFmtId")), x.attr("formatCode") ?? "");
    else if (x.name === "xf" && inCellXfs) {
      const id = Number(x.attr("numFmtId") ?? 0);
      const code = custom.get(id);
      out.push(code !== undefined ? isDateFormat(code) : BUILT_IN_DATES.has(id));
      x.skipElement();
    }
  }
  return out;
}
