/**
 * Facts from free text: every amount, date, percentage, count and duration a message states, each
 * bound to the fact its context word names (总投资四千万 → total_investment 4000, 银行贷了两千五 →
 * fixed_asset_loan 2500, 去年底完工 → completion_date 2021-12-31), plus places (in_jiangsu; a bank's
 * place → loan_from_jiangsu_bank), the applicant kind, phrases that state a yes/no fact (规上, 没贷款,
 * 设备还没买), the stage, recognitions mentioned and the program families named (focus). Pure.
 *
 * Readings that are not sure are never facts: a figure no context word names is `unbound` (the engine
 * gives it to the pending question when that asks for such a figure, and asks otherwise); a figure
 * named by a word no fact takes (产值, 授信, 含税), a bound (不到两千万), a range (三四千万, 30 to 40
 * million) and a foreign currency are `unclear`; one fact stated two ways is a `conflict`.
 */
import { escapeRegExp } from '../../knowledge/text.ts';
import { END_OF_2021 } from '../../rules/derive.ts';
import { FACT_BY_KEY, type FactKey } from '../../rules/facts.ts';
import type { FactValue } from '../../rules/types.ts';
import { CURRENCY_CODES, CURRENCY_NAMES, parseAmountReading } from '../parse/amount.ts';
import { ASKED_BACK, CERT_YEARS, DENIED_BEFORE_NAME, TURNED_DOWN } from '../parse/certifications.ts';
import { type ChoiceOption, parseChoice } from '../parse/choice.ts';
import { parseDateReading } from '../parse/date.ts';
import { parseNumeral } from '../parse/numeral.ts';
import { parsePercent } from '../parse/percent.ts';
import { parseQuantity } from '../parse/quantity.ts';
import { normalize } from '../parse/text.ts';

// Speaking for another (帮一家企业问, 代客户咨询, on behalf of a client): what was said before is the speaker's.
const SPEAKING_FOR =
  /(帮|替|代表|代)(?=[^，,。]{0,24}(问|咨询|了解|申报|看看|看下|看一下|整理|梳理|客户))|on behalf of|(asking|writing|enquiring) for (a|our) client/u;

// 我们咨询公司自己注册资本才200万，跟这个没关系哈: a sentence the writer says is beside the point is not read.
const BESIDE_THE_POINT =
  /(跟|和|与)(这个|此|项目|申报|这次)(事)?(没|没有|无|不)(啥|什么)?(关系|相关|关)|与此无关|不相关|无关紧要|不算我们的|不是我们(投|出)的|irrelevant|not relevant|unrelated|nothing to do with|not ours|not our (money|investment)/u;

// 注册资金不是要500万吗 / 不是说要400万以上吗 / isn't the minimum 5 million?: the guide's line asked back, no fact told.
const RULE_ASKED_BACK =
  /(?:不是|难道不)(?:说)?(?:要|需要|得|要求)[^，,。；;\s]{0,12}(?:吗|么|嘛)|\bisn'?t (?:the|it) (?:minimum|threshold|floor|requirement)\b[^?]*\?/gu;

function withoutBesideThePoint(s: string): string {
  return (
    s
      .replace(RULE_ASKED_BACK, (x) => '\u00a0'.repeat(x.length))
      // An English sentence ends at ". " too (…parent revenue not ours. nanjing company 2021 revenue is…).
      .split(/(?<=[。！!？?\n；;]|[a-z)]\.\s)/u)
      .filter((sentence) => !BESIDE_THE_POINT.test(sentence))
      .join('')
  );
}

/**
 * 规上不规上我不太清楚 / 算不算规上: a word said as its own question (X不X) states neither it nor its opposite: blanked
 * (same length, so offsets hold).
 */
function withoutEitherOr(s: string): string {
  return s.replace(/(\p{Script=Han}{2,4})不\1/gu, (x) => '\u00a0'.repeat(x.length));
}

// Count words that name no one fact's measure (events, 活动): said to a count question, they are its answer's unit.
const GENERAL_COUNT_CUES: ReadonlySet<string> = new Set(['events', '活动']);

// A day said right after a month-only date, before any other figure: "- the 28th", "，28号".
const DAY_AFTER =
  /^[^.。;；\d]{0,20}?\bthe (\d{1,2})(?:st|nd|rd|th)\b|^[，,\s]{0,3}(\d{1,2})(?:号|日)|^[，,\s]{1,3}(\d{1,2})(?:st|nd|rd|th)\b|^[,，]\s*(?:the\s+)?(?:registration|closing|completion|handover)\s+(?:was\s+)?(?:done|completed|finished|closed)\s+on\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b/u;

