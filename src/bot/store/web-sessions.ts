/**
 * The kiosk's stored dialogs (channel `web`), read from another process for the day's kiosk report
 * (`npm run report -- --kiosk`): every row of the SQLite sessions table, or every `<prefix>:session:web:*`
 * key in Redis. Read only; values come back as stored (dialog state plus the kiosk's `kiosk` part).
 */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { StoreError } from './redis-store.ts';
import { connectRedis, type StoreLocation } from './store-location.ts';

/** One stored web session. */
export interface StoredWebSession {
  readonly userId: string;
  readonly value: unknown;
  /** When the store last wrote it (SQLite keeps this; Redis does not), epoch ms. */
  readonly updatedAt: number | null;
}

/** Why the kiosk's dialogs could not be read. */
export class WebSessionsError extends Error {
  constructor(
    readonly code: 'no_session_file' | 'store_unreachable',
    readonly where: string,
  ) {
    super(code);
    this.name = 'WebSessionsError';
  }
}

const parse = (raw: string): unknown => {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
};

/** Every stored web session at `location`. */
export async function readWebSessions(location: StoreLocation): Promise<StoredWebSession[]> {
  return location.kind === 'sqlite' ? readSqlite(location.path) : readRedis(location.url, location.prefix);
}

function readSqlite(path: string): StoredWebSession[] {
  if (path === ':memory:' || !existsSync(path)) throw new WebSessionsError('no_session_file', path);
  const db = new Database(path, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sessions'").get();
    if (!table) return [];
    const rows = db
      .prepare<[], { user_id: string; value: string; updated_at: number }>(
        "SELECT user_id, value, updated_at FROM sessions WHERE channel = 'web'",
      )
      .all();
    return rows.map((r) => ({ userId: r.user_id, value: parse(r.value), updatedAt: r.updated_at }));
  } finally {
    db.close();
  }
}

async function readRedis(url: string, prefix: string): Promise<StoredWebSession[]> {
  let client: Awaited<ReturnType<typeof connectRedis>>;
  try {
    client = await connectRedis(url);
  } catch (err) {
    if (err instanceof StoreError) throw new WebSessionsError('store_unreachable', 'REDIS_URL');
    throw err;
  }
  const head = `${prefix}:session:web:`;
  const out: StoredWebSession[] = [];
  try {
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', `${head}*`, 'COUNT', 500);
      cursor = next;
      if (keys.length === 0) continue;
      const values = await client.mget(...keys);
      keys.forEach((key, i) => {
        const raw = values[i];
        if (raw === null || raw === undefined) return; // expired between SCAN and MGET
        out.push({ userId: decodeURIComponent(key.slice(head.length)), value: parse(raw), updatedAt: null });
      });
    } while (cursor !== '0');
  } finally {
    client.disconnect();
  }
  return out;
}
