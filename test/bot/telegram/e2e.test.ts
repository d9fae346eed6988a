import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../../src/bot/store/sqlite-store.ts';
import { TELEGRAM_TEXT_LIMIT, type TelegramAdapter } from '../../../src/bot/telegram/adapter.ts';
import { createDialogService } from '../../../src/dialogs/service.ts';
import { type ChannelBot, startTelegramBot } from '../fakes/channel-bots.ts';
import { driveToVerdict, spyOn } from '../fakes/dialog-driver.ts';
import { squash, unescapeHtml } from '../fakes/reply-text.ts';
import { clickUpdate, postUpdate, type TelegramFake, textUpdate } from '../fakes/telegram-fake.ts';

let running: ChannelBot<TelegramFake, TelegramAdapter> | undefined;

afterEach(async () => {
  await running?.close();
  running = undefined;
});

describe('Telegram with the real dialog service', () => {
  it('takes a user from /start to verdict, choices by inline button, answers typed', async () => {
    const store = createSqliteStore({ path: ':memory:' });
    const spy = spyOn(createDialogService({ store }));
    running = await startTelegramBot(spy, { store, webhookSecret: 's' });
    const { fake, url } = running;
    const uid = 4242;

    const { verdict, clicks, turns } = await driveToVerdict(
      spy,
      async (move) => {
        if (move.kind === 'type') {
          expect(await postUpdate(url, textUpdate(uid, move.text), 's')).toBe(200);
          // The update is in the inbox once acknowledged; its turn and replies follow from there.
          await running?.adapter.idle();
          return;
        }
        const last = fake.sent.findLast((m) => m.reply_markup);
        const button = last?.reply_markup?.inline_keyboard.flat().find((b) => b.text === move.choice.label);
        expect(button, `a button for ${move.choice.label}`).toBeDefined();
        expect(await postUpdate(url, clickUpdate(uid, button?.callback_data ?? ''), 's')).toBe(200);
        await running?.adapter.idle();
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
