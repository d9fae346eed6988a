/**
 * The 2022 guide's 24 programs as data. Each condition names the deepest clause that holds
 * it; readings of ambiguous text are written beside the rule (`reading`) and shown in traces.
 * Thresholds: 不低于 / 以上 / 不少于 / 达…以上 include the threshold (≥); 不超过 / 前 include it (≤).
 */

import type { FactKey } from '../facts.ts';
import type { Condition, PaymentSchedule, ProgramRules, Quota, Test } from '../types.ts';

const gte = (fact: FactKey | 'progress_2021_pct', value: number): Test => ({ op: 'gte', fact, value });
const lte = (fact: FactKey | 'project_duration_years', value: number): Test => ({ op: 'lte', fact, value });
const yes = (fact: FactKey | 'above_scale' | 'started'): Test => ({ op: 'is', fact, value: true });
const no = (fact: FactKey): Test => ({ op: 'is', fact, value: false });
const holds = (cert: string): Test => ({ op: 'holds', cert });
const within2021 = (fact: FactKey): Test => ({ op: 'dateWithin', fact, from: '2021-01-01', to: '2021-12-31' });
const by = (fact: FactKey, to: string): Test => ({ op: 'dateWithin', fact, to });
const cond = (id: string, clause: string, test: Test, extra: Partial<Condition> = {}): Condition => ({
  id,
  clause,
  test,
  ...extra,
});
const quota = (clause: string, max: number | null, extra: Partial<Quota> = {}): Quota => ({ clause, max, ...extra });
const firstHalf = (clause: string): PaymentSchedule => ({ kind: 'firstShare', share: 0.5, clause });
const UNSPECIFIED: PaymentSchedule = { kind: 'unspecified' };

/** Applicant kinds other than an enterprise (contract §3). */
const NOT_ENTERPRISE = ['park', 'city_bureau', 'university', 'public_institution', 'nonprofit', 'other'];

const ABOVE_SCALE_READING =
  '规模以上工业企业 is not defined in the guide; the national statistical threshold (annual main-business revenue ≥ 2000万元) is used when the applicant does not say.';

/** 1.2 "智改数转"标杆示范: conditions shared by its four directions (1.2.2.2–1.2.2.4, 1.2.4). */
const demoCommon = (minTotal: number, totalClause = '1.2.2.4'): Condition[] => [
  cond('approvals', '1.2.2.2', yes('approvals_complete')),
  cond('total-investment', totalClause, gte('total_investment', minTotal), {
    reading: '项目总投资 as 1.2.3 defines it: ex-tax, no civil works or working capital.',
  }),
  cond('software-investment', '1.2.2.4', gte('software_investment', 400)),
  cond('above-scale', '1.2.4', yes('above_scale'), { reading: ABOVE_SCALE_READING }),
];

/** 1.2.2.3: completed within 2021 and accepted by the recommending unit before the deadline. */
const completedIn2021Accepted = (clause: string): Condition[] => [
  cond('completed-2021', clause, within2021('completion_date')),
  cond('accepted', clause, yes('accepted'), {
    byDeadline: true,
    reading:
      '验收 must be done "在项目申报截止日期前": not yet accepted is unmet today but can still be done in time (a near miss).',
  }),
];

const DEMO_SUBSIDY = { kind: 'share', base: 'total_investment', rate: 0.1, cap: 2000, clause: '1.2.3' } as const;

/**
 * 智能制造示范工厂 and 工业互联网标杆工厂 share every condition (1.2.2.1–1.2.2.4): on the
 * provincial list, completed in 2021 and accepted, ≥ 3000万 with ≥ 400万 software; 10 of 55 each.
 */
function listedDemoFactory(
  id: 'smart-factory' | 'iiot-benchmark',
  list: string,
  conditionId: string,
  form: string,
): ProgramRules {
  return {
    id,
    applicantKinds: ['enterprise'],
    applicantClause: '1.2.4',
    conditions: [cond(conditionId, '1.2.2.1', holds(list)), ...completedIn2021Accepted('1.2.2.3'), ...demoCommon(3000)],
    subsidy: DEMO_SUBSIDY,
    payment: UNSPECIFIED,
    quota: quota('1.2.5', 10, { groupMax: 55 }),
    forms: [form],
  };
}

