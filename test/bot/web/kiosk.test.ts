import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSqliteStore } from '../../../src/bot/store/sqlite-store.ts';
import { createKioskHandler, kioskRoutes } from '../../../src/bot/web/kiosk.ts';
import { type RunningKiosk, serveKiosk, startKioskBeside } from '../../../src/bot/web/serve-kiosk.ts';
import { createDialogService } from '../../../src/dialogs/service.ts';
import { answerFor } from '../../support/kiosk-answers.ts';
import { TEST_SOURCES } from '../../support/report-sources.ts';

let kiosk: RunningKiosk | null = null;
afterEach(async () => {
  await kiosk?.stop();
  kiosk = null;
});

/** The real dialog service over an in-memory SQLite store, as `npm start` builds it. */
function realDialog() {
  const store = createSqliteStore({ path: ':memory:' });
  return { service: createDialogService({ store }), store };
}

type ReplyView = { kind: string; text: string; slot: string | null; choices: { label: string; value: string }[] };

async function start(publicUrl?: string) {
  const { service: dialog, store } = realDialog();
  kiosk = await serveKiosk({ dialog, sources: TEST_SOURCES, ...(publicUrl ? { publicUrl } : {}) }, 0, '127.0.0.1');
  const base = `http://127.0.0.1:${kiosk.port}`;
  let cookie = '';
  const chat = async (text: string, lang?: string) => {
    const res = await fetch(`${base}/kiosk/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify(lang ? { text, lang } : { text }),
    });
    cookie = res.headers.get('set-cookie')?.split(';')[0] ?? cookie;
    return { status: res.status, body: (await res.json()) as { replies: ReplyView[] } };
  };
  /** Answers each question from the worked example until the dialog gives its verdict. */
  const answerToVerdict = async (first: ReplyView[]) => {
    let replies = first;
    for (let turn = 0; turn < 40 && !replies.some((r) => r.kind === 'verdict'); turn++) {
      const asked = replies.findLast((r) => r.slot !== null);
      if (!asked?.slot) throw new Error('the dialog asked nothing');
      replies = (await chat(answerFor(asked.slot) ?? (asked.choices[0]?.value as string))).body.replies;
    }
    return replies;
  };
  return { base, chat, answerToVerdict, store, cookie: () => cookie };
}

describe('kiosk web chat', () => {
  it('the start page is self-contained, sets a session cookie and shows a QR code of its address', async () => {
    const { base } = await start('http://192.168.1.20:3000/');
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(
      /^kiosk_sid=[0-9a-f]{32}\.[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict/,
    );
    const html = await res.text();
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toMatch(/<div class="qr"><svg[^>]*>.*<path/s);
    expect(html).toContain('http://192.168.1.20:3000/');
    expect(html).not.toMatch(/<script[^>]+src=|<link|@import|url\(/);
  });

  it('without a public address the QR code encodes the address the server listens on', async () => {
    const { base } = await start();
    expect(await (await fetch(`${base}/`)).text()).toContain(`${base}/`);
  });

  it('the QR address never comes from a Host header: 2,000 different ones get the same page', async () => {
    const { base } = await start();
    const { port } = new URL(base);
    const pageFor = (host: string) =>
      new Promise<string>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path: '/', headers: { host } }, (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => {
            text += c;
          });
          res.on('end', () => resolve(text));
        });
        req.on('error', reject);
        req.end();
      });
    const reference = await pageFor('"><script>x</script>');
    expect(reference).not.toContain('script>x');
    expect(reference).toContain(`${base}/`);
    for (let i = 0; i < 2000; i += 50) {
      const pages = await Promise.all(Array.from({ length: 50 }, (_, j) => pageFor(`h${i + j}.example.test`)));
      for (const page of pages) expect(page).toBe(reference);
    }
  });

  it('?lang=en gives the English page with a switch back to Chinese', async () => {
    const { base } = await start();
    const html = await (await fetch(`${base}/?lang=en`)).text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('href="/?lang=zh-CN"');
  });

  it('a dialog runs through the chat endpoint with one session per browser, choices included', async () => {
    const { chat, answerToVerdict, store, cookie } = await start();
    const first = await chat('/start');
    expect(first.status).toBe(200);
    const focus = first.body.replies.find((r) => r.slot === 'focus');
    expect(focus?.choices.length).toBeGreaterThan(1);
    const replies = await answerToVerdict(first.body.replies);
    expect(replies.some((r) => r.kind === 'verdict')).toBe(true);
    // The evaluation stays on the server; the browser only gets text, slots and choices.
    expect(JSON.stringify(replies)).not.toContain('trace');
    // One session in the shared store, under the web channel and the browser's cookie.
    const sid = (cookie().split('=')[1] as string).split('.')[0] as string;
    expect(await store.read({ channel: 'web', userId: sid })).toBeDefined();
  });

  it('the finished dialog prints as the same report page the CLI writes', async () => {
    const { base, chat, answerToVerdict, cookie } = await start();
    await answerToVerdict((await chat('/start')).body.replies);
    const res = await fetch(`${base}/kiosk/report`, { headers: { cookie: cookie() } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<div class="program qualified" data-program="tech-loan">');
    expect(html).toContain('data-form="A1-1"');
    expect(html).toContain('@page { size: A4');
  });

  it('without a session, or right after a reset, the report says there is none yet', async () => {
    const { base, chat, cookie } = await start();
    expect((await fetch(`${base}/kiosk/report`)).status).toBe(404);
    await chat('/reset');
    expect((await fetch(`${base}/kiosk/report`, { headers: { cookie: cookie() } })).status).toBe(404);
  });

  it('a malformed chat request is refused with a code, and other paths are not the kiosk’s', async () => {
    const { base } = await start();
    const bad = await fetch(`${base}/kiosk/chat`, { method: 'POST', body: '{"text": 5}' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'bad_request' });
    const huge = await fetch(`${base}/kiosk/chat`, {
      method: 'POST',
      body: JSON.stringify({ text: 'x'.repeat(20_000) }),
    });
    expect(huge.status).toBe(400);
    expect((await fetch(`${base}/wecom/callback`)).status).toBe(404);
  });

  it('as exact-path routes for another router, every kiosk path is there and a wrong method is 405', async () => {
    const handler = createKioskHandler({ dialog: realDialog().service, sources: TEST_SOURCES });
    const routes = kioskRoutes(handler);
    expect(Object.keys(routes).sort()).toEqual([
      '/',
      '/kiosk/chat',
      '/kiosk/pack',
      '/kiosk/report',
      '/kiosk/start',
      '/kiosk/visitor',
    ]);
    const server = createServer((req, res) => {
      const route = routes[new URL(req.url ?? '/', 'http://x').pathname];
      if (route) route(req, res);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      expect((await fetch(`http://127.0.0.1:${port}/?lang=en`)).status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${port}/kiosk/chat`)).status).toBe(405);
    } finally {
      server.close();
    }
  });

  it('npm start carries on without the kiosk when its port is taken, and serves it when free', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const env = { PORT: String(port), HOST: '127.0.0.1' };
      expect(await startKioskBeside(realDialog().service, env)).toBeNull();
      blocker.close();
      await new Promise((resolve) => blocker.once('close', resolve));
      const running = await startKioskBeside(realDialog().service, env);
      expect(running?.port).toBe(port);
      await running?.stop();
      expect(stderr.mock.calls.map((c) => String(c[0])).join('')).toContain('EADDRINUSE');
    } finally {
      stderr.mockRestore();
      blocker.close();
    }
  });

  it('a failing dialog turn becomes a polite reply, not a stack trace', async () => {
    const codes: string[] = [];
    kiosk = await serveKiosk(
      {
        dialog: { handle: () => Promise.reject(new TypeError('boom at x.ts:1')) },
        sources: TEST_SOURCES,
        onError: (c) => codes.push(c),
      },
      0,
      '127.0.0.1',
    );
    const res = await fetch(`http://127.0.0.1:${kiosk.port}/kiosk/chat`, { method: 'POST', body: '{"text":"hi"}' });
    expect(res.status).toBe(500);
    const body = await res.text();
    expect(body).not.toContain('boom');
    expect(codes).toEqual(['TypeError']);
  });
});
