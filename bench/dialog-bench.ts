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
import type { Profile } from '../src/rules/types.ts';
import { answerFor, pendingSlot } from '../test/dialogs/answer-from-profile.ts';

const DIALOGS = 1000;
const RUNS = 5;

/** A deterministic PRNG so runs are comparable. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

interface Project {
  readonly program: string;
  readonly focus: string;
  readonly profile: (r: () => number) => Profile;
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const between = (r: () => number, lo: number, hi: number) => Math.round(lo + r() * (hi - lo));

const PROJECTS: readonly Project[] = [
  {
    program: 'tech-loan',
    focus: '技术改造贷款贴息',
    profile: (r) => ({
      in_jiangsu: true,
      applicant_kind: 'enterprise',
      industrial: true,
      revenue_last_year: between(r, 2000, 90000),
      approvals_complete: true,
      total_investment: between(r, 3000, 40000),
      fixed_asset_loan: between(r, 2000, 20000),
      loan_from_jiangsu_bank: true,
      equipment_bought_with_loan: true,
      loan_interest_paid_2021: between(r, 20, 900),
      loan_rate_pct: pick(r, [3.7, 3.85, 4.2, 4.65, 5]),
      loan_term_years: pick(r, [3, 5, 8]),
      other_interest_subsidy_2021: pick(r, [0, 0, 10, 50]),
      equipment_invoice_2021: between(r, 500, 15000),
    }),
  },
  {
    program: 'merger',
    focus: '兼并重组',
    profile: (r) => ({
      in_jiangsu: true,
      applicant_kind: 'enterprise',
      merger_initiator: true,
      acquisition_date: `2021-${String(between(r, 1, 12)).padStart(2, '0')}-15`,
      acquisition_registered: true,
      acquisition_lawful: true,
      same_parent: false,
      stake_after_pct: between(r, 50, 100),
      largest_shareholder: true,
      acquisition_amount: between(r, 5000, 80000),
      acquisition_cash: between(r, 1000, 5000),
    }),
  },
  {
    program: 'little-giant',
    focus: '专精特新',
    profile: (r) => ({
      in_jiangsu: true,
      applicant_kind: 'enterprise',
      certifications: ['little-giant-2021'],
      revenue_growth_3y_avg_pct: between(r, 8, 60),
      core_chain_leading: true,
      main_product_share_pct: between(r, 60, 100),
      rd_ratio_3y_avg_pct: between(r, 4, 15),
      upgrade_investment_last_year: between(r, 1000, 6000),
      taxes_paid_last_year: between(r, 400, 5000),
    }),
  },
  {
    program: 'core-tech',
    focus: '关键核心技术',
    profile: (r) => ({
      in_jiangsu: true,
      applicant_kind: 'enterprise',
      core_tech_direction: true,
      own_ip: true,
      start_date: '2021-06-01',
      completion_date: pick(r, ['2023-06-30', '2024-05-31', '2024-06-01']),
      rd_investment: between(r, 3000, 20000),
    }),
  },
  {
    program: 'green-upgrade',
    focus: '绿色化改造',
    profile: (r) => ({
      in_jiangsu: true,
      applicant_kind: 'enterprise',
      industrial: true,
      green_direction: true,
      total_investment: between(r, 2000, 30000),
      invested_by_2021_end: 1000,
      approvals_complete: true,
      stage: 'under_construction',
      completion_date: '2023-06-30',
    }),
  },
];

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
      text = answerFor(slot, profile, project.focus);
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
