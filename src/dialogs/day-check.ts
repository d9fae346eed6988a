/**
 * Dates given by their month only (2022年1月开工) are recorded as the month's last day (parse/date.ts). Where a result
 * turns on the day — a 建设周期 of 2年以内（含） (5.1.1.2) from 2022年1月 to 2024年1月 is two years read from the months'
 * last days, two years and 30 days from a start on the 1st — the exact day is asked, once. Not known then, the date is
 * left out of the screening (the program stays ❓, waiting for it) rather than read either way: a wrong ✅ costs a
 * failed application, a wrong ❌ money owed (play-test 51, P9).
 */
import { t } from '../i18n.ts';
import type { ProgramId } from '../knowledge/program-catalogue.ts';
import { FACT_BY_KEY } from '../rules/facts.ts';
import type { Profile, ProgramResult } from '../rules/types.ts';
import { parseDateReading } from './parse/date.ts';
import { planningResults } from './planner.ts';
import type { DialogState } from './state.ts';
import type { Locale, Reply } from './types.ts';
import { factLabel, programName } from './vocabulary.ts';

/** The `asked` marker of a date's day question: it is asked once. */
export const dayCheckMarker = (fact: string): string => `${fact}:day_check`;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** Whether a correction's text gives a date by its month only (改一下开工日期 2022年1月). */
export function dayAssumedIn(fact: string, text: string): boolean {
  if (FACT_BY_KEY.get(fact)?.type !== 'date') return false;
  const r = parseDateReading(text);
  return r.ok && r.value.dayAssumed;
}

/** The same date on the 1st of its month. */
const firstOfMonth = (date: string): string => `${date.slice(0, 8)}01`;

const outcome = (r: ProgramResult): string => `${r.status}:${r.maxSubsidyWan}`;

/**
 * Whether two readings differ in what the user is told: ✅ against anything else, ✅ with another amount, or ✅/❌ settled
 * both ways. (❓ against ❌ for a program still waiting for other answers is not worth a question yet: a plain enterprise
 * screening everything is not asked the day for the innovation centre.)
 */
const tellsApart = (a: ProgramResult, b: ProgramResult): boolean =>
  outcome(a) !== outcome(b) &&
  (a.status === 'eligible' ||
    b.status === 'eligible' ||
    (a.status !== 'needs_info' && b.status !== 'needs_info' && a.status !== b.status));

/** A date whose day decides a result: the fact, the programs it decides and the clauses that say how. */
export interface DayTurn {
  readonly fact: string;
  readonly programs: readonly ProgramId[];
  readonly clauses: readonly string[];
}

/**
 * The month-only dates whose day decides a program's status or amount: every reading of those dates on the 1st of
 * their months (alone and together) is screened beside the one on record (the last days).
 */
export function dayTurns(state: DialogState, profile: Profile, programs: ReadonlySet<ProgramId> | null): DayTurn[] {
  const assumed = (state.daysAssumed ?? []).filter((f) => {
    const v = profile[f];
    return typeof v === 'string' && DATE.test(v) && firstOfMonth(v) !== v;
  });
  if (assumed.length === 0) return [];
  const base = planningResults(programs, profile);
  // The conditions of one program as read on record (traced once per program, whichever subsets differ for it).
  const tracedBefore = new Map<ProgramId, ProgramResult['trace']>();
  const traced = (p: Profile, program: ProgramId) => planningResults(new Set([program]), p, true)[0]?.trace ?? [];
  const turns = new Map<string, { programs: Set<ProgramId>; clauses: Set<string> }>();
  // Every non-empty subset of the assumed dates read on the 1st (at most a few dates: 2^n - 1 screenings).
  for (let mask = 1; mask < 1 << assumed.length; mask++) {
    const moved = assumed.filter((_, i) => mask & (1 << i));
    const variant = { ...profile };
    for (const f of moved) variant[f] = firstOfMonth(profile[f] as string);
    const results = planningResults(programs, variant);
    results.forEach((r, i) => {
      const was = base[i] as ProgramResult;
      if (!tellsApart(r, was)) return;
      // The clauses of the conditions the day decides: those whose outcome differs between the two readings.
      const before = tracedBefore.get(r.program) ?? traced(profile, r.program);
      tracedBefore.set(r.program, before);
      const cited = traced(variant, r.program)
        .filter((c) => before.some((b) => b.condition === c.condition && b.outcome !== c.outcome))
        .map((c) => c.clause);
      for (const f of moved) {
        const turn = turns.get(f) ?? { programs: new Set(), clauses: new Set() };
        turn.programs.add(r.program);
        for (const c of cited) turn.clauses.add(c);
        turns.set(f, turn);
      }
    });
  }
  return assumed
    .filter((f) => turns.has(f))
    .map((f) => {
      const turn = turns.get(f) as { programs: Set<ProgramId>; clauses: Set<string> };
      return { fact: f, programs: [...turn.programs], clauses: [...turn.clauses] };
    });
}

