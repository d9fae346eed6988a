import { describe, expect, it } from 'vitest';
import { has } from '../../src/i18n.ts';
import { CERTIFICATIONS, FACTS } from '../../src/rules/facts.ts';

const CONTRACT_FACTS = [
  'in_jiangsu',
  'applicant_kind',
  'industrial',
  'revenue_last_year',
  'above_scale',
  'certifications',
  'approvals_complete',
  'total_investment',
  'software_investment',
  'invested_by_2021_end',
  'start_date',
  'completion_date',
  'stage',
  'accepted',
  'fixed_asset_loan',
  'loan_from_jiangsu_bank',
  'equipment_bought_with_loan',
  'loan_interest_paid_2021',
  'loan_rate_pct',
  'loan_term_years',
  'other_interest_subsidy_2021',
  'equipment_invoice_2021',
  'rd_investment',
  'own_ip',
  'core_tech_direction',
  'green_direction',
  'fiveg_direction',
  'service_direction',
  'acquisition_date',
  'acquisition_amount',
  'acquisition_cash',
  'stake_after_pct',
  'largest_shareholder',
  'same_parent',
  'revenue_growth_3y_avg_pct',
  'main_product_share_pct',
  'rd_ratio_3y_avg_pct',
  'core_chain_leading',
  'upgrade_investment_last_year',
  'taxes_paid_last_year',
];

describe('the fact vocabulary', () => {
  it('holds every fact the contract lists, once', () => {
    const keys = FACTS.map((f) => f.key);
    for (const k of CONTRACT_FACTS) expect(keys).toContain(k);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives every fact a label and a question in both languages', () => {
    for (const f of FACTS) {
      for (const lang of ['zh-CN', 'en'] as const) {
        expect(has(lang, `facts.${f.key}.label`), `${lang} ${f.key}.label`).toBe(true);
        expect(has(lang, `facts.${f.key}.question`), `${lang} ${f.key}.question`).toBe(true);
      }
    }
  });

  it('names every certification and enum value in both languages', () => {
    for (const c of CERTIFICATIONS) expect(has('zh-CN', `facts.cert.${c}`), c).toBe(true);
    for (const f of FACTS) {
      if (f.type !== 'enum') continue;
      for (const v of f.values ?? []) expect(has('en', `facts.enum.${f.key}.${v}`), `${f.key}.${v}`).toBe(true);
    }
  });
});
