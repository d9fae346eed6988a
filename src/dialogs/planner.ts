/**
 * Which question next. After every answer the rules core re-evaluates the profile; among the
 * unknown facts that undecided programs (status `needs_info`) still miss, the next question is
 * the one expected to settle the most: each program it bears on counts its weight (1 plus its
 * possible subsidy as a share of the largest single-project cap, 2000万) times the chance that
 * one answer settles it (`decisiveness.ts`: a gate question that a "no" settles scores high, a
 * detail that settles only with others low), plus a small base so every missing fact is asked
 * in the end. Ties go to the category order (applicant, investment, loan, schedule,
 * certifications, program) and then the vocabulary's order, so the same profile always gets the
 * same questions.
 *
 * When no fact can change a status any more, the verdict is due; facts that only narrow the
 * amount of an eligible (or still undecided) program come after it.
 */
import type { ProgramId } from '../knowledge/program-catalogue.ts';
import { evaluateProgram, makeView } from '../rules/evaluate.ts';
import { FACT_BY_KEY, FACTS, type FactCategory, type FactKey } from '../rules/facts.ts';
import { DEFAULT_GUIDE, RULESETS } from '../rules/index.ts';
import type { Profile, ProgramResult } from '../rules/types.ts';

/**
 * The rules core's results (status, amount, missing; traces only when asked) for the programs in focus (all when null),
 * in the guide's order: what the dialog plans its questions on.
 */
export function planningResults(
  programs: ReadonlySet<ProgramId> | null,
  profile: Profile,
  trace = false,
): ProgramResult[] {
  const view = makeView(profile);
  return (RULESETS[DEFAULT_GUIDE] ?? [])
    .filter((p) => programs === null || programs.has(p.id))
    .map((p) => evaluateProgram(p, profile, view, { trace, askPastSoft: true }));
}

/** The category order of issue 4. */
export const CATEGORY_ORDER: readonly FactCategory[] = [
  'applicant',
  'investment',
  'loan',
  'schedule',
  'certifications',
  'program',
];

/** The largest single-project cap of the 2022 guide, used to scale weights to about 1. */
const WEIGHT_SCALE_WAN = 2000;

/**
 * Facts that settle the same derived fact another way, asked when the user does not know the first:
 * `started` (1.2.2.3, 4.1.1.4) follows from a start date on or before 2021-12-31 when the stage is
 * unknown; 规上 (1.1.3, 1.2.4) can be stated directly when the revenue or the industrial status is not
 * known (see `src/rules/derive.ts`).
 */
export const ALTERNATIVES: Readonly<Partial<Record<FactKey, readonly FactKey[]>>> = {
  stage: ['start_date'],
  revenue_last_year: ['above_scale'],
  industrial: ['above_scale'],
};

/** The fact that decides whether a program takes this applicant at all (申报主体). */
const GATE: FactKey = 'applicant_kind';

/**
 * The gate facts asked together in one multi-choice question (`以下哪些符合贵单位或项目的情况？`): yes/no
 * facts that each settle a family for an enterprise outside it. Picked ones are recorded yes, the others
 * offered no; 不知道 leaves them to be asked one by one.
 */
export const GROUPED_GATES: readonly FactKey[] = [
  'merger_completed_2021',
  'core_tech_direction',
  'green_direction',
  'fiveg_direction',
  'service_direction',
  'data_product_tech',
  'identifier_capability',
  'security_capability',
  'training_licensed',
  'cluster_focus',
  'sme_service_center',
  'info_consumption_direction',
];

/**
 * Gate questions (issue 14): one answer settles a whole program family for an enterprise outside it (no
 * acquisition in 2021, not a 5G project, no training business, none of the listed recognitions, no
 * fixed-asset loan …). While one of a program's gates is open, that program weighs only on its gates, so
 * its detail questions come after them. Each is a fact with its clause, like any other.
 */
export const GATE_FACTS: ReadonlySet<FactKey> = new Set<FactKey>([
  ...GROUPED_GATES,
  'certifications',
  'event_listed',
  'xinchuang_zone_basis',
  'lab_with_jiangsu_university',
]);

/** The fewest open gates worth one grouped question instead of single ones. */
const GROUP_AT_LEAST = 3;

/** The grouped gates still open for undecided programs in focus, or none when too few to group. */
export function openGates(
  results: readonly ProgramResult[],
  inFocus: ReadonlySet<ProgramId> | null,
  closed: ReadonlySet<string>,
): FactKey[] {
  const missing = new Set(
    results
      .filter((r) => (inFocus === null || inFocus.has(r.program)) && r.status === 'needs_info')
      .flatMap((r) => r.missing),
  );
  const open = GROUPED_GATES.filter((f) => missing.has(f) && !closed.has(f));
  return open.length >= GROUP_AT_LEAST ? open : [];
}

/** The next question and why it is asked. */
export interface Plan {
  readonly fact: FactKey;
  /** `status`: it can settle whether the programs apply; `amount`: it narrows their amounts. */
  readonly purpose: 'status' | 'amount';
  /** The programs it bears on, heaviest first. */
  readonly programs: readonly ProgramId[];
}

const ORDER = new Map<string, number>(
  FACTS.map((f, i) => [f.key, CATEGORY_ORDER.indexOf(f.category) * 1000 + i] as const),
);

/** How much settling a program is worth: 1, plus its possible subsidy relative to the largest cap. */
export function programWeight(r: ProgramResult): number {
  return 1 + Math.min(r.maxSubsidyWan ?? 0, WEIGHT_SCALE_WAN) / WEIGHT_SCALE_WAN;
}

