/**
 * The fact vocabulary (contract §3): every key a profile may carry, its type and unit, and
 * the dialog category it belongs to. Question texts live in `locales/<lang>/facts.json`
 * under `<key>.question` / `<key>.label`; which clauses use a fact is computed from the
 * programs (`factClauses` in `index.ts`), never written by hand.
 */

/** A fact's type. Money (`amount`) is in 万元. */
export type FactType = 'boolean' | 'amount' | 'date' | 'percent' | 'number' | 'count' | 'enum' | 'certs';

/** Dialog category (issue 4): which group of questions asks it. */
export type FactCategory = 'applicant' | 'investment' | 'loan' | 'schedule' | 'certifications' | 'program';

/** One fact of the vocabulary. */
export interface FactDef {
  readonly key: string;
  readonly type: FactType;
  /** Unit for the user: 万元, %, 年, 个, 人 … ("" for booleans, dates, enums). */
  readonly unit: string;
  readonly category: FactCategory;
  /** Allowed values for `enum` and `certs`. */
  readonly values?: readonly string[];
  /** Upper bound where one exists (percentages ≤ 100). */
  readonly max?: number;
}

/** Applicant kinds (contract §3). */
export const APPLICANT_KINDS = [
  'enterprise',
  'park',
  'city_bureau',
  'university',
  'public_institution',
  'nonprofit',
  'other',
] as const;

/**
 * The measure a stated total_investment is on: the filed total of 1.1.1.2, or 1.2.3's net measure. Unset (the
 * contract's reading) it is the measure each program names.
 */
export const TOTAL_INVESTMENT_BASES = ['filed', 'net'] as const;

/** Project stages (contract §3). */
export const STAGES = ['planned', 'under_construction', 'completed'] as const;

/** Recognitions a `certifications` list may hold (contract §3). */
export const CERTIFICATIONS = [
  'smart-factory-list',
  'iiot-benchmark-list',
  'service-manufacturing-demo',
  'industrial-design-center',
  'key-iiot-platform',
  'cloud-bigdata-registry',
  'bigdata-demo-project',
  'identifier-expert-review',
  'xinchuang-backbone',
  'little-giant-2021',
  'single-champion-2021',
  'quality-award-2021',
  'top500-first-2021',
  'icup-second-prize',
  'provincial-innovation-center',
  'sme-service-platform',
  'micro-business-base',
] as const;

const b = (key: string, category: FactCategory): FactDef => ({ key, type: 'boolean', unit: '', category });
const wan = (key: string, category: FactCategory): FactDef => ({ key, type: 'amount', unit: '万元', category });
const pct = (key: string, category: FactCategory): FactDef => ({ key, type: 'percent', unit: '%', category, max: 100 });
const count = (key: string, unit: string, category: FactCategory): FactDef => ({ key, type: 'count', unit, category });
const date = (key: string, category: FactCategory): FactDef => ({ key, type: 'date', unit: '', category });

