/**
 * Where the Redis tests find a real redis-server. CI sets TEST_REDIS_URL (and CI=true), and an
 * unreachable Redis there fails the run; on a developer machine a missing Redis skips them.
 */
import { Redis } from 'ioredis';

export const IN_CI = process.env.CI === 'true' || process.env.CI === '1';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/15';

export async function redisReachable(url = TEST_REDIS_URL): Promise<boolean> {
  const client = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    connectTimeout: 1000,
    retryStrategy: () => null,
  });
  client.on('error', () => {});
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/** Resolves whether to run; throws in CI when Redis is not there, so CI cannot pass by skipping. */
export async function requireRedis(): Promise<boolean> {
  const ok = await redisReachable();
  if (!ok && IN_CI) throw new Error(`CI: Redis at ${TEST_REDIS_URL} is unreachable; the Redis tests must run`);
  if (!ok) console.warn(`Redis at ${TEST_REDIS_URL} unreachable: skipping Redis tests (set TEST_REDIS_URL)`);
  return ok;
}

const used: string[] = [];

/** A key prefix unique to one test run, so parallel runs on one database never collide. */
export function uniquePrefix(name: string): string {
  const prefix = `jfbtest:${name}:${process.pid}:${Date.now().toString(36)}:${Math.random().toString(36).slice(2, 8)}`;
  used.push(prefix);
  return prefix;
}

/** Deletes every key under the prefixes this file used (call in afterAll), leaving others' keys alone. */
export async function dropTestKeys(): Promise<void> {
  if (used.length === 0) return;
  const client = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: 1 });
  client.on('error', () => {});
  try {
    for (const prefix of used.splice(0)) {
      let cursor = '0';
      do {
        const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
        cursor = next;
        if (keys.length > 0) await client.del(...keys);
      } while (cursor !== '0');
    }
  } finally {
    client.disconnect();
  }
}
