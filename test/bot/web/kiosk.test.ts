import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createKioskHandler, kioskRoutes } from '../../../src/bot/web/kiosk.ts';
import { type RunningKiosk, serveKiosk } from '../../../src/bot/web/serve-kiosk.ts';
import { TEST_SOURCES } from '../../support/report-sources.ts';
import { scriptedDialog } from '../../support/scripted-dialog.ts';

let kiosk: RunningKiosk | null = null;
afterEach(async () => {
  await kiosk?.stop();
  kiosk = null;
});

async function start(publicUrl?: string) {
  const dialog = scriptedDialog();
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
    return {
      status: res.status,
      body: (await res.json()) as {
        replies: { kind: string; text: string; choices: { label: string; value: string }[] }[];
      },
    };
  };
  return { base, chat, dialog, cookie: () => cookie };
}

describe('kiosk web chat', () => {
  it('the start page is self-contained, sets a session cookie and shows a QR code of its address', async () => {
    const { base } = await start('http://192.168.1.20:3000/');
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/^kiosk_sid=[0-9a-f-]{36}; Path=\/; HttpOnly; SameSite=Strict/);
    const html = await res.text();
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toMatch(/<div class="qr"><svg[^>]*>.*<path/s);
    expect(html).toContain('http://192.168.1.20:3000/');
    expect(html).not.toMatch(/<script[^>]+src=|<link|@import|url\(/);
  });

  it('without a public address the QR code encodes the address the page was opened at', async () => {
    const { base } = await start();
    expect(await (await fetch(`${base}/`)).text()).toContain(`${base}/`);
  });

  it('a Host header with markup reaches the page only as escaped text', async () => {
    const { base } = await start();
    const { port } = new URL(base);
    const body = await new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/', headers: { host: '"><script>x</script>' } }, (res) => {
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
    expect(body).not.toContain('<script>x</script>');
    expect(body).toContain('&quot;&gt;&lt;script&gt;x&lt;/script&gt;');
  });

  it('?lang=en gives the English page with a switch back to Chinese', async () => {
    const { base } = await start();
    const html = await (await fetch(`${base}/?lang=en`)).text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('href="/?lang=zh-CN"');
  });

  it('a dialog runs through the chat endpoint with one session per browser, choices included', async () => {
    const { chat, dialog } = await start();
    const first = await chat('/start');
    expect(first.status).toBe(200);
    expect(first.body.replies[0]).toMatchObject({ kind: 'ask', choices: [] });
    const second = await chat('6500万');
    expect(second.body.replies.at(-1)?.choices.map((c) => c.value)).toEqual(['completed', 'under_construction']);
    const third = await chat('completed');
    expect(third.body.replies[0]?.kind).toBe('verdict');
    // The evaluation stays on the server; the browser only gets text and choices.
    expect(JSON.stringify(third.body)).not.toContain('trace');
    expect(dialog.sessions.size).toBe(1);
  });

  it('the finished dialog prints as the same report page the CLI writes', async () => {
    const { base, chat, cookie } = await start();
    await chat('/start');
    await chat('6500');
    await chat('completed');
    const res = await fetch(`${base}/kiosk/report`, { headers: { cookie: cookie() } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<div class="program qualified" data-program="tech-loan">');
    expect(html).toContain('data-form="A1-1"');
    expect(html).toContain('@page { size: A4');
  });

  it('before a verdict, or without a session, the report says there is none yet', async () => {
    const { base, chat, cookie } = await start();
    expect((await fetch(`${base}/kiosk/report`)).status).toBe(404);
    await chat('/start');
    expect((await fetch(`${base}/kiosk/report`, { headers: { cookie: cookie() } })).status).toBe(404);
  });

  it('a malformed chat request is refused with a code, and other paths are not the kiosk’s', async () => {
    const { base } = await start();
    const bad = await fetch(`${base}/kiosk/chat`, { method: 'POST', body: '{"text": 5}' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'bad_request' });
    expect((await fetch(`${base}/wecom/callback`)).status).toBe(404);
  });

  it('as exact-path routes for another router, every kiosk path is there and a wrong method is 405', async () => {
    const handler = createKioskHandler({ dialog: scriptedDialog(), sources: TEST_SOURCES });
    const routes = kioskRoutes(handler);
    expect(Object.keys(routes).sort()).toEqual(['/', '/kiosk/chat', '/kiosk/report']);
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
