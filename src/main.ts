/**
 * `npm start`: opens the session store, starts every channel whose credentials are set, and
 * with none set opens the dialog in this terminal (Chinese, embedded SQLite store).
 */
import { CHANNEL_STARTERS, type RunningChannel } from './bot/channels.ts';
import { createSqliteStore } from './bot/store/sqlite-store.ts';
import { runTerminal } from './bot/terminal/terminal.ts';
import { createDialogService } from './dialogs/service.ts';

const store = createSqliteStore();
const service = createDialogService({ store });
const running: RunningChannel[] = [];
for (const start of CHANNEL_STARTERS) {
  const channel = await start({ service, store, env: process.env });
  if (channel) running.push(channel);
}

const shutdown = async () => {
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
