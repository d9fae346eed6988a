import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../../src/bot/store/sqlite-store.ts';
import { WECOM_TEXT_LIMIT_BYTES, type WecomAdapter } from '../../../src/bot/wecom/adapter.ts';
import { createDialogService } from '../../../src/dialogs/service.ts';
import { type ChannelBot, startWecomBot } from '../fakes/channel-bots.ts';
import { driveToVerdict, spyOn } from '../fakes/dialog-driver.ts';
import { squash } from '../fakes/reply-text.ts';
import { cardClickXml, postToBot, sealForCallback, textXml, type WecomFake } from '../fakes/wecom-fake.ts';

let running: ChannelBot<WecomFake, WecomAdapter> | undefined;

afterEach(async () => {
  await running?.close();
  running = undefined;
});

describe('WeCom with the real dialog service', () => {
  it('takes an enterprise from greeting to verdict, choices by card button, answers typed', async () => {
    const store = createSqliteStore({ path: ':memory:' });
    const spy = spyOn(createDialogService({ store }));
    running = await startWecomBot(spy, store);
    const { fake, adapter, url } = running;
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
