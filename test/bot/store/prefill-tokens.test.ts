import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Redis } from 'ioredis';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  createRedisPrefillTokens,
  createSqlitePrefillTokens,
  type Prefill,
  type PrefillTokenStore,
} from '../../../src/bot/store/prefill-tokens.ts';
import { dropTestKeys, requireRedis, TEST_REDIS_URL, uniquePrefix } from './redis-test-env.ts';

const available = await requireRedis();
afterAll(dropTestKeys);

const dirs: string[] = [];
const tempPath = () => {
  const dir = mkdtempSync(join(tmpdir(), 'prefill-'));
  dirs.push(dir);
  return join(dir, 'sessions.sqlite');
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const PREFILL: Prefill = {
  name: '泰州阀门有限公司',
  facts: { above_scale: true, revenue_last_year: 35_000, total_investment: 6_500, completion_date: '2021-09-30' },
};
const HOUR = 3_600_000;

/** A store and a clock the test moves. */
type Make = (clock: { now: number }) => Promise<PrefillTokenStore & { reopen(): Promise<PrefillTokenStore> }>;

function describeTokens(name: string, make: Make) {
  describe(`prefill tokens on ${name}`, () => {
    const clock = { now: Date.now() };
    afterEach(() => {
      clock.now = Date.now();
    });

    it('a token gives back the facts it stands for, once; the second redeem is refused as used', async () => {
      const store = await make(clock);
      const token = await store.issue(PREFILL, clock.now + HOUR);
      expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(JSON.stringify(token)).not.toContain('35000');
      expect(await store.redeem(token)).toEqual({ ok: true, prefill: PREFILL });
      expect(await store.redeem(token)).toEqual({ ok: false, code: 'used' });
      await store.close();
    });

    it('a token the store never issued, or malformed, is unknown', async () => {
      const store = await make(clock);
      await store.issue(PREFILL, clock.now + HOUR);
      expect(await store.redeem('AAAAAAAAAAAAAAAAAAAAAA')).toEqual({ ok: false, code: 'unknown' });
      expect(await store.redeem('../../etc/passwd')).toEqual({ ok: false, code: 'unknown' });
      expect(await store.redeem('')).toEqual({ ok: false, code: 'unknown' });
      // An unknown token tried twice is still unknown, not "used".
      expect(await store.redeem('AAAAAAAAAAAAAAAAAAAAAA')).toEqual({ ok: false, code: 'unknown' });
      await store.close();
    });

    it('works up to the last millisecond before its expiry', async () => {
      const store = await make(clock);
      const expiresAt = clock.now + HOUR;
      const token = await store.issue(PREFILL, expiresAt);
      clock.now = expiresAt - 1;
      expect((await store.redeem(token)).ok).toBe(true);
      await store.close();
    });

    it('is refused as expired from its expiry on', async () => {
      const store = await make(clock);
      const expiresAt = clock.now + HOUR;
      const token = await store.issue(PREFILL, expiresAt);
      clock.now = expiresAt;
      expect(await store.redeem(token)).toEqual({ ok: false, code: 'expired' });
      await store.close();
    });

    it('each token is its own: redeeming one leaves another intact', async () => {
      const store = await make(clock);
      const a = await store.issue(PREFILL, clock.now + HOUR);
      const b = await store.issue({ name: null, facts: { above_scale: false } }, clock.now + HOUR);
      expect(a).not.toBe(b);
      expect((await store.redeem(a)).ok).toBe(true);
      expect(await store.redeem(b)).toEqual({ ok: true, prefill: { name: null, facts: { above_scale: false } } });
      await store.close();
    });

    it('two redeems at once: exactly one gets the facts', async () => {
      const store = await make(clock);
      const other = await store.reopen();
      const token = await store.issue(PREFILL, clock.now + HOUR);
      const outcomes = await Promise.all([store.redeem(token), other.redeem(token), store.redeem(token)]);
      expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
      await other.close();
      await store.close();
    });

    it('a token issued by one process is redeemed by another (a restarted kiosk)', async () => {
      const store = await make(clock);
      const token = await store.issue(PREFILL, clock.now + HOUR);
      await store.close();
      const again = await store.reopen();
      expect(await again.redeem(token)).toEqual({ ok: true, prefill: PREFILL });
      await again.close();
    });
  });
}

describeTokens('SQLite', async (clock) => {
  const path = tempPath();
  const open = () => createSqlitePrefillTokens({ path, now: () => clock.now });
  return Object.assign(open(), { reopen: async () => open() });
});

describe('prefill tokens on SQLite, on disk', () => {
  it('keeps neither the token nor, once redeemed, the figures in the file', async () => {
    const path = tempPath();
    const store = createSqlitePrefillTokens({ path });
    const token = await store.issue(PREFILL, Date.now() + HOUR);
    const db = new Database(path);
    const rows = db.prepare('SELECT * FROM prefill_tokens').all() as { token_sha256: string }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]?.token_sha256).not.toContain(token);
    await store.redeem(token);
    expect(db.prepare('SELECT value FROM prefill_tokens').all()).toEqual([{ value: null }]);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    await store.close();
    expect(readFileSync(path).includes(Buffer.from('泰州阀门'))).toBe(false);
  });
});

describe.runIf(available)('prefill tokens on Redis', () => {
  describeTokens('Redis', async (clock) => {
    const prefix = uniquePrefix('prefill');
    const open = () =>
      createRedisPrefillTokens({
        client: new Redis(TEST_REDIS_URL),
        prefix,
        ownsClient: true,
        now: () => clock.now,
      });
    return Object.assign(open(), { reopen: async () => open() });
  });

  it('keys hold the token hashed and expire with the link', async () => {
    const prefix = uniquePrefix('prefill-keys');
    const client = new Redis(TEST_REDIS_URL);
    const store = createRedisPrefillTokens({ client, prefix });
    const token = await store.issue(PREFILL, Date.now() + HOUR);
    const keys = await client.keys(`${prefix}:*`);
    expect(keys).toHaveLength(1);
    expect(keys[0]).not.toContain(token);
    const ttl = await client.pttl(keys[0] as string);
    expect(ttl).toBeGreaterThan(HOUR - 60_000);
    expect(ttl).toBeLessThanOrEqual(HOUR);
    await store.redeem(token);
    // The facts are gone; only the bare used mark stays.
    const left = await client.keys(`${prefix}:*`);
    expect(left).toEqual([expect.stringContaining(':prefill-used:')]);
    expect(await client.get(left[0] as string)).toBe('1');
    client.disconnect();
  });
});
