/**
 * Date answers → `YYYY-MM-DD` (contract §3). Readings:
 * - full dates: `2021年9月30日`/`号`, `2021.9.30`, `2021/09/30`, `2021-9-30`, `20210930`, `二〇二一年九月三十日`;
 * - a month without a day (`2021年9月`, `2021.9`, `2021-09`) is recorded as the month's LAST day: every date window
 *   of the guide runs from a 1st to a month end (2021-01-01…2021-12-31, 2023年底), so the month decides the outcome
 *   either way, and the last day is what 完工/建成 "in September" means at the latest; the echo shows the day chosen;
 * - `年底`/`年末` → 12-31, `月底`/`月末` → the month's last day, `月初` → the 1st; `年初` (early in the year) names no
 *   month and is asked, like a year alone;
 * - relative years count from the guide's application year (2022): `今年` 2022, `去年` 2021, `前年` 2020,
 *   `明年` 2023, `后年` 2024; a two-digit year with 年 (`21年9月`) is 20xx;
 * - a year alone (`2021年`) lacks its month and is refused (`invalid_date`), as is a day that does not exist;
 * - English: `September 2021`, `Sept 30, 2021`, `30 September 2021`, `last September` (2021), `this June`,
 *   `end of 2021`, `end of last year`, `early 2023` → the same readings as their Chinese forms.
 */
import { APPLICATION_YEAR, RELATIVE_YEARS } from './guide-year.ts';
import { err, ok, type Result } from './result.ts';
import { normalize } from './text.ts';

export { APPLICATION_YEAR };

/** Options for reading a date. */
export interface DateOptions {
  /** The year that 今年 means (default: the guide's application year). */
  readonly thisYear?: number;
}

