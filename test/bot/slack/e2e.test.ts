import { afterEach, describe, expect, it } from 'vitest';
import { createRouter, listen, type RunningServer } from '../../../src/bot/http-server.ts';
import { silentLogger } from '../../../src/bot/log.ts';
import { createSlackAdapter, type SlackAdapter } from '../../../src/bot/slack/adapter.ts';
import { createMemorySeenIds } from '../../../src/bot/store/seen-ids.ts';
import { createSqliteStore } from '../../../src/bot/store/sqlite-store.ts';
import { createDialogService } from '../../../src/dialogs/service.ts';
import { driveToVerdict, spyOn } from '../fakes/dialog-driver.ts';
import { waitUntil } from '../fakes/fake-server.ts';
import { squash, unescapeHtml } from '../fakes/reply-text.ts';
import {
  asForm,
  blockActionPayload,
  dmEvent,
  postSigned,
  SLACK_TEST,
  type SlackFake,
  startSlackFake,
} from '../fakes/slack-fake.ts';

let fake: SlackFake;
let server: RunningServer;
let adapter: SlackAdapter;

afterEach(async () => {
  await adapter?.stop();
  await server?.close();
  await fake?.close();
});

describe('Slack with the real dialog service', () => {
  it('takes a user from a DM greeting to verdict, choices by button or select, answers typed', async () => {
    fake = await startSlackFake();
    const store = createSqliteStore({ path: ':memory:' });
    const spy = spyOn(createDialogService({ store }));
    adapter = createSlackAdapter({
      botToken: SLACK_TEST.botToken,
      signingSecret: SLACK_TEST.signingSecret,
      apiUrl: fake.apiUrl,
      dialog: spy,
      store,
      seen: createMemorySeenIds(),
      log: silentLogger,
    });
    await adapter.start();
    server = await listen(
      createRouter({ '/slack/events': adapter.handle ?? (() => {}) }, silentLogger),
      0,
      '127.0.0.1',
    );
    const url = `http://127.0.0.1:${server.port}`;
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
