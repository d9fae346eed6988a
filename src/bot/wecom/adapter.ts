/**
 * WeCom self-built app (自建应用) callback at `/wecom/callback`.
 * GET verifies the URL (decrypt `echostr`, echo it). POST checks the signature and the timestamp
 * (within a window either way, so an old signed request cannot be replayed once its dedupe id is
 * forgotten), writes the message to the inbox and only then answers WeCom with an empty body
 * (inside its 5-second window); the turn runs from the inbox and its replies go out through
 * `message/send` from the outbox (src/bot/deliveries.ts). MsgIds are taken once, so WeCom's
 * retries of the same message are never answered twice.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PackRequest, Reply } from '../../dialogs/types.ts';
import { t } from '../../i18n.ts';
import { mediaTypeOf } from '../../pack/pack.ts';
import { createInbox, type Delivery, type DeliveryLog, type Outlet } from '../deliveries.ts';
import { readBodyOr413 } from '../http-server.ts';
import { errorCode, type Logger } from '../log.ts';
import { type FileSender, packOf, sendPackFiles } from '../pack-files.ts';
import { choicesOf, type DialogPort, splitText, utf8Bytes } from '../turns.ts';
import type { WecomApi, WecomButton } from './api.ts';
import { openEnvelope, type WecomCryptoConfig, WecomCryptoError } from './crypto.ts';
import { type FlatXml, readFlatXml } from './xml.ts';

/** WeCom truncates text messages beyond 2048 bytes. */
export const WECOM_TEXT_LIMIT_BYTES = 2048;
/** A button_interaction card holds at most 6 buttons. */
export const WECOM_MAX_BUTTONS = 6;
// WeCom's button text is meant to be short; a longer label is cut so the card still renders.
const BUTTON_TEXT_MAX = 24;

/** A signed request whose timestamp is further than this from our clock is refused (default 5 min). */
export const WECOM_TIMESTAMP_TOLERANCE_S = 300;
/** WeCom's callbacks are small XML envelopes; anything larger is refused with 413. */
export const WECOM_BODY_LIMIT_BYTES = 256 * 1024;

export interface WecomAdapterDeps {
  readonly crypto: WecomCryptoConfig;
  readonly api: WecomApi;
  readonly dialog: DialogPort;
  /** Inbox and outbox (the session store's `deliveries`). */
  readonly deliveries: DeliveryLog;
  readonly log: Logger;
  /** How far a callback's timestamp may be from our clock, in seconds (default 300). */
  readonly timestampToleranceS?: number;
  /** The clock, in ms (tests). */
  readonly now?: () => number;
  /** Interval of the outbox's resend timer (default 5 s). */
  readonly retryMs?: number;
}

export interface WecomAdapter {
  /** Request listener for `/wecom/callback`. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** Takes up what a previous run left in the inbox and outbox; starts the resend timer. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Resolves when every accepted message has been answered. */
  idle(): Promise<void>;
}

/** A rendered WeCom message, as the outbox keeps it. */
type WecomPayload =
  | { readonly type: 'text'; readonly user: string; readonly content: string }
  | {
      readonly type: 'card';
      readonly user: string;
      readonly card: { title: string; desc: string; taskId: string; buttons: WecomButton[] };
    }
  | { readonly type: 'pack'; readonly user: string; readonly pack: PackRequest };

type Inbound = Omit<Delivery, 'receivedAt' | 'channel'>;

/** What a decrypted callback asks of us, or null for events we do not answer. */
function deliveryOf(xml: FlatXml): { delivery: Inbound; responseCode?: string } | null {
  const msg = xml.fields;
  const user = msg.FromUserName;
  if (!user) return null;
  if (msg.MsgType === 'event') {
    if (msg.Event !== 'template_card_event' || !msg.EventKey) return null;
    // Events carry no MsgId; WeCom's advice is to dedupe on sender + CreateTime.
    return {
      delivery: {
        id: `wecom:evt:${user}:${msg.CreateTime ?? ''}:${msg.TaskId ?? ''}`,
        userId: user,
        chatId: user,
        text: msg.EventKey,
      },
      ...(msg.ResponseCode ? { responseCode: msg.ResponseCode } : {}),
    };
  }
  const id = msg.MsgId ? `wecom:msg:${msg.MsgId}` : `wecom:msg:${user}:${msg.CreateTime ?? ''}`;
  const base = { id, userId: user, chatId: user };
  if (msg.MsgType !== 'text') return { delivery: { ...base, text: '', problem: 'unsupported' } };
  // Text that does not decode (`&#x110000;`) is not dropped: the user is told it could not be read.
  if (xml.unreadable.has('Content')) return { delivery: { ...base, text: '', problem: 'unreadable' } };
  return { delivery: { ...base, text: msg.Content ?? '' } };
}

