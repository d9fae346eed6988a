/**
 * The embedded session store: one SQLite file (better-sqlite3) under `data/`, one row per
 * channel + user holding the dialog state as JSON. Sessions survive a restart, expire after
 * 30 days without a turn, and `delete` removes the row (what /reset promises). Nothing here
 * logs: session values hold enterprise figures.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { SessionKey, SessionStore } from '../../dialogs/types.ts';
import type { DeliveryLog } from '../deliveries.ts';
import { createSqliteDeliveries } from './sqlite-deliveries.ts';
import { holdWrite, pendingWrite, type StateChange } from './turn-capture.ts';

/** Default database path, relative to the working directory (`data/` is git-ignored). */
export const DEFAULT_SQLITE_PATH = 'data/sessions.sqlite';

/** Sessions idle longer than this are gone. */
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** How often the write-ahead log is checkpointed into the database file. */
export const CHECKPOINT_MS = 30_000;

/** How often expired rows are deleted while running (besides on open, and on reading one). */
export const PURGE_MS = 60 * 60 * 1000;

/** Options of the SQLite store. */
export interface SqliteStoreOptions {
  /** File path, or ":memory:" for tests. Default `SESSION_DB` env or `data/sessions.sqlite`. */
  readonly path?: string;
  /** Idle time after which a session expires (default 30 days). */
  readonly ttlMs?: number;
  /** Checkpoint interval (default 30 s). */
  readonly checkpointMs?: number;
  /** The clock, injectable for tests. */
  readonly now?: () => number;
}

/** A SessionStore on SQLite, plus `purgeExpired()` for housekeeping. */
export interface SqliteSessionStore extends SessionStore {
  /** Deletes every expired row; returns how many. Also run on open. */
  purgeExpired(): number;
  /** The channels' inbox and outbox, in this database (src/bot/deliveries.ts). */
  readonly deliveries: DeliveryLog;
  /** Folds the write-ahead log into the database and truncates it to nothing. */
  truncateWal(): void;
  /** The database file (or ":memory:"), so the kiosk's prefill links share it (prefill-tokens.ts). */
  readonly path: string;
}

/** Opens (creating if needed) the SQLite session store. */
export function createSqliteStore(options: SqliteStoreOptions = {}): SqliteSessionStore {
  const path = options.path ?? process.env.SESSION_DB ?? DEFAULT_SQLITE_PATH;
  const ttl = options.ttlMs ?? SESSION_TTL_MS;
  const now = options.now ?? Date.now;
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  // WAL with synchronous=NORMAL: a commit does not fsync; an OS crash may lose the last commits but
  // never corrupts the file.
  // Checkpoints (which fsync) run on a timer instead of every 1000 pages, so no user's turn waits
  // for the disk; the WAL is folded back on close.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('wal_autocheckpoint = 0');
  // A deleted row (/reset, an expired session, a sent reply) is overwritten with zeros rather than
  // left readable in a free page; with the WAL truncated on reset, no figure stays in either file.
  db.pragma('secure_delete = ON');
  db.exec(`CREATE TABLE IF NOT EXISTS sessions (
    channel TEXT NOT NULL,
    user_id TEXT NOT NULL,
    value TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (channel, user_id)
  ) WITHOUT ROWID`);
  const select = db.prepare<[string, string], { value: string; updated_at: number }>(
    'SELECT value, updated_at FROM sessions WHERE channel = ? AND user_id = ?',
  );
  const upsert = db.prepare<[string, string, string, number]>(
    `INSERT INTO sessions (channel, user_id, value, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (channel, user_id) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  );
  const remove = db.prepare<[string, string]>('DELETE FROM sessions WHERE channel = ? AND user_id = ?');
  const purge = db.prepare<[number]>('DELETE FROM sessions WHERE updated_at < ?');
  const purgeExpired = (): number => purge.run(now() - ttl).changes;
  purgeExpired();
  const apply = (change: StateChange) => {
    if (change.value === undefined) remove.run(change.key.channel, change.key.userId);
    else upsert.run(change.key.channel, change.key.userId, JSON.stringify(change.value), now());
  };
  const deliveries = createSqliteDeliveries(db, apply, now);
  const truncateWal = () => {
    if (path === ':memory:') return;
    db.pragma('wal_checkpoint(TRUNCATE)');
  };
  const committed = deliveries.commit;
  const withScrub: typeof deliveries = {
    ...deliveries,
    async commit(taken, changes, payloads) {
      await committed(taken, changes, payloads);
      // /reset promises the figures are gone: not only the row, also its copies in the WAL.
      if (changes.some((c) => c.value === undefined)) truncateWal();
    },
  };
  const checkpointMs = options.checkpointMs ?? CHECKPOINT_MS;
  let sincePurge = 0;
  const checkpoint = setInterval(() => {
    // TRUNCATE, not PASSIVE: a WAL left at its high-water mark keeps old pages (figures) readable.
    truncateWal();
    // Rows of users who never come back go within the hour after they expire.
    sincePurge += checkpointMs;
    if (sincePurge >= PURGE_MS) {
      sincePurge = 0;
      purgeExpired();
      deliveries.purgeDone();
    }
  }, checkpointMs);
  checkpoint.unref();
  let closed = false;

  return {
    async read(key: SessionKey) {
      const held = pendingWrite(key);
      if (held) return held.value === undefined ? undefined : structuredClone(held.value);
      const row = select.get(key.channel, key.userId);
      if (!row) return undefined;
      if (row.updated_at < now() - ttl) {
        remove.run(key.channel, key.userId);
        return undefined;
      }
      try {
        return JSON.parse(row.value) as unknown;
      } catch {
        // A corrupt row is a lost session, not a crash: the dialog starts afresh.
        return undefined;
      }
    },
    async write(key: SessionKey, value: unknown) {
      if (holdWrite(key, value)) return;
      upsert.run(key.channel, key.userId, JSON.stringify(value), now());
    },
    async delete(key: SessionKey) {
      if (holdWrite(key, undefined)) return;
      remove.run(key.channel, key.userId);
      truncateWal();
    },
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(checkpoint);
      truncateWal();
      db.close();
    },
    purgeExpired,
    deliveries: withScrub,
    truncateWal,
    path,
  };
}
