// The ExcelJS host gives what Excel's range.values gives, and refuses bad files in one line.
import { writeFileSync, mkdirSync } from "fs";
import path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { CliError } from "../../src/cli/errors";
import { loadXlsx, readXlsx } from "../../src/cli/xlsx-read";
import { dateToSerial, plainValue, sheetValues } from "../support/exceljs-values";
import { ymdToSerial } from "../../src/engine/parse/dates";
import { generateBook, toSheetInputs, writeBookXlsx } from "../support/ledger-generator";
import { FIXTURE, sanpi, scratch } from "./helpers";

const tmp = scratch();

describe("the ExcelJS reference reader (test/support): plainValue, one cell as range.values gives it", () => {
  it.each([
    ["blank", null, ""],
    ["number", 12.5, 12.5],
    ["text", "临汝镇", "临汝镇"],
    ["text that looks like a formula", "=1+1", "=1+1"],
    ["boolean", true, true],
    ["rich text", { richText: [{ text: "汝州市" }, { font: { bold: true }, text: "临汝镇" }] }, "汝州市临汝镇"],
    ["hyperlink", { text: "项目1", hyperlink: "https://example.org" }, "项目1"],
    ["hyperlink with rich text", { text: { richText: [{ text: "项" }, { text: "目" }] }, hyperlink: "x" }, "项目"],
    ["formula result", { formula: "A1*2", result: 24000 }, 24000],
    ["formula with an error result", { formula: "1/0", result: { error: "#DIV/0!" } }, "#DIV/0!"],
    ["formula never calculated", { formula: "A1" }, ""],
    ["shared formula", { sharedFormula: "B2", result: "是" }, "是"],
    ["error cell", { error: "#N/A" }, "#N/A"],
  ])("%s", (_, value, expected) => {
    expect(plainValue(value as ExcelJS.CellValue)).toEqual(expected);
  });

  it("gives a Date as the 1900-system serial Excel stores, time of day as the fraction", () => {
    expect(plainValue(new Date(Date.UTC(2023, 2, 15)))).toBe(ymdToSerial(2023, 3, 15));
    expect(dateToSerial(new Date(Date.UTC(2023, 0, 1, 12)))).toBeCloseTo(ymdToSerial(2023, 1, 1) + 0.5, 10);
    expect(plainValue({ formula: "TODAY()", result: new Date(Date.UTC(2023, 11, 31)) })).toBe(ymdToSerial(2023, 12, 31));
  });
});

describe("readXlsx (our reader) and the ExcelJS reference agree", () => {
  it("is rectangular from A1, blank rows and gaps as '', merged cells only in their top-left cell", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("项目台账");
    ws.getCell("B2").value = "标题";
    ws.mergeCells("B2:D2");
    ws.getCell("A4").value = 1;
    ws.getCell("E4").value = { richText: [{ text: "a" }, { text: "b" }] };
    ws.getCell("C5").value = new Date(Date.UTC(2023, 5, 30));
    // Through a real file: what ExcelJS reads back, not what it holds in memory.
    const file = path.join(tmp.dir(), "shape.xlsx");
    await wb.xlsx.writeFile(file);
    const expected = [
      ["", "", "", "", ""],
      ["", "标题", "", "", ""],
      ["", "", "", "", ""],
      [1, "", "", "", "ab"],
      ["", "", ymdToSerial(2023, 6, 30), "", ""],
    ];
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(file);
    expect(sheetValues(back.getWorksheet("项目台账")!)).toEqual(expected);
    expect((await readXlsx(file))["项目台账"]).toEqual({ values: expected, merges: [{ row0: 1, col0: 1, row1: 1, col1: 3 }] });
  });

  it("reads a generated messy ledger back exactly as the in-memory range.values", async () => {
    const book = generateBook({ projects: 300, seed: 7 });
    const file = path.join(tmp.dir(), "gen.xlsx");
    await writeBookXlsx(book, file);
    expect(await readXlsx(file)).toEqual(toSheetInputs(book));
  });

  it("gives 1900-system serials for a workbook saved in the 1904 date system", async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet("项目台账");
    ws.getCell("A1").value = new Date(Date.UTC(2023, 2, 15));
    ws.getCell("A1").numFmt = "yyyy-mm-dd";
    const file = path.join(tmp.dir(), "1904.xlsx");
    await wb.xlsx.writeFile(file);
    expect((await readXlsx(file))["项目台账"].values).toEqual([[ymdToSerial(2023, 3, 15)]]);
  });

  it("reads every sheet of the sample workbook", async () => {
    const values = await readXlsx(FIXTURE);
    expect(Object.keys(values)).toEqual(expect.arrayContaining(["项目台账", "考核录入", "企业评议"]));
    const ledger = values["项目台账"].values;
    expect(new Set(ledger.map((r) => r.length)).size).toBe(1);
    expect(ledger.flat().some((v) => v instanceof Date || (v !== null && typeof v === "object"))).toBe(false);
  });
});

