import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { step } from '../../src/dialogs/engine.ts';
import { FOCUS_GROUPS } from '../../src/dialogs/focus.ts';
import { screeningProfile } from '../../src/dialogs/investment-basis.ts';
import type { DialogState } from '../../src/dialogs/state.ts';
import type { Reply } from '../../src/dialogs/types.ts';
import { contradictions } from '../../src/rules/contradictions.ts';
import { DEAL_KEYS, MORE_KEYS } from '../../src/rules/deals.ts';
import { APPLICANT_KINDS, CERTIFICATIONS, FACTS, type FactDef, type FactKey, STAGES } from '../../src/rules/facts.ts';
import { evaluate, toContract } from '../../src/rules/index.ts';
import type { ContractResult, FactValue, Profile } from '../../src/rules/types.ts';
import { propertyRuns } from '../property-runs.ts';
import { answerFor, lastQuestion, pendingSlot } from './answer-from-profile.ts';

const date = fc
  .integer({ min: Date.UTC(2019, 0, 1), max: Date.UTC(2025, 11, 31) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));

// Amounts cluster around the guide's thresholds (400, 2000, 3000 …) so both sides are hit.
const amount = fc.oneof(
  fc.constantFrom(0, 50, 300, 399, 400, 1000, 1999, 2000, 2999, 3000, 5000, 10000, 20000),
  fc.integer({ min: 0, max: 30000 }),
  fc.integer({ min: 0, max: 3_000_000 }).map((n) => n / 100),
);

function arbitraryValue(f: FactDef): fc.Arbitrary<FactValue> {
  switch (f.type) {
    case 'boolean':
      return fc.boolean();
    case 'amount':
      return amount;
    case 'date':
      return date;
    case 'percent':
      return f.max !== undefined ? fc.integer({ min: 0, max: 100 }) : fc.integer({ min: -50, max: 200 });
    case 'count':
      return fc.integer({ min: 0, max: 2000 });
    case 'number':
      return fc.integer({ min: 0, max: 40 }).map((n) => n / 2);
    case 'enum':
      return fc.constantFrom(...(f.values ?? ['']));
    case 'certs':
      return fc.subarray([...CERTIFICATIONS]);
  }
}

// above_scale is derived from industrial + revenue and never asked directly, so profiles state it only
// through those (see docs/dialogs.md, open gaps). A start date without a stage is left out for the
// same reason: the evaluator asks for `stage` when `started` is unknown (reported to the rules owner).
// The further deals of 3.1.1.4 come from their own generator (a list, below), not fact by fact.
const listFacts = new Set<string>([...MORE_KEYS, ...DEAL_KEYS.slice(1).flatMap((d) => Object.values(d))]);
// The basis of the total is never asked: the dialog reads it from what is screened (investment-basis.ts).
const askable = FACTS.filter(
  (f) => f.key !== 'above_scale' && f.key !== 'total_investment_basis' && !listFacts.has(f.key),
);

/** One further deal, its figures clustered around 3.1.1's thresholds (2021, 50 %, 5000万) and often unknown. */
const dealArb = fc.record({
  date: fc.option(fc.constantFrom('2020-12-31', '2021-01-01', '2021-06-30', '2021-12-31', '2022-01-01'), {
    nil: undefined,
    freq: 4,
  }),
  amount: fc.option(fc.oneof(fc.constantFrom(3000, 4999, 5000, 5001, 6000, 40000), amount), {
    nil: undefined,
    freq: 4,
  }),
  cashShare: fc.option(fc.constantFrom(0, 0.5, 1), { nil: undefined, freq: 4 }),
  stake: fc.option(fc.constantFrom(49, 50, 51, 100), { nil: undefined, freq: 4 }),
});

/**
 * The merger's deal list (3.1.1.4): up to three deals after the first, each answered yes to
 * "还有其他2021年完成的并购吗？", and the question after the last one answered no, yes or not at all.
 */
