/**
 * Requests a hostile test sent to `npm start` with every channel on (issue 10): none of them may
 * end the process — a signed Slack body `null` once did, taking WeCom, Telegram and the kiosk down
 * with it — and Slack refuses a signed request from the future as it does one from the past.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { allChannelsEnv, type ChannelFakes } from './fakes/all-channels-env.ts';
import { type ChildBot, spawnBot } from './fakes/child-bot.ts';
import { dmEvent, postSigned, startSlackFake } from './fakes/slack-fake.ts';
import { startTelegramFake } from './fakes/telegram-fake.ts';
import { postToBot, sealForCallback, startWecomFake, textXml } from './fakes/wecom-fake.ts';

let bot: ChildBot | undefined;
let fakes: ChannelFakes | undefined;
afterEach(async () => {
  await bot?.kill();
  bot = undefined;
  await Promise.all([fakes?.wecom.close(), fakes?.slack.close(), fakes?.telegram.close()]);
});

describe('hostile requests to every channel at once', () => {
  it('a signed Slack body null or payload=null is refused with 400 and every channel keeps serving', async () => {
    fakes = { wecom: await startWecomFake(), slack: await startSlackFake(), telegram: await startTelegramFake() };
    bot = await spawnBot({ ...allChannelsEnv(fakes), SESSION_DB: ':memory:' });
    const form = 'application/x-www-form-urlencoded';
    expect((await postSigned(bot.url, 'null', 'application/json')).status).toBe(400);
    expect((await postSigned(bot.url, 'payload=null', form)).status).toBe(400);
    expect((await postSigned(bot.url, '[]', 'application/json')).status).toBe(400);
    expect((await postSigned(bot.url, '{"type":"event_callback","event":null}', 'application/json')).status).toBe(400);
    expect((await postSigned(bot.url, 'payload=%7B%22type%22%3A%22block_actions%22%7D', form)).status).toBeLessThan(
      500,
    );
    await new Promise((r) => setTimeout(r, 300));
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    expect((await postToBot(bot.url, sealForCallback(textXml('after', '你好', '5100000000000000001')))).status).toBe(
      200,
    );
    await fakes.wecom.waitForSent(1);
    expect(bot.log.join('')).toContain('slack_refused');
  });

  it('Slack refuses a correctly signed request from five minutes in the future as from the past', async () => {
    fakes = { wecom: await startWecomFake(), slack: await startSlackFake(), telegram: await startTelegramFake() };
    bot = await spawnBot({ ...allChannelsEnv(fakes), SESSION_DB: ':memory:' });
    const now = Math.floor(Date.now() / 1000);
    const event = (text: string) => JSON.stringify(dmEvent('UF', text));
    expect((await postSigned(bot.url, event('a'), 'application/json', { timestamp: now + 600 })).status).toBe(401);
    expect((await postSigned(bot.url, event('b'), 'application/json', { timestamp: now - 600 })).status).toBe(401);
    expect((await postSigned(bot.url, event('c'), 'application/json', { timestamp: now + 200 })).status).toBe(200);
  });
});
