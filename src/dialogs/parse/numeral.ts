/**
 * Numbers as people type them in Chinese: Arabic (`3,500`, `0.35`), Chinese (`三千五百`,
 * `两千`, `一万二`), mixed (`3千5百`), with the scale words 万 and 亿 (`1.2万亿`).
 * The result keeps whether a scale word was used, because an amount's unit depends on it.
 */
import { err, ok, type Result } from './result.ts';

/** Chinese digit words (and their 大写 forms) at their value. */
export const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  // 大写 (financial) digits, as on invoices and contracts.
  壹: 1,
  贰: 2,
  叁: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  柒: 7,
  捌: 8,
  玖: 9,
};

const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const SCALES: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** Characters a numeral may contain. */
export const NUMERAL_CHARS = '0-9.,零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖十拾百佰千仟万亿点';

/** A numeral's value and whether it used 万 or 亿. */
export interface Numeral {
  readonly value: number;
  /** The numeral contains a scale word (万/亿), so it is a count of 元 or things, not of 万元. */
  readonly scaled: boolean;
}

/**
 * Reads one numeral (no surrounding words). `一万二` is 12000 and `三千五` is 3500, the
 * spoken shorthand where a trailing digit counts in the next lower unit; `三千零五` is 3005.
 */
export function parseNumeral(input: string): Result<Numeral> {
  const s = input.replace(/,(?=\d{3}(\D|$))/g, '');
  if (s === '' || !new RegExp(`^[${NUMERAL_CHARS}]+$`, 'u').test(s)) return err('no_match');
  // A plain Arabic number is by far the common case.
  if (/^\d+(\.\d+)?$/.test(s)) return ok({ value: Number(s), scaled: false });
  // An Arabic figure with a scale word, including zero ("0万").
  const simple = /^(\d+(?:\.\d+)?)(万亿|亿|万)$/.exec(s);
  if (simple) {
    const scale = simple[2] === '万' ? 1e4 : simple[2] === '亿' ? 1e8 : 1e12;
    return ok({ value: roundTiny(Number(simple[1]) * scale), scaled: true });
  }

  let big = 0; // what has been closed by 亿
  let mid = 0; // what has been closed by 万
  let small = 0; // below 万
  let num: number | null = null; // the pending digit group
  let lastUnit = 1; // the last unit seen, for the 一万二 shorthand
  let scaled = false;
  let i = 0;
  while (i < s.length) {
    const c = s[i] as string;
    const arabic = /^\d+(\.\d+)?/.exec(s.slice(i));
    if (arabic) {
      if (num !== null) return err('no_match');
      num = Number(arabic[0]);
      i += arabic[0].length;
      continue;
    }
    if (c === '点') {
      // Chinese decimal: 三点五 / 零点三五.
      const frac = /^[零〇一二两三四五六七八九]+|^\d+/.exec(s.slice(i + 1));
      if (!frac) return err('no_match');
      const digits = [...frac[0]].map((d) => (/\d/.test(d) ? d : DIGITS[d])).join('');
      num = Number(`${num ?? 0}.${digits}`);
      i += 1 + frac[0].length;
      continue;
    }
    const digit = DIGITS[c];
    if (digit !== undefined) {
      if (digit === 0) {
        // 零 marks a skipped unit: what follows counts in ones.
        if (num !== null && num !== 0) return err('no_match');
        lastUnit = 1;
        num = null;
      } else {
        if (num !== null) return err('no_match');
        num = digit;
      }
      i += 1;
      continue;
    }
    const unit = SMALL_UNITS[c];
    if (unit !== undefined) {
      small += (num ?? (unit === 10 ? 1 : Number.NaN)) * unit;
      if (Number.isNaN(small)) return err('no_match');
      num = null;
      lastUnit = unit;
      i += 1;
      continue;
    }
    const scale = SCALES[c];
    if (scale !== undefined) {
      // 三千五万 is 3500万 as 三千五 is 3500: the lone digit counts in the next lower unit here too.
      const group = small + (lastUnit < 1e4 ? spokenTail(num, lastUnit) : (num ?? 0));
      scaled = true;
      if (scale === 1e4) {
        if (group === 0) return err('no_match');
        mid += group * 1e4;
      } else {
        if (group === 0 && mid === 0) return err('no_match');
        // 亿 closes everything before it: 1.2万亿 = 1.2 × 10⁴ × 10⁸.
        big = (big + mid + group) * 1e8;
        mid = 0;
      }
      small = 0;
      num = null;
      lastUnit = scale;
      i += 1;
      continue;
    }
    return err('no_match');
  }
  const tail = spokenTail(num, lastUnit);
  // 一亿两千 / 两亿三千: after 亿, a group in 千/百 without 万 is spoken for 千万/百万 (一亿两千 = 1.2亿).
  if (big > 0 && mid === 0 && small + tail > 0 && small + tail < 1e4 && !/亿零/u.test(s)) {
    return ok({ value: roundTiny(big + (small + tail) * 1e4), scaled });
  }
  const value = big + mid + small + tail;
  return ok({ value: roundTiny(value), scaled });
}

/** 一万二 / 三千五: a lone digit after a unit of 百 or more counts in the next lower unit; any other is itself. */
function spokenTail(num: number | null, lastUnit: number): number {
  return num !== null && lastUnit >= 100 && Number.isInteger(num) && num < 10 ? num * (lastUnit / 10) : (num ?? 0);
}

/** Removes binary floating-point noise (0.35 × 10⁸ = 35000000.000000004). */
export function roundTiny(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
