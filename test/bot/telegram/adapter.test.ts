import { afterEach, describe, expect, it } from 'vitest';
import {
  callbackDataOf,
  escapeHtml,
  TELEGRAM_COMMANDS,
  type TelegramAdapter,
} from '../../../src/bot/telegram/adapter.ts';
import type { DialogPort } from '../../../src/bot/turns.ts';
import type { Reply } from '../../../src/dialogs/types.ts';
import { t } from '../../../src/i18n.ts';
import { type ChannelBot, startTelegramBot } from '../fakes/channel-bots.ts';
import { createScriptedDialog, memoryStore, SCRIPT } from '../fakes/scripted-dialog.ts';
import { clickUpdate, postUpdate, type TelegramFake, textUpdate } from '../fakes/telegram-fake.ts';

const SECRET = 'webhook_secret-123';
let running: ChannelBot<TelegramFake, TelegramAdapter> | undefined;
let fake: TelegramFake;
let adapter: TelegramAdapter;
let botUrl = '';

async function setup(dialog: DialogPort, mode: 'webhook' | 'polling' = 'webhook') {
  running = await startTelegramBot(dialog, mode === 'webhook' ? { webhookSecret: SECRET } : {});
  ({ fake, adapter, url: botUrl } = running);
}

afterEach(async () => {
  await running?.close();
  running = undefined;
});

