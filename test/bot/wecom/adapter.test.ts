import { afterEach, describe, expect, it } from 'vitest';
import type { DialogPort } from '../../../src/bot/turns.ts';
import type { WecomAdapter } from '../../../src/bot/wecom/adapter.ts';
import type { Inbound, Reply } from '../../../src/dialogs/types.ts';
import { t } from '../../../src/i18n.ts';
import { type ChannelBot, startWecomBot } from '../fakes/channel-bots.ts';
import { createScriptedDialog, memoryStore, SCRIPT } from '../fakes/scripted-dialog.ts';
import {
  cardClickXml,
  postToBot,
  sealForCallback,
  textXml,
  WECOM_TEST_APP,
  type WecomFake,
} from '../fakes/wecom-fake.ts';

let running: ChannelBot<WecomFake, WecomAdapter> | undefined;
let fake: WecomFake;
let adapter: WecomAdapter;
let botUrl: string;
let msgSeq = 7000000000000000000n;
const nextMsgId = () => String(++msgSeq);

async function setup(dialog: DialogPort, extra: Parameters<typeof startWecomBot>[2] = {}) {
  const store = memoryStore();
  running = await startWecomBot(dialog, store, extra);
  ({ fake, adapter, url: botUrl } = running);
  return store;
}

afterEach(async () => {
  await running?.close();
  running = undefined;
});

const say = (user: string, text: string, msgId = nextMsgId()) =>
  postToBot(botUrl, sealForCallback(textXml(user, text, msgId)));

