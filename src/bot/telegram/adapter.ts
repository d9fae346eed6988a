/**
 * Telegram through grammY, for transport only: the dialog state lives in our engine and store,
 * not in grammY sessions or the conversations plugin. Webhook at `/telegram` (secret token
 * checked in constant time, wrong → 401; a body over 256 KB → 413; a body that is not an update →
 * 200 and a log line, since Telegram retries anything else for ever) or long polling. Every
 * update is written to the inbox before Telegram hears it was received, and each update_id is
 * taken once, so a redelivered update is never processed twice (src/bot/deliveries.ts).
 */
import { timingSafeEqual } from 'node:crypto';
import { autoRetry } from '@grammyjs/auto-retry';
import { Bot, type Context, InlineKeyboard, InputFile } from 'grammy';
import type { Update } from 'grammy/types';
import type { Choice, Locale, PackRequest, Reply } from '../../dialogs/types.ts';
import { t } from '../../i18n.ts';
import { createInbox, type DeliveryLog, type DeliveryProblem, type Outlet } from '../deliveries.ts';
import { type RouteHandler, readBodyOr413 } from '../http-server.ts';
import { errorCode, type Logger } from '../log.ts';
import { type FileSender, sendPackFiles } from '../pack-files.ts';
import { type DialogPort, replyPayloads } from '../turns.ts';

/** Telegram's limit on one message's text (after entity parsing). */
export const TELEGRAM_TEXT_LIMIT = 4096;
/** callback_data may hold at most 64 bytes. */
export const CALLBACK_DATA_LIMIT_BYTES = 64;
/** The commands shown in Telegram's menu; each is passed to the dialog engine as typed. */
export const TELEGRAM_COMMANDS = ['start', 'help', 'reset', 'lang'] as const;

export interface TelegramAdapterDeps {
  readonly token: string;
  readonly apiRoot?: string;
  /** Webhook mode when set; long polling otherwise. */
  readonly webhook?: { readonly url: string; readonly secret: string };
  readonly dialog: DialogPort;
  /** Inbox and outbox (the session store's `deliveries`). */
  readonly deliveries: DeliveryLog;
  readonly log: Logger;
  /** Interval of the outbox's resend timer (default 5 s). */
  readonly retryMs?: number;
}

/** A webhook body larger than this is refused with 413 (an update is a few KB). */
export const TELEGRAM_BODY_LIMIT_BYTES = 256 * 1024;

export interface TelegramAdapter {
  readonly bot: Bot;
  /** Request listener for `/telegram` (webhook mode only). */
  readonly handle: RouteHandler | undefined;
  /** Registers commands, then sets the webhook or starts long polling. */
  start(): Promise<void>;
  stop(): Promise<void>;
  idle(): Promise<void>;
}

