import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/bot/log.ts';
import { createSlackAdapter, type SlackAdapter } from '../../../src/bot/slack/adapter.ts';
import { waitUntil } from '../fakes/fake-server.ts';
import { createScriptedDialog, memoryDeliveries, memoryStore, SCRIPT } from '../fakes/scripted-dialog.ts';
import { dmEvent, SLACK_TEST, type SlackFake, startSlackFake } from '../fakes/slack-fake.ts';

let fake: SlackFake;
let adapter: SlackAdapter;

afterEach(async () => {
  await adapter?.stop();
  await fake?.close();
});

describe('Slack in Socket Mode (SLACK_APP_TOKEN, no public URL)', () => {
  it('connects through SLACK_API_URL, acknowledges each envelope and answers a retried one once', async () => {
    fake = await startSlackFake();
    const dialog = createScriptedDialog(memoryStore());
    adapter = createSlackAdapter({
      botToken: SLACK_TEST.botToken,
      appToken: SLACK_TEST.appToken,
      apiUrl: fake.apiUrl,
      dialog,
      deliveries: memoryDeliveries(),
      log: silentLogger,
    });
    expect(adapter.handle).toBeUndefined(); // nothing is mounted on the HTTP server
    await adapter.start();
    await fake.socketConnected();

    const event = dmEvent('US1', '你好');
    const first = fake.pushEvent(event);
    await fake.waitForPosted(1);
    expect(fake.posted[0]?.blocks[0]?.text?.text).toBe(SCRIPT.askJiangsu);
    await waitUntil(() => fake.acked.includes(first), 5000, 'the ack');

    const retry = fake.pushEvent(event, 1);
    await waitUntil(() => fake.acked.includes(retry), 5000, 'the retry ack');
    await adapter.idle();
    expect(dialog.turns).toBe(1);
    expect(fake.posted).toHaveLength(1);
  });

  it('acknowledges an envelope only once its delivery is in the inbox; a failed inbox write leaves it for Slack to resend', async () => {
    fake = await startSlackFake();
    const dialog = createScriptedDialog(memoryStore());
    const real = memoryDeliveries();
    const order: string[] = [];
    let failNext = true;
    const deliveries = {
      ...real,
      accept: async (d: Parameters<typeof real.accept>[0]) => {
        if (failNext) {
          failNext = false;
          throw new Error('disk full');
        }
        const taken = await real.accept(d);
        order.push('inbox');
        return taken;
      },
    } as typeof real;
    adapter = createSlackAdapter({
      botToken: SLACK_TEST.botToken,
      appToken: SLACK_TEST.appToken,
      apiUrl: fake.apiUrl,
      dialog,
      deliveries,
      log: silentLogger,
    });
    await adapter.start();
    await fake.socketConnected();

    const lost = fake.pushEvent(dmEvent('US2', '你好'));
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.acked).not.toContain(lost); // not written, so not acknowledged: Slack resends it

    const kept = fake.pushEvent(dmEvent('US2', '你好'), 1);
    await waitUntil(() => fake.acked.includes(kept), 5000, 'the ack after the inbox write');
    expect(order).toEqual(['inbox']);
    await fake.waitForPosted(1);
  });
});
