// The few bytes of the ZIP format an .xlsx needs (APPNOTE.TXT 6.3: end of
// central directory, central directory, local headers, ZIP64), on Uint8Array
// with fflate's streaming inflate: it runs in Node and in the browser alike,
// only the parts asked for are ever decompressed, and a part stops inflating
// at its cap (a zip bomb costs at most the cap, never the bomb's size).
//
// Exports (stable: the CLI, the page and the package writer use them):
//   ZipArchive(bytes, limits?) — entries(), has(name), entry(name), read(name), rawData(entry)
//   ZipError — a damaged archive; TooLargeError — a part or the archive over its cap
//   READ_LIMITS, partKey, crc32
import { Inflate } from "fflate";

/**
 * A file that is not a readable ZIP archive. Where the archive was cut short
 * (saving or downloading interrupted) the message says "central directory",
 * "unexpected end" or "invalid signature", which file-errors.ts tells apart.
 */
export class ZipError extends Error {}

/**
 * A part (or all the parts read together) inflates beyond its cap: a zip bomb,
 * or a workbook far bigger than any ledger. `limit` is in bytes.
 */
export class TooLargeError extends Error {
  constructor(
    readonly part: string,
    readonly limit: number,
    readonly scope: "part" | "archive",
  ) {
    super(`${part}: inflates beyond the ${scope} limit of ${limit} bytes`);
  }
}

export interface ReadLimits {
  /** Most bytes one part may inflate to. */
  part: number;
  /** Most bytes all the parts read from one archive may inflate to together. */
  archive: number;
}

/**
 * Far above any real ledger (a 50,000-project ledger's sheet is about 20 MB),
 * far below what brings a PC or a browser tab to its knees (decisions.md).
 */
export const READ_LIMITS: ReadLimits = { part: 200_000_000, archive: 600_000_000 };

/** One member of the archive as its central directory describes it. */
export interface ZipEntry {
  /** The name as stored (UTF-8 when flag bit 11 is set, else read as Latin-1). */
  name: string;
  /** The name's bytes exactly as stored (a copy keeps them). */
  nameBytes: Uint8Array;
  versionMadeBy: number;
  flags: number;
  method: number;
  /** MS-DOS time and date words. */
  time: number;
  date: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  internalAttrs: number;
  externalAttrs: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_U32 = 0xffffffff;

const u16 = (b: Uint8Array, at: number): number => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number): number => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
const u64 = (b: Uint8Array, at: number): number => u32(b, at) + u32(b, at + 4) * 2 ** 32;

/** OPC part names are case-insensitive (ECMA-376 Part 2, 9.1.1.1); some writers use backslashes. */
export const partKey = (name: string): string => name.replace(/\\/g, "/").replace(/^\//, "").toLowerCase();

const utf8 = new TextDecoder("utf-8");
const latin1 = (b: Uint8Array): string => {
  let s = "";
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
};

function findEndOfCentralDirectory(b: Uint8Array): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let at = b.length - 22; at >= stop; at--) if (u32(b, at) === EOCD) return at;
  throw new ZipError("Corrupted zip: can't find end of central directory");
}

/** Inflate's own words for a stream that ends early, said the way file-errors.ts recognises a cut-short file. */
const inflateMessage = (e: unknown): string => {
  const text = String((e as Error)?.message ?? e);
  return /unexpected EOF/i.test(text) ? "unexpected end of data" : text;
};

const STEP = 1 << 16;

export class ZipArchive {
  private readonly byKey = new Map<string, ZipEntry>();
  private readonly list: ZipEntry[] = [];
  /** Bytes inflated so far from this archive, against limits.archive. */
  private inflated = 0;

