/**
 * How many questions a realistic enterprise answers before it sees its verdict: the pure engine driven
 * by the scripted user (`answer-from-profile.ts`), counting every question asked before the first
 * verdict (the opening question included; the amount questions after the verdict are not). Used by the
 * test that holds the issue 14 targets and by `npm run bench`.
 */
import { step } from '../../src/dialogs/engine.ts';
import type { Reply } from '../../src/dialogs/types.ts';
import { evaluate, toContract } from '../../src/rules/index.ts';
import type { Profile } from '../../src/rules/types.ts';
import { answerFor, lastQuestion, pendingSlot } from './answer-from-profile.ts';
import { enterpriseProfile, PROJECTS, rng } from './enterprise-projects.ts';

/** One dialog's count and whether its verdict agrees with screening the same profile. */
export interface VerdictRun {
  readonly program: string;
  readonly questions: number;
  readonly agrees: boolean;
}

/** Runs one dialog answering from `profile`; `focusAnswer` is what the user says to the opening question. */
export function runToVerdict(profile: Profile, focusAnswer: string): { questions: number; verdict?: Reply } {
  let turn = step(undefined, '/start');
  let questions = 0;
  for (let i = 0; i < 400; i++) {
    const verdict = turn.replies.find((r) => r.kind === 'verdict');
    if (verdict) return { questions, verdict };
    questions += turn.replies.filter((r) => r.kind === 'ask').length;
    const slot = pendingSlot(turn.replies);
    if (slot === null) break;
    turn = step(turn.state, answerFor(slot, profile, focusAnswer, lastQuestion(turn.replies)));
  }
  return { questions };
}

/** `count` dialogs over the realistic projects, with the project's own group named or with 全部. */
export function questionsToVerdict(count: number, mode: 'category' | 'all', seed = 7): VerdictRun[] {
  const r = rng(seed);
  const runs: VerdictRun[] = [];
  for (let i = 0; i < count; i++) {
    const project = PROJECTS[i % PROJECTS.length] as (typeof PROJECTS)[number];
    const profile = enterpriseProfile(project, r);
    const { questions, verdict } = runToVerdict(profile, mode === 'all' ? '全部' : project.focus);
    const expected = toContract(evaluate(profile)).find((x) => x.program === project.program)?.status;
    const got =
      verdict?.kind === 'verdict' ? verdict.results.find((x) => x.program === project.program)?.status : undefined;
    runs.push({ program: project.program, questions, agrees: expected === got });
  }
  return runs;
}

/** The median of a list of numbers. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}
