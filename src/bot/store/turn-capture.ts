/**
 * One turn, one transaction: while a turn runs inside `captureTurn`, the session stores do not
 * write — they record the new state here, and the delivery log commits it together with the
 * delivery's "done" mark and the turn's replies (src/bot/deliveries.ts). The dialog service needs
 * no change: it reads and writes its store as always, and the store asks `pendingWrite` first.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { SessionKey } from '../../dialogs/types.ts';

/** A session change a turn made: the new state, or `undefined` for a deleted session (/reset). */
export interface StateChange {
  readonly key: SessionKey;
  readonly value: unknown | undefined;
}

const current = new AsyncLocalStorage<Map<string, StateChange>>();
const id = (key: SessionKey) => `${key.channel}\u0000${key.userId}`;

/** Runs `fn` with session writes held back; returns its result and the changes it made, in order. */
export async function captureTurn<T>(fn: () => Promise<T>): Promise<{ result: T; changes: StateChange[] }> {
  const changes = new Map<string, StateChange>();
  const result = await current.run(changes, fn);
  return { result, changes: [...changes.values()] };
}

/** Inside a captured turn: holds the write back and returns true. Outside: false (write it now). */
export function holdWrite(key: SessionKey, value: unknown | undefined): boolean {
  const changes = current.getStore();
  if (!changes) return false;
  changes.set(id(key), { key, value: value === undefined ? undefined : structuredClone(value) });
  return true;
}

/** What the current turn already wrote for `key` (so a read after a write sees it), if anything. */
export function pendingWrite(key: SessionKey): StateChange | undefined {
  return current.getStore()?.get(id(key));
}
