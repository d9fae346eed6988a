/**
 * Facts that contradict each other are refused at the boundary with both fields named
 * (src/rules/contradictions.ts); a value at the edge (equal part and whole, same-day start and
 * completion) is not a contradiction.
 */
import { describe, expect, it } from 'vitest';
import { contradictionsWith } from '../../src/rules/contradictions.ts';
import { validateProfile, validateWithZod } from '../../src/rules/validate.ts';

const cases: { name: string; profile: Record<string, unknown>; fields?: [string, string] }[] = [
  {
    name: 'invested by end-2021 above the total is refused',
    profile: { total_investment: 3000, invested_by_2021_end: 3000.5 },
    fields: ['invested_by_2021_end', 'total_investment'],
  },
  {
    name: 'invested by end-2021 equal to the total is accepted',
    profile: { total_investment: 3000, invested_by_2021_end: 3000 },
  },
  {
    name: 'software investment above the total is refused',
    profile: { total_investment: 3000, software_investment: 3001 },
    fields: ['software_investment', 'total_investment'],
  },
  {
    name: 'software investment equal to the total is accepted',
    profile: { total_investment: 3000, software_investment: 3000 },
  },
  {
    name: 'a cash part above the amount paid is refused (9000 cash on a 6000 deal)',
    profile: { acquisition_amount: 6000, acquisition_cash: 9000 },
    fields: ['acquisition_cash', 'acquisition_amount'],
  },
  {
    name: 'a cash part equal to the amount paid is accepted',
    profile: { acquisition_amount: 6000, acquisition_cash: 6000 },
  },
  {
    name: "a second deal's cash above its amount is refused",
    profile: { acquisition_2_amount: 6000, acquisition_2_cash: 6000.01 },
    fields: ['acquisition_2_cash', 'acquisition_2_amount'],
  },
  {
    name: 'a completion date before the start date is refused',
    profile: { start_date: '2021-05-01', completion_date: '2021-04-30' },
    fields: ['completion_date', 'start_date'],
  },
  {
    name: 'completion on the start date is accepted',
    profile: { start_date: '2021-05-01', completion_date: '2021-05-01' },
  },
  {
    name: '4.1.1.4: under construction while the whole total was invested by 2021-12-31 is refused',
    profile: { stage: 'under_construction', total_investment: 3000, invested_by_2021_end: 3000 },
    fields: ['stage', 'invested_by_2021_end'],
  },
  {
    name: 'under construction with investment still to come is accepted',
    profile: { stage: 'under_construction', total_investment: 3000, invested_by_2021_end: 2999 },
  },
  {
    name: 'a project still planned in 2022 that started in 2021 is refused',
    profile: { stage: 'planned', start_date: '2021-12-31' },
    fields: ['stage', 'start_date'],
  },
  { name: 'a planned project starting in 2022 is accepted', profile: { stage: 'planned', start_date: '2022-01-01' } },
  {
    name: '"no other acquisition" with a second deal given is refused',
    profile: { more_acquisitions: false, acquisition_2_amount: 6000 },
    fields: ['more_acquisitions', 'acquisition_2_amount'],
  },
  {
    name: '"another acquisition" with a second deal given is accepted',
    profile: { more_acquisitions: true, acquisition_2_amount: 6000 },
  },
];

describe('contradicting facts', () => {
  for (const c of cases) {
    it(c.name, () => {
      const v = validateProfile(c.profile);
      // The fast path and zod's path agree on cross-field checks too.
      expect(validateWithZod(c.profile).ok).toBe(v.ok);
      if (!c.fields) {
        expect(v.ok).toBe(true);
        return;
      }
      expect(v.ok).toBe(false);
      if (v.ok) return;
      const [a, b] = c.fields;
      expect(v.errors).toContainEqual(expect.objectContaining({ field: a, code: 'contradicts', other: b }));
      expect(v.errors).toContainEqual(expect.objectContaining({ field: b, code: 'contradicts', other: a }));
    });
  }

  it('are found for an answer before it is recorded, naming the fact it clashes with', () => {
    const found = contradictionsWith({ total_investment: 3000 }, 'invested_by_2021_end', 5000);
    expect(found).toEqual([{ code: 'part_exceeds_whole', field: 'invested_by_2021_end', other: 'total_investment' }]);
    expect(contradictionsWith({ total_investment: 3000 }, 'invested_by_2021_end', 1000)).toEqual([]);
  });
});
