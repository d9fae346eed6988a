/**
 * Inbox and outbox on Redis, shared by every instance. Per channel, a Stream with one consumer
 * group: `accept` adds the delivery (XADD, with its dedupe key, in one script) before the adapter
 * acknowledges it; instances read new entries (XREADGROUP) and take over entries a dead instance
 * left pending (XAUTOCLAIM). Per user, a list of the stream ids not yet done keeps the user's
 * order whichever instance read which entry: the reader takes the user's lock and works through
 * that list from its head. A turn's state, the entry's XACK/XDEL and the user's replies are one
 * MULTI. Replies wait in a per-user list until the platform confirms each.
 */

import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Redis } from 'ioredis';
import type { SessionKey } from '../../dialogs/types.ts';
import {
  DEDUPE_MS,
  type Delivery,
  type DeliveryChannel,
  type DeliveryLog,
  type Outgoing,
  type Taken,
} from '../deliveries.ts';
import { errorCode } from '../log.ts';
import type { StateChange } from './turn-capture.ts';

/** A pending entry idle this long belongs to a dead (or stuck) instance and is taken over. */
export const DEFAULT_CLAIM_IDLE_MS = 30_000;

const GROUP = 'turns';
/** A consumer (one instance's run) idle this long with nothing pending is removed from the group. */
const CONSUMER_FORGET_MS = 60 * 60 * 1000;

// KEYS: dedupe key, stream, user's list. ARGV: ttl ms, user id, delivery JSON. Returns the entry id or nil.
const ACCEPT = `if not redis.call('SET', KEYS[1], '1', 'PX', ARGV[1], 'NX') then return false end
local id = redis.call('XADD', KEYS[2], '*', 'u', ARGV[2], 'd', ARGV[3])
redis.call('RPUSH', KEYS[3], id)
return id`;

// KEYS: the user's outbox, the channel's set of users with unsent replies. ARGV: seq, user id.
const MARK_SENT = `local head = redis.call('LINDEX', KEYS[1], 0)
if head and string.sub(head, 1, string.len(ARGV[1]) + 1) == ARGV[1] .. '\\n' then redis.call('LPOP', KEYS[1]) end
if redis.call('LLEN', KEYS[1]) == 0 then redis.call('SREM', KEYS[2], ARGV[2]) end
return 1`;

export interface RedisDeliveriesDeps {
  readonly client: Redis;
  readonly prefix: string;
  readonly sessionKey: (key: SessionKey) => string;
  readonly idleMs: number;
  readonly withLock: <T>(key: SessionKey, fn: () => Promise<T>) => Promise<T>;
  readonly claimIdleMs?: number;
  readonly onError?: (code: string) => void;
}

type StreamEntry = [id: string, fields: string[]];

