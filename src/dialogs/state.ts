/**
 * Dialog state: plain JSON, so any store can keep it. Validated with zod when read back (a
 * row written by an older version, or tampered with, starts a fresh dialog instead of crashing).
 */
import { z } from 'zod';
import type { FactValue, Profile } from '../rules/types.ts';
import type { Locale } from './types.ts';

/** Where a dialog is. */
export type Phase = 'idle' | 'asking' | 'done';

/** The pseudo-slot of the first question: which programs the user wants to apply for. */
export const FOCUS_SLOT = 'focus';

/** The pseudo-slot of the gate question: which program families apply at all (several gate facts at once). */
export const GATES_SLOT = 'gates';

/** A new value for a fact on record, waiting for the user's yes. */
export interface PendingChange {
  readonly fact: string;
  readonly value: FactValue;
  /** Asked again once already, after a message that did not answer it (the next such message sets it aside). */
  readonly again?: boolean;
  /** The new value is a date given by its month only (the day assumed, see `daysAssumed`). */
  readonly dayAssumed?: boolean;
}

/** One user's dialog. */
export interface DialogState {
  readonly version: 1;
  readonly locale: Locale;
  readonly phase: Phase;
  /** Focus group ids (see `focus.ts`); null until answered or when the user screens everything. */
  readonly focus: readonly string[] | null;
  /** What the user has told us, in contract units. */
  readonly profile: Profile;
  /** The slot the last question asked: a fact key, `focus`, or null. */
  readonly pending: string | null;
  /** Facts the dialog has asked (answered or not); it never asks one twice on its own. */
  readonly asked: readonly string[];
  /** Facts the user answered with 不知道. */
  readonly skipped: readonly string[];
  /** Whether the status verdict has been shown (amount questions may follow it). */
  readonly verdictShown: boolean;
  /** The fact answered last: a correction that names no fact (`不对，是七百万`) applies to it. */
  readonly lastAnswered?: string | null;
  /** A new value for a fact already recorded, waiting for the user's yes before it replaces the old one. */
  readonly confirm?: PendingChange | null;
  /**
   * More new values said in the same message, each confirmed in turn after `confirm`. A reply that is no yes/no
   * sets them aside with `confirm` (as a single confirmation always was).
   */
  readonly confirmQueue?: readonly PendingChange[];
  /** How many answers in a row to the pending question could not be read (the re-ask changes with it). */
  readonly misses?: number;
  /** Recognitions the user mentioned in passing: confirmed when the recognitions question comes. */
  readonly mentionedCerts?: readonly string[];
  /** Facts recorded from an estimate (差不多2000万, about 20m): a verdict resting on one near a line says so. */
  readonly estimated?: readonly string[];
  /** The statuses and amounts of the verdict last shown, so the same verdict is not printed twice. */
  readonly verdictKey?: string;
  /** The gate facts offered by the pending gate question, in the order shown. */
  readonly offeredGates?: readonly string[];
  /**
   * Programs asked to be screened too while project figures are on record, waiting for the answer to "the same
   * project?", with the message that asked (its facts are read once the project is known).
   */
  readonly adding?: { readonly focus: readonly string[]; readonly text: string } | null;
  /** What a fresh start (开始 typed mid-dialog) cleared, kept so that 撤销 brings it back: nothing said is lost. */
  readonly previous?: { readonly profile: Profile; readonly focus: readonly string[] | null } | null;
  /**
   * Date facts given by their month only (2022年1月开工), recorded as the month's last day: where the day decides a
   * result (a 建设周期 of 不超过2年, 5.1.1.2), it is asked (`day-check.ts`).
   */
  readonly daysAssumed?: readonly string[];
}

/** A fresh dialog in a locale. */
export function initialState(locale: Locale = 'zh-CN'): DialogState {
  return {
    version: 1,
    locale,
    phase: 'idle',
    focus: null,
    profile: {},
    pending: null,
    asked: [],
    skipped: [],
    verdictShown: false,
  };
}

const factValue: z.ZodType<FactValue> = z.union([z.boolean(), z.number(), z.string(), z.array(z.string())]);

const stateSchema = z.object({
  version: z.literal(1),
  locale: z.enum(['zh-CN', 'en']),
  phase: z.enum(['idle', 'asking', 'done']),
  focus: z.array(z.string()).nullable(),
  profile: z.record(z.string(), factValue),
  pending: z.string().nullable(),
  asked: z.array(z.string()),
  skipped: z.array(z.string()),
  verdictShown: z.boolean(),
  lastAnswered: z.string().nullable().optional(),
  confirm: z
    .object({ fact: z.string(), value: factValue, again: z.boolean().optional(), dayAssumed: z.boolean().optional() })
    .nullable()
    .optional(),
  confirmQueue: z
    .array(z.object({ fact: z.string(), value: factValue, dayAssumed: z.boolean().optional() }))
    .optional(),
  misses: z.number().int().nonnegative().optional(),
  mentionedCerts: z.array(z.string()).optional(),
  estimated: z.array(z.string()).optional(),
  offeredGates: z.array(z.string()).optional(),
  adding: z
    .object({ focus: z.array(z.string()), text: z.string() })
    .nullable()
    .optional(),
  verdictKey: z.string().optional(),
  previous: z
    .object({ profile: z.record(z.string(), factValue), focus: z.array(z.string()).nullable() })
    .nullable()
    .optional(),
  daysAssumed: z.array(z.string()).optional(),
});

/** Reads stored JSON back as a state; anything that does not fit gives `undefined` (start afresh). */
export function parseState(value: unknown): DialogState | undefined {
  const r = stateSchema.safeParse(value);
  return r.success ? (r.data as DialogState) : undefined;
}

/** A list of flagged facts with `key` flagged or not, as the fact is set again. */
const flagged = (list: readonly string[] | undefined, key: string, on: boolean): string[] => [
  ...(list ?? []).filter((k) => k !== key),
  ...(on ? [key] : []),
];

/**
 * A copy of a state with one fact set; `dayAssumed`: a date given by its month only; `estimate`: an estimate that
 * may lie on either side of its figure.
 */
export function withFact(
  state: DialogState,
  key: string,
  value: FactValue,
  dayAssumed = false,
  estimate = false,
): DialogState {
  const days = flagged(state.daysAssumed, key, dayAssumed);
  const estimated = flagged(state.estimated, key, estimate);
  const { daysAssumed: _, estimated: __, ...rest } = state;
  return {
    ...rest,
    profile: { ...state.profile, [key]: value },
    skipped: state.skipped.filter((k) => k !== key),
    ...(days.length > 0 ? { daysAssumed: days } : {}),
    ...(estimated.length > 0 ? { estimated } : {}),
  };
}