describe('WeCom adapter over HTTP', () => {
  it("answers URL verification with Tencent's sample echo", async () => {
    // Tencent's sample was signed in October 2016: our clock is set to then.
    await setup(createScriptedDialog(memoryStore()), { now: () => 1476416373_000 });
    const q = new URLSearchParams({
      msg_signature: '012bc692d0a58dd4b10f8dfe5c4ac00ae211ebeb',
      timestamp: '1476416373',
      nonce: '47744683',
      echostr: 'fsi1xnbH4yQh0+PJxcOdhhK6TDXkjMyhEPA7xB2TGz6b+g7xyAbEkRxN/3cNXW9qdqjnoVzEtpbhnFyq6SVHyA==',
    });
    const res = await fetch(`${botUrl}/wecom/callback?${q}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('1288432023552776189');
  });

  it('refuses URL verification with a forged signature and says nothing more', async () => {
    await setup(createScriptedDialog(memoryStore()));
    const q = new URLSearchParams({
      msg_signature: '012bc692d0a58dd4b10f8dfe5c4ac00ae211ebec',
      timestamp: '1476416373',
      nonce: '47744683',
      echostr: 'fsi1xnbH4yQh0+PJxcOdhhK6TDXkjMyhEPA7xB2TGz6b+g7xyAbEkRxN/3cNXW9qdqjnoVzEtpbhnFyq6SVHyA==',
    });
    const res = await fetch(`${botUrl}/wecom/callback?${q}`);
    expect(res.status).toBe(403);
    expect(await res.text()).toBe('');
  });

  it('runs a dialog from greeting to verdict, with a choice made by clicking a card button', async () => {
    await setup(createScriptedDialog(memoryStore()));
    expect((await say('zhangsan', '你好')).status).toBe(200);
    const [question, card] = await fake.waitForSent(2);
    expect(question?.text?.content).toBe(SCRIPT.askJiangsu);
    expect(card?.msgtype).toBe('template_card');
    expect(card?.template_card?.card_type).toBe('button_interaction');
    expect(card?.template_card?.button_list.map((b) => b.text)).toEqual(['是', '否']);
    const yes = card?.template_card?.button_list[0]?.key ?? '';

    await postToBot(
      botUrl,
      sealForCallback(cardClickXml('zhangsan', yes, card?.template_card?.task_id ?? '', '1700000000')),
    );
    const afterClick = await fake.waitForSent(3);
    expect(afterClick[2]?.text?.content).toBe(SCRIPT.askInvestment);
    // The clicked card's buttons are replaced, so it cannot answer a later question.
    expect(fake.cardUpdates).toEqual([
      {
        userids: ['zhangsan'],
        response_code: 'rc',
        button: { replace_name: t('zh-CN', 'bot.chosen', { label: yes }) },
        agentid: 1000002,
      },
    ]);

    await say('zhangsan', '3500');
    const all = await fake.waitForSent(4);
    expect(all[3]?.touser).toBe('zhangsan');
    expect(all[3]?.text?.content).toBe(`${SCRIPT.verdictPrefix}in_jiangsu=yes total_investment=3500`);
  });

  it('gives every card a unique task_id', async () => {
    await setup(createScriptedDialog(memoryStore()));
    await say('a', '/start');
    await say('b', '/start');
    await fake.waitForSent(4);
    const ids = fake.sent.filter((m) => m.msgtype === 'template_card').map((m) => m.template_card?.task_id);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_\-@]{1,128}$/);
  });

  it('answers a message that WeCom retries three times exactly once', async () => {
    const dialog = createScriptedDialog(memoryStore());
    await setup(dialog);
    const sealed = sealForCallback(textXml('lisi', '你好', nextMsgId()));
    const statuses = await Promise.all([postToBot(botUrl, sealed), postToBot(botUrl, sealed)]);
    statuses.push(await postToBot(botUrl, sealed), await postToBot(botUrl, sealed));
    expect(statuses.map((s) => s.status)).toEqual([200, 200, 200, 200]);
    await adapter.idle();
    expect(dialog.turns).toBe(1);
    expect(fake.sent).toHaveLength(2);
  });

  it('keeps MsgId as a string: two ids equal as JavaScript numbers are both answered', async () => {
    const dialog = createScriptedDialog(memoryStore());
    await setup(dialog);
    expect(Number('1288432023552776189')).toBe(Number('1288432023552776190'));
    await say('wangwu', '/start', '1288432023552776189');
    await say('wangwu', '/start', '1288432023552776190');
    await adapter.idle();
    expect(dialog.turns).toBe(2);
  });

  it('refuses a delivery with a forged signature and never runs a turn', async () => {
    const dialog = createScriptedDialog(memoryStore());
    await setup(dialog);
    const sealed = sealForCallback(textXml('mallory', '你好', nextMsgId()));
    const forged = {
      ...sealed,
      query: sealed.query.replace(/msg_signature=[0-9a-f]/, (m) =>
        m.endsWith('0') ? `${m.slice(0, -1)}1` : `${m.slice(0, -1)}0`,
      ),
    };
    const res = await postToBot(botUrl, forged);
    expect(res.status).toBe(403);
    expect(res.body).toBe('');
    await adapter.idle();
    expect(dialog.turns).toBe(0);
    expect(fake.sent).toHaveLength(0);
  });

  it('refuses a delivery sealed for another CorpID with the same bare 403', async () => {
    const dialog = createScriptedDialog(memoryStore());
    await setup(dialog);
    const other = { ...WECOM_TEST_APP, corpId: 'ww0000000000000000' };
    const res = await postToBot(botUrl, sealForCallback(textXml('mallory', '你好', nextMsgId(), other), other));
    expect(res.status).toBe(403);
    expect(res.body).toBe('');
    await adapter.idle();
    expect(dialog.turns).toBe(0);
  });

  it('acknowledges at once even when the turn takes longer than WeCom waits', async () => {
    await setup(createScriptedDialog(memoryStore(), { delayMs: 1500 }));
    await say('slow', '你好'); // first turn creates the session without delay
    await fake.waitForSent(2);
    const res = await say('slow', '是');
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(1000);
    await fake.waitForSent(3);
  });

  it('fetches the access token once and fetches a new one when WeCom says it expired', async () => {
    await setup(createScriptedDialog(memoryStore()));
    await say('u1', '/start');
    await say('u2', '/start');
    await fake.waitForSent(4);
    expect(fake.tokenFetches()).toBe(1);
    fake.failNextSendWith(42001);
    await say('u3', '/start');
    await fake.waitForSent(6);
    expect(fake.tokenFetches()).toBe(2);
  });

  it('splits replies over 2048 bytes and keeps every character', async () => {
    const long = '申报条件说明。'.repeat(300); // 21 bytes × 300 = 6300 bytes
    await setup({ handle: async () => [{ kind: 'answer', text: long, clauses: [] }] satisfies Reply[] });
    await say('reader', '条款');
    await adapter.idle();
    const parts = fake.sent.map((m) => m.text?.content ?? '');
    expect(parts.length).toBe(4);
    for (const p of parts) expect(Buffer.byteLength(p)).toBeLessThanOrEqual(2048);
    expect(parts.join('')).toBe(long);
  });

  it('puts exactly six choices on a card', async () => {
    const choices = Array.from({ length: 6 }, (_, i) => ({ label: `选项${i + 1}`, value: `v${i + 1}` }));
    await setup({ handle: async () => [{ kind: 'ask', text: '请选择：', slot: 'stage', choices }] satisfies Reply[] });
    await say('six', '/start');
    await adapter.idle();
    expect(fake.sent.map((m) => m.msgtype)).toEqual(['text', 'template_card']);
    expect(fake.sent[1]?.template_card?.button_list.map((b) => b.key)).toEqual(choices.map((c) => c.value));
  });

  it('lists more than six choices as numbered text instead of a card', async () => {
    const choices = Array.from({ length: 7 }, (_, i) => ({ label: `选项${i + 1}`, value: `v${i + 1}` }));
    await setup({
      handle: async () => [{ kind: 'ask', text: '请选择认定：', slot: 'certifications', choices }] satisfies Reply[],
    });
    await say('many', '/start');
    await adapter.idle();
    expect(fake.sent.map((m) => m.msgtype)).toEqual(['text']);
    expect(fake.sent[0]?.text?.content).toContain('7. 选项7');
  });

  it('shows a polite Chinese message, not the error, when a turn fails', async () => {
    const failing: DialogPort = {
      handle: async (_: Inbound) => {
        throw new Error('secret internal detail at /work/src/x.ts:1');
      },
    };
    await setup(failing);
    await say('oops', '你好');
    await adapter.idle();
    expect(fake.sent.map((m) => m.text?.content)).toEqual([t('zh-CN', 'bot.error.internal')]);
  });
});
