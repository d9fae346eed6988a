/**
 * Drives the engine like a person: a script of answers keyed by the slot asked, typed as people
 * type them. Records every turn so tests can check the questions asked, the readings echoed and
 * the verdict.
 */
import { type EngineContext, step, type Turn } from '../../src/dialogs/engine.ts';
import type { DialogState } from '../../src/dialogs/state.ts';
import type { Locale, Reply } from '../../src/dialogs/types.ts';
import { pendingSlot } from './answer-from-profile.ts';

/** One exchange: what the user typed and what came back. */
export interface Exchange {
  readonly said: string;
  readonly replies: readonly Reply[];
}

/** A finished conversation. */
export interface Transcript {
  readonly exchanges: readonly Exchange[];
  readonly state: DialogState;
  /** Slots asked, in order. */
  readonly asked: readonly string[];
  /** Every reply text, in order. */
  readonly texts: readonly string[];
  /** The last verdict shown. */
  readonly verdict: Extract<Reply, { kind: 'verdict' }> | undefined;
  readonly last: Turn;
}

/** Sends lines one after another. */
export function say(
  lines: readonly string[],
  ctx: EngineContext & { locale?: Locale } = {},
  from?: DialogState,
): Transcript {
  let state = from;
  const exchanges: Exchange[] = [];
  let last: Turn | undefined;
  for (const line of lines) {
    last = step(state, line, ctx);
    state = last.state;
    exchanges.push({ said: line, replies: last.replies });
  }
  return summarise(exchanges, last as Turn);
}

/**
 * Starts with /start and answers each question from `answers` (by slot), 不知道 for slots not in it,
 * until nothing is pending. A slot answered more than `maxRetries` times fails the script.
 */
export function converse(
  answers: Readonly<Record<string, string | readonly string[]>>,
  ctx: EngineContext & { locale?: Locale } = {},
): Transcript {
  let last = step(undefined, '/start', ctx);
  const exchanges: Exchange[] = [{ said: '/start', replies: last.replies }];
  const used = new Map<string, number>();
  for (let i = 0; i < 300; i++) {
    const slot = pendingSlot(last.replies);
    if (slot === null) break;
    const n = used.get(slot) ?? 0;
    used.set(slot, n + 1);
    const a = answers[slot];
    const line = a === undefined ? '不知道' : typeof a === 'string' ? a : (a[n] ?? a[a.length - 1] ?? '不知道');
    if (n > 3) throw new Error(`stuck on ${slot}`);
    last = step(last.state, line, ctx);
    exchanges.push({ said: line, replies: last.replies });
  }
  return summarise(exchanges, last);
}

function summarise(exchanges: Exchange[], last: Turn): Transcript {
  const replies = exchanges.flatMap((e) => e.replies);
  const verdicts = replies.filter((r): r is Extract<Reply, { kind: 'verdict' }> => r.kind === 'verdict');
  return {
    exchanges,
    state: last.state,
    last,
    asked: replies.filter((r) => r.kind === 'ask').map((r) => (r as { slot: string }).slot),
    texts: replies.map((r) => r.text),
    verdict: verdicts[verdicts.length - 1],
  };
}

/** The status a verdict gives a program. */
export function statusOf(t: Transcript, program: string): string | undefined {
  return t.verdict?.results.find((r) => r.program === program)?.status;
}
