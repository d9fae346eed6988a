/**
 * Sign-up sheet rows → profiles. Takes the cells a reader got out of an .xlsx or .csv file
 * (`src/cli/read-sheet.ts` does the file I/O) and reads each cell by its column's fact type with the
 * dialog's answer parsers, so a sheet and a chat understand "3,500万" or "2021年9月" alike.
 * A row with a cell that cannot be read is reported (row number, column, value, code) and left out;
 * every other row is still read.
 *
 * Pure: no I/O, no clock.
 */
import { CERTIFICATIONS, FACT_BY_KEY, type FactDef, isFactKey } from '../rules/facts.ts';
import type { FactValue, Profile } from '../rules/types.ts';
import {
  type BareUnit,
  parseAmountWan,
  parseCertifications,
  parseChoice,
  parseDate,
  parseNumber,
  parsePercent,
  parseYesNo,
} from './answer-parsers.ts';
import { type ColumnTarget, columnTarget, type MetaKey, normalizeHeader } from './sheet-headers.ts';

/** A cell as a reader hands it over: text, a number, a boolean, a date, or empty. */
export type RawCell = string | number | boolean | Date | null;

/** One row as read from a file, numbered as staff see it in their spreadsheet program. */
export interface RawRow {
  readonly rowNumber: number;
  readonly cells: readonly RawCell[];
}

/** How far down a title block may push the header row (sheets often start with a merged title line). */
const HEADER_SEARCH_ROWS = 10;

/** Why a cell or a sheet could not be read. Tests assert these codes. */
export type SheetProblemCode =
  | 'no_name_column'
  | 'duplicate_column'
  | 'missing_name'
  | 'bad_credit_code'
  | 'unreadable_amount'
  | 'negative_amount'
  | 'unreadable_date'
  | 'unreadable_yes_no'
  | 'unreadable_number'
  | 'out_of_range'
  | 'unknown_choice'
  | 'unknown_certification'
  | 'invalid_fact';

/** One problem: where it is (row as numbered in the sheet, column as headed there) and what was written. */
export interface SheetProblem {
  readonly rowNumber: number;
  readonly column: string;
  readonly value: string;
  readonly code: SheetProblemCode;
}

/** One enterprise read from the sheet. */
export interface SheetEntry {
  readonly rowNumber: number;
  readonly name: string;
  readonly creditCode: string | null;
  readonly location: string | null;
  readonly recommendingUnit: string | null;
  readonly profile: Profile;
  /** `in_jiangsu` was inferred from 所在地 naming a Jiangsu city (no column said it). */
  readonly inJiangsuFromLocation: boolean;
}

/** The whole sheet read. */
export interface SheetReading {
  readonly entries: readonly SheetEntry[];
  readonly problems: readonly SheetProblem[];
  /** Headers that map to nothing, as written (shown once so staff can fix a spelling). */
  readonly ignoredColumns: readonly string[];
}

/** Cells that mean "not known" on a sign-up sheet. */
const BLANKS = new Set(['', '-', '—', '–', '/', '／', '无数据', '不详', '未知', '不知道', '待定', 'n/a', 'na']);

/** The 13 设区市 of Jiangsu: a 所在地 naming one puts the applicant in Jiangsu. */
export const JIANGSU_CITIES = [
  '南京',
  '无锡',
  '徐州',
  '常州',
  '苏州',
  '南通',
  '连云港',
  '淮安',
  '盐城',
  '扬州',
  '镇江',
  '泰州',
  '宿迁',
] as const;

// GB 32100-2015: 18 characters from digits and capitals without I, O, S, V, Z.
const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

interface Column {
  readonly index: number;
  readonly header: string;
  readonly target: ColumnTarget;
  readonly unit: BareUnit | null;
}

/**
 * Reads every row of a sheet; never throws on bad cells. The header row is the first of the top
 * rows with an enterprise-name column, so a title line above the headers is skipped.
 */
