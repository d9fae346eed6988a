/**
 * Telegram through grammY, for transport only: the dialog state lives in our engine and store,
 * not in grammY sessions or the conversations plugin. Webhook at `/telegram` (secret token
 * checked by grammY in constant time, wrong → 401) or long polling. Every update_id is claimed
 * once, so a redelivered update is never processed twice.
 */
import { autoRetry } from '@grammyjs/auto-retry';
import { Bot, type Context, InlineKeyboard, InputFile, webhookCallback } from 'grammy';
import type { Choice, Inbound, Locale, Reply, SessionStore } from '../../dialogs/types.ts';
import { t } from '../../i18n.ts';
import type { RouteHandler } from '../http-server.ts';
import { errorCode, type Logger } from '../log.ts';
import { type FileSender, packOf, sendPackFiles } from '../pack-files.ts';
import type { SeenIds } from '../store/seen-ids.ts';
import { choicesOf, createUserQueue, type DialogPort, runTurn, splitText } from '../turns.ts';

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
  readonly store?: SessionStore;
  readonly seen: SeenIds;
  readonly log: Logger;
}

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

export function createTelegramAdapter(deps: TelegramAdapterDeps): TelegramAdapter {
  const bot = new Bot(deps.token, deps.apiRoot ? { client: { apiRoot: deps.apiRoot } } : {});
  bot.api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 60 }));
  const queue = createUserQueue(deps.log);

  bot.catch((err) => deps.log.error('telegram_update_failed', { code: errorCode(err.error) }));

  // First: claim the update, so a redelivery stops here.
  bot.use(async (ctx, next) => {
    if (!(await deps.seen.claim(`telegram:${ctx.me.id}:${ctx.update.update_id}`))) {
      deps.log.info('telegram_duplicate_ignored');
      return;
    }
    await next();
  });

  async function send(chatId: number, replies: readonly Reply[]): Promise<void> {
    for (const reply of replies) {
      const choices = choicesOf(reply);
      const parts = splitText(reply.text, TELEGRAM_TEXT_LIMIT);
      for (const [i, part] of parts.entries()) {
        const last = i === parts.length - 1;
        await bot.api.sendMessage(chatId, escapeHtml(part), {
          parse_mode: 'HTML',
          ...(last && choices.length > 0 ? { reply_markup: keyboardOf(choices) } : {}),
        });
      }
      const pack = packOf(reply);
      if (pack) await sendPackFiles(pack, telegramFileSender(chatId));
    }
  }

  /** Files into a Telegram chat: sendDocument with the file uploaded as multipart. */
  function telegramFileSender(chatId: number): FileSender {
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

  async function turn(ctx: Context, text: string): Promise<void> {
    const chat = ctx.chat;
    const from = ctx.from;
    if (!chat || !from) return;
    const locale = localeOf(from.language_code);
    const inbound: Inbound = {
      channel: 'telegram',
      chatId: String(chat.id),
      userId: String(from.id),
      text,
      ...(locale ? { locale } : {}),
    };
    await queue.enqueue(`telegram:${from.id}`, async () => {
      await send(chat.id, await runTurn(deps, inbound));
    });
  }

  bot.on('message:text', async (ctx) => {
    // "/start@fund_bot en" → "/start en": the engine knows commands, not bot usernames.
    const text = ctx.message.text.replace(/^(\/\w+)@\w+/, '$1');
    await turn(ctx, text);
  });

  bot.on('callback_query:data', async (ctx) => {
    await ctx
      .answerCallbackQuery()
      .catch((err: unknown) => deps.log.warn('telegram_answer_callback_failed', { code: errorCode(err) }));
    // Take the keyboard off the answered question so an old button cannot answer a later one.
    if (ctx.callbackQuery.message) {
      await ctx
        .editMessageReplyMarkup()
        .catch((err: unknown) => deps.log.debug('telegram_edit_markup_failed', { code: errorCode(err) }));
    }
    await turn(ctx, ctx.callbackQuery.data);
  });

  bot.on('message', async (ctx) => {
    await ctx.reply(escapeHtml(t(localeOf(ctx.from?.language_code) ?? 'zh-CN', 'bot.error.unsupported')), {
      parse_mode: 'HTML',
    });
  });

  const webhookHandler = deps.webhook
    ? (webhookCallback(bot, 'http', {
        secretToken: deps.webhook.secret,
        onTimeout: 'return',
        timeoutMilliseconds: 9_000,
      }) as unknown as RouteHandler)
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
      await queue.idle();
    },
    idle: () => queue.idle(),
  };
}