const CN_DIGITS: Readonly<Record<string, string>> = {
  零: '0',
  〇: '0',
  o: '0',
  一: '1',
  二: '2',
  两: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

/** A year as typed: 21 is 2021. */
const fullYear = (y: string): number => (y.length === 2 ? 2000 + Number(y) : Number(y));

/** Chinese numbers up to 31 (九, 十二, 三十, 二十一) and year digits (二〇二一) to Arabic. */
function arabicize(s: string): string {
  return s
    .replace(/[一二三四五六七八九]?十[一二三四五六七八九]?/gu, (m) => {
      const [tens, ones] = m.split('十') as [string, string];
      return String(Number(CN_DIGITS[tens] ?? (tens === '' ? '1' : '0')) * 10 + Number(CN_DIGITS[ones] ?? '0'));
    })
    .replace(/[零〇一二两三四五六七八九]/gu, (c) => CN_DIGITS[c] ?? c);
}

const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const pad = (n: number): string => String(n).padStart(2, '0');

function build(y: number, m: number, d: number | 'last'): Result<string> {
  if (y < 1950 || y > 2100) return err('out_of_range');
  if (m < 1 || m > 12) return err('invalid_date');
  const day = d === 'last' ? lastDay(y, m) : d;
  if (day < 1 || day > lastDay(y, m)) return err('invalid_date');
  return ok(`${y}-${pad(m)}-${pad(day)}`);
}

/** A date reading, saying whether the day was chosen by the documented rule rather than typed. */
export interface DateReading {
  readonly date: string;
  readonly dayAssumed: boolean;
}

/** Reads a date answer as `YYYY-MM-DD`. */
export function parseDate(text: string, options: DateOptions = {}): Result<string> {
  const r = parseDateReading(text, options);
  return r.ok ? ok(r.value.date) : r;
}

/** Reads a date answer and says whether its day was assumed (a month, 年底, 月初 …). */
export function parseDateReading(text: string, options: DateOptions = {}): Result<DateReading> {
  // 去年国庆节那天 / 2021年元旦: a holiday on a fixed day of its year is that day; 国庆前 / 国庆左右 is not a day.
  const holiday = /^(.*?年)?(国庆节?|元旦)(那天|当天|当日|那一天)?(开的工|开工|完工|完成|的)?$/u.exec(
    normalize(text).replace(/\s+/g, ''),
  );
  if (holiday?.[1]) {
    const day = holiday[2]?.startsWith('国庆') ? '10月1日' : '1月1日';
    const r = readDate(`${holiday[1]}${day}`, options);
    return r.ok ? ok({ date: r.value, dayAssumed: false }) : r;
  }
  const r = readDate(text, options);
  if (!r.ok) return r;
  // A day typed, or named by 底/末/初 (2023年6月底, 2021年底): only a bare month has its day assumed.
  const typedDay =
    /\d{8}|[./-]\d{1,2}[./-]\d{1,2}|月\d{1,2}(日|号)?$|月(底|末|初)$|年(底|末)$|季度?(底|末|结束)$|endof(?:the)?(?:q[1-4]|(?:first|second|third|fourth)quarter)/iu.test(
      arabicize(normalize(text)).replace(/\s+/g, ''),
    ) || EN_DAY.test(normalize(text));
  return ok({ date: r.value, dayAssumed: !typedDay });
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sept|sep|oct|nov|dec)[a-z]*\\.?';
// 18 August 2021, August 18, 2021, the 18th of August: a day typed in English.
const EN_DAY = new RegExp(
  `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?!\\d)`,
  'u',
);

const EN_YEAR: Readonly<Record<string, number>> = { 'last year': -1, 'this year': 0, 'next year': 1 };

/** The month an English month word names (aug, August, sept → 8, 8, 9); 0 for none. */
export const monthOf = (m: string) => MONTHS[m.slice(0, m.startsWith('sept') ? 4 : 3)] ?? 0;
/** An English month as a whole word, in its short or full form (jan, january, june, sept, september). */
export const EN_MONTH_WORD =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const EN_YEAR_WORD = '(\\d{4}|last year|this year|next year)';

/** English date forms, built once: each pattern with its Chinese form; `year` reads a year word against this year. */
const EN_DATE_RULES: readonly [RegExp, (m: RegExpExecArray, year: (y: string) => number) => string][] = [
  // March 15th, 2021 / March 15th last year
  [
    new RegExp(`^(?:on\\s+)?${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${EN_YEAR_WORD}$`, 'u'),
    (m, year) => `${year(m[3] as string)}年${monthOf(m[1] as string)}月${m[2]}日`,
  ],
  [
    new RegExp(`^(?:on\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+${EN_YEAR_WORD}$`, 'u'),
    (m, year) => `${year(m[3] as string)}年${monthOf(m[2] as string)}月${m[1]}日`,
  ],
  [
    new RegExp(`^(?:in\\s+)?(end of|late|early|beginning of|start of|mid)[-\\s]+${MONTH},?\\s*${EN_YEAR_WORD}?$`, 'u'),
    (m, year) =>
      `${year(m[3] ?? 'this year')}年${monthOf(m[2] as string)}月${/end|late/.test(m[1] as string) ? '底' : /mid/.test(m[1] as string) ? '中' : '初'}`,
  ],
  [
    new RegExp(`^(?:in\\s+)?${MONTH},?\\s+${EN_YEAR_WORD}$`, 'u'),
    (m, year) => `${year(m[2] as string)}年${monthOf(m[1] as string)}月`,
  ],
  // 2023 May / 2023 May 31: the year first.
  [
    new RegExp(`^(?:in\\s+)?(\\d{4}),?\\s+${MONTH}(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?$`, 'u'),
    (m, year) => `${year(m[1] as string)}年${monthOf(m[2] as string)}月${m[3] ? `${m[3]}日` : ''}`,
  ],
  [
    new RegExp(`^(?:in\\s+)?(last|this|next)\\s+${MONTH}$`, 'u'),
    (m, year) => `${year(`${m[1]} year`)}年${monthOf(m[2] as string)}月`,
  ],
  [
    new RegExp(
      `^(?:at\\s+|by\\s+|in\\s+)?(?:the\\s+)?(end of|late|early|beginning of|start of)\\s+${EN_YEAR_WORD}$`,
      'u',
    ),
    (m, year) => `${year(m[2] as string)}年${/end|late/.test(m[1] as string) ? '底' : '初'}`,
  ],
  [new RegExp(`^(?:in\\s+)?${EN_YEAR_WORD}$`, 'u'), (m, year) => `${year(m[1] as string)}年`],
  // end of Q3 2023 / end of the third quarter of 2023: a quarter's end, its last day (Q3 alone names no day: asked).
  [
    new RegExp(`^(?:in\\s+|by\\s+)?(?:the\\s+)?end\\s+of\\s+q([1-4]),?\\s*(?:of\\s+)?${EN_YEAR_WORD}$`, 'u'),
    (m, year) => `${year(m[2] as string)}年${m[1]}季度末`,
  ],
  [
    new RegExp(
      `^(?:in\\s+|by\\s+)?(?:the\\s+)?end\\s+of\\s+(?:the\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter,?\\s+(?:of\\s+)?${EN_YEAR_WORD}$`,
      'u',
    ),
    (m, year) => `${year(m[2] as string)}年${QUARTER_WORDS[m[1] as string]}季度末`,
  ],
];

const QUARTER_WORDS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};

/** English dates → the Chinese form the reader below knows (`2021年9月30日`, `2021年底`). */
function fromEnglish(s: string, thisYear: number): string {
  const year = (y: string) => (/^\d{4}$/.test(y) ? Number(y) : thisYear + (EN_YEAR[y] ?? 0));
  const t = s.replace(/^(it was|it will be|around|about|roughly|probably|we finished|finished|completed|done)\s+/u, '');
  for (const [re, to] of EN_DATE_RULES) {
    const m = re.exec(t);
    if (m) return to(m, year);
  }
  return s;
}

