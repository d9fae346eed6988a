/**
 * Sign-up sheet rows → profiles. Takes the cells a reader got out of an .xlsx or .csv file
 * (`src/cli/read-sheet.ts` does the file I/O) and reads each cell by its column's fact type with the
 * dialog's answer parsers (`src/dialogs/parse/`), so a sheet and a chat understand "3,500万" or
 * "2021年9月" alike.
 * A row with a cell that cannot be read is reported (row number, column, value, code) and left out;
 * every other row is still read.
 *
 * Pure: no I/O, no clock.
 */
import { type ChoiceOption, isSkip, type ParseErrorCode, parseAnswer } from '../dialogs/parse/index.ts';
import { slotOptions } from '../dialogs/vocabulary.ts';
import { FACT_BY_KEY, type FactDef, type FactKey, isFactKey } from '../rules/facts.ts';
import type { FactValue, Profile } from '../rules/types.ts';
import { validateProfile } from '../rules/validate.ts';
import { type BareUnit, type ColumnTarget, columnTarget, type MetaKey, normalizeHeader } from './sheet-headers.ts';

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
  | 'invalid_fact'
  /** The cell contradicts another cell of the row (截至2021年底投资 > 总投资 …), both are listed. */
  | 'contradicts';

/** One problem: where it is (row as numbered in the sheet, column as headed there) and what was written. */
export interface SheetProblem {
  readonly rowNumber: number;
  readonly column: string;
  readonly value: string;
  readonly code: SheetProblemCode;
}

/**
 * A fact assumed rather than read: `in_jiangsu` from a 所在地 naming a Jiangsu city, and
 * `applicant_kind` = enterprise on a sheet without that column (a 免费诊断 sign-up sheet lists
 * enterprises; without it, park and platform programs would crowd every page as open questions).
 */
export type AssumedFact = 'in_jiangsu_from_location' | 'enterprise_from_sheet';

/** The fact each assumption sets. */
const ASSUMED_FACT: Record<AssumedFact, FactKey> = {
  in_jiangsu_from_location: 'in_jiangsu',
  enterprise_from_sheet: 'applicant_kind',
};

/**
 * The profile without the facts its reading only assumed: what the row states. A kiosk link pre-fills
 * exactly this (the kiosk asks the assumed facts again), so the report's "先问" questions are planned on it too.
 */
export function statedProfile(profile: Profile, assumed: readonly AssumedFact[]): Profile {
  if (assumed.length === 0) return profile;
  const drop = new Set<string>(assumed.map((a) => ASSUMED_FACT[a]));
  return Object.fromEntries(Object.entries(profile).filter(([key]) => !drop.has(key))) as Profile;
}

/** One enterprise read from the sheet. */
export interface SheetEntry {
  readonly rowNumber: number;
  readonly name: string;
  readonly creditCode: string | null;
  readonly location: string | null;
  readonly recommendingUnit: string | null;
  readonly profile: Profile;
  /** Facts the sheet did not state but the reading assumed; each page says so. */
  readonly assumed: readonly AssumedFact[];
}

/** The whole sheet read. */
export interface SheetReading {
  readonly entries: readonly SheetEntry[];
  readonly problems: readonly SheetProblem[];
  /** Headers that map to nothing, as written (shown once so staff can fix a spelling). */
  readonly ignoredColumns: readonly string[];
}

