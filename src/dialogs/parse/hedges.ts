/**
 * The words that say a speaker is not sure, in one place. Each reader composes what it needs from them:
 * a yes/no said with a hedge is asked (`yesno.ts`), a thing named with one does not settle a yes/no
 * (`understand/index.ts`), and part of an answer not known leaves the whole asked. (Figures read their own
 * hedges from the lexicon's `hedges`: there 大概 means "about" and the figure is kept, 约.)
 */

import { escapeRegExp } from '../../knowledge/text.ts';

/** Not sure of what is said (好像是苏州农商行, maybe): the statement does not settle the fact. */
export const UNSURE_WORDS: readonly string[] = [
  '好像',
  '可能',
  '也许',
  '或许',
  '说不定',
  '似乎',
  '估计',
  '大概',
  'maybe',
  'perhaps',
  'might',
];

/** Milder forms that still make a bare yes or no a guess (应该是吧, 算是, I think so). */
export const GUESS_WORDS: readonly string[] = [
  '我猜',
  '应该',
  '算是',
  '不一定',
  '不见得',
  'probably',
  'i guess',
  'i think',
  'i believe',
];

/** A part not known (能评不清楚, not sure about the EIA): the answer is not whole. */
export const UNKNOWN_WORDS: readonly string[] = [
  '不清楚',
  '不太清楚',
  '不确定',
  '不知道',
  '不记得',
  '记不清',
  '说不准',
  '不好说',
  'not sure',
  "don't know",
  'dont know',
  'no idea',
];

/** A regular expression matching any of the words; English words only as whole words. */
export function anyOf(...lists: readonly (readonly string[])[]): RegExp {
  const alternatives = lists.flat().map((w) => (/^[a-z' ]+$/u.test(w) ? `\\b${escapeRegExp(w)}\\b` : escapeRegExp(w)));
  return new RegExp(alternatives.join('|'), 'u');
}
