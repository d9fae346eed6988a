/**
 * The kiosk on its own HTTP server, for `npm start` when no channel is configured (with channels it
 * rides on their one server: `src/bot/run-channels.ts`, docs/outreach.md). Reads `PORT` (default 3000),
 * `HOST` (default 127.0.0.1: this machine only, since dialogs hold enterprise figures; at an event set
 * `HOST=0.0.0.0` so phones on the event's Wi-Fi can reach it) and `KIOSK_PUBLIC_URL` (the address the QR code shows).
 */
import type { SessionStore } from '../../dialogs/types.ts';
import { t } from '../../i18n.ts';
import { LIVE_SOURCES } from '../../outreach/live-sources.ts';
import { listen } from '../http-server.ts';
import { prefillTokensBeside } from '../store/prefill-tokens.ts';
import { createKioskHandler, type KioskDeps, type KioskDialog } from './kiosk.ts';

/** A running kiosk server. */
export interface RunningKiosk {
  readonly name: 'kiosk';
  readonly port: number;
  stop(): Promise<void>;
}

/** Starts the kiosk on its own server (the channels' `listen`); every path that is not the kiosk's answers 404. */
export async function serveKiosk(deps: KioskDeps, port: number, host?: string): Promise<RunningKiosk> {
  let bound = '';
  const handle = createKioskHandler({ listenAddress: () => bound, ...deps });
  const server = await listen(
    (req, res) => {
      if (!handle(req, res)) res.writeHead(404).end();
    },
    port,
    host,
  );
  bound = listenAddressOf(host ?? '127.0.0.1', server.port);
  return { name: 'kiosk', port: server.port, stop: () => server.close() };
}

/** The address the QR code shows without KIOSK_PUBLIC_URL: where the server listens. */
export function listenAddressOf(host: string, port: number): string {
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}/`;
}

/** Starts the kiosk from the environment, for `src/main.ts`. */
export async function startKiosk(
  dialog: KioskDialog,
  env: NodeJS.ProcessEnv,
  store?: SessionStore,
): Promise<RunningKiosk> {
  const port = env.PORT ? Number(env.PORT) : 3000;
  // Prefill links are redeemed in the sessions' own store (docs/outreach.md).
  const prefillTokens = store ? prefillTokensBeside(store) : undefined;
  const kiosk = await serveKiosk(
    {
      dialog,
      sources: LIVE_SOURCES,
      ...(store ? { store } : {}),
      ...(prefillTokens ? { prefillTokens } : {}),
      ...(env.KIOSK_COOKIE_SECRET ? { cookieSecret: env.KIOSK_COOKIE_SECRET } : {}),
      ...(env.KIOSK_PUBLIC_URL ? { publicUrl: env.KIOSK_PUBLIC_URL } : {}),
      onError: (code) => process.stderr.write(`kiosk_turn_failed ${code}\n`),
    },
    port,
    env.HOST || '127.0.0.1',
  ).catch(async (err: unknown) => {
    await prefillTokens?.close();
    throw err;
  });
  return {
    ...kiosk,
    async stop() {
      await kiosk.stop();
      await prefillTokens?.close();
    },
  };
}

/**
 * Starts the kiosk for `npm start` and says where it is; when it cannot listen (the port is taken),
 * says so in one line and carries on, so the terminal chat still opens.
 */
export async function startKioskBeside(
  dialog: KioskDialog,
  env: NodeJS.ProcessEnv,
  store?: SessionStore,
): Promise<RunningKiosk | null> {
  const locale = 'zh-CN';
  try {
    const kiosk = await startKiosk(dialog, env, store);
    process.stderr.write(
      `${t(locale, 'report.kiosk.serving', { address: env.KIOSK_PUBLIC_URL ?? listenAddressOf(env.HOST || '127.0.0.1', kiosk.port) })}\n`,
    );
    return kiosk;
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    process.stderr.write(
      `${t(locale, 'report.kiosk.not_started', { code: typeof code === 'string' ? code : 'unknown', port: env.PORT ?? 3000 })}\n`,
    );
    return null;
  }
}
