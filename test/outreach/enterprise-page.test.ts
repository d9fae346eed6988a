import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n.ts';
import { clauseById, formById } from '../../src/knowledge/guide.ts';
import { renderEnterprisePage } from '../../src/outreach/enterprise-page.ts';
import { escapeHtml } from '../../src/outreach/html.ts';
import { buildEnterpriseReport, type EnterpriseInfo } from '../../src/outreach/report-model.ts';
import { explainProgram } from '../../src/rules/explain.ts';
import type { Profile, ProgramResult } from '../../src/rules/types.ts';
import { fakeClause, TEST_SOURCES } from '../support/report-sources.ts';
import { TECH_LOAN_EXAMPLE } from '../support/worked-examples.ts';

const TECH_LOAN = TECH_LOAN_EXAMPLE;

const ENTERPRISE: EnterpriseInfo = {
  name: '南京<script>alert(1)</script>&科技',
  creditCode: '91320100MA1X2Y3W4A',
  location: '南京市',
  recommendingUnit: '南京市工业和信息化局',
  rowNumber: 7,
  assumed: ['in_jiangsu_from_location'],
};

function page(profile: Profile, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const report = buildEnterpriseReport(ENTERPRISE, profile, TEST_SOURCES.evaluate(profile));
  return { report, html: renderEnterprisePage(report, locale, TEST_SOURCES) };
}

/** The markup of one program's block on the page. */
function block(html: string, program: string, cls: string): string {
  const start = html.indexOf(`<div class="program ${cls}" data-program="${program}">`);
  expect(start, `${cls} block of ${program}`).toBeGreaterThanOrEqual(0);
  const ends = [html.indexOf('<div class="program', start + 1), html.indexOf('</section>', start)].filter((i) => i > 0);
  return html.slice(start, Math.min(...ends));
}

