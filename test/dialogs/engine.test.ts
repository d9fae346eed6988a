import { describe, expect, it } from 'vitest';
import { step } from '../../src/dialogs/engine.ts';
import type { KnowledgePort } from '../../src/dialogs/knowledge-port.ts';
import { initialState } from '../../src/dialogs/state.ts';
import { evaluate, toContract } from '../../src/rules/index.ts';
import { MERGER_DEAL_ONE } from '../support/merger-answers.ts';
import { converse, say, statusOf } from './transcript.ts';

const techLoanAnswers = {
  focus: '技术改造贷款贴息',
  in_jiangsu: '是的，在苏州',
  applicant_kind: '我们是企业',
  industrial: '是',
  revenue_last_year: '1.2亿',
  approvals_complete: '有的，都齐全',
  total_investment: '3,500万元',
  fixed_asset_loan: '两千五百万',
  loan_from_jiangsu_bank: '对，南京银行贷的',
  equipment_bought_with_loan: '已经买了',
  loan_interest_paid_2021: '120万',
  loan_rate_pct: '4.2%',
  loan_term_years: '5年',
  other_interest_subsidy_2021: '没有',
  equipment_invoice_2021: '1500万元',
};

const techLoanProfile = {
  in_jiangsu: true,
  applicant_kind: 'enterprise',
  industrial: true,
  revenue_last_year: 12000,
  approvals_complete: true,
  total_investment: 3500,
  fixed_asset_loan: 2500,
  loan_from_jiangsu_bank: true,
  equipment_bought_with_loan: true,
  loan_interest_paid_2021: 120,
  loan_rate_pct: 4.2,
  loan_term_years: 5,
  other_interest_subsidy_2021: 0,
  equipment_invoice_2021: 1500,
};

describe('a technical-upgrade loan project (applicant, investment and loan questions)', () => {
  const t = converse(techLoanAnswers);

  it('records every answer in contract units', () => {
    expect(t.state.profile).toEqual(techLoanProfile);
  });

  it('asks the eligibility questions before the verdict and the amount questions after it', () => {
    const replies = t.exchanges.flatMap((e) => e.replies);
    const firstVerdict = replies.findIndex((r) => r.kind === 'verdict');
    const before = replies.slice(0, firstVerdict).filter((r) => r.kind === 'ask');
    expect(before.map((r) => (r as { slot: string }).slot)).toEqual([
      'focus',
      'applicant_kind',
      'in_jiangsu',
      'industrial',
      'revenue_last_year',
      'approvals_complete',
      'total_investment',
      'fixed_asset_loan',
      'loan_from_jiangsu_bank',
      'equipment_bought_with_loan',
    ]);
    expect(t.asked.slice(before.length)).toEqual(
      expect.arrayContaining(['loan_interest_paid_2021', 'loan_rate_pct', 'equipment_invoice_2021']),
    );
  });

  it('says why it asks', () => {
    const ask = t.exchanges.flatMap((e) => e.replies).find((r) => r.kind === 'ask' && r.slot === 'total_investment');
    expect(ask?.text).toContain('这决定您是否符合技术改造贷款贴息和设备补助项目');
  });

  it('echoes its readings', () => {
    expect(t.texts).toContain('已记录：项目总投资 3500万元');
    expect(t.texts).toContain('已记录：2021年主营业务收入 12000万元');
    expect(t.texts).toContain('已记录：项目固定资产贷款总额 2500万元');
    expect(t.texts).toContain('已记录：贷款年利率 4.2%');
  });

  it('ends with the verdict screening gives, with amount, form and clauses', () => {
    const expected = toContract(evaluate(techLoanProfile));
    expect(t.verdict?.results).toEqual(expected);
    expect(statusOf(t, 'tech-loan')).toBe('eligible');
    const max = expected.find((r) => r.program === 'tech-loan')?.max_subsidy_wan;
    expect(t.verdict?.text).toContain(`符合条件，预计最高补助 ${max} 万元`);
    expect(t.verdict?.text).toContain('（条款 1.1.2）');
    expect(t.verdict?.text).toContain('附件1-1');
    expect(t.verdict?.text).toContain('1.1.1.2');
    expect(t.state.phase).toBe('done');
  });

  it('never asks a question twice', () => {
    expect(new Set(t.asked).size).toBe(t.asked.length);
  });
});

