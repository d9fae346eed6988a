/**
 * The channels under load with the inbox and outbox in the path (issue 10): USERS simulated
 * WeCom users in parallel, each answering the question they were shown and waiting for the reply,
 * TURNS turns each, against the real dialog service — on a SQLite file and on Redis (when
 * reachable). Prints turns per second (acknowledged, applied and every reply confirmed by the
 * fake WeCom API) and the acknowledgement time (median, p99) per run, and the median over RUNS.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { loadConfig } from '../src/bot/config.ts';
import type { DeliveryLog } from '../src/bot/deliveries.ts';
import { silentLogger } from '../src/bot/log.ts';
import { startChannels } from '../src/bot/start.ts';
import { createRedisStore } from '../src/bot/store/redis-store.ts';
import { createSqliteStore } from '../src/bot/store/sqlite-store.ts';
import { createDialogService } from '../src/dialogs/service.ts';
import type { Reply, SessionStore } from '../src/dialogs/types.ts';
import { moveFor } from '../test/bot/fakes/dialog-driver.ts';
import { postToBot, sealForCallback, startWecomFake, textXml, wecomEnv } from '../test/bot/fakes/wecom-fake.ts';

const USERS = Number(process.env.BENCH_USERS ?? 50);
const TURNS = Number(process.env.BENCH_TURNS ?? 10);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const REDIS_URL = process.env.BENCH_REDIS_URL ?? process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/15';

const wecom = await startWecomFake();
const env = {
  PORT: '0',
  HOST: '127.0.0.1',
  ...wecomEnv(wecom.server.url),
};
let msgId = 9_100_000_000_000_000_000n;

const quantile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? Number.NaN;
};

/** One loaded run; returns turns/s and the acknowledgement times. */
async function run(store: SessionStore & { deliveries: DeliveryLog }, tag: string) {
  const lastReplies = new Map<string, Reply[]>();
  const service = createDialogService({ store });
  const dialog = {
    handle: async (i: Parameters<typeof service.handle>[0]) => {
      const out = await service.handle(i);
      lastReplies.set(i.userId, out);
      return out;
    },
  };
  const running = await startChannels(loadConfig(env), { dialog, deliveries: store.deliveries, log: silentLogger });
  const url = `http://127.0.0.1:${running.port}`;
  const acks: number[] = [];
  const sentTo = (user: string) => wecom.sent.reduce((n, m) => n + (m.touser === user ? 1 : 0), 0);
  const user = async (u: string) => {
    let text = '你好';
    for (let turn = 0; turn < TURNS; turn++) {
      const before = sentTo(u);
      lastReplies.delete(u);
      const res = await postToBot(url, sealForCallback(textXml(u, text, String(++msgId))));
      acks.push(res.ms);
      // Applied and every message of the turn confirmed by the WeCom API.
      while (!lastReplies.has(u) || sentTo(u) <= before) await new Promise((r) => setTimeout(r, 2));
      await new Promise((r) => setTimeout(r, 0));
      const ask = lastReplies.get(u)?.findLast((r): r is Extract<Reply, { kind: 'ask' }> => r.kind === 'ask');
      if (!ask) return;
      const move = moveFor(ask);
      text = move.kind === 'click' ? move.choice.value : move.text;
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: USERS }, (_, i) => user(`${tag}-${i}`)));
  const seconds = (performance.now() - t0) / 1000;
  await running.idle();
  await running.close();
  return { turnsPerS: acks.length / seconds, acks };
}

async function report(label: string, open: (r: number) => Promise<SessionStore & { deliveries: DeliveryLog }>) {
  console.log(`${label}: ${USERS} users in parallel × ${TURNS} turns, real dialog service, inbox + outbox in the path`);
  const rates: number[] = [];
  const p99s: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const store = await open(r);
    const { turnsPerS, acks } = await run(store, `${label.slice(0, 6)}${r}-${Date.now().toString(36)}`);
    await store.close();
    rates.push(turnsPerS);
    p99s.push(quantile(acks, 0.99));
    console.log(
      `  run ${r + 1}: ${turnsPerS.toFixed(0)} turns/s  ack median ${quantile(acks, 0.5).toFixed(1)} ms  p99 ${quantile(acks, 0.99).toFixed(1)} ms  (n=${acks.length})`,
    );
  }
  console.log(
    `  median of ${RUNS}: ${quantile(rates, 0.5).toFixed(0)} turns/s, ack p99 ${quantile(p99s, 0.5).toFixed(1)} ms`,
  );
}

const dir = mkdtempSync(join(tmpdir(), 'jfb-inbox-bench-'));
{
  // Warm-up (not reported): the first turns compile the rules and the parsers.
  const store = createSqliteStore({ path: ':memory:' });
  await run(store, `warm-${Date.now().toString(36)}`);
  await store.close();
}
await report('SQLite file', async (r) => createSqliteStore({ path: join(dir, `sessions-${r}.sqlite`) }));

const probe = new Redis(REDIS_URL, { maxRetriesPerRequest: 1, lazyConnect: true, retryStrategy: () => null });
const redisUp = await probe.connect().then(
  () => true,
  () => false,
);
probe.disconnect();
if (redisUp) {
  const prefix = `bench-inbox-${Date.now().toString(36)}`;
  await report('Redis', async (r) => createRedisStore({ url: REDIS_URL, prefix: `${prefix}-${r}` }));
  const cleanup = new Redis(REDIS_URL);
  const keys = await cleanup.keys(`${prefix}-*`);
  if (keys.length > 0) await cleanup.del(...keys);
  cleanup.disconnect();
} else {
  console.log(`Redis: not reachable at ${REDIS_URL}, skipped (set BENCH_REDIS_URL)`);
}
rmSync(dir, { recursive: true, force: true });
await wecom.close();
