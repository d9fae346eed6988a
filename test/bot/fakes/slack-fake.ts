/**
 * A fake Slack Web API (`/api/<method>`: auth.test, chat.postMessage, chat.update, and the three
 * steps of files.uploadV2: files.getUploadURLExternal, the upload URL, files.completeUploadExternal) and Slack's
 * side of the Events API: it signs deliveries with the signing secret as Slack does.
 */
import { createHmac } from 'node:crypto';
import { type FakeServer, startFakeServer, waitUntil } from './fake-server.ts';
import { isMultipart, parseMultipart } from './multipart.ts';
import { acceptWebSocket, type FakeSocket } from './websocket-server.ts';

export const SLACK_TEST = {
  botToken: 'xoxb-test-not-real',
  appToken: 'xapp-test-not-real',
  signingSecret: 'test-signing-secret-not-real',
  botUserId: 'UBOT',
};

export interface SlackPosted {
  readonly channel: string;
  readonly text: string;
  readonly blocks: { type: string; text?: { text: string }; elements?: Record<string, unknown>[] }[];
  readonly ts: string;
}

/** A file shared by files.completeUploadExternal, with the bytes posted to its upload URL. */
export interface SlackShared {
  readonly channel_id: string;
  readonly initial_comment?: string;
  readonly title?: string;
  readonly filename: string;
  readonly length: number;
  readonly bytes: Buffer;
}

export interface SlackFake {
  readonly server: FakeServer;
  readonly apiUrl: string;
  readonly posted: SlackPosted[];
  readonly updated: Record<string, unknown>[];
  /** Files shared into conversations. */
  readonly shared: SlackShared[];
  /** The next files.getUploadURLExternal fails with this error once. */
  failNextUpload(error: string): void;
  /** Socket Mode: envelope ids the bot acknowledged. */
  readonly acked: string[];
  /** Socket Mode: resolves once a client is connected (after `hello`). */
  socketConnected(timeoutMs?: number): Promise<void>;
  /** Socket Mode: pushes an Events API payload as Slack would; returns the envelope id. */
  pushEvent(body: unknown, retryAttempt?: number, envelopeId?: string): string;
  waitForPosted(count: number, timeoutMs?: number): Promise<SlackPosted[]>;
  close(): Promise<void>;
}

function params(body: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return JSON.parse(body) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(body)) {
    out[k] = k === 'blocks' ? JSON.parse(v) : v;
  }
  return out;
}

export async function startSlackFake(botToken = SLACK_TEST.botToken): Promise<SlackFake> {
  const posted: SlackPosted[] = [];
  const updated: Record<string, unknown>[] = [];
  const acked: string[] = [];
  let socket: FakeSocket | undefined;
  let envelopes = 0;
  let ts = 1700000000;
  let wsUrl = '';
  const shared: SlackShared[] = [];
  const pendingUploads = new Map<string, { filename: string; length: number; bytes?: Buffer }>();
  let failUpload: string | undefined;
  const server = await startFakeServer(
    (req) => {
      // The upload URL files.getUploadURLExternal handed out: raw bytes, no token needed.
      const upload = /^\/upload\/(F\w+)$/u.exec(req.path);
      if (upload) {
        const pending = pendingUploads.get(upload[1] as string);
        if (!pending) return { status: 404, text: 'no such upload' };
        // The SDK may post the bytes raw or as a multipart form; Slack takes either.
        pending.bytes = isMultipart(req) ? (parseMultipart(req)[0]?.bytes ?? Buffer.alloc(0)) : req.raw;
        return { text: 'OK - 200' };
      }
      if (req.path === '/api/apps.connections.open') {
        if (req.headers.authorization !== `Bearer ${SLACK_TEST.appToken}`)
          return { json: { ok: false, error: 'invalid_auth' } };
        return { json: { ok: true, url: wsUrl } };
      }
      if (req.headers.authorization !== `Bearer ${botToken}`) return { json: { ok: false, error: 'invalid_auth' } };
      const p = params(req.body, req.headers['content-type']);
      switch (req.path) {
        case '/api/auth.test':
          return {
            json: {
              ok: true,
              url: 'https://fake.slack.test/',
              team: 'T',
              user: 'fundbot',
              team_id: 'T1',
              user_id: SLACK_TEST.botUserId,
              bot_id: 'BBOT',
            },
          };
        case '/api/chat.postMessage': {
          const msg = { ...(p as unknown as SlackPosted), ts: `${++ts}.000100` };
          posted.push(msg);
          return { json: { ok: true, channel: p.channel, ts: msg.ts, message: { text: p.text } } };
        }
        case '/api/chat.update':
          updated.push(p);
          return { json: { ok: true, channel: p.channel, ts: p.ts } };
        case '/api/files.getUploadURLExternal': {
          if (failUpload !== undefined) {
            const error = failUpload;
            failUpload = undefined;
            return { json: { ok: false, error } };
          }
          const id = `F${pendingUploads.size + 1}`;
          pendingUploads.set(id, { filename: String(p.filename), length: Number(p.length) });
          return { json: { ok: true, upload_url: `${server.url}/upload/${id}`, file_id: id } };
        }
        case '/api/files.completeUploadExternal': {
          const files = (typeof p.files === 'string' ? JSON.parse(p.files) : p.files) as {
            id: string;
            title?: string;
          }[];
          for (const f of files) {
            const pending = pendingUploads.get(f.id);
            if (!pending?.bytes) return { json: { ok: false, error: 'file_not_found' } };
            shared.push({
              channel_id: String(p.channel_id),
              ...(p.initial_comment === undefined ? {} : { initial_comment: String(p.initial_comment) }),
              ...(f.title === undefined ? {} : { title: f.title }),
              filename: pending.filename,
              length: pending.length,
              bytes: pending.bytes,
            });
          }
          return { json: { ok: true, files: files.map((f) => ({ id: f.id, title: f.title })) } };
        }
        default:
          return { json: { ok: false, error: 'unknown_method' } };
      }
    },
    (req, raw) => {
      socket = acceptWebSocket(req, raw, (text) => {
        const msg = JSON.parse(text) as { envelope_id?: string };
        if (msg.envelope_id) acked.push(msg.envelope_id);
      });
      socket.send(
        JSON.stringify({
          type: 'hello',
          num_connections: 1,
          connection_info: { app_id: 'A1' },
          debug_info: { host: 'fake' },
        }),
      );
    },
  );
  wsUrl = `${server.url.replace('http', 'ws')}/link`;
  return {
    server,
    apiUrl: `${server.url}/api/`,
    posted,
    updated,
    shared,
    failNextUpload: (error) => {
      failUpload = error;
    },
    acked,
    async socketConnected(timeoutMs = 10_000) {
      await waitUntil(() => socket !== undefined, timeoutMs, 'a Socket Mode connection');
    },
    pushEvent(body, retryAttempt = 0, envelopeId = `env-${++envelopes}`) {
      if (!socket) throw new Error('no Socket Mode client connected');
      socket.send(
        JSON.stringify({
          envelope_id: envelopeId,
          type: 'events_api',
          accepts_response_payload: false,
          retry_attempt: retryAttempt,
          retry_reason: retryAttempt ? 'timeout' : '',
          payload: body,
        }),
      );
      return envelopeId;
    },
    async waitForPosted(count, timeoutMs = 10_000) {
      await waitUntil(() => posted.length >= count, timeoutMs, `${count} Slack messages (have ${posted.length})`);
      return posted;
    },
    close: async () => {
      socket?.close();
      await server.close();
    },
  };
}