describe('a near miss on investment', () => {
  const t = converse({ ...techLoanAnswers, total_investment: '2800万' });

  it('shows the shortfall and the in-principle note with its clause', () => {
    expect(statusOf(t, 'tech-loan')).toBe('ineligible');
    expect(t.verdict?.text).toContain('项目备案（核准）总投资 2800万元，需不低于 3000万元，差 200万元');
    expect(t.verdict?.text).toContain('原则上');
    expect(t.verdict?.text).toContain('条款 1.1.1.2');
  });

  it('stops asking once the program is settled', () => {
    expect(t.asked).not.toContain('loan_interest_paid_2021');
  });
});

describe('a smart-factory demonstration (certifications and completion date)', () => {
  const answers = {
    focus: '2',
    in_jiangsu: '是',
    applicant_kind: '1',
    industrial: '是',
    revenue_last_year: '8000万',
    approvals_complete: '是',
    certifications: '省级智能制造示范工厂、2021年新认定的小巨人',
    completion_date: '2021年9月',
    accepted: '已经验收了',
    total_investment: '0.5亿',
    software_investment: '600万',
    fiveg_direction: '不是',
    service_direction: '否',
  };
  const t = converse(answers);

  it('reads several certifications in one line', () => {
    expect(t.state.profile.certifications).toEqual(['smart-factory-list', 'little-giant-2021']);
  });

  it('asks again on a bare 小巨人: the recognition counts only when newly granted in 2021 (3.2.1.1)', () => {
    const bare = converse({
      ...answers,
      certifications: ['省级智能制造示范工厂、专精特新小巨人', '省级智能制造示范工厂、2021年新认定的小巨人'],
    });
    const asked = bare.exchanges.filter((e) =>
      e.replies.some((r) => r.kind !== 'verdict' && 'slot' in r && r.slot === 'certifications'),
    );
    // Asked, re-asked after the bare 小巨人, then recorded from the answer that names the year.
    expect(asked.length).toBeGreaterThanOrEqual(2);
    expect(bare.state.profile.certifications).toEqual(['smart-factory-list', 'little-giant-2021']);
  });

  it('records a month as its last day and says so', () => {
    expect(t.state.profile.completion_date).toBe('2021-09-30');
    expect(t.texts.some((x) => x.startsWith('已记录：完工（计划完工）日期 2021年9月30日（只给了月份'))).toBe(true);
  });

  it('finds the smart factory eligible with 10% of the investment', () => {
    expect(statusOf(t, 'smart-factory')).toBe('eligible');
    expect(t.verdict?.results.find((r) => r.program === 'smart-factory')?.max_subsidy_wan).toBe(500);
    expect(t.verdict?.text).toContain('附件1-2');
  });

  it('settles the benchmark factory by the certification list, without asking more', () => {
    expect(statusOf(t, 'iiot-benchmark')).toBe('ineligible');
    expect(t.verdict?.text).toContain('未列入或未获得：省级工业互联网标杆工厂名单（条款 1.2.2.1）');
  });
});

describe('a 5G project (schedule: start, progress, completion)', () => {
  const t = converse({
    focus: '5G',
    in_jiangsu: '是',
    applicant_kind: '企业',
    industrial: '是',
    revenue_last_year: '3亿',
    approvals_complete: '是',
    fiveg_direction: '是的',
    stage: '在建',
    total_investment: '4000万',
    invested_by_2021_end: '800万',
    completion_date: '2023年底',
    software_investment: '500万',
    certifications: '都没有',
    accepted: '还没',
    service_direction: '否',
  });

  it('counts 20% progress by the end of 2021 as enough and 2023年底 as the deadline day', () => {
    expect(t.state.profile.completion_date).toBe('2023-12-31');
    expect(statusOf(t, '5g-iiot')).toBe('eligible');
    expect(t.verdict?.text).toContain('50%');
    expect(t.verdict?.text).toContain('附件1-4');
  });
});