/** Cells that mean "not known" on a sign-up sheet, besides the dialog's 不知道 and its kin. */
const BLANKS = new Set(['', '-', '—', '–', '/', '／', '无数据', '不详', '未知', '待定', 'n/a', 'na']);
const isBlank = (text: string) => BLANKS.has(text.toLowerCase()) || isSkip(text);

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
  const hasKindColumn = seen.has('applicant_kind');
  const columnOf = new Map(columns.map((c) => [c.target.kind === 'fact' ? c.target.fact : c.target.meta, c]));
  const cellOf = (row: RawRow, column: Column | undefined) =>
    cellText(column ? (row.cells[column.index] ?? null) : null);

  const entries: SheetEntry[] = [];
  for (const row of rows.slice(headerAt + 1)) {
    if (row.cells.every((c) => isBlank(cellText(c)))) continue;
    const rowProblems: SheetProblem[] = [];
    const metaValues: Partial<Record<MetaKey, string>> = {};
    const profile: Record<string, FactValue> = {};
    for (const column of columns) {
      const cell = row.cells[column.index] ?? null;
      const text = cellText(cell);
      if (column.target.kind === 'meta') {
        if (!isBlank(text)) metaValues[column.target.meta] = text;
        continue;
      }
      if (isBlank(text)) continue;
      const def = FACT_BY_KEY.get(column.target.fact);
      if (!def) continue;
      const read = readCell(def, cell, text, column.unit);
      if (typeof read === 'string')
        rowProblems.push({ rowNumber: row.rowNumber, column: column.header, value: text, code: read });
      else profile[column.target.fact] = read.value;
    }
    const refuse = (key: string, code: SheetProblemCode) => {
      const column = columnOf.get(key);
      rowProblems.push({ rowNumber: row.rowNumber, column: column?.header ?? key, value: cellOf(row, column), code });
    };
    const name = metaValues.enterprise_name ?? '';
    if (name === '') refuse('enterprise_name', 'missing_name');
    const creditCode = metaValues.credit_code?.toUpperCase() ?? null;
    // Reported, but no reason to withhold the page: the credit code plays no part in eligibility.
    if (creditCode !== null && !CREDIT_CODE.test(creditCode)) {
      const column = columnOf.get('credit_code');
      problems.push({
        rowNumber: row.rowNumber,
        column: column?.header ?? 'credit_code',
        value: cellOf(row, column),
        code: 'bad_credit_code',
      });
    }
    // The rules core's boundary check, so a sheet and `screen` refuse the same values.
    const validation = rowProblems.length === 0 ? validateProfile(profile) : null;
    if (validation && !validation.ok)
      for (const error of validation.errors)
        refuse(error.field, error.code === 'contradicts' ? 'contradicts' : 'invalid_fact');
    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      continue;
    }
    const location = metaValues.location ?? null;
    const assumed: AssumedFact[] = [];
    if (
      profile.in_jiangsu === undefined &&
      location !== null &&
      (location.includes('江苏') || JIANGSU_CITIES.some((city) => location.includes(city)))
    ) {
      profile.in_jiangsu = true;
      assumed.push('in_jiangsu_from_location');
    }
    if (!hasKindColumn) {
      profile.applicant_kind = 'enterprise';
      assumed.push('enterprise_from_sheet');
    }
    // 规上 is 规模以上工业企业 (contract §3): an industrial enterprise by definition, not an assumption (the dialog
    // reads it the same way).
    if (profile.above_scale === true && profile.industrial === undefined) profile.industrial = true;
    entries.push({
      rowNumber: row.rowNumber,
      name,
      creditCode,
      location,
      recommendingUnit: metaValues.recommending_unit ?? null,
      profile: profile as Profile,
      assumed,
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
const UNIT_WORD: Readonly<Record<BareUnit, string>> = { wan: '万元', yuan: '元', yi: '亿元' };

/**
 * The options a choice column accepts: the dialog's own (labels and aliases in both languages), plus
 * the contract's values themselves, which sheets exported from other systems carry.
 */
function optionsOf(def: FactDef): readonly ChoiceOption[] {
  let options = optionsCache.get(def.key);
  if (!options) {
    options = slotOptions(def.key, 'zh-CN').map((o) => ({ value: o.value, words: [...o.words, o.value] }));
    optionsCache.set(def.key, options);
  }
  return options;
}
const optionsCache = new Map<string, readonly ChoiceOption[]>();

const PARSE_TO_PROBLEM: Readonly<Partial<Record<ParseErrorCode, SheetProblemCode>>> = {
  negative: 'negative_amount',
  out_of_range: 'out_of_range',
  not_integer: 'out_of_range',
  unknown_item: 'unknown_certification',
};

const UNREADABLE: Readonly<Record<FactDef['type'], SheetProblemCode>> = {
  amount: 'unreadable_amount',
  date: 'unreadable_date',
  boolean: 'unreadable_yes_no',
  percent: 'unreadable_number',
  number: 'unreadable_number',
  count: 'unreadable_number',
  enum: 'unknown_choice',
  certs: 'unknown_certification',
};

/**
 * One cell by its fact's type. Typed cells (numbers, dates, booleans from Excel) are taken as they
 * are; text goes through the dialog's parser, with the header's unit appended to a bare figure so
 * "35,000,000" under 项目总投资（元） reads as 元.
 */
function readCell(
  def: FactDef,
  cell: RawCell,
  text: string,
  unit: BareUnit | null,
): { value: FactValue } | SheetProblemCode {
  if (def.type === 'amount' && typeof cell === 'number') {
    if (cell < 0) return 'negative_amount';
    // Yuan columns divide by 10 000: round off float noise so 35000000 元 reads as 3500 exactly.
    return { value: Math.round(cell * UNIT_FACTOR[unit ?? 'wan'] * 1e6) / 1e6 };
  }
  if (def.type === 'date') {
    const d = cell instanceof Date ? isoDate(cell) : typeof cell === 'number' ? excelSerialDate(cell) : null;
    if (d !== null) return { value: d };
  }
  if (def.type === 'boolean' && typeof cell === 'boolean') return { value: cell };
  const input = def.type === 'amount' && /\d$/.test(text) ? `${text}${UNIT_WORD[unit ?? 'wan']}` : text;
  const read = parseAnswer(def, input, optionsOf(def));
  if (read.ok) return { value: read.value };
  return PARSE_TO_PROBLEM[read.code] ?? UNREADABLE[def.type];
}