/** Days people name by their holiday (前年国庆, 去年五一). */
const HOLIDAYS: Readonly<Record<string, string>> = {
  国庆节: '10月1日',
  国庆: '10月1日',
  五一: '5月1日',
  劳动节: '5月1日',
  元旦: '1月1日',
};

/** What `fromNumeric` gives for a day/month order it cannot tell (03/09/2021). */
const AMBIGUOUS_DAY_MONTH = '\u0000';

/**
 * Numeric forms: 12/2021 (month/year), 3/15/2021 or 15/3/2021 (day and month in the order a figure over 12
 * shows), 22.3.31 (yy.m.d).
 */
function fromNumeric(s: string): string {
  const my = /^(\d{1,2})\/(\d{4})$/u.exec(s);
  if (my) return `${my[2]}年${Number(my[1])}月`;
  const mdy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/u.exec(s);
  if (mdy) {
    const [a, b] = [Number(mdy[1]), Number(mdy[2])];
    // 03/09/2021 is 9 March in the US and 3 September in Britain: asked. 15/09/2021 has one reading.
    if (a <= 12 && b <= 12 && a !== b) return AMBIGUOUS_DAY_MONTH;
    return a > 12 ? `${mdy[3]}年${b}月${a}日` : `${mdy[3]}年${a}月${b}日`;
  }
  const ymd = /^(\d{2})\.(\d{1,2})\.(\d{1,2})$/u.exec(s);
  if (ymd) return `20${ymd[1]}年${Number(ymd[2])}月${Number(ymd[3])}日`;
  // 21.10 / 21/10: a two-digit year of the guide's years and a month.
  const ym = /^(1[5-9]|2\d)[./](\d{1,2})$/u.exec(s);
  if (ym && Number(ym[2]) >= 1 && Number(ym[2]) <= 12) return `20${ym[1]}年${Number(ym[2])}月`;
  return s;
}

function readDate(text: string, options: DateOptions): Result<string> {
  const thisYear = options.thisYear ?? APPLICATION_YEAR;
  let s = fromNumeric(
    fromEnglish(
      normalize(text)
        .replace(/\s+/g, ' ')
        .replace(/\byrs?\b/gu, 'year')
        // Oct '21: an apostrophe year.
        .replace(/['’‘](\d{2})\b/gu, '20$1'),
      thisYear,
    ).replace(/\s+/g, ''),
  );
  if (s === AMBIGUOUS_DAY_MONTH) return err('ambiguous');
  for (const [day, date] of Object.entries(HOLIDAYS)) s = s.replace(new RegExp(`(年)?${day}(节)?$`, 'u'), `年${date}`);
  for (const [word, offset] of Object.entries(RELATIVE_YEARS)) s = s.replace(word, `${thisYear + offset}年`);
  s = arabicize(s)
    .replace(/左右|大概|大约|约|前后|份|的/gu, '')
    .replace(/年年/gu, '年');

  // 20210930
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (compact) return build(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  // 2021.9.30 / 2021/09/30 / 2021-9-30 / 2021.9
  const sep = /^(\d{4})[./-](\d{1,2})(?:[./-](\d{1,2}))?$/.exec(s);
  if (sep) return build(Number(sep[1]), Number(sep[2]), sep[3] ? Number(sep[3]) : 'last');
  // 2023年三季度末 / 23年第3季度末: a quarter's end is its last day (2022年第三季度 alone names no day, 一季度初 neither:
  // asked).
  // (三季度 is already 3季度: arabicize ran above.)
  const quarter = /^(\d{2}|\d{4})年第?([1-4])季度?(?:末|底|结束)$/u.exec(s);
  if (quarter) return build(fullYear(quarter[1] as string), Number(quarter[2]) * 3, 'last');
  // 2021年9月30日 / 21年9月 / 2021年底 / 2021年9月底
  const cn = /^(\d{2}|\d{4})年(?:(\d{1,2})月(?:(\d{1,2})[日号]?|(底|末|初|中旬|中|下旬|上旬))?|(底|末|初))?$/.exec(s);
  if (cn) {
    const y = fullYear(cn[1] as string);
    // 年底 is the year's last day (a deadline reading); 年初 is too vague to place in a window: asked.
    if (cn[5] !== undefined) return cn[5] === '初' ? err('invalid_date') : build(y, 12, 31);
    if (cn[2] === undefined) return err('invalid_date');
    const m = Number(cn[2]);
    if (cn[3] !== undefined) return build(y, m, Number(cn[3]));
    const part = cn[4];
    if (part === '初') return build(y, m, 1);
    // 上旬/中旬/下旬/月中 name ten days, not a day: asked (a month alone is read as its last day, see above).
    if (part === '中' || part === '中旬' || part === '上旬' || part === '下旬') return err('invalid_date');
    return build(y, m, 'last');
  }
  if (/\d/.test(s)) return err('invalid_date');
  return err('no_match');
}