  constructor(
    readonly bytes: Uint8Array,
    private readonly limits: ReadLimits = READ_LIMITS,
  ) {
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
      let uncompressedSize = u32(bytes, at + 24);
      let localOffset = u32(bytes, at + 42);
      if (at + 46 + nameLen > bytes.length) throw new ZipError("bad central directory");
      const nameBytes = bytes.subarray(at + 46, at + 46 + nameLen);
      const name = flags & 0x800 ? utf8.decode(nameBytes) : latin1(nameBytes);
      if (compressedSize === MAX_U32 || uncompressedSize === MAX_U32 || localOffset === MAX_U32) {
        // ZIP64 extended information (APPNOTE 4.5.3): only the fields that overflowed, in this order.
        let x = at + 46 + nameLen;
        const end = Math.min(x + extraLen, bytes.length);
        while (x + 4 <= end) {
          const id = u16(bytes, x);
          const size = u16(bytes, x + 2);
          if (id === 0x0001) {
            let f = x + 4;
            if (uncompressedSize === MAX_U32) {
              uncompressedSize = u64(bytes, f);
              f += 8;
            }
            if (compressedSize === MAX_U32) {
              compressedSize = u64(bytes, f);
              f += 8;
            }
            if (localOffset === MAX_U32) localOffset = u64(bytes, f);
          }
          x += 4 + size;
        }
      }
      const entry: ZipEntry = {
        name,
        nameBytes,
        versionMadeBy: u16(bytes, at + 4),
        flags,
        method: u16(bytes, at + 10),
        time: u16(bytes, at + 12),
        date: u16(bytes, at + 14),
        crc32: u32(bytes, at + 16),
        compressedSize,
        uncompressedSize,
        internalAttrs: u16(bytes, at + 36),
        externalAttrs: u32(bytes, at + 38),
        localOffset,
      };
      this.list.push(entry);
      this.byKey.set(partKey(name), entry);
      at += 46 + nameLen + extraLen + commentLen;
    }
  }

  /** Every member in the order of the central directory. */
  entries(): readonly ZipEntry[] {
    return this.list;
  }

  entry(name: string): ZipEntry | undefined {
    return this.byKey.get(partKey(name));
  }

  has(name: string): boolean {
    return this.byKey.has(partKey(name));
  }

  /** The raw (still compressed) bytes of a member, exactly as stored. */
  rawData(e: ZipEntry): Uint8Array {
    if (e.flags & 1) throw new ZipError("encrypted");
    const b = this.bytes;
    const at = e.localOffset;
    if (at + 30 > b.length || u32(b, at) !== LOCAL) throw new ZipError(`invalid signature of the local header of ${e.name}`);
    const start = at + 30 + u16(b, at + 26) + u16(b, at + 28);
    const end = start + e.compressedSize;
    if (end > b.length) throw new ZipError(`unexpected end of ${e.name}`);
    return b.subarray(start, end);
  }

  /**
   * A part's bytes, or null when the archive has no such part. Throws
   * TooLargeError as soon as the part passes limits.part, or all the parts read
   * from this archive together pass limits.archive (a declared size past the
   * cap is refused before inflating anything).
   */
  read(name: string): Uint8Array | null {
    const job = this.start(name);
    if (job === null) return null;
    const { e, data, budget, tooLarge } = job;
    return this.count(e, e.method === 0 ? data : inflateCapped(data, e, budget, tooLarge), budget, tooLarge);
  }

  /**
   * Like read, inflating with the platform's DecompressionStream where there
   * is one (native zlib in Node and in browsers, on another thread in Node:
   * several parts inflate while the caller parses), else with fflate.
   */
  async readAsync(name: string): Promise<Uint8Array | null> {
    const job = this.start(name);
    if (job === null) return null;
    const { e, data, budget, tooLarge } = job;
    if (e.method === 0 || typeof DecompressionStream !== "function") return this.count(e, e.method === 0 ? data : inflateCapped(data, e, budget, tooLarge), budget, tooLarge);
    return this.count(e, await inflateStream(data, e, budget, tooLarge), budget, tooLarge);
  }

  private start(name: string): { e: ZipEntry; data: Uint8Array; budget: number; tooLarge: () => TooLargeError } | null {
    const e = this.byKey.get(partKey(name));
    if (!e) return null;
    const data = this.rawData(e);
    if (e.method !== 0 && e.method !== 8) throw new ZipError(`compression method ${e.method}`);
    const budget = Math.min(this.limits.part, this.limits.archive - this.inflated);
    const scope = budget < this.limits.part ? "archive" : "part";
    const tooLarge = () => new TooLargeError(e.name, scope === "part" ? this.limits.part : this.limits.archive, scope);
    if (e.uncompressedSize > budget || (e.method === 0 && data.length > budget)) throw tooLarge();
    // Reserved before inflating, so parts inflating at once cannot pass the archive's cap together.
    this.inflated += Math.max(0, e.uncompressedSize);
    return { e, data, budget, tooLarge };
  }

  /** The part's actual size replaces its reservation. */
  private count(e: ZipEntry, out: Uint8Array, budget: number, tooLarge: () => TooLargeError): Uint8Array {
    this.inflated += out.length - Math.max(0, e.uncompressedSize);
    if (out.length > budget || this.inflated > this.limits.archive) throw tooLarge();
    return out;
  }
}

