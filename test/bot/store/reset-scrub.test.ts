/**
 * `/reset` leaves no figure on disk (issue 10): after a user typed an amount and reset, neither
 * the SQLite sessions file nor its write-ahead log holds the figure's bytes — while the bot runs
 * and after it stops. The dialog runs as in production: the real dialog service, through the
 * channels' inbox and outbox.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createInbox } from '../../../src/bot/deliveries.ts';
import { silentLogger } from '../../../src/bot/log.ts';
import { createSqliteStore } from '../../../src/bot/store/sqlite-store.ts';
import { createDialogService } from '../../../src/dialogs/service.ts';
import type { Reply } from '../../../src/dialogs/types.ts';
import { FACT_BY_KEY } from '../../../src/rules/facts.ts';
import { moveFor } from '../fakes/dialog-driver.ts';

const dir = mkdtempSync(join(tmpdir(), 'jfb-scrub-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FIGURE = '7319.46';

/** How many times `needle` occurs in the raw bytes of the database file and its WAL. */
function onDisk(path: string, needle: string): number {
  let count = 0;
  for (const file of [path, `${path}-wal`]) {
    if (!existsSync(file)) continue;
    const bytes = readFileSync(file);
    const pattern = Buffer.from(needle);
    for (let at = bytes.indexOf(pattern); at >= 0; at = bytes.indexOf(pattern, at + 1)) count++;
  }
  return count;
}

describe('/reset on the SQLite store', () => {
  it('leaves no copy of a typed figure in the database file or its WAL, running or stopped', async () => {
    const path = join(dir, 'sessions.sqlite');
    const store = createSqliteStore({ path });
    const service = createDialogService({ store });
    const shown: Reply[][] = [];
    let batch: Reply[] = [];
    const inbox = createInbox({
      channel: 'telegram',
      deliveries: store.deliveries,
      dialog: { handle: async (i) => (batch = await service.handle(i)) },
      outlet: { render: (_d, replies) => [...replies], post: async () => {} },
      log: silentLogger,
    });
    await inbox.start();
    let n = 0;
    const say = async (text: string) => {
      await inbox.accept({ id: `scrub-${++n}`, userId: 'u1', chatId: 'u1', text });
      await inbox.idle();
      shown.push(batch);
      return batch;
    };

    let replies = await say('你好');
    let typed = false;
    for (let turn = 0; turn < 40 && !typed; turn++) {
      const ask = replies.findLast((r): r is Extract<Reply, { kind: 'ask' }> => r.kind === 'ask');
      if (!ask) break;
      if (FACT_BY_KEY.get(ask.slot)?.type === 'amount') {
        replies = await say(`${FIGURE}万`);
        typed = true;
      } else {
        const move = moveFor(ask);
        replies = await say(move.kind === 'click' ? move.choice.value : move.text);
      }
    }
    expect(typed, 'the dialog asked for an amount').toBe(true);
    // The figure is on disk now (the test could fail): the session holds it.
    expect(onDisk(path, FIGURE)).toBeGreaterThan(0);

    await say('/reset');
    expect(onDisk(path, FIGURE), 'while running').toBe(0);
    await inbox.stop();
    await store.close();
    expect(onDisk(path, FIGURE), 'after stopping').toBe(0);
  });
});
