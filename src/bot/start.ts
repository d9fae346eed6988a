/**
 * Starts every configured channel on one HTTP server (`/wecom/callback`, `/slack/events`,
 * `/telegram`, `/healthz`, and the kiosk's paths) at one bind address, around one dialog service
 * and the store's inbox and outbox.
 */
import type { BotConfig } from './config.ts';
import type { DeliveryLog } from './deliveries.ts';
import { createRouter, listen, type RouteHandler, type RunningServer } from './http-server.ts';
import type { Logger } from './log.ts';
import { createSlackAdapter, type SlackAdapter } from './slack/adapter.ts';
import { createTelegramAdapter, type TelegramAdapter } from './telegram/adapter.ts';
import type { DialogPort } from './turns.ts';
import { createWecomAdapter, type WecomAdapter } from './wecom/adapter.ts';
import { createWecomApi } from './wecom/api.ts';
import { aesKeyFrom } from './wecom/crypto.ts';

export type ChannelName = 'wecom' | 'slack' | 'telegram';

export interface ChannelDeps {
  readonly dialog: DialogPort;
  /** The session store's inbox and outbox. */
  readonly deliveries: DeliveryLog;
  readonly log: Logger;
  /** Routes served beside the channels' on the same server (the kiosk web chat: docs/outreach.md). */
  readonly extraRoutes?: Readonly<Record<string, RouteHandler>>;
}

export interface RunningChannels {
  readonly channels: readonly ChannelName[];
  readonly port: number;
  /** The one address the server is bound to. */
  readonly host: string;
  /** Resolves when every accepted message has been answered. */
  idle(): Promise<void>;
  /** Stops taking requests, finishes what is in flight. Does not close the store. */
  close(): Promise<void>;
}

export async function startChannels(cfg: BotConfig, deps: ChannelDeps): Promise<RunningChannels> {
  const routes: Record<string, RouteHandler> = { ...deps.extraRoutes };
  const channels: ChannelName[] = [];
  let wecom: WecomAdapter | undefined;
  let slack: SlackAdapter | undefined;
  let telegram: TelegramAdapter | undefined;

  const common = { dialog: deps.dialog, deliveries: deps.deliveries, log: deps.log, retryMs: cfg.deliveryRetryMs };
  if (cfg.wecom) {
    const w = cfg.wecom;
    wecom = createWecomAdapter({
      crypto: { token: w.token, key: aesKeyFrom(w.encodingAesKey), corpId: w.corpId },
      api: createWecomApi({ apiRoot: w.apiRoot, corpId: w.corpId, secret: w.secret, agentId: w.agentId }, deps.log),
      timestampToleranceS: w.timestampToleranceS,
      ...common,
    });
    routes['/wecom/callback'] = wecom.handle;
    channels.push('wecom');
  }
  if (cfg.slack) {
    slack = createSlackAdapter({ ...cfg.slack, ...common });
    if (slack.handle) routes['/slack/events'] = slack.handle;
    channels.push('slack');
  }
  if (cfg.telegram) {
    telegram = createTelegramAdapter({ token: cfg.telegram.botToken, ...cfg.telegram, ...common });
    if (telegram.handle) routes['/telegram'] = telegram.handle;
    channels.push('telegram');
  }

  // Listen first so platforms that verify the URL on registration (Telegram's setWebhook) find us up.
  const server: RunningServer = await listen(createRouter(routes, deps.log), cfg.port, cfg.host);
  try {
    await wecom?.start();
    await slack?.start();
    await telegram?.start();
  } catch (err) {
    await server.close();
    throw err;
  }
  // One server, one bind address, said at start-up (the kiosk is on it too).
  deps.log.info('channels_started', { channels: channels.join(','), host: cfg.host, port: server.port });

  const idle = async () => {
    await Promise.all([wecom?.idle(), slack?.idle(), telegram?.idle()]);
  };
  return {
    channels,
    port: server.port,
    host: cfg.host,
    idle,
    async close() {
      await server.close();
      await Promise.all([wecom?.stop(), slack?.stop(), telegram?.stop()]);
      await idle();
    },
  };
}
