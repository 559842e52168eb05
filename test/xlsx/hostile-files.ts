// Hostile workbooks made at test time (issue 15 §3), for the reader's tests
// (hostile.test.ts) and the page's (test/browser/page-hostile.test.ts).
import { readFileSync } from "fs";
import { partKey, ZipArchive, type ZipEntry } from "../../src/xlsx/zip";
import { writeZip, type OutMember } from "../../src/xlsx/write/zip-write";
import { FIXTURE } from "../cli/helpers";

const enc = new TextEncoder();
const dec = new TextDecoder();

/** The fixture ledger with its 项目台账 sheet's XML changed by `edit`. */
export function ledgerWith(edit: (xml: string) => string, ledger: string = FIXTURE): Uint8Array {
  const zip = new ZipArchive(readFileSync(ledger));
  const wb = dec.decode(zip.read("xl/workbook.xml")!);
  const rid = /<sheet [^>]*name="项目台账"[^>]*r:id="(rId\d+)"/.exec(wb)![1];
  const rels = dec.decode(zip.read("xl/_rels/workbook.xml.rels")!);
  const target = "xl/" + new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)![1];
  return writeZip(
    zip.entries().map((e): OutMember => {
      const bytes = zip.read(e.name)!;
      return { name: e.name, bytes: partKey(e.name) === partKey(target) ? enc.encode(edit(dec.decode(bytes))) : bytes };
    }),
  );
}

export const beforeSheetDataEnd = (extra: string) => (xml: string) => xml.replace(/<\/sheetData>/, `${extra}</sheetData>`);

/** A workbook whose `sheets` sheets all point at one part holding `data` (raw deflate) that claims `declared` bytes. */
export function bombBook(data: Uint8Array, declared: number, sheets: number): Uint8Array {
  const part = (name: string, xml: string): OutMember => ({ name, bytes: enc.encode(xml) });
  const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const entry: ZipEntry = { name: "xl/worksheets/sheet1.xml", nameBytes: enc.encode("xl/worksheets/sheet1.xml"), versionMadeBy: 20, flags: 0, method: 8, time: 0, date: 33, crc32: 0, compressedSize: data.length, uncompressedSize: declared, internalAttrs: 0, externalAttrs: 0, localOffset: 0 };
  const list = Array.from({ length: sheets }, (_, i) => i + 1);
  return writeZip([
    part("[Content_Types].xml", `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`),
    part("_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    part("xl/workbook.xml", `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${list.map((i) => `<sheet name="项目台账${i === 1 ? "" : i}" sheetId="${i}" r:id="rId${i}"/>`).join("")}</sheets></workbook>`),
    part("xl/_rels/workbook.xml.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${list.map((i) => `<Relationship Id="rId${i}" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>`).join("")}</Relationships>`),
    { name: entry.name, copy: entry, raw: data },
  ]);
}


/**
 * `mb` MB of "<c/>" repeated, as a raw deflate stream written by hand (RFC 1951 §3.2.6): one
 * fixed-Huffman block of the four literals, then copies of 258 bytes at distance 4. About 1:160
 * (200 MB in 1.3 MB), made in milliseconds where a compressor takes seconds.
 */
export function bombData(mb: number): Uint8Array {
  const PATTERN = "<c/>";
  const total = mb * (1 << 20);
  const matches = Math.floor((total - PATTERN.length) / 258);
  const out = new Uint8Array(Math.ceil((3 + 8 * 258 + 13 * matches + 7) / 8) + 1);
  let bit = 0;
  const put = (value: number, n: number, msbFirst: boolean): void => {
    for (let i = 0; i < n; i++, bit++) if ((value >> (msbFirst ? n - 1 - i : i)) & 1) out[bit >> 3] |= 1 << (bit & 7);
  };
  const literal = (at: number) => put(0x30 + PATTERN.charCodeAt(at % PATTERN.length), 8, true); // 0–143: 8 bits from 0x30
  put(1, 1, false); // the last block
  put(1, 2, false); // fixed Huffman codes
  for (let at = 0; at < PATTERN.length; at++) literal(at);
  for (let i = 0; i < matches; i++) {
    put(0xc5, 8, true); // length 258: code 285
    put(3, 5, true); // distance 4: code 3
  }
  for (let at = PATTERN.length + 258 * matches; at < total; at++) literal(at);
  put(0, 7, true); // end of block
  return out.subarray(0, (bit + 7) >> 3);
}
