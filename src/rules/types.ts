/**
 * The rules core's data shapes: facts, conditions, subsidy formulas and the evaluator's
 * output. Programs are records of these (see `programs/`); one evaluator (`evaluate.ts`)
 * reads them. Every condition and formula names the clause it comes from.
 */
import type { ProgramId } from '../knowledge/program-catalogue.ts';
import type { FactKey } from './facts.ts';

/** A profile: the applicant and one project. Every key optional; absent = unknown. */
export type Profile = Partial<Record<FactKey, FactValue>>;

/** A fact's value: money in 万元, dates as YYYY-MM-DD, percentages 0–100. */
export type FactValue = boolean | number | string | readonly string[];

/** Status of one program for one profile (contract §4). */
export type Status = 'eligible' | 'ineligible' | 'needs_info' | 'info_only';

/** Outcome of one condition. */
export type Outcome = 'met' | 'unmet' | 'unknown';

/** A comparison a condition makes. Thresholds are inclusive where the guide says 不低于/以上/不少于. */
export type Test =
  | { readonly op: 'gte'; readonly fact: FactKey | DerivedKey; readonly value: number }
  | { readonly op: 'gt'; readonly fact: FactKey | DerivedKey; readonly value: number }
  | { readonly op: 'lte'; readonly fact: FactKey | DerivedKey; readonly value: number }
  | { readonly op: 'lt'; readonly fact: FactKey | DerivedKey; readonly value: number }
  | { readonly op: 'is'; readonly fact: FactKey | DerivedKey; readonly value: boolean }
  | { readonly op: 'oneOf'; readonly fact: FactKey; readonly values: readonly string[] }
  | { readonly op: 'holds'; readonly cert: string }
  | { readonly op: 'holdsAny'; readonly certs: readonly string[] }
  /** A date within [from, to], both inclusive, YYYY-MM-DD; either end may be open. */
  | { readonly op: 'dateWithin'; readonly fact: FactKey; readonly from?: string; readonly to?: string }
  | { readonly op: 'all'; readonly tests: readonly Test[] }
  | { readonly op: 'any'; readonly tests: readonly Test[] };

/** Keys of facts the evaluator derives from others (see `derive.ts`). */
export type DerivedKey =
  | 'above_scale'
  | 'filed_total_investment'
  | 'progress_2021_pct'
  | 'project_duration_years'
  | 'started'
  | 'merger_completed_2021';

/** One condition of a program, as data. */
export interface Condition {
  /** Stable id within the program, e.g. "total-investment". */
  readonly id: string;
  /** The deepest clause that holds the rule. */
  readonly clause: string;
  readonly test: Test;
  /** The guide says 原则上 (in principle): unmet still counts, but the recommending unit may allow an exception. */
  readonly soft?: boolean;
  /**
   * The guide asks it done before the application deadline (验收 in 1.2.2.3, 1.5.1.3): not done on the day of the
   * screening, it still can be in time — unmet, but shown as a near miss that says so.
   */
  readonly byDeadline?: boolean;
  /** The condition applies only when this test is met (e.g. 5.3.1.4 only for SME service centres). Unknown → the condition is unknown. */
  readonly appliesIf?: Test;
  /** The condition is waived when this test is met (e.g. 5.5.1.2: 事业单位和非营利性机构不受注册资金和收入总额限制). */
  readonly waivedIf?: Test;
  /** Why this reading, where the guide is ambiguous (shown in traces and docs). */
  readonly reading?: string;
  /**
   * Read once per deal of the deal list (3.1.1.1–3.1.1.4, see `deals.ts`): the program needs one deal
   * that meets every per-deal condition; the trace shows the deal nearest to meeting them.
   */
  readonly perDeal?: boolean;
}

