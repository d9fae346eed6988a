/**
 * One-time prefill links (docs/outreach.md): `npm run report` issues a random token per enterprise and keeps
 * the sheet's facts under it in the kiosk's own store; the kiosk's start path redeems it once. The link carries
 * only the token, never the figures. A token is stored as its SHA-256, so a copy of the store holds no usable
 * link; redeeming deletes the facts in the same step that reads them (a SQLite transaction, Redis GETDEL in a
 * MULTI) and leaves a bare "used" mark until the token's expiry, so a second scan says "already used".
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import type { SessionStore } from '../../dialogs/types.ts';
import type { FactValue } from '../../rules/types.ts';
import { isRedisStore } from './redis-store.ts';
import { connectRedis, type StoreLocation } from './store-location.ts';

/** What a token stands for: the sheet's facts (contract keys and units) and who they are about. */
export interface Prefill {
  readonly facts: Readonly<Record<string, FactValue>>;
  /** The enterprise's name from the sheet, offered (editable) as the visitor's name. */
  readonly name: string | null;
}

/** The outcome of redeeming a token: its prefill, or why not. */
export type Redeemed =
  | { readonly ok: true; readonly prefill: Prefill }
  | { readonly ok: false; readonly code: RedeemRefusal };

/** Why a token gave nothing: never issued by this store, redeemed before, or past its expiry. */
export type RedeemRefusal = 'unknown' | 'used' | 'expired';

/** Issued and redeemed by the report (issue) and the kiosk (redeem), on SQLite or Redis. */
export interface PrefillTokenStore {
  /** Stores the prefill under a new random token valid until `expiresAt` (epoch ms); returns the token. */
  issue(prefill: Prefill, expiresAt: number): Promise<string>;
  /** Takes the prefill once, atomically: a second redeem of the same token is refused as `used`. */
  redeem(token: string): Promise<Redeemed>;
  close(): Promise<void>;
}

/** Default lifetime of a link when neither `--link-expires` nor KIOSK_LINK_TTL_HOURS says otherwise: a week. */
export const DEFAULT_LINK_TTL_HOURS = 168;