/** The first date whose day decides a result and was not asked yet. */
export function dayCheckDue(state: DialogState, profile: Profile, programs: ReadonlySet<ProgramId> | null) {
  return dayTurns(state, profile, programs).find((d) => !state.asked.includes(dayCheckMarker(d.fact)));
}

/**
 * The profile to screen with the month-only dates whose day decides a result, and was asked without an answer, left
 * out: the programs they decide wait for them (❓) instead of being read on an assumed day.
 */
export function withoutUndecidedDays(
  state: DialogState,
  profile: Profile,
  programs: ReadonlySet<ProgramId> | null,
): Profile {
  // (Only a date whose day was asked can be left out: none asked, nothing to screen again — screeningProfile is called
  // several times a turn.)
  if (!(state.daysAssumed ?? []).some((f) => state.asked.includes(dayCheckMarker(f)))) return profile;
  const undecided = dayTurns(state, profile, programs).filter((d) => state.asked.includes(dayCheckMarker(d.fact)));
  if (undecided.length === 0) return profile;
  const kept = { ...profile };
  for (const d of undecided) delete kept[d.fact];
  return kept;
}

/** 您说的开工日期是2022年1月…具体是几号？ */
export function dayCheckReply(state: DialogState, turn: DayTurn, locale: Locale): Reply {
  const date = state.profile[turn.fact] as string;
  const [, y, m] = DATE.exec(date) as RegExpExecArray;
  const month =
    locale === 'en'
      ? new Date(Date.UTC(Number(y), Number(m) - 1, 1)).toLocaleString('en', {
          month: 'long',
          year: 'numeric',
          timeZone: 'UTC',
        })
      : `${Number(y)}年${Number(m)}月`;
  const text = t(locale, 'dialog.day_check', {
    label: factLabel(turn.fact, locale),
    month,
    names: turn.programs.map((p) => programName(p, locale)).join(t(locale, 'dialog.format.list_separator')),
    clauses: turn.clauses.join(t(locale, 'dialog.format.list_separator')),
  });
  return { kind: 'ask', text, slot: turn.fact, choices: [] };
}

/**
 * The answer to the day question said by its day alone (5号, 1月5日, the 5th, 月初): the date on record with that day.
 * Anything else is read as any answer to the date question is.
 */
export function dayAnswer(state: DialogState, fact: string, text: string): string | null {
  if (!state.asked.includes(dayCheckMarker(fact))) return text;
  const date = state.profile[fact];
  if (typeof date !== 'string' || !DATE.test(date)) return text;
  const [, y, m] = DATE.exec(date) as RegExpExecArray;
  const s = text.trim();
  // 2024年1月10号, typed to the start's day question: a date of another month is not this date's day (asked again).
  const full = parseDateReading(s);
  if (full.ok && !full.value.dayAssumed && full.value.date.slice(0, 7) !== date.slice(0, 7) && /年|\d{4}/u.test(s))
    return null;
  const day =
    /^(?:是|就是|应该是|大概是?|大约|约)?\s*(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*(?:号|日)\s*(?:左右)?\s*(?:开工|开始|动工|完工|建成|结束|完成|上线)?\s*(?:的)?\s*(?:吧|左右)?\s*[。.!！]?$/u.exec(
      s,
    ) ?? /^(?:on\s+)?(?:the\s+)?()(\d{1,2})(?:st|nd|rd|th)\s*[.!]?$/iu.exec(s);
  if (day) {
    const month = day[1];
    // (A month other than the one on record is a new date: read as one.)
    if (month !== undefined && month !== '' && Number(month) !== Number(m)) return text;
    return `${Number(y)}年${Number(m)}月${Number(day[2])}日`;
  }
  if (/^(?:是|就是)?\s*(?:月初|1号|一号)\s*[。.!！]?$/u.test(s)) return `${Number(y)}年${Number(m)}月1日`;
  if (/^(?:是|就是)?\s*(?:月底|月末)\s*[。.!！]?$/u.test(s)) return `${Number(y)}年${Number(m)}月底`;
  return text;
}
