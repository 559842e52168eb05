// An .xlsx with an open password is an OLE compound file like an old .xls; the
// refusal tells them apart and says how to remove the password (issue 11 item 7).
// The files are real (test/cli/files/README.md says how each was made).
import { readFileSync } from "fs";
import path from "path";
import { isEncryptedOoxml, isOleFile } from "../../src/xlsx/ole";
import { sanpi } from "./helpers";

const FILES = path.join(__dirname, "files");
const bytes = (name: string) => readFileSync(path.join(FILES, name));

/** A compound-file image whose directory sector (at 512) holds streams with these names. */
function compoundWith(names: string[], type = 2): Buffer {
  const b = Buffer.alloc(512 + 128 * 4);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b);
  names.forEach((name, i) => {
    const at = 512 + 128 * i;
    b.write(name, at, "utf16le");
    b.writeUInt16LE((name.length + 1) * 2, at + 64);
    b[at + 66] = type;
  });
  return b;
}

describe("isEncryptedOoxml", () => {
  it.each([
    ["encrypted.xlsx", true, true],
    ["old.xls", true, false],
    ["encrypted.xls", true, false], // an old .xls with a password is still an old .xls
  ])("%s: compound file %s, encrypted OOXML %s", (name, ole, encrypted) => {
    expect(isOleFile(bytes(name))).toBe(ole);
    expect(isEncryptedOoxml(bytes(name))).toBe(encrypted);
  });

  it("needs both streams, as streams, in directory entries", () => {
    expect(isEncryptedOoxml(compoundWith(["Root Entry", "EncryptionInfo", "EncryptedPackage"]))).toBe(true);
    expect(isEncryptedOoxml(compoundWith(["Root Entry", "EncryptedPackage"]))).toBe(false);
    expect(isEncryptedOoxml(compoundWith(["EncryptionInfo", "EncryptedPackage"], 1))).toBe(false); // storages
    const shifted = Buffer.concat([compoundWith([]).subarray(0, 520), compoundWith(["EncryptionInfo", "EncryptedPackage"]).subarray(512)]);
    expect(isEncryptedOoxml(shifted)).toBe(false); // names off the 128-byte grid are not entries
    expect(isEncryptedOoxml(readFileSync(path.join(__dirname, "..", "fixtures", "ledger-3", "ledger-3.xlsx")))).toBe(false);
  });
});

describe("sanpi on a compound file", () => {
  it("says an encrypted workbook is encrypted and how to remove the password", async () => {
    const r = await sanpi(["check", "encrypted.xlsx"], FILES);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toBe(
      "无法读取文件“encrypted.xlsx”：工作簿设有打开密码（已加密），无法读取：请在 Excel 中打开它，点 文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码后点确定并保存，再试\n",
    );
    const en = await sanpi(["check", "encrypted.xlsx", "--lang", "en"], FILES);
    expect(en.stderr).toMatch(/encrypted with an open password: .*File → Info → Protect Workbook → Encrypt with Password, clear the password/);
  });

  it("says an old .xls is an old .xls, without guessing at a password", async () => {
    for (const name of ["old.xls", "encrypted.xls"]) {
      const r = await sanpi(["score", name, "--quarter", "2023Q1"], FILES);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`无法读取文件“${name}”：这是旧版 .xls 文件：请在 Excel 中点 文件 → 另存为，保存类型选“Excel 工作簿(*.xlsx)”后再试\n`);
    }
  });
});
