/**
 * Normalising a question before it is matched, so the way it was typed does not change the
 * answer: traditional characters become simplified (OpenCC's t→cn table), numbers written in
 * Chinese become digits where the guide prints digits ("三千万" → "3000万", "二〇二一年" →
 * "2021年", "百分之二十" → "20%"), and letters the guide prints as an acronym take its case
 * ("5g" → "5G", "igbt" → "IGBT"). Full-width forms are already folded by NFKC in `cleanQuestion`.
 * Pure after the converter is built (once, ~10 ms).
 */
import { Converter } from 'opencc-js/t2cn';

const toSimplified = Converter({ from: 't', to: 'cn' });

const DIGIT: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  两: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const UNIT: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/** A Chinese number below 10 000 ("三千五百" → 3500, "二〇二一" → 2021, "十五" → 15), or null. */
export function chineseNumber(s: string): number | null {
  if (s === '') return null;
  // Digit by digit, as years are written: 二〇二一.
  if ([...s].every((c) => c in DIGIT)) {
    return s.length === 1 ? (DIGIT[s] ?? null) : Number([...s].map((c) => DIGIT[c]).join(''));
  }
  let total = 0;
  let digit: number | null = null;
  for (const c of s) {
    if (c in DIGIT) digit = DIGIT[c] ?? 0;
    else if (c in UNIT) {
      total += (digit ?? 1) * (UNIT[c] ?? 1);
      digit = null;
    } else return null;
  }
  return total + (digit ?? 0);
}

const NUMERAL = '零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟';
// A run of numerals that reads as a figure: it has a unit inside (三千, 八百, 二十), is written
// digit by digit with a zero (二〇二一), or stands before 万/亿 (五万, 一亿). A lone numeral
// ("一次性", "近三年", "二级节点", "分两期") is a word the guide itself writes in Chinese.
const FIGURE = new RegExp(`[${NUMERAL}]+(?=[万亿])|[${NUMERAL}]*[十拾百佰千仟〇零][${NUMERAL}]*`, 'gu');
const PERCENT = new RegExp(`百分之([${NUMERAL}]+|\\d+(?:\\.\\d+)?)`, 'gu');

/**
 * Chinese figures as digits. The index applies it to the guide's words too ("百亿以上企业",
 * "第十一届"), so both sides read alike; the quoted clause text is never changed.
 */
export function numeralsToDigits(text: string): string {
  return text
    .replace(PERCENT, (m, n: string) => {
      const v = /\d/u.test(n) ? Number(n) : chineseNumber(n);
      return v === null ? m : `${v}%`;
    })
    .replace(FIGURE, (m) => {
      const v = chineseNumber(m);
      return v === null ? m : String(v);
    });
}

/**
 * The acronyms and Latin words the guide prints, by their lower case (5g → 5G, lpr → LPR);
 * a question's Latin words take the guide's case so the segmenter and the names match them.
 */
export function guideCasing(guideText: string): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const w of guideText.match(/[0-9]*[A-Za-z][A-Za-z0-9]*/gu) ?? []) out.set(w.toLowerCase(), w);
  return out;
}

/**
 * Normalises a cleaned Chinese question for matching. English questions keep their words (the
 * glossary reads them in lower case); only their Chinese parts are converted.
 */
export function normaliseQuestion(text: string, casing: ReadonlyMap<string, string>): string {
  const simplified = /\p{Script=Han}/u.test(text) ? numeralsToDigits(toSimplified(text)) : text;
  return simplified.replace(/[0-9]*[A-Za-z][A-Za-z0-9]*/gu, (w) => casing.get(w.toLowerCase()) ?? w);
}
