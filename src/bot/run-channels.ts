/**
 * How `npm start` wires the channels: the session store the environment asks for (Redis with
 * REDIS_URL, else the embedded SQLite file), and a channel starter that runs every configured
 * channel on one HTTP server. Configuration errors name the variables and stop the start.
 */
import type { SessionStore } from '../dialogs/types.ts';
import { LOCALES, t } from '../i18n.ts';
import { LIVE_SOURCES } from '../outreach/live-sources.ts';
import type { ChannelStarter } from './channels.ts';
import { ConfigError, loadConfig } from './config.ts';
import type { DeliveryLog } from './deliveries.ts';
import { createLogger, errorCode } from './log.ts';
import { startChannels } from './start.ts';
import { prefillTokensBeside } from './store/prefill-tokens.ts';
import { openRedisStore, StoreError } from './store/redis-store.ts';
import { createSqliteStore } from './store/sqlite-store.ts';
import { createKioskHandler, kioskRoutes } from './web/kiosk.ts';
import { listenAddressOf } from './web/serve-kiosk.ts';

type Env = Readonly<Record<string, string | undefined>>;

/** Redis when REDIS_URL is set (key prefix REDIS_KEY_PREFIX, default `jfb`), else SQLite (SESSION_DB). */
export async function openSessionStore(env: Env): Promise<SessionStore> {
  const cfg = loadConfig(env);
  if (cfg.redisUrl) {
    const log = createLogger(cfg.logLevel);
    return openRedisStore({
      url: cfg.redisUrl,
      prefix: cfg.redisKeyPrefix,
      claimIdleMs: cfg.deliveryClaimIdleMs,
      lockTtlMs: cfg.redisLockTtlMs,
      onError: (code) => log.warn('redis_error', { code }),
    });
  }
  return createSqliteStore(env.SESSION_DB ? { path: env.SESSION_DB } : {});
}

/** The inbox and outbox in the store's own database (both stores have them). */
function deliveriesOf(store: SessionStore): DeliveryLog {
  const deliveries = (store as { deliveries?: DeliveryLog }).deliveries;
  if (!deliveries) throw Object.assign(new Error('store_without_inbox'), { code: 'store_without_inbox' });
  return deliveries;
}

/** Starts WeCom, Slack and Telegram (those configured) on one server; null when none is. */
export const startConfiguredChannels: ChannelStarter = async ({ service, store, env }) => {
  const cfg = loadConfig(env);
  if (!cfg.wecom && !cfg.slack && !cfg.telegram) return null;
  const log = createLogger(cfg.logLevel);
  const deliveries = deliveriesOf(store);
  // The kiosk shares the channels' one server on PORT (docs/outreach.md), its prefill links the sessions' store.
  let bound = '';
  const prefillTokens = prefillTokensBeside(store);
  const kiosk = kioskRoutes(
    createKioskHandler({
      dialog: service,
      sources: LIVE_SOURCES,
      store,
      ...(prefillTokens ? { prefillTokens } : {}),
      listenAddress: () => bound,
      ...(env.KIOSK_COOKIE_SECRET ? { cookieSecret: env.KIOSK_COOKIE_SECRET } : {}),
      ...(env.KIOSK_PUBLIC_URL ? { publicUrl: env.KIOSK_PUBLIC_URL } : {}),
      onError: (code) => log.error('kiosk_turn_failed', { code }),
    }),
  );
  const running = await startChannels(cfg, { dialog: service, deliveries, log, extraRoutes: kiosk });
  bound = listenAddressOf(running.host, running.port);
  return {
    name: running.channels.join('+'),
    async stop() {
      await running.close();
      await prefillTokens?.close();
      log.info('channels_stopped');
    },
  };
};

/** The operator's one-line explanation of a failed start (no stack trace, no values). */
export function describeStartError(err: unknown): string {
  if (err instanceof ConfigError) {
    const id = err.code === 'config_incomplete' ? 'bot.start.config_incomplete' : 'bot.start.config_invalid';
    return LOCALES.map((l) => t(l, id, { variables: err.variables.join(', ') })).join('\n');
  }
  if (err instanceof StoreError && err.code === 'store_unreachable') {
    return LOCALES.map((l) => t(l, 'bot.start.redis_unreachable')).join('\n');
  }
  return LOCALES.map((l) => t(l, 'bot.start.failed', { code: errorCode(err) })).join('\n');
}
