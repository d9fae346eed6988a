/**
 * Screening throughput: 50,000 varied profiles in one process, as `screen --json` runs them
 * (parse a line, validate, evaluate, write that row's JSON through the command's RowWriter to
 * /dev/null), against a floor that only parses each line and writes the same row JSON the same
 * way. The floor's row objects are built beforehand, untimed, a batch at a time. Prints medians
 * over several runs, wall and CPU time.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { RowWriter } from '../src/cli/row-writer.ts';
import { screen, validateProfile } from '../src/rules/index.ts';
import { randomProfile, rng } from './profile-generator.ts';

const N = 50_000;
const RUNS = 5;
const BATCH = 1000;
// Two mixes: a full profile (~63 of 91 facts known, the worst case) and a sign-up-sheet row (~23 facts).
const MIXES = [
  { name: 'full profiles (70 % of facts known)', presence: 0.7 },
  { name: 'sign-up-sheet rows (25 % of facts known)', presence: 0.25 },
];

const devNull = openSync('/dev/null', 'w');
const writer = () => new RowWriter('[', ',', ']\n', (chunk) => writeSync(devNull, chunk));

/** CPU milliseconds of this process so far: unlike wall time, barely moved by other processes' load. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

interface Timing {
  ms: number;
  cpu: number;
}

/** What `screen --json` does for each line of a JSONL file. */
function full(lines: readonly string[]): Timing {
  const t0 = performance.now();
  const c0 = cpuMs();
  const out = writer();
  lines.forEach((line, i) => {
    const v = validateProfile(JSON.parse(line));
    out.row(JSON.stringify(v.ok ? { row: i + 1, results: screen(v.profile) } : { row: i + 1, errors: v.errors }));
  });
  out.end();
  return { ms: performance.now() - t0, cpu: cpuMs() - c0 };
}

/** The floor: parse each line and write that row's output, built beforehand (untimed) a batch at a time. */
function floor(lines: readonly string[]): Timing {
  let ms = 0;
  let cpu = 0;
  const out = writer();
  for (let start = 0; start < lines.length; start += BATCH) {
    const batch = lines.slice(start, start + BATCH);
    const rows = batch.map((line) => {
      const v = validateProfile(JSON.parse(line));
      return v.ok ? screen(v.profile) : null;
    });
    const t0 = performance.now();
    const c0 = cpuMs();
    batch.forEach((line, i) => {
      if (JSON.parse(line) === null) throw new Error('lost a row');
      const results = rows[i];
      out.row(JSON.stringify(results ? { row: start + i + 1, results } : {}));
    });
    ms += performance.now() - t0;
    cpu += cpuMs() - c0;
  }
  out.end();
  return { ms, cpu };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
for (const mix of MIXES) {
  const next = rng(2022);
  // The generator gives nearly every row its own set of keys, so JSON.parse builds V8 hidden
  // classes for it: 13 µs a row while V8 still holds them, 40–50 µs after a full GC has dropped
  // them. Keeping the generated objects alive holds them for every timed run, full and floor
  // alike, so the two are compared on the same footing (docs/rules.md § Speed).
  const profiles = Array.from({ length: N }, () => randomProfile(next, mix.presence));
  const lines = profiles.map((p) => JSON.stringify(p));
  const fulls: Timing[] = [];
  const floors: Timing[] = [];
  full(lines); // warm-up
  for (let i = 0; i < RUNS; i++) {
    fulls.push(full(lines));
    floors.push(floor(lines));
  }
  const rate = (ms: number) => Math.round((N / ms) * 1000);
  const wall = median(fulls.map((f) => f.ms));
  const cpu = median(fulls.map((f) => f.cpu));
  const wallRatio = median(fulls.map((f, i) => f.ms / (floors[i] as Timing).ms));
  const cpuRatio = median(fulls.map((f, i) => f.cpu / (floors[i] as Timing).cpu));
  if (profiles.length !== N) throw new Error('lost the profiles');
  console.log(`screen: ${N} ${mix.name} × ${RUNS} runs (one process, JSON in, rows written to /dev/null)`);
  console.log(
    `  wall: median ${wall.toFixed(0)} ms → ${rate(wall)} profiles/s; floor ${median(floors.map((f) => f.ms)).toFixed(0)} ms; ratio ${wallRatio.toFixed(2)}×`,
  );
  console.log(
    `  cpu:  median ${cpu.toFixed(0)} ms → ${rate(cpu)} profiles/s (target ≥ 20000); ratio to floor ${cpuRatio.toFixed(2)}× (target ≤ 3×)`,
  );
}
closeSync(devNull);
