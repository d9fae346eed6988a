/**
 * Several mergers of one initiator in the dialog (3.1.1.4): the deal list is facts, so the planner
 * asks "还有其他2021年完成的并购吗？" and the next deal's figures like any other question.
 */
import { describe, expect, it } from 'vitest';
import { MERGER_DEAL_ONE } from '../support/merger-answers.ts';
import { converse, statusOf } from './transcript.ts';

describe('a merger dialog with several deals', () => {
  it('asks 还有其他2021年完成的并购吗？ and adds up two deals above 5000万 (3.1.1.4)', () => {
    const two = converse({
      ...MERGER_DEAL_ONE,
      acquisition_amount: '6000万',
      acquisition_cash: '6000万',
      more_acquisitions: '有',
      acquisition_2_date: '去年9月',
      acquisition_2_stake_pct: '100%',
      acquisition_2_amount: '7000万',
      acquisition_2_cash: '7000万',
      more_acquisitions_2: '没有了',
    });
    expect(two.texts.some((x) => x.includes('还有其他2021年完成的并购吗？'))).toBe(true);
    expect(two.asked).toContain('acquisition_2_amount');
    expect(two.verdict?.results.find((r) => r.program === 'merger')?.max_subsidy_wan).toBe(650);
  });

  it('asks for another deal when the first is 5000万 or less, and is settled by it', () => {
    const small = converse({
      ...MERGER_DEAL_ONE,
      acquisition_amount: '3000万',
      more_acquisitions: '有',
      acquisition_2_date: '去年9月',
      acquisition_2_stake_pct: '60%',
      acquisition_2_amount: '4000万',
      more_acquisitions_2: '没有',
    });
    expect(small.asked).toContain('more_acquisitions');
    expect(statusOf(small, 'merger')).toBe('ineligible');
  });

  it('takes a second deal of 6000万 when the first falls short, and asks its cash for the amount', () => {
    const second = converse({
      ...MERGER_DEAL_ONE,
      acquisition_amount: '3000万',
      more_acquisitions: '有',
      acquisition_2_date: '去年9月',
      acquisition_2_stake_pct: '60%',
      acquisition_2_amount: '6000万',
      acquisition_2_cash: '5000万',
      more_acquisitions_2: '没有',
    });
    expect(statusOf(second, 'merger')).toBe('eligible');
    expect(second.asked).toContain('acquisition_2_cash');
    expect(second.verdict?.results.find((r) => r.program === 'merger')?.max_subsidy_wan).toBe(250);
  });
});
