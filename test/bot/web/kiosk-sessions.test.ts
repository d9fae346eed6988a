/**
 * Kiosk sessions are the server's (issue 10): ids are random and signed, a browser's session is
 * stored only from its first answer, and one address may start only so many sessions at a time.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../../src/bot/store/sqlite-store.ts';
import { type RunningKiosk, serveKiosk } from '../../../src/bot/web/serve-kiosk.ts';
import { createDialogService } from '../../../src/dialogs/service.ts';
import { TEST_SOURCES } from '../../support/report-sources.ts';

let kiosk: RunningKiosk | null = null;
afterEach(async () => {
  await kiosk?.stop();
  kiosk = null;
});

async function start(options: { newSessionsPerAddress?: number } = {}) {
  const store = createSqliteStore({ path: ':memory:' });
  const dialog = createDialogService({ store });
  kiosk = await serveKiosk({ dialog, store, sources: TEST_SOURCES, ...options }, 0, '127.0.0.1');
  const base = `http://127.0.0.1:${kiosk.port}`;
  const chat = async (text: string, cookie = '') => {
    const res = await fetch(`${base}/kiosk/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ text }),
    });
    const set = res.headers.get('set-cookie')?.split(';')[0];
    const body = (await res.json()) as { replies: { slot: string | null; text: string }[] };
    return { status: res.status, cookie: set ?? cookie, body };
  };
  const sidOf = (cookie: string) => cookie.split('=')[1]?.split('.')[0] ?? '';
  const stored = (sid: string) => store.read({ channel: 'web', userId: sid });
  return { base, chat, sidOf, stored };
}

describe('kiosk sessions', () => {
  it('a session id the server never issued is not used: the browser gets a new signed one', async () => {
    const { chat, sidOf, stored } = await start();
    const chosen = `kiosk_sid=${'0'.repeat(32)}.${'A'.repeat(43)}`;
    const res = await chat('/start', chosen);
    expect(res.cookie).not.toBe(chosen);
    expect(sidOf(res.cookie)).toMatch(/^[0-9a-f]{32}$/);
    const answered = await chat('2', chosen);
    expect(answered.cookie).not.toBe(chosen);
    expect(await stored('0'.repeat(32))).toBeUndefined();
    // An id with a valid shape but a signature from another secret is no session either.
    const forged = `kiosk_sid=${sidOf(res.cookie)}.${'B'.repeat(43)}`;
    expect((await chat('/start', forged)).cookie).not.toBe(forged);
  });

  it('opening the chat stores nothing; the first answer creates the session and answers the question shown', async () => {
    const { chat, sidOf, stored } = await start();
    const starts = await Promise.all(Array.from({ length: 200 }, () => chat('/start')));
    for (const s of starts) expect(await stored(sidOf(s.cookie))).toBeUndefined();

    const first = starts[0];
    const focus = first?.body.replies.find((r) => r.slot === 'focus');
    expect(focus).toBeDefined();
    const answered = await chat('1', first?.cookie);
    expect(answered.status).toBe(200);
    const state = (await stored(sidOf(first?.cookie ?? ''))) as { focus: unknown; pending: string | null };
    // The answer went to the focus question the browser was shown, and the dialog moved on.
    expect(state.focus).not.toBeNull();
    expect(state.pending).not.toBe('focus');
  });

  it('one address may start only so many sessions; its sessions already started carry on', async () => {
    const { chat } = await start({ newSessionsPerAddress: 3 });
    const browsers = await Promise.all(Array.from({ length: 4 }, () => chat('/start')));
    const results = [];
    for (const b of browsers) results.push(await chat('1', b.cookie));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 429]);
    expect(results[3]?.body.replies[0]?.text).toBeTruthy();
    expect((await chat('不知道', browsers[0]?.cookie)).status).toBe(200);
  });
});
