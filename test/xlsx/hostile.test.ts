// Hostile or broken files (issue 15 §3 items 1, 2, 3, 7, 8), each made here:
// every one ends quickly with a clear Chinese message, never a crash, a hang
// or a wrong number.
import { writeFileSync } from "fs";
import path from "path";
import { parseAmount } from "../../src/engine/parse/cells";
import { readBookValues, TooLargeError, XmlError } from "../../src/xlsx/book";
import { FIXTURE, sanpi, scratch } from "../cli/helpers";
import { readFileSync } from "fs";
import { inline, makePackage } from "./make-package";
import { beforeSheetDataEnd, bombBook, bombData, ledgerWith } from "./hostile-files";

const tmp = scratch();

const save = (name: string, bytes: Uint8Array): string => {
  const file = path.join(tmp.dir(), name);
  writeFileSync(file, bytes);
  return file;
};

describe("§3.1 one filled cell far right or far down does not build the empty rectangle", () => {
  it("a space in XFD1 of the ledger: the same verdict as without it", async () => {
    const plain = await sanpi(["check", FIXTURE, "--all"], tmp.dir());
    const file = save("xfd1.xlsx", ledgerWith((xml) => xml.replace(/(<row [^>]*r="1"[^>]*>)(.*?)(<\/row>)/, `$1$2${inline("XFD1", " ")}$3`)));
    const values = (await readBookValues(readFileSync(file))).values["项目台账"].values;
    expect(values[0].length).toBe(16_384);
    expect(Math.max(...values.slice(1).map((r) => r.length))).toBeLessThan(100); // the other rows end at their own last cell
    const hostile = await sanpi(["check", file, "--all"], tmp.dir());
    expect(hostile).toEqual(plain);
  });

  it("one cell at XFD1048576: read as that one cell, rows not padded to 16,384 columns", async () => {
    const file = save("xfd.xlsx", ledgerWith(beforeSheetDataEnd(`<row r="1048576">${inline("XFD1048576", "x")}</row>`)));
    const values = (await readBookValues(readFileSync(file))).values["项目台账"].values;
    expect(values.length).toBe(1_048_576);
    expect(values[1_048_575].length).toBe(16_384);
    expect(values[1_048_575][16_383]).toBe("x");
    expect(values[500]).toEqual([]);
    expect(values[0].length).toBeLessThan(100);
    const r = await sanpi(["check", file], tmp.dir());
    expect(r.code).toBeLessThan(2);
  }, 60_000);
});

describe("§3.2 zip bombs stop at the cap with 文件过大或已损坏 and the limit", () => {
  const data = bombData(400); // 400 MB of XML in under 3 MB
  it("is a bomb of under 3 MB", () => expect(data.length).toBeLessThan(3_000_000));

  for (const [label, declared] of [
    ["its true size declared", 400 << 20],
    ["a false small size declared", 1000],
  ] as const) {
    it(`one 400 MB part five sheets point at, ${label}: check and rank refuse it naming the 200 MB limit`, async () => {
      const file = save(`bomb-${declared}.xlsx`, bombBook(data, declared, 5));
      for (const argv of [["check", file], ["rank", file, "--year", "2023", "--out", path.join(tmp.dir(), `r-${declared}.xlsx`)]]) {
        const r = await sanpi(argv, tmp.dir());
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/^无法读取文件“[^”]+”：文件过大或已损坏：其中“xl\/worksheets\/sheet1\.xml”解压后超过 200 MB 的上限/);
      }
    }, 120_000);
  }

  it("a part several sheets point at is inflated once; parts read together stop at the archive's cap", async () => {
    const small = bombData(1); // 1 MB
    const limits = { part: 1.5e6, archive: 2.5e6 };
    const shared = await readBookValues(bombBook(small, 1 << 20, 5), undefined, limits); // 5 × 1 MB would pass 2.5 MB
    expect(Object.keys(shared.values)).toHaveLength(5);
    const err = await readBookValues(bombBook(bombData(2), 2 << 20, 1), undefined, limits).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TooLargeError);
    expect((err as TooLargeError).scope).toBe("part");
    // Three distinct 1 MB parts: the third passes the archive's 2.5 MB.
    const three = makePackage({ sheets: [1, 2, 3].map((i) => ({ name: `表${i}`, rows: `<row r="1">${inline("A1", "x".repeat(1 << 20))}</row>` })) });
    const err3 = await readBookValues(three, undefined, limits).catch((e: unknown) => e);
    expect(err3).toBeInstanceOf(TooLargeError);
    expect((err3 as TooLargeError).scope).toBe("archive");
  });
});

describe("§3.3, §3.7 malformed XML: one reader, one verdict, naming the row", () => {
  const cases: [string, string][] = [
    ["&#0;", `<c r="A7" t="inlineStr"><is><t>a&#0;b</t></is></c>`],
    ["a lone surrogate", `<c r="A7" t="inlineStr"><is><t>a&#xD800;b</t></is></c>`],
    ["&unknown;", `<c r="A7" t="inlineStr"><is><t>a&unknown;b</t></is></c>`],
    ["an unclosed CDATA", `<c r="A7" t="inlineStr"><is><t><![CDATA[吞掉后面所有行</t></is></c>`],
  ];
  for (const [label, cell] of cases) {
    it(`${label} in row 7: check and rank both refuse the file, naming 项目台账 row 7`, async () => {
      const file = save(`bad-${cases.findIndex((c) => c[0] === label)}.xlsx`, ledgerWith(beforeSheetDataEnd(`<row r="7000">${cell.replace(/A7/g, "A7000")}</row>`)));
      const check = await sanpi(["check", file], tmp.dir());
      const rank = await sanpi(["rank", file, "--year", "2023", "--out", path.join(tmp.dir(), `r-${label.length}.xlsx`)], tmp.dir());
      expect(check.code).toBe(2);
      expect(check.stderr).toContain("工作表“项目台账”第 7000 行");
      expect([rank.code, rank.stderr]).toEqual([2, check.stderr]);
    });
  }

  it("a DOCTYPE (whose internal subset could hide a <row> other readers do not see) is refused, quoted ]> included", async () => {
    const doctype = `<!DOCTYPE worksheet [<!ENTITY x "]><row r='3'><c r='B3'><v>200000</v></c></row>">]>`;
    const file = save("doctype.xlsx", ledgerWith((xml) => xml.replace(/(<worksheet)/, `${doctype}$1`)));
    const err = await readBookValues(readFileSync(file)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(XmlError);
    expect((err as XmlError).what).toBe("a DOCTYPE declaration");
    const r = await sanpi(["check", file], tmp.dir());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("不是有效的 XML");
  });
});

describe("§3.8 amounts are finite decimals", () => {
  it("310 digits of text are an amount error, not 10亿", () => {
    const r = parseAmount("1" + "0".repeat(310));
    expect(r.ok).toBe(false);
  });

  it("<v>0x1F</v>, <v>0b11</v>, <v>Infinity</v> read as text (then an amount error), decimals as numbers", async () => {
    const v = (ref: string, x: string) => `<c r="${ref}"><v>${x}</v></c>`;
    const book = makePackage({ sheets: [{ name: "表", rows: `<row r="1">${v("A1", "0x1F")}${v("B1", "0b11")}${v("C1", "Infinity")}${v("D1", "1.5E3")}${v("E1", "-.5")}${v("F1", " 12 ")}</row>` }] });
    const row = (await readBookValues(book)).values["表"].values[0];
    expect(row).toEqual(["0x1F", "0b11", "Infinity", 1500, -0.5, 12]);
    expect(parseAmount(row[0]).ok).toBe(false);
  });
});