describe('a completion date outside 2021', () => {
  const t = converse({
    focus: '智能制造示范工厂',
    in_jiangsu: '是',
    applicant_kind: '企业',
    industrial: '是',
    revenue_last_year: '8000万',
    approvals_complete: '是',
    certifications: '智能制造示范工厂',
    completion_date: '2022.3.15',
    fiveg_direction: '否',
    service_direction: '否',
  });

  it('says the date falls outside the window, with the clause, as not eligible rather than a near miss', () => {
    expect(statusOf(t, 'smart-factory')).toBe('ineligible');
    const text = t.verdict?.text ?? '';
    expect(text).toContain(
      '❌ 智能制造示范工厂项目：不符合\n    · 完工（计划完工）日期 2022-03-15，需在 2021-01-01 至 2021-12-31 之间（条款 1.2.2.3）',
    );
    // A completion outside the fixed 2021 window cannot be made up, so it is no "差一点".
    expect(text).not.toContain('⚠️ 智能制造示范工厂项目');
  });
});

describe('a merger (program-specific facts)', () => {
  const t = converse({
    ...MERGER_DEAL_ONE,
    stake_after_pct: '百分之五十一',
    acquisition_amount: '8000万',
    acquisition_cash: '6000万',
    more_acquisitions: '没有',
  });

  it('reads relative dates and percentages and reaches the verdict', () => {
    expect(t.state.profile.acquisition_date).toBe('2021-06-30');
    expect(t.state.profile.stake_after_pct).toBe(51);
    expect(statusOf(t, 'merger')).toBe('eligible');
    expect(t.verdict?.results.find((r) => r.program === 'merger')?.max_subsidy_wan).toBe(300);
  });
});

describe('answers the dialog does not understand', () => {
  it('re-asks briefly with an example and keeps the question', () => {
    const t = say(['/start', '1', '企业', '是', '是', '很多钱']);
    const last = t.last.replies[0];
    expect(last?.kind).toBe('clarify');
    expect(last?.text).toContain('例如：3500万');
    expect(t.state.pending).toBe('revenue_last_year');
  });

  it('refuses a bare figure that is surely in yuan', () => {
    const t = say(['/start', '1', '企业', '是', '是', '35000000']);
    expect(t.last.replies[0]?.text).toContain('是“元”还是“万元”');
    expect(t.state.profile.revenue_last_year).toBeUndefined();
  });

  it('leaves a fact unknown on 不知道 and moves on', () => {
    const t = say(['/start', '1', '企业', '不知道']);
    expect(t.state.profile.in_jiangsu).toBeUndefined();
    expect(t.state.skipped).toContain('in_jiangsu');
    expect(t.state.pending).not.toBe('in_jiangsu');
  });
});

