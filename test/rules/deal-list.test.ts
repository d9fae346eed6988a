/** The merger's deal list (3.1.1.4) as facts: which deals are listed, and which clauses read them. */
import { describe, expect, it } from 'vitest';
import { DEAL_KEYS, listedDeals, MORE_KEYS } from '../../src/rules/deals.ts';
import { explainProgram } from '../../src/rules/explain.ts';
import { evaluate, factClauses } from '../../src/rules/index.ts';
import type { Profile } from '../../src/rules/types.ts';

const listed = (p: Profile) => listedDeals((k) => p[k]);

describe('the deal list', () => {
  it('holds the first deal alone, with the question about another still open', () => {
    expect(listed({})).toEqual({ deals: [DEAL_KEYS[0]], open: 'more_acquisitions' });
  });

  it('is closed by a no, and lists a deal after a yes or when its figures are given', () => {
    expect(listed({ more_acquisitions: false })).toEqual({ deals: [DEAL_KEYS[0]], open: null });
    expect(listed({ more_acquisitions: true }).deals).toHaveLength(2);
    expect(listed({ acquisition_2_amount: 6000 })).toEqual({
      deals: DEAL_KEYS.slice(0, 2),
      open: 'more_acquisitions_2',
    });
  });

  it('holds at most four deals, with no question after the fourth', () => {
    expect(listed({ more_acquisitions: true, more_acquisitions_2: true, more_acquisitions_3: true })).toEqual({
      deals: DEAL_KEYS,
      open: null,
    });
  });

  it("names, for every deal's facts and question, the clauses that read them", () => {
    const clauses = factClauses();
    for (const d of DEAL_KEYS.slice(1)) {
      expect(clauses.get(d.date)).toEqual(['3.1.1.1']);
      expect(clauses.get(d.stake)).toEqual(['3.1.1.3']);
      expect(clauses.get(d.amount)).toEqual(['3.1.1.4', '3.1.2']);
      expect(clauses.get(d.cash)).toEqual(['3.1.2']);
    }
    for (const more of MORE_KEYS) expect(clauses.get(more)).toEqual(['3.1.1.1', '3.1.1.3', '3.1.1.4']);
  });
});

describe('the merger estimate while another deal may be told (play-test 57)', () => {
  const deal: Profile = {
    acquisition_date: '2021-09-30',
    acquisition_amount: 10500,
    acquisition_cash: 6000,
    stake_after_pct: 65,
  };
  const merger = (p: Profile) => evaluate(p).find((r) => r.program === 'merger');

  it('keeps the cap as the bound and says what the deals told give', () => {
    const open = merger(deal);
    expect(open?.maxSubsidyWan).toBe(2000);
    expect(open?.subsidyBasis.figures).toMatchObject({ toldBase: 6000, told: 300 });
    const text = explainProgram(open as NonNullable<typeof open>, 'zh-CN').notes.join('\n');
    expect(text).toContain('6000 万元 × 5% = 300 万元');
  });

  it('gives the told figure alone once no other deal is left', () => {
    const closed = merger({ ...deal, more_acquisitions: false });
    expect(closed?.maxSubsidyWan).toBe(300);
    expect(closed?.subsidyBasis.figures).not.toHaveProperty('told');
  });
});

describe('the merger estimate when the deals told reach the cap (review of the thirty-third round)', () => {
  it('computes it as any other capped share, asking no more deals for the amount', () => {
    const r = evaluate({ acquisition_date: '2021-06-30', acquisition_amount: 50000, stake_after_pct: 70 }).find(
      (x) => x.program === 'merger',
    );
    expect(r?.maxSubsidyWan).toBe(2000);
    expect(r?.subsidyBasis.figures).toMatchObject({ base: 50000 });
    expect(r?.subsidyBasis.figures).not.toHaveProperty('told');
  });
});
