/**
 * Channel adapters' own cost, over real HTTP on 127.0.0.1 against the platform fakes:
 * acknowledgement time (what the platform's deadline measures: WeCom 5 s, Slack 3 s) and
 * time until the reply reaches the platform API, per channel; plus WeCom envelope crypto.
 * Two passes: the scripted three-step dialog on a memory store (the adapters' and transport's
 * own cost) and the real dialog service on SQLite. Prints median and p99 over the runs.
 */

import { loadConfig } from '../src/bot/config.ts';
import { silentLogger } from '../src/bot/log.ts';
import { type RunningChannels, startChannels } from '../src/bot/start.ts';
import { createSqliteStore } from '../src/bot/store/sqlite-store.ts';
import type { DialogPort } from '../src/bot/turns.ts';
import { aesKeyFrom, openEnvelope, wecomEncrypt, wecomSignature } from '../src/bot/wecom/crypto.ts';
import { createDialogService } from '../src/dialogs/service.ts';
import type { SessionStore } from '../src/dialogs/types.ts';
import { allChannelsEnv } from '../test/bot/fakes/all-channels-env.ts';
import { createScriptedDialog, memoryDeliveries, memoryStore } from '../test/bot/fakes/scripted-dialog.ts';
import { dmEvent, postSigned, startSlackFake } from '../test/bot/fakes/slack-fake.ts';
import { postUpdate, startTelegramFake, textUpdate } from '../test/bot/fakes/telegram-fake.ts';
import { postToBot, sealForCallback, startWecomFake, textXml, WECOM_TEST_APP } from '../test/bot/fakes/wecom-fake.ts';

const N = Number(process.env.BENCH_N ?? 300);

function stats(xs: number[]): string {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? Number.NaN;
  return `median ${q(0.5).toFixed(2)} ms  p99 ${q(0.99).toFixed(2)} ms  (n=${s.length})`;
}

async function waitFor(probe: () => boolean): Promise<void> {
  while (!probe()) await new Promise((r) => setImmediate(r));
}

const wecom = await startWecomFake();
const slack = await startSlackFake();
const telegram = await startTelegramFake();
const env = allChannelsEnv({ wecom, slack, telegram }, 'bench');
let userSeq = 0;

/** One pass: N first messages per channel, each from a new user, one at a time. */
async function measure(label: string, dialog: DialogPort, store: SessionStore): Promise<void> {
  const running: RunningChannels = await startChannels(loadConfig(env), {
    dialog,
    deliveries: memoryDeliveries(store),
    log: silentLogger,
  });
  const url = `http://127.0.0.1:${running.port}`;
  console.log(`${label}: ${N} first messages per channel, each from a new user, one at a time`);
  {
    const ack: number[] = [];
    const reply: number[] = [];
    for (let i = 0; i < N; i++) {
      const before = wecom.sent.length;
      const t0 = performance.now();
      const res = await postToBot(
        url,
        sealForCallback(textXml(`bench${++userSeq}`, '你好', String(9000000000000000000n + BigInt(userSeq)))),
      );
      ack.push(res.ms);
      await waitFor(() => wecom.sent.length > before);
      await running.idle();
      reply.push(performance.now() - t0);
    }
    console.log(`  wecom    ack   ${stats(ack)}`);
    console.log(`  wecom    reply ${stats(reply)}  (all messages of the turn sent via message/send)`);
  }
  {
    const ack: number[] = [];
    const reply: number[] = [];
    for (let i = 0; i < N; i++) {
      const before = slack.posted.length;
      const t0 = performance.now();
      const res = await postSigned(url, JSON.stringify(dmEvent(`UB${++userSeq}`, '你好')), 'application/json');
      ack.push(res.ms);
      await waitFor(() => slack.posted.length > before);
      await running.idle();
      reply.push(performance.now() - t0);
    }
    console.log(`  slack    ack   ${stats(ack)}`);
    console.log(`  slack    reply ${stats(reply)}`);
  }
  {
    const ack: number[] = [];
    for (let i = 0; i < N; i++) {
      const t0 = performance.now();
      await postUpdate(url, textUpdate(100000 + ++userSeq, '/start'), 'bench');
      ack.push(performance.now() - t0);
    }
    console.log(`  telegram ack   ${stats(ack)}  (answered once the update is in the inbox)`);
  }
  await running.close();
}

const scriptedStore = memoryStore();
await measure(
  'adapters alone (scripted three-step dialog, memory store)',
  createScriptedDialog(scriptedStore),
  scriptedStore,
);
const sqlite = createSqliteStore({ path: ':memory:' });
await measure('with the real dialog service (SQLite in memory)', createDialogService({ store: sqlite }), sqlite);
await sqlite.close();

{
  const key = aesKeyFrom(WECOM_TEST_APP.encodingAesKey);
  const xml = textXml('crypto', '总投资3500万元，其中软件投入800万元', '1');
  const enc = wecomEncrypt(key, xml, WECOM_TEST_APP.corpId);
  const sig = wecomSignature(WECOM_TEST_APP.token, '1', '2', enc);
  const cfgCrypto = { token: WECOM_TEST_APP.token, key, corpId: WECOM_TEST_APP.corpId };
  const runs: number[] = [];
  for (let r = 0; r < 7; r++) {
    const t0 = performance.now();
    for (let i = 0; i < 2000; i++) openEnvelope(cfgCrypto, { msgSignature: sig, timestamp: '1', nonce: '2' }, enc);
    runs.push(((performance.now() - t0) / 2000) * 1000);
  }
  runs.sort((a, b) => a - b);
  console.log(`  wecom crypto verify+decrypt: median ${runs[3]?.toFixed(1)} µs per message over 7 runs of 2000`);
}

await Promise.all([wecom.close(), slack.close(), telegram.close()]);
