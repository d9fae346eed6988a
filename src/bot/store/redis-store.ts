/**
 * The session store for many instances: Redis via ioredis. Sessions are JSON strings that
 * expire after 30 days without a write. `withLock` serialises one user's turns across
 * instances: `SET NX PX` with a random token, released only by its holder (compare-and-delete),
 * extended while the turn runs, and re-entrant within one async call chain.
 */

import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { LockingSessionStore } from '../../dialogs/service.ts';
import type { SessionKey, SessionStore } from '../../dialogs/types.ts';
import { DEFAULT_LOCK_TTL_MS } from '../config.ts';
import type { DeliveryLog } from '../deliveries.ts';
import { errorCode } from '../log.ts';
import { createRedisDeliveries } from './redis-deliveries.ts';
import { holdWrite, pendingWrite } from './turn-capture.ts';

/** Why a store operation failed. */
export type StoreErrorCode = 'lock_timeout' | 'store_unreachable' | 'bad_session_json';

export class StoreError extends Error {
  constructor(readonly code: StoreErrorCode) {
    super(code);
    this.name = 'StoreError';
  }
}

/** Sessions expire after this long without a write (issue 4: 30 days idle). */
export const SESSION_IDLE_MS = 30 * 24 * 60 * 60 * 1000;

export interface RedisStoreOptions {
  /** `redis://host:port/db`; ignored when `client` is given. */
  readonly url?: string;
  /** An existing connection; the store will not close it. */
  readonly client?: Redis;
  /** Key prefix, so tests and deployments can share a database. */
  readonly prefix?: string;
  readonly idleMs?: number;
  /** How long a lock lives if its holder dies; extended while the holder works. */
  readonly lockTtlMs?: number;
  /** How long to wait for another instance to finish the user's turn. */
  readonly lockWaitMs?: number;
  /** Told about connection errors (by code); ioredis reconnects on its own. */
  readonly onError?: (code: string) => void;
  /** A delivery pending this long on an instance is taken over by another (default 30 s). */
  readonly claimIdleMs?: number;
}

export interface RedisStore extends LockingSessionStore {
  readonly client: Redis;
  readonly prefix: string;
  /** The channels' inbox (a Stream per channel) and outbox (src/bot/deliveries.ts). */
  readonly deliveries: DeliveryLog;
}

// Delete / extend only when we still hold the lock: another holder's token must not be touched.
const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";
const EXTEND =
  "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";

/** Connects (or adopts `client`) and checks Redis answers, failing fast when it does not. */
export async function openRedisStore(opts: RedisStoreOptions): Promise<RedisStore> {
  const store = createRedisStore(opts);
  try {
    await store.client.ping();
  } catch {
    if (!opts.client) store.client.disconnect();
    throw new StoreError('store_unreachable');
  }
  return store;
}

export function createRedisStore(opts: RedisStoreOptions): RedisStore {
  const owned = !opts.client;
  const client =
    opts.client ??
    new Redis(opts.url ?? 'redis://127.0.0.1:6379', {
      maxRetriesPerRequest: 2,
      connectTimeout: 5_000,
      lazyConnect: false,
    });
  // Without a listener ioredis prints every reconnect failure; route them to our log instead.
  if (owned) client.on('error', (err: unknown) => opts.onError?.(errorCode(err)));
  const prefix = opts.prefix ?? 'jfb';
  const idleMs = opts.idleMs ?? SESSION_IDLE_MS;
  const lockTtlMs = opts.lockTtlMs ?? DEFAULT_LOCK_TTL_MS;
  // Waiting must outlast a dead holder's lock, or the turn after a crash fails instead of waiting.
  const lockWaitMs = opts.lockWaitMs ?? Math.max(20_000, lockTtlMs + 5_000);
  const held = new AsyncLocalStorage<ReadonlySet<string>>();

  const part = (s: string) => encodeURIComponent(s);
  const sessionKey = (k: SessionKey) => `${prefix}:session:${part(k.channel)}:${part(k.userId)}`;
  const lockKey = (k: SessionKey) => `${prefix}:lock:${part(k.channel)}:${part(k.userId)}`;

  async function acquire(key: string, token: string): Promise<void> {
    const deadline = Date.now() + lockWaitMs;
    let backoff = 5;
    while ((await client.set(key, token, 'PX', lockTtlMs, 'NX')) !== 'OK') {
      if (Date.now() > deadline) throw new StoreError('lock_timeout');
      await new Promise((r) => setTimeout(r, backoff + Math.random() * backoff));
      backoff = Math.min(backoff * 2, 100);
    }
  }

  const store: RedisStore = {
    client,
    prefix,
    get deliveries() {
      return deliveries;
    },
    async read(key) {
      const held = pendingWrite(key);
      if (held) return held.value === undefined ? undefined : structuredClone(held.value);
      const raw = await client.get(sessionKey(key));
      if (raw === null) return undefined;
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        throw new StoreError('bad_session_json');
      }
    },
    async write(key, value) {
      if (holdWrite(key, value)) return;
      await client.set(sessionKey(key), JSON.stringify(value), 'PX', idleMs);
    },
    async delete(key) {
      if (holdWrite(key, undefined)) return;
      await client.del(sessionKey(key));
    },
    async close() {
      if (owned) await client.quit().catch(() => client.disconnect());
    },
    async withLock<T>(key: SessionKey, fn: () => Promise<T>): Promise<T> {
      const lk = lockKey(key);
      const mine = held.getStore();
      if (mine?.has(lk)) return fn(); // re-entrant: the service may lock inside the adapter's lock
      const token = randomBytes(16).toString('hex');
      await acquire(lk, token);
      // Keep the lock alive while a slow turn runs; stop as soon as it is done.
      const keepAlive = setInterval(() => {
        client.eval(EXTEND, 1, lk, token, String(lockTtlMs)).catch(() => {});
      }, lockTtlMs / 3);
      keepAlive.unref();
      try {
        return await held.run(new Set([...(mine ?? []), lk]), fn);
      } finally {
        clearInterval(keepAlive);
        await client.eval(RELEASE, 1, lk, token).catch(() => {});
      }
    },
  };
  const deliveries = createRedisDeliveries({
    client,
    prefix,
    sessionKey,
    idleMs,
    withLock: (key, fn) => store.withLock(key, fn),
    ...(opts.claimIdleMs !== undefined ? { claimIdleMs: opts.claimIdleMs } : {}),
    ...(opts.onError ? { onError: opts.onError } : {}),
  });
  return store;
}

/** Whether `store` is the Redis one (for wiring the shared dedupe set). */
export function isRedisStore(store: SessionStore): store is RedisStore {
  return 'client' in store && (store as RedisStore).client instanceof Redis;
}
