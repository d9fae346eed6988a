/**
 * Kill the bot (SIGKILL) in the middle of a dialog, start it again: the user carries on where
 * they were — on the SQLite store and on Redis. The bot runs as `src/main.ts` in a child
 * process (what `npm start` runs) against the WeCom fake; the expected replies come from the
 * same inputs played through an uninterrupted in-process dialog service. The kiosk's prefill links and the
 * sessions they start survive the same restart (last block).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  createRedisPrefillTokens,
  createSqlitePrefillTokens,
  type PrefillTokenStore,
} from '../../src/bot/store/prefill-tokens.ts';
import { createSqliteStore } from '../../src/bot/store/sqlite-store.ts';
import { createDialogService } from '../../src/dialogs/service.ts';
import type { Reply } from '../../src/dialogs/types.ts';
import { type ChildBot, spawnBot } from './fakes/child-bot.ts';
import { moveFor } from './fakes/dialog-driver.ts';
import { postToBot, sealForCallback, startWecomFake, textXml, type WecomFake, wecomEnv } from './fakes/wecom-fake.ts';
import { dropTestKeys, requireRedis, TEST_REDIS_URL, uniquePrefix } from './store/redis-test-env.ts';

const redisAvailable = await requireRedis();
afterAll(dropTestKeys);
const dir = mkdtempSync(join(tmpdir(), 'jfb-restart-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fake: WecomFake | undefined;
let bot: ChildBot | undefined;
afterEach(async () => {
  await bot?.kill();
  bot = undefined;
  await fake?.close();
});

/** The inputs a user types, decided from an uninterrupted reference dialog, and its replies per turn. */
async function referenceDialog(turns: number): Promise<{ inputs: string[]; replies: Reply[][] }> {
  const store = createSqliteStore({ path: ':memory:' });
  const service = createDialogService({ store });
  const inputs = ['你好'];
  const replies: Reply[][] = [];
  for (let i = 0; i < turns; i++) {
    const out = await service.handle({ channel: 'wecom', chatId: 'ref', userId: 'ref', text: inputs[i] as string });
    replies.push(out);
    const ask = out.findLast((r): r is Extract<Reply, { kind: 'ask' }> => r.kind === 'ask');
    if (!ask) throw new Error('the reference dialog ended early');
    const move = moveFor(ask);
    // Clicking a card sends the choice value as text: the same input the engine sees.
    inputs.push(move.kind === 'click' ? move.choice.value : move.text);
  }
  await store.close();
  return { inputs, replies };
}

function textsOfTurn(sent: WecomFake['sent'], from: number): string[] {
  return sent.slice(from).flatMap((m) => (m.msgtype === 'text' ? [m.text?.content ?? ''] : []));
}

/** The texts WeCom received in a turn are the reference replies' texts (a long choice list appended). */
function expectSameTurn(got: string[], expected: readonly Reply[]): void {
  expect(got.length).toBe(expected.length);
  expected.forEach((r, i) => {
    expect(got[i]?.startsWith(r.text), `reply ${i}: ${got[i]?.slice(0, 40)} vs ${r.text.slice(0, 40)}`).toBe(true);
  });
}

async function resumeAfterKill(env: Record<string, string>): Promise<void> {
  fake = await startWecomFake();
  const fullEnv = { ...env, ...wecomEnv(fake.server.url) };
  const ref = await referenceDialog(4);
  const user = `restart-${Math.random().toString(36).slice(2, 8)}`;
  let msgId = 6000000000000000000n;
  const say = async (b: ChildBot, text: string, id = String(++msgId)) => {
    expect((await postToBot(b.url, sealForCallback(textXml(user, text, id)))).status).toBe(200);
    return id;
  };
  const waitTurn = async (from: number, expected: Reply[]) => {
    // A turn sends one text per reply (short texts), plus a card for a question with ≤ 6 choices.
    const cards = expected.filter(
      (r) => (r.kind === 'ask' || r.kind === 'clarify') && r.choices.length > 0 && r.choices.length <= 6,
    ).length;
    await fake?.waitForSent(from + expected.length + cards, 20_000);
  };

  bot = await spawnBot(fullEnv);
  let lastId = '';
  for (let i = 0; i < 3; i++) {
    const from = fake.sent.length;
    lastId = await say(bot, ref.inputs[i] as string);
    await waitTurn(from, ref.replies[i] as Reply[]);
    expectSameTurn(textsOfTurn(fake.sent, from), ref.replies[i] as Reply[]);
  }
  await bot.kill();

  bot = await spawnBot(fullEnv);
  const from = fake.sent.length;
  // WeCom retries the last message after the crash: it was answered already and is not answered again.
  await say(bot, ref.inputs[2] as string, lastId);
  await say(bot, ref.inputs[3] as string);
  await waitTurn(from, ref.replies[3] as Reply[]);
  // Give a wrongly re-answered retry time to show up before counting.
  await new Promise((r) => setTimeout(r, 300));
  // Exactly the uninterrupted dialog's fourth turn: not a new greeting, and the retry not answered.
  expectSameTurn(textsOfTurn(fake.sent, from), ref.replies[3] as Reply[]);
}

