// The CLI's own .xlsx reader (src/xlsx/) on workbooks written part by
// part: every kind of cell, as Excel's range.values gives it.
import ExcelJS from "exceljs";
import fc from "fast-check";
import { readBookValues, XmlError } from "../../src/xlsx/book";
import { isDateFormat } from "../../src/xlsx/parts";
import { shiftFormula } from "../../src/xlsx/sheet";
import { ZipError } from "../../src/xlsx/zip";
import { readWorkbook, type CellValue, type MergedArea } from "../../src/engine";
import { ymdToSerial } from "../../src/engine/parse/dates";
import { craftXlsx, NS, si, stylesWith, type CraftOptions } from "../support/xlsx-craft";
import { sheetValues } from "../support/exceljs-values";

const one = (body: string, more: Partial<CraftOptions> = {}): CraftOptions => ({ sheets: [{ name: "S", body }], ...more });
const row = (cells: string, r = 1) => `<row r="${r}">${cells}</row>`;
const data = (...rows: string[]) => `<sheetData>${rows.join("")}</sheetData>`;

async function values(o: CraftOptions, sheet = "S"): Promise<CellValue[][]> {
  return (await readBookValues(await craftXlsx(o))).values[sheet].values;
}

const RICH = `<si><r><rPr><b/><sz val="11"/></rPr><t>汝州</t></r><r><t xml:space="preserve"> 临汝镇 </t></r></si>`;

