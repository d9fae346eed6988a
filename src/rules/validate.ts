/**
 * Profile validation at the boundary (zod), mapped to our own error codes. Raw zod text is
 * never shown to users: callers render `ProfileError.code` through the locales.
 */
import { z } from 'zod';
import { FACT_BY_KEY, FACTS, type FactDef } from './facts.ts';
import type { FactValue, Profile } from './types.ts';

/** Why a field was refused. */
export type ProfileErrorCode =
  | 'not_an_object'
  | 'unknown_key'
  | 'not_a_number'
  | 'negative'
  | 'out_of_range'
  | 'not_a_boolean'
  | 'bad_date'
  | 'bad_value'
  | 'not_a_list';

/** One refused field. */
export interface ProfileError {
  readonly field: string;
  readonly code: ProfileErrorCode;
  /** The offending value, as given (for the message). */
  readonly value?: unknown;
}

/** Validation outcome: a profile, or every problem found (never throws). */
export type ProfileValidation =
  | { readonly ok: true; readonly profile: Profile }
  | { readonly ok: false; readonly errors: readonly ProfileError[] };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a string is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

// Facts that may legitimately be negative (a shrinking revenue).
const MAY_BE_NEGATIVE = new Set(['revenue_growth_3y_avg_pct']);

function schemaFor(def: FactDef): z.ZodType<FactValue> {
  switch (def.type) {
    case 'boolean':
      return z.boolean({ error: 'not_a_boolean' });
    case 'date':
      return z.string({ error: 'bad_date' }).refine(isIsoDate, { error: 'bad_date' });
    case 'enum':
      return z.string({ error: 'bad_value' }).refine((v) => (def.values ?? []).includes(v), { error: 'bad_value' });
    case 'certs':
      return z.array(
        z.string().refine((v) => (def.values ?? []).includes(v), { error: 'bad_value' }),
        { error: 'not_a_list' },
      );
    default: {
      let n = z.number({ error: 'not_a_number' }).refine(Number.isFinite, { error: 'not_a_number' });
      if (!MAY_BE_NEGATIVE.has(def.key)) n = n.refine((v) => v >= 0, { error: 'negative' });
      if (def.max !== undefined) {
        const max = def.max;
        n = n.refine((v) => v <= max, { error: 'out_of_range' });
      }
      if (def.type === 'count') n = n.refine(Number.isInteger, { error: 'not_a_number' });
      return n;
    }
  }
}

const FIELD_SCHEMAS = new Map<string, z.ZodType<FactValue>>(FACTS.map((f) => [f.key, schemaFor(f as FactDef)]));

/**
 * Validates one profile object. An absent key, and a key whose value is null, are unknown.
 * Unknown keys are refused (a typo must not silently become "unknown").
 */
export function validateProfile(input: unknown): ProfileValidation {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: [{ field: '', code: 'not_an_object' }] };
  }
  const errors: ProfileError[] = [];
  const profile: Record<string, FactValue> = {};
  for (const [field, value] of Object.entries(input)) {
    const schema = FIELD_SCHEMAS.get(field);
    if (!schema || !FACT_BY_KEY.has(field)) {
      errors.push({ field, code: 'unknown_key' });
      continue;
    }
    if (value === null || value === undefined) continue;
    const parsed = schema.safeParse(value);
    if (parsed.success) profile[field] = parsed.data;
    else errors.push({ field, code: (parsed.error.issues[0]?.message as ProfileErrorCode) ?? 'bad_value', value });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, profile: profile as Profile };
}
