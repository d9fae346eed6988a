/**
 * The one evaluator: a profile and a program's rules in, a per-condition trace, a status and
 * an estimated maximum out. Pure. A missing fact makes a condition unknown, never unmet.
 */

import { DEAL_KEYS, type DealKeys, dealFacts, listedDeals } from './deals.ts';
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

const round2 = (n: number): number => Math.round(n * 100) / 100;

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

const DERIVED_KEYS: readonly DerivedKey[] = [
  'above_scale',
  'filed_total_investment',
  'progress_2021_pct',
  'project_duration_years',
  'started',
  'merger_completed_2021',
];

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
  // Object.entries rather than for-in: see validateProfile (per-shape key enumeration is slow).
  for (const [key, value] of Object.entries(profile)) {
    const i = SLOT.get(key);
    if (i !== undefined) slots[i] = value;
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
function memoByRule<K extends object, V>(make: (rule: K) => V): (rule: K) => V {
  const cache = new WeakMap<K, V>();
  return (rule) => {
    let v = cache.get(rule);
    if (v === undefined && !cache.has(rule)) {
      v = make(rule);
      cache.set(rule, v);
    }
    return v as V;
  };
}

/** The compiled form of a test, compiled once per rule object. */
const compiled: (test: Test) => Compiled = memoByRule(compile);

/** The missing-facts collector of a test, compiled once per rule object. */
const missingCollector: (test: Test) => MissingCollector = memoByRule(compileMissing);

/** The leaf facts a test reads, in order (a holds test reads the certifications list). */
function leafFacts(test: Test): (FactKey | DerivedKey)[] {
  if (test.op === 'all' || test.op === 'any') return test.tests.flatMap(leafFacts);
  return [leafFact(test) as FactKey | DerivedKey];
}

/**
 * What an unmet test lacks, in the user's terms. For "all", the first unmet part that can say;
 * for "any", the branch nearest to being met — compared only on one fact (5.1.1.2: a two-year
 * project 1万 short of 5000万 is told "差1万", not "差3001万" against the 8000万 branch).
 */
function shortfallOf(test: Test, view: View): Shortfall | undefined {
  switch (test.op) {
    case 'gte':
    case 'gt':
    case 'lte':
    case 'lt': {
      const v = view.slots[slotOf(test.fact)];
      if (typeof v !== 'number') return undefined;
      const atLeast = test.op === 'gte' || test.op === 'gt';
      return {
        fact: test.fact,
        have: round2(v),
        need: test.value,
        gap: round2(atLeast ? test.value - v : v - test.value),
        direction: atLeast ? 'atLeast' : 'atMost',
      };
    }
    case 'dateWithin': {
      const v = view.slots[slotOf(test.fact)];
      if (typeof v !== 'string') return undefined;
      const late = test.to !== undefined && v > test.to;
      return {
        fact: test.fact,
        have: v,
        need: `${test.from ?? ''}..${test.to ?? ''}`,
        direction: test.from !== undefined && test.to !== undefined ? 'within' : late ? 'atMost' : 'atLeast',
      };
    }
    case 'all':
    case 'any': {
      const gaps: Shortfall[] = [];
      for (const part of test.tests) {
        if (compiled(part)(view) !== N) continue;
        const g = shortfallOf(part, view);
        if (g) gaps.push(g);
      }
      const sameFact = gaps.every((g) => g.fact === gaps[0]?.fact && g.gap !== undefined);
      if (test.op === 'any' && sameFact && gaps.length > 1)
        return gaps.reduce((a, b) => ((b.gap ?? 0) < (a.gap ?? 0) ? b : a));
      return gaps[0];
    }
    default:
      return undefined;
  }
}

interface Amount {
  /** Upper bound in 万元, or null where the guide sets no amount. */
  readonly value: number | null;
  readonly amountMissing: readonly FactKey[];
  readonly basis: SubsidyBasis;
}

/** One shared empty list for results' unused lists: results are never mutated after evaluation. */
const NONE: readonly never[] = Object.freeze([]);

const num = (profile: Profile, key: FactKey): number | undefined => {
  const v = profile[key];
  return typeof v === 'number' ? v : undefined;
};

/**
 * 1.1.2's interest part at one LPR, or null when neither the interest nor the loan bounds it.
 * The balance never exceeds the fixed-asset loan, so a year's interest subsidisable at the LPR
 * is at most loan × LPR: the bound where the interest or the rate is unknown.
 */
function techLoanInterest(
  interest: number | undefined,
  rate: number | undefined,
  other: number | undefined,
  loan: number | undefined,
  lprRate: number,
): InterestPart | null {
  const loanBound = loan === undefined ? undefined : (loan * lprRate) / 100;
  if (interest === undefined) return loanBound === undefined ? null : { part: loanBound, scaled: null, bound: 'loan' };
  const scaled = interest * (rate !== undefined && rate > lprRate ? lprRate / rate : 1);
  let part = scaled;
  let bound: InterestPart['bound'] = 'rate';
  // 省、设区市、县(市)贴息金额累计不得超过企业实际支付的利息: what the city or county granted comes off.
  if (interest - (other ?? 0) < part) [part, bound] = [interest - (other ?? 0), 'other'];
  if (rate === undefined && loanBound !== undefined && loanBound < part) [part, bound] = [loanBound, 'loan'];
  return part < 0 ? { part: 0, scaled, bound: 'none' } : { part, scaled, bound };
}

/**
 * 1.1.2's interest part and what bound it, for the explanation: the interest at the rate or the LPR (`scaled`), less the
 * city or county's grant (`other`), or the loan × LPR where the interest or the rate is unknown (`loan`).
 */
interface InterestPart {
  readonly part: number;
  readonly scaled: number | null;
  readonly bound: 'rate' | 'other' | 'loan' | 'none';
}

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
  const loan = num(profile, 'fixed_asset_loan');
  const amountMissing: FactKey[] = [];
  const lpr = lprFor(term);
  if (interest === undefined) amountMissing.push('loan_interest_paid_2021');
  else {
    if (rate === undefined) amountMissing.push('loan_rate_pct');
    if (other === undefined) amountMissing.push('other_interest_subsidy_2021');
  }
  if (invoices === undefined) amountMissing.push('equipment_invoice_2021');
  // Equipment bought with the loan cannot exceed it: the bound where the invoices are unknown.
  const equipmentPart =
    invoices !== undefined ? invoices * rule.equipmentRate : loan !== undefined ? loan * rule.equipmentRate : null;
  const interestRead = techLoanInterest(interest, rate, other, loan, lpr.rate);
  const interestPart = interestRead?.part ?? null;
  const sum = interestPart === null || equipmentPart === null ? rule.cap : interestPart + equipmentPart;
  const value = round2(Math.min(sum, rule.cap));
  // The term picks the LPR: worth asking only when the one-year LPR would give another amount.
  if (term === undefined) {
    const shortTerm = techLoanInterest(interest, rate, other, loan, lprFor(1).rate)?.part ?? null;
    const shortSum = shortTerm === null || equipmentPart === null ? rule.cap : shortTerm + equipmentPart;
    if (round2(Math.min(shortSum, rule.cap)) !== value) amountMissing.push('loan_term_years');
  }
  return {
    value,
    amountMissing,
    basis: {
      clause: rule.clause,
      kind: 'techLoan',
      capped: sum >= rule.cap,
      figures: {
        interest: interest ?? null,
        loan: loan ?? null,
        term: term ?? null,
        rate: rate ?? null,
        lpr: lpr.rate,
        lprTerm: lpr.term,
        otherSubsidy: other ?? null,
        interestPart: interestPart === null ? null : round2(interestPart),
        // (What bound it, and the interest at the rate or the LPR: the explanation says so, not working it out again.)
        interestBound: interestRead?.bound ?? null,
        interestScaled: interestRead?.scaled == null ? null : round2(interestRead.scaled),
        invoices: invoices ?? null,
        equipmentRate: rule.equipmentRate,
        equipmentPart: equipmentPart === null ? null : round2(equipmentPart),
        cap: rule.cap,
      },
    },
  };
}

