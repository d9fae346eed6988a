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
});
