import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startConfiguredChannels } from '../../../src/bot/run-channels.ts';
import { createSqliteStore } from '../../../src/bot/store/sqlite-store.ts';
import { createDialogService } from '../../../src/dialogs/service.ts';
import { WECOM_TEST_APP } from '../fakes/wecom-fake.ts';

/** A port nobody listens on right now. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe('the kiosk beside configured channels', () => {
  it('is served on the channels’ one server, with the QR address from KIOSK_PUBLIC_URL', async () => {
    const port = await freePort();
    const store = createSqliteStore({ path: ':memory:' });
    const channel = await startConfiguredChannels({
      service: createDialogService({ store }),
      store,
      env: {
        PORT: String(port),
        HOST: '127.0.0.1',
        SESSION_DB: ':memory:',
        LOG_LEVEL: 'silent',
        KIOSK_PUBLIC_URL: 'http://192.168.1.20:3000/',
        WECOM_CORP_ID: WECOM_TEST_APP.corpId,
        WECOM_AGENT_ID: WECOM_TEST_APP.agentId,
        WECOM_SECRET: WECOM_TEST_APP.secret,
        WECOM_TOKEN: WECOM_TEST_APP.token,
        WECOM_ENCODING_AES_KEY: WECOM_TEST_APP.encodingAesKey,
        WECOM_API_ROOT: 'http://127.0.0.1:9/',
      },
    });
    try {
      expect(channel?.name).toBe('wecom');
      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('http://192.168.1.20:3000/');
      const chat = await fetch(`http://127.0.0.1:${port}/kiosk/chat`, { method: 'POST', body: '{"text":"/start"}' });
      expect(chat.status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    } finally {
      await channel?.stop();
      await store.close();
    }
  });
});