/** A token: 128 random bits, URL-safe. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{22}$/u;

const newToken = () => randomBytes(16).toString('base64url');
const digest = (token: string) => createHash('sha256').update(token).digest('hex');

const factValue: z.ZodType<FactValue> = z.union([z.boolean(), z.number(), z.string(), z.array(z.string())]);
const prefillSchema = z.object({ facts: z.record(z.string(), factValue), name: z.string().nullable() });
const storedSchema = prefillSchema.extend({ expiresAt: z.number() });

/** Reads stored JSON back; anything that does not fit is no prefill (a tampered row is refused, not a crash). */
function parseStored(raw: string): (Prefill & { expiresAt: number }) | null {
  try {
    const r = storedSchema.safeParse(JSON.parse(raw));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

/** Options shared by both stores. */
interface ClockOption {
  /** The clock, injectable for tests. */
  readonly now?: () => number;
}

/**
 * Tokens in the SQLite session file (table `prefill_tokens`). Opens its own connection, so the report
 * (another process) and the kiosk share the file; WAL lets them both at it.
 */
export function createSqlitePrefillTokens(options: { readonly path: string } & ClockOption): PrefillTokenStore {
  const now = options.now ?? Date.now;
  if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
  const db = new Database(options.path);
  db.pragma('journal_mode = WAL');
  // As the sessions' store: a commit does not fsync (an OS crash may lose the last tokens, never corrupt the file).
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  // The facts are enterprise figures: a redeemed row is overwritten, not left in a free page.
  db.pragma('secure_delete = ON');
  db.exec(`CREATE TABLE IF NOT EXISTS prefill_tokens (
    token_sha256 TEXT PRIMARY KEY,
    value TEXT,
    expires_at INTEGER NOT NULL
  ) WITHOUT ROWID`);
  const insert = db.prepare<[string, string, number]>(
    'INSERT INTO prefill_tokens (token_sha256, value, expires_at) VALUES (?, ?, ?)',
  );
  const select = db.prepare<[string], { value: string | null; expires_at: number }>(
    'SELECT value, expires_at FROM prefill_tokens WHERE token_sha256 = ?',
  );
  const markUsed = db.prepare<[string]>('UPDATE prefill_tokens SET value = NULL WHERE token_sha256 = ?');
  const remove = db.prepare<[string]>('DELETE FROM prefill_tokens WHERE token_sha256 = ?');
  const purge = db.prepare<[number]>('DELETE FROM prefill_tokens WHERE expires_at <= ?');
  purge.run(now());
  // Read and consume in one write transaction (BEGIN IMMEDIATE): two kiosks cannot both take it.
  const take = db.transaction((key: string): Redeemed => {
    const row = select.get(key);
    if (!row) return { ok: false, code: 'unknown' };
    if (row.expires_at <= now()) {
      remove.run(key);
      return { ok: false, code: 'expired' };
    }
    if (row.value === null) return { ok: false, code: 'used' };
    markUsed.run(key);
    const stored = parseStored(row.value);
    return stored ? { ok: true, prefill: { facts: stored.facts, name: stored.name } } : { ok: false, code: 'unknown' };
  });
  return {
    async issue(prefill, expiresAt) {
      const token = newToken();
      insert.run(digest(token), JSON.stringify({ ...prefill, expiresAt }), expiresAt);
      return token;
    },
    async redeem(token) {
      if (!TOKEN_PATTERN.test(token)) return { ok: false, code: 'unknown' };
      return take.immediate(digest(token));
    },
    async close() {
      db.close();
    },
  };
}

/**
 * Tokens in Redis: `<prefix>:prefill:<sha256>` holds the facts until the expiry (PX); redeeming is
 * GETDEL of that key (in a MULTI with the check of `<prefix>:prefill-used:<sha256>`, the bare mark a redeemed
 * token leaves, so a second scan is told "already used").
 */
export function createRedisPrefillTokens(
  options: { readonly client: Redis; readonly prefix: string; readonly ownsClient?: boolean } & ClockOption,
): PrefillTokenStore {
  const { client, prefix } = options;
  const now = options.now ?? Date.now;
  const live = (key: string) => `${prefix}:prefill:${key}`;
  const used = (key: string) => `${prefix}:prefill-used:${key}`;
  return {
    async issue(prefill, expiresAt) {
      const token = newToken();
      const ttl = Math.max(1, expiresAt - now());
      await client.set(live(digest(token)), JSON.stringify({ ...prefill, expiresAt }), 'PX', ttl);
      return token;
    },
    async redeem(token) {
      if (!TOKEN_PATTERN.test(token)) return { ok: false, code: 'unknown' };
      const key = digest(token);
      // GETDEL takes the facts atomically: of two kiosks redeeming at once, one gets them, the other nil.
      const result = await client.multi().getdel(live(key)).exists(used(key)).exec();
      const raw = result?.[0]?.[1] as string | null | undefined;
      if (raw === null || raw === undefined) return { ok: false, code: result?.[1]?.[1] === 1 ? 'used' : 'unknown' };
      // The used mark holds no facts and lives a day: long enough to explain a second scan at the event.
      await client.set(used(key), '1', 'PX', 86_400_000);
      const stored = parseStored(raw);
      if (!stored) return { ok: false, code: 'unknown' };
      // Redis expires keys on its own clock; the stored expiry is checked against ours too.
      if (stored.expiresAt <= now()) return { ok: false, code: 'expired' };
      return { ok: true, prefill: { facts: stored.facts, name: stored.name } };
    },
    async close() {
      if (options.ownsClient) await client.quit().catch(() => client.disconnect());
    },
  };
}

/**
 * The kiosk's token store beside its session store: the same Redis connection and prefix, or the same SQLite
 * file, so a link works only on the store it was issued into.
 */
export function prefillTokensBeside(store: SessionStore): PrefillTokenStore | undefined {
  if (isRedisStore(store)) return createRedisPrefillTokens({ client: store.client, prefix: store.prefix });
  const path = (store as { path?: unknown }).path;
  // Another store (a test's stand-in) has no links: every one is refused as unknown.
  return typeof path === 'string' ? createSqlitePrefillTokens({ path }) : undefined;
}

/** Opens the token store the environment names, for the report (another process than the kiosk). */
export async function openPrefillTokens(location: StoreLocation): Promise<PrefillTokenStore> {
  if (location.kind === 'sqlite') return createSqlitePrefillTokens({ path: location.path });
  const client = await connectRedis(location.url);
  return createRedisPrefillTokens({ client, prefix: location.prefix, ownsClient: true });
}
