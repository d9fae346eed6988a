/**
 * One-time prefill links and the visitor's name and contact (issue 11): a link's token starts a session with
 * the sheet's facts, so the dialog asks only the rest; a token unknown, used or expired gets a notice and a
 * fresh start; the optional name and contact are kept with the session and erased by /reset; a token and a
 * prefilled session survive a restart of the kiosk.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSqlitePrefillTokens, type Prefill } from '../../../src/bot/store/prefill-tokens.ts';
import { createSqliteStore } from '../../../src/bot/store/sqlite-store.ts';
import { type RunningKiosk, serveKiosk } from '../../../src/bot/web/serve-kiosk.ts';
import { createDialogService } from '../../../src/dialogs/service.ts';
import { answerFor } from '../../support/kiosk-answers.ts';
import { TEST_SOURCES } from '../../support/report-sources.ts';

const running: { stop(): Promise<void> }[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const r of running.splice(0).reverse()) await r.stop();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const tempDb = () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-prefill-'));
  dirs.push(dir);
  return join(dir, 'sessions.sqlite');
};

/** What a sparse sign-up sheet row gives: who, 规上/industrial, revenue and investment. */
const PREFILL: Prefill = {
  name: '泰州阀门有限公司',
  facts: {
    in_jiangsu: true,
    applicant_kind: 'enterprise',
    industrial: true,
    revenue_last_year: 30000,
    total_investment: 6500,
  },
};
const HOUR = 3_600_000;
const SECRET = 'a-fixed-cookie-secret-for-the-restart-test';

type ReplyView = { kind: string; text: string; slot: string | null; choices: { label: string; value: string }[] };

