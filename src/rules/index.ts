/**
 * The rules core: `evaluate` a profile against a guide's programs, shape results for the
 * contract, validate input, and index which clauses use which fact.
 */

import { PROGRAM_IDS, type ProgramId } from '../knowledge/program-catalogue.ts';
import { DEAL_KEYS, dealFacts, MORE_KEYS } from './deals.ts';
import { derive, isDerivedKey } from './derive.ts';
import { evaluateProgram, makeView } from './evaluate.ts';
import type { FactKey } from './facts.ts';
import { PROGRAMS_2022 } from './programs/jiangsu-2022.ts';
import type { ContractResult, Profile, ProgramResult, ProgramRules, Test } from './types.ts';

export { FACT_BY_KEY, FACTS, type FactDef, type FactKey, isFactKey } from './facts.ts';
export type * from './types.ts';
export { type ProfileError, type ProfileErrorCode, type ProfileValidation, validateProfile } from './validate.ts';

/** Guide versions and their programs; a later year's guide is added here as data. */
export const RULESETS: Readonly<Record<string, readonly ProgramRules[]>> = { 'jiangsu-2022': PROGRAMS_2022 };

/** The guide evaluated when none is named. */
export const DEFAULT_GUIDE = 'jiangsu-2022';

/** The rules of one program. */
export function programRules(id: ProgramId, guide = DEFAULT_GUIDE): ProgramRules {
  const rules = RULESETS[guide]?.find((p) => p.id === id);
  if (!rules) throw new Error(`no rules for ${id} in ${guide}`);
  return rules;
}

/** Evaluates every program of a guide for one (validated) profile, in the contract's program order. */
export function evaluate(profile: Profile, guide = DEFAULT_GUIDE): ProgramResult[] {
  const programs = RULESETS[guide];
  if (!programs) throw new Error(`unknown guide ${guide}`);
  const view = makeView(profile);
  return programs.map((p) => evaluateProgram(p, profile, view));
}

/**
 * Screens one profile straight to the contract's shape. The same evaluator as `evaluate`,
 * without building traces: batch screening needs only status, amount, citations and missing.
 */
export function screen(profile: Profile, guide = DEFAULT_GUIDE): ContractResult[] {
  const programs = RULESETS[guide];
  if (!programs) throw new Error(`unknown guide ${guide}`);
  const view = makeView(profile);
  return toContract(programs.map((p) => evaluateProgram(p, profile, view, { trace: false })));
}

/** The contract's JSON shape of results (contract §4). */
export function toContract(results: readonly ProgramResult[]): ContractResult[] {
  return results.map((r) => ({
    program: r.program,
    status: r.status,
    max_subsidy_wan: r.maxSubsidyWan,
    // Shared, not copied: results are never mutated after evaluation.
    citations: r.citations as string[],
    missing: r.missing as string[],
  }));
}

/** Facts stated when given, derived otherwise: read as themselves and as what they derive from. */
const STATED_OR_DERIVED: Readonly<Record<string, readonly FactKey[]>> = {
  above_scale: ['above_scale', 'industrial', 'revenue_last_year'],
  filed_total_investment: ['filed_total_investment', 'total_investment'],
};

function testFacts(test: Test, out: Set<FactKey>): void {
  switch (test.op) {
    case 'all':
    case 'any':
      for (const t of test.tests) testFacts(t, out);
      return;
    case 'holds':
    case 'holdsAny':
      out.add('certifications');
      return;
    default: {
      const key = test.fact;
      const both = STATED_OR_DERIVED[key];
      if (both) for (const f of both) out.add(f);
      else if (isDerivedKey(key)) {
        // A derived fact is read through its base facts: list what deriving it from nothing would ask.
        const d = derive(key, {});
        if (!d.known) for (const m of d.missing) out.add(m);
      } else out.add(key as FactKey);
    }
  }
}

/** For each fact, the clauses whose conditions or subsidy formulas read it. */
export function factClauses(guide = DEFAULT_GUIDE): ReadonlyMap<FactKey, readonly string[]> {
  const map = new Map<FactKey, string[]>();
  for (const p of RULESETS[guide] ?? []) {
    for (const [fact, clause] of programReads(p)) {
      const list = map.get(fact) ?? [];
      if (!list.includes(clause)) list.push(clause);
      map.set(fact, list);
    }
  }
  return map;
}

