/**
 * Text normalisation shared by every parser: people type full-width digits and punctuation
 * (IME default), spaces and trailing particles; none of them change the meaning of an answer.
 */

import { APPLICATION_YEAR, RELATIVE_YEARS } from './guide-year.ts';
import { DIGITS } from './numeral.ts';

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;

/**
 * 明年（2023年）: the figure, with 年 once, when both say the same year (counted from the guide's year, as the date
 * reader counts them); else the text unchanged.
 */
function bothWays(all: string, relative: string, year: string, after: string): string {
  const full = year.length === 2 ? 2000 + Number(year) : Number(year);
  return APPLICATION_YEAR + (RELATIVE_YEARS[relative] ?? Number.NaN) === full
    ? `${year}年${after === '年' ? '' : after}`
    : all;
}

/**
 * The parsers normalise the same message many times over in one turn (a quarter of a turn's CPU time in the dialog
 * bench before this): the last few hundred results are kept. `normalize` is a pure function of its text, and the
 * cache is emptied when full, so it holds at most NORMALIZED_KEPT short strings.
 */
const NORMALIZED_KEPT = 512;
const normalized = new Map<string, string>();

/**
 * Full-width ASCII to half-width, ideographic space to space, lower case, trimmed,
 * with trailing sentence punctuation and modal particles (吧 啊 呀 哦 呢 啦) removed.
 */
export function normalize(text: string): string {
  const kept = normalized.get(text);
  if (kept !== undefined) return kept;
  const result = normalizeUncached(text);
  if (normalized.size >= NORMALIZED_KEPT) normalized.clear();
  normalized.set(text, result);
  return result;
}

function normalizeUncached(text: string): string {
  return (
    text
      .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
      .replace(/\u3000/g, ' ')
      .replace(/[\u200b\ufeff]/g, '')
      .toLowerCase()
      .trim()
      .replace(/[。.!！?？~～…,，;；\s]+$/u, '')
      .replace(/[吧啊呀哦呢啦嘛哈]+$/u, '')
      .trim()
      // German-style figures from outsiders: 1,3 Mio. = 1.3 million, 4,35 % = 4.35 %, Mrd. = billion. Only before a
      // scale word or a percent sign, so a list of choices (1,3) stays a list.
      .replace(/(\d),(\d{1,2})(?=\s*(?:mio\b|mrd\b|million|billion|%|percent|prozent))/gu, '$1.$2')
      .replace(/\bmio\b\.?/gu, 'million')
      .replace(/\bmrd\b\.?/gu, 'billion')
      // Dialect and chat forms of 没有: 木有, 莫得, 么得, 没得 (没得问题 is 没有问题).
      .replace(/木有|莫得|(?<![怎这那什多])么得|没得/gu, '没有')
      // …and of 怎么 / 非常 (tune-zz: 400万以上才算吗 肿么算的 was recorded as the tax paid, its question unseen). (Not
      // 神马 for 什么: 江苏神马电力 is a firm's name.)
      .replace(/肿么/gu, '怎么')
      .replace(/灰常/gu, '非常')
      // The letter O typed for a zero inside a figure: 12OO万, 2O21年 (a letter, never a word, after a digit).
      .replace(/(?<=\d)o+(?![a-z])/gu, (o) => '0'.repeat(o.length))
      // Pinyin-input slips for 完工 / 竣工 (play-test 20: 计划23年9月底完公); 完公 and 竣公 are no words of their own.
      // 部份 is the older spelling of 部分 (一部份, 大部份) people still type.
      .replace(/部份/gu, '部分')
      // 明年（2023年）6月底 / 2023年（明年）: a year said both ways, and alike, is the year in figures (a later month
      // reads it); said two ways that disagree (去年（20年）) it is left as typed, and asked.
      .replace(/(前年|去年|今年|明年|后年)\s*[（(]\s*((?:19|20)?\d{2})\s*年?\s*[)）]\s*(年?)/gu, bothWays)
      .replace(
        /((?:19|20)?\d{2})\s*年\s*[（(]\s*(前年|去年|今年|明年|后年)\s*[)）]\s*/gu,
        (all, y: string, r: string) => bothWays(all, r, y, ''),
      )
      .replace(/完公/gu, '完工')
      .replace(/竣公/gu, '竣工')
      // Pinyin-input slips for 万 after a figure: 6000玩, 5千玩.
      .replace(/([\d一二两三四五六七八九十百千])[玩完](?=$|[\s，,。；;元块的吧啊])/gu, '$1万')
      // …and for 亿 (四点六个忆, 3个意, 2忆): 忆/意/艺 right after a figure or its 个 is no word of its own.
      .replace(/([\d一二两三四五六七八九十百千](?:个)?(?:多)?)[忆意艺](?=$|[^\p{Script=Han}]|[元块])/gu, '$1亿')
      // 两个半亿 / 一个半亿 / 3个半亿: and a half, in figures (2.5亿).
      .replace(
        /(\d{1,2}|[一二两三四五六七八九])\s*个半\s*(?=[亿万])/gu,
        (_m, n: string) => `${(DIGITS[n] ?? Number(n)) + 0.5}`,
      )
      // Scientific notation from a spreadsheet or calculator: 1.5e7 is 15000000 (1.2e alone is chat for 1.2亿).
      .replace(/(?<![\w.])(\d+(?:\.\d+)?)e\+?(\d{1,2})(?![\w.])/gu, (_m, a: string, b: string) =>
        String(Math.round(Number(a) * 10 ** Number(b) * 1e6) / 1e6),
      )
  );
}

/** Separators between the items of a list answer ("A、B，C 和 D"). */
export const LIST_SEPARATORS = /\s+and\s+|\s*&\s*|[、,，;；/|+\s]+|以及|和|及|与|还有|跟/u;