/** A growing output buffer that refuses to pass `budget` bytes. */
class Sink {
  out: Uint8Array;
  size = 0;
  over = false;
  constructor(
    declared: number,
    private readonly budget: number,
  ) {
    // The declared size is a hint for one allocation; it is never trusted as a bound.
    this.out = new Uint8Array(Math.min(Math.max(declared, 1024), budget + 1));
  }
  /** False once the output passed the budget. */
  add(chunk: Uint8Array): boolean {
    if (this.over) return false;
    if (this.size + chunk.length > this.budget) {
      this.over = true;
      return false;
    }
    if (this.size + chunk.length > this.out.length) {
      const grown = new Uint8Array(Math.min(Math.max(this.out.length * 2, this.size + chunk.length), this.budget + 1));
      grown.set(this.out.subarray(0, this.size));
      this.out = grown;
    }
    this.out.set(chunk, this.size);
    this.size += chunk.length;
    return true;
  }
  bytes(): Uint8Array {
    return this.out.subarray(0, this.size);
  }
}

/** Inflates with DecompressionStream, fed in steps and read until the output passes `budget` (then cancelled). */
async function inflateStream(data: Uint8Array, e: ZipEntry, budget: number, tooLarge: () => Error): Promise<Uint8Array> {
  const sink = new Sink(e.uncompressedSize, budget);
  const stream = new DecompressionStream("deflate-raw");
  const writer = stream.writable.getWriter();
  let stop = false;
  const feeding = (async () => {
    for (let at = 0; at < data.length && !stop; at += STEP * 16) {
      await writer.ready;
      await writer.write(data.subarray(at, at + STEP * 16) as Uint8Array<ArrayBuffer>);
    }
    if (!stop) await writer.close();
  })();
  feeding.catch(() => undefined); // its failure shows on the reading side
  const reader = stream.readable.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!sink.add(value)) {
        stop = true;
        await reader.cancel().catch(() => undefined);
        throw tooLarge();
      }
    }
    await feeding;
  } catch (err) {
    if (err instanceof TooLargeError) throw err;
    throw new ZipError(`${e.name}: ${inflateMessage(err)}`);
  }
  return sink.bytes();
}

/** Inflates raw deflate data with fflate in steps, stopping as soon as the output passes `budget`. */
function inflateCapped(data: Uint8Array, e: ZipEntry, budget: number, tooLarge: () => Error): Uint8Array {
  const sink = new Sink(e.uncompressedSize, budget);
  const inflater = new Inflate((chunk) => sink.add(chunk));
  try {
    if (data.length === 0) inflater.push(data, true);
    for (let at = 0; at < data.length && !sink.over; at += STEP) inflater.push(data.subarray(at, at + STEP), at + STEP >= data.length);
  } catch (err) {
    throw new ZipError(`${e.name}: ${inflateMessage(err)}`);
  }
  if (sink.over) throw tooLarge();
  return sink.bytes();
}

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/** CRC-32 of the ZIP format (APPNOTE 4.4.7), for the parts the package writer adds. */
export function crc32(b: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < b.length; i++) c = CRC_TABLE[(c ^ b[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
