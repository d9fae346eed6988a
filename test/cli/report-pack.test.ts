import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeEventReport } from '../../src/cli/event-report.ts';
import { STILL_OPEN_IN_DETAIL } from '../../src/outreach/enterprise-page.ts';
import { LIVE_SOURCES } from '../../src/outreach/live-sources.ts';
import { applicationForms } from '../../src/rules/documents.ts';
import { TECH_LOAN_HEADERS, techLoanRow, xlsxBytes } from '../support/sheets.ts';
import { valueBeside } from '../support/workbook-html.ts';

async function reportOneRow(prefix: string, writePack = true) {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  const sheet = join(dir, '报名表.xlsx');
  await writeFile(sheet, await xlsxBytes([...TECH_LOAN_HEADERS], [techLoanRow('甲公司')]));
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

  it('every program the page shows as qualified or still open has its form and its checklist, and no other', async () => {
    const { reports, files } = await reportOneRow('report-pack-all-');
    const digest = reports[0];
    // Programs folded as unlikely (an industrial plant and 标识解析节点 …) are one line on the page, with no pack.
    const unlikely = new Set<string>(digest?.prospects.unlikely ?? []);
    expect(unlikely.size).toBeGreaterThan(0);
    const expected = [
      ...(digest?.qualified.map((q) => q.program) ?? []),
      ...(digest?.stillOpen ?? []).filter((p) => !unlikely.has(p)),
    ].sort();
    expect(files.some((f) => unlikely.has(programOf(f)))).toBe(false);
    // Some programs have no 绩效目标申报表 in the guide (their checklist still comes).
    const withForms = expected.filter((p) => applicationForms(p, {}).length > 0);
    expect(withForms.length).toBeGreaterThan(1);
    expect(new Set(files.filter((f) => f.endsWith('.xlsx')).map(programOf))).toEqual(new Set(withForms));
    expect(
      files
        .filter((f) => f.endsWith('.txt'))
        .map(programOf)
        .sort(),
    ).toEqual(expected);
  });

  it('a still-open program’s form is written, filled from the row and linked from the page', async () => {
    const { out, reports, files, page } = await reportOneRow('report-pack-open-');
    // The last still-open program: beyond the few the page details, which once got no form.
    const unlikely = new Set<string>(reports[0]?.prospects.unlikely ?? []);
    const listed = reports[0]?.stillOpen.filter((p) => !unlikely.has(p)) ?? [];
    const open = listed.at(-1);
    expect(listed.length).toBeGreaterThan(STILL_OPEN_IN_DETAIL);
    const form = files.find((f) => f.endsWith('.xlsx') && programOf(f) === open);
    expect(form, `form of ${open}`).toBeDefined();
    const link = new RegExp(`<li data-program="${open}">[^\\n]*href="row-0002/${form}"`, 'u');
    expect(page).toMatch(link);
    const bytes = await readFile(join(out, 'pages', 'row-0002', form as string));
    const sheet = `附件${(form as string).match(/^A(\d+-\d+)-/u)?.[1]}`;
    expect(await valueBeside(bytes, sheet, '项目承担单位')).toBe('甲公司');
  });
});

describe('npm run report --no-pack', () => {
  it('writes the pages alone, without pack folders or links', async () => {
    const { out, page } = await reportOneRow('report-nopack-', false);
    expect(await readdir(join(out, 'pages'))).toEqual(['row-0002.html']);
    expect(page).not.toContain('id="pack"');
  });
});
