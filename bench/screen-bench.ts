/**
 * Screening throughput: 50,000 varied profiles in one process, as `screen --json` runs them
 * (parse a line, validate, evaluate, write that row's JSON), against a floor that only
 * parses each line and writes the same row JSON. Prints medians over several runs.
 */
import { screen, validateProfile } from '../src/rules/index.ts';
import { randomProfile, rng } from './profile-generator.ts';

const N = 50_000;
const RUNS = 5;
const next = rng(2022);
const lines = Array.from({ length: N }, () => JSON.stringify(randomProfile(next)));

function full(): { ms: number; rows: unknown[] } {
  const t0 = performance.now();
  const rows: unknown[] = [];
  const out: string[] = [];
  for (const line of lines) {
    const v = validateProfile(JSON.parse(line));
    const row = v.ok ? { results: screen(v.profile) } : { errors: v.errors };
    out.push(JSON.stringify(row));
    rows.push(row);
  }
  if (`[${out.join(',')}]`.length === 0) throw new Error('no output');
  return { ms: performance.now() - t0, rows };
}

function floor(rows: readonly unknown[]): number {
  const t0 = performance.now();
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (JSON.parse(line) === null) throw new Error('lost a row');
    out.push(JSON.stringify(rows[i]));
  });
  if (`[${out.join(',')}]`.length === 0) throw new Error('no output');
  return performance.now() - t0;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const fulls: number[] = [];
const floors: number[] = [];
const ratios: number[] = [];
full(); // warm-up
for (let i = 0; i < RUNS; i++) {
  const r = full();
  const f = floor(r.rows);
  fulls.push(r.ms);
  floors.push(f);
  ratios.push(r.ms / f);
}
const fullMs = median(fulls);
console.log(`screen: ${N} profiles × ${RUNS} runs (one process, JSON in and out)`);
console.log(`  median ${fullMs.toFixed(0)} ms → ${Math.round((N / fullMs) * 1000)} profiles/s (target ≥ 20000)`);
console.log(`  floor (parse input + write JSON) median ${median(floors).toFixed(0)} ms; median ratio ${median(ratios).toFixed(2)}× (target ≤ 3×)`);
