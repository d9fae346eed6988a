/**
 * Slack through Bolt: direct messages and @mentions, choices as Block Kit buttons (or a
 * static_select when there are many). HTTP mode uses our receiver (./http-receiver.ts: signature,
 * timestamp window, body shape) mounted at `/slack/events` on our shared server; Socket Mode when
 * an app token is given. Every delivery is written to the inbox before Slack is answered, and is
 * taken once by channel + ts, so a retried event (X-Slack-Retry-Num) or the same message arriving
 * as both `message.im` and `app_mention` is answered once (src/bot/deliveries.ts).
 */
import { App, type Context as BoltContext, type Logger as BoltLogger, LogLevel, SocketModeReceiver } from '@slack/bolt';
import type { Choice, PackRequest, Reply } from '../../dialogs/types.ts';
import { t } from '../../i18n.ts';
import { createInbox, type DeliveryLog, type Outlet } from '../deliveries.ts';
import type { RouteHandler } from '../http-server.ts';
import { errorCode, type Logger } from '../log.ts';
import { type FileSender, sendPackFiles } from '../pack-files.ts';
import { type DialogPort, replyPayloads } from '../turns.ts';
import { SlackHttpReceiver, type SlackRequestState } from './http-receiver.ts';

/** A section block's text holds at most 3000 characters. */
export const SLACK_SECTION_LIMIT = 3000;
/** Up to this many choices are buttons; more become one static_select. */
export const SLACK_MAX_BUTTONS = 5;
// Block Kit limits: button/option text 75 chars, option value 150 chars, button value 2000.
const LABEL_MAX = 75;
const OPTION_VALUE_MAX = 150;
const ACTION_PREFIX = 'jfb_choice';
/** Slash commands to register in the Slack app (Request URL `/slack/events`). */
export const SLACK_COMMANDS = ['/start', '/help', '/reset', '/lang', '/result'] as const;
const SLASH_COMMANDS = new RegExp(`^(${SLACK_COMMANDS.map((c) => c.replace('/', '\\/')).join('|')})$`);

export interface SlackAdapterDeps {
  readonly botToken: string;
  /** HTTP mode: Bolt verifies every request with it. */
  readonly signingSecret?: string;
  /** Socket Mode when set (and no signing secret is needed). */
  readonly appToken?: string;
  /** Web API base, e.g. `http://127.0.0.1:PORT/api/` for the fake; Slack's by default. */
  readonly apiUrl?: string;
  readonly dialog: DialogPort;
  /** Inbox and outbox (the session store's `deliveries`). */
  readonly deliveries: DeliveryLog;
  readonly log: Logger;
  /** Interval of the outbox's resend timer (default 5 s). */
  readonly retryMs?: number;
}

export interface SlackAdapter {
  readonly app: App;
  /** Request listener for `/slack/events` (HTTP mode only). */
  readonly handle: RouteHandler | undefined;
  start(): Promise<void>;
  stop(): Promise<void>;
  idle(): Promise<void>;
}

