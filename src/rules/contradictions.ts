/**
 * Facts that cannot all be true at once (a part larger than its whole, an end before its start).
 * Such a profile is refused at the boundary with both fields named — a batch row error, a dialog
 * confirmation question — rather than screened on a figure that must be wrong. The list is data;
 * `docs/rules.md` § Contradicting facts lists it for staff.
 */
import { DEAL_KEYS, type DealKeys, dealGiven, MORE_KEYS } from './deals.ts';
import { END_OF_2021 } from './derive.ts';
import type { FactKey } from './facts.ts';
import type { FactValue, Profile } from './types.ts';

/** Reads one fact of the profile being checked (validation passes a reader over the row's values). */
export type Read = (key: FactKey) => FactValue | undefined;

/** Why two facts contradict each other. */
export type ContradictionCode =
  /** A part is larger than its whole (截至2021年底投资 > 总投资, 现金部分 > 出资额 …). */
  | 'part_exceeds_whole'
  /** An end date before its start (completion before start). */
  | 'ends_before_start'
  /** 4.1.1.4: "under construction" while the whole total was invested by 2021-12-31 (尚未建成 = 后续仍有投入). */
  | 'under_construction_fully_invested'
  /** "Planned" on the 2022 application date, with construction started by 2021-12-31. */
  | 'planned_but_started'
  /** "No other acquisition" while the next deal's figures are given. */
  | 'deal_after_no_more'
  /** "No acquisition in 2021" while a deal dated in 2021 is given (the merger gate, 3.1.1.1). */
  | 'deal_after_no_merger';

/** One contradiction found: the two fields, first the one that would be asked again. */
export interface Contradiction {
  readonly code: ContradictionCode;
  readonly field: FactKey;
  readonly other: FactKey;
}

interface Check {
  readonly code: ContradictionCode;
  readonly field: FactKey;
  readonly other: FactKey;
  readonly clashes: (read: Read) => boolean;
}

const num = (read: Read, k: FactKey): number | undefined => {
  const v = read(k);
  return typeof v === 'number' ? v : undefined;
};
const str = (read: Read, k: FactKey): string | undefined => {
  const v = read(k);
  return typeof v === 'string' ? v : undefined;
};

const partOf = (part: FactKey, whole: FactKey): Check => ({
  code: 'part_exceeds_whole',
  field: part,
  other: whole,
  clashes: (read) => {
    const a = num(read, part);
    const b = num(read, whole);
    return a !== undefined && b !== undefined && a > b;
  },
});

/** Every check, in the order they are reported. */
export const CONTRADICTION_CHECKS: readonly Check[] = [
  partOf('invested_by_2021_end', 'total_investment'),
  partOf('software_investment', 'total_investment'),
  ...DEAL_KEYS.map((d) => partOf(d.cash, d.amount)),
  {
    code: 'ends_before_start',
    field: 'completion_date',
    other: 'start_date',
    clashes: (read) => {
      const end = str(read, 'completion_date');
      const start = str(read, 'start_date');
      return end !== undefined && start !== undefined && end < start;
    },
  },
  {
    code: 'under_construction_fully_invested',
    field: 'stage',
    other: 'invested_by_2021_end',
    clashes: (read) => {
      const invested = num(read, 'invested_by_2021_end');
      const total = num(read, 'total_investment');
      return (
        read('stage') === 'under_construction' &&
        invested !== undefined &&
        total !== undefined &&
        total > 0 &&
        invested >= total
      );
    },
  },
  {
    code: 'planned_but_started',
    field: 'stage',
    other: 'start_date',
    clashes: (read) => {
      const start = str(read, 'start_date');
      return read('stage') === 'planned' && start !== undefined && start <= END_OF_2021;
    },
  },
  {
    code: 'deal_after_no_merger',
    field: 'acquisition_date',
    other: 'merger_completed_2021',
    clashes: (read) => {
      const date = str(read, 'acquisition_date');
      return (
        read('merger_completed_2021') === false && date !== undefined && date >= '2021-01-01' && date <= END_OF_2021
      );
    },
  },
  ...MORE_KEYS.map(
    (more, i): Check => ({
      code: 'deal_after_no_more',
      field: more,
      other: (DEAL_KEYS[i + 1] as DealKeys).amount,
      clashes: (read) => read(more) === false && dealGiven(read, DEAL_KEYS[i + 1] as DealKeys),
    }),
  ),
];

/** Every fact some check reads: a profile with fewer than two of them cannot contradict itself. */
export const CONTRADICTION_FACTS: ReadonlySet<string> = new Set([
  ...CONTRADICTION_CHECKS.flatMap((c) => [c.field, c.other]),
  'total_investment',
  ...DEAL_KEYS.flatMap((d) => [d.date, d.amount, d.cash, d.stake]),
]);

/** The contradictions among the facts `read` gives (empty for almost every profile: checked on every row). */
export function contradictionsOf(read: Read): Contradiction[] {
  const out: Contradiction[] = [];
  for (const c of CONTRADICTION_CHECKS) if (c.clashes(read)) out.push({ code: c.code, field: c.field, other: c.other });
  return out;
}

/** The contradictions in a profile. */
export function contradictions(p: Profile): Contradiction[] {
  return contradictionsOf((k) => p[k]);
}

/** The contradictions a new value would bring into a profile (the dialog checks an answer before recording it). */
export function contradictionsWith(p: Profile, fact: FactKey, value: Profile[FactKey]): Contradiction[] {
  const next = { ...p, [fact]: value } as Profile;
  return contradictions(next).filter((c) => c.field === fact || c.other === fact);
}