describe("cells as range.values gives them", () => {
  const cases: [string, CraftOptions, CellValue[][]][] = [
    ["numbers, text, booleans, errors", one(data(row(`<c r="A1"><v>12.5</v></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="b"><v>1</v></c><c r="D1" t="b"><v>0</v></c><c r="E1" t="e"><v>#N/A</v></c><c r="F1"><v>-1.5E-3</v></c>`)), { sharedStrings: [si("临汝镇")] }), [[12.5, "临汝镇", true, false, "#N/A", -0.0015]]],
    ["shared strings: rich text runs joined, xml:space kept, phonetic guides left out", one(data(row(`<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>`)), {
      sharedStrings: [RICH, `<si><t xml:space="preserve">  两头有空格  </t></si>`, `<si><t>中</t><rPh sb="0" eb="1"><t>ちゅう</t></rPh><phoneticPr fontId="1"/></si>`],
    }), [["汝州 临汝镇 ", "  两头有空格  ", "中"]]],
    ["inline strings, plain and rich", one(data(row(`<c r="A1" t="inlineStr"><is><t>内联</t></is></c><c r="B1" t="inlineStr"><is><r><t>项</t></r><r><rPr><i/></rPr><t>目</t></r></is></c>`))), [["内联", "项目"]]],
    ["XML entities, character references, CR LF and Excel's _xHHHH_ escapes", one(data(row(`<c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>a&#10;b&#x4E2D;&quot;&apos;</t></is></c><c r="C1" t="s"><v>1</v></c><c r="D1" t="inlineStr"><is><t>x\r\ny</t></is></c>`)), {
      sharedStrings: [si("R&amp;D &lt;1&gt;"), si("第一行_x000D_\n第二行_x005F_x000D_")],
    }), [["R&D <1>", 'a\nb中"\'', "第一行\r\n第二行_x000D_", "x\ny"]]],
    ["CDATA and comments inside a value", one(data(row(`<c r="A1" t="inlineStr"><is><t><![CDATA[<b>&amp;</b>]]><!-- note --></t></is></c>`))), [["<b>&amp;</b>"]]],
    ["cached formula values of every type, 0 included", one(data(row(
      `<c r="A1"><v>5</v></c><c r="B1"><f>A1-A1</f><v>0</v></c><c r="C1" t="str"><f>IF(A1&gt;1,"是","否")</f><v>是</v></c><c r="D1" t="str"><f>""</f><v></v></c><c r="E1" t="b"><f>A1&gt;1</f><v>1</v></c><c r="F1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="G1" t="b"><f>A1&lt;1</f><v>0</v></c>`,
    ))), [[5, 0, "是", "", true, "#DIV/0!", false]]],
    ["a formula never calculated is { formula } with no result", one(data(row(`<c r="A1"><f>SUM(B1:B2)</f></c><c r="B1" t="str"><f>"x"</f></c>`))), [[{ formula: "SUM(B1:B2)" }, { formula: '"x"' }]]],
    ["shared formulas: cached values, and the shifted text when a dependent has none", one(data(
      row(`<c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2+$A$1</f><v>3</v></c>`, 1),
      row(`<c r="A2"><v>0</v></c><c r="B2"><f t="shared" si="0"/><v>0</v></c>`, 2),
      row(`<c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/></c>`, 3),
    )), [[1, 3], [0, 0], [3, { formula: "A3*2+$A$1" }]]],
    ["cells without r follow the one before, rows without r the row before", one(data(`<row><c><v>1</v></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row><row r="4"><c><v>5</v></c></row>`)), [[1, 2, "", ""], ["", "", 3, 4], ["", "", "", ""], [5, "", "", ""]]],
    ["sparse rows and columns; styled blank cells do not widen", one(data(row(`<c r="C2"><v>7</v></c><c r="Z2" s="1"/>`, 2), `<row r="3" spans="1:3"/>`, row(`<c r="E5" t="inlineStr"><is><t>x</t></is></c>`, 5))), [
      ["", "", "", "", ""], ["", "", 7, "", ""], ["", "", "", "", ""], ["", "", "", "", ""], ["", "", "", "", "x"],
    ]],
    ["hidden rows and columns read like any other", one(`<cols><col min="2" max="2" hidden="1"/></cols>` + data(row(`<c r="A1"><v>1</v></c><c r="B1"><v>2</v></c>`), `<row r="2" hidden="1"><c r="A2"><v>3</v></c></row>`)), [[1, 2], [3, ""]]],
    ["a hyperlink cell is its text", {
      sheets: [{
        name: "S",
        body: data(row(`<c r="A1" t="inlineStr"><is><t>项目1</t></is></c>`)) + `<hyperlinks><hyperlink ref="A1" r:id="rId1"/></hyperlinks>`,
        rels: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/?a=1&amp;b=2" TargetMode="External"/></Relationships>`,
      }],
    }, [["项目1"]]],
    ["an ISO date cell (t=\"d\") is a serial", one(data(row(`<c r="A1" t="d"><v>2023-03-15T00:00:00Z</v></c><c r="B1" t="d"><v>2023-06-30T12:00:00</v></c>`))), [[ymdToSerial(2023, 3, 15), ymdToSerial(2023, 6, 30) + 0.5]]],
    ["1900 system: a date-formatted cell is its serial as stored", one(data(row(`<c r="A1" s="1"><v>45000</v></c>`)), { styles: stylesWith([0, 14]) }), [[45000]]],
    ["1904 system: date formats (built-in, East Asian, custom) become 1900 serials, other numbers stay", one(
      data(row(`<c r="A1" s="1"><v>43538</v></c><c r="B1" s="2"><v>43538</v></c><c r="C1" s="3"><v>43538.25</v></c><c r="D1" s="0"><v>43538</v></c><c r="E1" s="4"><v>43538</v></c><c r="F1" s="1"><f>DATE(2023,3,15)</f><v>43538</v></c>`)),
      { date1904: true, styles: stylesWith([0, 14, 31, 164, 165], { 164: 'yyyy"年"m"月"d"日" h:mm', 165: '0.00"天"' }) },
    ), [[ymdToSerial(2023, 3, 15), ymdToSerial(2023, 3, 15), ymdToSerial(2023, 3, 15) + 0.25, 43538, 43538, ymdToSerial(2023, 3, 15)]]],
    ["prefixed tags (x:c) read like plain ones", {
      sheets: [{ name: "S", xml: `<?xml version="1.0"?><x:worksheet xmlns:x="${NS}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>前缀</x:t></x:is></x:c><x:c r="B1"><x:v>2</x:v></x:c></x:row></x:sheetData></x:worksheet>` }],
    }, [["前缀", 2]]],
    ["stored (uncompressed) parts and absolute relationship targets", one(data(row(`<c r="A1"><v>1</v></c>`)), { store: true, absoluteTargets: true }), [[1]]],
    ["an empty sheet", one(""), []],
  ];
  it.each(cases)("%s", async (_, o, expected) => {
    expect(await values(o)).toEqual(expected);
  });
});

describe("merged areas", () => {
  it("are given 0-based and inclusive; covered cells read '' even when the file holds a value there", async () => {
    const o = one(data(row(`<c r="A1" t="inlineStr"><is><t>标题</t></is></c><c r="B1"><v>9</v></c>`), row(`<c r="A3" t="inlineStr"><is><t>临汝镇</t></is></c><c r="B3"><v>1</v></c>`, 3), row(`<c r="A4"><v>8</v></c><c r="B4"><v>2</v></c>`, 4)) + `<mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref="A3:A4"/></mergeCells>`);
    const sheet = (await readBookValues(await craftXlsx(o))).values.S;
    expect(sheet.merges).toEqual<MergedArea[]>([{ row0: 0, col0: 0, row1: 0, col1: 2 }, { row0: 2, col0: 0, row1: 3, col1: 0 }]);
    expect(sheet.values).toEqual([["标题", ""], ["", ""], ["临汝镇", 1], ["", 2]]);
  });

  it("are [] (known none) on a sheet without <mergeCells>", async () => {
    expect((await readBookValues(await craftXlsx(one(data(row(`<c r="A1"><v>1</v></c>`)))))).values.S.merges).toEqual([]);
  });
});

