/**
 * The .zip container of a form read back by hand, checksums included: exceljs (JSZip) does not
 * check CRCs when it opens a file, but Excel and WPS do, and a wrong one makes them "repair" the
 * workbook.
 */
import { crc32, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { guide } from '../../src/knowledge/guide.ts';
import { ANONYMOUS, formFile } from '../../src/pack/pack.ts';
import { fixedPiece, pieceworkEntry, zipBytes, zipEntry } from '../../src/pack/zip-writer.ts';
import { FILLED_PROFILE } from '../support/filled-profile.ts';

interface Part {
  readonly name: string;
  readonly crc: number;
  readonly size: number;
  readonly bytes: Buffer;
}

/** Every part of an archive from its local headers, checked against its central directory record. */
function readZip(zip: Buffer): Part[] {
  const parts: Part[] = [];
  let at = 0;
  while (zip.readUInt32LE(at) === 0x04034b50) {
    const method = zip.readUInt16LE(at + 8);
    const compressed = zip.readUInt32LE(at + 18);
    const nameLength = zip.readUInt16LE(at + 26);
    const extra = zip.readUInt16LE(at + 28);
    const data = zip.subarray(at + 30 + nameLength + extra, at + 30 + nameLength + extra + compressed);
    parts.push({
      name: zip.subarray(at + 30, at + 30 + nameLength).toString('utf8'),
      crc: zip.readUInt32LE(at + 14),
      size: zip.readUInt32LE(at + 22),
      bytes: method === 8 ? inflateRawSync(data) : Buffer.from(data),
    });
    at += 30 + nameLength + extra + compressed;
  }
  const end = zip.length - 22;
  expect(zip.readUInt32LE(end)).toBe(0x06054b50);
  expect(zip.readUInt16LE(end + 10)).toBe(parts.length);
  let central = zip.readUInt32LE(end + 16);
  for (const part of parts) {
    expect(zip.readUInt32LE(central)).toBe(0x02014b50);
    expect(zip.readUInt32LE(central + 16)).toBe(part.crc);
    expect(zip.readUInt32LE(central + 24)).toBe(part.size);
    const nameLength = zip.readUInt16LE(central + 28);
    expect(zip.subarray(central + 46, central + 46 + nameLength).toString('utf8')).toBe(part.name);
    central += 46 + nameLength;
  }
  return parts;
}

describe('every form’s archive', () => {
  it.each(guide.forms.map((f) => f.id))('附件%s: every part’s checksum and size match its bytes', (formId) => {
    const form = guide.forms.find((f) => f.id === formId);
    if (!form) throw new Error(formId);
    for (const [profile, enterprise] of [
      [FILLED_PROFILE, { name: '甲&<公司>', projectName: '项目"一"', recommendingUnit: '南京市工业和信息化局' }],
      [{}, ANONYMOUS],
    ] as const) {
      for (const locale of ['zh-CN', 'en'] as const) {
        const parts = readZip(formFile(formId, form.program, profile, enterprise, locale).bytes);
        expect(parts.map((p) => p.name)).toContain('xl/worksheets/sheet1.xml');
        for (const p of parts) {
          expect(crc32(p.bytes), `${formId} ${locale} ${p.name}`).toBe(p.crc);
          expect(p.bytes.length, `${formId} ${locale} ${p.name}`).toBe(p.size);
        }
      }
    }
  });
});

describe('a part spliced from pieces', () => {
  it('inflates to its pieces in order, with their checksum, across empty pieces and text longer than a stored block', () => {
    const long = `<row>${'中'.repeat(30_000)}</row>`; // 90,000 bytes: two stored blocks
    const pieces = [fixedPiece('<sheetData>'), fixedPiece(''), '', long, fixedPiece('<row r="9"/>'), 'tail'];
    const entry = pieceworkEntry('xl/worksheets/sheet1.xml', pieces);
    const text = `<sheetData>${long}<row r="9"/>tail`;
    const [part] = readZip(zipBytes([entry, zipEntry('a.xml', 'small')]));
    expect(part?.bytes.toString('utf8')).toBe(text);
    expect(part?.crc).toBe(crc32(Buffer.from(text)));
    expect(part?.size).toBe(Buffer.byteLength(text));
  });
});
