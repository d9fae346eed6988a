/**
 * Profiles from text: one JSON object, a JSON array, JSON Lines, or CSV with fact keys as
 * headers (`certifications` separated by `;`). Pure: text in, rows out; every row is
 * validated on its own so one bad row never stops the others.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { FACT_BY_KEY } from './facts.ts';
import type { Profile } from './types.ts';
import { type ProfileError, validateProfile } from './validate.ts';

/** Columns that label a row but are not facts (a sign-up sheet's enterprise name). */
export const META_KEYS = ['name', 'id'] as const;

/** One input row, screened or refused. `row` is 1-based: the line of JSONL, the spreadsheet row of CSV (header = row 1), the array index + 1. */
export type InputRow =
  | { readonly row: number; readonly ok: true; readonly profile: Profile; readonly name?: string }
  | {
      readonly row: number;
      readonly ok: false;
      readonly errors: readonly (ProfileError | { readonly field: string; readonly code: 'bad_json' })[];
      readonly name?: string;
    };

/** What the text held: one profile, or many. */
export interface ParsedInput {
  readonly many: boolean;
  readonly rows: readonly InputRow[];
}

/** A problem with the input as a whole. */
export type InputError =
  | { readonly code: 'empty' }
  | { readonly code: 'bad_csv'; readonly detail: string }
  | { readonly code: 'bad_json' };

/** The input format, from the file name or (without a known extension) from the content. */
export function detectFormat(fileName: string, text: string): 'json' | 'jsonl' | 'csv' {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  const trimmed = text.trimStart();
  if (lower.endsWith('.json')) return trimmed.startsWith('[') || isWholeJson(trimmed) ? 'json' : 'jsonl';
  if (trimmed.startsWith('[')) return 'json';
  if (trimmed.startsWith('{')) return isWholeJson(trimmed) ? 'json' : 'jsonl';
  return 'csv';
}

function isWholeJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function splitMeta(obj: unknown): { facts: unknown; name?: string } {
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) return { facts: obj };
  // Most rows carry no meta key: pass them on as they are. Copying key by key gave every row its
  // own chain of hidden classes, which made the copy and every later read of it slow.
  if (!META_KEYS.some((k) => Object.hasOwn(obj, k))) return { facts: obj };
  const entries: [string, unknown][] = [];
  let name: string | undefined;
  for (const [k, v] of Object.entries(obj)) {
    if ((META_KEYS as readonly string[]).includes(k)) {
      if (k === 'name' && v !== null && v !== undefined && v !== '') name = String(v);
    } else entries.push([k, v]);
  }
  // fromEntries defines own properties: a "__proto__" key stays a key (refused as unknown), never a prototype.
  const facts = Object.fromEntries(entries);
  return name === undefined ? { facts } : { facts, name };
}

function toRow(row: number, obj: unknown): InputRow {
  const { facts, name } = splitMeta(obj);
  const v = validateProfile(facts);
  const named = name === undefined ? {} : { name };
  return v.ok ? { row, ok: true, profile: v.profile, ...named } : { row, ok: false, errors: v.errors, ...named };
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', '是', '有', '对']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', '否', '无', '没有', '不是']);

/** Turns one CSV cell into a typed value for its fact; an empty cell is unknown. Unreadable cells stay strings and fail validation with the field named. */
export function csvCell(key: string, raw: string): unknown {
  const cell = raw.trim();
  if (cell === '') return undefined;
  const def = FACT_BY_KEY.get(key);
  if (!def) return cell;
  switch (def.type) {
    case 'boolean': {
      const w = cell.toLowerCase();
      return TRUE_WORDS.has(w) ? true : FALSE_WORDS.has(w) ? false : cell;
    }
    case 'certs':
      return cell
        .split(/[;；]/)
        .map((c) => c.trim())
        .filter((c) => c !== '' && c.toLowerCase() !== 'none');
    case 'date':
    case 'enum':
      return cell;
    default: {
      const n = Number(cell.replace(/,/g, ''));
      return Number.isFinite(n) ? n : cell;
    }
  }
}

/** Parses an input text into validated rows. */
export function parseProfiles(
  fileName: string,
  text: string,
): { ok: true; input: ParsedInput } | { ok: false; error: InputError } {
  if (text.trim() === '') return { ok: false, error: { code: 'empty' } };
  const format = detectFormat(fileName, text);
  if (format === 'json') {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return { ok: false, error: { code: 'bad_json' } };
    }
    if (Array.isArray(data)) return { ok: true, input: { many: true, rows: data.map((d, i) => toRow(i + 1, d)) } };
    return { ok: true, input: { many: false, rows: [toRow(1, data)] } };
  }
  if (format === 'jsonl') {
    const rows: InputRow[] = [];
    text.split(/\r?\n/).forEach((line, i) => {
      if (line.trim() === '') return;
      try {
        rows.push(toRow(i + 1, JSON.parse(line)));
      } catch {
        rows.push({ row: i + 1, ok: false, errors: [{ field: '', code: 'bad_json' }] });
      }
    });
    if (rows.length === 0) return { ok: false, error: { code: 'empty' } };
    return { ok: true, input: { many: true, rows } };
  }
  let records: string[][];
  try {
    records = parseCsv(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (e) {
    return {
      ok: false,
      error: { code: 'bad_csv', detail: e instanceof Error ? (e.message.split('\n')[0] ?? '') : '' },
    };
  }
  const [header, ...data] = records;
  if (!header || data.length === 0) return { ok: false, error: { code: 'empty' } };
  const keys = header.map((h) => h.trim());
  const rows = data.map((cells, i) => {
    const entries: [string, unknown][] = [];
    keys.forEach((k, j) => {
      const v = (META_KEYS as readonly string[]).includes(k) ? cells[j]?.trim() : csvCell(k, cells[j] ?? '');
      if (v !== undefined) entries.push([k, v]);
    });
    // Row numbers as a spreadsheet shows them: the header is row 1. fromEntries: see splitMeta.
    return toRow(i + 2, Object.fromEntries(entries));
  });
  return { ok: true, input: { many: true, rows } };
}
