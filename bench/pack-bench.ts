/**
 * The application pack's cost: one pre-filled form workbook (fill + .xlsx bytes) and one whole
 * pack for a typical enterprise, medians over repeated runs, and the one-off template layout. `npm run bench` runs it.
 */
import { ANONYMOUS, formFile, packPrograms, programPack } from '../src/pack/pack.ts';
import { evaluate } from '../src/rules/index.ts';
import type { Profile } from '../src/rules/types.ts';

const PROFILE: Profile = {
  in_jiangsu: true,
  applicant_kind: 'enterprise',
  industrial: true,
  revenue_last_year: 12000,
  taxes_paid_last_year: 650,
  approvals_complete: true,
  total_investment: 5000,
  fixed_asset_loan: 3000,
  loan_from_jiangsu_bank: true,
  equipment_bought_with_loan: true,
  start_date: '2021-03-01',
  completion_date: '2022-06-30',
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

function time(runs: number, fn: () => unknown): number {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

// The first form of a kind lays out its template (once per form and language, per process).
let t0 = performance.now();
formFile('A1-1', 'tech-loan', PROFILE, ANONYMOUS, 'zh-CN');
const first = performance.now() - t0;
const one = time(500, () => formFile('A1-1', 'tech-loan', PROFILE, ANONYMOUS, 'zh-CN'));
formFile('A1-8', 'iiot-security', PROFILE, ANONYMOUS, 'zh-CN');
const typed = time(500, () => formFile('A1-8', 'iiot-security', PROFILE, ANONYMOUS, 'zh-CN'));
const programs = packPrograms(evaluate(PROFILE));
const eligible = packPrograms(evaluate(PROFILE).filter((r) => r.status === 'eligible'));
t0 = performance.now();
for (const p of programs) programPack(p, PROFILE, ANONYMOUS, 'zh-CN');
const firstWhole = performance.now() - t0;
const whole = time(50, () => programs.map((p) => programPack(p, PROFILE, ANONYMOUS, 'zh-CN')));
console.log(
  `pack: one form (附件1-1) ${(one * 1000).toFixed(0)} µs median (the first, laying out its template, ${first.toFixed(1)} ms); a typed form (附件1-8) ${(typed * 1000).toFixed(0)} µs`,
);
console.log(
  `pack: whole pack of ${programs.length} programs (${eligible.length} eligible, the rest still open) ${whole.toFixed(1)} ms median (first time ${firstWhole.toFixed(0)} ms)`,
);
