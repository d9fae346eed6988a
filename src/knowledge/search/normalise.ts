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
// digit by digit with a zero (二〇二一), or stands before 万/亿 or a measure word (五万, 一亿,
// 五年, 八个). Elsewhere a numeral is part of a word ("二级节点", "分两期", "首期") and stays.
// The index reads the guide through the same function, so "近三年" meets "近3年" either way.
const FIGURE = new RegExp(
  `[${NUMERAL}]+(?=[万亿年个天家人场位名项倍届])|[${NUMERAL}]*[十拾百佰千仟〇零][${NUMERAL}]*`,
  'gu',
);
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
  // (1,200 trainees is the guide's 1200人次: a thousands comma is no break between two numbers. Not in a sum of money:
  // the asker's own 1,000万 is no threshold of the guide's to match.)
  const grouped = text.replace(
    /(?<![\d.,])(\d{1,3})(?:,(\d{3}))+(?![\d,])(?!\s*(?:万|亿|元|yuan|rmb|cny|million|m\b))/giu,
    (m) => m.replace(/,/gu, ''),
  );
  const simplified = /\p{Script=Han}/u.test(grouped) ? numeralsToDigits(toSimplified(grouped)) : grouped;
  return simplified.replace(/[0-9]*[A-Za-z][A-Za-z0-9]*/gu, (w) => casing.get(w.toLowerCase()) ?? w);
}

const NUMBER_WORDS: Readonly<Record<string, string>> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
};

// Words that end in s but are no plural: "does" is not the plural of "doe".
const NOT_PLURAL = new Set([
  'does',
  'goes',
  'this',
  'thus',
  'plus',
  'always',
  'perhaps',
  'series',
  'news',
  'means',
  'whereas',
]);

/** One English word in the form the glossary keys use: American spelling, singular, figures as digits. */
function englishWord(w: string): string {
  if (NUMBER_WORDS[w]) return NUMBER_WORDS[w];
  if (NOT_PLURAL.has(w)) return w;
  let s = w
    .replace(/isation$/u, 'ization')
    .replace(/isations$/u, 'izations')
    .replace(/(?<=..)is(e|ed|es|ing)$/u, 'iz$1')
    .replace(/centre(s?)$/u, 'center$1')
    .replace(/programme(s?)$/u, 'program$1')
    .replace(/our$/u, (m) => (w.length > 5 ? 'or' : m));
  if (s.length <= 3) return s;
  if (/ies$/u.test(s) && s.length > 4) s = `${s.slice(0, -3)}y`;
  else if (/(ss|x|ch|sh)es$/u.test(s)) s = s.slice(0, -2);
  else if (/[^su]s$/u.test(s) && !/(is|ss|us)$/u.test(s)) s = s.slice(0, -1);
  return s;
}

/**
 * English text in the form the glossary and the English cues are matched in: lower case,
 * hyphens between letters as spaces, American spelling ("subsidised" → "subsidized", "centre" → "center"), nouns singular
 * ("subsidies" → "subsidy", "centers" → "center"), number words as digits ("four" → "4").
 * Applied to the question and to the word lists alike, so either spelling finds the other.
 */
export function englishForm(text: string): string {
  // "tech-loan" and "tech loan", "energy-saving" and "energy saving" are one phrase.
  return (
    text
      .toLowerCase()
      .replace(/(?<=[a-z])-(?=[a-z0-9])/gu, ' ')
      // "specialized & sophisticated" is "specialized and sophisticated".
      .replace(/(?<=[a-z])\s*&\s*(?=[a-z])/gu, ' and ')
      .replace(/[a-z]+/gu, englishWord)
  );
}