/** Escapes text for parse_mode HTML: user text and our text alike. */
export function escapeHtml(s: string): string {
  return s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function localeOf(languageCode: string | undefined): Locale | undefined {
  if (!languageCode) return undefined;
  if (languageCode.toLowerCase().startsWith('zh')) return 'zh-CN';
  if (languageCode.toLowerCase().startsWith('en')) return 'en';
  return undefined;
}

/**
 * What a click sends back: the choice's value when it fits in callback_data, else its number,
 * which the engine also understands as an answer to the pending question.
 */
export function callbackDataOf(choice: Choice, index: number): string {
  return Buffer.byteLength(choice.value, 'utf8') <= CALLBACK_DATA_LIMIT_BYTES ? choice.value : String(index + 1);
}

function keyboardOf(choices: readonly Choice[]): InlineKeyboard {
  const kb = new InlineKeyboard();
  // Short labels two to a row; long ones get a row each so they are not cut off on phones.
  const perRow = choices.every((c) => [...c.label].length <= 12) ? 2 : 1;
  choices.forEach((c, i) => {
    kb.text(c.label, callbackDataOf(c, i));
    if ((i + 1) % perRow === 0 && i + 1 < choices.length) kb.row();
  });
  return kb;
}

interface TelegramPayload {
  readonly chatId: number | string;
  readonly text: string;
  readonly keyboard?: { text: string; callback_data: string }[][];
  /** The forms of a pack, sent as documents instead of text. */
  readonly pack?: PackRequest;
}

export function createTelegramAdapter(deps: TelegramAdapterDeps): TelegramAdapter {
  const bot = new Bot(deps.token, deps.apiRoot ? { client: { apiRoot: deps.apiRoot } } : {});
  bot.api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 60 }));

  bot.catch((err) => deps.log.error('telegram_update_failed', { code: errorCode(err.error) }));

  const outlet: Outlet = {
    render(delivery, replies: readonly Reply[]) {
      const chatId = /^-?\d+$/.test(delivery.chatId) ? Number(delivery.chatId) : delivery.chatId;
      return replies.flatMap((reply) =>
        replyPayloads<TelegramPayload>(
          reply,
          TELEGRAM_TEXT_LIMIT,
          (part, choices) => ({
            chatId,
            text: escapeHtml(part),
            ...(choices.length > 0 ? { keyboard: keyboardOf(choices).inline_keyboard as never } : {}),
          }),
          (pack) => ({ chatId, text: '', pack }),
        ),
      );
    },
    async post(payload) {
      const p = payload as TelegramPayload;
      if (p.pack) {
        await sendPackFiles(p.pack, telegramFileSender(p.chatId));
        return;
      }
      await bot.api.sendMessage(p.chatId, p.text, {
        parse_mode: 'HTML',
        ...(p.keyboard ? { reply_markup: { inline_keyboard: p.keyboard } } : {}),
      });
    },
  };
  /** Files into a Telegram chat: sendDocument with the file uploaded as multipart. */
  function telegramFileSender(chatId: number | string): FileSender {
    return {
      channel: 'telegram',
      log: deps.log,
      upload: async (file, caption) => {
        await bot.api.sendDocument(chatId, new InputFile(file.bytes, file.fileName), { caption });
      },
      say: async (text) => {
        await bot.api.sendMessage(chatId, escapeHtml(text), { parse_mode: 'HTML' });
      },
    };
  }

  const inbox = createInbox({
    channel: 'telegram',
    deliveries: deps.deliveries,
    dialog: deps.dialog,
    outlet,
    log: deps.log,
    ...(deps.retryMs ? { retryMs: deps.retryMs } : {}),
  });

  /** Writes the update to the inbox (grammY confirms it to Telegram only after this resolves). */
  async function accept(ctx: Context, text: string, problem?: DeliveryProblem): Promise<void> {
    const chat = ctx.chat;
    const from = ctx.from;
    if (!chat || !from) return;
    const locale = localeOf(from.language_code);
    await inbox.accept({
      id: `telegram:${ctx.me.id}:${ctx.update.update_id}`,
      userId: String(from.id),
      chatId: String(chat.id),
      text,
      ...(locale ? { locale } : {}),
      ...(problem ? { problem } : {}),
    });
  }

  bot.on('message:text', async (ctx) => {
    // "/start@fund_bot en" → "/start en": the engine knows commands, not bot usernames.
    const text = ctx.message.text.replace(/^(\/\w+)@\w+/, '$1');
    await accept(ctx, text);
  });

  bot.on('callback_query:data', async (ctx) => {
    await accept(ctx, ctx.callbackQuery.data);
    // After the update is safe: stop the spinner, and take the keyboard off the answered question
    // so an old button cannot answer a later one. Best effort, not on the acknowledgement's path.
    void ctx
      .answerCallbackQuery()
      .catch((err: unknown) => deps.log.warn('telegram_answer_callback_failed', { code: errorCode(err) }));
    if (ctx.callbackQuery.message) {
      void ctx
        .editMessageReplyMarkup()
        .catch((err: unknown) => deps.log.debug('telegram_edit_markup_failed', { code: errorCode(err) }));
    }
  });

  bot.on('message', async (ctx) => {
    await accept(ctx, '', 'unsupported');
  });

  const secret = deps.webhook ? Buffer.from(deps.webhook.secret) : undefined;
  const webhookHandler: RouteHandler | undefined = secret
    ? async (req, res) => {
        if (req.method !== 'POST') return void res.writeHead(405, { allow: 'POST' }).end();
        const given = Buffer.from(String(req.headers['x-telegram-bot-api-secret-token'] ?? ''));
        if (given.length !== secret.length || !timingSafeEqual(given, secret)) {
          deps.log.warn('telegram_refused', { code: 'bad_secret' });
          return void res.writeHead(401).end();
        }
        const body = await readBodyOr413(req, res, TELEGRAM_BODY_LIMIT_BYTES);
        if (body === null) return deps.log.warn('telegram_refused', { code: 'body_too_large' });
        const update = updateOf(body);
        if (!update) {
          // Anything but 2xx makes Telegram send it again for ever: drop it, say so in the log.
          deps.log.warn('telegram_dropped', { code: 'bad_update' });
          return void res.writeHead(200).end();
        }
        try {
          await bot.handleUpdate(update);
        } catch (err) {
          // The inbox could not take it (the store unreachable): 500, so Telegram retries the update.
          deps.log.error('telegram_inbox_failed', { code: errorCode(err) });
          return void res.writeHead(500).end();
        }
        res.writeHead(200).end();
      }
    : undefined;

  async function registerCommands(): Promise<void> {
    const list = (locale: Locale) =>
      TELEGRAM_COMMANDS.map((command) => ({ command, description: t(locale, `bot.command.${command}`) }));
    // Chinese for everyone by default, English for clients set to English.
    await bot.api.setMyCommands(list('zh-CN'));
    await bot.api.setMyCommands(list('en'), { language_code: 'en' });
  }

  return {
    bot,
    handle: webhookHandler,
    async start() {
      await bot.init();
      await registerCommands();
      await inbox.start();
      if (deps.webhook) {
        await bot.api.setWebhook(deps.webhook.url, {
          secret_token: deps.webhook.secret,
          allowed_updates: ['message', 'callback_query'],
        });
        deps.log.info('telegram_webhook_set');
      } else {
        // Resolve once polling has begun (after grammY removed any webhook), fail if it cannot.
        await new Promise<void>((resolve, reject) => {
          let started = false;
          bot
            .start({
              allowed_updates: ['message', 'callback_query'],
              onStart: () => {
                started = true;
                resolve();
              },
            })
            .catch((err: unknown) => {
              if (!started) reject(err);
              else deps.log.error('telegram_polling_failed', { code: errorCode(err) });
            });
        });
        deps.log.info('telegram_polling_started');
      }
    },
    async stop() {
      if (bot.isRunning()) await bot.stop();
      await inbox.stop();
    },
    idle: () => inbox.idle(),
  };
}

/** The body as an update, or null when it is not JSON or not shaped like one. */
function updateOf(body: string): Update | null {
  try {
    const parsed = JSON.parse(body) as unknown;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
    const id = (parsed as { update_id?: unknown }).update_id;
    return Number.isSafeInteger(id) ? (parsed as Update) : null;
  } catch {
    return null;
  }
}
