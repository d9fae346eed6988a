import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeEventReport } from '../../src/cli/event-report.ts';
import { LIVE_SOURCES } from '../../src/outreach/live-sources.ts';
import { TECH_LOAN_HEADERS, techLoanRow, xlsxBytes } from '../support/sheets.ts';
import { valueBeside } from '../support/workbook-html.ts';

describe('npm run report writes each enterprise’s application pack beside its page', () => {
  it('a qualifying enterprise gets its pre-filled form and checklist in pages/row-NNNN/, linked from its page', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'report-pack-'));
    const sheet = join(dir, '报名表.xlsx');
    await writeFile(sheet, await xlsxBytes([...TECH_LOAN_HEADERS], [techLoanRow('甲公司')]));
    const out = join(dir, 'out');
    const { reports } = await writeEventReport({
      sheetPath: sheet,
      outDir: out,
      locale: 'zh-CN',
      sources: LIVE_SOURCES,
      writeSummary: false,
    });
    expect(reports).toHaveLength(1);
    const files = (await readdir(join(out, 'pages', 'row-0002'))).sort();
    expect(files).toContain('A1-1-tech-loan.xlsx');
    expect(files).toContain('checklist-tech-loan.txt');
    // Forms for what the page shows as qualified; the still-open programs it details get their checklists.
    expect(files.filter((f) => f.endsWith('.xlsx'))).toEqual(['A1-1-tech-loan.xlsx']);
    expect(files.filter((f) => f.endsWith('.txt')).length).toBeGreaterThan(1);
    // Each form comes with its program's checklist.
    for (const form of files.filter((f) => f.endsWith('.xlsx')))
      expect(files).toContain(`checklist-${form.replace(/^A1-\d+-/u, '').replace(/\.xlsx$/u, '')}.txt`);

    const page = await readFile(join(out, 'pages', 'row-0002.html'), 'utf8');
    for (const f of files) expect(page).toContain(`href="row-0002/${f}"`);

    const form = await readFile(join(out, 'pages', 'row-0002', 'A1-1-tech-loan.xlsx'));
    expect(await valueBeside(form, '附件1-1', '项目承担单位')).toBe('甲公司');
    const checklist = await readFile(join(out, 'pages', 'row-0002', 'checklist-tech-loan.txt'), 'utf8');
    expect(checklist).toContain('[1.1.2]');
  });
});

describe('npm run report --no-pack', () => {
  it('writes the pages alone, without pack folders or links', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'report-nopack-'));
    const sheet = join(dir, '报名表.xlsx');
    await writeFile(sheet, await xlsxBytes([...TECH_LOAN_HEADERS], [techLoanRow('甲公司')]));
    const out = join(dir, 'out');
    await writeEventReport({
      sheetPath: sheet,
      outDir: out,
      locale: 'zh-CN',
      sources: LIVE_SOURCES,
      writeSummary: false,
      writePack: false,
    });
    expect(await readdir(join(out, 'pages'))).toEqual(['row-0002.html']);
    expect(await readFile(join(out, 'pages', 'row-0002.html'), 'utf8')).not.toContain('id="pack"');
  });
});
