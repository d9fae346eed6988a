/**
 * Explanations say what they were computed from and which reading was used, and leave no blank
 * where a figure is unknown.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainProgram, explainResults } from '../../src/rules/explain.ts';
import { evaluate, validateProfile } from '../../src/rules/index.ts';
import type { Profile, ProgramResult } from '../../src/rules/types.ts';
import { TECH_LOAN_EXAMPLE } from '../support/worked-examples.ts';

const explain = (profile: Profile, program: ProgramResult['program'], locale: 'zh-CN' | 'en' = 'zh-CN') => {
  const r = evaluate(profile).find((x) => x.program === program);
  if (!r) throw new Error(program);
  const e = explainProgram(r, locale);
  return [...e.reasons, ...e.notes].join('\n');
};

// The contract's worked example without the figures that narrow the amount (interest, rate, term, invoices).
const {
  loan_interest_paid_2021: _interest,
  loan_rate_pct: _rate,
  loan_term_years: _term,
  other_interest_subsidy_2021: _other,
  equipment_invoice_2021: _invoices,
  ...TECH_LOAN
} = TECH_LOAN_EXAMPLE;

describe('explanations', () => {
  it('say how an unknown interest and unknown invoices were bounded, with no empty figure', () => {
    const text = explain(TECH_LOAN, 'tech-loan');
    expect(text).toContain('利息未知，按贷款额 4000 万元 × LPR 4.65% 估算上限');
    expect(text).toContain('发票金额未知，按贷款额 4000 万元 × 10% 估算上限');
    expect(text).not.toContain('2021年利息  万元');
  });

  it('give the interest and invoices when known', () => {
    const text = explain(
      {
        ...TECH_LOAN,
        loan_interest_paid_2021: 160,
        loan_rate_pct: 4,
        loan_term_years: 3,
        equipment_invoice_2021: 2000,
      },
      'tech-loan',
    );
    expect(text).toContain('2021年利息 160 万元');
    expect(text).toContain('发票 2000 万元 × 10%');
    expect(text).not.toContain('贷款期限未知');
  });

  it('say the 5年期以上 LPR was used while the term is unknown', () => {
    expect(explain(TECH_LOAN, 'tech-loan')).toContain('贷款期限未知：按5年期以上LPR 4.65% 估算上限');
    expect(explain({ ...TECH_LOAN, loan_term_years: 5 }, 'tech-loan')).not.toContain('贷款期限未知');
  });

  it('name the certification a condition asks for, not the whole list', () => {
    const text = explain(
      { in_jiangsu: true, applicant_kind: 'enterprise', data_product_tech: true, total_investment: 2000 },
      'data-product',
    );
    expect(text).toContain('待确认：是否已列入或获得省工信厅云计算、大数据、区块链企业库（1.5.1.1）');
    expect(text).not.toContain('待确认：已获认定');
  });

  it('say 5.5.2 pays half of the approved total budget first', () => {
    const text = explain(
      {
        in_jiangsu: true,
        applicant_kind: 'public_institution',
        training_licensed: true,
        training_years: 5,
        trainees_3y_avg: 2000,
        training_experience: true,
        training_direction_match: true,
        planned_trainees: 900,
        min_class_size: 60,
        long_classes: 9,
        training_cities: 5,
        training_all_regions: true,
        training_free: true,
        total_investment: 250,
      },
      'talent-training',
    );
    expect(text).toContain('首次按核定总预算的 50% 予以补助');
    expect(text).not.toContain('补助资金总额');
  });

  it('say which debatable reading decided the answer, only where it did', () => {
    expect(explain({ in_jiangsu: true, applicant_kind: 'university' }, 'talent-training')).toContain(
      '高等院校按事业单位',
    );
    expect(explain({ in_jiangsu: true, applicant_kind: 'nonprofit' }, 'talent-training')).not.toContain('高等院校');
    expect(explain({ in_jiangsu: true, applicant_kind: 'university' }, 'data-product')).toContain(
      '按任何单位均可申报理解',
    );
    expect(explain({ in_jiangsu: true, applicant_kind: 'enterprise' }, 'data-product')).not.toContain('任何单位');
    expect(explain({ in_jiangsu: true, applicant_kind: 'enterprise' }, 'expo-event')).toContain('等单位');
    expect(explain({ in_jiangsu: true, applicant_kind: 'park' }, 'expo-event')).not.toContain('等单位');
  });

  it('say which deal a per-deal condition was read on', () => {
    const text = explain(
      {
        in_jiangsu: true,
        applicant_kind: 'enterprise',
        merger_initiator: true,
        acquisition_amount: 3000,
        more_acquisitions: true,
        acquisition_2_date: '2021-09-30',
        acquisition_2_amount: 4999,
        acquisition_2_stake_pct: 60,
        more_acquisitions_2: false,
      },
      'merger',
    );
    expect(text).toContain('第二项并购的实际出资额 4999万元，需不低于 5000万元，差 1万元（3.1.1.4）');
  });

  it('say why another merger is asked about: the first deal falls short, and the question settles three clauses', () => {
    const text = explain(
      {
        in_jiangsu: true,
        applicant_kind: 'enterprise',
        merger_initiator: true,
        acquisition_date: '2021-06-30',
        stake_after_pct: 60,
        acquisition_amount: 3000,
      },
      'merger',
    );
    expect(text).toContain('对目标企业的实际出资额 3000万元，需不低于 5000万元，差 2000万元（3.1.1.4）');
    expect(text).toContain('待确认：还有其他2021年完成的并购（3.1.1.1、3.1.1.3、3.1.1.4）');
  });

  it('leave no blank, null or undefined figure for any case of the case files, in either language', () => {
    const dir = join(import.meta.dirname, 'cases');
    for (const f of readdirSync(dir)) {
      const file = JSON.parse(readFileSync(join(dir, f), 'utf8')) as {
        base: Record<string, unknown>;
        cases: { set?: Record<string, unknown>; unset?: string[] }[];
      };
      for (const c of file.cases) {
        const raw: Record<string, unknown> = { ...file.base, ...(c.set ?? {}) };
        for (const k of c.unset ?? []) delete raw[k];
        const v = validateProfile(raw);
        if (!v.ok) continue;
        for (const locale of ['zh-CN', 'en'] as const) {
          const text = explainResults(evaluate(v.profile), locale);
          expect(text).not.toMatch(/undefined|null|NaN|\{\{|（\s*）|\s\s万元|\s\s%/);
        }
      }
    }
  });
});
