/**
 * Realistic enterprises for the dialog bench and the questions-to-verdict test: one project each, of the
 * kinds the guide funds most (tech-loan, merger, little giant, core tech, green upgrade). Each knows its
 * own project's facts, says no to the gate questions of the families it is not in (it made no
 * acquisition, its project is not a 5G one …), and does not know the rest (the scripted user answers
 * 不知道 for any fact the profile lacks).
 */
import type { Profile } from '../../src/rules/types.ts';

/** A deterministic PRNG so runs are comparable. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface Project {
  readonly program: string;
  readonly focus: string;
  readonly profile: (r: () => number) => Profile;
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const between = (r: () => number, lo: number, hi: number) => Math.round(lo + r() * (hi - lo));

export const PROJECTS: readonly Project[] = [
  {
    program: 'tech-loan',
    focus: '技术改造贷款贴息',
    profile: (r) => ({
      in_jiangsu: true,
      applicant_kind: 'enterprise',
      industrial: true,
      revenue_last_year: between(r, 2000, 90000),
      approvals_complete: true,
      total_investment: between(r, 3000, 40000),
      fixed_asset_loan: between(r, 2000, 20000),
      loan_from_jiangsu_bank: true,
      equipment_bought_with_loan: true,
      loan_interest_paid_2021: between(r, 20, 900),
      loan_rate_pct: pick(r, [3.7, 3.85, 4.2, 4.65, 5]),
      loan_term_years: pick(r, [3, 5, 8]),
      other_interest_subsidy_2021: pick(r, [0, 0, 10, 50]),
      equipment_invoice_2021: between(r, 500, 15000),
    }),
  },
  {
    program: 'merger',
    focus: '兼并重组',
    profile: (r) => ({
      in_jiangsu: true,
      applicant_kind: 'enterprise',
      merger_completed_2021: true,
      merger_initiator: true,
      acquisition_date: `2021-${String(between(r, 1, 12)).padStart(2, '0')}-15`,
      acquisition_registered: true,
      acquisition_lawful: true,
      same_parent: false,
      stake_after_pct: between(r, 50, 100),
      largest_shareholder: true,
      acquisition_amount: between(r, 5000, 80000),
      acquisition_cash: between(r, 1000, 5000),
    }),
  },
  {
    program: 'little-giant',
    focus: '专精特新',
    profile: (r) => ({
      in_jiangsu: true,
      applicant_kind: 'enterprise',
      certifications: ['little-giant-2021'],
      revenue_growth_3y_avg_pct: between(r, 8, 60),
      core_chain_leading: true,
      main_product_share_pct: between(r, 60, 100),
      rd_ratio_3y_avg_pct: between(r, 4, 15),
      upgrade_investment_last_year: between(r, 1000, 6000),
      taxes_paid_last_year: between(r, 400, 5000),
    }),
  },
  {
    program: 'core-tech',
    focus: '关键核心技术',
    profile: (r) => ({
      in_jiangsu: true,
      applicant_kind: 'enterprise',
      core_tech_direction: true,
      own_ip: true,
      start_date: '2021-06-01',
      completion_date: pick(r, ['2023-06-30', '2024-05-31', '2024-06-01']),
      rd_investment: between(r, 3000, 20000),
    }),
  },
  {
    program: 'green-upgrade',
    focus: '绿色化改造',
    profile: (r) => ({
      in_jiangsu: true,
      applicant_kind: 'enterprise',
      industrial: true,
      green_direction: true,
      total_investment: between(r, 2000, 30000),
      invested_by_2021_end: 1000,
      approvals_complete: true,
      stage: 'under_construction',
      completion_date: '2023-06-30',
    }),
  },
];

/** The gate answers of an enterprise outside a family: no acquisition, not a 5G project, no training business … */
const GATES_NO: Profile = {
  merger_completed_2021: false,
  core_tech_direction: false,
  green_direction: false,
  fiveg_direction: false,
  service_direction: false,
  data_product_tech: false,
  identifier_capability: false,
  security_capability: false,
  training_licensed: false,
  sme_service_center: false,
  cluster_focus: false,
  public_welfare_platform: false,
  info_consumption_direction: false,
  // No project loan unless the project is the tech-loan one (whose profile states its loan).
  fixed_asset_loan: 0,
  certifications: [],
};

/** The enterprise behind a project: its project's facts over the gate answers of everything else. */
export function enterpriseProfile(project: Project, r: () => number): Profile {
  return { ...GATES_NO, ...project.profile(r) };
}
