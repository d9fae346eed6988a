/**
 * Dialog benchmark: 1,000 scripted dialogs in one process through the dialog service with the
 * SQLite store (a temporary file, so every turn really reads and writes a row). Each dialog is a
 * single-program project: the user picks its group, answers as people type, and the bench
 * counts the questions asked before the verdict. Prints the median and p99 time per turn
 * (target ≤ 5 ms p99) and the median number of questions to a verdict (target ≤ 12), over
 * several repeated runs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteStore } from '../src/bot/store/sqlite-store.ts';
import { createDialogService } from '../src/dialogs/service.ts';
import type { Reply } from '../src/dialogs/types.ts';
import { evaluate } from '../src/rules/index.ts';
import { answerFor, lastQuestion, pendingSlot } from '../test/dialogs/answer-from-profile.ts';
import { PROJECTS, type Project, rng } from '../test/dialogs/enterprise-projects.ts';
import { median, questionsToVerdict } from '../test/dialogs/questions-to-verdict.ts';

const DIALOGS = 1000;
const RUNS = 5;

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

async function run(seed: number) {
  const dir = mkdtempSync(join(process.env.BENCH_DB_DIR ?? tmpdir(), 'dialog-bench-'));
  const store = createSqliteStore({ path: join(dir, 'sessions.sqlite') });
  const service = createDialogService({ store });
  const r = rng(seed);
  const turnMs: number[] = [];
  // CPU time of the turn: what the turn costs, without the time a busy host keeps the process waiting.
  const cpuMs: number[] = [];
  const questions = new Map<string, number[]>();
  let mismatches = 0;
  for (let i = 0; i < DIALOGS; i++) {
    const project = PROJECTS[i % PROJECTS.length] as Project;
    const profile = project.profile(r);
    const userId = `user-${seed}-${i}`;
    let text = '/start';
    let asked = 0;
    let verdictAt: number | undefined;
    let lastVerdict: Extract<Reply, { kind: 'verdict' }> | undefined;
    for (let turn = 0; turn < 200; turn++) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      const replies = await service.handle({ channel: 'web', chatId: userId, userId, text });
      turnMs.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpuMs.push((c.user + c.system) / 1000);
      for (const reply of replies) {
        if (reply.kind === 'verdict') {
          lastVerdict = reply;
          verdictAt ??= asked;
        }
        if (reply.kind === 'ask' && verdictAt === undefined) asked++;
      }
      const slot = pendingSlot(replies);
      if (slot === null) break;
      text = answerFor(slot, profile, project.focus, lastQuestion(replies));
    }
    const expected = evaluate(profile).find((x) => x.program === project.program)?.status;
    const got = lastVerdict?.results.find((x) => x.program === project.program)?.status;
    if (expected !== got) mismatches++;
    const list = questions.get(project.program) ?? [];
    list.push(verdictAt ?? Number.NaN);
    questions.set(project.program, list);
  }
  await service.idle();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  turnMs.sort((a, b) => a - b);
  cpuMs.sort((a, b) => a - b);
  const all = [...questions.values()].flat().sort((a, b) => a - b);
  return { turnMs, cpuMs, questions, all, mismatches };
}

const rows: string[] = [];
const p99s: number[] = [];
const medians: number[] = [];
const cpuP99s: number[] = [];
for (let k = 0; k < RUNS; k++) {
  const { turnMs, cpuMs, questions, all, mismatches } = await run(42 + k);
  p99s.push(percentile(turnMs, 99));
  cpuP99s.push(percentile(cpuMs, 99));
  medians.push(percentile(turnMs, 50));
  rows.push(
    `run ${k + 1}: ${DIALOGS} dialogs, ${turnMs.length} turns — per turn median ${percentile(turnMs, 50).toFixed(3)} ms, ` +
      `p99 ${percentile(turnMs, 99).toFixed(3)} ms (target ≤ 5), CPU-time p99 ${percentile(cpuMs, 99).toFixed(3)} ms — questions to verdict median ${percentile(all, 50)} ` +
      `(target ≤ 12; incl. the program-group question) — verdict ≠ screen: ${mismatches}`,
  );
  if (k === RUNS - 1) {
    for (const [program, qs] of questions) {
      const sorted = [...qs].sort((a, b) => a - b);
      rows.push(`  ${program}: questions to verdict median ${percentile(sorted, 50)}, max ${sorted.at(-1)}`);
    }
  }
}
const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
console.log(
  `dialog-bench (SQLite store, one process; host load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} CPUs)`,
);
for (const row of rows) console.log(row);
console.log(
  `over ${RUNS} runs: per turn median ${mid(medians).toFixed(3)} ms, p99 median ${mid(p99s).toFixed(3)} ms, best ${Math.min(...p99s).toFixed(3)} ms; CPU-time p99 median ${mid(cpuP99s).toFixed(3)} ms`,
);

// Issue 14: an enterprise that does not know the program names answers 全部 at the opening question.
const all = questionsToVerdict(250, 'all');
const category = questionsToVerdict(250, 'category');
console.log(
  `questions to a verdict over ${all.length} realistic enterprises: median ${median(category.map((r) => r.questions))} with the category named (target ≤ 10), ` +
    `median ${median(all.map((r) => r.questions))} answering 全部 (target ≤ 20), max ${Math.max(...all.map((r) => r.questions))}; ` +
    `verdict ≠ screen: ${[...all, ...category].filter((r) => !r.agrees).length}`,
);
