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
export const TITLE_ONLY =
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

/** A sentence that sets a floor: 不低于 1 亿元, 不少于 120 家, 3000万元以上. */
const THRESHOLD_SET = /(?:不低于|不少于|至少|达到)\s*\d|\d[\d.]*\s*(?:万元|亿元|万|亿|%|家|人|个)?\s*(?:以上|及以上)/u;
/** A question that asks for a floor (最低, 至少, 门槛, minimum, at least). */
export const THRESHOLD_ASKED =
  /最低|至少|最少|起码|门槛|不低于|不少于|\bminimum\b|\bat least\b|\bthreshold\b|\bfloor\b/iu;

/**
 * The counts a question names with their unit (2年期, 3 years → 2 年, 3 年), as patterns a sentence naming the same
 * count matches. A bare figure or an amount (1,000万) is none: its digits are inside every other figure.
 */
export function countsNamed(question: string): RegExp[] {
  const out: RegExp[] = [];
  for (const m of question.matchAll(/(?<![\d.])(\d{1,2})\s*(年(?!半)|个(?!月)|家|人|场|天|期|班)/gu))
    out.push(new RegExp(`(?<![\\d.])${m[1]}\\s*${m[2]}`, 'u'));
  for (const m of question.matchAll(/(?<![\d.])(\d{1,2})[\s-]*(years?|yrs?)\b/giu))
    out.push(new RegExp(`(?<![\\d.])${m[1]}\\s*年`, 'u'));
  // 建设期一年半 / 两年 / 1.5年 / 18个月: a duration not in whole digits names the bound of whole years it falls within
  // (一年半 → 2 年以内), the way the guide sets its tiers.
  const spans = [
    ...[...question.matchAll(DURATION_YEARS)].map(
      (m) => (YEAR_WORDS[m[1] as string] ?? Number(m[1])) + (m[2] ? 0.5 : 0),
    ),
    ...[...question.matchAll(DURATION_MONTHS)].map((m) => Number(m[1]) / 12),
  ];
  for (const years of spans) {
    if (!(years > 0 && years <= 10)) continue;
    out.push(new RegExp(`(?<![\\d.])${Math.ceil(years)}\\s*年`, 'u'));
  }
  return out;
}

const YEAR_WORDS: Readonly<Record<string, number>> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5 };
// (Not 近三年, 前两年: a span of past years is no duration of the project.)
const DURATION_YEARS = /(?<![近前过续\d.])([一两二三四五]|\d\.\d|\d(?=\s*年半))\s*(?:个)?年(半)?(?![度底初末内])/gu;
const DURATION_MONTHS = /(?<![\d.])(\d{1,2})\s*个月/gu;

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
  threshold = false,
  counted: readonly RegExp[] = [],
  options: {
    /** Marks of an aspect other than the one asked, and what a sentence holding one gains (or, negative, loses). */
    readonly paymentBias?: { readonly marks: AspectMarks; readonly by: number };
    readonly whole?: boolean;
    readonly most?: boolean;
  } = {},
): string {
  const sentences = sentencesOf(text);
  const saying = sentences.filter((s) => !TITLE_ONLY.test(s.text));
  const pool = saying.length > 0 ? saying : sentences;
  let bestAt = 0;
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
      // (培训机构注册资金要求: a word of the asker naming any applicant tells no sentence apart.)
      if (!held[at]?.has(w) || (weight >= 2 && WHO_ANY.test(w))) continue;
      score += weight;
      // 重大活动 in 3.4.1: a word of the question only one of the clause's sentences holds tells that sentence apart.
      if (pool.length > 1 && holders.get(w) === 1) score += 1;
    }
    // 事业单位要不要注册资金500万: an exception the question's own detail is named in (事业单位…不受注册资金…限制) answers
    // for that one, over the rule it excepts.
    // (A word of the question only the exception holds: 注册资金要多少 names the rule's word alone, and gets the rule.)
    if (
      EXCEPTED.test(s.text) &&
      [...words].some(([w, weight]) => weight >= 2 && held[at]?.has(w) && holders.get(w) === 1 && !WHO_ANY.test(w))
    )
      score += 3;
    // The aspect's marks (最高, 不超过, % …) count for at most two: they say what kind of sentence, not which.
    score += Math.min(2, marks.filter((mark) => mark.test(s.text)).length);
    // 5G项目能拿多少补助 (play-test 57: answered with 首次拨付…50%): a sentence of the payment, where the amount is asked,
    // says less than the amount's — and more, when a phase of the payment is named (前期能拿多少).
    if (options.paymentBias?.marks.some((mark) => mark.test(s.text))) score += options.paymentBias.by;
    // 标杆示范一共支持几个 (play-test 57: answered with the per-program counts): the whole asked, a sentence of one part of
    // it (其中…) says less than the whole's.
    if (options.whole && /^其中/u.test(s.text)) score -= 2;
    // 技改项目最多能拿多少 (play-test 57: answered with the 10% of the invoices): the most asked is said by the sentence
    // that sets a cap in 万元 (合计不超过2000万元).
    if (options.most && CAP_SET.test(s.text)) score += 1.5;
    // minimum investment for a pilot zone?: a minimum asked is said by the sentence that sets one (不低于 1 亿元).
    if (threshold && THRESHOLD_SET.test(s.text)) score += 2;
    // 两年期的项目投入要多少: a count the question names (2 年) picks the sentence that names it (2 年以内).
    score += 2 * counted.filter((c) => c.test(s.text)).length;
    if (score > bestScore) {
      bestScore = score;
      bestAt = at;
    }
  }
  return wholeList(text, pool, bestAt);
}

/** A cap set in 万元: 最高不超过2000万元, 合计不超过2000万元, 最高1000万元. */
const CAP_SET = /(?:最高|合计|累计|总额)[^。；;，,]{0,6}?\d+(?:\.\d+)?\s*万元|不超过\s*\d+(?:\.\d+)?\s*万元/u;

/** Words naming any applicant (培训机构注册资金要求: 机构 is the asker's kind, not the exception's 非营利性机构). */
const WHO_ANY = /^(?:机构|单位|企业|公司)$/u;

/** A sentence excepting some from a rule: 不受…限制, …除外, 不适用. */
const EXCEPTED = /不受[^。；;]{0,20}限制|除外|不适用|不在此限/u;

/** A list's opening item: what follows 包括 / 包含, said item by item up to ；. */
const LIST_OPENS = /包括|包含|含有/u;

/**
 * 研发投入包括人工费吗 / 研发投入包括哪些: where the sentence chosen opens a list (…包括…；…；…。), the whole list
 * answers — its first item alone would leave out what else is included, often what was asked.
 */
function wholeList(text: string, pool: readonly Sentence[], first: number): string {
  const opening = pool[first];
  if (!opening) return text;
  if (!LIST_OPENS.test(opening.text) || !/[；;]$/u.test(opening.text)) return opening.text;
  let last = first;
  while (last + 1 < pool.length && /[；;]$/u.test(pool[last]?.text ?? '')) last++;
  const end = pool[last] as Sentence;
  return text.slice(opening.at, end.at + end.text.length);
}
