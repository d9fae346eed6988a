/**
 * The dialog service channels call: load the user's state from the store, run one engine turn,
 * save (or delete, after /reset), return the replies. Turns of one user run one after another
 * (an in-process queue per channel + user); a store that can lock across instances (Redis)
 * offers `withLock`, and the service then holds that lock around the turn too.
 */
import { type EngineContext, step } from './engine.ts';
import type { KnowledgePort } from './knowledge-port.ts';
import { parseState } from './state.ts';
import type { Inbound, Reply, SessionKey, SessionStore } from './types.ts';

/** A store that can serialise one user's turns across processes (optional). */
export interface LockingSessionStore extends SessionStore {
  withLock<T>(key: SessionKey, fn: () => Promise<T>): Promise<T>;
}

/** What the service needs. */
export interface DialogServiceOptions {
  readonly store: SessionStore | LockingSessionStore;
  /** The knowledge base for Q&A and clause texts (default: the guide's, `GUIDE_KNOWLEDGE`). */
  readonly knowledge?: KnowledgePort;
}

/** The service's API, as channels use it. */
export interface DialogService {
  /** One turn: what the user typed in, the bot's reply turns out. Never throws for user input. */
  handle(inbound: Inbound): Promise<Reply[]>;
  /** Resolves when no turn is in flight (graceful shutdown, tests). */
  idle(): Promise<void>;
}

const hasLock = (store: SessionStore): store is LockingSessionStore =>
  typeof (store as Partial<LockingSessionStore>).withLock === 'function';

/** Creates the dialog service over a session store. */
export function createDialogService(options: DialogServiceOptions): DialogService {
  const { store } = options;
  const ctx: EngineContext = options.knowledge ? { knowledge: options.knowledge } : {};
  const tails = new Map<string, Promise<unknown>>();

  async function turn(inbound: Inbound): Promise<Reply[]> {
    const key: SessionKey = { channel: inbound.channel, userId: inbound.userId };
    const state = parseState(await store.read(key));
    const result = step(state, inbound.text, { ...ctx, ...(inbound.locale ? { locale: inbound.locale } : {}) });
    if (result.forget) await store.delete(key);
    else await store.write(key, result.state);
    return result.replies;
  }

  function handle(inbound: Inbound): Promise<Reply[]> {
    const id = `${inbound.channel}\u0000${inbound.userId}`;
    const key: SessionKey = { channel: inbound.channel, userId: inbound.userId };
    const run = () => (hasLock(store) ? store.withLock(key, () => turn(inbound)) : turn(inbound));
    const prev = tails.get(id) ?? Promise.resolve();
    const next = prev.then(run, run);
    const tail = next.catch(() => undefined);
    tails.set(id, tail);
    void tail.then(() => {
      if (tails.get(id) === tail) tails.delete(id);
    });
    return next;
  }

  return {
    handle,
    async idle() {
      while (tails.size > 0) await Promise.allSettled([...tails.values()]);
    },
  };
}
