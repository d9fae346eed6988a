/**
 * A `screen --json` row as JSON text: byte for byte what `JSON.stringify` gives for
 * `{ row?, name?, results }` (contract §4), about three times faster. Batch screening spent a
 * third of its time in `JSON.stringify`; this writes the fixed shape directly.
 *
 * Every string inside a result (program ids, statuses, clause ids, fact keys) comes from the
 * rules' own data, and all of that data is checked once, when this module loads, to need no
 * JSON escaping, so those strings are written between quotes as they are. User text (a row's
 * name) still goes through `JSON.stringify`. `test/rules/contract-json.test.ts` compares the two
 * writers on random profiles.
 */
import { PROGRAM_IDS } from '../knowledge/program-catalogue.ts';
import { FACTS } from './facts.ts';
import { RULESETS } from './index.ts';
import { type ContractResult, STATUSES } from './types.ts';

/** Throws unless JSON writes the string as it is, between quotes. */
function assertPlain(value: string): void {
  // JSON would escape something in it: a quote, a backslash, a control character, a lone surrogate.
  if (JSON.stringify(value) !== `"${value}"`) throw new Error(`rules data needs JSON escaping: ${value}`);
}

/** Every clause id the rules can cite: the values of `clause` and `applicantClause` at any depth. */
function assertClausesPlain(value: unknown, seen: Set<object>): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  for (const [key, v] of Object.entries(value)) {
    if ((key === 'clause' || key === 'applicantClause') && typeof v === 'string') assertPlain(v);
    else assertClausesPlain(v, seen);
  }
}

assertClausesPlain(RULESETS, new Set());
for (const id of PROGRAM_IDS) assertPlain(id);
for (const f of FACTS) assertPlain(f.key);
for (const status of STATUSES) assertPlain(status);

function stringArray(list: readonly string[]): string {
  if (list.length === 0) return '[]';
  let s = `["${list[0]}`;
  for (let i = 1; i < list.length; i++) s += `","${list[i]}`;
  return `${s}"]`;
}

/** A number as JSON writes it (non-finite numbers are null in JSON). */
const numberJson = (n: number | null): string => (n !== null && Number.isFinite(n) ? String(n) : 'null');

/** The results array of one screened profile. */
export function contractResultsJson(results: readonly ContractResult[]): string {
  let s = '[';
  for (let i = 0; i < results.length; i++) {
    const r = results[i] as ContractResult;
    s += `${i === 0 ? '' : ','}{"program":"${r.program}","status":"${r.status}","max_subsidy_wan":${numberJson(r.max_subsidy_wan)},"citations":${stringArray(r.citations)},"missing":${stringArray(r.missing)}}`;
  }
  return `${s}]`;
}

/** One row of `screen --json`: `{"row":N,"name":…,"results":[…]}`, row and name when given. */
export function contractRowJson(row: number | null, results: readonly ContractResult[], name?: string): string {
  const head = row === null ? '' : `"row":${numberJson(row)},`;
  const label = name === undefined ? '' : `"name":${JSON.stringify(name)},`;
  return `{${head}${label}"results":${contractResultsJson(results)}}`;
}