/** A kiosk on a SQLite file (sessions and tokens in it), as `npm start` runs it. */
async function startKiosk(path: string, clock?: { now: number }) {
  const store = createSqliteStore({ path });
  const tokens = createSqlitePrefillTokens({ path, ...(clock ? { now: () => clock.now } : {}) });
  const dialog = createDialogService({ store });
  const kiosk: RunningKiosk = await serveKiosk(
    {
      dialog,
      store,
      sources: TEST_SOURCES,
      prefillTokens: tokens,
      cookieSecret: SECRET,
      ...(clock ? { now: () => clock.now } : {}),
    },
    0,
    '127.0.0.1',
  );
  const stop = async () => {
    await kiosk.stop();
    await tokens.close();
    await store.close();
  };
  running.push({ stop });
  const base = `http://127.0.0.1:${kiosk.port}`;
  const open = async (path: string, cookie = '') => {
    const res = await fetch(`${base}${path}`, { headers: { cookie } });
    return { res, html: await res.text(), cookie: res.headers.get('set-cookie')?.split(';')[0] ?? cookie };
  };
  const chat = async (cookie: string, text: string) => {
    const res = await fetch(`${base}/kiosk/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ text }),
    });
    return ((await res.json()) as { replies: ReplyView[] }).replies;
  };
  const visitor = async (cookie: string, body: unknown) =>
    fetch(`${base}/kiosk/visitor`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify(body),
    });
  const stored = (cookie: string) => store.read({ channel: 'web', userId: cookie.split('=')[1]?.split('.')[0] ?? '' });
  return { store, tokens, stop, open, chat, visitor, stored };
}

/** Answers to the verdict; returns the slots the dialog asked. */
async function answerToVerdict(chat: (text: string) => Promise<ReplyView[]>, first: ReplyView[]) {
  const asked: string[] = [];
  let replies = first;
  for (let turn = 0; turn < 40 && !replies.some((r) => r.kind === 'verdict'); turn++) {
    const question = replies.findLast((r) => r.slot !== null);
    if (!question?.slot) throw new Error('the dialog asked nothing');
    asked.push(question.slot);
    replies = await chat(answerFor(question.slot) ?? (question.choices[0]?.value as string));
  }
  return { asked, replies };
}

describe('prefill links on the kiosk', () => {
  it('a link starts a session with the sheet facts: the first turn says so and only missing facts are asked', async () => {
    const k = await startKiosk(tempDb());
    const token = await k.tokens.issue(PREFILL, Date.now() + HOUR);
    const { res, html, cookie } = await k.open(`/kiosk/start?t=${token}`);
    expect(res.status).toBe(200);
    expect(cookie).toMatch(/^kiosk_sid=[0-9a-f]{32}\./);
    expect(html).toContain('已从报名表填入 5 项信息');
    expect(html).toContain('泰州阀门有限公司');
    expect(html).not.toContain('6500');

    const first = await k.chat(cookie, '/resume');
    expect(first[0]?.text).toMatch(/^已从报名表填入：/);
    expect(first[0]?.text).toContain('项目总投资：6500万元');
    const { asked, replies } = await answerToVerdict((text) => k.chat(cookie, text), first);
    expect(replies.some((r) => r.kind === 'verdict')).toBe(true);
    for (const fact of Object.keys(PREFILL.facts)) expect(asked).not.toContain(fact);
    // The missing ones are asked: the loan, which the sheet did not have.
    expect(asked).toContain('fixed_asset_loan');
    // Said once: later turns do not repeat it.
    expect((await k.chat(cookie, '/result')).some((r) => r.text.startsWith('已从报名表填入'))).toBe(false);
  });

  it('the same link opened again is refused as used, with a fresh start and no session of its own', async () => {
    const k = await startKiosk(tempDb());
    const token = await k.tokens.issue(PREFILL, Date.now() + HOUR);
    await k.open(`/kiosk/start?t=${token}`);
    const again = await k.open(`/kiosk/start?t=${token}&lang=en`);
    expect(again.res.status).toBe(200);
    expect(again.html).toContain('data-notice="used"');
    expect(again.html.indexOf('此链接已经用过一次')).toBeLessThan(again.html.indexOf('already been used'));
    expect(again.html).not.toContain('泰州阀门');
    expect(await k.stored(again.cookie)).toBeUndefined();
    // The fresh dialog starts from nothing.
    const replies = await k.chat(again.cookie, '/start');
    expect(replies.some((r) => r.text.startsWith('已从报名表填入'))).toBe(false);
  });

  it('an unknown token and an expired one each get their notice, never an error page', async () => {
    const clock = { now: Date.now() };
    const k = await startKiosk(tempDb(), clock);
    const token = await k.tokens.issue(PREFILL, clock.now + HOUR);
    const unknown = await k.open('/kiosk/start?t=AAAAAAAAAAAAAAAAAAAAAA');
    expect(unknown.res.status).toBe(200);
    expect(unknown.html).toContain('data-notice="unknown"');
    const missing = await k.open('/kiosk/start');
    expect(missing.html).toContain('data-notice="unknown"');
    clock.now += HOUR;
    const expired = await k.open(`/kiosk/start?t=${token}`);
    expect(expired.html).toContain('data-notice="expired"');
    expect(expired.html).toContain('此链接已过期');
  });

  it('a kiosk without a token store refuses every link politely', async () => {
    const store = createSqliteStore({ path: ':memory:' });
    const kiosk = await serveKiosk(
      { dialog: createDialogService({ store }), store, sources: TEST_SOURCES },
      0,
      '127.0.0.1',
    );
    running.push({ stop: () => kiosk.stop() });
    const res = await fetch(`http://127.0.0.1:${kiosk.port}/kiosk/start?t=AAAAAAAAAAAAAAAAAAAAAA`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('data-notice="unknown"');
  });

  it('a reload before starting keeps the prefilled page; 重新开始 (/reset) erases the prefill', async () => {
    const k = await startKiosk(tempDb());
    const token = await k.tokens.issue(PREFILL, Date.now() + HOUR);
    const { cookie } = await k.open(`/kiosk/start?t=${token}`);
    const reload = await k.open('/', cookie);
    expect(reload.html).toContain('已从报名表填入 5 项信息');
    expect((await k.chat(cookie, '/reset'))[0]?.kind).toBe('clarify');
    expect(await k.stored(cookie)).toBeUndefined();
    expect((await k.open('/', cookie)).html).not.toContain('已从报名表填入');
  });

  it('a reload once the prefilled dialog is under way continues it: the page resumes, the facts stay, 重新开始 still resets', async () => {
    const k = await startKiosk(tempDb());
    const token = await k.tokens.issue(PREFILL, Date.now() + HOUR);
    const { cookie } = await k.open(`/kiosk/start?t=${token}`);
    const first = await k.chat(cookie, '/resume');
    const question = first.findLast((r) => r.slot !== null);
    if (!question?.slot) throw new Error('the dialog asked nothing');
    const next = await k.chat(cookie, answerFor(question.slot) ?? (question.choices[0]?.value as string));
    const pending = next.findLast((r) => r.slot !== null)?.slot;
    expect(pending).toBeDefined();

    // The page reloaded (the address is / by then) in the same browser: it is told to continue, not to start afresh.
    const reload = await k.open('/', cookie);
    expect(reload.html).toContain('data-begun="yes"');
    expect(reload.html).toContain('正在继续');
    expect(reload.html).toMatch(/"prefill":\{"count":5,"name":"泰州阀门有限公司","begun":true\}/);
    // What the page then sends, /resume, asks the pending question again, with the sheet's facts still in.
    const resumed = await k.chat(cookie, '/resume');
    expect(resumed.findLast((r) => r.slot !== null)?.slot).toBe(pending);
    expect(resumed.some((r) => r.text.startsWith('已从报名表填入'))).toBe(false);
    const stored = (await k.stored(cookie)) as { profile: Record<string, unknown>; kiosk: { prefilled: string[] } };
    expect(stored.profile).toMatchObject(PREFILL.facts);
    expect(stored.kiosk.prefilled).toEqual(Object.keys(PREFILL.facts));

    // 重新开始 ends it: the next page starts afresh.
    await k.chat(cookie, '/reset');
    expect(await k.stored(cookie)).toBeUndefined();
    const after = await k.open('/', cookie);
    expect(after.html).not.toContain('class="prefill"');
    expect(after.html).toContain('"prefill":null');
  });

  it('a token issued and a prefilled session both survive a restart of the kiosk', async () => {
    const path = tempDb();
    const first = await startKiosk(path);
    const kept = await first.tokens.issue(PREFILL, Date.now() + HOUR);
    const used = await first.tokens.issue(PREFILL, Date.now() + HOUR);
    const { cookie } = await first.open(`/kiosk/start?t=${used}`);
    await first.stop();
    running.splice(0);

    const second = await startKiosk(path);
    const replies = await second.chat(cookie, '/resume');
    expect(replies[0]?.text).toMatch(/^已从报名表填入：/);
    const { asked } = await answerToVerdict((text) => second.chat(cookie, text), replies);
    for (const fact of Object.keys(PREFILL.facts)) expect(asked).not.toContain(fact);
    expect((await second.open(`/kiosk/start?t=${kept}`)).html).toContain('已从报名表填入 5 项信息');
    expect((await second.open(`/kiosk/start?t=${used}`)).html).toContain('data-notice="used"');
  });
});

