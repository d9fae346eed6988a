import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CERTIFICATIONS, FACTS } from '../../src/rules/facts.ts';
import { validateProfile, validateWithZod } from '../../src/rules/validate.ts';
import { propertyRuns } from '../property-runs.ts';

const codeOf = (input: unknown, field: string) => {
  const v = validateProfile(input);
  return v.ok ? undefined : v.errors.find((e) => e.field === field)?.code;
};

describe('profile validation', () => {
  it('refuses a negative amount, naming the field', () =>
    expect(codeOf({ total_investment: -5 }, 'total_investment')).toBe('negative'));
  it('refuses every unknown key, each by name', () => {
    const v = validateProfile({ foo: 1, bar: 2 });
    expect(v.ok ? [] : v.errors.map((e) => [e.field, e.code])).toEqual([
      ['foo', 'unknown_key'],
      ['bar', 'unknown_key'],
    ]);
  });
  it('refuses a certification the contract does not list', () =>
    expect(codeOf({ certifications: ['x'] }, 'certifications')).toBe('bad_value'));
  it('refuses certifications given as a string', () =>
    expect(codeOf({ certifications: 'a' }, 'certifications')).toBe('not_a_list'));
  it('refuses a date that is not on the calendar', () =>
    expect(codeOf({ start_date: '2021-02-30' }, 'start_date')).toBe('bad_date'));
  it('refuses a date written another way', () =>
    expect(codeOf({ start_date: '2021/02/03' }, 'start_date')).toBe('bad_date'));
  it('refuses a stage the contract does not list', () => expect(codeOf({ stage: 'built' }, 'stage')).toBe('bad_value'));
  it('refuses "yes" where a boolean is due', () =>
    expect(codeOf({ in_jiangsu: 'yes' }, 'in_jiangsu')).toBe('not_a_boolean'));
  it('refuses a percentage over 100', () =>
    expect(codeOf({ loan_rate_pct: 120 }, 'loan_rate_pct')).toBe('out_of_range'));
  it('accepts exactly 100 %', () => expect(validateProfile({ loan_rate_pct: 100 }).ok).toBe(true));
  it('refuses a fractional count', () =>
    expect(codeOf({ identifier_promotion_events: 2.5 }, 'identifier_promotion_events')).toBe('not_a_number'));
  it('accepts a shrinking revenue', () => expect(validateProfile({ revenue_growth_3y_avg_pct: -3 }).ok).toBe(true));
  it('accepts zero', () => expect(validateProfile({ total_investment: 0 }).ok).toBe(true));
  it('treats null as unknown', () =>
    expect(validateProfile({ total_investment: null, in_jiangsu: true })).toEqual({
      ok: true,
      profile: { in_jiangsu: true },
    }));
  it('refuses what is not an object', () => {
    for (const x of [5, [], null, 'a']) expect(codeOf(x, '')).toBe('not_an_object');
  });
});

describe('the fast path of profile validation', () => {
  const keys = [...FACTS.map((f) => f.key), 'typo_key'];
  const anyValue = fc.oneof(
    fc.boolean(),
    fc.double({ min: -200, max: 20000, noNaN: true }),
    fc.integer({ min: -5, max: 3000 }),
    fc.constantFrom(
      Number.NaN,
      Number.POSITIVE_INFINITY,
      null,
      '',
      '2021-09-30',
      '2021-02-30',
      '2021/09/30',
      'enterprise',
      'park',
      'under_construction',
      'built',
    ),
    fc.subarray([...CERTIFICATIONS, 'not-a-cert']),
    fc.string(),
  );

  it('gives exactly the zod verdict, for random good and bad profiles', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), anyValue, { maxKeys: 12 }), (input) => {
        expect(validateProfile(input)).toEqual(validateWithZod(input));
      }),
      { numRuns: propertyRuns(3000) },
    );
  });
});
