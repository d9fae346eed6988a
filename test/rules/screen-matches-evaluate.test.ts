import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomProfile, rng } from '../../bench/profile-generator.ts';
import { evaluate, screen, toContract } from '../../src/rules/index.ts';
import { propertyRuns } from '../property-runs.ts';

describe('batch screening', () => {
  it('gives exactly what the full evaluation gives, for random profiles', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.double({ min: 0.1, max: 1, noNaN: true }),
        (seed, presence) => {
          const profile = randomProfile(rng(seed), presence);
          expect(screen(profile)).toEqual(toContract(evaluate(profile)));
        },
      ),
      { numRuns: propertyRuns(400) },
    );
  });

  it('never calls a program ineligible for a profile it knows nothing about', () => {
    for (const r of screen({})) expect(r.status === 'needs_info' || r.status === 'info_only').toBe(true);
  });
});