describe("formula cells as their cached value (issue 7; workbook-format §1.1)", () => {
  // A SUM that totals 0, stored as <f>…</f><v>0</v>: ExcelJS 4.4.0 reads it with no result.
  async function ledgerWith(completed: ExcelJS.CellValue): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("项目台账");
    ws.addRow(["项目名称", "责任单位", "总投资(万元)", "产业类别", "累计完成投资(万元)", "本年", "往年"]);
    ws.addRow(["汝州市产业园项目", "临汝镇", 12000, "制造业", completed, 0, 0]);
    const file = path.join(tmp.dir(), `formula-${JSON.stringify(completed).length}.xlsx`);
    await wb.xlsx.writeFile(file);
    return file;
  }

  it("reads a formula cached as 0 as 0, and sanpi check reports no formula without value", async () => {
    const file = await ledgerWith({ formula: "F2+G2", result: 0 });
    const sheetXml = await (await JSZip.loadAsync(require("fs").readFileSync(file))).file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheetXml).toMatch(/<c r="E2"[^>]*><f>F2\+G2<\/f><v>0<\/v><\/c>/); // the case itself is in the file
    expect((await readXlsx(file))["项目台账"].values[1][4]).toBe(0);
    const r = await sanpi(["check", file], tmp.dir());
    expect(r.stdout).not.toMatch(/cell\.formulaNoValue/);
  });

  it("passes a formula that was never calculated as { formula }, which sanpi check reports with its cell", async () => {
    const file = await ledgerWith({ formula: "F2+G2" } as ExcelJS.CellValue);
    expect((await readXlsx(file))["项目台账"].values[1][4]).toEqual({ formula: "F2+G2" });
    const r = await sanpi(["check", file, "--verbose"], tmp.dir()); // the code column shows with --verbose (issue 20 item 14)
    expect(r.stdout).toMatch(/E2.*cell\.formulaNoValue/);
  });
});

describe("unreadable files: a CliError with exit code 2 and one Chinese line", () => {
  const cases: [string, () => Promise<string>, RegExp][] = [
    ["missing", async () => path.join(tmp.dir(), "无此文件.xlsx"), /文件不存在/],
    ["a folder", async () => {
      const d = path.join(tmp.dir(), "folder.xlsx");
      mkdirSync(d, { recursive: true });
      return d;
    }, /文件夹/],
    ["empty", async () => write("empty.xlsx", Buffer.alloc(0)), /空的/],
    ["old .xls", async () => write("old.xls", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])), /\.xls/],
    ["CSV renamed", async () => write("data.xlsx", Buffer.from("项目名称,单位\n项目1,临汝镇\n")), /不是 \.xlsx/],
    ["a zip that is not a workbook", async () => {
      const zip = new JSZip();
      zip.file("readme.txt", "hello");
      return write("notbook.xlsx", await zip.generateAsync({ type: "nodebuffer" }));
    }, /不是 \.xlsx|损坏/],
    ["truncated", async () => write("cut.xlsx", require("fs").readFileSync(FIXTURE).subarray(0, 5000)), /不完整/],
  ];
  const write = (name: string, bytes: Buffer): string => {
    const f = path.join(tmp.dir(), name);
    writeFileSync(f, bytes);
    return f;
  };

  it.each(cases)("%s", async (_, make, reason) => {
    const file = await make();
    const err = await loadXlsx(file, "zh", "台账.xlsx").then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(CliError);
    expect((err as CliError).exitCode).toBe(2);
    expect((err as CliError).message).toMatch(/^无法读取文件“台账\.xlsx”：/);
    expect((err as CliError).message).toMatch(reason);
    expect((err as CliError).message).not.toMatch(/\n/);
  });
});
