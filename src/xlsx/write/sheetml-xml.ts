// Text into SpreadsheetML: XML escaping, the characters XML 1.0 cannot carry,
// Excel's own `_xHHHH_` escape, cell references and quoted sheet names.
// Browser-safe: plain strings only.
import { columnLetter } from "../../engine/parse/table";

/** Characters XML 1.0 forbids (§2.2 Char): C0 controls but tab, LF, CR; U+FFFE/FFFF; lone surrogates. */
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text with every character XML 1.0 forbids dropped. */
export const xmlChars = (s: string): string => s.replace(FORBIDDEN, "");

/**
 * Excel reads `_x001B_` in text as the character U+001B (ECMA-376 Part 1,
 * 22.9.2.19 ST_Xstring); a user's literal `_x001B_` is kept by escaping its
 * underscore as `_x005F_`.
 */
const XSTRING = /_(x[0-9A-Fa-f]{4}_)/g;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;" };
const ATTR_ESCAPES: Record<string, string> = { ...ESCAPES, "\n": "&#10;", "\t": "&#9;" };

/** Element text: escaped, forbidden characters dropped, CR kept as `&#13;` (a raw CR reads as LF). */
export const xmlText = (s: string): string => xmlChars(s).replace(/[&<>"\r]/g, (c) => ESCAPES[c]);

/** Attribute value: as text, and line breaks and tabs as references (raw ones read as spaces). */
export const xmlAttr = (s: string): string => xmlChars(s).replace(/[&<>"\r\n\t]/g, (c) => ATTR_ESCAPES[c]);

/** Cell or comment text (ST_Xstring): as element text, a literal `_xHHHH_` kept literal. */
export const xstring = (s: string): string => xmlText(s.replace(XSTRING, "_x005F_$1"));

/** `<t>` with xml:space="preserve" where leading or trailing white space or line breaks would otherwise be lost. */
export function tElement(s: string, prefix = ""): string {
  const preserve = /^\s|\s$|\n/.test(s) ? ' xml:space="preserve"' : "";
  return `<${prefix}t${preserve}>${xstring(s)}</${prefix}t>`;
}

/** A1 reference of a 1-based row and 0-based column. */
export const cellRef = (row: number, col0: number): string => `${columnLetter(col0)}${row}`;

/** A range reference from 1-based rows and 0-based columns. */
export const rangeRef = (row1: number, col1: number, row2: number, col2: number): string => (row1 === row2 && col1 === col2 ? cellRef(row1, col1) : `${cellRef(row1, col1)}:${cellRef(row2, col2)}`);

/** A sheet name as formulas quote it: `'排名-乡镇'`, inner quotes doubled. */
export const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** A number as xsd:double text; null when it is not finite (the caller writes it as text). */
export function numberText(n: number): string | null {
  if (!Number.isFinite(n)) return null;
  return Object.is(n, -0) ? "0" : String(n);
}

/** Attributes from a record, skipping undefined; values escaped. */
export function attrs(a: Record<string, string | number | boolean | undefined>): string {
  let s = "";
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined) continue;
    s += ` ${k}="${xmlAttr(typeof v === "boolean" ? (v ? "1" : "0") : String(v))}"`;
  }
  return s;
}

export const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
