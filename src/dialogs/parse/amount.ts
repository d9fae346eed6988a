/**
 * Money answers → 万元 (the guide's unit, contract §3). Readings:
 * - `3500万`, `3,500万元`, `3500w`, `0.35亿`, `三千五百万`, `两千万`, `3千5百万` → 3500;
 * - `35000000元` / `3500万块` → by their unit; `1.2万亿` is read literally (the engine's echo shows it);
 * - `约3000万`, `3000万左右`, `3000多万`, `三千来万` → 3000 (an estimate is recorded as its stated figure, the lower
 *   bound for 多: a threshold is never met on a guess upward), and the reading says it was approximate so the echo
 *   shows "3000万元（约）";
 * - `个` between a figure and 亿/万 is spoken Chinese: `3个亿`, `两个多亿`, `一个多亿`, `1.2个亿` → 30000, 20000,
 *   10000, 12000 (read as `3亿` …, never as a bare 3 万元);
 * - `3kw` / `3KW` / `2k万` is chat shorthand for 3千万 (k = 千, w = 万) → 3000;
 * - a bare number (`3500`) is 万元 only when the question asked in 万元 (`bareUnit: '万元'`); a bare number of a
 *   million or more is surely 元 typed without its unit and is refused as `unit_ambiguous`;
 * - `没有` / `无` / `零` → 0 (no loan, no subsidy granted yet);
 * - in English: `35 million`, `35m`, `3.5 billion yuan`, `500k`, `35,000,000 yuan`, `about 30 million`.
 */
import { EN_MONTH_WORD } from './date.ts';
import { anyOf, UNKNOWN_WORDS } from './hedges.ts';
import { NUMERAL_CHARS, parseNumeral, roundTiny } from './numeral.ts';
import { err, ok, type Result } from './result.ts';
import { normalize } from './text.ts';

/** Options for reading an amount. */
export interface AmountOptions {
  /** The unit the question named, taken for a number typed without one. */
  readonly bareUnit?: '万元';
}

// Words around a figure that do not change it. 多/余/来 after a figure mean "a little more": the stated figure is kept.
const FILLERS =
  /约合|大约|大概|大致|约为|约|左右|上下|差不多|将近|接近|总共|一共|合计|总计|共计|共|大约是|预计|估计|人民币|¥|￥|多一点|出头一点|出头|开外|以上|多|余|来|几/gu;
const NONE =
  /^(?:(没有|没|无|零|暂无|还没有)(?:的|呢|啊|哈|哦|吧)?|0|none|no|nil|zero|nah|nothing|nothing yet|none yet|not yet)$/u;
// 还没付过利息, 去年还没开票, 没付现金, 市里县里都没给: nothing paid, invoiced or granted is 0.
const NONE_DONE =
  /^(还|都|也)?(没有|没|未)(有)?(付|开票|开|拿|贷|投|给|发|收|交|缴|花|用|借|批)|都没给|都没有给|(nothing|none) (paid|yet|invested|granted)/u;
/** Foreign currencies by name and by code: the answer's check here and the message's checks in extract.ts are built from them. */
export const CURRENCY_NAMES = [
  '美元',
  '美金',
  '港币',
  '港元',
  '欧元',
  '日元',
  '英镑',
  '韩元',
  '新加坡元',
  '新币',
  '台币',
  '瑞士法郎',
];
export const CURRENCY_CODES = ['usd', 'eur', 'hkd', 'sgd', 'jpy', 'krw', 'gbp', 'twd', 'ntd', 'chf'];
const FOREIGN = new RegExp(`${[...CURRENCY_NAMES, ...CURRENCY_CODES].join('|')}|\\$|dollar|euro|yen|pound`, 'u');
// Words that make a figure an estimate (echoed as 约).
const APPROX =
  /约|大约|大概|大致|左右|上下|差不多|将近|接近|多|余|来|几|出头|以上|开外|过了|超过|about|around|approx|roughly|nearly|almost|some|over|more than|plus|~/u;
const FIGURE = new RegExp(
  `[${NUMERAL_CHARS}]*[0-9零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖十拾百佰千仟][${NUMERAL_CHARS}]*`,
  'gu',
);
// A bare number of 100000 or more is surely 元 typed without its unit (10亿 would be written as 10亿).
const BARE_LIMIT = 1e5;
// English scale words, in 万 per unit: a million yuan is 100万.
const ENGLISH_SCALES: Readonly<Record<string, number>> = {
  billion: 1e5,
  bn: 1e5,
  million: 100,
  mil: 100,
  mln: 100,
  mn: 100,
  m: 100,
  thousand: 0.1,
  k: 0.1,
};
const ENGLISH_FILLERS = /\b(about|around|approx\.?|approximately|roughly|some|nearly|almost|over|more than|plus)\b|~/gu;