describe('corrections and control', () => {
  const start = ['/start', '1', '企业', '是', '是', '8000万', '是', '3500万'];

  it('takes "总投资其实是5000万" at any time and keeps the pending question', () => {
    const t = say([...start, '总投资其实是5000万']);
    expect(t.state.profile.total_investment).toBe(5000);
    expect(t.last.replies[0]?.text).toBe('已更正：项目总投资 5000万元');
    expect(t.state.pending).toBe('fixed_asset_loan');
  });

  it('asks again on "改一下总投资"', () => {
    const t = say([...start, '改一下总投资', '2800万']);
    expect(t.state.profile.total_investment).toBe(2800);
    expect(t.exchanges.at(-2)?.replies[0]).toMatchObject({ kind: 'ask', slot: 'total_investment' });
  });

  it('takes a correction by the short name people use, e.g. 出资额 for the merger payment', () => {
    const merger = ['/start', '7', '企业', '是', '2021年6月', '6000万'];
    expect(say([...merger, '出资额其实是六千五百万']).state.profile.acquisition_amount).toBe(6500);
    expect(say([...merger, '改一下出资额', '7000万']).state.profile.acquisition_amount).toBe(7000);
  });

  it('asks again when a percentage is typed for an amount, and records nothing', () => {
    const asking = {
      ...initialState(),
      phase: 'asking' as const,
      focus: ['merger'],
      pending: 'acquisition_amount',
      asked: ['acquisition_amount'],
    };
    const t = step(asking, '60%');
    expect(t.state.profile.acquisition_amount).toBeUndefined();
    expect(t.state.pending).toBe('acquisition_amount');
  });

  it('comes back to the question a correction interrupted', () => {
    const t = say([...start, '改一下总投资', '5000万']);
    expect(t.state.pending).toBe('fixed_asset_loan');
    expect(t.last.replies.at(-1)).toMatchObject({ kind: 'ask', slot: 'fixed_asset_loan' });
  });

  it('shows the verdict so far on 结果 and then asks the pending question again', () => {
    const t = say([...start, '结果']);
    expect(t.last.replies[0]?.kind).toBe('verdict');
    expect(t.last.replies[0]?.text).toContain('还需补充信息');
    expect(t.last.replies[1]).toMatchObject({ kind: 'ask', slot: 'fixed_asset_loan' });
  });

  it('forgets everything on /reset', () => {
    const t = say([...start, '/reset']);
    expect(t.last.forget).toBe(true);
    expect(t.state.profile).toEqual({});
  });

  it('starts afresh on /start or 开始', () => {
    const t = say([...start, '开始']);
    expect(t.state.profile).toEqual({});
    expect(t.state.pending).toBe('focus');
  });

  it('switches to English on /lang en and asks the pending question in English', () => {
    const t = say([...start, '/lang en']);
    expect(t.state.locale).toBe('en');
    expect(t.last.replies[1]).toMatchObject({ kind: 'ask', slot: 'fixed_asset_loan' });
    expect(t.last.replies[1]?.text).not.toMatch(/[\u4e00-\u9fff]{4}/);
  });

  it('shows help and keeps the question', () => {
    const t = say([...start, '/help']);
    expect(t.last.replies[0]?.text).toContain('/reset');
    expect(t.state.pending).toBe('fixed_asset_loan');
  });

  it('starts a screening on any first message', () => {
    const t = say(['你好']);
    expect(t.state.pending).toBe('focus');
  });
});

const fakeKnowledge: KnowledgePort = {
  hasClauses: true,
  answerQuestion: (text) =>
    text.includes('土建') ? { text: '项目总投资不含土建投资。', clauses: ['1.2.3'] } : undefined,
  clause: (id) => (id === '1.1.2' ? { label: '一、（一）2.', text: '2. 补助标准。……' } : undefined),
};

describe('with the knowledge base plugged in', () => {
  const start = ['/start', '1', '企业', '是', '是', '8000万', '是'];

  it('answers a question asked mid-dialog and resumes', () => {
    const t = say([...start, '总投资包括土建吗？'], { knowledge: fakeKnowledge });
    expect(t.last.replies[0]).toMatchObject({ kind: 'answer', clauses: ['1.2.3'] });
    expect(t.last.replies[1]).toMatchObject({ kind: 'ask', slot: 'total_investment' });
  });

  it('shows a clause on 条款 1.1.2', () => {
    const t = say([...start, '条款 1.1.2'], { knowledge: fakeKnowledge });
    expect(t.last.replies[0]).toMatchObject({ kind: 'answer', clauses: ['1.1.2'] });
    expect(t.last.replies[0]?.text).toContain('补助标准');
  });
});

describe('the engine is a pure function of its inputs', () => {
  it('gives the same turn for the same state and text', () => {
    const a = step(undefined, '/start');
    const b = step(undefined, '/start');
    expect(a).toEqual(b);
    const s = a.state;
    expect(step(s, '1')).toEqual(step(s, '1'));
  });
});

