/**
 * Screening throughput: 50,000 varied profiles in one process, as `screen --json` runs them
 * (parse a line, validate, evaluate, write that row's JSON), against a floor that only
 * parses each line and writes the same row JSON. Prints medians over several runs.
 */
import { screen, validateProfile } from '../src/rules/index.ts';
import { randomProfile, rng } from './profile-generator.ts';

const N = 50_000;
const RUNS = 5;
// Two mixes: a full profile (~63 of 91 facts known, the worst case) and a sign-up-sheet row (~23 facts).
const MIXES = [
  { name: 'full profiles (70 % of facts known)', presence: 0.7 },
  { name: 'sign-up-sheet rows (25 % of facts known)', presence: 0.25 },
];
let lines: string[] = [];

/** CPU milliseconds of this process so far: unlike wall time, barely moved by other processes' load. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function full(): { ms: number; cpu: number; out: string[] } {
  const t0 = performance.now();
  const c0 = cpuMs();
  const out: string[] = [];
  for (const line of lines) {
    const v = validateProfile(JSON.parse(line));
    out.push(JSON.stringify(v.ok ? { results: screen(v.profile) } : { errors: v.errors }));
  }
  if (`[${out.join(',')}]`.length === 0) throw new Error('no output');
  return { ms: performance.now() - t0, cpu: cpuMs() - c0, out };
}

/** The floor: parse each input line and serialise that row's output object (rebuilt beforehand, untimed). */
function floor(rows: readonly unknown[]): { ms: number; cpu: number } {
  const t0 = performance.now();
  const c0 = cpuMs();
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (JSON.parse(line) === null) throw new Error('lost a row');
    out.push(JSON.stringify(rows[i]));
  });
  if (`[${out.join(',')}]`.length === 0) throw new Error('no output');
  return { ms: performance.now() - t0, cpu: cpuMs() - c0 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
for (const mix of MIXES) {
  const next = rng(2022);
  lines = Array.from({ length: N }, () => JSON.stringify(randomProfile(next, mix.presence)));
  const fulls: number[] = [];
  const floors: number[] = [];
  const ratios: number[] = [];
  const cpuFulls: number[] = [];
  const cpuRatios: number[] = [];
  full(); // warm-up
  for (let i = 0; i < RUNS; i++) {
    const r = full();
    const f = floor(r.out.map((o) => JSON.parse(o) as unknown));
    fulls.push(r.ms);
    floors.push(f.ms);
    ratios.push(r.ms / f.ms);
    cpuFulls.push(r.cpu);
    cpuRatios.push(r.cpu / f.cpu);
  }
  const rate = (ms: number) => Math.round((N / ms) * 1000);
  console.log(`screen: ${N} ${mix.name} × ${RUNS} runs (one process, JSON in and out)`);
  console.log(
    `  wall: median ${median(fulls).toFixed(0)} ms → ${rate(median(fulls))} profiles/s; floor ${median(floors).toFixed(0)} ms; ratio ${median(ratios).toFixed(2)}×`,
  );
  console.log(
    `  cpu:  median ${median(cpuFulls).toFixed(0)} ms → ${rate(median(cpuFulls))} profiles/s (target ≥ 20000); ratio to floor ${median(cpuRatios).toFixed(2)}× (target ≤ 3×)`,
  );
}
