import { afterEach, describe, expect, it } from 'vitest';
import type { SlackAdapter } from '../../../src/bot/slack/adapter.ts';
import { createSqliteStore } from '../../../src/bot/store/sqlite-store.ts';
import { createDialogService } from '../../../src/dialogs/service.ts';
import { type ChannelBot, startSlackBot } from '../fakes/channel-bots.ts';
import { driveToVerdict, spyOn } from '../fakes/dialog-driver.ts';
import { waitUntil } from '../fakes/fake-server.ts';
import { squash, unescapeHtml } from '../fakes/reply-text.ts';
import { asForm, blockActionPayload, dmEvent, postSigned, type SlackFake } from '../fakes/slack-fake.ts';

let running: ChannelBot<SlackFake, SlackAdapter> | undefined;

afterEach(async () => {
  await running?.close();
  running = undefined;
});

describe('Slack with the real dialog service', () => {
  it('takes a user from a DM greeting to verdict, choices by button or select, answers typed', async () => {
    const store = createSqliteStore({ path: ':memory:' });
    const spy = spyOn(createDialogService({ store }));
    running = await startSlackBot(spy, store);
    const { fake, adapter, url } = running;
    const user = 'UE2E';

    const { verdict, clicks, turns } = await driveToVerdict(spy, async (move) => {
      const before = spy.inbounds.length;
      if (move.kind === 'type') {
        expect((await postSigned(url, JSON.stringify(dmEvent(user, move.text)), 'application/json')).status).toBe(200);
      } else {
        const last = fake.posted.findLast((m) => m.blocks.some((b) => b.type === 'actions'));
        const elements = last?.blocks.find((b) => b.type === 'actions')?.elements ?? [];
        const first = elements[0] as {
          type: string;
          action_id: string;
          options?: { value: string; text: { text: string } }[];
        };
        let action: Record<string, unknown>;
        if (first.type === 'static_select') {
          const option = first.options?.find((o) => o.text.text === move.choice.label);
          expect(option, `an option for ${move.choice.label}`).toBeDefined();
          action = { type: 'static_select', action_id: first.action_id, selected_option: option };
        } else {
          const button = (elements as { action_id: string; value: string; text: { text: string } }[]).find(
            (b) => b.value === move.choice.value,
          );
          expect(button, `a button for ${move.choice.label}`).toBeDefined();
          action = { type: 'button', action_id: button?.action_id, value: button?.value, text: button?.text };
        }
        const payload = blockActionPayload(user, `D${user}`, last?.ts ?? '', action);
        expect((await postSigned(url, asForm(payload), 'application/x-www-form-urlencoded')).status).toBe(200);
      }
      await waitUntil(() => spy.inbounds.length > before, 10_000, 'the turn');
      await adapter.idle();
    });

    expect(clicks).toBeGreaterThan(0);
    expect(turns).toBeGreaterThan(3);
    expect(verdict.results.length).toBeGreaterThan(0);
    expect(squash(fake.posted.map((m) => unescapeHtml(m.text)).join(''))).toContain(squash(verdict.text));
    await store.close();
  });
});
