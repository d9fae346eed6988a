/**
 * Derived facts: values the guide's conditions read that the applicant does not state
 * directly. Each says which base facts it comes from (so a dialog knows what to ask) and
 * where the rule behind it comes from (so a trace can say so).
 */
import { DEAL_KEYS } from './deals.ts';
import type { FactKey } from './facts.ts';
import type { DerivedKey, FactValue, Profile } from './types.ts';

/** 规模以上工业企业: annual main-business revenue of 20 million yuan (2000万元) or more. */
export const ABOVE_SCALE_REVENUE_WAN = 2000;

/** The last day counted by "截至2021年底" (progress) and the end of the 2021 window. */
export const END_OF_2021 = '2021-12-31';

/** A derived value, or unknown with the base facts still missing. */
export type Derivation =
  | { readonly known: true; readonly value: FactValue; readonly source: string }
  | { readonly known: false; readonly missing: readonly FactKey[] };

const unknown = (...missing: FactKey[]): Derivation => ({ known: false, missing });
const known = (value: FactValue, source: string): Derivation => ({ known: true, value, source });

/**
 * 规模以上工业企业 (1.1.3, 1.2.4). Stated directly when `above_scale` is given; otherwise an
 * industrial enterprise with 2021 main-business revenue ≥ 2000万元 — the national statistical
 * threshold, which the guide does not state, so the source says so.
 */
function aboveScale(p: Profile): Derivation {
  if (typeof p.above_scale === 'boolean') return known(p.above_scale, 'stated');
  const revenue = typeof p.revenue_last_year === 'number' ? p.revenue_last_year : undefined;
  if (p.industrial === false) return known(false, 'not_industrial');
  if (revenue !== undefined && revenue < ABOVE_SCALE_REVENUE_WAN) return known(false, 'national_threshold');
  if (p.industrial === true && revenue !== undefined) return known(true, 'national_threshold');
  const missing: FactKey[] = [];
  if (p.industrial === undefined) missing.push('industrial');
  if (revenue === undefined) missing.push('revenue_last_year');
  return unknown(...missing);
}

/**
 * 项目备案总投资 (1.1.1.2), stated when given. Otherwise it is total_investment (the contract's reading: the measure
 * the program names), unless that figure is said to be on 1.2.3's net basis (ex-tax, no civil works or working
 * capital): then the filed total is asked. A net figure says nothing of the filed one either way: a project can
 * outgrow its filing (备案4000万 但是实际投五千) as well as carry civil works the net figure leaves out.
 */
function filedTotal(p: Profile): Derivation {
  if (typeof p.filed_total_investment === 'number') return known(p.filed_total_investment, 'stated');
  if (p.total_investment_basis === 'net') return unknown('filed_total_investment');
  const total = p.total_investment;
  return typeof total === 'number' ? known(total, 'total_investment') : unknown('total_investment');
}

/** 截至2021年底项目实际进度: invested by 2021-12-31 ÷ total, in percent (1.2.2.3, 1.3.2.3.3, 4.1.1.2, 5.4.1.2). */
function progress2021(p: Profile): Derivation {
  const total = p.total_investment;
  const invested = p.invested_by_2021_end;
  const missing: FactKey[] = [];
  if (typeof total !== 'number' || total <= 0) missing.push('total_investment');
  if (typeof invested !== 'number') missing.push('invested_by_2021_end');
  if (missing.length > 0) return unknown(...missing);
  // Binary division can land a hair under an exact 20 % (512.06 / 2560.3 * 100 = 19.999999999999996),
  // which would turn "达20%以上" against the applicant; 1e-9 of a percentage point is far below any real sum.
  const pct = Math.round(((invested as number) / (total as number)) * 100 * 1e9) / 1e9;
  return known(pct, 'invested_by_2021_end / total_investment');
}

/**
 * Project duration from start to completion, in years. Whole calendar years and months count
 * exactly (2021-03-15 → 2024-03-15 is 3.0), days as a fraction of a year, so a project that
 * ends on its third anniversary is "not more than 3 years" and one a day later is not.
 */
export function yearsBetween(from: string, to: string): number {
  const [y1, m1, d1] = from.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = to.split('-').map(Number) as [number, number, number];
  return y2 - y1 + (m2 - m1) / 12 + (d2 - d1) / 365;
}

function duration(p: Profile): Derivation {
  const missing: FactKey[] = [];
  if (typeof p.start_date !== 'string') missing.push('start_date');
  if (typeof p.completion_date !== 'string') missing.push('completion_date');
  if (missing.length > 0) return unknown(...missing);
  return known(yearsBetween(p.start_date as string, p.completion_date as string), 'start_date → completion_date');
}

/**
 * 已开工建设 (1.2.2.3 for 5G, 4.1.1.4): from `stage` when stated; otherwise a start date on or
 * before 2021-12-31 means it has started. A later start date leaves it unknown (it may or may
 * not have started by the application), so the dialog asks for the stage.
 */
function started(p: Profile): Derivation {
  if (typeof p.stage === 'string') return known(p.stage !== 'planned', 'stage');
  if (typeof p.start_date === 'string' && p.start_date <= END_OF_2021) return known(true, 'start_date');
  return unknown('stage');
}

/**
 * 2021年…成功并购国内外企业 (3.1.1.1), the merger gate (issue 14): stated when given (one yes/no settles the
 * program for an enterprise that made no acquisition); otherwise true when the deal's own facts show it (a
 * completion date in 2021 and the registration done). Unknown, it is the gate itself that is asked; a date
 * outside 2021 or a registration not done fails the program's own conditions for those facts.
 */
function mergerCompleted2021(p: Profile): Derivation {
  if (typeof p.merger_completed_2021 === 'boolean') return known(p.merger_completed_2021, 'stated');
  // Any of the initiator's deals (3.1.1.4's list) completed in 2021, with the registration done.
  const in2021 = DEAL_KEYS.some((d) => {
    const date = p[d.date];
    return typeof date === 'string' && date >= '2021-01-01' && date <= END_OF_2021;
  });
  if (in2021 && p.acquisition_registered === true) return known(true, 'acquisition_date');
  return unknown('merger_completed_2021');
}

const DERIVATIONS: Record<DerivedKey, (p: Profile) => Derivation> = {
  above_scale: aboveScale,
  filed_total_investment: filedTotal,
  progress_2021_pct: progress2021,
  project_duration_years: duration,
  started,
  merger_completed_2021: mergerCompleted2021,
};

/** Whether a key names a derived fact. `above_scale` is both: stated when given, derived otherwise. */
export function isDerivedKey(key: string): key is DerivedKey {
  return key in DERIVATIONS;
}

/** Derives one fact from a profile. */
export function derive(key: DerivedKey, profile: Profile): Derivation {
  return DERIVATIONS[key](profile);
}
