/**
 * What every channel adapter shares: the dialog port it calls, the polite error shown instead of
 * a stack trace, per-user ordering, and splitting long text for platform limits. The turn itself
 * runs in the inbox (deliveries.ts).
 */
import type { Choice, Inbound, Locale, PackRequest, Reply } from '../dialogs/types.ts';
import { t } from '../i18n.ts';
import { errorCode, type Logger } from './log.ts';
import { packOf } from './pack-files.ts';

/** The dialog service as adapters see it (`createDialogService(...)` satisfies it). */
export interface DialogPort {
  handle(inbound: Inbound): Promise<Reply[]>;
}

/** The reply shown when a turn fails: no detail, a suggestion to try again. */
export function politeError(locale: Locale): Reply {
  return { kind: 'clarify', text: t(locale, 'bot.error.internal'), slot: null, choices: [] };
}

/** The choices a reply offers (verdicts and answers offer none). */
export function choicesOf(reply: Reply): readonly Choice[] {
  return reply.kind === 'ask' || reply.kind === 'clarify' ? reply.choices : [];
}

/** UTF-8 byte length (WeCom counts bytes). */
export const utf8Bytes = (s: string): number => Buffer.byteLength(s, 'utf8');
/** UTF-16 code units (Telegram and Slack count these). */
export const utf16Units = (s: string): number => s.length;

/**
 * Splits `text` into parts each at most `limit` by `measure`, preferring line breaks, then
 * spaces, and never cutting inside a character (surrogate pairs stay whole).
 */
export function splitText(text: string, limit: number, measure: (s: string) => number = utf16Units): string[] {
  if (measure(text) <= limit) return [text];
  const parts: string[] = [];
  let rest = text;
  while (measure(rest) > limit) {
    const cut = cutPoint(rest, limit, measure);
    const head = rest.slice(0, cut).replace(/[ \n]+$/, '');
    if (head.length > 0) parts.push(head);
    rest = rest.slice(cut).replace(/^\n+/, '');
  }
  if (rest.length > 0) parts.push(rest);
  return parts;
}

/**
 * A reply's payloads, in the order they go out: its text split at `limit`, one payload per part with the
 * choices on the last part only, then its forms if it asks for any (built when sent: src/bot/pack-files.ts).
 */
export function replyPayloads<P>(
  reply: Reply,
  limit: number,
  text: (part: string, choices: readonly Choice[]) => P,
  pack: (request: PackRequest) => P,
): P[] {
  const choices = choicesOf(reply);
  const parts = splitText(reply.text, limit);
  const out = parts.map((part, i) => text(part, i === parts.length - 1 ? choices : []));
  const request = packOf(reply);
  if (request) out.push(pack(request));
  return out;
}

function cutPoint(text: string, limit: number, measure: (s: string) => number): number {
  // Largest prefix (by whole code points) that fits.
  let fit = 0;
  let used = 0;
  for (const ch of text) {
    const m = measure(ch);
    if (used + m > limit) break;
    used += m;
    fit += ch.length;
  }
  if (fit === 0) return [...text][0]?.length ?? 1; // a single character wider than the limit: emit it alone
  const window = text.slice(0, fit);
  const nl = window.lastIndexOf('\n');
  if (nl > fit / 2) return nl + 1;
  const sp = window.lastIndexOf(' ');
  if (sp > fit / 2) return sp + 1;
  return fit;
}

/**
 * Per-user ordering inside one process: a user's tasks (turn + sending its replies) run one
 * after another, different users in parallel. `idle()` resolves when nothing is in flight,
 * for graceful shutdown and tests.
 */
export interface UserQueue {
  enqueue(userKey: string, task: () => Promise<void>): Promise<void>;
  idle(): Promise<void>;
}

export function createUserQueue(log: Logger): UserQueue {
  const tails = new Map<string, Promise<void>>();
  const inFlight = new Set<Promise<void>>();
  return {
    enqueue(userKey, task) {
      const prev = tails.get(userKey) ?? Promise.resolve();
      const next = prev
        .then(task)
        .catch((err: unknown) => log.error('task_failed', { code: errorCode(err) }))
        .finally(() => {
          if (tails.get(userKey) === next) tails.delete(userKey);
          inFlight.delete(next);
        });
      tails.set(userKey, next);
      inFlight.add(next);
      return next;
    },
    async idle() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}
