// A small pull scanner for the XML of an .xlsx: tags one by one, attributes on
// demand, text only where asked. No tree is built and no text is copied that
// nobody reads, which is what makes reading a big sheet cheap. Prefixed
// element names (`<x:c>`) are read by their local name.

const GT = 62; // >
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const DQ = 34;
const SQ = 39;
const COLON = 58;
const EQ = 61;

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const REFERENCE = /&([^&;<\s]*)(;?)/g;

/**
 * Malformed XML in a part (XML 1.0: a reference to no character or to one XML
 * cannot carry, an undeclared entity, a DOCTYPE, a CDATA section or comment
 * never closed). Every command refuses it alike; `row` (1-based) and `part`
 * are filled in by the sheet and book readers as the error passes up.
 */
export class XmlError extends Error {
  row: number | null = null;
  part: string | null = null;
  sheet: string | null = null;
  constructor(readonly what: string) {
    super(what);
  }
}

/** XML 1.0 §2.2 Char: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF. */
const isXmlChar = (c: number): boolean => c === 9 || c === 10 || c === 13 || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);

/** XML's end-of-line handling (XML 1.0 §2.11): a raw CR LF or CR reads as LF; only `&#13;` or `_x000D_` is a CR. */
const lineEnds = (t: string): string => (t.indexOf("\r") < 0 ? t : t.replace(/\r\n?/g, "\n"));

/** Text content as read: line ends normalised, then entities decoded. */
const content = (t: string): string => decodeEntities(lineEnds(t));

/**
 * XML character and predefined entity references decoded (`&amp;` `&#10;`
 * `&#x4E2D;`). Anything else after `&` is malformed XML (XmlError): `&#0;`, a
 * lone surrogate `&#xD800;`, `&nbsp;` (no DTD declares it), a bare `&`.
 */
export function decodeEntities(t: string): string {
  if (t.indexOf("&") < 0) return t;
  return t.replace(REFERENCE, (all, body: string, semi: string) => {
    if (!semi) throw new XmlError(`a bare “&” (${all.slice(0, 12)})`);
    const named = NAMED[body];
    if (named !== undefined && Object.prototype.hasOwnProperty.call(NAMED, body)) return named;
    const m = /^#(?:(\d{1,8})|[xX]([0-9a-fA-F]{1,8}))$/.exec(body);
    if (!m) throw new XmlError(`an undeclared entity ${all}`);
    const code = m[1] !== undefined ? Number(m[1]) : parseInt(m[2], 16);
    if (!isXmlChar(code)) throw new XmlError(`a reference to a character XML cannot carry (${all})`);
    return String.fromCodePoint(code);
  });
}

/**
 * Excel's escape for characters XML cannot carry (ECMA-376 Part 1, 22.9.2.19
 * ST_Xstring): `_x000D_` is a carriage return, `_x005F_` a literal underscore.
 */
export function decodeXstring(t: string): string {
  if (t.indexOf("_x") < 0) return t;
  return t.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const UTF8 = new TextDecoder("utf-8");
const UTF16LE = new TextDecoder("utf-16le");
const UTF16BE = new TextDecoder("utf-16be");

/** A part's bytes as text: UTF-8 (the BOM dropped) or, rarely, UTF-16 with its BOM. */
export function xmlText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return UTF16LE.decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return UTF16BE.decode(bytes.subarray(2));
  return UTF8.decode(bytes); // drops a UTF-8 BOM itself
}

const ONE_CHAR = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i));

export class XmlScanner {
  private pos = 0;
  /** Local name of the current tag (`x:c` → `c`). */
  name = "";
  /** The current tag is an end tag (`</row>`). */
  closing = false;
  /** The current start tag closes itself (`<c r="A1"/>`). */
  selfClosing = false;
  private attrFrom = 0;
  private attrTo = 0;

  constructor(private readonly s: string) {}

  /** Moves to the next start or end tag; false at the end of the text. Comments, PIs, CDATA and DOCTYPE are passed over. */
  next(): boolean {
    const s = this.s;
    for (;;) {
      const lt = s.indexOf("<", this.pos);
      if (lt < 0) {
        this.pos = s.length;
        return false;
      }
      const c = s.charCodeAt(lt + 1);
      if (c === QUESTION) {
        this.pos = this.after("?>", lt);
        continue;
      }
      if (c === BANG) {
        this.pos = this.skipDeclaration(lt);
        continue;
      }
      if (c === SLASH) {
        const gt = s.indexOf(">", lt);
        if (gt < 0) return this.end();
        this.setName(lt + 2, gt);
        this.closing = true;
        this.selfClosing = false;
        this.pos = gt + 1;
        return true;
      }
      // A start tag: the name, then attributes up to the `>` that is not inside quotes.
      let i = lt + 1;
      const n = s.length;
      while (i < n) {
        const ch = s.charCodeAt(i);
        if (isSpace(ch) || ch === GT || ch === SLASH) break;
        i++;
      }
      this.setName(lt + 1, i);
      const from = i;
      let quote = 0;
      while (i < n) {
        const ch = s.charCodeAt(i);
        if (quote) {
          if (ch === quote) quote = 0;
        } else if (ch === DQ || ch === SQ) quote = ch;
        else if (ch === GT) break;
        i++;
      }
      if (i >= n) return this.end();
      this.closing = false;
      this.selfClosing = s.charCodeAt(i - 1) === SLASH;
      this.attrFrom = from;
      this.attrTo = this.selfClosing ? i - 1 : i;
      this.pos = i + 1;
      return true;
    }
  }