const dealListArb = fc
  .tuple(fc.array(dealArb, { maxLength: DEAL_KEYS.length - 1 }), fc.option(fc.boolean(), { nil: undefined }))
  .map(([deals, more]) => {
    const p: Record<string, FactValue> = {};
    deals.forEach((d, i) => {
      const keys = DEAL_KEYS[i + 1] as (typeof DEAL_KEYS)[number];
      p[MORE_KEYS[i] as FactKey] = true;
      if (d.date !== undefined) p[keys.date] = d.date;
      if (d.amount !== undefined) p[keys.amount] = d.amount;
      if (d.amount !== undefined && d.cashShare !== undefined)
        p[keys.cash] = Math.round(d.amount * d.cashShare * 100) / 100;
      if (d.stake !== undefined) p[keys.stake] = d.stake;
    });
    const after = MORE_KEYS[deals.length];
    if (after !== undefined && more !== undefined) p[after] = more;
    return p as Profile;
  });

/**
 * A project that started in 2021 or before is not "planned" on the 2022 application date. The
 * evaluator lets the stage win; the dialog, once the start date says it started, does not ask the
 * stage. Such self-contradicting profiles are not generated.
 */
function consistent(p: Profile): Profile {
  let out: Profile = p;
  if (typeof p.start_date === 'string' && p.start_date <= '2021-12-31' && p.stage === 'planned') {
    out = { ...p, stage: 'under_construction' };
  }
  // Facts that contradict each other are refused (src/rules/contradictions.ts): a person answering
  // from such a profile would be asked to confirm forever. Drop the first field of each clash.
  for (let clash = contradictions(out)[0]; clash; clash = contradictions(out)[0]) {
    const { [clash.field]: _dropped, ...rest } = out;
    out = rest;
  }
  return out;
}

const profileArb: fc.Arbitrary<Profile> = fc
  .tuple(
    fc.record(
      Object.fromEntries(
        askable.map((f) => [f.key, fc.option(arbitraryValue(f), { nil: undefined, freq: 3 })]),
      ) as Record<string, fc.Arbitrary<FactValue | undefined>>,
    ),
    fc.option(fc.boolean(), { nil: undefined }),
    dealListArb,
  )
  .map(([r, aboveScale, deals]) => {
    const p = { ...Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)), ...deals } as Profile;
    // 规上 stated directly where industrial + revenue do not settle it: one of them unknown, and
    // neither already saying "not 规上" (not industrial, or revenue below 2000万).
    const revenue = p.revenue_last_year as number | undefined;
    const unsettled = p.industrial === undefined || revenue === undefined;
    const contradicted = p.industrial === false || (revenue !== undefined && revenue < 2000);
    if (aboveScale !== undefined && unsettled && !contradicted) p.above_scale = aboveScale;
    return consistent(p);
  });

// Applicant kinds and stages weighted towards the common case so programs get past the first gate.
const realistic = fc
  .tuple(profileArb, fc.constantFrom(...APPLICANT_KINDS, 'enterprise', 'enterprise'), fc.constantFrom(...STAGES))
  .map(([p, kind, stage]) =>
    consistent({ ...p, applicant_kind: kind, in_jiangsu: true, stage: p.stage ?? stage } as Profile),
  );

const RUNS = propertyRuns(150);

interface Run {
  asked: string[];
  last: Extract<Reply, { kind: 'verdict' }> | undefined;
  state: DialogState;
}

function converse(profile: Profile, focusAnswer = '全部'): Run {
  let turn = step(undefined, '/start');
  const asked: string[] = [];
  let last: Run['last'];
  for (let i = 0; i < 400; i++) {
    for (const r of turn.replies) if (r.kind === 'verdict') last = r;
    const slot = pendingSlot(turn.replies);
    if (slot === null) break;
    if (turn.replies.some((r) => r.kind === 'ask' && r.slot === slot)) asked.push(slot);
    turn = step(turn.state, answerFor(slot, profile, focusAnswer, lastQuestion(turn.replies)));
  }
  return { asked, last, state: turn.state };
}

const verdictOf = (results: readonly ContractResult[]) =>
  results.map((r) => ({
    program: r.program,
    status: r.status,
    max: r.max_subsidy_wan,
    missing: r.missing,
    // An ineligible program's citations list its unknown conditions too, and the dialog rightly
    // stops asking about a program once one condition fails; compare citations where settled.
    citations: r.status === 'ineligible' ? null : r.citations,
  }));

