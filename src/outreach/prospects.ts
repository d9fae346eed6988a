/**
 * What is likely at stake for one enterprise, and what to ask first: its prospects (programs that
 * qualify, near misses, and still-open programs it could plausibly be in), each with its possible
 * amount, the programs folded as unlikely, and the first questions the dialog's planner would ask,
 * so the staff at the event and the kiosk chat ask the same.
 *
 * Readings (also in docs/outreach.md):
 * - Possible amount of a still-open program: the rules core's estimated maximum (`maxSubsidyWan`), the
 *   upper bound from the known facts assuming every unknown condition is met (a share of a known base,
 *   or the guide's cap when the base is unknown). Pages say "如符合" beside it.
 * - Possible amount of a near miss: the same subsidy rule on the known facts (`subsidyAmount`), as if
 *   the one short condition were made up; the evaluator itself gives 0 for an ineligible program.
 * - Order of prospects (`ProspectTier`): qualified, then near misses short on one figure and nothing
 *   else (each by amount), then still-open programs whose family is open to the enterprise without a
 *   gate question (技术改造贴息 for a 规上 plant with a 3000万 project; a near miss whose other conditions
 *   are unknown too, its shortfall counted as one more answer), then those still behind one (并购:
 *   2021年是否完成并购？) — each by possible amount per answer still needed (`possibleWan / answers`):
 *   the more at stake and the fewer answers to settle it, the earlier. Enterprises rank by the same
 *   weights summed per tier, compared tier by tier.
 *
 * Pure (the rules core and the planner are pure).
 */
import { settleChances } from '../dialogs/decisiveness.ts';
import { GATE_FACTS, nextAsk } from '../dialogs/planner.ts';
import type { ProgramId } from '../knowledge/program-catalogue.ts';
import { subsidyAmount } from '../rules/evaluate.ts';
import type { FactKey } from '../rules/facts.ts';
import { evaluate, programRules } from '../rules/index.ts';
import type { Profile, ProgramResult } from '../rules/types.ts';
import { isUnlikely } from './program-families.ts';

/** What the page says of a prospect: it qualifies, it is short by one figure (`isNearMiss`), or it is still open. */
export type ProspectKind = 'qualified' | 'near_miss' | 'open';

/**
 * Where a prospect ranks: qualified; a near miss with nothing else unknown; a still-open program (or a
 * near miss with other conditions still unknown); `gated` when a family gate is still unanswered
 * (并购？5G？a recognition?), whatever its kind — a near miss on 5000万 for a 制造业创新中心 whose
 * recognition nobody has stated is no nearer than any other gated program.
 */
export type ProspectTier = 'qualified' | 'near_miss' | 'open' | 'gated';

/** Tiers in the order they rank. */
export const TIER_ORDER: readonly ProspectTier[] = ['qualified', 'near_miss', 'open', 'gated'];

/** One program an enterprise may get. */
export interface Prospect {
  readonly program: ProgramId;
  readonly kind: ProspectKind;
  readonly tier: ProspectTier;
  /** 万元: the estimated maximum (qualified) or the upper bound if it qualifies; null where the guide sets no amount. */
  readonly possibleWan: number | null;
  /** Facts still unknown in its conditions (0 for qualified; a near miss may have some besides its shortfall). */
  readonly missing: number;
  /** What it counts for in the ranking: its amount, or for a still-open program its amount per answer still needed. */
  readonly weight: number;
}

/** One question of the worklist, as the dialog asks it: one fact, or the family gates together. */
export type PlannedQuestion =
  | { readonly kind: 'fact'; readonly fact: FactKey; readonly programs: readonly ProgramId[] }
  | { readonly kind: 'gates'; readonly facts: readonly FactKey[]; readonly programs: readonly ProgramId[] };

/** An enterprise's prospects, unlikely programs and first questions. */
export interface Prospects {
  /** Best first; unlikely programs are not among them. */
  readonly ranked: readonly Prospect[];
  /** Still-open programs folded as very unlikely (`program-families.ts`), in the guide's order. */
  readonly unlikely: readonly ProgramId[];
  /** The first questions the planner would ask (up to `QUESTIONS_SHOWN`). */
  readonly questions: readonly PlannedQuestion[];
  /** The weights summed per tier, in `TIER_ORDER`: compared in that order to rank enterprises. */
  readonly stake: readonly number[];
  /** The possible amounts summed (万元, upper bounds). */
  readonly possibleWan: number;
}

/** How many of the planner's questions a worklist row and a page show. */
export const QUESTIONS_SHOWN = 3;

/**
 * The prospects of one enterprise from its traced results. `nearMiss` says which ineligible results are near
 * misses. `askFrom` is the profile the kiosk chat starts from when it is not `profile` (a sheet row without the
 * facts its reading only assumed, which a kiosk link does not pre-fill): the questions are planned on it, so the
 * report lists what the chat asks, the assumed facts answered as assumed on the way; prospects and amounts stay
 * on `profile` (the page states the assumptions).
 */
