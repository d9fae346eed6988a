/**
 * Seeded random profiles for benchmarks and property tests: every fact of the vocabulary
 * appears with some probability, with values spread across the guide's thresholds.
 */
import { contradictions } from '../src/rules/contradictions.ts';
import { FACTS, type FactDef } from '../src/rules/facts.ts';
import type { Profile } from '../src/rules/types.ts';

/** A small deterministic PRNG (mulberry32), so runs are comparable. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const DATES = [
  '2020-12-31',
  '2021-01-01',
  '2021-06-30',
  '2021-12-31',
  '2022-01-01',
  '2023-06-30',
  '2023-07-01',
  '2023-12-31',
  '2024-01-01',
  '2024-06-30',
  '2024-07-01',
];

/** A random profile where each fact is present with probability `presence`. */
export function randomProfile(next: () => number, presence = 0.7): Profile {
  const p: Record<string, unknown> = {};
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  for (const f of FACTS as readonly FactDef[]) {
    if (next() > presence) continue;
    switch (f.type) {
      case 'boolean':
        p[f.key] = next() < 0.7;
        break;
      case 'enum':
        p[f.key] = pick(f.values ?? []);
        break;
      case 'certs':
        p[f.key] = (f.values ?? []).filter(() => next() < 0.15);
        break;
      case 'date':
        p[f.key] = pick(DATES);
        break;
      case 'percent':
        p[f.key] = Math.round(next() * 1000) / 10;
        break;
      case 'count':
        p[f.key] = Math.floor(next() * 2000);
        break;
      default:
        p[f.key] = Math.round(next() * 12000);
    }
  }
  // Facts that contradict each other are refused before screening (src/rules/contradictions.ts): a
  // benchmark of screening must not time rows that never reach the rules. Drop one side of each.
  let profile = p as Profile;
  for (let clash = contradictions(profile)[0]; clash; clash = contradictions(profile)[0]) {
    const { [clash.field]: _dropped, ...rest } = profile;
    profile = rest;
  }
  return profile;
}
