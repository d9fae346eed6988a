/**
 * `npm start`: opens the session store, starts every channel whose credentials are set, and
 * with none set opens the dialog in this terminal (Chinese, embedded SQLite store) and serves
 * the kiosk web chat on PORT.
 */
import { CHANNEL_STARTERS, type RunningChannel } from './bot/channels.ts';
import { createSqliteStore } from './bot/store/sqlite-store.ts';
import { runTerminal } from './bot/terminal/terminal.ts';
import { startKioskBeside } from './bot/web/serve-kiosk.ts';
import { createDialogService } from './dialogs/service.ts';

const store = createSqliteStore();
const service = createDialogService({ store });
const running: RunningChannel[] = [];
for (const start of CHANNEL_STARTERS) {
  const channel = await start({ service, store, env: process.env });
  if (channel) running.push(channel);
}

// The kiosk web chat for 免费诊断 events, on PORT beside the terminal chat (docs/outreach.md).
const kiosk = running.length === 0 ? await startKioskBeside(service, process.env) : null;

const shutdown = async () => {
  await kiosk?.stop();
  await Promise.all(running.map((c) => c.stop()));
  await service.idle();
  await store.close();
};

if (running.length === 0) {
  await runTerminal({ service });
  await shutdown();
} else {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void shutdown().then(() => process.exit(0));
    });
  }
}
