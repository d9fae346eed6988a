/**
 * Prospects, ranking and the worklist on a sign-up sheet as events really get them (most rows: name,
 * 规上, revenue, investment, completion date): who to see first, what is at stake, the questions the
 * kiosk chat will ask, the stacked chart, and the programs folded as unlikely.
 */
import { describe, expect, it } from 'vitest';
import { prefillOf } from '../../src/cli/kiosk-links.ts';
import { step } from '../../src/dialogs/engine.ts';
import { FOCUS_SLOT, GATES_SLOT, initialState } from '../../src/dialogs/state.ts';
import { t } from '../../src/i18n.ts';
import { renderEnterprisePage } from '../../src/outreach/enterprise-page.ts';
import { renderIndexPage } from '../../src/outreach/index-page.ts';
import { isUnlikely } from '../../src/outreach/program-families.ts';
import type { PlannedQuestion } from '../../src/outreach/prospects.ts';
import {
  buildEnterpriseReport,
  digestReport,
  type EnterpriseReport,
  rankReports,
  summarizeEvent,
} from '../../src/outreach/report-model.ts';
import { reportWord } from '../../src/outreach/report-words.ts';
import { type RawCell, readSheetRows } from '../../src/outreach/sheet-rows.ts';
import { renderWorklistPage } from '../../src/outreach/worklist-page.ts';
import type { Profile } from '../../src/rules/types.ts';
import { TEST_SOURCES } from '../support/report-sources.ts';
import { SPARSE_HEADERS, SPARSE_ROWS, sparseRow } from '../support/sparse-sheet.ts';
import { TECH_LOAN_EXAMPLE } from '../support/worked-examples.ts';

function sparseEvent() {
  const rows = [SPARSE_HEADERS, ...SPARSE_ROWS].map((cells, i) => ({ rowNumber: i + 1, cells: cells as RawCell[] }));
  const reading = readSheetRows(rows);
  expect(reading.problems).toEqual([]);
  const reports = reading.entries.map((e) => buildEnterpriseReport(e, e.profile, TEST_SOURCES.evaluate(e.profile)));
  const digests = reports.map((r) => digestReport(r, TEST_SOURCES.toContract));
  const pageOf = (r: { enterprise: { rowNumber: number | null } }) => `pages/row-${r.enterprise.rowNumber}.html`;
  return { reading, reports, digests, pageOf };
}

function reportOf(name: string, reports: readonly EnterpriseReport[]): EnterpriseReport {
  const r = reports.find((x) => x.enterprise.rowNumber === sparseRow(name));
  if (!r) throw new Error(name);
  return r;
}

function oneReport(profile: Profile, name = '样例企业', rowNumber = 2): EnterpriseReport {
  return buildEnterpriseReport(
    { name, creditCode: null, location: null, recommendingUnit: null, rowNumber, assumed: [] },
    profile,
    TEST_SOURCES.evaluate(profile),
  );
}

/** The visitor's answer on the common path: 都不是, the assumed 企业 / 是, or 不知道. */
function answerOnPath(q: PlannedQuestion, assumedIn: Profile): string {
  if (q.kind === 'gates') return '都不是';
  if (q.fact === 'applicant_kind' && assumedIn.applicant_kind === 'enterprise') return '企业';
  if (q.fact === 'in_jiangsu' && assumedIn.in_jiangsu === true) return '是';
  return '不知道';
}

/** The slot a question fills in the chat: its fact, or the grouped gate question. */
const slotOf = (q: PlannedQuestion) => (q.kind === 'fact' ? q.fact : GATES_SLOT);

