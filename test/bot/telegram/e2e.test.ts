import { afterEach, describe, expect, it } from 'vitest';
import { createRouter, listen, type RunningServer } from '../../../src/bot/http-server.ts';
import { silentLogger } from '../../../src/bot/log.ts';
import { createMemorySeenIds } from '../../../src/bot/store/seen-ids.ts';
import { createSqliteStore } from '../../../src/bot/store/sqlite-store.ts';
import { createTelegramAdapter, TELEGRAM_TEXT_LIMIT, type TelegramAdapter } from '../../../src/bot/telegram/adapter.ts';
import { createDialogService } from '../../../src/dialogs/service.ts';
import { driveToVerdict, spyOn } from '../fakes/dialog-driver.ts';
import { squash, unescapeHtml } from '../fakes/reply-text.ts';
import {
  clickUpdate,
  postUpdate,
  startTelegramFake,
  TELEGRAM_TEST_TOKEN,
  type TelegramFake,
  textUpdate,
} from '../fakes/telegram-fake.ts';

let fake: TelegramFake;
let server: RunningServer;
let adapter: TelegramAdapter;

afterEach(async () => {
  await adapter?.stop();
  await server?.close();
  await fake?.close();
});

describe('Telegram with the real dialog service', () => {
  it('takes a user from /start to verdict, choices by inline button, answers typed', async () => {
    fake = await startTelegramFake();
    const store = createSqliteStore({ path: ':memory:' });
    const spy = spyOn(createDialogService({ store }));
    adapter = createTelegramAdapter({
      token: TELEGRAM_TEST_TOKEN,
      apiRoot: fake.apiRoot,
      webhook: { url: 'https://bot.example.test/telegram', secret: 's' },
      dialog: spy,
      store,
      seen: createMemorySeenIds(),
      log: silentLogger,
    });
    server = await listen(createRouter({ '/telegram': adapter.handle ?? (() => {}) }, silentLogger), 0, '127.0.0.1');
    await adapter.start();
    const url = `http://127.0.0.1:${server.port}`;
    const uid = 4242;

    const { verdict, clicks, turns } = await driveToVerdict(
      spy,
      async (move) => {
        if (move.kind === 'type') {
          expect(await postUpdate(url, textUpdate(uid, move.text), 's')).toBe(200);
          return;
        }
        const last = fake.sent.findLast((m) => m.reply_markup);
        const button = last?.reply_markup?.inline_keyboard.flat().find((b) => b.text === move.choice.label);
        expect(button, `a button for ${move.choice.label}`).toBeDefined();
        expect(await postUpdate(url, clickUpdate(uid, button?.callback_data ?? ''), 's')).toBe(200);
      },
      '/start',
    );

    expect(clicks).toBeGreaterThan(0);
    expect(turns).toBeGreaterThan(3);
    expect(verdict.results.length).toBeGreaterThan(0);
    const texts = fake.sent.map((m) => unescapeHtml(m.text));
    for (const t of texts) expect(t.length).toBeLessThanOrEqual(TELEGRAM_TEXT_LIMIT);
    expect(squash(texts.join(''))).toContain(squash(verdict.text));
    await store.close();
  });
});