/**
 * A lone Chinese digit inside running words is part of a word, not a figure: 查一下, 分两笔, 统一, 一起.
 * (A digit with a unit after it, 一万, or standing alone, 三, is still a figure.)
 */
function inWord(text: string, f: RegExpMatchArray): boolean {
  const at = f.index ?? 0;
  // 5G, 4g, 3D, B2B: digits glued to Latin letters that are no unit are a name, not a figure.
  const glued = /^[a-z]+/iu.exec(text.slice(at + f[0].length))?.[0];
  const letters = /[a-z]+$/iu.exec(text.slice(0, at))?.[0];
  if (
    /^\d/u.test(f[0]) &&
    ((letters && !/^(?:rmb|cny|usd|us|hkd|hk|eur)$/iu.test(letters)) || (glued && !LATIN_UNITS.test(glued)))
  )
    return true;
  // nov 21, Sept. 2021: a figure after an English month name is its day or year, not money.
  if (DAY_OR_YEAR.test(f[0]) && MONTH_BEFORE.test(text.slice(0, at))) return true;
  // finish around mid-2023, until 2023, since 2019: a year after a word of time is no money.
  if (/^(?:19|20)\d{2}$/u.test(f[0]) && YEAR_WORD_BEFORE.test(text.slice(0, at))) return true;
  // 2020年批的, 12场, 6 events so far, 1500人次: a figure counting something else, or a date, is not money.
  if (COUNTED.test(text.slice(at + f[0].length))) return true;
  // (零部件, 一致, 一样, 二期: a lone digit before another Chinese character, wherever it stands.)
  if (!/^[零一二两三四五六七八九]$/u.test(f[0])) return false;
  const after = text.slice(at + 1);
  return /^\p{Script=Han}/u.test(after) && !/^(万|亿|千|百|十|元|块)/u.test(after);
}

// What a figure counts when it is no money: a date's year, month or day, people, firms, events, classes, machines….
const COUNTED =
  /^\s*(?:年|月|日|号|人|名|位|家|场|次|期|天|项(?!目)|台(?!州)|套|班|个(?![亿万])|张|件|倍|岁|周|小时|平米|平方|亩|吨)|^\s+(?:events?|people|persons?|trainees?|class(?:es)?|cit(?:y|ies)|compan(?:y|ies)|enterprises?|smes?|firms?|years?|yrs?|months?|days?|times|sessions?|patents?|units?|sets?|employees?|staff|members?|projects?|nodes?|per)\b/iu;

// (Not in, by, end of or year: revenue for the year 2050 and loan increased by 2000 are money; nothing by end of 2021
// keeps its year a figure, so beside another figure the answer is asked, as before.)
const YEAR_WORD_BEFORE = /\b(?:mid|early|late|until|till|before|after|since|during|fy|q[1-4]|h[12])[\s-]*$/iu;
const MONTH_BEFORE = new RegExp(`\\b${EN_MONTH_WORD}\\.?\\s*$`, 'iu');
// (Only a day or a year: dec around 1500 is money said after the month.)
const DAY_OR_YEAR = /^(?:[1-9]|[12]\d|3[01]|(?:19|20)\d{2})$/u;

// Latin units a figure may carry glued to it (35m, 500k, 1.2bn, 3kw, 500wan, 1.2e, 1.2yi).
const LATIN_UNITS = /^(?:k|kw|w|m|mn|mil|mln|million|millions|bn|billion|billions|thousand|e|yi|wan|yuan|rmb|cny)$/iu;

/** A money reading: the figure in 万元 and whether it was stated as an estimate. */
export interface AmountReading {
  readonly value: number;
  readonly approx: boolean;
}

/** Reads a money answer as 万元. */
export function parseAmount(text: string, options: AmountOptions = {}): Result<number> {
  const r = parseAmountReading(text, options);
  return r.ok ? ok(r.value.value) : r;
}

/** Reads a money answer as 万元 and says whether it was an estimate (三千来万, 一个多亿, about 35 million). */
export function parseAmountReading(text: string, options: AmountOptions = {}): Result<AmountReading> {
  const s = normalize(text);
  const r = readAmount(s, options);
  if (!r.ok) return r;
  return ok({ value: r.value, approx: APPROX.test(s.replace(/多少/gu, '')) });
}

