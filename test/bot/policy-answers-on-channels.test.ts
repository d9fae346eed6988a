import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../src/bot/store/sqlite-store.ts';
import { serveKiosk } from '../../src/bot/web/serve-kiosk.ts';
import { createDialogService } from '../../src/dialogs/service.ts';
import { answerQuestion } from '../../src/knowledge/ask.ts';
import { declineText } from '../../src/knowledge/ask-format.ts';
import { TEST_SOURCES } from '../support/report-sources.ts';
import { startSlackBot, startTelegramBot, startWecomBot } from './fakes/channel-bots.ts';
import { squash, unescapeHtml } from './fakes/reply-text.ts';
import { dmEvent, postSigned } from './fakes/slack-fake.ts';
import { postUpdate, textUpdate } from './fakes/telegram-fake.ts';
import { postToBot, sealForCallback, textXml } from './fakes/wecom-fake.ts';

// Each channel renders the chat's text: a policy question gets the answering sentence first,
// and one the guide does not answer gets the same decline words and referral as `ask`.
const DEADLINE = '申报截止日期是哪天？';
const PAYMENT = '5G项目补助资金怎么拨付？';

const paymentSentence = () => {
  const r = answerQuestion(PAYMENT);
  return r.kind === 'answer' ? (r.hits[0]?.sentence ?? '') : '';
};

/** The channel's sent texts hold the decline's words and an answer that leads with its sentence. */
function expectSameWords(sent: readonly string[]): void {
  const texts = sent.map(squash);
  expect(texts.some((t) => t.includes(squash(declineText('deadline', 'zh-CN'))))).toBe(true);
  expect(texts.some((t) => t.startsWith(squash(paymentSentence())))).toBe(true);
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function service() {
  const store = createSqliteStore({ path: ':memory:' });
  closers.push(async () => store.close());
  return { store, dialog: createDialogService({ store }) };
}

describe('policy questions on every channel', () => {
  it('Telegram declines with the referral and leads an answer with its sentence', async () => {
    const { store, dialog } = await service();
    const bot = await startTelegramBot(dialog, { store, webhookSecret: 's' });
    closers.unshift(() => bot.close());
    expect(await postUpdate(bot.url, textUpdate(7, DEADLINE), 's')).toBe(200);
    expect(await postUpdate(bot.url, textUpdate(8, PAYMENT), 's')).toBe(200);
    // The webhook is acknowledged once the update is in the inbox; the replies follow.
    await bot.fake.waitForSent(2);
    await bot.adapter.idle?.();
    expectSameWords(bot.fake.sent.map((m) => unescapeHtml(m.text)));
  });

  it('Slack declines with the referral and leads an answer with its sentence', async () => {
    const { store, dialog } = await service();
    const bot = await startSlackBot(dialog, store);
    closers.unshift(() => bot.close());
    expect((await postSigned(bot.url, JSON.stringify(dmEvent('UQ1', DEADLINE)), 'application/json')).status).toBe(200);
    expect((await postSigned(bot.url, JSON.stringify(dmEvent('UQ2', PAYMENT)), 'application/json')).status).toBe(200);
    await bot.adapter.idle();
    expectSameWords(bot.fake.posted.map((m) => unescapeHtml(m.text)));
  });

  it('WeCom declines with the referral and leads an answer with its sentence', async () => {
    const { store, dialog } = await service();
    const bot = await startWecomBot(dialog, store);
    closers.unshift(() => bot.close());
    expect((await postToBot(bot.url, sealForCallback(textXml('q1', DEADLINE, '9000000000000000001')))).status).toBe(
      200,
    );
    expect((await postToBot(bot.url, sealForCallback(textXml('q2', PAYMENT, '9000000000000000002')))).status).toBe(200);
    await bot.adapter.idle();
    expectSameWords(bot.fake.sent.filter((m) => m.msgtype === 'text').map((m) => m.text?.content ?? ''));
  });

  it('the web kiosk declines with the referral and leads an answer with its sentence', async () => {
    const { dialog } = await service();
    const kiosk = await serveKiosk({ dialog, sources: TEST_SOURCES }, 0, '127.0.0.1');
    closers.unshift(() => kiosk.stop());
    const texts: string[] = [];
    for (const text of [DEADLINE, PAYMENT]) {
      const res = await fetch(`http://127.0.0.1:${kiosk.port}/kiosk/chat`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text }),
      });
      const body = (await res.json()) as { replies: { text: string }[] };
      texts.push(...body.replies.map((r) => r.text));
    }
    expectSameWords(texts);
  });
});
