/**
 * Each channel's real adapter wired to a fresh fake of its platform and served on a free local
 * port: where every adapter test and end-to-end test starts. `close` stops all three pieces.
 */
import { createRouter, listen, type RouteHandler, type RunningServer } from '../../../src/bot/http-server.ts';
import { silentLogger } from '../../../src/bot/log.ts';
import { createSlackAdapter, type SlackAdapter } from '../../../src/bot/slack/adapter.ts';
import { createTelegramAdapter, type TelegramAdapter } from '../../../src/bot/telegram/adapter.ts';
import type { DialogPort } from '../../../src/bot/turns.ts';
import { createWecomAdapter, type WecomAdapter, type WecomAdapterDeps } from '../../../src/bot/wecom/adapter.ts';
import { createWecomApi } from '../../../src/bot/wecom/api.ts';
import { aesKeyFrom } from '../../../src/bot/wecom/crypto.ts';
import type { SessionStore } from '../../../src/dialogs/types.ts';
import { memoryDeliveries } from './scripted-dialog.ts';
import { SLACK_TEST, type SlackFake, startSlackFake } from './slack-fake.ts';
import { startTelegramFake, TELEGRAM_TEST_TOKEN, type TelegramFake } from './telegram-fake.ts';
import { startWecomFake, WECOM_TEST_APP, type WecomFake } from './wecom-fake.ts';

/** An adapter, the fake platform it talks to, and the address the bot listens on. */
export interface ChannelBot<Fake, Adapter> {
  readonly fake: Fake;
  readonly adapter: Adapter;
  /** The bot's base URL (empty when it serves no HTTP, as a polling Telegram bot). */
  readonly url: string;
  close(): Promise<void>;
}

const serve = (path: string, handle: RouteHandler): Promise<RunningServer> =>
  listen(createRouter({ [path]: handle }, silentLogger), 0, '127.0.0.1');

const urlOf = (server: RunningServer) => `http://127.0.0.1:${server.port}`;

export async function startWecomBot(
  dialog: DialogPort,
  store?: SessionStore,
  /** Overrides of the adapter's options (its clock, the timestamp window …). */
  extra: Partial<WecomAdapterDeps> = {},
): Promise<ChannelBot<WecomFake, WecomAdapter>> {
  const app = WECOM_TEST_APP;
  const fake = await startWecomFake();
  const adapter = createWecomAdapter({
    crypto: { token: app.token, key: aesKeyFrom(app.encodingAesKey), corpId: app.corpId },
    api: createWecomApi(
      { apiRoot: fake.server.url, corpId: app.corpId, secret: app.secret, agentId: app.agentId },
      silentLogger,
    ),
    dialog,
    deliveries: memoryDeliveries(store),
    log: silentLogger,
    ...extra,
  });
  await adapter.start();
  const server = await serve('/wecom/callback', adapter.handle);
  return {
    fake,
    adapter,
    url: urlOf(server),
    async close() {
      await server.close();
      await adapter.stop();
      await fake.close();
    },
  };
}

export async function startSlackBot(
  dialog: DialogPort,
  store?: SessionStore,
): Promise<ChannelBot<SlackFake, SlackAdapter>> {
  const fake = await startSlackFake();
  const adapter = createSlackAdapter({
    botToken: SLACK_TEST.botToken,
    signingSecret: SLACK_TEST.signingSecret,
    apiUrl: fake.apiUrl,
    dialog,
    deliveries: memoryDeliveries(store),
    log: silentLogger,
  });
  await adapter.start();
  const server = await serve('/slack/events', adapter.handle ?? (() => {}));
  return {
    fake,
    adapter,
    url: urlOf(server),
    async close() {
      await adapter.stop();
      await server.close();
      await fake.close();
    },
  };
}

/** With `webhookSecret` the bot takes webhooks on `/telegram`; without, it long-polls the fake. */
export async function startTelegramBot(
  dialog: DialogPort,
  options: { readonly store?: SessionStore; readonly webhookSecret?: string } = {},
): Promise<ChannelBot<TelegramFake, TelegramAdapter>> {
  const fake = await startTelegramFake();
  const secret = options.webhookSecret;
  const adapter = createTelegramAdapter({
    token: TELEGRAM_TEST_TOKEN,
    apiRoot: fake.apiRoot,
    ...(secret === undefined ? {} : { webhook: { url: 'https://bot.example.test/telegram', secret } }),
    dialog,
    deliveries: memoryDeliveries(options.store),
    log: silentLogger,
  });
  const server = adapter.handle ? await serve('/telegram', adapter.handle) : undefined;
  await adapter.start();
  return {
    fake,
    adapter,
    url: server ? urlOf(server) : '',
    async close() {
      await adapter.stop();
      await server?.close();
      await fake.close();
    },
  };
}
