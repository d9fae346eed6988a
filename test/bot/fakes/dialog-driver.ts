/**
 * Plays the user in an end-to-end dialog: given the question the engine asked, picks what a
 * user would do — click a button when there are choices, otherwise type an answer of the fact's
 * type the way people type it. A spy around the real dialog service shows the harness which
 * question is pending; the answer still travels through the platform fake and the real adapter.
 */
import type { DialogPort } from '../../../src/bot/turns.ts';
import type { Choice, Inbound, Reply } from '../../../src/dialogs/types.ts';
import { FACT_BY_KEY } from '../../../src/rules/facts.ts';

export type UserMove =
  | { readonly kind: 'click'; readonly choice: Choice; readonly index: number }
  | { readonly kind: 'type'; readonly text: string };

const TYPED: Record<string, string> = {
  amount: '3500万',
  date: '2021年9月30日',
  percent: '4.5%',
  number: '5',
  count: '3',
};

/** What the user does next, answering `ask`. Booleans are answered "是" by button. */
export function moveFor(ask: Extract<Reply, { kind: 'ask' }>): UserMove {
  const fact = FACT_BY_KEY.get(ask.slot);
  if (ask.choices.length > 0) {
    // Certifications: "none" is last; otherwise the first option (是 for yes/no).
    const index = fact?.type === 'certs' ? ask.choices.length - 1 : 0;
    return { kind: 'click', choice: ask.choices[index] as Choice, index };
  }
  return { kind: 'type', text: (fact && TYPED[fact.type]) ?? '不知道' };
}

/** Wraps a dialog port and keeps every reply it returned, in order. */
export function spyOn(port: DialogPort): DialogPort & {
  readonly replies: Reply[];
  readonly inbounds: Inbound[];
  lastAsk(): Extract<Reply, { kind: 'ask' }> | undefined;
} {
  const replies: Reply[] = [];
  const inbounds: Inbound[] = [];
  return {
    replies,
    inbounds,
    async handle(inbound) {
      inbounds.push(inbound);
      const out = await port.handle(inbound);
      replies.push(...out);
      return out;
    },
    lastAsk() {
      const last = replies.at(-1);
      return last?.kind === 'ask' ? last : undefined;
    },
  };
}

/** Turns of a full dialog before giving up (a verdict takes ≤ 12 questions per issue 4). */
export const MAX_TURNS = 60;

/**
 * Plays a whole dialog: says hello, then answers every question `spy` saw asked, by `deliver`
 * (which sends through the platform and resolves when the bot has answered), until a verdict.
 */
export async function driveToVerdict(
  spy: ReturnType<typeof spyOn>,
  deliver: (move: UserMove, ask: Extract<Reply, { kind: 'ask' }> | undefined) => Promise<void>,
  greeting = '你好',
): Promise<{ verdict: Extract<Reply, { kind: 'verdict' }>; turns: number; clicks: number }> {
  await deliver({ kind: 'type', text: greeting }, undefined);
  let clicks = 0;
  for (let turn = 1; turn <= MAX_TURNS; turn++) {
    const verdict = spy.replies.find((r): r is Extract<Reply, { kind: 'verdict' }> => r.kind === 'verdict');
    if (verdict) return { verdict, turns: turn, clicks };
    const ask = spy.lastAsk();
    if (!ask) throw new Error(`no question pending after turn ${turn}: ${JSON.stringify(spy.replies.at(-1))}`);
    const move = moveFor(ask);
    if (move.kind === 'click') clicks++;
    await deliver(move, ask);
  }
  throw new Error(`no verdict after ${MAX_TURNS} turns`);
}
