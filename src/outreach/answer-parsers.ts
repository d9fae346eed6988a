/**
 * The seam between sheet reading and the dialog's answer parsers (`src/dialogs/parse/`, branch
 * `dialogs`). A sheet cell and a chat answer are the same thing — text as people write it — so both
 * must be read by one parser. This module mirrors that parser's API (`parseAnswer(fact, text, options)`
 * → `Result`, `isSkip`, `ChoiceOption`); until `src/dialogs/parse/` is on main its stand-ins accept
 * only canonical forms (plain numbers, ISO dates, 是/否, exact option words). They are deliberately not
 * a second parser: when the real one lands this file becomes re-exports from `../dialogs/parse/index.ts`.
 *
 * Pure.
 */
import type { FactDef } from '../rules/facts.ts';
import type { FactValue } from '../rules/types.ts';

/** Why an answer did not parse (the dialog parser's codes). */
export type ParseErrorCode =
  | 'no_match'
  | 'ambiguous'
  | 'unit_missing'
  | 'unit_ambiguous'
  | 'foreign_currency'
  | 'negative'
  | 'out_of_range'
  | 'not_integer'
  | 'invalid_date'
  | 'unknown_item';

/** A parse outcome. */
export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: ParseErrorCode };

/** One option of a choice question: its value and every word that names it. */
export interface ChoiceOption {
  readonly value: string;
  readonly words: readonly string[];
}

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const err = <T>(code: ParseErrorCode): Result<T> => ({ ok: false, code });

/** Whether the answer means "leave it unknown". */
export function isSkip(text: string): boolean {
  return ['不知道', '不清楚', 'skip'].includes(text.trim().toLowerCase());
}

/** Reads an answer to the question for `fact` (stand-in: canonical forms only). */
export function parseAnswer(fact: FactDef, text: string, options: readonly ChoiceOption[] = []): Result<FactValue> {
  const s = text.trim();
  switch (fact.type) {
    case 'boolean':
      return s === '是' ? ok(true) : s === '否' ? ok(false) : err('no_match');
    case 'amount': {
      const m = /^(-?\d+(?:\.\d+)?)(万元|元|亿元)?$/.exec(s);
      if (!m) return err('no_match');
      const n = Number(m[1]);
      if (n < 0) return err('negative');
      return ok(m[2] === '元' ? n / 10_000 : m[2] === '亿元' ? n * 10_000 : n);
    }
    case 'date': {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
      if (!m) return err('no_match');
      const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
      return d.toISOString().slice(0, 10) === s ? ok(s) : err('invalid_date');
    }
    case 'percent':
    case 'number':
    case 'count': {
      if (!/^-?\d+(\.\d+)?%?$/.test(s)) return err('no_match');
      const n = Number(s.replace(/%$/, ''));
      if (n < 0 || (fact.max !== undefined && n > fact.max)) return err('out_of_range');
      return fact.type === 'count' && !Number.isInteger(n) ? err('not_integer') : ok(n);
    }
    case 'enum': {
      const o = options.find((x) => x.words.includes(s));
      return o ? ok(o.value) : err('no_match');
    }
    case 'certs': {
      if (['无', '都没有', 'none'].includes(s)) return ok([]);
      const values: string[] = [];
      for (const part of s.split(/[;,，；、]+/).filter((p) => p.trim() !== '')) {
        const o = options.find((x) => x.words.includes(part.trim()));
        if (!o) return err('unknown_item');
        values.push(o.value);
      }
      return ok(values);
    }
  }
}
