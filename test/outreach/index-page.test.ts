import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n.ts';
import { renderIndexPage } from '../../src/outreach/index-page.ts';
import { buildEnterpriseReport, digestReport, summarizeEvent } from '../../src/outreach/report-model.ts';
import { type RawCell, readSheetRows } from '../../src/outreach/sheet-rows.ts';
import { TEST_SOURCES } from '../support/report-sources.ts';
import { TECH_LOAN_HEADERS, techLoanRow } from '../support/sheets.ts';

const TOTAL_INVESTMENT = TECH_LOAN_HEADERS.indexOf('项目总投资（万元）');

function event() {
  const rows = [
    [...TECH_LOAN_HEADERS],
    techLoanRow('甲公司'),
    techLoanRow('乙<i>公司</i>'),
    techLoanRow('丙公司', { [TOTAL_INVESTMENT]: 2800 }),
    techLoanRow('丁公司', { [TOTAL_INVESTMENT]: 'abc' }),
  ].map((cells, i) => ({ rowNumber: i + 1, cells: cells as RawCell[] }));
  const reading = readSheetRows(rows);
  const reports = reading.entries.map((e) =>
    digestReport(buildEnterpriseReport(e, e.profile, TEST_SOURCES.evaluate(e.profile)), TEST_SOURCES.toContract),
  );
  const pageOf = (r: (typeof reports)[number]) => `pages/row-${r.enterprise.rowNumber}.html`;
  return { reading, reports, pageOf };
}

describe('event index page', () => {
  it('counts the enterprises per program and sums their estimated maxima', () => {
    const { reading, reports, pageOf } = event();
    const summary = summarizeEvent(reports, reading.problems, pageOf);
    const techLoan = summary.programs.find((p) => p.program === 'tech-loan');
    expect(techLoan).toMatchObject({ qualified: 2, near_miss: 1, total_max_subsidy_wan: 708 });
    expect(summary.enterprises.map((e) => [e.row, e.total_max_subsidy_wan >= 354])).toEqual([
      [2, true],
      [3, true],
      [4, false],
    ]);
    expect(summary.problems).toEqual([
      { row: 5, column: '项目总投资（万元）', value: 'abc', code: 'unreadable_amount' },
    ]);
    expect(summary.enterprises[0]?.results).toHaveLength(24);
  });

  it('stacks qualified and near-miss enterprises and their amounts in one bar per program, in plain inline SVG', () => {
    const { reading, reports, pageOf } = event();
    const html = renderIndexPage({ sheetName: '报名表.xlsx', reports, problems: reading.problems, pageOf }, 'zh-CN');
    const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'));
    const row = svg.slice(
      svg.indexOf('>技术改造贷款贴息和设备补助项目<'),
      svg.indexOf('</g>', svg.indexOf('>技术改造贷款贴息和设备补助项目<')),
    );
    // Two qualify at 354 each; the third is 200万 short of 3000万 on otherwise the same loan: 354 if made up.
    expect(row).toMatch(/class="bar-count bar-qualified" data-value="2"/);
    expect(row).toMatch(/class="bar-count bar-near_miss" data-value="1"/);
    expect(row).toMatch(/class="bar-amount bar-qualified" data-value="708"/);
    expect(row).toMatch(/class="bar-amount bar-near_miss" data-value="354"/);
    expect(row).toContain('>1,062<');
    expect(html).not.toMatch(/<script|<link|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it('links every enterprise to its page, names escaped', () => {
    const { reading, reports, pageOf } = event();
    const html = renderIndexPage({ sheetName: 's.xlsx', reports, problems: reading.problems, pageOf }, 'zh-CN');
    expect(html).toContain('<a href="pages/row-2.html">甲公司</a>');
    expect(html).toContain('<a href="pages/row-3.html">乙&lt;i&gt;公司&lt;/i&gt;</a>');
    expect(html).not.toContain('<i>公司');
  });

  it('lists the cells that could not be read with row, column, value and reason', () => {
    const { reading, reports, pageOf } = event();
    const html = renderIndexPage({ sheetName: 's.xlsx', reports, problems: reading.problems, pageOf }, 'zh-CN');
    expect(html).toContain(
      '<tr data-code="unreadable_amount"><td class="num">5</td><td>项目总投资（万元）</td><td>abc</td><td>金额无法识别',
    );
  });

  it('an event with no prospect at all says so instead of drawing an empty chart', () => {
    const html = renderIndexPage({ sheetName: 's.csv', reports: [], problems: [], pageOf: () => '' }, 'en');
    expect(html).not.toContain('<svg');
    expect(html).toContain(t('en', 'report.chart.empty'));
  });
});
