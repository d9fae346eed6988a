import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { TECH_LOAN_HEADERS, techLoanRow, xlsxBytes } from '../support/sheets.ts';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

async function report(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, ['src/cli/report.ts', ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('npm run report', () => {
  it('writes a page per readable row and the index, reports the bad row, and exits 2', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'report-'));
    const sheet = join(dir, '报名表.xlsx');
    const invest = TECH_LOAN_HEADERS.indexOf('项目总投资（万元）');
    await writeFile(
      sheet,
      await xlsxBytes(
        [...TECH_LOAN_HEADERS],
        [techLoanRow('甲公司'), techLoanRow('乙公司', { [invest]: '见附件' }), techLoanRow('丙公司')],
      ),
    );
    const out = join(dir, 'out');
    const { code, stdout, stderr } = await report([sheet, '--out', out, '--json']);
    expect(code).toBe(2);
    expect(stderr).toContain('第 3 行，“项目总投资（万元）”列，“见附件”');
    // Each page has its application pack in a folder of the same name beside it.
    expect((await readdir(join(out, 'pages'))).sort()).toEqual([
      'row-0002',
      'row-0002.html',
      'row-0004',
      'row-0004.html',
    ]);
    const summary = JSON.parse(stdout);
    expect(summary.enterprises.map((e: { name: string }) => e.name)).toEqual(['甲公司', '丙公司']);
    expect(summary.problems).toEqual([
      { row: 3, column: '项目总投资（万元）', value: '见附件', code: 'unreadable_amount' },
    ]);
    expect(JSON.parse(await readFile(join(out, 'summary.json'), 'utf8'))).toEqual(summary);
    const index = await readFile(join(out, 'index.html'), 'utf8');
    expect(index).toContain('<a href="pages/row-0002.html">甲公司</a>');
    // Progress shows on stderr, not mixed into the JSON.
    expect(stderr).toContain('已生成 2/2 家企业的报告');
  });

  it('a clean sheet exits 0, and --lang en writes English pages', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'report-'));
    const sheet = join(dir, 's.xlsx');
    await writeFile(sheet, await xlsxBytes([...TECH_LOAN_HEADERS], [techLoanRow('Acme')]));
    const { code } = await report([sheet, '--out', join(dir, 'out'), '--lang', 'en']);
    expect(code).toBe(0);
    expect(await readFile(join(dir, 'out', 'pages', 'row-0002.html'), 'utf8')).toContain('<html lang="en">');
  });

  it('without --out, or with an unsupported file, it says how to use it and exits 2 without a stack trace', async () => {
    const noOut = await report(['x.xlsx']);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('--out');
    const badType = await report(['x.xls', '--out', '/tmp/never']);
    expect(badType.code).toBe(2);
    expect(badType.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});