export function readSheetRows(rows: readonly RawRow[]): SheetReading {
  const problems: SheetProblem[] = [];
  const ignoredColumns: string[] = [];
  const columns: Column[] = [];
  const seen = new Set<string>();
  const headerAt = rows.slice(0, HEADER_SEARCH_ROWS).findIndex((row) =>
    row.cells.some((cell) => {
      const target = columnTarget(normalizeHeader(cellText(cell)), isFactKey);
      return target?.kind === 'meta' && target.meta === 'enterprise_name';
    }),
  );
  const headerRow = rows[headerAt];
  if (!headerRow) {
    problems.push({ rowNumber: rows[0]?.rowNumber ?? 1, column: '企业名称', value: '', code: 'no_name_column' });
    return { entries: [], problems, ignoredColumns };
  }
  headerRow.cells.forEach((cell, index) => {
    const header = cellText(cell);
    if (header === '') return;
    const normalized = normalizeHeader(header);
    const target = columnTarget(normalized, isFactKey);
    if (!target) {
      ignoredColumns.push(header);
      return;
    }
    const key = target.kind === 'fact' ? target.fact : target.meta;
    if (seen.has(key)) {
      problems.push({ rowNumber: headerRow.rowNumber, column: header, value: header, code: 'duplicate_column' });
      return;
    }
    seen.add(key);
    columns.push({ index, header, target, unit: normalized.unit });
  });

  const entries: SheetEntry[] = [];
  for (const row of rows.slice(headerAt + 1)) {
    if (row.cells.every((c) => BLANKS.has(cellText(c).toLowerCase()))) continue;
    const rowProblems: SheetProblem[] = [];
    const metaValues: Partial<Record<MetaKey, string>> = {};
    const profile: Record<string, FactValue> = {};
    for (const column of columns) {
      const cell = row.cells[column.index] ?? null;
      const text = cellText(cell);
      const problem = (code: SheetProblemCode) =>
        rowProblems.push({ rowNumber: row.rowNumber, column: column.header, value: text, code });
      if (column.target.kind === 'meta') {
        if (!BLANKS.has(text.toLowerCase())) metaValues[column.target.meta] = text;
        continue;
      }
      if (BLANKS.has(text.toLowerCase())) continue;
      const def = FACT_BY_KEY.get(column.target.fact);
      if (!def) continue;
      const read = readCell(def, cell, text, column.unit);
      if (typeof read === 'string') problem(read);
      else profile[column.target.fact] = read.value;
    }
    const name = metaValues.enterprise_name ?? '';
    const nameColumn = columns.find((c) => c.target.kind === 'meta' && c.target.meta === 'enterprise_name');
    if (name === '') {
      rowProblems.unshift({
        rowNumber: row.rowNumber,
        column: nameColumn?.header ?? '',
        value: '',
        code: 'missing_name',
      });
    }
    const creditCode = metaValues.credit_code?.toUpperCase() ?? null;
    if (creditCode !== null && !CREDIT_CODE.test(creditCode)) {
      const col = columns.find((c) => c.target.kind === 'meta' && c.target.meta === 'credit_code');
      rowProblems.push({
        rowNumber: row.rowNumber,
        column: col?.header ?? '',
        value: metaValues.credit_code ?? '',
        code: 'bad_credit_code',
      });
    }
    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      continue;
    }
    const location = metaValues.location ?? null;
    const inJiangsuFromLocation =
      profile.in_jiangsu === undefined &&
      location !== null &&
      (location.includes('江苏') || JIANGSU_CITIES.some((city) => location.includes(city)));
    if (inJiangsuFromLocation) profile.in_jiangsu = true;
    entries.push({
      rowNumber: row.rowNumber,
      name,
      creditCode,
      location,
      recommendingUnit: metaValues.recommending_unit ?? null,
      profile: profile as Profile,
      inJiangsuFromLocation,
    });
  }
  return { entries, problems, ignoredColumns };
}

/** A cell as the text a person would read in it. */
export function cellText(cell: RawCell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return isoDate(cell);
  return String(cell).trim();
}

function isoDate(d: Date): string {
  // Sheet readers hand dates over as UTC midnight of the day shown in the cell.
  return d.toISOString().slice(0, 10);
}

// Excel stores an unformatted date as days since 1899-12-30; 20000–80000 covers 1954–2119.
function excelSerialDate(n: number): string | null {
  if (!Number.isInteger(n) || n < 20_000 || n > 80_000) return null;
  return isoDate(new Date(Date.UTC(1899, 11, 30) + n * 86_400_000));
}

const UNIT_FACTOR: Readonly<Record<BareUnit, number>> = { wan: 1, yuan: 1 / 10_000, yi: 10_000 };

function readCell(
  def: FactDef,
  cell: RawCell,
  text: string,
  unit: BareUnit | null,
): { value: FactValue } | SheetProblemCode {
  switch (def.type) {
    case 'amount': {
      const n = typeof cell === 'number' ? cell * UNIT_FACTOR[unit ?? 'wan'] : parseAmountWan(text, unit ?? 'wan');
      if (n === null || !Number.isFinite(n)) return 'unreadable_amount';
      if (n < 0) return 'negative_amount';
      // Yuan columns divide by 10 000: round off float noise so 35000000元 reads as 3500 exactly.
      return { value: Math.round(n * 1e6) / 1e6 };
    }
    case 'date': {
      const d =
        cell instanceof Date ? isoDate(cell) : typeof cell === 'number' ? excelSerialDate(cell) : parseDate(text);
      return d === null ? 'unreadable_date' : { value: d };
    }
    case 'boolean': {
      const b = typeof cell === 'boolean' ? cell : cell === 1 ? true : cell === 0 ? false : parseYesNo(text);
      return b === null ? 'unreadable_yes_no' : { value: b };
    }
    case 'percent':
    case 'number':
    case 'count': {
      const n = typeof cell === 'number' ? cell : def.type === 'percent' ? parsePercent(text) : parseNumber(text);
      if (n === null || !Number.isFinite(n)) return 'unreadable_number';
      if (n < 0 || (def.max !== undefined && n > def.max) || (def.type === 'count' && !Number.isInteger(n))) {
        return 'out_of_range';
      }
      return { value: n };
    }
    case 'enum': {
      const v = parseChoice(text, def.values ?? []);
      return v === null ? 'unknown_choice' : { value: v };
    }
    case 'certs': {
      const v = parseCertifications(text, CERTIFICATIONS);
      return v === null ? 'unknown_certification' : { value: v };
    }
  }
}
