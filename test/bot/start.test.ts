import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/bot/config.ts';
import { createLogger, silentLogger } from '../../src/bot/log.ts';
import { type RunningChannels, startChannels } from '../../src/bot/start.ts';
import { allChannelsEnv } from './fakes/all-channels-env.ts';
import { createScriptedDialog, memoryDeliveries, memoryStore, SCRIPT } from './fakes/scripted-dialog.ts';
import { dmEvent, postSigned, type SlackFake, startSlackFake } from './fakes/slack-fake.ts';
import { postUpdate, startTelegramFake, type TelegramFake, textUpdate } from './fakes/telegram-fake.ts';
import { postToBot, sealForCallback, startWecomFake, textXml, type WecomFake } from './fakes/wecom-fake.ts';

let running: RunningChannels | undefined;
let fakes: { wecom: WecomFake; slack: SlackFake; telegram: TelegramFake } | undefined;

afterEach(async () => {
  await running?.close();
  running = undefined;
  await Promise.all([fakes?.wecom.close(), fakes?.slack.close(), fakes?.telegram.close()]);
});

describe('one server for every channel', () => {
  it('serves WeCom, Slack, Telegram and /healthz on one port, all on one store', async () => {
    fakes = { wecom: await startWecomFake(), slack: await startSlackFake(), telegram: await startTelegramFake() };
    const cfg = loadConfig(allChannelsEnv(fakes));
    const store = memoryStore();
    running = await startChannels(cfg, {
      dialog: createScriptedDialog(store),
      deliveries: memoryDeliveries(),
      log: silentLogger,
    });
    expect(running.channels).toEqual(['wecom', 'slack', 'telegram']);
    const url = `http://127.0.0.1:${running.port}`;

    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true });
    expect((await fetch(`${url}/nowhere`)).status).toBe(404);

    await postToBot(url, sealForCallback(textXml('wu', '你好', '1')));
    await postSigned(url, JSON.stringify(dmEvent('U1', '你好')), 'application/json');
    await postUpdate(url, textUpdate(1, '/start'), 'sec');
    await fakes.wecom.waitForSent(1);
    await fakes.slack.waitForPosted(1);
    await fakes.telegram.waitForSent(1);
    expect(fakes.wecom.sent[0]?.text?.content).toBe(SCRIPT.askJiangsu);
    expect(fakes.slack.posted[0]?.text).toBe(SCRIPT.askJiangsu);
    expect(fakes.telegram.sent[0]?.text).toBe(SCRIPT.askJiangsu);
    // Same user id on two channels: two sessions.
    expect(await store.read({ channel: 'wecom', userId: 'wu' })).toBeDefined();
    expect(await store.read({ channel: 'telegram', userId: '1' })).toBeDefined();
  });

  it('logs at debug level without what users typed, their figures, or any secret', async () => {
    fakes = { wecom: await startWecomFake(), slack: await startSlackFake(), telegram: await startTelegramFake() };
    const env = allChannelsEnv(fakes);
    const lines: string[] = [];
    const store = memoryStore();
    running = await startChannels(loadConfig(env), {
      dialog: createScriptedDialog(store),
      deliveries: memoryDeliveries(),
      log: createLogger('debug', (l) => lines.push(l)),
    });
    const url = `http://127.0.0.1:${running.port}`;
    const figure = '总投资98765432万';
    for (const text of ['你好', '是', figure]) {
      await postToBot(url, sealForCallback(textXml('wu', text, String(Math.random()).slice(2))));
      await postSigned(url, JSON.stringify(dmEvent('U1', text)), 'application/json');
      await postUpdate(url, textUpdate(1, text), 'sec');
      await running.idle();
    }
    // Refusals are logged too, still without detail.
    await postToBot(url, {
      ...sealForCallback(textXml('wu', figure, '42')),
      query: 'msg_signature=00&timestamp=1&nonce=2',
    });
    await postUpdate(url, textUpdate(1, figure), 'wrong');
    await postSigned(url, JSON.stringify(dmEvent('U1', figure)), 'application/json', { secret: 'wrong' });
    await running.idle();
    const all = lines.join('');
    expect(lines.length).toBeGreaterThan(5);
    expect(all).toContain('wecom_refused');
    // One server, one bind address, stated at start-up.
    expect(all).toMatch(/"event":"channels_started"[^\n]*"host":"127\.0\.0\.1"/);
    // The bind address is no secret: start-up states it (one server, one address).
    const { HOST: _bindAddress, ...secrets } = env;
    for (const secret of ['98765432', ...Object.values(secrets).filter((v) => v.length > 6 && !v.startsWith('http'))]) {
      expect(all, secret).not.toContain(secret);
    }
  });
});
