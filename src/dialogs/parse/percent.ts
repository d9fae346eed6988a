/**
 * Percentage answers → a number 0–100 (contract §3). Readings:
 * - `31%`, `31％`, `百分之三十一`, `百分之三十一点五`, `三成` (30), `千分之五` (0.5);
 * - a bare number ≥ 1 is in percent (`31` → 31, `4.65` → 4.65: the question names %);
 * - `一半` / `half` → 50; a bare decimal below 0.1 (`0.0435`) could be a fraction or a percent and is asked;
 * - a bare decimal from 0.1 to 1 is read as a fraction (`0.31` → 31): people paste ratios from
 *   spreadsheets, and nobody types 0.31 meaning a third of a percent; the engine echoes "31%" so a misreading
 *   is visible and can be corrected;
 * - negative values (`-5%`, `负5%`, `下降5%`) only where the fact allows them (a growth rate).
 */
import { NUMERAL_CHARS, parseNumeral, roundTiny } from './numeral.ts';
import { err, ok, type Result } from './result.ts';
import { normalize } from './text.ts';

/** Options for reading a percentage. */
export interface PercentOptions {
  /** Upper bound (100 for a share); absent where a figure may exceed 100 (a growth rate). */
  readonly max?: number;
  /** Whether a negative figure makes sense (a growth rate). */
  readonly allowNegative?: boolean;
}

const FILLERS = /约|大约|大概|左右|差不多|将近|接近|多|以上|年均|平均/gu;

/** Reads a percentage answer as a number of percent. */
export function parsePercent(text: string, options: PercentOptions = {}): Result<number> {
  const plain = normalize(text).replace(/\s+/g, '');
  // 一半 is 50; 一半左右 / 大概一半 could be under a 50 % threshold: asked.
  if (/^(一半|半数|half|ahalf)$/u.test(plain)) return ok(50);
  if (/一半|半数|half/u.test(plain)) return err('ambiguous');
  // 4.7 out of 5 / 4.8分（满分5分） / 9 of 10: a score on another scale, no percentage: asked.
  const scale =
    /outof(\d+(?:\.\d+)?)|满分(\d+(?:\.\d+)?)|(?<![\d.])\d+(?:\.\d+)?(?:分)?\/(\d+(?:\.\d+)?)(?:分)?$|(\d+(?:\.\d+)?)分制|(?<![\d.])\d\.\d+分$/u.exec(
      plain,
    );
  if (scale && Number(scale[1] ?? scale[2] ?? scale[3] ?? scale[4] ?? 0) !== 100) return err('ambiguous');
  // 百分百; 四厘五 (loan slang: 4.5 %); 年息四点二, 现在大概4.1: the words around the figure go.
  if (/^(满意度)?(百分百|百分之百|全资|全资的|wholly|whollyowned|all|100percent)$/u.test(plain)) return ok(100);
  // a quarter, a third, three quarters: a share said in words.
  // (Number words may have been turned into digits before: 3quarters.)
  const share = {
    aquarter: 25,
    quarter: 25,
    onequarter: 25,
    '1quarter': 25,
    threequarters: 75,
    '3quarters': 75,
    athird: 100 / 3,
    '1third': 100 / 3,
    twothirds: 200 / 3,
    '2thirds': 200 / 3,
  }[plain];
  if (share !== undefined) return share === 25 || share === 75 ? ok(share) : err('ambiguous');
  const li = /^(?:年息|年利率|利率)?([一二三四五六七八九\d])厘([一二三四五六七八九\d])?$/u.exec(plain);
  if (li) return ok(numeral(li[1] as string) + (li[2] ? numeral(li[2]) / 10 : 0));
  // (近三年平均是3.8: the span asked and a copula before one figure go too; 近三年4.5 4.1 3.8 stays three figures.)
  const one =
    (
      normalize(text)
        .replace(/近?[三3]年/gu, '')
        .match(/\d+(?:\.\d+)?/gu) ?? []
    ).length === 1;
  let s = plain.replace(/^(年息|年利率|利率|现在|目前|当前|浮动利率|固定利率|now|currently|around|about)+/u, '');
  if (one) s = s.replace(/^(近三年来|近三年|近3年|三年|3年)(?=平均|年均|是|为)/u, '');
  s = s.replace(FILLERS, '');
  if (one) s = s.replace(/^(?:应该|就|都)?(?:是|为)(?=[\d一二两三四五六七八九十百])/u, '');
  let sign = 1;
  const neg = /^(-|负|下降|减少|降低)/u.exec(s);
  if (neg) {
    sign = -1;
    s = s.slice(neg[0].length);
  } else s = s.replace(/^(\+|增长|增加|提高)/u, '');
  let value = percentForm(s);
  if (value === undefined) {
    if (!new RegExp(`^[${NUMERAL_CHARS}]+$`, 'u').test(s)) return err('no_match');
    value = numeral(s);
    // 0.31 pasted from a spreadsheet is 31 %; 0.0435 could be 4.35 % or 0.0435 %: asked.
    if (value > 0 && value < 0.1) return err('ambiguous');
    if (value > 0 && value < 1) value *= 100;
    // 两千六 to the growth rate's question: a bare figure in thousands, or said with 千/百, is money said early, no rate.
    if (value >= 1000 || (value > 100 && /[千百]/u.test(s))) return err('no_match');
  }
  if (Number.isNaN(value)) return err('no_match');
  value = roundTiny(sign * value);
  if (value < 0 && !options.allowNegative) return err('negative');
  if (options.max !== undefined && value > options.max) return err('out_of_range');
  return ok(value);
}

function numeral(s: string): number {
  const r = parseNumeral(s);
  return r.ok && !r.value.scaled ? r.value.value : Number.NaN;
}

/** The explicit forms: 百分之x, 千分之x, x%, x个百分点, x成. */
function percentForm(s: string): number | undefined {
  const forms: readonly [RegExp, number][] = [
    [/^百分之(.+)$/u, 1],
    [/^千分之(.+)$/u, 0.1],
    [/^(.+?)(?:%|个百分点|个多点|个点|点)$/u, 1],
    [/^(.+)成$/u, 10],
    [/^(.+?)(?:percent|pct|per cent)$/u, 1],
  ];
  // 二成五 / 两成半: 25.
  // 五分之三 / 四分之一: a fraction said in words.
  const fraction = /^([二两三四五六七八九十]|[2-9]|10)分之([一二三四五六七八九]|[1-9])$/u.exec(s);
  if (fraction) {
    const [whole, part] = [numeral(fraction[1] as string), numeral(fraction[2] as string)];
    if (part < whole) return Math.round((part / whole) * 1000) / 10;
  }
  // 四个半点 / 四个点五 / 4个点35: loan slang, a percentage point and its tenths (not 4 with the rest dropped).
  const points = /^([一二两三四五六七八九十]|\d{1,2})个(半)?点([零一二三四五六七八九\d]{1,2})?$/u.exec(s);
  if (points && !(points[2] && points[3])) {
    const tail = points[3] ? Number(`0.${[...points[3]].map((c) => numeral(c)).join('')}`) : 0;
    return numeral(points[1] as string) + (points[2] ? 0.5 : 0) + tail;
  }
  const tenths = /^([零一二两三四五六七八九十]|\d)成([一二三四五六七八九半]|\d)$/u.exec(s);
  if (tenths) return numeral(tenths[1] as string) * 10 + (tenths[2] === '半' ? 5 : numeral(tenths[2] as string));
  for (const [re, factor] of forms) {
    const m = re.exec(s);
    if (m) return numeral(m[1] as string) * factor;
  }
  return undefined;
}