describe('prospects and ranking on a sparse sign-up sheet', () => {
  it('enterprises are ranked: a plain open 技改贴息 before one short of 3000万, larger projects first, then the rest', () => {
    const { reports } = sparseEvent();
    const order = rankReports(reports).map((r) => r.enterprise.name);
    expect(order).toEqual([
      // 技改贴息 open with no shortfall and only four facts to settle (所在地 known): 1.2亿 before 3000万 (the
      // two tie on 技改贴息; the larger project's other prospects — 10 % of 1.2亿 for the demonstrations — weigh more).
      '徐州华工重型机械有限公司',
      '苏州博远智能装备有限公司',
      // Open with five facts to settle (所在地 unknown).
      '常州恒力机械有限公司',
      // 原则上 short of 3000万 with the loan facts still unknown: the shortfall is one more thing to settle.
      '无锡精工装备股份有限公司',
      '扬州绿源新材料有限公司',
      '盐城海丰纺织有限公司',
      // Nothing but revenue: 技改贴息 open on seven facts.
      '泰州科信软件有限公司',
      // Not 规上: 技改贴息 is out; only programs behind a family question remain.
      '南通启明电子厂',
    ]);
  });

  it('an enterprise that qualifies ranks first, then a near miss short on one figure only, then still-open ones', () => {
    const qualified = oneReport(TECH_LOAN_EXAMPLE, '甲', 10);
    const nearMiss = oneReport({ ...TECH_LOAN_EXAMPLE, total_investment: 2800 }, '乙', 3);
    const { reports } = sparseEvent();
    const order = rankReports([...reports, nearMiss, qualified]).map((r) => r.enterprise.name);
    expect(order.slice(0, 3)).toEqual(['甲', '乙', '徐州华工重型机械有限公司']);
    expect(nearMiss.prospects.ranked[0]).toMatchObject({ program: 'tech-loan', kind: 'near_miss', tier: 'near_miss' });
    expect(qualified.prospects.ranked[0]).toMatchObject({ program: 'tech-loan', kind: 'qualified', possibleWan: 354 });
  });

  it('both sides of 3000万 (1.1.1.2): exactly 3000 is still open, 2999 is a near miss, each with the cap as possible amount', () => {
    const { reports } = sparseEvent();
    const at = reportOf('苏州博远智能装备有限公司', reports).prospects.ranked.find((p) => p.program === 'tech-loan');
    const below = reportOf('扬州绿源新材料有限公司', reports).prospects.ranked.find((p) => p.program === 'tech-loan');
    expect(at).toMatchObject({ kind: 'open', tier: 'open', possibleWan: 2000 });
    expect(below).toMatchObject({ kind: 'near_miss', tier: 'open', possibleWan: 2000 });
    // 1.2.2.4's 3000万 for the listed demonstration factories: 10 % of the investment when it qualifies.
    const demoAt = reportOf('苏州博远智能装备有限公司', reports).prospects.ranked.find(
      (p) => p.program === 'smart-factory',
    );
    const demoBelow = reportOf('扬州绿源新材料有限公司', reports).prospects.ranked.find(
      (p) => p.program === 'smart-factory',
    );
    expect(demoAt).toMatchObject({ kind: 'open', possibleWan: 300 });
    expect(demoBelow).toMatchObject({ kind: 'near_miss', possibleWan: 299.9 });
  });

  it('the best prospect of a 规上 machinery plant is 技改贴息 at up to 2000万 if it qualifies, and its page says so first', () => {
    const { reports } = sparseEvent();
    const report = reportOf('常州恒力机械有限公司', reports);
    expect(report.prospects.ranked[0]).toMatchObject({ program: 'tech-loan', possibleWan: 2000 });
    const html = renderEnterprisePage(report, 'zh-CN', TEST_SOURCES);
    const best = html.slice(
      html.indexOf('<section id="best">'),
      html.indexOf('</section>', html.indexOf('<section id="best">')),
    );
    expect(html.indexOf('<section id="best">')).toBeLessThan(html.indexOf('<section id="qualified">'));
    expect(best).toContain('技术改造贷款贴息和设备补助项目（尚需核实）：最高约 2,000 万元，如符合');
    expect(best).toContain(t('zh-CN', 'report.best.upper_note'));
    const en = renderEnterprisePage(report, 'en', TEST_SOURCES);
    expect(en).toContain('up to about 2,000 万元, if it qualifies');
  });

  it("the questions shown are the ones the kiosk chat asks, in order, when opened through the row's link", () => {
    const { reports, reading } = sparseEvent();
    // Rows with a Jiangsu 所在地 and no 主体类型 column: both facts only assumed, so the link leaves them out.
    expect(reading.entries.filter((e) => e.assumed.length === 2).length).toBeGreaterThan(0);
    for (const [i, report] of reports.entries()) {
      const entry = reading.entries[i];
      if (!entry) throw new Error('no entry');
      const planned = report.prospects.questions;
      expect(planned.length, report.enterprise.name).toBe(3);
      // The chat started from exactly what the row's kiosk link carries, every program (全部), answering
      // "都不是" to the family question, what the sheet's reading assumed to 主体类型 / 在江苏 (企业, 是), and
      // "不知道" to the others: the common path at a 免费诊断 event.
      let turn = step(
        {
          ...initialState('zh-CN'),
          phase: 'asking',
          pending: FOCUS_SLOT,
          asked: [FOCUS_SLOT],
          profile: prefillOf(entry).facts,
        },
        '全部',
      );
      const asked: string[] = [];
      for (const q of planned) {
        const ask = turn.replies.at(-1);
        expect(ask?.kind).toBe('ask');
        asked.push(String(ask && 'slot' in ask ? ask.slot : ''));
        turn = step(turn.state, answerOnPath(q, entry.profile));
      }
      expect(asked, report.enterprise.name).toEqual(planned.map(slotOf));
    }
  });

  it('the page words the questions as the dialog does', () => {
    const { reports } = sparseEvent();
    const report = reportOf('徐州华工重型机械有限公司', reports);
    const html = renderEnterprisePage(report, 'zh-CN', TEST_SOURCES);
    const [kind, gates, third] = report.prospects.questions;
    // The sheet has no 主体类型 column: the row's link leaves the assumed 企业 out, so the chat asks it first.
    expect(kind).toMatchObject({ kind: 'fact', fact: 'applicant_kind' });
    expect(html).toContain(t('zh-CN', 'facts.applicant_kind.question'));
    expect(gates?.kind).toBe('gates');
    for (const f of gates?.kind === 'gates' ? gates.facts : []) expect(html).toContain(t('zh-CN', `dialog.gates.${f}`));
    if (third?.kind === 'fact') expect(html).toContain(t('zh-CN', `facts.${third.fact}.question`));
  });
});

