// The few bytes of the ZIP format an .xlsx needs (APPNOTE.TXT 6.3: end of
// central directory, central directory, local headers, ZIP64), with Node's own
// zlib for the inflating: no dependency, and only the parts asked for are
// ever decompressed.
import { inflateRaw, inflateRawSync } from "zlib";

/**
 * A file that is not a readable ZIP archive. Where the archive was cut short
 * (saving or downloading interrupted) the message says "central directory",
 * "unexpected end" or "invalid signature", which file-errors.ts tells apart.
 */
export class ZipError extends Error {}

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_U32 = 0xffffffff;

const u16 = (b: Buffer, at: number): number => b.readUInt16LE(at);
const u32 = (b: Buffer, at: number): number => b.readUInt32LE(at);
const u64 = (b: Buffer, at: number): number => Number(b.readBigUInt64LE(at));

/** OPC part names are case-insensitive (ECMA-376 Part 2, 9.1.1.1); some writers use backslashes. */
export const partKey = (name: string): string => name.replace(/\\/g, "/").replace(/^\//, "").toLowerCase();

function findEndOfCentralDirectory(b: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let at = b.length - 22; at >= stop; at--) if (u32(b, at) === EOCD) return at;
  throw new ZipError("Corrupted zip: can't find end of central directory");
}

export class ZipArchive {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly bytes: Buffer) {
    if (bytes.length < 22) throw new ZipError(`unexpected end of archive (${bytes.length} bytes)`);
    const eocd = findEndOfCentralDirectory(bytes);
    let count = u16(bytes, eocd + 10);
    let offset = u32(bytes, eocd + 16);
    if (count === 0xffff || offset === MAX_U32) {
      const locator = eocd - 20;
      if (locator < 0 || u32(bytes, locator) !== ZIP64_LOCATOR) throw new ZipError("bad ZIP64 locator");
      const record = u64(bytes, locator + 8);
      if (record + 56 > bytes.length || u32(bytes, record) !== ZIP64_EOCD) throw new ZipError("bad ZIP64 record");
      count = u64(bytes, record + 32);
      offset = u64(bytes, record + 48);
    }
    let at = offset;
    for (let i = 0; i < count; i++) {
      if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL) throw new ZipError("bad central directory");
      const nameLen = u16(bytes, at + 28);
      const extraLen = u16(bytes, at + 30);
      const commentLen = u16(bytes, at + 32);
      const flags = u16(bytes, at + 8);
      let compressedSize = u32(bytes, at + 20);
      const uncompressedSize = u32(bytes, at + 24);
      let localOffset = u32(bytes, at + 42);
      const name = bytes.toString(flags & 0x800 ? "utf8" : "latin1", at + 46, at + 46 + nameLen);
      if (compressedSize === MAX_U32 || uncompressedSize === MAX_U32 || localOffset === MAX_U32) {
        // ZIP64 extended information (APPNOTE 4.5.3): only the fields that overflowed, in this order.
        let x = at + 46 + nameLen;
        const end = x + extraLen;
        while (x + 4 <= end) {
          const id = u16(bytes, x);
          const size = u16(bytes, x + 2);
          if (id === 0x0001) {
            let f = x + 4;
            if (uncompressedSize === MAX_U32) f += 8;
            if (compressedSize === MAX_U32) (compressedSize = u64(bytes, f)), (f += 8);
            if (localOffset === MAX_U32) localOffset = u64(bytes, f);
          }
          x += 4 + size;
        }
      }
      this.entries.set(partKey(name), { name, method: u16(bytes, at + 10), flags, compressedSize, localOffset });
      at += 46 + nameLen + extraLen + commentLen;
    }
  }

  has(name: string): boolean {
    return this.entries.has(partKey(name));
  }

  /** The raw (still compressed) bytes of a part and how they are compressed, or null when absent. */
  private raw(name: string): { data: Buffer; method: number } | null {
    const e = this.entries.get(partKey(name));
    if (!e) return null;
    if (e.flags & 1) throw new ZipError("encrypted");
    const b = this.bytes;
    const at = e.localOffset;
    if (at + 30 > b.length || u32(b, at) !== LOCAL) throw new ZipError(`invalid signature of the local header of ${e.name}`);
    const start = at + 30 + u16(b, at + 26) + u16(b, at + 28);
    const end = start + e.compressedSize;
    if (end > b.length) throw new ZipError(`unexpected end of ${e.name}`);
    if (e.method !== 0 && e.method !== 8) throw new ZipError(`compression method ${e.method}`);
    return { data: b.subarray(start, end), method: e.method };
  }

  /** A part's bytes, or null when the archive has no such part. */
  read(name: string): Buffer | null {
    const r = this.raw(name);
    if (!r) return null;
    return r.method === 0 ? r.data : inflate(() => inflateRawSync(r.data), name);
  }

  /** Like read, inflating on libuv's thread pool so several parts decompress while the main thread parses. */
  readAsync(name: string): Promise<Buffer | null> {
    let r: ReturnType<ZipArchive["raw"]>;
    try {
      r = this.raw(name);
    } catch (e) {
      return Promise.reject(e);
    }
    if (!r || r.method === 0) return Promise.resolve(r ? r.data : null);
    const data = r.data;
    return new Promise((resolve, reject) =>
      inflateRaw(data, (err, out) => (err ? reject(new ZipError(`${name}: ${err.message}`)) : resolve(out))),
    );
  }
}

function inflate(f: () => Buffer, name: string): Buffer {
  try {
    return f();
  } catch (e) {
    throw new ZipError(`${name}: ${(e as Error).message}`);
  }
}
