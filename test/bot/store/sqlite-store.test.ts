import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteStore, SESSION_TTL_MS } from '../../../src/bot/store/sqlite-store.ts';

const dirs: string[] = [];
const tempPath = () => {
  const dir = mkdtempSync(join(tmpdir(), 'sessions-'));
  dirs.push(dir);
  return join(dir, 'nested', 'sessions.sqlite');
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const key = { channel: 'terminal', userId: 'u1' } as const;

describe('the SQLite session store', () => {
  it('keeps a session across a restart', async () => {
    const path = tempPath();
    const a = createSqliteStore({ path });
    await a.write(key, { profile: { total_investment: 3500 } });
    await a.close();
    const b = createSqliteStore({ path });
    expect(await b.read(key)).toEqual({ profile: { total_investment: 3500 } });
    await b.close();
  });

  it('keys sessions by channel and user', async () => {
    const s = createSqliteStore({ path: ':memory:' });
    await s.write(key, 1);
    await s.write({ channel: 'slack', userId: 'u1' }, 2);
    expect(await s.read(key)).toBe(1);
    expect(await s.read({ channel: 'slack', userId: 'u1' })).toBe(2);
    expect(await s.read({ channel: 'terminal', userId: 'u2' })).toBeUndefined();
    await s.close();
  });

  it('deletes the row on delete', async () => {
    const path = tempPath();
    const s = createSqliteStore({ path });
    await s.write(key, { a: 1 });
    await s.delete(key);
    expect(await s.read(key)).toBeUndefined();
    await s.close();
    const again = createSqliteStore({ path });
    expect(await again.read(key)).toBeUndefined();
    await again.close();
  });

  it('keeps a session idle for just under 30 days and drops one idle for 30 days and a moment', async () => {
    let now = 1_000_000;
    const s = createSqliteStore({ path: ':memory:', now: () => now });
    await s.write(key, 'kept');
    now += SESSION_TTL_MS;
    expect(await s.read(key)).toBe('kept');
    await s.write(key, 'touched');
    now += SESSION_TTL_MS + 1;
    expect(await s.read(key)).toBeUndefined();
    await s.close();
  });

  it('purges expired rows when opened', async () => {
    const path = tempPath();
    let now = 0;
    const a = createSqliteStore({ path, now: () => now });
    await a.write(key, 'old');
    await a.write({ channel: 'terminal', userId: 'u2' }, 'new');
    await a.close();
    now = SESSION_TTL_MS + 1;
    const b = createSqliteStore({ path, now: () => now });
    expect(b.purgeExpired()).toBe(0);
    expect(await b.read(key)).toBeUndefined();
    await b.close();
  });
});
