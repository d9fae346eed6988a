/**
 * The kiosk's side of `npm run report` (issue 11): one-time links on the sheet's pages, issued into the
 * kiosk's store (SQLite or Redis, from the same variables as the kiosk), and after the event the stored
 * dialogs as the same index, pages, summary and CSV, with abandoned dialogs marked and `--since` by day.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { createRedisPrefillTokens, createSqlitePrefillTokens } from '../../src/bot/store/prefill-tokens.ts';
import { createSqliteStore } from '../../src/bot/store/sqlite-store.ts';
import { withVisit } from '../../src/bot/web/kiosk-visit.ts';
import { writeKioskReport } from '../../src/cli/kiosk-report.ts';
import { createDialogService } from '../../src/dialogs/service.ts';
import type { Reply } from '../../src/dialogs/types.ts';
import { FACTS } from '../../src/rules/facts.ts';
import { dropTestKeys, requireRedis, TEST_REDIS_URL, uniquePrefix } from '../bot/store/redis-test-env.ts';
import { answerFor } from '../support/kiosk-answers.ts';
import { TEST_SOURCES } from '../support/report-sources.ts';
import { csvText as sheetCsv } from '../support/sheets.ts';

const redisUp = await requireRedis();
afterAll(dropTestKeys);

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

/** `npm run report` as a child with exactly the environment given (no KIOSK_PUBLIC_URL leaking in). */
async function report(args: string[], env: Record<string, string> = {}) {
  // The machine's time zone as the test's own (--since and --link-expires are local days).
  const base = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    TZ: Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
  try {
    const { stdout, stderr } = await run(TSX, ['src/cli/report.ts', ...args], { cwd: ROOT, env: { ...base, ...env } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** A sparse sheet, as sign-up sheets come: name, 规上, revenue, investment, completion date. */
const SPARSE_HEADERS = ['企业名称', '所在地', '是否规上', '主营业务收入（万元）', '项目总投资（万元）', '完工时间'];
const SPARSE_ROWS = [
  ['泰州阀门有限公司', '泰州', '是', '35000', '6500', '2021-09-30'],
  ['=HYPERLINK("x")', '南京', '否', '', '1200', ''],
];

async function sparseSheet(dir: string): Promise<string> {
  const path = join(dir, '报名表.csv');
  await writeFile(path, sheetCsv(SPARSE_HEADERS, SPARSE_ROWS));
  return path;
}

const tokenOf = (page: string) => /kiosk\/start\?t=([A-Za-z0-9_-]{22})/.exec(page)?.[1] ?? '';

describe('kiosk links on the sheet report', () => {
  it('each page gets a one-time link into the kiosk store, standing for the facts the row states', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'links-'));
    const db = join(dir, 'sessions.sqlite');
    const out = join(dir, 'out');
    const { code, stderr } = await report([await sparseSheet(dir), '--out', out, '--no-pack'], {
      KIOSK_PUBLIC_URL: 'http://192.168.1.20:3000/',
      SESSION_DB: db,
      KIOSK_LINK_TTL_HOURS: '48',
    });
    expect(code).toBe(0);
    expect(stderr).toContain('现场扫码链接：每家企业一个');
    // The file was new: the staff are told to check the kiosk uses it.
    expect(stderr).toContain(`会话文件 ${db} 原先不存在`);
    const page = await readFile(join(out, 'pages', 'row-0002.html'), 'utf8');
    const box = page.slice(page.indexOf('<aside class="kiosk-link"'), page.indexOf('</aside>'));
    expect(box).toContain('<svg');
    expect(box).toMatch(/http:\/\/192\.168\.1\.20:3000\/kiosk\/start\?t=[A-Za-z0-9_-]{22}</);
    // The link carries the token only: no figure, no name.
    const url = /data-kiosk-link="([^"]+)"/.exec(box)?.[1] ?? '';
    expect(url).not.toMatch(/6500|35000|%E6/);
    // Valid for 48 hours from now (the expiry shown to the minute).
    const shown = new Date(Date.now() + 48 * 3_600_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    expect(box).toContain(`${shown.getFullYear()}-${pad(shown.getMonth() + 1)}-${pad(shown.getDate())}`);

    const tokens = createSqlitePrefillTokens({ path: db });
    const redeemed = await tokens.redeem(tokenOf(page));
    // in_jiangsu was assumed from 所在地 and applicant_kind from the sheet having no such column: not prefilled.
    expect(redeemed).toEqual({
      ok: true,
      prefill: {
        name: '泰州阀门有限公司',
        // industrial: 规上 is 规模以上工业企业 by definition (contract §3), not an assumption, so it is carried.
        facts: {
          above_scale: true,
          industrial: true,
          revenue_last_year: 35000,
          total_investment: 6500,
          completion_date: '2021-09-30',
        },
      },
    });
    const other = await readFile(join(out, 'pages', 'row-0003.html'), 'utf8');
    expect(tokenOf(other)).not.toBe(tokenOf(page));
    expect((await tokens.redeem(tokenOf(other))).ok).toBe(true);
    await tokens.close();
  });

  it('without a kiosk address the pages say why there is no link, and the report still succeeds', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'links-'));
    const out = join(dir, 'out');
    const { code, stderr } = await report([await sparseSheet(dir), '--out', out, '--no-pack'], {
      SESSION_DB: join(dir, 'never.sqlite'),
    });
    expect(code).toBe(0);
    expect(stderr).toContain('未设置 KIOSK_PUBLIC_URL');
    const page = await readFile(join(out, 'pages', 'row-0002.html'), 'utf8');
    expect(page).toContain('data-kiosk-link-missing="no_kiosk_url"');
    expect(page).not.toContain('<aside class="kiosk-link"');
    expect(await readdir(dir)).not.toContain('never.sqlite');
  });

  it('--link-expires sets the last day; a bad or past day, a bad TTL or a bad address exits 2 with a reason', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'links-'));
    const sheet = await sparseSheet(dir);
    const env = { SESSION_DB: join(dir, 's.sqlite'), KIOSK_PUBLIC_URL: 'http://kiosk.local:3000' };
    const ok = await report([sheet, '--out', join(dir, 'a'), '--no-pack', '--link-expires', '2099-12-31'], env);
    expect(ok.code).toBe(0);
    const page = await readFile(join(dir, 'a', 'pages', 'row-0002.html'), 'utf8');
    expect(page).toContain('2099-12-31 23:59');
    expect(page).toContain('http://kiosk.local:3000/kiosk/start?t=');
    for (const [args, extra, reason] of [
      [['--link-expires', '2099-02-30'], {}, '--link-expires'],
      [['--link-expires', '2020-01-01'], {}, '--link-expires'],
      [['--link-expires', '31/12/2099'], {}, '--link-expires'],
      [[], { KIOSK_LINK_TTL_HOURS: 'a week' }, 'KIOSK_LINK_TTL_HOURS'],
      [['--kiosk-url', 'kiosk.local:3000'], {}, '--kiosk-url'],
    ] as const) {
      const bad = await report([sheet, '--out', join(dir, 'b'), '--no-pack', ...args], { ...env, ...extra });
      expect(bad.code, args.join(' ')).toBe(2);
      expect(bad.stderr).toContain(reason);
      expect(bad.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it.runIf(redisUp)('with REDIS_URL the tokens go to Redis under the kiosk prefix', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'links-'));
    const prefix = uniquePrefix('report-links');
    const out = join(dir, 'out');
    const { code } = await report([await sparseSheet(dir), '--out', out, '--no-pack'], {
      KIOSK_PUBLIC_URL: 'http://192.168.1.20:3000/',
      REDIS_URL: TEST_REDIS_URL,
      REDIS_KEY_PREFIX: prefix,
    });
    expect(code).toBe(0);
    const client = new Redis(TEST_REDIS_URL);
    expect(await client.keys(`${prefix}:prefill:*`)).toHaveLength(2);
    const tokens = createRedisPrefillTokens({ client, prefix });
    const page = await readFile(join(out, 'pages', 'row-0002.html'), 'utf8');
    expect((await tokens.redeem(tokenOf(page))).ok).toBe(true);
    expect(await tokens.redeem(tokenOf(page))).toEqual({ ok: false, code: 'used' });
    client.disconnect();
  });

  it('an unreachable Redis leaves the pages without links, saying why, and the report succeeds', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'links-'));
    const out = join(dir, 'out');
    const { code, stderr } = await report([await sparseSheet(dir), '--out', out, '--no-pack'], {
      KIOSK_PUBLIC_URL: 'http://192.168.1.20:3000/',
      REDIS_URL: 'redis://127.0.0.1:1/0',
    });
    expect(code).toBe(0);
    expect(stderr).toContain('连不上');
    expect(await readFile(join(out, 'pages', 'row-0002.html'), 'utf8')).toContain(
      'data-kiosk-link-missing="store_unavailable"',
    );
  });
});

