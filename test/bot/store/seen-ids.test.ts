import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemorySeenIds, createSqliteSeenIds } from '../../../src/bot/store/seen-ids.ts';

const dir = mkdtempSync(join(tmpdir(), 'jfb-seen-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('delivery ids seen in memory', () => {
  it('claims an id once within its time to live and again after it', async () => {
    let now = 1000;
    const seen = createMemorySeenIds(100, 10, () => now);
    expect(await seen.claim('a')).toBe(true);
    expect(await seen.claim('a')).toBe(false);
    now += 99;
    expect(await seen.claim('a')).toBe(false);
    now += 1;
    expect(await seen.claim('a')).toBe(true);
  });

  it('forgets the oldest ids beyond its bound instead of growing', async () => {
    const seen = createMemorySeenIds(60_000, 3);
    for (const id of ['1', '2', '3', '4']) expect(await seen.claim(id)).toBe(true);
    expect(await seen.claim('1')).toBe(true); // evicted
    expect(await seen.claim('4')).toBe(false);
  });
});

describe('delivery ids seen in a SQLite file', () => {
  it('still refuses an id after the process reopens the file (a retry straddling a restart)', async () => {
    const path = join(dir, 'seen.sqlite');
    const first = createSqliteSeenIds(path);
    expect(await first.claim('wecom:msg:1288432023552776189')).toBe(true);
    await first.close();
    const second = createSqliteSeenIds(path);
    expect(await second.claim('wecom:msg:1288432023552776189')).toBe(false);
    expect(await second.claim('wecom:msg:1288432023552776190')).toBe(true);
    await second.close();
  });

  it('claims an expired id again', async () => {
    let now = 0;
    const seen = createSqliteSeenIds(join(dir, 'ttl.sqlite'), 50, () => now);
    expect(await seen.claim('x')).toBe(true);
    now = 49;
    expect(await seen.claim('x')).toBe(false);
    now = 50;
    expect(await seen.claim('x')).toBe(true);
    await seen.close();
  });
});
