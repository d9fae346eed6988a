import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { createRedisStore, openRedisStore, type RedisStore, StoreError } from '../../../src/bot/store/redis-store.ts';
import { dropTestKeys, requireRedis, TEST_REDIS_URL, uniquePrefix } from './redis-test-env.ts';
import { describeSessionStore } from './session-store-suite.ts';

const available = await requireRedis();
afterAll(dropTestKeys);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.runIf(available)('Redis', () => {
  describeSessionStore('Redis', {
    idleOption: true,
    make: async (opts) =>
      openRedisStore({
        url: TEST_REDIS_URL,
        prefix: uniquePrefix('contract'),
        ...(opts?.idleMs ? { idleMs: opts.idleMs } : {}),
      }),
    makeSibling: async (first) => openRedisStore({ url: TEST_REDIS_URL, prefix: (first as RedisStore).prefix }),
  });

  describe('Redis per-user lock', () => {
    const pair = async (opts: { lockTtlMs?: number; lockWaitMs?: number } = {}) => {
      const prefix = uniquePrefix('lock');
      return [
        await openRedisStore({ url: TEST_REDIS_URL, prefix, ...opts }),
        await openRedisStore({ url: TEST_REDIS_URL, prefix, ...opts }),
      ] as const;
    };
    const key = { channel: 'wecom' as const, userId: 'u' };
    // Read, think, write: the shape of a dialog turn, where interleaving loses an answer.
    const increment = async (s: RedisStore) => {
      const cur = ((await s.read(key)) as { n: number } | undefined)?.n ?? 0;
      await sleep(5);
      await s.write(key, { n: cur + 1 });
    };

    it('without the lock two instances lose updates (the race the lock exists for)', async () => {
      const [a, b] = await pair();
      await Promise.all(Array.from({ length: 10 }, (_, i) => increment(i % 2 ? a : b)));
      expect(((await a.read(key)) as { n: number }).n).toBeLessThan(10);
      await a.close();
      await b.close();
    });

    it('with the lock two instances apply every update of one user in turn', async () => {
      const [a, b] = await pair();
      await Promise.all(
        Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).withLock(key, () => increment(i % 2 ? a : b))),
      );
      expect(((await a.read(key)) as { n: number }).n).toBe(10);
      await a.close();
      await b.close();
    });

    it('is re-entrant within one call chain, so a service locking inside the adapter does not deadlock', async () => {
      const [a, b] = await pair({ lockWaitMs: 500 });
      const out = await a.withLock(key, () => a.withLock(key, async () => 'inner'));
      expect(out).toBe('inner');
      await a.close();
      await b.close();
    });

    it('waits out a lock left by an instance that died, then takes it', async () => {
      const [a, b] = await pair();
      await a.client.set(`${a.prefix}:lock:wecom:u`, 'dead-instance', 'PX', 200);
      const t0 = Date.now();
      await b.withLock(key, async () => {});
      expect(Date.now() - t0).toBeGreaterThanOrEqual(150);
      await a.close();
      await b.close();
    });

    it('gives up with lock_timeout when the user stays locked too long', async () => {
      const [a, b] = await pair({ lockWaitMs: 150 });
      await a.client.set(`${a.prefix}:lock:wecom:u`, 'someone', 'PX', 5000);
      await expect(b.withLock(key, async () => {})).rejects.toMatchObject({ code: 'lock_timeout' });
      await a.close();
      await b.close();
    });

    it('keeps the lock alive while a turn outlasts its TTL, and releases only its own token', async () => {
      const [a, b] = await pair({ lockTtlMs: 150, lockWaitMs: 2000 });
      const order: string[] = [];
      const slow = a.withLock(key, async () => {
        await sleep(400); // longer than the TTL: the keep-alive must hold the lock
        order.push('a');
      });
      await sleep(20);
      const fast = b.withLock(key, async () => {
        order.push('b');
      });
      await Promise.all([slow, fast]);
      expect(order).toEqual(['a', 'b']);
      expect(await a.client.exists(`${a.prefix}:lock:wecom:u`)).toBe(0);
      await a.close();
      await b.close();
    });
  });

  it('reports an unreachable Redis as store_unreachable', async () => {
    const err = await openRedisStore({ url: 'redis://127.0.0.1:1/0' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe('store_unreachable');
  });

  it('does not close a connection it was lent', async () => {
    const client = new Redis(TEST_REDIS_URL);
    const s = createRedisStore({ client, prefix: uniquePrefix('lent') });
    await s.close();
    expect(await client.ping()).toBe('PONG');
    client.disconnect();
  });
});