describe("sheets", () => {
  const names = [" 项目台账 ", "项目 台账（二）", "R&D", "考核录入"];
  const o: CraftOptions = {
    sheets: [
      ...names.map((name, i) => ({ name, body: data(row(`<c r="A1"><v>${i}</v></c>`)) })),
      { name: "图表", chart: true, xml: `<chartsheet xmlns="${NS}"/>` },
    ],
  };

  it("keeps names exactly as stored, in tab order; chart sheets are not worksheets", async () => {
    const book = await readBookValues(await craftXlsx(o));
    expect(book.sheetNames).toEqual(names);
    expect(Object.keys(book.values)).toEqual(names);
    expect(book.values["R&D"].values).toEqual([[2]]);
  });

  it("reads only the sheets the selector picks", async () => {
    const book = await readBookValues(await craftXlsx(o), (all) => all.filter((n) => n.includes("台账")));
    expect(book.sheetNames).toEqual(names);
    expect(Object.keys(book.values)).toEqual([" 项目台账 ", "项目 台账（二）"]);
  });

  it("hands the engine a sheet whose name has spaces around it under that name, and the engine finds it", async () => {
    const header = ["项目名称", "责任单位", "总投资(万元)", "产业类别", "是否省重点"];
    const cells = header.map((h, i) => `<c r="${String.fromCharCode(65 + i)}1" t="inlineStr"><is><t>${h}</t></is></c>`).join("");
    const book = await readBookValues(await craftXlsx({ sheets: [{ name: " 项目台账 ", body: data(row(cells)) }] }));
    expect(readWorkbook(book.values, undefined, { sheetNames: book.sheetNames }).ledger.found).toBe(true);
  });
});

describe("damaged files", () => {
  it("a cut-off archive is a ZipError, never a crash", async () => {
    const bytes = await craftXlsx(one(data(row(`<c r="A1"><v>1</v></c>`))));
    await expect(readBookValues(bytes.subarray(0, bytes.length - 30))).rejects.toBeInstanceOf(ZipError);
    await expect(readBookValues(bytes.subarray(0, 200))).rejects.toBeInstanceOf(ZipError);
  });
});

describe("where ExcelJS 4.4.0 reads wrong, and we read right", () => {
  // Each case: the XML, what Excel's range.values gives (our reader), what ExcelJS's values gave.
  const cases: [string, CraftOptions, CellValue[][], CellValue[][] | "throws"][] = [
    ["a formula cached as 0 (every SUM totalling 0): ExcelJS drops the result", one(data(row(`<c r="A1"><v>5</v></c><c r="B1"><f>A1-A1</f><v>0</v></c>`))), [[5, 0]], [[5]]],
    ["a shared formula's dependent cached as 0", one(data(row(`<c r="A1"><f t="shared" ref="A1:A2" si="0">B1*0</f><v>0</v></c><c r="B1"><v>1</v></c>`), row(`<c r="A2"><f t="shared" si="0"/><v>0</v></c>`, 2))), [[0, 1], [0, ""]], [["", 1]]],
    ["a formula cached as the empty string", one(data(row(`<c r="A1" t="str"><f>""</f><v></v></c><c r="B1"><v>1</v></c>`))), [["", 1]], [["", 1]]],
    ["cells without an r attribute: ExcelJS refuses the file", one(data(`<row><c><v>1</v></c><c><v>2</v></c></row>`)), [[1, 2]], "throws"],
    ["1904 system, East Asian built-in date format 31 (yyyy年m月d日): ExcelJS does not shift it", one(data(row(`<c r="A1" s="1"><v>43538</v></c>`)), { date1904: true, styles: stylesWith([0, 31]) }), [[ymdToSerial(2023, 3, 15)]], [[43538]]],
    ["an ISO date cell (t=\"d\"): ExcelJS reads the year only", one(data(row(`<c r="A1" t="d"><v>2023-03-15T00:00:00Z</v></c>`))), [[ymdToSerial(2023, 3, 15)]], [[2023]]],
  ];
  it.each(cases)("%s", async (_, o, right, excelJs) => {
    const bytes = await craftXlsx(o);
    expect((await readBookValues(bytes)).values.S.values).toEqual(right);
    const wb = new ExcelJS.Workbook();
    const theirs = await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer).then(
      () => sheetValues(wb.getWorksheet("S")!),
      () => "throws" as const,
    );
    expect(theirs).toEqual(excelJs);
  });

  it("ExcelJS gives a never-calculated formula no result, which read as a blank; we pass { formula } for cell.formulaNoValue", async () => {
    const bytes = await craftXlsx(one(data(row(`<c r="A1"><f>SUM(B1:B2)</f></c><c r="B1"><v>1</v></c>`))));
    expect((await readBookValues(bytes)).values.S.values).toEqual([[{ formula: "SUM(B1:B2)" }, 1]]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet("S")!.getCell("A1").value).toEqual({ formula: "SUM(B1:B2)" });
  });
});