  /** The current start tag's attribute `qname` (exact, prefix included), entities decoded; null when absent. */
  attr(qname: string): string | null {
    const at = this.attrAt(qname, false);
    if (at < 0) return null;
    const c = this.s.charCodeAt(at);
    if (this.valueEnd === at + 1 && c < 128) return ONE_CHAR[c]; // t="s", s="3": no new string
    return decodeEntities(this.s.slice(at, this.valueEnd));
  }

  /** An attribute by local name with some prefix (`r:id`, whatever the prefix is called). */
  prefixedAttr(local: string): string | null {
    const at = this.attrAt(local, true);
    return at < 0 ? null : decodeEntities(this.s.slice(at, this.valueEnd));
  }

  /** End of the value found by the last attrAt (the closing quote). */
  valueEnd = 0;

  /**
   * Where the value of attribute `name` starts in the text (its end in
   * valueEnd), or -1: lets hot paths read a number or a letter without copying.
   * With `anyPrefix`, `name` is a local name that must carry some prefix.
   */
  attrAt(name: string, anyPrefix = false): number {
    const s = this.s;
    let i = this.attrFrom;
    const to = this.attrTo;
    while (i < to) {
      while (i < to && isSpace(s.charCodeAt(i))) i++;
      const nameFrom = i;
      while (i < to && s.charCodeAt(i) !== EQ && !isSpace(s.charCodeAt(i))) i++;
      const nameTo = i;
      while (i < to && s.charCodeAt(i) !== DQ && s.charCodeAt(i) !== SQ) i++;
      if (i >= to) return -1;
      const end = s.indexOf(s.charCodeAt(i) === DQ ? '"' : "'", i + 1);
      if (end < 0 || end > to) return -1;
      const len = nameTo - nameFrom;
      const match = anyPrefix
        ? len > name.length + 1 && s.charCodeAt(nameTo - name.length - 1) === COLON && s.startsWith(name, nameTo - name.length)
        : len === name.length && s.startsWith(name, nameFrom);
      if (match) {
        this.valueEnd = end;
        return i + 1;
      }
      i = end + 1;
    }
    return -1;
  }

  /** The character code at `i` of the text (for values located with attrAt). */
  charAt(i: number): number {
    return this.s.charCodeAt(i);
  }

  /** A plain non-negative integer written at [from, to) (no entities), or NaN. */
  intAt(from: number, to: number): number {
    const s = this.s;
    let n = 0;
    if (from >= to) return NaN;
    for (let i = from; i < to; i++) {
      const d = s.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return Number(decodeEntities(s.slice(from, to)));
      n = n * 10 + d;
    }
    return n;
  }

  /**
   * After a start tag, its text up to the next tag (entities decoded, CDATA
   * sections and comments inside taken care of); "" for a self-closing tag.
   * The scanner stays before that next tag.
   */
  text(): string {
    if (this.selfClosing || this.closing) return "";
    const s = this.s;
    let out = "";
    for (;;) {
      const lt = s.indexOf("<", this.pos);
      if (lt < 0) {
        out += content(s.slice(this.pos));
        this.pos = s.length;
        return out;
      }
      if (lt > this.pos) out += content(s.slice(this.pos, lt));
      if (s.startsWith("<![CDATA[", lt)) {
        const end = s.indexOf("]]>", lt + 9);
        if (end < 0) throw new XmlError("a CDATA section that never ends");
        out += lineEnds(s.slice(lt + 9, end));
        this.pos = end + 3;
      } else if (s.startsWith("<!--", lt)) this.pos = this.closed("-->", lt + 4, "a comment that never ends");
      else {
        this.pos = lt;
        return out;
      }
    }
  }

  /** Moves past the end of the current element (its children included); nothing to do for a self-closing tag. */
  skipElement(): void {
    if (this.selfClosing || this.closing) return;
    let depth = 1;
    while (depth > 0 && this.next()) {
      if (this.closing) depth--;
      else if (!this.selfClosing) depth++;
    }
  }

  private setName(from: number, to: number): void {
    const s = this.s;
    let start = from;
    for (let i = from; i < to; i++) if (s.charCodeAt(i) === COLON) start = i + 1;
    let end = to;
    while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
    // The hot names of a sheet (c, v, f, row) without a new string each time.
    const len = end - start;
    if (len === 1 && s.charCodeAt(start) < 128) this.name = ONE_CHAR[s.charCodeAt(start)];
    else if (len === 3 && s.startsWith("row", start)) this.name = "row";
    else this.name = s.slice(start, end);
  }

  private after(marker: string, from: number): number {
    const at = this.s.indexOf(marker, from);
    return at < 0 ? this.s.length : at + marker.length;
  }

  /** Past `marker` from `from`; malformed XML when it never comes. */
  private closed(marker: string, from: number, what: string): number {
    const at = this.s.indexOf(marker, from);
    if (at < 0) throw new XmlError(what);
    return at + marker.length;
  }

  private skipDeclaration(lt: number): number {
    const s = this.s;
    if (s.startsWith("<!--", lt)) return this.closed("-->", lt + 4, "a comment that never ends");
    if (s.startsWith("<![CDATA[", lt)) return this.closed("]]>", lt + 9, "a CDATA section that never ends");
    // A DOCTYPE (Excel never writes one) could declare entities or hide markup other readers skip: refused.
    throw new XmlError(s.startsWith("<!DOCTYPE", lt) ? "a DOCTYPE declaration" : `markup “${s.slice(lt, lt + 12)}”`);
  }

  private end(): false {
    this.pos = this.s.length;
    return false;
  }
}
