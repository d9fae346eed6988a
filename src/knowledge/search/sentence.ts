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
// "补助标准。" or "工业互联网平台项目：" (a clause's number already taken off): a section or
// project title says nothing by itself.
// An attachment's label, a list's title or a row of table headings (附件1-24, …重点方向和主要内容, 重点方向 / 主要内容)
// say nothing either (a form's own title, …绩效目标申报表, names the form asked for).
const TITLE_ONLY =
  /^(?:支持条件|支持方向|补助标准|申报主体|支持数量|[^，,。；;]{2,40}项目)\s*[。：:]?$|^附件\s*\d+\s*-\s*\d+$|^[^，,。；;！!？?\d\s/]{1,8}(?:\s*\/\s*[^，,。；;！!？?\d\s/]{1,8})*$|^[^，,。；;！!？?]{2,40}(?:内容|方向|名单|目录)$/u;

// The clause's printed number at the start of its first sentence: the answer names the clause after it.
const LEADING_NUMBER =
  /^\s*(?:[（(]\s*[0-9一二三四五六七八九十]+\s*[)）]|[0-9]+\s*[.．]|[一二三四五六七八九十]+、|[①-⑳])\s*/u;

/** Splits a clause's text into its sentences, each an exact substring of it (without the clause's number). */
export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const m of text.matchAll(SENTENCE)) {
    const s = m[0].replace(LEADING_NUMBER, '').trim();
    if (s === '') continue;
    out.push({ text: s, at: (m.index ?? 0) + m[0].indexOf(s) });
  }
  return out;
}

// Sentences come from the guide only, so this cache is bounded by the guide's size.
const sentenceWords = new Map<string, ReadonlySet<string>>();
function wordsOf(sentence: string, segmenter: Segmenter): ReadonlySet<string> {
  let words = sentenceWords.get(sentence);
  if (!words) {
    words = new Set(segmenter.guideWordsAndParts(sentence));
    sentenceWords.set(sentence, words);
  }
  return words;
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
  // Which of the question's words each sentence holds, and how many sentences hold each word.
  const held = pool.map((s) => {
    const own = wordsOf(s.text, segmenter);
    return new Set([...words.keys()].filter((w) => own.has(w) || s.text.toLowerCase().includes(w)));
  });
  const holders = new Map([...words.keys()].map((w) => [w, held.filter((h) => h.has(w)).length]));
  for (const [at, s] of pool.entries()) {
    let score = 0;
    for (const [w, weight] of words) {
      if (!held[at]?.has(w)) continue;
      score += weight;
      // 重大活动 in 3.4.1: a word of the question only one of the clause's sentences holds tells that sentence apart.
      if (pool.length > 1 && holders.get(w) === 1) score += 1;
    }
    // The aspect's marks (最高, 不超过, % …) count for at most two: they say what kind of sentence, not which.
    score += Math.min(2, marks.filter((mark) => mark.test(s.text)).length);
    if (score > bestScore) {
      bestScore = score;
      best = s.text;
    }
  }
  return best;
}