describe('Telegram adapter over HTTP', () => {
  it('registers /start /help /reset /lang in Chinese and English and sets the webhook with its secret', async () => {
    await setup(createScriptedDialog(memoryStore()));
    const cmds = fake.calls('setMyCommands');
    expect(cmds).toHaveLength(2);
    for (const c of cmds) {
      expect((c.commands as { command: string }[]).map((x) => x.command)).toEqual([...TELEGRAM_COMMANDS]);
    }
    expect(cmds[1]?.language_code).toBe('en');
    expect(fake.calls('setWebhook')[0]).toMatchObject({
      url: 'https://bot.example.test/telegram',
      secret_token: SECRET,
    });
  });

  it('runs a dialog from /start to verdict, with a choice made by an inline button', async () => {
    await setup(createScriptedDialog(memoryStore()));
    expect(await postUpdate(botUrl, textUpdate(77, '/start'), SECRET)).toBe(200);
    const [q1] = await fake.waitForSent(1);
    expect(q1?.text).toBe(SCRIPT.askJiangsu);
    expect(q1?.parse_mode).toBe('HTML');
    const buttons = q1?.reply_markup?.inline_keyboard.flat() ?? [];
    expect(buttons.map((b) => b.text)).toEqual(['是', '否']);

    expect(await postUpdate(botUrl, clickUpdate(77, buttons[0]?.callback_data ?? ''), SECRET)).toBe(200);
    await fake.waitForSent(2);
    expect(fake.sent[1]?.text).toBe(SCRIPT.askInvestment);
    expect(fake.calls('answerCallbackQuery')).toHaveLength(1);
    expect(fake.calls('editMessageReplyMarkup')).toHaveLength(1);

    await postUpdate(botUrl, textUpdate(77, '3500'), SECRET);
    await fake.waitForSent(3);
    expect(fake.sent[2]?.text).toBe(`${SCRIPT.verdictPrefix}in_jiangsu=yes total_investment=3500`);
  });

  it('refuses a webhook call with a wrong or missing secret token with 401 and runs no turn', async () => {
    const dialog = createScriptedDialog(memoryStore());
    await setup(dialog);
    expect(await postUpdate(botUrl, textUpdate(78, '/start'), 'wrong-secret')).toBe(401);
    expect(await postUpdate(botUrl, textUpdate(78, '/start'), undefined)).toBe(401);
    expect(dialog.turns).toBe(0);
    expect(fake.sent).toHaveLength(0);
  });

  it('processes a redelivered update only once', async () => {
    const dialog = createScriptedDialog(memoryStore());
    await setup(dialog);
    const update = textUpdate(79, '/start');
    const statuses = await Promise.all([postUpdate(botUrl, update, SECRET), postUpdate(botUrl, update, SECRET)]);
    statuses.push(await postUpdate(botUrl, update, SECRET));
    expect(statuses).toEqual([200, 200, 200]);
    await adapter.idle();
    expect(dialog.turns).toBe(1);
    expect(fake.sent).toHaveLength(1);
  });

  it('strips the bot username from a command before the engine sees it', async () => {
    const seen: string[] = [];
    await setup({
      handle: async (i) => {
        seen.push(i.text);
        return [];
      },
    });
    await postUpdate(botUrl, textUpdate(80, '/lang@fund_test_bot en'), SECRET);
    expect(seen).toEqual(['/lang en']);
  });

  it('escapes HTML and splits a reply over 4096 characters, the keyboard on the last part', async () => {
    const long = `<b>${'条'.repeat(5000)}</b> & more`;
    const reply: Reply = { kind: 'ask', text: long, slot: 's', choices: [{ label: '好', value: 'ok' }] };
    await setup({ handle: async () => [reply] });
    await postUpdate(botUrl, textUpdate(81, 'x'), SECRET);
    await adapter.idle();
    expect(fake.sent).toHaveLength(2);
    expect(fake.sent[0]?.text.startsWith('&lt;b&gt;')).toBe(true);
    expect(fake.sent[0]?.reply_markup).toBeUndefined();
    expect(fake.sent[1]?.reply_markup?.inline_keyboard.flat().map((b) => b.callback_data)).toEqual(['ok']);
    const unescaped = fake.sent.map((m) =>
      m.text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&'),
    );
    for (const part of unescaped) expect(part.length).toBeLessThanOrEqual(4096);
    expect(unescaped.join('')).toBe(long);
  });

  it('retries a rate-limited send after the time Telegram asks for', async () => {
    await setup(createScriptedDialog(memoryStore()));
    fake.rateLimitNextSend(1);
    const t0 = Date.now();
    await postUpdate(botUrl, textUpdate(82, '/start'), SECRET);
    await fake.waitForSent(1);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(900);
    expect(fake.sent[0]?.text).toBe(SCRIPT.askJiangsu);
  });

  it('answers a non-text message politely instead of failing', async () => {
    await setup(createScriptedDialog(memoryStore()));
    const update = textUpdate(83, 'x') as { update_id: number; message: Record<string, unknown> };
    delete update.message.text;
    update.message.sticker = {
      file_id: 'f',
      file_unique_id: 'u',
      width: 1,
      height: 1,
      is_animated: false,
      is_video: false,
      type: 'regular',
    };
    await postUpdate(botUrl, update, SECRET);
    await fake.waitForSent(1);
    expect(fake.sent[0]?.text).toBe(escapeHtml(t('zh-CN', 'bot.error.unsupported')));
  });

  it("passes the user's Telegram language on to the engine", async () => {
    const locales: (string | undefined)[] = [];
    await setup({
      handle: async (i) => {
        locales.push(i.locale);
        return [];
      },
    });
    await postUpdate(botUrl, textUpdate(84, 'hi', undefined, 'en'), SECRET);
    await postUpdate(botUrl, textUpdate(85, '你好', undefined, 'zh-hans'), SECRET);
    await postUpdate(botUrl, textUpdate(86, 'hallo', undefined, 'de'), SECRET);
    expect(locales).toEqual(['en', 'zh-CN', undefined]);
  });

  it('works by long polling when no webhook is configured', async () => {
    await setup(createScriptedDialog(memoryStore()), 'polling');
    expect(fake.calls('deleteWebhook')).toHaveLength(1);
    fake.queueUpdate(textUpdate(90, '/start'));
    const [q1] = await fake.waitForSent(1);
    expect(q1?.text).toBe(SCRIPT.askJiangsu);
  });
});

describe('Telegram callback data', () => {
  it('uses the value when it fits in 64 bytes and the choice number when it does not', () => {
    expect(callbackDataOf({ label: 'a', value: 'x'.repeat(64) }, 0)).toBe('x'.repeat(64));
    expect(callbackDataOf({ label: 'a', value: 'x'.repeat(65) }, 2)).toBe('3');
    expect(callbackDataOf({ label: 'a', value: '省'.repeat(22) }, 0)).toBe('1'); // 66 bytes
    expect(callbackDataOf({ label: 'a', value: '省'.repeat(21) }, 0)).toBe('省'.repeat(21));
  });
});
