// The package writer (issue 15 §1): the user's package plus sheets, every
// part it need not touch kept byte for byte as it was compressed.
import { execFileSync, spawnSync } from "child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import type { SheetSpec } from "../../src/engine/sheets/types";
import { readBookValues } from "../../src/xlsx/book";
import { ZipArchive, partKey } from "../../src/xlsx/zip";
import { editPackage, packageInfo } from "../../src/xlsx/write/package";
import { writeGenerated } from "../../src/xlsx/write/place";
import { renderSheets } from "../../src/xlsx/write/sheetml";
import { craftXlsx } from "../support/xlsx-craft";
import { chartParts, inline, makePackage, X14_VALIDATION, type PackageSpec } from "./make-package";

/** The parts adding sheets may touch (issue 15 §1); every other part must come out as it went in. */
const TOUCHED = new Set(["[content_types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "docprops/app.xml", "xl/calcchain.xml"]);

const spec = (name: string, rows: (string | number)[][], extra: Partial<SheetSpec> = {}): SheetSpec => ({
  name,
  kind: "ranking",
  title: `${name}（标题）`,
  columns: [
    { header: "单位", width: 14 },
    { header: "总分", width: 10, numFmt: "0.00" },
  ],
  rows,
  landscape: false,
  dataBarColumn: 1,
  ...extra,
});

/** Every member's name → its raw compressed bytes and CRC, as stored. */
function members(bytes: Uint8Array): Map<string, { raw: Uint8Array; crc: number; method: number }> {
  const zip = new ZipArchive(bytes);
  return new Map(zip.entries().map((e) => [partKey(e.name), { raw: zip.rawData(e), crc: e.crc32, method: e.method }]));
}

function expectUntouchedKept(input: Uint8Array, output: Uint8Array, alsoTouched: string[] = []): void {
  const before = members(input);
  const after = members(output);
  for (const [name, m] of before) {
    if (TOUCHED.has(name) || alsoTouched.includes(name)) continue;
    const out = after.get(name);
    expect({ name, kept: !!out }).toEqual({ name, kept: true });
    expect({ name, crc: out!.crc, method: out!.method }).toEqual({ name, crc: m.crc, method: m.method });
    expect(Buffer.from(out!.raw).equals(Buffer.from(m.raw))).toBe(true);
  }
}

const userSheet = (name: string, cells: string[]) => ({ name, rows: `<row r="1">${cells.map((t, i) => inline(`${String.fromCharCode(65 + i)}1`, t)).join("")}</row>` });

describe("editPackage keeps every part it need not touch", () => {
  it("property: any package, any added sheets — untouched parts identical (compressed data and CRC), user sheets read the same, added ones there", async () => {
    const text = fc.string({ minLength: 1, maxLength: 12 }).map((s) => s.replace(/[<>&"'\u0000-\u001f\ud800-\udfff\ufffe\uffff]/g, "x") || "x");
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(text, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }),
        fc.array(fc.uint8Array({ minLength: 0, maxLength: 3000 }), { maxLength: 3 }),
        fc.array(fc.constantFrom(0, 1, 6, 9), { minLength: 8, maxLength: 8 }),
        fc.array(fc.array(fc.tuple(text, fc.integer({ min: -1000, max: 1000 })), { maxLength: 5 }), { minLength: 1, maxLength: 3 }),
        async (sheets, media, levels, added) => {
          const parts: PackageSpec["parts"] = {};
          media.forEach((b, i) => (parts[`xl/media/image${i + 1}.png`] = { data: b, type: null }));
          const input = makePackage({
            sheets: sheets.map((cells, i) => userSheet(`表${i + 1}`, cells)),
            parts,
            level: (name) => levels[[...name].reduce((h, c) => h + c.charCodeAt(0), 0) % levels.length],
          });
          const specs = added.map((rows, i) => spec(`排名${i + 1}`, rows));
          const { bytes } = writeGenerated(input, specs);
          expectUntouchedKept(input, bytes);
          const before = await readBookValues(input);
          const after = await readBookValues(bytes);
          expect(after.sheetNames).toEqual([...before.sheetNames, ...specs.map((s) => s.name)]);
          for (const name of before.sheetNames) expect(after.values[name]).toEqual(before.values[name]);
          specs.forEach((s) => expect(after.values[s.name].values[0][0]).toBe(s.title));
        },
      ),
      { numRuns: 40 },
    );
  });

  it("a chart with its drawing, an Excel 2010 list validation and an .xlsm's VBA project survive, each part byte for byte", async () => {
    const vba = new Uint8Array(4096).map((_, i) => (i * 7919) % 251);
    const input = makePackage({
      sheets: [
        { name: "Sheet1", rows: `<row r="1"><c r="A1"><v>3</v></c></row><row r="2"><c r="A2"><v>5</v></c></row><row r="3"><c r="A3"><v>2</v></c></row>`, after: '<drawing r:id="rId1"/>', rels: [["rId1", "drawing", "../drawings/drawing1.xml"]] },
        { name: "台账", rows: `<row r="1">${inline("A1", "项目")}${inline("B1", "状态")}</row>`, after: X14_VALIDATION },
        { name: "列表", rows: `<row r="1">${inline("A1", "在建")}</row><row r="2">${inline("A2", "竣工")}</row>` },
      ],
      parts: { ...chartParts(), "xl/vbaProject.bin": { data: vba, type: "application/vnd.ms-office.vbaProject" } },
      workbookRels: [["http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin"]],
      mainType: "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    });
    const { bytes } = writeGenerated(input, [spec("排名-乡镇街道-2023", [["临汝镇", 98.5]])]);
    expectUntouchedKept(input, bytes);
    const zip = new ZipArchive(bytes);
    const ct = new TextDecoder().decode(zip.read("[Content_Types].xml")!);
    expect(ct).toContain('ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"');
    expect(ct).toContain('PartName="/xl/vbaProject.bin"');
    expect(ct).toContain('PartName="/xl/charts/chart1.xml"');
    expect(new TextDecoder().decode(zip.read("xl/_rels/workbook.xml.rels")!)).toContain('Target="vbaProject.bin"');
    expect(new TextDecoder().decode(zip.read("xl/worksheets/sheet2.xml")!)).toContain("x14:dataValidation");
    // ExcelJS, an independent reader, sees the added sheet and its cells.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Sheet1", "台账", "列表", "排名-乡镇街道-2023"]);
    const ws = wb.getWorksheet("排名-乡镇街道-2023")!;
    const values = ws.getSheetValues().flat().filter((v) => v !== undefined && v !== null);
    expect(values).toEqual(expect.arrayContaining(["单位", "总分", "临汝镇", 98.5]));
  });

  it("replacing generated sheets removes only their parts (comments and drawings only they use), their names and markers; the user's stay", async () => {
    const input = makePackage({ sheets: [userSheet("台账", ["项目"]), userSheet("排名", ["用户自己的表"])] });
    // First run: the name 排名 is the user's, so ours goes beside it; notes on the header give comments + VML.
    const withNote = spec("排名", [["临汝镇", 1]], { columns: [{ header: "单位", width: 14, note: "考评单位" }, { header: "总分", width: 10 }] });
    const first = writeGenerated(input, [withNote, spec("明细", [["a", 1]])]);
    expect(first.plans.map((p) => p.name)).toEqual(["排名 (2)", "明细"]);
    const once = members(first.bytes);
    expect([...once.keys()].filter((k) => /comments|vmldrawing/.test(k))).toHaveLength(2);
    // Second run: ours are replaced in place, the user's 排名 untouched.
    const second = writeGenerated(first.bytes, [withNote, spec("明细", [["b", 2]])]);
    expect(second.plans.map((p) => [p.name, p.replaces?.sheet])).toEqual([["排名 (2)", "排名 (2)"], ["明细", "明细"]]);
    expectUntouchedKept(input, second.bytes);
    const info = packageInfo(second.bytes);
    expect(info.sheets.map((s) => s.name)).toEqual(["台账", "排名", "排名 (2)", "明细"]);
    const markers = info.definedNames.filter((d) => d.name.startsWith("SANPI_GENERATED_"));
    expect(markers.map((d) => [d.name, d.formula, d.hidden])).toEqual([
      ["SANPI_GENERATED_1", "'排名 (2)'!$A$1", true],
      ["SANPI_GENERATED_2", "'明细'!$A$1", true],
    ]);
    expect(info.definedNames.filter((d) => d.name === "_xlnm.Print_Titles").map((d) => d.localSheetId)).toEqual([2, 3]);
    const twice = members(second.bytes);
    expect([...twice.keys()].filter((k) => /comments|vmldrawing/.test(k))).toHaveLength(2); // the old ones gone, not piled up
    expect(twice.size).toBe(once.size);
    expect((await readBookValues(second.bytes)).values["明细"].values[2]).toEqual(["b", 2]);
  });

  it("removing a sheet keeps a drawing another sheet still uses, and drops the calculation chain", () => {
    const input = makePackage({
      sheets: [
        { name: "甲", rows: "", after: '<drawing r:id="rId1"/>', rels: [["rId1", "drawing", "../drawings/drawing1.xml"]] },
        { name: "乙", rows: "", after: '<drawing r:id="rId1"/>', rels: [["rId1", "drawing", "../drawings/drawing1.xml"]] },
      ],
      parts: { ...chartParts(), "xl/calcChain.xml": { data: '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="A1" i="1"/></calcChain>', type: "application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml" } },
      workbookRels: [["calcChain", "calcChain.xml"]],
      definedNames: '<definedName name="_xlnm.Print_Area" localSheetId="0">甲!$A$1:$B$2</definedName><definedName name="_xlnm.Print_Area" localSheetId="1">乙!$A$1:$B$2</definedName>',
      activeTab: 1,
    });
    const out = editPackage(input, { add: [], remove: ["甲"] });
    const after = members(out);
    expect(after.has("xl/worksheets/sheet1.xml")).toBe(false);
    expect(after.has("xl/worksheets/_rels/sheet1.xml.rels")).toBe(false);
    expect(after.has("xl/drawings/drawing1.xml")).toBe(true);
    expect(after.has("xl/charts/chart1.xml")).toBe(true);
    expect(after.has("xl/calcchain.xml")).toBe(false);
    const info = packageInfo(out);
    expect(info.sheets.map((s) => s.name)).toEqual(["乙"]);
    expect(info.definedNames.map((d) => [d.formula, d.localSheetId])).toEqual([["乙!$A$1:$B$2", 0]]);
    const wb = new TextDecoder().decode(new ZipArchive(out).read("xl/workbook.xml")!);
    expect(wb).not.toContain("activeTab");
    const ct = new TextDecoder().decode(new ZipArchive(out).read("[Content_Types].xml")!);
    expect(ct).not.toContain("sheet1.xml");
    expect(ct).not.toContain("calcChain");
    // With both sheets gone, the drawing and its chart go too.
    const both = members(editPackage(input, { add: [{ sheet: renderSheets([spec("新", [])], null).sheets[0] }], remove: ["甲", "乙"] }));
    expect([...both.keys()].filter((k) => /drawing|chart/.test(k))).toEqual([]);
  });

  it("a new workbook (original null) holds only the added sheets, opens on the first visible one, and reads back", async () => {
    const { sheets, stylesXml } = renderSheets([spec("下拉选项", [["a", 1]], { hidden: true }), spec("项目台账", [["x", 2]])], null);
    const bytes = editPackage(null, { add: sheets.map((sheet) => ({ sheet })), remove: [], stylesXml, activeSheet: "下拉选项" });
    const book = await readBookValues(bytes);
    expect(book.sheetNames).toEqual(["下拉选项", "项目台账"]);
    const wb = new TextDecoder().decode(new ZipArchive(bytes).read("xl/workbook.xml")!);
    expect(wb).toContain('activeTab="1"'); // the hidden one cannot be the active tab
    expect(wb).toContain('state="hidden"');
  });

  it("a ZIP64 package is read and written (its members copied as they are)", async () => {
    const input = makePackage({ sheets: [userSheet("台账", ["项目"])] });
    const zip64 = toZip64(input);
    expect(new ZipArchive(zip64).entries().length).toBe(new ZipArchive(input).entries().length);
    const { bytes } = writeGenerated(zip64, [spec("排名", [["a", 1]])]);
    expectUntouchedKept(input, bytes);
    expect((await readBookValues(bytes)).sheetNames).toEqual(["台账", "排名"]);
  });
});

/** The same archive with a ZIP64 end of central directory and ZIP64 extra fields (sizes and offsets in them), as some writers make. */
function toZip64(bytes: Uint8Array): Uint8Array {
  const zip = new ZipArchive(bytes);
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let at = 0;
  for (const e of zip.entries()) {
    const raw = Buffer.from(zip.rawData(e));
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(45, 4);
    local.writeUInt16LE(e.flags, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc32, 14);
    local.writeUInt32LE(0xffffffff, 18);
    local.writeUInt32LE(0xffffffff, 22);
    local.writeUInt16LE(e.nameBytes.length, 26);
    local.writeUInt16LE(20, 28);
    const lextra = Buffer.alloc(20);
    lextra.writeUInt16LE(1, 0);
    lextra.writeUInt16LE(16, 2);
    lextra.writeBigUInt64LE(BigInt(e.uncompressedSize), 4);
    lextra.writeBigUInt64LE(BigInt(raw.length), 12);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(45, 4);
    c.writeUInt16LE(45, 6);
    c.writeUInt16LE(e.flags, 8);
    c.writeUInt16LE(e.method, 10);
    c.writeUInt32LE(e.crc32, 16);
    c.writeUInt32LE(0xffffffff, 20);
    c.writeUInt32LE(0xffffffff, 24);
    c.writeUInt16LE(e.nameBytes.length, 28);
    c.writeUInt16LE(28, 30);
    c.writeUInt32LE(0xffffffff, 42);
    const cextra = Buffer.alloc(28);
    cextra.writeUInt16LE(1, 0);
    cextra.writeUInt16LE(24, 2);
    cextra.writeBigUInt64LE(BigInt(e.uncompressedSize), 4);
    cextra.writeBigUInt64LE(BigInt(raw.length), 12);
    cextra.writeBigUInt64LE(BigInt(at), 20);
    const name = Buffer.from(e.nameBytes);
    chunks.push(local, name, lextra, raw);
    at += 30 + name.length + 20 + raw.length;
    central.push(c, name, cextra);
  }
  const cd = Buffer.concat(central);
  const rec = Buffer.alloc(56);
  rec.writeUInt32LE(0x06064b50, 0);
  rec.writeBigUInt64LE(44n, 4);
  rec.writeUInt16LE(45, 12);
  rec.writeUInt16LE(45, 14);
  rec.writeBigUInt64LE(BigInt(zip.entries().length), 24);
  rec.writeBigUInt64LE(BigInt(zip.entries().length), 32);
  rec.writeBigUInt64LE(BigInt(cd.length), 40);
  rec.writeBigUInt64LE(BigInt(at), 48);
  const loc = Buffer.alloc(20);
  loc.writeUInt32LE(0x07064b50, 0);
  loc.writeBigUInt64LE(BigInt(at + cd.length), 8);
  loc.writeUInt32LE(1, 16);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(0xffff, 8);
  eocd.writeUInt16LE(0xffff, 10);
  eocd.writeUInt32LE(0xffffffff, 12);
  eocd.writeUInt32LE(0xffffffff, 16);
  return new Uint8Array(Buffer.concat([...chunks, cd, rec, loc, eocd]));
}

const have = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
(have("soffice") ? describe : describe.skip)("LibreOffice opens the written package (skipped where soffice is missing)", () => {
  it("converts every sheet, the user's and the added ones, to CSV", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "sanpi-pkg-"));
    try {
      const input = makePackage({
        sheets: [
          { name: "Sheet1", rows: `<row r="1"><c r="A1"><v>3</v></c></row>`, after: '<drawing r:id="rId1"/>', rels: [["rId1", "drawing", "../drawings/drawing1.xml"]] },
          { name: "台账", rows: `<row r="1">${inline("A1", "项目")}</row>`, after: X14_VALIDATION },
        ],
        parts: chartParts(),
      });
      const { bytes } = writeGenerated(input, [spec("排名-乡镇街道-2023", [["临汝镇", 98.5], ["汝南街道", 87]])]);
      const file = path.join(dir, "book.xlsx");
      writeFileSync(file, bytes);
      const profile = `file://${path.join(dir, "lo-profile")}`;
      execFileSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1", "--outdir", dir, file], { stdio: "ignore", timeout: 120_000 });
      const csv = (sheet: string) => readFileSync(path.join(dir, `book-${sheet}.csv`), "utf8");
      expect(readdirSync(dir).filter((f) => f.endsWith(".csv")).sort()).toEqual(["book-Sheet1.csv", "book-排名-乡镇街道-2023.csv", "book-台账.csv"].sort());
      expect(csv("排名-乡镇街道-2023")).toContain("临汝镇,98.50");
      expect(csv("台账")).toContain("项目");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});

describe("writeGenerated into a 1904-date workbook", () => {
  // A merged ledger's or a 问题台账's dates travel as 1900-system serials; a
  // workbook counting from 1904 (old Mac Excel files) must still show the same day.
  const dated: SheetSpec = {
    name: "问题台账",
    kind: "detail",
    title: null,
    columns: [
      { header: "计划开工日期", width: 13, input: "date", numFmt: "yyyy-mm-dd" },
      { header: "金额", width: 10, numFmt: "0" },
    ],
    rows: [[45000, 45000]],
    landscape: false,
  };

  it.each([
    [true, 45000 - 1462],
    [false, 45000],
  ])("date1904=%s: the cell stores %i and reads back as the same day", async (date1904, stored) => {
    const input = new Uint8Array(await craftXlsx({ date1904, sheets: [{ name: "项目台账", body: "<sheetData/>" }] }));
    expect(packageInfo(input).date1904).toBe(date1904);
    const { bytes } = writeGenerated(input, [dated]);
    const xml = new TextDecoder().decode(new ZipArchive(bytes).read("xl/worksheets/sheet2.xml")!);
    expect(xml).toMatch(new RegExp(`<c r="A2" s="\\d+"><v>${stored}</v>`));
    expect(xml).toMatch(/<c r="B2" s="\d+"><v>45000<\/v>/); // an amount is not shifted
    const back = await readBookValues(bytes);
    expect(back.values["问题台账"].values[1]).toEqual([45000, 45000]);
  });
});
