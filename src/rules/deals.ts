/**
 * 3.1.1.4: "发起方为同一企业的，完成的多个并购项目出资额可合并计算，列入合并计算的单个项目出资额须大于
 * 5000万元". The deals of one initiator as a list: deal 1 is the contract's `acquisition_*` facts,
 * deals 2–4 the numbered ones, each listed when the question before it (`more_acquisitions…`) was
 * answered yes or any of its figures is given. The evaluator checks each deal against the per-deal
 * conditions (3.1.1.1 date, 3.1.1.3 stake, 3.1.1.4 amount) and adds up the cash of the qualifying
 * deals above 5000万 (see `evaluate.ts`).
 */
import type { FactKey } from './facts.ts';
import type { Profile } from './types.ts';

/** The facts of one deal. */
export interface DealKeys {
  readonly date: FactKey;
  readonly amount: FactKey;
  readonly cash: FactKey;
  readonly stake: FactKey;
}

/** Every deal's facts, deal 1 (the contract's) first. */
export const DEAL_KEYS: readonly DealKeys[] = [
  { date: 'acquisition_date', amount: 'acquisition_amount', cash: 'acquisition_cash', stake: 'stake_after_pct' },
  {
    date: 'acquisition_2_date',
    amount: 'acquisition_2_amount',
    cash: 'acquisition_2_cash',
    stake: 'acquisition_2_stake_pct',
  },
  {
    date: 'acquisition_3_date',
    amount: 'acquisition_3_amount',
    cash: 'acquisition_3_cash',
    stake: 'acquisition_3_stake_pct',
  },
  {
    date: 'acquisition_4_date',
    amount: 'acquisition_4_amount',
    cash: 'acquisition_4_cash',
    stake: 'acquisition_4_stake_pct',
  },
];

/** `MORE_KEYS[i]`: whether deal i + 2 exists (还有其他2021年完成的并购吗？). */
export const MORE_KEYS: readonly FactKey[] = ['more_acquisitions', 'more_acquisitions_2', 'more_acquisitions_3'];

/** A deal's own facts as they relate to deal 1's (for reading a deal through deal 1's conditions). */
export function dealFacts(deal: DealKeys): readonly (readonly [FactKey, FactKey])[] {
  const first = DEAL_KEYS[0] as DealKeys;
  return [
    [first.date, deal.date],
    [first.amount, deal.amount],
    [first.cash, deal.cash],
    [first.stake, deal.stake],
  ];
}

/** Reads one fact (the evaluator passes its slot reader: keyed reads of profiles of many shapes are slow). */
export type FactReader = (key: FactKey) => Profile[FactKey] | undefined;

/** Whether any of a deal's figures is given (it reads only presence, so any reader of facts will do). */
export function dealGiven(read: (key: FactKey) => unknown, deal: DealKeys): boolean {
  return (
    read(deal.date) !== undefined ||
    read(deal.amount) !== undefined ||
    read(deal.cash) !== undefined ||
    read(deal.stake) !== undefined
  );
}

/** The deals listed in a profile, and the question still open about one more (null when settled). */
export interface DealList {
  readonly deals: readonly DealKeys[];
  /** The unanswered "还有其他并购吗" after the last listed deal, or null (answered no, or four listed). */
  readonly open: FactKey | null;
}

/** The deals a profile lists (deal 1 always), in order; `read` reads the profile's facts. */
export function listedDeals(read: FactReader): DealList {
  const deals: DealKeys[] = [DEAL_KEYS[0] as DealKeys];
  for (let i = 1; i < DEAL_KEYS.length; i++) {
    const deal = DEAL_KEYS[i] as DealKeys;
    const more = read(MORE_KEYS[i - 1] as FactKey);
    if (more === true || (more !== false && dealGiven(read, deal))) {
      deals.push(deal);
      continue;
    }
    return { deals, open: more === false ? null : (MORE_KEYS[i - 1] as FactKey) };
  }
  return { deals, open: null };
}
