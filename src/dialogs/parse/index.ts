/**
 * Answer parsers: the user's text for one fact → the fact's value in contract units, or a code
 * saying why not. Each parser is total (never throws); the engine turns a failure into a re-ask.
 */
import type { FactDef } from '../../rules/facts.ts';
import type { FactValue } from '../../rules/types.ts';
import { parseAmount } from './amount.ts';
import { parseCertifications } from './certifications.ts';
import { type ChoiceOption, parseChoice } from './choice.ts';
import { parseDate } from './date.ts';
import { parsePercent } from './percent.ts';
import { parseQuantity } from './quantity.ts';
import { err, ok, type Result } from './result.ts';
import { normalize } from './text.ts';
import { parseYesNo } from './yesno.ts';

export { type AmountOptions, parseAmount } from './amount.ts';
export { CERT_YEARS, earlierYearRecognitions, namesLocalQualityAward, parseCertifications } from './certifications.ts';
export { type ChoiceOption, parseChoice, parseChoices } from './choice.ts';
export { APPLICATION_YEAR, type DateOptions, type DateReading, parseDate, parseDateReading } from './date.ts';
export { type Numeral, parseNumeral } from './numeral.ts';
export { type PercentOptions, parsePercent } from './percent.ts';
export { parseQuantity, type QuantityOptions } from './quantity.ts';
export { err, ok, type ParseErrorCode, type Result } from './result.ts';
export { isSkip } from './skip.ts';
export { normalize } from './text.ts';
export { parseYesNo } from './yesno.ts';

/**
 * Reads an answer to the question for `fact`. `options` are the choices offered (enum values,
 * certifications; for a yes/no question 1 = yes, 2 = no).
 */
export function parseAnswer(fact: FactDef, text: string, options: readonly ChoiceOption[] = []): Result<FactValue> {
  switch (fact.type) {
    case 'boolean': {
      const yn = parseYesNo(text);
      if (yn.ok) return yn;
      // The buttons' own labels (是 / 否, 1 / 2) typed as they are — not a "yes" inside a sentence about something else
      // (so yes it's accepted, to the 5G question).
      const plain = normalize(text);
      const c = plain.length <= 12 || /^(yes|no|是|否)\b/u.test(plain) ? parseChoice(text, options) : yn;
      return c.ok ? ok(c.value === 'true') : yn;
    }
    case 'amount':
      return parseAmount(text, { bareUnit: '万元' });
    case 'date':
      return parseDate(text);
    case 'percent':
      return parsePercent(text, {
        ...(fact.max !== undefined ? { max: fact.max } : {}),
        allowNegative: fact.max === undefined,
      });
    case 'count':
      return parseQuantity(text, { unit: fact.unit, integer: true });
    case 'number': {
      const r = parseQuantity(text, { unit: fact.unit });
      // (A number of years in the 1900s or 2000s is a calendar year: 2022, to 已有几年, is asked again.)
      return r.ok && fact.unit === '年' && typeof r.value === 'number' && r.value >= 1900 ? err('year_not_count') : r;
    }
    case 'enum':
      return parseChoice(text, options);
    case 'certs':
      return parseCertifications(text, options);
    default:
      return err('no_match');
  }
}
