/**
 * The SessionStore contract, run against every implementation (SQLite and Redis): the same
 * behaviour whichever store `npm start` picks.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { LockingSessionStore } from '../../../src/dialogs/service.ts';
import type { SessionStore } from '../../../src/dialogs/types.ts';

const hasLock = (store: SessionStore): store is LockingSessionStore =>
  typeof (store as Partial<LockingSessionStore>).withLock === 'function';

export interface StoreFactory {
  /** A fresh, empty store; `idleMs` shortens the idle expiry when the store supports it. */
  make(opts?: { idleMs?: number }): Promise<SessionStore>;
  /** A second handle on the same data (another process/instance), when the store can share. */
  makeSibling?(first: SessionStore): Promise<SessionStore>;
  /** Whether `make` honours `idleMs` (so expiry can be tested in real time). */
  readonly idleOption: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function describeSessionStore(name: string, factory: StoreFactory): void {
  describe(`${name} session store`, () => {
    const open: SessionStore[] = [];
    const make = async (opts?: { idleMs?: number }) => {
      const s = await factory.make(opts);
      open.push(s);
      return s;
    };
    afterEach(async () => {
      for (const s of open.splice(0)) await s.close();
    });

    it('reads nothing for a user it has never seen', async () => {
      const s = await make();
      expect(await s.read({ channel: 'wecom', userId: 'nobody' })).toBeUndefined();
    });

    it('gives back the JSON it was given, nested values and Chinese text intact', async () => {
      const s = await make();
      const value = {
        step: 'ask',
        facts: { total_investment: 3500, certifications: ['little-giant-2021'] },
        note: '总投资 3500万元',
        n: null,
      };
      await s.write({ channel: 'wecom', userId: 'u1' }, value);
      expect(await s.read({ channel: 'wecom', userId: 'u1' })).toEqual(value);
    });

    it('keeps users apart, and the same user id on two channels apart', async () => {
      const s = await make();
      await s.write({ channel: 'wecom', userId: 'same' }, { a: 1 });
      await s.write({ channel: 'slack', userId: 'same' }, { a: 2 });
      await s.write({ channel: 'wecom', userId: 'other' }, { a: 3 });
      expect(await s.read({ channel: 'wecom', userId: 'same' })).toEqual({ a: 1 });
      expect(await s.read({ channel: 'slack', userId: 'same' })).toEqual({ a: 2 });
      expect(await s.read({ channel: 'wecom', userId: 'other' })).toEqual({ a: 3 });
    });

    it('overwrites on a second write', async () => {
      const s = await make();
      await s.write({ channel: 'telegram', userId: '7' }, { v: 1 });
      await s.write({ channel: 'telegram', userId: '7' }, { v: 2 });
      expect(await s.read({ channel: 'telegram', userId: '7' })).toEqual({ v: 2 });
    });

    it('forgets a user on delete (/reset) and leaves others', async () => {
      const s = await make();
      await s.write({ channel: 'telegram', userId: '8' }, { v: 1 });
      await s.write({ channel: 'telegram', userId: '9' }, { v: 1 });
      await s.delete({ channel: 'telegram', userId: '8' });
      expect(await s.read({ channel: 'telegram', userId: '8' })).toBeUndefined();
      expect(await s.read({ channel: 'telegram', userId: '9' })).toEqual({ v: 1 });
      await s.delete({ channel: 'telegram', userId: 'never-written' });
    });

    it('handles user ids with separators and unicode', async () => {
      const s = await make();
      const key = { channel: 'wecom' as const, userId: 'a:b/c 张三' };
      await s.write(key, { ok: true });
      expect(await s.read(key)).toEqual({ ok: true });
      expect(await s.read({ channel: 'wecom', userId: 'a' })).toBeUndefined();
    });

    if (factory.idleOption) {
      it('expires a session left idle past the limit, and a write restarts the clock', async () => {
        const s = await make({ idleMs: 300 });
        await s.write({ channel: 'wecom', userId: 'idle' }, { v: 1 });
        await s.write({ channel: 'wecom', userId: 'busy' }, { v: 1 });
        await sleep(200);
        await s.write({ channel: 'wecom', userId: 'busy' }, { v: 2 });
        await sleep(200);
        expect(await s.read({ channel: 'wecom', userId: 'idle' })).toBeUndefined();
        expect(await s.read({ channel: 'wecom', userId: 'busy' })).toEqual({ v: 2 });
      });
    }

    if (factory.makeSibling) {
      it('shares sessions between two instances', async () => {
        const a = await make();
        const b = await factory.makeSibling?.(a);
        if (!b) throw new Error('no sibling');
        open.push(b);
        await a.write({ channel: 'slack', userId: 'shared' }, { v: 'from a' });
        expect(await b.read({ channel: 'slack', userId: 'shared' })).toEqual({ v: 'from a' });
      });
    }

    it("serialises one user's work when it offers a lock, and lets other users run alongside", async () => {
      const s = await make();
      if (!hasLock(s)) return; // the embedded store has one process and needs none
      let active = 0;
      let maxActive = 0;
      const work = async () => {
        active++;
        maxActive = Math.max(maxActive, active);
        await sleep(15);
        active--;
      };
      await Promise.all(Array.from({ length: 6 }, () => s.withLock({ channel: 'wecom', userId: 'L' }, work)));
      expect(maxActive).toBe(1);
      const t0 = Date.now();
      await Promise.all(['x', 'y', 'z'].map((u) => s.withLock({ channel: 'wecom', userId: u }, () => sleep(100))));
      expect(Date.now() - t0).toBeLessThan(250);
    });
  });
}