describe('a fact the user does not know, settled another way', () => {
  it('asks the start date when the stage is unknown', () => {
    const t = converse({
      focus: '5G',
      in_jiangsu: '是',
      applicant_kind: '企业',
      fiveg_direction: '是',
      start_date: '2021年3月1日',
    });
    const stage = t.asked.indexOf('stage');
    expect(stage).toBeGreaterThan(-1);
    expect(t.asked.indexOf('start_date')).toBeGreaterThan(stage);
    expect(t.state.profile.start_date).toBe('2021-03-01');
  });

  it('asks 规上 directly when the revenue is unknown', () => {
    const t = converse({ ...techLoanAnswers, revenue_last_year: '不知道', above_scale: '是的，规上企业' });
    expect(t.asked).toContain('above_scale');
    expect(t.state.profile.above_scale).toBe(true);
    expect(statusOf(t, 'tech-loan')).toBe('eligible');
  });

  it('does not ask 规上 when the answers already settle it', () => {
    const t = converse(techLoanAnswers);
    expect(t.asked).not.toContain('above_scale');
  });
});

describe('resuming', () => {
  it('asks the pending question again for a returning user', () => {
    const t = say(['/start', '1', '企业', '继续']);
    expect(t.last.replies.at(-1)).toMatchObject({ kind: 'ask', slot: 'in_jiangsu' });
    expect(t.state.profile.applicant_kind).toBe('enterprise');
  });

  it('starts a screening for a new user', () => {
    const t = say(['/resume']);
    expect(t.state.pending).toBe('focus');
  });
});

describe('a figure named for another fact', () => {
  const start = ['/start', '1', '企业', '是', '是', '8000万', '是', '3500万'];

  it('goes to the fact it names, not to the question pending, and confirms a change first', () => {
    const asked = say([...start, '总投资4000万']);
    // 3500 was recorded: a new value is confirmed before it replaces the old one.
    expect(asked.state.profile.total_investment).toBe(3500);
    expect(asked.state.profile.fixed_asset_loan).toBeUndefined();
    expect(asked.last.replies.at(-1)?.text).toContain('要改成 4000万元 吗');
    const yes = say([...start, '总投资4000万', '是']);
    expect(yes.state.profile.total_investment).toBe(4000);
    expect(yes.state.pending).toBe('fixed_asset_loan');
    const no = say([...start, '总投资4000万', '不用']);
    expect(no.state.profile.total_investment).toBe(3500);
    expect(no.state.pending).toBe('fixed_asset_loan');
  });

  it('records a figure named for a fact not yet known and asks the pending question again', () => {
    const before = say(['/start', '1', '企业', '是', '是', '8000万']);
    const t = say(['/start', '1', '企业', '是', '是', '8000万', '贷款五千万']);
    expect(before.state.pending).not.toBe('fixed_asset_loan');
    expect(t.state.profile.fixed_asset_loan).toBe(5000);
    expect(t.last.replies[0]).toMatchObject({ kind: 'clarify', recorded: { fixed_asset_loan: 5000 } });
    expect(t.state.profile[before.state.pending as 'in_jiangsu']).toBeUndefined();
    expect(t.state.pending).toBe(before.state.pending);
    expect(t.last.replies.at(-1)).toMatchObject({ kind: 'ask', slot: before.state.pending });
  });

  it('an estimate word before a figure is not a fact name', () => {
    const t = say([...start, '大概2500万']);
    expect(t.state.profile.fixed_asset_loan).toBe(2500);
  });
});

describe('with the guide behind it (the default knowledge)', () => {
  const start = ['/start', '1', '企业'];

  it('answers a policy question asked instead of a yes/no answer, and asks again', () => {
    const t = say([...start, '贷款必须是省内银行发放的吗？']);
    expect(t.state.profile.in_jiangsu).toBeUndefined();
    expect(t.last.replies[0]?.kind).toBe('answer');
    expect(t.last.replies.at(-1)).toMatchObject({ kind: 'ask', slot: 'in_jiangsu' });
  });

  it('quotes a clause exactly on 条款 1.1.2', () => {
    const t = say([...start, '条款 1.1.2']);
    expect(t.last.replies[0]).toMatchObject({ kind: 'answer', clauses: ['1.1.2'] });
    expect(t.last.replies[0]?.text).toContain('单个项目的贴息和补助金额合计不超过2000万元');
    expect(t.last.replies[0]?.text).toContain('一、（一）2.');
  });

  it('says when a clause does not exist', () => {
    const t = say([...start, '条款 9.9.9']);
    expect(t.last.replies[0]?.text).toContain('没有找到条款 9.9.9');
  });
});

