// OLE compound files (MS-CFB): the old .xls format, and also the wrapper Excel
// puts around an .xlsx saved with an open password (MS-OFFCRYPTO 2.3.4: the
// streams "EncryptionInfo" and "EncryptedPackage"). Telling the two apart lets
// the refusal say which it is and what to do (issue 11 item 7).
// https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-cfb/60fe8611-66c3-496b-b70d-a504c94c9ace (directory entry)
// https://learn.microsoft.com/en-us/openspecs/office_file_formats/ms-offcrypto/4f2e28a1-624a-4bed-b3ec-816f0df484ff (ECMA-376 document encryption)

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** A directory entry is 128 bytes; sectors (512 or 4096 bytes) hold whole entries, so every entry starts at a multiple of 128. */
const ENTRY = 128;
const STREAM = 2;

export const isOleFile = (bytes: Uint8Array): boolean => OLE_SIGNATURE.every((b, i) => bytes[i] === b);

/** Whether the directory entry at `at` is a stream named `name` (UTF-16LE, length in bytes with the terminator at +64, type at +66). */
function isStreamEntry(bytes: Uint8Array, at: number, name: string): boolean {
  const length = bytes[at + 64] | (bytes[at + 65] << 8);
  if (length !== (name.length + 1) * 2 || bytes[at + 66] !== STREAM) return false;
  for (let i = 0; i < name.length; i++) {
    if (bytes[at + 2 * i] !== name.charCodeAt(i) || bytes[at + 2 * i + 1] !== 0) return false;
  }
  return true;
}

/**
 * An encrypted OOXML package: a compound file with both the EncryptionInfo and
 * the EncryptedPackage stream. The directory entries are found where they can
 * only be (128-byte aligned), which needs no walk of the sector chains.
 */
export function isEncryptedOoxml(bytes: Uint8Array): boolean {
  if (!isOleFile(bytes)) return false;
  let info = false;
  let pkg = false;
  for (let at = 512; at + ENTRY <= bytes.length && !(info && pkg); at += ENTRY) {
    info ||= isStreamEntry(bytes, at, "EncryptionInfo");
    pkg ||= isStreamEntry(bytes, at, "EncryptedPackage");
  }
  return info && pkg;
}
