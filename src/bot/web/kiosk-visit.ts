/**
 * What the kiosk keeps about a visit beside the dialog state, in the same stored value under `kiosk`: the
 * name and contact the visitor chose to give (nothing else personal), when the dialog was last active, and the
 * facts a prefill link filled in. The dialog service ignores the key (`parseState` reads only its own fields)
 * and the kiosk carries it over every turn it stores, so `/reset` — which deletes the value — erases it too.
 */
import { z } from 'zod';
import { initialState, parseState } from '../../dialogs/state.ts';
import type { Locale } from '../../dialogs/types.ts';
import { factLabel, formatValue } from '../../dialogs/vocabulary.ts';
import { t } from '../../i18n.ts';
import { isFactKey } from '../../rules/facts.ts';
import type { FactValue } from '../../rules/types.ts';
import type { Prefill } from '../store/prefill-tokens.ts';

/** The kiosk's part of a stored web session. */
export interface KioskVisit {
  /** The enterprise's name, as the visitor gave it (or the sign-up sheet's, kept by the visitor); null if skipped. */
  readonly name: string | null;
  /** A contact (phone, e-mail, a person's name) as the visitor gave it; null if skipped. */
  readonly contact: string | null;
  /** Epoch ms of the last turn stored. */
  readonly lastActive: number;
  /** The fact keys a prefill link filled in, in the sheet's order; null for a visit without one. */
  readonly prefilled: readonly string[] | null;
  /** Whether the first turn has said what was prefilled (it is said once). */
  readonly announced: boolean;
}

/** Longest name or contact kept: enough for any enterprise name or phone/e-mail, not a free-text field. */
export const VISITOR_FIELD_MAX = 80;

const visitSchema = z.object({
  name: z.string().max(VISITOR_FIELD_MAX).nullable(),
  contact: z.string().max(VISITOR_FIELD_MAX).nullable(),
  lastActive: z.number(),
  prefilled: z.array(z.string()).nullable(),
  announced: z.boolean(),
});

/** The kiosk part of a stored value, or undefined (a session stored before this existed, or another channel's). */
export function visitOf(stored: unknown): KioskVisit | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined;
  const r = visitSchema.safeParse((stored as { kiosk?: unknown }).kiosk);
  return r.success ? r.data : undefined;
}

/** A stored value with the kiosk part set (the dialog's part as it is). */
export function withVisit(stored: unknown, visit: KioskVisit): Record<string, unknown> {
  const base = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  return { ...base, kiosk: visit };
}

/** A new visit's kiosk part. */
export function newVisit(now: number): KioskVisit {
  return { name: null, contact: null, lastActive: now, prefilled: null, announced: false };
}

/**
 * A visitor's name or contact as kept: trimmed, control characters and line breaks dropped, cut to
 * VISITOR_FIELD_MAX; empty is null (skipped).
 */
export function cleanVisitorField(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const s = value
    .replace(/\p{Cc}+/gu, ' ')
    .trim()
    .slice(0, VISITOR_FIELD_MAX)
    .trim();
  return s === '' ? null : s;
}

/**
 * The stored value a prefill link starts: the dialog's own fresh state with the sheet's facts in its profile
 * (so the planner asks only what is missing), not yet begun, and the visit marked prefilled.
 */
export function prefilledSession(prefill: Prefill, locale: Locale, now: number): Record<string, unknown> {
  const facts = Object.entries(prefill.facts).filter(([key]) => isFactKey(key));
  const state = { ...initialState(locale), profile: Object.fromEntries(facts) };
  const visit: KioskVisit = {
    ...newVisit(now),
    name: cleanVisitorField(prefill.name),
    prefilled: facts.map(([key]) => key),
  };
  return withVisit(state, visit);
}

/**
 * "已从报名表填入：是否规上：是；主营业务收入：35000万元" — the facts a link filled in, as the dialog's own
 * profile holds them now.
 */
export function prefillAnnouncement(stored: unknown, visit: KioskVisit, locale: Locale): string | null {
  const profile = parseState(stored)?.profile ?? {};
  const items = (visit.prefilled ?? [])
    .filter((key) => key in profile)
    .map((key) =>
      t(locale, 'kiosk.prefill.item', {
        label: factLabel(key, locale),
        value: formatValue(key, profile[key as keyof typeof profile] as FactValue, locale),
      }),
    );
  if (items.length === 0) return null;
  return t(locale, 'kiosk.prefill.announce', { items: items.join(t(locale, 'kiosk.prefill.separator')) });
}