describe('a dialog in English', () => {
  const t = converse(
    {
      focus: 'loan interest subsidy',
      applicant_kind: 'company',
      in_jiangsu: 'yes',
      industrial: 'yes',
      revenue_last_year: '120 million',
      approvals_complete: 'yes',
      total_investment: '35 million',
      fixed_asset_loan: '25m',
      loan_from_jiangsu_bank: 'yes',
      equipment_bought_with_loan: 'yes',
      loan_interest_paid_2021: '1.2 million',
      loan_rate_pct: '4.2%',
      loan_term_years: '5',
      other_interest_subsidy_2021: 'no',
      equipment_invoice_2021: '15 million',
    },
    { locale: 'en' },
  );

  it('reads English answers into the same profile as the Chinese ones', () => {
    expect(t.state.profile).toEqual(techLoanProfile);
  });

  it('speaks English and reaches the same verdict', () => {
    expect(t.texts).toContain('Noted: total project investment 3500万元 (×10,000 yuan)');
    expect(t.verdict?.results).toEqual(toContract(evaluate(techLoanProfile)));
    expect(t.verdict?.text).toContain('Eligible');
  });
});

describe('small things a user meets', () => {
  it('says why an amount question is asked', () => {
    const t = converse(techLoanAnswers);
    const ask = t.exchanges.flatMap((e) => e.replies).find((r) => r.kind === 'ask' && r.slot === 'loan_rate_pct');
    expect(ask?.text).toContain('这影响技术改造贷款贴息和设备补助项目的补助金额估算');
  });

  it('has no verdict to show before a screening starts', () => {
    const t = say(['结果']);
    expect(t.last.replies[0]?.text).toContain('还没有开始筛查');
  });

  it('shows the preliminary verdict once eligibility is settled, then the final one', () => {
    const kinds = converse(techLoanAnswers)
      .exchanges.flatMap((e) => e.replies)
      .filter((r) => r.kind === 'verdict')
      .map((r) => r.text.split('\n')[0]);
    expect(kinds).toHaveLength(2);
    expect(kinds[0]).toContain('初步结论');
    expect(kinds[1]).toContain('筛查结论');
  });
});

describe('a fresh start typed mid-dialog (play-test 42: 开始 wiped what was said)', () => {
  const opening = ['/start', '我们是无锡的规上企业 技改总投资6000万 贷款4000万'];

  it('says what it cleared and brings it back on 撤销', () => {
    const t = say([...opening, '开始', '撤销']);
    const [, , restart, undo] = t.exchanges;
    expect(restart?.replies.map((r) => r.text).join('\n')).toContain('6 项信息已清空');
    expect(undo?.replies.map((r) => r.text).join('\n')).toContain('已恢复');
    expect(t.state.profile).toMatchObject({ total_investment: 6000, fixed_asset_loan: 4000 });
    expect(t.state.pending).not.toBeNull();
  });

  it('does not drop the new screening’s own answers for the old ones', () => {
    const t = say([...opening, '开始', '我们是苏州的企业 技改总投资3000万', '撤销']);
    expect(t.state.profile.total_investment).toBe(3000);
    expect(
      t.exchanges
        .at(-1)
        ?.replies.map((r) => r.text)
        .join('\n'),
    ).toContain('没有可以恢复的记录');
  });

  it('starts plainly when nothing was recorded', () => {
    const t = say(['/start', '开始']);
    expect(
      t.exchanges
        .at(-1)
        ?.replies.map((r) => r.text)
        .join('\n'),
    ).not.toContain('已清空');
  });
});