describe('enterprise report page', () => {
  it('the enterprise name is escaped, never markup', () => {
    const { html } = page(TECH_LOAN);
    expect(html).not.toContain('<script>');
    expect(html).toContain('南京&lt;script&gt;alert(1)&lt;/script&gt;&amp;科技');
  });

  it('a qualifying program shows its estimated maximum, payment schedule and the subsidy clause quoted', () => {
    const { html, report } = page(TECH_LOAN);
    expect(report.qualified.map((q) => q.result.program)).toContain('tech-loan');
    const b = block(html, 'tech-loan', 'qualified');
    const result = report.qualified.find((q) => q.result.program === 'tech-loan')?.result;
    expect(result?.maxSubsidyWan).toBe(354);
    // The rules core's own sentence, with the amount, and how it was computed.
    const headline = explainProgram(result as ProgramResult, 'zh-CN').headline;
    expect(headline.startsWith('✅')).toBe(true);
    // Printed without the emoji: a printer without an emoji font draws a crossed box.
    expect(b).toContain(escapeHtml(headline.replace(/^✅\s*/, '')));
    expect(b).not.toContain('✅');
    expect(b).toContain('354');
    expect(b).toContain('贴息 154 万元');
    expect(result?.subsidyBasis.clause).toBe('1.1.2');
    // The clause as the guide numbers it, and its exact text from the knowledge base.
    const clause = clauseById('1.1.2');
    expect(clause?.label).toBe('一、（一）2.');
    expect(b).toContain('条款 1.1.2（一、（一）2.）');
    expect(b).toContain(`<blockquote lang="zh-CN">${escapeHtml(clause?.text ?? '?')}</blockquote>`);
  });

  it('the form of a qualifying program is an empty table of its indicators', () => {
    const { html } = page(TECH_LOAN);
    const start = html.indexOf('data-form="A1-1"');
    expect(start).toBeGreaterThan(0);
    const form = html.slice(start, html.indexOf('</div>', start));
    const a11 = formById('A1-1');
    expect(form).toContain(`附件1-1 ${a11?.title}`);
    expect(form.match(/<td class="fill"><\/td><\/tr>/g)?.length).toBe(
      (a11?.indicators.length ?? 0) + (a11?.headerFields.length ?? 0),
    );
    expect(form).toContain('<td>新增数字化装备（台/套数）</td><td class="fill"></td>');
    expect(form).toContain('<th>项目推荐单位</th><td class="fill"></td>');
    expect(form).toContain('设备联网率=车间内自动化、智能化设备联网数/自动化、智能化设备总数');
  });

  it('a form that splits its indicators by project type gets a project-type column, others do not', () => {
    const report = buildEnterpriseReport(ENTERPRISE, TECH_LOAN, TEST_SOURCES.evaluate(TECH_LOAN));
    const typed = renderEnterprisePage(report, 'zh-CN', { ...TEST_SOURCES, formById: () => formById('A1-8') });
    expect(typed).toContain('<th>项目类型</th>');
    expect(typed).toContain('<td>公共服务平台□</td>');
    expect(page(TECH_LOAN).html).not.toContain('<th>项目类型</th>');
  });

  it('a project 200万 short of the 3000万 threshold is a near miss that says exactly that, and that the rule is 原则上', () => {
    const { html, report } = page({ ...TECH_LOAN, total_investment: 2800 });
    expect(report.nearMisses.map((n) => n.result.program)).toContain('tech-loan');
    const b = block(html, 'tech-loan', 'near-miss');
    const unmet = report.nearMisses.find((n) => n.result.program === 'tech-loan')?.unmet ?? [];
    expect(unmet.map((c) => c.shortfall)).toEqual([expect.objectContaining({ have: 2800, need: 3000, gap: 200 })]);
    expect(b).toContain('2800');
    expect(b).toContain('3000');
    expect(b).toContain('200');
    expect(b).toContain('原则上');
    expect(b).toContain('条款 1.1.1.2');
  });

  it('at exactly 3000万 the program qualifies and is no near miss', () => {
    const { report } = page({ ...TECH_LOAN, total_investment: 3000 });
    expect(report.qualified.map((q) => q.result.program)).toContain('tech-loan');
    expect(report.nearMisses.map((n) => n.result.program)).not.toContain('tech-loan');
  });

  it('a program still open lists the facts still unknown and who to ask', () => {
    const profile = { ...TECH_LOAN };
    delete profile.loan_from_jiangsu_bank;
    const { html, report } = page(profile);
    const open = report.stillOpen.find((o) => o.result.program === 'tech-loan');
    expect(open?.missing).toEqual(['loan_from_jiangsu_bank']);
    const b = block(html, 'tech-loan', 'open');
    expect(b).toContain(t('zh-CN', 'facts.loan_from_jiangsu_bank.label'));
    expect(b).toContain('请向项目推荐单位（南京市工业和信息化局）核实');
  });

  it('a fact the sheet did not state but the reading assumed is said on the page', () => {
    expect(page(TECH_LOAN).html).toContain('data-assumed="in_jiangsu_from_location"');
  });

  it('the English page carries the same structure in English', () => {
    const { html, report } = page(TECH_LOAN, 'en');
    expect(html).toContain('<html lang="en">');
    const result = report.qualified.find((q) => q.result.program === 'tech-loan')?.result as ProgramResult;
    const b = block(html, 'tech-loan', 'qualified');
    expect(b).toContain(escapeHtml(explainProgram(result, 'en').headline.replace(/^✅\s*/, '')));
    expect(b).toContain(t('en', 'report.program.conditions_met'));
    expect(html).toContain(t('en', 'report.section.near_miss'));
  });

  it('a clause with sub-points is quoted with them, unless that would quote a whole chapter', () => {
    const withChildren = (fullText: string) => ({
      ...TEST_SOURCES,
      clauseById: (id: string) => ({ ...fakeClause(id), childIds: [`${id}.1`] }),
      fullText: () => fullText,
    });
    const report = buildEnterpriseReport(ENTERPRISE, TECH_LOAN, TEST_SOURCES.evaluate(TECH_LOAN));
    const short = renderEnterprisePage(report, 'zh-CN', withChildren('①甲；②乙'));
    expect(short).toContain('<blockquote lang="zh-CN">①甲；②乙</blockquote>');
    expect(renderEnterprisePage(report, 'zh-CN', withChildren('长'.repeat(600)))).toContain('长'.repeat(600));
    const long = renderEnterprisePage(report, 'zh-CN', withChildren('长'.repeat(601)));
    expect(long).not.toContain('长'.repeat(601));
    expect(long).toContain('条款1.1.2的原文&lt;引用&gt;');
    expect(short).not.toContain('条款1.1.2的原文');
  });

  it('the page needs nothing from the network: no scripts, links to other hosts or fonts', () => {
    const { html } = page(TECH_LOAN);
    expect(html).not.toMatch(/<script|<link|@import|url\(|https?:\/\//);
    expect(html).toContain('@page { size: A4');
  });

  it('a kiosk link, when the report has one, is shown as its QR code with the expiry; without one, no box', () => {
    const link = {
      url: 'http://192.168.1.20:3000/k/tok123',
      qrSvg: '<svg xmlns="http://www.w3.org/2000/svg" data-qr="1"><rect width="1" height="1"/></svg>',
      expiresAt: '2026-11-30T18:00:00+08:00',
    };
    const withLink = { ...ENTERPRISE, kioskLink: link };
    const report = buildEnterpriseReport(withLink, TECH_LOAN, TEST_SOURCES.evaluate(TECH_LOAN));
    const html = renderEnterprisePage(report, 'zh-CN', TEST_SOURCES);
    const box = html.slice(html.indexOf('<aside class="kiosk-link"'), html.indexOf('</aside>'));
    expect(box).toContain('data-qr="1"');
    expect(box).toContain(t('zh-CN', 'report.kiosk_link.title'));
    expect(box).toContain('2026-11-30 18:00');
    expect(box).toContain('http://192.168.1.20:3000/k/tok123');
    expect(page(TECH_LOAN).html).not.toContain('class="kiosk-link');
  });
});