describe('programs folded as unlikely', () => {
  it('a machinery plant whose only facts are name, 规上, revenue, investment and date sees no section for 标识解析, 安全 or 数据产品化', () => {
    const { reports } = sparseEvent();
    const report = reportOf('常州恒力机械有限公司', reports);
    expect(report.prospects.unlikely).toEqual(
      expect.arrayContaining(['iiot-identifier', 'iiot-security', 'data-product']),
    );
    const html = renderEnterprisePage(report, 'zh-CN', TEST_SOURCES);
    for (const p of report.prospects.unlikely) expect(html).not.toContain(`data-program="${p}"`);
    const line = html.slice(
      html.indexOf('<p class="unlikely note">'),
      html.indexOf('</p>', html.indexOf('<p class="unlikely note">')),
    );
    expect(line).toContain('数据产品化');
    expect(line).toContain('工业互联网安全');
    expect(html.match(/class="unlikely note"/g)).toHaveLength(1);
    // Its own prospects stay: 技改贴息, the demonstrations, 核心技术攻关, 并购. 绿色化改造 does not: the project was
    // completed on 2021-10-30, so it is not 尚未建成 (4.1.1.4).
    expect(report.prospects.ranked.map((p) => p.program)).toEqual(
      expect.arrayContaining(['tech-loan', 'smart-factory', 'core-tech', 'merger']),
    );
    expect(report.prospects.ranked.map((p) => p.program)).not.toContain('green-upgrade');
  });

  it('a near miss is never folded, even of a provider family (制造业创新中心 at 4200 of 5000万)', () => {
    const { reports } = sparseEvent();
    const report = reportOf('常州恒力机械有限公司', reports);
    expect(report.nearMisses.map((n) => n.result.program)).toContain('innovation-center');
    expect(report.prospects.unlikely).not.toContain('innovation-center');
    expect(report.prospects.ranked.find((p) => p.program === 'innovation-center')).toMatchObject({ kind: 'near_miss' });
  });

  it('a near miss names the other conditions still unknown, not only the shortfall (2800 of 3000万)', () => {
    const { reports } = sparseEvent();
    const report = reportOf('无锡精工装备股份有限公司', reports);
    const near = report.nearMisses.find((n) => n.result.program === 'smart-factory');
    expect(near?.result.trace.some((c) => c.outcome === 'unknown')).toBe(true);
    const html = renderEnterprisePage(report, 'zh-CN', TEST_SOURCES);
    const at = html.indexOf('class="program near-miss" data-program="smart-factory"');
    const next = html.indexOf('<div class="program', at + 1);
    const section = html.slice(at, next > at ? next : html.indexOf('</section>', at));
    expect(section).toContain('差 200');
    expect(section).toContain('另外还需确认');
  });

  it('nothing is folded when the sheet does not say the enterprise is industrial, or when it states the line of business', () => {
    const { reports } = sparseEvent();
    expect(reportOf('泰州科信软件有限公司', reports).prospects.unlikely).toEqual([]);
    // 规上 = 否 says nothing about being industrial (a small plant or a service firm): nothing folded either.
    const small = reportOf('南通启明电子厂', reports);
    expect(small.profile.above_scale).toBe(false);
    expect(small.prospects.unlikely).toEqual([]);
    expect(small.prospects.ranked.map((p) => p.program)).toContain('iiot-security');
    const security = oneReport({ ...reportOf('常州恒力机械有限公司', reports).profile, security_capability: true });
    expect(security.prospects.unlikely).not.toContain('iiot-security');
    expect(security.prospects.unlikely).toContain('data-product');
    const result = security.results.find((r) => r.program === 'iiot-security');
    expect(result && isUnlikely(result, security.profile)).toBe(false);
  });
});

