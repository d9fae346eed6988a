/**
 * A fake Telegram Bot API (`/bot<token>/<method>`), enough for grammY: getMe, sendMessage, sendDocument (multipart),
 * setMyCommands, answerCallbackQuery, editMessageReplyMarkup, setWebhook, deleteWebhook and
 * getUpdates (for long polling). It can answer one sendMessage with 429 to exercise auto-retry.
 */
import { type FakeServer, startFakeServer, waitUntil } from './fake-server.ts';
import { isMultipart, parseMultipart } from './multipart.ts';

export const TELEGRAM_TEST_TOKEN = '123456:TEST-token-not-real';
export const TELEGRAM_BOT_ID = 123456;

export interface TgSent {
  readonly chat_id: number;
  readonly text: string;
  readonly parse_mode?: string;
  readonly reply_markup?: { inline_keyboard: { text: string; callback_data: string }[][] };
}

/** A document sent with sendDocument. */
export interface TgDocument {
  readonly chat_id: string;
  readonly caption?: string;
  readonly fileName: string;
  readonly bytes: Buffer;
}

export interface TelegramFake {
  readonly server: FakeServer;
  readonly apiRoot: string;
  readonly sent: TgSent[];
  readonly documents: TgDocument[];
  /** The next sendDocument fails with 400 once (as Telegram does for a file it refuses). */
  failNextDocument(): void;
  calls(method: string): Record<string, unknown>[];
  /** Queue an update for getUpdates (long polling). */
  queueUpdate(update: Record<string, unknown>): void;
  rateLimitNextSend(retryAfterSeconds: number): void;
  waitForSent(count: number, timeoutMs?: number): Promise<TgSent[]>;
  close(): Promise<void>;
}

