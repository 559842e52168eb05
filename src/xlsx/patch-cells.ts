// A small patcher of worksheet XML (merge --into, cycle.md §1): set given
// cells and add rows under the last one, leaving every other byte of the
// sheet as it was (the master's layout, styles, merged areas, print setup).
// Text is written as inline strings (no shared-strings part to rewrite);
// numbers, booleans and blanks as themselves; a date as its day serial with a
// date style: the cell's own when it already is one, else one xf appended to
// styles.xml. Browser-safe: strings in, strings out.
import type { OutCell } from "../engine/sheets/types";
import { columnLetter } from "../engine/parse/table";
import type { MasterPatch } from "../engine/merge/types";
import { parseDateStyles, parseRels, parseWorkbook, relOfType, relsPathOf } from "./parts";
import { packageInfo } from "./write/package";
import { xmlText } from "./xml";
import { ZipArchive } from "./zip";

export interface CellWrite {
  /** 1-based worksheet row. */
  row: number;
  /** 0-based column. */
  col: number;
  value: OutCell;
  date: boolean;
  /** The style to give a cell that has none of its own (a new row copies the row above). */
  styleFrom?: number;
}

const ROW_RE = /<row\b[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g;
const CELL_RE = /<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g;
const attr = (tag: string, name: string): string | null => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null;

/** 0-based column of an A1 reference ("AB12" → 27). */
function colOf(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

/** Text as XML character data; characters XML 1.0 cannot hold as Excel escapes them (`_x001B_`). */
function escapeText(s: string): string {
  return s
    .replace(/_(x[0-9A-Fa-f]{4})_/g, "_x005F_$1_")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

function cellXml(ref: string, value: OutCell, style: string | null): string {
  const s = style !== null ? ` s="${style}"` : "";
  if (value === null || value === "") return `<c r="${ref}"${s}/>`;
  if (typeof value === "number") return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : `<c r="${ref}"${s} t="e"><v>#NUM!</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeText(value)}</t></is></c>`;
}

/** The xf index of a date style: an existing plain one with numFmtId 14, else one appended to cellXfs. */
function dateStyle(stylesXml: string): { index: number; stylesXml: string } {
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml);
  if (!xfs) return { index: -1, stylesXml };
  const list = xfs[1].match(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g) ?? [];
  const found = list.findIndex((x) => attr(x, "numFmtId") === "14" && (attr(x, "fontId") ?? "0") === "0" && (attr(x, "borderId") ?? "0") === "0" && (attr(x, "fillId") ?? "0") === "0");
  if (found >= 0) return { index: found, stylesXml };
  const added = `<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`;
  const open = /<cellXfs\b[^>]*>/.exec(stylesXml)!;
  const counted = open[0].replace(/\scount="\d+"/, ` count="${list.length + 1}"`);
  const start = open.index;
  const end = stylesXml.indexOf("</cellXfs>", start);
  return { index: list.length, stylesXml: stylesXml.slice(0, start) + counted + stylesXml.slice(start + open[0].length, end) + added + stylesXml.slice(end) };
}

/**
 * Set `writes` in the sheet. A cell written keeps its style (a date cell gets a date style when its
 * own is not one); a new cell takes `styleFrom`'s. Rows are created in order where there are none.
 */
export function patchSheetXml(sheetXml: string, stylesXml: string | null, writes: CellWrite[]): { sheetXml: string; stylesXml: string | null } {
  const open = sheetXml.search(/<sheetData\b/);
  if (open < 0 || writes.length === 0) return { sheetXml, stylesXml };
  const selfClosed = /<sheetData\b[^>]*\/>/.exec(sheetXml.slice(open));
  const bodyStart = selfClosed && selfClosed.index === 0 ? -1 : sheetXml.indexOf(">", open) + 1;
  const bodyEnd = bodyStart < 0 ? -1 : sheetXml.indexOf("</sheetData>", bodyStart);
  const body = bodyStart < 0 ? "" : sheetXml.slice(bodyStart, bodyEnd);
  const rows = new Map<number, string>();
  let lastRow = 0;
  for (const m of body.match(ROW_RE) ?? []) {
    const r = Number(attr(m, "r") ?? lastRow + 1);
    rows.set(r, m);
    lastRow = r;
  }
  const isDate = parseDateStyles(stylesXml);
  let styles = stylesXml;
  let dateXf: number | null = null;
  const dateIndex = (): number | null => {
    if (dateXf !== null || styles === null) return dateXf;
    const d = dateStyle(styles);
    styles = d.stylesXml;
    dateXf = d.index >= 0 ? d.index : null;
    return dateXf;
  };
  // The style each existing cell has, for new cells copying their neighbour above.
  const styleAt = (row: number, col: number): string | null => {
    const xml = rows.get(row);
    if (!xml) return null;
    for (const c of xml.match(CELL_RE) ?? []) if (colOf(attr(c, "r") ?? "") === col) return attr(c, "s");
    return null;
  };
  const byRow = new Map<number, CellWrite[]>();
  for (const w of writes) byRow.set(w.row, [...(byRow.get(w.row) ?? []), w]);
  for (const [r, list] of byRow) {
    const xml = rows.get(r) ?? `<row r="${r}"></row>`;
    const head = /^<row\b[^>]*?(\/?)>/.exec(xml)!;
    const cells = new Map<number, string>();
    for (const c of xml.match(CELL_RE) ?? []) cells.set(colOf(attr(c, "r") ?? ""), c);
    for (const w of list) {
      const old = cells.get(w.col);
      let style = old ? attr(old, "s") : w.styleFrom !== undefined ? styleAt(w.styleFrom, w.col) : null;
      if (w.date && !(style !== null && isDate[Number(style)])) {
        const d = dateIndex();
        if (d !== null) style = String(d);
      }
      cells.set(w.col, cellXml(`${columnLetter(w.col)}${r}`, w.value, style));
    }
    const rowOpen = head[0].replace(/\sspans="[^"]*"/, "").replace(/\/>$/, ">");
    const ordered = [...cells.entries()].sort((a, b) => a[0] - b[0]).map(([, c]) => c);
    rows.set(r, `${rowOpen}${ordered.join("")}</row>`);
  }
  const newBody = [...rows.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, x]) => x)
    .join("");
  let out = bodyStart < 0 ? sheetXml.replace(/<sheetData\b[^>]*\/>/, `<sheetData>${newBody}</sheetData>`) : sheetXml.slice(0, bodyStart) + newBody + sheetXml.slice(bodyEnd);
  // The used range grows to the rows added.
  const maxRow = Math.max(...rows.keys());
  out = out.replace(/(<dimension\b[^>]*\sref="[A-Z]+\d+:[A-Z]+)(\d+)"/, (all, pre: string, n: string) => (Number(n) < maxRow ? `${pre}${maxRow}"` : all));
  return { sheetXml: out, stylesXml: styles };
}

/** The writes of a master's patch: its changed cells, and its added rows under the last used row, styled like that row. */
export function patchWrites(patch: MasterPatch): CellWrite[] {
  const out: CellWrite[] = patch.set.map((s) => ({ row: s.row, col: s.col, value: s.value, date: s.date }));
  patch.append.forEach((line, i) => {
    for (const c of line) out.push({ row: patch.lastRow + 1 + i, col: c.col, value: c.value, date: c.date, styleFrom: patch.lastRow });
  });
  return out;
}

/**
 * The master's ledger with `patch` applied, as the package writer's `also` (writeGenerated): the
 * one worksheet part replaced and the styles it needs; `sanpi merge --into` and the page's file host.
 */
export function patchedLedger(master: Uint8Array, patch: MasterPatch): { replace: { name: string; xml: string }[]; stylesXml: string | null } {
  const xml = worksheetXml(master, patch.sheet);
  if (xml === null) throw new Error(`no worksheet part for ${patch.sheet}`);
  const patched = patchSheetXml(xml, packageInfo(master).stylesXml, patchWrites(patch));
  return { replace: [{ name: patch.sheet, xml: patched.sheetXml }], stylesXml: patched.stylesXml };
}

/** The worksheet XML of the sheet named `name` in an .xlsx, or null. */
export function worksheetXml(bytes: Uint8Array, name: string): string | null {
  const zip = new ZipArchive(bytes);
  const root = parseRels(readText(zip, "_rels/.rels"), "");
  const workbookPart = relOfType(root, "officeDocument")?.target ?? "xl/workbook.xml";
  const workbook = readText(zip, workbookPart);
  if (workbook === null) return null;
  const rels = parseRels(readText(zip, relsPathOf(workbookPart)), workbookPart);
  const sheet = parseWorkbook(workbook).sheets.find((s) => s.name === name);
  const target = sheet ? rels.get(sheet.relId)?.target : undefined;
  return target ? readText(zip, target) : null;
}

const readText = (zip: ZipArchive, part: string): string | null => {
  const b = zip.read(part);
  return b === null ? null : xmlText(b);
};