/** A condition of a program that tests a fact: its clause, and whether the guide says 原则上 there. */
export interface ConditionOnFact {
  readonly program: ProgramId;
  readonly clause: string;
  readonly soft: boolean;
  /** The figure the condition compares the fact with, when it compares one directly (不低于3000万 → 3000). */
  readonly threshold?: number;
  /** How it compares, beside `threshold`: a floor (gte, gt) or a ceiling (lte, lt). */
  readonly op?: 'gte' | 'gt' | 'lte' | 'lt';
}

/**
 * The conditions of the given programs that test a fact (its own or one derived from it, as progress from the
 * investment): "is 400 a hard line?" asked beside the taxes is answered from 3.2.1.5, which has no 原则上.
 */
export function conditionsOn(fact: FactKey, programs: readonly ProgramId[], guide = DEFAULT_GUIDE): ConditionOnFact[] {
  const out: ConditionOnFact[] = [];
  for (const p of RULESETS[guide] ?? []) {
    if (!programs.includes(p.id)) continue;
    for (const c of p.conditions) {
      const facts = new Set<FactKey>();
      testFacts(c.test, facts);
      if (!facts.has(fact)) continue;
      const t = c.test;
      const threshold =
        (t.op === 'gte' || t.op === 'gt' || t.op === 'lte' || t.op === 'lt') &&
        (t.fact === fact || (STATED_OR_DERIVED[t.fact]?.includes(fact) ?? false))
          ? t.value
          : undefined;
      out.push({
        program: p.id,
        clause: c.clause,
        soft: c.soft === true,
        ...(threshold !== undefined ? { threshold, op: t.op as 'gte' | 'gt' | 'lte' | 'lt' } : {}),
      });
    }
  }
  return out;
}

/** The rulesets are constants: each program's facts are worked out once (the dialog asks on every fact it hears). */
const programFactsCache = new Map<string, ReadonlySet<FactKey>>();

/**
 * The facts one program reads (its applicant kinds, conditions and subsidy formula), wherever the guide states them:
 * the four 智改数转 benchmarks share 1.2.2 and 1.2.3, so their own direction clause (1.2.1.x) is not where to look.
 */
export function programFacts(id: ProgramId, guide = DEFAULT_GUIDE): ReadonlySet<FactKey> {
  const key = `${guide}\u0000${id}`;
  let facts = programFactsCache.get(key);
  if (!facts) {
    const p = (RULESETS[guide] ?? []).find((r) => r.id === id);
    facts = new Set(p ? programReads(p).map(([fact]) => fact) : []);
    programFactsCache.set(key, facts);
  }
  return facts;
}

/** Each fact a program reads, with the clause that reads it. */
function programReads(p: ProgramRules): [FactKey, string][] {
  const out: [FactKey, string][] = [];
  if (p.applicantKinds !== 'any') out.push(['applicant_kind', p.applicantClause]);
  for (const c of p.conditions) {
    const facts = new Set<FactKey>();
    testFacts(c.test, facts);
    if (c.appliesIf) testFacts(c.appliesIf, facts);
    if (c.waivedIf) testFacts(c.waivedIf, facts);
    for (const f of facts) out.push([f, c.clause]);
    // A per-deal condition (3.1.1) reads every listed deal's own facts, and whether another deal follows.
    if (c.perDeal) {
      for (const deal of DEAL_KEYS.slice(1))
        for (const [first, own] of dealFacts(deal)) if (facts.has(first)) out.push([own, c.clause]);
      for (const more of MORE_KEYS) out.push([more, c.clause]);
    }
  }
  const subsidyFacts: FactKey[] = [];
  const s = p.subsidy;
  if (s.kind === 'share' || s.kind === 'twoPhase') subsidyFacts.push(s.base);
  if (s.kind === 'techLoan')
    subsidyFacts.push(
      'loan_interest_paid_2021',
      'loan_rate_pct',
      'loan_term_years',
      'other_interest_subsidy_2021',
      'equipment_invoice_2021',
    );
  if (s.kind === 'deals') for (const d of DEAL_KEYS) subsidyFacts.push(d.amount, d.cash);
  if (s.kind === 'byKind') {
    subsidyFacts.push(s.fact);
    for (const c of Object.values(s.cases)) if (c.kind === 'share') subsidyFacts.push(c.base);
  }
  for (const f of subsidyFacts) out.push([f, s.clause]);
  return out;
}

/** Every program id the contract lists, for callers that iterate. */
export { PROGRAM_IDS };
