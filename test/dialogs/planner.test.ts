import { describe, expect, it } from 'vitest';
import { nextAsk, nextQuestion, openGates, programWeight, statusSettled } from '../../src/dialogs/planner.ts';
import type { ProgramId } from '../../src/knowledge/program-catalogue.ts';
import type { FactKey } from '../../src/rules/facts.ts';
import { evaluate } from '../../src/rules/index.ts';
import type { ProgramResult, Status } from '../../src/rules/types.ts';

/** A result with just what the planner reads. */
function result(
  program: ProgramId,
  status: Status,
  missing: FactKey[],
  maxSubsidyWan: number | null = 500,
  amountMissing: FactKey[] = [],
): ProgramResult {
  return {
    program,
    status,
    maxSubsidyWan,
    citations: [],
    missing,
    amountMissing,
    trace: [],
    priorities: [],
    subsidyBasis: { clause: '', kind: 'none', figures: {}, capped: false },
    payment: { kind: 'unspecified' },
    quota: { max: null, clause: '' },
    forms: [],
  } as unknown as ProgramResult;
}

const none = new Set<string>();

describe('the next question', () => {
  it('is the fact that more undecided programs miss', () => {
    const rs = [
      result('tech-loan', 'needs_info', ['fixed_asset_loan', 'total_investment']),
      result('smart-factory', 'needs_info', ['total_investment']),
    ];
    expect(nextQuestion(rs, null, none)?.fact).toBe('total_investment');
  });

  it('between facts missed by as many programs, is the one worth more money', () => {
    const rs = [
      result('merger', 'needs_info', ['acquisition_amount'], 2000),
      result('little-giant', 'needs_info', ['taxes_paid_last_year'], 500),
    ];
    expect(nextQuestion(rs, null, none)?.fact).toBe('acquisition_amount');
  });

  it('between equal weights, follows the category order (investment before program facts)', () => {
    const rs = [result('green-upgrade', 'needs_info', ['replicable_solution', 'total_investment'])];
    expect(nextQuestion(rs, null, none)?.fact).toBe('total_investment');
  });

  it("asks a program's gate before its detail questions (issue 14)", () => {
    const rs = [result('green-upgrade', 'needs_info', ['total_investment', 'green_direction'])];
    expect(nextQuestion(rs, null, none)?.fact).toBe('green_direction');
    // Once the gate is closed, the details follow.
    expect(nextQuestion(rs, null, new Set(['green_direction']))?.fact).toBe('total_investment');
  });

  it('groups three or more open gates into one question, and not fewer', () => {
    const rs = [
      result('merger', 'needs_info', ['merger_completed_2021']),
      result('green-upgrade', 'needs_info', ['green_direction']),
      result('core-tech', 'needs_info', ['core_tech_direction']),
    ];
    expect(openGates(rs, null, none)).toEqual(['merger_completed_2021', 'core_tech_direction', 'green_direction']);
    expect(openGates(rs.slice(0, 2), null, none)).toEqual([]);
    expect(openGates(rs, new Set(['merger']), none)).toEqual([]);
  });

  it('the next ask is the grouped question while three gates are open and it was not asked, else the single pick', () => {
    const rs = [
      result('merger', 'needs_info', ['merger_completed_2021']),
      result('green-upgrade', 'needs_info', ['green_direction']),
      result('core-tech', 'needs_info', ['core_tech_direction']),
    ];
    const grouped = nextAsk(rs, null, none, false);
    expect(grouped?.kind).toBe('gates');
    expect(grouped?.kind === 'gates' ? grouped.gates : []).toEqual(openGates(rs, null, none));
    expect(nextAsk(rs, null, none, true)).toEqual({ kind: 'fact', plan: nextQuestion(rs, null, none) });
    expect(nextAsk(rs.slice(0, 2), null, none, false)?.kind).toBe('fact');
    // The applicant kind goes alone, before any grouped question.
    const withKind = rs.map((r) => ({ ...r, missing: ['applicant_kind', ...r.missing] }) as ProgramResult);
    expect(nextAsk(withKind, null, none, false)).toMatchObject({ kind: 'fact', plan: { fact: 'applicant_kind' } });
  });

  it('asks the applicant kind before anything else', () => {
    const rs = [
      result('tech-loan', 'needs_info', ['in_jiangsu', 'total_investment']),
      result('smart-factory', 'needs_info', ['total_investment', 'applicant_kind']),
    ];
    expect(nextQuestion(rs, null, none)?.fact).toBe('applicant_kind');
  });

  it('ignores programs outside the focus and programs already decided', () => {
    const rs = [
      result('tech-loan', 'needs_info', ['fixed_asset_loan']),
      result('smart-factory', 'needs_info', ['certifications']),
      result('merger', 'ineligible', ['acquisition_amount']),
    ];
    expect(nextQuestion(rs, new Set<ProgramId>(['tech-loan', 'merger']), none)?.fact).toBe('fixed_asset_loan');
  });

  it('never offers a fact already asked or known', () => {
    const rs = [result('tech-loan', 'needs_info', ['fixed_asset_loan', 'total_investment'])];
    expect(nextQuestion(rs, null, new Set(['total_investment']))?.fact).toBe('fixed_asset_loan');
    expect(nextQuestion(rs, null, new Set(['total_investment', 'fixed_asset_loan']))).toBeNull();
  });

  it('says which programs it bears on, heaviest first', () => {
    const rs = [
      result('little-giant', 'needs_info', ['industrial'], 500),
      result('tech-loan', 'needs_info', ['industrial'], 2000),
    ];
    expect(nextQuestion(rs, null, none)).toEqual({
      fact: 'industrial',
      purpose: 'status',
      programs: ['tech-loan', 'little-giant'],
    });
  });

  it('turns to amounts once no status can change', () => {
    const rs = [result('tech-loan', 'eligible', [], 2000, ['loan_interest_paid_2021'])];
    expect(statusSettled(rs, null, none)).toBe(true);
    expect(nextQuestion(rs, null, none)).toMatchObject({ fact: 'loan_interest_paid_2021', purpose: 'amount' });
  });

  it('offers the start date when the stage was not known', () => {
    const rs = [result('5g-iiot', 'needs_info', ['stage'])];
    const closed = new Set(['stage']);
    expect(statusSettled(rs, null, closed)).toBe(true);
    expect(statusSettled(rs, null, closed, closed)).toBe(false);
    expect(nextQuestion(rs, null, closed, closed)?.fact).toBe('start_date');
  });
});

describe("a program's weight", () => {
  it('is 1 plus its possible subsidy as a share of the 2000万 cap, capped at 2', () => {
    expect(programWeight(result('tech-loan', 'needs_info', [], null))).toBe(1);
    expect(programWeight(result('tech-loan', 'needs_info', [], 1000))).toBe(1.5);
    expect(programWeight(result('core-tech', 'needs_info', [], 3000))).toBe(2);
  });
});

describe('the amount questions', () => {
  it('ask a listed exhibition’s total spend when its kind (展会 or 活动) is not known, since it bounds the 3.4.1 amount', () => {
    const profile = { applicant_kind: 'city_bureau', in_jiangsu: true, event_listed: true } as const;
    const results = evaluate(profile);
    const expo = results.find((r) => r.program === 'expo-event');
    expect(expo?.status).toBe('eligible');
    const closed = new Set<string>([...Object.keys(profile), 'event_kind']);
    const plan = nextQuestion(results, new Set(['expo-event']), closed, new Set(['event_kind']));
    expect(plan).toMatchObject({ fact: 'total_investment', purpose: 'amount' });
  });
});