describe('a restart in the middle of a dialog', () => {
  it('resumes where the user was on the SQLite store', async () => {
    await resumeAfterKill({ SESSION_DB: join(dir, 'sessions.sqlite') });
  });

  it.runIf(redisAvailable)('resumes where the user was on Redis', async () => {
    await resumeAfterKill({
      REDIS_URL: TEST_REDIS_URL,
      REDIS_KEY_PREFIX: uniquePrefix('restart'),
      SESSION_DB: join(dir, 'unused.sqlite'),
    });
  });

  it('stops cleanly with exit status 0 on SIGTERM', async () => {
    fake = await startWecomFake();
    bot = await spawnBot({ SESSION_DB: join(dir, 'term.sqlite'), ...wecomEnv(fake.server.url) });
    const res = await postToBot(bot.url, sealForCallback(textXml('term-user', '你好', '5000000000000000001')));
    expect(res.status).toBe(200);
    await fake.waitForSent(1, 20_000);
    const t0 = Date.now();
    expect(await bot.terminate()).toBe(0);
    expect(Date.now() - t0).toBeLessThan(5000);
    bot = undefined;
  });
});

/**
 * Prefill links (issue 11): killed after one link was redeemed and while another is unused, `npm start` started
 * again on the same store carries the prefilled session on (its first turn says what the sheet filled in) and
 * the unused link still works.
 */
const PREFILL = {
  name: '泰州阀门有限公司',
  facts: { industrial: true, revenue_last_year: 30000, total_investment: 6500 },
};

async function survivesRestart(env: Record<string, string>, tokens: PrefillTokenStore): Promise<void> {
  fake = await startWecomFake();
  const fullEnv = { ...env, ...wecomEnv(fake.server.url), KIOSK_COOKIE_SECRET: 'restart-test-cookie-secret' };
  // Issued by the report, another process: straight into the store.
  const redeemedFirst = await tokens.issue(PREFILL, Date.now() + 3_600_000);
  const unused = await tokens.issue(PREFILL, Date.now() + 3_600_000);
  await tokens.close();

  bot = await spawnBot(fullEnv);
  const res = await fetch(`${bot.url}/kiosk/start?t=${redeemedFirst}`);
  expect(await res.text()).toContain('已从报名表填入 3 项信息');
  const cookie = res.headers.get('set-cookie')?.split(';')[0] ?? '';
  expect(cookie).toMatch(/^kiosk_sid=/);
  await bot.kill();

  bot = await spawnBot(fullEnv);
  // The prefilled session is still there: a reload shows it, and its first turn says what was filled in.
  expect(await (await fetch(`${bot.url}/`, { headers: { cookie } })).text()).toContain('已从报名表填入 3 项信息');
  const chat = await fetch(`${bot.url}/kiosk/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ text: '/resume' }),
  });
  const replies = ((await chat.json()) as { replies: { text: string }[] }).replies;
  expect(replies[0]?.text).toMatch(/^已从报名表填入：.*项目总投资：6500万元/);
  // The link not yet used works after the restart; the used one is still refused.
  expect(await (await fetch(`${bot.url}/kiosk/start?t=${unused}`)).text()).toContain('已从报名表填入 3 项信息');
  expect(await (await fetch(`${bot.url}/kiosk/start?t=${redeemedFirst}`)).text()).toContain('data-notice="used"');
}

describe('prefill links across a SIGKILL of npm start (issue 11)', () => {
  it('a token and a prefilled session survive on SQLite', async () => {
    const path = join(dir, 'prefill.sqlite');
    await survivesRestart({ SESSION_DB: path }, createSqlitePrefillTokens({ path }));
  }, 60_000);

  it.runIf(redisAvailable)(
    'a token and a prefilled session survive on Redis',
    async () => {
      const prefix = uniquePrefix('prefill-restart');
      await survivesRestart(
        { REDIS_URL: TEST_REDIS_URL, REDIS_KEY_PREFIX: prefix },
        createRedisPrefillTokens({ client: new Redis(TEST_REDIS_URL), prefix, ownsClient: true }),
      );
    },
    60_000,
  );
});
