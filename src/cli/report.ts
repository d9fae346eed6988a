/**
 * `npm run report -- SHEET --out DIR [--json] [--csv] [--lang zh-CN|en] [--no-pack] [--kiosk-url URL]
 * [--link-expires YYYY-MM-DD]`, or `npm run report -- --kiosk [--since YYYY-MM-DD] --out DIR …` for the kiosk's
 * stored dialogs (docs/outreach.md): a 免费诊断 sign-up sheet
 * (.xlsx or .csv) in, one printable page per enterprise (with its application pack beside it, unless
 * `--no-pack`) and an event index out. Unreadable cells are listed
 * with row, column and value (exit status 2), every other row is still reported. Progress goes to
 * stderr; `--json` prints the summary for the bureau's systems on stdout and writes `summary.json`.
 */
// First: sizes libuv's thread pool before any file is read.
import './thread-pool.ts';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError } from '../bot/config.ts';
import { DEFAULT_LINK_TTL_HOURS } from '../bot/store/prefill-tokens.ts';
import { storeLocation } from '../bot/store/store-location.ts';
import { WebSessionsError } from '../bot/store/web-sessions.ts';
import type { Locale } from '../dialogs/types.ts';
import { LOCALES, t } from '../i18n.ts';
import { LIVE_SOURCES } from '../outreach/live-sources.ts';
import { writeEventReport } from './event-report.ts';
import { type KioskLinks, localIso, openKioskLinks } from './kiosk-links.ts';
import { parseDay, writeKioskReport } from './kiosk-report.ts';
import { SheetFileError } from './read-sheet.ts';

/** Exit status for bad input (contract §4). */
const BAD_INPUT = 2;

async function main(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv);
  } catch {
    process.stderr.write(`${usage('zh-CN')}\n`);
    return BAD_INPUT;
  }
  const { values, positionals } = parsed;
  const locale: Locale = LOCALES.find((l) => l === values.lang) ?? 'zh-CN';
  const w = (id: string, view?: Record<string, unknown>) => t(locale, `report.${id}`, view);
  const k = (id: string, view?: Record<string, unknown>) => t(locale, `kiosk.${id}`, view);
  const refuse = (line: string) => {
    process.stderr.write(`${line}\n`);
    return BAD_INPUT;
  };
  const sheetPath = positionals[0];
  if (values.kiosk && sheetPath) return refuse(k('cli.error.kiosk_with_sheet', { path: sheetPath }));
  if (values.since !== undefined && !values.kiosk) return refuse(k('cli.error.since_without_kiosk'));
  if (!sheetPath && !values.kiosk) return refuse(usage(locale));
  if (!values.out) return refuse(`${w('cli.error.no_out')}\n${usage(locale)}`);
  const progress = progressPrinter((done, total) => w('cli.progress', { done, total }));
  const common = {
    outDir: values.out,
    locale,
    sources: LIVE_SOURCES,
    writeSummary: values.json === true,
    writePack: values['no-pack'] !== true,
    writeCsv: values.csv === true,
    onProgress: progress.update,
  };
  let links: KioskLinks | undefined;
  try {
    if (values.kiosk) {
      const since = values.since === undefined ? undefined : parseDay(values.since);
      if (since === null) return refuse(k('cli.error.bad_since', { value: values.since }));
      const outcome = await writeKioskReport({
        ...common,
        location: storeLocation(env),
        ...(since !== undefined ? { since, sinceText: values.since } : {}),
      });
      progress.finish();
      const unfinished = outcome.reports.filter((r) => r.enterprise.visit?.finished === false).length;
      process.stderr.write(
        `${k('cli.kiosk_done', { count: outcome.reports.length, unfinished, index: outcome.indexPath })}\n`,
      );
      finish(outcome, values.json === true, k);
      return 0;
    }
    const plan = linkPlan(values, env, locale);
    if (typeof plan === 'string') return refuse(plan);
    const location = plan.baseUrl ? storeLocation(env) : undefined;
    // A session file that is not there yet is most likely not the kiosk's: its links would not work there.
    if (location?.kind === 'sqlite' && !existsSync(location.path)) {
      process.stderr.write(`${k('cli.links_new_store', { path: location.path })}\n`);
    }
    links = await openKioskLinks({ ...plan, ...(location ? { location } : {}) });
    process.stderr.write(
      `${
        links.missing
          ? k(`cli.links_missing.${links.missing}`)
          : k('cli.links_made', {
              expires: localIso(plan.expiresAt).slice(0, 16).replace('T', ' '),
              store: storeName(env),
            })
      }\n`,
    );
    const outcome = await writeEventReport({ ...common, sheetPath: sheetPath as string, kioskLinks: links });
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
    finish(outcome, values.json === true, k);
    return reading.problems.length > 0 ? BAD_INPUT : 0;
  } catch (err) {
    if (err instanceof SheetFileError) return refuse(w(`cli.error.${err.code}`, { path: err.path }));
    if (err instanceof ConfigError)
      return refuse(k('cli.error.bad_store_config', { variables: err.variables.join(', ') }));
    if (err instanceof WebSessionsError) return refuse(k(`cli.error.${err.code}`, { where: err.where }));
    // No stack trace for staff: the code of what failed is enough to report it.
    process.stderr.write(`${w('cli.error.unexpected', { code: err instanceof Error ? err.name : 'unknown' })}\n`);
    return 1;
  } finally {
    await links?.close();
  }
}

