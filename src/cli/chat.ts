/**
 * `npm run chat -- --jsonl`: the dialog on stdin/stdout (contract §4). Each input line is what
 * the user typed; each output line is one bot turn `{"text","slot","choices"}`, and the verdict
 * turn also carries `"results"` shaped as `screen --json` prints them. The session lives in an
 * in-memory store (each run starts fresh) unless `--db PATH` names a SQLite file.
 * Without `--jsonl` it opens the terminal dialog.
 */
import './quiet-pipe.ts';
import { createInterface } from 'node:readline';
import { createSqliteStore } from '../bot/store/sqlite-store.ts';
import { runTerminal } from '../bot/terminal/terminal.ts';
import { createDialogService } from '../dialogs/service.ts';
import type { Reply } from '../dialogs/types.ts';

/** One output line of the JSONL mode. */
export function jsonlTurn(reply: Reply): Record<string, unknown> {
  const slot = reply.kind === 'ask' ? reply.slot : reply.kind === 'clarify' ? reply.slot : null;
  const choices = reply.kind === 'ask' || reply.kind === 'clarify' ? reply.choices.map((c) => c.label) : [];
  const line: Record<string, unknown> = { text: reply.text, slot, choices };
  if (reply.kind === 'verdict') line.results = reply.results;
  if (reply.kind === 'clarify' && reply.recorded) line.recorded = reply.recorded;
  return line;
}

const args = process.argv.slice(2);
const dbIndex = args.indexOf('--db');
const dbPath = dbIndex >= 0 ? args[dbIndex + 1] : undefined;
const store = createSqliteStore({ path: dbPath ?? ':memory:' });
const service = createDialogService({ store });

if (args.includes('--jsonl')) {
  const rl = createInterface({ input: process.stdin, terminal: false });
  for await (const line of rl) {
    const replies = await service.handle({ channel: 'jsonl', chatId: 'jsonl', userId: 'jsonl', text: line });
    for (const r of replies) process.stdout.write(`${JSON.stringify(jsonlTurn(r))}\n`);
  }
} else {
  await runTerminal({ service });
}
await service.idle();
await store.close();