/**
 * The preamble (clause 0): "2022年度江苏省工业和信息产业转型升级专项资金…" — the province's own fund,
 * so an applicant outside Jiangsu is outside every program, also those whose clauses do not say 省内.
 */
const JIANGSU_SCOPE: Condition = cond('in-jiangsu-fund', '0', yes('in_jiangsu'), {
  reading:
    'The guide is the Jiangsu provincial fund’s (its preamble): every program is read as Jiangsu’s, also where its clauses do not say 省内. Outside Jiangsu → ineligible for every program the applicant could apply for; programs it does not apply for (bought by government, announced separately, another 申报主体) stay information only.',
});

/** The programs, in the guide's order, before the guide-wide scope is added to each. */
const PROGRAM_LIST: readonly ProgramRules[] = [
  {
    id: 'tech-loan',
    applicantKinds: ['enterprise'],
    applicantClause: '1.1.3',
    conditions: [
      cond('in-jiangsu', '1.1.1.1', yes('in_jiangsu')),
      cond('approvals', '1.1.1.1', yes('approvals_complete')),
      cond('total-investment', '1.1.1.2', gte('filed_total_investment', 3000), {
        soft: true,
        reading:
          '项目备案总投资原则上不低于3000万元: unmet below 3000, but the recommending unit may allow an exception. The filed total (civil works included), not 1.2.3’s net measure, which comes after it (下同): a total given on the net basis leaves the filed one to ask (derive.ts).',
      }),
      cond('fixed-asset-loan', '1.1.1.2', gte('fixed_asset_loan', 2000)),
      cond('loan-from-jiangsu-bank', '1.1.1.2', yes('loan_from_jiangsu_bank')),
      cond('equipment-bought-with-loan', '1.1.1.2', yes('equipment_bought_with_loan')),
      cond('above-scale', '1.1.3', yes('above_scale'), { reading: ABOVE_SCALE_READING }),
    ],
    subsidy: { kind: 'techLoan', cap: 2000, equipmentRate: 0.1, clause: '1.1.2' },
    payment: UNSPECIFIED,
    quota: quota('1.1.4', 200),
    forms: ['A1-1'],
  },
  listedDemoFactory('smart-factory', 'smart-factory-list', 'on-demo-list', 'A1-2'),
  listedDemoFactory('iiot-benchmark', 'iiot-benchmark-list', 'on-benchmark-list', 'A1-3'),
  {
    id: '5g-iiot',
    applicantKinds: ['enterprise'],
    applicantClause: '1.2.4',
    conditions: [
      cond('fiveg-direction', '1.2.1.3', yes('fiveg_direction')),
      // 1.2.2.3's "其中" replaces the 2021-completion rule for 5G: started, ≥20 % by end-2021, built by end-2023.
      cond('started', '1.2.2.3', yes('started')),
      cond('progress-2021', '1.2.2.3', gte('progress_2021_pct', 20), {
        reading: '项目实际进度 = invested by 2021-12-31 ÷ 项目总投资; "达20%以上" includes 20 %.',
      }),
      cond('built-by-2023', '1.2.2.3', by('completion_date', '2023-12-31')),
      ...demoCommon(2000),
    ],
    subsidy: DEMO_SUBSIDY,
    payment: firstHalf('1.2.3'),
    quota: quota('1.2.5', 15, { groupMax: 55 }),
    forms: ['A1-4'],
  },
  {
    id: 'service-upgrade',
    applicantKinds: ['enterprise'],
    applicantClause: '1.2.4',
    conditions: [
      cond('service-direction', '1.2.1.4', yes('service_direction')),
      ...completedIn2021Accepted('1.2.2.3'),
      ...demoCommon(2000),
    ],
    // 1.2.2.1: 优先支持 — a priority in ranking, not a condition.
    priorities: [
      {
        id: 'service-manufacturing-or-design-center',
        clause: '1.2.2.1',
        test: { op: 'holdsAny', certs: ['service-manufacturing-demo', 'industrial-design-center'] },
      },
    ],
    subsidy: DEMO_SUBSIDY,
    payment: UNSPECIFIED,
    quota: quota('1.2.5', 20, { groupMax: 55 }),
    forms: ['A1-5'],
  },
  {
    id: 'iiot-identifier',
    applicantKinds: 'any',
    applicantClause: '1.3.4',
    conditions: [
      cond('expert-review', '1.3.2.1.1', holds('identifier-expert-review')),
      cond('capability', '1.3.2.1.1', yes('identifier_capability')),
      cond('online-by-2023-06', '1.3.2.1.2', by('completion_date', '2023-06-30'), {
        reading: '上线 and 完成 are both due by 2023-06-30 (1.3.2.1.2, 1.3.2.1.4); one completion date answers both.',
      }),
      cond('showroom', '1.3.2.1.2', yes('identifier_showroom')),
      cond('promotion-events', '1.3.2.1.2', gte('identifier_promotion_events', 5)),
      cond('registrations', '1.3.2.1.3', gte('identifier_registrations_yi', 2), {
        reading:
          'The volumes of ③ are the project’s targets at completion (附件1-6 asks for them as 项目完成后预期达到的指标值).',
      }),
      cond('resolutions', '1.3.2.1.3', gte('identifier_resolutions_yi', 1)),
      cond('connected-enterprises', '1.3.2.1.3', gte('identifier_connected_enterprises', 1000)),
      cond('total-investment', '1.3.2.1.4', gte('total_investment', 1000)),
      cond('completed-by-2023-06', '1.3.2.1.4', by('completion_date', '2023-06-30')),
    ],
    subsidy: { kind: 'fixed', amount: 400, clause: '1.3.3.1' },
    payment: { kind: 'firstAmount', amount: 100, clause: '1.3.3.1' },
    quota: quota('1.3.5', 25, { groupMax: 45 }),
    forms: ['A1-6'],
  },
  {
    id: 'iiot-platform',
    applicantKinds: 'any',
    applicantClause: '1.3.4',
    conditions: [
      cond('key-platform', '1.3.2.2.1', holds('key-iiot-platform')),
      cond('indicators', '1.3.2.2.1', yes('platform_indicators_met')),
      cond('monitoring-commitment', '1.3.2.2.2', yes('platform_monitoring_commitment')),
      cond('total-investment', '1.3.2.2.3', gte('total_investment', 1000)),
      ...completedIn2021Accepted('1.3.2.2.3'),
    ],
    subsidy: { kind: 'upTo', cap: 500, clause: '1.3.3.2' },
    payment: { kind: 'once', clause: '1.3.3.2' },
    quota: quota('1.3.5', 10, { groupMax: 45 }),
    forms: ['A1-7'],
  },
  {
    id: 'iiot-security',
    applicantKinds: 'any',
    applicantClause: '1.3.4',
    conditions: [
      cond('capability', '1.3.2.3.1', yes('security_capability')),
      cond('services-commitment', '1.3.2.3.2', yes('security_services_commitment')),
      cond('total-investment', '1.3.2.3.3', gte('total_investment', 500)),
      cond('progress-2021', '1.3.2.3.3', gte('progress_2021_pct', 20)),
      cond('completed-by-2023-06', '1.3.2.3.3', by('completion_date', '2023-06-30')),
    ],
    subsidy: { kind: 'share', base: 'total_investment', rate: 0.2, cap: 500, clause: '1.3.3.3' },
    payment: firstHalf('1.3.3.3'),
    quota: quota('1.3.5', 10, { groupMax: 45 }),
    forms: ['A1-8'],
  },
  {
    id: 'xinchuang-zone',
    applicantKinds: ['park'],
    applicantClause: '1.4.1.3',
    conditions: [
      cond('basis', '1.4.1.1.1', yes('xinchuang_zone_basis')),
      cond('operator', '1.4.1.1.2', yes('xinchuang_zone_operator')),
      cond('budget', '1.4.1.1.2', gte('total_investment', 10000), {
        reading: '实施期内投资预算不低于1亿元 = 10000万元, asked as total_investment.',
      }),
      cond('plan', '1.4.1.1.3', yes('has_plan_and_targets')),
      cond('ends-by-2023-06', '1.4.1.1.3', by('completion_date', '2023-06-30')),
      cond('at-most-2-years', '1.4.1.1.3', lte('project_duration_years', 2)),
    ],
    subsidy: {
      kind: 'twoPhase',
      base: 'total_investment',
      rate: 0.3,
      firstCap: 2000,
      laterCap: 1000,
      totalCap: 3000,
      clause: '1.4.1.2',
    },
    payment: { kind: 'twoPhase', clause: '1.4.1.2' },
    quota: quota('1.4.1.4', 3),
    forms: ['A1-9'],
  },
  {
    id: 'xinchuang-lab',
    applicantKinds: ['enterprise'],
    applicantClause: '1.4.2.3',
    conditions: [
      cond('backbone', '1.4.2.1.1', holds('xinchuang-backbone')),
      cond('in-jiangsu', '1.4.2.1.1', yes('in_jiangsu')),
      cond('with-university', '1.4.2.1.1', yes('lab_with_jiangsu_university')),
      cond('cooperation-5-years', '1.4.2.1.2', gte('lab_cooperation_years', 5)),
      cond('built-by-2023-12', '1.4.2.1.2', by('completion_date', '2023-12-31')),
      cond('build-at-most-2-years', '1.4.2.1.2', lte('project_duration_years', 2)),
      cond('plan', '1.4.2.1.3', yes('has_plan_and_targets')),
      cond('roles', '1.4.2.1.4', yes('lab_roles_agreed')),
      cond('total-investment', '1.4.2.1.4', gte('total_investment', 1000)),
      cond('breakthrough', '1.4.2.1.5', yes('lab_breakthrough_direction')),
    ],
    subsidy: {
      kind: 'twoPhase',
      base: 'total_investment',
      rate: 0.3,
      firstCap: 300,
      laterCap: 200,
      totalCap: 500,
      clause: '1.4.2.2',
    },
    payment: { kind: 'twoPhase', clause: '1.4.2.2' },
    quota: quota('1.4.2.4', 5),
    forms: ['A1-10'],
  },
  {
    id: 'data-product',
    applicantKinds: 'any',
    applicantClause: '1.5.3',
    // 1.5.3 "符合上述条件的单位": no kind of unit is named, so any unit may apply.
    readingNotes: [
      { id: 'any-unit', clause: '1.5.3', when: { op: 'oneOf', fact: 'applicant_kind', values: NOT_ENTERPRISE } },
    ],
    conditions: [
      cond('registry', '1.5.1.1', holds('cloud-bigdata-registry')),
      cond('demo-project', '1.5.1.1', holds('bigdata-demo-project')),
      cond('data-technology', '1.5.1.2', yes('data_product_tech')),
      cond('total-investment', '1.5.1.3', gte('total_investment', 1000)),
      ...completedIn2021Accepted('1.5.1.3'),
    ],
    subsidy: { kind: 'share', base: 'total_investment', rate: 0.2, cap: 500, clause: '1.5.2' },
    payment: UNSPECIFIED,
    quota: quota('1.5.4', 20),
    forms: ['A1-11'],
  },
  {
    id: 'free-diagnosis',
    applicantKinds: 'any',
    applicantClause: '1.6',
    infoOnly: { reason: 'government_purchase', clause: '1.6' },
    conditions: [],
    subsidy: { kind: 'none', clause: '1.6' },
    payment: UNSPECIFIED,
    quota: quota('1.6', null),
    forms: [],
  },
  {
    id: 'core-tech',
    applicantKinds: 'any',
    applicantClause: '2.4',
    conditions: [
      cond('direction', '2.1', yes('core_tech_direction')),
      cond('own-ip', '2.2.1', yes('own_ip')),
      cond('at-most-3-years', '2.2.2', lte('project_duration_years', 3), {
        soft: true,
        reading: '项目实施期原则上不超过3年: unmet above 3 years, but the recommending unit may allow an exception.',
      }),
      cond('done-by-2024-06', '2.2.2', by('completion_date', '2024-06-30')),
      cond('rd-investment', '2.2.3', gte('rd_investment', 3000)),
    ],
    subsidy: { kind: 'share', base: 'rd_investment', rate: 0.3, cap: 3000, clause: '2.3' },
    payment: firstHalf('2.3'),
    quota: quota('2.5', 60, { notes: ['disaster-safety-at-most-6', 'biomed-at-least-5'] }),
    forms: ['A1-12'],
  },
  {
    id: 'merger',
    applicantKinds: ['enterprise'],
    applicantClause: '3.1.3',
    conditions: [
      // Gate: "2021年…成功并购国内外企业" asked as one yes/no before the deal's details (issue 14).
      cond('merger-2021', '3.1.1.1', yes('merger_completed_2021')),
      cond('initiator', '3.1.3', yes('merger_initiator')),
      // Per deal (deals.ts): one deal must meet all three; registration, lawfulness, parent and
      // largest-shareholder answers are given once for every deal listed.
      cond('acquired-in-2021', '3.1.1.1', within2021('acquisition_date'), { perDeal: true }),
      cond('registered', '3.1.1.1', yes('acquisition_registered')),
      cond('lawful', '3.1.1.2', yes('acquisition_lawful')),
      cond('not-same-parent', '3.1.1.2', no('same_parent')),
      cond('stake-50', '3.1.1.3', gte('stake_after_pct', 50), { perDeal: true }),
      cond('largest-shareholder', '3.1.1.3', yes('largest_shareholder')),
      cond('amount-5000', '3.1.1.4', gte('acquisition_amount', 5000), {
        perDeal: true,
        reading:
          '"5000万元以上" includes 5000 for one deal; several deals of one initiator are added up only where each is above 5000万元 (须大于) and meets 3.1.1.1–3.1.1.3: 3000 + 4000 does not qualify, 6000 + 7000 adds up to 13000.',
      }),
    ],
    subsidy: { kind: 'deals', rate: 0.05, cap: 2000, combineAbove: 5000, clause: '3.1.2' },
    payment: UNSPECIFIED,
    quota: quota('3.1.4', 15, { notes: ['biomed-at-least-5'] }),
    forms: ['A1-13'],
  },
  {
    id: 'little-giant',
    applicantKinds: ['enterprise'],
    applicantClause: '3.2.3',
    conditions: [
      cond('little-giant-2021', '3.2.1.1', holds('little-giant-2021')),
      cond('revenue-growth', '3.2.1.2', gte('revenue_growth_3y_avg_pct', 8)),
      cond('core-chain-leading', '3.2.1.3', yes('core_chain_leading')),
      cond('main-product-share', '3.2.1.3', gte('main_product_share_pct', 60)),
      cond('rd-ratio', '3.2.1.3', gte('rd_ratio_3y_avg_pct', 4)),
      cond('upgrade-investment', '3.2.1.4', gte('upgrade_investment_last_year', 1000)),
      cond('taxes', '3.2.1.5', gte('taxes_paid_last_year', 400)),
    ],
    subsidy: { kind: 'share', base: 'upgrade_investment_last_year', rate: 0.2, cap: 500, clause: '3.2.2' },
    payment: UNSPECIFIED,
    quota: quota('3.2.4', 70, { notes: ['biomed-at-least-10'] }),
    forms: ['A1-14'],
  },
  {
    id: 'honor-award',
    applicantKinds: 'any',
    applicantClause: '3.3',
    conditions: [
      cond(
        'recognition-2021',
        '3.3',
        {
          op: 'any',
          tests: [
            holds('single-champion-2021'),
            holds('quality-award-2021'),
            holds('top500-first-2021'),
            { op: 'all', tests: [holds('icup-second-prize'), yes('in_jiangsu')] },
          ],
        },
        { reading: 'The i创杯 prize counts only for a project that has settled and runs well in Jiangsu.' },
      ),
    ],
    // 按照省委、省政府文件规定给予一次性奖励: the amount is set by other documents.
    subsidy: { kind: 'none', clause: '3.3' },
    payment: { kind: 'once', clause: '3.3' },
    quota: quota('3.3', null),
    forms: [],
  },
  {
    id: 'expo-event',
    applicantKinds: ['city_bureau', 'park'],
    applicantClause: '3.4.2',
    // 3.4.2 "…等单位": read as the kinds it names (设区市工信局, 省级(含)以上经开区、高新区), not any organiser.
    readingNotes: [
      {
        id: 'named-units',
        clause: '3.4.2',
        when: {
          op: 'oneOf',
          fact: 'applicant_kind',
          values: ['enterprise', ...NOT_ENTERPRISE.filter((k) => k !== 'park' && k !== 'city_bureau')],
        },
      },
    ],
    conditions: [
      cond('listed', '3.4', yes('event_listed'), {
        reading: 'The event must be one 3.4 lists or one the province has decided on.',
      }),
    ],
    subsidy: {
      kind: 'byKind',
      fact: 'event_kind',
      clause: '3.4.1',
      cases: {
        exhibition: { kind: 'share', base: 'total_investment', rate: 0.5, cap: 1000, clause: '3.4.1' },
        activity: { kind: 'none', clause: '3.4.1' },
      },
    },
    payment: UNSPECIFIED,
    quota: quota('3.4', null),
    forms: ['A1-15', 'A1-16'],
  },
  {
    id: 'green-upgrade',
    applicantKinds: ['enterprise'],
    applicantClause: '4.1.3',
    conditions: [
      cond('industrial', '4.1.3', yes('industrial'), { reading: '工业企业 of any size: 规上 is not required.' }),
      cond('direction', '4.1.1.1', yes('green_direction')),
      cond('total-investment', '4.1.1.2', gte('total_investment', 2000)),
      cond('progress-2021', '4.1.1.2', gte('progress_2021_pct', 20)),
      cond('approvals', '4.1.1.3', yes('approvals_complete')),
      cond(
        'under-construction',
        '4.1.1.4',
        { op: 'oneOf', fact: 'stage', values: ['under_construction'] },
        {
          reading: '已开工建设且尚未建成: started and not yet built, i.e. under construction at application.',
        },
      ),
      cond(
        'investment-to-come',
        '4.1.1.4',
        { op: 'lt', fact: 'progress_2021_pct', value: 100 },
        {
          reading:
            '尚未建成（即后续仍有投入）: the guide defines "not yet built" as still having investment to come, so a project whose whole total was invested by 2021-12-31 does not qualify, whatever stage is stated.',
        },
      ),
      cond(
        'not-built-by-2021',
        '4.1.1.4',
        { op: 'dateWithin', fact: 'completion_date', from: '2022-01-01' },
        {
          reading:
            '尚未建成 at application (2022): a completion date on or before 2021-12-31 means the project was already built, so it does not qualify even when the stage is not stated.',
        },
      ),
      cond('built-by-2023', '4.1.1.4', by('completion_date', '2023-12-31')),
    ],
    subsidy: { kind: 'share', base: 'total_investment', rate: 0.2, cap: 2000, clause: '4.1.2' },
    payment: firstHalf('4.1.2'),
    quota: quota('4.1.4', 70),
    forms: ['A1-17'],
  },
  {
    id: 'nev-promotion',
    applicantKinds: 'any',
    applicantClause: '4.2',
    infoOnly: { reason: 'announced_separately', clause: '4.2' },
    conditions: [],
    subsidy: { kind: 'none', clause: '4.2' },
    payment: UNSPECIFIED,
    quota: quota('4.2', null),
    forms: ['A1-18'],
  },
  {
    id: 'innovation-center',
    applicantKinds: ['enterprise'],
    applicantClause: '5.1.3',
    conditions: [
      cond('provincial-center', '5.1.1.1', holds('provincial-innovation-center')),
      cond('under-3-years', '5.1.1.1', { op: 'lt', fact: 'innovation_center_age_years', value: 3 }),
      cond('at-most-3-years', '5.1.1.2', lte('project_duration_years', 3)),
      cond(
        'total-investment',
        '5.1.1.2',
        {
          op: 'any',
          tests: [
            gte('total_investment', 8000),
            { op: 'all', tests: [lte('project_duration_years', 2), gte('total_investment', 5000)] },
          ],
        },
        { reading: '总投入 ≥ 8000万元; a project of 2 years or less needs ≥ 5000万元.' },
      ),
    ],
    subsidy: { kind: 'share', base: 'total_investment', rate: 0.3, cap: 3000, clause: '5.1.2' },
    payment: firstHalf('5.1.2'),
    quota: quota('5.1.4', 3),
    forms: ['A1-19'],
  },
  {
    id: 'cluster-org',
    applicantKinds: 'any',
    applicantClause: '5.2.3',
    conditions: [
      cond('focus', '5.2.1.1', yes('cluster_focus')),
      cond('basics', '5.2.1.2', yes('cluster_org_basics')),
      cond('team-10', '5.2.1.2', gte('service_team_size', 10)),
      cond('participation', '5.2.1.3', yes('cluster_participation')),
      cond('service-revenue', '5.2.1.4', gte('cluster_service_revenue_2021', 200)),
    ],
    subsidy: { kind: 'share', base: 'cluster_service_revenue_2021', rate: 0.5, cap: 300, clause: '5.2.2' },
    payment: { kind: 'once', clause: '5.2.2' },
    quota: quota('5.2.4', 10),
    forms: ['A1-20'],
  },
  {
    id: 'sme-platform',
    applicantKinds: 'any',
    applicantClause: '5.3.3',
    // 5.3.1.1 says who applies (申报单位须为…省级中小企业公共服务示范平台或…双创示范基地) for every applicant; 5.3.1.4 sets a
    // local SME service centre's own investment line and all-free rule in place of 5.3.1.3's, not a way in for a centre
    // outside the provincial list. Said to a centre beside its ❌ at 5.3.1.1 (explain.ts), which would otherwise read as
    // a contradiction of the gate's option.
    readingNotes: [{ id: 'center-still-listed', clause: '5.3.1.1', when: yes('sme_service_center') }],
    conditions: [
      cond('platform-or-base', '5.3.1.1', { op: 'holdsAny', certs: ['sme-service-platform', 'micro-business-base'] }),
      cond('smes-served', '5.3.1.2', gte('smes_served_2021', 120)),
      cond('public-events', '5.3.1.2', gte('public_events_2021', 8)),
      cond('satisfaction', '5.3.1.2', gte('satisfaction_pct', 90)),
      cond('new-above-scale', '5.3.1.2', gte('new_above_scale_2021', 1), {
        appliesIf: holds('micro-business-base'),
        reading: '新增规模以上企业1-2家 applies to 小微企业双创示范基地: at least one.',
      }),
      cond('investment-400', '5.3.1.3', gte('platform_investment_2021', 400), {
        waivedIf: yes('sme_service_center'),
        reading: '5.3.1.3 applies to platforms and bases; a local 中小企业服务中心 meets 5.3.1.4 instead.',
      }),
      cond('free-share-20', '5.3.1.3', gte('free_service_share_pct', 20), { waivedIf: yes('sme_service_center') }),
      cond('center-investment-200', '5.3.1.4', gte('platform_investment_2021', 200), {
        appliesIf: yes('sme_service_center'),
      }),
      cond('center-all-free', '5.3.1.4', yes('all_services_free'), { appliesIf: yes('sme_service_center') }),
    ],
    // 5.3.2: 20 % of the 2021 investment, at most 300万; a 纯公益类服务平台 carrying national or
    // provincial key public-service tasks is subsidised by its actual spending instead (no cap given).
    subsidy: {
      kind: 'byKind',
      fact: 'public_welfare_platform',
      clause: '5.3.2',
      cases: {
        false: { kind: 'share', base: 'platform_investment_2021', rate: 0.2, cap: 300, clause: '5.3.2' },
        true: { kind: 'actualSpending', clause: '5.3.2' },
      },
    },
    payment: { kind: 'once', clause: '5.3.2' },
    quota: quota('5.3.4', 30),
    forms: ['A1-21'],
  },
  {
    id: 'info-consumption',
    applicantKinds: 'any',
    applicantClause: '5.4.3',
    conditions: [
      cond('in-jiangsu', '5.4.3', yes('in_jiangsu')),
      // 五、（四） supports application platforms for information consumption, livelihood and public services
      // (智慧健康、养老、城市、交通 …): a factory's own upgrade is not one, however replicable.
      cond('direction', '5.4', yes('info_consumption_direction')),
      cond('replicable', '5.4.1.1', yes('replicable_solution')),
      cond('total-investment', '5.4.1.2', gte('total_investment', 500)),
      cond('progress-2021', '5.4.1.2', gte('progress_2021_pct', 20)),
      cond('completed-by-2023-06', '5.4.1.2', by('completion_date', '2023-06-30')),
      cond('approvals', '5.4.1.3', yes('approvals_complete')),
    ],
    subsidy: { kind: 'share', base: 'total_investment', rate: 0.2, cap: 300, clause: '5.4.2' },
    payment: firstHalf('5.4.2'),
    quota: quota('5.4.4', 10),
    forms: ['A1-22'],
  },
  {
    id: 'talent-training',
    applicantKinds: 'any',
    applicantClause: '5.5.3',
    readingNotes: [
      {
        id: 'university-exempt',
        clause: '5.5.1.2',
        when: { op: 'oneOf', fact: 'applicant_kind', values: ['university'] },
      },
    ],
    conditions: [
      cond('licensed', '5.5.1.1', yes('training_licensed')),
      cond('office-in-jiangsu', '5.5.1.1', yes('in_jiangsu')),
      cond('three-years', '5.5.1.1', gte('training_years', 3)),
      ...(['registered_capital', 'revenue_3y_avg'] as const).map((fact) =>
        cond(fact === 'registered_capital' ? 'registered-capital' : 'revenue-3y', '5.5.1.2', gte(fact, 500), {
          waivedIf: { op: 'oneOf', fact: 'applicant_kind', values: ['university', 'public_institution', 'nonprofit'] },
          reading:
            '事业单位和非营利性机构不受注册资金和收入总额限制. 高等院校 are 事业单位 (public) or 民办非企业 (non-profit), so they are exempt too; a for-profit private school answers 其他单位.',
        }),
      ),
      cond('trainees-3y', '5.5.1.2', gte('trainees_3y_avg', 1200)),
      cond('experience', '5.5.1.3', yes('training_experience')),
      cond('directions', '5.5.1.4', yes('training_direction_match')),
      cond('trainees-800', '5.5.1.5', gte('planned_trainees', 800)),
      cond('class-size-50', '5.5.1.5', gte('min_class_size', 50)),
      cond('long-classes-8', '5.5.1.5', gte('long_classes', 8)),
      cond('cities-4', '5.5.1.5', gte('training_cities', 4)),
      cond('all-regions', '5.5.1.5', yes('training_all_regions')),
      cond('free', '5.5.1.6', yes('training_free')),
    ],
    subsidy: { kind: 'share', base: 'total_investment', rate: 1, cap: 300, clause: '5.5.2' },
    // 5.5.2: "首次按核定总预算的50%予以补助" — half of the approved budget, not of the subsidy total.
    payment: { kind: 'firstShare', share: 0.5, clause: '5.5.2', of: 'approved_budget' },
    quota: quota('5.5.4', 20),
    forms: ['A1-23', 'A1-24'],
  },
];

/** The programs, in the guide's order, each within the guide-wide scope (clause 0). */
export const PROGRAMS_2022: readonly ProgramRules[] = PROGRAM_LIST.map((p) => ({ ...p, scope: JIANGSU_SCOPE }));
