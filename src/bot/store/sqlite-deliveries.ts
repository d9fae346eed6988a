/**
 * Inbox and outbox as two tables in the SQLite sessions database, so a turn's new state, its
 * delivery's "done" mark and its replies are one transaction. A done delivery keeps only its id
 * (the dedupe memory, for a day) — its text is cleared in the same transaction; a reply is deleted
 * once the platform confirmed it. With `secure_delete` on, neither leaves figures in free pages.
 */
import type Database from 'better-sqlite3';
import {
  DEDUPE_MS,
  type Delivery,
  type DeliveryChannel,
  type DeliveryLog,
  type Outgoing,
  type Taken,
} from '../deliveries.ts';
import type { StateChange } from './turn-capture.ts';

export function createSqliteDeliveries(
  db: Database.Database,
  apply: (change: StateChange) => void,
  now: () => number,
): DeliveryLog & { purgeDone(): number } {
  db.exec(`CREATE TABLE IF NOT EXISTS inbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    channel TEXT NOT NULL,
    user_id TEXT NOT NULL,
    delivery TEXT,
    received_at INTEGER NOT NULL,
    done_at INTEGER
  );
  CREATE INDEX IF NOT EXISTS inbox_undone ON inbox (channel, user_id, seq) WHERE done_at IS NULL;
  CREATE TABLE IF NOT EXISTS outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    channel TEXT NOT NULL,
    user_id TEXT NOT NULL,
    payload TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS outbox_user ON outbox (channel, user_id, seq);`);
  const insert = db.prepare<[string, string, string, string, number]>(
    'INSERT INTO inbox (id, channel, user_id, delivery, received_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
  );
  const nextUndone = db.prepare<[string, string], { seq: number; delivery: string }>(
    'SELECT seq, delivery FROM inbox WHERE channel = ? AND user_id = ? AND done_at IS NULL ORDER BY seq LIMIT 1',
  );
  const markDone = db.prepare<[number, number]>('UPDATE inbox SET delivery = NULL, done_at = ? WHERE seq = ?');
  const queueReply = db.prepare<[string, string, string]>(
    'INSERT INTO outbox (channel, user_id, payload) VALUES (?, ?, ?)',
  );
  const unsentOf = db.prepare<[string, string], { seq: number; payload: string }>(
    'SELECT seq, payload FROM outbox WHERE channel = ? AND user_id = ? ORDER BY seq',
  );
  const sent = db.prepare<[number]>('DELETE FROM outbox WHERE seq = ?');
  const backlogOf = db.prepare<[string, string], { user_id: string }>(
    `SELECT user_id FROM inbox WHERE channel = ? AND done_at IS NULL
     UNION SELECT user_id FROM outbox WHERE channel = ?`,
  );
  const purge = db.prepare<[number]>('DELETE FROM inbox WHERE done_at IS NOT NULL AND done_at < ?');

  const commit = db.transaction(
    (seq: number, changes: readonly StateChange[], channel: string, user: string, payloads: readonly unknown[]) => {
      for (const change of changes) apply(change);
      markDone.run(now(), seq);
      for (const p of payloads) queueReply.run(channel, user, JSON.stringify(p));
    },
  );

  return {
    async accept(d: Delivery) {
      return insert.run(d.id, d.channel, d.userId, JSON.stringify(d), d.receivedAt).changes === 1;
    },
    async next(channel: DeliveryChannel, userId: string): Promise<Taken | undefined> {
      const row = nextUndone.get(channel, userId);
      return row ? { ref: String(row.seq), delivery: JSON.parse(row.delivery) as Delivery } : undefined;
    },
    async commit(taken, changes, payloads) {
      commit(Number(taken.ref), changes, taken.delivery.channel, taken.delivery.userId, payloads);
    },
    async unsent(channel, userId): Promise<Outgoing[]> {
      return unsentOf.all(channel, userId).map((r) => ({ seq: String(r.seq), payload: JSON.parse(r.payload) }));
    },
    async markSent(_channel, _userId, seq) {
      sent.run(Number(seq));
    },
    async backlog(channel) {
      return backlogOf.all(channel, channel).map((r) => r.user_id);
    },
    withUser: (_channel, _userId, fn) => fn(),
    purgeDone: () => purge.run(now() - DEDUPE_MS).changes,
  };
}
