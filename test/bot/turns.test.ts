import { describe, expect, it } from 'vitest';
import { createInbox } from '../../src/bot/deliveries.ts';
import { silentLogger } from '../../src/bot/log.ts';
import { TELEGRAM_TEXT_LIMIT } from '../../src/bot/telegram/adapter.ts';
import { createUserQueue, politeError, splitText, utf8Bytes } from '../../src/bot/turns.ts';
import { WECOM_TEXT_LIMIT_BYTES } from '../../src/bot/wecom/adapter.ts';
import { t } from '../../src/i18n.ts';
import { memoryDeliveries } from './fakes/scripted-dialog.ts';

describe('splitting long replies', () => {
  it('keeps a WeCom reply of exactly 2048 bytes whole and splits one of 2049', () => {
    const exact = `${'申'.repeat(682)}ab`; // 2046 + 2
    expect(utf8Bytes(exact)).toBe(2048);
    expect(splitText(exact, WECOM_TEXT_LIMIT_BYTES, utf8Bytes)).toEqual([exact]);
    const over = `${exact}c`;
    const parts = splitText(over, WECOM_TEXT_LIMIT_BYTES, utf8Bytes);
    expect(parts).toHaveLength(2);
    expect(parts.join('')).toBe(over);
  });

  it('keeps a Telegram reply of exactly 4096 characters whole and splits one of 4097', () => {
    expect(splitText('x'.repeat(TELEGRAM_TEXT_LIMIT), TELEGRAM_TEXT_LIMIT)).toHaveLength(1);
    expect(splitText('x'.repeat(TELEGRAM_TEXT_LIMIT + 1), TELEGRAM_TEXT_LIMIT).map((p) => p.length)).toEqual([4096, 1]);
  });

  it('cuts at a line break in the second half of a part rather than mid-line', () => {
    const text = `${'a'.repeat(60)}\n${'b'.repeat(60)}`;
    expect(splitText(text, 100)).toEqual(['a'.repeat(60), 'b'.repeat(60)]);
  });

  it('never cuts a character in half, by bytes or by UTF-16 units', () => {
    const emoji = '📄'.repeat(10); // 4 bytes and 2 UTF-16 units each
    for (const part of splitText(emoji, 7, utf8Bytes)) expect(part).toMatch(/^(📄)+$/u);
    for (const part of splitText(emoji, 3)) expect(part).toMatch(/^(📄)+$/u);
    expect(splitText(emoji, 7, utf8Bytes).join('')).toBe(emoji);
  });
});

describe('one guarded turn', () => {
  it("turns a failing dialog into the polite message of the user's locale, Chinese by default", async () => {
    const failing = { handle: async () => Promise.reject(new Error('boom')) };
    const shown: unknown[] = [];
    const inbox = createInbox({
      channel: 'telegram',
      deliveries: memoryDeliveries(),
      dialog: failing,
      outlet: { render: (_d, replies) => [...replies], post: async (p) => void shown.push(p) },
      log: silentLogger,
    });
    await inbox.accept({ id: '1', chatId: 'c', userId: 'u', text: 'x' });
    await inbox.idle();
    expect(shown).toEqual([politeError('zh-CN')]);
    expect((shown[0] as { text: string }).text).toBe(t('zh-CN', 'bot.error.internal'));
    await inbox.accept({ id: '2', chatId: 'c', userId: 'v', text: 'x', locale: 'en' });
    await inbox.idle();
    expect((shown[1] as { text: string }).text).toBe(t('en', 'bot.error.internal'));
  });

  it("runs one user's tasks in order and different users side by side", async () => {
    const queue = createUserQueue(silentLogger);
    const log: string[] = [];
    const task = (name: string, ms: number) => async () => {
      log.push(`${name}+`);
      await new Promise((r) => setTimeout(r, ms));
      log.push(`${name}-`);
    };
    void queue.enqueue('a', task('a1', 30));
    void queue.enqueue('a', task('a2', 1));
    void queue.enqueue('b', task('b1', 1));
    await queue.idle();
    expect(log.indexOf('a1-')).toBeLessThan(log.indexOf('a2+'));
    expect(log.indexOf('b1-')).toBeLessThan(log.indexOf('a1-'));
  });

  it('keeps going after a task fails', async () => {
    const queue = createUserQueue(silentLogger);
    let ran = false;
    void queue.enqueue('a', async () => {
      throw new Error('x');
    });
    void queue.enqueue('a', async () => {
      ran = true;
    });
    await queue.idle();
    expect(ran).toBe(true);
  });
});
