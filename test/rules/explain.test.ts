import { describe, expect, it } from 'vitest';
import { explainProgram } from '../../src/rules/explain.ts';
import { evaluate } from '../../src/rules/index.ts';
import type { Profile } from '../../src/rules/types.ts';

const LITTLE_GIANT: Profile = {
  applicant_kind: 'enterprise',
  in_jiangsu: true,
  certifications: ['little-giant-2021'],
  revenue_growth_3y_avg_pct: 7.9,
  core_chain_leading: true,
  main_product_share_pct: 60,
  rd_ratio_3y_avg_pct: 4,
  upgrade_investment_last_year: 1000,
  taxes_paid_last_year: 400,
};

const explain = (profile: Profile, program: string, locale: 'zh-CN' | 'en' = 'zh-CN') => {
  const r = evaluate(profile).find((x) => x.program === program);
  if (!r) throw new Error(program);
  return explainProgram(r, locale);
};

describe('explanations', () => {
  it('give a percentage shortfall in percentage points', () => {
    expect(explain(LITTLE_GIANT, 'little-giant').reasons[0]).toContain('需不低于 8%，差 0.1 个百分点（3.2.1.2）');
    expect(explain(LITTLE_GIANT, 'little-giant', 'en').reasons[0]).toContain('short by 0.1 percentage points');
  });

  it('give an amount shortfall in 万元', () => {
    expect(
      explain({ ...LITTLE_GIANT, revenue_growth_3y_avg_pct: 8, taxes_paid_last_year: 300 }, 'little-giant').reasons[0],
    ).toContain('需不低于 400万元，差 100万元');
  });

  it('cite every met condition and the amount for an eligible program', () => {
    const e = explain({ ...LITTLE_GIANT, revenue_growth_3y_avg_pct: 8 }, 'little-giant');
    expect(e.headline).toContain('预计最高补助 200 万元');
    expect(e.notes.join('\n')).toContain('依据：3.2.3、3.2.1.1、3.2.1.2、3.2.1.3、3.2.1.4、3.2.1.5');
    expect(e.notes.join('\n')).toContain('1000 万元 × 20%');
  });
});

describe('a 规上 read from revenue', () => {
  it('says beside the ❌ that the national threshold was used, not the guide', () => {
    const small: Profile = {
      applicant_kind: 'enterprise',
      industrial: true,
      revenue_last_year: 1500,
      in_jiangsu: true,
    };
    const zh = explain(small, 'tech-loan');
    expect(zh.status).toBe('ineligible');
    expect(zh.reasons.join('\n')).toContain('按国家统计口径');
    expect(explain(small, 'tech-loan', 'en').reasons.join('\n')).toContain('national statistical threshold');
    // (Said by the user, the ❌ needs no such note.)
    const said = explain({ ...small, above_scale: false }, 'tech-loan');
    expect(said.reasons.join('\n')).not.toContain('按国家统计口径');
  });
});

describe('a local SME service centre', () => {
  it('is told beside its ❌ at 5.3.1.1 that the provincial list applies to centres too', () => {
    const center: Profile = {
      applicant_kind: 'public_institution',
      in_jiangsu: true,
      sme_service_center: true,
      certifications: [],
    };
    const r = explain(center, 'sme-platform');
    expect(r.status).toBe('ineligible');
    expect(r.reasons.join('\n')).toContain('5.3.1.4 只替代 5.3.1.3');
    // (A platform that is no centre is not told.)
    const platform = explain({ ...center, sme_service_center: false }, 'sme-platform');
    expect(platform.reasons.join('\n')).not.toContain('5.3.1.4 只替代');
  });
});

describe('what a ❌ rests on', () => {
  it('is said in the unmet line itself, and a reading only beside the clause it reads', () => {
    const small: Profile = {
      applicant_kind: 'enterprise',
      industrial: true,
      revenue_last_year: 1500,
      in_jiangsu: true,
      filed_total_investment: 3500,
      fixed_asset_loan: 1500,
      loan_from_jiangsu_bank: false,
    };
    const line = explain(small, 'tech-loan').reasons.find((x) => x.includes('规模以上工业企业'));
    expect(line).toContain('按国家统计口径');
    // A listed centre failing only 5.3.1.4 is not told the centre reading (it reads 5.3.1.1).
    const listed: Profile = {
      applicant_kind: 'public_institution',
      in_jiangsu: true,
      sme_service_center: true,
      certifications: ['sme-service-platform'],
      smes_served_2021: 150,
      public_events_2021: 10,
      satisfaction_pct: 95,
      platform_investment_2021: 150,
      all_services_free: true,
    };
    const centre = explain(listed, 'sme-platform');
    expect(centre.status).toBe('ineligible');
    expect(centre.reasons.join('\n')).not.toContain('5.3.1.4 只替代');
  });
});

describe('the interest subsidy explained (1.1.2)', () => {
  const LOAN: Profile = {
    applicant_kind: 'enterprise',
    in_jiangsu: true,
    industrial: true,
    above_scale: true,
    filed_total_investment: 6000,
    fixed_asset_loan: 4000,
    loan_from_jiangsu_bank: true,
    equipment_bought_with_loan: true,
    loan_interest_paid_2021: 162.5,
    loan_term_years: 5,
    equipment_invoice_2021: 2100,
  };
  const notes = (p: Profile, locale: 'zh-CN' | 'en' = 'zh-CN') => explain(p, 'tech-loan', locale).notes.join('\n');

  it('names the city or county deduction where it binds, and no LPR cap for a rate within it', () => {
    const text = notes({ ...LOAN, loan_rate_pct: 4.3, other_interest_subsidy_2021: 20 });
    expect(text).toContain('贴息 142.5 万元');
    expect(text).toContain('利率 4.3% 不高于同期限LPR 4.65%，全额计算');
    expect(text).toContain('扣除市县已贴息 20 万元');
    expect(text).not.toContain('封顶');
  });

  it('scales a rate above the LPR and says so, without a deduction that does not bind', () => {
    const text = notes({ ...LOAN, loan_rate_pct: 5.5, other_interest_subsidy_2021: 0 }, 'en');
    expect(text).toContain('the rate 5.5% is above the same-term LPR 4.65%, so it is scaled to 137.39 万元');
    expect(text).not.toContain('deducted');
  });
});

describe('the interest subsidy explained, when the loan bounds it (review)', () => {
  it('names no deduction that did not bind', () => {
    const r = evaluate({
      applicant_kind: 'enterprise',
      in_jiangsu: true,
      industrial: true,
      above_scale: true,
      filed_total_investment: 6000,
      fixed_asset_loan: 3000,
      loan_from_jiangsu_bank: true,
      equipment_bought_with_loan: true,
      loan_interest_paid_2021: 200,
      other_interest_subsidy_2021: 10,
      loan_term_years: 5,
      equipment_invoice_2021: 2100,
    }).find((x) => x.program === 'tech-loan');
    const text = r ? explainProgram(r, 'zh-CN').notes.join('\n') : '';
    expect(text).toContain('贴息 139.5 万元');
    expect(text).not.toContain('扣除市县已贴息');
  });
});
