import { describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../src/bot/store/sqlite-store.ts';
import { createDialogService } from '../../src/dialogs/service.ts';
import type { Inbound, SessionKey, SessionStore } from '../../src/dialogs/types.ts';

const msg = (text: string, userId = 'u1'): Inbound => ({ channel: 'terminal', chatId: 'c', userId, text });

describe('the dialog service', () => {
  it('keeps the dialog in the store between turns', async () => {
    const store = createSqliteStore({ path: ':memory:' });
    const service = createDialogService({ store });
    await service.handle(msg('/start'));
    await service.handle(msg('1'));
    await service.handle(msg('企业'));
    const replies = await service.handle(msg('是'));
    expect(replies[0]?.text).toContain('已记录');
    const saved = (await store.read({ channel: 'terminal', userId: 'u1' })) as { profile: Record<string, unknown> };
    expect(saved.profile.in_jiangsu).toBe(true);
    await store.close();
  });

  it('deletes the session on /reset', async () => {
    const store = createSqliteStore({ path: ':memory:' });
    const service = createDialogService({ store });
    await service.handle(msg('/start'));
    await service.handle(msg('/reset'));
    expect(await store.read({ channel: 'terminal', userId: 'u1' })).toBeUndefined();
    await store.close();
  });

  it('starts afresh when the stored state is not a dialog state', async () => {
    const store = createSqliteStore({ path: ':memory:' });
    await store.write({ channel: 'terminal', userId: 'u1' }, { garbage: true });
    const service = createDialogService({ store });
    const replies = await service.handle(msg('1'));
    expect(replies.some((r) => r.kind === 'ask' && r.slot === 'focus')).toBe(true);
    await store.close();
  });

  it("runs one user's turns in order even when they arrive together", async () => {
    const inner = createSqliteStore({ path: ':memory:' });
    // A slow store makes interleaving likely if turns were not serialised.
    const slow: SessionStore = {
      read: async (k: SessionKey) => {
        await new Promise((r) => setTimeout(r, 5));
        return inner.read(k);
      },
      write: (k, v) => inner.write(k, v),
      delete: (k) => inner.delete(k),
      close: () => inner.close(),
    };
    const service = createDialogService({ store: slow });
    await Promise.all([
      service.handle(msg('/start')),
      service.handle(msg('1')),
      service.handle(msg('企业')),
      service.handle(msg('是')),
    ]);
    const saved = (await inner.read({ channel: 'terminal', userId: 'u1' })) as { profile: Record<string, unknown> };
    expect(saved.profile.in_jiangsu).toBe(true);
    await service.idle();
    await inner.close();
  });

  it('holds the store lock around a turn when the store offers one', async () => {
    const inner = createSqliteStore({ path: ':memory:' });
    const locked: string[] = [];
    const store = Object.assign(inner, {
      async withLock<T>(k: SessionKey, fn: () => Promise<T>): Promise<T> {
        locked.push(k.userId);
        return fn();
      },
    });
    const service = createDialogService({ store });
    await service.handle(msg('/start', 'u7'));
    expect(locked).toEqual(['u7']);
    await inner.close();
  });
});
