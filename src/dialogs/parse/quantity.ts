/**
 * Counts and plain numbers: `3场`, `三家`, `120人`, `1.5万人次` (counts, whole numbers ≥ 0), `5年`, `五年期`,
 * `两年半`, `60个月` (years), `2亿`/`20000万` for facts counted in 亿. `没有`/`无`/`零` is 0.
 */
import { parseNumeral, roundTiny } from './numeral.ts';
import { err, ok, type Result } from './result.ts';
import { normalize } from './text.ts';

/** Options for reading a quantity. */
export interface QuantityOptions {
  /** The fact's unit: 年 (months convert), 亿 (万 converts), or a counting word (个, 场, 家, 人…). */
  readonly unit: string;
  /** Whole numbers only. */
  readonly integer?: boolean;
}

const FILLERS =
  /约|大约|大概|左右|差不多|将近|接近|以上|出头|开外|多|余|来|几|共|一共|总共|合计|每年|年均|平均|about|around|roughly|approximately|approx\.?|some|at least|~|\+$/gu;
const PER_YEAR = /\b(?:a|per|each|every)\s+year\b|\bannually\b|\bper annum\b|\/\s*(?:year|yr)\b/gu;
const COUNT_WORDS = /(个|场|家|人次|人|次|项|名|位|期|届|条|户|所|座|台|套)$/u;
// The English nouns a count in each unit may carry (a class counted as 个, a city too).
const EN_NOUNS: Readonly<Record<string, RegExp>> = {
  人: /^(?:people|persons?|trainees?|staff|members?|employees?|workers?|participants?|full-?time(?:rs?)?|heads?|students?|learners?|pax)$/u,
  人次: /^(?:people|persons?|trainees?|participants?|person-?times|attendances?|attendees?|students?|learners?|pax|staff|employees?|workers?)$/u,
  家: /^(?:enterprises?|compan(?:y|ies)|firms?|smes?|tenants?|businesses|factories|members?)$/u,
  场: /^(?:events?|sessions?|activities|meetings?|roadshows?|seminars?|forums?|times)$/u,
  // (A class is counted as 个, and so is a city; sessions of a programme are its classes.)
  个: /^(?:class(?:es)?|cit(?:y|ies)|batch(?:es)?|courses?|items?|ones?|sessions?|cohorts?)$/u,
  年: /^(?:years?|yrs?)$/u,
  天: /^(?:days?)$/u,
};
/**
 * Whether the English words right after a count (`after`) say it counts another thing than a count in `unit` does: 60
 * per class to the number of classes, 5 cities to the smallest class's size. (A year's rate, 1,300 a year, is no
 * other thing; 60 per class to a count of people is people.)
 */
export function countsOtherThing(unit: string, after: string): boolean {
  const noun = /^\s*(per\s+(?!year\b|annum\b)[a-z]+|[a-z-]+)/u.exec(after.toLowerCase())?.[1];
  if (noun === undefined) return false;
  // (60 per class is a class's size: people counted.)
  if (noun.startsWith('per')) return !(unit === '人' || unit === '人次');
  return Object.values(EN_NOUNS).some((n) => n.test(noun)) && !EN_NOUNS[unit]?.test(noun);
}

// Things a count or years answer may name that none of the count questions counts: a direction, a fee, money, a patent.
const OTHER_NOUNS =
  /^(?:directions?|fees?|charges?|costs?|tuition|money|payments?|patents?|loans?|percent|yuan|rmb|dollars?|euros?)$/u;
/**
 * An English answer to a count or years question that counts another thing by name: "one direction" to the
 * cooperation years, "no fees at all" to the long classes (play-test 49: both had been recorded, 1 and 0). A noun the
 * unit counts or the question names (no classes that long) is this answer's; so is a bare figure or none.
 */
export function namesOtherThing(unit: string, plain: string, question: string): boolean {
  const m =
    /^\s*(?:(?:yes|no|well|ok|okay|hmm|um)\b[,.\s]*)?(?:we\s+(?:have|had|target|run|ran|do|did|hold|held|plan|will have)\s+)?(no|zero|one|two|three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?)\s+([a-z][a-z-]*)/u.exec(
      plain,
    );
  if (!m) return false;
  const noun = m[2] as string;
  // (Only nouns that name no count or span any of these questions asks: 12 engineers, 30 workshops, 3 fixed stay read.)
  if (!OTHER_NOUNS.test(noun) || EN_NOUNS[unit]?.test(noun)) return false;
  const stem = noun.replace(/(?:es|s)$/u, '');
  return !question.toLowerCase().includes(stem);
}

// (没有的: none, said with a particle. 没开展 / 没搞 stay asked: of a count planned, "not held" is "not yet".)
const NONE =
  /^(?:(没有|没|无|零|暂无|一[个家场名人次]?(都|也)没有?|都没有|一个也没有)(?:的|呢|啊|哈|哦|吧)?|0|none|no|nil|zero)$/u;

/** Reads a count or a number in the fact's unit. */
export function parseQuantity(text: string, options: QuantityOptions): Result<number> {
  // Fillers go before the spaces (at least 50), and a dozen is 12.
  let s = normalize(text)
    .replace(/\ba dozen\b|\bdozen\b/gu, '12')
    .replace(FILLERS, '');
  // 1,300 a year: the figure said per year is the answer (a count of years keeps its 年).
  if (options.unit !== '年') s = s.replace(PER_YEAR, '');
  s = s.replace(/\s+/g, '');
  if (NONE.test(s)) return ok(0);
  // 250 million / 1.2 billion, to a count in 亿: the count in 亿 (never the 250 alone).
  const large = /^(\d+(?:\.\d+)?)(million|mn|m|billion|bn)$/u.exec(s);
  if (options.unit === '亿' && large)
    return ok(roundTiny((Number(large[1]) * (/^b/u.test(large[2] as string) ? 1e9 : 1e6)) / 1e8));
  // 5 cities, 15 people, 12 full-time: an English count noun after the figure, when it counts what the fact counts
  // (5 cities to the smallest class's size, 60 per class to the number of classes: another thing counted, asked).
  const counted = /^(\d+(?:\.\d+)?)([a-z-]+)$/u.exec(s);
  if (counted) {
    if (!EN_NOUNS[options.unit]?.test(counted[2] as string)) return err('no_match');
    s = counted[1] as string;
  }
  if (options.unit === '年' && /^半年$/u.test(s)) return ok(0.5);
  if (/^(-|负)/u.test(s)) return err('negative');
  let factor = 1;
  let half = false;
  if (options.unit === '年') {
    const months = /^(.+?)个?月$/u.exec(s);
    if (months) {
      s = months[1] as string;
      factor = 1 / 12;
    } else {
      half = /年半$/u.test(s);
      s = s.replace(/年半$|年期$|年$/u, '');
    }
  } else if (options.unit === '亿') {
    s = s.replace(/(次|个|条)$/u, '');
    // 亿 is the fact's unit; a figure in 万 is converted.
    if (s.endsWith('亿')) s = s.slice(0, -1);
  } else {
    s = s.replace(COUNT_WORDS, '');
  }
  const r = parseNumeral(s);
  if (!r.ok) return r;
  let value = r.value.value;
  // A figure in 万 for a fact counted in 亿: the numeral already holds the raw count.
  if (options.unit === '亿' && r.value.scaled) value = value / 1e8;
  else value *= factor;
  if (half) value += 0.5;
  value = roundTiny(value);
  if (options.integer && !Number.isInteger(value)) return err('not_integer');
  return ok(value);
}
