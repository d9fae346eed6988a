import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSheetFile, SheetFileError } from '../../src/cli/read-sheet.ts';
import { readSheetRows } from '../../src/outreach/sheet-rows.ts';
import { csvText, xlsxBytes } from '../support/sheets.ts';

async function tempFile(name: string, bytes: Uint8Array | string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'sheet-'));
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

describe('reading sheet files', () => {
  it('an .xlsx with a merged title row, dates, percentages and formulas reads as staff see it', async () => {
    const bytes = await xlsxBytes(
      ['企业名称', '完工时间', '贷款利率（%）', '项目总投资（万元）', '主营业务收入（万元）'],
      [
        ['常州甲机械有限公司', new Date(Date.UTC(2021, 8, 30)), 0.045, { formula: 'A1', result: 3500 }, 5000],
        ['常州乙', '2021-06-30', 0.04, 2800, 5000],
      ],
      { title: '2022年免费诊断报名表', percentColumns: [3] },
    );
    const rows = await readSheetFile(await tempFile('报名表.xlsx', bytes));
    expect(rows[0]?.rowNumber).toBe(1);
    const reading = readSheetRows(rows);
    expect(reading.entries.map((e) => e.rowNumber)).toEqual([3, 4]);
    expect(reading.entries[0]?.profile).toMatchObject({
      completion_date: '2021-09-30',
      loan_rate_pct: 4.5,
      total_investment: 3500,
    });
    expect(reading.entries[1]?.profile).toMatchObject({ loan_rate_pct: 4, completion_date: '2021-06-30' });
  });

  it('a UTF-8 CSV with a BOM reads, with its line numbers', async () => {
    const text = `\uFEFF${csvText(
      ['企业名称', '项目总投资（万元）'],
      [
        ['甲，"引号"公司', 3500],
        ['乙', 'abc'],
      ],
    )}`;
    const reading = readSheetRows(await readSheetFile(await tempFile('s.csv', text)));
    expect(reading.entries.map((e) => [e.rowNumber, e.name])).toEqual([[2, '甲，"引号"公司']]);
    expect(reading.problems).toEqual([
      { rowNumber: 3, column: '项目总投资（万元）', value: 'abc', code: 'unreadable_amount' },
    ]);
  });

  it('a CSV saved by Excel on Chinese Windows (GB18030) reads the same', async () => {
    const text = csvText(['企业名称', '所在地'], [['无锡丙公司', '无锡市']]);
    const bytes = gb18030Of(text);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const reading = readSheetRows(await readSheetFile(await tempFile('s.csv', bytes)));
    expect(reading.entries.map((e) => [e.name, e.location])).toEqual([['无锡丙公司', '无锡市']]);
  });

  it('another file type is refused with a code', async () => {
    await expect(readSheetFile(await tempFile('s.xls', 'x'))).rejects.toMatchObject({ code: 'unsupported_format' });
    await expect(readSheetFile('/nonexistent/s.xlsx')).rejects.toBeInstanceOf(SheetFileError);
  });

  it('a damaged .xlsx is refused with a code, not a crash', async () => {
    await expect(readSheetFile(await tempFile('s.xlsx', 'not a zip'))).rejects.toMatchObject({
      code: 'unreadable_file',
    });
  });
});

/** GB18030 bytes of text, found by searching the decoder (Node's TextEncoder only writes UTF-8). */
function gb18030Of(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) {
      out.push(ch.charCodeAt(0));
      continue;
    }
    let found = false;
    for (let hi = 0x81; hi <= 0xfe && !found; hi++) {
      for (let lo = 0x40; lo <= 0xfe && !found; lo++) {
        if (decoder.decode(new Uint8Array([hi, lo])) === ch) {
          out.push(hi, lo);
          found = true;
        }
      }
    }
    if (!found) throw new Error(`no GB18030 code for ${ch}`);
  }
  return new Uint8Array(out);
}