/** A kiosk store holding a finished dialog, an abandoned one, and an older one. */
async function kioskStore(dir: string) {
  const path = join(dir, 'sessions.sqlite');
  const store = createSqliteStore({ path });
  const dialog = createDialogService({ store });
  const turn = (user: string, text: string) => dialog.handle({ channel: 'web', chatId: user, userId: user, text });
  // Finished: the tech-loan worked example to its verdict.
  let replies: Reply[] = await turn('finished', '/start');
  for (let i = 0; i < 40 && !replies.some((r) => r.kind === 'verdict'); i++) {
    const asked = replies.findLast((r) => r.kind === 'ask') as Extract<Reply, { kind: 'ask' }>;
    replies = await turn('finished', answerFor(asked.slot) ?? (asked.choices[0]?.value as string));
  }
  expect(replies.some((r) => r.kind === 'verdict')).toBe(true);
  // Abandoned after two answers.
  await turn('abandoned', '/start');
  await turn('abandoned', '全部');
  await turn('abandoned', '是');
  await turn('older', '/start');
  await turn('older', '全部');
  // Another channel's session is not the kiosk's.
  await dialog.handle({ channel: 'wecom', chatId: 'w', userId: 'w', text: '/start' });
  const day = new Date(2026, 10, 28).getTime(); // local midnight, 2026-11-28
  const visit = (name: string | null, contact: string | null, lastActive: number) => ({
    name,
    contact,
    lastActive,
    prefilled: null,
    announced: false,
  });
  const key = (userId: string) => ({ channel: 'web' as const, userId });
  const stamp = async (user: string, v: ReturnType<typeof visit>) =>
    store.write(key(user), withVisit(await store.read(key(user)), v));
  await stamp('finished', visit('常州精密机械有限公司', '0519-8888 8888', day + 10 * 3_600_000));
  await stamp('abandoned', visit(null, null, day)); // exactly at the day's start
  await stamp('older', visit('=cmd|calc', null, day - 1)); // one millisecond before
  await store.close();
  return { path, day };
}

