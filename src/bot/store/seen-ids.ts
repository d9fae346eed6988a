/**
 * "Have we already taken this delivery?" — platforms retry (WeCom up to three times, Slack with
 * X-Slack-Retry-Num, Telegram until a 2xx), so each delivery id is claimed once and a second
 * claim is refused. In memory for one process, SQLite to survive a restart, Redis for many instances.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Redis } from 'ioredis';

/** A set of delivery ids with a time to live. */
export interface SeenIds {
  /** True the first time `id` is claimed within the TTL, false for every later claim. */
  claim(id: string): Promise<boolean>;
  close(): Promise<void>;
}

/** Long enough to outlive every platform's retry schedule (WeCom and Slack retry within minutes). */
export const DEFAULT_SEEN_TTL_MS = 24 * 60 * 60 * 1000;

/** In-process set; bounded so a flood of ids cannot grow memory without limit. */
export function createMemorySeenIds(ttlMs = DEFAULT_SEEN_TTL_MS, max = 100_000, now = () => Date.now()): SeenIds {
  const seen = new Map<string, number>();
  return {
    async claim(id) {
      const at = now();
      const until = seen.get(id);
      if (until !== undefined && until > at) return false;
      seen.delete(id);
      seen.set(id, at + ttlMs);
      // Map keeps insertion order, so the first entries are the oldest.
      while (seen.size > max) {
        const oldest = seen.keys().next().value;
        if (oldest === undefined) break;
        seen.delete(oldest);
      }
      return true;
    },
    async close() {
      seen.clear();
    },
  };
}

/** A SQLite file of claimed ids, so a retry that arrives after a restart is still recognised. */
export function createSqliteSeenIds(path: string, ttlMs = DEFAULT_SEEN_TTL_MS, now = () => Date.now()): SeenIds {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE IF NOT EXISTS seen_ids (id TEXT PRIMARY KEY, expires_at INTEGER NOT NULL)');
  const prune = db.prepare('DELETE FROM seen_ids WHERE expires_at <= ?');
  const insert = db.prepare(
    'INSERT INTO seen_ids (id, expires_at) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET expires_at = excluded.expires_at WHERE seen_ids.expires_at <= ?',
  );
  let claims = 0;
  return {
    async claim(id) {
      const at = now();
      if (++claims % 1000 === 0) prune.run(at);
      return insert.run(id, at + ttlMs, at).changes === 1;
    },
    async close() {
      db.close();
    },
  };
}

/** Redis `SET NX PX`: atomic across instances. Does not own the connection. */
export function createRedisSeenIds(client: Redis, prefix: string, ttlMs = DEFAULT_SEEN_TTL_MS): SeenIds {
  return {
    async claim(id) {
      return (await client.set(`${prefix}:seen:${id}`, '1', 'PX', ttlMs, 'NX')) === 'OK';
    },
    async close() {},
  };
}