/** Escapes the three characters Slack's mrkdwn treats as control characters. */
export function escapeMrkdwn(s: string): string {
  return s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

const cut = (s: string, max: number) => {
  const chars = [...s];
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join('')}…`;
};

// Bolt's own log lines go to ours at warn/error only: its debug output can carry payloads.
function boltLogger(log: Logger): BoltLogger {
  let level = LogLevel.WARN;
  const line = (msg: unknown[]) => ({
    detail: cut(msg.map((m) => (m instanceof Error ? errorCode(m) : String(m))).join(' '), 200),
  });
  return {
    debug: () => {},
    info: () => {},
    warn: (...msg) => log.warn('slack_bolt', line(msg)),
    error: (...msg) => log.error('slack_bolt', line(msg)),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

/** Block Kit for one part of a reply; the choices go on the last part. */
export function blocksFor(text: string, choices: readonly Choice[], locale: 'zh-CN' | 'en' = 'zh-CN'): unknown[] {
  const blocks: unknown[] = [{ type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(text) } }];
  if (choices.length === 0) return blocks;
  if (choices.length <= SLACK_MAX_BUTTONS) {
    blocks.push({
      type: 'actions',
      block_id: 'jfb_choices',
      elements: choices.map((c, i) => ({
        type: 'button',
        action_id: `${ACTION_PREFIX}_${i}`,
        text: { type: 'plain_text', text: cut(c.label, LABEL_MAX) },
        value: c.value,
      })),
    });
  } else {
    blocks.push({
      type: 'actions',
      block_id: 'jfb_choices',
      elements: [
        {
          type: 'static_select',
          action_id: `${ACTION_PREFIX}_select`,
          placeholder: { type: 'plain_text', text: t(locale, 'bot.choose.placeholder') },
          options: choices.slice(0, 100).map((c, i) => ({
            text: { type: 'plain_text', text: cut(c.label, LABEL_MAX) },
            // An over-long value is sent as the choice number, which the engine also reads.
            value: c.value.length <= OPTION_VALUE_MAX ? c.value : String(i + 1),
          })),
        },
      ],
    });
  }
  return blocks;
}

interface ActionBody {
  user?: { id?: string };
  channel?: { id?: string };
  message?: { ts?: string; text?: string; blocks?: { type?: string }[] };
  actions?: {
    action_ts?: string;
    value?: string;
    text?: { text?: string };
    selected_option?: { value?: string; text?: { text?: string } };
  }[];
}

export function createSlackAdapter(deps: SlackAdapterDeps): SlackAdapter {
  const logger = boltLogger(deps.log);
  const clientOptions = deps.apiUrl ? { slackApiUrl: deps.apiUrl } : {};
  const socketMode = deps.appToken !== undefined && deps.signingSecret === undefined;
  const httpReceiver = socketMode
    ? undefined
    : new SlackHttpReceiver({ signingSecret: deps.signingSecret ?? '', log: deps.log });
  // Built here rather than by `socketMode: true` so SLACK_API_URL also reaches apps.connections.open
  // (Bolt passes installerOptions.clientOptions to the Socket Mode client).
  const socketReceiver = socketMode
    ? new SocketModeReceiver({ appToken: deps.appToken ?? '', logger, installerOptions: { clientOptions } })
    : undefined;
  const app = new App({
    token: deps.botToken,
    logger,
    clientOptions,
    deferInitialization: true,
    receiver: httpReceiver ?? socketReceiver,
  });
  if (socketReceiver) processBeforeAck(socketReceiver, app, deps.log);
  app.error(async (err) => {
    deps.log.error('slack_listener_failed', { code: errorCode(err) });
  });

  interface SlackPayload {
    readonly channel: string;
    readonly text: string;
    readonly blocks: unknown[];
    /** The forms of a pack, uploaded instead of a message. */
    readonly pack?: PackRequest;
  }
  const outlet: Outlet = {
    render(delivery, replies: readonly Reply[]) {
      return replies.flatMap((reply) =>
        replyPayloads<SlackPayload>(
          reply,
          SLACK_SECTION_LIMIT,
          (part, choices) => ({ channel: delivery.chatId, text: escapeMrkdwn(part), blocks: blocksFor(part, choices) }),
          (pack) => ({ channel: delivery.chatId, text: '', blocks: [], pack }),
        ),
      );
    },
    async post(payload) {
      const p = payload as SlackPayload;
      if (p.pack) {
        await sendPackFiles(p.pack, slackFileSender(p.channel));
        return;
      }
      await app.client.chat.postMessage({ channel: p.channel, text: p.text, blocks: p.blocks as never });
    },
  };
  /** Files into a Slack conversation: files.uploadV2 (getUploadURLExternal, upload, completeUploadExternal). */
  function slackFileSender(channel: string): FileSender {
    return {
      channel: 'slack',
      log: deps.log,
      upload: async (file, caption) => {
        await app.client.filesUploadV2({
          channel_id: channel,
          file: file.bytes,
          filename: file.fileName,
          title: caption,
          initial_comment: caption,
        });
      },
      say: async (text) => {
        await app.client.chat.postMessage({ channel, text: escapeMrkdwn(text), blocks: blocksFor(text, []) as never });
      },
    };
  }

  const inbox = createInbox({
    channel: 'slack',
    deliveries: deps.deliveries,
    dialog: deps.dialog,
    outlet,
    log: deps.log,
    ...(deps.retryMs ? { retryMs: deps.retryMs } : {}),
  });

  /** Writes the delivery to the inbox; a failure makes the receiver answer 500 so Slack retries. */
  async function turn(context: BoltContext, id: string, channel: string, userId: string, text: string): Promise<void> {
    try {
      await inbox.accept({ id, chatId: channel, userId, text });
    } catch (err) {
      deps.log.error('slack_inbox_failed', { code: errorCode(err) });
      const state = context.delivery as SlackRequestState | undefined;
      if (state) state.failed = true;
    }
  }

  app.message(async ({ message, context }) => {
    if (message.channel_type !== 'im' || message.subtype !== undefined) return;
    if (!('user' in message) || !message.user || typeof message.text !== 'string') return;
    if (context.retryNum) deps.log.info('slack_retry_received', { retry: context.retryNum });
    await turn(context, `slack:msg:${message.channel}:${message.ts}`, message.channel, message.user, message.text);
  });

  app.event('app_mention', async ({ event, context }) => {
    if (!event.user) return;
    if (context.retryNum) deps.log.info('slack_retry_received', { retry: context.retryNum });
    const text = event.text.replace(/<@[A-Z0-9]+>/g, '').trim();
    await turn(context, `slack:msg:${event.channel}:${event.ts}`, event.channel, event.user, text);
  });

  // Slack's client takes any message starting with "/" as a slash command, so /start, /lang en …
  // reach us only as commands registered in the app; they are passed to the engine as typed.
  app.command(SLASH_COMMANDS, async ({ ack, command, context }) => {
    await ack();
    const text = `${command.command} ${command.text ?? ''}`.trim();
    await turn(context, `slack:cmd:${command.trigger_id}`, command.channel_id, command.user_id, text);
  });

  app.action(new RegExp(`^${ACTION_PREFIX}_`), async ({ ack, body, client, context }) => {
    await ack();
    const b = body as ActionBody;
    const action = b.actions?.[0];
    const value = action?.value ?? action?.selected_option?.value;
    const userId = b.user?.id;
    const channel = b.channel?.id;
    if (!value || !userId || !channel) return;
    await turn(context, `slack:act:${userId}:${action?.action_ts ?? b.message?.ts ?? ''}`, channel, userId, value);
    // Swap the buttons for a note of the choice, so an old question cannot be answered again
    // (after the delivery is safe, and not on the acknowledgement's path).
    if (b.message?.ts) {
      const label = action?.text?.text ?? action?.selected_option?.text?.text ?? value;
      const kept = (b.message.blocks ?? []).filter((block) => block.type !== 'actions');
      void client.chat
        .update({
          channel,
          ts: b.message.ts,
          text: b.message.text ?? '',
          blocks: [
            ...kept,
            { type: 'context', elements: [{ type: 'plain_text', text: t('zh-CN', 'bot.chosen', { label }) }] },
          ] as never,
        })
        .catch((err: unknown) => deps.log.debug('slack_update_failed', { code: errorCode(err) }));
    }
  });

  return {
    app,
    handle: httpReceiver?.handle,
    async start() {
      await app.init();
      await inbox.start();
      // HTTP mode is served by our shared server; Socket Mode opens its own connection.
      if (socketMode) await app.start();
    },
    async stop() {
      if (socketMode) await app.stop();
      await inbox.stop();
    },
    idle: () => inbox.idle(),
  };
}

/**
 * Socket Mode acknowledges an envelope only once its delivery is in the inbox, as the HTTP receiver does
 * (Bolt itself acknowledges Events API envelopes before any listener runs): Bolt processes the event with a
 * silent ack, our listener writes the inbox, then the envelope is acknowledged. A failed inbox write leaves
 * it unacknowledged, so Slack sends it again.
 */
function processBeforeAck(receiver: SocketModeReceiver, app: App, log: Logger): void {
  const client = receiver.client;
  client.removeAllListeners('slack_event');
  client.on(
    'slack_event',
    async (args: {
      body: Record<string, unknown>;
      ack: (r?: unknown) => Promise<void>;
      retry_num?: number;
      retry_reason?: string;
    }) => {
      const state: SlackRequestState = { failed: false };
      let response: unknown;
      try {
        await app.processEvent({
          body: args.body as never,
          ack: async (r?: unknown) => {
            response = r;
          },
          ...(args.retry_num !== undefined ? { retryNum: args.retry_num } : {}),
          ...(args.retry_reason !== undefined ? { retryReason: args.retry_reason } : {}),
          customProperties: { delivery: state },
        });
      } catch (err) {
        log.error('slack_event_failed', { code: errorCode(err) });
      }
      if (state.failed) return;
      await args.ack(response);
    },
  );
}
