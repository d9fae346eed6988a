/**
 * Where the sessions are, read from the same environment `npm start` reads (docs/channels.md): Redis at
 * REDIS_URL (keys under REDIS_KEY_PREFIX, default `jfb`), else the SQLite file SESSION_DB (default
 * `data/sessions.sqlite`). The report uses it to reach the kiosk's store from another process: to issue
 * prefill links and to read the day's dialogs.
 */
import { Redis } from 'ioredis';
import { loadConfig } from '../config.ts';
import { StoreError } from './redis-store.ts';
import { DEFAULT_SQLITE_PATH } from './sqlite-store.ts';

type Env = Readonly<Record<string, string | undefined>>;

/** The store the environment names. */
export type StoreLocation =
  | { readonly kind: 'redis'; readonly url: string; readonly prefix: string }
  | { readonly kind: 'sqlite'; readonly path: string };

/** Reads only the store's variables (a half-configured channel does not stop a report); ConfigError when malformed. */
export function storeLocation(env: Env): StoreLocation {
  const cfg = loadConfig({ REDIS_URL: env.REDIS_URL, REDIS_KEY_PREFIX: env.REDIS_KEY_PREFIX });
  if (cfg.redisUrl) return { kind: 'redis', url: cfg.redisUrl, prefix: cfg.redisKeyPrefix };
  return { kind: 'sqlite', path: env.SESSION_DB?.trim() || DEFAULT_SQLITE_PATH };
}

/** A Redis connection that fails fast (StoreError `store_unreachable`) rather than retrying for ever. */
export async function connectRedis(url: string): Promise<Redis> {
  const client = new Redis(url, {
    maxRetriesPerRequest: 1,
    connectTimeout: 3_000,
    lazyConnect: true,
    retryStrategy: () => null,
  });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.ping();
    return client;
  } catch {
    client.disconnect();
    throw new StoreError('store_unreachable');
  }
}
