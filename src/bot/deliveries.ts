/**
 * Nothing acknowledged is ever lost: the inbox and outbox every channel goes through.
 *
 * - **Inbox.** An adapter turns a platform delivery into a `Delivery` and calls `accept`, which
 *   writes it durably (with its dedupe id: a platform's retry is refused here) before the adapter
 *   acknowledges it. Each user's deliveries are then taken in order; a turn's new session state,
 *   the delivery's "done" mark and the turn's rendered replies are committed in one transaction
 *   (src/bot/store/turn-capture.ts holds the state back until then).
 * - **Outbox.** Committed replies are sent in order and each is marked sent when the platform
 *   confirms it. On start and on a timer, deliveries not done and replies not sent are taken up
 *   again (on Redis also those a dead instance left pending). Delivery is at least once; a reply
 *   the platform confirmed is never sent again.
 * - **The question the user saw.** An answer is applied only to a question the platform confirmed
 *   delivering: before a user's next delivery is taken, their unsent replies (a crash between
 *   commit and send, the platform down) are sent again, and if that fails the delivery waits for
 *   the timer rather than being applied to a question the user has not been shown.
 */
import type { Inbound, Locale, Reply } from '../dialogs/types.ts';
import { t } from '../i18n.ts';
import { errorCode, type Logger } from './log.ts';
import { captureTurn, type StateChange } from './store/turn-capture.ts';
import { createUserQueue, type DialogPort, politeError } from './turns.ts';

/** The channels that take deliveries from a platform. */
export type DeliveryChannel = 'wecom' | 'slack' | 'telegram';

/** Why a delivery carries no text the dialog can read. */
export type DeliveryProblem = 'unsupported' | 'unreadable';

/** One platform delivery, as the inbox keeps it. */
export interface Delivery {
  /** The platform's id for it (MsgId, update_id, channel + ts …): a retry carries the same. */
  readonly id: string;
  readonly channel: DeliveryChannel;
  readonly userId: string;
  readonly chatId: string;
  readonly text: string;
  readonly locale?: Locale;
  /** Set when the message could not be read (not text, or text that does not decode). */
  readonly problem?: DeliveryProblem;
  /** Wall-clock ms when it was accepted. */
  readonly receivedAt: number;
}

/** A reply rendered for the platform, waiting in the outbox. */
export interface Outgoing {
  readonly seq: string;
  readonly payload: unknown;
}

/** A delivery taken from the inbox, with the store's handle for committing it. */
export interface Taken {
  readonly ref: string;
  readonly delivery: Delivery;
}

/** How long a delivery id is remembered after its turn, by either store: past every platform's retry schedule. */
export const DEDUPE_MS = 24 * 60 * 60 * 1000;

/** Inbox and outbox in the session store's own database (SQLite tables or Redis streams). */
export interface DeliveryLog {
  /** Writes `delivery` durably; false when its id was taken before (a platform retry). */
  accept(delivery: Delivery): Promise<boolean>;
  /** The user's oldest delivery not yet done. */
  next(channel: DeliveryChannel, userId: string): Promise<Taken | undefined>;
  /** One transaction: the turn's state changes, the delivery marked done, its replies queued. */
  commit(taken: Taken, changes: readonly StateChange[], payloads: readonly unknown[]): Promise<void>;
  /** The user's replies not yet confirmed by the platform, in order. */
  unsent(channel: DeliveryChannel, userId: string): Promise<Outgoing[]>;
  markSent(channel: DeliveryChannel, userId: string, seq: string): Promise<void>;
  /** Users with deliveries not done or replies not sent (what start-up and the timer take up). */
  backlog(channel: DeliveryChannel): Promise<string[]>;
  /** Runs `fn` holding the user's lock across instances (Redis); in-process order suffices for SQLite. */
  withUser<T>(channel: DeliveryChannel, userId: string, fn: () => Promise<T>): Promise<T>;
  /**
   * Tells `onUser` about new deliveries as this instance's share of the work, and about those a
   * dead instance left pending (Redis: XREADGROUP and XAUTOCLAIM). Absent for SQLite, where
   * `accept` is the only door and the pipeline kicks the user itself.
   */
  consume?(channel: DeliveryChannel, onUser: (userId: string) => Promise<void>): { stop(): Promise<void> };
}

/** How a channel renders replies and sends one rendered message (resolving when the platform confirmed it). */
export interface Outlet {
  render(delivery: Delivery, replies: readonly Reply[]): unknown[];
  post(payload: unknown): Promise<void>;
}