/**
 * Picks the next fact to ask, or null when nothing left could change a status or an amount.
 * `inFocus` limits the programs considered (null = all); `closed` holds facts already asked or known.
 */
export function nextQuestion(
  results: readonly ProgramResult[],
  inFocus: ReadonlySet<ProgramId> | null,
  closed: ReadonlySet<string>,
  skipped: ReadonlySet<string> = new Set(),
  settles: SettleChance = () => 0,
): Plan | null {
  const considered = results.filter((r) => inFocus === null || inFocus.has(r.program));
  const withAlternatives = (facts: readonly FactKey[]): FactKey[] => [
    ...facts,
    ...facts.filter((f) => skipped.has(f)).flatMap((f) => ALTERNATIVES[f] ?? []),
  ];
  const status = best(considered.filter(askable), (r) => withAlternatives(r.missing), closed, settles);
  if (status) return { ...status, purpose: 'status' };
  const amount = best(
    considered.filter((r) => r.status === 'eligible' || r.status === 'needs_info'),
    (r) => r.amountMissing,
    closed,
    () => 0,
  );
  return amount ? { ...amount, purpose: 'amount' } : null;
}

/** What the dialog asks next: one fact, or the open family gates together in one multi-choice question. */
export type NextAsk =
  | { readonly kind: 'fact'; readonly plan: Plan }
  | { readonly kind: 'gates'; readonly gates: readonly FactKey[]; readonly plan: Plan };

/**
 * The dialog's next question, as the engine asks it: the planner's pick (`nextQuestion`), except that
 * while several families' gates are open and the grouped question has not been asked (`gatesAsked`),
 * it asks them all at once. The applicant kind always goes alone. Shared by the engine and the
 * outreach worklist, so a sheet's "ask these first" and the kiosk chat ask the same.
 */
export function nextAsk(
  results: readonly ProgramResult[],
  inFocus: ReadonlySet<ProgramId> | null,
  closed: ReadonlySet<string>,
  gatesAsked: boolean,
  skipped: ReadonlySet<string> = new Set(),
  settles: SettleChance = () => 0,
): NextAsk | null {
  const plan = nextQuestion(results, inFocus, closed, skipped, settles);
  if (!plan) return null;
  const gates =
    plan.purpose === 'status' && plan.fact !== GATE && !gatesAsked ? openGates(results, inFocus, closed) : [];
  return gates.length > 0 ? { kind: 'gates', gates, plan } : { kind: 'fact', plan };
}

/** Whether any status in focus can still change by asking (false → the verdict is due). */
export function statusSettled(
  results: readonly ProgramResult[],
  inFocus: ReadonlySet<ProgramId> | null,
  closed: ReadonlySet<string>,
  skipped: ReadonlySet<string> = new Set(),
): boolean {
  const open = (f: FactKey) =>
    !closed.has(f) || (skipped.has(f) && (ALTERNATIVES[f] ?? []).some((a) => !closed.has(a)));
  return !results.some((r) => (inFocus === null || inFocus.has(r.program)) && askable(r) && r.missing.some(open));
}

/**
 * A program whose status asking may still change, or one ruled out only by 原则上 conditions whose other conditions
 * are still open (evaluated with `askPastSoft`): asked on, so the verdict says whether an exception is worth seeking.
 */
const askable = (r: ProgramResult): boolean =>
  r.status === 'needs_info' || (r.status === 'ineligible' && r.missing.length > 0);

/** The chance that one answer to `fact` settles `program` (0 … 1). */
export type SettleChance = (fact: FactKey, program: ProgramId) => number;

/** What a fact weighs for a program however it is answered: every missing fact is asked in the end. */
const BASE_CHANCE = 0.15;

function best(
  programs: readonly ProgramResult[],
  factsOf: (r: ProgramResult) => readonly FactKey[],
  closed: ReadonlySet<string>,
  settles: SettleChance,
): { fact: FactKey; programs: ProgramId[] } | null {
  const score = new Map<FactKey, { weight: number; programs: { id: ProgramId; w: number }[] }>();
  for (const r of programs) {
    const w = programWeight(r);
    const open = factsOf(r).filter((f) => !closed.has(f) && FACT_BY_KEY.has(f));
    const gates = open.filter((f) => GATE_FACTS.has(f) || f === GATE);
    for (const f of gates.length > 0 ? gates : open) {
      const s = score.get(f) ?? { weight: 0, programs: [] };
      s.weight += w * (BASE_CHANCE + settles(f, r.program));
      s.programs.push({ id: r.program, w });
      score.set(f, s);
    }
  }
  // The applicant kind goes first: a kind the program does not take makes it info_only whatever
  // else holds, so asking its conditions before would be wasted (and could say "ineligible").
  let pick: FactKey | null = score.has(GATE) ? GATE : null;
  for (const [f, s] of score) {
    if (pick === GATE) break;
    if (pick === null) {
      pick = f;
      continue;
    }
    const p = score.get(pick) as { weight: number };
    const better =
      s.weight > p.weight + 1e-9 ||
      (Math.abs(s.weight - p.weight) <= 1e-9 && (ORDER.get(f) ?? 0) < (ORDER.get(pick) ?? 0));
    if (better) pick = f;
  }
  if (pick === null) return null;
  const chosen = score.get(pick) as { programs: { id: ProgramId; w: number }[] };
  return { fact: pick, programs: [...chosen.programs].sort((a, b) => b.w - a.w).map((p) => p.id) };
}