/**
 * 3.1.2 over the deal list: the cash parts of the deals that qualify (or may), those above 5000万 added
 * up, a deal of exactly 5000万 alone; the larger of the two × 5 %, ≤ cap. The cash part counts at most
 * its deal's amount (现金部分 is part of 实际出资额); unknown, the amount bounds it.
 */
function dealsAmount(rule: Extract<SubsidyRule, { kind: 'deals' }>, choice: DealChoice | null): Amount {
  const amountMissing: FactKey[] = [];
  let combined = 0;
  let single = 0;
  let counted = 0;
  let cashUnknown = false;
  let unbounded = choice === null;
  const slots = choice?.view.slots;
  const read = (k: FactKey): number | undefined => {
    const v = slots?.[slotOf(k)];
    return typeof v === 'number' ? v : undefined;
  };
  for (const d of choice?.deals ?? []) {
    if (d.outcome === N) continue;
    // An undecided deal may yet count: what it still needs narrows the amount.
    if (d.outcome === U && choice)
      for (const c of d.conditions)
        if (c.test(choice.view) === U) missingCollector(c.condition.test)(choice.view, amountMissing);
    const amount = read(d.keys.amount);
    const cash = read(d.keys.cash);
    if (cash === undefined) {
      addUnique(amountMissing, d.keys.cash);
      cashUnknown = true;
    }
    const bound = cash === undefined ? amount : amount === undefined ? cash : Math.min(cash, amount);
    if (bound === undefined) {
      unbounded = true;
      continue;
    }
    if (amount === undefined || amount > rule.combineAbove) {
      combined += bound;
      counted++;
    }
    single = Math.max(single, bound);
  }
  // (Every listed deal bounded, only whether there is another open: what the deals told give, said beside the cap —
  // unless they reach the cap already, when no other deal can change the amount.)
  const boundedSoFar = !unbounded && single > 0;
  const base = Math.max(combined, single);
  if (choice?.open && !(boundedSoFar && base * rule.rate >= rule.cap)) {
    addUnique(amountMissing, choice.open);
    unbounded = true;
  }
  const raw = unbounded ? rule.cap : base * rule.rate;
  return {
    value: round2(Math.min(raw, rule.cap)),
    amountMissing,
    basis: {
      clause: rule.clause,
      kind: rule.kind,
      capped: raw >= rule.cap,
      figures: {
        base: unbounded ? null : round2(base),
        rate: rule.rate,
        cap: rule.cap,
        deals: counted,
        cashUnknown: cashUnknown ? 1 : 0,
        // While another deal may be told: the deals told so far, and their subsidy (play-test 57: only the cap showed).
        ...(unbounded && boundedSoFar
          ? { toldBase: round2(base), told: round2(Math.min(base * rule.rate, rule.cap)) }
          : {}),
      },
    },
  };
}

