/**
 * `npm run report -- SHEET --out DIR [--json] [--lang zh-CN|en] [--no-pack]`: a 免费诊断 sign-up sheet
 * (.xlsx or .csv) in, one printable page per enterprise (with its application pack beside it, unless
 * `--no-pack`) and an event index out. Unreadable cells are listed
 * with row, column and value (exit status 2), every other row is still reported. Progress goes to
 * stderr; `--json` prints the summary for the bureau's systems on stdout and writes `summary.json`.
 */
// First: sizes libuv's thread pool before any file is read.
import './thread-pool.ts';
import { parseArgs } from 'node:util';
import type { Locale } from '../dialogs/types.ts';
import { LOCALES, t } from '../i18n.ts';
import { LIVE_SOURCES } from '../outreach/live-sources.ts';
import { writeEventReport } from './event-report.ts';
import { SheetFileError } from './read-sheet.ts';

/** Exit status for bad input (contract §4). */
const BAD_INPUT = 2;

async function main(argv: readonly string[]): Promise<number> {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv);
  } catch {
    process.stderr.write(`${t('zh-CN', 'report.cli.usage')}\n`);
    return BAD_INPUT;
  }
  const { values, positionals } = parsed;
  const locale: Locale = LOCALES.find((l) => l === values.lang) ?? 'zh-CN';
  const w = (id: string, view?: Record<string, unknown>) => t(locale, `report.${id}`, view);
  const sheetPath = positionals[0];
  if (!sheetPath) {
    process.stderr.write(`${w('cli.usage')}\n`);
    return BAD_INPUT;
  }
  if (!values.out) {
    process.stderr.write(`${w('cli.error.no_out')}\n${w('cli.usage')}\n`);
    return BAD_INPUT;
  }
  const progress = progressPrinter((done, total) => w('cli.progress', { done, total }));
  try {
    const outcome = await writeEventReport({
      sheetPath,
      outDir: values.out,
      locale,
      sources: LIVE_SOURCES,
      writeSummary: values.json === true,
      writePack: values['no-pack'] !== true,
      onProgress: progress.update,
    });
    progress.finish();
    const { reading } = outcome;
    if (reading.ignoredColumns.length > 0) {
      process.stderr.write(
        `${w('cli.ignored_columns', { columns: reading.ignoredColumns.join(w('list_separator')) })}\n`,
      );
    }
    for (const p of reading.problems) {
      const reason = w(`problem.${p.code}`);
      process.stderr.write(`${w('cli.problem', { row: p.rowNumber, column: p.column, value: p.value, reason })}\n`);
    }
    process.stderr.write(`${w('cli.done', { count: outcome.reports.length, index: outcome.indexPath })}\n`);
    if (values.json) process.stdout.write(`${JSON.stringify(outcome.summary, null, 2)}\n`);
    return reading.problems.length > 0 ? BAD_INPUT : 0;
  } catch (err) {
    if (err instanceof SheetFileError) {
      process.stderr.write(`${w(`cli.error.${err.code}`, { path: err.path })}\n`);
      return BAD_INPUT;
    }
    // No stack trace for staff: the code of what failed is enough to report it.
    process.stderr.write(`${w('cli.error.unexpected', { code: err instanceof Error ? err.name : 'unknown' })}\n`);
    return 1;
  }
}

function parseOptions(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      json: { type: 'boolean' },
      lang: { type: 'string' },
      'no-pack': { type: 'boolean' },
    },
  });
}

/**
 * Progress on stderr: rewritten in place on a terminal; on a pipe or log, one line per tenth so a
 * long sheet shows it is moving without flooding the log.
 */
function progressPrinter(line: (done: number, total: number) => string) {
  const tty = process.stderr.isTTY === true;
  let shown = false;
  return {
    update(done: number, total: number) {
      const step = Math.max(1, Math.ceil(total / 10));
      if (tty && (done % 20 === 0 || done === total)) {
        process.stderr.write(`\r${line(done, total)}`);
        shown = true;
      } else if (!tty && (done % step === 0 || done === total)) process.stderr.write(`${line(done, total)}\n`);
    },
    finish() {
      if (shown) process.stderr.write('\n');
    },
  };
}

process.exitCode = await main(process.argv.slice(2));