export function createWecomAdapter(deps: WecomAdapterDeps): WecomAdapter {
  const now = deps.now ?? Date.now;
  const tolerance = deps.timestampToleranceS ?? WECOM_TIMESTAMP_TOLERANCE_S;
  const refuse = (res: ServerResponse, code: string) => {
    deps.log.warn('wecom_refused', { code });
    // The same bare 403 for every reason, so a prober learns nothing about which check failed.
    res.writeHead(403).end();
  };

  const outlet: Outlet = {
    render(delivery, replies: readonly Reply[]) {
      const user = delivery.userId;
      const out: WecomPayload[] = [];
      for (const reply of replies) {
        const choices = choicesOf(reply);
        const withCard = choices.length > 0 && choices.length <= WECOM_MAX_BUTTONS;
        // Plain text always works: more choices than a card holds are listed by number.
        const text =
          choices.length > WECOM_MAX_BUTTONS
            ? `${reply.text}\n${choices.map((c, i) => `${i + 1}. ${c.label}`).join('\n')}`
            : reply.text;
        for (const part of splitText(text, WECOM_TEXT_LIMIT_BYTES, utf8Bytes)) {
          out.push({ type: 'text', user, content: part });
        }
        // The forms a reply asks for go out after its text, built when sent (src/bot/pack-files.ts).
        const pack = packOf(reply);
        if (pack) out.push({ type: 'pack', user, pack });
        if (withCard) {
          out.push({
            type: 'card',
            user,
            card: {
              title: t('zh-CN', 'bot.choose.title'),
              desc: t('zh-CN', 'bot.choose.hint'),
              taskId: `jfb-${Date.now().toString(36)}-${randomBytes(6).toString('hex')}`,
              buttons: choices.map((c) => ({ text: shorten(c.label, BUTTON_TEXT_MAX), key: c.value })),
            },
          });
        }
      }
      return out;
    },
    async post(payload) {
      const p = payload as WecomPayload;
      if (p.type === 'text') await deps.api.sendText(p.user, p.content);
      else if (p.type === 'pack') await sendPackFiles(p.pack, wecomFileSender(deps, p.user));
      else await deps.api.sendButtonCard(p.user, p.card);
    },
  };
  const inbox = createInbox({
    channel: 'wecom',
    deliveries: deps.deliveries,
    dialog: deps.dialog,
    outlet,
    log: deps.log,
    ...(deps.retryMs ? { retryMs: deps.retryMs } : {}),
  });

  const fresh = (timestamp: string) => {
    const ts = Number(timestamp);
    return /^\d{1,12}$/.test(timestamp) && Math.abs(now() / 1000 - ts) <= tolerance;
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // WeCom sends base64 in the query; a literal '+' would have been read as a space.
    const param = (name: string) => (url.searchParams.get(name) ?? '').replaceAll(' ', '+');
    const q = { msgSignature: param('msg_signature'), timestamp: param('timestamp'), nonce: param('nonce') };

    if (req.method === 'GET') {
      try {
        const echo = openEnvelope(deps.crypto, q, param('echostr'));
        if (!fresh(q.timestamp)) return refuse(res, 'stale_timestamp');
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(echo);
      } catch (err) {
        refuse(res, err instanceof WecomCryptoError ? err.code : errorCode(err));
      }
      return;
    }
    if (req.method !== 'POST') {
      res.writeHead(405).end();
      return;
    }
    const body = await readBodyOr413(req, res, WECOM_BODY_LIMIT_BYTES);
    if (body === null) return deps.log.warn('wecom_refused', { code: 'body_too_large' });
    let plain: string;
    try {
      plain = openEnvelope(deps.crypto, q, readFlatXml(body).fields.Encrypt ?? '');
    } catch (err) {
      refuse(res, err instanceof WecomCryptoError ? err.code : errorCode(err));
      return;
    }
    // Checked after the signature, so the timestamp is WeCom's own and not a prober's guess.
    if (!fresh(q.timestamp)) return refuse(res, 'stale_timestamp');
    const taken = deliveryOf(readFlatXml(plain));
    if (taken) {
      // Written durably before WeCom hears "received"; if this fails WeCom gets a 500 and retries.
      let isNew: boolean;
      try {
        isNew = await inbox.accept(taken.delivery);
      } catch (err) {
        deps.log.error('wecom_inbox_failed', { code: errorCode(err) });
        return void res.writeHead(500).end();
      }
      if (isNew && taken.responseCode) {
        // So an old card cannot answer a later question; best effort, the turn goes on regardless.
        const label = shorten(t('zh-CN', 'bot.chosen', { label: taken.delivery.text }), BUTTON_TEXT_MAX);
        void deps.api
          .markCardChosen(taken.delivery.userId, taken.responseCode, label)
          .catch((err: unknown) => deps.log.debug('wecom_card_update_failed', { code: errorCode(err) }));
      }
    }
    res.writeHead(200, { 'content-type': 'text/plain' }).end('');
  }

  return { handle, start: () => inbox.start(), stop: () => inbox.stop(), idle: () => inbox.idle() };
}

/** Files into a WeCom conversation: media/upload, then a file message. */
function wecomFileSender(deps: WecomAdapterDeps, userId: string): FileSender {
  return {
    channel: 'wecom',
    log: deps.log,
    upload: async (file) =>
      deps.api.sendFile(userId, await deps.api.uploadFile(file.fileName, file.bytes, mediaTypeOf(file))),
    say: (text) => deps.api.sendText(userId, text),
  };
}

function shorten(s: string, max: number): string {
  const chars = [...s];
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join('')}…`;
}
