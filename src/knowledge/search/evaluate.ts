/**
 * Measures the Q&A against an evaluation set: the share of questions whose first answer
 * (top-1) or one of whose first three answers (top-3) is a clause that settles them, and how
 * many of the questions the guide does not answer are told so. Used by `npm run eval:ask`
 * and by the test that holds the targets.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { answerQuestion } from '../ask.ts';

const EvalSet = z.object({
  note: z.string(),
  questions: z.array(z.object({ q: z.string().min(1), ids: z.array(z.string().min(1)).min(1) })).min(1),
  /** Questions kept out of tuning: reported separately. */
  heldOut: z.array(z.object({ q: z.string().min(1), ids: z.array(z.string().min(1)).min(1) })).default([]),
  notInGuide: z.array(z.string().min(1)),
});

/** An evaluation set: questions with the ids that answer them, and questions the guide does not answer. */
export type EvalSet = z.infer<typeof EvalSet>;

/** Reads and checks an evaluation set file. */
export function readEvalSet(path: string): EvalSet {
  return EvalSet.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** One question the answer missed at top-1. */
export interface EvalMiss {
  readonly q: string;
  readonly want: readonly string[];
  readonly got: readonly string[];
}

/** The figures of one evaluation run. */
export interface EvalReport {
  readonly total: number;
  readonly top1: number;
  readonly top3: number;
  /** Hit rates in percent. */
  readonly top1Pct: number;
  readonly top3Pct: number;
  readonly misses: readonly EvalMiss[];
  /** Questions the guide does not answer that were answered "not in the guide". */
  readonly notInGuideOk: number;
  readonly notInGuideTotal: number;
}

/** The ids `ask` gives for a question, best first (empty when not answered). */
export type Answerer = (q: string) => readonly string[];

const defaultAnswerer: Answerer = (q) => {
  const r = answerQuestion(q);
  return r.kind === 'answer' ? r.hits.map((h) => h.clause) : [];
};

/** Runs the evaluation with `answer` (the real Q&A unless another is given, e.g. a baseline). */
export function evaluateAsk(set: EvalSet, answer: Answerer = defaultAnswerer): EvalReport {
  let top1 = 0;
  let top3 = 0;
  const misses: EvalMiss[] = [];
  for (const { q, ids } of set.questions) {
    const got = answer(q);
    if (got[0] !== undefined && ids.includes(got[0])) top1++;
    else misses.push({ q, want: ids, got: got.slice(0, 3) });
    if (got.slice(0, 3).some((id) => ids.includes(id))) top3++;
  }
  const notInGuideOk = set.notInGuide.filter((q) => answerQuestion(q).kind === 'not_in_guide').length;
  const total = set.questions.length;
  const pct = (n: number) => Math.round((1000 * n) / total) / 10;
  return {
    total,
    top1,
    top3,
    top1Pct: pct(top1),
    top3Pct: pct(top3),
    misses,
    notInGuideOk,
    notInGuideTotal: set.notInGuide.length,
  };
}
