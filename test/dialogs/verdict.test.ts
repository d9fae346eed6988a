import { describe, expect, it } from 'vitest';
import { isNearMiss, renderVerdict } from '../../src/dialogs/verdict.ts';
import { evaluate } from '../../src/rules/index.ts';
import type { Profile } from '../../src/rules/types.ts';
import { TECH_LOAN_EXAMPLE } from '../support/worked-examples.ts';

const result = (profile: Profile, program: string) => {
  const r = evaluate(profile).find((x) => x.program === program);
  if (!r) throw new Error(program);
  return r;
};

describe('a near miss (差一点)', () => {
  it('is a single figure within a fifth of its threshold: a 1900万 loan against 2000万', () => {
    expect(isNearMiss(result({ ...TECH_LOAN_EXAMPLE, fixed_asset_loan: 1900 }, 'tech-loan'))).toBe(true);
  });

  it('is not a figure over a ceiling: a green project fully invested by 2021 is built, excluded (4.1.1.4)', () => {
    const green: Profile = {
      applicant_kind: 'enterprise',
      industrial: true,
      in_jiangsu: true,
      green_direction: true,
      approvals_complete: true,
      total_investment: 3000,
      completion_date: '2023-06-30',
      stage: 'under_construction',
    };
    const built = result({ ...green, invested_by_2021_end: 3000 }, 'green-upgrade');
    expect(built.status).toBe('ineligible');
    expect(isNearMiss(built)).toBe(false);
    expect(result({ ...green, invested_by_2021_end: 900 }, 'green-upgrade').status).toBe('eligible');
  });

  it('says a firm floor missed by a little still fails; an in-principle one says nothing of the kind', () => {
    const firm = result({ ...TECH_LOAN_EXAMPLE, fixed_asset_loan: 1900 }, 'tech-loan');
    const soft = result({ ...TECH_LOAN_EXAMPLE, total_investment: 2800 }, 'tech-loan');
    const text = (r: typeof firm, locale: 'zh-CN' | 'en') => renderVerdict([r], null, locale, { final: true });
    expect(text(firm, 'zh-CN')).toContain('硬性条件，未达到即不符合');
    expect(text(firm, 'en')).toContain('a firm condition: not eligible until it is met');
    expect(text(soft, 'zh-CN')).not.toContain('硬性条件');
  });

  it('is not a figure far from it: a 1000万 loan against 2000万', () => {
    expect(isNearMiss(result({ ...TECH_LOAN_EXAMPLE, fixed_asset_loan: 1000 }, 'tech-loan'))).toBe(false);
  });

  it('is an in-principle (原则上) floor whatever the gap, as the recommending unit may allow it', () => {
    expect(isNearMiss(result({ ...TECH_LOAN_EXAMPLE, total_investment: 1000 }, 'tech-loan'))).toBe(true);
  });

  it('is an acceptance not done yet, which the guide asks before the application deadline (1.5.1.3)', () => {
    const dataProduct: Profile = {
      applicant_kind: 'enterprise',
      industrial: false,
      in_jiangsu: true,
      data_product_tech: true,
      certifications: ['cloud-bigdata-registry', 'bigdata-demo-project'],
      total_investment: 1200,
      completion_date: '2021-11-30',
    };
    const notYet = result({ ...dataProduct, accepted: false }, 'data-product');
    expect(notYet.status).toBe('ineligible');
    expect(isNearMiss(notYet)).toBe(true);
    // Not accepted and completed outside 2021: two unmet, no near miss.
    expect(isNearMiss(result({ ...dataProduct, accepted: false, completion_date: '2022-03-31' }, 'data-product'))).toBe(
      false,
    );
    expect(result({ ...dataProduct, accepted: true }, 'data-product').status).toBe('eligible');
  });

  it('is not two unmet conditions', () => {
    expect(
      isNearMiss(result({ ...TECH_LOAN_EXAMPLE, fixed_asset_loan: 1900, loan_from_jiangsu_bank: false }, 'tech-loan')),
    ).toBe(false);
  });
});

describe('the title of a verdict shown before the end', () => {
  it('says eligibility is settled only when no program in view is still open', () => {
    const settled = renderVerdict([result(TECH_LOAN_EXAMPLE, 'tech-loan')], null, 'zh-CN', { final: false });
    expect(settled.split('\n')[0]).toContain('是否符合条件已可判断');
    const open = renderVerdict(
      [result({ ...TECH_LOAN_EXAMPLE, fixed_asset_loan: undefined } as Profile, 'tech-loan')],
      null,
      'zh-CN',
      {
        final: false,
      },
    );
    expect(open.split('\n')[0]).toContain('还有信息待补充');
    expect(open.split('\n')[0]).not.toContain('已可判断');
  });
});
