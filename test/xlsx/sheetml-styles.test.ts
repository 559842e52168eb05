// styles.xml is append-only (never-lose issue §1): every font, fill, border,
// number format, cell format and dxf of the user's keeps its index and bytes,
// whatever the counts say and whichever prefix the file uses; every new style
// names its font (issue 20 item 2).
import { readFileSync } from "fs";
import path from "path";
import { unzipSync, strFromU8 } from "fflate";
import fc from "fast-check";
import { renderSheets } from "../../src/xlsx/write/sheetml";
import { StyleBook } from "../../src/xlsx/write/sheetml-styles";
import { describeReport } from "../../src/engine/sheets/ranking";
import { describeTemplate } from "../../src/engine/sheets/template";
import { SHEET_FONT } from "../../src/engine/sheets/print";
import { builtinProfile } from "../../src/engine/profile/builtin";
import { fakeReport } from "../cli/fake-report";
import { parseXml, wellFormed } from "./support/book";

const LISTS = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs"];
const ITEM: Record<string, string> = { numFmts: "numFmt", fonts: "font", fills: "fill", borders: "border", cellStyleXfs: "xf", cellXfs: "xf", cellStyles: "cellStyle", dxfs: "dxf" };

/** Inner text of each list (prefix p), split into its items' text. */
function items(xml: string, list: string, p = ""): string[] {
  const m = new RegExp(`<${p}${list}(?=[\\s/>])[^>]*?(?:/>|>([\\s\\S]*?)</${p}${list}>)`).exec(xml);
  if (!m || !m[1]) return [];
  const item = ITEM[list];
  const re = new RegExp(`<${p}${item}(?=[\\s/>])(?:[^>]*?/>|[\\s\\S]*?</${p}${item}>)`, "g");
  return m[1].match(re) ?? [];
}

const count = (xml: string, list: string, p = ""): number | null => {
  const m = new RegExp(`<${p}${list}(?=[\\s/>])[^>]*?count="(\\d+)"`).exec(xml);
  return m ? Number(m[1]) : null;
};

const ledgerStyles = strFromU8(unzipSync(readFileSync(path.join(__dirname, "..", "fixtures", "ledger-3", "ledger-3.xlsx")))["xl/styles.xml"]);
const specs = [...describeReport(fakeReport({ year: 2023, kind: "year", quarter: 4 })), ...describeTemplate(builtinProfile())];