/** Every fact, contract facts first (in the contract's order), then program-specific ones. */
export const FACTS = [
  // Applicant (contract §3)
  b('in_jiangsu', 'applicant'),
  { key: 'applicant_kind', type: 'enum', unit: '', category: 'applicant', values: APPLICANT_KINDS },
  b('industrial', 'applicant'),
  wan('revenue_last_year', 'applicant'),
  b('above_scale', 'applicant'),
  { key: 'certifications', type: 'certs', unit: '', category: 'certifications', values: CERTIFICATIONS },
  b('approvals_complete', 'applicant'),
  // Project (contract §3)
  wan('total_investment', 'investment'),
  // 1.1.1.2 measures the filed total (备案总投资: the filing's figure, civil works and all); 1.2.3 and the programs after
  // it (下同) the net one (ex-tax, no civil works or working capital). Stated when the user names the filed figure;
  // otherwise derived from total_investment (derive.ts).
  wan('filed_total_investment', 'investment'),
  { key: 'total_investment_basis', type: 'enum', unit: '', category: 'investment', values: TOTAL_INVESTMENT_BASES },
  wan('software_investment', 'investment'),
  wan('invested_by_2021_end', 'investment'),
  date('start_date', 'schedule'),
  date('completion_date', 'schedule'),
  { key: 'stage', type: 'enum', unit: '', category: 'schedule', values: STAGES },
  b('accepted', 'schedule'),
  wan('fixed_asset_loan', 'loan'),
  b('loan_from_jiangsu_bank', 'loan'),
  b('equipment_bought_with_loan', 'loan'),
  wan('loan_interest_paid_2021', 'loan'),
  { key: 'loan_rate_pct', type: 'percent', unit: '%', category: 'loan', max: 100 },
  { key: 'loan_term_years', type: 'number', unit: '年', category: 'loan' },
  wan('other_interest_subsidy_2021', 'loan'),
  wan('equipment_invoice_2021', 'loan'),
  wan('rd_investment', 'investment'),
  b('own_ip', 'program'),
  b('core_tech_direction', 'program'),
  b('green_direction', 'program'),
  b('info_consumption_direction', 'program'),
  b('fiveg_direction', 'program'),
  b('service_direction', 'program'),
  // Fixed program-specific facts (contract §3)
  date('acquisition_date', 'program'),
  wan('acquisition_amount', 'program'),
  wan('acquisition_cash', 'program'),
  pct('stake_after_pct', 'program'),
  b('largest_shareholder', 'program'),
  b('same_parent', 'program'),
  { key: 'revenue_growth_3y_avg_pct', type: 'percent', unit: '%', category: 'program' },
  pct('main_product_share_pct', 'program'),
  pct('rd_ratio_3y_avg_pct', 'program'),
  b('core_chain_leading', 'program'),
  wan('upgrade_investment_last_year', 'program'),
  wan('taxes_paid_last_year', 'program'),
  // Program-specific facts named by the project
  b('acquisition_registered', 'program'),
  b('acquisition_lawful', 'program'),
  b('identifier_capability', 'program'),
  b('identifier_showroom', 'program'),
  count('identifier_promotion_events', '场', 'program'),
  { key: 'identifier_registrations_yi', type: 'number', unit: '亿', category: 'program' },
  { key: 'identifier_resolutions_yi', type: 'number', unit: '亿', category: 'program' },
  count('identifier_connected_enterprises', '家', 'program'),
  b('platform_indicators_met', 'program'),
  b('platform_monitoring_commitment', 'program'),
  b('security_capability', 'program'),
  b('security_services_commitment', 'program'),
  b('xinchuang_zone_basis', 'program'),
  b('xinchuang_zone_operator', 'program'),
  b('has_plan_and_targets', 'program'),
  b('lab_with_jiangsu_university', 'program'),
  { key: 'lab_cooperation_years', type: 'number', unit: '年', category: 'program' },
  b('lab_roles_agreed', 'program'),
  b('lab_breakthrough_direction', 'program'),
  b('data_product_tech', 'program'),
  // Gate (issue 14): one answer settles the merger program for an enterprise that made no acquisition.
  b('merger_completed_2021', 'program'),
  b('merger_initiator', 'program'),
  // 3.1.1.4: further deals of the same initiator in 2021, one to three of them (deal 1 is the contract's
  // acquisition_* facts); `more_acquisitions` asks whether deal 2 exists, `more_acquisitions_2` deal 3 …
  b('more_acquisitions', 'program'),
  date('acquisition_2_date', 'program'),
  wan('acquisition_2_amount', 'program'),
  wan('acquisition_2_cash', 'program'),
  pct('acquisition_2_stake_pct', 'program'),
  b('more_acquisitions_2', 'program'),
  date('acquisition_3_date', 'program'),
  wan('acquisition_3_amount', 'program'),
  wan('acquisition_3_cash', 'program'),
  pct('acquisition_3_stake_pct', 'program'),
  b('more_acquisitions_3', 'program'),
  date('acquisition_4_date', 'program'),
  wan('acquisition_4_amount', 'program'),
  wan('acquisition_4_cash', 'program'),
  pct('acquisition_4_stake_pct', 'program'),
  { key: 'event_kind', type: 'enum', unit: '', category: 'program', values: ['exhibition', 'activity'] },
  b('event_listed', 'program'),
  { key: 'innovation_center_age_years', type: 'number', unit: '年', category: 'program' },
  b('cluster_focus', 'program'),
  b('cluster_org_basics', 'program'),
  count('service_team_size', '人', 'program'),
  b('cluster_participation', 'program'),
  wan('cluster_service_revenue_2021', 'program'),
  b('sme_service_center', 'program'),
  count('smes_served_2021', '家', 'program'),
  count('public_events_2021', '场', 'program'),
  pct('satisfaction_pct', 'program'),
  count('new_above_scale_2021', '家', 'program'),
  wan('platform_investment_2021', 'program'),
  pct('free_service_share_pct', 'program'),
  b('all_services_free', 'program'),
  b('public_welfare_platform', 'program'),
  b('replicable_solution', 'program'),
  b('training_licensed', 'program'),
  { key: 'training_years', type: 'number', unit: '年', category: 'program' },
  wan('registered_capital', 'program'),
  wan('revenue_3y_avg', 'program'),
  count('trainees_3y_avg', '人次', 'program'),
  b('training_experience', 'program'),
  b('training_direction_match', 'program'),
  count('planned_trainees', '人', 'program'),
  count('long_classes', '个', 'program'),
  count('min_class_size', '人', 'program'),
  count('training_cities', '个', 'program'),
  b('training_all_regions', 'program'),
  b('training_free', 'program'),
] as const satisfies readonly FactDef[];

/** A fact key. */
export type FactKey = (typeof FACTS)[number]['key'];

/** Fact definitions by key. */
export const FACT_BY_KEY: ReadonlyMap<string, FactDef> = new Map(FACTS.map((f) => [f.key, f as FactDef]));

/** Whether a string is a fact key. */
export function isFactKey(key: string): key is FactKey {
  return FACT_BY_KEY.has(key);
}
