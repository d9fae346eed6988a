/**
 * The restart guarantee of prefill links (issue 11): `npm start` (src/main.ts as a child, the kiosk on the
 * channels' server) is killed with SIGKILL after a link was redeemed and while another is still unused; started
 * again on the same store, the prefilled session carries on (its first turn says what the sheet filled in) and
 * the unused link still works — on SQLite and on Redis.
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
} from '../../../src/bot/store/prefill-tokens.ts';
import { type ChildBot, spawnBot } from '../fakes/child-bot.ts';
import { startWecomFake, type WecomFake, wecomEnv } from '../fakes/wecom-fake.ts';
import { dropTestKeys, requireRedis, TEST_REDIS_URL, uniquePrefix } from '../store/redis-test-env.ts';

const redisAvailable = await requireRedis();
afterAll(dropTestKeys);
const dir = mkdtempSync(join(tmpdir(), 'jfb-prefill-restart-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fake: WecomFake | undefined;
let bot: ChildBot | undefined;
afterEach(async () => {
  await bot?.kill();
  bot = undefined;
  await fake?.close();
});

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

describe('prefill links across a SIGKILL of npm start', () => {
  it('on SQLite', async () => {
    const path = join(dir, 'sessions.sqlite');
    await survivesRestart({ SESSION_DB: path }, createSqlitePrefillTokens({ path }));
  }, 60_000);

  it.runIf(redisAvailable)(
    'on Redis',
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
