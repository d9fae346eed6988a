/**
 * WeCom callbacks a hostile test sent (issue 10): signed requests with old or future timestamps,
 * text that does not decode, and a 20 MB body.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { WecomAdapter } from '../../../src/bot/wecom/adapter.ts';
import { cdata } from '../../../src/bot/wecom/xml.ts';
import { t } from '../../../src/i18n.ts';
import { type ChannelBot, startWecomBot } from '../fakes/channel-bots.ts';
import { createScriptedDialog, memoryDeliveries, memoryStore, SCRIPT } from '../fakes/scripted-dialog.ts';
import { postToBot, sealForCallback, textXml, WECOM_TEST_APP, type WecomFake } from '../fakes/wecom-fake.ts';

let running: ChannelBot<WecomFake, WecomAdapter> | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

let msgId = 7100000000000000000n;
const nextId = () => String(++msgId);
const nowS = () => Math.floor(Date.now() / 1000);

describe('WeCom callbacks from a hostile sender', () => {
  it('refuses a correctly signed request whose timestamp is outside five minutes either way', async () => {
    running = await startWecomBot(createScriptedDialog(memoryStore()));
    const { url, fake } = running;
    const at = (offsetS: number) =>
      postToBot(url, sealForCallback(textXml('ts', '你好', nextId()), WECOM_TEST_APP, nowS() + offsetS));
    expect((await at(-600)).status).toBe(403); // ten minutes old
    expect((await at(-86_400)).status).toBe(403); // a day old
    expect((await at(978_307_200 - nowS())).status).toBe(403); // the year 2001
    expect((await at(600)).status).toBe(403); // ten minutes in the future
    expect((await at(-301)).status).toBe(403);
    await running.adapter.idle();
    expect(fake.sent).toHaveLength(0);
    expect((await at(-290)).status).toBe(200);
    expect((await at(290)).status).toBe(200);
    await running.adapter.idle();
    expect(fake.sent.filter((m) => m.text?.content === SCRIPT.askJiangsu)).toHaveLength(1);
  });

  it('takes the window from its configuration', async () => {
    running = await startWecomBot(createScriptedDialog(memoryStore()), undefined, { timestampToleranceS: 30 });
    const at = (offsetS: number) =>
      postToBot(
        running?.url ?? '',
        sealForCallback(textXml('ts2', '你好', nextId()), WECOM_TEST_APP, nowS() + offsetS),
      );
    expect((await at(-60)).status).toBe(403);
    expect((await at(-20)).status).toBe(200);
  });

  it('tells the user a message with a character reference past U+10FFFF could not be read', async () => {
    running = await startWecomBot(createScriptedDialog(memoryStore()));
    const app = WECOM_TEST_APP;
    const xml = `<xml><ToUserName>${cdata(app.corpId)}</ToUserName><FromUserName>${cdata('bad-char')}</FromUserName><CreateTime>${nowS()}</CreateTime><MsgType>${cdata('text')}</MsgType><Content>&#x110000;</Content><MsgId>${nextId()}</MsgId><AgentID>${app.agentId}</AgentID></xml>`;
    expect((await postToBot(running.url, sealForCallback(xml))).status).toBe(200);
    await running.fake.waitForSent(1);
    expect(running.fake.sent[0]?.touser).toBe('bad-char');
    expect(running.fake.sent[0]?.text?.content).toBe(t('zh-CN', 'bot.error.unreadable'));
  });

  it('answers a 20 MB body with 413, not a connection reset, and keeps serving', async () => {
    running = await startWecomBot(createScriptedDialog(memoryStore()));
    const sealed = sealForCallback(textXml('big', '你好', nextId()));
    const res = await fetch(`${running.url}/wecom/callback?${sealed.query}`, {
      method: 'POST',
      headers: { 'content-type': 'text/xml' },
      body: 'x'.repeat(20 * 1024 * 1024),
    });
    expect(res.status).toBe(413);
    expect((await postToBot(running.url, sealForCallback(textXml('small', '你好', nextId())))).status).toBe(200);
  });

  it('answers 500 (so WeCom retries) when the inbox cannot take the message, never a 200 for a lost one', async () => {
    const broken = memoryDeliveries();
    const store = Object.assign(memoryStore(), {
      deliveries: { ...broken, accept: async () => Promise.reject(new Error('disk full')) },
    });
    running = await startWecomBot(createScriptedDialog(store), store);
    expect((await postToBot(running.url, sealForCallback(textXml('full', '你好', nextId())))).status).toBe(500);
  });
});
