/**
 * "全部筛查" after a focused screening asks whether the project figures already given are about the
 * project the other programs would fund (play-tests 6 and 7: a zone's 1.2亿 budget became an expo's cost).
 */

import { describe, expect, it } from 'vitest';
import { step } from '../../src/dialogs/engine.ts';
import { SAME_PROJECT_SLOT } from '../../src/dialogs/same-project.ts';
import { type DialogState, initialState } from '../../src/dialogs/state.ts';
import { evaluate } from '../../src/rules/index.ts';

const ZONE =
  '我们是南京高新区管委会的，想申报信创先导区，园区运营公司实施，投资预算一点二亿，有方案和目标，2022年7月1日开始，2023年6月30日完成';

function askedAll(locale: 'zh-CN' | 'en' = 'zh-CN') {
  const told = step(undefined, ZONE);
  expect(told.state.profile.total_investment).toBe(12000);
  return step({ ...told.state, locale }, locale === 'en' ? 'please check all the other programs too' : '全部筛查');
}

describe('all programs after a focused screening', () => {
  it('asks whether the recorded project figures are about the same project, naming them', () => {
    const t = askedAll();
    expect(t.state.pending).toBe(SAME_PROJECT_SLOT);
    const ask = t.replies.at(-1);
    if (ask?.kind !== 'ask') throw new Error('expected a question');
    expect(ask.slot).toBe(SAME_PROJECT_SLOT);
    expect(ask.text).toContain('12000万元');
    expect(ask.choices.map((c) => c.value)).toEqual(['same', 'other']);
    // Nothing is dropped by asking.
    expect(t.state.profile.total_investment).toBe(12000);
  });

  it.each(['不是，是另外的项目，我们园区还办软博会', '2', '另一个项目', 'no, a different project'])(
    '%s drops the project figures, keeps the applicant, and screens every program',
    (answer) => {
      const t = step(askedAll().state, answer);
      expect(t.state.profile.total_investment).toBeUndefined();
      expect(t.state.profile.start_date).toBeUndefined();
      expect(t.state.profile.completion_date).toBeUndefined();
      expect(t.state.profile.has_plan_and_targets).toBeUndefined();
      expect(t.state.profile).toMatchObject({ applicant_kind: 'park', in_jiangsu: true });
      expect(t.state.focus).toEqual(['all']);
      expect(t.state.asked).not.toContain('total_investment');
      expect(t.replies[0]?.text).toContain('不再套用');
      // No program's amount is worked out from the zone's budget any more.
      const expo = { ...t.state.profile, event_kind: 'exhibition', event_listed: true };
      const kept = { ...askedAll().state.profile, event_kind: 'exhibition', event_listed: true };
      const basis = (p: typeof expo) => JSON.stringify(evaluate(p).map((r) => r.subsidyBasis));
      expect(basis(kept)).toContain('12000');
      expect(basis(expo)).not.toContain('12000');
    },
  );

  it.each(['是同一个项目', '1', '是', 'same one'])('%s keeps the figures and screens every program', (answer) => {
    const t = step(askedAll().state, answer);
    expect(t.state.profile.total_investment).toBe(12000);
    expect(t.state.focus).toEqual(['all']);
    expect(t.state.pending).not.toBe(SAME_PROJECT_SLOT);
  });

  it('asks again when the answer says neither, and answers in English for an English user', () => {
    const again = step(askedAll().state, '看情况吧');
    expect(again.state.pending).toBe(SAME_PROJECT_SLOT);
    expect(again.state.profile.total_investment).toBe(12000);
    expect(again.replies[0]?.text).toContain('没看懂');
    const en = askedAll('en');
    expect(en.replies.at(-1)?.text).toContain('same project');
  });

  it('is not asked when no project figure was recorded, or when every program was screened from the start', () => {
    const noFigures = step(step(undefined, '我们是常州的规上工业企业，想报技改贴息').state, '全部筛查');
    expect(noFigures.state.pending).not.toBe(SAME_PROJECT_SLOT);
    const fromStart = step(step(undefined, '全部').state, '我们项目总投资五千万');
    expect(step(fromStart.state, '全部筛查').state.pending).not.toBe(SAME_PROJECT_SLOT);
  });
});

describe('a program asked to be looked at too while a question is showing (play-test 42)', () => {
  const asking = (profile: DialogState['profile']): DialogState => ({
    ...initialState('zh-CN'),
    phase: 'asking',
    pending: 'completion_date',
    asked: ['completion_date'],
    focus: ['smart-factory'],
    profile,
  });

  it('joins the screening, as after the verdict', () => {
    const turn = step(asking({}), '技改贴息那个呢？刚才说了也要看的');
    expect(turn.state.focus).toEqual(['smart-factory', 'tech-loan']);
  });

  it('with project figures on record, asks first whether it is the same project', () => {
    const turn = step(asking({ total_investment: 3000 }), '技改贴息那个也帮看下');
    expect(turn.state.pending).toBe('same_project');
  });

  it('an answer naming no program is still the answer', () => {
    expect(step(asking({}), '21年12月底完工的').state.profile.completion_date).toBe('2021-12-31');
  });
});
