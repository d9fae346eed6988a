/** A profile that fills every figure and date the application forms ask for (the pack tests open forms filled from it). */
import type { Profile } from '../../src/rules/types.ts';

export const FILLED_PROFILE: Profile = {
  revenue_last_year: 12000,
  taxes_paid_last_year: 650,
  total_investment: 5000,
  rd_investment: 3200,
  rd_ratio_3y_avg_pct: 6.5,
  main_product_share_pct: 72,
  start_date: '2021-03-01',
  completion_date: '2022-06-30',
  approvals_complete: true,
};
