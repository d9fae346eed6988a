/**
 * The understanding step (issue 14): before the pending question's parser sees a message, the message
 * is classified — a policy question, a correction of an earlier fact, or an answer — and read for every
 * fact it states. Only an answer fills the pending slot; facts stated beyond it are recorded too.
 *
 * Classify, then extract, then fill (Rasa's NLU pipeline feeding forms whose slots may be filled from
 * any message). When a reading is not sure, the slot stays open and the engine asks: a wrong value
 * recorded is worse than one more question.
 */
import { FACT_BY_KEY, type FactKey } from '../../rules/facts.ts';
import type { FactValue } from '../../rules/types.ts';
import { type ChoiceOption, isSkip, normalize, type ParseErrorCode, parseAnswer, type Result } from '../parse/index.ts';
import { parseYesNo } from '../parse/yesno.ts';
import type { Extraction, Mention } from './extract.ts';
import { lexicon } from './lexicon.ts';

export { type Extraction, extractFacts, type Mention, type Unbound } from './extract.ts';
export { warmUpUnderstanding } from './lexicon.ts';

const FIGURE_TYPES = new Set(['amount', 'date', 'percent']);
const FIGURE_KIND: Readonly<Record<string, 'amount' | 'date' | 'percent'>> = {
  amount: 'amount',
  date: 'date',
  percent: 'percent',
};

/**
 * Whether a message is a policy question rather than an answer: it ends with a question mark or
 * 吗/么, opens with an English question word, or (four characters or more) holds a question word
 * (怎么, 多少, 哪些 …). Checked before the answer parsers so `5G项目补助怎么拨付` is never read as
 * 5万元 and `2021年的利息怎么算` never as 2021万元.
 */
export function isPolicyQuestion(text: string): boolean {
  const raw = text.normalize('NFKC').trim();
  if (raw === '') return false;
  if (/[?？]\s*$/u.test(raw)) return true;
  const s = normalize(raw);
  const lex = lexicon();
  if (lex.questionEnds.some((w) => s.endsWith(w)) && s.length >= 3) return true;
  if (/^[a-z]/u.test(s)) {
    const first = s.split(/\s+/u)[0] ?? '';
    return s.includes(' ') && lex.questionWords.includes(first) && !/^(is|are|do|does)\s+(not|n't)\b/u.test(s);
  }
  return s.length >= 4 && lex.questionWords.some((w) => /\p{Script=Han}/u.test(w) && s.includes(w));
}

/**
 * A correction of something said before (`不对，是七百万`, `刚才投资说错了，应该是七百万`, `sorry, I meant
 * 7 million`): the text after the marker, or undefined when the message is not a correction.
 */
export function correctionBody(text: string): string | undefined {
  const s = normalize(text);
  for (const w of lexicon().corrections) {
    const at = s.indexOf(w);
    if (at < 0 || at > 8) continue;
    const rest = s
      .slice(at + w.length)
      .replace(/^[\s,，。:：!！]+/u, '')
      .replace(/^(应该是|应该|其实是|实际是|是|应为|改为|改成|it'?s|it is|should be)\s*/u, '');
    return rest;
  }
  return undefined;
}

/** What a message says for the pending slot. */
export type SlotReading =
  | {
      readonly kind: 'value';
      readonly value: FactValue;
      readonly mention?: Mention;
    }
  /** The user does not know: leave it unknown and move on. */
  | { readonly kind: 'unknown' }
  /** Something for the slot, but not readable as one value: ask again, saying why. */
  | { readonly kind: 'unclear'; readonly code: ParseErrorCode }
  /** Nothing for this slot (the message was about other facts). */
  | { readonly kind: 'none' };

/** The slot's own words and options, from the dialog vocabulary. */
export interface SlotWords {
  readonly options: readonly ChoiceOption[];
}

/**
 * Reads the pending slot `fact` from a message and its extraction. Figures come only from the
 * extraction: a figure bound to another fact (贷款五千万 while the revenue is asked) never fills this
 * slot; an unbound one does when the slot asks for that kind of figure and it is the only one.
 */
export function readSlot(fact: FactKey, text: string, ex: Extraction, words: SlotWords): SlotReading {
  const def = FACT_BY_KEY.get(fact);
  if (!def) return { kind: 'none' };
  if (isSkip(text)) return { kind: 'unknown' };
  const own = ex.mentions.find((m) => m.fact === fact);
  const kind = FIGURE_KIND[def.type];
  if (ex.conflicts.includes(fact)) return { kind: 'unclear', code: 'ambiguous' };
  if (kind) {
    if (ex.foreign.some((f) => f.fact === fact || f.fact === null))
      return { kind: 'unclear', code: 'foreign_currency' };
    if (own) return { kind: 'value', value: own.value, mention: own };
    const loose = ex.unbound.filter((u) => u.kind === kind);
    if (loose.length > 1) return { kind: 'unclear', code: 'ambiguous' };
    if (loose.length === 1) {
      const u = loose[0] as (typeof loose)[number];
      if (u.unitMissing) {
        // A bare number to a question asked in 万元 is 万元; a huge one is surely 元 without its unit.
        if (typeof u.value === 'number' && u.value >= 1e6) return { kind: 'unclear', code: 'unit_ambiguous' };
      }
      return {
        kind: 'value',
        value: u.value,
        mention: {
          fact,
          value: u.value,
          source: u.source,
          ...(u.approx ? { approx: true } : {}),
          ...(u.dayAssumed ? { dayAssumed: true } : {}),
        },
      };
    }
    // Figures all bound to other facts, or of another kind: nothing here for this slot.
    if (ex.mentions.some((m) => FIGURE_TYPES.has(FACT_BY_KEY.get(m.fact)?.type ?? '')) || ex.unbound.length > 0) {
      return { kind: 'none' };
    }
    const r = parseAnswer(def, text, words.options);
    return fromResult(r);
  }
  if (def.type === 'boolean') {
    const yn = parseYesNo(text, lexicon().yesno.get(fact));
    if (yn.ok) {
      if (own && own.value !== yn.value) return { kind: 'unclear', code: 'ambiguous' };
      return { kind: 'value', value: yn.value };
    }
    if (yn.code === 'ambiguous') return { kind: 'unclear', code: 'ambiguous' };
    if (own) return { kind: 'value', value: own.value, mention: own };
    const r = parseAnswer(def, text, words.options);
    if (r.ok) return { kind: 'value', value: r.value };
    return ex.mentions.length > 0 || ex.unbound.length > 0 ? { kind: 'none' } : { kind: 'unclear', code: r.code };
  }
  if (own) return { kind: 'value', value: own.value, mention: own };
  const r = parseAnswer(def, text, words.options);
  if (!r.ok && (ex.mentions.length > 0 || ex.unbound.length > 0) && r.code === 'no_match') return { kind: 'none' };
  return fromResult(r);
}

function fromResult(r: Result<FactValue>): SlotReading {
  return r.ok ? { kind: 'value', value: r.value } : { kind: 'unclear', code: r.code };
}