describe('the index, the chart and the worklist on a sparse sheet', () => {
  it('draws the chart although nobody qualifies: near misses and open prospects stacked, amounts summed', () => {
    const { digests, reading, pageOf } = sparseEvent();
    const html = renderIndexPage(
      { sheetName: 's.xlsx', reports: digests, problems: reading.problems, pageOf },
      'zh-CN',
    );
    expect(html).toContain('<svg');
    const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'));
    const label = '>技术改造贷款贴息和设备补助项目<';
    const row = svg.slice(svg.indexOf(label), svg.indexOf('</g>', svg.indexOf(label)));
    // 无锡 2800, 扬州 2999, 盐城 1500 are near misses; 徐州, 苏州, 常州, 泰州 open; 南通 (not 规上) out.
    expect(row).toMatch(/class="bar-count bar-near_miss" data-value="3"/);
    expect(row).toMatch(/class="bar-count bar-open" data-value="4"/);
    expect(row).not.toContain('bar-qualified');
    expect(row).toMatch(/class="bar-amount bar-near_miss" data-value="6000"/);
    expect(row).toMatch(/class="bar-amount bar-open" data-value="8000"/);
    expect(row).toContain('>14,000<');
    // A program folded as unlikely for the 规上 plants counts only where it is a prospect.
    const dataProduct = digests.filter((d) => d.prospects.ranked.some((p) => p.program === 'data-product')).length;
    const dp = svg.slice(svg.indexOf('>数据产品化项目<'), svg.indexOf('</g>', svg.indexOf('>数据产品化项目<')));
    expect(dataProduct).toBeGreaterThan(0);
    expect(dataProduct).toBeLessThan(digests.length);
    expect(dp).toMatch(new RegExp(`class="bar-count bar-open" data-value="${dataProduct}"`));
    // One bar per program with any prospect; none for a program nobody may get (info only, ruled out or folded).
    const summary = summarizeEvent(digests, reading.problems, pageOf);
    const withProspect = summary.programs.filter((p) => p.qualified + p.near_miss + p.open_prospects > 0);
    expect(svg.match(/class="bar-row"/g)).toHaveLength(withProspect.length);
    expect(withProspect.length).toBeLessThan(summary.programs.length);
    // The table beside it: still open in all, and of those the ones not folded as unlikely, as the chart counts them.
    const open = summary.programs.find((p) => p.program === 'data-product')?.needs_info;
    expect(open).toBeGreaterThan(dataProduct);
    expect(html).toContain(
      `<tr data-program="data-product"><td>数据产品化项目</td><td class="num">0</td><td class="num">0</td><td class="num">${open}</td><td class="num">${dataProduct}</td>`,
    );
  });

  it('the header says how many have prospects, not only "0 家有可申报项目"', () => {
    const { digests, reading, pageOf } = sparseEvent();
    const html = renderIndexPage(
      { sheetName: 's.xlsx', reports: digests, problems: reading.problems, pageOf, worklist: 'worklist.html' },
      'zh-CN',
    );
    const summary = html.slice(
      html.indexOf('<p class="summary">'),
      html.indexOf('</p>', html.indexOf('<p class="summary">')),
    );
    expect(summary).toContain('其中 0 家有可申报项目');
    expect(summary).toContain('8 家有希望的项目');
    expect(html).toContain('<a class="worklist-link" href="worklist.html">');
  });

  it('the index lists the enterprises in rank order with their best prospect and questions', () => {
    const { digests, reading, pageOf } = sparseEvent();
    const html = renderIndexPage(
      { sheetName: 's.xlsx', reports: digests, problems: reading.problems, pageOf },
      'zh-CN',
    );
    const rows = [...html.matchAll(/<tr data-row="(\d+)"><td class="num">(\d+)<\/td>/g)].map((m) => [
      Number(m[2]),
      Number(m[1]),
    ]);
    expect(rows).toEqual(rankReports(digests).map((d, i) => [i + 1, d.enterprise.rowNumber]));
    expect(html).toContain('最高约 2,000 万元，如符合');
  });

  it('the worklist has one line per enterprise in rank order, a box to tick, and the questions by their short labels', () => {
    const { digests, pageOf } = sparseEvent();
    const html = renderWorklistPage({ sheetName: 's.xlsx', reports: digests, pageOf, index: 'index.html' }, 'zh-CN');
    const rows = [...html.matchAll(/<tr data-row="(\d+)">/g)].map((m) => Number(m[1]));
    expect(rows).toEqual(rankReports(digests).map((d) => d.enterprise.rowNumber));
    expect(html.match(/<span class="box"><\/span>/g)).toHaveLength(digests.length);
    expect(html).toContain('@page { size: A4');
    expect(html).toContain(`<li data-question="certifications">${t('zh-CN', 'facts.certifications.label')}</li>`);
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it('a kiosk link is not drawn on the worklist line (it kept ten lines off one page); the intro points to the pages', () => {
    const { reading, pageOf } = sparseEvent();
    const entry = reading.entries[0];
    if (!entry) throw new Error('no entry');
    const link = {
      url: 'http://kiosk.local/k/abc',
      qrSvg: '<svg data-qr="abc"></svg>',
      expiresAt: '2026-12-01T18:00:00+08:00',
    };
    const worklist = (kioskLink?: typeof link) => {
      const digest = digestReport(
        buildEnterpriseReport(
          { ...entry, ...(kioskLink ? { kioskLink } : {}) },
          entry.profile,
          TEST_SOURCES.evaluate(entry.profile),
        ),
        TEST_SOURCES.toContract,
      );
      return renderWorklistPage({ sheetName: 's.xlsx', reports: [digest], pageOf, index: 'index.html' }, 'zh-CN');
    };
    const html = worklist(link);
    expect(html).not.toContain('data-qr');
    expect(html).not.toContain('kiosk.local');
    expect(html).toContain(reportWord('zh-CN', 'worklist.kiosk_note'));
    expect(worklist()).not.toContain(reportWord('zh-CN', 'worklist.kiosk_note'));
  });

  it('the --json summary gains rank, prospects, unlikely and questions and keeps every existing field', () => {
    const { digests, reading, pageOf } = sparseEvent();
    const summary = summarizeEvent(digests, reading.problems, pageOf);
    const first = summary.enterprises.find((e) => e.rank === 1);
    expect(first?.name).toBe('徐州华工重型机械有限公司');
    expect(Object.keys(first ?? {})).toEqual(
      expect.arrayContaining([
        'row',
        'name',
        'credit_code',
        'location',
        'page',
        'qualified',
        'near_miss',
        'total_max_subsidy_wan',
        'results',
      ]),
    );
    expect(first?.prospects[0]).toEqual({
      program: 'tech-loan',
      kind: 'open',
      tier: 'open',
      possible_max_wan: 2000,
      missing: 4,
    });
    expect(first?.questions[0]).toEqual({ fact: 'applicant_kind' });
    expect(first?.questions[1]).toEqual({ gates: expect.arrayContaining(['merger_completed_2021']) });
    expect(first?.questions.slice(2)).toEqual([{ fact: 'certifications' }]);
    expect(first?.unlikely).toContain('data-product');
    expect(summary.with_prospects).toBe(8);
    const techLoan = summary.programs.find((p) => p.program === 'tech-loan');
    expect(techLoan).toMatchObject({ qualified: 0, near_miss: 3, open_prospects: 4, possible_max_wan: 14000 });
    expect(summary.total_max_subsidy_wan).toBe(0);
  });
});