export function createRedisDeliveries(deps: RedisDeliveriesDeps): DeliveryLog {
  const { client, prefix } = deps;
  const part = (s: string) => encodeURIComponent(s);
  const stream = (ch: string) => `${prefix}:inbox:${ch}`;
  const pendingOf = (ch: string, user: string) => `${prefix}:inbox-user:${ch}:${part(user)}`;
  const outboxOf = (ch: string, user: string) => `${prefix}:outbox:${ch}:${part(user)}`;
  const outboxUsers = (ch: string) => `${prefix}:outbox-users:${ch}`;
  const claimIdleMs = deps.claimIdleMs ?? DEFAULT_CLAIM_IDLE_MS;
  const consumerName = `${hostname()}-${process.pid}-${randomBytes(4).toString('hex')}`;

  const fieldOf = (fields: string[], name: string) => {
    const i = fields.indexOf(name);
    return i >= 0 && i % 2 === 0 ? fields[i + 1] : undefined;
  };

  return {
    async accept(d: Delivery) {
      const id = await client.eval(
        ACCEPT,
        3,
        `${prefix}:seen:${d.id}`,
        stream(d.channel),
        pendingOf(d.channel, d.userId),
        String(DEDUPE_MS),
        d.userId,
        JSON.stringify(d),
      );
      return typeof id === 'string';
    },
    async next(channel, userId): Promise<Taken | undefined> {
      for (;;) {
        const id = await client.lindex(pendingOf(channel, userId), 0);
        if (id === null) return undefined;
        const [entry] = (await client.xrange(stream(channel), id, id)) as StreamEntry[];
        const raw = entry ? fieldOf(entry[1], 'd') : undefined;
        if (raw) return { ref: id, delivery: JSON.parse(raw) as Delivery };
        // The entry is gone (done by an instance that died before its list was updated): skip it.
        await client.lrem(pendingOf(channel, userId), 1, id);
      }
    },
    async commit(taken, changes: readonly StateChange[], payloads) {
      const { channel, userId } = taken.delivery;
      const m = client.multi();
      for (const c of changes) {
        if (c.value === undefined) m.del(deps.sessionKey(c.key));
        else m.set(deps.sessionKey(c.key), JSON.stringify(c.value), 'PX', deps.idleMs);
      }
      m.lrem(pendingOf(channel, userId), 1, taken.ref);
      m.xack(stream(channel), GROUP, taken.ref);
      m.xdel(stream(channel), taken.ref);
      if (payloads.length > 0) {
        m.rpush(outboxOf(channel, userId), ...payloads.map((p, i) => `${taken.ref}#${i}\n${JSON.stringify(p)}`));
        m.sadd(outboxUsers(channel), userId);
      }
      const results = await m.exec();
      const failed = results?.find(([err]) => err);
      if (!results || failed) throw failed?.[0] ?? new Error('multi_aborted');
    },
    async unsent(channel, userId): Promise<Outgoing[]> {
      const items = await client.lrange(outboxOf(channel, userId), 0, -1);
      return items.map((item) => {
        const nl = item.indexOf('\n');
        return { seq: item.slice(0, nl), payload: JSON.parse(item.slice(nl + 1)) as unknown };
      });
    },
    async markSent(channel, userId, seq) {
      await client.eval(MARK_SENT, 2, outboxOf(channel, userId), outboxUsers(channel), seq, userId);
    },
    async backlog(channel) {
      // Undone deliveries are found by the stream (pending entries are claimed); unsent replies here.
      return client.smembers(outboxUsers(channel));
    },
    withUser: (channel, userId, fn) => deps.withLock({ channel, userId }, fn),
    consume(channel: DeliveryChannel, onUser) {
      const key = stream(channel);
      const reader = client.duplicate();
      reader.on('error', (err: unknown) => deps.onError?.(errorCode(err)));
      let stopped = false;
      const inFlight = new Set<Promise<void>>();
      const handle = (entries: StreamEntry[]) => {
        const byUser = new Map<string, string[]>();
        for (const [id, fields] of entries) {
          const user = fields ? fieldOf(fields, 'u') : undefined;
          if (user === undefined) continue;
          byUser.set(user, [...(byUser.get(user) ?? []), id]);
        }
        for (const [user, ids] of byUser) {
          // The user's list decides the order; these ids are acked here too in case another
          // instance did their turn before this one read them.
          const p = onUser(user)
            .then(() => client.xack(key, GROUP, ...ids))
            .then(
              () => undefined,
              (err: unknown) => deps.onError?.(errorCode(err)),
            );
          inFlight.add(p);
          void p.finally(() => inFlight.delete(p));
        }
      };
      const ready = client.xgroup('CREATE', key, GROUP, '0', 'MKSTREAM').catch((err: unknown) => {
        if (!String((err as Error).message).includes('BUSYGROUP')) deps.onError?.(errorCode(err));
      });
      const loop = (async () => {
        await ready;
        while (!stopped) {
          try {
            const res = (await reader.xreadgroup(
              'GROUP',
              GROUP,
              consumerName,
              'COUNT',
              100,
              'BLOCK',
              500,
              'STREAMS',
              key,
              '>',
            )) as [string, StreamEntry[]][] | null;
            for (const [, entries] of res ?? []) handle(entries);
          } catch (err) {
            if (stopped) break;
            deps.onError?.(errorCode(err));
            await new Promise((r) => setTimeout(r, 500));
          }
        }
      })();
      // Every start names a new consumer; those of dead instances, once they hold nothing, go.
      const forgetIdleConsumers = async (streamKey: string) => {
        const consumers = (await client.xinfo('CONSUMERS', streamKey, GROUP)) as unknown[][];
        for (const fields of consumers) {
          const info = Object.fromEntries(
            Array.from({ length: fields.length / 2 }, (_, i) => [fields[2 * i], fields[2 * i + 1]]),
          ) as { name?: string; pending?: number; idle?: number };
          if (info.name && info.name !== consumerName && info.pending === 0 && (info.idle ?? 0) > CONSUMER_FORGET_MS) {
            await client.xgroup('DELCONSUMER', streamKey, GROUP, info.name);
          }
        }
      };
      const claimEvery = Math.max(200, Math.min(claimIdleMs / 2, 10_000));
      const claimer = setInterval(() => {
        void (async () => {
          await ready;
          let cursor = '0-0';
          do {
            const [nextCursor, entries] = (await client.xautoclaim(
              key,
              GROUP,
              consumerName,
              claimIdleMs,
              cursor,
              'COUNT',
              100,
            )) as [string, StreamEntry[], ...unknown[]];
            handle(entries.filter((e) => e !== null));
            cursor = nextCursor;
          } while (cursor !== '0-0' && !stopped);
          await forgetIdleConsumers(key);
        })().catch((err: unknown) => deps.onError?.(errorCode(err)));
      }, claimEvery);
      claimer.unref();
      return {
        async stop() {
          stopped = true;
          clearInterval(claimer);
          await loop;
          reader.disconnect();
          while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
        },
      };
    },
  };
}