describe("helpers", () => {
  it.each([
    ["yyyy-mm-dd", true], ['yyyy"年"m"月"d"日"', true], ["[$-804]aaaa", false], ["[h]:mm", true], ["0.00", false], ['0.0"天"', false],
    ["#,##0_);[Red](#,##0)", false], ["General", false], ["\\d0", false], ["m/d/yy h:mm", true], ["0.00E+00", false],
  ])("isDateFormat(%s) = %s", (code, expected) => {
    expect(isDateFormat(code)).toBe(expected);
  });

  it.each([
    ["A1*2", 2, 0, "A3*2"], ["$A$1+B$2+$C3", 1, 1, "$A$1+C$2+$C4"], ['"A1"&A1', 1, 0, '"A1"&A2'], ["'Sheet 1'!A1", 0, 2, "'Sheet 1'!C1"],
    ["SUM(A1:B2)", 3, 0, "SUM(A4:B5)"], ["LOG10(A1)", 1, 0, "LOG10(A2)"], ["A1", -1, 0, "#REF!"],
  ])("shiftFormula(%s, %i, %i) = %s", (f, r, c, expected) => {
    expect(shiftFormula(f, r, c)).toBe(expected);
  });
});

describe("any damage to a sheet's XML", () => {
  const SHEET = data(
    row(`<c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>a&amp;b</t></is></c><c r="C1"><f>A1-A1</f><v>0</v></c>`),
    row(`<c r="A2" t="b"><v>1</v></c><c r="B2"><f t="shared" ref="B2:B3" si="0">A2</f></c>`, 2),
    row(`<c r="B3"><f t="shared" si="0"/></c><c r="XFD3"><v>1</v></c>`, 3),
  ) + `<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>`;
  const edit = fc.record({
    at: fc.nat(SHEET.length),
    cut: fc.nat(8),
    insert: fc.string({ unit: fc.constantFrom(..."<>/\"'&=;#x:c v r t s f 0 9 A Z ]]> <!-- <![CDATA[ &#99999999;"), maxLength: 6 }),
  });

  it("property: is read as a rectangular sheet or refused as malformed XML (XmlError), never a crash", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), async (edits) => {
        const body = edits.reduce((s, e) => s.slice(0, e.at) + e.insert + s.slice(e.at + e.cut), SHEET);
        const book = await readBookValues(await craftXlsx(one(body, { sharedStrings: [si("x")] }))).catch((e: unknown) => {
          if (e instanceof XmlError) return null;
          throw e;
        });
        if (book === null) return;
        const sheet = book.values.S;
        expect(new Set(sheet.values.map((r) => r.length)).size).toBeLessThanOrEqual(1);
        for (const m of sheet.merges ?? []) expect(m.row0 <= m.row1 && m.col0 <= m.col1).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("a cell beyond Excel's grid (column XFE, row 1,048,577) is left out", async () => {
    expect(await values(one(data(row(`<c r="A1"><v>1</v></c><c r="XFE1"><v>2</v></c>`), row(`<c r="A1048577"><v>3</v></c>`, 1048577))))).toEqual([[1]]);
  });
});

describe("ZIP64", () => {
  /** The same archive with a ZIP64 end of central directory record (APPNOTE 4.3.14), as writers of big files leave it. */
  function withZip64End(zip: Buffer): Buffer {
    const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const count = zip.readUInt16LE(eocd + 10);
    const size = zip.readUInt32LE(eocd + 12);
    const offset = zip.readUInt32LE(eocd + 16);
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(count), 24);
    record.writeBigUInt64LE(BigInt(count), 32);
    record.writeBigUInt64LE(BigInt(size), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(eocd), 8);
    locator.writeUInt32LE(1, 16);
    const end = Buffer.from(zip.subarray(eocd));
    end.writeUInt16LE(0xffff, 8);
    end.writeUInt16LE(0xffff, 10);
    end.writeUInt32LE(0xffffffff, 16);
    return Buffer.concat([zip.subarray(0, eocd), record, locator, end]);
  }

  it("finds the central directory through the ZIP64 record", async () => {
    const bytes = withZip64End(await craftXlsx(one(data(row(`<c r="A1"><v>64</v></c>`)))));
    expect((await readBookValues(bytes)).values.S.values).toEqual([[64]]);
  });
});