export interface InboxOptions {
  readonly channel: DeliveryChannel;
  readonly deliveries: DeliveryLog;
  readonly dialog: DialogPort;
  readonly outlet: Outlet;
  readonly log: Logger;
  /** How often undone deliveries and unsent replies are taken up again (default 5 s). */
  readonly retryMs?: number;
}

/** One channel's inbox worker. */
export interface Inbox {
  /** Writes the delivery durably and schedules its turn; false for a retry already taken. */
  accept(delivery: Omit<Delivery, 'receivedAt' | 'channel'>): Promise<boolean>;
  /** Takes up what a previous run left (undone deliveries, unsent replies) and starts the timer. */
  start(): Promise<void>;
  /** Stops the timer and the consumer; finishes the turns in flight. */
  stop(): Promise<void>;
  /** Resolves when no turn or send is in flight. */
  idle(): Promise<void>;
}

/** Default interval of the resend timer. */
export const DELIVERY_RETRY_MS = 5_000;

const notice = (locale: Locale, id: string): Reply => ({
  kind: 'clarify',
  text: t(locale, id),
  slot: null,
  choices: [],
});

export function createInbox(opts: InboxOptions): Inbox {
  const { channel, deliveries, outlet, log } = opts;
  const queue = createUserQueue(log);
  let timer: NodeJS.Timeout | undefined;
  let consumer: { stop(): Promise<void> } | undefined;
  let stopped = false;

  /** Sends the user's unsent replies in order; false when one was not confirmed (left for the timer). */
  async function flush(userId: string): Promise<boolean> {
    for (const out of await deliveries.unsent(channel, userId)) {
      try {
        await outlet.post(out.payload);
      } catch (err) {
        log.warn('reply_not_sent', { channel, code: errorCode(err) });
        return false;
      }
      await deliveries.markSent(channel, userId, out.seq);
    }
    return true;
  }

  async function turnOf(d: Delivery) {
    const locale = d.locale ?? 'zh-CN';
    if (d.problem) return { replies: [notice(locale, `bot.error.${d.problem}`)], changes: [] };
    const inbound: Inbound = {
      channel,
      chatId: d.chatId,
      userId: d.userId,
      text: d.text,
      ...(d.locale ? { locale: d.locale } : {}),
    };
    const started = performance.now();
    try {
      const { result, changes } = await captureTurn(() => opts.dialog.handle(inbound));
      log.debug('turn', { channel, replies: result.length, ms: Math.round(performance.now() - started) });
      return { replies: result, changes };
    } catch (err) {
      // The turn failed: nothing of it is kept, the user is told politely; only the code is logged.
      log.error('turn_failed', { channel, code: errorCode(err) });
      return { replies: [politeError(locale)], changes: [] };
    }
  }

  /** Everything owed to one user: unsent replies first, then their deliveries in order. */
  async function work(userId: string): Promise<void> {
    await deliveries.withUser(channel, userId, async () => {
      // The pending question goes out again first: an answer never applies to one not delivered.
      if (!(await flush(userId))) return;
      for (;;) {
        const taken = await deliveries.next(channel, userId);
        if (!taken) return;
        const { replies, changes } = await turnOf(taken.delivery);
        await deliveries.commit(taken, changes, outlet.render(taken.delivery, replies));
        if (!(await flush(userId))) return;
      }
    });
  }

  const kick = (userId: string): Promise<void> => queue.enqueue(`${channel}:${userId}`, () => work(userId));

  async function sweep(): Promise<void> {
    try {
      for (const userId of await deliveries.backlog(channel)) void kick(userId);
    } catch (err) {
      log.warn('delivery_sweep_failed', { channel, code: errorCode(err) });
    }
  }

  return {
    async accept(partial) {
      const delivery: Delivery = { ...partial, channel, receivedAt: Date.now() };
      const fresh = await deliveries.accept(delivery);
      if (!fresh) log.info('duplicate_delivery_ignored', { channel });
      // With a consumer (Redis) the stream hands the work to whichever instance reads it.
      else if (!deliveries.consume) void kick(delivery.userId);
      return fresh;
    },
    async start() {
      stopped = false;
      consumer = deliveries.consume?.(channel, kick);
      await sweep();
      timer = setInterval(() => {
        if (!stopped) void sweep();
      }, opts.retryMs ?? DELIVERY_RETRY_MS);
      timer.unref();
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await consumer?.stop();
      await queue.idle();
    },
    idle: () => queue.idle(),
  };
}
