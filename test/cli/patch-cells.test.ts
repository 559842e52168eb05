// The worksheet cell patcher (src/xlsx/patch-cells.ts) that merge --into uses:
// cells set keep their style, new rows copy the row above, dates get a date
// style, text goes in as inline strings (escaped), rows stay in order, the
// used range grows; everything else in the XML is left as it was.
import { parseSheet } from "../../src/xlsx/sheet";
import { patchSheetXml, type CellWrite } from "../../src/xlsx/patch-cells";
import { parseDateStyles } from "../../src/xlsx/parts";

const STYLES = `<styleSheet><numFmts count="0"/><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="1"/></cellXfs></styleSheet>`;
const SHEET = `<worksheet><dimension ref="A1:C3"/><sheetViews/><sheetData><row r="1" spans="1:3"><c r="A1" t="inlineStr"><is><t>项目名称</t></is></c><c r="B1" t="inlineStr"><is><t>总投资</t></is></c><c r="C1" t="inlineStr"><is><t>日期</t></is></c></row><row r="2"><c r="A2" s="1" t="inlineStr"><is><t>甲</t></is></c><c r="B2" s="1"><v>100</v></c></row><row r="3" spans="1:3"><c r="A3" s="1" t="inlineStr"><is><t>乙</t></is></c><c r="B3" s="1"><v>200</v></c><c r="C3" s="1"/></row></sheetData><mergeCells count="0"/><pageSetup orientation="landscape"/></worksheet>`;
const values = (xml: string) => parseSheet(xml, { sharedStrings: [], dateStyles1904: null }).values;

describe("patchSheetXml", () => {
  test("sets cells in existing rows, keeping their style; the rest of the XML unchanged", () => {
    const { sheetXml } = patchSheetXml(SHEET, STYLES, [{ row: 2, col: 1, value: 150, date: false }]);
    expect(values(sheetXml)[1].slice(0, 2)).toEqual(["甲", 150]);
    expect(sheetXml).toContain(`<c r="B2" s="1"><v>150</v></c>`);
    expect(sheetXml.replace(/<row r="2".*?<\/row>/, "")).toBe(SHEET.replace(/<row r="2".*?<\/row>/, ""));
  });

  test("inserts a missing cell in column order", () => {
    const { sheetXml } = patchSheetXml(SHEET, STYLES, [{ row: 2, col: 2, value: "备注", date: false }]);
    expect(/<row r="2">.*<c r="A2".*<c r="B2".*<c r="C2"/.test(sheetXml)).toBe(true);
  });

  test("new rows under the last, styled like the row given, and the used range grows", () => {
    const w: CellWrite[] = [
      { row: 4, col: 0, value: "丙", date: false, styleFrom: 3 },
      { row: 4, col: 1, value: 300, date: false, styleFrom: 3 },
    ];
    const { sheetXml } = patchSheetXml(SHEET, STYLES, w);
    expect(values(sheetXml)[3].slice(0, 2)).toEqual(["丙", 300]);
    expect(sheetXml).toContain(`<c r="A4" s="1" t="inlineStr">`);
    expect(sheetXml).toContain(`<dimension ref="A1:C4"/>`);
    expect(sheetXml.indexOf(`<row r="4"`)).toBeGreaterThan(sheetXml.indexOf(`<row r="3"`));
  });

  test("a date gets a date style appended once to styles.xml, and reads back as a date", () => {
    const { sheetXml, stylesXml } = patchSheetXml(SHEET, STYLES, [
      { row: 2, col: 2, value: 45092, date: true },
      { row: 3, col: 2, value: 45093, date: true },
    ]);
    const isDate = parseDateStyles(stylesXml);
    expect(isDate).toEqual([false, false, true]);
    expect(stylesXml).toContain(`<cellXfs count="3">`);
    expect(sheetXml).toContain(`<c r="C2" s="2"><v>45092</v></c>`);
    expect(sheetXml).toContain(`<c r="C3" s="2"><v>45093</v></c>`);
  });

  test("text is escaped; control characters as Excel writes them; the reader gives back what was written", async () => {
    const text = `<b>&"x" _x0041_ \u001b[2J`;
    const { sheetXml } = patchSheetXml(SHEET, STYLES, [{ row: 2, col: 0, value: text, date: false }]);
    expect(values(sheetXml)[1][0]).toBe(text);
    expect(sheetXml).not.toContain("\u001b");
  });

  test("blank and boolean values", () => {
    const { sheetXml } = patchSheetXml(SHEET, STYLES, [
      { row: 3, col: 1, value: null, date: false },
      { row: 3, col: 2, value: true, date: false },
    ]);
    expect(values(sheetXml)[2].slice(0, 3)).toEqual(["乙", "", true]);
  });

  test("an empty sheetData takes rows", () => {
    const { sheetXml } = patchSheetXml(`<worksheet><sheetData/></worksheet>`, null, [{ row: 1, col: 0, value: "x", date: false }]);
    expect(values(sheetXml)).toEqual([["x"]]);
  });
});

