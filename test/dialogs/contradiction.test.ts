/**
 * The dialog does not record an answer that contradicts a recorded fact: it names both facts and
 * asks again (src/dialogs/contradiction-reply.ts, src/rules/contradictions.ts).
 */
import { describe, expect, it } from 'vitest';
import { step } from '../../src/dialogs/engine.ts';
import { converse, statusOf } from './transcript.ts';

const green = {
  focus: '绿色化改造',
  in_jiangsu: '是',
  applicant_kind: '企业',
  industrial: '是',
  green_direction: '是',
  total_investment: '3000万',
  approvals_complete: '是',
  completion_date: '2023年6月',
};

describe('an answer that contradicts a recorded fact', () => {
  it('is not recorded: both facts are named, the question is asked again, and the next answer is taken', () => {
    const t = converse({ ...green, invested_by_2021_end: ['5000万', '900万'], stage: '在建' });
    const clash = t.texts.find((x) => x.includes('矛盾'));
    expect(clash).toContain('截至2021年底');
    expect(clash).toContain('项目总投资');
    expect(clash).toContain('部分不能大于整体');
    expect(t.state.profile.invested_by_2021_end).toBe(900);
    expect(statusOf(t, 'green-upgrade')).toBe('eligible');
  });

  it('asks when a figure disagrees with the stated stage (4.1.1.4: 尚未建成 = still investment to come)', () => {
    const t = converse({ ...green, invested_by_2021_end: '900万', stage: '在建' });
    expect(statusOf(t, 'green-upgrade')).toBe('eligible');
    const after = step(t.state, '已完成投资其实是3000万');
    const clash = after.replies.find((r) => r.text.includes('矛盾'));
    expect(clash?.text).toContain('后续仍有投入');
    expect(clash?.text).toContain('在建');
    expect(after.state.profile.invested_by_2021_end).toBe(900);
    // Correcting the stage first makes the figure acceptable: a finished project, no longer eligible.
    const stage = step(after.state, '项目当前状态其实是已完工');
    const figure = step(stage.state, '已完成投资其实是3000万');
    expect(figure.state.profile.invested_by_2021_end).toBe(3000);
    expect(figure.state.profile.stage).toBe('completed');
  });

  it('is taken when consistent: the same figure equal to the total is no contradiction', () => {
    const t = converse({ ...green, stage: '已完工' });
    const after = step(t.state, '已完成投资其实是3000万');
    expect(after.replies.some((r) => r.text.includes('矛盾'))).toBe(false);
    expect(after.state.profile.invested_by_2021_end).toBe(3000);
  });

  it('in English too', () => {
    const t = converse({ ...green, invested_by_2021_end: ['5000万', '900万'], stage: '在建' }, { locale: 'en' });
    expect(t.texts.some((x) => x.includes('contradicts'))).toBe(true);
  });
});
