/**
 * The contract between the dialog engine and the channels. Channels turn platform events into
 * an `Inbound`, call the dialog service, and render the `Reply` turns they get back.
 * Replies are data; channels decide how to draw buttons, escape markup and split long text.
 */
import type { ProgramId } from '../knowledge/program-catalogue.ts';
import type { ContractResult, FactValue, Profile, ProgramResult } from '../rules/types.ts';

/** The user's language. */
export type Locale = 'zh-CN' | 'en';

/** Where a message came from. */
export type Channel = 'wecom' | 'slack' | 'telegram' | 'terminal' | 'web' | 'jsonl';

/** One message from a user, platform details stripped. */
export interface Inbound {
  readonly channel: Channel;
  /** The conversation (chat, DM channel) to answer in. */
  readonly chatId: string;
  /** The person; session state is keyed by channel + userId. */
  readonly userId: string;
  /** What the user typed, or the value of the button they clicked. */
  readonly text: string;
  /** A locale the platform reports, used until the user picks one with /lang. */
  readonly locale?: Locale;
}

/** A choice offered with a question: `label` is shown, `value` is what a click sends back as text. */
export interface Choice {
  readonly label: string;
  readonly value: string;
}

/** One bot turn. Tagged union: channels switch on `kind`. */
export type Reply =
  /** A question for one fact. */
  | { readonly kind: 'ask'; readonly text: string; readonly slot: string; readonly choices: readonly Choice[] }
  /** The verdict: readable text plus the contract-shaped results and the full evaluation. */
  | {
      readonly kind: 'verdict';
      readonly text: string;
      readonly results: readonly ContractResult[];
      readonly evaluation: readonly ProgramResult[];
    }
  /** An answer to a policy question, citing clauses; with `pack`, the checklist of the application forms to send. */
  | {
      readonly kind: 'answer';
      readonly text: string;
      readonly clauses: readonly string[];
      readonly pack?: PackRequest;
    }
  /** Anything else: an echo of a reading, a re-ask hint, help, an error said politely. */
  | {
      readonly kind: 'clarify';
      readonly text: string;
      readonly slot: string | null;
      readonly choices: readonly Choice[];
      /** The facts this turn recorded or changed, in contract units (contract §4 `recorded`). */
      readonly recorded?: Readonly<Record<string, FactValue>>;
    };

/**
 * The application forms a reply asks the channel to send as files (after "需要申报表吗？" → yes):
 * one per program, filled from `profile` by `src/pack`. A channel that cannot send files shows
 * the reply's text (the checklists) alone.
 */
export interface PackRequest {
  readonly programs: readonly ProgramId[];
  readonly profile: Profile;
  /** The dialog's language, for the forms' notes and the checklist sheet. */
  readonly locale: Locale;
}

/** Key of a session in the store: one per channel and user. */
export interface SessionKey {
  readonly channel: Channel;
  readonly userId: string;
}

/**
 * Where dialog state lives (grammY's StorageAdapter shape). Values are plain JSON.
 * Implementations: SQLite (embedded default) and Redis (many instances).
 */
export interface SessionStore {
  read(key: SessionKey): Promise<unknown | undefined>;
  write(key: SessionKey, value: unknown): Promise<void>;
  delete(key: SessionKey): Promise<void>;
  close(): Promise<void>;
}
