import { afterEach, describe, expect, it } from 'vitest';
import { createRouter, listen, type RunningServer } from '../../../src/bot/http-server.ts';
import { silentLogger } from '../../../src/bot/log.ts';
import { createMemorySeenIds } from '../../../src/bot/store/seen-ids.ts';
import { createSqliteStore } from '../../../src/bot/store/sqlite-store.ts';
import { createWecomAdapter, WECOM_TEXT_LIMIT_BYTES, type WecomAdapter } from '../../../src/bot/wecom/adapter.ts';
import { createWecomApi } from '../../../src/bot/wecom/api.ts';
import { aesKeyFrom } from '../../../src/bot/wecom/crypto.ts';
import { createDialogService } from '../../../src/dialogs/service.ts';
import { driveToVerdict, spyOn } from '../fakes/dialog-driver.ts';
import { squash } from '../fakes/reply-text.ts';
import {
  cardClickXml,
  postToBot,
  sealForCallback,
  startWecomFake,
  textXml,
  WECOM_TEST_APP,
  type WecomFake,
} from '../fakes/wecom-fake.ts';

const app = WECOM_TEST_APP;
let fake: WecomFake;
let bot: RunningServer;
let adapter: WecomAdapter;

afterEach(async () => {
  await adapter?.idle();
  await bot?.close();
  await fake?.close();
});

describe('WeCom with the real dialog service', () => {
  it('takes an enterprise from greeting to verdict, choices by card button, answers typed', async () => {
    fake = await startWecomFake();
    const store = createSqliteStore({ path: ':memory:' });
    const spy = spyOn(createDialogService({ store }));
    adapter = createWecomAdapter({
      crypto: { token: app.token, key: aesKeyFrom(app.encodingAesKey), corpId: app.corpId },
      api: createWecomApi(
        { apiRoot: fake.server.url, corpId: app.corpId, secret: app.secret, agentId: app.agentId },
        silentLogger,
      ),
      dialog: spy,
      store,
      seen: createMemorySeenIds(),
      log: silentLogger,
    });
    bot = await listen(createRouter({ '/wecom/callback': adapter.handle }, silentLogger), 0, '127.0.0.1');
    const url = `http://127.0.0.1:${bot.port}`;
    let msgId = 8000000000000000000n;
    let createTime = 1700000000;
    const user = 'e2e-enterprise';

    const { verdict, clicks, turns } = await driveToVerdict(spy, async (move, ask) => {
      let xml: string;
      if (move.kind === 'type') xml = textXml(user, move.text, String(++msgId));
      else if ((ask?.choices.length ?? 0) <= 6) {
        const card = fake.sent.findLast((m) => m.msgtype === 'template_card')?.template_card;
        const button = card?.button_list.find((b) => b.key === move.choice.value);
        expect(button, `a button for ${move.choice.label}`).toBeDefined();
        xml = cardClickXml(user, button?.key ?? '', card?.task_id ?? '', String(++createTime));
      } else {
        xml = textXml(user, String(move.index + 1), String(++msgId)); // listed by number
      }
      expect((await postToBot(url, sealForCallback(xml))).status).toBe(200);
      await adapter.idle();
    });

    expect(clicks).toBeGreaterThan(0);
    expect(turns).toBeGreaterThan(3);
    expect(verdict.results.length).toBeGreaterThan(0);
    const texts = fake.sent.filter((m) => m.msgtype === 'text').map((m) => m.text?.content ?? '');
    for (const t of texts) expect(Buffer.byteLength(t)).toBeLessThanOrEqual(WECOM_TEXT_LIMIT_BYTES);
    expect(squash(texts.join(''))).toContain(squash(verdict.text));
    expect(await store.read({ channel: 'wecom', userId: user })).toBeDefined();
    await store.close();
  });
});
