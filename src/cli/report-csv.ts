/**
 * `--csv`: one row per enterprise for the bureau's own spreadsheet — who (row, name, credit code, location,
 * contact), its page, whether a kiosk dialog was finished, every contract fact as its own column (contract keys
 * and units; blank when unknown), and one status column per program (eligible / ineligible / needs_info).
 * Written with csv-stringify, UTF-8 with a BOM so Excel on Chinese Windows opens it without garbling.
 */
import { stringify } from 'csv-stringify/sync';
import { PROGRAM_IDS } from '../knowledge/program-catalogue.ts';
import type { ReportDigest } from '../outreach/report-model.ts';
import { FACTS } from '../rules/facts.ts';
import type { FactValue, Profile } from '../rules/types.ts';

/** The file `--csv` writes beside index.html. */
export const CSV_FILE = 'report.csv';

const FACT_COLUMNS = FACTS.map((f) => f.key);
const STATUS_COLUMNS = PROGRAM_IDS.map((p) => `status:${p}`);

/** The header row: identity, page and state, then the facts, then one status column per program. */
export const CSV_HEADER: readonly string[] = [
  'row',
  'name',
  'credit_code',
  'location',
  'contact',
  'page',
  'finished',
  ...FACT_COLUMNS,
  ...STATUS_COLUMNS,
];

/**
 * Text a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first: a name typed at the kiosk) is kept as
 * text with a leading apostrophe; numbers are written as numbers.
 */
function cell(value: FactValue | string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return cell(value.join(';'));
  if (typeof value !== 'string') return String(value);
  return /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
}

/** One enterprise's row. */
export function csvRow(digest: ReportDigest, profile: Profile, page: string): string[] {
  const e = digest.enterprise;
  const status = new Map(digest.contract.map((c) => [c.program, c.status]));
  return [
    cell(e.rowNumber),
    cell(e.name),
    cell(e.creditCode),
    cell(e.location),
    cell(e.visit?.contact),
    cell(page),
    cell(e.visit ? e.visit.finished : null),
    ...FACT_COLUMNS.map((key) => cell(profile[key as keyof Profile])),
    ...PROGRAM_IDS.map((p) => cell(status.get(p))),
  ];
}

/** The whole file's text, BOM first. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return stringify([[...CSV_HEADER], ...rows.map((r) => [...r])], { bom: true, record_delimiter: 'windows' });
}