function readAmount(s: string, options: AmountOptions): Result<number> {
  if (NONE.test(s)) return ok(0);
  const done = s.replace(/^(去年|今年|前年|市里|县里|区里|我们)+/u, '');
  if (NONE_DONE.test(done) && !/\d|[一二两三四五六七八九十百千万亿]{2}/u.test(s)) return ok(0);
  // RMB 1,205,000 / ¥1205000: a currency sign before a plain figure is 元.
  const rmb = /^(?:rmb|cny|¥|￥)\s*([\d,]+(?:\.\d+)?)$/u.exec(s);
  if (rmb) return ok(roundTiny(Number((rmb[1] as string).replace(/,/g, '')) / 1e4));
  if (FOREIGN.test(s)) return err('foreign_currency');
  // A share of something (一半现金, a third) is not an amount; 几十万 names no figure: asked.
  if (/一半|半数|分之|a half|half of|a third|one third|quarter/u.test(s)) return err('no_match');
  if (/(^|[^一二三四五六七八九十百千零〇\d])几[十百千万]/u.test(s)) return err('ambiguous');
  // 一笔2000 一笔不清楚: a part of it not known leaves the whole not known.
  if (/笔|部分|\bpart\b/u.test(s) && anyOf(UNKNOWN_WORDS).test(s)) return err('partial');
  const negative = /^(-|负)/u.test(s);
  const body = s
    .replace(/^(-|负)/u, '')
    // 一千零几十万 / 四百零几万: 零几十 is a few tens over the round figure, which the hedge takes (not 一千零十).
    .replace(/零几[十百千]?/gu, '')
    .replace(ENGLISH_FILLERS, '')
    .replace(FILLERS, '')
    // 3个亿 / 两个多亿 (多 is gone by now) / 1.2个亿 / 3500个w: 个 is a measure word, not part of the figure.
    .replace(/个(?=\s*(?:[亿万]|w\b))/gu, '')
    // 3kw = 3千万: k for 千, w for 万; chat pinyin: 1.2e / 1.2 yi = 1.2亿, 4k wan = 4千万, 500 wan = 500万.
    .replace(/(\d+(?:\.\d+)?)\s*kw\b/gu, '$1千万')
    .replace(/(\d+(?:\.\d+)?)\s*k\s*(?:wan\b|万)/gu, '$1千万')
    .replace(/(\d+(?:\.\d+)?)\s*(?:e|yi)\b/gu, '$1亿')
    .replace(/(\d+(?:\.\d+)?)\s*wan\b/gu, '$1万')
    // 六十三万四 / 一百二十万零五千: the digits after 万 are thousands.
    .replace(/万零?([一二三四五六七八九])(?![十百千万亿一二三四五六七八九\d])/gu, '万$1千')
    // 350万，520是…: a comma after 万 or 亿 ends the figure (a thousands comma stands between digits only).
    .replace(/([万亿])\s*[,，]\s*(?=\d)/gu, '$1 ')
    .trim();
  // A percentage is not money: "60%" to an amount question must be asked again, never read as 60万.
  if (/%|％|百分之|百分点|percent/iu.test(body)) return err('no_match');
  const figures = [...body.matchAll(FIGURE)].filter((f) => !inWord(body, f));
  if (figures.length === 0) return err('no_match');
  if (figures.length > 1) return err('ambiguous');
  const figure = figures[0] as RegExpMatchArray;
  const after = body.slice((figure.index ?? 0) + figure[0].length);
  const english = /^\s*(billion|bn|million|mil|mln|mn|m|thousand|k|yuan|rmb|cny)\b/u.exec(after)?.[1];
  // w/W is the common chat shorthand for 万.
  const unitMatch = /^(万元|万块|w|万|亿元|亿|元|块钱|块)?/u.exec(after)?.[1] ?? '';
  let numeralText = figure[0];
  if (unitMatch === 'w') numeralText += '万';
  if (unitMatch.startsWith('万') && !numeralText.endsWith('万')) numeralText += '万';
  if (unitMatch.startsWith('亿') && !numeralText.endsWith('亿')) numeralText += '亿';
  const numeral = parseNumeral(numeralText.replace(/[.,]$/, ''));
  if (!numeral.ok) return numeral;
  if (negative) return err('negative');
  const { value, scaled } = numeral.value;
  if (scaled) return ok(roundTiny(value / 1e4));
  if (english !== undefined) return ok(roundTiny(value * (ENGLISH_SCALES[english] ?? 1e-4)));
  if (unitMatch === '元' || unitMatch === '块' || unitMatch === '块钱') return ok(roundTiny(value / 1e4));
  if (options.bareUnit !== '万元') return err('unit_missing');
  if (value >= BARE_LIMIT) return err('unit_ambiguous');
  return ok(value);
}
