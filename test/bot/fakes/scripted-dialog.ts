/**
 * A three-step dialog that keeps its state in the real store, standing in for the dialog
 * service where a test is about the channel rather than the engine: greeting → a choice →
 * an amount → a verdict.
 */

import type { DeliveryLog } from '../../../src/bot/deliveries.ts';
import { createSqliteStore } from '../../../src/bot/store/sqlite-store.ts';
import type { DialogPort } from '../../../src/bot/turns.ts';
import type { Inbound, Reply, SessionStore } from '../../../src/dialogs/types.ts';

interface State {
  step: 'in_jiangsu' | 'total_investment' | 'done';
  answers: Record<string, string>;
}

export const SCRIPT = {
  askJiangsu: '贵单位是否在江苏省内注册并在省内实施项目？',
  askInvestment: '项目总投资是多少（万元）？',
  verdictPrefix: '结论：',
} as const;

export function createScriptedDialog(
  store: SessionStore,
  opts: { delayMs?: number } = {},
): DialogPort & { turns: number } {
  const port = {
    turns: 0,
    async handle(inbound: Inbound): Promise<Reply[]> {
      port.turns++;
      const key = { channel: inbound.channel, userId: inbound.userId };
      const text = inbound.text.trim();
      if (text === '/reset') {
        await store.delete(key);
        return [{ kind: 'clarify', text: '已清除。', slot: null, choices: [] }];
      }
      const saved = (await store.read(key)) as State | undefined;
      if (opts.delayMs) await new Promise((r) => setTimeout(r, opts.delayMs));
      if (!saved || text === '/start') {
        await store.write(key, { step: 'in_jiangsu', answers: {} } satisfies State);
        return [
          {
            kind: 'ask',
            text: SCRIPT.askJiangsu,
            slot: 'in_jiangsu',
            choices: [
              { label: '是', value: 'yes' },
              { label: '否', value: 'no' },
            ],
          },
        ];
      }
      if (saved.step === 'in_jiangsu') {
        await store.write(key, { step: 'total_investment', answers: { ...saved.answers, in_jiangsu: text } });
        return [{ kind: 'ask', text: SCRIPT.askInvestment, slot: 'total_investment', choices: [] }];
      }
      const answers = saved.step === 'total_investment' ? { ...saved.answers, total_investment: text } : saved.answers;
      await store.write(key, { step: 'done', answers });
      return [
        {
          kind: 'verdict',
          text: `${SCRIPT.verdictPrefix}in_jiangsu=${answers.in_jiangsu} total_investment=${answers.total_investment}`,
          results: [],
          evaluation: [],
        },
      ];
    },
  };
  return port;
}

/** A SessionStore in memory, for tests that are not about storage. */
export function memoryStore(): SessionStore {
  const m = new Map<string, unknown>();
  const k = (key: { channel: string; userId: string }) => `${key.channel}:${key.userId}`;
  return {
    read: async (key) => structuredClone(m.get(k(key))),
    write: async (key, value) => void m.set(k(key), structuredClone(value)),
    delete: async (key) => void m.delete(k(key)),
    close: async () => m.clear(),
  };
}

/**
 * The inbox and outbox of `store` when it has them (the SQLite and Redis stores), else ones in a
 * throwaway in-memory SQLite database, for channel tests.
 */
export function memoryDeliveries(store?: SessionStore): DeliveryLog {
  return (
    (store as { deliveries?: DeliveryLog } | undefined)?.deliveries ??
    createSqliteStore({ path: ':memory:' }).deliveries
  );
}
