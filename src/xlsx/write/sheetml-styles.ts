// xl/styles.xml, append-only (never-lose issue §1): the user's fonts, fills,
// borders, number formats and cell formats keep their indices, and the styles
// of the new sheets are added after them. Counts are taken from the elements
// present (a wrong `count` attribute is common in files other tools wrote),
// a prefixed stylesheet (`<x:styleSheet>`) gets prefixed additions, and a
// missing list is inserted where the schema puts it.
import { SHEET_FONT } from "../../engine/sheets/print";
import { attrs, XML_DECL, NS_MAIN, xmlAttr } from "./sheetml-xml";

export interface FontStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  /** ARGB, e.g. FF595959. */
  color?: string;
}

export interface CellStyle {
  font?: FontStyle;
  /** Solid fill, ARGB. */
  fill?: string;
  /** Thin grey border on every side. */
  border?: boolean;
  numFmt?: string | null;
  horizontal?: "center" | "left" | "right";
  vertical?: "top" | "center";
  wrap?: boolean;
}

/** The lists of styles.xml in schema order (CT_Stylesheet). */
const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"] as const;
type ListName = (typeof ORDER)[number];
/** The element each list holds. */
const ITEM: Partial<Record<ListName, string>> = {
  numFmts: "numFmt",
  fonts: "font",
  fills: "fill",
  borders: "border",
  cellStyleXfs: "xf",
  cellXfs: "xf",
  cellStyles: "cellStyle",
  dxfs: "dxf",
};

/** Excel's built-in number formats this project uses (ECMA-376 Part 1, 18.8.30). */
const BUILTIN_FORMATS: Record<string, number> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10, "@": 49 };
const FIRST_CUSTOM_FORMAT = 164;
const BORDER_COLOR = "FFBFBFBF";
/** CJK charset (GB2312) on every font, so Excel picks the face for Chinese text. */
const CHARSET = 134;

interface ListSpan {
  /** Index of `<fonts` (or of the self-closing tag), end of the open tag, start of `</fonts>`, end of all. */
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
  selfClosing: boolean;
}

/** Where list `name` sits among the stylesheet's direct children, or null. */
function findList(xml: string, prefix: string, name: string): ListSpan | null {
  const open = new RegExp(`<${prefix}${name}(?=[\\s/>])[^>]*>`, "g");
  const m = open.exec(xml);
  if (!m) return null;
  const start = m.index;
  const openEnd = start + m[0].length;
  if (m[0].endsWith("/>")) return { start, openEnd, closeStart: openEnd, end: openEnd, selfClosing: true };
  const close = `</${prefix}${name}>`;
  const closeStart = xml.indexOf(close, openEnd);
  if (closeStart < 0) throw new Error(`styles.xml: <${name}> is not closed`);
  return { start, openEnd, closeStart, end: closeStart + close.length, selfClosing: false };
}

/** The elements `item` directly inside `inner`, each as its start tag and its whole text (comments and processing instructions passed over). */
function children(inner: string, item: string): { start: string; whole: string }[] {
  const found: { start: string; whole: string }[] = [];
  let depth = 0;
  let open: { start: string; from: number } | null = null;
  const tag = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<(\/?)([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)([^>]*?)(\/?)>/g;
  for (let m = tag.exec(inner); m; m = tag.exec(inner)) {
    if (m[3] === undefined) continue; // comment, PI, CDATA
    if (m[1]) {
      depth--;
      if (depth === 0 && open) {
        found.push({ start: open.start, whole: inner.slice(open.from, m.index + m[0].length) });
        open = null;
      }
      continue;
    }
    if (depth === 0 && m[3] === item) {
      if (m[5]) found.push({ start: m[0], whole: m[0] });
      else open = { start: m[0], from: m.index };
    }
    if (!m[5]) depth++;
  }
  return found;
}

const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);

const decode = (s: string): string =>
  s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e[0] === "#" ? String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" } as Record<string, string>)[e],
  );

