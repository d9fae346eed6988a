/** The contract's worked examples as profiles, shared by tests (copies: `test/fixtures/contract-examples/`). */
import type { Profile } from '../../src/rules/types.ts';

/** `tech-loan-rate-above-lpr`: tech-loan eligible at 354万 (160 × 3.85 / 4.0 + 10 % of 2000). */
export const TECH_LOAN_EXAMPLE: Profile = {
  in_jiangsu: true,
  applicant_kind: 'enterprise',
  industrial: true,
  revenue_last_year: 30000,
  approvals_complete: true,
  total_investment: 6500,
  fixed_asset_loan: 4000,
  loan_from_jiangsu_bank: true,
  equipment_bought_with_loan: true,
  loan_interest_paid_2021: 160,
  loan_rate_pct: 4.0,
  loan_term_years: 3,
  other_interest_subsidy_2021: 0,
  equipment_invoice_2021: 2000,
};
