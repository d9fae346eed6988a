/**
 * Answers for driving the real dialog in kiosk tests: the contract's tech-loan worked example,
 * answered the way the dialog echoes values back (so its parser reads them), 不知道 for anything
 * else, and the tech-loan group for the opening "which programs" question.
 */
import { formatValue } from '../../src/dialogs/vocabulary.ts';
import type { FactValue } from '../../src/rules/types.ts';

/** The worked example `tech-loan-rate-above-lpr`: tech-loan eligible. */
export const TECH_LOAN_ANSWERS: Readonly<Record<string, FactValue>> = {
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

/** What to answer to the question for `slot`; null for the focus question (pick a choice instead). */
export function answerFor(slot: string): string | null {
  if (slot === 'focus') return null;
  const value = TECH_LOAN_ANSWERS[slot];
  return value === undefined ? '不知道' : formatValue(slot, value, 'zh-CN');
}