/** The estimated maximum subsidy under a rule, as an upper bound from what is known. */
export function subsidyAmount(rule: SubsidyRule, profile: Profile, deals: DealChoice | null = null): Amount {
  switch (rule.kind) {
    case 'deals':
      return dealsAmount(rule, deals);
    case 'share': {
      const base = num(profile, rule.base);
      const raw = base === undefined ? rule.cap : base * rule.rate;
      return {
        value: round2(Math.min(raw, rule.cap)),
        amountMissing: base === undefined ? [rule.base] : NONE,
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
        amountMissing: NONE,
        basis: { clause: rule.clause, kind: rule.kind, capped: false, figures: { amount: rule.amount } },
      };
    case 'upTo':
      return {
        value: rule.cap,
        amountMissing: NONE,
        basis: { clause: rule.clause, kind: rule.kind, capped: true, figures: { cap: rule.cap } },
      };
    case 'twoPhase': {
      const base = num(profile, rule.base);
      const first = base === undefined ? rule.firstCap : Math.min(base * rule.rate, rule.firstCap);
      const total = Math.min(first + rule.laterCap, rule.totalCap);
      return {
        value: round2(total),
        amountMissing: base === undefined ? [rule.base] : NONE,
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
      const value = profile[rule.fact];
      const kind = typeof value === 'boolean' ? String(value) : value;
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
    case 'actualSpending':
      return {
        value: null,
        amountMissing: NONE,
        basis: { clause: rule.clause, kind: rule.kind, capped: false, figures: {} },
      };
  }
}

/** Adds one item unless present (no rest parameter: an array per call was a hot-path cost). */
function addUnique<T>(list: T[], item: T): void {
  if (!list.includes(item)) list.push(item);
}

/** One condition's settled outcome, before any trace is built. */
interface Settled {
  readonly condition: Condition;
  readonly outcome: Outcome;
  /**
   * Where an unknown comes from: the rule itself, its appliesIf or its waivedIf, or (per-deal
   * conditions) a deal list still open while every listed deal fails.
   */
  readonly unknownFrom: 'test' | 'appliesIf' | 'waivedIf' | 'moreDeals' | null;
  /** A per-deal condition read on another deal than the first: its number (2–4). */
  readonly deal?: number;
  /** With `moreDeals`: the question to ask (还有其他2021年完成的并购吗？). */
  readonly ask?: FactKey;
}

/** One listed deal against the per-deal conditions. */
interface DealOutcome {
  readonly keys: DealKeys;
  /** 1 for the contract's deal, 2–4 for the numbered ones. */
  readonly number: number;
  readonly outcome: Outcome;
  /** The per-deal conditions on this deal's own facts. */
  readonly conditions: readonly CompiledCondition[];
}

/** The deal list read against the per-deal conditions (3.1.1.1–3.1.1.4). */
interface DealChoice {
  readonly view: View;
  /** The deal the per-deal conditions are shown on: the first that meets them all, else the nearest. */
  readonly chosen: DealOutcome;
  readonly deals: readonly DealOutcome[];
  /** The unanswered question about one more deal, or null. */
  readonly open: FactKey | null;
}

/**
 * Reads every listed deal against the per-deal conditions (each compiled once per deal on that
 * deal's own facts). The program needs one deal meeting them all; the trace shows that deal, or
 * else the one with the fewest unmet, then unknown, conditions, then the larger payment.
 */
function chooseDeal(program: CompiledProgram, view: View): DealChoice {
  const list = listedDeals((k) => view.slots[slotOf(k)]);
  const deals: DealOutcome[] = [];
  let best: { deal: DealOutcome; score: number; paid: number } | null = null;
  for (let i = 0; i < list.deals.length; i++) {
    const keys = list.deals[i] as DealKeys;
    const conditions = program.dealConditions[i] ?? [];
    let unmet = 0;
    let unknown = 0;
    for (const c of conditions) {
      const o = c.test(view);
      if (o === N) unmet++;
      else if (o === U) unknown++;
    }
    const deal: DealOutcome = { keys, number: i + 1, outcome: unmet > 0 ? N : unknown > 0 ? U : M, conditions };
    deals.push(deal);
    const amountSlot = view.slots[slotOf(keys.amount)];
    const paid = typeof amountSlot === 'number' ? amountSlot : -1;
    const score = unmet * 1000 + unknown;
    if (best === null || score < best.score || (score === best.score && paid > best.paid)) best = { deal, score, paid };
  }
  return { view, chosen: (best?.deal ?? deals[0]) as DealOutcome, deals, open: list.open };
}

/** A condition with its tests compiled, and its few possible settled outcomes made once. */
interface CompiledCondition {
  readonly condition: Condition;
  readonly test: Compiled;
  readonly appliesIf: Compiled | null;
  readonly waivedIf: Compiled | null;
  /** The route test (its `appliesIf` or `waivedIf`) as text, so conditions of one route pair can be matched. */
  readonly routeKey: string | null;
  /** Its place among the per-deal conditions (3.1.1), or -1. */
  readonly perDealIndex: number;
  readonly met: Settled;
  readonly unmet: Settled;
  readonly unknown: Settled;
  readonly unknownIfApplies: Settled;
  readonly unknownIfWaived: Settled;
}

/**
 * A program's gate, conditions and priorities compiled once, so evaluating it looks up one cache
 * entry instead of one per test (those lookups were a fifth of batch screening).
 */
interface CompiledProgram {
  /** The guide-wide scope (clause 0), if the ruleset has one. */
  readonly scope: Compiled | null;
  /** The 申报主体 gate as a test (none when any applicant may apply). */
  readonly kindTest: Test | undefined;
  readonly kind: Compiled | null;
  readonly conditions: readonly CompiledCondition[];
  readonly priorities: readonly { readonly id: string; readonly test: Compiled }[];
  /** Some condition is read per deal (3.1.1): the deal list is read before settling. */
  readonly perDeal: boolean;
  /** For deal 1…4, the per-deal conditions on that deal's own facts (deal 1: the conditions as written). */
  readonly dealConditions: readonly (readonly CompiledCondition[])[];
  readonly readingNotes: readonly { readonly id: string; readonly when: Compiled }[];
}

/** The reading notes that hold for this applicant. */
function readingsOf(program: CompiledProgram, view: View): readonly string[] {
  if (program.readingNotes.length === 0) return NONE;
  const out: string[] = [];
  for (const r of program.readingNotes) if (r.when(view) === M) out.push(r.id);
  return out;
}

function compileCondition(c: Condition, perDealIndex = -1): CompiledCondition {
  return {
    condition: c,
    test: compiled(c.test),
    appliesIf: c.appliesIf ? compiled(c.appliesIf) : null,
    waivedIf: c.waivedIf ? compiled(c.waivedIf) : null,
    routeKey: c.appliesIf || c.waivedIf ? JSON.stringify(c.appliesIf ?? c.waivedIf) : null,
    perDealIndex,
    met: { condition: c, outcome: M, unknownFrom: null },
    unmet: { condition: c, outcome: N, unknownFrom: null },
    unknown: { condition: c, outcome: U, unknownFrom: 'test' },
    unknownIfApplies: { condition: c, outcome: U, unknownFrom: 'appliesIf' },
    unknownIfWaived: { condition: c, outcome: U, unknownFrom: 'waivedIf' },
  };
}

/** A test with deal 1's facts renamed to another deal's (deal 2's date for `acquisition_date` …). */
function onDeal(test: Test, names: ReadonlyMap<string, FactKey>): Test {
  if (test.op === 'all' || test.op === 'any') return { ...test, tests: test.tests.map((t) => onDeal(t, names)) };
  if (test.op === 'holds' || test.op === 'holdsAny') return test;
  const own = names.get(test.fact);
  return own ? ({ ...test, fact: own } as Test) : test;
}

/** The per-deal conditions compiled for every deal, each on that deal's own facts. */
function dealConditionsOf(perDeal: readonly Condition[]): CompiledCondition[][] {
  return DEAL_KEYS.map((deal, i) => {
    if (i === 0) return perDeal.map((c, k) => compileCondition(c, k));
    const names = new Map<string, FactKey>(dealFacts(deal));
    return perDeal.map((c, k) => compileCondition({ ...c, test: onDeal(c.test, names) }, k));
  });
}

const compiledProgram: (rules: ProgramRules) => CompiledProgram = memoByRule((rules: ProgramRules) => {
  const perDealIds = rules.conditions.filter((c) => c.perDeal === true).map((c) => c.id);
  const kindTest: Test | undefined =
    rules.applicantKinds === 'any' ? undefined : { op: 'oneOf', fact: 'applicant_kind', values: rules.applicantKinds };
  return {
    scope: rules.scope ? compiled(rules.scope.test) : null,
    kindTest,
    kind: kindTest ? compiled(kindTest) : null,
    priorities: (rules.priorities ?? []).map((p) => ({ id: p.id, test: compiled(p.test) })),
    perDeal: perDealIds.length > 0,
    dealConditions: perDealIds.length === 0 ? [] : dealConditionsOf(rules.conditions.filter((c) => c.perDeal === true)),
    readingNotes: (rules.readingNotes ?? []).map((r) => ({ id: r.id, when: compiled(r.when) })),
    conditions: rules.conditions.map((c) => compileCondition(c, perDealIds.indexOf(c.id))),
  };
});

/**
 * Settles every condition with the compiled tests. 5.3.1.4-style `appliesIf`: a condition that
 * may not apply is unknown only while it would fail; `waivedIf`: a failing condition whose
 * waiver is unknown is unknown, not unmet.
 */
function settle(program: CompiledProgram, view: View, deals: DealChoice | null = null): Settled[] {
  const out: Settled[] = [];
  let routeFailures = false;
  for (const c of program.conditions) {
    if (deals && c.condition.perDeal) {
      out.push(settleOnDeal(c, deals));
      continue;
    }
    const applies = c.appliesIf ? c.appliesIf(view) : M;
    if (applies === N) continue;
    const waived = c.waivedIf ? c.waivedIf(view) : N;
    if (waived === M) continue;
    const o = c.test(view);
    if (applies === U) {
      if (o !== M) out.push(c.unknownIfApplies);
      if (o === N) routeFailures = true;
      continue;
    }
    if (o === N && waived === U) {
      out.push(c.unknownIfWaived);
      routeFailures = true;
    } else out.push(o === M ? c.met : o === N ? c.unmet : c.unknown);
  }
  return routeFailures ? settleRoutes(program, view, out) : out;
}

/**
 * A per-deal condition, read on the chosen deal. While every listed deal fails and the list is still
 * open (one more deal may follow, unasked), each per-deal condition is unknown: the next deal must
 * meet them all, so the dialog asks for it, and the answer does not depend on which failing deal is shown.
 */
function settleOnDeal(c: CompiledCondition, deals: DealChoice): Settled {
  const onDeal = (d: DealOutcome, settled: Settled): Settled =>
    d.number > 1 ? { ...settled, deal: d.number } : settled;
  const chosen = deals.chosen;
  const own = chosen.conditions[c.perDealIndex] as CompiledCondition;
  const o = own.test(deals.view);
  const noneMayQualify = !deals.deals.some((d) => d.outcome !== N);
  if (noneMayQualify && deals.open) {
    return onDeal(chosen, { condition: own.condition, outcome: U, unknownFrom: 'moreDeals', ask: deals.open });
  }
  if (noneMayQualify && o !== N) {
    // Every deal fails, each on its own conditions: a condition is unmet when any deal fails it, so the
    // citations name every clause some deal fell short of, whichever deal the trace shows.
    const failing = deals.deals.find((d) => d.conditions[c.perDealIndex]?.test(deals.view) === N);
    const f = failing?.conditions[c.perDealIndex];
    if (failing && f) return onDeal(failing, f.unmet);
  }
  return onDeal(chosen, o === M ? own.met : o === N ? own.unmet : own.unknown);
}

/**
 * Both routes failed (5.3.1.3 / 5.3.1.4): a condition the route test waives fails, and a condition
 * that applies only on that route fails too. Whichever way the route test turns out, one of them
 * is unmet, so asking it can change nothing: both are unmet, and both clauses are cited.
 */
function settleRoutes(program: CompiledProgram, view: View, settled: Settled[]): Settled[] {
  const byCondition = new Map(program.conditions.map((c) => [c.condition, c]));
  const failed = (from: Settled['unknownFrom']) => {
    const keys = new Set<string>();
    for (const s of settled) {
      const c = byCondition.get(s.condition);
      if (s.unknownFrom === from && c?.routeKey && c.test(view) === N) keys.add(c.routeKey);
    }
    return keys;
  };
  const waivedFailed = failed('waivedIf');
  const onRouteFailed = failed('appliesIf');
  const both = [...waivedFailed].filter((k) => onRouteFailed.has(k));
  if (both.length === 0) return settled;
  return settled.map((s) => {
    const c = byCondition.get(s.condition);
    const routeFailed =
      (s.unknownFrom === 'waivedIf' || s.unknownFrom === 'appliesIf') &&
      c?.routeKey !== null &&
      c !== undefined &&
      both.includes(c.routeKey as string) &&
      c.test(view) === N;
    return routeFailed && c ? c.unmet : s;
  });
}

/** The base facts to ask to settle an unknown condition. */
function missingOf(s: Settled, view: View): FactKey[] {
  const c = s.condition;
  if (s.unknownFrom === 'moreDeals') return s.ask ? [s.ask] : [];
  const out: FactKey[] = [];
  if (s.unknownFrom === 'waivedIf' && c.waivedIf) missingCollector(c.waivedIf)(view, out);
  else {
    if (s.unknownFrom === 'appliesIf' && c.appliesIf) missingCollector(c.appliesIf)(view, out);
    missingCollector(c.test)(view, out);
    // Unknown with its waiver unknown too (5.5.1.2 before the applicant kind is known): the waiver's
    // facts settle it as well as the condition's own, so both are missing.
    if (s.unknownFrom === 'test' && c.waivedIf) missingCollector(c.waivedIf)(view, out);
  }
  return out;
}

function missingCollectorList(test: Test, view: View): FactKey[] {
  const out: FactKey[] = [];
  missingCollector(test)(view, out);
  return out;
}

/** A one-clause citation list, made once per clause. */
const CITED_ALONE = new Map<string, readonly string[]>();
function citedAlone(clause: string): readonly string[] {
  let list = CITED_ALONE.get(clause);
  if (!list) {
    list = Object.freeze([clause]);
    CITED_ALONE.set(clause, list);
  }
  return list;
}

/** A result settled before its conditions are (information only, or outside the fund's scope). */
function settledEarly(
  rules: ProgramRules,
  amount: Amount,
  status: 'info_only' | 'ineligible',
  citations: readonly string[],
  trace: readonly ConditionTrace[],
  infoOnlyReason: ProgramResult['infoOnlyReason'],
  readings: readonly string[],
): ProgramResult {
  return {
    program: rules.id,
    payment: rules.payment,
    quota: rules.quota,
    forms: rules.forms,
    applicantKinds: rules.applicantKinds,
    status,
    maxSubsidyWan: status === 'ineligible' ? 0 : null,
    citations,
    missing: NONE,
    amountMissing: NONE,
    trace,
    infoOnlyReason,
    priorities: NONE,
    readings,
    subsidyBasis: amount.basis,
  };
}

function infoOnlyResult(
  rules: ProgramRules,
  amount: Amount,
  reason: NonNullable<ProgramResult['infoOnlyReason']>,
  clause: string,
  readings: readonly string[] = NONE,
): ProgramResult {
  return settledEarly(rules, amount, 'info_only', citedAlone(clause), NONE, reason, readings);
}

/**
 * An applicant outside the guide's scope (clause 0, the preamble): ineligible, citing the preamble
 * and beside it the program's own conditions on the same facts that fail too (1.1.1.1 省域内 …).
 */
function outsideScopeResult(
  rules: ProgramRules,
  program: CompiledProgram,
  amount: Amount,
  view: View,
  options: EvaluateOptions,
): ProgramResult {
  const scope = rules.scope as Condition;
  const scopeFacts = leafFacts(scope.test);
  const own = settle(program, view).filter(
    (s) => s.outcome === N && leafFacts(s.condition.test).some((f) => scopeFacts.includes(f)),
  );
  const citations = [scope.clause];
  for (const s of own) addUnique(citations, s.condition.clause);
  const trace = options.trace
    ? [conditionTrace(rules, scope, N, [], view), ...own.map((s) => conditionTrace(rules, s.condition, N, [], view))]
    : NONE;
  return settledEarly(rules, amount, 'ineligible', citations, trace, undefined, NONE);
}

/** What `evaluateProgram` should build beyond the contract's fields. */
export interface EvaluateOptions {
  /** Build the per-condition trace (explanations, dialogs). Batch screening skips it. */
  readonly trace: boolean;
  /**
   * List the facts still unknown of a program ruled out only by 原则上 conditions (1.1.1.2's 3000万) as `missing`:
   * whether an exception is worth asking the recommending unit for depends on the conditions that admit none, so a
   * dialog goes on asking them. The contract's `missing` (screen, facts) is for needs_info programs only.
   */
  readonly askPastSoft?: boolean;
}

/** Evaluates one program for one profile: one evaluator for `evaluate` and `screen` alike. */
export function evaluateProgram(
  rules: ProgramRules,
  profile: Profile,
  view: View = makeView(profile),
  options: EvaluateOptions = { trace: true },
): ProgramResult {
  const program = compiledProgram(rules);
  const deals = program.perDeal ? chooseDeal(program, view) : null;
  const amount = subsidyAmount(rules.subsidy, profile, deals);
  if (rules.infoOnly) return infoOnlyResult(rules, amount, rules.infoOnly.reason, rules.infoOnly.clause);

  const kindTest = program.kindTest;
  const kind = program.kind ? program.kind(view) : M;
  // Not an applicant this program takes: information only, not a failed condition.
  if (kind === N)
    return infoOnlyResult(rules, amount, 'applicant_kind', rules.applicantClause, readingsOf(program, view));
  // Outside the fund's province: none of its programs is open to the applicant, whatever the conditions.
  const scopeOutcome = program.scope ? program.scope(view) : M;
  if (scopeOutcome === N) return outsideScopeResult(rules, program, amount, view, options);

  const settled = settle(program, view, deals);
  // Not known to be in Jiangsu: every program waits for it (unknown is not false).
  const scopeUnknown = scopeOutcome === U;
  let anyUnmet = false;
  let anyUnknown = kind === U || scopeUnknown;
  for (const s of settled) {
    if (s.outcome === N) anyUnmet = true;
    else if (s.outcome === U) anyUnknown = true;
  }
  const status = anyUnmet ? 'ineligible' : anyUnknown ? 'needs_info' : 'eligible';

  const citations: string[] = [];
  if (status === 'eligible') {
    if (kindTest) citations.push(rules.applicantClause);
    for (const s of settled) addUnique(citations, s.condition.clause);
  } else {
    for (const s of settled) if (s.outcome === N) addUnique(citations, s.condition.clause);
    if (scopeUnknown) addUnique(citations, (rules.scope as Condition).clause);
    if (kind === U) addUnique(citations, rules.applicantClause);
    for (const s of settled) if (s.outcome === U) addUnique(citations, s.condition.clause);
  }
  // Only a needs_info program has facts worth asking: an unmet condition already settles the others — unless every
  // unmet one is 原则上 and the dialog asks on (`askPastSoft`).
  let missing: readonly FactKey[] = NONE;
  const softOnly =
    status === 'ineligible' &&
    options.askPastSoft === true &&
    kind !== N &&
    settled.every((s) => s.outcome !== N || s.condition.soft === true);
  if (status === 'needs_info' || softOnly) {
    const list: FactKey[] = kind === U ? ['applicant_kind'] : [];
    if (scopeUnknown) missingCollector((rules.scope as Condition).test)(view, list);
    for (const s of settled) if (s.outcome === U) for (const m of missingOf(s, view)) addUnique(list, m);
    missing = list;
  }
  // The subsidy clause says what is paid even where it sets no figure (3.3's 奖励, 3.4.1's activities,
  // 5.3.2's actual spending), so it is cited for every program that is not ruled out.
  if (status !== 'ineligible') addUnique(citations, amount.basis.clause);

  let trace: readonly ConditionTrace[] = NONE;
  if (options.trace) {
    const list: ConditionTrace[] = [];
    if (scopeUnknown) {
      const scope = rules.scope as Condition;
      list.push(conditionTrace(rules, scope, U, missingCollectorList(scope.test, view), view));
    }
    if (kindTest) {
      const gate = { id: 'applicant-kind', clause: rules.applicantClause, test: kindTest };
      list.push(conditionTrace(rules, gate, kind, kind === U ? ['applicant_kind'] : [], view));
    }
    for (const s of settled)
      list.push(conditionTrace(rules, s.condition, s.outcome, s.outcome === U ? missingOf(s, view) : [], view, s.deal));
    trace = list;
  }
  let priorities: readonly string[] = NONE;
  if (program.priorities.length > 0) {
    const list: string[] = [];
    for (const p of program.priorities) if (p.test(view) === M) list.push(p.id);
    priorities = list;
  }
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
    amountMissing: status === 'ineligible' ? NONE : amount.amountMissing,
    trace,
    priorities,
    readings: readingsOf(program, view),
    subsidyBasis: amount.basis,
  };
}

/**
 * A condition's trace: its settled outcome and missing facts, the values it read, the derived
 * facts behind them with where they come from, and what it lacks when unmet.
 */
function conditionTrace(
  rules: ProgramRules,
  c: Condition,
  outcome: Outcome,
  missing: readonly FactKey[],
  view: View,
  deal?: number,
): ConditionTrace {
  const seen: Record<string, FactValue | undefined> = {};
  const derived: { key: DerivedKey; value: FactValue; source: string }[] = [];
  for (const fact of leafFacts(c.test)) {
    const value = view.slots[slotOf(fact)];
    seen[fact] = value;
    if (
      value !== undefined &&
      isDerivedKey(fact) &&
      view.profile[fact as FactKey] === undefined &&
      !derived.some((d) => d.key === fact)
    ) {
      const d = derive(fact, view.profile);
      if (d.known) derived.push({ key: fact, value, source: d.source });
    }
  }
  // An unknown condition shows a shortfall too where its test fails on what is known (a failing deal
  // while another may follow): the applicant learns why the question is asked.
  const shortfall = outcome !== M && compiled(c.test)(view) === N ? shortfallOf(c.test, view) : undefined;
  return {
    program: rules.id,
    condition: c.id,
    clause: c.clause,
    outcome,
    soft: c.soft ?? false,
    ...(c.byDeadline ? { byDeadline: true } : {}),
    seen,
    test: c.test,
    missing,
    ...(shortfall ? { shortfall } : {}),
    ...(derived.length > 0 ? { derived } : {}),
    ...(c.reading ? { reading: c.reading } : {}),
    ...(deal !== undefined ? { deal } : {}),
  };
}
