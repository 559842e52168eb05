// Surgery on the small XML parts of a package that adding or removing sheets
// must touch ([Content_Types].xml, relationships, the workbook part): elements
// are found as text (quotes respected, any namespace prefix) and removed or
// inserted in place, so everything else in those parts stays as it was
// written: extension lists, other writers' attributes, comments, spacing.
// Browser-safe: strings only.
import { decodeEntities } from "../xml";
import { xmlAttr } from "./sheetml-xml";

const ATTRS = `(?:[^>"']|"[^"]*"|'[^']*')*`;

/** A start or empty tag of `local` (any prefix) and, for a start tag, its content up to the matching end tag. */
export interface Found {
  /** Where the element starts and ends in the text. */
  from: number;
  to: number;
  /** The whole element as written. */
  text: string;
  /** The start (or empty) tag alone. */
  tag: string;
  /** The namespace prefix with its colon ("x:"), or "". */
  prefix: string;
  /** The text between the start and end tags ("" for an empty tag). */
  inner: string;
}

/** Every `local` element in `xml` (not nested in one another), in order. */
export function findAll(xml: string, local: string): Found[] {
  const re = new RegExp(`<((?:[\\w.-]+:)?)${local}(?=[\\s/>])${ATTRS}>`, "g");
  const out: Found[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    const tag = m[0];
    const prefix = m[1];
    const from = m.index;
    if (tag.endsWith("/>")) {
      out.push({ from, to: from + tag.length, text: tag, tag, prefix, inner: "" });
      continue;
    }
    const close = `</${prefix}${local}>`;
    const end = xml.indexOf(close, re.lastIndex);
    if (end < 0) break;
    const to = end + close.length;
    out.push({ from, to, text: xml.slice(from, to), tag, prefix, inner: xml.slice(re.lastIndex, end) });
    re.lastIndex = to;
  }
  return out;
}

export const findOne = (xml: string, local: string): Found | null => findAll(xml, local)[0] ?? null;

/** An attribute of a tag by its qualified name (`name`, `r:id`), entities decoded; null when absent. */
export function attrOf(tag: string, qname: string): string | null {
  const m = new RegExp(`\\s${qname.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? decodeEntities(m[1] ?? m[2]) : null;
}

/** An attribute by local name under any prefix (`r:id`, `ns2:id`). */
export function prefixedAttrOf(tag: string, local: string): string | null {
  const m = new RegExp(`\\s[\\w.-]+:${local}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? decodeEntities(m[1] ?? m[2]) : null;
}

/** The tag with attribute `qname` set to `value` (replaced in place, or added before the tag's end). */
export function withAttr(tag: string, qname: string, value: string): string {
  const re = new RegExp(`(\\s${qname.replace(/[.:]/g, "\\$&")}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, (_, head: string) => `${head}"${xmlAttr(value)}"`);
  const end = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, end)} ${qname}="${xmlAttr(value)}"${tag.slice(end)}`;
}

/** The tag without attribute `qname`. */
export const withoutAttr = (tag: string, qname: string): string => tag.replace(new RegExp(`\\s${qname.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"[^"]*"|'[^']*')`), "");

/** Text with the given spans removed and insertions made (positions in the original text). */
export function splice(xml: string, edits: { from: number; to: number; text: string }[]): string {
  const sorted = [...edits].sort((a, b) => a.from - b.from || a.to - b.to);
  let out = "";
  let at = 0;
  for (const e of sorted) {
    out += xml.slice(at, e.from) + e.text;
    at = Math.max(at, e.to);
  }
  return out + xml.slice(at);
}

/** The prefix (with colon) the root element binds to one of `uris`, or null. */
export function prefixFor(xml: string, uris: string[]): string | null {
  const re = /\sxmlns:([\w.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) if (uris.includes(m[2] ?? m[3])) return m[1] + ":";
  return null;
}

/** A relationship as written in a .rels part. */
export interface Rel {
  id: string;
  type: string;
  /** The target as written (relative, URI-escaped). */
  target: string;
  external: boolean;
  found: Found;
}

export function relsOf(xml: string): Rel[] {
  return findAll(xml, "Relationship").map((f) => ({
    id: attrOf(f.tag, "Id") ?? "",
    type: attrOf(f.tag, "Type") ?? "",
    target: attrOf(f.tag, "Target") ?? "",
    external: attrOf(f.tag, "TargetMode") === "External",
    found: f,
  }));
}

export const relXml = (id: string, type: string, target: string): string => `<Relationship Id="${xmlAttr(id)}" Type="${xmlAttr(type)}" Target="${xmlAttr(target)}"/>`;

/** An id not among `taken`: rId1, rId2, … */
export function freeId(taken: Set<string>, stem = "rId"): string {
  for (let i = 1; ; i++) {
    const id = `${stem}${i}`;
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

/** `target` (a part name from the package root) relative to the folder of `source` (also from the root). */
export function relativeTarget(source: string, target: string): string {
  const from = source.split("/").slice(0, -1);
  const to = target.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...Array(from.length - common).fill(".."), ...to.slice(common)].map((s) => (s === ".." ? s : encodeURI(s))).join("/");
}

/** The text before `</root>` (or at the end) with `insert` added, e.g. new Relationship or Override elements. */
export function beforeClose(xml: string, root: string, insert: string): string {
  const re = new RegExp(`</(?:[\\w.-]+:)?${root}>\\s*$`);
  const m = re.exec(xml);
  if (m) return xml.slice(0, m.index) + insert + xml.slice(m.index);
  // An empty root (`<Relationships …/>`): opened for the new children.
  const empty = new RegExp(`<((?:[\\w.-]+:)?)${root}(${ATTRS})/>`).exec(xml);
  if (empty) return xml.slice(0, empty.index) + `<${empty[1]}${root}${empty[2]}>${insert}</${empty[1]}${root}>` + xml.slice(empty.index + empty[0].length);
  return xml + insert;
}
