/**
 * The smallest .zip container an .xlsx needs: local headers, data, central directory. Parts that
 * never change (styles, relationships) are compressed once and reused as `ZipEntry`s; a part that
 * changes in a few places is spliced from pieces compressed once and the changed text stored
 * (`pieceworkEntry`), so a form costs no deflate at all. No zip64: a form is kilobytes.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';

/** One file of the archive, already compressed (or stored). */
export interface ZipEntry {
  readonly name: Buffer;
  readonly method: 0 | 8;
  readonly crc: number;
  readonly size: number;
  readonly data: Buffer;
}

/** Parts are compressed once and reused, so the smallest output is worth its time. */
const LEVEL = 6;
/** Below this, deflating costs more than the bytes it saves. */
const STORE_BELOW = 256;

/** A part of the archive from its text (UTF-8). */
export function zipEntry(name: string, text: string): ZipEntry {
  const raw = Buffer.from(text, 'utf8');
  const store = raw.length < STORE_BELOW;
  return {
    name: Buffer.from(name, 'utf8'),
    method: store ? 0 : 8,
    crc: crc32(raw),
    size: raw.length,
    data: store ? raw : deflateRawSync(raw, { level: LEVEL }),
  };
}

// Every part carries the time this process started: a DOS date, which no reader of a form uses.
const STAMP = dosTime(new Date());

function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** The fields a local header and its central record share, from "version needed" to the name's length. */
function entryFields(out: Buffer, at: number, e: ZipEntry): number {
  let p = out.writeUInt16LE(20, at);
  p = out.writeUInt16LE(0x0800, p); // names are UTF-8
  p = out.writeUInt16LE(e.method, p);
  p = out.writeUInt16LE(STAMP.time, p);
  p = out.writeUInt16LE(STAMP.date, p);
  p = out.writeUInt32LE(e.crc, p);
  p = out.writeUInt32LE(e.data.length, p);
  p = out.writeUInt32LE(e.size, p);
  return out.writeUInt16LE(e.name.length, p);
}

/** The archive's bytes. */
export function zipBytes(entries: readonly ZipEntry[]): Buffer {
  let local = 0;
  let central = 0;
  for (const e of entries) {
    local += 30 + e.name.length + e.data.length;
    central += 46 + e.name.length;
  }
  const out = Buffer.allocUnsafe(local + central + 22);
  let at = 0;
  const offsets: number[] = [];
  for (const e of entries) {
    offsets.push(at);
    at = out.writeUInt32LE(0x04034b50, at);
    at = entryFields(out, at, e);
    at = out.writeUInt16LE(0, at); // extra
    at += e.name.copy(out, at);
    at += e.data.copy(out, at);
  }
  const centralAt = at;
  entries.forEach((e, i) => {
    at = out.writeUInt32LE(0x02014b50, at);
    at = out.writeUInt16LE(20, at); // made by
    at = entryFields(out, at, e);
    at = out.writeUInt16LE(0, at); // extra
    at = out.writeUInt16LE(0, at); // comment
    at = out.writeUInt16LE(0, at); // disk
    at = out.writeUInt16LE(0, at); // internal attributes
    at = out.writeUInt32LE(0, at); // external attributes
    at = out.writeUInt32LE(offsets[i] as number, at);
    at += e.name.copy(out, at);
  });
  at = out.writeUInt32LE(0x06054b50, at);
  at = out.writeUInt16LE(0, at);
  at = out.writeUInt16LE(0, at);
  at = out.writeUInt16LE(entries.length, at);
  at = out.writeUInt16LE(entries.length, at);
  at = out.writeUInt32LE(central, at);
  at = out.writeUInt32LE(centralAt, at);
  out.writeUInt16LE(0, at);
  return out;
}

/**
 * A fixed piece of a part, compressed once and ending on a byte boundary (a sync flush) with no
 * back-references outside itself, so it can be spliced into any part's deflate stream.
 */
export interface FixedPiece {
  readonly raw: Buffer;
  readonly deflated: Buffer;
}

/** A fixed piece from its text. */
export function fixedPiece(text: string): FixedPiece {
  const raw = Buffer.alloc(Buffer.byteLength(text, 'utf8'));
  raw.write(text, 'utf8');
  return { raw, deflated: deflateRawSync(raw, { level: 6, finishFlush: constants.Z_SYNC_FLUSH }) };
}

/** A deflate stream's closing block: final, stored, empty. */
const FINAL_BLOCK = Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff]);
const STORED_MAX = 0xffff;

/**
 * A part made of fixed pieces (compressed once) and variable text, without running deflate: the
 * variable text goes in stored blocks between the fixed pieces' compressed bytes. A form's cells
 * that change per enterprise are a few rows of a sheet; the rest was compressed with its template.
 */
export function pieceworkEntry(name: string, pieces: readonly (FixedPiece | string)[]): ZipEntry {
  const chunks: Buffer[] = [];
  let crc = 0;
  let size = 0;
  for (const piece of pieces) {
    if (typeof piece !== 'string') {
      // Node 20's crc32 returns 0, not the running value, for some empty buffers.
      if (piece.raw.length === 0) continue;
      crc = crc32(piece.raw, crc);
      size += piece.raw.length;
      chunks.push(piece.deflated);
      continue;
    }
    if (piece === '') continue;
    const raw = Buffer.from(piece, 'utf8');
    crc = crc32(raw, crc);
    size += raw.length;
    for (let at = 0; at < raw.length; at += STORED_MAX) {
      const len = Math.min(STORED_MAX, raw.length - at);
      const header = Buffer.allocUnsafe(5);
      header[0] = 0x00; // not final, stored; the rest of the byte is padding
      header.writeUInt16LE(len, 1);
      header.writeUInt16LE(len ^ 0xffff, 3);
      chunks.push(header, raw.subarray(at, at + len));
    }
  }
  chunks.push(FINAL_BLOCK);
  return { name: Buffer.from(name, 'utf8'), method: 8, crc: crc >>> 0, size, data: Buffer.concat(chunks) };
}
