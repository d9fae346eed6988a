/**
 * Telegram webhook bodies a hostile test sent (issue 10): a 20 MB update is refused with 413
 * before it is processed, and a body that is not an update is answered 200 and dropped with a
 * log line — any other answer makes Telegram send it again for ever.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createRouter, listen, type RunningServer } from '../../../src/bot/http-server.ts';
import { createLogger } from '../../../src/bot/log.ts';
import { createTelegramAdapter, type TelegramAdapter } from '../../../src/bot/telegram/adapter.ts';
import { createScriptedDialog, memoryDeliveries, memoryStore, SCRIPT } from '../fakes/scripted-dialog.ts';
import {
  postUpdate,
  startTelegramFake,
  TELEGRAM_TEST_TOKEN,
  type TelegramFake,
  textUpdate,
} from '../fakes/telegram-fake.ts';

let fake: TelegramFake | undefined;
let adapter: TelegramAdapter | undefined;
let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  await adapter?.stop();
  await fake?.close();
});

async function start() {
  fake = await startTelegramFake();
  const lines: string[] = [];
  const dialog = createScriptedDialog(memoryStore());
  adapter = createTelegramAdapter({
    token: TELEGRAM_TEST_TOKEN,
    apiRoot: fake.apiRoot,
    webhook: { url: 'https://bot.example.test/telegram', secret: 's' },
    dialog,
    deliveries: memoryDeliveries(),
    log: createLogger('info', (l) => lines.push(l)),
  });
  server = await listen(
    createRouter({ '/telegram': adapter.handle ?? (() => {}) }, createLogger('silent')),
    0,
    '127.0.0.1',
  );
  await adapter.start();
  return { url: `http://127.0.0.1:${server.port}`, lines, dialog };
}

const post = (url: string, body: string) =>
  fetch(`${url}/telegram`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 's' },
    body,
  });

describe('Telegram webhook bodies from a hostile sender', () => {
  it('refuses a 20 MB update with 413 and never processes it', async () => {
    const { url, dialog } = await start();
    const huge = JSON.stringify(textUpdate(7, 'x'.repeat(20 * 1024 * 1024)));
    expect((await post(url, huge)).status).toBe(413);
    await adapter?.idle();
    expect(dialog.turns).toBe(0);
  });

  it('answers a body that is not JSON, or not an update, with 200 and a log line, and goes on', async () => {
    const { url, lines } = await start();
    for (const body of ['{not json', 'null', '[]', '{"update_id":"1"}']) {
      const res = await post(url, body);
      expect(res.status, body).toBe(200);
    }
    expect(lines.filter((l) => l.includes('"telegram_dropped"'))).toHaveLength(4);
    expect(await postUpdate(url, textUpdate(7, '/start'), 's')).toBe(200);
    await adapter?.idle();
    expect(fake?.sent.at(-1)?.text).toBe(SCRIPT.askJiangsu);
  });
});
