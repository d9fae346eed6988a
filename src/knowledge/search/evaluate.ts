/**
 * Measures the Q&A against an evaluation set: the share of questions whose first answer
 * (top-1) or one of whose first three answers (top-3) is a clause that settles them, how many
 * of the questions the guide does not answer are declined, and the same for English and
 * Chinese questions apart. Used by `npm run eval:ask` and by the test that holds the targets.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { answerQuestion } from '../ask.ts';
import { isEnglish } from './question.ts';

const EvalQuestion = z.object({
  q: z.string().min(1),
  /** The clause or attachment ids that answer the question; any one counts as a hit. */
  ids: z.array(z.string().min(1)).min(1),
  /** The question names two programs or aspects: every id must be in the first three. */
  all: z.boolean().optional(),
});

const EvalSet = z.object({
  note: z.string(),
  questions: z.array(EvalQuestion).min(1),
  /** Questions the guide does not answer: each must be declined. */
  notInGuide: z.array(z.string().min(1)),
});

/** One question of an evaluation set with the ids that answer it. */
export type EvalQuestion = z.infer<typeof EvalQuestion>;

/** An evaluation set: questions with the ids that answer them, and questions the guide does not answer. */
export type EvalSet = z.infer<typeof EvalSet>;

/** Reads and checks an evaluation set file. */
export function readEvalSet(path: string): EvalSet {
  return EvalSet.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** The two splits of the evaluation: `tune` (tuned on) and `heldout` (never looked at while tuning). */
export const EVAL_SPLITS = [
  'tune',
  'heldout',
  'heldout-2',
  'heldout-3',
  'heldout-4',
  'heldout-5',
  'heldout-6',
  'heldout-7',
  'heldout-8',
  'heldout-9',
  'heldout-10',
  'heldout-11',
  'heldout-12',
  'heldout-13',
  'heldout-14',
  'heldout-15',
  'heldout-16',
  'heldout-17',
  'heldout-18',
  'heldout-19',
  'heldout-20',
  'heldout-21',
  'heldout-22',
  'heldout-23',
  'heldout-24',
  'heldout-25',
  'heldout-26',
  'heldout-27',
  'heldout-28',
  'heldout-29',
  'heldout-30',
  'heldout-31',
  'heldout-32',
  'heldout-33',
  'heldout-34',
  'heldout-35',
  'heldout-36',
  'heldout-37',
  'heldout-38',
  'heldout-39',
  'heldout-40',
  'heldout-41',
  'heldout-42',
  'heldout-43',
  'heldout-44',
  'batches-23-25',
] as const;

/** A split's file under `test/knowledge/ask-eval/`. */
export function evalSetPath(repoRoot: string, split: (typeof EVAL_SPLITS)[number]): string {
  return `${repoRoot}/test/knowledge/ask-eval/${split}.json`;
}

/** One question the answer missed at top-1. */
export interface EvalMiss {
  readonly q: string;
  readonly want: readonly string[];
  readonly got: readonly string[];
}

/** Hit counts over some questions. */
export interface EvalScore {
  readonly total: number;
  readonly top1: number;
  readonly top3: number;
  /** Hit rates in percent, one decimal. */
  readonly top1Pct: number;
  readonly top3Pct: number;
}

/** The figures of one evaluation run. */
export interface EvalReport extends EvalScore {
  readonly english: EvalScore;
  readonly chinese: EvalScore;
  readonly misses: readonly EvalMiss[];
  /** Questions the guide does not answer that were declined. */
  readonly notInGuideOk: number;
  readonly notInGuideTotal: number;
  /** Those that were answered instead. */
  readonly notDeclined: readonly string[];
}

/** The ids `ask` gives for a question, best first (empty when declined). */
export type Answerer = (q: string) => readonly string[];

const defaultAnswerer: Answerer = (q) => {
  const r = answerQuestion(q);
  return r.kind === 'answer' ? r.hits.map((h) => h.clause) : [];
};

const pct = (n: number, total: number) => (total === 0 ? 100 : Math.round((1000 * n) / total) / 10);

function score(results: readonly { top1: boolean; top3: boolean }[]): EvalScore {
  const top1 = results.filter((r) => r.top1).length;
  const top3 = results.filter((r) => r.top3).length;
  const total = results.length;
  return { total, top1, top3, top1Pct: pct(top1, total), top3Pct: pct(top3, total) };
}

/** Whether an answer's ids settle a question at top-1 and within the first three. */
export function judge(x: EvalQuestion, got: readonly string[]): { top1: boolean; top3: boolean } {
  const first3 = got.slice(0, 3);
  const top1 = got[0] !== undefined && x.ids.includes(got[0]);
  const top3 = x.all ? x.ids.every((id) => first3.includes(id)) : first3.some((id) => x.ids.includes(id));
  return { top1, top3 };
}

const defaultDeclines = (q: string) => answerQuestion(q).kind === 'not_in_guide';

/**
 * Runs the evaluation with `answer` (the real Q&A unless another is given, e.g. a baseline);
 * `declines` says whether a question was declined as not in the guide.
 */
export function evaluateAsk(
  set: EvalSet,
  answer: Answerer = defaultAnswerer,
  declines: (q: string) => boolean = defaultDeclines,
): EvalReport {
  const misses: EvalMiss[] = [];
  const results = set.questions.map((x) => {
    const got = answer(x.q);
    const r = judge(x, got);
    if (!r.top1 || !r.top3) misses.push({ q: x.q, want: x.ids, got: got.slice(0, 3) });
    return { ...r, english: isEnglish(x.q) };
  });
  const notDeclined = set.notInGuide.filter((q) => !declines(q));
  return {
    ...score(results),
    english: score(results.filter((r) => r.english)),
    chinese: score(results.filter((r) => !r.english)),
    misses,
    notInGuideOk: set.notInGuide.length - notDeclined.length,
    notInGuideTotal: set.notInGuide.length,
    notDeclined,
  };
}
