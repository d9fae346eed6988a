/**
 * Policy Q&A speed: start-up (jieba's dictionary, then the index over the guide) over
 * repeated builds, and query latency after warm-up over the evaluation questions.
 * Targets: index build ≤ 200 ms, query p99 ≤ 5 ms, `npm run ask` answering within 1 s of start.
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { answerQuestion, timeAskBuild, warmUpAsk } from '../src/knowledge/ask.ts';
import { EVAL_SPLITS, evalSetPath, readEvalSet } from '../src/knowledge/search/evaluate.ts';

const BUILDS = 7;
const QUERY_ROUNDS = 20;

const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
const ms = (x: number) => `${x.toFixed(2)} ms`;

const first = warmUpAsk();
const builds = Array.from({ length: BUILDS }, () => timeAskBuild());
const index = builds.map((b) => b.indexMs).sort((a, b) => a - b);
const segmenter = builds.map((b) => b.segmenterMs).sort((a, b) => a - b);
const total = builds.map((b) => b.indexMs + b.segmenterMs).sort((a, b) => a - b);

const root = join(import.meta.dirname, '..');
const sets = EVAL_SPLITS.map((s) => readEvalSet(evalSetPath(root, s)));
const questions = sets.flatMap((s) => [...s.questions.map((x) => x.q), ...s.notInGuide]);
for (let i = 0; i < 3; i++) for (const q of questions) answerQuestion(q);
const times: number[] = [];
// CPU time of the process per query: on a busy machine wall-clock latency also counts the
// time other processes hold the CPU, which says nothing about this code.
const cpu: number[] = [];
for (let round = 0; round < QUERY_ROUNDS; round++) {
  for (const q of questions) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    answerQuestion(q);
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
}
times.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
const mean = times.reduce((s, x) => s + x, 0) / times.length;

console.log(`ask bench (${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(1)})`);
console.log(`  first start-up (jieba dictionary + index): ${ms(first)}`);
console.log(
  `  index build over ${BUILDS} builds: median ${ms(quantile(index, 0.5))}, max ${ms(index.at(-1) ?? 0)}   target ≤ 200 ms`,
);
console.log(
  `  jieba dictionary (the part the guide needs, cached) load: median ${ms(quantile(segmenter, 0.5))}, max ${ms(segmenter.at(-1) ?? 0)}`,
);
console.log(`  both together: median ${ms(quantile(total, 0.5))}`);
console.log(
  `  query after warm-up, ${times.length} queries, wall clock: p50 ${ms(quantile(times, 0.5))}, p90 ${ms(quantile(times, 0.9))}, p99 ${ms(quantile(times, 0.99))}, mean ${ms(mean)}   target p99 ≤ 5 ms`,
);
console.log(
  `  the same queries, CPU time of this process: p50 ${ms(quantile(cpu, 0.5))}, p90 ${ms(quantile(cpu, 0.9))}, p99 ${ms(quantile(cpu, 0.99))}`,
);

// `npm run ask` from start to answer, one process per question: through npm as a user runs it, and the
// command npm runs (scripts/fast-start.mjs: the bundled CLI, checked against the sources first).
const CLI_RUNS = 5;
const QUESTION = '5G项目补助怎么拨付';
const timed = (command: string, args: readonly string[]): number[] => {
  const out: number[] = [];
  for (let i = 0; i < CLI_RUNS; i++) {
    const t0 = performance.now();
    spawnSync(command, args, { cwd: root, encoding: 'utf8' });
    out.push(performance.now() - t0);
  }
  return out.sort((a, b) => a - b);
};
const viaNpm = timed('npm', ['run', '--silent', 'ask', '--', QUESTION]);
const direct = timed(process.execPath, [join(root, 'scripts', 'fast-start.mjs'), 'ask', QUESTION]);
const bare = timed(process.execPath, ['-e', '0']);
const median = (xs: readonly number[]) => ms(quantile(xs, 0.5));
console.log(
  `  npm run ask, start to answer, ${CLI_RUNS} runs: median ${median(viaNpm)}, max ${ms(viaNpm.at(-1) ?? 0)}   target ≤ 1 s`,
);
console.log(
  `    of which the command npm runs (node scripts/fast-start.mjs ask): median ${median(direct)}; node alone: ${median(bare)} (load average now ${loadavg()[0]?.toFixed(1)})`,
);