describe('the visitor name and contact', () => {
  it('are kept with the session, optional, and /reset erases them with everything else', async () => {
    const k = await startKiosk(tempDb());
    const { cookie } = await k.open('/');
    // Skipped (both empty): nothing is stored.
    expect(await (await k.visitor(cookie, { name: '', contact: '  ' })).json()).toEqual({ stored: false });
    expect(await k.stored(cookie)).toBeUndefined();
    expect((await k.visitor(cookie, { name: ' 常州精密机械\n有限公司 ', contact: '13800000000' })).status).toBe(200);
    await k.chat(cookie, '/start');
    const first = await k.chat(cookie, '1');
    expect(first.length).toBeGreaterThan(0);
    const value = (await k.stored(cookie)) as { kiosk: { name: string; contact: string; lastActive: number } };
    expect(value.kiosk.name).toBe('常州精密机械 有限公司');
    expect(value.kiosk.contact).toBe('13800000000');
    expect(Math.abs(value.kiosk.lastActive - Date.now())).toBeLessThan(60_000);
    expect(Object.keys(value.kiosk).sort()).toEqual(['announced', 'contact', 'lastActive', 'name', 'prefilled']);

    await k.chat(cookie, '/reset');
    expect(await k.stored(cookie)).toBeUndefined();
  });

  it('a body that is not the shape is refused, and a long value is cut, not stored whole', async () => {
    const k = await startKiosk(tempDb());
    const { cookie } = await k.open('/');
    expect((await k.visitor(cookie, { name: 5 })).status).toBe(400);
    await k.visitor(cookie, { name: '甲'.repeat(500), contact: null });
    const value = (await k.stored(cookie)) as { kiosk: { name: string; contact: string | null } };
    expect(value.kiosk.name).toHaveLength(80);
    expect(value.kiosk.contact).toBeNull();
  });
});
