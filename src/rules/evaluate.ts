/**
 * The one evaluator: a profile and a program's rules in, a per-condition trace, a status and
 * an estimated maximum out. Pure. A missing fact makes a condition unknown, never unmet.
 */

import { derive, isDerivedKey } from './derive.ts';
import { FACTS, type FactKey } from './facts.ts';
import { lprFor } from './lpr.ts';
import type {
  Condition,
  ConditionTrace,
  DerivedKey,
  FactValue,
  Outcome,
  Profile,
  ProgramResult,
  ProgramRules,
  Shortfall,
  SubsidyBasis,
  SubsidyRule,
  Test,
} from './types.ts';

interface TestResult {
  outcome: Outcome;
  seen: Record<string, FactValue | undefined>;
  missing: FactKey[];
  shortfall?: Shortfall;
  derived: { key: DerivedKey; value: FactValue; source: string }[];
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Reads a stated or derived fact. */
function read(profile: Profile, key: FactKey | DerivedKey, acc: TestResult): FactValue | undefined {
  const stated = profile[key as FactKey];
  if (stated !== undefined) {
    acc.seen[key] = stated;
    return stated;
  }
  if (isDerivedKey(key)) {
    const d = derive(key, profile);
    if (d.known) {
      acc.seen[key] = d.value;
      acc.derived.push({ key, value: d.value, source: d.source });
      return d.value;
    }
    acc.seen[key] = undefined;
    for (const m of d.missing) if (!acc.missing.includes(m)) acc.missing.push(m);
    return undefined;
  }
  acc.seen[key] = undefined;
  if (!acc.missing.includes(key as FactKey)) acc.missing.push(key as FactKey);
  return undefined;
}

const fresh = (): TestResult => ({ outcome: 'unknown', seen: {}, missing: [], derived: [] });

function numeric(t: Extract<Test, { op: 'gte' | 'gt' | 'lte' | 'lt' }>, profile: Profile, acc: TestResult): void {
  const v = read(profile, t.fact, acc);
  if (typeof v !== 'number') return;
  const ok = t.op === 'gte' ? v >= t.value : t.op === 'gt' ? v > t.value : t.op === 'lte' ? v <= t.value : v < t.value;
  acc.outcome = ok ? 'met' : 'unmet';
  if (!ok) {
    const atLeast = t.op === 'gte' || t.op === 'gt';
    acc.shortfall = {
      fact: t.fact,
      have: round2(v),
      need: t.value,
      gap: round2(atLeast ? t.value - v : v - t.value),
      direction: atLeast ? 'atLeast' : 'atMost',
    };
  }
}

/** Evaluates a test in three-valued logic: met / unmet / unknown. */
function run(test: Test, profile: Profile, acc: TestResult): void {
  switch (test.op) {
    case 'gte':
    case 'gt':
    case 'lte':
    case 'lt':
      numeric(test, profile, acc);
      return;
    case 'is': {
      const v = read(profile, test.fact, acc);
      if (typeof v === 'boolean') acc.outcome = v === test.value ? 'met' : 'unmet';
      return;
    }
    case 'oneOf': {
      const v = read(profile, test.fact, acc);
      if (typeof v === 'string') acc.outcome = test.values.includes(v) ? 'met' : 'unmet';
      return;
    }
    case 'holds':
    case 'holdsAny': {
      // A present certifications list is complete (contract §3): absent from it = not held.
      const v = read(profile, 'certifications', acc);
      if (Array.isArray(v)) {
        const wanted = test.op === 'holds' ? [test.cert] : test.certs;
        acc.outcome = wanted.some((c) => v.includes(c)) ? 'met' : 'unmet';
      }
      return;
    }
    case 'dateWithin': {
      const v = read(profile, test.fact, acc);
      if (typeof v !== 'string') return;
      const early = test.from !== undefined && v < test.from;
      const late = test.to !== undefined && v > test.to;
      acc.outcome = early || late ? 'unmet' : 'met';
      if (early || late) {
        acc.shortfall = {
          fact: test.fact,
          have: v,
          need: `${test.from ?? ''}..${test.to ?? ''}`,
          direction: test.from !== undefined && test.to !== undefined ? 'within' : late ? 'atMost' : 'atLeast',
        };
      }
      return;
    }
    case 'all':
    case 'any': {
      const parts = test.tests.map((sub) => {
        const r = fresh();
        run(sub, profile, r);
        Object.assign(acc.seen, r.seen);
        acc.derived.push(...r.derived);
        return r;
      });
      const outcomes = parts.map((p) => p.outcome);
      const decisive = test.op === 'all' ? 'unmet' : 'met';
      const other = test.op === 'all' ? 'met' : 'unmet';
      if (outcomes.includes(decisive)) acc.outcome = decisive;
      else if (outcomes.every((o) => o === other)) acc.outcome = other;
      else acc.outcome = 'unknown';
      if (acc.outcome === 'unknown') {
        for (const p of parts)
          if (p.outcome === 'unknown') for (const m of p.missing) if (!acc.missing.includes(m)) acc.missing.push(m);
      }
      if (acc.outcome === 'unmet') {
        // The most useful shortfall: for "all", the first unmet part; for "any", the branch nearest to being met.
        const candidates = test.op === 'all' ? parts.filter((p) => p.outcome === 'unmet') : parts;
        const gaps = candidates.flatMap((p) => (p.shortfall ? [p.shortfall] : []));
        // Gaps compare only on the same fact (5.1.1.2: a two-year project 1万 short of 5000万 is told
        // "差1万", not "差3001万" against the 8000万 branch); across facts the first branch stands.
        // ("all" keeps its first unmet part: every part must be met, so the nearest one is no guide.)
        const sameFact = gaps.every((g) => g.fact === gaps[0]?.fact && g.gap !== undefined);
        const nearest =
          test.op === 'any' && sameFact && gaps.length > 1
            ? gaps.reduce((a, b) => ((b.gap ?? 0) < (a.gap ?? 0) ? b : a))
            : gaps[0];
        if (nearest) acc.shortfall = nearest;
      }
      return;
    }
  }
}

/** Evaluates one test against a profile (exported for dialogs that ask about a single rule). */
export function evaluateTest(test: Test, profile: Profile): TestResult {
  const acc = fresh();
  run(test, profile, acc);
  return acc;
}

/** A test compiled to a closure over a profile's view: no allocation per call. */
type Compiled = (view: View) => Outcome;

/**
 * A profile laid out for evaluation: every fact (stated, or derived where it can be known) in
 * a dense array by fact number. Compiled tests read slots by index; reading the profile object
 * by key from ~200 tests per profile was the largest cost of batch screening (objects of many
 * shapes make every keyed read a slow lookup).
 */
export interface View {
  readonly profile: Profile;
  readonly slots: readonly (FactValue | undefined)[];
  /** For each derived fact that cannot be known, the base facts it still needs. */
  readonly derivedMissing: Readonly<Partial<Record<DerivedKey, readonly FactKey[]>>>;
}

const DERIVED_KEYS: readonly DerivedKey[] = ['above_scale', 'progress_2021_pct', 'project_duration_years', 'started'];

/** Slot numbers: the vocabulary's facts in order, then the derived-only facts. */
const SLOT = new Map<string, number>();
for (const f of FACTS) SLOT.set(f.key, SLOT.size);
for (const k of DERIVED_KEYS) if (!SLOT.has(k)) SLOT.set(k, SLOT.size);
const SLOT_COUNT = SLOT.size;

function slotOf(key: string): number {
  const i = SLOT.get(key);
  if (i === undefined) throw new Error(`no slot for fact ${key}`);
  return i;
}

/** The profile plus every derived fact that can be known from it; a stated value wins over a derived one. */
export function makeView(profile: Profile): View {
  const slots: (FactValue | undefined)[] = new Array(SLOT_COUNT).fill(undefined);
  for (const key in profile) {
    const i = SLOT.get(key);
    if (i !== undefined) slots[i] = profile[key as FactKey];
  }
  const derivedMissing: Partial<Record<DerivedKey, readonly FactKey[]>> = {};
  for (const key of DERIVED_KEYS) {
    const i = slotOf(key);
    if (slots[i] !== undefined) continue;
    const d = derive(key, profile);
    if (d.known) slots[i] = d.value;
    else derivedMissing[key] = d.missing;
  }
  return { profile, slots, derivedMissing };
}

/** A reader for one fact's slot. */
function reader(fact: FactKey | DerivedKey): (v: View) => FactValue | undefined {
  const i = slotOf(fact);
  return (v) => v.slots[i];
}

const M: Outcome = 'met';
const N: Outcome = 'unmet';
const U: Outcome = 'unknown';

function compile(test: Test): Compiled {
  switch (test.op) {
    case 'gte': {
      const { value } = test;
      const get = reader(test.fact);
      return (v) => {
        const a = get(v);
        return typeof a !== 'number' ? U : a >= value ? M : N;
      };
    }
    case 'gt': {
      const { value } = test;
      const get = reader(test.fact);
      return (v) => {
        const a = get(v);
        return typeof a !== 'number' ? U : a > value ? M : N;
      };
    }
    case 'lte': {
      const { value } = test;
      const get = reader(test.fact);
      return (v) => {
        const a = get(v);
        return typeof a !== 'number' ? U : a <= value ? M : N;
      };
    }
    case 'lt': {
      const { value } = test;
      const get = reader(test.fact);
      return (v) => {
        const a = get(v);
        return typeof a !== 'number' ? U : a < value ? M : N;
      };
    }
    case 'is': {
      const { value } = test;
      const get = reader(test.fact);
      return (v) => {
        const a = get(v);
        return typeof a !== 'boolean' ? U : a === value ? M : N;
      };
    }
    case 'oneOf': {
      const { values } = test;
      const get = reader(test.fact);
      return (v) => {
        const a = get(v);
        return typeof a !== 'string' ? U : values.includes(a) ? M : N;
      };
    }
    case 'holds':
    case 'holdsAny': {
      const wanted = test.op === 'holds' ? [test.cert] : test.certs;
      const get = reader('certifications');
      return (v) => {
        const a = get(v);
        return !Array.isArray(a) ? U : wanted.some((c) => a.includes(c)) ? M : N;
      };
    }
    case 'dateWithin': {
      const { from, to } = test;
      const get = reader(test.fact);
      return (v) => {
        const a = get(v);
        if (typeof a !== 'string') return U;
        return (from !== undefined && a < from) || (to !== undefined && a > to) ? N : M;
      };
    }
    case 'all':
    case 'any': {
      const parts = test.tests.map(compile);
      const decisive = test.op === 'all' ? N : M;
      const other = test.op === 'all' ? M : N;
      return (v) => {
        let allOther = true;
        for (const part of parts) {
          const o = part(v);
          if (o === decisive) return decisive;
          if (o !== other) allOther = false;
        }
        return allOther ? other : U;
      };
    }
  }
}

/** Collects the base facts an unknown test still needs, as `evaluateTest` would list them. */
type MissingCollector = (view: View, out: FactKey[]) => void;

function leafFact(test: Test): FactKey | DerivedKey | undefined {
  switch (test.op) {
    case 'all':
    case 'any':
      return undefined;
    case 'holds':
    case 'holdsAny':
      return 'certifications';
    default:
      return test.fact;
  }
}

function compileMissing(test: Test): MissingCollector {
  if (test.op === 'all' || test.op === 'any') {
    const parts = test.tests.map((t) => ({ outcome: compiled(t), missing: compileMissing(t) }));
    // Only parts still unknown can be settled by asking.
    return (view, out) => {
      for (const part of parts) if (part.outcome(view) === U) part.missing(view, out);
    };
  }
  const fact = leafFact(test) as FactKey | DerivedKey;
  const derived = isDerivedKey(fact);
  const get = reader(fact);
  return (view, out) => {
    if (get(view) !== undefined) return;
    const needs = derived ? (view.derivedMissing[fact as DerivedKey] ?? []) : [fact as FactKey];
    for (const m of needs) if (!out.includes(m)) out.push(m);
  };
}

/** Memoises a per-rule computation on the rule object itself (rules are data created once). */
function memoByRule<V>(make: (test: Test) => V): (test: Test) => V {
  const cache = new WeakMap<Test, V>();
  return (test) => {
    let v = cache.get(test);
    if (v === undefined) {
      v = make(test);
      cache.set(test, v);
    }
    return v;
  };
}

/** The compiled form of a test, compiled once per rule object. */
const compiled: (test: Test) => Compiled = memoByRule((test) => compile(test));

/** The missing-facts collector of a test, compiled once per rule object. */
const missingCollector: (test: Test) => MissingCollector = memoByRule((test) => compileMissing(test));

interface Amount {
  /** Upper bound in 万元, or null where the guide sets no amount. */
  value: number | null;
  amountMissing: FactKey[];
  basis: SubsidyBasis;
}

const num = (profile: Profile, key: FactKey): number | undefined => {
  const v = profile[key];
  return typeof v === 'number' ? v : undefined;
};

/**
 * 1.1.2: interest paid in 2021 is subsidised at no more than the same-term LPR: with a loan
 * rate above the LPR the subsidisable interest scales by LPR ÷ rate; the province's part
 * cannot exceed the interest actually paid less what the city/county already granted. Plus up
 * to 10 % of the 2021 ex-tax equipment invoices. Total ≤ cap. Unknown inputs give the upper
 * bound: rate unknown → no scaling, but at most loan × LPR; term unknown → the higher
 * (5-year-plus) LPR; other subsidy unknown → 0; interest unknown → loan × LPR; invoices
 * unknown → 10 % of the loan; with the loan unknown too, the cap bounds the total.
 */
function techLoanAmount(rule: Extract<SubsidyRule, { kind: 'techLoan' }>, profile: Profile): Amount {
  const interest = num(profile, 'loan_interest_paid_2021');
  const rate = num(profile, 'loan_rate_pct');
  const term = num(profile, 'loan_term_years');
  const other = num(profile, 'other_interest_subsidy_2021');
  const invoices = num(profile, 'equipment_invoice_2021');
  // The balance never exceeds the fixed-asset loan, so a year's interest subsidisable at the LPR is at most
  // loan × LPR, and equipment bought with the loan at most the loan: bounds where the exact figures are unknown.
  const loan = num(profile, 'fixed_asset_loan');
  const amountMissing: FactKey[] = [];
  const lpr = lprFor(term);
  const loanInterestBound = loan === undefined ? undefined : (loan * lpr.rate) / 100;
  let interestPart: number | null = null;
  if (interest === undefined) {
    amountMissing.push('loan_interest_paid_2021');
    if (loanInterestBound !== undefined) interestPart = loanInterestBound;
  } else {
    if (rate === undefined) amountMissing.push('loan_rate_pct');
    if (term === undefined && rate !== undefined) amountMissing.push('loan_term_years');
    const scale = rate !== undefined && rate > lpr.rate ? lpr.rate / rate : 1;
    if (other === undefined) amountMissing.push('other_interest_subsidy_2021');
    let part = Math.min(interest * scale, interest - (other ?? 0));
    if (rate === undefined && loanInterestBound !== undefined) part = Math.min(part, loanInterestBound);
    interestPart = Math.max(0, part);
  }
  let equipmentPart: number | null = null;
  if (invoices === undefined) {
    amountMissing.push('equipment_invoice_2021');
    if (loan !== undefined) equipmentPart = loan * rule.equipmentRate;
  } else equipmentPart = invoices * rule.equipmentRate;
  const sum = interestPart === null || equipmentPart === null ? rule.cap : interestPart + equipmentPart;
  const value = round2(Math.min(sum, rule.cap));
  return {
    value,
    amountMissing,
    basis: {
      clause: rule.clause,
      kind: 'techLoan',
      capped: sum >= rule.cap,
      figures: {
        interest: interest ?? null,
        rate: rate ?? null,
        lpr: lpr.rate,
        lprTerm: lpr.term,
        otherSubsidy: other ?? null,
        interestPart: interestPart === null ? null : round2(interestPart),
        invoices: invoices ?? null,
        equipmentRate: rule.equipmentRate,
        equipmentPart: equipmentPart === null ? null : round2(equipmentPart),
        cap: rule.cap,
      },
    },
  };
}

/** The estimated maximum subsidy under a rule, as an upper bound from what is known. */
export function subsidyAmount(rule: SubsidyRule, profile: Profile): Amount {
  switch (rule.kind) {
    case 'share': {
      const base = num(profile, rule.base);
      const raw = base === undefined ? rule.cap : base * rule.rate;
      return {
        value: round2(Math.min(raw, rule.cap)),
        amountMissing: base === undefined ? [rule.base] : [],
        basis: {
          clause: rule.clause,
          kind: rule.kind,
          capped: raw >= rule.cap,
          figures: { base: base ?? null, rate: rule.rate, cap: rule.cap },
        },
      };
    }
    case 'fixed':
      return {
        value: rule.amount,
        amountMissing: [],
        basis: { clause: rule.clause, kind: rule.kind, capped: false, figures: { amount: rule.amount } },
      };
    case 'upTo':
      return {
        value: rule.cap,
        amountMissing: [],
        basis: { clause: rule.clause, kind: rule.kind, capped: true, figures: { cap: rule.cap } },
      };
    case 'twoPhase': {
      const base = num(profile, rule.base);
      const first = base === undefined ? rule.firstCap : Math.min(base * rule.rate, rule.firstCap);
      const total = Math.min(first + rule.laterCap, rule.totalCap);
      return {
        value: round2(total),
        amountMissing: base === undefined ? [rule.base] : [],
        basis: {
          clause: rule.clause,
          kind: rule.kind,
          capped: total >= rule.totalCap,
          figures: {
            base: base ?? null,
            rate: rule.rate,
            first: round2(first),
            firstCap: rule.firstCap,
            laterCap: rule.laterCap,
            totalCap: rule.totalCap,
          },
        },
      };
    }
    case 'techLoan':
      return techLoanAmount(rule, profile);
    case 'byKind': {
      const kind = profile[rule.fact];
      const chosen = typeof kind === 'string' ? rule.cases[kind] : undefined;
      if (chosen) return subsidyAmount(chosen, profile);
      // Kind unknown: the largest of the cases bounds it.
      const options = Object.values(rule.cases).map((c) => subsidyAmount(c, profile));
      const values = options.map((o) => o.value).filter((v): v is number => v !== null);
      // Knowing the kind alone may not settle the amount: a share's base still bounds it.
      const amountMissing: FactKey[] = [rule.fact];
      for (const o of options) for (const m of o.amountMissing) if (!amountMissing.includes(m)) amountMissing.push(m);
      return {
        value: values.length > 0 ? Math.max(...values) : null,
        amountMissing,
        basis: { clause: rule.clause, kind: rule.kind, capped: false, figures: {} },
      };
    }
    case 'none':
      return {
        value: null,
        amountMissing: [],
        basis: { clause: rule.clause, kind: rule.kind, capped: false, figures: {} },
      };
  }
}

function pushUnique<T>(list: T[], ...items: T[]): void {
  for (const i of items) if (!list.includes(i)) list.push(i);
}

const applicantTests = new WeakMap<ProgramRules, Test | undefined>();

/** The 申报主体 gate as a test, made once per program so it compiles once. */
function applicantTest(rules: ProgramRules): Test | undefined {
  if (!applicantTests.has(rules)) {
    applicantTests.set(
      rules,
      rules.applicantKinds === 'any'
        ? undefined
        : { op: 'oneOf', fact: 'applicant_kind', values: rules.applicantKinds },
    );
  }
  return applicantTests.get(rules);
}

/** One condition's settled outcome, before any trace is built. */
interface Settled {
  readonly condition: Condition;
  readonly outcome: Outcome;
  /** Where an unknown comes from: the rule itself, its appliesIf or its waivedIf. */
  readonly unknownFrom: 'test' | 'appliesIf' | 'waivedIf' | null;
}

/**
 * Settles every condition with the compiled tests. 5.3.1.4-style `appliesIf`: a condition that
 * may not apply is unknown only while it would fail; `waivedIf`: a failing condition whose
 * waiver is unknown is unknown, not unmet.
 */
function settle(rules: ProgramRules, view: View): Settled[] {
  const out: Settled[] = [];
  for (const c of rules.conditions) {
    const applies = c.appliesIf ? compiled(c.appliesIf)(view) : M;
    if (applies === N) continue;
    const waived = c.waivedIf ? compiled(c.waivedIf)(view) : N;
    if (waived === M) continue;
    const o = compiled(c.test)(view);
    if (applies === U) {
      if (o !== M) out.push({ condition: c, outcome: U, unknownFrom: 'appliesIf' });
      continue;
    }
    if (o === N && waived === U) out.push({ condition: c, outcome: U, unknownFrom: 'waivedIf' });
    else out.push({ condition: c, outcome: o, unknownFrom: o === U ? 'test' : null });
  }
  return out;
}

/** The base facts to ask to settle an unknown condition. */
function missingOf(s: Settled, view: View): FactKey[] {
  const c = s.condition;
  const out: FactKey[] = [];
  if (s.unknownFrom === 'waivedIf' && c.waivedIf) missingCollector(c.waivedIf)(view, out);
  else {
    if (s.unknownFrom === 'appliesIf' && c.appliesIf) missingCollector(c.appliesIf)(view, out);
    missingCollector(c.test)(view, out);
  }
  return out;
}

function infoOnlyResult(
  rules: ProgramRules,
  amount: Amount,
  reason: NonNullable<ProgramResult['infoOnlyReason']>,
  clause: string,
): ProgramResult {
  return {
    program: rules.id,
    payment: rules.payment,
    quota: rules.quota,
    forms: rules.forms,
    applicantKinds: rules.applicantKinds,
    status: 'info_only',
    maxSubsidyWan: null,
    citations: [clause],
    missing: [],
    amountMissing: [],
    trace: [],
    infoOnlyReason: reason,
    priorities: [],
    subsidyBasis: amount.basis,
  };
}

/** What `evaluateProgram` should build beyond the contract's fields. */
export interface EvaluateOptions {
  /** Build the per-condition trace (explanations, dialogs). Batch screening skips it. */
  readonly trace: boolean;
}

/** Evaluates one program for one profile: one evaluator for `evaluate` and `screen` alike. */
export function evaluateProgram(
  rules: ProgramRules,
  profile: Profile,
  view: View = makeView(profile),
  options: EvaluateOptions = { trace: true },
): ProgramResult {
  const amount = subsidyAmount(rules.subsidy, profile);
  if (rules.infoOnly) return infoOnlyResult(rules, amount, rules.infoOnly.reason, rules.infoOnly.clause);

  const kindTest = applicantTest(rules);
  const kind = kindTest ? compiled(kindTest)(view) : M;
  // Not an applicant this program takes: information only, not a failed condition.
  if (kind === N) return infoOnlyResult(rules, amount, 'applicant_kind', rules.applicantClause);

  const settled = settle(rules, view);
  let anyUnmet = false;
  let anyUnknown = kind === U;
  for (const s of settled) {
    if (s.outcome === N) anyUnmet = true;
    else if (s.outcome === U) anyUnknown = true;
  }
  const status = anyUnmet ? 'ineligible' : anyUnknown ? 'needs_info' : 'eligible';

  const citations: string[] = [];
  const missing: FactKey[] = [];
  if (status === 'eligible') {
    if (kindTest) citations.push(rules.applicantClause);
    for (const s of settled) pushUnique(citations, s.condition.clause);
  } else {
    for (const s of settled) if (s.outcome === N) pushUnique(citations, s.condition.clause);
    if (kind === U) pushUnique(citations, rules.applicantClause);
    for (const s of settled) if (s.outcome === U) pushUnique(citations, s.condition.clause);
  }
  // Only a needs_info program has facts worth asking: an unmet condition already settles the others.
  if (status === 'needs_info') {
    if (kind === U) missing.push('applicant_kind');
    for (const s of settled) if (s.outcome === U) pushUnique(missing, ...missingOf(s, view));
  }
  if (status !== 'ineligible' && amount.value !== null) pushUnique(citations, amount.basis.clause);

  const trace: ConditionTrace[] = [];
  if (options.trace) {
    if (kindTest) {
      const k = evaluateTest(kindTest, profile);
      trace.push({
        program: rules.id,
        condition: 'applicant-kind',
        clause: rules.applicantClause,
        outcome: k.outcome,
        soft: false,
        seen: k.seen,
        test: kindTest,
        missing: k.missing,
      });
    }
    for (const s of settled) {
      const r = evaluateTest(s.condition.test, profile);
      trace.push(
        conditionTrace(
          rules,
          s.condition,
          s.outcome === U && s.unknownFrom !== 'test' ? { ...r, outcome: U, missing: missingOf(s, view) } : r,
        ),
      );
    }
  }
  const priorities: string[] = [];
  for (const p of rules.priorities ?? []) if (compiled(p.test)(view) === M) priorities.push(p.id);
  // Fields written out, not spread: object spread here was the single largest cost of batch screening.
  return {
    program: rules.id,
    payment: rules.payment,
    quota: rules.quota,
    forms: rules.forms,
    applicantKinds: rules.applicantKinds,
    status,
    maxSubsidyWan: status === 'ineligible' ? 0 : amount.value,
    citations,
    missing,
    amountMissing: status === 'ineligible' ? [] : amount.amountMissing,
    trace,
    priorities,
    subsidyBasis: amount.basis,
  };
}

function conditionTrace(rules: ProgramRules, c: Condition, r: TestResult): ConditionTrace {
  return {
    program: rules.id,
    condition: c.id,
    clause: c.clause,
    outcome: r.outcome,
    soft: c.soft ?? false,
    seen: r.seen,
    test: c.test,
    missing: r.outcome === 'unknown' ? r.missing : [],
    ...(r.outcome === 'unmet' && r.shortfall ? { shortfall: r.shortfall } : {}),
    ...(r.derived.length > 0 ? { derived: r.derived } : {}),
    ...(c.reading ? { reading: c.reading } : {}),
  };
}