/** A clerk's stylesheet as other tools write it: a custom format, wrong counts, a comment, dxfs, a prefix. */
const messy = (p: string): string =>
  `<?xml version="1.0"?><${p}styleSheet xmlns${p ? ":" + p.slice(0, -1) : ""}="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  `<${p}numFmts count="9"><${p}numFmt numFmtId="170" formatCode="0.0&quot;万&quot;"/><${p}numFmt formatCode="0.0" numFmtId="165"/></${p}numFmts>` +
  `<${p}fonts count="1"><!-- <${p}font> in a comment --><${p}font><${p}sz val="12"/><${p}name val="仿宋"/></${p}font><${p}font><${p}b/><${p}sz val="12"/></${p}font></${p}fonts>` +
  `<${p}fills count="2"><${p}fill><${p}patternFill patternType="none"/></${p}fill><${p}fill><${p}patternFill patternType="gray125"/></${p}fill></${p}fills>` +
  `<${p}borders count="1"><${p}border/></${p}borders>` +
  `<${p}cellXfs count="3"><${p}xf numFmtId="170" fontId="1" fillId="0" borderId="0"><${p}alignment wrapText="1"/></${p}xf><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></${p}cellXfs>` +
  `<${p}dxfs count="1"><${p}dxf><${p}font><${p}b/></${p}font><${p}fill><${p}patternFill/></${p}fill></${p}dxf></${p}dxfs>` +
  `</${p}styleSheet>`;

describe("StyleBook: append-only styles.xml", () => {
  for (const [label, original, p] of [
    ["a stylesheet Excel wrote", ledgerStyles, ""],
    ["a stylesheet with wrong counts, comments and no cellStyleXfs", messy(""), ""],
    ["a prefixed stylesheet (x:)", messy("x:"), "x:"],
  ] as const) {
    it(`keeps every entry of ${label} at its index`, () => {
      const { stylesXml, sheets } = renderSheets(specs, original);
      wellFormed(stylesXml);
      for (const list of LISTS) {
        const before = items(original, list, p);
        const after = items(stylesXml, list, p);
        expect(after.slice(0, before.length)).toEqual(before);
        if (after.length > before.length) expect(count(stylesXml, list, p)).toBe(after.length);
      }
      // Every s="N" of the new sheets points at a cellXfs entry added for them, never at the user's.
      const userXfs = items(original, "cellXfs", p).length || 1;
      const total = items(stylesXml, "cellXfs", p).length;
      for (const s of sheets) {
        for (const m of s.xml.matchAll(/ (?:s|style)="(\d+)"/g)) {
          expect(Number(m[1])).toBeGreaterThanOrEqual(userXfs);
          expect(Number(m[1])).toBeLessThan(total);
        }
      }
    });
  }

  it("adds nothing when ranking again: the styles written last time are used again", () => {
    const first = renderSheets(specs, ledgerStyles);
    const again = renderSheets(specs, first.stylesXml);
    expect(again.stylesXml).toBe(first.stylesXml);
    expect(again.sheets.map((s) => s.xml)).toEqual(first.sheets.map((s) => s.xml));
  });

  it("numbers new formats past every id in use and reuses the user's own for the same code", () => {
    const book = new StyleBook(messy(""));
    expect(book.numFmtId("0.0")).toBe(165);
    expect(book.numFmtId("0.00")).toBe(2);
    expect(book.numFmtId("yyyy-mm-dd")).toBe(171);
    expect(book.numFmtId("0.0%")).toBe(172);
    expect(book.numFmtId("yyyy-mm-dd")).toBe(171);
  });

  it("writes a minimal valid stylesheet when the package has none", () => {
    const { stylesXml } = renderSheets(specs, null);
    wellFormed(stylesXml);
    expect(items(stylesXml, "fills")[1]).toContain("gray125");
    expect(items(stylesXml, "cellStyleXfs").length).toBeGreaterThan(0);
  });

  it("names the font on every style it adds (issue 20 item 2)", () => {
    const { stylesXml } = renderSheets(specs, ledgerStyles);
    const fonts = items(stylesXml, "fonts").slice(items(ledgerStyles, "fonts").length);
    expect(fonts.length).toBeGreaterThan(2);
    for (const f of fonts) expect(f).toContain(`<name val="${SHEET_FONT}"/>`);
    // Every added cell format uses an added font.
    const firstOwnFont = items(ledgerStyles, "fonts").length;
    for (const xf of items(stylesXml, "cellXfs").slice(items(ledgerStyles, "cellXfs").length)) {
      expect(Number(/fontId="(\d+)"/.exec(xf)![1])).toBeGreaterThanOrEqual(firstOwnFont);
    }
  });

  it("keeps any number of user entries at their index (property)", () => {
    fc.assert(
      fc.property(fc.nat(30), fc.nat(30), fc.nat(5), fc.boolean(), (fonts, xfs, fmts, lying) => {
        const font = (i: number) => `<font><sz val="${10 + i}"/></font>`;
        const xf = (i: number) => `<xf numFmtId="0" fontId="${i % Math.max(1, fonts)}" fillId="0" borderId="0"/>`;
        const fmt = (i: number) => `<numFmt numFmtId="${200 + i}" formatCode="0.${"0".repeat(i + 1)}x"/>`;
        const c = (n: number) => (lying ? 1 : n);
        const original =
          `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
          (fmts ? `<numFmts count="${c(fmts)}">${Array.from({ length: fmts }, (_, i) => fmt(i)).join("")}</numFmts>` : "") +
          `<fonts count="${c(fonts)}">${Array.from({ length: fonts }, (_, i) => font(i)).join("")}</fonts>` +
          `<cellXfs count="${c(xfs)}">${Array.from({ length: xfs }, (_, i) => xf(i)).join("")}</cellXfs></styleSheet>`;
        const book = new StyleBook(original);
        const a = book.xf({ font: { bold: true }, numFmt: "0.0" });
        const xml = book.toXml();
        wellFormed(xml);
        expect(parseXml(xml)).toBeDefined();
        for (const list of ["fonts", "cellXfs", "numFmts"]) {
          const before = items(original, list);
          expect(items(xml, list).slice(0, before.length)).toEqual(before);
        }
        expect(a).toBe(Math.max(1, xfs));
        if (fmts) expect(book.numFmtId("0.0")).toBe(200 + fmts);
      }),
      { numRuns: 100 },
    );
  });
});
