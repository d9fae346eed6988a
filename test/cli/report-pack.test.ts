import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeEventReport } from '../../src/cli/event-report.ts';
import { LIVE_SOURCES } from '../../src/outreach/live-sources.ts';
import { applicationForms } from '../../src/rules/documents.ts';
import { type SheetCell, TECH_LOAN_HEADERS, techLoanRow, xlsxBytes } from '../support/sheets.ts';
import { valueBeside } from '../support/workbook-html.ts';

async function reportOneRow(prefix: string, writePack = true, overrides: Readonly<Record<number, SheetCell>> = {}) {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  const sheet = join(dir, '报名表.xlsx');
  await writeFile(sheet, await xlsxBytes([...TECH_LOAN_HEADERS], [techLoanRow('甲公司', overrides)]));
  const out = join(dir, 'out');
  const { reports } = await writeEventReport({
    sheetPath: sheet,
    outDir: out,
    locale: 'zh-CN',
    sources: LIVE_SOURCES,
    writeSummary: false,
    writePack,
  });
  const files = writePack ? (await readdir(join(out, 'pages', 'row-0002'))).sort() : [];
  const page = await readFile(join(out, 'pages', 'row-0002.html'), 'utf8');
  return { out, reports, files, page };
}

const LOAN_BANK = TECH_LOAN_HEADERS.indexOf('loan_from_jiangsu_bank');

/** The program a pack file is for: "A1-4-5g-iiot.xlsx" → "5g-iiot", "checklist-merger.txt" → "merger". */
const programOf = (file: string) => file.replace(/^(A\d+-\d+|checklist)-/u, '').replace(/\.(xlsx|txt)$/u, '');

describe('npm run report writes each enterprise’s application pack beside its page', () => {
  it('a qualifying enterprise gets its pre-filled form and checklist in pages/row-NNNN/, linked from its page', async () => {
    const { out, reports, files, page } = await reportOneRow('report-pack-');
    expect(reports).toHaveLength(1);
    expect(files).toContain('A1-1-tech-loan.xlsx');
    expect(files).toContain('checklist-tech-loan.txt');
    for (const f of files) expect(page).toContain(`href="row-0002/${f}"`);

    const form = await readFile(join(out, 'pages', 'row-0002', 'A1-1-tech-loan.xlsx'));
    expect(await valueBeside(form, '附件1-1', '项目承担单位')).toBe('甲公司');
    const checklist = await readFile(join(out, 'pages', 'row-0002', 'checklist-tech-loan.txt'), 'utf8');
    expect(checklist).toContain('[1.1.2]');
  });

  it('the pack holds every qualified program and every still-open prospect not behind a family question, and no other', async () => {
    const { reports, files } = await reportOneRow('report-pack-all-', true, { [LOAN_BANK]: null });
    const digest = reports[0];
    const prospects = digest?.prospects.ranked ?? [];
    const expected = [
      ...(digest?.qualified.map((q) => q.program) ?? []),
      ...prospects.filter((p) => p.kind === 'open' && p.tier === 'open').map((p) => p.program),
    ].sort();
    expect(expected).toContain('tech-loan');
    // Behind an unanswered family question (并购？绿色化？) or folded as unlikely: listed on the page, no pack.
    const without = [
      ...prospects.filter((p) => p.tier === 'gated').map((p) => p.program),
      ...(digest?.prospects.unlikely ?? []),
    ];
    expect(without.length).toBeGreaterThan(5);
    expect(files.some((f) => without.includes(programOf(f) as (typeof without)[number]))).toBe(false);
    // Some programs have no 绩效目标申报表 in the guide (their checklist still comes).
    const withForms = expected.filter((p) => applicationForms(p, {}).length > 0);
    expect(new Set(files.filter((f) => f.endsWith('.xlsx')).map(programOf))).toEqual(new Set(withForms));
    expect(
      files
        .filter((f) => f.endsWith('.txt'))
        .map(programOf)
        .sort(),
    ).toEqual(expected);
  });

  it('a still-open program’s form is written, filled from the row and linked from the page', async () => {
    // The bank of the loan left blank: 技改贴息 is still open, on no family question.
    const { out, reports, files, page } = await reportOneRow('report-pack-open-', true, { [LOAN_BANK]: null });
    expect(reports[0]?.stillOpen).toContain('tech-loan');
    const form = files.find((f) => f.endsWith('.xlsx') && programOf(f) === 'tech-loan');
    expect(form, 'form of tech-loan').toBeDefined();
    const link = new RegExp(`<li data-program="tech-loan">[^\\n]*href="row-0002/${form}"`, 'u');
    expect(page).toMatch(link);
    const bytes = await readFile(join(out, 'pages', 'row-0002', form as string));
    expect(await valueBeside(bytes, '附件1-1', '项目承担单位')).toBe('甲公司');
  });
});

describe('npm run report --no-pack', () => {
  it('writes the pages alone, without pack folders or links', async () => {
    const { out, page } = await reportOneRow('report-nopack-', false);
    expect(await readdir(join(out, 'pages'))).toEqual(['row-0002.html']);
    expect(page).not.toContain('id="pack"');
  });
});