/** Both usage lines: the sheet's and the kiosk's. */
function usage(locale: Locale): string {
  return `${t(locale, 'report.cli.usage')}\n${t(locale, 'kiosk.cli.usage')}`;
}

/** The CSV's path and the JSON summary on stdout, when asked. */
function finish(
  outcome: { csvPath: string | null; summary: unknown },
  json: boolean,
  k: (id: string, view?: Record<string, unknown>) => string,
): void {
  if (outcome.csvPath) process.stderr.write(`${k('cli.csv_done', { path: outcome.csvPath })}\n`);
  if (json) process.stdout.write(`${JSON.stringify(outcome.summary, null, 2)}\n`);
}

/** Where the links point and until when, from the flags and the environment; a line saying what is wrong otherwise. */
function linkPlan(
  values: { 'kiosk-url'?: string | undefined; 'link-expires'?: string | undefined },
  env: NodeJS.ProcessEnv,
  locale: Locale,
): { baseUrl: string | undefined; expiresAt: number } | string {
  const k = (id: string, view?: Record<string, unknown>) => t(locale, `kiosk.${id}`, view);
  const baseUrl = values['kiosk-url']?.trim() || env.KIOSK_PUBLIC_URL?.trim() || undefined;
  if (baseUrl && !/^https?:\/\/[^\s/]+/u.test(baseUrl)) return k('cli.error.bad_kiosk_url', { value: baseUrl });
  const until = values['link-expires'];
  if (until !== undefined) {
    const day = parseDay(until);
    // Through the whole day named: until the next local midnight.
    const end = day === null ? null : new Date(new Date(day).setDate(new Date(day).getDate() + 1)).getTime() - 1;
    if (end === null || end <= Date.now()) return k('cli.error.bad_link_expires', { value: until });
    return { baseUrl, expiresAt: end };
  }
  const raw = env.KIOSK_LINK_TTL_HOURS?.trim();
  const hours = raw ? Number(raw) : DEFAULT_LINK_TTL_HOURS;
  if (!Number.isFinite(hours) || hours < 1 || hours > 8760) return k('cli.error.bad_link_ttl', { value: raw });
  return { baseUrl, expiresAt: Date.now() + hours * 3_600_000 };
}

/** The store a link works on, as staff would name it (no credentials: a Redis URL's password is left out). */
function storeName(env: NodeJS.ProcessEnv): string {
  const location = storeLocation(env);
  if (location.kind === 'sqlite') return location.path;
  const url = new URL(location.url);
  return `redis://${url.host}${url.pathname} (${location.prefix})`;
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
      csv: { type: 'boolean' },
      kiosk: { type: 'boolean' },
      since: { type: 'string' },
      'kiosk-url': { type: 'string' },
      'link-expires': { type: 'string' },
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

process.exitCode = await main(process.argv.slice(2), process.env);
