/**
 * Screening throughput: 50,000 varied profiles in one process, as `screen --json` would run
 * them (parse, validate, evaluate, shape, write), against a floor of just reading + parsing
 * the input and writing a JSON output of the same shape. Prints medians over several runs.
 */
import { screen, validateProfile } from '../src/rules/index.ts';
import { randomProfile, rng } from './profile-generator.ts';

const N = 50_000;
const RUNS = 5;
const next = rng(2022);
const lines = Array.from({ length: N }, () => JSON.stringify(randomProfile(next)));
const input = lines.join('\n');

function floor(outputs: unknown[]): number {
  const t0 = performance.now();
  const parsed = input.split('\n').map((l) => JSON.parse(l) as unknown);
  const text = JSON.stringify(outputs);
  if (parsed.length !== N || text.length === 0) throw new Error('floor run lost data');
  return performance.now() - t0;
}

function full(): { ms: number; outputs: unknown[] } {
  const t0 = performance.now();
  const outputs: unknown[] = [];
  for (const line of input.split('\n')) {
    const v = validateProfile(JSON.parse(line));
    if (v.ok) outputs.push({ results: screen(v.profile) });
  }
  const text = JSON.stringify(outputs);
  if (text.length === 0) throw new Error('no output');
  return { ms: performance.now() - t0, outputs };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const fulls: number[] = [];
const floors: number[] = [];
let outputs: unknown[] = [];
full(); // warm-up
for (let i = 0; i < RUNS; i++) {
  const r = full();
  fulls.push(r.ms);
  outputs = r.outputs;
  floors.push(floor(outputs));
}
const fullMs = median(fulls);
const floorMs = median(floors);
console.log(`screen: ${N} profiles × ${RUNS} runs`);
console.log(`  median ${fullMs.toFixed(0)} ms → ${Math.round((N / fullMs) * 1000)} profiles/s (target ≥ 20000)`);
console.log(`  floor (read + parse + write JSON) median ${floorMs.toFixed(0)} ms; ratio ${(fullMs / floorMs).toFixed(2)}× (target ≤ 3×)`);