/** How the subsidy is computed (补助标准), with caps. Amounts in 万元. */
export type SubsidyRule =
  /** min(rate × base, cap); base unknown → cap is the upper bound. */
  | {
      readonly kind: 'share';
      readonly base: FactKey;
      readonly rate: number;
      readonly cap: number;
      readonly clause: string;
    }
  /** A fixed amount per project. */
  | { readonly kind: 'fixed'; readonly amount: number; readonly clause: string }
  /** The amount is set by tiers or actual spending, up to a cap. */
  | { readonly kind: 'upTo'; readonly cap: number; readonly clause: string }
  /** Two phases: first min(rate × base, firstCap), later up to laterCap; total ≤ totalCap. */
  | {
      readonly kind: 'twoPhase';
      readonly base: FactKey;
      readonly rate: number;
      readonly firstCap: number;
      readonly laterCap: number;
      readonly totalCap: number;
      readonly clause: string;
    }
  /** 1.1.2: LPR-capped interest subsidy plus ≤10 % of 2021 equipment invoices, total ≤ 2000. */
  | { readonly kind: 'techLoan'; readonly cap: number; readonly equipmentRate: number; readonly clause: string }
  /** Depends on a fact's value (exhibition vs activity in 3.4.1); a yes/no fact picks case 'true' or 'false'. */
  | {
      readonly kind: 'byKind';
      readonly fact: FactKey;
      readonly cases: Readonly<Record<string, SubsidyRule>>;
      readonly clause: string;
    }
  /**
   * 3.1.2 with 3.1.1.4: rate × the cash parts of the qualifying deals, those above `combineAbove`
   * added up (a deal of exactly that amount counts alone), ≤ cap. A cash part counts at most its
   * deal's amount; unknown, the amount bounds it; an unknown amount or a deal list still open → cap.
   */
  | {
      readonly kind: 'deals';
      readonly rate: number;
      readonly cap: number;
      readonly combineAbove: number;
      readonly clause: string;
    }
  /** The guide sets no amount (奖励 by other documents, scheme announced separately). */
  | { readonly kind: 'none'; readonly clause: string }
  /** Actual spending is subsidised, with no rate or cap in the guide (5.3.2's 纯公益类服务平台). */
  | { readonly kind: 'actualSpending'; readonly clause: string };

/** How the money is paid (拨付). */
export type PaymentSchedule =
  | { readonly kind: 'once'; readonly clause: string }
  /** First a share, the rest after acceptance; `of` the subsidy total, or of the 核定总预算 (5.5.2). */
  | {
      readonly kind: 'firstShare';
      readonly share: number;
      readonly clause: string;
      readonly of?: 'subsidy' | 'approved_budget';
    }
  | { readonly kind: 'firstAmount'; readonly amount: number; readonly clause: string }
  | { readonly kind: 'twoPhase'; readonly clause: string }
  | { readonly kind: 'unspecified' };

/** 支持数量: the program's own quota and the group quota it shares, if any. */
export interface Quota {
  /** At most this many projects of this program (null where the guide sets none). */
  readonly max: number | null;
  /** A group quota shared with sibling programs (e.g. 1.2.5: 55 in all). */
  readonly groupMax?: number;
  /** Sub-quotas stated inside the quota (e.g. 生物医药 不少于5个). */
  readonly notes?: readonly string[];
  readonly clause: string;
}

/** A program's rules as data. */
export interface ProgramRules {
  readonly id: ProgramId;
  /** Applicant kinds that may apply (申报主体); other kinds get `info_only`. */
  readonly applicantKinds: readonly string[] | 'any';
  readonly applicantClause: string;
  /** Always `info_only` (not applied for by enterprises, or scheme announced separately). */
  readonly infoOnly?: {
    readonly reason: 'government_purchase' | 'announced_separately' | 'award_by_documents';
    readonly clause: string;
  };
  readonly conditions: readonly Condition[];
  /**
   * The guide-wide scope (the preamble, clause 0: a Jiangsu provincial fund). Checked once the
   * program is one this applicant applies for (not `info_only`): unmet makes it `ineligible`
   * whatever its conditions; unknown makes it `needs_info`.
   */
  readonly scope?: Condition;
  /**
   * Debatable readings that change what this applicant is told (docs/rules.md § Readings): when
   * `when` holds, the result lists the id and the explanation says which reading was used.
   */
  readonly readingNotes?: readonly { readonly id: string; readonly clause: string; readonly when: Test }[];
  /** Preferences that are not conditions (e.g. 1.2.2.1: 服务型制造示范 is a priority). */
  readonly priorities?: readonly { readonly id: string; readonly clause: string; readonly test: Test }[];
  readonly subsidy: SubsidyRule;
  readonly payment: PaymentSchedule;
  readonly quota: Quota;
  /** 绩效目标申报表 ids. */
  readonly forms: readonly string[];
}

