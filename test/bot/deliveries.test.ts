/**
 * The inbox and outbox (src/bot/deliveries.ts) on both stores: a delivery is taken once, a turn's
 * state commits with its replies, a reply the platform refused is sent again (and one it confirmed
 * never), the pending question goes out again before the next answer is applied, what a previous
 * run left is taken up on start, and on Redis a dead instance's pending delivery is taken over.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createInbox, type DeliveryLog, type Outlet } from '../../src/bot/deliveries.ts';
import { silentLogger } from '../../src/bot/log.ts';
import { createRedisStore } from '../../src/bot/store/redis-store.ts';
import { createSqliteStore } from '../../src/bot/store/sqlite-store.ts';
import type { SessionStore } from '../../src/dialogs/types.ts';
import { createScriptedDialog, SCRIPT } from './fakes/scripted-dialog.ts';
import { dropTestKeys, requireRedis, TEST_REDIS_URL, uniquePrefix } from './store/redis-test-env.ts';

const redisAvailable = await requireRedis();
afterAll(dropTestKeys);

type Store = SessionStore & { deliveries: DeliveryLog };

/** An outlet that records what reached the "platform" and can be told to refuse. */
function recordingOutlet() {
  const sent: string[] = [];
  let down = false;
  const outlet: Outlet = {
    render: (_d, replies) => replies.map((r) => r.text),
    post: async (payload) => {
      if (down) throw Object.assign(new Error('down'), { code: 'platform_down' });
      sent.push(payload as string);
    },
  };
  const setDown = (v: boolean) => {
    down = v;
  };
  return { outlet, sent, setDown };
}

function inboxOn(store: Store, outlet: Outlet, retryMs = 60_000) {
  return createInbox({
    channel: 'wecom',
    deliveries: store.deliveries,
    dialog: createScriptedDialog(store),
    outlet,
    log: silentLogger,
    retryMs,
  });
}

const waitFor = async (probe: () => boolean | Promise<boolean>, ms = 10_000) => {
  const until = Date.now() + ms;
  while (!(await probe())) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

const say = (id: string, userId: string, text: string) => ({ id, userId, chatId: userId, text });

function suite(name: string, open: () => Store, runIf = true) {
  describe.runIf(runIf)(`the inbox and outbox on ${name}`, () => {
    it('takes a delivery once: a retry with the same id is refused and runs no turn', async () => {
      const store = open();
      const { outlet, sent } = recordingOutlet();
      const inbox = inboxOn(store, outlet);
      await inbox.start();
      expect(await inbox.accept(say('d1', 'u1', '你好'))).toBe(true);
      expect(await inbox.accept(say('d1', 'u1', '你好'))).toBe(false);
      await waitFor(() => sent.length >= 1);
      await inbox.stop();
      expect(sent).toEqual([SCRIPT.askJiangsu]);
      await store.close();
    });

    it('keeps a reply the platform refused and sends it on the timer, never one it confirmed', async () => {
      const store = open();
      const { outlet, sent, setDown } = recordingOutlet();
      const inbox = inboxOn(store, outlet, 100);
      await inbox.start();
      await inbox.accept(say('r1', 'u2', '你好'));
      await waitFor(() => sent.length === 1);
      setDown(true);
      await inbox.accept(say('r2', 'u2', 'yes'));
      await inbox.idle();
      // Applied (the state moved on) but not delivered: it waits in the outbox.
      expect(sent).toEqual([SCRIPT.askJiangsu]);
      expect((await store.deliveries.unsent('wecom', 'u2')).length).toBe(1);
      setDown(false);
      await waitFor(() => sent.length === 2);
      await new Promise((r) => setTimeout(r, 300));
      await inbox.stop();
      expect(sent).toEqual([SCRIPT.askJiangsu, SCRIPT.askInvestment]);
      await store.close();
    });

    it('sends the pending question again before applying the next answer, and holds the answer while it cannot', async () => {
      const store = open();
      const { outlet, sent, setDown } = recordingOutlet();
      const inbox = inboxOn(store, outlet);
      await inbox.start();
      await inbox.accept(say('q1', 'u3', '你好'));
      await waitFor(() => sent.length === 1);
      setDown(true);
      await inbox.accept(say('q2', 'u3', 'yes')); // applied; its question (investment) not delivered
      await inbox.idle();
      await inbox.accept(say('q3', 'u3', '500万')); // arrives while the investment question is unsent
      await inbox.idle();
      // Not applied to a question the user was never shown: still waiting in the inbox.
      expect((await store.deliveries.next('wecom', 'u3'))?.delivery.id).toBe('q3');
      setDown(false);
      await inbox.accept(say('q4', 'u3', '/noop-kick')); // any new delivery (or the timer) takes the user up again
      await waitFor(() => sent.length >= 4);
      await inbox.stop();
      expect(sent.slice(0, 3)).toEqual([
        SCRIPT.askJiangsu,
        SCRIPT.askInvestment,
        expect.stringContaining('total_investment=500万'),
      ]);
      await store.close();
    });

    it('takes up on start what a previous run accepted but never answered', async () => {
      const store = open();
      const { outlet, sent } = recordingOutlet();
      // Accepted (acknowledged to the platform), then the process died before the turn.
      await store.deliveries.accept({ ...say('s1', 'u4', '你好'), channel: 'wecom', receivedAt: Date.now() });
      const inbox = inboxOn(store, outlet);
      await inbox.start();
      await waitFor(() => sent.length === 1);
      await inbox.stop();
      expect(sent).toEqual([SCRIPT.askJiangsu]);
      expect(await store.deliveries.next('wecom', 'u4')).toBeUndefined();
      await store.close();
    });
  });
}

suite('SQLite', () => createSqliteStore({ path: ':memory:' }));
const prefix = uniquePrefix('inbox');
suite('Redis', () => createRedisStore({ url: TEST_REDIS_URL, prefix, claimIdleMs: 300 }), redisAvailable);

describe.runIf(redisAvailable)('two Redis instances', () => {
  it('refuse the same delivery id on the second instance, and one takes over what the other left pending', async () => {
    const p = uniquePrefix('inbox2');
    const a = createRedisStore({ url: TEST_REDIS_URL, prefix: p, claimIdleMs: 300 });
    const b = createRedisStore({ url: TEST_REDIS_URL, prefix: p, claimIdleMs: 300 });
    const d = { ...say('t1', 'u5', '你好'), channel: 'wecom' as const, receivedAt: Date.now() };
    expect(await Promise.all([a.deliveries.accept(d), b.deliveries.accept(d)])).toContain(false);

    // Instance A reads the entry into its pending list and dies before the turn.
    await a.client.xgroup('CREATE', `${p}:inbox:wecom`, 'turns', '0', 'MKSTREAM').catch(() => {});
    await a.client.xreadgroup('GROUP', 'turns', 'dead-a', 'COUNT', 10, 'STREAMS', `${p}:inbox:wecom`, '>');
    await a.close();
    const { outlet, sent } = recordingOutlet();
    const inbox = inboxOn(b, outlet);
    await inbox.start();
    await waitFor(() => sent.length === 1);
    await inbox.stop();
    expect(sent).toEqual([SCRIPT.askJiangsu]);
    expect(await b.client.xpending(`${p}:inbox:wecom`, 'turns')).toEqual([0, null, null, null]);
    await b.close();
  });
});