export async function startTelegramFake(token = TELEGRAM_TEST_TOKEN): Promise<TelegramFake> {
  const sent: TgSent[] = [];
  const calls: { method: string; body: Record<string, unknown> }[] = [];
  const pending: Record<string, unknown>[] = [];
  let rateLimit: number | undefined;
  let messageId = 100;
  const documents: TgDocument[] = [];
  let failDocument = false;
  /** The Message a send method returns: a new id, the chat, and what was sent. */
  const sentMessage = (chatId: unknown, content: Record<string, unknown>) => ({
    json: {
      ok: true,
      result: {
        message_id: ++messageId,
        date: Math.floor(Date.now() / 1000),
        chat: { id: chatId, type: 'private' },
        ...content,
      },
    },
  });
  const server = await startFakeServer(async (req) => {
    const m = /^\/bot([^/]+)\/(\w+)$/.exec(req.path);
    if (!m) return { status: 404, json: { ok: false, error_code: 404, description: 'Not Found' } };
    if (m[1] !== token) return { status: 401, json: { ok: false, error_code: 401, description: 'Unauthorized' } };
    const method = m[2] as string;
    const parts = isMultipart(req) ? parseMultipart(req) : [];
    const body: Record<string, unknown> = isMultipart(req)
      ? Object.fromEntries(parts.filter((p) => p.filename === undefined).map((p) => [p.name, p.bytes.toString('utf8')]))
      : req.body
        ? (JSON.parse(req.body) as Record<string, unknown>)
        : {};
    calls.push({ method, body });
    switch (method) {
      case 'getMe':
        return {
          json: {
            ok: true,
            result: {
              id: TELEGRAM_BOT_ID,
              is_bot: true,
              first_name: 'Fund',
              username: 'fund_test_bot',
              can_join_groups: true,
              can_read_all_group_messages: false,
              supports_inline_queries: false,
            },
          },
        };
      case 'sendMessage': {
        if (rateLimit !== undefined) {
          const after = rateLimit;
          rateLimit = undefined;
          return {
            status: 429,
            json: {
              ok: false,
              error_code: 429,
              description: `Too Many Requests: retry after ${after}`,
              parameters: { retry_after: after },
            },
          };
        }
        sent.push(body as unknown as TgSent);
        return sentMessage(body.chat_id, { text: body.text });
      }
      case 'sendDocument': {
        if (failDocument) {
          failDocument = false;
          return { status: 400, json: { ok: false, error_code: 400, description: 'Bad Request: file is too big' } };
        }
        // grammY sends the file as a part of its own, named in `document` as attach://<name>.
        const ref = String(body.document ?? '').replace(/^attach:\/\//u, '');
        const file = parts.find(
          (p) => p.filename !== undefined && (ref === '' || p.name === ref || p.name === 'document'),
        );
        if (!file) return { status: 400, json: { ok: false, error_code: 400, description: 'Bad Request: no file' } };
        documents.push({
          chat_id: String(body.chat_id),
          ...(body.caption === undefined ? {} : { caption: String(body.caption) }),
          fileName: file.filename as string,
          bytes: file.bytes,
        });
        return sentMessage(Number(body.chat_id), {
          document: { file_id: `doc${messageId + 1}`, file_unique_id: `u${messageId + 1}`, file_name: file.filename },
        });
      }
      case 'getUpdates': {
        const offset = Number(body.offset ?? 0);
        const until = Date.now() + Math.min(Number(body.timeout ?? 0), 1) * 1000;
        while (Date.now() < until && !pending.some((u) => Number(u.update_id) >= offset))
          await new Promise((r) => setTimeout(r, 20));
        return { json: { ok: true, result: pending.filter((u) => Number(u.update_id) >= offset) } };
      }
      case 'setMyCommands':
      case 'answerCallbackQuery':
      case 'editMessageReplyMarkup':
      case 'setWebhook':
      case 'deleteWebhook':
        return { json: { ok: true, result: true } };
      default:
        return { status: 404, json: { ok: false, error_code: 404, description: `fake has no ${method}` } };
    }
  });
  return {
    server,
    apiRoot: server.url,
    sent,
    documents,
    failNextDocument: () => {
      failDocument = true;
    },
    calls: (method) => calls.filter((c) => c.method === method).map((c) => c.body),
    queueUpdate: (u) => void pending.push(u),
    rateLimitNextSend: (s) => {
      rateLimit = s;
    },
    async waitForSent(count, timeoutMs = 10_000) {
      await waitUntil(() => sent.length >= count, timeoutMs, `${count} Telegram messages (have ${sent.length})`);
      return sent;
    },
    close: () => server.close(),
  };
}

let updateSeq = 5000;
export const nextUpdateId = () => ++updateSeq;

export function textUpdate(userId: number, text: string, updateId = nextUpdateId(), languageCode = 'zh-hans') {
  const entities = text.startsWith('/')
    ? [{ type: 'bot_command', offset: 0, length: text.split(/\s/)[0]?.length ?? 0 }]
    : undefined;
  return {
    update_id: updateId,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: userId, type: 'private', first_name: 'U' },
      from: { id: userId, is_bot: false, first_name: 'U', language_code: languageCode },
      text,
      ...(entities ? { entities } : {}),
    },
  };
}

export function clickUpdate(userId: number, data: string, messageId = 101, updateId = nextUpdateId()) {
  return {
    update_id: updateId,
    callback_query: {
      id: `cq${updateId}`,
      chat_instance: 'ci',
      data,
      from: { id: userId, is_bot: false, first_name: 'U', language_code: 'zh-hans' },
      message: {
        message_id: messageId,
        date: Math.floor(Date.now() / 1000),
        chat: { id: userId, type: 'private' },
        text: 'q',
      },
    },
  };
}

/** Posts an update to the bot's webhook as Telegram would. */
export async function postUpdate(botUrl: string, update: unknown, secret: string | undefined): Promise<number> {
  const res = await fetch(`${botUrl}/telegram`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(secret === undefined ? {} : { 'x-telegram-bot-api-secret-token': secret }),
    },
    body: JSON.stringify(update),
  });
  await res.arrayBuffer();
  return res.status;
}