/** A numeric or date gap between what the user has and what the guide needs. */
export interface Shortfall {
  readonly fact: FactKey | DerivedKey;
  readonly have: number | string;
  readonly need: number | string;
  /** Numeric gap (need − have) for amounts/percentages/counts; absent for dates. */
  readonly gap?: number;
  readonly direction: 'atLeast' | 'atMost' | 'within';
}

/** The evaluator's record of one condition. */
export interface ConditionTrace {
  readonly program: ProgramId;
  readonly condition: string;
  readonly clause: string;
  readonly outcome: Outcome;
  readonly soft: boolean;
  /** To be done before the application deadline (see `Condition.byDeadline`). */
  readonly byDeadline?: boolean;
  /** The facts it read and their values (undefined = unknown). */
  readonly seen: Readonly<Record<string, FactValue | undefined>>;
  readonly test: Test;
  /** Base facts to ask for when the outcome is unknown. */
  readonly missing: readonly FactKey[];
  readonly shortfall?: Shortfall;
  /** Derived facts used, with where they come from (e.g. the national 规上 threshold). */
  readonly derived?: readonly { readonly key: DerivedKey; readonly value: FactValue; readonly source: string }[];
  readonly reading?: string;
  /** For a per-deal condition read on a deal other than the first: that deal's number (2–4). */
  readonly deal?: number;
}

/** The evaluator's result for one program. */
export interface ProgramResult {
  readonly program: ProgramId;
  readonly status: Status;
  /** Estimated maximum in 万元: the upper bound from what is known; 0 when ineligible; null where the guide sets no amount. */
  readonly maxSubsidyWan: number | null;
  /** Clause ids: unmet and unknown conditions; for eligible programs every condition and the subsidy clause. */
  readonly citations: readonly string[];
  /** Facts to ask so the status can be settled. */
  readonly missing: readonly FactKey[];
  /** Facts that would narrow the amount estimate (not the status). */
  readonly amountMissing: readonly FactKey[];
  readonly trace: readonly ConditionTrace[];
  /** Why it is info_only, when it is. */
  readonly infoOnlyReason?: 'government_purchase' | 'announced_separately' | 'award_by_documents' | 'applicant_kind';
  /** Priority preferences that hold (not conditions). */
  readonly priorities: readonly string[];
  /** Ids of `readingNotes` that hold for this applicant (the explanation names the reading used). */
  readonly readings?: readonly string[];
  /** How the amount was computed, for explanations. */
  readonly subsidyBasis: SubsidyBasis;
  readonly payment: PaymentSchedule;
  readonly quota: Quota;
  readonly forms: readonly string[];
  /** Who may apply (申报主体), for explanations. */
  readonly applicantKinds: readonly string[] | 'any';
}

/** The numbers behind an amount. */
export interface SubsidyBasis {
  readonly clause: string;
  readonly kind: SubsidyRule['kind'];
  /** Plain figures used (e.g. { base: 4200, rate: 0.1, cap: 2000 } or the tech-loan steps). */
  readonly figures: Readonly<Record<string, number | string | null>>;
  /** The cap bound the amount. */
  readonly capped: boolean;
}

/** The JSON shape of one program in `screen --json` (contract §4). */
export interface ContractResult {
  program: ProgramId;
  status: Status;
  max_subsidy_wan: number | null;
  citations: string[];
  missing: string[];
}
