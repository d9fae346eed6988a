/**
 * `npm run screen -- [--json] [--lang en] FILE`: screens one profile or a batch (JSON, JSONL,
 * CSV). Readable Chinese by default; `--json` prints the contract's shape. Bad rows are
 * reported with row and field, the rest still screened, and the exit status is 2.
 */
import './quiet-pipe.ts';
import { readFileSync } from 'node:fs';
import type { Locale } from '../dialogs/types.ts';
import { t } from '../i18n.ts';
import { explainResults, programName } from '../rules/explain.ts';
import { CERTIFICATIONS, FACT_BY_KEY } from '../rules/facts.ts';
import { evaluate, screen } from '../rules/index.ts';
import { type InputRow, parseProfiles } from '../rules/profile-input.ts';
import type { ProgramResult, Status } from '../rules/types.ts';
import { clauseFormatter } from './clause-format.ts';
import { RowWriter } from './row-writer.ts';

interface Args {
  json: boolean;
  locale: Locale;
  file?: string;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { json: false, locale: 'zh-CN' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '--lang') args.locale = argv[++i] === 'en' ? 'en' : 'zh-CN';
    else if (a !== undefined && !a.startsWith('--')) args.file = a;
  }
  return args;
}

/** The message for one refused field: the code's words, made specific where that helps staff fix the sheet. */
function errorMessage(
  e: { field: string; code: string; value?: unknown; other?: string; otherValue?: unknown },
  locale: Locale,
): string {
  if (e.code === 'contradicts' && e.other)
    return t(locale, 'rules.error.contradicts_field', { other: e.other, otherValue: JSON.stringify(e.otherValue) });
  if (e.code === 'bad_value' && e.field === 'certifications' && Array.isArray(e.value)) {
    const items = e.value.filter((v) => !(CERTIFICATIONS as readonly unknown[]).includes(v)).map(String);
    return t(locale, 'rules.error.bad_cert', { items: items.join('; '), allowed: CERTIFICATIONS.join(', ') });
  }
  if (e.code === 'not_a_number' && FACT_BY_KEY.get(e.field)?.type === 'amount')
    return t(locale, 'rules.error.not_a_number_amount');
  return t(locale, `rules.error.${e.code}`);
}

function rowErrorLines(row: Extract<InputRow, { ok: false }>, locale: Locale): string[] {
  return row.errors.map((e) => {
    const message = errorMessage(e, locale);
    const value = 'value' in e && e.value !== undefined ? JSON.stringify(e.value) : '';
    if (e.field === '') return t(locale, 'rules.error.row_nofield', { row: row.row, message, code: e.code });
    if (value === '')
      return t(locale, 'rules.error.row_novalue', { row: row.row, field: e.field, message, code: e.code });
    return t(locale, 'rules.error.row', { row: row.row, field: e.field, value, message, code: e.code });
  });
}

type Tally = Map<string, Record<Status, number>>;

function tally(counts: Tally, results: readonly { program: string; status: Status }[]): void {
  for (const r of results) {
    const c = counts.get(r.program) ?? { eligible: 0, ineligible: 0, needs_info: 0, info_only: 0 };
    c[r.status]++;
    counts.set(r.program, c);
  }
}

function tallyLine(counts: Tally, screened: number, locale: Locale): string {
  const parts = [...counts.entries()]
    // At a glance: only programs someone may get, most eligible first.
    .filter(([, c]) => c.eligible + c.needs_info > 0)
    .sort(([, a], [, b]) => b.eligible - a.eligible || b.needs_info - a.needs_info)
    .map(([program, c]) =>
      t(locale, 'rules.tally.line', { name: programName(program as ProgramResult['program'], locale), ...c }),
    );
  return `${t(locale, 'rules.tally.header', { count: screened })} ${parts.join('；')}`;
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  const { locale } = args;
  if (!args.file) {
    process.stderr.write(`${t(locale, 'rules.error.usage')}\n`);
    return 2;
  }
  let text: string;
  try {
    // Standard input by descriptor: opening /dev/stdin by path fails on some pipes.
    text = args.file === '-' || args.file === '/dev/stdin' ? readFileSync(0, 'utf8') : readFileSync(args.file, 'utf8');
  } catch {
    process.stderr.write(`${t(locale, 'rules.error.file_not_found', { file: args.file })}\n`);
    return 2;
  }
  const parsed = parseProfiles(args.file, text);
  if (!parsed.ok) {
    const e = parsed.error;
    const message = t(locale, `rules.error.${e.code}`, { file: args.file, detail: 'detail' in e ? e.detail : '' });
    if (args.json)
      process.stdout.write(`${JSON.stringify({ errors: [{ row: null, field: null, code: e.code, message }] })}\n`);
    process.stderr.write(`${message}\n`);
    return 2;
  }
  const { rows, many } = parsed.input;
  const showProgress = process.stderr.isTTY && rows.length >= 200;
  const format = clauseFormatter();
  const out = new RowWriter(
    args.json && many ? '[' : '',
    args.json && many ? ',' : '\n\n',
    args.json && many ? ']\n' : '\n',
  );
  const counts: Tally = new Map();
  let screened = 0;
  let failed = 0;
  rows.forEach((row, i) => {
    if (showProgress && i % 100 === 0)
      process.stderr.write(`\r${t(locale, 'rules.cli.progress', { done: i, total: rows.length })}`);
    const label = row.name ? { name: row.name } : {};
    if (!row.ok) {
      failed++;
      const lines = rowErrorLines(row, locale);
      for (const l of lines) process.stderr.write(`${l}\n`);
      if (args.json) {
        // A contradiction names the other field too, so a system can point at both cells.
        const errors = row.errors.map((e, j) => ({
          field: e.field,
          code: e.code,
          ...('other' in e && e.other ? { other: e.other } : {}),
          message: lines[j],
        }));
        out.row(JSON.stringify({ row: row.row, ...label, errors }));
      }
      return;
    }
    screened++;
    if (args.json) {
      const results = screen(row.profile);
      tally(counts, results);
      out.row(JSON.stringify({ ...(many ? { row: row.row } : {}), ...label, results }));
      return;
    }
    const results = evaluate(row.profile);
    tally(counts, results);
    out.row(
      `${t(locale, 'rules.report.profile', { label: row.name ?? `#${row.row}` })}\n${explainResults(results, locale, format)}`,
    );
  });
  out.end();
  if (showProgress)
    process.stderr.write(`\r${t(locale, 'rules.cli.progress', { done: rows.length, total: rows.length })}\n`);
  if (!args.json && many) process.stdout.write(`\n${tallyLine(counts, screened, locale)}\n`);
  if (args.json && many) process.stderr.write(`${tallyLine(counts, screened, locale)}\n`);
  if (failed > 0) {
    process.stderr.write(`${t(locale, 'rules.cli.error_summary', { count: failed })}\n`);
    return 2;
  }
  return 0;
}

try {
  process.exitCode = main();
} catch (e) {
  // Never a stack trace for a user: one line, and the detail only when asked for.
  process.stderr.write(
    `内部错误 / internal error${process.env.DEBUG ? `: ${e instanceof Error ? e.stack : String(e)}` : ''}\n`,
  );
  process.exitCode = 1;
}
