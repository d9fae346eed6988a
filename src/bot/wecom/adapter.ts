/**
 * WeCom self-built app (自建应用) callback at `/wecom/callback`.
 * GET verifies the URL (decrypt `echostr`, echo it). POST decrypts the message, answers WeCom
 * at once with an empty body (its 5-second window), and runs the turn in the background,
 * sending replies through `message/send`. MsgIds are claimed once, so WeCom's retries of the
 * same message are never answered twice.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Reply, SessionStore } from '../../dialogs/types.ts';
import { t } from '../../i18n.ts';
import { mediaTypeOf } from '../../pack/pack.ts';
import { readBody } from '../http-server.ts';
import { errorCode, type Logger } from '../log.ts';
import { type FileSender, packOf, sendPackFiles } from '../pack-files.ts';
import type { SeenIds } from '../store/seen-ids.ts';
import { choicesOf, createUserQueue, type DialogPort, runTurn, splitText, utf8Bytes } from '../turns.ts';
import type { WecomApi } from './api.ts';
import { openEnvelope, type WecomCryptoConfig, WecomCryptoError } from './crypto.ts';
import { parseFlatXml } from './xml.ts';

/** WeCom truncates text messages beyond 2048 bytes. */
export const WECOM_TEXT_LIMIT_BYTES = 2048;
/** A button_interaction card holds at most 6 buttons. */
export const WECOM_MAX_BUTTONS = 6;
// WeCom's button text is meant to be short; a longer label is cut so the card still renders.
const BUTTON_TEXT_MAX = 24;

export interface WecomAdapterDeps {
  readonly crypto: WecomCryptoConfig;
  readonly api: WecomApi;
  readonly dialog: DialogPort;
  readonly store?: SessionStore;
  readonly seen: SeenIds;
  readonly log: Logger;
}

export interface WecomAdapter {
  /** Request listener for `/wecom/callback`. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** Resolves when every background turn has been answered. */
  idle(): Promise<void>;
}

/** What a decrypted callback asks of us, or null for events we do not answer. */
interface Delivery {
  readonly dedupeId: string;
  readonly userId: string;
  readonly text: string | null;
  /** For a card click: lets us replace the card's buttons once it is answered. */
  readonly responseCode?: string;
}

function deliveryOf(msg: Record<string, string>): Delivery | null {
  const user = msg.FromUserName;
  if (!user) return null;
  if (msg.MsgType === 'event') {
    if (msg.Event !== 'template_card_event' || !msg.EventKey) return null;
    // Events carry no MsgId; WeCom's advice is to dedupe on sender + CreateTime.
    return {
      dedupeId: `wecom:evt:${user}:${msg.CreateTime ?? ''}:${msg.TaskId ?? ''}`,
      userId: user,
      text: msg.EventKey,
      ...(msg.ResponseCode ? { responseCode: msg.ResponseCode } : {}),
    };
  }
  const id = msg.MsgId ? `wecom:msg:${msg.MsgId}` : `wecom:msg:${user}:${msg.CreateTime ?? ''}`;
  return { dedupeId: id, userId: user, text: msg.MsgType === 'text' ? (msg.Content ?? '') : null };
}

export function createWecomAdapter(deps: WecomAdapterDeps): WecomAdapter {
  const queue = createUserQueue(deps.log);
  const refuse = (res: ServerResponse, code: string) => {
    deps.log.warn('wecom_refused', { code });
    // The same bare 403 for every reason, so a prober learns nothing about which check failed.
    res.writeHead(403).end();
  };

  async function send(userId: string, replies: readonly Reply[]): Promise<void> {
    for (const reply of replies) {
      const choices = choicesOf(reply);
      const withCard = choices.length > 0 && choices.length <= WECOM_MAX_BUTTONS;
      // Plain text always works: more choices than a card holds are listed by number.
      const text =
        choices.length > WECOM_MAX_BUTTONS
          ? `${reply.text}\n${choices.map((c, i) => `${i + 1}. ${c.label}`).join('\n')}`
          : reply.text;
      for (const part of splitText(text, WECOM_TEXT_LIMIT_BYTES, utf8Bytes)) await deps.api.sendText(userId, part);
      const pack = packOf(reply);
      if (pack) await sendPackFiles(pack, wecomFileSender(deps, userId));
      if (withCard) {
        await deps.api.sendButtonCard(userId, {
          title: t('zh-CN', 'bot.choose.title'),
          desc: t('zh-CN', 'bot.choose.hint'),
          taskId: `jfb-${Date.now().toString(36)}-${randomBytes(6).toString('hex')}`,
          buttons: choices.map((c) => ({ text: shorten(c.label, BUTTON_TEXT_MAX), key: c.value })),
        });
      }
    }
  }

  function onMessage(plainXml: string): void {
    const delivery = deliveryOf(parseFlatXml(plainXml));
    if (!delivery) return;
    const { userId, text } = delivery;
    void queue.enqueue(`wecom:${userId}`, async () => {
      if (!(await deps.seen.claim(delivery.dedupeId))) {
        deps.log.info('wecom_duplicate_ignored');
        return;
      }
      if (text === null) {
        await deps.api.sendText(userId, t('zh-CN', 'bot.error.unsupported'));
        return;
      }
      if (delivery.responseCode) {
        // So an old card cannot answer a later question; best effort, the turn goes on regardless.
        await deps.api
          .markCardChosen(
            userId,
            delivery.responseCode,
            shorten(t('zh-CN', 'bot.chosen', { label: text }), BUTTON_TEXT_MAX),
          )
          .catch((err: unknown) => deps.log.debug('wecom_card_update_failed', { code: errorCode(err) }));
      }
      const replies = await runTurn(deps, { channel: 'wecom', chatId: userId, userId, text });
      await send(userId, replies);
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // WeCom sends base64 in the query; a literal '+' would have been read as a space.
    const param = (name: string) => (url.searchParams.get(name) ?? '').replaceAll(' ', '+');
    const q = { msgSignature: param('msg_signature'), timestamp: param('timestamp'), nonce: param('nonce') };

    if (req.method === 'GET') {
      try {
        const echo = openEnvelope(deps.crypto, q, param('echostr'));
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
    let plain: string;
    try {
      const encrypted = parseFlatXml(await readBody(req, 256 * 1024)).Encrypt ?? '';
      plain = openEnvelope(deps.crypto, q, encrypted);
    } catch (err) {
      refuse(res, err instanceof WecomCryptoError ? err.code : errorCode(err));
      return;
    }
    // Acknowledge inside WeCom's 5 s window; the reply goes out through message/send.
    res.writeHead(200, { 'content-type': 'text/plain' }).end('');
    onMessage(plain);
  }

  return { handle, idle: () => queue.idle() };
}

/** Files into a WeCom chat: `media/upload`, then a file message with its media_id. */
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
