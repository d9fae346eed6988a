/**
 * `npm start`: opens the session store, starts every channel whose credentials are set, and
 * with none set opens the dialog in this terminal (Chinese, embedded SQLite store) and serves
 * the kiosk web chat on PORT.
 */
import { CHANNEL_STARTERS, type RunningChannel } from './bot/channels.ts';
import { describeStartError, openSessionStore } from './bot/run-channels.ts';
import { runTerminal } from './bot/terminal/terminal.ts';
import { startKioskBeside } from './bot/web/serve-kiosk.ts';
import { createDialogService } from './dialogs/service.ts';
import type { SessionStore } from './dialogs/types.ts';
import { warmUpAsk } from './knowledge/ask.ts';

// A start that cannot work (missing variables, Redis down, a platform refusing the token) says
// why in one line, both languages, and exits non-zero — no stack trace.
const failStart = (err: unknown): never => {
  process.stderr.write(`${describeStartError(err)}\n`);
  process.exit(2);
};

// REDIS_URL → Redis (many instances), else the embedded SQLite file.
const store: SessionStore = await openSessionStore(process.env).catch(failStart);
const service = createDialogService({ store });
const running: RunningChannel[] = [];
for (const start of CHANNEL_STARTERS) {
  const channel = await start({ service, store, env: process.env }).catch(failStart);
  if (channel) running.push(channel);
}

// The kiosk web chat for 免费诊断 events, on PORT beside the terminal chat (docs/outreach.md).
const kiosk = running.length === 0 ? await startKioskBeside(service, process.env, store) : null;

// Build the Q&A index (jieba's dictionary, ~0.3–0.5 s) once the channels are up, so the first
// policy question does not wait for it.
setImmediate(() => warmUpAsk());

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