describe('a dialog answering from a profile', () => {
  it('reaches the same verdict as screening the profile, and never asks a question twice', () => {
    fc.assert(
      fc.property(fc.oneof(profileArb, realistic), (profile) => {
        const run = converse(profile);
        expect(run.state.phase).toBe('done');
        expect(new Set(run.asked).size).toBe(run.asked.length);
        expect(run.last).toBeDefined();
        const expected = toContract(evaluate(profile));
        expect(verdictOf(run.last?.results ?? [])).toEqual(verdictOf(expected));
        // An ineligible program's failed conditions are among those screening cites.
        for (const r of run.last?.results ?? []) {
          if (r.status !== 'ineligible') continue;
          const full = expected.find((e) => e.program === r.program);
          // (As the dialog screens it: a total read as net beside the loan program, investment-basis.ts.)
          const unmet = evaluate(screeningProfile(run.state))
            .find((x) => x.program === r.program)
            ?.trace.filter((c) => c.outcome === 'unmet')
            .map((c) => c.clause);
          for (const c of unmet ?? []) {
            if (full?.citations.includes(c)) continue;
            // Screening cites only the general condition an applicant outside Jiangsu fails ('0') and stops there; the
            // dialog, which had not asked where it is, may stop at another condition: it must rest on facts recorded
            // exactly as the profile holds them.
            expect(full?.citations).toContain('0');
            for (const [fact, value] of Object.entries(run.state.profile))
              expect(value, fact).toEqual(profile[fact as keyof Profile]);
          }
        }
      }),
      {
        numRuns: RUNS,
        examples: [
          // Found in the eighteenth round (CI, seed -400664239): the filed total known, the total 0 read as net beside
          // the loan program; the loan program stops at its approvals, its filed total never asked.
          [
            {
              in_jiangsu: true,
              approvals_complete: false,
              total_investment: 0,
              filed_total_investment: 3000,
              fixed_asset_loan: 2000,
              loan_from_jiangsu_bank: true,
              equipment_bought_with_loan: true,
            },
          ],
          // Found in the tenth round (seed 1942026): outside Jiangsu, screening cites '0' alone; the dialog stops at the
          // identifier node's recognition (1.3.2.1.1), which the profile fails as well.
          [
            {
              in_jiangsu: false,
              applicant_kind: 'public_institution',
              certifications: [],
              core_tech_direction: false,
              info_consumption_direction: false,
              security_capability: false,
              cluster_focus: false,
              training_licensed: false,
            },
          ],
          // Found during development: with every deal failing and the list open, the nearest failing deal
          // (and so the citations) depended on figures the dialog had no reason to ask.
          [
            {
              acquisition_amount: 0,
              more_acquisitions: true,
              acquisition_2_date: '2020-12-31',
              acquisition_2_amount: 5000,
            },
          ],
          // …and with the list closed, the clause each deal fell short of must be cited whichever deal is shown.
          [
            {
              acquisition_amount: 0,
              more_acquisitions: true,
              acquisition_2_date: '2020-12-31',
              acquisition_2_amount: 5000,
              more_acquisitions_2: false,
            },
          ],
        ],
      },
    );
  });
});

describe('a dialog for some program groups only', () => {
  const groups = FOCUS_GROUPS.filter((g) => g.id !== 'all');

  it("reaches screening's verdict for the programs of those groups", () => {
    fc.assert(
      fc.property(
        fc.oneof(profileArb, realistic),
        fc.uniqueArray(fc.integer({ min: 1, max: groups.length }), { minLength: 1, maxLength: 3 }),
        (profile, picks) => {
          const run = converse(profile, picks.join('、'));
          expect(new Set(run.asked).size).toBe(run.asked.length);
          const inFocus = new Set(picks.flatMap((n) => groups[n - 1]?.programs ?? []));
          const mine = (rs: readonly ContractResult[]) => verdictOf(rs.filter((r) => inFocus.has(r.program)));
          expect(mine(run.last?.results ?? [])).toEqual(mine(toContract(evaluate(profile))));
        },
      ),
      {
        numRuns: RUNS,
        examples: [
          // Found by CI: the dialog never asked the applicant kind that waives 5.5.1.2's capital test.
          [{ applicant_kind: 'nonprofit' }, [13]],
          // The loan term picks the LPR that bounds unknown interest (1.1.2), so it narrows the estimate.
          [{ revenue_last_year: 2000, fixed_asset_loan: 2000, loan_term_years: 0 }, [1]],
          // Issue 14: the ordinal 5 was dropped as a fragment of 5G, a word of the group already picked.
          [{ data_product_tech: false, applicant_kind: 'enterprise', in_jiangsu: true, stage: 'planned' }, [2, 5]],
        ],
      },
    );
  });
});
