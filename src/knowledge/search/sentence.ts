/**
 * The sentence of a clause that answers: the answer leads with it, then the clause. A sentence
 * is a stretch of the clause's exact text ending in 。；！？ (or a line end), so it is always
 * an exact substring of the quoted text.
 */
import type { Segmenter } from './segment.ts';

/** A sentence and where it starts in the clause text. */
export interface Sentence {
  readonly text: string;
  readonly at: number;
}

// A sentence ends after 。；！？ (or ; ! ?) and at a line end; the closing quote or bracket stays with it.
const SENTENCE = /[^。；;！!？?\n]+(?:[。；;！!？?]+[”’）)]?|$)/gmu;
// "3. 补助标准。" or "（1）支持条件。": a number and a section title say nothing by themselves.
const TITLE_ONLY = /^\s*[（(]?[0-9一二三四五六七八九十①-⑳]+[、.．)）]?\s*[^，,。]{0,12}[。：:]?\s*$/u;

/** Splits a clause's text into its sentences, each an exact substring of it. */
export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const m of text.matchAll(SENTENCE)) {
    const s = m[0].trim();
    if (s === '') continue;
    out.push({ text: s, at: (m.index ?? 0) + m[0].indexOf(s) });
  }
  return out;
}

/** Words that show a sentence answers an aspect of the question (the amount, the payment …). */
export type AspectMarks = readonly RegExp[];

/**
 * Picks the sentence that answers: the one holding the most of the question's words (weighted
 * by how rare they are) and the marks of the aspect asked; the first sentence that says more
 * than a title when nothing tells them apart.
 */
export function answeringSentence(
  text: string,
  words: ReadonlyMap<string, number>,
  marks: AspectMarks,
  segmenter: Segmenter,
): string {
  const sentences = sentencesOf(text);
  const saying = sentences.filter((s) => !TITLE_ONLY.test(s.text));
  const pool = saying.length > 0 ? saying : sentences;
  let best = pool[0]?.text ?? text;
  let bestScore = 0;
  for (const s of pool) {
    const own = new Set(segmenter.wordsAndParts(s.text));
    let score = 0;
    for (const [w, weight] of words) if (own.has(w) || s.text.toLowerCase().includes(w)) score += weight;
    for (const mark of marks) if (mark.test(s.text)) score += 1;
    if (score > bestScore) {
      bestScore = score;
      best = s.text;
    }
  }
  return best;
}
