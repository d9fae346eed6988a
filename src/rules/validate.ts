/**
 * Profile validation at the boundary (zod), mapped to our own error codes. Raw zod text is
 * never shown to users: callers render `ProfileError.code` through the locales.
 */
import { z } from 'zod';
import { CONTRADICTION_FACTS, type Contradiction, contradictions, contradictionsOf } from './contradictions.ts';
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
  | 'not_a_list'
  /** The field contradicts another (`other`): see `contradictions.ts`. */
  | 'contradicts';

/** One refused field. */
export interface ProfileError {
  readonly field: string;
  readonly code: ProfileErrorCode;
  /** The offending value, as given (for the message). */
  readonly value?: unknown;
  /** With `contradicts`: the field it contradicts, and that field's value. */
  readonly other?: string;
  readonly otherValue?: unknown;
}

/**
 * A profile whose every value passed alone, checked across fields: contradicting facts are refused
 * with both fields named (each reported, naming the other).
 */
function crossChecked(profile: Profile, found: readonly Contradiction[] = contradictions(profile)): ProfileValidation {
  if (found.length === 0) return { ok: true, profile };
  const errors: ProfileError[] = [];
  for (const c of found)
    for (const [field, other] of [
      [c.field, c.other],
      [c.other, c.field],
    ] as const)
      errors.push({ field, code: 'contradicts', value: profile[field], other, otherValue: profile[other] });
  return { ok: false, errors };
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

const CODES = new Set<string>([
  'not_a_number',
  'negative',
  'out_of_range',
  'not_a_boolean',
  'bad_date',
  'bad_value',
  'not_a_list',
]);

/**
 * One strict object schema for the whole profile: zod compiles it once, so a batch of
 * thousands of rows validates quickly. Every field is optional; null means unknown.
 */
const PROFILE_SCHEMA = z.strictObject(
  Object.fromEntries(FACTS.map((f) => [f.key, schemaFor(f as FactDef).nullish()])) as Record<
    string,
    z.ZodType<FactValue | null | undefined>
  >,
);

/** Whether one value passes its fact's definition: the same facts `schemaFor` turns into zod, read directly. */
function passes(def: FactDef, value: unknown): boolean {
  switch (def.type) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'date':
      return typeof value === 'string' && isIsoDate(value);
    case 'enum':
      return typeof value === 'string' && (def.values ?? []).includes(value);
    case 'certs':
      return Array.isArray(value) && value.every((v) => typeof v === 'string' && (def.values ?? []).includes(v));
    default:
      return (
        typeof value === 'number' &&
        Number.isFinite(value) &&
        (value >= 0 || MAY_BE_NEGATIVE.has(def.key)) &&
        (def.max === undefined || value <= def.max) &&
        (def.type !== 'count' || Number.isInteger(value))
      );
  }
}

/** Each fact a contradiction reads, by its place in `RELATED_VALUES`. */
const RELATED_INDEX = new Map([...CONTRADICTION_FACTS].map((k, i) => [k, i] as const));
const RELATED_VALUES: (FactValue | undefined)[] = new Array(RELATED_INDEX.size).fill(undefined);
const readRelated = (k: string): FactValue | undefined => {
  const v = RELATED_VALUES[RELATED_INDEX.get(k) ?? -1];
  return v === null ? undefined : v;
};
const NO_CONTRADICTIONS: readonly never[] = [];

/**
 * Validates one profile object. An absent key, and a key whose value is null, are unknown.
 * Unknown keys are refused (a typo must not silently become "unknown").
 *
 * A clean profile is accepted by a direct check of each present key against its definition;
 * anything else goes through the zod schema, which alone decides errors and their codes
 * (a property test holds the two to the same verdict). Batch screening spends its time on
 * clean rows, and zod's full walk of 91 optional fields was half of it.
 */
export function validateProfile(input: unknown): ProfileValidation {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: [{ field: '', code: 'not_an_object' }] };
  }
  const record = input as Record<string, unknown>;
  // Object.entries, not for-in or Object.keys: rows parsed from JSON each have their own hidden
  // class, and the key enumeration those two build per class cost 35 µs a row; entries does not.
  const entries = Object.entries(record);
  let clean = true;
  let hasNull = false;
  let related = 0;
  for (const [key, value] of entries) {
    const def = FACT_BY_KEY.get(key);
    if (!def) {
      clean = false;
      break;
    }
    const r = RELATED_INDEX.get(key);
    if (r !== undefined) {
      RELATED_VALUES[r] = value as FactValue;
      related++;
    }
    if (value === null || value === undefined) hasNull = true;
    else if (!passes(def, value)) {
      clean = false;
      break;
    }
  }
  // The values a contradiction reads, gathered in this loop into a fixed array: reading them back
  // from the row by key would be a slow lookup on an object of yet another shape.
  const found = related < 2 || !clean ? NO_CONTRADICTIONS : contradictionsOf(readRelated);
  RELATED_VALUES.fill(undefined);
  if (!clean) return validateWithZod(record);
  if (!hasNull) return crossChecked(record as Profile, found);
  const profile: Record<string, FactValue> = {};
  for (const [key, value] of entries) if (value !== null && value !== undefined) profile[key] = value as FactValue;
  // `found` read nulls as absent, as this profile has them.
  return crossChecked(profile as Profile, found);
}

/** The zod path: every problem found, each mapped to our own code. Exported for the agreement test. */
export function validateWithZod(input: unknown): ProfileValidation {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: [{ field: '', code: 'not_an_object' }] };
  }
  const parsed = PROFILE_SCHEMA.safeParse(input);
  if (parsed.success) {
    const profile: Record<string, FactValue> = {};
    for (const [k, v] of Object.entries(parsed.data)) if (v !== null && v !== undefined) profile[k] = v;
    return crossChecked(profile as Profile);
  }
  const errors: ProfileError[] = [];
  const record = input as Record<string, unknown>;
  for (const issue of parsed.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) errors.push({ field: key, code: 'unknown_key' });
      continue;
    }
    const field = String(issue.path[0] ?? '');
    if (errors.some((e) => e.field === field)) continue;
    const def = FACT_BY_KEY.get(field);
    // Type mismatches come back as zod's own codes: name them by the field's type.
    const code = CODES.has(issue.message) ? (issue.message as ProfileErrorCode) : fallbackCode(def?.type);
    errors.push({ field, code, value: record[field] });
  }
  return { ok: false, errors };
}

function fallbackCode(type: FactDef['type'] | undefined): ProfileErrorCode {
  switch (type) {
    case 'boolean':
      return 'not_a_boolean';
    case 'date':
      return 'bad_date';
    case 'enum':
      return 'bad_value';
    case 'certs':
      return 'not_a_list';
    default:
      return 'not_a_number';
  }
}