/** Signs and posts a raw body to the bot's `/slack/events`, as Slack does. */
export async function postSigned(
  botUrl: string,
  body: string,
  contentType: string,
  opts: { secret?: string; retryNum?: number; timestamp?: number } = {},
): Promise<{ status: number; ms: number }> {
  const timestamp = String(opts.timestamp ?? Math.floor(Date.now() / 1000));
  const sig = `v0=${createHmac('sha256', opts.secret ?? SLACK_TEST.signingSecret)
    .update(`v0:${timestamp}:${body}`)
    .digest('hex')}`;
  const t0 = performance.now();
  const res = await fetch(`${botUrl}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': timestamp,
      'x-slack-signature': sig,
      ...(opts.retryNum ? { 'x-slack-retry-num': String(opts.retryNum), 'x-slack-retry-reason': 'http_timeout' } : {}),
    },
    body,
  });
  await res.arrayBuffer();
  return { status: res.status, ms: performance.now() - t0 };
}

let seq = 0;

export function dmEvent(user: string, text: string, ts = `${1700000000 + ++seq}.000200`) {
  return {
    token: 'x',
    team_id: 'T1',
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: `Ev${ts.replace('.', '')}`,
    event_time: Math.floor(Date.now() / 1000),
    event: { type: 'message', channel_type: 'im', channel: `D${user}`, user, text, ts, event_ts: ts },
    authorizations: [{ team_id: 'T1', user_id: SLACK_TEST.botUserId, is_bot: true }],
  };
}

export function mentionEvent(user: string, channel: string, text: string, ts = `${1700000000 + ++seq}.000300`) {
  return {
    token: 'x',
    team_id: 'T1',
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: `Ev${ts.replace('.', '')}m`,
    event_time: Math.floor(Date.now() / 1000),
    event: { type: 'app_mention', channel, user, text: `<@${SLACK_TEST.botUserId}> ${text}`, ts, event_ts: ts },
    authorizations: [{ team_id: 'T1', user_id: SLACK_TEST.botUserId, is_bot: true }],
  };
}

export function blockActionPayload(user: string, channel: string, messageTs: string, action: Record<string, unknown>) {
  return {
    type: 'block_actions',
    team: { id: 'T1' },
    user: { id: user },
    api_app_id: 'A1',
    token: 'x',
    trigger_id: `trig${++seq}`,
    channel: { id: channel },
    container: { type: 'message', message_ts: messageTs, channel_id: channel },
    message: { ts: messageTs, text: 'q', blocks: [{ type: 'section' }, { type: 'actions' }] },
    actions: [{ block_id: 'jfb_choices', action_ts: `${1700000000 + ++seq}.9`, ...action }],
  };
}

export const asForm = (payload: unknown) => `payload=${encodeURIComponent(JSON.stringify(payload))}`;