// Between two amounts, words that take the first back: " - sorry, ", "，不对，是", " no wait ".
const RETRACT =
  /^\s*(?:[-–—,，。]|\.{1,3}|…)?\s*(sorry|no,? sorry|sorry,? no|no wait|no,? wait|i mean|i meant|oops|不对|哦不对|(?:刚才|刚刚|我)?(?:说错了|打错了|写错了)|不是不是)[\s,，。.!！]*(是|应该是|it'?s|it is)?\s*$/u;

/** A year after the application's (2023 …): what is done then is still ahead (done by mid-2023, 预计2023年6月建成). */
export const YEAR_AHEAD = /(?<!\d)20(?:2[3-9]|3\d)(?!\d)/u;
/** Told as done already (建成了, 已完工, has been / was finished): no schedule, whatever year it names. */
export const TOLD_AS_DONE = /了|已|\b(?:has been|was|were)\b/u;

// The clause gives 2021's value of the fact just named: 2021年涨到, 去年, 21年是.
const YEAR_NEXT = /^(2021年?|21年|去年|上年)(是|为|有|涨到|降到|达到|增长到|增加到|升到|回到|到了|变成)?$/u;

/** Facts of the year before the application (2021): 上年度, 2021年 in their names. */
export const LAST_YEAR_FACT = /_2021$|last_year/u;
/** A figure's context said for 2021 (去年, 21年, last year)… */
export const saidForLastYear = (context: string): boolean =>
  /去年|2021|21年|上年|last year/u.test(context) && !saidForOtherYear(context);
/** …or for another year (前年, 今年, 2020). */
/**
 * A four-digit year: 2022 alone or 2022年, never a figure with its unit (2022万元 of taxes, 2020万).
 */
export const YEAR_NUMBER = String.raw`(?<![\d.,])20\d\d(?![\d,]|(?:\.\d+)?\s*(?:万|亿|元|千|百|块|[wW]\b|million|mn\b|m\b|k\b))`;
const OTHER_YEAR = new RegExp(
  String.raw`前年|今年|${YEAR_NUMBER.replace('20\\d\\d', '20(?:20|22)')}|(?<!\d)(20|22)年|year before last|this year`,
  'u',
);
export const saidForOtherYear = (context: string): boolean => OTHER_YEAR.test(context);

import { boundaries, type Cue, lexicon } from './lexicon.ts';

/** What a figure is. */
export type FigureKind = 'amount' | 'date' | 'percent' | 'count' | 'years';

/** A fact read from the text, with what was read and how. */
export interface Mention {
  readonly fact: FactKey;
  readonly value: FactValue;
  /** The words it was read from, for the echo. */
  readonly source: string;
  /** The figure was an estimate (三千来万): echoed as 约. */
  readonly approx?: boolean;
  /** The estimate was said to be at least the figure (2000万以上, over 20 million): it lies on one side of it. */
  readonly atLeastSaid?: boolean;
  /** A date's day was chosen by rule (a month only). */
  readonly dayAssumed?: boolean;
  /** An amount typed without its unit took 万 from the figures beside it (贷了两千五). */
  readonly unitInherited?: boolean;
  /** Stated in words, not as a figure (全资收购 → 100 %). */
  readonly phrase?: boolean;
  /** Said to have been only the plan (原来计划是10月底完工, 后来拖到12月10号): a later value for the fact wins. */
  readonly superseded?: boolean;
  /** The word that named its fact (主营, 营收): the fact's own word wins over a general one. */
  readonly cue?: string;
  /** The same figure read as another fact too (备案总投资 → the filed total): kept only where that one is recorded. */
  readonly twinOf?: FactKey;
}

/** A figure no context word ties to a fact. */
export interface Unbound {
  readonly kind: FigureKind;
  readonly value: number | string;
  readonly source: string;
  readonly approx?: boolean;
  readonly dayAssumed?: boolean;
  /** A bare number whose unit is not said (两千五 with no 万 anywhere). */
  readonly unitMissing?: boolean;
  /** The words before it in its clause (去年是 of 去年是1.2个亿): which year or which part it is. */
  readonly context?: string;
}

/** Why a figure was not recorded. */
export type UnclearReason = 'foreign_currency' | 'qualified' | 'bound' | 'range' | 'ambiguous';

/** A figure that is not recordable as said, with the fact its context names (if any). */
export interface Unclear {
  readonly fact: FactKey | null;
  readonly source: string;
  readonly reason: UnclearReason;
}

/** Everything read from one message. */
export interface Extraction {
  readonly mentions: readonly Mention[];
  readonly unbound: readonly Unbound[];
  readonly unclear: readonly Unclear[];
  /** Facts stated in two ways that disagree: not recorded, asked. */
  readonly conflicts: readonly FactKey[];
  /** Figures read and deliberately set aside: a foreign amount beside its RMB value (600万美元，折合人民币3900万). */
  readonly setAside: readonly string[];
  /** Program families the message points to (focus group ids). */
  readonly focus: readonly string[];
  /** Recognitions mentioned (a partial list: confirmed when the recognitions question comes). */
  readonly certifications: readonly string[];
  /** Recognitions named only by a short name (小巨人): kept as mentions, never read as an answer. */
  readonly certMentions: readonly string[];
}

/** What is read besides figures; an answer to one question is not read for who the applicant is. */
export interface ExtractOptions {
  readonly stageOptions: readonly ChoiceOption[];
  readonly certOptions: readonly ChoiceOption[];
  /** Read the applicant kind (opening messages and the kind question). */
  readonly kinds?: boolean;
  /** Read the stage (opening messages and the stage and date questions). */
  readonly stage?: boolean;
  /** Read where the applicant is (opening messages and the in-Jiangsu question). */
  readonly places?: boolean;
  /** The question pending, whose own fact is always read. */
  readonly pending?: string | null;
}

interface Span {
  readonly start: number;
  readonly end: number;
}

interface Figure extends Span {
  readonly kind: FigureKind;
  readonly text: string;
}

type Located<T extends string> = Span & { readonly target: T; readonly word: string };

const NUM_CN = '零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟几';
// Arabic (3,500 / 0.35), Chinese (三千五), or the two mixed (3千5百).
const NUM = `(?:\\d+(?:[.,]\\d+)*(?:[千百][1-9]?)*|[${NUM_CN}]+(?:点[零一二两三四五六七八九]+)?)`;
const AMOUNT_CN = new RegExp(
  `(?:约|大约|大概|差不多|将近|接近)?${NUM}\\s*(?:个)?(?:多|来|余)?\\s*(?:千万|百万|万(?:零?[一二三四五六七八九][千百]?(?![${NUM_CN}\\d万亿]))?|亿(?:[${NUM_CN}\\d]+万?)?|kw|w(?![a-z])|元|块)(?:多|余)?(?:元|块钱|块)?(?:人民币)?(?:左右|上下)?`,
  'gu',
);
const AMOUNT_EN =
  /(?:rmb|cny|¥|￥|\$|usd|hk\$|eur|€|£)?\s*~?\d+(?:[.,]\d+)*\s*(?:million|mil|mln|mn|billion|bn|k\s*(?:wan\b|万)|wan|yi|e|m|k)(?:\b|(?<=万))\s*(?:yuan|rmb|cny|dollars?|usd|euros?)?|\d[\d,]*\s*(?:yuan|rmb|cny)\b(?!\s*[~\d])|(?:rmb|cny|¥|￥)\s*(?:\d{1,3}(?:,\d{3})+|\d{5,})(?:\.\d+)?(?![\d.,]*\s*(?:万|亿|千|(?:million|mil|mln|mn|billion|bn|k|m)\b))/gu;
const NAMES = CURRENCY_NAMES.join('|');
const CODES = CURRENCY_CODES.join('|');
// (新台币 after a figure: 台币 alone would not start there; 欧 alone is 欧元 unless 欧洲.)
const FOREIGN_AFTER = new RegExp(`^\\s*(${NAMES}|新台币|欧(?!洲)|dollars?|euros?|yen|${CODES})(?![a-z])`, 'u');
// A currency named elsewhere in the message (发票是欧元的，大概300万) makes its one figure foreign.
const FOREIGN_WORD = new RegExp(`${NAMES}|\\bdollars?\\b|\\beuros?\\b|\\b(?:${CODES})\\b`, 'u');
// (Inside a figure's own text, a prefix is enough: hk for hk$ and hkd.)
const FOREIGN_IN = /\$|usd|dollar|eur|€|£|hk|sgd|jpy|krw|gbp|twd|chf/u;
const FOREIGN_BEFORE = new RegExp(`(${CODES}|€|£|hk\\$|s\\$|nt\\$|\\$)\\s*$`, 'u');
const DATE_CN =
  /(?<![\d.]|\d,)(?:(?:(?:19|20)\d{2}|\d{2}|[〇零一二三四五六七八九]{4}|去年|前年|今年|明年|后年)年?(?:[0-9一二三四五六七八九十]{1,2}月(?:份)?(?:[0-9一二三四五六七八九十]{1,3}[日号]?|底|末|初|中旬|上旬|下旬)?|底|末|初)|(?:19|20)\d{2}[./-]\d{1,2}(?:[./-]\d{1,2})?(?![\d万亿元wk]|\.\d)|(?<![\d.])[12]\d\.\d{1,2}\.\d{1,2}(?![\d万亿元wk.%])|(?<![\d/])\d{1,2}\/\d{1,2}\/(?:19|20)\d{2}(?![\d/]))/gu;
// A month and day with no year (后来拖到12月10号): the year of the date before it in the message, else not read.
const BARE_MONTH_DAY =
  /(?<![\d年月./-])(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月份?(?:[0-9一二三四五六七八九十]{1,3}[日号]|底|末|初|中旬|上旬|下旬)/gu;
// Words that make a date only the plan that a later one replaced.
const SUPERSEDED =
  /原来|原计划|原定|本来|起初|originally|initially|had planned|we planned to|was planned to|were planned to/u;
// 年底 with no year of its own takes the year of the date before it (去年3月开工，年底完工), else the application year.
const BARE_YEAR_END = /(?<![年\d])年(底|末)/gu;
const MONTH_EN = '(?:jan|feb|mar|apr|may|jun|jul|aug|sept|sep|oct|nov|dec)[a-z]*\\.?';
// A month as a whole word (2023 May): not the start of another word (declined, market, novel).
const MONTH_WORD =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\b\\.?';
const DATE_EN = new RegExp(
  `(?:last|this|next)\\s+${MONTH_EN}|${MONTH_EN}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:\\d{4}|(?:last|this|next) year)|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_EN},?\\s+(?:\\d{4}|(?:last|this|next) year)|(?:end of|late|early|beginning of|mid)[-\\s]+(?:${MONTH_EN}\\s*)?(?:\\d{4}|last year|this year|next year)|${MONTH_EN},?\\s+(?:\\d{4}|last year)|(?!may\\b)${MONTH_EN},?\\s+(?:this|next) year|\\b20[0-3]\\d\\s+${MONTH_WORD}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|(?!\\s+(?:be|have|has|not|need|also|still|get|apply|qualify|count|we|i|you|they|it)\\b))`,
  'gu',
);
/**
 * The figure of a part of the project whose question never says "total" (invested so far). (Not software or interest:
 * the total is 30m, to the software question, may be the software's total — asked, as before.)
 */
const PART_FIGURES: ReadonlySet<string> = new Set(['invested_by_2021_end']);

/**
 * the total is 30m, we've spent most of it already, to how much had been invested by the end of 2021 (tune-zt): "the
 * total" said as the subject names the project's total, where the question asks a part of it.
 */
function totalNamed(m: string, f: Span, pending: string | null | undefined): boolean {
  return (
    PART_FIGURES.has(pending ?? '') &&
    /\bthe total(?: project)?\s+(?:is|was|=|:|comes to|came to|is about|was about)\s*(?:about|around|roughly|approx\.?)?\s*$/u.test(
      m.slice(Math.max(0, f.start - 40), f.start),
    )
  );
}

/** Chinese digits in order (index = value). */
const CN_DIGITS = '零一二三四五六七八九';
const PERCENT = new RegExp(
  `(?:-|负|下降|减少|降低|增长|增加)?\\s*(?:百分之${NUM}|${NUM}\\s*(?:%|％|个百分点|个半点|个多点|个点(?:[零一二三四五六七八九\\d]{1,2}(?![\\d万亿千百年月]))?|percent\\b))|百分之${NUM}|${NUM}\\s*(?:%|％|个百分点|percent\\b)|[一二两三四五六七八九\\d]成[半一二三四五六七八九]?(?![${NUM_CN}])`,
  'gu',
);
const COUNT = new RegExp(
  `${NUM}几?\\s*(?:多|来|余)?\\s*(?:家|个人|人次|人(?!民)|名|场|次|个班|个(?!月)|班)(?!都没|也没|都不)`,
  'gu',
);
// 一万两千人次, 1.2万人: a count in 万 is no amount of money.
const COUNT_WAN = new RegExp(
  `${NUM}\\s*万\\s*(?:零?[一二两三四五六七八九][千百]?)?\\s*(?:多|来|余)?\\s*(?=人次|人(?!民)|名|家|场)(?:人次|人|名|家|场)`,
  'gu',
);
// English counts name their thing after the figure (1,000 trainees, 130 SMEs, 12 full-time staff, 6 promotion events,
// 12 free events).
const COUNT_EN =
  /(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d{1,6})(?![\d.%])(?=\s*\+?\s*(?:(?:offline|full[- ]time|service|promotion|promotional|public|public-service|more|identifier|application|free|public-welfare|training)\s+){0,2}(?:trainees|enterprises|companies|firms|smes|staff|people|employees|events|cities|members|sessions|participants)\b)/gu;
const YEARS = new RegExp(
  `(?<![\\d.])(?!(?:19|20)\\d{2}年)${NUM}\\s*(?:年期|年半|个?月|年|[-\\s]years?\\b|[-\\s]yrs?\\b|\\s*months?\\b)(?![月底末初份度内前后])`,
  'gu',
);
// Before a duration: 运营了12年, 已经3年 (without one, 19年批的 is the year 2019).
const DURATION_BEFORE = /(了|有|已经|已|共|满|超过|近|将近|期限|期|for|over|about)\s*$/u;
const EN_UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const EN_NUMBER = new RegExp(
  `\\b(?:(${EN_TENS.slice(2).join('|')})(?:[-\\s](${EN_UNITS.slice(1, 10).join('|')}))?|(${EN_UNITS.join('|')}))(?:\\s+(hundred))?\\b`,
  'gu',
);

/** English number words as digits: `ninety-five percent` → `95 percent`, `fifteen` → `15`. */
export function englishNumbers(text: string): string {
  return (
    // one of our staff left, one more thing: no figure.
    englishNumbersOnly(
      text
        .replace(/\ba hundred\b/giu, 'one hundred')
        .replace(/\bone (of|more thing|thing|day|time|point)\b/giu, 'a $1'),
    )
      // one hundred and forty → 140
      .replace(/\b([1-9])00 and ([1-9]\d?)\b/gu, (_w, h: string, rest: string) =>
        String(Number(h) * 100 + Number(rest)),
      )
      // incl. 13% VAT / 含13%增值税: the rate names the tax, it is no figure of the project.
      .replace(/\b(incl\.?|including|inc\.?|excl\.?|excluding)\s+\d+(?:\.\d+)?\s*%\s+(vat|tax)\b/gu, '$1 $2')
      .replace(/(不?含)\s*\d+(?:\.\d+)?\s*%\s*的?(增值税|税)/gu, '$1$2')
      // milion, millon, mllion, bilion: typed fast, still the scale word (35 milion is not 35万).
      .replace(/\b(\d+(?:\.\d+)?\s*)(?:mil+i?on|mil+on|mlli?on|milli?o|millon)s?\b/gu, '$1million')
      .replace(/\b(\d+(?:\.\d+)?\s*)(?:bil+i?on|bil+on|blli?on|billon)s?\b/gu, '$1billion')
      // three point eight five → 3.85
      .replace(
        /\b(\d+) point ((?:\d\b ?)+)/gu,
        (_w, whole: string, digits: string) => `${whole}.${digits.replace(/\s+/g, '')} `,
      )
      // four and a half million → 4.5 million; two and a half years → 2.5 years
      .replace(
        /\b(\d+) and a half (million|billion|thousand|percent|years?|months?)\b/gu,
        (_w, whole: string, unit: string) => `${whole}.5 ${unit}`,
      )
      // 1 year and half, a year and a half → 1.5 years
      .replace(
        /\b(\d+|an?) (years?|months?) and (?:a )?half\b/gu,
        (_w, n: string, unit: string) => `${/^\d/u.test(n) ? n : '1'}.5 ${unit}`,
      )
      // half a million → 0.5 million
      .replace(/\bhalf a (million|billion)\b/gu, '0.5 $1')
      // one thousand trainees → 1000 trainees; a thousand with its currency (two thousand yuan) is left to the amount.
      .replace(
        /\b(\d{1,3}) thousand(?: (?:and )?(\d{1,3}))?\b(?!\s*(?:yuan|rmb|usd|dollars?|euros?|eur|元))/gu,
        (_w, thousands: string, rest: string | undefined) => String(Number(thousands) * 1000 + Number(rest ?? 0)),
      )
      // march twenty twenty-three → march 2023: a year said as two numbers after a month.
      .replace(
        /\b((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?)20 (\d{2})\b/giu,
        '$120$2',
      )
  );
}

function englishNumbersOnly(text: string): string {
  return text.replace(
    EN_NUMBER,
    (
      _w,
      tens: string | undefined,
      unit: string | undefined,
      small: string | undefined,
      hundred: string | undefined,
    ) => {
      const n = tens
        ? EN_TENS.indexOf(tens) * 10 + (unit ? EN_UNITS.indexOf(unit) : 0)
        : EN_UNITS.indexOf(small ?? 'zero');
      return String(hundred ? n * 100 : n);
    },
  );
}
// A bare number after an amount cue (贷了两千五, 营收8000): its unit is asked or taken from the figures beside it.
const BARE_AFTER_CUE = new RegExp(
  // Not a year of a list of years (负增长 20 21年涨了: 20 is 2020).
  // (A Chinese figure is no year: 总投资两千八 21年10月开工.)
  // (软件这块450 — play-test 57 —: the part's word then 这块 before the figure.)
  `^\\s*(?:这块|那块|这一块|这部分|那部分|方面)?\\s*(?:倒是|倒|也就)?(?:了|是|为|有|还是|仍是|仍然是|也是|约|大约|大概|才|只有|就|付了|出了|给了|用了|花了|:|：|was|is|of|at|=)?\\s*(${NUM})(?!(?<=\\d)[\\s、,，]*\\d{1,4}\\s*年)(?!\\s+[千百万亿kKwWmM])(?=\\s*(?:左右|上下|多|来|整|出头)?(?:[\\s，,。；;!！?？]|\\.(?!\\d)|$))`,
  'u',
);

// After a bare figure, words that take it back and the bare figure said instead: "，哦不对是两千三".
const RETAKEN_BARE = new RegExp(
  `^\\s*[,，。]?\\s*(?:哦|噢)?(?:不对|(?:刚才|刚刚|我)?(?:说错了|打错了|写错了)|不是不是)(?:不对)?[\\s,，。]*(?:应该是|是)?\\s*(${NUM})(?=\\s*整?(?:[\\s，,。；;!！?？]|$))`,
  'u',
);
const CLAUSE_BREAK = /[，,。；;！!？?\n、]/u;
const NEGATION_BEFORE =
  /(不是|不属于|不算|不到|不够|没到|达不到|还没有|还没|没有|没|尚未|还未|未|并非|(?<!民)非|not|no|haven't|hasn't|didn't|not an?|not the|not from(?: an?| the)?|not in(?: an?| the)?)\s*$/u;

// Facts about who the applicant is: read from opening messages and the questions about them, not from
// words said in passing (the smart factory list, a plant in Wuxi).
const APPLICANT_FACTS = new Set(['industrial']);

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Figures in the text, the longest reading first where two would overlap. */
function findFigures(s: string): Figure[] {
  const found: Figure[] = [];
  const take = (re: RegExp, kind: FigureKind) => {
    for (const m of s.matchAll(re)) {
      const start = m.index ?? 0;
      const span = { start, end: start + m[0].length };
      if (m[0].trim() === '' || found.some((f) => overlaps(f, span))) continue;
      // 展会＋论坛 两块都有 / 两个都是: both of the things named, no figure (两块 is no 2 yuan).
      if (/^[两俩](?:块|样|项|边)$/u.test(m[0].trim()) && /^\s*(?:都|全)/u.test(s.slice(span.end))) continue;
      found.push({ ...span, kind, text: m[0].trim() });
    }
  };
  take(DATE_EN, 'date');
  take(DATE_CN, 'date');
  take(BARE_YEAR_END, 'date');
  take(BARE_MONTH_DAY, 'date');
  take(PERCENT, 'percent');
  take(COUNT_WAN, 'count');
  take(AMOUNT_EN, 'amount');
  take(AMOUNT_CN, 'amount');
  take(YEARS, 'years');
  take(COUNT, 'count');
  take(COUNT_EN, 'count');
  return found.sort((a, b) => a.start - b.start);
}

// What follows a body's name when the speaker is a body under it (下面的平台公司, 下属的单位, 的子公司) — not 下面有20个人.
// (The words after the body, shared with the answer's check in index.ts, BODY_UNDER.)
export const UNDER_A_BODY = '(?:下面|下属|旗下|底下|名下)的[^，,。；;]{0,6}(?:公司|单位|平台|机构)';
const UNDER_BODY = new RegExp(`^(?:的)?${UNDER_A_BODY}|^的?子公司`, 'u');

/** Where each cue word stands as a whole word (not inside a figure, a mask or a longer word). */
function locate<T extends string>(
  s: string,
  cuts: ReadonlySet<number>,
  list: readonly Cue<T>[],
  taken: readonly Span[],
  /**
   * `head`: the word may end a longer word (阀门厂, 规上企业 end with a kind of applicant); `start`: it may
   * begin one (苏州市, 江苏省 begin with a place).
   */
  mode: 'whole' | 'head' | 'start' = 'whole',
): Located<T>[] {
  const out: Located<T>[] = [];
  for (const { word, target } of list) {
    let at = s.indexOf(word);
    while (at >= 0) {
      const span = { start: at, end: at + word.length };
      const han = /\p{Script=Han}/u.test(word);
      const whole = han
        ? (mode === 'head' || cuts.has(span.start)) && (mode === 'start' || cuts.has(span.end))
        : !/[a-z0-9]/u.test(s[span.start - 1] ?? ' ') &&
          !/[a-z0-9]/u.test(s[span.end] ?? ' ') &&
          // (co-organise, co-operate is no "co", a company)
          !(word === 'co' && /^-[a-z]/u.test(s.slice(span.end, span.end + 2)));
      if (whole && !taken.some((t) => overlaps(t, span)) && !out.some((o) => overlaps(o, span))) {
        out.push({ ...span, target, word });
      }
      at = s.indexOf(word, at + 1);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const HAN = /\p{Script=Han}/u;

/** Whether offset `i` breaks clauses: punctuation, or a space between Chinese words (WeCom style). */
function breaksAt(s: string, i: number): boolean {
  const c = s[i] as string;
  // 1,000 / 35,000k: a thousands separator inside a figure is no break.
  if (c === ',' && /\d/u.test(s[i - 1] ?? '') && /^\d{3}(?!\d)/u.test(s.slice(i + 1, i + 5))) return false;
  if (CLAUSE_BREAK.test(c)) return true;
  // An English sentence's full stop (…the 2020 figure. For 2021 it was…), not a decimal point or "approx.".
  if (
    c === '.' &&
    // …is July 2021. The completion…: after a figure too, when a word follows the space.
    (/[a-z)]/u.test(s[i - 1] ?? '') || (/\d/u.test(s[i - 1] ?? '') && /^ +[a-z]/u.test(s.slice(i + 1, i + 4)))) &&
    s[i + 1] === ' ' &&
    !/(approx|ca|co|no|incl|excl)$/u.test(s.slice(Math.max(0, i - 6), i))
  )
    return true;
  if (c !== ' ') return false;
  let a = i - 1;
  while (a >= 0 && s[a] === ' ') a--;
  let b = i + 1;
  while (b < s.length && s[b] === ' ') b++;
  // A masked phrase (不含税 blanked to no-break spaces) was Han text: a space beside it still breaks.
  const han = (ch: string) => HAN.test(ch) || ch === '\u00a0';
  // 平台总投入八百万 21年底前已经投了两百万: a space after a whole amount ends its clause.
  // (Not before English: 2,260万 including VAT is one clause.)
  if (/[\d零〇一二两三四五六七八九十百千][万亿]元?$/u.test(s.slice(0, a + 1)) && /[\d\p{Script=Han}]/u.test(s[b] ?? ''))
    return true;
  // 满意度96% 平台投入含税530万, 总投资3kw 贷款…: a figure with its unit, then a space and Chinese, ends its clause too.
  if (/\d(?:\.\d+)?\s*(?:%|％|kw|w|k|元)$/iu.test(s.slice(0, a + 1)) && HAN.test(s[b] ?? '')) return true;
  // 总投入2500万是不含税的 21年底投了900万: a figure's statement closed by 的/了, then a space and a figure, is two.
  if (/\d\s*(?:万|亿|%|％)[^\d，,。；;]{0,8}[的了吧呢啊]$/u.test(s.slice(0, a + 1)) && /\d/u.test(s[b] ?? ''))
    return true;
  return han(s[a] ?? '') && han(s[b] ?? '');
}

/** The clause (between breaks) around an offset. */
function clauseOf(s: string, at: number): Span {
  let start = at;
  while (start > 0 && !breaksAt(s, start - 1)) start--;
  let end = at;
  while (end < s.length && !breaksAt(s, end)) end++;
  return { start, end };
}

/**
 * 设备发票金额1130万 是含税的 贷款利息96万 / 备案5000万 这个是含厂房的: a clause of its own right after the clause a
 * figure ends, holding no figure and a basis word (含税, 含土建…), qualifies that figure, however many the message has.
 */
function qualifiedAfter(s: string, f: Figure, figures: readonly Figure[]): boolean {
  const said = s.slice(clauseOf(s, f.start).start, f.start);
  // A filed total (备案总投资, 1.1.1.2's measure for the loan program) is what the filing says, civil works and all.
  if (/备案|filed|filing/u.test(said)) return false;
  // 纳税480万 含增值税: said of taxes paid, it is what they are made of, no other basis.
  if (/税|tax/u.test(said)) return false;
  const after = clauseAfter(s, f);
  if (!after) return false;
  const text = s.slice(after.start, after.end).trim();
  const qualifies = lexicon().singleFigureBlocks.some((w) => text.includes(w));
  // 5.2 million, but that includes VAT and 0.8 million for …: "that includes" points back at the figure before it.
  if (/^(?:but\s+|and\s+)?(?:that|which|this|it)\s+(?:includes?|including|contains?|is incl)/u.test(text))
    return qualifies;
  if (figures.some((g) => g.start >= after.start && g.start < after.end)) return false;
  // Only a qualifier said on its own (是含税的, 这个是含厂房的, that includes VAT), not a clause about something else.
  // (1.5亿 是含了企业自己投的: said to include something else.)
  if (/\p{Script=Han}/u.test(text))
    return (
      /^(?:这个?|那个?)?(?:都|也)?是?(?:含税|含增值税|含土建|包括土建|包含土建|含厂房|包括厂房|包含厂房)的$/u.test(
        text,
      ) || /^(?:这个?|那个?)?(?:都|也)?是?(?:含了|包含了|包括了|算上了|加上了)/u.test(text)
    );
  return text.length <= 36 && qualifies;
}

/**
 * 贷款打算贷2500w左右 / 准备贷款2500万 (tune-zza: recorded as the loan): a loan only planned is no fixed-asset loan taken
 * (1.1.1's interest is on one drawn) — asked.
 */
function plannedLoan(m: string, f: Span, fact: string | null | undefined): boolean {
  return (
    fact === 'fixed_asset_loan' &&
    /(?:打算|准备|计划|拟|想要?|将要?|预计)[^，,。；;\d]{0,4}(?:申请)?(?:贷|放款)|\b(?:plan|planning|intend|going|hope) to (?:borrow|take)\b/u.test(
      m.slice(clauseOf(m, f.start).start, f.start),
    ) &&
    // (计划贷款3000万，已经放款了: planned once, drawn now.)
    !/已经?放款|放款了|已到账|到账了|已经贷|贷下来了|放下来了|实际(?:放|贷|到账)|\b(?:drawn|disbursed|received)\b/u.test(
      m,
    )
  );
}

/**
 * 设备款付了1400万，还有些软件款没算进去: the clause right after a figure says a part was left out of it, so it is not
 * the whole asked. Read on the text before denials are masked (`s`, same positions).
 */
function partLeftOut(s: string, f: Span): boolean {
  const after = clauseAfter(s, f);
  if (!after) return false;
  const nextClause = s.slice(after.start, after.end);
  // 总共120万 土建那块没拆出来: civil works or tax not taken out of it, so the figure is on another basis.
  if (/(?:土建|税|厂房|房屋|基建)[^，,。；;]{0,6}(?:没|未|还没|没有)(?:拆|分|扣|剔|减|刨)/u.test(nextClause))
    return true;
  // 土建那部分没算进去: what the guide's measure leaves out anyway (civil works, tax) makes the figure no part.
  return saysPartLeftOut(nextClause);
}

/**
 * 还有些软件款没算进去 / 云那块还没统计: words saying a part was left out of the figure before them. What the guide's
 * measure leaves out anyway (土建那部分没算进去: civil works, tax) makes the figure no part.
 */
const saysPartLeftOut = (words: string): boolean =>
  // (今年的还没统计 is another period not yet counted, no part of the figure.)
  !/土建|税|厂房|房屋|基建|装修|今年|明年|前年|现在|目前|22年|2022/u.test(words) &&
  /^(?:还有|另外|但|但是|不过)?(?:些|一些|部分|一部分)?\p{Script=Han}{1,8}?(?:没|未|还没|没有)(?:算|计|包括|含|统计)(?:进去|进来|在内|上)?$/u.test(
    words.trim(),
  );

/**
 * 总收入500万 集群服务那块没单独算: the clause after the figure says a part was not taken out of it, so the figure is
 * of the whole — not of the part asked (an answer to the pending question, or words of no fact), though it may still
 * be what its own words name (总投资1.5亿 研发那块还没拆出来 is the total investment).
 */
function wholeOfAskedPart(s: string, f: Figure): boolean {
  const after = clauseAfter(s, f);
  if (!after) return false;
  const next = s.slice(after.start, after.end).trim();
  // (土建那块没算: civil works or tax left out is the guide's own measure, read by partLeftOut.)
  if (/^(?:土建|税|厂房|房屋|基建|装修)/u.test(next)) return false;
  return /^\p{Script=Han}{1,8}?(?:那块|那部分|这块|这部分)(?:还)?(?:没|未|没有)(?:单独|分开|另外)?(?:算|计|统计|拆|分)/u.test(
    next,
  );
}

/** The clause right after a figure that ends its own clause (1400万，还有些软件款没算进去), if there is one. */
function clauseAfter(s: string, f: Span): Span | undefined {
  const own = clauseOf(s, f.start);
  if (!/^[\s的元整左右]*$/u.test(s.slice(f.end, own.end))) return undefined;
  let next = own.end;
  while (next < s.length && breaksAt(s, next)) next++;
  return next < s.length ? clauseOf(s, next) : undefined;
}

/** The text of the clause holding position `at`. */
function clauseText(s: string, at: number): string {
  const c = clauseOf(s, at);
  return s.slice(c.start, c.end);
}

/** Whether the clause holding position `at` is hedged (好像, 可能 …): what it says is no fact. */
const hedgedAt = (s: string, at: number): boolean => {
  const text = clauseText(s, at);
  return lexicon().hedges.some((w) => text.includes(w));
};

/** The bare number right after a cue (贷了两千五, 利率4.2) and where it starts; a year (revenue 2021 …) is none. */
function bareNumberAfter(s: string, cue: Span): { numText: string; start: number } | undefined {
  const bare = BARE_AFTER_CUE.exec(s.slice(cue.end));
  const numText = bare?.[1];
  if (!bare || numText === undefined || /^(19[89]\d|20[0-3]\d)$/u.test(numText)) return undefined;
  return { numText, start: cue.end + (bare.index ?? 0) + bare[0].length - numText.length };
}

/** A bare number after a share's word and an average's (研发投入占比平均4.5), as `bareNumberAfter` gives it. */
function averagedAfter(s: string, cue: Span): { numText: string; start: number } | undefined {
  const found =
    /^\s*(?:平均|年均|三年平均|是|为|大概|约|大约|差不多|:|：)+\s*(\d+(?:\.\d+)?)(?![\d.%％]|\s*(?:万|亿|元|年|月|个|人|家|倍))/u.exec(
      s.slice(cue.end),
    );
  const numText = found?.[1];
  if (!found || numText === undefined) return undefined;
  return { numText, start: cue.end + found[0].length - numText.length };
}

/** Whether a count's own unit (十二场, 900人, 300家) can be a fact counted in `unit` (人, 场, 家, 个). */
function unitFits(text: string, unit: string): boolean {
  const own = /(人次|个人|人|名|场|次|家|个班|班|个)\s*$/u.exec(text)?.[1];
  if (!own || unit === '') return true;
  if (unit === '个') return own === '个' || own === '个班' || own === '班';
  const people = ['人次', '个人', '人', '名'];
  // 专职人员12个: people are counted with 个 in speech too (not 人次, a count of attendances).
  if (unit === '人') return people.includes(own) || own === '个';
  if (unit === '人次') return people.includes(own);
  if (unit === '场' || unit === '次') return own === '场' || own === '次';
  if (unit === '家') return own === '家' || own === '个';
  return true;
}

/**
 * The words before a figure in its clause; when none (in 2021, 110 million yuan), the clause before it, which then
 * says what the figure is for.
 */
function contextOf(s: string, f: Span): string {
  const clause = clauseOf(s, f.start);
  const own = s.slice(clause.start, f.start);
  if (own.trim() !== '' || clause.start === 0) return own;
  return s.slice(clauseOf(s, clause.start - 1).start, f.start);
}

/**
 * The cue that names a figure: the nearest one in its clause with no other figure between. Chinese puts
 * a date's verb after it (去年底完工) and an amount's noun before it (总投资四千万), so on a tie a date
 * takes the cue after it and any other figure the one before.
 */
function bind<T extends string>(
  figure: Figure,
  cues: readonly Located<T>[],
  figures: readonly Figure[],
  s: string,
  prefer?: string | null,
): Located<T> | undefined {
  // The question pending is named in the clause (registration completed Nov 2021, asked the deal's date).
  if (prefer) {
    const own = nearest(
      figure,
      cues.filter((c) => c.target === prefer),
      figures,
      s,
    );
    // started in July 2021 and will complete by June 2024, to the completion question: another fact's word right
    // before the figure (started in) is its own, nearer than the pending fact's word after it.
    const weakWords = lexicon().weakCues;
    const other = nearest(
      figure,
      cues.filter((c) => c.target !== prefer && !weakWords.has(c.word)),
      figures,
      s,
    );
    const gap = (c: Located<T>) => (c.end <= figure.start ? figure.start - c.end : c.start - figure.end);
    if (own && !(other && other.end <= figure.start && own.start >= figure.end && gap(other) < gap(own))) return own;
  }
  // A specific word (研发投入) wins over a general one (项目, project) in the same clause.
  const weak = lexicon().weakCues;
  const strong = nearest(
    figure,
    cues.filter((c) => !weak.has(c.word)),
    figures,
    s,
  );
  const general = nearest(
    figure,
    cues.filter((c) => weak.has(c.word)),
    figures,
    s,
  );
  // 前年开的工 计划23年6月完成: a general verb right after a date is its own, over a start said apart before it
  // (a deal's word before it keeps the date: 收购 去年8月完成).
  if (
    figure.kind === 'date' &&
    general &&
    strong &&
    general.start === figure.end &&
    strong.end < figure.start &&
    String(strong.target) === 'start_date' &&
    // (开工手续21年6月完成: a start word with an object of its own — 手续, 备案, 准备 — is that object's, not the works'.)
    /^(?:了|的)?(?:\s|[，,。；;]|$)/u.test(s.slice(strong.end)) &&
    // (去年3月收购 今年1月完成工商变更: a verb with an object of its own finishes that object.)
    /^(?:了|的|吧|啦)?(?:\s|[，,。；;!！]|$)/u.test(s.slice(general.end))
  )
    return general;
  return strong ?? general;
}

// 实施期从2021年7月1日到2023年6月30日, running from Jan 2022 to Dec 2024: a period said with no verb of its own.
// (项目2022年1月到2024年12月, the project runs Jan 2022 to Dec 2024, project period: March 2021 - June 2023.)
// (实施期打算22年7月到24年6月: a plan word between the period and its dates.)
const PERIOD_FROM =
  /(从|自|期|周期|期为|期是|项目|from|runs?|running|period|timeline|schedule)\s*(?:打算|计划|预计|准备|大概|暂定)?\s*(?:是|为|从)?\s*[:：]?\s*$/u;
const PERIOD_TO = /^\s*(到|至|—|–|-|~|～|to|until|till|through)\s*$/u;
// A period of something other than the project (合作期, a loan's term, training, interest paid): not its dates.
const PERIOD_OF_OTHER =
  /合作|培训|利息|贷款|还款|质保|保修|期限|营收|收入|[一二三四]期|cooperat|training|interest|loan|repay|warranty|revenue|phase/u;

// Per class, per session: what follows counts one of them.
const PER_CLASS_BEFORE =
  /每(?:个)?(?:期|班|班次|场|次|批)(?:都|大概|约|差不多)?\s*$|\b(?:each|per|every)\s+(?:class|session|course|cohort|batch)\s*(?:of|has|with|is)?\s*$/u;
// A count of people said alone: (about) 50 trainees.
const BARE_PEOPLE_BEFORE = /^\s*(?:about|around|roughly|approx\.?|maybe|say|only|just|at least)?\s*$/iu;
const PEOPLE_NOUN = '(?:trainees|people|persons|students|participants|learners)';
const BARE_PEOPLE_AFTER = new RegExp(`^\\s*${PEOPLE_NOUN}?\\s*[.!]*\\s*$`, 'iu');
// 60 trainees each, 60 per class, 60人一个班: the size of a class said after the figure.
const PER_CLASS_AFTER = new RegExp(
  String.raw`^\s*(?:${PEOPLE_NOUN}\s+)?(?:each\b(?!\s+(?:class|session|course|cohort|batch|year|of)\b)|per\s+(?:class|session|course|cohort|batch)\b|an?\s+(?:class|session|course|cohort|batch)\b|in\s+(?:each|every)\s+(?:class|session|course)\b)|^(?:人|名)?(?:一个?(?:班|期))`,
  'u',
);

/**
 * The dates of a period said with no verb (从X到Y, X至Y after 实施期, from X to Y): the first is the project's
 * start, the last its completion. Used only for dates no cue word binds.
 */
function periodRoles(m: string, figures: readonly Figure[]): Map<Figure, FactKey> {
  const roles = new Map<Figure, FactKey>();
  const dates = figures.filter((f) => f.kind === 'date');
  for (const [i, a] of dates.entries()) {
    const b = dates[i + 1];
    if (!b || !PERIOD_TO.test(m.slice(a.end, b.start))) continue;
    const clause = clauseOf(m, a.start);
    if (!PERIOD_FROM.test(m.slice(clause.start, a.start))) continue;
    if (PERIOD_OF_OTHER.test(m.slice(clause.start, clauseOf(m, b.start).end))) continue;
    roles.set(a, 'start_date');
    roles.set(b, 'completion_date');
  }
  return roles;
}

const PER_YEAR = /^(每年|年均|一年|per year|a year|annually)$/u;
// What is done in a year, said right after 一年: 一年培训七八百人次, 一年下来营收两千万.
const PER_YEAR_AFTER =
  /^(?:下来|里|内)?(?:培训(?!经验|经历|班|了|[，,。；;\s]|$)|营收|收入|销售|产值|纳税|交税|缴税|卖|赚)/u;
const MORE_TO_COME = /^[^.;。；]{0,40}?\b(?:plan|planned|planning|will hold|to hold|another)\s+\d+\s+more\b/u;
// …we buy 65% of a Zhejiang competitor / bought 70% of: buying a share of a company is a deal.
const DEAL =
  /收购|并购|兼并|acquired|acquisition|\b(?:buy|buys|bought|buying|purchase|purchased)\s+(?:a\s+)?\d+(?:\.\d+)?\s*%|\btook over\b|\btakeover\b/u;
const PROJECT = /项目|技改|改造|总投资|备案|project|capex/u;
const SUM_BETWEEN = /一共|合计|总共|共计|加起来|总计|in total|altogether/u;
// Pauses typed as spaces in speech (营收 差不多 一个多亿): chunks of filler between a cue and its figure.
const FILLER_CHUNK =
  /^(?:差不多|大概|大约|约|就是|那个|然后|是|有|吧|呢|啊|嗯|这个|的话|应该|应该是|估计|左右|反正)+$/u;

/**
 * A cue ending the chunk before a figure's, across spaces typed for pauses and chunks of filler only
 * (去年营收 差不多 一个多亿); punctuation still ends a clause.
 */
function spokenBefore<T extends string>(
  figure: Figure,
  clause: Span,
  cues: readonly Located<T>[],
  figures: readonly Figure[],
  s: string,
): Located<T> | undefined {
  let end = clause.start;
  for (let hops = 0; hops < 3 && s[end - 1] === ' '; hops++) {
    let at = end - 1;
    while (at > 0 && s[at - 1] === ' ') at--;
    const chunk = clauseOf(s, at - 1);
    // A chunk with a figure of its own keeps its word (21年7月开工 今年6月底完工).
    if (figures.some((f) => f.start >= chunk.start && f.end <= chunk.end)) return undefined;
    // 建成投产了 去年9月: a date's verb may close its chunk with 了/的/过; an amount's noun ends its chunk.
    const tail = figure.kind === 'date' ? /^(了|的|过)?$/u : /^$/u;
    const cue = cues
      .filter((c) => c.start >= chunk.start && c.end <= chunk.end && tail.test(s.slice(c.end, chunk.end)))
      .at(-1);
    if (cue) return cue;
    if (!FILLER_CHUNK.test(s.slice(chunk.start, chunk.end))) return undefined;
    end = chunk.start;
  }
  return undefined;
}

const LINKED = /^(?:\s|\u00a0|是|为|了|有|约|共|达|计|[:：])*$/u;

function nearest<T extends string>(
  figure: Figure,
  cues: readonly Located<T>[],
  figures: readonly Figure[],
  s: string,
): Located<T> | undefined {
  const clause = clauseOf(s, figure.start);
  const between = (a: number, b: number) => figures.some((f) => f !== figure && f.start >= a && f.end <= b);
  // 设备加软件一共4200万: the figure is the sum of the things joined, not the last one's.
  // 技改加研发投了1100万: two things added (加, +) spend one figure between them, the last one's no more than the first's.
  const summed = (c: Located<T>) =>
    (/[加和与及+]\s*$/u.test(s.slice(clause.start, c.start)) && SUM_BETWEEN.test(s.slice(c.end, figure.start))) ||
    (/\p{Script=Han}\s*[加+]\s*$/u.test(s.slice(clause.start, c.start)) && c.end <= figure.start);
  const before = cues
    .filter((c) => c.end <= figure.start && c.start >= clause.start && !between(c.end, figure.start))
    .filter((c) => !summed(c))
    .at(-1);
  // A word right before another figure of the same kind is that figure's (投了三千来万贷了一千五百万: 贷了 is 1500's).
  // English names the thing after its figure (3bn registrations, 1.5bn resolutions): a word right after
  // the figure is its own, whatever follows the word.
  const ownEnglish = (c: Located<T>) => /^[a-z]/u.test(c.word) && c.start - figure.end <= 1;
  const claimed = (c: Located<T>) =>
    !ownEnglish(c) &&
    figure.kind !== 'date' &&
    figures.some((f) => f !== figure && f.kind === figure.kind && f.start >= c.end && f.start - c.end <= 1);
  // (Of two words starting at the same place, the longer: 3 million loan interest is the interest's, not the loan's.)
  const after = cues
    .filter((c) => c.start >= figure.end && c.end <= clause.end && !between(figure.end, c.start) && !claimed(c))
    .reduce<Located<T> | undefined>(
      (best, c) => (!best || c.start < best.start || (c.start === best.start && c.end > best.end) ? c : best),
      undefined,
    );
  const wordless =
    !cues.some((c) => c.start >= clause.start && c.end <= figure.start) &&
    !figures.some((f) => f !== figure && f.start >= clause.start && f.end <= figure.start);
  if (!before && !after && wordless) return spokenBefore(figure, clause, cues, figures, s);
  if (!before) return after;
  if (!after) return before;
  const gapBefore = figure.start - before.end;
  const gapAfter = after.start - figure.end;
  // An amount's noun comes before it, joined by a copula at most: 总投资是两千六百万左右贷款是一千八 — 2600 is the
  // investment's, though 贷款 touches it (speech typed with no punctuation).
  if (figure.kind !== 'date' && LINKED.test(s.slice(before.end, figure.start))) return before;
  // 工商变更去年9月就弄完了: a generic verb of finishing (弄完, 完成) after the date finishes the thing named right before it.
  if (
    figure.kind === 'date' &&
    gapBefore === 0 &&
    // (前年开的工 23年6月完成: what was started is not what is finished; the finish is the project's.)
    String(before.target) !== 'start_date' &&
    /^(?:弄完|搞完|做完|干完|完成|结束|办完|办好|弄好|搞定)$/u.test(after.word)
  )
    return before;
  if (gapAfter < gapBefore || (gapAfter === gapBefore && figure.kind === 'date')) return after;
  // A time comes before its verb in Chinese: 开始弄了去年九月份才算正式投产 — the date is the 投产's.
  if (figure.kind === 'date' && gapAfter <= 4) return after;
  return before;
}

// Words after a part that say it is not there yet (allParts): 还在定, 没有, 不全, still being drafted, pending.
const PART_NOT_YET =
  /还在|还没|没有|没办|没批|尚未|未定|正在|在办|在批|在写|在编|在做|在弄|在起草|在定|走流程|办理中|审批中|待定|待完善|不明确|不全|不太|一般|欠缺|缺|not yet|still|being (drafted|prepared|written)|pending|in progress|lacking|missing|weak/u;

/** Where each part of a fact of several parts is named in a message (-1: not named). */
function partsAt(m: string, parts: readonly (readonly string[])[]): number[] {
  return parts.map((words) => words.map((w) => m.indexOf(w)).find((i) => i >= 0) ?? -1);
}

/** Whether the part named at `i` is denied, hedged or not there yet (绩效目标还在定, targets still being drafted). */
function partOpen(m: string, i: number): boolean {
  // (环评能评不用做: a part not needed is not said to be there; whether the recommending unit's note covers it is asked.)
  return (
    negated(m, i) ||
    hedgedAt(m, i) ||
    PART_NOT_YET.test(m.slice(i, clauseOf(m, i).end)) ||
    NOT_NEEDED.test(m.slice(Math.max(0, i - 4), clauseOf(m, i).end))
  );
}

const negated = (s: string, at: number) => NEGATION_BEFORE.test(s.slice(Math.max(0, at - 14), at));

// 都有 资金也没问题 / all of them: every part said at once.
const ALL_OF_IT = /都有|都具备|都齐|都满足|都符合|都没问题|全都有|全有|齐全|\ball\b|\bboth\b|\bevery\b/u;
/**
 * An 都有 that covers the whole question: 齐了 / 手续都办齐了 / 备案环评能评都有. Where every part must be named
 * (`every`), 备案环评都有 covers the two named before it, not the third (备案手续都齐了 is the filing's own papers).
 */
function saysAllOfIt(m: string, parts: readonly (readonly string[])[], rule: 'every' | 'most'): boolean {
  const all = new RegExp(ALL_OF_IT.source, 'gu');
  for (const hit of m.matchAll(all)) {
    if (rule === 'most') return true;
    const clause = m.slice(commaClauseStart(m, hit.index), hit.index);
    const named = partsAt(clause, parts).filter((i) => i >= 0).length;
    if (named === 0 || named === parts.length) return true;
  }
  return false;
}

const NOT_NEEDED = /不需要|不用|无需|免于|免办|\bnot (?:required|needed|necessary)\b|\bno need\b|\bexempt/u;
const LEADING_YES = /^(?:有的?|是的?|对的?|具备|满足|yes|yeah|yep|sure)\s*[\s,，。.;；:：—–-]/u;

/**
 * Questions whose answer holds only when each of their parts does (allParts), and how much of them a yes must name:
 * the approvals are separate documents, each needed (`every`); for the others a yes naming most parts answers
 * (有专利，资金也没问题), one naming at most half of them is only part of the answer (有三个发明专利, 方案有).
 * (core_tech_direction's parts are cue words of one direction, not conditions.)
 */
const PARTS_A_YES_NAMES: Readonly<Partial<Record<FactKey, 'every' | 'most'>>> = {
  approvals_complete: 'every',
  has_plan_and_targets: 'most',
  xinchuang_zone_basis: 'most',
  cluster_org_basics: 'most',
  training_experience: 'most',
  own_ip: 'most',
  lab_roles_agreed: 'most',
  security_services_commitment: 'most',
};

/**
 * 备案手续都齐了, said beside another question or in a first message: the filing's papers, not the three approvals
 * (asked, as to the question). Read in the clause between commas (备案、环评、能评都齐了 names all three); Chinese only
 * (English names the parts too loosely: environmental and energy assessments completed is read as the whole by the
 * corpora); a message naming every part across its clauses (备案有了，环评能评都齐全) is whole.
 */
function namesOnlyPartOf(fact: FactKey, m: string, at: number): boolean {
  const clause = commaClause(m, at);
  if (!/\p{Script=Han}/u.test(clause) || !partlyTold(fact, clause, true)) return false;
  const named = partsAt(m, lexicon().askedParts.get(fact) ?? []);
  return !(named.every((i) => i >= 0) && !named.some((i) => partOpen(m, i)));
}

/** Where the text between the commas (or full stops) around an offset starts: 备案、环评、能评都齐了 is one. */
function commaClauseStart(m: string, at: number): number {
  return Math.max(...[...'，,。；;'].map((p) => m.lastIndexOf(p, at - 1))) + 1;
}

/** The text between the commas (or full stops) around an offset. */
function commaClause(m: string, at: number): string {
  const ends = [...'，,。；;'].map((p) => m.indexOf(p, at)).filter((i) => i >= 0);
  return m.slice(commaClauseStart(m, at), ends.length > 0 ? Math.min(...ends) : m.length);
}

/**
 * 备案和环评有了 / 有三个发明专利, to a question of several parts: some parts said to be there, the others not named.
 * Only part is told, so it is asked — never a yes for the whole. `said` is the yes/no read from the message, if any; a
 * part missing or still under way (环评没有, 绩效目标还在写) leaves the no as read.
 */
export function partlyTold(fact: FactKey, text: string, said: boolean | undefined): boolean {
  const rule = PARTS_A_YES_NAMES[fact];
  const parts = lexicon().askedParts.get(fact);
  if (!rule || !parts) return false;
  const m = normalize(text);
  const at = partsAt(m, parts);
  const there = at.filter((i) => i >= 0 && !partOpen(m, i)).length;
  if (
    there === 0 ||
    // (A part denied or still under way — 环评没有, 绩效目标还在写 — is not there now: the no stands.)
    at.some((i) => i >= 0 && partOpen(m, i)) ||
    saysAllOfIt(m, parts, rule) ||
    // 环评不需要 推荐单位出了说明 备案有: a part not needed is settled as the question allows; the message is whole.
    NOT_NEEDED.test(m) ||
    // 有 发明专利12项 / yes, several leading firms: a yes said first answers the whole; what follows is an example.
    LEADING_YES.test(m) ||
    // 都办了，环评是去年批的 / done, energy review passed in March: a first clause naming no part says yes to the whole.
    (said === true && partsAt(m.split(/[，,。；;]|(?<=\p{Script=Han})\s+/u)[0] ?? '', parts).every((i) => i < 0)) ||
    said === false
  )
    return false;
  return rule === 'every' ? there < parts.length : there <= parts.length / 2;
}

// A figure the message denies beside the one it states (总投资是5600不是6500, 4.2 not 4.5).
const DENIED =
  /(?:而)?不是\s*(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+(?:点[零一二两三四五六七八九]+)?)\s*(?:万元|万|亿元|亿|%|元)?(?![\d年月号日.])|\bnot\s+\d+(?:\.\d+)?\s*(?:%|million|m\b)?/gu;

/** The figure a message denies as typed (113, not 163 / 是418万不是400万 → "163", "400"), if any. */
export const deniedNumber = (text: string): string | undefined =>
  /(?:\bnot|(?:而)?不是)\s*(\d+(?:\.\d+)?)/u.exec(text)?.[1];

/** The message with a denied figure blanked: it states no value (a lone 不是500万 is asked by the slot reader). */
export function withoutDenied(s: string): string {
  return s.replace(DENIED, (d) => '\u00a0'.repeat(d.length));
}

/** Whether a text denies a figure (不是6500万, not 4.5). */
export function deniesFigure(text: string): boolean {
  return text.search(DENIED) >= 0;
}

/**
 * 项目总投资（不含税、不含土建）4,500万: a bracket holding only the asked basis, already masked, is blanked too (same
 * length), so the figure after it keeps the word before it. A bracket saying 含税 is left as said.
 */
function withoutBasisAside(m: string): string {
  return m.replace(/[（(]([\u00a0、，,和及\s]*)[）)]/gu, (b) => '\u00a0'.repeat(b.length));
}

/** The text with masked phrases blanked (same length, so offsets hold). */
export function masked(s: string, words: readonly string[]): string {
  let out = s;
  // A no-break space keeps the offsets and is no clause break: 设备发票不含税两千一百万 stays one clause.
  for (const w of words) out = out.split(w).join('\u00a0'.repeat(w.length));
  return out;
}

/**
 * Whether a basis word at `at`…`end`, said after a figure ending at `figureEnd`, is another number's: said after that
 * number (总投入450万 650那个是含税的), or in brackets with its own number (3500 wan without VAT (with VAT it is 3900)).
 */
function othersBasis(s: string, figureEnd: number, at: number, end: number): boolean {
  if (at < figureEnd) return false;
  if (/\d/u.test(s.slice(figureEnd, at))) return true;
  // 不含税3800万 含税4300左右 / 3800万不含税 含税大概4300: a basis word with its own number right after it is that number's.
  if (
    /^[\s:：]*(?:是|为|约|大概|大约|差不多|应该是)?[\s:：]*(?:\d|[一二两三四五六七八九][千百万亿])/u.test(
      s.slice(end),
    ) &&
    // (总投资1200万含税 21年12月上线的: a date after the basis word is no number of its own.)
    !/^[\s:：]*\d{2,4}\s*年/u.test(s.slice(end))
  )
    return true;
  return /[(（][^()（）]*$/u.test(s.slice(figureEnd, at)) && /^[^()（）]{0,12}\d[^()（）]*[)）]/u.test(s.slice(end));
}

/**
 * A figure that is not a value to record as said: its clause holds a word no fact takes (产值, 授信,
 * 每个月), a hedge (可能投五千), or a bound (不到两千万, 400万不到).
 */
function unclearReason(s: string, f: Figure, blocks: readonly Located<string>[]): UnclearReason | undefined {
  const lex = lexicon();
  const clause = clauseOf(s, f.start);
  const ownBlock = (b: Located<string>) => !othersBasis(s, f.end, b.start, b.end);
  if (blocks.some((b) => b.start >= clause.start && b.end <= clause.end && ownBlock(b))) return 'qualified';
  const before = s.slice(clause.start, f.start).trimEnd();
  const after = s.slice(f.end, clause.end).trimStart();
  // 不少于 / 不低于 is a floor (each class 不少于60人), not a ceiling like 少于.
  // (将近两百万: the figure's own pattern holds 将近/接近, so its text is looked at too.)
  const said = s.slice(f.start, f.end);
  const below = lex.below.some(
    (w) => (before.endsWith(w) && !before.endsWith(`不${w}`)) || (w.length > 1 && said.startsWith(w)),
  );
  // 小两千 / 研发投入小三千万 / 小一千人: 小 right before a figure in words is "nearly" (not 最小/较小…60人, a floor).
  const small = /(?<![最较很太偏大小缩减从了])小$/u.test(before) && /^[一二两三四五六七八九]/u.test(said);
  // 批复快两年了 / 快三千万了: 快 right before a figure is "nearly" too (not 很快, 加快).
  const nearly =
    /(?<![很最较飞尽太赶加愉凉痛])(?:快要?|就快)$/u.test(before) && /^[一二两三四五六七八九十\d]/u.test(said);
  if (below || small || nearly || lex.belowAfter.some((w) => after.startsWith(w))) return 'bound';
  // 研发攻关投入三千万左右 可能还略少一点: the clause after the figure says it may be a little less — a bound.
  if (after === '' && A_BIT_LESS_NEXT.test(s.slice(clause.end))) return 'bound';
  // 1.5亿是含了企业自己投的: a figure said to include something else is not the figure asked on its own.
  if (/^(?:是|这个是|都是)?(?:含了|包含了|包括了|算上了|加上了)/u.test(after)) return 'qualified';
  // 营收从1个亿涨到1.4个亿 / grew from 100m to 140m: the figure a change starts from is an earlier year's.
  if (/(?:从|由|\bfrom)\s*$/u.test(before) && FROM_TO_AFTER.test(after)) return 'qualified';
  if (lex.hedges.some((w) => before.includes(w))) return 'ambiguous';
  return undefined;
}

// The clause right after a figure saying it may be a little less (可能还略少一点, 可能少一点, maybe a bit less).
const A_BIT_LESS_NEXT =
  /^[，,、\s]*(?:但是?|不过)?(?:可能|也许|或许|估计|应该)(?:还|会)?(?:要)?(?:略|稍微?)?(?:少|低)(?:一)?(?:点|些)|^[,;\s]*(?:but\s+)?(?:maybe|possibly|probably|perhaps)\s+(?:a bit|slightly|a little|a tad)\s+(?:less|lower|under)\b/iu;

const FROM_TO_AFTER =
  /^(?:元|万元|万|亿元|亿|块)?\s*(?:一路|逐年|每年)?\s*(?:涨|增长?|上升|升|提高|提升|降|下降|跌|减少?|变成|变)?\s*(?:到|至|为|成)|^\s*(?:\S+\s+){0,2}?to\b/u;

/** A floor said around a figure (三千万以上, 过了2000万, over 20m): recorded as its figure, echoed 约. */
// An English estimate's word right before its figure (about / around / roughly RMB 20 million).
const ABOUT_BEFORE = /\b(?:about|around|roughly|approximately|approx\.?|circa)\s*(?:rmb|cny|¥|￥)?\s*~?$/iu;

function atLeast(s: string, f: Figure): boolean {
  const lex = lexicon();
  const clause = clauseOf(s, f.start);
  const before = s.slice(clause.start, f.start).trimEnd();
  const after = s.slice(f.end, clause.end).trimStart();
  return lex.atLeastBefore.some((w) => before.endsWith(w)) || lex.atLeastAfter.some((w) => after.startsWith(w));
}

/** An amount figure's value in 万元 (NaN when it does not read). */
function wanOf(f: Figure): number {
  const r = parseAmountReading(f.text);
  return r.ok ? r.value.value : Number.NaN;
}

let rangeStart: RegExp | undefined;

/**
 * the invested amount by end of 2021 was actually 5.6m: "end of 2021" right before an amount is the period the amount
 * is of, written as one word (end-2021) so its year is no figure between the amount and its word (invested).
 */
function endOf2021BeforeAmount(s: string): string {
  // (We completed the line by end of 2021: 30m… — a completion's date, left as it is.)
  if (/\b(?:complet|finish|built|done|launch|commission|went live|go live|put into)/u.test(s)) return s;
  return s.replace(
    /\bby (?:the )?end of (?:20)?21\b(?=\s*(?:(?:was|is|were|came to|amounted to|totall?ed|:|-)\s*)?(?:(?:about|around|roughly|approximately|approx\.?|actually|only|just|already)\s+)*(?:rmb\s*|cny\s*|¥\s*)?\d)/gu,
    'by end-2021',
  );
}

/** Two figures joined as a range (三千到四千万, between 30 and 40 million): both unclear. */
function ranges(s: string, figures: readonly Figure[]): Set<Figure> {
  const lex = lexicon();
  const out = new Set<Figure>();
  for (let i = 0; i + 1 < figures.length; i++) {
    const a = figures[i] as Figure;
    const b = figures[i + 1] as Figure;
    if (a.kind !== b.kind) continue;
    const gap = s.slice(a.end, b.start).trim();
    // 120 million - 90 million in cash: a dash between spaces before a smaller figure sets a part aside, no range.
    const aside =
      /^\s+[-–—]\s+$/u.test(s.slice(a.end, b.start)) &&
      a.kind === 'amount' &&
      wanOf(b) > 0 &&
      wanOf(b) < wanOf(a) &&
      /^\s*(?:rmb\s*)?(?:in\s+)?(?:cash|shares|stock|equity)\b|^\s*(?:是)?(?:现金|股权|股票)/u.test(s.slice(b.end));
    if (aside) continue;
    if (lex.rangeJoin.includes(gap) || (/between\s*$/u.test(s.slice(0, a.start)) && gap === 'and')) {
      out.add(a);
      out.add(b);
    }
  }
  // 3000到4000万 / between 30 and 40 million: a bare number joined to a figure.
  rangeStart ??= new RegExp(
    `(?:between\\s+)?[\\d${NUM_CN}.]+\\s*(?:${lex.rangeJoin.map(escapeRegExp).join('|')})\\s*$`,
    'u',
  );
  for (const f of figures) {
    const joined = rangeStart.exec(s.slice(0, f.start));
    // …169.0m in 2018 to RMB 239.8m: a year before the joiner is no start of a range.
    const year =
      joined &&
      /^(?:19|20)\d\d(?![\d.])/u.test(joined[0]) &&
      /\b(?:in|for|of|fy)\s*$/u.test(s.slice(0, f.start - joined[0].length));
    if (joined && !year) out.add(f);
  }
  // 三四千万 / 两三个亿: two digits side by side are a range.
  for (const f of figures) if (/[一二两三四五六七八九]{2}(千|百|万|亿|个)/u.test(f.text)) out.add(f);
  return out;
}

/** A count's or a duration's value: 12个人 → 12, 一年半 → 1.5, 36个月 → 3, 5 years → 5. */
function numberOf(f: Figure): number | undefined {
  const text = f.text.replace(/\s+/g, '');
  if (f.kind === 'years') {
    const t = text.replace(/-?(years?|yrs?)$/u, '年').replace(/months?$/u, '个月');
    const r = parseQuantity(t, { unit: '年' });
    return r.ok ? r.value : undefined;
  }
  const r = parseQuantity(text.replace(/(个人|人次|个班|家|人|名|场|次|个|班)$/u, ''), { unit: '个', integer: true });
  return r.ok ? r.value : undefined;
}

/** The questions about a deal (3.1.1): an answer to one is about the deal, and may name the initiator too. */
const DEAL_QUESTION = /^(?:acquisition|merger|stake|largest_shareholder|more_acquisitions|same_parent)/u;

/**
 * The fact a figure's word names, read with its clause (remapped). …until Dec 31 2021 we paid around 8 million, in a
 * message about no deal: a general word (paid, 付了) names the project's money, spent by then.
 */
// Words of a stake or a deal besides DEAL's (控股了一家公司, 入股, 拿下, 买下来, 收了家公司, 股权, 占股, 60%), and of a
// company bought or the other side of a deal (买了家公司, 接手, 盘下, 那家, 对方).
const STAKE_OR_DEAL =
  /股权|股份|占股|控股|入股|拿下|买下|收了|并了|\d\s*%|\bstake\b|\bshares?\b|买了(?:一)?家|接手|盘下|家公司|家企业|那家|外部企业|对方/u;

function wordsFact(cue: Located<FactKey>, s: string, f: Figure, pending: string | null | undefined): FactKey {
  const paid = cue.target === 'acquisition_amount' && lexicon().weakCues.has(cue.word) && !DEAL.test(s);
  const byThen = paid ? remapped('total_investment', s, f) : undefined;
  if (byThen === 'invested_by_2021_end') return byThen;
  // 总投资1100万 实际花了980万 (tune-zx): spent (花了), in a message of no deal and not answering one, is the project's
  // money, never a deal's price; beside the total it is a second total, and neither is recorded.
  // (No word of a stake or a deal beside it — 拿下一家公司70%的股权，花了6000万 is a deal's price — and no part named
  // before it in its clause: 设备花了2000万 is a part, not the whole.)
  // (Nor money spent so far, 已经花了2000万, nor a company bought, 买了家公司 花了8000万, nor an answer about deals.)
  if (
    paid &&
    cue.word === '花了' &&
    !(pending && DEAL_QUESTION.test(pending)) &&
    !STAKE_OR_DEAL.test(s) &&
    !/已经|目前|到现在|至今|还在/u.test(s) &&
    !/设备|软件|硬件|土建|厂房|其中|部分|那块|这块|云|系统|\d/u.test(s.slice(clauseOf(s, cue.start).start, cue.start))
  )
    return 'total_investment';
  return researchTotal(cue, s, pending) ?? remapped(cue.target, s, f);
}

/**
 * 攻关总预算4200 / 研发总投入3500, to the R&D investment's question (tune-zza: recorded as the total): the total of the
 * research named is the R&D investment (2.2.3).
 */
function researchTotal(cue: Located<FactKey>, s: string, pending: string | null | undefined): FactKey | undefined {
  // (攻关项目总投资1.2亿 is the project's total, no R&D investment: only a budget or input of the research itself.)
  return pending === 'rd_investment' &&
    cue.target === 'total_investment' &&
    /(?:攻关|研发)(?:的)?总?(?:投入|经费)?(?:预算|投入)$/u.test(s.slice(clauseOf(s, cue.start).start, cue.end))
    ? 'rd_investment'
    : undefined;
}

/** Whether two places of a text are in one clause. */
const sameClause = (s: string, a: number, b: number): boolean => clauseOf(s, a).start === clauseOf(s, b).start;

/** A figure's fact as its clause's context says (去年底投了两千万 is invested by 2021, not the total). */
function remapped(fact: FactKey, s: string, f: Figure): FactKey {
  const rule = lexicon().contextRemap.get(fact);
  if (!rule) return fact;
  // 8.5m of the 25m total spent by Dec 31: the figure named "total" is the total.
  if (/^\s*total\b/u.test(s.slice(f.end))) return fact;
  const clause = clauseOf(s, f.start);
  // (总投资两千二左右 21年底完成投资不到两成: words after a later figure's own word are that figure's.)
  const after = s.slice(f.end, clause.end);
  // (A year written out is no figure: before end of 2021 stays whole.)
  // A space between Chinese words (WeCom's full stop) ends the statement too.
  const next = after.search(
    /(?<![\d.])(?!(?:19|20)\d\d(?!\d))\d|[一二两三四五六七八九十]+[成%万亿]|(?<=[\p{Script=Han}])\s+(?=[\p{Script=Han}\d])/u,
  );
  const text = s.slice(clause.start, f.start) + (next >= 0 ? after.slice(0, next) : after);
  // (21年4月开工 到年底投了1500: the year-end of the year the message names, 2021; with no 2021 said, 到年底 may be this year's.)
  // (去年营收1.2亿，今年新上一条产线，预计到年底投3000万: this year's year-end, not 2021's.)
  const named2021 = /(?<!\d)(?:20)?21年|2021|去年|\blast year\b/u.test(s) && !/今年|this year/u.test(s);
  return rule.words.some((w) => text.includes(w)) || (named2021 && rule.in2021.some((w) => text.includes(w)))
    ? rule.to
    : fact;
}

/**
 * Whether a figure question is pending: only then may a general word's figure (收入3个亿 said beside a yes) be the
 * answer rather than what the word names.
 */
const askingFigure = (pending: string | null | undefined): boolean =>
  asking(pending) && !['boolean', 'enum', 'certs'].includes(FACT_BY_KEY.get(pending as string)?.type ?? '');

/** Whether a fact question is pending (the opening question, `focus`, is answered like a first message). */
const asking = (pending: string | null | undefined): boolean => pending != null && pending !== 'focus';

/**
 * 利息一共96万 刨掉土建那块是78: the figure on the guide's basis, said bare after the exclusion, is in the unit of the
 * figure before it (78万), so it is read as a figure and the exclusion's value can answer.
 */
function unitAfterBasis(s: string): string {
  const unit = /\d\s*(万|亿)/u.exec(s)?.[1];
  if (!unit) return s;
  return s.replace(
    /((?:扣掉|扣除|刨掉|刨去|去掉|剔除|减掉|除去|不含|不算)(?:土建|税)[^\d，,。；;]{0,6}?(?:是|为|就是|剩)?\s*)(\d+(?:\.\d+)?)(?=\s*(?:左右|吧|的样子)?\s*(?:$|[，。；;\s]|,(?!\d{3})))/gu,
    `$1$2${unit}`,
  );
}

/** At payment day rate 6.38 / 汇率6.45: an exchange rate is no fact's figure (not a loan's rate); it is left out. */
function withoutExchangeRate(s: string): string {
  return s.replace(
    /\b(?:exchange|day|fx|conversion|payment day)\s+rate\s*(?:of|was|is|at|:)?\s*\d+(?:\.\d+)?|汇率(?:是|为|按)?\s*\d+(?:\.\d+)?/gu,
    (m) => ' '.repeat(m.length),
  );
}

/** 市里其实给过30w贴息: a word that only affirms (其实, 确实) stands between a fact's words; it is read without it. */
function withoutAffirming(s: string): string {
  return s.replace(/其实|确实|的确/gu, '');
}

const TRAINING = /培训|办班|开班|班次|\btrain(?:ing|ees?)?\b|\bclass(?:es)?\b/u;

/**
 * The most different Jiangsu cities named one after another in a list (南京、苏州和扬州; Nanjing, Suzhou and Xuzhou),
 * and where that list starts and ends.
 */
function citiesListed(m: string): { count: number; at: number; end: number } {
  const { list, one } = cityPatterns();
  let most = { count: 0, at: 0, end: 0 };
  for (const run of m.matchAll(list)) {
    // Each city once (a gloss in brackets is the same city: Taizhou (泰州)).
    const items = [...run[0].replace(/[（(][^()（）]*[)）]/gu, ' ').matchAll(new RegExp(one.source, 'gu'))].map(
      (x) => x[0],
    );
    // (无锡市苏州路, 常州市南京路: names run together with nothing between them are a list only three or more at a time,
    // and never a street's name.)
    const bare = !/[、,，/和及与]|\band\b/u.test(run[0]);
    const after = m.slice((run.index ?? 0) + run[0].length);
    if (bare && (items.length < 3 || /^\s*(?:路|街|大道|道|巷|桥|广场|大厦)/u.test(after))) continue;
    const count = new Set(items.map((x) => x.replace("'", ''))).size;
    if (count > most.count) most = { count, at: run.index ?? 0, end: (run.index ?? 0) + run[0].length };
  }
  return most;
}

let cityRegexes: { readonly list: RegExp; readonly one: RegExp } | undefined;

/** A list of the lexicon's cities and one city name, built once (the lexicon does not change while running). */
function cityPatterns(): { readonly list: RegExp; readonly one: RegExp } {
  if (cityRegexes) return cityRegexes;
  const alternatives = lexicon()
    .cities.map((c) => escapeRegExp(c.toLowerCase()))
    .join('|');
  // (Taizhou (泰州): a gloss in brackets after a name.)
  const city = `(?:${alternatives})(?:市|\\s+city)?(?:\\s*[（(][^)）]{1,8}[)）])?`;
  cityRegexes = {
    // (无锡苏州扬州: nothing between names separates them too; a space does not — 苏州 无锡，常州 镇江 看报名情况.)
    list: new RegExp(`${city}(?:\\s*(?:、|,|，|/|和|及|与|\\band\\b)\\s*${city}|${city})+`, 'gu'),
    one: new RegExp(`(?:${alternatives})`, 'u'),
  };
  return cityRegexes;
}

// Places abroad (English): said of a firm in Jiangsu, most often its market, suppliers or another site.
const ABROAD =
  /^(?:hong kong|macau|taiwan|singapore|germany|japan|korea|usa|vietnam|thailand|malaysia|overseas|abroad)$/u;

// The registration 3.1.1.1 counts a deal done by (工商变更和股权变更).
const REGISTRATION_WORDS =
  /工商|股权|(?<!外汇|外汇业务)(?:变更|登记)|(?<!forex |foreign exchange )registration|equity change/iu;

// Facts of a thing done (bought, accepted, approved, registered): a plan for it is no yes. (A direction or commitment —
// 打算节能改造, 准备承诺对接 — is planned by nature.)
const DONE_FACTS = new Set<string>([
  'equipment_bought_with_loan',
  'accepted',
  'approvals_complete',
  'acquisition_registered',
]);

// The words of a plan right before what is planned (打算, 准备, 计划, 拟, 将, 想): not 主要, 需要, 重要.
const PLANNED_BEFORE = /(?:打算|准备|计划|拟|将要|将|想|预计|(?<![主需重])要)(?:再)?\s*$/u;

/** Where the sentence holding `at` ends (a full stop or semicolon, or the message's end). */
const sentenceEnd = (m: string, at: number) => {
  const end = m.slice(at).search(/[。；;!！?？]|\.(?:\s|$)/u);
  return end < 0 ? m.length : at + end;
};

/** Where the sentence holding `at` starts (after a full stop or semicolon, or at the message's start). */
const sentenceStart = (m: string, at: number) => {
  let start = 0;
  for (const b of m.slice(0, at).matchAll(/[。；;!！?？]|\.\s/gu)) start = (b.index ?? 0) + b[0].length;
  return start;
};

/**
 * Whether `rest` turns at once (但/不过/可是/只是) and, in that next clause, states the fact's denial in one of its own
 * patterns (…但意见还没出). 备案还在有效期内 and 备案没有问题 take nothing back.
 */
const takenBack = (fact: FactKey, rest: string) => {
  const turn = /^[，,\s]*(?:但是?|不过|可是|只是)([^，,。；;!！?？]*)/u.exec(rest)?.[1];
  return (
    turn !== undefined && lexicon().booleanPatterns.some((p) => p.fact === fact && !p.value && p.pattern.test(turn))
  );
};

// 最少的一个班45 / 最小的班45人: the smallest class's size said outright.
const SMALLEST_CLASS =
  /(?:最少|最小)(?:的)?(?:一个)?(?:班|期)(?:级|次)?(?:的)?(?:人数)?(?:是|有|只有|才|大概|约)?\s*(\d+)(?![\d.])(?!\s*(?:个|天|期|班|场|年|月|%))\s*(?:人|名)?/u;

// 平均每班60人 / 60 per class on average / 一般一个班60人: the usual size of a class, which says nothing of the smallest
// one 5.5.1.5 asks of every class (每个班次学员不少于50人).
const USUAL_CLASS = /平均|一般|通常|大多|多数|\b(?:average|on average|avg|usually|typically|mostly|most classes)\b/iu;

/**
 * A class size said as the usual or average one is asked, not recorded as the smallest; said as an estimate (每班60人左右)
 * in a message that answers another question too — only when the smallest class is the question asked may its estimate
 * stand for it.
 */
function usualClassSize(m: string, mentions: Mention[], unclear: Unclear[], pending: string | null | undefined): void {
  if (SMALLEST_CLASS.test(m) || /至少|不少于|不低于|\b(?:at least|no fewer than|minimum)\b/iu.test(m)) return;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const x = mentions[i];
    if (x?.fact !== 'min_class_size') continue;
    // (The figure itself, not its digits inside another: 50 in "1,500 people a year … at least 50 people".)
    const at = m.search(new RegExp(`(?<![\\d,.])${escapeRegExp(x.source)}(?![\\d])`, 'u'));
    // (The words right around the figure: an opening runs its facts together with spaces, not commas.)
    const around = at >= 0 ? m.slice(Math.max(0, at - 8), at + x.source.length + 4) : m;
    const estimate =
      x.approx || /左右|上下|大概|大约|约|差不多|\b(?:about|around|roughly|approximately|approx)\b/iu.test(around);
    // (平均 said after the figure is of something else: 60人，平均每年培训1500人次.)
    const usual = USUAL_CLASS.test(at >= 0 ? m.slice(Math.max(0, at - 8), at) : m);
    if (usual || (estimate && pending !== 'min_class_size')) {
      mentions.splice(i, 1);
      unclear.push({ fact: 'min_class_size', source: x.source, reason: 'qualified' });
    }
  }
}

/**
 * 一般60人 最少的一个班45 / 每班60人左右 最少的班45人: the smallest class said beside the usual one is the smallest
 * class's size (5.5.1.5 每个班次学员不少于50人 is of every class), whatever figure the usual size gave.
 */
function smallestClass(m: string, mentions: Mention[], unbound: Unbound[]): void {
  const smallest = SMALLEST_CLASS.exec(m);
  if (!smallest) return;
  const n = Number(smallest[1]);
  for (let i = mentions.length - 1; i >= 0; i--) if (mentions[i]?.fact === 'min_class_size') mentions.splice(i, 1);
  // (一个班 inside the phrase is no count of its own; the usual size beside it answers nothing.)
  for (let i = unbound.length - 1; i >= 0; i--) {
    const u = unbound[i];
    if (u && u.kind === 'count' && (smallest[0].includes(u.source) || /^\d+\s*(?:人|名)$/u.test(u.source)))
      unbound.splice(i, 1);
  }
  mentions.push({ fact: 'min_class_size', value: n, source: smallest[0] });
}

/** Said of a count: it holds online ones too (线上线下都算, 含线上, online and offline combined). */
export const ONLINE_BOTH =
  /线上线下(?:都算|都有|一起|合计|一共|总共|加起来|加一起|加在一起|合起来|算在一起)|(?<![不没未])(?:含|包括|包含)(?:了)?线上|(?<!\bnot\s|n't\s)\b(?:incl\.?|including|includes?|included)\s+(?:the\s+)?online\b|\bonline\s+(?:and|&|\/)\s+offline\b/iu;
const ONLINE_COUNTED_IN = new RegExp(`^[^，,。；;.]{0,6}[（(]?\\s*(?:${ONLINE_BOTH.source})`, 'iu');

/**
 * 21年服务企业300多家（线上线下都算）: the SMEs served and the trainees count offline only (5.3.1.2 线下服务, 5.5.1.2 不含线上
 * 培训), so a count said to hold online ones is not recorded; it is asked (the offline part).
 */
function onlineCountedIn(m: string, mentions: Mention[], unclear: Unclear[]): void {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const x = mentions[i] as Mention;
    if (x.fact !== 'smes_served_2021' && x.fact !== 'trainees_3y_avg') continue;
    const at = m.indexOf(String(x.source));
    if (at < 0 || !ONLINE_COUNTED_IN.test(m.slice(at + String(x.source).length))) continue;
    mentions.splice(i, 1);
    unclear.push({ fact: x.fact, source: String(x.source), reason: 'qualified' });
  }
}

/** Words saying trainees counted are past ones: 累计, 近三年, 已经培训了, trained so far. */
const PAST_TRAINEES =
  /累计|近[三3两2]年|过去|以往|历年|已经?培训|培训过|去年|前年|\b(?:so far|to date|in the past|over the (?:last|past)|last year|have trained|trained)\b/iu;

/**
 * 三年累计培训四千多人次: trainees counted over past years are not the project's planned trainees (项目培训总人数, 5.5.1.4),
 * nor is 三年 before 累计 how long the body has trained (5.5.1.1): neither is recorded from it.
 */
function pastTrainees(m: string, mentions: Mention[]): void {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const x = mentions[i] as Mention;
    const at = m.indexOf(String(x.source));
    if (at < 0) continue;
    const clause = clauseOf(m, at);
    // (…trained 1,500 a year over the last three years and plan 1000 trainees: after the plan word, a plan.)
    const before = m.slice(clause.start, at);
    const plan = [...before.matchAll(/计划|预计|打算|准备|拟|目标|\b(?:plan|plans|planned|will|aim|target)\b/giu)].at(
      -1,
    );
    const drop =
      (x.fact === 'planned_trainees' &&
        PAST_TRAINEES.test(plan ? before.slice((plan.index ?? 0) + plan[0].length) : before)) ||
      (x.fact === 'training_years' && /^\s*(?:累计|一共|总共|合计)/u.test(m.slice(at + String(x.source).length)));
    if (drop) mentions.splice(i, 1);
  }
}

// After a budget figure: what the audit later found, with or without its unit (审计后大概1650). (实际投入了8000万 beside
// a budget is the amount spent so far, not the budget's audited figure: 1.4.1.1.2 reads the budget.)
const AUDITED_AFTER = /(?:审计后|审计下来|审计出来|审计数|决算)[^，,。；;\d]{0,4}\d/u;

/**
 * 预算1800万 审计后大概1650: a budget beside the audited figure is not the figure asked (the event's 审计 spending,
 * 5.7.1): the budget is not recorded, and the total is asked later.
 */
function budgetBesideAudited(m: string, mentions: Mention[]): void {
  for (const [i, x] of mentions.entries()) {
    if (x.cue !== '预算' || typeof x.value !== 'number') continue;
    const at = m.indexOf(x.source);
    if (at >= 0 && AUDITED_AFTER.test(m.slice(at + x.source.length))) mentions[i] = { ...x, superseded: true };
  }
}

// 研发占比近三年平均4.5 / 研发占比，近三年平均是4.5: the three-year average said between a ratio's word and its figure.
const AVERAGE_AFTER_RATIO =
  /(占比|比例|比重|增长率?|增速)[，,\s]*(?:近|最近|过去)?(?:三|3)年(?:的)?(?:平均|均值|年均)(?:是|为|大概|大约|约|差不多)?\s*(?=[\d一二两三四五六七八九十])/gu;
const averageAfterRatio = (s: string) => s.replace(AVERAGE_AFTER_RATIO, '$1');

const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// 2021年12月，Dec 15 / 2021年12月，15号: a month, then its day said again on its own.
const DAY_AFTER_MONTH =
  /(\d{2,4})年(\d{1,2})月[，,\s]+(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})\s*[日号](?!车间|线|楼|厂|门|仓|机|栋|库|位))(?![\d年月])/gu;
/** go-live是2021年12月，Dec 15 (play-test 55: read as the month's last day): the day said after the month is its day. */
function dayAfterMonth(s: string): string {
  return s.replace(DAY_AFTER_MONTH, (all, y: string, m: string, word?: string, enDay?: string, zhDay?: string) => {
    if (word !== undefined && EN_MONTHS.indexOf(word) + 1 !== Number(m)) return all;
    return `${y}年${m}月${enDay ?? zhDay}日`;
  });
}

/** Reads every fact a message states. */
export function extractFacts(text: string, options: ExtractOptions): Extraction {
  const lex = lexicon();
  const s = unitAfterBasis(
    withoutExchangeRate(
      exactCounts(
        endOf2021BeforeAmount(
          englishNumbers(
            averageAfterRatio(monthsOfTheYearSaid(dayAfterMonth(withoutAffirming(normalize(text)))))
              .replace(/\b(last|this|next)\s+yrs?\b/gu, '$1 year')
              .replace(/\s+/g, ' '),
          ),
        ),
      ),
    ),
  );
  const m = withoutBasisAside(masked(withoutDenied(withoutEitherOr(withoutBesideThePoint(s))), lex.masks));
  const cuts = boundaries(m);
  const figures = findFigures(m);
  const mentions: Mention[] = [];
  const unbound: Unbound[] = [];
  const unclear: Unclear[] = [];
  const setAside: string[] = [];

  // To a question about a yearly average (revenue_3y_avg), "a year" is the average's own unit, no other basis.
  const averageAsked = /_3y_avg$/u.test(options.pending ?? '');
  const blocks = locate(
    m,
    cuts,
    lex.blockCues
      .filter((w) => !(averageAsked && /year|annual|每年|年均|一年/u.test(w)))
      .map((w) => ({ word: w, target: w })),
    figures,
  );
  const amountCues = locate(m, cuts, lex.amountCues, [...figures, ...blocks]);
  const percentCues = locate(m, cuts, lex.percentCues, [...figures, ...blocks]);
  const dateCues = locate(m, cuts, lex.dateCues, [...figures, ...blocks]);
  // A count or a rate per year is what its question asks (年均线下培训2000人次, 每年增长一成): per-year words do
  // not block it; only an amount said per year is on another basis.
  const yearlyBlocks = blocks.filter((b) => !PER_YEAR.test(b.word));
  const countCues = locate(m, cuts, lex.countCues, [...figures, ...yearlyBlocks]);
  const yearsCues = locate(m, cuts, lex.yearsCues, [...figures, ...blocks]);
  const noneCues = locate(
    m,
    cuts,
    [...lex.noneCues, ...lex.noneWhenAsked.filter((c) => c.target === options.pending)],
    figures,
  );
  const inRange = ranges(m, figures);
  const amounts = figures.filter((f) => f.kind === 'amount');
  // 发票金额2554万 含税的: a qualifier in a clause of its own still qualifies the message's one figure.
  // (总投入450万 650那个是含税的: a qualifier said after another number is that number's.)
  const one = amounts.length === 1 ? amounts[0] : undefined;
  const unsure =
    lex.messageBlocks.some((w) => m.includes(w)) ||
    (one !== undefined &&
      lex.singleFigureBlocks.some((w) => {
        const at = m.indexOf(w);
        return at >= 0 && !othersBasis(m, one.end, at, at + w.length);
      }));
  const foreignMessage = amounts.length === 1 && FOREIGN_WORD.test(m);
  const isForeign = (f: Figure) =>
    FOREIGN_AFTER.test(m.slice(f.end)) || FOREIGN_IN.test(f.text) || FOREIGN_BEFORE.test(m.slice(0, f.start));
  // …or an RMB figure right after the foreign one: paid EUR 9m (about RMB 65 million).
  const sameAsForeign = (f: Figure) =>
    lex.sameAsForeign.some((w) => m.slice(0, f.start).trimEnd().endsWith(w)) ||
    (/^(?:rmb|cny|¥|￥)/u.test(f.text) &&
      figures.some(
        (g) =>
          g.kind === 'amount' &&
          g.end <= f.start &&
          isForeign(g) &&
          /^\s*[,，]?\s*(?:[(（~≈=]|(?:about|approx\.?|approximately|around|roughly|i\.e\.|that is|so about)\s)[\s(（~≈=]*(?:about|approx\.?|approximately|around|roughly)?[\s(（~≈=]*$/u.test(
            m.slice(g.end, f.start),
          ),
      ));
  // 600万美元，折合人民币3900万: the RMB figure answers (only beside a foreign one: "the invoices came to 12m" is plain).
  const rmbBesideForeign =
    figures.some((f) => f.kind === 'amount' && sameAsForeign(f)) &&
    figures.some((f) => f.kind === 'amount' && isForeign(f));

  // 设备2000万软件600万合计2600万, to an amount question: the sum answers it, and its parts are not recorded —
  // only when it comes last and the parts do add up to it (一共1500万 有300万是今年开的 is no sum: asked).
  const pendingAmount = options.pending != null && FACT_BY_KEY.get(options.pending as FactKey)?.type === 'amount';
  const last = amounts.at(-1);
  const sum =
    pendingAmount &&
    last &&
    amounts.length >= 3 &&
    lex.sumCues.some((w) => m.slice(Math.max(0, last.start - w.length - 3), last.start).includes(w)) &&
    Math.abs(amounts.slice(0, -1).reduce((a, f) => a + wanOf(f), 0) - wanOf(last)) < 1e-6
      ? last
      : undefined;

  // An amount taken back at once by the next (25m - sorry, 28m): the replacement → the figure it takes back.
  const replaces = new Map<Figure, Figure>();
  const amountFigures = figures.filter((f) => f.kind === 'amount');
  for (const [i, f] of amountFigures.entries()) {
    const next = amountFigures[i + 1];
    if (next && RETRACT.test(m.slice(f.end, next.start))) replaces.set(next, f);
  }
  // 总投资三千二 哦不对 是三千六百万: a bare number after an amount's word, taken back at once, likewise.
  for (const cue of amountCues) {
    const bare = bareNumberAfter(m, cue);
    if (!bare) continue;
    const span = { start: bare.start, end: bare.start + bare.numText.length };
    if (figures.some((f) => overlaps(f, span))) continue;
    const next = amountFigures.find((f) => f.start >= span.end);
    if (next && !replaces.has(next) && RETRACT.test(m.slice(span.end, next.start)))
      replaces.set(next, { ...span, kind: 'amount', text: bare.numText });
  }
  // …5.1 mil, about 16%. Sorry I check again, 7.1 million, not 5.1: the figure denied after the new one is the one it
  // takes back, however much was said between.
  for (const g of amountFigures) {
    // (Read in the text before denied figures were blanked.)
    const denied = /^\s*[,，]?\s*(?:not|而不是|不是)\s*(\d+(?:\.\d+)?)/u.exec(s.slice(g.end))?.[1];
    if (!denied || replaces.has(g)) continue;
    const f = amountFigures.find(
      (x) =>
        x.start < g.start &&
        x.text.replace(/\s+/g, '').startsWith(denied) &&
        !/\d/u.test(x.text.replace(/\s+/g, '').slice(denied.length, denied.length + 1)),
    );
    if (f) replaces.set(g, f);
  }
  const retracted = new Set(replaces.values());
  for (const f of retracted) setAside.push(f.text);
  let sawWan = false;
  let lastYear: string | undefined;
  // The last fact of a year (revenue, taxes) a figure was read for: the next clause may give its 2021 value.
  let lastYearFact: FactKey | undefined;
  // 出资1200万美元，折合人民币大概7800万: the RMB value is the foreign figure's, and takes its word.
  let foreignFact: string | undefined;
  const periods = periodRoles(m, figures);
  for (const f of figures) {
    // 合作期签的3+2年 (tune-zza: recorded as 2): a figure added to another is neither's — asked.
    if (/\d\s*[+＋]\s*$/u.test(m.slice(Math.max(0, f.start - 4), f.start))) {
      unclear.push({ fact: null, source: f.text, reason: 'ambiguous' });
      continue;
    }
    if (f.kind === 'amount' && sum) {
      const r = f === sum ? parseAmountReading(f.text) : undefined;
      if (r?.ok) {
        mentions.push({
          fact: options.pending as FactKey,
          value: r.value.value,
          source: f.text,
          ...(r.value.approx ? { approx: true } : {}),
        });
      }
      continue;
    }
    if (f.kind === 'amount') {
      // 25m - sorry, 28m / 一千五 不对 一千八: the figure taken back is not read; the one after takes its word.
      if (retracted.has(f)) continue;
      // does cloud spend count towards that 400万?: a figure pointed back to (the guide's line, said before) is no value.
      if (/\bthat\s+$/u.test(m.slice(Math.max(0, f.start - 6), f.start))) {
        setAside.push(f.text);
        continue;
      }
      const taken = replaces.get(f);
      const bound = bind(f, amountCues, figures, m) ?? (taken ? bind(taken, amountCues, figures, m) : undefined);
      // (acquired a US biotech for USD 12m, roughly RMB 78 million — tune-zt —: a deal's price said with no word of its
      // own, in a message about a deal and no project, is the deal's amount, and so is its RMB value.)
      const cue =
        bound ??
        (rmbBesideForeign && sameAsForeign(f)
          ? (amountCues.find((c) => c.target === foreignFact) ??
            (foreignFact === 'acquisition_amount'
              ? ({ start: f.start, end: f.start, word: 'for', target: 'acquisition_amount' } as Located<FactKey>)
              : undefined))
          : undefined);
      const foreignCurrency = foreignMessage || isForeign(f);
      if (foreignCurrency) {
        foreignFact = cue?.target ?? (DEAL.test(m) && !PROJECT.test(m) ? 'acquisition_amount' : undefined);
        if (rmbBesideForeign) setAside.push(f.text);
        else unclear.push({ fact: cue?.target ?? null, source: f.text, reason: 'foreign_currency' });
        continue;
      }
      if (/万|亿|w|kw|million|billion|m\b|bn|mn/u.test(f.text)) sawWan = true;
      const why = inRange.has(f)
        ? 'range'
        : unsure ||
            plannedLoan(m, f, cue?.target ?? options.pending) ||
            qualifiedAfter(m, f, figures) ||
            partLeftOut(s, f) ||
            (wholeOfAskedPart(s, f) && (cue === undefined || cue.target === options.pending))
          ? 'qualified'
          : unclearReason(m, f, blocks);
      if (why) {
        // 去年底前投的九百万是含税的: the fact its words name, as for a figure read (截至去年底 → invested by then).
        unclear.push({ fact: cue ? wordsFact(cue, m, f, options.pending) : null, source: f.text, reason: why });
        continue;
      }
      const r = parseAmountReading(f.text);
      if (!r.ok) {
        if (r.code === 'ambiguous') unclear.push({ fact: cue?.target ?? null, source: f.text, reason: 'range' });
        continue;
      }
      // (about 20 million: the English hedge stands before the figure's own words.)
      const over = atLeast(m, f);
      const approx = r.value.approx || over || ABOUT_BEFORE.test(m.slice(clauseOf(m, f.start).start, f.start));
      const reading = {
        value: r.value.value,
        source: f.text,
        ...(approx ? { approx: true } : {}),
        ...(over ? { atLeastSaid: true } : {}),
      };
      // A general word (付了, 花了) does not take a figure from the amount question pending.
      const weakAway =
        cue !== undefined &&
        lex.weakCues.has(cue.word) &&
        askingFigure(options.pending) &&
        options.pending !== cue.target &&
        !totalNamed(m, f, options.pending) &&
        // (21年底投了四百来万, to the software question — play-test 57: recorded as the software —: money invested by the
        // end of 2021, said so, is that figure whatever is asked — unless the asked fact's own word is in its clause,
        // 软件截至去年底投了600万.)
        !(
          remapped(cue.target, m, f) === 'invested_by_2021_end' &&
          !amountCues.some((c) => c.target === options.pending && sameClause(m, c.start, f.start)) &&
          // (21年底投了1200万, to a question already of 2021's investment — upgrade investment last year —: that one's.)
          !/^(?:upgrade_investment_last_year|platform_investment_2021)$/u.test(options.pending ?? '')
        );
      // 技改主要是买了五台加工中心一千二百万、一条产线一千八百万: a general word before a list of parts names none of them.
      const ownClause = clauseOf(m, f.start);
      const partsListed =
        cue !== undefined &&
        lex.weakCues.has(cue.word) &&
        figures.some(
          (g) =>
            g !== f &&
            g.kind === 'amount' &&
            g.start > f.end &&
            g.start < ownClause.end + 40 &&
            /^[、和及加]/u.test(m.slice(f.end, g.start).trim()),
        );
      const general = cue && !weakAway && !partsListed ? wordsFact(cue, m, f, options.pending) : undefined;
      // 去年8月收购了一家公司，总共出了1.2个亿: a general word (总共, 花了) in a message about a deal and no project
      // names the deal's amount, not a project's investment.
      // …acquired 70% of a maker for RMB 180 million: the price of the deal.
      const priced = !general && DEAL.test(m) && /\bfor\s*$/u.test(m.slice(Math.max(0, f.start - 8), f.start));
      const fact =
        (general === 'total_investment' && cue && lex.weakCues.has(cue.word) && DEAL.test(m) && !PROJECT.test(m)) ||
        priced
          ? 'acquisition_amount'
          : general;
      // 2020年主营一亿五，2021年涨到一亿三: a figure said for 2021 right after another year's figure of a fact of the
      // year takes that fact.
      const yearFact = !fact && lastYearFact && YEAR_NEXT.test(contextOf(m, f).trim()) ? lastYearFact : undefined;
      if (fact && LAST_YEAR_FACT.test(fact)) lastYearFact = fact;
      if (yearFact) {
        mentions.push({ fact: yearFact, ...reading });
        continue;
      }
      if (
        fact &&
        (blockedFor(fact, m, ownClause) ||
          // 去年出口1500万美元左右，国内主营1.1亿: the domestic part of a revenue that also exports is not the whole.
          (fact === 'revenue_last_year' &&
            /国内|内销|境内|domestic/u.test(m.slice(ownClause.start, f.start)) &&
            /出口|外销|海外|境外|export|overseas/u.test(m)) ||
          // 前年主营有八千万, 2020年主营一亿五: another year's figure is never the 2021 one asked.
          (LAST_YEAR_FACT.test(fact) &&
            (saidForOtherYear(m.slice(ownClause.start, f.start)) ||
              // went from RMB 169.0m in 2018 to …: English says the year after the figure.
              /^\s*(?:in|for|of)\s+(?:fy\s*)?(?:19\d\d|20(?!21)\d\d)\b/u.test(m.slice(f.end)))))
      ) {
        unclear.push({ fact, source: f.text, reason: 'qualified' });
      } else if (fact && FACT_BY_KEY.get(fact)?.unit === '亿') {
        // A count kept in 亿 (注册量2.5亿, 3bn registrations): the figure in 亿, not in 万元.
        mentions.push({ fact, ...reading, value: reading.value / 1e4 });
      } else if (fact && (!bound || !(rmbBesideForeign && sameAsForeign(f))))
        mentions.push({ fact, ...reading, ...(cue ? { cue: cue.word } : {}) });
      else unbound.push({ kind: 'amount', ...reading, context: contextOf(m, f) });
    } else if (f.kind === 'date') {
      // 年底 with no year of its own: the year of the date before it, else the application year (预计年底完工).
      const bareMonth = /^[0-9一二三四五六七八九十]+月/u.test(f.text);
      if (bareMonth && lastYear === undefined) continue;
      const text = /^年(底|末)$/u.test(f.text)
        ? `${lastYear ?? '今'}年底`
        : bareMonth
          ? `${lastYear}年${f.text}`
          : f.text;
      const r = parseDateReading(text);
      if (!r.ok) continue;
      lastYear = r.value.date.slice(0, 4);
      const cue = bind(f, dateCues, figures, m, options.pending);
      // until end of 2021 we paid… / 截至去年底投了… to the question of what was invested by 2021-12-31: the question's
      // own date, not a completion (unless said with a word of completing).
      // until end of 2021 we had invested around 12 million, whatever was asked: the investment's cutoff too.
      // (until Dec 31 2021 we paid around 8 million: paid too, in a message about no deal.)
      const dateText = m.slice(clauseOf(m, f.start).start, clauseOf(m, f.start).end);
      const investedBy =
        /\b(?:invested|spent|spend|spending)\b|投了|投入了|完成投资|已投/u.test(dateText) ||
        // 截至去年底完成一千一百万: what was completed is money, spent by then.
        /完成了?\s*(?:约|大概|差不多)?[\d一二两三四五六七八九十百千]+(?:\.\d+)?\s*(?:多|来)?\s*[万亿]/u.test(
          dateText,
        ) ||
        (!DEAL.test(m) && /\bpaid\b|付了|花了/u.test(dateText));
      if (
        (options.pending === 'invested_by_2021_end' || investedBy) &&
        r.value.date === END_OF_2021 &&
        !/finish|complet|完工|竣工|建成|投产/u.test(cue?.word ?? '')
      )
        continue;
      const superseded = SUPERSEDED.test(m.slice(clauseOf(m, f.start).start, f.start));
      // October 2021, as I said - the 28th / 2021年10月，28号: the day said just after its month.
      const day = r.value.dayAssumed ? DAY_AFTER.exec(m.slice(f.end, f.end + 44)) : null;
      const dayNumber = day ? Number(day[1] ?? day[2] ?? day[3] ?? day[4]) : 0;
      const month = r.value.date.slice(0, 8);
      const withDay =
        dayNumber >= 1 && `${month}${String(dayNumber).padStart(2, '0')}` <= r.value.date
          ? `${month}${String(dayNumber).padStart(2, '0')}`
          : undefined;
      const reading = {
        value: withDay ?? r.value.date,
        source: f.text,
        ...(r.value.dayAssumed && !withDay ? { dayAssumed: true } : {}),
        ...(superseded ? { superseded: true } : {}),
      };
      // 年底完成了一半 / 60% done by year end: progress on a date, not the project's completion.
      if (
        cue?.target === 'completion_date' &&
        /^\s*(?:了)?\s*(?:一半|大半|[一二三四五六七八九]成|\d+(?:\.\d+)?\s*%|百分之)/u.test(
          m.slice(cue.end, cue.end + 8),
        )
      )
        continue;
      // 6年多了，2015年3月开始的 to the years of training: a date years before the guide's projects is another event's
      // (the firm's founding), not the project's start or end, unless that date is what was asked.
      if (
        cue &&
        (cue.target === 'start_date' || cue.target === 'completion_date') &&
        options.pending !== cue.target &&
        r.value.date < '2019-01-01'
      )
        continue;
      // 签约是去年五月: the signing's date, which no question asks (the acquisition's is its registration): asked.
      const dateClauseText = clauseText(m, f.start);
      if (lex.dateBlocks.some((w) => dateClauseText.includes(w))) {
        unclear.push({ fact: cue?.target ?? null, source: f.text, reason: 'qualified' });
        continue;
      }
      // "completed on 18 August 2021" to the acquisition question: its own word, not the project's completion.
      const echoed = options.pending?.replace(/^acquisition_\d_date$/u, 'acquisition_date') as FactKey | undefined;
      if (
        options.pending === 'merger_completed_2021' &&
        cue &&
        (lex.pendingEchoes.get('acquisition_date')?.includes(cue.word) ||
          // 有 但是工商变更今年1月才办完: the registration's date outside 2021 answers the question too.
          (cue.target === 'acquisition_date' && !reading.value.startsWith('2021-')))
      ) {
        // 今年3月刚完成, to "did you complete a merger in 2021?": the deal's date, and the gate read from it.
        mentions.push({ fact: 'acquisition_date', ...reading });
        mentions.push({ fact: 'merger_completed_2021', value: reading.value.startsWith('2021-'), source: f.text });
      } else if (
        options.pending === 'acquisition_registered' &&
        // (付款是2021年10月完成的 / 尽调是3月完成的: another event's date, not the registration's.)
        !/付款|支付|尽调|签约|签的|交割|payment|paid|due diligence|sign|closing|closed/iu.test(dateClauseText) &&
        (cue
          ? lex.pendingEchoes.get('acquisition_date')?.includes(cue.word) || cue.target === 'acquisition_date'
          : // 办完了，就是22年1月10号才办完的: a clause holding the date, the registration's verb and nothing else (or
            // naming the registration) binds it too; one naming another procedure (银行账户22年2月才办完) or a date
            // still to come (预计22年6月能办完) does not.
            REGISTRATION_WORDS.test(dateClauseText) ||
            dateClauseText
              .replace(f.text, '')
              .replace(/就是|是在|是|才|刚刚|刚|已经|都|的|了|办完|办好|完成|弄完|搞定|办结|[\s，,。.!！]/gu, '') ===
              '')
      ) {
        // Yes, both done in November 2021, to "have the registration changes been completed?": the deal's date
        // (3.1.1.1 counts a deal done when its registration is), not a project's completion.
        mentions.push({ fact: 'acquisition_date', ...reading });
      } else if (cue && options.pending && echoed && lex.pendingEchoes.get(echoed)?.includes(cue.word)) {
        mentions.push({ fact: options.pending as FactKey, ...reading });
      } else if (
        cue?.target === 'completion_date' &&
        !options.pending &&
        DEAL.test(dateClauseText) &&
        !PROJECT.test(dateClauseText)
      ) {
        // 2021年8月完成对浙江一家企业的并购: the deal was completed then, not a project.
        mentions.push({ fact: 'acquisition_date', ...reading });
      } else if (cue) mentions.push({ fact: cue.target, ...reading, cue: cue.word });
      else if (periods.has(f)) mentions.push({ fact: periods.get(f) as FactKey, ...reading });
      else unbound.push({ kind: 'date', ...reading });
    } else if (f.kind === 'percent') {
      const r = parsePercent(f.text, { allowNegative: true });
      if (!r.ok) continue;
      // 主营收入平均增长12%: a growth figure (its text holds 增长) after revenue's word, when the segmenter's cut (平均增长)
      // leaves no cue whole before it.
      // (研发投入平均增长12%: the R&D spend's growth, no share of revenue.)
      const bound = bind(f, percentCues, figures, m);
      const growth = /^(?:增长|增速)/u.test(f.text);
      const cue =
        (bound?.target === 'rd_ratio_3y_avg_pct' && growth ? undefined : bound) ??
        (growth && /(?:主营|营业|营收|收入)[^，,。；;研]{0,6}$/u.test(m.slice(clauseOf(m, f.start).start, f.start))
          ? ({ start: f.start, end: f.start, word: '增长', target: 'revenue_growth_3y_avg_pct' } as Located<FactKey>)
          : undefined);
      // 六七成, 七八个点: two neighbouring numerals are a range, the figure read the second of them.
      const before = CN_DIGITS.indexOf(m[f.start - 1] ?? '');
      const cnRange = before > 0 && before + 1 === CN_DIGITS.indexOf(f.text[0] ?? '');
      if (inRange.has(f) || cnRange || unclearReason(m, f, yearlyBlocks)) {
        unclear.push({
          fact: cue?.target ?? null,
          source: f.text,
          reason: inRange.has(f) || cnRange ? 'range' : 'qualified',
        });
      } else if (cue) mentions.push({ fact: cue.target, value: r.value, source: f.text });
      else unbound.push({ kind: 'percent', value: r.value, source: f.text });
    } else {
      const n = numberOf(f);
      if (n === undefined) continue;
      // 十几场 is read as its floor, 10（约）, like 一个多亿 (the guide's count thresholds are all floors).
      const over = f.kind === 'years' && /^\s*多/u.test(m.slice(f.end));
      const approx = /多|来|余|几/u.test(f.text) || over;
      if (inRange.has(f) || unclearReason(m, f, f.kind === 'count' ? yearlyBlocks : blocks)) continue;
      // we've held 3 promotion events and plan 3 more: a part of the count, the rest said apart: asked.
      if (
        f.kind === 'count' &&
        MORE_TO_COME.test(m.slice(f.end, clauseOf(m, f.end).end + 40)) &&
        !SUM_BETWEEN.test(m)
      ) {
        unclear.push({ fact: null, source: f.text, reason: 'qualified' });
        continue;
      }
      // 1年以上, 3年起: a duration's floor can change which rate or window applies: asked. 做了五年多 is about five
      // (echoed 约), except for a loan's term, where 五年多 is past the 5-year LPR bucket.
      const ofLoan = options.pending === 'loan_term_years' || amountCues.some((c) => c.target === 'fixed_asset_loan');
      if (f.kind === 'years' && (/^\s*(以上|起|开外|左右)/u.test(m.slice(f.end)) || (over && ofLoan))) {
        unclear.push({ fact: null, source: f.text, reason: 'bound' });
        continue;
      }
      // 一年培训七八百人次, 一年营收两千万: 一年 before what is done in it is "per year", no duration.
      if (f.kind === 'years' && /^(?:一|1)\s*年$/u.test(f.text) && PER_YEAR_AFTER.test(m.slice(f.end))) continue;
      if (f.kind === 'years' && /年期$/u.test(f.text)) {
        // 五年期 names the loan's term by itself.
        mentions.push({ fact: 'loan_term_years', value: n, source: f.text });
        continue;
      }
      // 十二场公益培训: events are no trainees, 接过两次 no cities — a count's own unit must fit the fact's.
      const fits = (c: Located<FactKey>) =>
        f.kind !== 'count' || unitFits(f.text, FACT_BY_KEY.get(c.target)?.unit ?? '');
      const bound = bind(f, f.kind === 'count' ? countCues.filter(fits) : yearsCues, figures, m);
      // 6 events / 办6场活动, to how many promotion events the node will hold: a general word for events is the
      // pending count's when its unit fits (the SME platform's 公益活动 are not asked then).
      const pendingDef = options.pending ? FACT_BY_KEY.get(options.pending as FactKey) : undefined;
      const cue =
        bound &&
        f.kind === 'count' &&
        GENERAL_COUNT_CUES.has(bound.word) &&
        pendingDef?.type === 'count' &&
        bound.target !== pendingDef.key &&
        unitFits(f.text, pendingDef.unit ?? '')
          ? { ...bound, target: pendingDef.key }
          : bound;
      // 服务中心21年建设投入加服务支出一共260万: a year's two digits before what was done or counted in it label that
      // year (2021); no duration, nothing to ask.
      if (
        f.kind === 'years' &&
        n >= 15 &&
        n <= 25 &&
        /^\d{2}年$/u.test(f.text) &&
        /^\s*(?:的|度|全年)?\s*(?:建设|项目|平台|营收|收入|主营|纳税|交税|税|实缴|投入|投资|产值|利息|发票|新增|服务|研发|培训|销售|贴息)/u.test(
          m.slice(f.end),
        )
      )
        continue;
      // (02年就开始搞培训了 — play-test 57: read as 2 years —: a leading zero makes it a year, 2002, whatever its size.)
      if (
        f.kind === 'years' &&
        (n >= 10 || /^0/u.test(f.text)) &&
        /^\d{2}年$/u.test(f.text) &&
        !DURATION_BEFORE.test(m.slice(0, f.start))
      ) {
        unclear.push({ fact: cue?.target ?? null, source: f.text, reason: 'ambiguous' });
        continue;
      }
      // 贷款4千万 5年 利率4.1 / loan 20m … for 3 years: a term in a clause of the loan, when no other duration is
      // named anywhere in the message, is the loan's.
      const loanTerm =
        !cue &&
        f.kind === 'years' &&
        n >= 1 &&
        n <= 30 &&
        !approx &&
        yearsCues.length === 0 &&
        amountCues.some((c) => c.target === 'fixed_asset_loan') &&
        figures.filter((x) => x.kind === 'years').length === 1;
      // about 600 staff / 员工600人 in a first message is the firm's headcount, not 5.2's full-time service team:
      // the team is read when named as one (服务团队, full-time service staff) or asked.
      const headcount =
        cue?.target === 'service_team_size' &&
        options.pending !== 'service_team_size' &&
        !/服务|专职|service|full-time|full time/u.test(clauseText(m, f.start));
      if (headcount) continue;
      // 其中专职财务2人 / 专职司机1名: full-time staff of another trade are no service team (5.2.1.2).
      if (
        cue?.target === 'service_team_size' &&
        /(?:财务|会计|出纳|司机|行政|后勤|保安|保洁|厨师|前台|driver|accountant|cleaner)[^，,。；;\d]{0,3}$/u.test(
          m.slice(clauseOf(m, f.start).start, f.start),
        )
      )
        continue;
      // 8 years of operating history: years of running training (5.5.1.1) only where training is talked about.
      if (cue?.target === 'training_years' && !/培训|training|trainee/u.test(m)) continue;
      // 今年要承办一场颁奖活动: a count said for another year does not answer a 2021 count.
      const clauseStart = clauseOf(m, f.start).start;
      if (cue && LAST_YEAR_FACT.test(cue.target) && saidForOtherYear(m.slice(clauseStart, f.start))) continue;
      // five events planned, to another count's question: a plan is no count of 2021's (public events held in 2021).
      if (
        cue &&
        LAST_YEAR_FACT.test(cue.target) &&
        options.pending &&
        cue.target !== options.pending &&
        lex.futureMarkers.some((w) => clauseText(m, f.start).includes(w))
      )
        continue;
      // 计划办10期，每期80人: a class's size is no total — the class size when that is asked, else not read as an answer.
      const perClass =
        f.kind === 'count' &&
        (PER_CLASS_AFTER.test(m.slice(f.end)) ||
          // 50 trainees, said alone to the smallest class's size: the pending class size (计划培训800人, 800 trainees
          // across 16 classes stay the total).
          (options.pending === 'min_class_size' &&
            cue?.target === 'planned_trainees' &&
            BARE_PEOPLE_BEFORE.test(m.slice(0, f.start)) &&
            BARE_PEOPLE_AFTER.test(m.slice(f.end))));
      if (
        (!cue || perClass) &&
        f.kind === 'count' &&
        (perClass || PER_CLASS_BEFORE.test(m.slice(clauseStart, f.start)))
      ) {
        // (60 trainees each / 60人一个班 names every class's size, so the smallest's, as 每班60人 does by its cue.)
        if (options.pending === 'min_class_size' || (perClass && !approx))
          mentions.push({ fact: 'min_class_size', value: n, source: f.text });
        else unclear.push({ fact: null, source: f.text, reason: 'qualified' });
        continue;
      }
      // 年均培训两千人次左右（含线上）: a count the fact's own blocks qualify (5.5.1.2 counts offline training) is asked.
      if (!loanTerm && cue && blockedIn(cue.target, commaClause(m, f.start))) {
        unclear.push({ fact: cue.target, source: f.text, reason: 'qualified' });
        continue;
      }
      if (loanTerm) mentions.push({ fact: 'loan_term_years', value: n, source: f.text });
      else if (cue) mentions.push({ fact: cue.target, value: n, source: f.text, ...(approx ? { approx } : {}) });
      else unbound.push({ kind: f.kind, value: n, source: f.text, ...(approx ? { approx } : {}) });
    }
  }

  // A bare number right after a count's word (total trainees is 900, 每班: 75): the count, whole, said as is.
  for (const cue of countCues) {
    const bare = bareNumberAfter(m, cue);
    if (!bare || mentions.some((x) => x.fact === cue.target)) continue;
    const span = { start: bare.start, end: bare.start + bare.numText.length };
    if (figures.some((f) => overlaps(f, span))) continue;
    // (Said as the count's value — is, 是, a colon —, not a team of 30 named in passing; nor a figure of another
    // unit: each is 40 km apart.)
    if (!/^\s*(?:是|为|:|：|is|are|was|were|=)\s*$/u.test(m.slice(cue.end, span.start))) continue;
    if (
      /^\s*[a-z]/u.test(m.slice(span.end)) &&
      !/^\s*(?:people|persons|trainees|participants|students)\b/u.test(m.slice(span.end))
    )
      continue;
    const n = parseNumeral(bare.numText);
    if (!n.ok || n.value.scaled || !Number.isInteger(n.value.value) || n.value.value <= 0) continue;
    mentions.push({ fact: cue.target, value: n.value.value, source: bare.numText, cue: cue.word });
  }

  // Bare numbers right after an amount cue: 银行贷了两千五. Their unit is 万 when the message gave other
  // figures in 万 (the way people shorten a second figure); otherwise it is not said.
  for (const cue of amountCues) {
    const said = bareNumberAfter(m, cue);
    if (!said) continue;
    // 主营一千九 哦不对是两千三: a bare figure taken back at once by another bare one; the second is the figure.
    const retaken = RETAKEN_BARE.exec(m.slice(said.start + said.numText.length));
    const bare =
      retaken?.[1] === undefined
        ? said
        : { numText: retaken[1], start: said.start + said.numText.length + retaken[0].length - retaken[1].length };
    const { numText, start } = bare;
    const span = { start, end: start + numText.length };
    if (figures.some((f) => overlaps(f, span)) || [...retracted].some((f) => overlaps(f, span))) continue;
    // 现金付了六千: a general verb (付了) right after a fact's word is that word's, not a cue of its own.
    const verbAfter = (c: Located<FactKey>, word: Located<FactKey>) => lex.weakCues.has(c.word) && c.start === word.end;
    if (amountCues.some((c) => c !== cue && c.start >= cue.end && c.start < span.end && !verbAfter(c, cue))) continue;
    if (amountCues.some((c) => c !== cue && !lex.weakCues.has(c.word) && verbAfter(cue, c))) continue;
    const n = parseNumeral(numText);
    if (!n.ok || n.value.scaled || n.value.value <= 0) continue;
    // 研发投入三年平均占营收4.5: a figure after 占 and an amount's word is a share of that amount, not the amount.
    if (/占了?[\s\u00a0]*$/u.test(m.slice(0, cue.start))) {
      unbound.push({ kind: 'percent', value: n.value.value, source: numText });
      continue;
    }
    const clause = clauseOf(m, cue.start);
    if (lex.hedges.some((w) => m.slice(clause.start, clause.end).includes(w))) continue;
    // 软件和系统集成380 云那块还没统计: a part left out of a bare figure too (a space after it is no break).
    const rest = s.slice(span.end, clauseOf(s, span.start).end);
    if (partLeftOut(s, span) || (/^\s/u.test(rest) && saysPartLeftOut(rest))) {
      unclear.push({ fact: cue.target, source: numText, reason: 'qualified' });
      continue;
    }
    // The unit comes from the message's other figures in 万, or, for a figure in the thousands named by an
    // amount's word (备案总投资三千五), from the 万元 every amount question asks in; the echo says so.
    const weakAway = lex.weakCues.has(cue.word) && askingFigure(options.pending) && options.pending !== cue.target;
    // (打算贷3000: a planned loan, bare or not, is asked.)
    if (plannedLoan(m, span, cue.target)) {
      unclear.push({ fact: cue.target, source: numText, reason: 'qualified' });
      continue;
    }
    const fact = weakAway
      ? undefined
      : (researchTotal(cue, m, options.pending) ?? remapped(cue.target, m, { ...span, kind: 'amount', text: numText }));
    // 设备软件4500: the fact's own blocks in the figure's clause hold for a bare figure too.
    if (fact && CLAUSE_BLOCKED.has(fact) && blockedFor(fact, m, clause)) {
      unclear.push({ fact, source: numText, reason: 'qualified' });
      continue;
    }
    if (fact && ((sawWan && n.value.value < 1e6) || (n.value.value >= 100 && n.value.value < 1e5))) {
      // (一百左右: a rough figure, echoed as 约; 一百出头 / 一百多 are at least it, read as 100 as before.)
      const rough = /^\s*(?:左右|上下)/u.test(m.slice(span.end));
      mentions.push({
        fact,
        value: n.value.value,
        source: numText,
        unitInherited: true,
        cue: cue.word,
        ...(rough ? { approx: true } : {}),
      });
    } else unbound.push({ kind: 'amount', value: n.value.value, source: numText, unitMissing: true });
  }

  // A bare number after a percentage's word is that percentage: 利率4.2, 持股70, 年利率 三点八五.
  for (const cue of percentCues) {
    // 研发投入占比平均4.5左右: Chinese says the average before the share, in the question's unit (%).
    const averaged = /\p{Script=Han}/u.test(cue.word) ? averagedAfter(m, cue) : undefined;
    const bare = bareNumberAfter(m, cue) ?? (mentions.some((x) => x.fact === cue.target) ? undefined : averaged);
    if (!bare) continue;
    const { numText, start } = bare;
    if (figures.some((f) => overlaps(f, { start, end: start + numText.length }))) continue;
    // hold 14 invention patents: a number that counts a thing is no percentage.
    if (
      /^\s+(?!percent\b|per cent\b|pct\b|now\b|after\b|today\b|overall\b|in total\b)[a-z]{3,}/u.test(
        m.slice(start + numText.length),
      )
    )
      continue;
    const r = parsePercent(numText, { allowNegative: true });
    const approx = /^\s*(?:左右|上下|多)/u.test(m.slice(start + numText.length));
    if (r.ok) mentions.push({ fact: cue.target, value: r.value, source: numText, ...(approx ? { approx } : {}) });
  }

  // 没贷款: a loan of 0.
  for (const c of noneCues) mentions.push({ fact: c.target, value: 0, source: c.word });

  const cueSpans = [...figures, ...amountCues, ...percentCues, ...countCues, ...noneCues, ...blocks];
  const turned = new Set<string>();
  for (const c of locate(m, cuts, lex.booleans, cueSpans)) {
    const [fact, v] = c.target.split('=') as [FactKey, string];
    // 新增了5家规上: firms counted, not the applicant's scale. Who the applicant is comes from openings only.
    if (
      fact === 'above_scale' &&
      /\d\s*[家个]\s*$|[家个]$/u.test(m.slice(Math.max(0, c.start - 3), c.start)) &&
      !/一家$/u.test(m.slice(0, c.start))
    )
      continue;
    // 给规上企业做免费诊断 / 为规上企业提供服务: the firms served, not the applicant.
    if (
      (fact === 'above_scale' || fact === 'industrial') &&
      /(?:给|(?<![作成认升评列定])为|帮|面向|服务于?|对)$/u.test(m.slice(Math.max(0, c.start - 3), c.start))
    )
      continue;
    if (APPLICANT_FACTS.has(fact) && !options.kinds && options.pending !== fact) continue;
    if (v === 'true' && options.pending !== fact && namesOnlyPartOf(fact, m, c.start)) continue;
    // 我们是市中小企业服务中心下面的平台公司 (tune-zx): a body under the one named is not it.
    if (fact === 'sme_service_center' && v === 'true' && UNDER_BODY.test(m.slice(c.end))) continue;
    // 我是咨询公司的，帮一家药企问: the speaker's own trade, said before speaking for the applicant.
    if (fact === 'industrial' && SPEAKING_FOR.test(m.slice(c.end))) continue;
    // 收购了一家纺织企业, 给园区里的制造企业提供服务: the deal target's or the customers' sector, not the applicant's.
    const clause = clauseOf(m, c.start);
    if (
      fact === 'industrial' &&
      (/收购|并购|兼并|并了|买下|控股了|acquired|acquisition of/u.test(m.slice(Math.max(0, c.start - 12), c.start)) ||
        /(给|为|帮|面向|服务于?|客户(是|都是|包括)?)[^，,。;；]{0,12}$|\b(for|serving|serve|serves|customers?( are| include)?)\s+([a-z-]+\s+){0,3}$/u.test(
          m.slice(clause.start, c.start),
        ))
    )
      continue;
    if (fact === 'industrial' && programsFactory(m, c)) continue;
    // we sell car parts / software for auto parts makers: the parts are others' products, not the applicant's trade.
    if (
      fact === 'industrial' &&
      /parts$/u.test(c.word) &&
      (/\b(?:sell|sells|selling|sold|distribut\w*|trad\w*|dealers?|import\w*|retail\w*|for|software|services?|consult\w*|test\w*|logistic\w*|moving|ship\w*|design\w*|e-commerce|inspect\w*|repair\w*)\b[^.;,]*$/u.test(
        m.slice(clauseOf(m, c.start).start, c.start),
      ) ||
        /^\s*(?:makers?|manufacturers?|dealers?|suppliers?|industry|sector|customers?|clients?|wholesal\w*|distribut\w*|trad\w*|e-commerce|platform|testing|logistics|design)\b/u.test(
          m.slice(c.end),
        ))
    )
      continue;
    // we make industrial internet security platform for factories: what is made is software, no plant's product.
    if (
      fact === 'industrial' &&
      /^(?:we make|we produce|we develop|做|开发)$/u.test(c.word) &&
      /^\s*(?:(?!and\b|or\b)[\w-]+\s+){0,4}?(?:software|platforms?|apps?|saas|websites?|(?:software|it|digital|cloud|security|internet)\s+(?:systems?|solutions?|services?))\b|^[^，,。；;]{0,12}(?:软件|平台|系统|app|解决方案|服务)/u.test(
        m.slice(c.end),
      )
    )
      continue;
    // 做汽车零部件行业的标识解析二级节点: the sector a service is for, not the applicant's own trade.
    if (fact === 'industrial' && /^\s*(行业|领域|产业链|industry\b|sector\b)/u.test(m.slice(c.end))) continue;
    const said = m.slice(clause.start, clause.end);
    // 汽车配件经销商, 做面料批发的, PCB设计软件: a trade named beside selling, services or software is no plant's.
    if (
      fact === 'industrial' &&
      v === 'true' &&
      !/厂|制造|生产/u.test(said) &&
      /销售|经销|批发|贸易|软件|检测|维修|代理|咨询|设计/u.test(said)
    )
      continue;
    // 好像是规上吧: a hedged statement is not a fact.
    if (lex.hedges.some((w) => said.includes(w))) continue;
    // 差一点到规上 / 快到规上了 / almost above-scale: a state not yet reached is not held.
    if (v === 'true' && NEARLY_BEFORE.test(m.slice(Math.max(clause.start, c.start - 16), c.start))) {
      mentions.push({ fact, value: false, source: m.slice(Math.max(clause.start, c.start - 4), c.end) });
      continue;
    }
    // 设备已经买了一大半: a yes said of a part is not said of the whole. (Only right after a verb of doing: 我们是规上企业
    // 部分产品出口 says nothing partial of the scale.)
    if (
      v === 'true' &&
      /了$/u.test(c.word) &&
      /^(?:一大半|大半|一半|一部分|大部分|小部分|部分|几台)/u.test(m.slice(c.end))
    )
      continue;
    // A negation before a positive phrase turns it (不是规上 is listed; 还不是工业企业 is read). A denial denied turns
    // only when said right against it (不是规下的 is 规上; 不是 上海总行放的 answers no, then says why), and only where
    // the two are each other's complement: 不是贸易公司 says nothing of being industrial — not recorded.
    const deniedRight = v === 'false' && /(不是|并不是|不算|没有)$/u.test(m.slice(Math.max(0, c.start - 3), c.start));
    if (deniedRight && fact !== 'above_scale') continue;
    const value = (v === 'true') !== (v === 'true' ? negated(m, c.start) : deniedRight);
    // 打算用贷款买设备 / 准备通过验收: a plan, not a thing done.
    if (value && DONE_FACTS.has(fact) && PLANNED_BEFORE.test(m.slice(Math.max(clause.start, c.start - 6), c.start)))
      continue;
    // 推荐单位验收了但意见还没出: a yes its next clause turns (但…) is no yes, nor is the turn a no: asked.
    if (value && takenBack(fact, m.slice(c.end, sentenceEnd(m, c.end)))) {
      turned.add(fact);
      continue;
    }
    mentions.push({ fact, value, source: c.word });
  }
  // 设备都已经用贷款买回来了 / the loan has not been used for equipment: a yes/no said in words a phrase list cannot
  // hold. A denial (the fact's false patterns) is read first; a yes after a negation or in a hedged clause is not.
  // Read from first messages and for the question pending; beside another question's answer, phrase lists only.
  // (Nor the turn's own no, read as a phrase: the fact is asked.)
  for (let i = mentions.length - 1; i >= 0; i--) if (turned.has(mentions[i]?.fact ?? '')) mentions.splice(i, 1);
  for (const { fact, value, pattern } of lex.booleanPatterns) {
    // (我们是发起方, said to another question of the deal — play-test 57 —: the initiator's answer is kept.)
    // (是的，我们是发起方: a yes first answers the question asked; the initiator is asked in its turn.)
    const sameDeal =
      fact === 'merger_initiator' &&
      DEAL_QUESTION.test(options.pending ?? '') &&
      !/^(?:是|对|有|嗯|yes\b)/u.test(m.trim());
    if (asking(options.pending) && options.pending !== fact && !sameDeal) continue;
    if (turned.has(fact)) continue;
    if (mentions.some((x) => x.fact === fact)) continue;
    const found = pattern.exec(m);
    if (!found) continue;
    if (negated(m, found.index) || hedgedAt(m, found.index)) continue;
    if (value === true && options.pending !== fact && namesOnlyPartOf(fact, m, found.index)) continue;
    mentions.push({ fact, value, source: found[0] });
  }
  // 12 classes of 4 days each / 12 classes, … each class 4 days / 12个班 每班4天: long classes are those of 3.5 days
  // or more (5.5.1.5), so all of them, or — every class shorter (each class only 3 days now) — none.
  // (12 classes of 2 days need not be all the classes: only every class said shorter gives none.)
  const some = /(\d+)\s+classes\s+of\s+(\d+(?:\.\d+)?)\s+days?/u.exec(m);
  const classes =
    some ??
    /(?:(\d+)\s+classes\b[^.;]{0,60}?)?\b(?:each|every)\s+class\s+(?:is\s+|lasts?\s+|of\s+|only\s+|now\s+)*(\d+(?:\.\d+)?)\s+days?/u.exec(
      m,
    ) ??
    /(?:(\d+)\s*个?班[^。；;]{0,20}?)?每(?:个)?班(?:次)?(?:都|只有|只|培训|为|是)*(\d+(?:\.\d+)?|[一二两三四五六七八九十]+)\s*(?:个)?(天半|天)/u.exec(
      m,
    );
  if (classes && !mentions.some((x) => x.fact === 'long_classes')) {
    // (每个班3天半 / 三天半: half a day more.)
    const whole = parseNumeral(classes[2] as string);
    const days = (whole.ok ? whole.value.value : Number.NaN) + (classes[3] === '天半' ? 0.5 : 0);
    if (days >= 3.5 && classes[1] !== undefined)
      mentions.push({ fact: 'long_classes', value: Number(classes[1]), source: classes[0] });
    else if (days < 3.5 && !some) mentions.push({ fact: 'long_classes', value: 0, source: classes[0] });
  }
  // cities: Nanjing, Suzhou, Yangzhou, Xuzhou / 在南京、苏州、扬州、徐州各办3期: a list of Jiangsu's cities in a
  // message about training counts the cities trained in (which regions they make is not read: 5.5.1.5 names 苏南、苏中、
  // 苏北 without listing their cities).
  if (!mentions.some((x) => x.fact === 'training_cities')) {
    const listed = citiesListed(m);
    // (To the regions question the cities say where the regions are, not that they are all the cities. The list
    // must be said of the training: in its clause, or after 'cities:'; 我们在苏州和无锡有两个厂 is where the plants are.)
    const sites =
      /^\s*(?:都|各)?(?:有|设有|建有|开了)?[^，,。；;]{0,6}(?:厂|公司|基地|车间|门店)|^\s*(?:we\s+)?(?:have|has)?\s*(?:\w+\s+)?(?:plants?|factories|offices|subsidiaries|sites)\b/u;
    const ofTraining =
      TRAINING.test(clauseText(m, listed.at)) ||
      /cities\s*[:：-]\s*$/u.test(m.slice(Math.max(0, listed.at - 12), listed.at)) ||
      (TRAINING.test(m) && !sites.test(m.slice(listed.end))) ||
      // (南京、苏州、扬州、徐州、淮安五个市, typed while another of the training program's questions shows: its cities.)
      (/^(?:training_direction_match|training_free|planned_trainees|min_class_size|long_classes)$/u.test(
        options.pending ?? '',
      ) &&
        // (Only a message that is the list: 8年了，南京、苏州、无锡都有办公室 names offices, not where the classes are.)
        /^[\s在]*$/u.test(m.slice(0, listed.at)) &&
        /^\s*(?:(?:这)?[一二三四五六七八九十\d]+个(?:设区)?市|等?(?:[一二三四五六七八九十\d]+)个?(?:地方|城市))?\s*[。.!！]*\s*$/u.test(
          m.slice(listed.end),
        ));
    if (
      listed.count >= 2 &&
      options.pending !== 'training_all_regions' &&
      (options.pending === 'training_cities' || ofTraining)
    )
      mentions.push({ fact: 'training_cities', value: listed.count, source: `${listed.count}` });
  }
  // 有龙头企业、可推广产品和示范应用基础: a fact whose every part is stated, none denied or hedged.
  for (const [fact, parts] of lex.allParts) {
    if (mentions.some((x) => x.fact === fact)) continue;
    const at = partsAt(m, parts);
    if (at.some((i) => i < 0 || partOpen(m, i))) continue;
    const source = parts.map((words, i) => words.find((w) => m.indexOf(w) === at[i]) ?? '').join('、');
    mentions.push({ fact, value: true, source });
  }
  // 南京一家软件公司 做工业互联网平台: a software firm running an industrial platform may or may not count as industrial (tune-b reads it so): not read.
  const software = mentions.findIndex(
    (x) => x.fact === 'industrial' && x.value === false && /软件(?:企业|公司)$/u.test(String(x.source)),
  );
  // (Only a software firm the speaker is: 系统集成商是一家软件企业 / MES是找南京一家软件公司做的 is a vendor.)
  if (
    software >= 0 &&
    (/工业互联网平台|工业互联网公司/iu.test(m) ||
      !/(?:^|[，,。\s])(?:我们|我司|本公司|我们公司|我公司)?(?:是|就是)?[^，,。；;是]{0,14}软件(?:企业|公司)/u.test(
        m,
      ) ||
      /(?:商|找|请|委托|外包给|供应商)[^，,。；;]{0,10}软件(?:企业|公司)/u.test(m))
  )
    mentions.splice(software, 1);
  // 规上 is 规模以上工业企业: an industrial enterprise by definition (contract §3).
  const scale = mentions.find((x) => x.fact === 'above_scale' && x.value === true);
  if (scale) {
    if (!mentions.some((x) => x.fact === 'industrial'))
      mentions.push({ fact: 'industrial', value: true, source: scale.source });
  }

  readPlace(m, cuts, mentions, options.places === true, options.pending === 'loan_from_jiangsu_bank');
  // `head`: 办展会 is cut 办展|会, so the phrase need only end a word.
  for (const c of locate(m, cuts, lex.valuePhrases, figures, 'head')) {
    const phrase = lex.valuePhrases.find((v) => v.word === c.word);
    // 不是展会，算活动 / an event, not an exhibition: a value denied is not said.
    if (phrase && (negated(m, c.start) || /\bnot\s+(?:an?\s+|the\s+)?$/u.test(m.slice(0, c.start)))) continue;
    // expo hall / 展厅 / 展示中心: a place to show things, no event.
    if (phrase && /^\s*(?:halls?|centers?|centres?|rooms?|booths?|stands?)\b|^(?:厅|馆|中心)/u.test(m.slice(c.end)))
      continue;
    // 展会和论坛都有, to exhibition or event: the answer's choice reads every option named (two here: asked), not the
    // one phrase it holds.
    if (phrase && options.pending === c.target && typeof phrase.value === 'string') continue;
    if (phrase) mentions.push({ fact: c.target, value: phrase.value, source: c.word, phrase: true });
  }
  if (options.kinds) readKind(m, cuts, mentions);
  // A bureau, park or university is not an industrial enterprise: a sector it names (装备制造业发展大会) is another's.
  const kind = mentions.find((x) => x.fact === 'applicant_kind');
  if (kind && kind.value !== 'enterprise') {
    for (let i = mentions.length - 1; i >= 0; i--) {
      if (mentions[i]?.fact === 'industrial' && mentions[i]?.value === true) mentions.splice(i, 1);
    }
  }
  // 规上, or a plant's sector (做灯具的, 纺织企业): an industrial enterprise, so an enterprise.
  const industrialBy = scale ?? mentions.find((x) => x.fact === 'industrial' && x.value === true);
  if (industrialBy && options.kinds && !mentions.some((x) => x.fact === 'applicant_kind')) {
    mentions.push({ fact: 'applicant_kind', value: 'enterprise', source: industrialBy.source });
  }
  if (options.stage) readStage(m, options, mentions);
  if (options.stage) stageFromDates(mentions, m);
  registrationDate(m, mentions, unbound);
  if (DEAL_WORDS.test(m) || /^(?:largest_shareholder|stake_after_pct|acquisition)/u.test(options.pending ?? ''))
    stakeAfterHolding(m, mentions, unbound);
  mergerFromDeal(m, mentions, options.pending == null);
  allCash(m, mentions, unbound, options.pending);
  refinedFigure(m, mentions, unbound, setAside);
  exTaxBeside(s, mentions, unbound, unclear);
  alternativeAfter(s, mentions, unclear);
  if (options.pending == null) onlineInside(s, mentions, unclear);
  // 截至去年底完成一千一百万: money completed by the end of 2021, said with no word of investing, is what was invested
  // by then (去年完成3000万的销售, with no cutoff, stays unbound).
  for (const u of [...unbound]) {
    if (u.kind !== 'amount' || mentions.some((x) => x.fact === 'invested_by_2021_end')) continue;
    // (截至去年底投了六百万 / 6 million invested by end of 2021, to the software question: invested by then, said so.)
    const at = s.indexOf(String(u.source));
    const after = at >= 0 ? s.slice(at + String(u.source).length) : '';
    // (A figure typed without its unit carries no context: the words before it in the message are its context.)
    const context = u.context ?? (at >= 0 ? s.slice(0, at) : '');
    const completed = /(?:截至|截止|到)\s*(?:去年|去年年|21年|2021年)底(?:前)?(?:已经|已)?完成了?\s*$/u.test(context);
    // (软件截至去年底投了600万, to the software question: the software's figure, said with its own word.)
    const invested =
      (/^\s*(?:截至|截止|到)\s*(?:去年|去年年|21年|2021年)底(?:前)?(?:已经|已)?(?:投了|投入了|投进去)\s*(?:约|大概|差不多)?\s*$/u.test(
        context,
      ) ||
        /^\s*(?:yuan|rmb)?\s*(?:was |were |had been )?(?:invested|spent|put in) by (?:the )?end of (?:2021|last year)\b/u.test(
          after,
        )) &&
      namedFacts(context).length === 0;
    if (!completed && !invested) continue;
    // (截至去年底完成1100万的销售: sales, output or orders completed are no investment.)
    if (/^\s*(?:左右|多)?\s*的?\s*(?:销售|产值|营收|收入|业绩|订单|合同|回款|出口)/u.test(after)) continue;
    mentions.push({
      fact: 'invested_by_2021_end',
      value: u.value,
      source: u.source,
      ...(u.approx ? { approx: true } : {}),
    });
    unbound.splice(unbound.indexOf(u), 1);
  }
  civilWorksBeside(s, mentions, unbound, unclear, setAside, options.pending);
  // (To the total's own question, the pair is read by the answer's basis: basisPairInWan, filedTotalAnswer.)
  if (options.pending !== 'total_investment') filedBesideNet(s, mentions, unclear);
  approvedBesideDrawn(m, mentions, unbound, unclear);
  subscribedBesidePaid(m, mentions, unclear);
  awardNotInterest(s, mentions, unclear);
  if (!/^acquisition/u.test(options.pending ?? '')) paidWithoutDeal(s, mentions, unclear);
  noneBesideFigure(mentions, unclear);
  parentFigures(m, mentions, unclear, unbound, setAside, options.pending);
  parentStatus(m, mentions);
  averageRevenue(s, mentions);
  oneYearOfAverage(s, mentions, unclear);
  upgradeInvestment(s, mentions);
  partOfFigure(m, mentions, unclear);
  partOfTotal(m, mentions, unbound);
  investedLastYear(m, mentions);
  investedToAnotherDay(m, mentions, unclear);
  nowBesideTarget(m, mentions, unclear);
  if (options.pending == null) platformAndDeal(m, mentions);
  questionedStatements(m, mentions, unclear);
  smallestClass(m, mentions, unbound);
  usualClassSize(m, mentions, unclear, options.pending);
  budgetBesideAudited(m, mentions);
  onlineCountedIn(m, mentions, unclear);
  pastTrainees(m, mentions);

  // A family word may end a longer one (世界物联网博览会, 重大展会 end with 博览会, 展会).
  // 办智改数转的培训班 / 智能制造展会: a field named as what a class or an event is about is its subject, not the
  // program applied for (the class is the training program's, the fair the expo's).
  const focus = [
    ...new Set(
      locate(m, cuts, lex.focus, figures, 'head')
        .filter(
          (c) => !SUBJECT_OF_EVENT.test(m.slice(c.end)) || c.target === 'talent-training' || c.target === 'expo-event',
        )
        .map((c) => c.target),
    ),
  ];
  const certifications = readCertifications(m, options);
  const certMentions = readCertMentions(m);

  return {
    ...settle(nextDeal(mentions, options.pending)),
    unbound,
    unclear,
    setAside,
    focus,
    certifications,
    certMentions,
  };
}

const SUBJECT_OF_EVENT =
  /^\s*(?:方面|领域|主题|相关|方向)?的?\s*(?:培训|培训班|培训课|课程|讲座|研修班|训练营|展会|博览会|展览会|论坛|峰会|大会|training|course|classes|workshop|expo|exhibition|fair|forum|summit)/u;

// 含税4520万，不含税4000万 / 75 million incl. VAT, ex-VAT 66.4 million / 2,260万 including VAT, so 2,000万 without.
const TAX_INCLUDED = /含税|含增值税|价税合计|incl(uding|\.)?\s+(\d+(\.\d+)?%\s+)?(vat|tax)|gross/u;
export const TAX_EXCLUDED =
  /不含税|不含增值税|除税|(?:去掉|扣掉|刨掉|除去|扣除)(?:了)?(?:增值)?税|ex[-\s]?vat|ex[-\s]?tax|excl(uding|\.)?\s+(vat|tax)|net of (vat|tax)|\bwithout\b|before (vat|tax)|pre-tax|\bnet\b/u;

/** Counts the guide takes offline only: SMEs served in person (5.3.1.2 线下服务), trainees (5.5.1.2 不含线上培训). */
export const OFFLINE_COUNTED: ReadonlySet<FactKey> = new Set(['smes_served_2021', 'trainees_3y_avg'] as FactKey[]);
/** An online part said to be inside a count (其中线上…, including online): 5.3.1.2 and 5.5.1.2 count offline only. */
export const ONLINE_INSIDE =
  /(?:其中|里面|里头|当中|(?<![不没未])(?:包括|包含)|(?<![不没未包])含)[^，,。；;]{0,12}(?:线上|直播|网课|网络培训)|(?:线上|直播|网课)[^，,。；;]{0,4}占|(?:大部分|大多|主要)(?:是|都是)?(?:线下|面授)|\b(?:mostly|mainly|largely)\s+(?:offline|in[- ]person|face[- ]to[- ]face)\b|\bmost of (?:them|these|those)\s+(?:are\s+|were\s+)?(?:offline|in[- ]person|face[- ]to[- ]face)\b|\b(?:including|of which|incl\.?)\b[^.;]{0,30}\bonline\b|\bonline\b[^.;]{0,12}\bincluded\b/iu;
/** Online said to be left out of a count (不含线上, all offline). */
export const ONLINE_EXCLUDED =
  /(?:没有|没|无|不含|不包含|不包括|除去|扣除|刨去)[^，,。；;]{0,4}(?:线上|直播|网课)|(?:全部|全是|都是|纯|只有)线下|(?:线上|直播|网课)[^，,。；;]{0,4}(?:没算|不算|另算|不计|没计)|\bno online\b|\bnot counted\b|\ball (?:offline|in[- ]person|face[- ]to[- ]face)\b|\bonline\b[^.;]{0,12}\b(?:not included|excluded)\b|\bexcluding online\b/iu;

/**
 * About 1,500 trainees a year including online courses (tune-zza: recorded as the three-year average): a count the guide
 * takes offline only (5.3.1.2, 5.5.1.2) said with online inside it, in a first message — asked, as an answer is.
 */
function onlineInside(s: string, mentions: Mention[], unclear: Unclear[]): void {
  for (const m of [...mentions]) {
    if (!OFFLINE_COUNTED.has(m.fact)) continue;
    const at = s.indexOf(m.source);
    if (at < 0) continue;
    const sentence = s.slice(sentenceStart(s, at), sentenceEnd(s, at));
    if (!ONLINE_INSIDE.test(sentence) || ONLINE_EXCLUDED.test(sentence)) continue;
    mentions.splice(mentions.indexOf(m), 1);
    unclear.push({ fact: m.fact, source: m.source, reason: 'qualified' });
  }
}

/**
 * 预算投1个亿左右吧 也可能八千多万 (tune-zz: the first recorded): a figure followed by another it may be instead is
 * neither — the fact is asked.
 */
function alternativeAfter(s: string, mentions: Mention[], unclear: Unclear[]): void {
  for (const m of [...mentions]) {
    if (typeof m.value !== 'number') continue;
    const at = s.indexOf(m.source);
    if (at < 0) continue;
    const after = s.slice(at + m.source.length, at + m.source.length + 16);
    if (!MAY_BE_INSTEAD.test(after)) continue;
    mentions.splice(mentions.indexOf(m), 1);
    unclear.push({ fact: m.fact, source: m.source, reason: 'ambiguous' });
  }
}
const MAY_BE_INSTEAD_WORDS =
  '[，,\\s]*(?:也可能|也许|或者|或是|要么|还可能|也有可能|\\b(?:or )?(?:maybe|possibly|perhaps)\\b)\\s*(?:是|会|要|就)?\\s*(?:\\d|[一二两三四五六七八九十])';
const MAY_BE_INSTEAD = new RegExp(`^[^，,。；;\\d]{0,4}${MAY_BE_INSTEAD_WORDS}`, 'u');
// (12 million, maybe 13 million: an English unit after the figure.)
const FIGURE_MAY_BE_ANOTHER = new RegExp(
  `(?:\\d|百分之[一二两三四五六七八九十百点]+|(?<!第)[一二两三四五六七八九十][一二两三四五六七八九十百千万亿]*(?:万|亿|千|百|个|成|年|月|人|家))[^，,。；;\\d]{0,9}${MAY_BE_INSTEAD_WORDS}`,
  'u',
);

/** The figures a message holds as read (1.2亿, 3月底, 30%), each once, at most four: for saying which were read. */
export const figuresSaid = (text: string): string[] =>
  [...new Set(findFigures(normalize(text)).map((f) => f.text))].slice(0, 4);

/** 1.2亿 也可能1.3亿, as an answer (thirty-second round: the first recorded): two figures, either of which it may be. */
export const figureMayBeAnother = (text: string): boolean => FIGURE_MAY_BE_ANOTHER.test(text);

/**
 * A figure set aside as tax-inclusive, with one ex-tax figure after it in the same sentence: the ex-tax one is the
 * fact's (the guide's amounts are 不含税). Anything else (two candidates, no ex-tax word) stays asked.
 */
function exTaxBeside(s: string, mentions: Mention[], unbound: Unbound[], unclear: Unclear[]): void {
  for (const u of [...unclear]) {
    if (u.reason !== 'qualified' || u.fact === null || mentions.some((x) => x.fact === u.fact)) continue;
    const at = s.indexOf(u.source);
    if (at < 0 || !TAX_INCLUDED.test(s.slice(Math.max(0, at - 8), at + u.source.length + 16))) continue;
    const rest = s.slice(at + u.source.length);
    const end = rest.search(/[。；;!?！？]|(?<!\b(?:incl|excl|approx|ca|no|vs))\.(\s|$)/u);
    const sentence = end < 0 ? rest : rest.slice(0, end);
    const candidates = unbound.filter((b) => b.kind === 'amount' && sentence.includes(b.source));
    if (candidates.length !== 1) continue;
    const b = candidates[0] as Unbound;
    const bAt = sentence.indexOf(b.source);
    if (!TAX_EXCLUDED.test(sentence.slice(Math.max(0, bAt - 10), bAt + b.source.length + 10))) continue;
    mentions.push({ fact: u.fact, value: b.value, source: b.source, ...(b.approx ? { approx: true } : {}) });
    unbound.splice(unbound.indexOf(b), 1);
    unclear.splice(unclear.indexOf(u), 1);
  }
}

// 八千多万 差不多八千五 / 一千二百多万 具体1230万 / roughly 30m, exactly 31.6m: the words between a rough figure and the
// exact one. A marker (具体, 准确说, exactly) may stand before the exact figure.
const REFINED =
  /^[ \t\n,，。;；:：吧啊呢]*(?:(具体(?:是|说)?|准确(?:地|来)?说?|确切(?:地|来)?说?|精确(?:地|来)?说?|实际(?:上)?|不含税(?:的话)?|\u00a0{3,}(?:的话)?|ex[- ]?vat|ex[- ]?tax|exactly|precisely|to be (?:exact|precise)|specifically)[\s,，:：]*|差不多|大概|大约|约|应该是)?\s*(?:是|为|有|it'?s|is)?\s*((?:rmb|cny|¥)?\s*(?:\d+(?:[.,]\d+)*|[零〇一二两三四五六七八九十百千点]+)\s*(?:万元|万|亿元|亿|million|m\b|mn\b)?)(?![\d零〇一二两三四五六七八九十百千万亿%年月号日个])/u;
// A figure said as rough: 八千多万, 三千来万, 大概两个亿, 四百万出头, about / roughly 30m.
const ROUGH_BEFORE = /(大概|大约|约|差不多|估计|about|roughly|around|approx\.?|approximately)\s*$/u;

/**
 * A rough figure followed at once by the exact one: inside the rough one's range (八千多万 差不多八千五), or, after a
 * word that says it is exact (具体是, 准确说是, exactly), within a quarter of it (大概两个亿吧，准确说是20,560万). The exact one
 * is the figure; one outside is a second figure, left as it is.
 */
function refinedFigure(m: string, mentions: Mention[], unbound: Unbound[], setAside: string[]): void {
  const figures = [
    ...mentions.filter((x) => FACT_BY_KEY.get(x.fact)?.type === 'amount'),
    ...unbound.filter((u) => u.kind === 'amount'),
  ].filter((f) => typeof f.value === 'number');
  for (const a of figures) {
    const at = m.indexOf(a.source);
    if (at < 0) continue;
    const many = /多[万亿]?$|多个?[万亿]/u.test(a.source);
    const after = m.slice(at + a.source.length);
    const rough =
      many ||
      a.approx === true ||
      ROUGH_BEFORE.test(m.slice(Math.max(0, at - 14), at)) ||
      /^\s*(出头|左右|上下|来的样子|ish)/u.test(after);
    if (!rough) continue;
    const next = REFINED.exec(after.replace(/^\s*(出头|左右|上下|ish)/u, ''));
    if (!next) continue;
    const marked = next[1] !== undefined;
    const text = next[2] as string;
    const roughValue = a.value as number;
    const inWan = /万/u.test(a.source) && !/亿/u.test(a.source);
    const read = parseAmountReading(/[万亿]|m\b|mn\b|million/u.test(text) ? text : `${text}${inWan ? '万' : '亿'}`);
    if (!read.ok) continue;
    const value = read.value.value;
    const inRange = many && insideRoughRange(roughValue, value);
    // (The exact one names its unit: 不含税的话两千五, bare, is asked.)
    const near =
      marked &&
      /[万亿]|m\b|mn\b|million/u.test(text) &&
      value >= roughValue * 0.75 &&
      value <= roughValue * 1.25 &&
      value !== roughValue;
    if (!inRange && !near) continue;
    const source = text.trim();
    const approx = !marked && /差不多|大概|大约|约/u.test(next[0]);
    const exact = { value, source, ...(approx ? { approx: true } : {}) };
    // The exact figure read on its own (1230万) is the same one: dropped before the rough one takes its value.
    const b = unbound.findIndex((u) => u !== a && normalize(u.source).includes(normalize(source)) && u.value === value);
    if (b >= 0) unbound.splice(b, 1);
    const { approx: _, ...rest } = a;
    if ('fact' in a) mentions.splice(mentions.indexOf(a), 1, { ...(rest as Mention), ...exact });
    else unbound.splice(unbound.indexOf(a), 1, { ...(rest as Unbound), ...exact });
    setAside.push(a.source);
  }
}

/** 六百多 前面说过了 620吧: the rough figure said again, then the exact one inside its range ending the message. */
export function settledFigure(s: string): string | undefined {
  // (利息去年付了大概九十几万 96万吧 / 三千来万 具体3200: 多, 来 and 几 after the rough figure, a few words before it;
  // 一百八十几万吧，185, play-test 53: a particle after it.)
  const settled =
    /^\s*(?:[^\d，,。；;一二两三四五六七八九十百千]{0,10}?(?:大概|大约|约|差不多)?)?([\d一二两三四五六七八九十百千]+?)(?:多|来|几)\s*(万|家|个|人次|人|场|次|名)?(?:吧|啊|呢|哈)?(\s*(?:前面|之前|刚才|刚|我)?说过了?|\s*准确(?:地)?(?:说|来说)?(?:是)?|\s*具体(?:是)?|\s*)(?:(?<=[说过是体])[\s,，]*|[\s,，]+)(\d+)\s*(万|家|个|人次|人|场|次|名)?\s*吧?[。.]?\s*$/u.exec(
      s,
    );
  if (!settled) return undefined;
  const rough = parseNumeral(settled[1] as string);
  const r = rough.ok ? Number(rough.value.value) : Number.NaN;
  return insideRoughRange(r, Number(settled[4])) ? `${settled[4]}${settled[5] ?? settled[2] ?? ''}` : undefined;
}

/**
 * 150多家，准确是156家 / about 150, exactly 156 firms: a rough count followed by the exact one inside its range is the
 * exact one (the text is rewritten so the count is read once).
 */
function exactCounts(s: string): string {
  // (备案是三千来万 具体3200: an amount in 万 likewise, its rough figure in words.)
  return s.replace(
    /([\d一二两三四五六七八九十百千]+?)(?:多|来|几)\s*(万|家|个|人次|人|场|次|名)?[\s,，]*(?:准确|具体|确切|精确)(?:地|来)?说?(?:是|为|有)?\s*(\d+)\s*(万|家|个|人次|人|场|次|名)?/gu,
    (whole, rough: string, unit: string | undefined, exact: string, unit2: string | undefined) => {
      const r = parseNumeral(rough);
      return r.ok && insideRoughRange(Number(r.value.value), Number(exact)) ? `${exact}${unit2 ?? unit ?? ''}` : whole;
    },
  );
}

/** Whether an exact figure lies inside a rough one's range (六百多 → 601…699, 150多 → 151…159). */
function insideRoughRange(rough: number, exact: number): boolean {
  return exact > rough && exact < rough + 10 ** Math.floor(Math.log10(lowestPlace(rough)));
}

/** The place of a figure's last non-zero digit: 8000 → 1000, 1200 → 100, 10000 → 10000. */
function lowestPlace(n: number): number {
  let place = 1;
  while (n % (place * 10) === 0 && place < n) place *= 10;
  return place;
}

// 扣掉土建那块是130万 / excluding that it's 1.3 million (said after a figure including the civil works).
const CIVIL_WORKS_OUT =
  /(扣掉|扣除|去掉|剔除|减掉|除去|刨掉|刨去|不含|不包括|不包含)了?[^，,。；;\d]{0,3}土建[^，,。；;\d]{0,6}$|\b(excluding|without|net of|less|minus)\s+(that|it|this|the civil[ -]works?(\s+part)?|civil[ -]works?(\s+part)?)\b[^.;,\d]{0,12}$/u;
// The facts the guide counts without civil works: 1.1.2 贷款利息(不含土建). Not the investment: 1.1.1.2 sets its floor on
// the 备案 total, so 备案5000万，不含土建4200万 is two figures and asked.
const WITHOUT_CIVIL_WORKS = new Set<FactKey>(['loan_interest_paid_2021']);

/**
 * 利息总共180万，扣掉土建那块是130万 / 1.8 million including the civil works; excluding that it's 1.3 million: the
 * figure without the civil works, said right after one figure of a fact the guide counts without them, is that
 * fact's; the gross figure is set aside.
 */
// 去年上半年没付利息，下半年付了60万: 付了 names a deal's payment only where a deal is talked about; beside the loan's
// interest (and no deal) it is the interest paid, else it is asked.
const PAID_IN_DEAL = /收购|并购|兼并|重组|股权|持股|目标企业|出资|acqui|stake|deal/u;
function paidWithoutDeal(s: string, mentions: Mention[], unclear: Unclear[]): void {
  const at = mentions.findIndex((x) => x.fact === 'acquisition_amount' && /付了|支付/u.test(x.cue ?? ''));
  const m = mentions[at];
  if (!m || PAID_IN_DEAL.test(s)) return;
  mentions.splice(at, 1);
  const from = s.indexOf(m.source);
  const own = from >= 0 ? clauseOf(s, from) : { start: 0, end: s.length };
  const before = own.start > 0 ? clauseOf(s, own.start - 1) : own;
  const ownText = s.slice(own.start, own.end);
  // (设备款先付了500万 beside 利息还没开始付: what was paid is named in its clause, and it is not the interest.)
  const paidFor = /设备|款|货|工程|房|租|工资|税|材料|equipment|machine/u.test(ownText);
  if (
    !paidFor &&
    /利息|付息|interest/u.test(s.slice(before.start, own.end)) &&
    !mentions.some((x) => x.fact === 'loan_interest_paid_2021' && x.value !== 0)
  ) {
    const none = mentions.findIndex((x) => x.fact === 'loan_interest_paid_2021');
    // (上半年没付利息 beside 下半年付了60万: the figure paid, not the half year with none.)
    if (none >= 0) mentions.splice(none, 1);
    mentions.push({ ...m, fact: 'loan_interest_paid_2021' });
  } else unclear.push({ fact: null, source: m.source, reason: 'ambiguous' });
}

// 市里给过80万设备奖励: the figure's own word after it names another grant (an award, an equipment subsidy), not the
// interest subsidy the cue before it (市里给过) was taken for.
function awardNotInterest(s: string, mentions: Mention[], unclear: Unclear[]): void {
  const at = mentions.findIndex(
    (x) => x.fact === 'other_interest_subsidy_2021' && typeof x.value === 'number' && x.value > 0,
  );
  const m = mentions[at];
  if (!m) return;
  const from = s.indexOf(m.source);
  if (from < 0) return;
  const after = s.slice(from + m.source.length, from + m.source.length + 8);
  // (区里贴息30万补助: the interest subsidy named before the figure, whatever follows.)
  if (/贴息|贴了|贴过/u.test(s.slice(clauseOf(s, from).start, from))) return;
  if (!/^\s*(?:的)?(?:设备|技改|研发|专项)?(?:奖励|奖金|补助|补贴|奖补)/u.test(after) || /^\s*(?:的)?贴息/u.test(after))
    return;
  mentions.splice(at, 1);
  unclear.push({ fact: 'other_interest_subsidy_2021', source: m.source, reason: 'qualified' });
}

// 备案总投资1.2亿，扣掉厂房土建和铺底流动资金，设备软件这些大概7600万: the filed total, then in the same sentence works
// taken out and another figure — two totals on two bases (1.1.1.2 measures the filed one, 1.2.3 the net one): neither
// is recorded from the message; the question asks which.
const WORKS_TAKEN_OUT =
  /(扣掉|扣除|去掉|剔除|减掉|除去|刨掉|刨去|不含|不包括|不包含)了?[^\d]{0,4}(?:土建|厂房)([^\d]*?)(?:\d{3,}(?:\.\d+)?|\d+(?:\.\d+)?\s*(?:万|亿|千万)|[一二两三四五六七八九十][千百零一二两三四五六七八九十]*\s*(?:万|亿|千万))/u;

function filedBesideNet(s: string, mentions: Mention[], unclear: Unclear[]): void {
  const at = mentions.findIndex((x) => x.fact === 'total_investment');
  const total = mentions[at];
  if (!total) return;
  const from = s.indexOf(total.source);
  // (总投资5000万（不含税，不含土建），其中软件1200万: a total said on the net basis is that one.)
  if (from < 0 || !/备案/u.test(s.slice(Math.max(0, from - 12), from))) return;
  const after = (s.slice(from + total.source.length).split(/[。!?！？;；]/u)[0] ?? '').slice(0, 40);
  const out = WORKS_TAKEN_OUT.exec(after);
  // (扣掉土建以后，其中设备3000万: a part of it, not the net total. 不含土建 alone qualifies the total said before it —
  // 备案总投资6000万（不含土建），贷款2500万 — unless a figure is offered on that basis: 不含土建的话7600万.)
  const gap = out?.[2] ?? '';
  if (!out || /其中/u.test(gap) || (/^不/u.test(out[1] ?? '') && !/的话|就是|是|则|算/u.test(gap))) return;
  mentions.splice(at, 1);
  unclear.push({ fact: 'total_investment', source: total.source, reason: 'qualified' });
}

function civilWorksBeside(
  s: string,
  mentions: Mention[],
  unbound: Unbound[],
  unclear: Unclear[],
  setAside: string[],
  pending: string | null | undefined,
): void {
  const nets = [
    ...unbound.filter((u) => u.kind === 'amount').map((u) => ({ source: u.source, value: u.value, approx: u.approx })),
    ...unclear.filter((u) => u.fact === null).map((u) => ({ source: u.source, value: undefined, approx: undefined })),
  ].filter((f) => {
    const at = s.indexOf(f.source);
    return at > 0 && CIVIL_WORKS_OUT.test(s.slice(Math.max(0, at - 24), at));
  });
  if (nets.length !== 1) return;
  const net = nets[0] as (typeof nets)[number];
  const netAt = s.indexOf(net.source);
  const earlier = (source: string) => s.indexOf(source) >= 0 && s.indexOf(source) < netAt;
  const named = mentions.filter((x) => WITHOUT_CIVIL_WORKS.has(x.fact) && earlier(x.source));
  // To the question asked (180万，不含土建130万), the one figure before it is the gross one.
  const asked = pending && WITHOUT_CIVIL_WORKS.has(pending as FactKey) ? (pending as FactKey) : null;
  const bare = asked && named.length === 0 ? unbound.filter((u) => u.kind === 'amount' && earlier(u.source)) : [];
  const gross =
    named.length === 1
      ? { fact: (named[0] as Mention).fact, source: (named[0] as Mention).source }
      : bare.length === 1 && asked
        ? { fact: asked, source: (bare[0] as Unbound).source }
        : undefined;
  if (!gross) return;
  // Within the sentence the gross figure was said in.
  if (/[。!?！？]|\.\s/u.test(s.slice(s.indexOf(gross.source) + gross.source.length, netAt))) return;
  const read = net.value === undefined ? parseAmountReading(net.source) : undefined;
  const value = net.value ?? (read?.ok ? read.value.value : undefined);
  if (typeof value !== 'number') return;
  const mention: Mention = { fact: gross.fact, value, source: net.source, ...(net.approx ? { approx: true } : {}) };
  const at = mentions.findIndex((x) => x.source === gross.source && x.fact === gross.fact);
  if (at >= 0) mentions.splice(at, 1, mention);
  else mentions.push(mention);
  setAside.push(gross.source);
  for (const list of [unbound, unclear] as { source: string }[][]) {
    for (const source of [net.source, gross.source]) {
      const i = list.findIndex((x) => x.source === source);
      if (i >= 0) list.splice(i, 1);
    }
  }
}

const LOAN_APPROVED =
  /批了|批复|审批|授信|额度|合同(金额)?|签了|\bapproved\b|\bsanctioned\b|\bcredit line\b|\bfacility\b|\bsigned\b/u;
const LOAN_DRAWN = /放款|放了|提款|提了|用了|到账|到位|\bdrawn\b|\bdrew\b|\bdisbursed\b|\breleased\b|\bdrawdown\b/u;
// Their English words alone, said after a figure (35m approved, 28m drawn); Chinese ones after it are another thing's.
const LOAN_APPROVED_EN = /\b(?:approved|sanctioned|signed|credit line|facility)\b/u;
const LOAN_DRAWN_EN = /\b(?:drawn|drew|disbursed|released|drawdown)\b/u;

/**
 * 贷款批了5000万，目前放款2200万 / loan approved for 50m yuan but we've only drawn 22m: which one is the loan the
 * guide counts is asked (the corpus convention, 授信 vs 提款), never the approved figure recorded.
 */
function approvedBesideDrawn(m: string, mentions: Mention[], unbound: Unbound[], unclear: Unclear[]): void {
  const loan = mentions.find((x) => x.fact === 'fixed_asset_loan' && typeof x.value === 'number');
  if (!loan) return;
  const at = m.indexOf(loan.source);
  const after = at + loan.source.length;
  // (35m approved, 28m drawn so far (tune-zx): English says it after the figure, up to the clause's end.)
  // (Only English words after it: 合同签了5年, after a Chinese loan figure, is the term.)
  const saidAfter = (from: number) => m.slice(from, from + 14).split(/[，,。;；]/u)[0] ?? '';
  if (at < 0 || !(LOAN_APPROVED.test(m.slice(Math.max(0, at - 14), at)) || LOAN_APPROVED_EN.test(saidAfter(after))))
    return;
  const drawn = unbound.find((u) => {
    const uAt = m.indexOf(u.source);
    return (
      u.kind === 'amount' &&
      uAt > at &&
      (LOAN_DRAWN.test(m.slice(Math.max(after, uAt - 16), uAt)) || LOAN_DRAWN_EN.test(saidAfter(uAt + u.source.length)))
    );
  });
  if (!drawn) return;
  mentions.splice(mentions.indexOf(loan), 1);
  unclear.push({ fact: 'fixed_asset_loan', source: loan.source, reason: 'ambiguous' });
}

/**
 * 注册资金认缴1000万实缴300万: which of the two is 5.5.1.2's 注册资金 is asked (a careful official may count either),
 * never the first figure recorded.
 */
function subscribedBesidePaid(m: string, mentions: Mention[], unclear: Unclear[]): void {
  const capital = mentions.find((x) => x.fact === 'registered_capital');
  if (!capital || !SUBSCRIBED_AND_PAID.test(m) || !twoFiguresDiffer(m)) return;
  mentions.splice(mentions.indexOf(capital), 1);
  unclear.push({ fact: 'registered_capital', source: capital.source, reason: 'ambiguous' });
}

/** Two amounts said that differ (认缴1000万实缴300万), not the same one twice (认缴实缴都是500万). */
export function twoFiguresDiffer(plain: string): boolean {
  const figures = (plain.match(/[\d.]+\s*[万亿]|[零一二两三四五六七八九十百千]+\s*[万亿]/gu) ?? []).map((f) =>
    parseAmountReading(f),
  );
  const values = new Set(figures.flatMap((r) => (r.ok ? [r.value.value] : [])));
  return values.size >= 2;
}

/** 认缴…实缴 / subscribed … paid-in: two registered capitals said together. */
export const SUBSCRIBED_AND_PAID = /(?=.*(?:认缴|subscribed))(?=.*(?:实缴|实收|paid[- ]in|paid up|paid-up))/isu;

/**
 * 8.5m of the 25m total spent by Dec 31 2021 / 900万 out of 4000万: a bare amount said as a part of the total, in a
 * clause about what was invested by the end of 2021, is that amount.
 */
function partOfTotal(m: string, mentions: Mention[], unbound: Unbound[]): void {
  const total = mentions.find((x) => x.fact === 'total_investment');
  if (!total || mentions.some((x) => x.fact === 'invested_by_2021_end')) return;
  const words = lexicon().contextRemap.get('total_investment')?.words ?? [];
  for (const u of unbound) {
    if (u.kind !== 'amount') continue;
    const at = m.indexOf(`${u.source} `);
    if (at < 0) continue;
    const after = m.slice(at + u.source.length);
    if (!new RegExp(`^\\s+(?:out\\s+)?of\\s+(?:the\\s+|a\\s+|our\\s+)?${escapeRegExp(total.source)}`, 'u').test(after))
      continue;
    const clause = clauseText(m, at);
    if (!words.some((w) => clause.includes(w))) continue;
    mentions.push({ fact: 'invested_by_2021_end', value: u.value, source: u.source });
    unbound.splice(unbound.indexOf(u), 1);
    return;
  }
}

/**
 * 总投资4000万，去年投了1500万: of two figures for the total, the one said as invested last year is what was invested by
 * the end of 2021 (the project's spending before 2021 is asked about no other way).
 */
function investedLastYear(m: string, mentions: Mention[]): void {
  const totals = mentions.filter((x) => x.fact === 'total_investment' && !x.superseded);
  if (new Set(totals.map((x) => x.value)).size !== 2 || mentions.some((x) => x.fact === 'invested_by_2021_end')) return;
  const lastYear = totals.filter((x) => {
    const at = m.indexOf(x.source);
    if (at < 0) return false;
    const clause = clauseText(m, at);
    return /(去年|2021年|21年)[^，,。；;]{0,4}(已经|已)?(投了|投入了?|花了)|\b(in 2021|last year)\b[^,.;]{0,10}\b(spent|invested)\b|\b(spent|invested)\b[^,.;]{0,10}\b(in 2021|last year)\b|\b(spent|invested)\b[^,;]{0,24}\b(?:by|as of|until|through)\s+(?:the\s+)?(?:end\s+of\s+2021|end[- ]2021|31(?:st)?\s+dec\w*\.?\s+2021|dec\w*\.?\s+31(?:st)?,?\s+2021|2021[-/.]12[-/.]31)\b/u.test(
      clause,
    );
  });
  if (lastYear.length !== 1) return;
  const i = mentions.indexOf(lastYear[0] as Mention);
  mentions[i] = { ...(lastYear[0] as Mention), fact: 'invested_by_2021_end' };
}

/**
 * 省级中小企业公共服务示范平台…项目投入520万: a platform's (or 双创基地's, 服务中心's) investment is its 2021 platform
 * investment (5.3.1), not a project's total; a stake over half is the largest by arithmetic (3.1.1). Read only
 * from a message that answers no question (an opening, a statement after the verdict).
 */
function platformAndDeal(m: string, mentions: Mention[]): void {
  const total = mentions.findIndex((x) => x.fact === 'total_investment');
  if (total >= 0 && SME_PLATFORM.test(m) && !mentions.some((x) => x.fact === 'platform_investment_2021'))
    mentions[total] = { ...(mentions[total] as Mention), fact: 'platform_investment_2021' };
  const stake = mentions.find((x) => x.fact === 'stake_after_pct');
  if (typeof stake?.value === 'number' && stake.value > 50 && !mentions.some((x) => x.fact === 'largest_shareholder'))
    mentions.push({ fact: 'largest_shareholder', value: true, source: stake.source });
}
const SME_PLATFORM =
  /中小企业公共服务示范平台|双创示范基地|中小企业服务中心|(?<!(?:安全|交通|养老|医疗|消费|健康|教育|文旅|旅游|文化|政务|城市|物流|社区)的?)公共服务平台|\bsme (public )?service (platform|cent(?:re|er))\b|\b(entrepreneurship|innovation and entrepreneurship) (demonstration )?base\b|(?<!\b(?:security|traffic|transport|elderly[- ]care|health|healthcare|medical|city|logistics|tourism|culture|cultural|education|government) )\bpublic service (demonstration )?platform\b/u;
// (An information-consumption or security platform serving the public — 智慧交通的公共服务平台, 工业互联网安全公共服务平台 — is
// no SME platform: its figure stays the project's total.)

/**
 * 贷款是省内的银行吗不清楚 / is that a Jiangsu bank? not sure: a yes/no said as a question or with a doubt right after it
 * is not stated: asked.
 */
function questionedStatements(m: string, mentions: Mention[], unclear: Unclear[]): void {
  askInstead(mentions, unclear, 'ambiguous', (x) => {
    const at = m.indexOf(x.source);
    return (
      typeof x.value === 'boolean' &&
      at >= 0 &&
      DOUBTED_AFTER.test(m.slice(at + x.source.length, at + x.source.length + 12))
    );
  });
}
const DOUBTED_AFTER = /^[^，,。；;]{0,4}?(?:吗|么|不清楚|不确定|不知道|说不准|待确认|\?|？|\s+not sure\b|\s+unsure\b)/u;

/**
 * 到今年6月底投了九百万 / as of now we have spent 9m: what was invested up to a day after 2021 is neither the total nor
 * what was invested by the end of 2021 (the question's own day): asked.
 */
function investedToAnotherDay(m: string, mentions: Mention[], unclear: Unclear[]): void {
  askInstead(mentions, unclear, 'qualified', (x) => {
    const at = m.indexOf(x.source);
    return (
      (x.fact === 'total_investment' || x.fact === 'invested_by_2021_end') &&
      at >= 0 &&
      (INVESTED_TO_LATER_DAY.test(m.slice(clauseOf(m, at).start, at)) ||
        SO_FAR_AFTER.test(m.slice(at + x.source.length, at + x.source.length + 40)))
    );
  });
}
/**
 * 现在注册量1.5亿，项目完成时能到3亿 / 接入企业现在600多家，目标1200家: a count said as it stands now, beside a figure the
 * same message gives for completion or as the target — the guide's 1.3.2.1.2 measures are at completion — is not the
 * fact asked; and the level to be reached (完成时能到3亿) is no investment. Both asked.
 */
function nowBesideTarget(m: string, mentions: Mention[], unclear: Unclear[]): void {
  // 在建…现在累计标识注册量一亿八千万左右 计划明年6月底上线 (tune-zs): a cumulative count the guide measures at completion,
  // said as it stands now while completion is still ahead, is a floor of the figure at completion — it settles the guide's
  // minimum when it already reaches it (目前累计标识注册量2.3亿, tune-h), and is asked when below it (it may yet get there).
  if (
    /明年|后年|计划|预计|在建|正在|还没上线|未上线|2023|\b(?:will|planned|expected|under construction|go[- ]live)\b/u.test(
      m,
    ) &&
    // (节点去年已经建成上线了: live already, the count now is the count at completion or above it.)
    !/已经?(?:建成)?上线|建成上线|上线运行|已建成|已经建成|\b(?:is|went|already) live\b/u.test(m)
  )
    askInstead(mentions, unclear, 'qualified', (x) => {
      const floor = AT_COMPLETION_FLOOR[x.fact];
      const at = m.indexOf(x.source);
      if (floor === undefined || at < 0 || typeof x.value !== 'number' || x.value >= floor) return false;
      const sentence = m.slice(m.slice(0, at).search(/[。；;.!?！？][^。；;.!?！？]*$/u) + 1, at + x.source.length);
      return NOW_IN_CLAUSE.test(sentence) && !TARGET_LATER.test(clauseText(m, at));
    });
  if (!TARGET_LATER.test(m)) return;
  askInstead(mentions, unclear, 'qualified', (x) => {
    const at = m.indexOf(x.source);
    if (at < 0) return false;
    const clause = clauseOf(m, at);
    const type = FACT_BY_KEY.get(x.fact)?.type;
    if (type === 'amount') return TARGET_REACHED.test(m.slice(clause.start, at));
    const unit = FACT_BY_KEY.get(x.fact)?.unit;
    return (
      (type === 'count' || type === 'number') &&
      unit !== undefined &&
      NOW_IN_CLAUSE.test(m.slice(clause.start, clause.end)) &&
      // (The target of the same measure, by its unit: 目标1200家 for the enterprises, not 完成时注册量3亿.)
      // (年底能到1100, the unit left off at the message's end: no other measure is said.)
      new RegExp(
        `(?:${TARGET_LATER.source})[\\d.,]*\\s*(?:多|余)?\\s*(?:${escapeRegExp(unit)}|左右)?\\s*$|(?:${TARGET_LATER.source})[\\d.,]*\\s*(?:多|余)?\\s*${escapeRegExp(unit)}`,
        'u',
      ).test(m.slice(clause.end))
    );
  });
}
// The cumulative measures 1.3.2.1.3 counts at the project's completion (their questions say 项目完成时), with its minimums
// (累计标识注册量不低于2亿，累计标识解析量不低于1亿; the rule in src/rules/programs/jiangsu-2022.ts reads the same clause).
const AT_COMPLETION_FLOOR: Readonly<Partial<Record<string, number>>> = {
  identifier_registrations_yi: 2,
  identifier_resolutions_yi: 1,
};
// (已接入800家: 已 before the measure's verb says now, too.)
const NOW_IN_CLAUSE =
  /目前|现在|眼下|当前|已经?(?:接入|注册|解析|服务|达到)|\b(?:currently|right now|now|at present|so far)\b/u;
// A figure for completion or a target: 完成时能到3亿, 目标1200家, 建成后达到, target 1,200, at completion 3.
const TARGET_LATER =
  /(?:完成时|建成后|验收时|到时候|目标|完成后|项目结束)[^，,。；;\d]{0,8}\d|(?:年底|明年|后年|上线(?:时|前|后)?)[^，,。；;\d]{0,3}(?:能到|能达到|能有|会到|会有|可达|预计)[^，,。；;\d]{0,4}\d|\b(?:target(?:ed)?|at completion|by completion|on completion)\b[^,.;\d]{0,12}\d/u;
// The level to be reached: 完成时能到, 建成后达到 (before the figure, in its clause; 建成后总投资3200万 is the total).
const TARGET_REACHED = /(?:完成时|建成后|验收时|到时候|目标|完成后)[^，,。；;]{0,4}(?:能到|能达到|达到|可达|要到)\s*$/u;

// we spent about 3.2 million so far: up to now, said after the figure.
const SO_FAR_AFTER = /^[^,.;，。；]{0,30}\b(?:so far|to date|until now|up to now|till now)\b/u;
const INVESTED_TO_LATER_DAY =
  /(?:到|截至|截止到?|至)\s*(?:今年|目前|现在|本月|上个?月|这个月|2022年|22年)[^，,。；;]{0,8}(?:已经|已)?(?:投了|投入了?|花了|完成投资)|\b(?:as of|by|until|up to)\s+(?:now|today|this year|this month|last month|(?:[a-z]+\s+)?2022)\b[^,.;]{0,20}\b(?:spent|invested)\b|(?:目前为止|到目前|迄今|到现在为止)[^，,。；;]{0,6}(?:已经|已)?(?:投了|投入了?|花了)/u;

/**
 * 市里没给过，县里好像给了20万: a "none" beside a figure the same message gives (or hedges) is not a zero; asked.
 */
function noneBesideFigure(mentions: Mention[], unclear: Unclear[]): void {
  askInstead(
    mentions,
    unclear,
    'ambiguous',
    (x) =>
      x.value === 0 &&
      /没|no |none|nil|zero/u.test(x.source) &&
      !/\d/u.test(x.source) &&
      // Another figure for it, or one hedged beside it (a 流贷 or 含税 figure is another basis, not this fact's).
      (mentions.some((y) => y.fact === x.fact && y.value !== 0) ||
        unclear.some(
          (u) =>
            (u.fact === x.fact || u.fact === null) &&
            u.reason === 'ambiguous' &&
            /[万亿元]|million|yuan|rmb|\dm\b/u.test(u.source),
        )),
  );
}

/**
 * Takes each mention `asked` holds for out of `mentions` and into `unclear` with `reason`: stated, but to be asked
 * about (checked from the last one back, as each is taken out).
 */
function askInstead(
  mentions: Mention[],
  unclear: Unclear[],
  reason: UnclearReason,
  asked: (x: Mention) => boolean,
): void {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const x = mentions[i] as Mention;
    if (!asked(x)) continue;
    mentions.splice(i, 1);
    unclear.push({ fact: x.fact, source: x.source, reason });
  }
}

// our parent paid 50m / the group spent RMB 300m on R&D / 母公司去年交了… : the figure is the parent's or the group's.
export const PARENT =
  /\b(our|the) (parent|parent company|group|holding)\b|\bgroup-wide\b|\b(group |)consolidated\b|合并报表|合并口径|\bparent company\b|\bgroup (revenue|sales|turnover|r&d|profit)\b|母公司|集团总部|集团层面|集团整体|集团合并|集团(?:公司)?(?:的|那边)?(?:去年|2021年|21年|今年)?(?:的)?(?:营收|收入|销售|总营收|营业额|是|有|一共|总共)|总部那边/u;

// 目标公司去年收入2个亿 / the target's own revenue / 合作方投了…: another party's figure (a deal's own figures aside).
const OTHER_PARTY =
  /目标公司|目标企业|被(?:收购|并购)(?:方|的?企业|的?公司)|标的(?:公司|企业)|对方(?:公司|企业)|合作方|合作单位|\b(?:the )?target(?:'s| company| firm)?\b|\bthe acquired (?:company|firm|business)\b|\b(?:our )?partner(?:'s| company| firm)\b/u;
const DEAL_FACT = /^(acquisition|merger|stake|largest_shareholder)/u;

// 我们这个子公司自己 / 我们公司自己 / ours alone / our own subsidiary did: the figure is the applicant's own.
const OWN_FIGURE =
  /自己|本公司|本企业|我们公司|我们这个?子公司|我们这边|单体|申报主体|申报单位|\bitself\b|\bthe applicant\b|\bours\b|\bour own\b|\bourselves\b|\balone\b|\bby itself\b|\bon (?:its|our) own\b|\bstandalone\b/u;

/**
 * Amounts said in a clause about the parent or the group are not the applicant's: asked, not recorded.
 * When one other figure is said to be the applicant's own (集团12个亿，我们这个子公司自己大概3个亿; group revenue is
 * 3bn, ours alone 350 million), it is the fact the parent's figure was named for (or the amount asked), and the
 * parent's figure is set aside.
 */
function parentFigures(
  m: string,
  mentions: Mention[],
  unclear: Unclear[],
  unbound: Unbound[],
  setAside: string[],
  pending: string | null | undefined,
): void {
  const parents: { fact: FactKey | null; source: string }[] = [];
  for (let i = mentions.length - 1; i >= 0; i--) {
    const x = mentions[i] as Mention;
    if (FACT_BY_KEY.get(x.fact)?.type !== 'amount' || typeof x.value !== 'number') continue;
    const at = m.indexOf(x.source);
    if (at < 0) continue;
    const clause = clauseText(m, at);
    if (!PARENT.test(clause) && !(OTHER_PARTY.test(clause) && !DEAL_FACT.test(x.fact))) continue;
    mentions.splice(i, 1);
    unclear.push({ fact: x.fact, source: x.source, reason: 'qualified' });
    parents.push({ fact: x.fact, source: x.source });
  }
  for (const u of unbound) {
    const at = m.indexOf(u.source);
    if (u.kind === 'amount' && at >= 0 && PARENT.test(clauseText(m, at)))
      parents.push({ fact: null, source: u.source });
  }
  for (const x of unclear) {
    const at = m.indexOf(x.source);
    if (x.fact && !parents.some((p) => p.source === x.source) && at >= 0 && PARENT.test(clauseText(m, at)))
      parents.push({ fact: x.fact, source: x.source });
  }
  if (parents.length !== 1) return;
  const parent = parents[0] as { fact: FactKey | null; source: string };
  const pendingAmount = pending && FACT_BY_KEY.get(pending)?.type === 'amount' ? (pending as FactKey) : null;
  const fact = parent.fact ?? pendingAmount;
  if (!fact || (parent.fact && pendingAmount && parent.fact !== pendingAmount)) return;
  const own = unbound.filter((u) => {
    const at = m.indexOf(u.source);
    return u.kind === 'amount' && at >= 0 && OWN_FIGURE.test(clauseText(m, at)) && !PARENT.test(clauseText(m, at));
  });
  if (own.length !== 1 || mentions.some((x) => x.fact === fact)) return;
  const u = own[0] as Unbound;
  mentions.push({ fact, value: u.value, source: u.source, ...(u.approx ? { approx: true } : {}) });
  unbound.splice(unbound.indexOf(u), 1);
  const parentAt = unbound.findIndex((x) => x.source === parent.source);
  if (parentAt >= 0) unbound.splice(parentAt, 1);
  const unclearAt = unclear.findIndex((x) => x.source === parent.source);
  if (unclearAt >= 0) unclear.splice(unclearAt, 1);
  setAside.push(parent.source);
}

/**
 * 近三年平均收入八百来万 / revenue averaged 6 million over three years: the average, not 2021's revenue (the words
 * 近三年平均 are masked before cues are read, so the clause is read here in the text as typed).
 */
function averageRevenue(s: string, mentions: Mention[]): void {
  for (const [i, x] of mentions.entries()) {
    if (x.fact !== 'revenue_last_year' || mentions.some((y) => y.fact === 'revenue_3y_avg')) continue;
    const at = s.indexOf(x.source);
    if (at >= 0 && /平均|年均|average|averaged/u.test(clauseText(s, at)))
      mentions.splice(i, 1, { ...x, fact: 'revenue_3y_avg' });
  }
}

// Facts the guide measures as a three-year average (3.2.1(2)(3), 5.5.1.3).
const AVERAGE_FACTS: ReadonlySet<string> = new Set([
  'rd_ratio_3y_avg_pct',
  'revenue_growth_3y_avg_pct',
  'revenue_3y_avg',
  'trainees_3y_avg',
]);

/**
 * 去年研发投入占比5% / R&D was 5% of revenue last year: one year's figure is not the three-year average the fact is,
 * so it is asked (the average may be above or below it). A clause that also says 平均 / 年均 / 近三年 / a year is read
 * as the average.
 */
function oneYearOfAverage(s: string, mentions: Mention[], unclear: Unclear[]): void {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const x = mentions[i] as Mention;
    if (!AVERAGE_FACTS.has(x.fact)) continue;
    const at = s.indexOf(String(x.source));
    if (at < 0) continue;
    // (研发占比5.3 去年交税520万: Chinese clauses may be parted by a space alone.)
    const clause =
      clauseText(s, at)
        .split(/(?<=\p{Script=Han}|\d|%)\s+(?=\p{Script=Han})/u)
        .find((c) => c.includes(String(x.source))) ?? clauseText(s, at);
    // (Revenue growth: 2019 +6%, 2020 +9%: a year right before its figure, one of several years.)
    if (
      !/去年|上年|上一年|前年|2021年|21年|2020年|last year|in 20(?:19|20|21)\b|for 20(?:19|20|21)\b|(?<![\d-])20(?:19|20|21)\s*[:：]?\s*[+＋]?\s*\d+(?:\.\d+)?\s*%/iu.test(
        clause,
      )
    )
      continue;
    if (
      /平均|年均|每年|近三年|近3年|三年|3年|average|avg|per year|a year|annual|over (?:the )?(?:last |past )?(?:three|3) years/iu.test(
        clause,
      )
    )
      continue;
    mentions.splice(i, 1);
    unclear.push({ fact: x.fact, source: x.source, reason: 'qualified' });
  }
}

// 3.2.1(4)'s parts of the 项目综合投入: its own words, and the general ones beside them.
const UPGRADE_OWN = /设备更新|智改数转|软硬件升级|软硬件|专业化服务|管理升级|安全升级|创新升级/u;
const UPGRADE_PARTS = /研发|技改|设备更新|智改数转|软硬件|专业化服务|管理升级|安全升级|创新升级/gu;
// The facts such spending is read as when its words are a project's.
const UPGRADE_READ_AS: ReadonlySet<string> = new Set(['rd_investment', 'total_investment', 'software_investment']);

/**
 * 去年研发加设备更新投了一千二百来万，专项审计报告有的: last year's spending on 3.2.1(4)'s parts (研发, 设备更新, 智改数转
 * 软硬件 …), two or more named with one of its own words, is the little giant's 项目综合投入 — not a project's R&D or
 * total investment.
 */
function upgradeInvestment(s: string, mentions: Mention[]): void {
  if (mentions.some((y) => y.fact === 'upgrade_investment_last_year')) return;
  for (const [i, x] of mentions.entries()) {
    if (!UPGRADE_READ_AS.has(x.fact)) continue;
    const at = s.indexOf(String(x.source));
    if (at < 0) continue;
    const clause = clauseText(s, at);
    const parts = new Set(clause.match(UPGRADE_PARTS) ?? []);
    if (parts.size < 2 || !UPGRADE_OWN.test(clause)) continue;
    // Said as the little giant's (小巨人, 专项审计, 综合投入), never of a project's 总投资 / 总投入.
    if (!/小巨人|专精特新|专项审计|综合投入/u.test(s) || /总投资|总投入/u.test(clause)) continue;
    if (!/去年|上年|上一年|2021年|21年/u.test(clause) && !/专项审计/u.test(s)) continue;
    mentions.splice(i, 1, { ...x, fact: 'upgrade_investment_last_year' });
    return;
  }
}

// 这486万里有120万是培训收入: a part of a figure said just before it (其中软件500万 names a fact of its own).
// Facts that are parts of a whole said beside them.
const PART_FACTS: ReadonlySet<string> = new Set([
  'software_investment',
  'invested_by_2021_end',
  'acquisition_cash',
  'equipment_invoice_2021',
  'fixed_asset_loan',
]);
const PART_OF_BEFORE = /[\d万亿]\s*(?:里|里面|当中)有\s*$/u;

/**
 * A figure said as a part of another (这486万里有120万是培训收入): what the part is named (培训收入) is no fact of the
 * applicant's; it is asked, not recorded (the rest of the figure, 纯集群服务的是366.4万, says what it is itself).
 */
function partOfFigure(m: string, mentions: Mention[], unclear: Unclear[]): void {
  askInstead(mentions, unclear, 'qualified', (x) => {
    if (FACT_BY_KEY.get(x.fact)?.type !== 'amount') return false;
    const at = m.indexOf(x.source);
    // 17 million of the 45 was a production line: English says whose part after the figure.
    const partAfter = /^\s*(?:out\s+)?of\s+(?:the|our|that|those)?\s*[\d.,]+\s*(?:m|mn|million|万)?\b/u.test(
      m.slice(at + x.source.length),
    );
    // (8 million of the 40 is software: a fact that is itself a part of the total is what the part is.)
    return (
      at >= 0 && (PART_OF_BEFORE.test(m.slice(Math.max(0, at - 16), at)) || (partAfter && !PART_FACTS.has(x.fact)))
    );
  });
}

// 集团是规上企业 / the group is above designated size: said of the parent, not of the applicant.
export const PARENT_SUBJECT =
  /(?:^|[，,。；;\s])(?:我们|我们的)?(?:集团|母公司|总部|总公司)(?:公司)?(?:本身|那边)?(?:是|为|属于|也是)|\b(?:the|our) (?:group|parent(?: company)?|head office|headquarters) (?:is|are|was)\b/u;

/** Words of now or of what is still ahead. */
const NOW_OR_LATER =
  /预计|计划|打算|准备|争取|目前|现在|还在|在建|今年|明年|后年|下个?月|估计|能完|会完|还没|尚未|未完|将|要到|\b(?:will|expected|plan|now|currently|still)\b/iu;
/** A date said with its year (21年8月, 2021年3月, 去年8月) and a later bare month (9月) in the same message. */
const YEAR_MONTH = /((?:20)?\d{2}年|去年|今年|前年|明年)\s*(1[0-2]|[1-9])\s*月/gu;
const BARE_MONTH = /(?<![\d年个./-])(1[0-2]|[1-9])\s*月(?!\s*(?:份?\s*\d|个|内|以内|左右的时间))/gu;

/**
 * 21年8月签的 9月工商变更都弄完了 / 21年3月开工 6月完工: a bare month after a date said with its year is in that year
 * (a later month of it: 21年11月开工 3月完工 may be the next year's March, and is left as said).
 */
function monthsOfTheYearSaid(text: string): string {
  // (Only a year now past, and nothing said of now or later: 21年3月开工，目前还在建，预计12月完工 is this year's December or
  // next year's, and 2022年1月完工，4月验收 may be ahead of the application.)
  if (NOW_OR_LATER.test(text)) return text;
  const first = [...text.matchAll(YEAR_MONTH)].filter((m) =>
    /^(?:(?:20)?(?:1\d|20|21)年|去年|前年)$/u.test(m[1] ?? ''),
  );
  if (first.length === 0) return text;
  return text.replace(BARE_MONTH, (whole, month: string, at: number) => {
    const before = first.filter((m) => (m.index ?? 0) + m[0].length <= at).at(-1);
    if (!before || Number(month) <= Number(before[2])) return whole;
    return `${before[1]}${whole}`;
  });
}

/** The legal forms of a body (not its kind of business): said alone, they say what the applicant is. */
const FORM_WORDS = /^(?:民非|民办非企业(?:单位)?|事业单位|社会组织|国企|民企|私企)$/u;

/** Words right before a state that say it is not yet reached (差一点到规上, 快成规上了, almost above-scale; not 发展很快是…). */
const NEARLY_BEFORE =
  /(?<![很最较飞尽太赶加])(?:差一点|差点儿?|快要?|就快|接近|即将|马上就?|还差一?点儿?)(?:就)?(?:到|达到|成为|成|上)$|\b(?:almost|nearly|close to|about to (?:be|become))\s+(?:an?\s+)?$/iu;

/** The applicant's own status (规上, an industrial enterprise) said of the parent or group is not the applicant's. */
function parentStatus(m: string, mentions: Mention[]): void {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const x = mentions[i] as Mention;
    if (x.fact !== 'above_scale' && x.fact !== 'industrial') continue;
    const at = m.indexOf(x.source);
    if (at >= 0 && PARENT_SUBJECT.test(clauseText(m, at))) mentions.splice(i, 1);
  }
}

const DEAL_AMOUNT = /^acquisition(_\d)?_amount$/u;

/**
 * 出资2.4亿 全现金 / 五千五百万，全是现金: a deal paid wholly in cash has its amount as its cash part. To the
 * amount question, the one figure of the message is that amount.
 */
function allCash(m: string, mentions: Mention[], unbound: Unbound[], pending: string | null | undefined): void {
  const word = lexicon().allCash.find((w) => m.includes(w));
  if (!word) return;
  let deals = mentions.filter((x) => DEAL_AMOUNT.test(x.fact));
  const amounts = unbound.filter((u) => u.kind === 'amount');
  if (deals.length === 0 && pending && DEAL_AMOUNT.test(pending) && amounts.length === 1) {
    const u = amounts[0] as Unbound;
    mentions.push({ fact: pending as FactKey, value: u.value, source: u.source });
    unbound.splice(unbound.indexOf(u), 1);
    deals = mentions.filter((x) => DEAL_AMOUNT.test(x.fact));
  }
  const deal = deals.length === 1 ? deals[0] : undefined;
  if (deal && !mentions.some((x) => x.fact === deal.fact.replace('amount', 'cash'))) {
    mentions.push({ fact: deal.fact.replace('amount', 'cash') as FactKey, value: deal.value, source: word });
  }
}

/**
 * the bureau of Gulou District, the county bureau, Kunshan city bureau: a district's, a county's or a county-level
 * city's bureau named in English (Kunshan, Jiangyin, Changshu … are places in Jiangsu that are none of its 13 cities).
 */
function districtBureauEn(s: string): boolean {
  if (
    /\bcounty-level\b[^.?!]{0,20}\bbureau\b/u.test(s) ||
    (/\b(district|county)\b[^.?!]{0,40}\bbureau\b|\bbureau\b[^.?!]{0,40}\b(district|county)\b/u.test(s) &&
      !/\b(city|municipal)\s+(?:[a-z&]+\s+){0,5}bureau\b/u.test(s))
  )
    return true;
  countyBureauEn ??= countyBureauPattern();
  return countyBureauEn.test(s);
}
let countyBureauEn: RegExp | undefined;
function countyBureauPattern(): RegExp {
  const lex = lexicon();
  const places = lex.jiangsu
    .filter((p) => /^[a-z' ]+$/u.test(p) && p !== 'jiangsu' && !lex.cities.includes(p))
    .join('|');
  return new RegExp(
    `\\b(?:${places})\\b(?:\\s+(?:city|municipal|county-level city))?\\s+(?:[a-z&']+\\s+){0,5}bureau\\b|\\bbureau\\s+(?:(?:of|for)\\s+[a-z&' ]{0,40}?\\s+)?(?:of|in)\\s+(?:${places})\\b|\\bbureau\\b[^()]{0,30}\\(\\s*(?:${places})(?:\\s+(?:city|county-level city|county))?\\s*\\)`,
    'u',
  );
}

/**
 * 区工信局 / 县经信局 / 县级市工信局 / 昆山工信局 / 江阴市经信局: what is said right before a bureau at `at` makes it a
 * district's, a county's or a county-level city's — no 设区市工信局 (3.4.2, 5.1 name the 13 cities').
 */
function countyBefore(s: string, at: number): boolean {
  const lex = lexicon();
  if (/(?:[区县]|县级市|[区县]里的?)\s*$/u.test(s.slice(0, at))) return true;
  const before = s.slice(0, at).replace(/[市\s]+$/u, '');
  return lex.jiangsu.some((p) => before.endsWith(p) && !lex.cities.includes(p) && !/^(江苏|苏南|苏北|苏中)$/u.test(p));
}

/** A message naming a district's, a county's or a county-level city's bureau of industry and IT. */
export function namesCountyBureau(text: string): boolean {
  const s = normalize(text);
  if (/bureau/u.test(s) && districtBureauEn(s)) return true;
  // (苏州工业园区经发局 / 高新区工信局: a park's own bureau speaks for the park, read as one.)
  return [...s.matchAll(/工信局|经信局|工业和信息化局/gu)].some(
    (m) => countyBefore(s, m.index ?? 0) && !/(?:园区|开发区|高新区|经开区|新区)\s*$/u.test(s.slice(0, m.index ?? 0)),
  );
}

// The first deal's facts, and what the Nth deal's are called (3.1.1.4: up to four deals of one initiator).
const DEAL_FACTS: Readonly<Record<string, string>> = {
  acquisition_amount: 'amount',
  acquisition_cash: 'cash',
  acquisition_date: 'date',
  stake_after_pct: 'stake_pct',
};

/**
 * 还有一个 出资六千万的, to "还有其他2021年完成的并购吗？": the figures are the next deal's, never the first one's.
 */
function nextDeal(mentions: readonly Mention[], pending: string | null | undefined): Mention[] {
  // Asked about deal N (acquisition_3_stake_pct): 100%, wholly owned is deal N's too.
  const asked = /^acquisition_(\d)_/u.exec(pending ?? '');
  const m = /^more_acquisitions(?:_(\d))?$/u.exec(pending ?? '');
  if (!m && !asked) return [...mentions];
  const n = asked ? Number(asked[1]) : m?.[1] ? Number(m[1]) + 1 : 2;
  // 还有上海那家，2021年12月20日完成的: told a deal, "completed" dates the deal, not a project.
  return mentions
    .map((x) => (x.fact === 'completion_date' ? { ...x, fact: 'acquisition_date' as FactKey } : x))
    .map((x) => (DEAL_FACTS[x.fact] ? { ...x, fact: `acquisition_${n}_${DEAL_FACTS[x.fact]}` as FactKey } : x));
}

/**
 * in_jiangsu from the places named; a place in Jiangsu and one outside it together are asked. A place
 * before 分行/银行 is the bank's (loan_from_jiangsu_bank); one after 收购/acquired is the target's.
 */
/** Words that place the applicant's registration (公司注册在上海, registered in Shanghai); 公司在上海 or "based in" may be a head office only, and stay asked. */
const REGISTERED_AT =
  /(注册在|注册地(?:在|是|为)?|注册于|registered\s+(?:office\s+)?in|registered\s+office\s+is\s+in)\s*$/iu;

function readPlace(
  s: string,
  cuts: ReadonlySet<number>,
  mentions: Mention[],
  applicantToo: boolean,
  bankQuestion = false,
): void {
  const lex = lexicon();
  const named = (list: readonly string[], inside: boolean) =>
    locate(
      s,
      cuts,
      list.map((w) => ({ word: w, target: inside ? 'in' : 'out' })),
      [],
      'start',
    );
  const all = [...named(lex.jiangsu, true), ...named(lex.elsewhere, false)];
  const applicant: typeof all = [];
  const banks: typeof all = [];
  for (const p of all) {
    const after = s.slice(p.end).trimStart();
    const clause = clauseOf(s, p.start);
    const before = s.slice(clause.start, p.start);
    if (/离\s*$/u.test(before)) continue;
    // imported from Germany, selling to Japan, ships overseas, customers in Hunan, a subsidiary or office abroad: where
    // goods, buyers or people come from or go, or another site of the firm — not where the applicant or its project is.
    if (
      ABROAD.test(p.word) &&
      /\b(?:(?:imported|imports?|comes?|came|bought|purchased|sourced|shipped)\b[^.;,]{0,30}\bfrom|exports?|exported|exporting|customers|buyers|sells?|selling|sold|ships?|shipping|shipped|studied|subsidiar(?:y|ies)|branch(?:es)?|(?:sales\s+)?offices?|also\s+(?:have|has))\b[^.;,]{0,30}$/u.test(
        before,
      ) &&
      !/loan|bank|lend|borrow|financ|credit|hsbc|citi/u.test(`${before} ${after.slice(0, 24)}`)
    )
      continue;
    // 客户主要在上海, 产品销往浙江, 设备是从德国进口的: where buyers, sellers or goods are, not the applicant. (客户在昆山 alone,
    // from a consultant asking for a client, is the applicant's place.)
    if (
      /(?:(?:客户|买家|用户)(?:主要|大多|大部分|多数|基本|也|都)+(?:是|在|分布在|集中在)?|供应商|供货商|市场|销往|卖到|卖给|出口到?|发往|发到|运往|运到|进口自?|采购自?)[^，,。；;]{0,6}$/u.test(
        before,
      ) ||
      (/从\s*$/u.test(before) && /^[^，,。；;]{0,6}(?:进口|采购|引进|买)/u.test(after))
    )
      continue;
    // a Shanghai sales branch / 上海办事处: another site of the firm, not where the applicant or its project is.
    if (
      /^(?:sales|rep(?:resentative)?|marketing)\s+(?:branch|office)\b|^(?:的)?(?:办事处|销售分公司|销售公司)/u.test(
        after,
      )
    )
      continue;
    // Singapore-owned, a Hong Kong parent, 香港母公司: who owns the applicant, not where it or its project is.
    if (
      /^(?:-\s*)?(?:owned|invested|funded|backed|parent|shareholders?|investors?|capital)\b|^(?:的)?(?:母公司|股东|投资方|控股|资本)/u.test(
        after,
      )
    )
      continue;
    // 集团总部在上海 / our parent group is based in Hong Kong: where the owner sits, not the applicant (a subsidiary
    // registered where its project is, as the message goes on to say, or not). Only an owner outside Jiangsu: 母公司在苏州
    // beside a plant in 嘉兴 may be who applies (能用母公司名义报吗), and both places stay read.
    if (
      p.target === 'out' &&
      /子公司|分公司|注册在|在[^，,。]{0,8}注册|独立法人|\bsubsidiary\b|\bregistered in\b/u.test(s) &&
      /(?:集团|母公司|总公司)(?:的)?总部(?:设|位于|是|在)+\s*$|(?:母公司|总公司)(?:设|位于|是)?在\s*$|\b(?:parent(?:\s+company)?|group)(?:'s)?\s+(?:hq\s+|headquarters\s+)?(?:is\s+)?(?:based\s+|located\s+|headquartered\s+)?(?:in|at)\s*$/u.test(
        before,
      )
    )
      continue;
    // 上海那家是45%, in a message about deals: another firm pointed at by its place, not the applicant's.
    if (/^那家/u.test(after) && /收购|并购|兼并|股权|持股|股东|acqui|stake/u.test(s)) continue;
    // 上海浦发银行总行, 工行苏州分行, 常州本地农商行, Bank of Ningbo: a bank's place, not the applicant's.
    // (Kunshan Rural Commercial Bank: the English name after the place.)
    const bankAfter =
      /^[^，,。\s]{0,4}(银行|总行|分行|支行|农商行|农信社|信用社|商行)/u.test(after) ||
      /^(?:(?:rural|commercial|agricultural|development|city|cooperative|savings|merchants)\s+){0,3}bank\b|^branch\s+of\b/u.test(
        after,
      );
    // To the question which bank lent (苏州的一家农商行, HSBC Hong Kong), a place named is the bank's.
    // 贷款是上海那边放的 (tune-zs): a place the loan was lent from, in a clause about the loan, is the lender's.
    const lentFrom = /贷款|借款/u.test(before) && /^(?:那边|那儿|那里|的)?\s*(?:放|发放|贷|借|批)/u.test(after);
    if (
      bankAfter ||
      lentFrom ||
      lex.notBefore.some((b) => after.startsWith(b)) ||
      /银行|bank of|bank,?\s*$|\bbank\s+(?:in|based in|located in|from)\s*$|\b(?:hsbc|citi|citibank|standard chartered|dbs|bnp paribas|deutsche bank|mufg|mizuho|smbc|uob|ocbc|icbc|boc|ccb|bocom|cmb|spdb|cib)\s*$/u.test(
        before,
      ) ||
      (bankQuestion && !/我们|公司|项目|工厂|厂|\bwe\b|\bour\b|project|plant/u.test(before))
    )
      banks.push(p);
    // The deal's target (收购了浙江一家…, acquired 70% of a Zhejiang maker): English needs a wider look back.
    // 完成对浙江一家器械企业的并购: the deal's word after the target it governs.
    // (acquired 65% of an API manufacturer in Shandong: in English the marker may sit further back in the clause.)
    else if (
      !lex.targetMarkers.some((w) =>
        s.slice(Math.max(0, p.start - (/[a-z]/u.test(w) ? 30 : 12)), p.start).includes(w),
      ) &&
      !(
        /[a-z]/u.test(p.word) &&
        /\b(?:acquired|acquiring|bought|took over|taken over|merged with)\b[^.;,]{0,60}\b(?:in|from|based in|located in)\s+(?:the\s+)?$/u.test(
          s.slice(Math.max(clause.start, p.start - 80), p.start),
        )
      ) &&
      !(/对\s*$/u.test(before) && /^[^，,。；;]{0,14}的(?:并购|收购|兼并|重组)/u.test(after)) &&
      // 在泰州，不是浙江那个台州: a place said in a clause that denies it (不是…) is where the applicant is not.
      // (不是外地的是苏州本地的: a 是 after the denial names the place held.)
      !/^\s*(?:不是|并非|而不是|可不是)[^是]*$/u.test(before)
    )
      applicant.push(p);
  }
  // 一部分南京银行 一部分是上海那边银团的: lenders inside and outside Jiangsu both, stated two ways (settle asks).
  // (不是江苏的分行 denies the place: 浦发银行上海分行放的，不是江苏的分行 is one lender, outside.)
  // Only a denial right before the place counts: "不是 浙江的银行" answers no, then names the lender.
  const bankInside = (b: (typeof banks)[number]) =>
    (b.target === 'in') !==
    /(?:不是|并非|\bnot (?:from |in )?(?:an? |the )?)$/u.test(s.slice(Math.max(0, b.start - 10), b.start));
  // 银团贷款 牵头行在北京: a syndicate's lead bank is one lender of several; where the others are is not said (asked).
  const syndicated =
    banks.length > 0 &&
    /银团|syndicat/iu.test(s) &&
    !/(?:不是|没有|没|并非|非)\s*银团|\bnot\s+(?:a\s+)?syndicat|\bnon-?syndicat/iu.test(s) &&
    !/都是(?:江苏)?省内|都在江苏|all (?:in|from) jiangsu/iu.test(s);
  for (const inside of syndicated ? [true, false] : new Set(banks.map(bankInside))) {
    mentions.push({
      fact: 'loan_from_jiangsu_bank',
      value: inside,
      source: banks.find((b) => bankInside(b) === inside)?.word ?? banks[0]?.word ?? '',
    });
  }
  // in_jiangsu needs the applicant and the project both in Jiangsu. A project placed outside is a no
  // (项目放在安徽滁州); a head office outside with a plant inside (总部在上海，工厂在昆山) may or may not be the
  // applicant, so the two places are a conflict and asked.
  const before = (p: (typeof all)[number]) => s.slice(clauseOf(s, p.start).start, p.start);
  // A parent company's place outside Jiangsu is not the applicant's (昆山一家企业，母公司在台湾).
  const read = (applicantToo ? applicant : [])
    .map((p) => ({ p, inside: (p.target === 'in') !== negated(s, p.start) }))
    .filter((x) => x.inside || !/母公司|parent/u.test(before(x.p)));
  // A plant, branch or parent inside Jiangsu may itself be the applicant: then an outside company is asked about.
  const entityInside = read.some(
    (x) =>
      x.inside &&
      (/厂|分公司|子公司|母公司|plant|factory|subsidiary|branch/u.test(before(x.p)) ||
        /^[^，,。；;]{0,6}(厂|分公司|子公司|plant|factory|subsidiary|branch)/u.test(s.slice(x.p.end))),
  );
  // The project outside, or the applicant itself outside (我们公司在上海, our company is in …): a no. A head
  // office outside (总部在上海，工厂在昆山) may not be the applicant: asked.
  const projectOutside = read.find(
    (x) =>
      !x.inside &&
      (!entityInside || /项目|project|实施/u.test(before(x.p))) &&
      (/项目|project|实施|我们公司|我司|公司在|我们厂|注册在|our company|we are|we're/u.test(
        s.slice(clauseOf(s, x.p.start).start, x.p.start),
      ) ||
        // 杭州的标识解析服务商…, 浙江嘉兴的企业, 安徽滁州的企业: the speaker's own place, said first (a province
        // before its city is part of it).
        (/^\s*(我们是|我们|我是|我司是|我司)?\s*$/u.test(before(all.find((o) => o.end === x.p.start) ?? x.p)) &&
          /^(的|一家)/u.test(s.slice(x.p.end)))),
  );
  // The applicant registered outside Jiangsu (公司注册在上海，项目在昆山的厂; registered in Shanghai, plant in
  // Kunshan) is a no whatever its plant's place: 申报主体 are 省内 units (1.1.3, 3.4.2), and a plant or branch
  // is not a separate applicant. A subsidiary inside (昆山子公司, independent legal person) may be the applicant:
  // then the two places are still asked. A head office alone (总部在上海) stays asked, as above.
  const subsidiaryInside = read.some(
    (x) => x.inside && /子公司|独立法人|subsidiary|wfoe/iu.test(clauseText(s, x.p.start)),
  );
  const registeredOutside = subsidiaryInside
    ? undefined
    : read.find((x) => !x.inside && REGISTERED_AT.test(before(x.p)));
  const outside = projectOutside ?? registeredOutside;
  if (outside) mentions.push({ fact: 'in_jiangsu', value: false, source: outside.p.word });
  else for (const x of read) mentions.push({ fact: 'in_jiangsu', value: x.inside, source: x.p.word });
}

/**
 * The applicant kind from the first clause that names one. A Chinese noun phrase ends with its head
 * (园区里的一家企业 is an enterprise; 高新区管委会 is a park), an English one starts with it (a university
 * in Nanjing … with a company).
 */
// Before 企业 in its clause: words that make the firms others (有几家龙头企业, 服务中小企业, 带动上下游企业).
const OTHERS_BEFORE = /((?<!是)有|拥有|聚集|集聚|引进|服务(?![型业])|帮|为|给|面向|带动|培育|入驻)[^，,。；;是]{0,8}$/u;
// …courses for industrial companies / we serve 200 firms: firms (plural) the applicant serves, not the applicant.
const SERVED_BEFORE =
  /\b(?:serve[sd]?|serving|help(?:ing|s)?|train(?:ing|s)?)\s+(?!our\b|my\b|us\b)(?:[a-z0-9-]+\s+){0,3}$|\b(?:courses?|training|services?|programm?es?|solutions?|platforms?|events?)\b[^,.;]{0,30}?\bfor\s+(?!our\b|my\b|us\b)(?:[a-z0-9-]+\s+){0,3}$/u;

/**
 * 智能工厂 / smart factory / 标杆工厂 (play-test 49: picking the program had recorded an industrial enterprise): the
 * factory of a program's or list's name is not the speaker's kind or trade, unless the clause says it is theirs.
 */
function programsFactory(s: string, at: { word: string; start: number }): boolean {
  return (
    /^(?:工厂|车间|factory|factories|plant|workshop)$/u.test(at.word) &&
    /(?:智能|示范|标杆|全连接|灯塔|数字化|智慧|\b(?:smart|demonstration|demo|benchmark|lighthouse|digital|5g|connected))\s*$/u.test(
      s.slice(0, at.start),
    ) &&
    !/我们|我司|本公司|\b(?:we|our)\b/u.test(s.slice(clauseOf(s, at.start).start, at.start)) &&
    // (Smart factory in Wuxi making bearings: a factory said with its place or product is the speaker's.)
    /^\s*(?:$|[，,。.;；!?！？]|(?:的)?(?:项目|补助|补贴|名单|申报|资金|奖励|奖补|政策)|(?:project|program(?:me)?|subsidy|list|application|funding|grant|award|scheme)s?\b)/u.test(
      s.slice(at.start + at.word.length),
    )
  );
}

function readKind(s: string, cuts: ReadonlySet<number>, mentions: Mention[]): void {
  const lex = lexicon();
  const places = locate(
    s,
    cuts,
    [...lex.jiangsu, ...lex.elsewhere].map((w) => ({ word: w, target: w })),
    [],
    'start',
  );
  // 苏州工业园区想报信创先导区: a park named as a place, opening the message and going on with what it intends,
  // is the applicant (its 龙头企业 are others); 苏州工业园区一家公司 is not.
  let opener = places.find((p) => /^\s*(我们是|我们|我是)?\s*$/u.test(s.slice(0, p.start)));
  // 南京 江北新区: the place named last in a run.
  for (let next = opener; next; next = places.find((p) => opener && p.start === opener.end)) opener = next;
  if (
    opener &&
    /(园区|开发区|经开区|高新区|新区)$/u.test(opener.word) &&
    /^\s*(想|要|准备|计划|拟|打算|申报|申请|今年|这次|管委会)/u.test(s.slice(opener.end))
  ) {
    mentions.push({ fact: 'applicant_kind', value: 'park', source: opener.word });
    return;
  }
  // 苏州工业园区 is a place; 园区 inside it is not the applicant, nor is 高新区 in 高新区的信息消费平台 (a location).
  let found = locate(s, cuts, lex.kinds, places, 'head').filter(
    (k) =>
      (k.target !== 'park' ||
        !/^\s*(的(?!运营方|运营公司|管委会|管理方|管理机构|运营单位)|里|内|企业|中小企业)/u.test(s.slice(k.end))) &&
      // 市工信局的项目接过两次: a body whose work the speaker did, not the speaker.
      !/^\s*的(项目|活动|任务|委托|订单|培训|会议|会)/u.test(s.slice(k.end)) &&
      // we are in suzhou industrial park, a dutch company: a park after "in" is where the applicant is.
      (k.target !== 'park' ||
        !/\b(in|at|inside|within|based in|located in)\s+(the\s+)?([a-z-]+\s+){0,3}$/u.test(s.slice(0, k.start))) &&
      // 县工信局说2800也可以报: someone quoted, not the speaker.
      !/^\s*(的人|那边|领导)?\s*(说|讲|告诉|表示|让|要求|通知|建议)/u.test(s.slice(k.end)) &&
      // our bureau already signed the acceptance opinion / 区里已经出具了验收意见: a body acting on the project
      // (the recommending unit), not the speaker.
      !/^\s*(?:的人|那边|经发委|经信委|经发局|经发处)?\s*(?:already|has|have|had|just|已经|已|刚)?\s*(?:来|派人|过来)?\s*(?:signed|issued|approved|accepted|checked|reviewed|签了|签字|出具|出了|批了|批复|验收|审核|审批)/u.test(
        s.slice(k.end),
      ) &&
      // 推荐单位（市工信局）12月验收: the recommending unit named, not the speaker.
      !/推荐单位\s*[（(：:]?\s*(?:是|为)?\s*(?:市|区|县|[\p{Script=Han}]{2}市)?$|recommending (?:unit|body)\s*[(:]?\s*(?:is|was)?\s*(?:the\s+)?$/u.test(
        s.slice(Math.max(0, k.start - 12), k.start),
      ) &&
      // 准备和东南大学合作 / a lab with Southeast University: a partner, not the speaker.
      !/(和|跟|与|同|联合|拉上|拉着|带上|叫上|携手|邀请)(?!我们|我司|本公司|我方)[^，,。；;\s]{0,8}$|(?<!\b(?:i'?m|i am|we'?re|we are|here|work)\s)\bwith\s+(the\s+|an?\s+)?([a-z'-]+\s+){0,3}$|(?<!\b(?:i'?m|i am|we'?re|we are|here|work)\s)\bwith\s+[^，,。；;()（）]{0,40}[（(][^)）]*$/u.test(
        s.slice(clauseOf(s, k.start).start, k.start),
      ) &&
      // 东南大学和我们公司共建: the body before 和我们 is the partner; so is one named before 组个联合体 (2.4's 创新联合体).
      !/^\s*(和|跟|与|同)(我们|我司|本公司|我方)|^\s*and (we|our|us)\b|^(?:一起)?(?:组|组成|组建|搞|成立)(?:个|一个)?(?:创新)?联合体/u.test(
        s.slice(k.end),
      ) &&
      // 先导区有龙头企业 / 服务园区里的企业: firms the applicant has or serves, not the applicant.
      (k.target !== 'enterprise' ||
        /[有一][家个][^，,。；;]{0,10}$/u.test(s.slice(0, k.start)) ||
        !OTHERS_BEFORE.test(s.slice(clauseOf(s, k.start).start, k.start))) &&
      !(
        k.target === 'enterprise' &&
        /(?:companies|firms|factories|manufacturers|enterprises)$/u.test(k.word) &&
        SERVED_BEFORE.test(s.slice(clauseOf(s, k.start).start, k.start))
      ) &&
      !programsFactory(s, k) &&
      // 中小企业服务平台: the SMEs a program serves (its name), not the speaker, unless said of oneself (我们是一家中小企业).
      !(
        k.target === 'enterprise' &&
        /(?:中小|中小微|小微)$/u.test(s.slice(0, k.start)) &&
        !/(我们|我司|本公司)是?(一家)?(中小|中小微|小微)$/u.test(s.slice(Math.max(0, k.start - 10), k.start))
      ),
  );
  // Suzhou Industrial Park, semiconductor equipment maker: a park named after its city, beside the maker the message is
  // about, is where the maker is — a park applying says so (its committee, what it intends; see the opener above).
  if (
    found.some((k) => k.target === 'enterprise') &&
    !/committee|管委会|\b(?:we|i)\s+(?:run|manage|operate)\b/u.test(s)
  )
    found = found.filter(
      (k) =>
        k.target !== 'park' ||
        !places.some(
          (p) =>
            p.end <= k.start &&
            /^\s*$/u.test(s.slice(p.end, k.start)) &&
            // (我们是无锡高新区 想带一家企业一起申报: the park speaking of itself.)
            !/(?:我们是|我们|我是|\bwe are|\bwe're|\bthis is)\s*(?:the\s+)?$/iu.test(s.slice(0, p.start)),
        ),
    );
  // A bureau speaking for someone (区工信局…辖区有家企业…): the applicant is the one spoken for, named with
  // 一家/有家/one of our; spoken for in general (几家企业), no applicant kind is read.
  const bureau = found.find((k) => k.target === 'city_bureau');
  if (bureau && found.some((k) => k.start > bureau.start && k.target !== 'city_bureau')) {
    const named = found.find(
      (k) =>
        k.start > bureau.start &&
        k.target !== 'city_bureau' &&
        /(一家|有家|这家|一个|有个|有一个|one of our|one of|a )[^，,。]{0,8}$/u.test(
          s.slice(Math.max(0, k.start - 12), k.start),
        ),
    );
    if (!named) return;
    mentions.push({ fact: 'applicant_kind', value: named.target, source: named.word });
    return;
  }
  // 区工信局 / 县经信局: a district's or county's bureau is no 设区市工信局 (3.4.2, 5.1 name the cities'); speaking for
  // itself its kind is asked rather than recorded as the city's.
  // (In English the district or county is named beside the bureau — the bureau of Gulou District — and "our bureau"
  // later in the message is the same one.)
  const districtBureau = districtBureauEn(s);
  found = found.filter(
    (k) => k.target !== 'city_bureau' || (!countyBefore(s, k.start) && !(/[a-z]/u.test(k.word) && districtBureau)),
  );
  // Forwarding from Yancheng high-tech zone: one of our companies… / 我们园区内有一家企业…: a park passing on the case
  // of one of its firms speaks for it (a park naming its firms in general, or its 龙头企业 as partners, does not).
  const park = found.find((k) => k.target === 'park');
  const member = park
    ? found.find(
        (k) =>
          k.start > park.start &&
          k.target === 'enterprise' &&
          // (The English number words are read before: "one of our" arrives as "a of our".)
          /(\b(?:one|a|1) of our|园区内有?一家|园区里有?一家|区内有?一家|辖区内?有?一家)[^，,。]{0,4}$/u.test(
            s.slice(Math.max(0, k.start - 12), k.start),
          ),
      )
    : undefined;
  if (member) {
    mentions.push({ fact: 'applicant_kind', value: 'enterprise', source: member.word });
    return;
  }
  // 我是经发局的，帮园区一家企业咨询: the applicant is the one asked for, named after 帮/替/代; a bureau asking
  // for its enterprises in general (帮辖区企业问问) names no applicant.
  const proxy =
    /(帮|替|代表|代|on behalf of|for a client)(?=[^，,。]{0,16}(企业|公司|厂)|[^，,。]{0,30}(firm|company|enterprise|factory))/u.exec(
      s,
    );
  if (proxy) {
    const after = found.filter((k) => k.start > proxy.index);
    if (!/一家|这家|我们|\ba\b|\bone\b/u.test(s.slice(proxy.index, proxy.index + 20))) return;
    found = after;
  }
  // 我们不是公司，是民办非企业单位: a kind denied is not the applicant's; the one said instead is. 企业所得税 is a tax.
  found = found.filter((k) => !negated(s, k.start) && !/^所得税/u.test(s.slice(k.end)));
  if (found.length === 0) {
    // 我们是做不锈钢的: "we make …" is an enterprise.
    const trade = /(我们|我司|我们公司|本公司)是?做[^，,。\s]{1,8}的/u.exec(s);
    if (trade) mentions.push({ fact: 'applicant_kind', value: 'enterprise', source: trade[0] });
    return;
  }
  // 集群促进中心，事业单位性质: the legal form said as such wins over a kind word in the body's name.
  // (以前是事业单位性质 / 不属于事业单位: a form the applicant had, or has not, is not its form.)
  // (…下面的培训中心，民非，做培训七八年了: a legal form said as a clause of its own, too.)
  const alone = (k: Span) => {
    const c = clauseOf(s, k.start);
    return (
      /^\s*(?:是|属于)?\s*$/u.test(s.slice(c.start, k.start)) && /^\s*(?:的|性质)?\s*$/u.test(s.slice(k.end, c.end))
    );
  };
  const form = found.find(
    (k) =>
      (/^\s*(?:性质|的性质)/u.test(s.slice(k.end)) ||
        // (Over a company's or a centre's word only: 管委会，事业单位 is a park, 高校，事业单位 a university.)
        (alone(k) && FORM_WORDS.test(k.word) && found.every((o) => o === k || o.target === 'enterprise'))) &&
      !/(?:不|非|以前|原来|之前|曾经|过去)[^，,。；;]{0,4}$/u.test(s.slice(Math.max(0, k.start - 6), k.start)),
  );
  if (form) {
    mentions.push({ fact: 'applicant_kind', value: form.target, source: form.word });
    return;
  }
  const first = found[0] as Span;
  const clause = clauseOf(s, first.start);
  const inClause = found.filter((k) => k.start >= clause.start && k.end <= clause.end);
  // In an English message a Chinese name inside it (We are a 民办非企业单位 running an SME platform) is read in English order.
  const englishMessage = (s.match(/[a-z]{2,}/gu)?.length ?? 0) > (s.match(/\p{Script=Han}/gu)?.length ?? 0);
  const head = (
    /\p{Script=Han}/u.test(inClause[0]?.word ?? '') && !englishMessage ? inClause.at(-1) : inClause[0]
  ) as (typeof found)[number];
  if (negated(s, head.start)) return;
  // Jiangsu Enterprise Managers Association / University lab spin-off company: in an English name the last kind word is
  // the body (企业 in a 协会's name is not the applicant's kind, a university's spin-off is a company). (A spin-off of
  // Nanjing University: a kind after of/with/and is another body's.)
  const after = (k: Span) =>
    k !== head &&
    k.start > head.end &&
    k.start - head.end <= 30 &&
    !/[,.;]|\b(?:of|with|and|from|for|at|by|to|in|under|within|inside|near|beside|via|through|than|or|that|which|who|runs?|has|have|owns?|serves?|hosts?|represents?|\w+ing)\b|[()（）]/u.test(
      s.slice(head.end, k.start),
    );
  const named = englishMessage ? inClause.find(after) : undefined;
  // (…the last kind word of all, when it ends the name: University lab spin-off company in Wuxi. Not a bureau: the
  // Kunshan Development Zone enterprise service bureau is no city's.)
  const last = englishMessage
    ? inClause.findLast(
        (k) =>
          after(k) &&
          k.target !== 'city_bureau' &&
          /^\s*(?:$|[,.;!?]|\b(?:in|at|based|from|located|of|here)\b)/u.test(s.slice(k.end)),
      )
    : undefined;
  const body = head.target === 'enterprise' && named ? named : (last ?? head);
  mentions.push({ fact: 'applicant_kind', value: body.target, source: body.word });
}

/**
 * The stage, from the clauses that name one (negations read by the choice parser: 在建，还没建成). A
 * completion in the future (计划明年6月底完工) says nothing of the stage but that it is not completed.
 */
/**
 * 2021年5月开工，明年6月建成: started by the end of 2021 and due to finish in a later year is under construction (the
 * application is in 2022). Only when nothing else said the stage.
 */
function stageFromDates(mentions: Mention[], s: string): void {
  const start = mentions.find((x) => x.fact === 'start_date' && !x.superseded)?.value;
  const endMention = mentions.find((x) => x.fact === 'completion_date' && !x.superseded);
  const end = endMention?.value;
  // 2021年10月上线 / went live last September / 22年1月10号完工: a completion already past at the application (2021,
  // or 2022 said as done) is a project completed, unless the clause plans it.
  const ends = new Set(mentions.filter((x) => x.fact === 'completion_date').map((x) => x.value));
  if (typeof end === 'string' && ends.size === 1 && !mentions.some((x) => x.fact === 'stage') && endMention) {
    const at = s.indexOf(endMention.source);
    const clause = at >= 0 ? clauseText(s, at) : '';
    // 去年底完成了两成: progress, not completion.
    const planned =
      /计划|预计|预期|将|要|拟|打算|争取|明年|下半年|还没|尚未|未|[一二两三四五六七八九\d]成|%|percent|一半|部分|plan|expect|due|will|scheduled|target|part/u.test(
        clause,
      );
    const doneWords = /了|已|完工|竣工|建成|上线|投产|went live|completed|finished|commissioned/u.test(clause);
    if (
      !planned &&
      doneWords &&
      (end <= END_OF_2021 ||
        (end <= '2022-06-30' && /了|已|went live|was completed|completed on/u.test(clause)) ||
        end <= '2022-03-31')
    )
      mentions.push({ fact: 'stage', value: 'completed', source: endMention.source });
  }
  if (!(typeof start === 'string' && typeof end === 'string' && start <= END_OF_2021 && end >= '2022-07-01')) return;
  const said = mentions.findIndex((x) => x.fact === 'stage');
  // 5G专网已经建好 … 计划明年六月建成: a part built is no project completed while its completion is still to come.
  if (said >= 0 && mentions[said]?.value === 'completed') mentions.splice(said, 1);
  else if (said >= 0) return;
  mentions.push({ fact: 'stage', value: 'under_construction', source: `${start} → ${end}` });
}

// 去年完成了两起并购, 21年8月份完成了对一家德国企业的并购: a deal completed in 2021, said so.
const MERGED_2021 =
  /(去年|2021年|21年)[^，。；;]{0,12}(完成了?|办完了?|做了)[^，。；;]{0,16}(并购|收购|兼并)|(completed|closed) the (acquisition|takeover|merger)[^.;]{0,40}\b2021\b/u;

// A message about a deal and no project: its completion is the deal's (the acquisition completed on 28 October 2021).
const DEAL_WORDS = /收购|并购|兼并|重组|acquir|acquisition|takeover|merger/u;
const PROJECT_WORDS = /项目|工程|产线|生产线|工厂|改造|建设|project|plant|line|factory|upgrade|retrofit|construction/u;

/**
 * The merger gate, when the message says a deal was completed in 2021 and nothing denies it, or gives the deal's
 * completion date in 2021. In a message about a deal and no project, a completion date is the deal's and no stage
 * is read.
 */
// 去年我们做了三笔并购：一是…二是… / we did two acquisitions in 2021: several deals told in one message.
const SEVERAL_DEALS =
  /([两二三四五六七八九几多]|[2-9])\s*(笔|起|个|宗|次)\s*(并购|收购|兼并)|另外[^。]{0,12}又?(收购|收了|并购|兼并)|又(收购|收了|并购|兼并)了?|\b(another|a second) (acquisition|deal)\b|\balso acquired\b|一是[^。]{0,60}(收购|并购|兼并)[^。]{0,120}二是|\b(two|three|four|several|multiple|[2-9])\s+(acquisitions|deals|takeovers)\b|\b(first|second)\s+(deal|acquisition)\b[^.]{0,200}\b(second|third)\s+(deal|acquisition)\b/u;
const DEAL_FIGURES = /^(acquisition_(amount|cash|date)|stake_after_pct|largest_shareholder|same_parent)$/u;

/**
 * 是的，我们控股51%: a share said right after 控股 / 持股 is the stake held (3.1.1.3), where the phrase 我们控股 was read as
 * the yes to the largest-shareholder question and left the figure unbound. (Only about a deal: 我们控股60%的子公司 names
 * another company's share, no stake after an acquisition.)
 */
function stakeAfterHolding(m: string, mentions: Mention[], unbound: Unbound[]): void {
  if (mentions.some((x) => x.fact === 'stake_after_pct')) return;
  const percents = unbound.filter((u) => u.kind === 'percent');
  if (percents.length !== 1) return;
  const u = percents[0] as Unbound;
  const at = m.indexOf(u.source);
  if (at < 0 || !/(?:控股|持股|占股)\s*(?:了|比例)?\s*$/u.test(m.slice(Math.max(0, at - 6), at))) return;
  unbound.splice(unbound.indexOf(u), 1);
  mentions.push({ fact: 'stake_after_pct', value: u.value, source: u.source });
}

/** Words of the registration that completes a deal (3.1.1.1 完成工商变更和股权变更). */
const REGISTRATION = /工商变更|股权变更|变更登记|工商登记|过户|\bregistration\b|\bregistered\b/iu;

/**
 * 21年3月收购了一家企业，21年6月完成工商变更 / closed in Dec 2021 … the registration changes were done in January: a deal
 * is completed when its registration is (3.1.1.1), so the date said of the registration is the acquisition's, over one
 * said of the signing or the closing.
 */
function registrationDate(m: string, mentions: Mention[], unbound: Unbound[]): void {
  const ofRegistration = (source: string) => {
    const at = m.indexOf(source);
    return at >= 0 && REGISTRATION.test(clauseText(m, at));
  };
  const deals = mentions.filter((x) => x.fact === 'acquisition_date');
  const loose = unbound.filter((u) => u.kind === 'date' && ofRegistration(u.source));
  // (The registration changes were done in January: 'done' is a project's word, said here of the registration.)
  const done = DEAL_WORDS.test(m)
    ? mentions.filter((x) => x.fact === 'completion_date' && ofRegistration(String(x.source)))
    : [];
  const registered = [...deals.filter((x) => ofRegistration(String(x.source))), ...done, ...loose];
  const values = new Set(registered.map((x) => String(x.value)));
  if (values.size !== 1 || (deals.length === 0 && !DEAL_WORDS.test(m))) return;
  if (deals.every((x) => x.value === registered[0]?.value)) return;
  const reg = registered[0] as Mention | Unbound;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const x = mentions[i] as Mention;
    if (x.fact === 'acquisition_date' || done.includes(x)) mentions.splice(i, 1);
  }
  for (const u of loose) unbound.splice(unbound.indexOf(u), 1);
  mentions.push({
    fact: 'acquisition_date',
    value: reg.value,
    source: reg.source,
    ...(reg.dayAssumed ? { dayAssumed: true } : {}),
  });
}

function mergerFromDeal(s: string, mentions: Mention[], opening: boolean): void {
  const several = opening && SEVERAL_DEALS.test(s);
  if (opening && DEAL_WORDS.test(s) && !PROJECT_WORDS.test(s)) {
    const done = mentions.findIndex((x) => x.fact === 'completion_date');
    if (done >= 0 && !mentions.some((x) => x.fact === 'acquisition_date'))
      mentions[done] = { ...(mentions[done] as Mention), fact: 'acquisition_date' };
    const stage = mentions.findIndex((x) => x.fact === 'stage');
    if (stage >= 0) mentions.splice(stage, 1);
  }
  // Each deal's figures are asked deal by deal (3.1.1.4 adds them up): one message's figures cannot be told apart.
  if (several) {
    for (let i = mentions.length - 1; i >= 0; i--)
      if (DEAL_FIGURES.test(mentions[i]?.fact ?? '')) mentions.splice(i, 1);
  }
  // 去年我们被一家上市公司收购了 / we were acquired: the applicant was the target, so no deal of its own is read.
  if (mentions.some((x) => x.fact === 'merger_initiator' && x.value === false)) {
    for (let i = mentions.length - 1; i >= 0; i--)
      if (mentions[i]?.fact === 'merger_completed_2021') mentions.splice(i, 1);
    return;
  }
  const date = mentions.find((x) => x.fact === 'acquisition_date' && !x.superseded)?.value;
  // 去年12月签约收购…工商变更今年1月才办完: a deal whose registration was done after 2021 was not completed in 2021.
  if (typeof date === 'string' && !date.startsWith('2021-')) {
    for (let i = mentions.length - 1; i >= 0; i--)
      if (mentions[i]?.fact === 'merger_completed_2021' && mentions[i]?.value === true) mentions.splice(i, 1);
    return;
  }
  if (mentions.some((x) => x.fact === 'merger_completed_2021')) return;
  if (opening && typeof date === 'string' && date.startsWith('2021-')) {
    mentions.push({ fact: 'merger_completed_2021', value: true, source: date });
    return;
  }
  const said = MERGED_2021.exec(s);
  // 去年没有完成并购 / 去年准备完成收购: not a deal done.
  if (said && !/没|未|不|准备|计划|打算|意向|not|planned/u.test(said[0]))
    mentions.push({ fact: 'merger_completed_2021', value: true, source: said[0] });
}

// An end told in the past tense (went live on, was completed on), beside the start in one English sentence.
const ENDED_IN_PAST =
  /\b(went live|was completed|were completed|completed on|finished on|was finished|was commissioned|went into (operation|production))\b/u;

// A share of the works done (60% built, 完成了六成, 建了一半): the project is still under way.
const SHARE_DONE =
  /\b(?:[1-9]\d?(?:\.\d+)?\s*%|half|a third|two thirds|three quarters)\s+(?:built|done|complete|completed|finished)\b|(?:完成|建成|建了|做了|建好|完工)了?\s*(?:[1-9]\d?(?:\.\d+)?\s*%|百分之[一二三四五六七八九十]+|[一二三四五六七八九]成|一半|大半|多半)/u;
// The works of a project that may be done before the whole is (its network, its buildings) — not where the whole is
// said (机房改造项目已完工, 整个项目含5G专网都已经建好了).
const WHOLE_PROJECT = /项目|整个|全部|整体|\b(?:whole|entire|project)\b/u;
const PART_OF_WORKS = /专网|基站|厂房|土建|机房|\b(?:private network|base stations?|the building|civil works)\b/u;

function readStage(s: string, options: ExtractOptions, mentions: Mention[]): void {
  const lex = lexicon();
  const words = options.stageOptions.flatMap((o) => o.words.map((w) => normalize(w))).filter((w) => w.length >= 2);
  const values = new Set<string>();
  let source = '';
  const sources: string[] = [];
  // WeCom text breaks at spaces, also before a figure (去年底已经投了一百八 23年6月底前做完: two statements).
  for (const raw of s.split(/[。；;！!？?\n，,]|(?<=\p{Script=Han})\s+(?=[\p{Script=Han}\d])/u)) {
    // 两年建设期总投入1200万 / 建设期两年投入1200万: a construction period's length is the plan's, not a stage reached.
    const part = raw.replace(
      /[\d一二两三四五六七八九十半]+\s*年(的)?建设期|建设期(?:为|是)?\s*[\d一二两三四五六七八九十半]+\s*年/gu,
      '',
    );
    if (!words.some((w) => part.includes(w))) continue;
    if (lex.stageSkip.some((w) => part.includes(w))) continue;
    const parsed = parseChoice(part, options.stageOptions);
    if (!parsed.ok) continue;
    // Construction started March 2021 and the new line went live on 15 Dec 2021: the end told as past wins over the start.
    // it's about 60% built now / 建了六成: a share of the works done is a project under way, not completed.
    const r =
      parsed.value === 'under_construction' && ENDED_IN_PAST.test(part)
        ? { ...parsed, value: 'completed' }
        : parsed.value === 'completed' && SHARE_DONE.test(part)
          ? { ...parsed, value: 'under_construction' }
          : parsed;
    const future = lex.futureMarkers.some((w) =>
      /\p{Script=Han}/u.test(w) ? part.includes(w) : new RegExp(`\\b${w}\\b`, 'u').test(part),
    );
    // 明年在苏州建厂 / thinking of building next year: only a plan, whatever verb it uses.
    if (future && r.value !== 'planned') continue;
    // done by mid-2023 / 2023年建成: done in a year still ahead of the application is a schedule, unless told as done.
    if (r.value === 'completed' && YEAR_AHEAD.test(part) && !TOLD_AS_DONE.test(part)) continue;
    // 5G专网已经建好了 / 厂房建好了 (play-test 53): a part of the works done is not the project completed (厂里在建5G专网 is
    // the project under way, read as such).
    if (r.value === 'completed' && PART_OF_WORKS.test(part) && !WHOLE_PROJECT.test(part)) continue;
    values.add(r.value);
    source = part.trim();
    if (r.value === 'completed') sources.push(source);
  }
  // A completion dated after 2021 may still be ahead on the application day: it says nothing of the stage —
  // unless it is told as done (项目完工了, 已投产, 3月份完工的).
  const completion = mentions.find((x) => x.fact === 'completion_date');
  const toldDone = sources.some((p) => /了|已|的$|\b(has been|was|went live)\b/u.test(p));
  // 厂里5G基站都建好了 … 计划明年6月底完工: a completion still to come in 2023 or later says what was built is a part.
  // (2023年3月前完成验收: an acceptance still to come says nothing of the works.)
  const stillAhead = mentions.some(
    (x) =>
      x.fact === 'completion_date' &&
      typeof x.value === 'string' &&
      x.value >= '2023-01-01' &&
      !/验收|acceptance/u.test(clauseText(s, Math.max(0, s.indexOf(String(x.source))))),
  );
  if (values.has('completed') && stillAhead) values.delete('completed');
  // 在做5G全连接工厂 厂区5G专网已经建好了 (tune-zs): a part of the works built while the project is said to be under way.
  if (
    values.has('completed') &&
    /(?<!现)(?:正在|还在|在)(?:做|建|搞|建设|施工|实施)(?!验收|申报|材料|推广|资料|审计)|施工中|建设中/u.test(s) &&
    sources.every((p) =>
      /专网|网络|基站|厂房|一期|机房|土建|主体|车间|\b(?:network|building|phase one|first phase)\b/u.test(p),
    )
  )
    values.delete('completed');
  if (
    values.has('completed') &&
    !toldDone &&
    typeof completion?.value === 'string' &&
    completion.value > '2021-12-31'
  ) {
    values.delete('completed');
  }
  // 计划6月底完工 / planned for June / planned end of 2023: a schedule, not the stage, when the question was a date; "we planned to finish
  // in …" is a schedule whatever was asked.
  if (
    ((options.pending === 'completion_date' || options.pending === 'start_date') &&
      /计划|预计|\bplanned\b|scheduled|expected/u.test(source) &&
      !/not (yet )?started|haven'?t (yet )?started|yet to start|还没开工|未开工|没开工/u.test(s)) ||
    /\b(planned|plan|planning|scheduled|expected|expect) to (finish|complete|be completed|be finished|go live|start|begin)\b/u.test(
      source,
    ) ||
    // go-live planned March 2023 / 计划2023年3月上线: the end is planned, not the project.
    /\b(go-live|go live|completion|launch|finish|handover)\s+(is\s+)?(planned|scheduled|expected)\b|(上线|完工|竣工|投产|建成)(时间)?(计划|预计)|(计划|预计)[^，,。]{0,10}(上线|完工|竣工|投产|建成)/u.test(
      source,
    )
  ) {
    values.delete('planned');
  }
  // the finish date moved, now planned August 2023: the date is planned, not the project.
  if (/\b(finish|completion|end|go-live)\s+date\b|完工(日期|时间)|竣工(日期|时间)/u.test(s)) values.delete('planned');
  if (values.size === 1) mentions.push({ fact: 'stage', value: [...values][0] as string, source });
}

// 智能制造示范工厂、标杆工厂这些认定都没有 / neither list, none of those: recognitions named to be denied.
const DENIED_AFTER = new RegExp(
  [
    /^[^，,。；;!?！？]{0,16}?(这些|这几个|这两个)?(认定|称号|名单)?(都|也|还)?(没有|没评上|没入选|未入选|不是|没进|(?:正?在|还在)(?:申请|申报|评审|评)(?:中|呢|了)?(?=$|[，,。；;!?！？\s])|申请中|申报中|没下来|还没批)|^[^.;!?]{0,30}?(?:still ?applying|applying ?now|not ?yet|application ?pending)|^[^.;!?]{0,30}?\b(none of (them|those|these)|neither|not on)\b/u
      .source,
    `^[，,]?(?:但是?|可是|不过|结果)?${TURNED_DOWN.source}(?=$|[，,。；;!?！？\\s])`,
    /^[^.;!?]{0,60}?(?:but)?(?:didn'?t|didnot|werenot|weren'?t)(?:makeit|getselected|getin|pass|getit)/u.source,
  ].join('|'),
  'u',
);
const deniedAfter = (s: string, end: number): boolean => DENIED_AFTER.test(s.slice(end));
// (The denial within a dozen characters before the name, or in English squashed: wearenotonthe….)
const DENIED_BEFORE_NAME_AT = new RegExp(
  `${DENIED_BEFORE_NAME.source}[^，,。；;但而]{0,12}$|(?:noton|notin|notpartof)(?:the|any|our)?[a-z]{0,24}$`,
  'u',
);
// 我们不是中小企业公共服务示范平台: a name after 不是, a few words of it before the alias found; 哪来的创新中心 / 哪有什么
// 小巨人: asked back, denied.
const ASKED_BACK_BEFORE = new RegExp(`(?:${ASKED_BACK.source})(?:什么)?$`, 'u');
const deniedBefore = (s: string, at: number): boolean =>
  negated(s, at) ||
  /(不是|并非|notan?|notthe)[^，,。；;]{0,12}$/u.test(s.slice(Math.max(0, at - 16), at)) ||
  // 没评上智能制造示范工厂 / 没有进…名单 / we are not on the benchmark list: the listing denied before its name.
  DENIED_BEFORE_NAME_AT.test(s.slice(Math.max(0, at - 30), at)) ||
  ASKED_BACK_BEFORE.test(s.slice(Math.max(0, at - 6), at));

function readCertifications(s: string, options: ExtractOptions): string[] {
  const out = new Set<string>();
  const squashed = s.replace(/\s+/g, '');
  for (const o of options.certOptions) {
    for (const w of o.words) {
      const word = normalize(w).replace(/\s+/g, '');
      if (word.length < 3 && !/小巨人/u.test(word)) continue;
      const at = squashed.indexOf(word);
      if (
        at >= 0 &&
        (options.pending === 'certifications' || !programNamedOnly(squashed, word, o.value, options.pending)) &&
        !deniedBefore(squashed, at) &&
        !deniedAfter(squashed, at + word.length) &&
        !yearBeside(squashed, at, word, o.value, false)
      )
        out.add(o.value);
    }
  }
  return [...out];
}

// Recognitions named like the programs they open (智能工厂, 标杆工厂, 工业互联网平台, 创新中心): said with no word of being
// on the list (都不是，就智能工厂和标杆工厂 to the directions question), the program is meant, not a recognition.
const NAMED_LIKE_PROGRAMS = new Set([
  'smart-factory-list',
  'iiot-benchmark-list',
  'key-iiot-platform',
  'provincial-innovation-center',
  'sme-service-platform',
]);
// (Read in the text without spaces: English words are matched inside it.)
const RECOGNISED_WORDS =
  /名单|认定|入选|进了|进过|评上|评为|评的|评过|获评|获批|批复|列入|获得|拿了|拿到|弄的|称号|授牌|省级|省重点|是|有|(?<!\d)(?:1\d|2[01])年|20(?:1\d|2[01])(?!\d)|前年|去年|list|recogni|designat|award|title|approved|provincial|weare|we're/u;

// we're building a 5G smart factory / 正在建设智能工厂: the factory being built is the project, not a listing held.
const BUILDING_BEFORE =
  /(?:在建|建设|打造|要建|建一个|建个|building|tobuild|constructing)(?:an?|the|our|一个|个)?(?:5g)?$/u;
// 想报 / 准备申报 / apply for, right before a name: the program applied for.
const APPLIED_FOR_BEFORE =
  /(?:想|要|准备|打算|计划|拟)(?:申报|申请|报)(?:个|一个|下|一下)?[^，,。；;是我已有在]{0,6}$|applyfor(?:the|a)?[a-z]{0,24}$/u;
const LISTED = /名单|认定|入选|列入|称号|授牌|获评|评上|评为|list|recogni|designat|award|title|approved/u;
// A listing said, or a recognition got (评的, 进了, 拿了).
const LISTED_OR_RECOGNISED = new RegExp(`${LISTED.source}|评的|进了|拿了`, 'u');

/**
 * 想报智能制造示范工厂 / 想报专精特新小巨人: the name at `at` right after 想报 is the program applied for, no recognition held
 * — unless the message says a listing anywhere (我们想报小巨人，去年刚评上).
 */
function appliedForOnly(squashed: string, at: number): boolean {
  const { start } = clauseOf(squashed, at);
  return APPLIED_FOR_BEFORE.test(squashed.slice(Math.max(start, at - 16), at)) && !LISTED_OR_RECOGNISED.test(squashed);
}

function programNamedOnly(squashed: string, word: string, id: string, pending: string | null | undefined): boolean {
  if (!NAMED_LIKE_PROGRAMS.has(id)) return false;
  const said: { before: string; clause: string }[] = [];
  for (let at = squashed.indexOf(word); at >= 0; at = squashed.indexOf(word, at + 1)) {
    const { start, end } = clauseOf(squashed, at);
    said.push({ before: squashed.slice(Math.max(start, at - 16), at), clause: squashed.slice(start, end) });
  }
  if (said.length > 0 && said.every((x) => BUILDING_BEFORE.test(x.before) && !LISTED.test(x.clause))) return true;
  // Only where programs are being chosen: the opening or directions question, or a message that says what it applies for.
  if (pending !== 'focus' && pending !== 'gates' && !/申报|想报|要报|申请|apply|applyfor/u.test(squashed)) return false;
  // Every place the name is said must be a program's name (想报智能制造示范工厂，已经在省级示范工厂名单里了 is on the list).
  for (let at = squashed.indexOf(word); at >= 0; at = squashed.indexOf(word, at + 1)) {
    const { start, end } = clauseOf(squashed, at);
    // (我们是苏州一家做汽车零部件的 想报智能制造示范工厂 — play-test 50: the clause's 是 is of the firm.)
    if (appliedForOnly(squashed, at)) continue;
    if (RECOGNISED_WORDS.test(squashed.slice(start, at) + squashed.slice(at + word.length, end))) return false;
  }
  return true;
}

/**
 * A year beside a recognition's name that the guide does not take for it (19年评的小巨人 for the 2021 one; recognised
 * back in 2017, before the "since 2018" of the platforms): the recognition is asked about, not taken.
 */
function yearBeside(squashed: string, at: number, word: string, id: string, relative = true): boolean {
  // (2020年评上的省专精特新小巨人: sixteen characters back reach the year of 评上的省专精特新; we were on the Top 500 list
  // again in 2021 (we first entered in 2019): the first entry's year, further on.)
  const span = /[a-z]/u.test(word) ? 64 : 16;
  // The years the guide takes it from (2021 alone for the 2021 ones; 2020 on for the data demo list, 2018 on for the
  // platforms); a recognition whose years the guide does not bound is read as before, any year before 2018 asked.
  const [from, to] = CERT_YEARS[id] ?? [2018, 9999];
  // Any place the name is said: runs an industrial internet platform … recognised as a key platform back in 2017. (Any
  // year out of range near it leaves it asked — a founding year too: asked, never a recognition of the wrong year.)
  for (let i = at; i >= 0; i = squashed.indexOf(word, i + 1)) {
    const near = squashed.slice(Math.max(0, i - span), i + word.length + span);
    if (relative && id.endsWith('-2021') && /前年|去年以前/u.test(near)) return true;
    for (const y of near.matchAll(/(20[012]\d)|(?<!\d)([012]\d)年/gu)) {
      const year = Number(y[1] ?? `20${y[2]}`);
      if (year < from || year > to) return true;
    }
  }
  return false;
}

/**
 * 我们是小巨人: the 2021 one, as a mention only (kept for the recognitions question, never its answer), unless
 * another year is said beside it (19年评的小巨人).
 */
function readCertMentions(s: string): string[] {
  const out = new Set<string>();
  const squashed = s.replace(/\s+/g, '');
  for (const [id, words] of lexicon().certMentions) {
    // (A year beside any of its names — 2020年评上的省专精特新小巨人 holds 小巨人 too — leaves it asked.)
    let seen = false;
    let yearOff = false;
    for (const word of words.map((w) => w.replace(/\s+/g, ''))) {
      const at = squashed.indexOf(word);
      if (at < 0 || deniedBefore(squashed, at) || deniedAfter(squashed, at + word.length)) continue;
      if (appliedForOnly(squashed, at)) continue;
      if (yearBeside(squashed, at, word, id)) yearOff = true;
      else seen = true;
    }
    if (seen && !yearOff) out.add(id);
  }
  return [...out];
}

/** One value per fact: a fact stated twice alike is kept once; stated two ways, it is a conflict. */
function settle(mentions: readonly Mention[]): { mentions: Mention[]; conflicts: FactKey[] } {
  const byFact = new Map<FactKey, Mention[]>();
  for (const m of mentions) byFact.set(m.fact, [...(byFact.get(m.fact) ?? []), m]);
  const kept: Mention[] = [];
  const conflicts: FactKey[] = [];
  for (const [fact, all] of byFact) {
    // A plan replaced by what happened: the later value only; of two figures, the one named by the fact's own
    // word (营收2个亿出头 主营的话大概1.8亿: 主营 names 主营业务收入).
    const current = all.filter((m) => !m.superseded);
    // 原计划5月开工，实际拖到7月12号才开: only the plan is bound to the fact; what happened instead is asked.
    if (current.length === 0) continue;
    const later = current;
    const exact = later.filter((m) => m.cue !== undefined && lexicon().exactCues.get(fact)?.includes(m.cue));
    const ms = exact.length === 1 && later.length > 1 ? exact : later;
    const values = new Set(ms.map((m) => JSON.stringify(m.value)));
    if (values.size === 1) kept.push(ms[0] as Mention);
    else conflicts.push(fact);
  }
  return { mentions: kept, conflicts };
}

/** The facts a text names by their words (贷款, 营收, interest rate), without values: for corrections. */
export function namedFacts(text: string): FactKey[] {
  const lex = lexicon();
  const s = englishNumbers(normalize(text).replace(/\s+/g, ' '));
  const m = masked(s, lex.masks);
  const cuts = boundaries(m);
  const figures = findFigures(m);
  // A general word (付了, 花了) names no fact a correction could mean: 年底又付了一笔 is no deal's price.
  const found = [lex.amountCues, lex.percentCues, lex.dateCues, lex.countCues, lex.yearsCues].flatMap((list) =>
    locate(m, cuts, list, figures)
      .filter((c) => !lex.weakCues.has(c.word))
      .map((c) => c.target),
  );
  return [...new Set(found)];
}

/** Whether a text holds one of a fact's own blocks (贷款还在批 for the loan), masked phrases (不含土建) aside. */
export function factBlocked(fact: FactKey, text: string): boolean {
  const m = masked(normalize(text), lexicon().masks);
  if (!CLAUSE_BLOCKED.has(fact)) return blockedIn(fact, m);
  // 都是设备和软件，其中软件520万: the clause holding the answer's (last) figure counts, and a cloud note anywhere.
  const last = Math.max(...[...m.matchAll(/[\d一二两三四五六七八九十百千]/gu)].map((x) => x.index ?? -1));
  return last < 0 ? cloudNote(fact, m) : blockedFor(fact, m, clauseOf(m, last));
}

// 里面包含新厂房土建那块的: civil works inside the figure, a few words apart (不含土建 is masked before).
const CIVIL_WORKS_INSIDE =
  /((?<!不)(含|包含|包括|连同)了?[^，,。；;]{0,8}土建|(里面|其中)[^，,。；;]{0,8}(土建|厂房|基建))(?![^，,。；;]{0,8}(扣掉|扣除|去掉|剔除|减掉|除外|没算|不算))|\b(?:(?<!none |no part |nothing |not any |not )of (?:that|it|which)|(?<!not |ex(?:cluding)? )includ(?:es|ing|ed))\b(?![^,.;]{0,30}\b(?:no|not|nothing|none|without|excluding)\b)[^,.;]{0,30}\b(?:civil works?|construction works?|building|renovation)\b/u;
const CIVIL_WORKS_FACTS: ReadonlySet<string> = new Set([
  'total_investment',
  'loan_interest_paid_2021',
  'rd_investment',
]);

// 其中五百万是厂房装修 / but about 5 million of that is building renovation: a figure of the part said to be building.
const PART_IS_BUILDING =
  /^(?:其中|这里面|里面)[^，,。；;]{0,6}?[\d一二两三四五六七八九十百千][^，,。；;]{0,6}?(?:是|为|用于|花在|用在)[^，,。；;没不无]{0,4}(?:土建|厂房|基建|装修)|^(?:but\s+)?(?:about\s+|around\s+|roughly\s+|some\s+)?[\d.]+\s*(?:m|mn|million|万)?\s+of\s+(?:that|it|which)\s+(?:is|was|goes to|went to|are|were)\s+(?:for\s+)?(?:the\s+)?(?:civil works?|construction|building|renovation)/u;

/**
 * Whether a figure of `fact` in clause `clause` of masked text `m` is kept out by the fact's blocks: anywhere in the
 * message, or for a clause-blocked fact (CLAUSE_BLOCKED) in that clause, its cloud notes still anywhere.
 */
function blockedFor(fact: FactKey, m: string, clause: Span): boolean {
  if (!CLAUSE_BLOCKED.has(fact)) return blockedIn(fact, m);
  // 研发投入三千万 其中五百万是厂房装修 / 30m, but 5m of that is building renovation: the clause right after that names a
  // part of the figure names one of this figure's.
  const partAfter =
    /^[，,;；\s]*((?:其中|这里面|里面|but|of which)[^，,。；;.]*)/u.exec(m.slice(clause.end))?.[1] ?? '';
  return (
    blockedIn(fact, m.slice(clause.start, clause.end)) ||
    (CIVIL_WORKS_FACTS.has(fact) && PART_IS_BUILDING.test(partAfter)) ||
    cloudNote(fact, m)
  );
}

/** 上云另算, 不含云服务: a software figure's note that the cloud the question counts in is left out holds message-wide. */
function cloudNote(fact: FactKey, m: string): boolean {
  return (lexicon().factBlocks.get(fact) ?? []).some((w) => w.includes('云') && m.includes(w));
}

// Facts whose blocks count only in the figure's own clause: 设备和软件4500 is no software figure, but 都是设备和软件，其中
// 软件520万 is; 去年研发费用1200万 is the firm's year, not the project's 研发攻关投入 said in another clause; 到现在一共
// 投了两千 is no figure of 2021's end, but 去年底1100，到现在两千 gives one.
const CLAUSE_BLOCKED: ReadonlySet<string> = new Set(['software_investment', 'rd_investment', 'invested_by_2021_end']);

/** Whether a masked text holds one of the fact's own blocks. */
function blockedIn(fact: FactKey, m: string): boolean {
  if (CIVIL_WORKS_FACTS.has(fact) && CIVIL_WORKS_INSIDE.test(m)) return true;
  return (
    lexicon()
      .factBlocks.get(fact)
      ?.some((w) => m.includes(w)) ?? false
  );
}

/** Whether a text holds a word that qualifies its figure away from the question's basis (价税合计, 含税). */
export function qualified(text: string): boolean {
  const lex = lexicon();
  const m = masked(normalize(text), lex.masks);
  return [...lex.blockCues, ...lex.singleFigureBlocks, ...lex.messageBlocks].some((w) => m.includes(w));
}