const MINIMAL = `${XML_DECL}<styleSheet xmlns="${NS_MAIN}"><fonts count="1"><font><sz val="11"/><name val="${SHEET_FONT}"/><charset val="${CHARSET}"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** The items a list gets when it is empty, so index 0 (and fill 1) keep the meaning Excel gives them. */
const SEED: Partial<Record<ListName, string[]>> = {
  fonts: [`<font><sz val="11"/><name val="${SHEET_FONT}"/><charset val="${CHARSET}"/></font>`],
  fills: ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'],
  borders: ["<border><left/><right/><top/><bottom/><diagonal/></border>"],
  cellStyleXfs: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'],
  cellXfs: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'],
};

/**
 * The styles of an existing styles.xml, with new ones appended on demand:
 * `xf(style)` gives the cellXfs index of a style (the same index for the same
 * style), and `toXml()` the new styles.xml.
 */
export class StyleBook {
  private readonly xml: string;
  private readonly prefix: string;
  private readonly counts = new Map<ListName, number>();
  private readonly added = new Map<ListName, string[]>();
  private readonly keys = new Map<string, number>();
  /** Number formats by code: the user's and ours. */
  private readonly formats = new Map<string, number>();
  private nextFormat = FIRST_CUSTOM_FORMAT;

  constructor(original: string | null) {
    this.xml = original ?? MINIMAL;
    const root = /<([A-Za-z_][\w.-]*:)?styleSheet[\s>]/.exec(this.xml);
    if (!root) throw new Error("styles.xml: no <styleSheet>");
    this.prefix = root[1] ?? "";
    for (const name of ORDER) {
      const item = ITEM[name];
      if (!item) continue;
      const span = findList(this.xml, this.prefix, name);
      const items = span ? children(this.xml.slice(span.openEnd, span.closeStart), item) : [];
      this.counts.set(name, items.length);
      // An entry written exactly as this writer writes it (a sheet ranked before) is used again, not repeated.
      if (!this.prefix) items.forEach((x, i) => this.keys.has(`${name}\u0000${x.whole}`) || this.keys.set(`${name}\u0000${x.whole}`, i));
      if (name === "numFmts") {
        for (const { start: tag } of items) {
          const id = Number(attr(tag, "numFmtId"));
          const code = attr(tag, "formatCode");
          if (!Number.isInteger(id)) continue;
          if (code !== undefined && !this.formats.has(decode(code))) this.formats.set(decode(code), id);
          this.nextFormat = Math.max(this.nextFormat, id + 1);
        }
      }
    }
    for (const [name, items] of Object.entries(SEED) as [ListName, string[]][]) {
      if (this.counts.get(name) === 0) items.forEach((x) => this.append(name, x));
    }
    if (this.added.has("cellStyleXfs") && this.counts.get("cellStyles") === 0) {
      this.append("cellStyles", '<cellStyle name="Normal" xfId="0" builtinId="0"/>');
    }
  }

  private size(name: ListName): number {
    return (this.counts.get(name) ?? 0) + (this.added.get(name)?.length ?? 0);
  }

  private append(name: ListName, item: string): number {
    const list = this.added.get(name) ?? [];
    list.push(item);
    this.added.set(name, list);
    return this.size(name) - 1;
  }

  /** Index of an item in a list, appended once. */
  private intern(name: ListName, item: string): number {
    const key = `${name}\u0000${item}`;
    let i = this.keys.get(key);
    if (i === undefined) {
      i = this.append(name, item);
      this.keys.set(key, i);
    }
    return i;
  }

  /** The id of a number format: built-in, the user's own for the same code, or a new one past every id in use. */
  numFmtId(code: string | null | undefined): number {
    if (!code) return 0;
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    let id = this.formats.get(code);
    if (id === undefined) {
      id = this.nextFormat++;
      this.formats.set(code, id);
      this.append("numFmts", `<numFmt${attrs({ numFmtId: id, formatCode: code })}/>`);
    }
    return id;
  }

  private fontId(f: FontStyle = {}): number {
    const x =
      `<font>${f.bold ? "<b/>" : ""}${f.italic ? "<i/>" : ""}<sz val="${f.size ?? 11}"/>` +
      `${f.color ? `<color rgb="${xmlAttr(f.color)}"/>` : ""}<name val="${SHEET_FONT}"/><charset val="${CHARSET}"/></font>`;
    return this.intern("fonts", x);
  }

  private fillId(argb: string | undefined): number {
    if (!argb) return 0;
    return this.intern("fills", `<fill><patternFill patternType="solid"><fgColor rgb="${xmlAttr(argb)}"/><bgColor indexed="64"/></patternFill></fill>`);
  }

  private borderId(thin: boolean | undefined): number {
    if (!thin) return this.intern("borders", "<border><left/><right/><top/><bottom/><diagonal/></border>");
    const side = (s: string): string => `<${s} style="thin"><color rgb="${BORDER_COLOR}"/></${s}>`;
    return this.intern("borders", `<border>${["left", "right", "top", "bottom"].map(side).join("")}<diagonal/></border>`);
  }

  /** The cellXfs index of `s`. Every style names its font (issue 20 item 2). */
  xf(s: CellStyle): number {
    const numFmtId = this.numFmtId(s.numFmt);
    const align = s.horizontal || s.vertical || s.wrap ? `<alignment${attrs({ horizontal: s.horizontal, vertical: s.vertical, wrapText: s.wrap || undefined })}/>` : "";
    const x =
      `<xf${attrs({ numFmtId, fontId: this.fontId(s.font), fillId: this.fillId(s.fill), borderId: this.borderId(s.border), xfId: 0 })}` +
      ` applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1"${align ? ' applyAlignment="1">' + align + "</xf>" : "/>"}`;
    return this.intern("cellXfs", x);
  }

  /** The styles.xml: the original text with the new items appended to their lists and the counts corrected. */
  toXml(): string {
    let xml = this.xml;
    // From the last list back, so earlier offsets stay valid.
    for (const name of [...ORDER].reverse()) {
      const items = this.added.get(name);
      if (!items?.length) continue;
      const p = this.prefix;
      const body = p ? items.map((x) => x.replace(/<(\/?)(?=[A-Za-z])/g, `<$1${p}`)).join("") : items.join("");
      const count = this.size(name);
      const span = findList(xml, p, name);
      if (span) {
        const openTag = xml.slice(span.start, span.openEnd).replace(/\/>$/, ">");
        const withCount = /\scount\s*=\s*("[^"]*"|'[^']*')/.test(openTag) ? openTag.replace(/(\scount\s*=\s*)("[^"]*"|'[^']*')/, `$1"${count}"`) : openTag.replace(/>$/, ` count="${count}">`);
        const inner = span.selfClosing ? "" : xml.slice(span.openEnd, span.closeStart);
        xml = `${xml.slice(0, span.start)}${withCount}${inner}${body}</${p}${name}>${xml.slice(span.end)}`;
      } else {
        const list = `<${p}${name} count="${count}">${body}</${p}${name}>`;
        xml = insertList(xml, p, name, list);
      }
    }
    return xml;
  }
}

/** Inserts a missing list before the first list that follows it in schema order, else before `</styleSheet>`. */
function insertList(xml: string, prefix: string, name: ListName, list: string): string {
  for (const later of ORDER.slice(ORDER.indexOf(name) + 1)) {
    const span = findList(xml, prefix, later);
    if (span) return xml.slice(0, span.start) + list + xml.slice(span.start);
  }
  const close = xml.lastIndexOf(`</${prefix}styleSheet>`);
  if (close >= 0) return xml.slice(0, close) + list + xml.slice(close);
  // `<styleSheet .../>`: an empty stylesheet.
  return xml.replace(new RegExp(`<${prefix}styleSheet([^>]*?)\\s*/>`), `<${prefix}styleSheet$1>${list}</${prefix}styleSheet>`);
}
