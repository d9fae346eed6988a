/**
 * How `npm start` finds its channels: each starter looks at the environment and either starts
 * its channel (credentials present) or returns null. When none starts, the terminal dialog opens.
 * Adding a channel = adding its starter to `CHANNEL_STARTERS` (WeCom, Slack, Telegram land here).
 */
import type { DialogService } from '../dialogs/service.ts';
import type { SessionStore } from '../dialogs/types.ts';
import { startConfiguredChannels } from './run-channels.ts';

/** A started channel, stopped on shutdown. */
export interface RunningChannel {
  readonly name: string;
  stop(): Promise<void>;
}

/** What a starter gets. */
export interface ChannelDeps {
  readonly service: DialogService;
  readonly store: SessionStore;
  readonly env: NodeJS.ProcessEnv;
}

/** Starts one channel when its credentials are in `env`; null when they are not. */
export type ChannelStarter = (deps: ChannelDeps) => Promise<RunningChannel | null>;

/** The channels `npm start` tries, in order. */
export const CHANNEL_STARTERS: ChannelStarter[] = [startConfiguredChannels];
