/**
 * Reads a sign-up sheet file into rows of cells: `.xlsx` with exceljs, `.csv` with csv-parse.
 * Only file I/O and format decoding live here; what the cells mean is `src/outreach/sheet-rows.ts`.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { RawCell, RawRow } from '../outreach/sheet-rows.ts';

/** Why a sheet file could not be opened at all. */
export type SheetFileErrorCode = 'unsupported_format' | 'unreadable_file';

/** A sheet file that could not be opened; the CLI maps the code to a message. */
export class SheetFileError extends Error {
  constructor(
    readonly code: SheetFileErrorCode,
    readonly path: string,
  ) {
    super(`${code}: ${path}`);
  }
}

/** The rows of the first worksheet (.xlsx) or of the file (.csv). */
export async function readSheetFile(path: string): Promise<RawRow[]> {
  const ext = extname(path).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.csv') throw new SheetFileError('unsupported_format', path);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw new SheetFileError('unreadable_file', path);
  }
  try {
    return ext === '.csv' ? csvRows(bytes) : await xlsxRows(bytes);
  } catch (err) {
    if (err instanceof SheetFileError) throw err;
    throw new SheetFileError('unreadable_file', path);
  }
}

/** CSV as saved by Excel on a Chinese Windows (GB18030) or by anything else (UTF-8, with or without BOM). */
export function csvRows(bytes: Uint8Array): RawRow[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('gb18030').decode(bytes);
  }
  const records = parse(text, {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: false,
    info: true,
  }) as unknown as {
    record: string[];
    info: { lines: number };
  }[];
  return records.map(({ record, info }) => ({ rowNumber: info.lines, cells: record }));
}

async function xlsxRows(bytes: Buffer): Promise<RawRow[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: RawCell[] = [];
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.getCell(c);
      cells.push(xlsxCell(cell.value, cell.numFmt));
    }
    rows.push({ rowNumber, cells });
  });
  return rows;
}

function xlsxCell(value: ExcelJS.CellValue, numFmt: string | undefined): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    // A percent-formatted cell holds 0.2 for what staff see as 20 %.
    return numFmt?.includes('%') ? `${Math.round(value * 1e8) / 1e6}%` : value;
  }
  if (typeof value === 'string' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return String(value.text);
  if ('result' in value) {
    const r = value.result;
    return r === undefined || (typeof r === 'object' && !(r instanceof Date)) ? null : r;
  }
  return null;
}
