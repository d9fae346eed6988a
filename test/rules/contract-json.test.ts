import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomProfile, rng } from '../../bench/profile-generator.ts';
import { contractRowJson } from '../../src/rules/contract-json.ts';
import { screen } from '../../src/rules/index.ts';
import type { ContractResult } from '../../src/rules/types.ts';
import { propertyRuns } from '../property-runs.ts';

describe('the screen row writer', () => {
  it('writes exactly what JSON.stringify writes, for random profiles, rows and names', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.option(fc.nat(), { nil: null }),
        // Names as staff type them, and the characters JSON must escape.
        fc.option(
          fc.oneof(fc.string(), fc.constantFrom('江苏"某"公司', 'a\\b', 'tab\there', '\u0000\u001f', '\ud800')),
          {
            nil: undefined,
          },
        ),
        (seed, presence, row, name) => {
          const results = screen(randomProfile(rng(seed), presence));
          const expected = JSON.stringify({
            ...(row === null ? {} : { row }),
            ...(name === undefined ? {} : { name }),
            results,
          });
          expect(contractRowJson(row, results, name)).toBe(expected);
        },
      ),
      { numRuns: propertyRuns(300) },
    );
  });

  it('writes amounts JSON cannot hold as null, as JSON.stringify does', () => {
    const odd: ContractResult[] = [
      { program: 'tech-loan', status: 'eligible', max_subsidy_wan: Number.NaN, citations: [], missing: [] },
      { program: 'merger', status: 'eligible', max_subsidy_wan: 0.1 + 0.2, citations: ['3.1.1'], missing: [] },
      {
        program: 'core-tech',
        status: 'needs_info',
        max_subsidy_wan: 1e21,
        citations: [],
        missing: ['total_investment'],
      },
    ];
    expect(contractRowJson(null, odd)).toBe(JSON.stringify({ results: odd }));
  });
});