/** The kiosk report of the SQLite store at `path`, written in-process (the CLI's own call). */
function kioskReport(path: string, outDir: string, extra: Partial<Parameters<typeof writeKioskReport>[0]> = {}) {
  return writeKioskReport({
    location: { kind: 'sqlite', path },
    outDir,
    locale: 'zh-CN',
    sources: TEST_SOURCES,
    writeSummary: false,
    writePack: false,
    ...extra,
  });
}

describe('the kiosk report (--kiosk)', () => {
  it('the stored dialogs become pages, index and summary; the abandoned one is marked', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kiosk-report-'));
    const { path } = await kioskStore(dir);
    const out = join(dir, 'out');
    const outcome = await kioskReport(path, out, { writeSummary: true });
    const names = outcome.summary.enterprises.map((e) => e.name);
    // Oldest first; one without a name is numbered.
    expect(names).toEqual(['=cmd|calc', '自助诊断 2号', '常州精密机械有限公司']);
    expect(outcome.summary.enterprises.map((e) => [e.row, e.page])).toEqual([
      [null, 'pages/kiosk-0001.html'],
      [null, 'pages/kiosk-0002.html'],
      [null, 'pages/kiosk-0003.html'],
    ]);
    const finished = outcome.summary.enterprises[2];
    expect(finished?.qualified).toContain('tech-loan');
    expect(outcome.summary.enterprises.map((e) => e.kiosk?.finished)).toEqual([false, false, true]);
    expect(finished?.kiosk).toMatchObject({
      contact: '0519-8888 8888',
      last_active: expect.stringMatching(/^2026-11-28T10:00:00[+-]\d\d:\d\d$/),
    });
    const index = await readFile(join(out, 'index.html'), 'utf8');
    expect(index).toContain('自助诊断网页的对话');
    expect(index.match(/data-finished="false"/g)).toHaveLength(2);
    const abandonedPage = await readFile(join(out, 'pages', 'kiosk-0002.html'), 'utf8');
    expect(abandonedPage).toContain('对话未完成');
    const finishedPage = await readFile(join(out, 'pages', 'kiosk-0003.html'), 'utf8');
    expect(finishedPage).toContain('常州精密机械有限公司');
    expect(finishedPage).toContain('联系方式：0519-8888 8888');
    expect(finishedPage).toContain('data-finished="true"');
    expect(finishedPage).not.toContain('对话未完成');
    expect(JSON.parse(await readFile(join(out, 'summary.json'), 'utf8'))).toEqual(outcome.summary);
  });

  it('--csv: one row per enterprise, fact keys and program statuses as columns, UTF-8 with BOM', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kiosk-report-'));
    const { path } = await kioskStore(dir);
    const out = join(dir, 'out');
    const outcome = await kioskReport(path, out, { writeCsv: true });
    const bytes = await readFile(join(out, 'report.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(3);
    const header = Object.keys(rows[0] ?? {});
    expect(header.slice(0, 7)).toEqual(['row', 'name', 'credit_code', 'location', 'contact', 'page', 'finished']);
    for (const f of FACTS) expect(header).toContain(f.key);
    expect(header).toContain('status:tech-loan');
    const [older, abandoned, finished] = rows as [
      Record<string, string>,
      Record<string, string>,
      Record<string, string>,
    ];
    // A name that a spreadsheet would run as a formula stays text.
    expect(older.name).toBe("'=cmd|calc");
    expect(abandoned.finished).toBe('false');
    expect(finished).toMatchObject({
      name: '常州精密机械有限公司',
      contact: '0519-8888 8888',
      page: 'pages/kiosk-0003.html',
      finished: 'true',
      total_investment: '6500',
      in_jiangsu: 'true',
      'status:tech-loan': 'eligible',
    });
    // Statuses agree with the summary for every program.
    const contract = outcome.summary.enterprises[2]?.results ?? [];
    for (const r of contract) expect(finished[`status:${r.program}`]).toBe(r.status);
    // Unknown facts are blank, not 0 or false.
    expect(abandoned.total_investment).toBe('');
  });

  it('--since keeps dialogs active from that day on: one at midnight is in, one a millisecond before is out', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kiosk-report-'));
    const { path, day } = await kioskStore(dir);
    const write = (since: number) => kioskReport(path, join(dir, `out-${since}`), { since });
    expect((await write(day)).summary.enterprises.map((e) => e.name)).toEqual(['自助诊断 1号', '常州精密机械有限公司']);
    expect((await write(day - 1)).summary.enterprises).toHaveLength(3);
    expect((await write(day + 1)).summary.enterprises.map((e) => e.name)).toEqual(['常州精密机械有限公司']);
  });

  it('on the command line: --since filters, --csv and --json work, a bad date or no store exits 2', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kiosk-report-'));
    const { path } = await kioskStore(dir);
    const out = join(dir, 'out');
    const ok = await report(['--kiosk', '--since', '2026-11-28', '--out', out, '--json', '--csv'], {
      SESSION_DB: path,
    });
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).enterprises).toHaveLength(2);
    expect(ok.stderr).toContain('2 个对话生成报告（其中 1 个对话未完成）');
    expect(ok.stderr).toContain('report.csv');
    for (const bad of ['2026-13-01', '28.11.2026', '2026-02-30', 'yesterday']) {
      const r = await report(['--kiosk', '--since', bad, '--out', out], { SESSION_DB: path });
      expect(r.code, bad).toBe(2);
      expect(r.stderr).toContain('YYYY-MM-DD');
    }
    const none = await report(['--kiosk', '--out', out], { SESSION_DB: join(dir, 'missing.sqlite') });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('没有找到自助诊断网页的会话文件');
    const sinceAlone = await report(['x.csv', '--since', '2026-11-28', '--out', out]);
    expect(sinceAlone.code).toBe(2);
  });

  it.runIf(redisUp)('reads the dialogs from Redis when REDIS_URL is set', async () => {
    const prefix = uniquePrefix('kiosk-report');
    const client = new Redis(TEST_REDIS_URL);
    const state = { version: 1, locale: 'zh-CN', phase: 'asking', focus: null, profile: { total_investment: 4200 } };
    const value = { ...state, pending: 'industrial', asked: [], skipped: [], verdictShown: false };
    await client.set(
      `${prefix}:session:web:abc`,
      JSON.stringify(
        withVisit(value, { name: '无锡', contact: null, lastActive: Date.now(), prefilled: null, announced: false }),
      ),
    );
    await client.set(`${prefix}:session:wecom:abc`, JSON.stringify(value));
    client.disconnect();
    const dir = await mkdtemp(join(tmpdir(), 'kiosk-report-'));
    const r = await report(['--kiosk', '--out', join(dir, 'out'), '--json', '--csv'], {
      REDIS_URL: TEST_REDIS_URL,
      REDIS_KEY_PREFIX: prefix,
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).enterprises.map((e: { name: string }) => e.name)).toEqual(['无锡']);
    const csv = await readFile(join(dir, 'out', 'report.csv'), 'utf8');
    expect(csv).toContain('4200');
  });
});

describe('--csv on a sheet', () => {
  it('writes one row per readable sheet row with its row number', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'csv-'));
    const out = join(dir, 'out');
    const r = await report([await sparseSheet(dir), '--out', out, '--no-pack', '--csv']);
    expect(r.code).toBe(0);
    const rows = parse(await readFile(join(out, 'report.csv')), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    expect(rows.map((x) => [x.row, x.name, x.page, x.finished])).toEqual([
      ['2', '泰州阀门有限公司', 'pages/row-0002.html', ''],
      ['3', '\'=HYPERLINK("x")', 'pages/row-0003.html', ''],
    ]);
    expect(rows[0]).toMatchObject({ above_scale: 'true', revenue_last_year: '35000', completion_date: '2021-09-30' });
  });
});
