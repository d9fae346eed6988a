import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { blocksFor, escapeMrkdwn, type SlackAdapter } from '../../../src/bot/slack/adapter.ts';
import type { DialogPort } from '../../../src/bot/turns.ts';
import type { Reply } from '../../../src/dialogs/types.ts';
import { type ChannelBot, startSlackBot } from '../fakes/channel-bots.ts';
import { createScriptedDialog, memoryStore, SCRIPT } from '../fakes/scripted-dialog.ts';
import {
  asForm,
  blockActionPayload,
  dmEvent,
  mentionEvent,
  postSigned,
  SLACK_TEST,
  type SlackFake,
} from '../fakes/slack-fake.ts';

let running: ChannelBot<SlackFake, SlackAdapter> | undefined;
let fake: SlackFake;
let adapter: SlackAdapter;
let botUrl = '';

async function setup(dialog: DialogPort) {
  running = await startSlackBot(dialog);
  ({ fake, adapter, url: botUrl } = running);
}

afterEach(async () => {
  await running?.close();
  running = undefined;
});

const json = 'application/json';
const form = 'application/x-www-form-urlencoded';

describe('Slack adapter over HTTP', () => {
  it('runs a DM dialog from greeting to verdict, with a choice made by a button', async () => {
    await setup(createScriptedDialog(memoryStore()));
    expect((await postSigned(botUrl, JSON.stringify(dmEvent('U1', '你好')), json)).status).toBe(200);
    const [q1] = await fake.waitForPosted(1);
    expect(q1?.channel).toBe('DU1');
    expect(q1?.blocks[0]?.text?.text).toBe(SCRIPT.askJiangsu);
    const buttons = q1?.blocks[1]?.elements ?? [];
    expect(buttons.map((b) => (b.text as { text: string }).text)).toEqual(['是', '否']);

    const click = blockActionPayload('U1', 'DU1', q1?.ts ?? '', {
      type: 'button',
      action_id: buttons[0]?.action_id,
      value: buttons[0]?.value,
      text: { type: 'plain_text', text: '是' },
    });
    expect((await postSigned(botUrl, asForm(click), form)).status).toBe(200);
    await fake.waitForPosted(2);
    expect(fake.posted[1]?.blocks[0]?.text?.text).toBe(SCRIPT.askInvestment);
    // The answered question loses its buttons.
    expect(fake.updated).toHaveLength(1);
    expect(JSON.stringify(fake.updated[0]?.blocks)).not.toContain('"actions"');

    await postSigned(botUrl, JSON.stringify(dmEvent('U1', '3500')), json);
    await fake.waitForPosted(3);
    expect(fake.posted[2]?.text).toBe(`${SCRIPT.verdictPrefix}in_jiangsu=yes total_investment=3500`);
  });

  it('answers a mention in a channel, without the mention itself in the text', async () => {
    const texts: string[] = [];
    await setup({
      handle: async (i) => {
        texts.push(i.text);
        return [{ kind: 'clarify', text: 'ok', slot: null, choices: [] }];
      },
    });
    await postSigned(botUrl, JSON.stringify(mentionEvent('U2', 'C9', '/start')), json);
    const [m] = await fake.waitForPosted(1);
    expect(m?.channel).toBe('C9');
    expect(texts).toEqual(['/start']);
  });

  it('answers a retried event (X-Slack-Retry-Num) once', async () => {
    const dialog = createScriptedDialog(memoryStore());
    await setup(dialog);
    const body = JSON.stringify(dmEvent('U3', '你好'));
    const first = await postSigned(botUrl, body, json);
    const retries = await Promise.all([
      postSigned(botUrl, body, json, { retryNum: 1 }),
      postSigned(botUrl, body, json, { retryNum: 2 }),
    ]);
    expect([first, ...retries].map((r) => r.status)).toEqual([200, 200, 200]);
    await adapter.idle();
    expect(dialog.turns).toBe(1);
    expect(fake.posted).toHaveLength(1);
  });

  it('answers a message once when it arrives both as a DM and as a mention', async () => {
    const dialog = createScriptedDialog(memoryStore());
    await setup(dialog);
    const dm = dmEvent('U4', '你好');
    const mention = mentionEvent('U4', dm.event.channel, '你好', dm.event.ts);
    await postSigned(botUrl, JSON.stringify(dm), json);
    await postSigned(botUrl, JSON.stringify(mention), json);
    await adapter.idle();
    expect(dialog.turns).toBe(1);
  });

  it('refuses a request signed with the wrong secret, and a stale signed one, with 401', async () => {
    const dialog = createScriptedDialog(memoryStore());
    await setup(dialog);
    const body = JSON.stringify(dmEvent('U5', '你好'));
    expect((await postSigned(botUrl, body, json, { secret: 'wrong' })).status).toBe(401);
    const stale = Math.floor(Date.now() / 1000) - 10 * 60;
    expect((await postSigned(botUrl, body, json, { timestamp: stale })).status).toBe(401);
    await adapter.idle();
    expect(dialog.turns).toBe(0);
    expect(fake.posted).toHaveLength(0);
  });

  it('acknowledges an event within 3 seconds even when the turn is slow', async () => {
    await setup(createScriptedDialog(memoryStore(), { delayMs: 3500 }));
    const res = await postSigned(botUrl, JSON.stringify(dmEvent('U6', '你好')), json);
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(1000);
    await fake.waitForPosted(1, 8000);
  });

  it('answers the URL verification challenge', async () => {
    await setup(createScriptedDialog(memoryStore()));
    const res = await fetch(`${botUrl}/slack/events`, { method: 'GET' });
    expect(res.status).toBe(405);
    const body = JSON.stringify({ type: 'url_verification', challenge: 'abc123', token: 'x' });
    const ts = String(Math.floor(Date.now() / 1000));
    const sig = `v0=${createHmac('sha256', SLACK_TEST.signingSecret).update(`v0:${ts}:${body}`).digest('hex')}`;
    const verify = await fetch(`${botUrl}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': json, 'x-slack-request-timestamp': ts, 'x-slack-signature': sig },
      body,
    });
    expect(verify.status).toBe(200);
    expect(await verify.text()).toContain('abc123');
  });

  it('offers more than five choices as one static_select and reads the selection', async () => {
    const choices = Array.from({ length: 7 }, (_, i) => ({ label: `选项${i + 1}`, value: `v${i + 1}` }));
    const seen: string[] = [];
    await setup({
      handle: async (i) => {
        seen.push(i.text);
        return [{ kind: 'ask', text: '请选择', slot: 'certifications', choices }] satisfies Reply[];
      },
    });
    await postSigned(botUrl, JSON.stringify(dmEvent('U7', '/start')), json);
    const [q] = await fake.waitForPosted(1);
    const select = q?.blocks[1]?.elements?.[0] as { type: string; options: { value: string }[]; action_id: string };
    expect(select.type).toBe('static_select');
    expect(select.options.map((o) => o.value)).toEqual(choices.map((c) => c.value));
    const pick = blockActionPayload('U7', 'DU7', q?.ts ?? '', {
      type: 'static_select',
      action_id: select.action_id,
      selected_option: { value: 'v6', text: { type: 'plain_text', text: '选项6' } },
    });
    await postSigned(botUrl, asForm(pick), form);
    await fake.waitForPosted(2);
    expect(seen).toEqual(['/start', 'v6']);
  });
});

describe('Slack slash commands', () => {
  it('passes /lang en to the engine as typed and answers in the channel it came from', async () => {
    const seen: string[] = [];
    await setup({
      handle: async (i) => {
        seen.push(`${i.userId}:${i.text}`);
        return [{ kind: 'clarify', text: 'Language: English', slot: null, choices: [] }];
      },
    });
    const form = new URLSearchParams({
      command: '/lang',
      text: 'en',
      user_id: 'U9',
      channel_id: 'DU9',
      team_id: 'T1',
      trigger_id: 'trig-lang-1',
      token: 'x',
      response_url: 'http://127.0.0.1:1/unused',
    }).toString();
    const { status } = await postSigned(botUrl, form, 'application/x-www-form-urlencoded');
    expect(status).toBe(200);
    const [m] = await fake.waitForPosted(1);
    expect(m?.channel).toBe('DU9');
    expect(seen).toEqual(['U9:/lang en']);
    // Slack may deliver the same command twice on a timeout: one answer.
    await postSigned(botUrl, form, 'application/x-www-form-urlencoded');
    await adapter.idle();
    expect(seen).toHaveLength(1);
  });
});

describe('Slack rendering', () => {
  it('escapes &, < and > so user text cannot ping or link', () => {
    expect(escapeMrkdwn('<!channel> a&b <http://x|y>')).toBe('&lt;!channel&gt; a&amp;b &lt;http://x|y&gt;');
  });

  it('uses buttons up to five choices and a select from six', () => {
    const mk = (n: number) => Array.from({ length: n }, (_, i) => ({ label: `c${i}`, value: `v${i}` }));
    const kind = (n: number) => (blocksFor('q', mk(n))[1] as { elements: { type: string }[] }).elements[0]?.type;
    expect(kind(5)).toBe('button');
    expect(kind(6)).toBe('static_select');
  });
});