export function prospectsOf(
  profile: Profile,
  results: readonly ProgramResult[],
  nearMiss: ReadonlySet<ProgramId>,
  askFrom: Profile = profile,
): Prospects {
  const ranked: Prospect[] = [];
  const unlikely: ProgramId[] = [];
  for (const r of results) {
    if (r.status === 'eligible') ranked.push(prospect(r, 'qualified', r.maxSubsidyWan, []));
    else if (nearMiss.has(r.program)) {
      const unknown = [...new Set(r.trace.filter((c) => c.outcome === 'unknown').flatMap((c) => c.missing))];
      ranked.push(prospect(r, 'near_miss', subsidyAmount(programRules(r.program).subsidy, profile).value, unknown));
    } else if (r.status === 'needs_info') {
      if (isUnlikely(r, profile)) unlikely.push(r.program);
      else ranked.push(prospect(r, 'open', r.maxSubsidyWan, r.missing));
    }
  }
  ranked.sort(
    (a, b) => TIER_ORDER.indexOf(a.tier) - TIER_ORDER.indexOf(b.tier) || b.weight - a.weight || a.missing - b.missing,
  );
  const stake = TIER_ORDER.map((tier) => ranked.filter((p) => p.tier === tier).reduce((s, p) => s + p.weight, 0));
  const possibleWan = ranked.reduce((s, p) => s + (p.possibleWan ?? 0), 0);
  const questions =
    askFrom === profile
      ? plannedQuestions(profile, results)
      : plannedQuestions(askFrom, evaluate(askFrom), QUESTIONS_SHOWN, profile);
  return { ranked, unlikely, questions, stake, possibleWan };
}

function prospect(
  r: ProgramResult,
  kind: ProspectKind,
  possibleWan: number | null,
  missing: readonly FactKey[],
): Prospect {
  const amount = possibleWan ?? 0;
  const gated = missing.some((f) => GATE_FACTS.has(f));
  // A near miss ranks as one only when its shortfall is all that is left; with other conditions still
  // unknown it ranks among the still-open programs, its shortfall one more thing to settle.
  const tier: ProspectTier =
    kind === 'qualified' ? kind : gated ? 'gated' : kind === 'near_miss' && missing.length === 0 ? kind : 'open';
  const n = missing.length + (kind === 'near_miss' ? 1 : 0);
  return { program: r.program, kind, tier, possibleWan, missing: missing.length, weight: n > 0 ? amount / n : amount };
}

/**
 * The planner's first questions for this profile, as the kiosk chat asks them with the sheet's facts
 * filled in and every program screened (全部): each the dialog's own next ask (`nextAsk`, with the
 * planner's settle chances). Later questions depend on the answers; they are the chat's on the most
 * common path at a 免费诊断 event — "都不是" to the grouped family question (each gate recorded no, as
 * the chat records it, and the programs evaluated again), "不知道" to a single question (skipped), except
 * the facts in `likely`: a fact the sheet's reading assumed (an enterprise, in Jiangsu) is asked by the chat
 * but most likely answered as assumed, so the path records that answer. Only questions that can settle a
 * status count; amount questions come after the verdict in the chat too.
 */
export function plannedQuestions(
  profile: Profile,
  results: readonly ProgramResult[],
  count = QUESTIONS_SHOWN,
  likely: Profile = {},
): PlannedQuestion[] {
  let known: Profile = profile;
  let current = results;
  let settles = settleChances(known);
  const skipped = new Set<string>();
  const closed = new Set<string>(Object.keys(profile));
  const out: PlannedQuestion[] = [];
  let gatesAsked = false;
  while (out.length < count) {
    const ask = nextAsk(current, null, closed, gatesAsked, skipped, settles);
    if (ask?.plan.purpose !== 'status') break;
    if (ask.kind === 'gates') {
      const gated = new Set<FactKey>(ask.gates);
      const programs = current.filter((r) => r.status === 'needs_info' && r.missing.some((f) => gated.has(f)));
      out.push({ kind: 'gates', facts: ask.gates, programs: programs.map((r) => r.program) });
      known = { ...known, ...Object.fromEntries(ask.gates.map((f) => [f, false])) };
      for (const f of ask.gates) closed.add(f);
      current = evaluate(known);
      settles = settleChances(known);
      gatesAsked = true;
    } else {
      const fact = ask.plan.fact;
      out.push({ kind: 'fact', fact, programs: ask.plan.programs });
      closed.add(fact);
      const answer = likely[fact];
      if (answer === undefined) skipped.add(fact);
      else {
        known = { ...known, [fact]: answer };
        current = evaluate(known);
        settles = settleChances(known);
      }
    }
  }
  return out;
}

/** Compares two enterprises' stakes: higher first, tier by tier (`TIER_ORDER`). */
export function compareStakes(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < TIER_ORDER.length; i++) {
    const d = (b[i] ?? 0) - (a[i] ?? 0);
    if (Math.abs(d) > 1e-9) return d;
  }
  return 0;
}
