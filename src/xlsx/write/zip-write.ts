// Writes a ZIP archive (APPNOTE.TXT 4.3) from members that are either copied
// exactly as they were compressed in another archive (their deflate data and
// CRC-32 untouched, never inflated) or new bytes deflated here with fflate.
// Browser-safe. Fresh local headers without data descriptors, no extra fields;
// names, times, attributes and the UTF-8 flag of copied members kept.
import { deflateSync } from "fflate";
import { crc32, type ZipEntry } from "../zip";

/** A member to write: `raw` is already compressed (a copy), `bytes` are compressed here. */
export type OutMember = { name: string; copy: ZipEntry; raw: Uint8Array } | { name: string; bytes: Uint8Array };

/** An archive this writer cannot produce without ZIP64 (more than 65,535 members or 4 GB). */
export class ZipWriteError extends Error {}

const utf8 = new TextEncoder();

/** Raw deflate of a new member: fflate (browser-safe) unless a host installs a faster one. */
let deflateRaw: (bytes: Uint8Array) => Uint8Array = (bytes) => deflateSync(bytes, { level: 6 });

/** A host's own raw deflate (the CLI: Node's zlib, several times faster than fflate on large sheets). */
export function useDeflate(f: (bytes: Uint8Array) => Uint8Array): void {
  deflateRaw = f;
}

interface Prepared {
  nameBytes: Uint8Array;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  data: Uint8Array;
  size: number;
  versionMadeBy: number;
  internalAttrs: number;
  externalAttrs: number;
}

/** MS-DOS time and date of a moment (2 s resolution), as ZIP stores them. */
function dosTime(d: Date): { time: number; date: number } {
  const year = Math.max(1980, d.getFullYear());
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

function prepare(m: OutMember, now: { time: number; date: number }): Prepared {
  if ("copy" in m) {
    const e = m.copy;
    // Bit 3 (sizes in a data descriptor) is dropped: the sizes are in the new local header.
    return {
      nameBytes: e.nameBytes,
      flags: e.flags & ~0x8,
      method: e.method,
      time: e.time,
      date: e.date,
      crc: e.crc32,
      data: m.raw,
      size: e.uncompressedSize,
      versionMadeBy: e.versionMadeBy,
      internalAttrs: e.internalAttrs,
      externalAttrs: e.externalAttrs,
    };
  }
  const ascii = /^[\x20-\x7e]*$/.test(m.name);
  return {
    nameBytes: utf8.encode(m.name),
    flags: ascii ? 0 : 0x800,
    method: 8,
    ...now,
    crc: crc32(m.bytes),
    data: deflateRaw(m.bytes),
    size: m.bytes.length,
    versionMadeBy: 20,
    internalAttrs: 0,
    externalAttrs: 0,
  };
}

/** The fields a local header and a central directory record share, in the same order: version needed … name length. */
function sharedFields(view: DataView, at: number, it: Prepared): void {
  view.setUint16(at, it.method === 8 ? 20 : 10, true);
  view.setUint16(at + 2, it.flags, true);
  view.setUint16(at + 4, it.method, true);
  view.setUint16(at + 6, it.time, true);
  view.setUint16(at + 8, it.date, true);
  view.setUint32(at + 10, it.crc, true);
  view.setUint32(at + 14, it.data.length, true);
  view.setUint32(at + 18, it.size, true);
  view.setUint16(at + 22, it.nameBytes.length, true);
}

/** The archive's bytes: local headers and data in order, the central directory, its end record. */
export function writeZip(members: OutMember[], now: Date = new Date()): Uint8Array {
  const stamp = dosTime(now);
  const items = members.map((m) => prepare(m, stamp));
  if (items.length > 0xffff) throw new ZipWriteError(`${items.length} members need ZIP64`);
  let localSize = 0;
  let centralSize = 0;
  for (const it of items) {
    localSize += 30 + it.nameBytes.length + it.data.length;
    centralSize += 46 + it.nameBytes.length;
  }
  const total = localSize + centralSize + 22;
  if (localSize + centralSize > 0xfffffffe) throw new ZipWriteError("the archive would need ZIP64 (over 4 GB)");
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  for (const it of items) {
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    sharedFields(view, at + 4, it); // extra field length (at + 28): 0
    out.set(it.nameBytes, at + 30);
    at += 30 + it.nameBytes.length;
    out.set(it.data, at);
    at += it.data.length;
  }
  const centralStart = at;
  items.forEach((it, i) => {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, it.versionMadeBy, true);
    sharedFields(view, at + 6, it);
    // extra length, comment length, disk number start: 0
    view.setUint16(at + 36, it.internalAttrs, true);
    view.setUint32(at + 38, it.externalAttrs, true);
    view.setUint32(at + 42, offsets[i], true);
    out.set(it.nameBytes, at + 46);
    at += 46 + it.nameBytes.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, items.length, true);
  view.setUint16(at + 10, items.length, true);
  view.setUint32(at + 12, at - centralStart, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}
