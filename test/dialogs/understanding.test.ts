/**
 * Issue 14: the dialog understands what people type. Each behaviour the issue names, then the corpus
 * figures (tune splits at their targets; the held-out split at a floor that catches regressions, its
 * figure reported in the README), then the questions an enterprise answers before its verdict.
 */
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/dialogs/commands.ts';
import { step } from '../../src/dialogs/engine.ts';
import { type DialogState, FOCUS_SLOT, GATES_SLOT, initialState } from '../../src/dialogs/state.ts';
import type { Reply } from '../../src/dialogs/types.ts';
import { extractFacts, isPolicyQuestion, withoutOtherProject } from '../../src/dialogs/understand/index.ts';
import { slotOptions } from '../../src/dialogs/vocabulary.ts';
import { median, questionsToVerdict } from './questions-to-verdict.ts';
import { say } from './transcript.ts';
import { scoreUnderstanding } from './understanding-eval.ts';

/** A dialog whose pending question is `slot`, with `profile` already told. */
/** What a first message records. */
const said = (text: string, locale: 'en' | 'zh-CN' = 'zh-CN'): DialogState['profile'] =>
  step(undefined, text, { locale }).state.profile;

const pendingOn = (slot: string, profile: DialogState['profile'] = {}, lastAnswered?: string): DialogState => ({
  ...initialState(),
  phase: 'asking',
  pending: slot,
  asked: [slot],
  profile,
  ...(lastAnswered ? { lastAnswered } : {}),
});

/** What one answer to the pending question `slot` records (with `profile` already told). */
const answerTo = (
  slot: string,
  text: string,
  locale: 'en' | 'zh-CN' = 'zh-CN',
  profile: DialogState['profile'] = {},
): DialogState['profile'] => step({ ...pendingOn(slot, profile), locale }, text).state.profile;

/** The bot's replies to one answer to the pending question `slot`, joined. */
const repliesTo = (slot: string, text: string, locale: 'en' | 'zh-CN' = 'zh-CN'): string =>
  step({ ...pendingOn(slot), locale }, text)
    .replies.map((r) => r.text)
    .join('\n');

/** A dialog past its verdict, with nothing pending, `profile` told and `focus` (family ids) screened. */
const afterVerdict = (
  profile: DialogState['profile'],
  focus: string[],
  locale: 'en' | 'zh-CN' = 'zh-CN',
): DialogState => ({ ...initialState(), locale, phase: 'asking', focus, profile, pending: null, verdictShown: true });

const recordedIn = (replies: readonly Reply[]) =>
  Object.assign({}, ...replies.map((r) => (r.kind === 'clarify' ? (r.recorded ?? {}) : {})));

describe('an opening message is read for every fact it states', () => {
  it("records the issue's example and sets the focus from 技改", () => {
    const t = step(undefined, '泰州一家做阀门的规上企业，去年做了技改，总投资四千万，银行贷了两千五');
    expect(t.state.profile).toMatchObject({
      in_jiangsu: true,
      above_scale: true,
      industrial: true,
      applicant_kind: 'enterprise',
      total_investment: 4000,
      fixed_asset_loan: 2500,
    });
    expect(t.state.focus).toEqual(['tech-loan']);
    expect(recordedIn(t.replies)).toMatchObject({ total_investment: 4000, fixed_asset_loan: 2500 });
    // The figure whose unit was taken from the one before it says so.
    expect(t.replies.map((r) => r.text).join('\n')).toContain('“两千五”按万元理解');
  });

  it('嘉兴 is not Jiangsu, 没贷款 is a loan of 0, 两个多亿 is about 20000万', () => {
    const t = step(undefined, '嘉兴的一家公司，营收两个多亿，没贷款');
    expect(t.state.profile).toMatchObject({ in_jiangsu: false, fixed_asset_loan: 0, revenue_last_year: 20000 });
    expect(t.replies.map((r) => r.text).join('\n')).toContain('20000万元（约）');
  });

  it('a foreign currency and a figure no word names are asked about, never recorded', () => {
    const t = step(undefined, '无锡的企业，设备进口花了600万美元，项目两千万');
    expect(t.state.profile.acquisition_amount).toBeUndefined();
    expect(Object.values(t.state.profile)).not.toContain(600);
    expect(t.replies.map((r) => r.text).join('\n')).toContain('外币');
  });

  it('what a plant makes says it is industrial; 做软件的 says it is not; a hedge or nothing says neither', () => {
    expect(step(undefined, '南通一家纺织企业 不是规上').state.profile.industrial).toBe(true);
    expect(step(undefined, '常州的 做注塑的 项目还没开工').state.profile.industrial).toBe(true);
    expect(step(undefined, '无锡梁溪区的 不是规上 做软件的').state.profile.industrial).toBe(false);
    expect(step(undefined, '无锡梁溪区的一家公司').state.profile.industrial).toBeUndefined();
  });

  it("a sector makes the applicant an industrial enterprise, unless it is a deal target's or the speaker is a bureau", () => {
    expect(step(undefined, '扬州高邮的 做灯具 项目不到三千万').state.profile).toMatchObject({
      industrial: true,
      applicant_kind: 'enterprise',
    });
    // (The target's sector says nothing of the applicant; a software company is itself no industrial enterprise.)
    expect(step(undefined, '我们是南京一家软件公司，去年收购了一家纺织企业').state.profile.industrial).toBe(false);
    expect(step(undefined, '我们是南京一家公司，去年收购了一家纺织企业').state.profile.industrial).toBeUndefined();
    expect(
      step(undefined, '徐州市工信局，我们今年要办一个装备制造业发展大会').state.profile.industrial,
    ).toBeUndefined();
  });

  it('the kind of event is read from 展会 / 重大活动, and 已验收 counts only when the bureau did it', () => {
    expect(step(undefined, '我们是南京一家会展公司，办展会').state.profile.event_kind).toBe('exhibition');
    expect(step(undefined, '徐州经开区 牵头办了个重大活动 总投入800万').state.profile.event_kind).toBe('activity');
    expect(step(undefined, '宜兴 环保设备厂 项目做完了 区里验收了').state.profile.accepted).toBe(true);
    // Accepted by whom is not said: the guide asks for the recommending unit's acceptance (1.2.2.3).
    expect(step(undefined, '宜兴 环保设备厂 项目做完了 已经验收了').state.profile.accepted).toBeUndefined();
  });

  it('binds each figure to its own word when people type without punctuation', () => {
    const a = said('宿迁一家食品厂 我们去年上了条新生产线投了三千来万贷了一千五百万左右');
    expect(a).toMatchObject({ total_investment: 3000, fixed_asset_loan: 1500 });
    // A time comes before its verb: the date is the 投产's, not the 开始's before it.
    const b = said('我们这个项目吧前年就开始弄了去年九月份才算正式投产');
    expect(b.completion_date).toBe('2021-09-30');
    expect(b.start_date).toBeUndefined();
    const c = said('淮安一家食品厂 项目21年3月开工 今年6月底完工');
    expect(c).toMatchObject({ start_date: '2021-03-31', completion_date: '2022-06-30' });
  });

  it('去年收购了 says a merger was completed in 2021 (the gate of 3.1.1.1); 6000玩 is 6000万', () => {
    expect(step(undefined, '泰州一家企业 去年收购了一家同行70%的股权').state.profile.merger_completed_2021).toBe(true);
    expect(step(undefined, '无锡做电机的 规上 技改项目总投资6000玩').state.profile.total_investment).toBe(6000);
  });

  it('a company outside Jiangsu is not in Jiangsu; with a plant of its own inside, it is asked', () => {
    expect(step(undefined, '杭州的标识解析服务商 想在江苏建二级节点').state.profile.in_jiangsu).toBe(false);
    expect(step(undefined, '我们是湖州的企业，在江苏宿迁有个分厂做技改').state.profile.in_jiangsu).toBeUndefined();
  });

  it('a completion told as done (完工了, 完工的) is the stage even when dated after 2021; a planned one is not', () => {
    expect(step(undefined, '扬州 规上 汽配 项目完工了 今年3月份完工的').state.profile.stage).toBe('completed');
    expect(step(undefined, '昆山 规上 项目预计今年年底完工').state.profile.stage).toBeUndefined();
  });

  it('a park opening the message with what it intends is the applicant; a company in it is not', () => {
    const park = step(undefined, '苏州工业园区想报信创先导区，投资预算1.5亿，有龙头企业、可推广的信创产品');
    expect(park.state.profile.applicant_kind).toBe('park');
    expect(step(undefined, '南京江北新区想申报信创先导区').state.profile.applicant_kind).toBe('park');
    expect(step(undefined, '苏州工业园区一家做工业软件的公司，想报数据产品化').state.profile.applicant_kind).toBe(
      'enterprise',
    );
  });

  it('an enterprise of a city outside Jiangsu, named with its province, is not in Jiangsu', () => {
    const t = said('我们是安徽滁州的企业，在南京江北新区有个项目');
    expect(t.in_jiangsu).toBe(false);
    // A plant of its own inside Jiangsu may be the applicant: asked, not answered.
    expect(step(undefined, '公司在上海，工厂在南通海门').state.profile.in_jiangsu).toBeUndefined();
  });

  it('a bureau quoted (县工信局说…) is not the speaker', () => {
    expect(
      step(undefined, '县工信局说2800也可以报，其他条件帮我看看够不够').state.profile.applicant_kind,
    ).toBeUndefined();
    expect(step(undefined, '我是市工信局的，想了解重大活动的补助').state.profile.applicant_kind).toBe('city_bureau');
    // A county's bureau is no 设区市工信局 (the kind 3.4.2 names): asked, not recorded as the city's (play-test 21).
    expect(step(undefined, '我是县工信局的，想了解重大活动的补助').state.profile.applicant_kind).toBeUndefined();
  });

  it('a dialog speaks the language of its first message, whatever the platform reported', () => {
    const en = step(undefined, 'Hi, we are a Suzhou auto parts maker, above scale, 5G factory project 30m');
    expect(en.state.locale).toBe('en');
    expect(en.replies[0]?.text).toMatch(/^Hello/u);
    const zh = step(undefined, '我们是苏州的汽配企业', { locale: 'en' });
    expect(zh.state.locale).toBe('zh-CN');
    // A lone word or a command decides nothing; /lang still switches later.
    expect(step(undefined, 'ok').state.locale).toBe('zh-CN');
    expect(step(en.state, '/lang zh').state.locale).toBe('zh-CN');
  });

  it('全部 typed first screens every program; "which can we apply for" starts the screening, not the Q&A', () => {
    const all = step(undefined, '全部');
    expect(all.state.pending).not.toBe('focus');
    expect(all.replies.map((r) => r.text).join('\n')).toContain('全部项目');
    const which = step(undefined, '你好 想问下今年专项资金我们能报哪个');
    expect(which.replies.at(-1)).toMatchObject({ slot: 'focus' });
    const en = step(undefined, 'what can we apply for?');
    expect(en.replies.at(-1)).toMatchObject({ slot: 'focus' });
    // A policy question is still answered as one.
    expect(step(undefined, '5G项目补助怎么拨付').replies.at(-1)).not.toMatchObject({ slot: 'focus' });
  });

  it('an English deal’s target place is not the applicant’s (we acquired 70% of a Zhejiang maker)', () => {
    const t = step(
      undefined,
      "We're a medical device company in Changzhou. In Aug 2021 we acquired 70% of a Zhejiang catheter maker",
      { locale: 'en' },
    );
    expect(t.state.profile).toMatchObject({ in_jiangsu: true, stake_after_pct: 70 });
    const priced = step(
      undefined,
      'In Aug 2021 we acquired 70% of a Zhejiang catheter maker for RMB 180 million (120m in cash, rest in shares).',
      { locale: 'en' },
    );
    expect(priced.state.profile).toMatchObject({ acquisition_amount: 18000, acquisition_cash: 12000 });
  });

  it('a question in the opening is answered and the statements beside it are kept', () => {
    const t = step(undefined, '盐城东台的企业，不是规上，想问下技改贴息能不能申请');
    expect(t.state.profile).toMatchObject({ in_jiangsu: true, above_scale: false });
    expect(t.replies.some((r) => r.kind === 'answer' || r.text.includes('推荐单位'))).toBe(true);
  });
});

describe('answers as people give them', () => {
  it.each([
    ['两个多亿', 'revenue_last_year', 20000],
    ['3个亿', 'total_investment', 30000],
    ['3kw', 'total_investment', 3000],
    ['八百来万', 'total_investment', 800],
    ['1.2个亿', 'total_investment', 12000],
    ['买了', 'equipment_bought_with_loan', true],
    ['没买', 'equipment_bought_with_loan', false],
    ['办好了', 'approvals_complete', true],
    ['不需要办，推荐单位出了说明', 'approvals_complete', true],
    ['不收费', 'training_free', true],
    ['没问题', 'loan_from_jiangsu_bank', true],
    ['在建，还没建成', 'stage', 'under_construction'],
    ['还没开工', 'stage', 'planned'],
    ['去年底', 'completion_date', '2021-12-31'],
    ['两成', 'stake_after_pct', 20],
    ['yes we did', 'equipment_bought_with_loan', true],
    ['about 35 million yuan', 'total_investment', 3500],
    ['last September', 'completion_date', '2021-09-30'],
  ])('%s to the %s question is %j', (text, slot, value) => {
    const t = step(pendingOn(slot), text);
    expect(t.state.profile[slot as 'stage']).toEqual(value);
  });

  it.each([
    ['不是很清楚', 'above_scale'],
    ['不好说', 'accepted'],
    ['要问财务', 'loan_interest_paid_2021'],
  ])('%s leaves %s unknown and moves on', (text, slot) => {
    const t = step(pendingOn(slot), text);
    expect(t.state.profile[slot as 'accepted']).toBeUndefined();
    expect(t.state.skipped).toContain(slot);
  });

  it.each([
    ['不需要办', 'approvals_complete'],
    ['估计齐了', 'approvals_complete'],
    ['不到两千万', 'revenue_last_year'],
    ['含税1130万', 'equipment_invoice_2021'],
    ['600万美元', 'acquisition_amount'],
    ['三四千万', 'total_investment'],
    ['小巨人', 'certifications'],
  ])('%s to the %s question is asked again, nothing recorded', (text, slot) => {
    const t = step(pendingOn(slot), text);
    expect(t.state.profile[slot as 'accepted']).toBeUndefined();
    expect(t.state.pending).toBe(slot);
  });

  it.each([
    ['620万', 'training_years'],
    ['1500人次', 'training_years'],
    ['LPR上浮10%', 'loan_rate_pct'],
    ['备案总投资两个多亿吧 具体是2.3个亿', 'total_investment'],
    ['大概两千八百万吧 不含税的话两千五', 'total_investment'],
    ['是节能降碳', 'approvals_complete'],
  ])('%s to the %s question records nothing (found by a play-test: each was once recorded wrongly)', (text, slot) => {
    const t = step(pendingOn(slot), text);
    expect(t.state.profile[slot as 'accepted']).toBeUndefined();
  });

  it.each([
    ['不到两千万', 'approvals_complete'],
    ['除了能评都齐了', 'approvals_complete'],
    ['小于两千万', 'revenue_last_year'],
    ['没到2000万', 'revenue_last_year'],
    ['总投资不超过3000万', 'total_investment'],
    ['贷款顶多2000万', 'fixed_asset_loan'],
    ['运营5年了', 'training_licensed'],
    ['做了3年了', 'in_jiangsu'],
    ['不一定', 'largest_shareholder'],
    ['应该是吧', 'in_jiangsu'],
    ['大概没有', 'in_jiangsu'],
    ['I think so', 'in_jiangsu'],
    ['不对不对', 'in_jiangsu'],
  ])('%s to the %s question records nothing (found by a review or the second play-test)', (text, slot) => {
    expect(step(pendingOn(slot), text).state.profile[slot as 'accepted']).toBeUndefined();
  });

  it.each([
    ['total_investment', '备案的是3千5百万', 3500],
    ['total_investment', '1.5e7元', 1500],
    ['identifier_connected_enterprises', '1,200+', 1200],
    ['training_free', '不收', true],
    ['acquisition_date', 'completed on 18 August 2021', '2021-08-18'],
    ['start_date', '15/09/2021', '2021-09-15'],
    ['start_date', '21.09.30开的工', '2021-09-30'],
    ['loan_rate_pct', '年化3.85', 3.85],
    ['stage', '还在做方案', 'planned'],
    ['stage', 'still under construction, about half done', 'under_construction'],
    ['identifier_connected_enterprises', '一千出头', 1000],
    ['acquisition_registered', 'all done, both registrations', true],
    ['core_chain_leading', '技术跟国外还有差距 也没实现进口替代', false],
    ['total_investment', '三千五玩', 3500],
    ['total_investment', '设备2000万软件600万合计2600万', 2600],
    ['approvals_complete', '环评不需要 推荐单位出了说明 备案有', true],
    ['approvals_complete', '备案有了 环评还在做', false],
    ['loan_from_jiangsu_bank', '香港汇丰贷的', false],
    ['above_scale', '去年刚进规', true],
    ['event_listed', '在指南里列了', true],
    ['stage', 'still building, ~70% done', 'under_construction'],
    ['service_team_size', 'a dozen full-timers', 12],
    ['min_class_size', 'at least 50', 50],
    ['acquisition_amount', '600万美元，折合人民币大概3900万', 3900],
    ['equipment_invoice_2021', '含税1130万，不含税1000万', 1000],
  ] as const)('%s ← %s is %j (the fourth author phrasing)', (slot, text, value) => {
    const t = step(pendingOn(slot), text);
    const { filed_total_investment: filed, ...rest } = t.state.profile;
    expect(rest).toEqual({ [slot]: value });
    // (备案的是…: a total said as the filed one is the filed total too, investment-basis.ts.)
    expect(filed).toBe(slot === 'total_investment' && /备案/u.test(text) ? value : undefined);
    // A day typed in English is not "month only".
    expect(t.replies.map((r) => r.text).join('\n')).not.toMatch(/只给了月份|month only/u);
  });

  it.each([
    ['equipment_invoice_2021', '还要再查一下发票'],
    ['start_date', '03/09/2021'],
    ['acquisition_date', '签约是去年五月'],
    ['has_plan_and_targets', '方案有了 绩效目标还在写'],
    // A "total" that comes first, with a part of it after, is no sum.
    ['equipment_invoice_2021', '设备发票一共一千五百万 有三百万是今年一月开的'],
    // Above scale this year (2022) says nothing of 2021; 不需要办 alone lacks the recommending unit's note.
    ['above_scale', '今年刚进规'],
    ['approvals_complete', '不需要办'],
    // A credit line or a working-capital loan beside the figure: which is the fixed-asset loan is asked.
    ['fixed_asset_loan', '授信五千万 实际提款三千万'],
    ['fixed_asset_loan', '四千万 其中有两千万是流贷'],
  ])(
    '%s ← %s is asked, nothing recorded (查一下 is no figure; 03/09 has two readings; a signing is not a completion)',
    (slot, text) => {
      expect(step(pendingOn(slot), text).state.profile).toEqual({});
    },
  );

  it("the applicant's own figure beside the group's is the fact's; the group's alone is asked", () => {
    const revenue = (text: string, locale: 'en' | 'zh-CN' = 'zh-CN') =>
      step({ ...pendingOn('revenue_last_year'), locale }, text).state.profile.revenue_last_year;
    expect(said('我们集团去年营收12个亿，我们这个子公司自己大概3个亿，在南通').revenue_last_year).toBe(30000);
    expect(
      said(
        'Our parent group had revenue of about 5 billion RMB last year; our own subsidiary in Nantong did 410 million yuan.',
      ).revenue_last_year,
    ).toBe(41000);
    expect(revenue('集团是20亿，我们公司自己4.6亿')).toBe(46000);
    expect(revenue('Group revenue is 3bn, ours alone 350 million yuan', 'en')).toBe(35000);
    // No figure said to be the applicant's own: nothing recorded.
    expect(said('我们集团去年营收12个亿，在南通').revenue_last_year).toBeUndefined();
    expect(revenue('集团是20亿')).toBeUndefined();
  });

  it("a deal target's or a partner's figure is not the applicant's; the deal's own figures are", () => {
    const p = said('我们2021年8月完成了对常熟一家公司的收购，实际出资8000万，全部现金。目标公司去年收入2个亿。');
    expect(p.revenue_last_year).toBeUndefined();
    expect(p.acquisition_amount).toBe(8000);
    expect(
      said("We bought a sensor maker in 2021; the target's revenue was 200 million yuan").revenue_last_year,
    ).toBeUndefined();
  });

  it('interest said with and without the civil works is the figure without them (1.1.2 贴息 counts 不含土建 interest)', () => {
    for (const text of ['利息总共180万，扣掉土建那块是130万', '180万，不含土建130万']) {
      expect(step(pendingOn('loan_interest_paid_2021'), text).state.profile.loan_interest_paid_2021, text).toBe(130);
    }
    expect(
      said(
        "We paid 1.8 million yuan in loan interest in 2021 including the civil-works part; excluding that it's 1.3 million.",
      ).loan_interest_paid_2021,
    ).toBe(130);
    // A civil-works part alone (not the figure without it), or the investment's 备案 total beside one without civil
    // works (1.1.1.2 sets its floor on the 备案 total): asked.
    expect(
      step(pendingOn('loan_interest_paid_2021'), '180万，土建30万').state.profile.loan_interest_paid_2021,
    ).toBeUndefined();
    expect(
      step(pendingOn('total_investment'), '备案5000万，不含土建的话是4200万').state.profile.total_investment,
    ).toBeUndefined();
  });

  it('a loan approved beside the part drawn is asked, never the approved figure recorded', () => {
    expect(said('贷款批了5000万，目前放款2200万').fixed_asset_loan).toBeUndefined();
    expect(said("loan approved for 50m yuan but we've only drawn 22m so far").fixed_asset_loan).toBeUndefined();
    expect(said('贷款5000万，苏州银行的').fixed_asset_loan).toBe(5000);
  });

  it('play-test 13: a rough figure then the exact one, a typed "milion", a share of the total beside the part, the year after an English figure', () => {
    const ans = (slot: string, text: string, locale: 'en' | 'zh-CN' = 'zh-CN') =>
      step({ ...pendingOn(slot), locale }, text).state.profile[slot as 'total_investment'];
    // 八千多万 is 8000 and more: a figure inside that range said next is what was meant; one outside is asked.
    expect(ans('revenue_last_year', '去年八千多万 差不多八千五')).toBe(8500);
    expect(ans('revenue_last_year', '八千多万，准确说是8560万')).toBe(8560);
    expect(ans('revenue_last_year', '八千多万 九千五')).toBeUndefined();
    const both = step(pendingOn('equipment_bought_with_loan'), '嗯 设备都是贷款买的 发票不含税一千二百多万 具体1230万');
    expect(both.state.profile).toMatchObject({ equipment_bought_with_loan: true, equipment_invoice_2021: 1230 });
    expect(ans('revenue_last_year', 'abt 35 milion rmb last yr', 'en')).toBe(3500);
    expect(ans('revenue_last_year', '2.3 bilion rmb', 'en')).toBe(230000);
    // The question's own date (until end of 2021) is no completion date; a share "of total" says what the figure is.
    const part = step(
      { ...pendingOn('invested_by_2021_end'), locale: 'en' },
      'until end of 2021 we paid around 35% of total, about 990万',
    );
    expect(part.state.profile).toEqual({ invested_by_2021_end: 990 });
    expect(ans('invested_by_2021_end', '投了七成 总共6000万')).toBeUndefined();
    // went from RMB 169.0m in 2018 to RMB 239.8m in 2021: the 2018 figure is not 2021's; the span is the average's.
    const growth = step(
      { ...pendingOn('revenue_growth_3y_avg_pct'), locale: 'en' },
      '12.35% (audited revenue went from RMB 169.0m in 2018 to RMB 239.8m in 2021)',
    );
    expect(growth.state.profile.revenue_growth_3y_avg_pct).toBe(12.35);
    expect(growth.state.profile.revenue_last_year).toBeUndefined();
    // A range still reads as one: 2000-2500万.
    expect(said('技改项目投资额大约2000-2500万').total_investment).toBeUndefined();
  });

  it('play-test 13: dates and deals in English and Chinese go to their own facts', () => {
    const en = { ...pendingOn('completion_date'), locale: 'en' as const };
    const dates = step(en, 'started in July 2021 and will complete by end of June 2024').state.profile;
    expect(dates).toMatchObject({ start_date: '2021-07-31', completion_date: '2024-06-30' });
    const fixed = step(
      { ...pendingOn('completion_date', { start_date: '2024-06-30' }, 'start_date'), locale: 'en' },
      'That is wrong: the START date is July 2021. The COMPLETION date is 30 June 2024.',
    ).state.profile;
    expect(fixed).toMatchObject({ start_date: '2021-07-31', completion_date: '2024-06-30' });
    // 完成对浙江一家器械企业的并购: the target's province is not the applicant's, and the date is the deal's.
    const deal = said(
      '我是苏州一家医疗器械公司的财务经理。我司2021年8月完成对浙江一家器械企业的并购，想确认能否申报企业重大兼并重组项目。',
    );
    expect(deal).toMatchObject({ in_jiangsu: true, acquisition_date: '2021-08-31', merger_completed_2021: true });
    expect(deal.completion_date).toBeUndefined();
    expect(
      said(
        'industrial enterprise, 2021 revenue RMB 4.2 billion on a group consolidated basis; the applicant entity itself had RMB 1.8 billion',
      ).revenue_last_year,
    ).toBe(180000);
  });

  it('play-test 13: corrections in people’s words change the answer they mean', () => {
    // RMB 4,118,000: a currency sign before a figure with thousands separators is yuan.
    const taxes = step(
      {
        ...pendingOn('taxes_paid_last_year'),
        phase: 'done',
        pending: null,
        locale: 'en',
        profile: { taxes_paid_last_year: 396.24 },
      },
      'Sorry, I left out property tax and stamp duty. Correct total taxes paid in 2021: RMB 4,118,000.',
    );
    expect(taxes.state.profile.taxes_paid_last_year).toBe(411.8);
    // no!! 35 million, 3500万 after the verdict: the revenue answered before, said again in two forms.
    const no = step(
      {
        ...pendingOn('revenue_last_year', { revenue_last_year: 35 }),
        phase: 'done',
        pending: null,
        asked: ['revenue_last_year'],
        lastAnswered: 'revenue_last_year',
        locale: 'en',
      },
      'no!! 35 million, 3500万',
    );
    expect(no.state.profile.revenue_last_year).toBe(3500);
    // 去年底前投的九百万是含税的，不含税是八百万: the invested figure's own basis, not a new investment total.
    const offered = step(
      { ...pendingOn('pack_offer', { invested_by_2021_end: 900, total_investment: 4680 }) },
      '不用。另外更正下，去年底前投的九百万是含税的，不含税是八百万',
    );
    expect(offered.state.profile).toMatchObject({ invested_by_2021_end: 800, total_investment: 4680 });
  });

  it('tune-m: a share in words, a figure beside a yes, a no for now with a hope for later, a correction of the question pending, the bank named by its place', () => {
    const ans = (slot: string, text: string, locale: 'en' | 'zh-CN' = 'zh-CN') =>
      step({ ...pendingOn(slot), locale }, text).state.profile as Record<string, unknown>;
    expect(ans('main_product_share_pct', 'three quarters', 'en').main_product_share_pct).toBe(75);
    expect(ans('main_product_share_pct', 'about three quarters', 'en').main_product_share_pct).toBeUndefined();
    // 收入 names the revenue when a yes/no is pending; to an amount question a general word stays unsure.
    expect(ans('in_jiangsu', '是的，另外我们去年收入3个亿')).toMatchObject({
      in_jiangsu: true,
      revenue_last_year: 30000,
    });
    expect(ans('above_scale', '还不是，今年应该能上规').above_scale).toBe(false);
    expect(ans('above_scale', '不是，好像明年').above_scale).toBeUndefined();
    expect(ans('revenue_last_year', '刚才说错了，是两个亿，不是三个亿').revenue_last_year).toBe(20000);
    expect(ans('loan_from_jiangsu_bank', '上海浦发')).toEqual({ loan_from_jiangsu_bank: false });
    expect(ans('loan_from_jiangsu_bank', '苏州的一家农商行')).toEqual({ loan_from_jiangsu_bank: true });
  });

  it('tune batches: an applicant registered outside Jiangsu is a no whatever its plant’s place; a head office or a subsidiary is asked', () => {
    expect(said('公司注册在上海，项目放在太仓的新厂，总投资4500万。').in_jiangsu).toBe(false);
    expect(said('我们公司注册在上海嘉定，在昆山有工厂，这次的智能制造项目在昆山工厂实施').in_jiangsu).toBe(false);
    expect(said("we're registered in Shanghai, the plant is in Kunshan", 'en').in_jiangsu).toBe(false);
    // 公司在 / HQ may name the head office only (the plant may be its own legal person): asked, not recorded.
    expect(said('公司在上海，工厂在南通海门，技改项目在海门实施').in_jiangsu).toBeUndefined();
    expect(said('HQ is in Shanghai, the plant is in Kunshan', 'en').in_jiangsu).toBeUndefined();
    // A subsidiary inside Jiangsu may itself be the applicant.
    expect(said('集团注册在上海，我们是昆山的子公司（独立法人），项目在昆山').in_jiangsu).not.toBe(false);
    expect(said('项目在如东 公司注册在南通').in_jiangsu).toBe(true);
  });

  it('tune batches: dates of a period, split verbs, and a completion beside the acceptance’s date', () => {
    // The acceptance's date (今年3月验收) is not the completion's: the verb of completing wins.
    expect(said('项目2021年11月完工，区工信局今年3月验收了，验收意见也拿到了。').completion_date).toBe('2021-11-30');
    expect(said('2021年4月开工，2021年12月31日完工，今年2月验收并出了意见。')).toMatchObject({
      start_date: '2021-04-30',
      completion_date: '2021-12-31',
    });
    // A period with no verb: its first date is the start, its last the completion.
    expect(said('信创先导区实施期从2021年7月1日到2023年6月30日')).toMatchObject({
      start_date: '2021-07-01',
      completion_date: '2023-06-30',
    });
    expect(said('R&D investment is RMB 36m, running from Jan 2022 to Dec 2024.', 'en')).toMatchObject({
      start_date: '2022-01-31',
      completion_date: '2024-12-31',
    });
    // …but not a period of something else (the cooperation's).
    const lab = said('与南京大学共建实验室，合作期从2022年9月到2027年8月');
    expect([lab.start_date, lab.completion_date]).toEqual([undefined, undefined]);
    expect(said('总投入2600万，2021年8月开的工').start_date).toBe('2021-08-31');
    expect(said('RMB 60m over 2 years, starting July 2022 and finishing June 2024.', 'en')).toMatchObject({
      start_date: '2022-07-31',
      completion_date: '2024-06-30',
    });
  });

  it('play-test 17: a correction in own words reaches the answer on record, never a fact no program in focus reads', () => {
    const afterTurn = (
      focus: string[],
      profile: DialogState['profile'],
      locale: 'en' | 'zh-CN' = 'zh-CN',
    ): DialogState => ({
      ...initialState(),
      locale,
      phase: 'asking',
      focus,
      profile,
      pending: null,
      verdictShown: true,
    });
    // The old value repeated (八百万) names the answer corrected, not the invoice the words 设备款 point to.
    const green = step(
      afterTurn(['green-upgrade'], { total_investment: 4000, invested_by_2021_end: 800 }),
      '哦对了前面那个八百万不对 财务说到21年底实际付出去1200万了 包括设备款和安装费',
    ).state.profile;
    expect(green.invested_by_2021_end).toBe(1200);
    expect(green.equipment_invoice_2021).toBeUndefined();
    // A term of 5 years, 3 being the first phase: the cooperation period on record, not a loan's term.
    const lab = step(
      afterTurn(['xinchuang'], { lab_cooperation_years: 3 }, 'en'),
      'wait, I misread the agreement draft - the cooperation term is 5 years; 3 years was the first phase',
    ).state.profile;
    expect(lab.lab_cooperation_years).toBe(5);
    expect(lab.loan_term_years).toBeUndefined();
    // A figure read as a fact of a program outside the focus (a deal's price in a 5G dialog) is asked about.
    const fiveG = step(
      afterTurn(['demo'], { total_investment: 4500, invested_by_2021_end: 1100 }, 'en'),
      'hmm our CFO just corrected me: only 8 million was actually paid out by Dec 31 2021, the other 3 million went out in January 2022',
    ).state.profile;
    expect(fiveG.acquisition_amount).toBeUndefined();
    // …but with every program in focus (全部), a fact stated after the verdict is still recorded.
    expect(
      step(afterTurn(['all'], { total_investment: 4500 }), '并购实际出资额是6000万').state.profile.acquisition_amount,
    ).toBe(6000);
  });

  it('play-test 17: a program dropped, a kind denied, a correction after 另外 unpunctuated, a recognition’s old year', () => {
    const ans = (slot: string, text: string, profile: DialogState['profile'] = {}, last?: string) =>
      step(pendingOn(slot, profile, last), text).state.profile;
    // 技改贴息不报的: says nothing of the approvals asked about.
    expect(ans('approvals_complete', '技改贴息不报的 没贷款 只看小巨人那个就行').approvals_complete).toBeUndefined();
    expect(ans('approvals_complete', '手续齐的').approvals_complete).toBe(true);
    // 不是公司，是民非: the kind said instead; 企业所得税 is a tax, not the applicant's kind.
    expect(said('我们不是公司 是民政登记的民办非企业单位').applicant_kind).toBe('nonprofit');
    expect(said('加上企业所得税和附加 全年实缴一共420万')).toEqual({ taxes_paid_last_year: 420 });
    // An answer, then 另外 and a correction of an earlier answer, with no punctuation between.
    expect(
      ans(
        'min_class_size',
        '最少的一期55人左右 另外刚才3天半的班我数错了 是8个 有两期只有3天',
        { long_classes: 10 },
        'long_classes',
      ),
    ).toMatchObject({ min_class_size: 55, long_classes: 8 });
    // A recognition said with a year before the guide's (back in 2017) is asked about, not taken as "since 2018".
    const opening = step(
      undefined,
      'We run an industrial internet platform. It was recognised as a provincial key industrial internet platform back in 2017.',
      { locale: 'en' },
    ).state;
    expect(opening.mentionedCerts ?? []).not.toContain('key-iiot-platform');
  });

  it('tune-p: a figure with its unit then a space ends its clause; counts named after a modifier; plan N more is asked', () => {
    // The 含税 of the next figure and the 授信 of the loan do not reach across the space after 96% or 3kw.
    expect(said('满意度96% 平台投入含税530万')).toMatchObject({ satisfaction_pct: 96 });
    expect(said('满意度96% 平台投入含税530万').platform_investment_2021).toBeUndefined();
    const loan = said('项目备案总投资3kw 贷款是工行无锡分行授信2500万 实际提款1800万');
    expect([loan.total_investment, loan.fixed_asset_loan]).toEqual([3000, undefined]);
    expect(said('Plan: online by June 2023, 6 promotion events', 'en')).toMatchObject({
      completion_date: '2023-06-30',
      identifier_promotion_events: 6,
    });
    expect(said('Total RMB 30 million, by Dec 2021 we had spent 9 million', 'en')).toMatchObject({
      total_investment: 3000,
      invested_by_2021_end: 900,
    });
    expect(said('我们是无锡物联网产业促进会 参加了国家集群竞赛').cluster_participation).toBe(true);
    expect(said('We took part in the national cluster competition.', 'en').cluster_participation).toBe(true);
    // Held 3 and plan 3 more: the count asked for is not the 3 held.
    expect(
      said("The showroom is built; we've held 3 promotion events and plan 3 more.", 'en').identifier_promotion_events,
    ).toBeUndefined();
  });

  it('tune-q: doubts and other days said of a fact, 民非 is no negation, intra-group deals, a lab’s 建设投入', () => {
    // 是省内的银行吗不清楚: asked, not recorded; 设备全用贷款买的 is a yes.
    const loan = said('台州的一家泵业公司，总投资五千万，贷款三千万是省内的银行吗不清楚，设备全用贷款买的');
    expect(loan.loan_from_jiangsu_bank).toBeUndefined();
    expect(loan.equipment_bought_with_loan).toBe(true);
    // Invested up to June 2022 is neither the total nor what was invested by the end of 2021 (the total said, 两千八, is
    // the total: a Chinese figure before 21年 is no year of a list).
    const fiveG = said('5G全连接工厂项目 总投资两千八 21年10月开工 到今年6月底投了九百万 明年底建完');
    expect([fiveG.total_investment, fiveG.invested_by_2021_end]).toEqual([2800, undefined]);
    expect(said('总投资3000万 到去年底投了900万')).toMatchObject({ total_investment: 3000, invested_by_2021_end: 900 });
    // 民非 before 只服务 is no 非 of negation; a deadline ahead (23年6月底前做完) is not a completed project.
    expect(said('我们是无锡物联网产业集群促进中心 民非 只服务物联网集群').cluster_focus).toBe(true);
    expect(said('南京一家工控安全公司 总投资800万 去年底已经投了一百八 23年6月底前做完').stage).toBeUndefined();
    expect(said('出资2.6亿 全部现金 不是集团内部的交易 我们是发起方').same_parent).toBe(false);
    expect(said('我们集团下面两个子公司去年合并了').same_parent).toBe(true);
    expect(said('not an intra-group deal. We initiated it.', 'en').same_parent).toBe(false);
    expect(said('共建信创实验室 合作期5年 建设投入1100万').total_investment).toBe(1100);
  });

  it('play-test 18: corrections after the verdict and at the forms offer, foreign currencies, income, "one of"', () => {
    const afterTurn = (
      focus: string[],
      profile: DialogState['profile'],
      pending: string | null = null,
      locale: 'en' | 'zh-CN' = 'zh-CN',
    ) => ({ ...initialState(), locale, phase: 'asking', focus, profile, pending, verdictShown: true }) as DialogState;
    // 21年底投入 names what was invested by the end of 2021, not the total.
    const green = step(
      afterTurn(['green-upgrade'], { total_investment: 2500, invested_by_2021_end: 400 }),
      '21年底投入改成600万',
    ).state.profile;
    expect(green).toMatchObject({ total_investment: 2500, invested_by_2021_end: 600 });
    // The value corrected first, the rest of the old figure explained after it.
    expect(
      step(
        afterTurn(['merger'], { acquisition_cash: 6000, acquisition_amount: 8000 }),
        '企业刚回电话 现金部分准确说是5000 另外1000是承接的债务',
      ).state.profile.acquisition_cash,
    ).toBe(5000);
    // 7.6是20年单年的 三年平均是9.2: the answer on record said to be another thing; the other number offered (confirmed).
    expect(
      step(afterTurn(['little-giant'], { revenue_growth_3y_avg_pct: 7.6 }), '哎看错行了 7.6是20年单年的 三年平均是9.2')
        .state.confirm,
    ).toEqual({ fact: 'revenue_growth_3y_avg_pct', value: 9.2 });
    // At the forms offer: a no, then a new fact; a sentence beside the point does not drop the next one.
    const offer = afterTurn(
      ['data-product'],
      { completion_date: '2021-12-31', revenue_last_year: 4000 },
      'pack_offer',
      'en',
    );
    expect(
      step(
        offer,
        'no. one more thing, my colleague says official go-live was 12 jan 2022, december was only internal testing',
      ).state.confirm,
    ).toEqual({ fact: 'completion_date', value: '2022-01-12' });
    expect(
      step(offer, 'btw the SGD 40m was parent revenue not ours. nanjing company 2021 revenue is RMB 31 million').state
        .confirm,
    ).toEqual({ fact: 'revenue_last_year', value: 3100 });
    // SGD is a foreign currency; income is revenue, not investment; "one of" is no count.
    expect(said('our SG parent revenue SGD 40m', 'en').revenue_last_year).toBeUndefined();
    expect(said('2021 total income RMB 3.1m', 'en')).toMatchObject({ revenue_last_year: 310 });
    expect(
      step(
        { ...pendingOn('service_team_size'), locale: 'en' },
        'one of our full-timers left last month, so the team is 9 now',
      ).state.profile.service_team_size,
    ).toBe(9);
  });

  it('tune batches: own IP, R&D base and funds said in many ways; a showroom and a data product stated; neither is a stage', () => {
    expect(said('我们有20多项相关发明专利和省级研发中心，资金自己能保障。').own_ip).toBe(true);
    expect(
      said(
        'We hold 9 invention patents on the device, run a provincial engineering centre and can fund the project ourselves.',
        'en',
      ).own_ip,
    ).toBe(true);
    // Two of the three parts are not the whole.
    expect(said('有发明专利和省级研发中心，资金还在找').own_ip).toBeUndefined();
    expect(said('展示体验区已经建好了，搞过4场推广活动')).toMatchObject({ identifier_showroom: true });
    expect(said('展示体验区已经建好了').stage).toBeUndefined();
    expect(said('还没建展示体验中心').identifier_showroom).toBe(false);
    expect(said('the showroom is built', 'en')).toEqual({ identifier_showroom: true });
    expect(said('基于设备数据采集和分析挖掘做成了能耗分析平台产品').data_product_tech).toBe(true);
    expect(said('Data product: predictive maintenance models built on sensor data.', 'en')).toEqual({
      data_product_tech: true,
    });
  });

  it('tune batches: a stake over half is the largest shareholder; a platform’s investment is its 2021 platform investment', () => {
    expect(said('去年收购了一家厂 收购后持股70%，是唯一最大股东')).toMatchObject({
      stake_after_pct: 70,
      largest_shareholder: true,
    });
    expect(said('去年收购了一家厂 持股80%').largest_shareholder).toBe(true);
    // 50% tied is not the only largest (3.1.1.3: 唯一控股50%及以上的最大股东).
    expect(said('持股50% 并列最大股东').largest_shareholder).toBe(false);
    expect(said('我们是省级中小企业公共服务示范平台 全年项目投入不含税520万')).toMatchObject({
      platform_investment_2021: 520,
    });
    expect(said('我们是省级中小企业公共服务示范平台 全年项目投入不含税520万').total_investment).toBeUndefined();
  });

  it('tune-n and play-test 14: a yes that belongs to another fact, the group’s status, a date some days off another event', () => {
    const ans = (slot: string, text: string, profile: DialogState['profile'] = {}) =>
      step(pendingOn(slot, profile), text);
    expect(
      ans('equipment_bought_with_loan', '有的，贷款是南京银行给的').state.profile.equipment_bought_with_loan,
    ).toBeUndefined();
    // A statement that confirms the yes (the registration of the deal asked about) keeps it.
    expect(ans('merger_completed_2021', '是的，去年9月办完的工商变更').state.profile.merger_completed_2021).toBe(true);
    expect(ans('above_scale', '集团是规上的').state.profile.above_scale).toBeUndefined();
    expect(said('我们公司注册在上海松江，在昆山有生产基地。集团是规上企业。').above_scale).toBeUndefined();
    expect(
      ans('start_date', '环评批复下来第二天就开工了，环评是2021年4月8号批的').state.profile.start_date,
    ).toBeUndefined();
    expect(
      step({ ...pendingOn('start_date'), locale: 'en' }, 'two days after our filing was approved on 10 May 2021').state
        .profile.start_date,
    ).toBeUndefined();
  });

  it('play-test 14: a correction said with an answer, or with its marker last, is made and said so', () => {
    // 预算280万。对了前面每班人数我说得不对…: the answer recorded, the earlier answer corrected, both echoed.
    const both = step(
      pendingOn('total_investment', { min_class_size: 60 }),
      '预算280万。对了前面每班人数我说得不对，有两个班只招到45个人',
    );
    expect(both.state.profile).toMatchObject({ total_investment: 280, min_class_size: 45 });
    expect(both.replies[0]?.text).toContain('45');
    // A slip corrected inside one list is not an earlier answer taken back.
    const list = step(
      pendingOn('certifications'),
      '去年首次进了中国企业500强，还有省质量奖……不对是全国质量奖，也是去年拿的',
    );
    expect(list.replies.map((r) => r.text).join('')).not.toContain('您想更正哪一项');
    // 总投资是两千三 不是两千五 刚才说错了 after the verdict: the marker last.
    const verdict = {
      ...pendingOn('total_investment', { total_investment: 2500 }),
      phase: 'done' as const,
      pending: null,
    };
    expect(step(verdict, '总投资是两千三 不是两千五 刚才说错了').state.profile.total_investment).toBe(2300);
    // 总投资我说多了 合同算下来是两千三百万, typed to the forms offer.
    const offer = step(
      pendingOn('pack_offer', { total_investment: 2500 }),
      '不要表 等下 总投资我说多了 合同算下来是两千三百万',
    );
    expect(offer.state.profile.total_investment).toBe(2300);
    // 改成21年7月开始，23年6月底结束: both dates.
    const dates = step(
      { ...verdict, profile: { start_date: '2022-01-31', completion_date: '2024-06-30' } },
      '哦不对，跟局里对过了，实施期要压缩，改成21年7月开始，23年6月底结束',
    );
    expect(dates.state.profile).toMatchObject({ start_date: '2021-07-31', completion_date: '2023-06-30' });
  });

  it('play-test 14: a VAT rate is no figure, buying a share is a deal, a day said as 15th of, go-live planned is no plan, an expo hall is no event', () => {
    const en = (slot: string | null, text: string) =>
      slot === null
        ? step({ ...initialState('en') }, text).state.profile
        : step({ ...pendingOn(slot), locale: 'en' }, text).state.profile;
    // equipment 3,190万 incl. 13% VAT: tax-inclusive, never the total investment.
    const cost = en(
      'approvals_complete',
      'Yes, all three done. Project cost: equipment 3,190万 incl. 13% VAT, software & MES 452万 ex-VAT, plus the workshop civil works 600万.',
    );
    expect(cost.total_investment).toBeUndefined();
    expect(said('设备含13%增值税3190万').total_investment).toBeUndefined();
    const deal = en(
      null,
      'Hello, I am german GM of a chemical company in Nantong. Last year we buy 65% of a Zhejiang competitor, pay total 1.2 billion RMB, cash part is 800 million, rest is shares.',
    );
    expect(deal).toMatchObject({ acquisition_amount: 120000, acquisition_cash: 80000, in_jiangsu: true });
    expect(deal.total_investment).toBeUndefined();
    expect(en('merger_completed_2021', 'Yes, closing was at 15th of November 2021').acquisition_date).toBe(
      '2021-11-15',
    );
    expect(
      en(null, 'We run an identifier node in Changzhou, project total 1,800万, go-live planned March 2023.').stage,
    ).toBeUndefined();
    expect(en('certifications', "that's all, expo hall built").event_kind).toBeUndefined();
    // yes we are Jiangsu company, to another question: the place is recorded, the question asked again.
    const yes = en('largest_shareholder', 'yes we are Jiangsu company');
    expect(yes).toEqual({ in_jiangsu: true });
  });

  it('play-test 14: after the verdict, one English word inside a label names no fact; a denial of the same parent is heard', () => {
    const afterTurn = (text: string) =>
      step(
        {
          ...pendingOn('same_parent', { same_parent: true, acquisition_amount: 120000 }),
          phase: 'done',
          pending: null,
          asked: ['same_parent'],
          lastAnswered: 'same_parent',
          locale: 'en',
        },
        text,
      );
    // "already" is a word of "interest subsidy already granted": no correction goes there.
    expect(afterTurn('I told already, 1.2 billion yuan').state.profile.other_interest_subsidy_2021).toBeUndefined();
    const denied = afterTurn('no no, totally independent company before, no same mother company');
    expect(denied.state.confirm).toEqual({ fact: 'same_parent', value: false });
  });

  it('tune-n: the exact figure after a rough one, a slip taken back, fractions and holidays in words, an English marker as a word', () => {
    const ans = (slot: string, text: string, locale: 'en' | 'zh-CN' = 'zh-CN') =>
      step({ ...pendingOn(slot), locale }, text).state.profile[slot as 'total_investment'];
    expect(ans('revenue_last_year', '大概两个亿吧，准确说是20,560万')).toBe(20560);
    expect(ans('software_investment', '四百万出头，具体是436万')).toBe(436);
    expect(ans('total_investment', 'roughly 30m, exactly 31.6m', 'en')).toBe(3160);
    // Far from the rough figure, "exactly" names another one: asked.
    expect(ans('total_investment', 'roughly 30m, exactly 50m', 'en')).toBeUndefined();
    expect(ans('planned_trainees', '八百人，哦不，是八百五十人')).toBe(850);
    expect(ans('total_investment', 'RMB 45 million, sorry, 48 million', 'en')).toBe(4800);
    expect(ans('total_investment', '35.1m incl. VAT, 31m ex VAT', 'en')).toBe(3100);
    expect(ans('main_product_share_pct', '五分之三')).toBe(60);
    expect(ans('invested_by_2021_end', '到去年12月31号投了九百来万')).toBe(900);
    expect(ans('start_date', '去年国庆节那天开的工')).toBe('2021-10-01');
    expect(ans('start_date', '去年国庆前开的工')).toBeUndefined();
    // "waiting" holds "wait", which is no correction.
    const waiting = step({ ...pendingOn('approvals_complete'), locale: 'en' }, 'Still waiting for the EIA');
    expect(waiting.replies.map((r) => r.text).join(' ')).not.toContain('Which answer do you want to correct');
  });

  it('play-test 15: corrections reach the answer they mean, and a changed verdict is shown again', () => {
    const afterTurn = (
      profile: DialogState['profile'],
      lastAnswered: string,
      text: string,
      locale: 'en' | 'zh-CN' = 'zh-CN',
    ) =>
      step(
        {
          ...pendingOn(lastAnswered, profile),
          phase: 'done',
          pending: null,
          asked: [lastAnswered],
          lastAnswered,
          locale,
        },
        text,
      );
    // 本公司加上城建税附加一共是408万: the taxes (城建税 names them), never a "correction" of the kind on record.
    const taxes = afterTurn(
      { taxes_paid_last_year: 386, applicant_kind: 'enterprise' },
      'taxes_paid_last_year',
      '明白。税金我又核了一遍完税证明，本公司加上城建税附加一共是408万',
    );
    expect(taxes.state.confirm).toEqual({ fact: 'taxes_paid_last_year', value: 408 });
    expect(taxes.replies.map((r) => r.text).join('')).not.toContain('申报单位类型');
    // the offline count is 113, not 163: the answer on record that is denied is the one corrected.
    const count = step(
      { ...pendingOn('public_welfare_platform', { smes_served_2021: 163 }), locale: 'en' },
      'No. Oh and one correction - the offline count is 113, not 163. The 163 included some online-only clients.',
    );
    expect(count.state.profile).toMatchObject({ smes_served_2021: 113, public_welfare_platform: false });
    // 这486万里有120万是培训收入: the part is no revenue of the applicant's; the rest names its own fact.
    const part = step(
      pendingOn('pack_offer', { cluster_service_revenue_2021: 486 }),
      '不需要。不好意思，这486万里有120万是培训收入，纯集群服务的是366.4万',
    );
    expect(part.state.profile.revenue_last_year).toBeUndefined();
    expect(part.state.confirm).toEqual({ fact: 'cluster_service_revenue_2021', value: 366.4 });
    // 17 million of the 45 was a production line: no investment total; the R&D figure is offered as a change.
    const budget = step(
      { ...pendingOn('pack_offer', { rd_investment: 4500 }), locale: 'en' },
      'OK thanks. Bad news though - client revised the budget: 17 million of the 45 was actually a production line, so pure R&D investment is 28 million.',
    );
    expect(budget.state.profile.total_investment).toBeUndefined();
    expect(budget.state.confirm).toEqual({ fact: 'rd_investment', value: 2800 });
    // A figure taken back in the same answer ("7.1 million, not 5.1") is never read as a correction of another fact.
    const own = step(
      { ...pendingOn('invested_by_2021_end', { revenue_last_year: 135000 }), locale: 'en' },
      'Until Dec 2021 we spend 5.1 mil RMB, about 16%. Sorry I check again, 7.1 million, not 5.1.',
    );
    expect(own.state.profile.revenue_last_year).toBe(135000);
    expect(own.state.profile.invested_by_2021_end).not.toBe(510);
  });

  it('play-test 15: after a correction the verdict is compared with the one shown last, not the first', () => {
    // Eligible with the group's taxes, a near miss with the company's own 386万, eligible again at 408万: the third
    // verdict equals the first but not the one shown last, so it is shown.
    const t = say([
      '您好，我是苏州一家精密轴承公司的财务经理。我们2021年新认定为省专精特新小巨人，想测一下小巨人培育项目。2021年营业收入（本公司口径）1.86亿元。',
      '另外还有一个省级工业设计中心，其他没有了',
      '按审计报告算，近三年平均增长14.6%',
      '71%',
      '研发投入占比近三年平均4.8%',
      '是的，替代进口。去年创新升级、智改数转这些项目综合投入专项审计是1680万元；实缴税金612.5万元',
      '不需要。抱歉更正一下，612.5万是集团合并的税金，我们本公司去年实缴只有386万',
      '实缴税金改成408万',
    ]);
    const kinds = t.exchanges.map((e) => e.replies.some((r) => r.kind === 'verdict'));
    expect(t.state.profile.taxes_paid_last_year).toBe(408);
    expect(kinds.at(-2)).toBe(true);
    expect(kinds.at(-1)).toBe(true);
  });

  it('tune-o: nearly a figure is a bound, a count typed in units for a question in 亿, progress on a date, numbers in English words', () => {
    const ans = (slot: string, text: string, locale: 'en' | 'zh-CN' = 'zh-CN') =>
      step({ ...pendingOn(slot), locale }, text).state.profile as Record<string, unknown>;
    expect(ans('identifier_registrations_yi', '快两个亿了，年底肯定能过').identifier_registrations_yi).toBeUndefined();
    expect(ans('identifier_connected_enterprises', '快一千家了').identifier_connected_enterprises).toBeUndefined();
    expect(ans('training_years', '快三年了').training_years).toBeUndefined();
    expect(ans('identifier_registrations_yi', '230000000').identifier_registrations_yi).toBeUndefined();
    expect(ans('identifier_registrations_yi', '2.3亿').identifier_registrations_yi).toBe(2.3);
    // 年底完成了一半: half done by the end of the year, no completion date.
    const half = ans('start_date', '21年9月10号开的工，年底完成了一半');
    expect(half).toMatchObject({ start_date: '2021-09-10' });
    expect(half.completion_date).toBeUndefined();
    expect(ans('cluster_focus', '我们同时服务好几个集群').cluster_focus).toBe(false);
    expect(
      ans('lab_with_jiangsu_university', '跟东南大学合作，不过实验室放在我们公司园区里').lab_with_jiangsu_university,
    ).toBeUndefined();
    expect(ans('smes_served_2021', 'a hundred and forty', 'en').smes_served_2021).toBe(140);
    expect(ans('innovation_center_age_years', 'two and a half years', 'en').innovation_center_age_years).toBe(2.5);
  });

  it('tune-o: an average is no year, a total said is the count, a yes with a figure, clusters and universities in English', () => {
    const ans = (slot: string, text: string, locale: 'en' | 'zh-CN' = 'zh-CN') =>
      step({ ...pendingOn(slot), locale }, text).state.profile as Record<string, unknown>;
    const avg = said('南京一家培训公司，近三年平均收入八百来万，每年线下培训两千多人次');
    expect(avg.revenue_3y_avg).toBe(800);
    expect(avg.revenue_last_year).toBeUndefined();
    expect(ans('revenue_3y_avg', 'about 6 million a year, per the audits', 'en').revenue_3y_avg).toBe(600);
    expect(ans('identifier_promotion_events', '已经办了3场，下半年再办3场，一共6场').identifier_promotion_events).toBe(
      6,
    );
    expect(
      ans('identifier_capability', 'Yep, we have a dedicated identifier team of 30.', 'en').identifier_capability,
    ).toBe(true);
    expect(ans('cluster_focus', 'Only the biomedicine cluster.', 'en').cluster_focus).toBe(true);
    expect(ans('cluster_focus', 'We serve several clusters.', 'en').cluster_focus).toBe(false);
    expect(
      ans('lab_with_jiangsu_university', 'Our partner is Zhejiang University in Hangzhou.', 'en')
        .lab_with_jiangsu_university,
    ).toBe(false);
  });

  it('play-test 16: a bare yes against the question’s words, the investment’s cutoff, an old date, exact counts and ex-tax figures', () => {
    const en = (slot: string, text: string, profile: DialogState['profile'] = {}) =>
      step({ ...pendingOn(slot, profile), locale: 'en' }, text).state.profile as Record<string, unknown>;
    const zh = (slot: string, text: string) => step(pendingOn(slot), text).state.profile as Record<string, unknown>;
    // "they initiated it" is the question's no, but the yes came first (they = the client): never recorded as no.
    expect(en('merger_initiator', 'Yes, my client is the buyer, they initiated it').merger_initiator).not.toBe(false);
    expect(en('merger_initiator', 'no, they initiated it').merger_initiator).toBe(false);
    const cutoff = en(
      'approvals_complete',
      'Yes all complete. We started construction March 2021, until end of 2021 we had invested around 12 million',
    );
    expect(cutoff).toMatchObject({ approvals_complete: true, invested_by_2021_end: 1200 });
    expect(cutoff.completion_date).toBeUndefined();
    // 2015年3月开始的 to the years of training: the firm's founding, no project start.
    const years = zh('training_years', '6年多了，2015年3月开始的');
    expect(years.start_date).toBeUndefined();
    expect(zh('smes_served_2021', '去年线下服务了150多家，准确是156家，活动搞了10场')).toMatchObject({
      smes_served_2021: 156,
      public_events_2021: 10,
    });
    expect(zh('platform_investment_2021', '2021年投入大概4百万出头，不含税是418万').platform_investment_2021).toBe(418);
    // 还有投入是418万不是400万 after the answer: the answer recorded, the figure said instead of another corrected.
    const instead = step(
      pendingOn('free_service_share_pct', { platform_investment_2021: 400 }),
      '免费服务占30%左右。还有投入是418万不是400万',
    );
    expect(instead.state.profile).toMatchObject({ free_service_share_pct: 30, platform_investment_2021: 418 });
    // 中小企业服务平台 names the SMEs served, not the speaker: 民办非企业 is the kind said.
    expect(said('中小企业服务平台那个。我们单位性质是民办非企业，不是公司').applicant_kind).toBe('nonprofit');
  });

  it('play-test 16, after the verdict: a finish date moved, the right figure said beside the wrong one, a question after', () => {
    const afterTurn = (profile: DialogState['profile'], last: string, text: string, locale: 'en' | 'zh-CN' = 'zh-CN') =>
      step(
        { ...pendingOn(last, profile), phase: 'done', pending: null, asked: [last], lastAnswered: last, locale },
        text,
      );
    const moved = afterTurn(
      { completion_date: '2023-05-31', stage: 'under_construction' },
      'completion_date',
      'Sorry, update: the finish date moved, now planned August 2023',
      'en',
    );
    expect(moved.state.profile).toMatchObject({ completion_date: '2023-08-31', stage: 'under_construction' });
    const swap = afterTurn(
      { invested_by_2021_end: 500, total_investment: 2800 },
      'invested_by_2021_end',
      '我又核实了一下，700万是对的，500万是去年11月底的数。另外企业今年追加的投资能不能算进总投资？',
    );
    expect(swap.state.confirm).toEqual({ fact: 'invested_by_2021_end', value: 700 });
    // The question is answered too, and the change to confirm is asked last.
    expect(swap.replies.length).toBeGreaterThanOrEqual(2);
    expect(swap.replies.at(-1)?.text).toContain('700');
  });

  it('play-test 16: the recognitions closed in people’s words, with other facts after, or none said in English', () => {
    const certs = (text: string, mentioned: string[] = ['little-giant-2021']) =>
      step(
        { ...pendingOn('certifications'), mentionedCerts: mentioned, locale: /[a-z]/iu.test(text) ? 'en' : 'zh-CN' },
        text,
      ).state.profile;
    expect(certs('对，就这一个').certifications).toEqual(['little-giant-2021']);
    expect(certs('就这些。近三年营收平均增长12%左右')).toMatchObject({
      certifications: ['little-giant-2021'],
      revenue_growth_3y_avg_pct: 12,
    });
    for (const text of ['We have none of these list', 'No, we dont have any', 'we have none']) {
      expect(certs(text, []).certifications, text).toEqual([]);
    }
  });

  it('tune-n: a bracket with the asked basis between a word and its figure, approvals 都齐的', () => {
    expect(said('项目总投资（不含税、不含土建）4,500万，2021年11月完工').total_investment).toBe(4500);
    // A bracket that says the figure includes tax keeps it from being recorded.
    expect(said('项目总投资（含税）4,500万').total_investment).toBeUndefined();
    expect(said('盐城的印染厂规上的 想报绿色化改造 环评能评备案都齐的').approvals_complete).toBe(true);
  });

  it('tune-o: an acceptance without its written opinion is not accepted, however it is said in English', () => {
    for (const text of [
      "They inspected it but we haven't got the opinion yet.",
      "Accepted, but the opinion hasn't been issued yet",
      "inspected, but we don't have the written opinion yet",
    ]) {
      expect(step({ ...pendingOn('accepted'), locale: 'en' }, text).state.profile.accepted, text).toBe(false);
    }
  });

  it('three or four years is a range, asked', () => {
    expect(step({ ...pendingOn('lab_cooperation_years'), locale: 'en' }, 'three or four years').state.profile).toEqual(
      {},
    );
    expect(step({ ...pendingOn('lab_cooperation_years'), locale: 'en' }, 'five years').state.profile).toEqual({
      lab_cooperation_years: 5,
    });
  });

  it('a yes followed by a statement of another fact (yes we are in Jiangsu) records the statement and asks the question again', () => {
    for (const text of ['yes we are in Jiangsu', '是的，我们在江苏', '有的，我们是规上企业']) {
      const t = step(pendingOn('identifier_capability'), text);
      expect(t.state.profile.identifier_capability, text).toBeUndefined();
      expect(t.state.pending, text).toBe('identifier_capability');
      expect(Object.keys(t.state.profile).length, text).toBeGreaterThan(0);
    }
    expect(step(pendingOn('identifier_capability'), 'yes we are in Jiangsu').state.profile.in_jiangsu).toBe(true);
    // Said beside the yes (另外, also), or of the question's own fact, the yes answers the question.
    for (const text of ['有的 另外我们是规上企业', 'yes, we also are above designated size', 'yes we did']) {
      expect(step(pendingOn('identifier_capability'), text).state.profile.identifier_capability, text).toBe(true);
    }
    expect(step(pendingOn('above_scale'), 'yes we are above designated size').state.profile.above_scale).toBe(true);
  });

  it('a "total" that is not the sum of the figures beside it is asked, not recorded', () => {
    const t = step(pendingOn('total_investment'), '设备2000万软件500万合计2600万');
    expect(t.state.profile.total_investment).toBeUndefined();
  });

  it('小巨人 alone is kept as a mention of the 2021 one, never as the recognitions answer', () => {
    expect(step(undefined, '我们是小巨人，常州的').state.mentionedCerts).toEqual(['little-giant-2021']);
    expect(step(undefined, '我们是19年评上的小巨人，常州的').state.mentionedCerts ?? []).toEqual([]);
    const t = step(pendingOn('certifications'), '小巨人');
    expect(t.state.profile.certifications).toBeUndefined();
  });

  it("the city's subsidy, the full-time staff and a listed event are read; 有自主知识产权 alone is not own_ip (2.2.1 also asks a research base and funding)", () => {
    expect(step(undefined, '泰州兴化一家不锈钢制品厂，贷款2500万，市里已经贴了20万').state.profile).toMatchObject({
      other_interest_subsidy_2021: 20,
    });
    expect(step(undefined, '靖江一家造船厂 市里贴息没有').state.profile.other_interest_subsidy_2021).toBe(0);
    expect(step(undefined, '镇江丹阳眼镜产业集群促进中心，专职人员12个人').state.profile.service_team_size).toBe(12);
    expect(step(undefined, '泰兴经济开发区，办一个化工新材料展会，是省里确定的').state.profile.event_listed).toBe(true);
    expect(step(undefined, '关键技术攻关项目 研发投入3800万 我们有自主知识产权').state.profile.own_ip).toBeUndefined();
  });

  it('a duration beside a loan is its term when no other duration is named (1.1.2 turns on 5 years)', () => {
    expect(step(undefined, '昆山 规上 做精密模具 贷款4千万 5年 利率4.1').state.profile.loan_term_years).toBe(5);
    expect(step(undefined, 'loan 20m from ICBC Changshu, rate 4.1% for 3 years').state.profile.loan_term_years).toBe(3);
    // Two durations, or one named for something else: not the loan's.
    expect(step(undefined, '贷款4千万 5年 合作期3年').state.profile.loan_term_years).toBeUndefined();
    expect(step(undefined, '贷款4千万 5年多').state.profile.loan_term_years).toBeUndefined();
  });

  it('a deal paid all in cash has its amount as its cash part (3.1.2 counts the cash part)', () => {
    expect(step(pendingOn('acquisition_amount'), '五千五百万，全是现金').state.profile).toEqual({
      acquisition_amount: 5500,
      acquisition_cash: 5500,
    });
    expect(step(undefined, '南京某国企 兼并重组 出资2.4亿 全现金').state.profile).toMatchObject({
      acquisition_amount: 24000,
      acquisition_cash: 24000,
    });
    // Cash named with no deal figure: nothing to copy.
    expect(step(pendingOn('acquisition_amount'), '全是现金').state.profile.acquisition_cash).toBeUndefined();
  });

  it('the one unnamed figure answers the amount asked when the others are named for other facts', () => {
    const t = step(pendingOn('total_investment'), '50 million yuan, and the bank loan was 30 million');
    expect(t.state.profile).toEqual({ total_investment: 5000, fixed_asset_loan: 3000 });
  });

  it('还有一个 出资六千万的 to "more deals?" is a yes, and the figure is the next deal one', () => {
    const t = step(pendingOn('more_acquisitions'), '还有一个 出资六千万的');
    expect(t.state.profile).toEqual({ more_acquisitions: true, acquisition_2_amount: 6000 });
  });

  it('a bare figure followed by a year is a list of years, not a percentage (19年负增长 20 21年涨了不少)', () => {
    const t = step(pendingOn('revenue_growth_3y_avg_pct'), '19年负增长 20 21年涨了不少');
    expect(t.state.profile.revenue_growth_3y_avg_pct).toBeUndefined();
    expect(step(pendingOn('revenue_growth_3y_avg_pct'), '平均增长 20').state.profile.revenue_growth_3y_avg_pct).toBe(
      20,
    );
  });

  it('一亿两千 is 12000万 and 两亿三千 23000万, not 10000.2 (found by the second play-test)', () => {
    expect(step(pendingOn('revenue_last_year'), '一亿两千').state.profile.revenue_last_year).toBe(12000);
    expect(step(pendingOn('revenue_last_year'), '两亿三千').state.profile.revenue_last_year).toBe(23000);
    expect(step(pendingOn('approvals_complete'), '手续在办了').state.profile.approvals_complete).toBe(false);
  });

  it.each([
    [
      '2021年营收两千万元，不到规上，总投资三百万，没有贷款',
      { above_scale: false, fixed_asset_loan: 0, revenue_last_year: 2000 },
    ],
    [
      '贷款是从上海浦发银行总行贷的 3000万 项目在扬州',
      { fixed_asset_loan: 3000, loan_from_jiangsu_bank: false, in_jiangsu: true },
    ],
    [
      '2021年营收 12,345.67万元 总投资 ¥3,000万 贷款 20000000元',
      { revenue_last_year: 12345.67, total_investment: 3000, fixed_asset_loan: 2000 },
    ],
  ])('the opening %s is read as meant (found by the third play-test)', (text, facts) => {
    const t = step(undefined, text);
    expect(t.state.profile).toMatchObject(facts);
    expect(t.state.profile.industrial).toBeUndefined();
  });

  it('a correction inside the message takes the figure after the marker (总投资4000万，不对，是4500万)', () => {
    const t = step(pendingOn('fixed_asset_loan'), '总投资4000万，不对，是4500万');
    expect(t.state.profile.total_investment).toBe(4500);
  });

  it('a confirmation left unanswered never stalls the dialog: the planned question follows', () => {
    const told = step(undefined, '泰州一家做阀门的规上企业，去年做了技改，总投资四千万，银行贷了两千五');
    let t = step(told.state, '齐全，总投资五千万');
    expect(t.state.confirm).toMatchObject({ fact: 'total_investment', value: 5000 });
    expect(t.state.pending).not.toBeNull();
    const pending = t.state.pending;
    t = step(t.state, '结果');
    expect(t.state.pending).toBe(pending);
    expect(t.replies.at(-1)).toMatchObject({ slot: pending });
    expect(t.state.profile.total_investment).toBe(4000);
  });

  it('21年7月开始 to the completion question is the start date', () => {
    const t = step(pendingOn('completion_date'), '21年7月开始');
    expect(t.state.profile.completion_date).toBeUndefined();
    expect(t.state.profile.start_date).toBe('2021-07-31');
  });

  it('a policy question typed while an amount is pending is answered, never read as the amount', () => {
    for (const q of ['5G项目补助怎么拨付', '2021年的利息怎么算']) {
      const t = step(pendingOn('revenue_last_year'), q);
      expect(t.state.profile.revenue_last_year).toBeUndefined();
      expect(t.state.pending).toBe('revenue_last_year');
    }
  });

  it('a correction goes to the fact answered last, not to the question now pending', () => {
    const t = step(pendingOn('fixed_asset_loan', { total_investment: 600 }, 'total_investment'), '不对，是七百万');
    expect(t.state.profile.total_investment).toBe(700);
    expect(t.state.profile.fixed_asset_loan).toBeUndefined();
    expect(t.replies[0]?.text).toContain('已更正');
  });

  it('a correction with a figure never goes to a yes/no answered last: it goes to the latest amount, or is asked', () => {
    const afterYes = step(
      {
        ...pendingOn(
          'loan_from_jiangsu_bank',
          { total_investment: 600, approvals_complete: true },
          'approvals_complete',
        ),
        asked: ['total_investment', 'approvals_complete', 'loan_from_jiangsu_bank'],
      },
      '不对，是七百万',
    );
    expect(afterYes.state.profile).toMatchObject({ total_investment: 700, approvals_complete: true });
    const nothingFits = step(
      pendingOn('loan_from_jiangsu_bank', { approvals_complete: true }, 'approvals_complete'),
      '不对，是五千万',
    );
    expect(nothingFits.state.profile).toEqual({ approvals_complete: true });
    expect(nothingFits.replies[0]?.text).toContain('您想更正哪一项');
  });

  it('a correction naming its fact in another clause goes to that fact', () => {
    const t = step(pendingOn('loan_from_jiangsu_bank', { fixed_asset_loan: 2000 }), '前面贷款写错了，应该是2500万');
    expect(t.state.profile.fixed_asset_loan).toBe(2500);
    expect(t.state.profile.loan_from_jiangsu_bank).toBeUndefined();
  });

  it('mixed initiative: a figure named for another fact is recorded and the pending question asked again', () => {
    const t = step(pendingOn('revenue_last_year'), '贷款五千万');
    expect(t.state.profile).toEqual({ fixed_asset_loan: 5000 });
    expect(recordedIn(t.replies)).toEqual({ fixed_asset_loan: 5000 });
    expect(t.replies.at(-1)).toMatchObject({ kind: 'ask', slot: 'revenue_last_year' });
  });

  it('a denied figure beside the stated one is set aside, and a correction reads its value after the last marker', () => {
    const denied = step(pendingOn('start_date', { total_investment: 6500 }), '刚才说错了，总投资是5600不是6500');
    expect(denied.state.profile.total_investment).toBe(5600);
    const lastMarker = step(pendingOn('smes_served_2021', { satisfaction_pct: 90 }), '不对 满意度刚才说错了 是93');
    expect(lastMarker.state.profile.satisfaction_pct).toBe(93);
    // A denial alone states nothing: 不是6500 is no value.
    const alone = step(pendingOn('total_investment'), '不是6500万');
    expect(alone.state.profile.total_investment).toBeUndefined();
  });

  it('speech with no punctuation: an amount takes the noun before it, 忆 after a figure is 亿, a sum is not its last part', () => {
    const t = said('我们这个项目吧前年就开始弄了去年九月份才算正式投产总投资是两千六百万左右贷款是一千八');
    expect(t).toMatchObject({ total_investment: 2600, fixed_asset_loan: 1800 });
    expect(step(pendingOn('revenue_last_year'), '四点六个忆').state.profile.revenue_last_year).toBe(46000);
    // 同意 and 回忆 hold no figure.
    expect(step(pendingOn('revenue_last_year'), '同意').state.profile.revenue_last_year).toBeUndefined();
    const sum = step(pendingOn('total_investment'), '设备加软件一共4200万，不含税的');
    expect(sum.state.profile).toEqual({ total_investment: 4200 });
    // A tax-inclusive total beside its ex-tax value, parted by a space: the ex-tax one answers.
    expect(step(pendingOn('equipment_invoice_2021'), '价税合计1130万 不含税1000万').state.profile).toEqual({
      equipment_invoice_2021: 1000,
    });
    // 不含税 between the word and its figure keeps them in one clause.
    const invoice = said('技改备案总投资3600万 固贷2400万 设备发票不含税两千一百万');
    expect(invoice.equipment_invoice_2021).toBe(2100);
  });

  it('speech typed with spaces for pauses: a word ends the chunk before its figure, across filler only', () => {
    const t = said('喂 那个 就是 我们是宜兴 做环保设备的 然后 去年营收 差不多 一个多亿 然后 想问问那个 服务化改造');
    expect(t.revenue_last_year).toBe(10000);
    // A chunk with its own figure keeps its word; a figure after another in its clause takes no word from further back.
    const own = said('我们想办个培训 计划培训600人 3.5天以上的班有4个');
    expect(own.planned_trainees).toBe(600);
    // A date's verb may close the chunk before it (建成投产了 去年9月); 还没装完 is under construction.
    const done = step(pendingOn('stage'), '建成投产了 去年9月');
    expect(done.state.profile).toMatchObject({ stage: 'completed', completion_date: '2021-09-30' });
    expect(step(pendingOn('stage'), '厂房好了 设备还没装完').state.profile.stage).toBe('under_construction');
    // A chunk that is not filler stops the search.
    expect(step(undefined, '去年营收 我们做阀门 一个多亿').state.profile.revenue_last_year).toBeUndefined();
  });

  it('English names the thing after its figure; a count kept in 亿 is recorded in 亿', () => {
    const t = step(
      undefined,
      'Identifier node project in Nanjing: we expect 3bn registrations, 1.5bn resolutions, 1200 enterprises connected',
      { locale: 'en' },
    );
    expect(t.state.profile).toMatchObject({ identifier_registrations_yi: 30, identifier_resolutions_yi: 15 });
    expect(t.state.profile.total_investment).toBeUndefined();
    const zh = said('累计注册量预计2.5亿，解析量1.2亿，接入企业1100家');
    expect(zh).toMatchObject({
      identifier_registrations_yi: 2.5,
      identifier_resolutions_yi: 1.2,
      identifier_connected_enterprises: 1100,
    });
  });

  it('a month and day with no year take the year before them; a date said to be only the plan gives way', () => {
    const t = step(pendingOn('completion_date'), '原来计划是去年10月底完工 后来拖到 12月10号才弄完');
    expect(t.state.profile.completion_date).toBe('2021-12-10');
    // With no year anywhere, a month and day are not read as a date of some year.
    expect(step(pendingOn('completion_date'), '12月10号弄完的').state.profile.completion_date).toBeUndefined();
    // Two dates with no plan word are still two readings: asked.
    expect(
      step(pendingOn('completion_date'), '去年10月底完工 12月10号也完工').state.profile.completion_date,
    ).toBeUndefined();
  });

  it('重来吧 starts over; a subsidy approved but not yet paid is asked; 跟节能没关系 is a no', () => {
    const again = step(pendingOn('approvals_complete'), '重来吧 刚才填乱了');
    expect(again.state.profile).toEqual({});
    expect(again.state.pending).not.toBe('approvals_complete');
    const unpaid = step(pendingOn('other_interest_subsidy_2021'), '市里批了30万 还没到账');
    expect(unpaid.state.profile.other_interest_subsidy_2021).toBeUndefined();
    expect(
      step(pendingOn('other_interest_subsidy_2021'), '市里给了30万').state.profile.other_interest_subsidy_2021,
    ).toBe(30);
    expect(
      step(pendingOn('other_interest_subsidy_2021'), '还在申请，没拿到').state.profile.other_interest_subsidy_2021,
    ).toBe(0);
    expect(step(pendingOn('green_direction'), '我们是扩产能的 跟节能没关系').state.profile.green_direction).toBe(false);
  });

  it('the RMB value beside a foreign figure takes its word; 不少于 is a floor, 少于 a ceiling', () => {
    const deal = said('去年并购了一家美国公司，出资1200万美元，折合人民币大概7800万');
    expect(deal.acquisition_amount).toBe(7800);
    expect(step(undefined, '计划培训900人，每班不少于60人').state.profile.min_class_size).toBe(60);
    expect(step(pendingOn('total_investment'), '少于3000万').state.profile.total_investment).toBeUndefined();
  });

  it('English counts name their thing after the figure, and a thousands separator is no clause break', () => {
    const en = (text: string) => step(undefined, text, { locale: 'en' }).state.profile;
    expect(en('University office here. We plan 1,000 trainees, 12 classes of 4 days').planned_trainees).toBe(1000);
    expect(en('cluster org in Wuxi, 12 full-time staff, 2021 service revenue RMB 2.3m')).toMatchObject({
      service_team_size: 12,
      cluster_service_revenue_2021: 230,
    });
    expect(en('green retrofit project 30m total, 7m spent by end-2021')).toMatchObject({
      total_investment: 3000,
      invested_by_2021_end: 700,
    });
  });

  it('a deal told by its date answers the 2021 merger gate from the date; 收购了 after a date is the deal’s', () => {
    const later = step(pendingOn('merger_completed_2021'), '今年3月刚完成');
    expect(later.state.profile).toMatchObject({ merger_completed_2021: false, acquisition_date: '2022-03-31' });
    expect(later.state.profile.completion_date).toBeUndefined();
    const inYear = step(pendingOn('merger_completed_2021'), '去年7月完成的');
    expect(inYear.state.profile.merger_completed_2021).toBe(true);
    expect(step(undefined, '去年8月收购了一家企业').state.profile.acquisition_date).toBe('2021-08-31');
  });

  it('of two figures, the one for 2021, the fact’s own word, or the parts’ sum answers', () => {
    const year = step(pendingOn('revenue_last_year'), '去年是1.2个亿，前年9000万');
    expect(year.state.profile.revenue_last_year).toBe(12000);
    expect(
      step(pendingOn('equipment_invoice_2021'), '去年开了2000万（不含税） 今年又开了500').state.profile
        .equipment_invoice_2021,
    ).toBe(2000);
    // Neither said for 2021: asked.
    expect(step(pendingOn('revenue_last_year'), '1.2个亿或者9000万').state.profile.revenue_last_year).toBeUndefined();
    expect(
      step(pendingOn('revenue_last_year'), '营收2个亿出头 主营的话大概1.8亿').state.profile.revenue_last_year,
    ).toBe(18000);
    expect(step(pendingOn('total_investment'), '备案是5000 实际投了5600').state.profile.total_investment).toBe(5000);
    expect(step(pendingOn('fixed_asset_loan'), '贷了两笔 一笔2000 一笔1500').state.profile.fixed_asset_loan).toBe(3500);
    expect(step(pendingOn('fixed_asset_loan'), '一笔2000 一笔不清楚').state.profile.fixed_asset_loan).toBeUndefined();
  });

  it('corrections said as 是错的 or in English with the denied figure after it', () => {
    const zh = step(pendingOn('total_investment', { fixed_asset_loan: 4000 }), '等下 我刚才说贷款4000是错的 是3000');
    expect(zh.state.profile.fixed_asset_loan).toBe(3000);
    const en = step(
      { ...pendingOn('loan_rate_pct', { fixed_asset_loan: 4000 }), locale: 'en' },
      'sorry, the loan was 3000 not 4000',
    );
    expect(en.state.profile.fixed_asset_loan).toBe(3000);
    // Two facts corrected in one message each take their own value.
    const both = step(
      { ...pendingOn('rd_investment', { completion_date: '2023-06-30', start_date: '2022-03-31' }), locale: 'en' },
      'sorry my mistake, completion is planned for May 2024, we started in July 2022',
    );
    expect(both.state.profile).toMatchObject({ completion_date: '2024-05-31', start_date: '2022-07-31' });
    // The 应该是 form, with the old figure denied after the new one.
    const set = step(
      pendingOn('fixed_asset_loan', { total_investment: 6000 }),
      '刚才总投资说错了，应该是7000万不是6000',
    );
    expect(set.state.profile.total_investment).toBe(7000);
    // A year beside a figure is no second figure.
    const year = step(
      { ...pendingOn('taxes_paid_last_year'), locale: 'en' },
      "5.6m, and fyi we're a 2021 new little giant",
    );
    expect(year.state.profile.taxes_paid_last_year).toBe(560);
  });

  it('a mild hedge on the yes (应该是, 算是吧) gives way to the thing named; 好像 does not', () => {
    expect(step(pendingOn('industrial'), '算是吧 做电缆的').state.profile.industrial).toBe(true);
    expect(step(pendingOn('loan_from_jiangsu_bank'), '应该是 苏州农商行').state.profile.loan_from_jiangsu_bank).toBe(
      true,
    );
    expect(
      step(pendingOn('loan_from_jiangsu_bank'), '好像是苏州农商行吧').state.profile.loan_from_jiangsu_bank,
    ).toBeUndefined();
    expect(step(pendingOn('above_scale'), '应该是吧').state.profile.above_scale).toBeUndefined();
  });

  it('a rate said per year is the yearly average asked; 工商变更9月份办完了 is a yes', () => {
    const en = step({ ...pendingOn('revenue_growth_3y_avg_pct'), locale: 'en' }, 'around 12% per year');
    expect(en.state.profile.revenue_growth_3y_avg_pct).toBe(12);
    expect(
      step(pendingOn('revenue_growth_3y_avg_pct'), '每年增长一成左右').state.profile.revenue_growth_3y_avg_pct,
    ).toBe(10);
    // An amount said per year is still on another basis.
    expect(step(pendingOn('total_investment'), '每年投500万').state.profile.total_investment).toBeUndefined();
    expect(step(pendingOn('acquisition_registered'), '工商变更9月份办完了').state.profile.acquisition_registered).toBe(
      true,
    );
    // The question's own word negated right before it is its opposite.
    expect(step(pendingOn('event_listed'), '是我们市自己办的 不在名单里').state.profile.event_listed).toBe(false);
  });

  it('a changed figure after the verdict is confirmed without first saying nothing changed', () => {
    const told = step(undefined, '盐城一家纺机厂，规上的，技改项目备案总投资2,800万，固贷两千万整，工行盐城分行放的款');
    const t = step(told.state, '总投资2900万');
    expect(t.state.confirm).toMatchObject({ fact: 'total_investment', value: 2900 });
    expect(t.replies.map((r) => r.text).join('\n')).not.toContain('没有改变');
  });

  it('"which can we apply for" at the opening question is 全部 with the facts kept; gate numbers with a reason after them', () => {
    const started = step(undefined, '开始');
    const t = step(started.state, '我是盐城市工信局的，局里自己能申报哪些');
    expect(t.state.profile.applicant_kind).toBe('city_bureau');
    expect(t.state.pending).not.toBe('focus');
    expect(t.state.pending).toBe('gates');
    const offered = t.state.offeredGates ?? [];
    const seventh = offered[6];
    const picked = step(t.state, '7吧，市中小企业服务中心归我们局管');
    expect(seventh && picked.state.profile[seventh as keyof typeof picked.state.profile]).toBe(true);
  });

  it('做了五年多 is about five years (a floor the guide’s ≥ 3 years and < 3 years both read safely); a loan’s 五年多 is asked', () => {
    expect(step(pendingOn('training_years'), '做了五年多').state.profile.training_years).toBe(5);
    // Past five years is another LPR bucket (1.1.2): the term is asked.
    expect(step(pendingOn('loan_term_years'), '五年多').state.profile.loan_term_years).toBeUndefined();
  });

  it('yes by "already done" or "of course" inside the answer; a rough count is no question; nearly done is asked', () => {
    expect(step(pendingOn('identifier_showroom'), '展厅已经建好了').state.profile.identifier_showroom).toBe(true);
    expect(step(pendingOn('industrial'), '化工厂当然是啊').state.profile.industrial).toBe(true);
    expect(step(pendingOn('approvals_complete'), '齐的').state.profile.approvals_complete).toBe(true);
    expect(step(pendingOn('own_ip'), '有，发明专利十几个，资金也没问题').state.profile.own_ip).toBe(true);
    expect(
      step({ ...pendingOn('acquisition_registered'), locale: 'en' }, 'done in Sept').state.profile
        .acquisition_registered,
    ).toBe(true);
    expect(
      step(pendingOn('has_plan_and_targets'), '方案在写，差不多了').state.profile.has_plan_and_targets,
    ).toBeUndefined();
    // Negated, it is still a no.
    expect(step(pendingOn('identifier_showroom'), '展厅还没建好').state.profile.identifier_showroom).toBe(false);
  });

  it('a yes for part of it (主要还是wifi) or with part left to the boss (要请示领导) is asked, not recorded', () => {
    expect(step(pendingOn('fiveg_direction'), '就装了几台5G CPE，主要还是wifi').state.profile.fiveg_direction).toBe(
      undefined,
    );
    expect(step(pendingOn('fiveg_direction'), '装了5G专网').state.profile.fiveg_direction).toBe(true);
    const boss = step(pendingOn('security_services_commitment'), '监测评估都能做 对接省平台要请示领导');
    expect(boss.state.profile.security_services_commitment).toBeUndefined();
    expect(boss.state.pending).toBe('security_services_commitment');
    expect(
      step(pendingOn('security_services_commitment'), '都能做，对接省平台没问题').state.profile
        .security_services_commitment,
    ).toBe(true);
    // Undecided on its own.
    expect(step(pendingOn('security_services_commitment'), '还没决定').state.profile.security_services_commitment).toBe(
      undefined,
    );
  });

  it('a loan still being approved, another year’s revenue and interest with civil works in it are asked, not recorded', () => {
    expect(step(pendingOn('fixed_asset_loan'), '贷款还在批，报上去的是三千万').state.profile.fixed_asset_loan).toBe(
      undefined,
    );
    expect(step(pendingOn('fixed_asset_loan'), '贷款三千万，已经放款了').state.profile.fixed_asset_loan).toBe(3000);
    expect(step(pendingOn('revenue_last_year'), '前年是九千万，去年的还没出来').state.profile.revenue_last_year).toBe(
      undefined,
    );
    expect(step(pendingOn('revenue_last_year'), '去年九千万').state.profile.revenue_last_year).toBe(9000);
    const interest = step(pendingOn('loan_interest_paid_2021'), '利息付了150万，里面有一部分是土建的');
    expect(interest.state.profile.loan_interest_paid_2021).toBeUndefined();
    // 不含土建 is the basis asked, no block.
    expect(
      step(pendingOn('loan_interest_paid_2021'), '付了九十二万 不含土建').state.profile.loan_interest_paid_2021,
    ).toBe(92);
    const opening = said('丹阳的规上企业，项目总投资4800万，贷款3000万还在银行审批');
    expect(opening.fixed_asset_loan).toBeUndefined();
    expect(opening.total_investment).toBe(4800);
    const years = said('句容的，我们是规上，前年主营有八千万，去年的账还没审完');
    expect(years.revenue_last_year).toBeUndefined();
  });

  it('a yes with a part unknown or still under way is asked; a part missing from an all-of answer is a no', () => {
    expect(
      step(pendingOn('approvals_complete'), '备案环评都有 能评不清楚 我问下再说').state.profile.approvals_complete,
    ).toBeUndefined();
    // Both changes are asked together: one still under way is a plain no (tune-f's author reads it so).
    expect(
      step(pendingOn('acquisition_registered'), '工商变更办好了，股权变更还在走').state.profile.acquisition_registered,
    ).toBe(false);
    expect(step(pendingOn('approvals_complete'), '备案有了 环评还在做').state.profile.approvals_complete).toBe(false);
    expect(step(pendingOn('acquisition_registered'), '办好了').state.profile.acquisition_registered).toBe(true);
  });

  it('a park after "in" is where an English applicant is; "on behalf of a local company" speaks for the company', () => {
    const located = step(undefined, 'we are in suzhou industrial park a dutch company doing service oriented upgrade', {
      locale: 'en',
    });
    expect(located.state.profile.applicant_kind).toBe('enterprise');
    const proxy = step(
      undefined,
      "I'm from the Suqian Economic Development Zone admin committee, asking on behalf of a local textile company.",
      { locale: 'en' },
    );
    expect(proxy.state.profile.applicant_kind).toBe('enterprise');
    expect(
      step(undefined, 'Suzhou Industrial Park here, we want to apply for the xinchuang pilot zone', { locale: 'en' })
        .state.profile.applicant_kind,
    ).toBe('park');
  });

  it('play-test 5: an amount to a rate question, a figure corrected in its own message, customers’ sector', () => {
    // The 26 of "26 million" is no rate.
    const rate = step({ ...pendingOn('loan_rate_pct'), locale: 'en' }, '26 million excluding VAT');
    expect(rate.state.profile.loan_rate_pct).toBeUndefined();
    expect(step({ ...pendingOn('loan_rate_pct'), locale: 'en' }, '3.9, five-year loan').state.profile).toMatchObject({
      loan_rate_pct: 3.9,
      loan_term_years: 5,
    });
    // 一百五十万 不对 是两百万: the pending question takes the corrected figure; 付了一笔 names no deal.
    const fixed = step(pendingOn('invested_by_2021_end'), '一百五十万 不对 是两百万 年底又付了一笔');
    expect(fixed.state.profile.invested_by_2021_end).toBe(200);
    expect(fixed.state.profile.acquisition_amount).toBeUndefined();
    // A security firm serving manufacturers is not one; a space after a whole amount ends its clause.
    const firm = said(
      '你好 我们是徐州一家网络安全公司 做工业互联网安全监测平台 给园区里的制造企业提供安全监测服务 平台总投入八百万 21年底前已经投了两百万',
    );
    expect(firm.industrial).toBe(false);
    expect(firm.total_investment).toBe(800);
    expect(firm.invested_by_2021_end).toBe(200);
    expect(step(undefined, '我们是常州一家制造企业，给汽车厂做配件').state.profile.industrial).toBe(true);
  });

  it('openings: 近三年 is a period, not a figure; 一万两千人次 is a count; the acceptance opinion obtained is accepted', () => {
    const training = step(
      undefined,
      '我们是苏州一家培训公司，近三年年均收入一千二百万左右（审计报告），年均线下培训一万两千人次',
    ).state.profile;
    expect(training.revenue_3y_avg).toBe(1200);
    expect(training.trainees_3y_avg).toBe(12000);
    const growth = step(undefined, '张家港的，近三年主营平均增长15%，研发占比近三年平均3.8%').state.profile;
    expect(growth.revenue_growth_3y_avg_pct).toBe(15);
    expect(growth.rd_ratio_3y_avg_pct).toBe(3.8);
    expect(
      step(undefined, '无锡惠山做汽车零部件的，示范工厂项目2021年11月完工的，推荐单位的验收意见也拿到了').state.profile
        .accepted,
    ).toBe(true);
    const en = step(
      undefined,
      'German-owned auto parts maker in Taicang. Completed Nov 2021, acceptance opinion received in January.',
      { locale: 'en' },
    ).state.profile;
    expect(en.accepted).toBe(true);
    // Still not accepted when the opinion is not out.
    expect(step(undefined, '宜兴的，标杆工厂项目去年12月20日完工，验收意见还没拿到').state.profile.accepted).toBe(
      false,
    );
  });

  it('recognitions said before: the list question names them, 就这些 takes them, a list adds to them, 都没有 is asked', () => {
    const told = step(undefined, '您好 我们常州的 做工程机械液压件的 去年进了省智能制造示范工厂名单');
    const asking = { ...told.state, pending: 'certifications', asked: [...told.state.asked, 'certifications'] };
    const all = step(asking as never, '就这些');
    expect(all.state.profile.certifications).toEqual(['smart-factory-list']);
    for (const said of ['对，就这两个', '就这个，别的没有']) {
      expect(step(asking as never, said).state.profile.certifications).toEqual(['smart-factory-list']);
    }
    for (const said of ["that's all I think", "yes that's all"]) {
      expect(step({ ...asking, locale: 'en' } as never, said).state.profile.certifications).toEqual([
        'smart-factory-list',
      ]);
    }
    const more = step(asking as never, '还有2021年新认定的小巨人');
    expect(more.state.profile.certifications).toEqual(
      expect.arrayContaining(['smart-factory-list', 'little-giant-2021']),
    );
    const none = step(asking as never, '都没有');
    expect(none.state.profile.certifications).toBeUndefined();
    expect(none.state.pending).toBe('certifications');
    expect(none.replies.map((r) => r.text).join('\n')).toContain('您已提到');
    // Nothing said before: 都没有 is the empty list.
    expect(step(pendingOn('certifications'), '都没有').state.profile.certifications).toEqual([]);
  });

  it('play-test 5, English: sentences before a question are kept; "we are, 65 percent"; "no wait"; a year after a cue', () => {
    const opening = step(
      undefined,
      'Total registered investment 52 million RMB, with a 30 million fixed-asset loan from Bank of Jiangsu. Can we get the interest subsidy?',
      { locale: 'en' },
    );
    expect(opening.state.profile).toMatchObject({ fixed_asset_loan: 3000, loan_from_jiangsu_bank: true });
    const deal = step(
      undefined,
      'In August 2021 we acquired a supplier for RMB 80 million, and we now hold 65% and are the largest shareholder. Does the M&A subsidy apply?',
      { locale: 'en' },
    );
    expect(deal.state.profile).toMatchObject({ stake_after_pct: 65, largest_shareholder: true });
    expect(
      step({ ...pendingOn('largest_shareholder'), locale: 'en' }, 'we are, 65 percent').state.profile
        .largest_shareholder,
    ).toBe(true);
    const wait = step(
      { ...pendingOn('taxes_paid_last_year'), locale: 'en' },
      "4.5 million. No wait, that's the 2020 figure. For 2021 it was 3.5 million",
    );
    expect(wait.state.profile.taxes_paid_last_year).toBe(350);
    const year = step(
      undefined,
      'Wind component plant in Yancheng. Revenue 2021 somewhere between 300 and 400 million RMB.',
      {
        locale: 'en',
      },
    );
    expect(year.state.profile.revenue_last_year).toBeUndefined();
  });

  it('the fact asked, named as not known (利率不知道), is left open and the rest is kept; parts after 技改 name no total', () => {
    const rate = step(pendingOn('loan_rate_pct'), '利率不知道 得问财务 期限是三年');
    expect(rate.state.profile.loan_term_years).toBe(3);
    expect(rate.state.pending).not.toBe('loan_rate_pct');
    expect(rate.state.skipped).toContain('loan_rate_pct');
    // Another fact named as not known leaves the rate read.
    expect(step(pendingOn('loan_rate_pct'), '利率4.2 期限不知道').state.profile.loan_rate_pct).toBe(4.2);
    const parts = said('徐州一家工程机械配件厂，规上。技改主要是买了五台加工中心一千二百万、一条自动化产线一千八百万');
    expect(parts.total_investment).toBeUndefined();
    expect(step(undefined, '徐州一家机械厂，技改项目总投资三千万').state.profile.total_investment).toBe(3000);
  });

  it('play-test 5, pickers: 全部筛查 keeps the facts; gates by number with words, or 都不是 with a reason; 没有 都没评上过', () => {
    const told = step(
      undefined,
      '常州一家做阀门的规上企业，技改贷款贴息，备案总投资五千万，固定资产贷款三千万是江苏银行放的',
    );
    // The project figures of the focused screening are asked about first (same-project.test.ts).
    expect(step(told.state, '全部筛查').state.pending).toBe('same_project');
    const all = step(step(told.state, '全部筛查').state, '是同一个项目');
    expect(all.state.profile).toMatchObject({ total_investment: 5000, fixed_asset_loan: 3000 });
    expect(all.state.pending).toBe('gates');
    const english = step({ ...told.state, locale: 'en' }, 'Can you check all the other programs too?');
    expect(step(english.state, 'yes, same project').state.pending).toBe('gates');
    const offered = all.state.offeredGates ?? [];
    const fiveg = offered.indexOf('fiveg_direction') + 1;
    expect(fiveg).toBeGreaterThan(0);
    expect(step(all.state, `应该算第${fiveg}个吧`).state.profile.fiveg_direction).toBe(true);
    expect(step(all.state, `${fiveg}，5G那个`).state.profile.fiveg_direction).toBe(true);
    // The number and the words name different options: asked again.
    const other = fiveg === 1 ? 2 : 1;
    const clash = step(all.state, `just ${other}, the 5G one`);
    expect(clash.state.pending).toBe('gates');
    const none = step(all.state, '都不是 我们是示范平台 不是政府的服务中心');
    expect(none.state.pending).not.toBe('gates');
    expect(none.state.profile.fiveg_direction).toBe(false);
    expect(step(pendingOn('certifications'), '没有 都没评上过').state.profile.certifications).toEqual([]);
    expect(step(pendingOn('certifications'), '没有，只有小巨人').state.profile.certifications).toBeUndefined();
    expect(
      step(pendingOn('public_welfare_platform'), '不是纯公益的 有部分收费服务').state.profile.public_welfare_platform,
    ).toBe(false);
  });

  it('a fact of several parts is read when every part is stated; 有几家X，… is no question; firms the applicant has are not the applicant', () => {
    const zone = step(
      undefined,
      '我们是南京高新区管委会的，想申报信创先导区，园区运营公司作为实施主体，有几家龙头骨干企业，也有可推广的信创产品和示范应用基础，投资预算一点二亿',
    );
    expect(zone.state.profile).toMatchObject({
      xinchuang_zone_basis: true,
      xinchuang_zone_operator: true,
      applicant_kind: 'park',
      total_investment: 12000,
    });
    // No stray answer to a question nobody asked: the first reply is the welcome.
    expect(zone.replies.some((r) => r.kind === 'answer')).toBe(false);
    // A part missing, not there yet or weak: not recorded (asked later), and no applicant read from 龙头企业.
    const partial = said('先导区有龙头企业和可推广产品，示范应用基础还不全');
    expect(partial.xinchuang_zone_basis).toBeUndefined();
    expect(partial.applicant_kind).toBeUndefined();
    expect(
      step(undefined, '想报信创先导区，我们有实施方案，绩效目标还在定').state.profile.has_plan_and_targets,
    ).toBeUndefined();
    expect(step(undefined, '想报信创先导区 有明确的实施方案和绩效目标').state.profile.has_plan_and_targets).toBe(true);
    const en = step(
      undefined,
      'We are the Suzhou park admin, applying for the xinchuang pilot zone. We have several leading firms, promotable products and a demonstration application base, and a clear implementation plan with performance targets.',
    );
    expect(en.state.profile).toMatchObject({ xinchuang_zone_basis: true, has_plan_and_targets: true });
    // An R&D budget and patents are not an R&D base with funding secured.
    const budget = step(
      { ...initialState('en') },
      'Consultant for a Nantong client: the core-tech project has an R&D budget of 35 million yuan. They hold related patents.',
    );
    expect(budget.state.profile.own_ip).toBeUndefined();
    // The firm spoken for is the applicant; 服务型制造示范企业 is the applicant's own title.
    expect(
      step(undefined, '我是昆山开发区经发局的 帮园区一家企业咨询 企业做PCB 规上 项目总投资8000万').state.profile
        .applicant_kind,
    ).toBe('enterprise');
    expect(
      step(undefined, '常州天宁区的 省级服务型制造示范企业 做服务化改造 总投资2600万').state.profile.applicant_kind,
    ).toBe('enterprise');
    // A question stays a question.
    expect(step(undefined, '小巨人一个市能报几家').replies.some((r) => r.kind === 'answer')).toBe(true);
  });

  it('a count some of which are something else is asked (十来个人 有几个是兼职的)', () => {
    const t = step(pendingOn('service_team_size'), '十来个人 有几个是兼职的');
    expect(t.state.profile.service_team_size).toBeUndefined();
    expect(t.state.pending).toBe('service_team_size');
    expect(step(pendingOn('service_team_size'), '十二个人 都是专职的').state.profile.service_team_size).toBe(12);
  });

  it('play-test 8, the six wrong readings', () => {
    // about 600 staff is the firm's headcount, not the cluster body's service team.
    const staff = step(
      undefined,
      "Hi, we're an auto parts manufacturer in Suzhou Industrial Park, about 600 staff, revenue last year roughly 1.2 billion yuan.",
    );
    expect(staff.state.profile.service_team_size).toBeUndefined();
    expect(staff.state.profile.revenue_last_year).toBe(120000);
    expect(step({ ...pendingOn('service_team_size'), locale: 'en' }, '15 staff').state.profile.service_team_size).toBe(
      15,
    );
    // The letter O typed for a zero.
    expect(step(pendingOn('upgrade_investment_last_year'), '12OO万').state.profile.upgrade_investment_last_year).toBe(
      1200,
    );
    // A part built (5G专网已经建好) while the completion is still to come: under construction.
    const fiveg = said(
      '帮盐城一家汽车零部件厂看看。他们在做5G全连接工厂，厂区5G专网已经建好，项目总投资三千二百万，2021年6月开工，到2021年底大概投了一千一百万，计划明年六月建成。',
    );
    expect(fiveg.stage).toBe('under_construction');
    // The recommending unit acting is not the applicant.
    const done = (profile: Record<string, unknown>, locale: 'zh-CN' | 'en' = 'en') =>
      ({
        ...initialState(locale),
        phase: 'done',
        pending: null,
        focus: ['all'],
        verdictShown: true,
        profile,
      }) as DialogState;
    const signed = step(
      done({ applicant_kind: 'enterprise', accepted: false }),
      'sorry, correction - I just checked, our bureau already signed the acceptance opinion last week',
    );
    expect(signed.state.profile).toMatchObject({ applicant_kind: 'enterprise', accepted: true });
    // Number words: one thousand is 1000, not one.
    const trainees = step({ ...pendingOn('planned_trainees'), locale: 'en' }, 'one thousand, in ten classes of sixty');
    expect(trainees.state.profile.planned_trainees).toBe(1000);
    expect(
      step({ ...pendingOn('completion_date'), locale: 'en' }, 'march twenty twenty-three').state.profile
        .completion_date,
    ).toBe('2023-03-31');
    // "change planned trainees to 1000" sets that fact, not the stage.
    const changed = step(done({ planned_trainees: 1 }), 'change planned trainees to 1000');
    expect(changed.state.profile.stage).toBeUndefined();
    expect(changed.state.profile.planned_trainees ?? changed.state.confirm?.value).toBe(1000);
  });

  it('tune-i: a value denied is not said; beside-the-point sentences are not read; civil works inside interest; year-bound names', () => {
    expect(step(pendingOn('event_kind'), '不是展会，算活动').state.profile.event_kind).toBe('activity');
    expect(
      step({ ...pendingOn('event_kind'), locale: 'en' }, "It's an event, not an exhibition.").state.profile.event_kind,
    ).toBe('activity');
    const consultant = said(
      '我是一家咨询公司的，帮客户先整理一下情况：客户是盐城的规上汽车零部件企业，技改项目备案总投资四千二百万。我们咨询公司自己注册资本才200万，跟这个没关系哈。',
    );
    expect(consultant.registered_capital).toBeUndefined();
    expect(consultant).toMatchObject({ total_investment: 4200, industrial: true });
    const interest = said(
      '徐州一家配件厂，规上，技改贷款贴息。去年利息付了一百来万，但是里面包含新厂房土建那块的，还没拆开算。',
    );
    expect(interest.loan_interest_paid_2021).toBeUndefined();
    const park = step(undefined, '我们是无锡一个省级软件园的运营方，想报信创先导区。运营主体就是园区公司。');
    expect(park.state.profile).toMatchObject({ applicant_kind: 'park', xinchuang_zone_operator: true });
    // A count said for this year does not answer 2021's.
    const event = said('我们是扬州的一个省级经济开发区，今年要在开发区承办一场颁奖活动');
    expect(event.public_events_2021).toBeUndefined();
    // 完工了，去年11月: the date is the completion date; 2.3亿，前年是1.9亿: the unmarked figure is 2021's.
    expect(step(pendingOn('stage'), '完工了，去年11月').state.profile).toMatchObject({
      stage: 'completed',
      completion_date: '2021-11-30',
    });
    const revenue = step(pendingOn('revenue_last_year'), '2.3亿，前年是1.9亿');
    expect(revenue.state.profile.revenue_last_year).toBe(23000);
    expect(revenue.replies.some((r) => r.text.includes('1.9亿'))).toBe(false);
    // 小巨人 with no year: the year is asked (the guide counts 2021's new ones), in words that say so.
    const giant = step(pendingOn('certifications'), '小巨人、服务型制造示范企业');
    expect(giant.state.profile.certifications).toBeUndefined();
    expect(giant.replies.at(-1)?.text).toContain('2021');
    expect(
      step(
        { ...pendingOn('certifications'), locale: 'en' },
        "We're a little giant (小巨人), recognised in 2021 - that's the only one",
      ).state.profile.certifications,
    ).toEqual(['little-giant-2021']);
  });

  it('yes/no facts said in words a phrase list cannot hold, read by pattern; a denial first', () => {
    const profile = said;
    expect(
      profile('常州一家做轴承的，技改项目总投资六千八百万，贷了四千万，设备都已经用贷款买回来了')
        .equipment_bought_with_loan,
    ).toBe(true);
    expect(profile('南通一家规上纺机企业，技改贷款还在审批，设备还没开始买').equipment_bought_with_loan).toBe(false);
    // Bought, but not said with the loan: not read.
    expect(profile('徐州一家机械厂，技改项目设备一共买了三千多万').equipment_bought_with_loan).toBeUndefined();
    expect(profile('扬州阀门企业，标杆工厂项目21年底完工，推荐单位还没来验收').accepted).toBe(false);
    expect(
      profile('无锡一家汽车零部件企业，示范工厂项目去年完工，区工信局今年3月验收了，验收意见也拿到了').accepted,
    ).toBe(true);
    expect(profile('我们是培训公司，想报产业人才培养，苏南苏中苏北都有，学员一分钱不收')).toMatchObject({
      training_free: true,
      training_all_regions: true,
    });
    expect(profile('学院想报产业人才培养，学员只收点资料费和食宿').training_free).toBe(false);
    expect(profile('学院想报产业人才培养，学员不收学费').training_free).toBe(true);
    const en = step(
      { ...initialState('en') },
      'Foreign-invested bearing maker in Changzhou. The retrofit loan is RMB 25 million from Jiangsu Bank. The loan has NOT been used for equipment yet.',
    );
    expect(en.state.profile.equipment_bought_with_loan).toBe(false);
    // A core-tech project in one of 2.1's directions.
    expect(profile('我们公司做IGBT功率器件，无锡的。攻关项目研发攻关投入预计4500万').core_tech_direction).toBe(true);
    expect(profile('我们公司做IGBT功率器件，无锡的，想报技改贴息').core_tech_direction).toBeUndefined();
  });

  it('a tax-inclusive figure with its ex-tax value beside it: the ex-tax one is the figure', () => {
    const total = (text: string) => step(undefined, text).state.profile.total_investment;
    expect(total('昆山规上电子企业，智能化改造项目总投资含税4520万，不含税4000万')).toBe(4000);
    expect(total('常州的5G+工业互联网项目总投入含税2712万元，不含税是2400万，都是设备和软件')).toBe(2400);
    expect(
      total('French-owned chemical company, Changshu. Total investment RMB 75 million incl. VAT, ex-VAT 66.4 million.'),
    ).toBe(6640);
    // Only the tax-inclusive figure: asked, not recorded.
    expect(total('常州的技改项目总投资含税1130万')).toBeUndefined();
  });

  it('a deal told in a first message: its registration, date, largest holder and group; a deal-only message has no project stage', () => {
    const zh = said(
      '2021年8月我们收购了盐城一家电池隔膜厂，9月15号完成工商和股权变更，出资1.2亿，其中现金8000万，收购后持股65%，是唯一的第一大股东。',
    );
    expect(zh).toMatchObject({
      merger_completed_2021: true,
      acquisition_registered: true,
      largest_shareholder: true,
      acquisition_amount: 12000,
      acquisition_cash: 8000,
    });
    const en = said(
      'We acquired 70% of a Shenzhen company for RMB 120 million; the business and equity registration was completed on 28 October 2021.',
    );
    expect(en).toMatchObject({
      acquisition_date: '2021-10-28',
      acquisition_registered: true,
      merger_completed_2021: true,
    });
    expect(en.stage).toBeUndefined();
    expect(en.completion_date).toBeUndefined();
    const notGroup = said(
      'Our Yangzhou group acquired a domestic battery-materials maker on Oct 18, 2021 for RMB 80 million. We hold 55%; it was not an intra-group deal.',
    );
    expect(notGroup.same_parent).not.toBe(true);
    expect(step(undefined, '集团内部重组，我们把兄弟公司的股权收了过来，去年完成的').state.profile.same_parent).toBe(
      true,
    );
    // Half done is not done.
    expect(
      step(pendingOn('acquisition_registered'), '工商变更办好了，股权变更还在走').state.profile.acquisition_registered,
    ).not.toBe(true);
  });

  it('a lab with a named university: in Jiangsu or not; a partner is not the speaker; long classes by their days', () => {
    const profile = said;
    expect(profile('省内骨干信创企业，准备和东南大学合作，在学校里共建信创实验室，合作期5年')).toMatchObject({
      lab_with_jiangsu_university: true,
    });
    expect(profile('省内骨干信创企业，准备和东南大学合作，在学校里共建信创实验室').applicant_kind).not.toBe(
      'university',
    );
    expect(profile('我们是无锡的信创企业，跟上海交大合作搞实验室，合作期三年').lab_with_jiangsu_university).toBe(false);
    expect(
      profile('Jiangsu backbone xinchuang company. We plan a lab with Southeast University (东南大学) on its campus.'),
    ).toMatchObject({ lab_with_jiangsu_university: true });
    expect(profile("I'm with an SME service center in Changzhou (public institution).").applicant_kind).toBe(
      'public_institution',
    );
    expect(profile('我们想办个培训 计划培训600人 3.5天以上的班有4个 每个班至少50人').long_classes).toBe(4);
    expect(profile('Talent training: plan 1,000 trainees, 12 classes of 4 days each.').long_classes).toBe(12);
    expect(profile('Talent training: plan 1,000 trainees, 12 classes of 2 days each.').long_classes).toBeUndefined();
  });

  it('recognitions named to be denied are not mentioned; a clause after a colon is a statement; a past completion is completed', () => {
    const denied = step(
      undefined,
      '我们是南京一家做数控系统的企业，想了解一下技改贴息：项目还没开工，计划明年3月开工，总投资4000万，贷款还在审批，智能制造示范工厂、标杆工厂这些认定都没有。',
    );
    expect(denied.state.mentionedCerts ?? []).toEqual([]);
    expect(denied.state.profile.stage).toBe('planned');
    expect(step(undefined, '我们进了省智能制造示范工厂名单，没有贷款').state.mentionedCerts).toEqual([
      'smart-factory-list',
    ]);
    const profile = said;
    expect(profile('姜堰的，22年1月10号完工，21年3月开工，总投资三千二百万左右（不含税），规上').stage).toBe(
      'completed',
    );
    expect(profile('数据产品项目总投资1300万，2021年10月上线，12月拿到了推荐单位的验收意见').stage).toBe('completed');
    expect(
      profile('徐州一家工程机械企业，5G+工业互联网，总投资大概三千万，去年底大概完成了两成，计划明年年底建完。').stage,
    ).not.toBe('completed');
    expect(profile('扬州江都的，项目二〇二一年五月动工，计划今年年底完工，目前设备正在安装').stage).toBe(
      'under_construction',
    );
  });

  it("what was invested by the end of 2021, said as a part of the total or as last year's spending; approvals done is no stage", () => {
    const profile = said;
    expect(
      profile("Huai'an info consumption platform, total 18m, 10m spent before end of 2021, all approvals done"),
    ).toMatchObject({
      total_investment: 1800,
      invested_by_2021_end: 1000,
      approvals_complete: true,
    });
    expect(profile("Huai'an info consumption platform, total 18m, all approvals done").stage).toBeUndefined();
    expect(profile('Changzhou 5G factory: 8.5m of the 25m total spent by Dec 31 2021.')).toMatchObject({
      total_investment: 2500,
      invested_by_2021_end: 850,
    });
    expect(profile('我们是无锡的规上印染企业，节能降碳方向，总投资4000万，去年投了1500万。')).toMatchObject({
      total_investment: 4000,
      invested_by_2021_end: 1500,
    });
    // One figure said as last year's spending, and nothing else: not moved anywhere.
    expect(profile('无锡的规上印染企业，节能降碳改造，去年投了1500万').invested_by_2021_end).toBeUndefined();
  });

  it('play-test 9, the five wrong readings', () => {
    // The sector a node serves is not the applicant's trade.
    const node = said(
      '客户是南京星链信息科技有限公司，做汽车零部件行业的工业互联网标识解析二级节点，项目总投入一千八百万',
    );
    expect(node.industrial).toBeUndefined();
    // Several deals in one message: no deal's figures are taken for the first deal; they are asked deal by deal.
    const deals = said(
      '去年我们做了三笔并购：一是21年8月收购浙江一家公司70%股权，实际出资1.2亿，其中现金8000万；二是2021.11.15收购上海一家55%股权，出资6,500万全部现金；三是收购常州一家小公司100%，3000万。工商变更都办完了。',
    );
    for (const k of ['acquisition_cash', 'acquisition_amount', 'acquisition_date', 'stake_after_pct'])
      expect(deals[k]).toBeUndefined();
    expect(deals.merger_completed_2021).toBe(true);
    // The target of a deal made none.
    const target = said('去年我们被一家上市公司收购了');
    expect(target.merger_completed_2021).toBeUndefined();
    expect(target.merger_initiator).toBe(false);
    // 'just X' names the whole list; 'none … we're not an X' is none; a name after 不是 is denied.
    const mentioned = (certs: string[], text: string, locale: 'zh-CN' | 'en' = 'en') =>
      step({ ...pendingOn('certifications'), locale, mentionedCerts: certs }, text).state.profile.certifications;
    expect(mentioned(['little-giant-2021'], 'just the innovation centre then')).toEqual([
      'provincial-innovation-center',
    ]);
    expect(
      mentioned(['sme-service-platform'], "we don't hold any of these. we're not an SME service platform"),
    ).toEqual([]);
    expect(mentioned(['sme-service-platform'], '都没有，我们不是中小企业公共服务示范平台', 'zh-CN')).toEqual([]);
    expect(
      step(pendingOn('certifications'), '我们不是中小企业公共服务示范平台').state.profile.certifications,
    ).toBeUndefined();
    // An IIoT security public service platform is no SME platform recognition.
    const security = step(
      undefined,
      'ShieldOT Security, Wuxi. The project is an IIoT security public service platform: monitoring, testing and emergency response. Budget 9.5 million yuan.',
    );
    expect(security.state.mentionedCerts ?? []).not.toContain('sme-service-platform');
    // 服务收入 corrected after the verdict is the cluster body's service revenue.
    const done = {
      ...initialState(),
      phase: 'done',
      pending: null,
      focus: ['all'],
      verdictShown: true,
      profile: { cluster_service_revenue_2021: 320, revenue_last_year: 5000 },
    } as DialogState;
    const fixed = step(done, '不好意思 服务收入刚核了一下是一百八十万');
    expect(fixed.state.profile.revenue_last_year).toBe(5000);
    expect(fixed.state.confirm).toEqual({ fact: 'cluster_service_revenue_2021', value: 180 });
  });

  it('tune-j: a figure for another project, one year for a three-year average, a share with the rest elsewhere are asked', () => {
    const asked = (slot: string, text: string, locale: 'zh-CN' | 'en' = 'zh-CN') => {
      const t = step({ ...pendingOn(slot), locale }, text);
      expect(t.state.profile[slot]).toBeUndefined();
      expect(t.state.pending).toBe(slot);
    };
    asked('rd_investment', '我们另一个攻关项目去年投了五千万，这个还没算');
    asked('revenue_growth_3y_avg_pct', '去年增长了20%');
    asked('free_service_share_pct', '免费的占六成，剩下的都是打五折的低收费服务');
    asked('loan_interest_paid_2021', '全年利息一百五，里面有一部分是厂房的');
    asked('accepted', '这个我得去问一下推荐单位');
    expect(step(pendingOn('revenue_growth_3y_avg_pct'), '三年平均12%').state.profile.revenue_growth_3y_avg_pct).toBe(
      12,
    );
    expect(
      step(pendingOn('loan_interest_paid_2021'), '利息80万，里面土建的已经扣掉了').state.profile
        .loan_interest_paid_2021,
    ).toBe(80);
    // Asked about the third deal, "wholly owned" is that deal's, said once.
    const third = step({ ...pendingOn('acquisition_3_stake_pct'), locale: 'en' }, '100%, wholly owned');
    expect(third.state.profile).toEqual({ acquisition_3_stake_pct: 100 });
    // The body before 和我们 is the partner.
    expect(step(undefined, '东南大学和我们公司在校内共建信创实验室，合作期5年').state.profile.applicant_kind).toBe(
      'enterprise',
    );
  });

  it("tune-j: dates as 21.10, Oct '21, March 15th last year; echo verbs for a deal and the regions; this project beside another", () => {
    const date = (text: string) => step({ ...pendingOn('start_date'), locale: 'en' }, text).state.profile.start_date;
    expect(date('21.10')).toBe('2021-10-31');
    expect(date("Oct '21")).toBe('2021-10-31');
    expect(date('March 15th last year')).toBe('2021-03-15');
    expect(date('21.13')).toBeUndefined();
    expect(step(pendingOn('merger_completed_2021'), '并了一家，去年9月').state.profile).toMatchObject({
      merger_completed_2021: true,
      acquisition_date: '2021-09-30',
    });
    expect(step(pendingOn('training_all_regions'), '苏北还没安排').state.profile.training_all_regions).toBe(false);
    expect(
      step(pendingOn('fixed_asset_loan'), '另一个项目贷了两千万，这个项目没贷款').state.profile.fixed_asset_loan,
    ).toBe(0);
    expect(step(pendingOn('fixed_asset_loan'), '另一个项目贷了两千万').state.profile.fixed_asset_loan).toBeUndefined();
  });

  it("approvals, a green project and a maker's trade said in passing", () => {
    const profile = said;
    expect(
      profile('徐州睢宁 规上 纺织 技改总投资3500万 手续（备案、环评、能评）都办好了 今年3月开工').approvals_complete,
    ).toBe(true);
    expect(
      profile('南通海门一家规上纺机企业，技改项目备案总投资五千万左右，环评能评备案都办好了。').approvals_complete,
    ).toBe(true);
    expect(
      profile('HK-owned dyeing plant in Changzhou. Filing is done but the EIA is still pending.').approvals_complete,
    ).toBe(false);
    expect(
      profile('Wuxi subsidiary of a German group, construction started Oct 2021, filings and assessments complete.')
        .approvals_complete,
    ).toBe(true);
    expect(profile('淮安涟水 农副产品加工 规上 绿色化改造 光伏加储能 总投入2500万').green_direction).toBe(true);
    expect(profile('Hi! Lianyungang pharma, energy-saving upgrade, total about 40m').green_direction).toBe(true);
    expect(profile('我们是做精密铸件的，想看看有什么能报的').industrial).toBe(true);
    expect(profile('Our revenue last year was 20m yuan; we make valves in Wuxi.').industrial).toBe(true);
  });

  it('play-test 10: recognitions by several numbers; a none beside a hedged figure is asked; a correction naming who gave the interest', () => {
    expect(step({ ...pendingOn('certifications'), locale: 'en' }, '6, 7').state.profile.certifications).toHaveLength(2);
    expect(step(pendingOn('certifications'), '1、3').state.profile.certifications).toHaveLength(2);
    expect(step(pendingOn('certifications'), '6').state.profile.certifications).toHaveLength(1);
    const hedged = step(pendingOn('other_interest_subsidy_2021'), '市里没给过，县里好像给了20万');
    expect(hedged.state.profile.other_interest_subsidy_2021).toBeUndefined();
    expect(
      step(pendingOn('other_interest_subsidy_2021'), '市里没给过，县里给了20万').state.profile
        .other_interest_subsidy_2021,
    ).toBe(20);
    expect(step(pendingOn('other_interest_subsidy_2021'), '没给过').state.profile.other_interest_subsidy_2021).toBe(0);
    const done = {
      ...initialState(),
      phase: 'done',
      pending: null,
      focus: ['all'],
      verdictShown: true,
      lastAnswered: 'equipment_invoice_2021',
      profile: { equipment_invoice_2021: 2600, other_interest_subsidy_2021: 0 },
    } as DialogState;
    const fixed = step(done, '不需要。对了刚才说错了，县里给过20万贴息的');
    expect(fixed.state.profile.equipment_invoice_2021).toBe(2600);
    expect(fixed.state.profile.other_interest_subsidy_2021 ?? fixed.state.confirm?.value).toBe(20);
  });

  it('a first message that tells about the firm and asks about a program has that program in focus; core tech picks it', () => {
    const t = step(
      undefined,
      '你好，我们是常州一家做汽车零部件的规上工业企业。现在有个技改项目，备案总投资5800万，在江苏农商行贷了固定资产贷款3500万，贷款已经买了设备，环评能评备案都齐了。想问问能申请技改贴息吗？',
    );
    expect(t.state.focus).toEqual(['tech-loan']);
    expect(t.state.profile).toMatchObject({ equipment_bought_with_loan: true, approvals_complete: true });
    // A policy question alone is answered, no screening started.
    expect(step(undefined, '5G项目补助怎么拨付？').state.phase).toBe('idle');
    const focus = step({ ...initialState('en'), phase: 'asking', pending: 'focus' }, 'core tech');
    expect(focus.state.focus).toEqual(['core-tech']);
  });

  it('play-test 10: figures said while the program is asked; 软件系统, total spend, 验收意见也出了; 没有了就这一个', () => {
    const deal = step(
      { ...initialState(), phase: 'asking', pending: 'focus' },
      '去年10月收购了上海一家公司，买了它65%的股权，付了1.2亿，其中现金8000万',
    );
    expect(deal.state.profile).toMatchObject({
      acquisition_amount: 12000,
      acquisition_cash: 8000,
      stake_after_pct: 65,
    });
    const live = step(
      { ...pendingOn('completion_date'), locale: 'en' },
      'went live 15th Oct 2021, total spend 1,600万',
    );
    expect(live.state.profile).toMatchObject({ completion_date: '2021-10-15', total_investment: 1600 });
    const service = said('服务化改造项目总投入2300万不含税，软件系统450万。验收意见推荐单位也出了。');
    expect(service).toMatchObject({ total_investment: 2300, software_investment: 450, accepted: true });
    expect(step(pendingOn('more_acquisitions'), '没有了就这一个').state.profile.more_acquisitions).toBe(false);
  });

  it("tune-k: other parties' figures (a carrier's, the parent's, the group's), another year's spending, a second deal in passing", () => {
    const fiveg = said(
      '淮安一家做电机的规上工业企业，5G+工业互联网项目，总投入2000万（含税）。厂区5G基站是移动投资建的，他们投的800万不算我们的。截至21年底我们自己投了600万。',
    );
    expect(fiveg.total_investment).toBeUndefined();
    expect(fiveg.invested_by_2021_end).toBe(600);
    expect(
      step({ ...pendingOn('taxes_paid_last_year'), locale: 'en' }, 'our parent paid 50m; for us, 2020 was 6m').state
        .profile.taxes_paid_last_year,
    ).toBeUndefined();
    expect(
      step({ ...pendingOn('taxes_paid_last_year'), locale: 'en' }, 'we paid 4.2m').state.profile.taxes_paid_last_year,
    ).toBe(420);
    expect(
      step({ ...pendingOn('invested_by_2021_end'), locale: 'en' }, 'we spent 8m in the first half of 2022').state
        .profile.invested_by_2021_end,
    ).toBeUndefined();
    const group = said(
      'Consultant for a Changzhou robot manufacturer. The R&D budget of the core-tech project is RMB 50 million; the group spent RMB 300m on R&D last year.',
    );
    expect(group.rd_investment).not.toBe(30000);
    const deals = said(
      '无锡一家新材料公司，我们是发起方，去年收购了德国一家涂层企业，工商和股权交割是2021年12月完成的。另外今年3月又收了常州一家小厂，出资8000万。',
    );
    expect(deals.acquisition_amount).toBeUndefined();
    const date = said(
      'We initiated the acquisition of 80% of an Italian maker. Registration and equity transfer were completed on 2021-10-18. Consideration was EUR 30m.',
    );
    expect(date).toMatchObject({ acquisition_date: '2021-10-18', acquisition_registered: true });
  });

  it('play-test 11, the four wrong readings: a recognition added after the verdict, a list by number after 改成：, two projects in one message, an association with Enterprise in its name', () => {
    const done = {
      ...initialState(),
      phase: 'done',
      pending: null,
      focus: ['all'],
      verdictShown: true,
      profile: { certifications: ['little-giant-2021', 'industrial-design-center'] },
    } as DialogState;
    const added = step(done, '认定漏填一个：我们有个产品2021年被工信部认定为国家单项冠军产品');
    expect(added.state.profile.certifications).toEqual([
      'little-giant-2021',
      'industrial-design-center',
      'single-champion-2021',
    ]);
    const byNumber = step(done, '认定改成：10、4、11');
    expect(byNumber.state.profile.certifications).toHaveLength(3);
    const two = said(
      '徐州工程机械配套企业，规上。手上两个项目：一个是铸造车间节能降碳改造，总投入3500万，去年10月开工，计划2023年9月完工；另一个是高端液压件关键技术攻关，研发投入预计4000万，还没开始。先看第一个',
    );
    expect(two.rd_investment).toBeUndefined();
    expect(two).toMatchObject({ total_investment: 3500, green_direction: true });
    const association = step(
      { ...initialState('en') },
      'Hello. We are the Jiangsu Enterprise Managers Association, a non-profit, registered in 2012 in Nanjing with training in our charter.',
    );
    expect(association.state.profile.applicant_kind).toBe('nonprofit');
    // 改 to "要改成…吗？" confirms the change.
    const confirming = { ...done, confirm: { fact: 'certifications', value: ['little-giant-2021'] } } as DialogState;
    expect(step(confirming, '改').state.profile.certifications).toEqual(['little-giant-2021']);
  });

  it('play-test 11: 具体哪天记不清了 is no question; 土建另算，没算进去 leaves the ex-tax figure standing', () => {
    expect(step(pendingOn('completion_date'), '21年12月上线的，具体哪天记不清了').state.profile.completion_date).toBe(
      '2021-12-31',
    );
    expect(said('5G工厂项目总投资含税大概5200万，不含税4600万左右（土建另算，没算进去）').total_investment).toBe(4600);
  });

  it("play-test 12 and tune-l: other parties' figures and facts, a count that is no share, a deal's date, 算了从头来", () => {
    expect(
      said(
        "Hi, we're a motor manufacturer in Wuxi, part of the Haitian group. Group revenue last year was 4.2 billion yuan.",
      ).revenue_last_year,
    ).toBeUndefined();
    expect(
      said('您好，我是咨询公司的小王，帮常州一家规上企业（做汽车零部件的）看下5G+工业互联网能不能报'),
    ).toMatchObject({
      industrial: true,
      above_scale: true,
    });
    const done = {
      ...initialState(),
      phase: 'done',
      pending: null,
      focus: ['all'],
      verdictShown: true,
      profile: { in_jiangsu: true },
    } as DialogState;
    expect(step(done, '哦不对，上海那家是45%，不过收购后我们还是第一大股东').state.profile.in_jiangsu).toBe(true);
    expect(
      step(pendingOn('more_acquisitions'), '还有上海那家，2021年12月20日完成的，出资6000万全是现金，持股45%').state
        .profile,
    ).toMatchObject({
      acquisition_2_date: '2021-12-20',
      acquisition_2_amount: 6000,
    });
    const patents = step(
      { ...pendingOn('own_ip'), locale: 'en' },
      'They hold 14 invention patents on the device and have their own R&D center, funding is secured.',
    );
    expect(patents.state.profile.stake_after_pct).toBeUndefined();
    expect(
      step({ ...pendingOn('stake_after_pct'), locale: 'en' }, 'we hold 60 now').state.profile.stake_after_pct,
    ).toBe(60);
    expect(
      step(pendingOn('rd_investment'), '研发投入3200万，其中厂房建设600万').state.profile.rd_investment,
    ).toBeUndefined();
    expect(
      step({ ...pendingOn('training_free'), locale: 'en' }, 'free, nothing charged').state.profile.training_free,
    ).toBe(true);
    expect(
      step(
        { ...pendingOn('has_plan_and_targets'), locale: 'en' },
        'we have a plan, the targets are still being drafted',
      ).state.profile.has_plan_and_targets,
    ).toBeUndefined();
    expect(
      said('Green upgrade at our cement plant: filing and EIA done, energy review still pending.').approvals_complete,
    ).toBe(false);
    expect(step(pendingOn('identifier_showroom'), '算了，从头来').state.phase).not.toBe('done');
    expect(step(pendingOn('identifier_showroom'), '算了，从头来').state.profile.identifier_showroom).toBeUndefined();
  });

  it('an English first message with a Chinese name in brackets stays English; "can you answer in English?" switches', () => {
    const t = step(
      undefined,
      'We are a Nantong maker of textile machinery. We were newly recognised as a provincial little giant (专精特新小巨人) in 2021. Revenue grew about 12% a year.',
    );
    expect(t.state.locale).toBe('en');
    expect(t.state.profile.revenue_growth_3y_avg_pct).toBe(12);
    const zh = step(undefined, '南通的纺机企业，2021年新认定的小巨人');
    expect(zh.state.locale).toBe('zh-CN');
    const asked = step(zh.state, 'Sorry, can you answer in English?');
    expect(asked.state.locale).toBe('en');
    expect(step(asked.state, '请用中文回复').state.locale).toBe('zh-CN');
  });

  it('全资, a quarter, 完成一半了, no written opinion yet; two bare parts of one figure are asked', () => {
    expect(step(pendingOn('stake_after_pct'), '全资').state.profile.stake_after_pct).toBe(100);
    expect(step({ ...pendingOn('stake_after_pct'), locale: 'en' }, 'a quarter').state.profile.stake_after_pct).toBe(25);
    expect(
      step({ ...pendingOn('stake_after_pct'), locale: 'en' }, 'a third').state.profile.stake_after_pct,
    ).toBeUndefined();
    expect(step(pendingOn('stage'), '完成一半了').state.profile.stage).toBe('under_construction');
    expect(
      step({ ...pendingOn('accepted'), locale: 'en' }, 'acceptance meeting done, but no written opinion yet').state
        .profile.accepted,
    ).toBe(false);
    expect(step(pendingOn('software_investment'), '软件五百，云服务一百二').state.profile.software_investment).toBe(
      undefined,
    );
    expect(step(pendingOn('software_investment'), '软件五百').state.profile.software_investment).toBe(500);
  });

  it('tune-g’s wrong readings: a plan with no actual date, decimals in words, "pay nothing", a mistake named in English', () => {
    expect(
      step(pendingOn('start_date'), '原计划2022年5月开工，实际拖到2022年7月12号才开').state.profile.start_date,
    ).toBe('2022-07-12');
    // Only the plan, the actual not said: asked.
    expect(step(pendingOn('start_date'), '原计划2022年5月开工').state.profile.start_date).toBeUndefined();
    const plan = step(
      { ...pendingOn('completion_date'), locale: 'en' },
      'We planned to finish in December 2022 but now expect March 2023',
    );
    expect(plan.state.profile).toEqual({ completion_date: '2023-03-31' });
    expect(
      step({ ...pendingOn('loan_rate_pct'), locale: 'en' }, 'three point eight five percent').state.profile
        .loan_rate_pct,
    ).toBe(3.85);
    expect(
      step({ ...pendingOn('training_free'), locale: 'en' }, 'Trainees pay nothing').state.profile.training_free,
    ).toBe(true);
    const mistake = step(
      { ...pendingOn('approvals_complete'), locale: 'en' },
      'I made a mistake earlier - the project is in Zhejiang, not Jiangsu',
    );
    expect(mistake.state.profile.approvals_complete).toBeUndefined();
    expect(mistake.state.profile.in_jiangsu).toBe(false);
    // A threshold quoted, a loan still in approval: not the applicant's figures.
    const quoted = said('小巨人培育项目要求上年度实缴税金不低于400万，我们去年交了398万，就差一点，能不能申报？');
    expect(quoted.taxes_paid_last_year).not.toBe(400);
    expect(step(undefined, '项目总投资大概五千万，贷款三千来万，还在走审批流程。').state.profile.fixed_asset_loan).toBe(
      undefined,
    );
  });

  it('English openings: loan interest is no loan, 4,000+ people is 4000, a VAT-inclusive figure is blocked, a 民非 is a nonprofit', () => {
    const en = { locale: 'en' as const };
    const interest = step(
      undefined,
      'The project investment is RMB 8 million, and we paid about 1.2m yuan of loan interest in 2021.',
      en,
    );
    expect(interest.state.profile.loan_interest_paid_2021).toBe(120);
    expect(interest.state.profile.fixed_asset_loan).toBeUndefined();
    const trained = step(
      undefined,
      'We are a training company in Nanjing, average revenue over the last three years around 12 million, and we trained 4,000+ people a year on average. Do we qualify?',
      en,
    );
    expect(trained.state.profile.trainees_3y_avg).toBe(4000);
    const vat = step(undefined, 'Our energy-saving project comes to 2,260万 including VAT, so 2,000万 without.', en);
    expect(vat.state.profile.total_investment).not.toBe(2260);
    const nonprofit = step(
      undefined,
      'We are a 民办非企业单位 running an SME public service platform (中小企业公共服务示范平台, still valid); we served 260 SMEs offline in 2021 and all our services are free.',
      en,
    );
    expect(nonprofit.state.profile).toMatchObject({ applicant_kind: 'nonprofit', all_services_free: true });
  });

  it('tune-g’s answers: another year or a part beside the figure is no rival; 才一千五; "It’s 25 million - sorry, 28"', () => {
    expect(
      step(pendingOn('revenue_last_year'), '2021年主营业务收入4800万，今年上半年已经3000万了').state.profile
        .revenue_last_year,
    ).toBe(4800);
    expect(step(pendingOn('rd_investment'), '研发投入三千万出头，其中设备购置1200万').state.profile.rd_investment).toBe(
      3000,
    );
    // Two figures for the same thing, neither a part nor another year: still asked.
    expect(
      step(pendingOn('rd_investment'), '研发投入三千万，或者说3200万').state.profile.rd_investment,
    ).toBeUndefined();
    expect(step(pendingOn('above_scale'), '不是规上，去年主营收入才一千五').state.profile).toMatchObject({
      above_scale: false,
      revenue_last_year: 1500,
    });
    const en = (slot: Parameters<typeof pendingOn>[0], text: string) =>
      step({ ...pendingOn(slot), locale: 'en' }, text).state.profile;
    expect(en('revenue_last_year', 'In 2020 it was 90 million; in 2021, 110 million yuan').revenue_last_year).toBe(
      11000,
    );
    expect(en('total_investment', "It's 25 million - sorry, 28 million").total_investment).toBe(2800);
    expect(en('accepted', "Accepted, but we haven't received the written opinion yet").accepted).toBe(false);
  });

  it('openings: a figure said for 2021 right after another year’s takes that fact (2020年…1.8亿，2021年涨到2.3亿)', () => {
    expect(
      step(undefined, '苏州一家注塑件工厂，2020年主营业务收入1.8亿，2021年涨到2.3亿，去年工业产值差不多3个亿').state
        .profile.revenue_last_year,
    ).toBe(23000);
    expect(
      step(undefined, '前年主营收入1900万，去年2300万，今年预计能到3000万。').state.profile.revenue_last_year,
    ).toBe(2300);
    // No fact of the year before it: nothing taken.
    expect(step(undefined, '项目总投资3000万，去年1200万').state.profile.revenue_last_year).toBeUndefined();
  });

  it('play-test 6’s wrong readings: another fact’s figure, a generic sum word, counts in the wrong unit, English halves', () => {
    // 税的话去年交了… is the tax: not taken for the investment asked (asked again instead).
    const tax = step(pendingOn('upgrade_investment_last_year'), '审计报告上是一千五百万，税的话去年交了四百二十万');
    expect(tax.state.profile.upgrade_investment_last_year).not.toBe(420);
    expect(step(pendingOn('software_investment'), '软件和系统集成加起来六百来万').state.profile).toEqual({
      software_investment: 600,
    });
    expect(step(undefined, '我们是做公益服务的平台，搞了十二场公益培训和对接会').state.profile.planned_trainees).toBe(
      undefined,
    );
    expect(step(undefined, '计划培训900人，10个班，覆盖四个市').state.profile).toMatchObject({
      planned_trainees: 900,
      training_cities: 4,
    });
    const bureauWork = step(undefined, '我们是培训机构，市工信局的项目接过两次').state.profile;
    expect(bureauWork.training_cities).toBeUndefined();
    expect(bureauWork.applicant_kind).not.toBe('city_bureau');
    expect(
      step({ ...pendingOn('software_investment'), locale: 'en' }, 'four and a half million, I already told you').state
        .profile.software_investment,
    ).toBe(450);
    expect(
      step(undefined, 'Total investment 25m - sorry, 28m RMB excluding tax', { locale: 'en' }).state.profile
        .total_investment,
    ).toBe(2800);
    expect(
      step(pendingOn('has_plan_and_targets'), '方案有了，绩效目标还在跟企业对，月底能定').state.profile
        .has_plan_and_targets,
    ).toBeUndefined();
    // The consultant's own trade is not the applicant's.
    const consultant = step(undefined, '我是咨询公司的，帮泰州一家药企问问，他们去年营收三个亿').state.profile;
    expect(consultant.industrial).toBeUndefined();
    expect(step(undefined, '我们是咨询公司，想报技改').state.profile.industrial).toBe(false);
  });

  it('a "yes" inside a sentence about another fact does not answer the question asked; after the verdict a fact named is corrected', () => {
    const en = { ...pendingOn('fiveg_direction'), locale: 'en' as const };
    expect(
      step(en, "Update: the acceptance opinion was actually issued this morning, so yes it's accepted.").state.profile
        .fiveg_direction,
    ).toBe(undefined);
    expect(step(en, 'Yes').state.profile.fiveg_direction).toBe(true);
    expect(
      step({ ...pendingOn('largest_shareholder'), locale: 'en' }, "We're joint largest with another investor").state
        .profile.largest_shareholder,
    ).toBe(false);
    // After the verdict: 手续是齐的 changes the approvals without 改一下.
    const told = step(
      undefined,
      '常州一家做阀门的规上企业，技改贷款贴息，备案总投资五千万，固定资产贷款三千万是江苏银行放的，能评还在办',
    );
    const verdict = step(told.state, '结果');
    const later = step({ ...verdict.state, pending: null }, '等一下，我刚问了同事，能评上个月已经批下来了，手续是齐的');
    // The answer on record is changed once confirmed (as every change of a recorded answer is).
    expect(later.state.profile.approvals_complete).toBe(false);
    expect(step(later.state, '是').state.profile.approvals_complete).toBe(true);
    // 企业 said in passing (我刚打电话问了企业) restates what is known and does not swallow the change.
    const passing = step({ ...verdict.state, pending: null }, '等下 我刚打电话问了企业，能评上周已经批了，手续是全的');
    expect(step(passing.state, '是').state.profile.approvals_complete).toBe(true);
  });

  it('openings, from tune-h: a deal completed in 2021 said so, a start in 2021 and an end in 2023, approvals listed as done', () => {
    expect(
      step(undefined, '南通一家纺织集团，去年一共完成了两起并购：3月份收购一家印染厂，出资6500万').state.profile
        .merger_completed_2021,
    ).toBe(true);
    expect(step(undefined, '去年没有完成并购').state.profile.merger_completed_2021).toBeUndefined();
    expect(step(undefined, '我们张家港这家钢铁制造企业，没有做过并购').state.profile.merger_completed_2021).toBe(false);
    const started = step(undefined, '盐城一家钢铁企业，总投资1.8亿，备案环评能评都齐了，2021年5月开工，明年6月建成。')
      .state.profile;
    expect(started).toMatchObject({ stage: 'under_construction', approvals_complete: true });
    // Not started by 2021: the stage is not inferred.
    expect(step(undefined, '盐城一家钢铁企业，2022年5月开工，明年6月建成。').state.profile.stage).toBeUndefined();
    const en = step(
      undefined,
      'The project cost RMB 46 million ex-tax; it was completed on 15 November 2021 and the recommending unit signed the acceptance opinion in February.',
      { locale: 'en' },
    ).state.profile;
    expect(en).toMatchObject({ completion_date: '2021-11-15', accepted: true });
  });

  it('openings, from tune-h: an information-consumption area’s platform, green directions and security capability said in passing', () => {
    expect(
      step(undefined, '我们是常州一家做智慧养老平台的公司，平台已经在三个区复制推广，项目总投入680万').state.profile,
    ).toMatchObject({ info_consumption_direction: true, replicable_solution: true, total_investment: 680 });
    expect(
      step(undefined, '扬州一家做智慧交通平台的公司，目前只在一个县试点，还谈不上可复制推广。').state.profile
        .replicable_solution,
    ).toBe(false);
    expect(
      step(undefined, '我们厂在通州，做家纺的规上企业，绿色化改造搞的是印染废水回用节水项目').state.profile
        .green_direction,
    ).toBe(true);
    expect(step(undefined, '无锡一家网络安全公司，有自己的产品和安全服务团队').state.profile.security_capability).toBe(
      true,
    );
  });

  it('play-test 7: "excl. tax" is the basis of a budget, not the taxes paid', () => {
    const en = { locale: 'en' as const };
    const budget = step(undefined, 'Budget is 25 million excl. tax, about 5 million of that is software and cloud.', en)
      .state.profile;
    expect(budget.taxes_paid_last_year).toBeUndefined();
    expect(budget.total_investment).toBe(2500);
    expect(step(undefined, 'We paid 4.2 million in tax last year.', en).state.profile.taxes_paid_last_year).toBe(420);
  });

  it('play-test 7: the total and what was invested by the end of 2021, in one answer', () => {
    expect(step(pendingOn('total_investment'), '六百万，到去年年底投了一百万').state.profile).toEqual({
      total_investment: 600,
      invested_by_2021_end: 100,
    });
    expect(
      step(
        { ...pendingOn('total_investment'), locale: 'en' },
        "eight million yuan total, and by end of 2021 we'd put in about two million",
      ).state.profile,
    ).toMatchObject({ total_investment: 800, invested_by_2021_end: 200 });
  });

  it('play-test 6: a day said just after a month-only date is that date’s day', () => {
    expect(
      step({ ...pendingOn('completion_date'), locale: 'en' }, 'October 2021, as I said - the 28th.').state.profile
        .completion_date,
    ).toBe('2021-10-28');
    expect(step(pendingOn('completion_date'), '2021年10月，28号').state.profile.completion_date).toBe('2021-10-28');
    expect(step(pendingOn('completion_date'), '21年10月').state.profile.completion_date).toBe('2021-10-31');
  });

  it('a policy question naming no program is answered for the program the dialog is about', () => {
    const t = step({ ...pendingOn('total_investment'), focus: ['data-product'] }, '验收要在什么时候之前完成？');
    const answer = t.replies.find((r) => r.kind === 'answer');
    expect(answer?.kind === 'answer' && answer.clauses[0]).toBe('1.5.1.3');
    expect(t.state.pending).toBe('total_investment');
  });

  it('the investment question is worded for an expo when it bears on the expo alone', () => {
    // The guide lists the 世界物联网博览会 (3.4): the event is listed, so the amount question follows at once.
    const told = step(undefined, '南京市工信局，今年要办世界物联网博览会，想申报重大展会项目');
    const ask = told.replies.find((r) => r.kind === 'ask' && r.slot === 'total_investment');
    expect(ask?.text).toContain('专项审计后的总投入');
    expect(ask?.text).not.toContain('备案');
  });

  it('"why not X?" is answered with the verdict’s reasons for X, not with the guide’s text', () => {
    const told = step(undefined, '盐城一家纺机厂，规上的，技改项目备案总投资2,800万，固贷两千万整，工行盐城分行放的款');
    const t = step(told.state, '为啥技改贴息不行');
    const text = t.replies.map((r) => r.text).join('\n');
    expect(text).toContain('差 200万元');
    expect(text).toContain('1.1.1.2');
    expect(t.replies.some((r) => r.kind === 'answer')).toBe(false);
    // A policy question that asks no "why not" still goes to the guide.
    expect(step(told.state, '技改贴息怎么拨付').replies.some((r) => r.kind === 'answer')).toBe(true);
  });

  it('a 全部 verdict shows a failing program the project is about with its reason, the rest folded', () => {
    const t = step(
      {
        ...pendingOn('total_investment', {
          applicant_kind: 'enterprise',
          industrial: true,
          above_scale: true,
          in_jiangsu: true,
          green_direction: true,
          approvals_complete: false,
        }),
        focus: null,
      },
      '结果',
    );
    const text = t.replies.map((r) => r.text).join('\n');
    expect(text).toMatch(/❌ 绿色化改造升级项目：不符合\n.*4\.1\.1\.3/u);
    // A program the project never pointed at stays in the folded line.
    expect(text).toMatch(/另有 \d+ 个项目不符合或仅供了解：.*技术改造贷款贴息和设备补助项目/u);
  });

  it('an event the guide lists by name is listed; a yearly count is not blocked by 年均; 运营主体是… names an operator', () => {
    expect(step(undefined, '我们市今年承办世界物联网博览会').state.profile).toMatchObject({
      event_listed: true,
      event_kind: 'exhibition',
    });
    // An award named in 3.3 is no event by its name alone; a cluster competition is no event.
    expect(
      step(pendingOn('cluster_participation'), '参加了国家先进制造业集群竞赛').state.profile.event_kind,
    ).toBeUndefined();
    expect(
      step(undefined, '我们是扬州一家培训公司，近三年年均线下培训2000人次左右').state.profile.trainees_3y_avg,
    ).toBe(2000);
    expect(
      step(undefined, '我是宿迁经开区管委会的，想申报信创先导区，运营主体是区里的平台公司').state.profile
        .xinchuang_zone_operator,
    ).toBe(true);
    expect(
      step(undefined, 'We did a 5G full-connection factory in Changzhou', { locale: 'en' }).state.profile
        .fiveg_direction,
    ).toBe(true);
  });

  it('a re-ask gives an example, then the choices as buttons, then the question is left open', () => {
    let t = step(pendingOn('approvals_complete'), '蓝色的');
    expect(t.replies.at(-1)?.text).toContain('请回复“是”或“否”');
    t = step(t.state, '蓝色的');
    const second = t.replies.at(-1);
    expect(second?.kind === 'clarify' && second.choices.map((c) => c.label)).toEqual(['是', '否', '不知道']);
    t = step(t.state, '蓝色的');
    expect(t.state.pending).not.toBe('approvals_complete');
    expect(t.state.skipped).toContain('approvals_complete');
  });
});

describe('fourth round: play-test 20, tune-r and tune-s', () => {
  it('a tax or civil-works qualifier said on its own after a figure keeps that figure out; the others are read', () => {
    // 1.1.2 counts the equipment invoices 不含税: 1130万 含税 is not the fact's figure (play-test 20, tune-r).
    expect(said('设备发票金额1130万 是含税的 贷款利息去年付了96万 土建那部分没算进去')).toEqual({
      loan_interest_paid_2021: 96,
    });
    expect(said('设备发票去年开了1130万 含税的 利息付了80万').equipment_invoice_2021).toBeUndefined();
    expect(said('Invoice amounts incl. tax 11.3m RMB, loan interest paid in 2021 was RMB 0.9m.', 'en')).toMatchObject({
      loan_interest_paid_2021: 90,
    });
    expect(said('Invoice amounts incl. tax 11.3m RMB', 'en').equipment_invoice_2021).toBeUndefined();
    // Play-test 20: "but that includes VAT and 0.8 million for …" points back at the figure before it.
    expect(
      step(
        { ...pendingOn('platform_investment_2021'), locale: 'en' },
        'Total spend 2021 was RMB 5.2 million, but that includes VAT and 0.8 million for renovating the office',
      ).state.profile,
    ).toEqual({});
    // The same figures said plainly are read.
    expect(said('设备发票金额1130万 贷款利息去年付了96万')).toMatchObject({
      equipment_invoice_2021: 1130,
      loan_interest_paid_2021: 96,
    });
    // Said with its ex-tax value, the ex-tax one answers.
    expect(
      step(pendingOn('equipment_invoice_2021'), '发票含税1130万 不含税1000万').state.profile.equipment_invoice_2021,
    ).toBe(1000);
    // A total said to include the plant building, or "that includes the building", is asked about.
    expect(
      step(pendingOn('total_investment'), '备案证上是5000万 这个是含厂房的').state.profile.total_investment,
    ).toBeUndefined();
    expect(
      step(pendingOn('total_investment', {}, undefined), 'filed amount 52m but that includes the building', {
        locale: 'en',
      }).state.profile.total_investment,
    ).toBeUndefined();
  });
  it('an A-不-A question (第三方出的行不行) is a question, not a no; 完公 is 完工; "by end 2021" names what was invested by then', () => {
    // tune-s: asked while the acceptance question is pending, nothing is recorded.
    const asked = step(pendingOn('accepted'), '验收意见一定要推荐单位出吗 第三方出的行不行');
    expect(asked.state.profile.accepted).toBeUndefined();
    expect(step(pendingOn('accepted'), '第三方出的行不行').state.profile.accepted).toBeUndefined();
    // …while a plain no is still one.
    expect(step(pendingOn('accepted'), '还没有').state.profile.accepted).toBe(false);
    // Play-test 20: the start month is not the completion date asked; the typed-over completion date is.
    expect(
      step(pendingOn('completion_date'), '还没弄完 21年6月开工的 计划23年9月底完公').state.profile.completion_date,
    ).toBe('2023-09-30');
    // Play-test 20: a correction of what was invested by the end of 2021 that names the software bought with it.
    const fixed = step(
      {
        ...pendingOn('completion_date', {
          total_investment: 2800,
          invested_by_2021_end: 500,
          software_investment: 450,
        }),
        locale: 'en',
      },
      'Sorry, correction: by end 2021 it was 6 million, I forgot the down payment for the MES software.',
    ).state.profile;
    expect(fixed).toMatchObject({ invested_by_2021_end: 600, software_investment: 450 });
  });
  it('不算在建 denies the stage; a yes said only of a part is asked; "planned end of 2023" is a schedule, not the stage', () => {
    // tune-r: 不算 negates the option word like 不是 (the stage is then asked, it may be planned or completed).
    expect(step(pendingOn('stage'), '不算在建吧').state.profile.stage).toBeUndefined();
    expect(step(pendingOn('stage'), '在建').state.profile.stage).toBe('under_construction');
    // tune-r: 1.1.1.2 needs the equipment bought with the loan; half of it is no yes.
    for (const [text, locale] of [
      ['yes, but only about half of the machines so far', 'en'],
      ['买了 不过只买了一半', 'zh-CN'],
    ] as const)
      expect(
        step({ ...pendingOn('equipment_bought_with_loan'), locale }, text).state.profile.equipment_bought_with_loan,
        text,
      ).toBeUndefined();
    expect(step(pendingOn('equipment_bought_with_loan'), '买了').state.profile.equipment_bought_with_loan).toBe(true);
    // tune-r: to the completion question, "planned" dates the end; the project's stage is not said.
    const planned = step({ ...pendingOn('completion_date'), locale: 'en' }, 'planned end of 2023').state.profile;
    expect(planned).toEqual({ completion_date: '2023-12-31' });
    // …but "not started yet" beside a planned date still says the stage.
    expect(
      step({ ...pendingOn('start_date'), locale: 'en' }, 'Not started yet, groundbreaking planned next month').state
        .profile.stage,
    ).toBe('planned');
  });
  it('a park passing on one of its firms speaks for an enterprise; a construction period’s length is no stage (tune-t)', () => {
    expect(
      said(
        'Forwarding from Yancheng high-tech zone: one of our companies was newly recognised as a provincial little giant in 2021.',
        'en',
      ).applicant_kind,
    ).toBe('enterprise');
    expect(said('我们是高新区管委会 园区内有一家企业去年评上小巨人').applicant_kind).toBe('enterprise');
    // A park applying with a leading firm beside it is still the park.
    expect(said('高新区管委会想报信创先导区 有一家龙头企业牵头').applicant_kind).toBe('park');
    const lab = said(
      '我们是省内骨干信创企业 准备跟南京邮电大学合作 在学校里共建信创实验室 合作期5年 两年建设期总投入1200万',
    );
    expect(lab.stage).not.toBe('under_construction');
    expect(lab.total_investment).toBe(1200);
    expect(step(pendingOn('stage'), '应该是建设期').state.profile.stage).toBe('under_construction');
  });
  it('play-test 21: a district bureau speaking for a firm; "不是市局" denies who applies; a correction before a question is heard', () => {
    // 辖区有个企业: the applicant is the enterprise spoken for; 区工信局 is no 设区市工信局 (3.4.2).
    expect(said('区工信局的 辖区有个企业明年想办个工业设计展 能不能申请重大展会的补助').applicant_kind).toBe(
      'enterprise',
    );
    expect(said('我们是江宁区工信局 想了解下重大活动').applicant_kind).toBeUndefined();
    expect(said('苏州市工信局的，想了解重大活动项目怎么组织申报').applicant_kind).toBe('city_bureau');
    // To "is it in Jiangsu?", a 不是 that denies the applicant's kind is no answer.
    const onRecord = { applicant_kind: 'city_bureau', event_listed: true } as const;
    for (const text of ['等下 我们是区工信局 不是市局 要报的是那家企业', '申报单位是企业 不是市工信局'])
      expect(step(pendingOn('in_jiangsu', onRecord), text).state.profile.in_jiangsu, text).toBeUndefined();
    expect(step(pendingOn('in_jiangsu', onRecord), '不是').state.profile.in_jiangsu).toBe(false);
    // After the verdict: the correction is made and the question after it answered with the clause.
    const verdict: DialogState = {
      ...pendingOn('in_jiangsu', { ...onRecord, in_jiangsu: true, total_investment: 800, event_kind: 'exhibition' }),
      pending: null,
      focus: ['expo-event'],
      verdictShown: true,
    } as DialogState;
    const turn = step(verdict, '不对吧 申报单位是企业 不是市工信局 企业自己能报吗');
    expect(turn.state.profile.applicant_kind).toBe('enterprise');
    expect(turn.replies.map((r) => r.text).join('\n')).toContain('3.4.2');
  });
  it('play-test 21: in a correction, a figure said to be the budget is the old one explained, not a second value', () => {
    const profile = {
      completion_date: '2021-10-31',
      total_investment: 1200,
      stage: 'completed',
      data_product_tech: true,
    };
    const turn = step(
      { ...pendingOn('accepted', profile), locale: 'en' },
      'yes, as I said. btw sorry the real total investment was 9.8 million, 12 million was our budget',
    );
    expect(turn.state.profile).toMatchObject({ total_investment: 980, accepted: true });
    expect(
      step(pendingOn('revenue_last_year', { total_investment: 1200 }), '总投资不对 实际是980万 1200万是预算').state
        .profile.total_investment,
    ).toBe(980);
  });
  it('tune-s: the figure said bare after an exclusion (刨掉土建那块是78) is in the unit of the one before it and answers', () => {
    expect(
      step(pendingOn('loan_interest_paid_2021'), '利息一共96万 刨掉土建那块是78').state.profile.loan_interest_paid_2021,
    ).toBe(78);
    expect(
      step(pendingOn('loan_interest_paid_2021'), '96万 不含土建的话78').state.profile.loan_interest_paid_2021,
    ).toBe(78);
    // A thousands separator is no end of the figure: （不含税、不含土建）4,500万 stays 4500.
    expect(said('项目总投资（不含税、不含土建）4,500万，2021年11月完工').total_investment).toBe(4500);
  });
  it('tune-t: yes/no said as statements (就这一单, 没有任何股权关系, 意见还没下来, 一分钱不用出, just this one deal)', () => {
    const cases: [string, string, boolean, 'en' | 'zh-CN'][] = [
      ['more_acquisitions', '就这一单', false, 'zh-CN'],
      ['more_acquisitions', 'just this one deal', false, 'en'],
      ['same_parent', '对方跟我们没有任何股权关系', false, 'zh-CN'],
      ['accepted', '验收会开过了 意见还没下来', false, 'zh-CN'],
      ['training_free', '学员一分钱不用出 来回路费自理', true, 'zh-CN'],
    ];
    for (const [fact, text, value, locale] of cases)
      expect(step({ ...pendingOn(fact), locale }, text).state.profile[fact as 'accepted'], text).toBe(value);
  });
  it('tune-t: to the direction question, a product 2.1 names (车规MCU, MOSFET) is a yes', () => {
    expect(step(pendingOn('core_tech_direction'), '做的是车规MCU').state.profile.core_tech_direction).toBe(true);
    expect(
      step({ ...pendingOn('core_tech_direction'), locale: 'en' }, 'automotive MOSFETs for EV inverters').state.profile
        .core_tech_direction,
    ).toBe(true);
  });
  it('tune-s: an answer, then 另外 and a correction naming its fact and value: both kept', () => {
    const t = step(
      pendingOn('revenue_last_year', { total_investment: 4500 }),
      '八千六百万 另外刚才总投资说错了 应该是4800不是4500',
    );
    expect(t.state.profile).toMatchObject({ total_investment: 4800, revenue_last_year: 8600 });
    expect(t.replies[0]?.text).toContain('4800');
  });
  it('play-test 22: an exchange rate said beside the RMB figure is no loan rate', () => {
    const t = step(
      { ...pendingOn('acquisition_amount'), locale: 'en' },
      'USD 8.6 million, all cash. At payment day rate 6.38 it is about RMB 54.87 million',
    );
    expect(t.state.profile.acquisition_amount).toBe(5487);
    expect(t.state.profile.loan_rate_pct).toBeUndefined();
    expect(
      step(pendingOn('acquisition_amount'), '1200万美元 汇率6.45 折合人民币7740万').state.profile.loan_rate_pct,
    ).toBeUndefined();
  });
  it('play-test 22: "Nov 2021, 26th" keeps its day; after the verdict "so total is 30.25 million" is the new total', () => {
    expect(
      step(
        { ...pendingOn('completion_date'), locale: 'en' },
        'Nov 2021, 26th exactly. City bureau already gave acceptance opinion in March',
      ).state.profile.completion_date,
    ).toBe('2021-11-26');
    const verdict = {
      ...pendingOn('completion_date', {
        total_investment: 2965,
        stage: 'completed',
        completion_date: '2021-11-26',
        accepted: true,
      }),
      pending: null,
      focus: ['demo'],
      verdictShown: true,
      locale: 'en',
    } as DialogState;
    const t = step(
      verdict,
      'ok then our accountant left out the design consulting contract, 0.6 million ex VAT. So total is 30.25 million',
    );
    expect(t.state.profile.total_investment).toBe(3025);
  });
  it('tune-s: a bare figure said and taken back in one answer (四千八 哦不对 是五千八) answers with the second', () => {
    expect(step(pendingOn('total_investment'), '四千八 哦不对 是五千八').state.profile.total_investment).toBe(5800);
    // A correction that names another fact is still that fact's (tune-c).
    expect(
      step(pendingOn('total_investment'), '等下 我刚才说贷款4000是错的 是3000').state.profile.total_investment,
    ).toBeUndefined();
  });
  it('tune-u: English counts of four digits (1500 trainees) and with two words before the noun (12 full-time service staff)', () => {
    expect(
      said(
        'We are cluster promotion organisation, 12 full-time service staff, 2021 cluster service income 2.6 million yuan',
        'en',
      ),
    ).toMatchObject({
      service_team_size: 12,
      cluster_service_revenue_2021: 260,
    });
    expect(
      said(
        'Training company, registered capital 800 wan, 3 years average revenue 650 wan, around 1500 trainees per year offline',
        'en',
      ).trainees_3y_avg,
    ).toBe(1500);
    // A year is no count: "in 2021 we served…" reads no 2021 of anything.
    expect(said('In 2021 we served 130 SMEs offline', 'en').smes_served_2021).toBe(130);
  });
  it('tune-u: an SME service centre and an energy-saving boiler upgrade said in English', () => {
    expect(
      said('We are the SME service center of our city in Jiangsu. All our services are free.', 'en'),
    ).toMatchObject({
      sme_service_center: true,
      all_services_free: true,
    });
    expect(
      said(
        'We are a chemical company in Taizhou, Zhejiang province, upgrading our boilers to save energy, total investment RMB 25m.',
        'en',
      ).green_direction,
    ).toBe(true);
  });
  it('tune-r: a figure taken back after an ellipsis (450k... sorry 4.5 million yuan) is replaced', () => {
    expect(said('2021 investment 450k... sorry 4.5 million yuan', 'en').total_investment).toBe(450);
  });
  it('play-test 23: after a verdict on the 智改数转 benchmarks, their total (read at 1.2.2.4 and 1.2.3) is heard; 实际/不含税 figures replace one on record', () => {
    // The four benchmarks' own clauses are 1.2.1.x; their conditions sit in the shared 1.2.2 and 1.2.3.
    const verdict = {
      ...pendingOn('completion_date', { software_investment: 380, fiveg_direction: true, above_scale: true }),
      pending: null,
      focus: ['demo'],
      verdictShown: true,
    } as DialogState;
    expect(step(verdict, '总投入2500万是不含税的 21年底投了900万').state.profile).toMatchObject({
      total_investment: 2500,
      invested_by_2021_end: 900,
    });
    expect(step(verdict, '总投资应该是2500万').state.profile.total_investment).toBe(2500);
    // 那420里有60万是房屋改造 要扣掉 实际360万: the change is offered.
    const platform = {
      ...verdict,
      profile: { platform_investment_2021: 420, smes_served_2021: 150 },
      focus: ['platforms'],
    } as DialogState;
    expect(step(platform, '那420里有60万是房屋改造 要扣掉 实际360万').state.confirm).toEqual({
      fact: 'platform_investment_2021',
      value: 360,
    });
    expect(
      step(pendingOn('start_date', { software_investment: 380 }), '对了软件那380是含税的 不含税大概340万').state
        .confirm,
    ).toEqual({
      fact: 'software_investment',
      value: 340,
    });
    // A figure with a renovation or civil-works part inside is asked, not recorded gross.
    expect(
      step(pendingOn('platform_investment_2021'), '平台投入420万 不过里面有60万是房屋装修改造的').state.profile
        .platform_investment_2021,
    ).toBeUndefined();
    expect(
      step(
        { ...pendingOn('total_investment'), locale: 'en' },
        'As I said 26 million, of which 5 million is civil works',
      ).state.profile.total_investment,
    ).toBeUndefined();
  });
  it('tune-v: 总投资两千八 before a date; a public platform for traffic or security is no SME platform; one cluster served; 培训都免费', () => {
    expect(said('5G全连接工厂项目 总投资两千八 21年10月开工').total_investment).toBe(2800);
    expect(said('智慧交通的公共服务平台 在宿迁 总投资3200万 已经上线运行')).toMatchObject({ total_investment: 3200 });
    expect(
      said('扬州的 做工控安全产品 准备建个工业互联网安全公共服务平台 总投入600万').platform_investment_2021,
    ).toBeUndefined();
    // The SME platform's own input stays its 2021 platform investment (5.3.1).
    expect(said('我们是省级中小企业公共服务示范平台 项目投入520万').platform_investment_2021).toBe(520);
    expect(said('我们是集群促进机构 服务苏州的生物医药集群 专职团队15个人').cluster_focus).toBe(true);
    expect(said('我们是集群促进机构 同时服务好几个集群').cluster_focus).toBe(false);
    expect(
      said(
        'I represent an industry association in Jiangsu serving the nanomaterials cluster. 2021 service income RMB 1.2m.',
        'en',
      ).cluster_focus,
    ).toBe(true);
    expect(said('培训机构 近三年平均每年线下培训3000多人次 培训都免费').training_free).toBe(true);
  });
});

describe('fifth round: tune-w, batch 26 and play-test 24', () => {
  it('German-style figures: Mio. is a million, 1,3 Mio. and 4,35 % have decimal commas; a list of choices stays a list', () => {
    const en = (slot: string, text: string) => step({ ...pendingOn(slot), locale: 'en' }, text).state.profile;
    expect(en('total_investment', 'about 62 Mio. RMB net')).toEqual({ total_investment: 6200 });
    expect(en('loan_interest_paid_2021', '2,4 Mio. RMB')).toEqual({ loan_interest_paid_2021: 240 });
    expect(en('loan_rate_pct', '3,85 % p.a.')).toEqual({ loan_rate_pct: 3.85 });
    // 1,3 without a scale word or percent sign is two choices, not 1.3.
    expect(step(pendingOn('certifications'), '1,3').state.profile.certifications).toHaveLength(2);
  });

  it('没进规上 / 没上规 are not above designated size', () => {
    expect(said('做塑料件的小厂 还没进规上 有啥能报的').above_scale).toBe(false);
    expect(said('我们没上规 能报技改吗').above_scale).toBe(false);
    expect(said('我们是规上企业 做技改').above_scale).toBe(true);
  });

  it('a bare figure after an amount’s word, taken back at once (三千二 哦不对 是三千六百万), gives way to the new one', () => {
    expect(said('技改项目备案总投资四千一 哦不对 是四千五百万 贷款两千八').total_investment).toBe(4500);
    // Without the take-back both are not the total: the bare figure after the word is.
    expect(said('技改项目备案总投资四千一 贷款两千八百万').total_investment).toBe(4100);
  });

  it('equipment and software together is no software figure; 含线上 keeps a trainee count out (5.5.1.2: 不含线上培训)', () => {
    expect(
      step(pendingOn('software_investment'), '设备和软件一共3800').state.profile.software_investment,
    ).toBeUndefined();
    expect(
      step({ ...pendingOn('software_investment'), locale: 'en' }, 'hardware and software 38m').state.profile
        .software_investment,
    ).toBeUndefined();
    // Said of the equipment in another clause, the software figure after it is read.
    expect(said('项目总投入2600万，都是设备和软件，其中软件和系统集成520万').software_investment).toBe(520);
    expect(step(pendingOn('trainees_3y_avg'), '每年1500人次 含线上的').state.profile.trainees_3y_avg).toBeUndefined();
    expect(step(pendingOn('trainees_3y_avg'), '每年1500人次 不含线上').state.profile.trainees_3y_avg).toBe(1500);
  });

  it('"we are in <a place>" is a place to read, not a yes: an unknown or ambiguous one (Taizhou) is asked', () => {
    const en = (text: string) => step({ ...pendingOn('in_jiangsu'), locale: 'en' }, text).state.profile.in_jiangsu;
    expect(en('We are in Kunming')).toBeUndefined();
    expect(en('We are in Taizhou')).toBeUndefined();
    expect(en('we are in Yangzhou')).toBe(true);
    expect(en('We are in Hangzhou')).toBe(false);
    expect(en('yes we are')).toBe(true);
  });

  it('lenders inside and outside Jiangsu both are asked; a denial right before a lender’s place turns it', () => {
    expect(
      step(pendingOn('loan_from_jiangsu_bank'), '一部分苏州银行 一部分是上海那边的银团').state.profile
        .loan_from_jiangsu_bank,
    ).toBeUndefined();
    expect(said('固定资产贷款五千万是中信银行上海分行放的，不是江苏的分行').loan_from_jiangsu_bank).toBe(false);
    expect(step(pendingOn('loan_from_jiangsu_bank'), '不是 浙江的银行').state.profile.loan_from_jiangsu_bank).toBe(
      false,
    );
    expect(step(pendingOn('loan_from_jiangsu_bank'), '工行苏州分行放的').state.profile.loan_from_jiangsu_bank).toBe(
      true,
    );
  });

  it('play-test 24: an English district bureau is no city bureau (3.4.2); spent "so far" is not spent by the end of 2021', () => {
    expect(
      said('Hello, I am with the industry and IT bureau of Wujin District, Changzhou. Can our bureau apply?', 'en')
        .applicant_kind,
    ).toBeUndefined();
    expect(said('This is the Changzhou Municipal Bureau of Industry and IT. Can we apply?', 'en').applicant_kind).toBe(
      'city_bureau',
    );
    expect(
      step({ ...pendingOn('applicant_kind'), locale: 'en' }, 'we spent about 2.6 million yuan so far').state.profile
        .invested_by_2021_end,
    ).toBeUndefined();
    expect(said('by the end of 2021 we had spent 2.6 million yuan', 'en').invested_by_2021_end).toBe(260);
  });

  it('beside a figure on another basis, a plain figure under half of it is a part, not the sum: asked', () => {
    const en = (text: string) =>
      step({ ...pendingOn('platform_investment_2021'), locale: 'en' }, text).state.profile.platform_investment_2021;
    expect(en('5.3 million RMB with VAT, and also 400k for staff bonuses')).toBeUndefined();
    // The same sum on the question's basis is still read.
    expect(step(pendingOn('equipment_invoice_2021'), '发票含税1130万 不含税1000万').state.profile).toEqual({
      equipment_invoice_2021: 1000,
    });
  });

  it('含税5650 不含税5000: bare figures after their basis are in 万元 as asked, and the one on the question’s basis is read', () => {
    expect(step(pendingOn('total_investment'), '含税5650 不含税5000').state.profile.total_investment).toBe(5000);
    expect(step(pendingOn('equipment_invoice_2021'), '不含税3000，含税3390').state.profile.equipment_invoice_2021).toBe(
      3000,
    );
    // One bare figure on the wrong basis alone is still kept out.
    expect(step(pendingOn('total_investment'), '含税5650').state.profile.total_investment).toBeUndefined();
  });

  it('tune-x: the figure’s own word after it (loan interest paid, tax last year); 技改贷款 and 实施期预算 name their facts', () => {
    expect(said('Plant in Wuxi. 2.4 million RMB loan interest paid in 2021.', 'en')).toMatchObject({
      loan_interest_paid_2021: 240,
    });
    expect(said('Plant in Wuxi. 2.4 million RMB loan interest paid in 2021.', 'en').fixed_asset_loan).toBeUndefined();
    const giant = said('we are a 2021 little giant, paid RMB 5.2m tax last year', 'en');
    expect(giant.taxes_paid_last_year).toBe(520);
    expect(giant.acquisition_amount).toBeUndefined();
    // "with tax" qualifies a figure; it names no taxes paid.
    expect(
      step(
        { ...pendingOn('equipment_invoice_2021'), locale: 'en' },
        '9 million yuan before tax, 10.17 million with tax',
      ).state.profile,
    ).toEqual({ equipment_invoice_2021: 900 });
    expect(said('常州一家企业 技改贷款2600万 利率3.9').fixed_asset_loan).toBe(2600);
    expect(said('经开区管委会 想报信创先导区 实施期预算1.5个亿').total_investment).toBe(15000);
  });

  it('tune-x: an RMB figure right after a foreign one is its value; the IIoT benchmark list by its English name; "by Dec 31"', () => {
    const deal = said('We acquired a French company in Oct 2021, paid EUR 8m (about RMB 58 million), all cash', 'en');
    expect(deal).toMatchObject({ acquisition_amount: 5800, acquisition_cash: 5800 });
    expect(
      step(
        { ...pendingOn('certifications'), locale: 'en' },
        'we are on the smart factory list and the iiot benchmark list',
      ).state.profile.certifications,
    ).toEqual(['smart-factory-list', 'iiot-benchmark-list']);
    expect(
      step({ ...pendingOn('invested_by_2021_end'), locale: 'en' }, 'about 7 million by Dec 31').state.profile
        .invested_by_2021_end,
    ).toBe(700);
  });

  it('tune-x openings: 解析 with its figure; a lab with a university of a Jiangsu city; 5G 专网, security vendors, 全生命周期', () => {
    expect(said('南通做化工行业标识解析二级节点 注册量2.2亿 解析1.1亿 接入企业1100家')).toMatchObject({
      identifier_registrations_yi: 2.2,
      identifier_resolutions_yi: 1.1,
    });
    expect(said('我们是省内信创骨干企业 跟苏州一所高校合建信创实验室 合作期4年').lab_with_jiangsu_university).toBe(
      true,
    );
    expect(
      said(
        'I teach at a university in Suzhou. A xinchuang firm wants to set up a lab with us on campus for 4 years.',
        'en',
      ).lab_with_jiangsu_university,
    ).toBe(true);
    // A university outside Jiangsu is no yes.
    expect(said('我们跟浙江大学合建实验室').lab_with_jiangsu_university).not.toBe(true);
    expect(said('We set up a private 5G network in our Wuxi plant for AGVs', 'en').fiveg_direction).toBe(true);
    expect(
      said('We are an industrial security vendor in Nanjing, project 7 million RMB', 'en').security_capability,
    ).toBe(true);
    expect(said('常州做注塑机的 项目是给客户做全生命周期服务 总投入2100万').service_direction).toBe(true);
    // co-organise names no company.
    expect(
      said('I work at the Suzhou city bureau of industry and IT, we co-organise a big industrial expo', 'en')
        .applicant_kind,
    ).toBe('city_bureau');
  });

  it('tune-w: a bare figure for equipment and software, cloud 另算, 含线上 without digits, 技改加研发 and half a green project', () => {
    // 设备软件4500 beside the total asked is no software figure.
    expect(
      step(pendingOn('total_investment'), '备案是5200万 其中土建1200 设备软件4000').state.profile.software_investment,
    ).toBe(undefined);
    // 上云另算: the software figure leaves out the cloud the question counts in; asked.
    expect(
      step(pendingOn('software_investment'), '软件380 上云另算的').state.profile.software_investment,
    ).toBeUndefined();
    expect(step(pendingOn('trainees_3y_avg'), '一年一千五左右 含线上的').state.profile.trainees_3y_avg).toBeUndefined();
    // Two things added spend one figure: the one asked takes it, the last one named does not.
    expect(step(pendingOn('upgrade_investment_last_year'), '去年技改加研发投了900万').state.profile).toEqual({
      upgrade_investment_last_year: 900,
    });
    // Mostly capacity, with some energy-saving motors: both said, asked.
    expect(
      step(pendingOn('green_direction'), '主要是扩产能 顺带换了几台节能电机').state.profile.green_direction,
    ).toBeUndefined();
    expect(step(pendingOn('green_direction'), '主要是扩产能').state.profile.green_direction).toBe(false);
  });

  it('tune-x: a lender named by its own name before a place (HSBC Shanghai); 验收意见…还没出; years of running training', () => {
    expect(
      said('our fixed asset loan of RMB 40 million is from Citi Shanghai, plant in Changzhou', 'en')
        .loan_from_jiangsu_bank,
    ).toBe(false);
    expect(said('项目总投资1500万 去年10月完工 验收意见推荐单位还没出').accepted).toBe(false);
    expect(
      said('Training company in Wuxi, licence covers training, running training 7 years to end of 2021', 'en')
        .training_years,
    ).toBe(7);
  });

  it('play-test 25: renovation inside a total is asked; "capability building" is no stage; a question after the cluster’s revenue is the cluster’s', () => {
    expect(
      step(
        { ...pendingOn('total_investment'), locale: 'en' },
        'total input is 12 million yuan, including 1.2 million for renovation of the rooms',
      ).state.profile.total_investment,
    ).toBeUndefined();
    expect(
      said(
        'We host a provincial manufacturing innovation center in Wuxi and want funding for capability building.',
        'en',
      ).stage,
    ).toBeUndefined();
    // Several programs in focus (the platforms); the revenue just answered bears on the cluster program alone.
    const platforms: DialogState = {
      ...pendingOn('cluster_focus', { cluster_service_revenue_2021: 196 }, 'cluster_service_revenue_2021'),
      focus: ['platforms'],
    };
    const text = step(platforms, '那如果够200 补助按啥算 最多给多少')
      .replies.map((r) => r.text)
      .join('\n');
    expect(text).toContain('5.2.2');
    expect(text.indexOf('5.2.2')).toBeLessThan(
      text.indexOf('1.4.1.2') < 0 ? Number.POSITIVE_INFINITY : text.indexOf('1.4.1.2'),
    );
  });

  it('play-test 25: 就这俩 and "only that one" close the list of recognitions said before', () => {
    const mentioned = ['cloud-bigdata-registry', 'bigdata-demo-project'];
    for (const [text, locale] of [
      ['对 就这俩', 'zh-CN'],
      ['只有这俩', 'zh-CN'],
      ['only those two', 'en'],
    ] as const)
      expect(
        step({ ...pendingOn('certifications'), mentionedCerts: mentioned, locale }, text).state.profile.certifications,
        text,
      ).toEqual(mentioned);
  });

  it('play-test 25: a registration done with its time said in between (工商变更是10月份才办完的)', () => {
    expect(said('去年收购了一家企业 工商变更是10月份才办完的').acquisition_registered).toBe(true);
    expect(said('去年收购了一家企业 工商变更是9月中旬办完的').acquisition_registered).toBe(true);
  });

  it('tune-y: online and offline together is no offline count; 备案 beside the total with civil works is asked; more cue words', () => {
    expect(step(pendingOn('smes_served_2021'), '线上线下加起来300家').state.profile.smes_served_2021).toBeUndefined();
    expect(
      step(pendingOn('total_investment'), '备案3500万 算上土建5000万').state.profile.total_investment,
    ).toBeUndefined();
    expect(said('21年新认定的小巨人 研发投入平均4.8% 去年交税五百多万').rd_ratio_3y_avg_pct).toBe(4.8);
    expect(said('节能改造项目总投入2400万 去年底完成了500万').invested_by_2021_end).toBe(500);
    const en = said(
      'cluster promotion org for the Changzhou robot cluster only, 9 full time staff, 2021 service revenue about 2.1 million rmb',
      'en',
    );
    expect(en).toMatchObject({ cluster_focus: true, service_team_size: 9 });
    expect(
      said('We acquired a Korean firm in May 2021, we own 65% now. Registration changes are done.', 'en')
        .acquisition_registered,
    ).toBe(true);
    expect(said('Training firm in Wuxi, licence includes training, operating 6 years', 'en')).toMatchObject({
      training_licensed: true,
      training_years: 6,
    });
    expect(said('Our project recycles used EV batteries, total 28 million RMB', 'en').green_direction).toBe(true);
  });

  it('tune-z: more words for facts said in passing (专职人员, 经营范围里有培训, 没上5G, 建设期投入, i-Chuang Cup, a cluster org for one cluster)', () => {
    expect(said('我们是机器人集群促进会 专职人员10个 2021年集群服务收入两百五十万').service_team_size).toBe(10);
    expect(said('培训公司 营业执照经营范围里有培训 注册资金800万').training_licensed).toBe(true);
    expect(said('车间用的wifi6 没上5G 技改投了三千多万').fiveg_direction).toBe(false);
    expect(said('我们是苏州一所高校 和省内信创骨干企业在学校里共建实验室 建设期投入1200万左右').total_investment).toBe(
      1200,
    );
    expect(
      step(undefined, 'our team won 2nd prize in the 2021 i-Chuang Cup and we moved to Changzhou', { locale: 'en' })
        .state.mentionedCerts,
    ).toContain('icup-second-prize');
    expect(
      said('Cluster promotion organisation for the new materials cluster in Changzhou, 10 full-time staff', 'en')
        .cluster_focus,
    ).toBe(true);
    expect(step(pendingOn('event_listed'), '是指南里列的紫金奖工业设计大赛').state.profile.event_listed).toBe(true);
  });

  it('review of the fifth round: the filed-total note keeps the facts after it; a note opening the message still asks', () => {
    const techLoan: DialogState = { ...pendingOn('total_investment'), focus: ['tech-loan'] };
    expect(step(techLoan, '备案3200万含土建600万 固定资产贷款2000万').state.profile).toMatchObject({
      total_investment: 3200,
      fixed_asset_loan: 2000,
    });
    expect(
      step({ ...techLoan, locale: 'en' }, '32 million including civil works and a 20 million loan from Bank of Nanjing')
        .state.profile,
    ).toMatchObject({ total_investment: 3200, fixed_asset_loan: 2000 });
    // 含税3200万: the basis said first names the figure after it; asked, as before.
    expect(step(techLoan, '含税3200万').state.profile.total_investment).toBeUndefined();
    // With 兼并重组 beside it (which reads no total) the question and the reading stay the loan program's.
    const both: DialogState = { ...pendingOn('total_investment'), focus: ['tech-loan', 'merger'] };
    expect(step(both, '什么是备案总投资').replies.at(-1)?.text).toContain('备案（核准）总投资');
  });

  it('review of the fifth round: only a bracket or "about" makes an RMB figure the foreign one’s value; narrower words', () => {
    expect(
      step({ ...pendingOn('acquisition_amount'), locale: 'en' }, 'USD 10 million, RMB 5 million of it in cash').state
        .profile.acquisition_amount,
    ).toBeUndefined();
    expect(
      said('We are a manufacturer in Suzhou; the loan is only for the new production line', 'en').cluster_focus,
    ).toBe(undefined);
    expect(said('Our company has 8 years of operating history and invested 50 million', 'en').training_years).toBe(
      undefined,
    );
    expect(said('We are the Suzhou city bureau, holding an expo in Wuzhong district', 'en').applicant_kind).toBe(
      'city_bureau',
    );
    expect(said('Our loan is not from a Jiangsu bank', 'en').loan_from_jiangsu_bank).not.toBe(true);
    // A cloud note in the next clause still keeps a software figure out; a software figure after 其中 is read.
    expect(said('我们做智能工厂，软件投入520万，上云另算').software_investment).toBeUndefined();
    expect(
      step(pendingOn('software_investment'), '都是设备和软件，其中软件520万').state.profile.software_investment,
    ).toBe(520);
  });

  it('the loan program asks its 备案总投资 as filed (1.1.1.2), and a note that it includes civil works changes nothing', () => {
    const techLoan = (profile: DialogState['profile'] = {}): DialogState => ({
      ...pendingOn('total_investment', profile),
      focus: ['tech-loan'],
    });
    // Asked again (after a side question) it is still the filed total.
    const again = step(techLoan(), '总投资是什么意思');
    expect(again.replies.at(-1)?.text).toContain('备案（核准）总投资');
    expect(step(techLoan(), '备案是3600万，不过这里面含了土建大概五百来万').state.profile.total_investment).toBe(3600);
    expect(step(techLoan(), '3600万 含税的').state.profile.total_investment).toBe(3600);
    expect(step(techLoan(), '备案3600万 算上土建5000万').state.profile.total_investment).toBe(3600);
    // Asked for the 1.2 programs' measure (ex-tax, no civil works), the same note keeps the figure out.
    expect(
      step({ ...pendingOn('total_investment'), focus: ['demo'] }, '3600万 含土建的').state.profile.total_investment,
    ).toBeUndefined();
  });
});

describe('sixth round: play-tests 25 and 26, tune-za and batch 30', () => {
  it('a general word (总共出了) in a merger dialog names the deal’s amount, not a project’s investment (3.1.1.4)', () => {
    const merger: DialogState = { ...pendingOn('acquisition_registered'), focus: ['merger'] };
    expect(step(merger, '总共出了1.2个亿，现金八千万，剩下的用我们股份换的').state.profile).toMatchObject({
      acquisition_amount: 12000,
      acquisition_cash: 8000,
    });
    expect(step(merger, '总共出了1.2个亿').state.profile.total_investment).toBeUndefined();
    // With a program that reads a project total beside it, the general word keeps its reading.
    const both: DialogState = { ...pendingOn('acquisition_registered'), focus: ['merger', 'tech-loan'] };
    expect(step(both, '总共出了1.2个亿').state.profile.acquisition_amount).toBeUndefined();
  });

  it('a word that only affirms (其实, 确实) between a fact’s words does not hide it', () => {
    expect(said('另外市里其实给过30w贴息').other_interest_subsidy_2021).toBe(30);
    expect(said('县里确实贴了20万').other_interest_subsidy_2021).toBe(20);
  });

  it('two new values for facts on record in one message are each confirmed in turn, none dropped', () => {
    const after = afterVerdict({ total_investment: 2800, other_interest_subsidy_2021: 0 }, ['tech-loan']);
    const first = step(after, '哦 那我再确认下 总投资还是5000 刚才看错表了 另外市里其实给过30w贴息');
    expect(first.state.confirm).toEqual({ fact: 'other_interest_subsidy_2021', value: 30 });
    expect(first.state.confirmQueue).toEqual([{ fact: 'total_investment', value: 5000 }]);
    const second = step(first.state, '是');
    expect(second.state.profile.other_interest_subsidy_2021).toBe(30);
    expect(second.state.confirm).toEqual({ fact: 'total_investment', value: 5000 });
    expect(second.replies.at(-1)?.text).toContain('5000万元');
    expect(step(second.state, '是').state.profile.total_investment).toBe(5000);
    // A no keeps the old value and still asks the next; anything else sets both aside.
    const kept = step(first.state, '否');
    expect(kept.state.profile.other_interest_subsidy_2021).toBe(0);
    expect(kept.state.confirm).toEqual({ fact: 'total_investment', value: 5000 });
    const aside = step(first.state, '/start');
    expect(aside.state.confirm ?? null).toBeNull();
    expect(aside.state.confirmQueue ?? []).toEqual([]);
  });

  it('a yes with the stake and the registration date beside it (play-test 26 d03): no question, no project stage', () => {
    const shareholder: DialogState = { ...pendingOn('largest_shareholder'), focus: ['merger'] };
    const r = step(shareholder, '是的 我们占65% 其他几个小股东 工商变更去年9月就弄完了');
    expect(r.state.profile).toMatchObject({
      largest_shareholder: true,
      stake_after_pct: 65,
      acquisition_date: '2021-09-30',
    });
    expect(r.state.profile.completion_date).toBeUndefined();
    expect(r.state.profile.stage).toBeUndefined();
    // 其他几个 / 这几年 point at "a few"; 支持几个 still asks.
    expect(isPolicyQuestion('其他几个小股东')).toBe(false);
    expect(isPolicyQuestion('这几年营收都在涨')).toBe(false);
    expect(isPolicyQuestion('兼并重组支持几个')).toBe(true);
    // A finishing verb after a date still takes it when nothing is named right before the date.
    expect(said('项目去年9月就弄完了').completion_date).toBe('2021-09-30');
  });

  it('an answer and then a question in one message: both heard (play-test 26 d04); a question about what was said is not', () => {
    const security: DialogState = { ...pendingOn('security_capability'), focus: ['iiot'] };
    const r = step(security, '具备 有自己的监测探针和态势感知产品 问下用国密的密码产品这块也能算进去吗');
    expect(r.state.profile.security_capability).toBe(true);
    expect(r.replies.some((x) => x.kind === 'answer' && (x.clauses ?? []).includes('1.3.1.3'))).toBe(true);
    const invested: DialogState = { ...pendingOn('invested_by_2021_end'), focus: ['platforms'] };
    expect(
      step(invested, '21年底前付了设备预付款800万 这个算投资吗').state.profile.invested_by_2021_end,
    ).toBeUndefined();
    expect(isPolicyQuestion('十来个人 有几个是兼职的')).toBe(false);
    // 不对不对 is a no said twice, not 对不对 asked (play-test 26 d04).
    expect(isPolicyQuestion('不对不对 财务说去年底实际投了200万 120是软件那块')).toBe(false);
    expect(isPolicyQuestion('这样算对不对')).toBe(true);
    // One thing or the other, asked: the payment question mid-dialog (play-test 26 d04, d05).
    expect(isPolicyQuestion('那这个钱是一次性拨吗 还是分两次给')).toBe(true);
    expect(isPolicyQuestion('补助是一次给完还是分两次拨')).toBe(true);
    expect(isPolicyQuestion('总投资还是5000')).toBe(false);
    expect(isPolicyQuestion('是 做工程机械的 还是省级服务型制造示范企业')).toBe(false);
    // (In the 工业互联网 family, the fact answered last names the program: only 1.3.2.3 asks the capability.)
    const commitment: DialogState = {
      ...pendingOn('security_services_commitment', {}, 'security_capability'),
      focus: ['iiot'],
    };
    const paid = step(commitment, '那这个钱是一次性拨吗 还是分两次给');
    expect(paid.replies.some((x) => x.kind === 'answer' && (x.clauses ?? [])[0] === '1.3.3.3')).toBe(true);
  });

  it('English: 1 year and half is 1.5; the project end / end date is the completion (play-test 26 d07)', () => {
    const age: DialogState = { ...pendingOn('innovation_center_age_years'), locale: 'en' };
    expect(
      step(age, 'approved October 2020, so around 1 year and half').state.profile.innovation_center_age_years,
    ).toBe(1.5);
    expect(step(age, 'a year and a half').state.profile.innovation_center_age_years).toBe(1.5);
    expect(
      said('Update: board decide to extend, project end will be June 2024, start still Jan 2022.', 'en'),
    ).toMatchObject({ completion_date: '2024-06-30' });
  });

  it('a training plan in one message (play-test 26 d09): the total first, per-class figures, long classes, the cities', () => {
    const trainees: DialogState = { ...pendingOn('planned_trainees'), locale: 'en', focus: ['talent-training'] };
    const r = step(
      trainees,
      '900 like I wrote. 12 classes, each 75 people, each class 4 days incl. check-in and leaving. cities: Nanjing, Suzhou, Yangzhou, Xuzhou',
    ).state.profile;
    expect(r).toMatchObject({ planned_trainees: 900, min_class_size: 75, long_classes: 12, training_cities: 4 });
    // Every class shorter than 3.5 days: no long class (5.5.1.5), and 3 is no class size.
    const shorter = step(
      { ...trainees, pending: null, verdictShown: true, profile: r },
      'sorry my colleague reduced the schedule, each class only 3 days now',
    );
    expect(shorter.state.profile.min_class_size).toBe(75);
    expect(shorter.state.profile.long_classes).toBe(0);
    expect(said('计划培训900人 12个班 每班4天 在南京、苏州、扬州、徐州办')).toMatchObject({
      long_classes: 12,
      training_cities: 4,
    });
    // A list of cities outside training counts nothing; to the regions question it says where, not how many.
    expect(said('我们在南京、苏州有工厂').training_cities).toBeUndefined();
    expect(
      step({ ...trainees, pending: 'training_all_regions' }, 'We have classes in Nanjing, Yangzhou and Xuzhou').state
        .profile.training_cities,
    ).toBeUndefined();
    expect(said("Plan: 9 classes of 4 days in Nanjing, Wuxi, Taizhou (泰州) and Huai'an", 'en').training_cities).toBe(
      4,
    );
  });

  it('the first clause answers when the whole does not and the rest states other facts (都没有 企业在徐州 …)', () => {
    const certs = step(pendingOn('certifications'), '都没有 企业在徐州 去年底投了180万左右 计划明年3月完工').state
      .profile;
    expect(certs).toMatchObject({ certifications: [], invested_by_2021_end: 180, in_jiangsu: true });
    // A yes/no said first is not taken for another question's answer.
    expect(
      step(pendingOn('equipment_bought_with_loan'), '是的，我们是规上企业').state.profile.equipment_bought_with_loan,
    ).toBeUndefined();
  });

  it('corrections that name their fact in the user’s words (play-test 26 d05, d09)', () => {
    // A basis said after another number (650那个是含税的) is that number's: 450 is the corrected total.
    expect(
      step(
        afterVerdict({ total_investment: 650 }, ['platforms']),
        '不对 刚跟企业核了下 总投入450万 650那个是含税含硬件租赁的',
      ).state.profile.total_investment,
    ).toBe(450);
    expect(said('总投入450万 含税的').total_investment).toBeUndefined();
    // A count said as the value of its word (total trainees is 900.), a sentence's full stop after it.
    expect(
      step(
        afterVerdict({ planned_trainees: 75 }, ['talent-training'], 'en'),
        'wrong, total trainees is 900. 75 is per class',
      ).state.profile.planned_trainees,
    ).toBe(900);
    expect(said('trainees: 900', 'en').planned_trainees).toBe(900);
    // A team of 30 named in passing is no count said as a value.
    expect(said('Yep, we have a dedicated identifier team of 30.', 'en').service_team_size).toBeUndefined();
  });

  it('tune-za: the thing finished right before a date takes it; date words after a later figure are that figure’s; 设备投资 is a part', () => {
    expect(said('常熟纺织企业 去年并购了越南一家工厂 工商变更去年8月弄完的')).toMatchObject({
      acquisition_date: '2021-08-31',
    });
    expect(said('项目去年8月弄完的').completion_date).toBe('2021-08-31');
    // 21年底 belongs to 完成投资 after the space, not to the total before it.
    const green = said('宿迁泗洪一家企业 绿色化改造项目 总投资两千二左右 21年底完成投资不到两成');
    expect(green.total_investment).toBe(2200);
    expect(green.invested_by_2021_end).toBeUndefined();
    // A year written out inside the words after the figure keeps them whole.
    expect(said('Huai’an info consumption platform, total 18m, 10m spent before end of 2021', 'en')).toMatchObject({
      total_investment: 1800,
      invested_by_2021_end: 1000,
    });
    // Equipment investment is a part of the project, not its total: asked.
    expect(said('扬州高邮做电机的 今年搞智能工厂 设备投资2800万不含税 软件400万').total_investment).toBeUndefined();
  });

  it('play-test 27: a park asks the pilot zone’s amount, not the lab’s; the cluster service part corrected in words', () => {
    const zone: DialogState = {
      ...pendingOn('approvals_complete', { applicant_kind: 'park', total_investment: 8000 }, 'total_investment'),
      focus: ['xinchuang'],
    };
    const asked = step(zone, '那如果预算够1个亿的话 补助分几期给 首期多少');
    const answers = asked.replies.flatMap((r) => (r.kind === 'answer' ? [r.clauses] : []));
    expect(answers.find((c) => c.length > 0)?.[0]).toBe('1.4.1.2');
    const cluster = afterVerdict({ cluster_service_revenue_2021: 480 }, ['platforms'], 'en');
    const fixed = step(
      cluster,
      'Sorry correction - 4.8 million is our total income, the cluster service part in 2021 is only 1.8 million',
    );
    expect(fixed.state.profile.cluster_service_revenue_2021).toBe(180);
    expect(
      said('We are cluster promotion organisation, 2021 cluster service income 2.6 million yuan', 'en'),
    ).toMatchObject({
      cluster_service_revenue_2021: 260,
    });
  });

  it('play-test 27: not knowing the program’s name, then saying what was done, picks the program and keeps every fact', () => {
    const opening = step(undefined, '问下 我们去年收购了常州一家公司 这种有没有补贴可以拿');
    const r = step(opening.state, '不知道叫啥项目 就是收购 花了1.2个亿 其中现金8千万 现在我们持股70% 是最大股东');
    expect(r.state.profile).toMatchObject({
      acquisition_amount: 12000,
      acquisition_cash: 8000,
      stake_after_pct: 70,
      largest_shareholder: true,
    });
    expect(r.state.focus).toEqual(['merger']);
    expect(isPolicyQuestion('不知道叫啥项目 就是收购')).toBe(false);
    // 不知道 alone is still 全部.
    expect(step(opening.state, '不知道').state.focus).toBeNull();
  });

  it('play-test 27: a correction with the old value explained after the new one; a percent after 是', () => {
    const giant = afterVerdict({ rd_ratio_3y_avg_pct: 5 }, ['little-giant']);
    expect(step(giant, '研发占比刚才说错了 近三年平均是3.8 5是今年的').state.profile.rd_ratio_3y_avg_pct).toBe(3.8);
    expect(step(pendingOn('rd_ratio_3y_avg_pct'), '平均是3.8').state.profile.rd_ratio_3y_avg_pct).toBe(3.8);
    // Three years' figures are no average: asked.
    expect(
      step(pendingOn('rd_ratio_3y_avg_pct'), '近三年4.5 4.1 3.8').state.profile.rd_ratio_3y_avg_pct,
    ).toBeUndefined();
  });

  it('tune-za: a share said without % after its word; 主营收入年均增长', () => {
    expect(said('近三年研发投入占比平均4.5左右')).toMatchObject({ rd_ratio_3y_avg_pct: 4.5 });
    expect(said('近三年主营收入年均增长12%').revenue_growth_3y_avg_pct).toBe(12);
    expect(said('we hold 3 invention patents on it', 'en').stake_after_pct).toBeUndefined();
    // 在 and a place as a clause of its own says where the applicant is, beside another answer.
    expect(step(pendingOn('applicant_kind'), '企业 做汽车线束的 在淮安').state.profile).toMatchObject({
      applicant_kind: 'enterprise',
      in_jiangsu: true,
    });
    expect(step(pendingOn('stage'), '在建设中').state.profile.in_jiangsu).toBeUndefined();
    // A figure in 万 after a share's word is no share.
    expect(said('研发投入占比平均4500万').rd_ratio_3y_avg_pct).toBeUndefined();
  });

  it('play-test 28: facts said instead of a pick at the grouped gates are recorded (不是服务中心), and the plan goes on', () => {
    const platforms: DialogState = {
      ...pendingOn(GATES_SLOT),
      focus: ['platforms'],
      offeredGates: ['cluster_focus', 'sme_service_center', 'info_consumption_direction'],
    };
    const r = step(platforms, '我们是省级中小企业公共服务示范平台 不是服务中心');
    expect(r.state.profile.sme_service_center).toBe(false);
    expect(r.state.pending).not.toBe(GATES_SLOT);
  });

  it('paid by a date, in a message about no deal, is what was invested by then; a part left out of it is asked', () => {
    const en = said(
      'Project started Sep 2021, until Dec 31 2021 we paid around 8 million. Plan to finish mid of 2023',
      'en',
    );
    expect(en).toMatchObject({ invested_by_2021_end: 800, start_date: '2021-09-30' });
    // The cutoff is no completion date, and 'mid 2023' names no day (the guide's 2023年6月底 is a threshold): not recorded.
    expect(en.completion_date).toBeUndefined();
    expect(en.acquisition_amount).toBeUndefined();
    // A deal in the message keeps paid as the deal's price.
    expect(said('We acquired a Zhejiang maker in 2021 and paid 80 million', 'en').invested_by_2021_end).toBeUndefined();
    expect(said('截至去年底设备款付了1400万，还有些软件款没算进去').invested_by_2021_end).toBeUndefined();
    // Civil works not taken out of it (没拆出来): on another basis, asked.
    expect(
      step(pendingOn('loan_interest_paid_2021'), '总共120万 土建那块没拆出来').state.profile.loan_interest_paid_2021,
    ).toBe(undefined);
    // What the measure leaves out anyway (civil works) makes no part: the figure stands.
    expect(said('截至去年底投了1400万，土建那部分没算进去').invested_by_2021_end).toBe(1400);
  });
});

describe('play-test 28: a year-bound recognition said to be of another year', () => {
  it('is no 2021 recognition, asked when nothing else is said, taken off the list in a correction', () => {
    const certs = (text: string) => step(pendingOn('certifications'), text).state.profile.certifications;
    expect(certs('单项冠军是2020年评上的')).toBeUndefined();
    expect(certs('小巨人是19年评的 其他都没有')).toEqual([]);
    expect(certs('单项冠军是21年评上的')).toEqual(['single-champion-2021']);
    const after = afterVerdict({ certifications: ['single-champion-2021', 'smart-factory-list'] }, ['honor-award']);
    expect(step(after, '刚才说错了 单项冠军是2020年评上的 不是21年').state.profile.certifications).toEqual([
      'smart-factory-list',
    ]);
  });
});

describe('play-test 28: a recognition on record denied by its name in a correction', () => {
  it('is taken off the list, the others stay (English and Chinese)', () => {
    const withLists = (locale: 'en' | 'zh-CN') =>
      afterVerdict({ certifications: ['iiot-benchmark-list', 'smart-factory-list'] }, ['demo'], locale);
    expect(
      step(
        withLists('en'),
        'Sorry, my colleague tell me we are NOT on the benchmark list yet, we only applied this year',
      ).state.profile.certifications,
    ).toEqual(['smart-factory-list']);
    const zh = step(withLists('zh-CN'), '不对 我们不是标杆工厂 还在申请').state.profile;
    expect(zh.certifications).toEqual(['smart-factory-list']);
    expect(zh.applicant_kind).toBeUndefined();
  });
});

describe('review of the sixth round', () => {
  const mk = (pending: string, focus: string[], locale: 'en' | 'zh-CN' = 'zh-CN', profile = {}): DialogState => ({
    ...pendingOn(pending, profile),
    focus,
    locale,
  });

  it('a first clause never answers past a currency or a qualifier; 还是 as "still" is no question', () => {
    expect(
      step(mk('acquisition_amount', ['merger']), '1.2亿 不过是美元 企业在徐州').state.profile.acquisition_amount,
    ).toBe(undefined);
    expect(step(mk('stage', ['demo']), '虽然是去年开工的但现在还是在建中').state.profile.stage).toBe(
      'under_construction',
    );
    expect(step(mk('stage', ['demo']), '主要是设备安装还是没弄完').state.profile.stage).toBe('under_construction');
  });

  it('each / every N days need a class; a list of cities where the plants are is no training cities', () => {
    expect(
      step(mk('min_class_size', ['talent-training'], 'en'), 'We have 3 sites, each is 40 km apart').state.profile,
    ).toEqual({});
    expect(
      step(mk('planned_trainees', ['talent-training'], 'en'), '900 trainees, we hold a review every 2 days').state
        .profile.long_classes,
    ).toBeUndefined();
    expect(
      step(mk('planned_trainees', ['talent-training']), '我们在苏州和无锡有两个厂 去年培训了900人').state.profile
        .training_cities,
    ).toBeUndefined();
  });

  it('a clash on a confirmed value still asks the next queued one; 不知道 with other facts is still 全部', () => {
    const after = afterVerdict({ total_investment: 5000, invested_by_2021_end: 3000 }, ['demo']);
    const first = step(after, '总投资2000万，截至去年底投了1500万');
    expect(first.state.confirm).toEqual({ fact: 'total_investment', value: 2000 });
    const second = step(first.state, '是的');
    expect(second.state.confirm).toEqual({ fact: 'invested_by_2021_end', value: 1500 });
    expect(step(step(undefined, '问下 有啥补贴').state, '不知道 我们是苏州的企业').state.focus).toBeNull();
  });
});

describe('second review of the sixth round', () => {
  const held = ['iiot-benchmark-list', 'little-giant-2021', 'smart-factory-list'];
  const s = (locale: 'en' | 'zh-CN' = 'zh-CN') =>
    afterVerdict(
      { in_jiangsu: true, revenue_last_year: 30000, certifications: held },
      ['iiot', 'little-giant'],
      locale,
    );

  it('a recognition confirmed as 2021 with an earlier year denied stays; a denial must govern the name', () => {
    for (const text of ['更正：小巨人是2021年评的，不是2020年', '更正：我们没有在2020年评小巨人，小巨人是2021年的'])
      expect(step(s(), text).state.profile.certifications, text).toEqual(held);
    const both = step(s(), '不对，营收不是3亿，是2.8亿，标杆工厂我们是有的').state.profile;
    expect(both.certifications).toEqual(held);
    expect(both.revenue_last_year).toBe(28000);
    expect(
      step(s('en'), 'correction: revenue is 280 million not 300m, benchmark list is right').state.profile
        .certifications,
    ).toEqual(held);
  });

  it('只有 replaces the list; an earlier year tied to the name takes that one off', () => {
    expect(step(s(), '不对，我们只有单项冠军').state.profile.certifications).toEqual(['single-champion-2021']);
    expect(step(s(), '刚才说错了 小巨人是2020年评上的').state.profile.certifications).toEqual([
      'iiot-benchmark-list',
      'smart-factory-list',
    ]);
    expect(step(pendingOn('certifications'), '单项冠军是在2020年评上的').state.profile.certifications).toBeUndefined();
  });

  it('在+place inside a clause is no place said; a numbered pick with more is asked again; 不清楚 keeps the facts', () => {
    expect(step(pendingOn('applicant_kind'), '企业，设备是 在上海 买的').state.profile.in_jiangsu).toBeUndefined();
    const gates: DialogState = {
      ...pendingOn(GATES_SLOT),
      offeredGates: ['merger_completed_2021', 'core_tech_direction', 'green_direction', 'fiveg_direction'],
    };
    expect(step(gates, '2，另外我们厂区建了5G网络').state.pending).toBe(GATES_SLOT);
    const focus = step(pendingOn('focus'), '不清楚，我们去年收购了一家公司，花了1.2亿');
    expect(focus.state.focus).toBeNull();
    expect(focus.state.profile.acquisition_amount).toBe(12000);
  });
});

describe('seventh round', () => {
  it('a figure with its unit is no year: 2022万元 of taxes is recorded; 2022年 and a bare 2020 figure for 2021 are not', () => {
    for (const [text, value] of [
      ['2022万元', 2022],
      ['2020万', 2020],
      ['2021万元', 2021],
    ] as const)
      expect(step(pendingOn('taxes_paid_last_year'), text).state.profile.taxes_paid_last_year, text).toBe(value);
    for (const text of ['2022年是500万', '今年交了500万'])
      expect(step(pendingOn('taxes_paid_last_year'), text).state.profile.taxes_paid_last_year, text).toBeUndefined();
  });

  it('an ex-tax figure beside its tax-inclusive form said bare answers; a bare number of no basis is still asked', () => {
    for (const text of ['不含税3800万 含税4300左右', '3800万不含税 含税大概4300', '3800万不含税，含税4300'])
      expect(step(pendingOn('total_investment'), text).state.profile.total_investment, text).toBe(3800);
    for (const text of ['不含税3800万 另外4300', '3800万 含税', '含税3800万 4300'])
      expect(step(pendingOn('total_investment'), text).state.profile.total_investment, text).toBeUndefined();
  });

  it('tune-zb: a syndicate is asked; a part built with the completion still to come is no stage; 完成+money is spent', () => {
    expect(
      step(pendingOn('loan_from_jiangsu_bank'), '银团贷款 牵头行在北京').state.profile.loan_from_jiangsu_bank,
    ).toBeUndefined();
    expect(step(pendingOn('loan_from_jiangsu_bank'), '上海分行放的').state.profile.loan_from_jiangsu_bank).toBe(false);
    const p = said(
      '盐城做汽车零部件的 搞5G全连接工厂 厂里5G基站都建好了 总投资不含税2800万 截至去年底完成一千一百万左右 计划明年6月底完工',
    );
    expect(p.stage).toBeUndefined();
    expect(p.completion_date).toBe('2023-06-30');
    expect(p.invested_by_2021_end).toBe(1100);
    // Completed, said of the project with its date past, stays.
    expect(said('无锡的企业 技改项目去年10月完工了 总投资3000万').stage).toBe('completed');
  });

  it('play-test 29: an answer, then a question after a full stop, both heard; the question showing narrows the program', () => {
    // At the node's showroom question, after the total every IIoT program asks: the node's events (1.3.2.1.2).
    const iiot: DialogState = {
      ...pendingOn('identifier_showroom', { in_jiangsu: true, applicant_kind: 'enterprise', total_investment: 1500 }),
      locale: 'en',
      focus: ['iiot'],
      lastAnswered: 'total_investment',
    };
    const t = step(iiot, 'yes. how many promotion events we need to do?');
    expect(t.state.profile.identifier_showroom).toBe(true);
    expect(t.replies.some((r) => r.kind === 'answer' && r.clauses?.includes('1.3.2.1.2'))).toBe(true);
    // 计划明年6月底 补助钱是一次给还是分两次, in a green-upgrade dialog: the date kept, 4.1.2 quoted.
    const green: DialogState = { ...pendingOn('completion_date', { in_jiangsu: true }), focus: ['green-upgrade'] };
    const g = step(green, '计划明年6月底 补助钱是一次给还是分两次');
    expect(g.state.profile.completion_date).toBe('2023-06-30');
    expect(g.replies.some((r) => r.kind === 'answer' && r.clauses?.includes('4.1.2'))).toBe(true);
  });

  it('play-test 29: software made is no plant; 分几次拨付 asks; may 2023 and 2023 May are dates', () => {
    expect(
      said(
        'Hello. We are security company in Nanjing, we make industrial internet security platform for factories',
        'en',
      ).industrial,
    ).toBeUndefined();
    expect(said('hello, we make gearboxes and software for them, in Wuxi', 'en').industrial).toBe(true);
    expect(isPolicyQuestion('绿色化改造补助资金分几次拨付')).toBe(true);
    expect(isPolicyQuestion('may 2023')).toBe(false);
    expect(isPolicyQuestion('may we apply for two programs')).toBe(true);
    for (const text of ['may 2023', '2023 May'])
      expect(step({ ...pendingOn('completion_date'), locale: 'en' }, text).state.profile.completion_date, text).toBe(
        '2023-05-31',
      );
    expect(step({ ...pendingOn('completion_date'), locale: 'en' }, '2023 May 20').state.profile.completion_date).toBe(
      '2023-05-20',
    );
    // 现金付了六千: the verb after the cash's word is that word's.
    const deal = step(pendingOn('acquisition_amount'), '八千万 现金付了六千 剩下是股票').state.profile;
    expect(deal.acquisition_amount).toBe(8000);
    expect(deal.acquisition_cash).toBe(6000);
    // A modal 'may' after a year is no month.
    expect(said('revenue 2021 may be 3 million', 'en').revenue_last_year).toBe(300);
  });

  it('tune-zb: 前年就进规了 is 规上; not start yet is planned; 专职 counts the team, 线下服务 the SMEs; a licence that includes training', () => {
    expect(step(pendingOn('above_scale'), '前年就进规了').state.profile.above_scale).toBe(true);
    // (今年刚进规 stays asked: 规上 at the application is what counts.)
    expect(step(pendingOn('above_scale'), '今年刚进规').state.profile.above_scale).toBeUndefined();
    expect(step({ ...pendingOn('stage'), locale: 'en' }, 'not start yet').state.profile.stage).toBe('planned');
    const assoc = said('常州市智能装备产业协会 专职十二个人 只服务智能装备集群');
    expect(assoc.service_team_size).toBe(12);
    expect(said('扬州的省级中小企业公共服务示范平台 去年线下服务一百五十来家企业').smes_served_2021).toBe(150);
    expect(said('we are training company in Nanjing, business licence include training', 'en').training_licensed).toBe(
      true,
    );
    // A period said after 项目 / runs / period: the first date is the start, the last the completion.
    const period = said('Core tech project on CNC machine tools. Project runs Jan 2022 to Dec 2024', 'en');
    expect([period.start_date, period.completion_date]).toEqual(['2022-01-31', '2024-12-31']);
    expect(said('项目2022年1月到2024年12月 攻关工业母机').completion_date).toBe('2024-12-31');
    expect(said('宿迁沭阳 智慧养老服务平台 手续不用办 推荐单位出了说明').approvals_complete).toBe(true);
    expect(said('南京做工业互联网安全的 有自己的安全产品和服务团队').security_capability).toBe(true);
    // 紫金奖 may be an award won, not the contest organised: not read as a listed event.
    expect(said('南京一家设计公司 拿过紫金奖').event_listed).toBeUndefined();
  });

  it('play-test 30: a recognition applied for or said not held (还在申请, 我们还没有, 没有) is none held', () => {
    const certs = (text: string, mentioned: string[] = []) =>
      step({ ...pendingOn('certifications'), mentionedCerts: mentioned }, text).state.profile.certifications;
    expect(certs('21年新认定的小巨人 单项冠军没有')).toEqual(['little-giant-2021']);
    expect(certs('就这些 单项冠军还在申请 问下要是评上国家单项冠军有没有奖励', ['little-giant-2021'])).toEqual([
      'little-giant-2021',
    ]);
    expect(certs('没有')).toEqual([]);
    const held = afterVerdict({ in_jiangsu: true, certifications: ['little-giant-2021', 'single-champion-2021'] }, [
      'little-giant',
      'honor-award',
    ]);
    for (const text of ['不对 单项冠军我们还没有 是在申请 别记上', '更正 单项冠军没有', '单项冠军还在申请 别记上'])
      expect(step(held, text).state.profile.certifications, text).toEqual(['little-giant-2021']);
    // A recognition said held, with no denial after it, stays.
    expect(step(held, '不对 营收是2.8亿 单项冠军我们是有的').state.profile.certifications).toEqual([
      'little-giant-2021',
      'single-champion-2021',
    ]);
  });

  it('play-test 30: 每个班3天半 is 3.5 days; after a verdict with one program eligible, a question is asked of it', () => {
    expect(said('计划900人 每班60个人 一共10个班 每个班3天半').long_classes).toBe(10);
    expect(said('12个班 每班三天半').long_classes).toBe(12);
    expect(said('12个班 每班3天').long_classes).toBe(0);
    // 全部 screened, green upgrading alone eligible: when must the project be finished → 4.1.1.4, not another's date.
    const green = {
      ...afterVerdict(
        {
          in_jiangsu: true,
          applicant_kind: 'enterprise' as const,
          industrial: true,
          green_direction: true,
          total_investment: 3000,
          invested_by_2021_end: 900,
          stage: 'under_construction' as const,
          completion_date: '2023-06-30',
          approvals_complete: true,
        },
        ['all'],
        'en',
      ),
    };
    const t = step(green, 'when must the project be finished at latest?');
    expect(t.replies.find((r) => r.kind === 'answer')?.clauses?.[0]).toBe('4.1.1.4');
  });

  it('play-test 30: 去掉税差不多2300 is the ex-tax figure; 都没评过 is none; 收入平均 is the 3-year average; a year before a comma', () => {
    const t = step(pendingOn('total_investment'), '含税是2600 去掉税差不多2300吧 土建没算进去');
    expect(t.state.profile.total_investment).toBe(2300);
    expect(recordedIn(t.replies)).toEqual({ total_investment: 2300 });
    expect(step(pendingOn('certifications'), '这些都没评过').state.profile.certifications).toEqual([]);
    const firm = step(pendingOn('registered_capital'), '注册资金一千万 近三年收入平均800来万 有审计报告').state.profile;
    expect([firm.registered_capital, firm.revenue_3y_avg]).toEqual([1000, 800]);
    const en = step(
      { ...pendingOn('invested_by_2021_end'), locale: 'en' },
      '15 mil by end of 2021, started March 2021',
    );
    expect(en.state.profile.invested_by_2021_end).toBe(1500);
    // A budget said plainly beside a larger figure said to include others' money: the budget answers.
    const park = step(
      pendingOn('total_investment', { applicant_kind: 'park' }),
      '预算报的是8000万 1.5亿是含了企业自己投的',
    );
    expect(park.state.profile.total_investment).toBe(8000);
    expect(
      step(pendingOn('total_investment'), '1.5亿 是含了企业自己投的').state.profile.total_investment,
    ).toBeUndefined();
  });

  it('play-test 30: a region said to have no class (苏中苏北没有班了, 苏北还在谈) is no class in every region', () => {
    const held = afterVerdict({ in_jiangsu: true, training_all_regions: true, training_cities: 5 }, [
      'talent-training',
    ]);
    for (const text of ['就是说苏中苏北没有班了 只在苏南4个市办', '苏中苏北一个班都没有']) {
      const t = step(held, text);
      expect(
        t.state.confirm ?? { fact: 'training_all_regions', value: t.state.profile.training_all_regions },
        text,
      ).toEqual({
        fact: 'training_all_regions',
        value: false,
      });
    }
    expect(step(pendingOn('training_all_regions'), '苏南苏中都有 苏北还在谈').state.profile.training_all_regions).toBe(
      false,
    );
    expect(step(pendingOn('training_all_regions'), '苏南苏中苏北都有').state.profile.training_all_regions).toBe(true);
  });

  it('play-test 30 / review: 实缴 alone names no taxes (注册资本…实缴的只有1000万 is paid-in capital)', () => {
    const held = afterVerdict({ in_jiangsu: true, taxes_paid_last_year: 400 }, ['little-giant']);
    // Two figures after the marker (五百多 explained, 350): asked, the figure on record kept.
    const t = step(held, '还有刚才税说多了 会计说五百多是连代扣的个税一起算的 企业自己实缴的只有350万');
    expect(t.state.profile.taxes_paid_last_year).toBe(400);
    expect(
      said('南京的软件公司，注册资本5000万，实缴的只有1000万，去年营收8000万').taxes_paid_last_year,
    ).toBeUndefined();
  });

  it('play-test 30: a no to a confirmation, then another fact named with its value, both heard', () => {
    const st: DialogState = {
      ...afterVerdict({ in_jiangsu: true, applicant_kind: 'park', total_investment: 15000 }, ['xinchuang']),
      confirm: { fact: 'applicant_kind', value: 'enterprise' },
    };
    const t = step(st, '不是 我们还是管委会 投资预算改成8000万');
    expect(t.state.profile.applicant_kind).toBe('park');
    expect(t.state.profile.total_investment).toBe(8000);
    // A plain no keeps the old value and goes on.
    expect(step(st, '不是').state.profile).toEqual(st.profile);
  });

  it('play-test 31: 350万，520 is two figures, never 350.052万; a form or the payment asked of the program still open', () => {
    const held = afterVerdict({ in_jiangsu: true, taxes_paid_last_year: 520 }, ['little-giant']);
    const t = step(held, '去年实缴税金其实是350万，520是含了代扣的个税');
    // (Two figures after the correction: asked, the one on record kept — never 350.052万.)
    expect(t.state.profile.taxes_paid_last_year).toBe(520);
    expect(t.replies.some((r) => r.kind === 'clarify')).toBe(true);
    // 绩效目标表要用哪个附件 in a little-giant dialog: its form, A1-14.
    const lg: DialogState = { ...pendingOn('core_chain_leading', { in_jiangsu: true }), focus: ['little-giant'] };
    const f = step(lg, '是核心环节。绩效目标表要用哪个附件啊');
    expect(f.replies.find((r) => r.kind === 'answer')?.clauses?.[0]).toBe('A1-14');
  });

  it('play-test 31: a first message that only asks about a named program answers it and starts no screening', () => {
    const first = step(undefined, '标识解析二级节点项目，标识注册量要达到多少才行');
    expect(first.replies.find((r) => r.kind === 'answer')?.clauses?.[0]).toBe('1.3.2.1.3');
    expect(first.state.pending).toBeNull();
    const second = step(first.state, '信创先导区是谁来报？企业能报吗');
    expect(second.replies.map((r) => r.kind)).toEqual(['answer']);
    // Facts told with the question still start the screening.
    expect(step(undefined, '我们是无锡的规上企业 做了技改 技改贴息怎么算').state.pending).not.toBeNull();
  });

  it('play-test 31: 3500个w is 3500万 (个 a measure word before w as before 万)', () => {
    expect(step(pendingOn('total_investment'), '3500个w').state.profile.total_investment).toBe(3500);
    // 钱已经买设备了 beside the loan: the loan's money spent on the equipment (1.1.1.2).
    const loan = step(pendingOn('fixed_asset_loan'), '贷了两千五 江苏银行无锡分行 钱已经买设备了').state.profile;
    expect(loan.equipment_bought_with_loan).toBe(true);
  });
});

describe('seventh round: English counts', () => {
  it('a count named after the figure with free / training before its noun (12 free events)', () => {
    const p = said(
      'Hello, we are a provincial SME public service demo platform in Nantong. In 2021 we served ~200 SMEs offline, 12 free events, satisfaction 93%',
      'en',
    );
    expect([p.smes_served_2021, p.public_events_2021]).toEqual([200, 12]);
  });
});

describe('review of the seventh round', () => {
  it('a four-digit figure before a month is no year; a month is a whole word (declined is none)', () => {
    const p = said('Wuxi factory, tech upgrade, total investment 5000, march 2021 we started construction', 'en');
    expect([p.total_investment, p.start_date]).toEqual([5000, '2021-03-31']);
    expect(said('revenue 2021 declined to 3000 wan, we are manufacturer in Suzhou', 'en').revenue_last_year).toBe(3000);
  });

  it('a no to a confirmation and more: the rest never answers a question not yet shown', () => {
    const st: DialogState = {
      ...afterVerdict({ in_jiangsu: true, applicant_kind: 'park', total_investment: 15000 }, ['xinchuang'], 'en'),
      confirm: { fact: 'applicant_kind', value: 'enterprise' },
    };
    const t = step(st, 'no. we are park. investment budget 8000 wan');
    expect(t.state.profile.xinchuang_zone_basis).toBeUndefined();
    expect(t.state.profile.applicant_kind).toBe('park');
  });

  it('regions: 不只在苏南 and a date not yet set are no missing region; a negated or all-Jiangsu syndicate is read', () => {
    expect(said('南京培训机构，培训班苏南苏中苏北都有，不只在苏南').training_all_regions).toBe(true);
    expect(said('南京培训机构 苏南苏中苏北都开班，苏北的班还没定日期').training_all_regions).toBe(true);
    for (const text of ['不是银团贷款，是南京银行单独贷的', '没有银团 就是江苏银行无锡分行'])
      expect(step(pendingOn('loan_from_jiangsu_bank'), text).state.profile.loan_from_jiangsu_bank, text).toBe(true);
    expect(
      step({ ...pendingOn('loan_from_jiangsu_bank'), locale: 'en' }, 'not syndicated, only Bank of Jiangsu Wuxi branch')
        .state.profile.loan_from_jiangsu_bank,
    ).toBe(true);
  });

  it('完成 and 预算 bind the total only as the total: sales completed, an R&D budget', () => {
    expect(said('常州做模具的规上企业，去年完成3000万的销售').total_investment).toBeUndefined();
    expect(said('无锡的企业 技改项目总投资8000万，去年完成2000万').total_investment).toBe(8000);
    const r = step(pendingOn('total_investment'), '5000万，其中研发预算800万').state.profile;
    expect([r.total_investment, r.rd_investment]).toEqual([5000, 800]);
    expect(said('无锡市工信局 主办一个活动 预算一千五百万左右').total_investment).toBe(1500);
  });

  it('a recognition held is kept when something else is applied for, or when 没有问题 is said of it', () => {
    const opening = step(undefined, '常州做轴承的规上企业，21年新认定的小巨人 现在在申请技改贴息').state;
    expect(opening.mentionedCerts ?? opening.profile.certifications ?? []).toContain('little-giant-2021');
    const held = afterVerdict(
      { in_jiangsu: true, taxes_paid_last_year: 500, certifications: ['little-giant-2021', 'single-champion-2021'] },
      ['little-giant', 'honor-award'],
    );
    expect(step(held, '纠正：税是450万 单项冠军没有问题吧').state.profile.certifications).toEqual([
      'little-giant-2021',
      'single-champion-2021',
    ]);
    // English denials after the name, as in Chinese.
    expect(
      step({ ...pendingOn('certifications'), locale: 'en' }, '2021 little giant, single champion still applying').state
        .profile.certifications,
    ).toEqual(['little-giant-2021']);
  });

  it('full-time staff of another trade are no service team; an acceptance still to come keeps a completed stage', () => {
    expect(said('某某协会，秘书处8个人，其中专职财务2人').service_team_size).toBeUndefined();
    expect(said('协会 专职司机1名，专职服务团队12人').service_team_size).toBe(12);
    expect(said('无锡的企业 技改项目去年10月已经完工投产了，2023年3月前完成验收，总投资3000万').stage).toBe(
      'completed',
    );
    expect(said('We are in Wuxi, we make conveyor systems for car plants', 'en').industrial).toBe(true);
  });
});

describe('second review of the seventh round', () => {
  const green = (): DialogState =>
    afterVerdict(
      {
        in_jiangsu: true,
        applicant_kind: 'enterprise',
        industrial: true,
        green_direction: true,
        total_investment: 3000,
        invested_by_2021_end: 900,
        stage: 'under_construction',
        completion_date: '2023-06-30',
        approvals_complete: true,
      },
      ['all'],
    );

  it('a no to a confirmation then a question, before the verdict: the question answered, the pending one kept', () => {
    const st: DialogState = {
      ...pendingOn('revenue_last_year', { in_jiangsu: true, total_investment: 8000 }),
      focus: ['tech-loan'],
      confirm: { fact: 'total_investment', value: 10000 },
    };
    const t = step(st, '不是，营收是多少才达标');
    expect(t.state.profile.total_investment).toBe(8000);
    expect(t.state.pending).toBe('revenue_last_year');
    expect(step(t.state, '3000万').state.profile.revenue_last_year).toBe(3000);
  });

  it('taxes named (税说多了) are what a correction changes, even with another figure question pending', () => {
    const st: DialogState = {
      ...pendingOn('revenue_last_year', { in_jiangsu: true, taxes_paid_last_year: 400 }),
      focus: ['little-giant'],
    };
    const t = step(st, '税说多了，企业自己实缴的只有350万');
    expect(t.state.profile.taxes_paid_last_year).toBe(350);
    expect(t.state.profile.revenue_last_year).toBeUndefined();
  });

  it('a budget of a part or of something else is no total; sales completed by a cutoff are no investment', () => {
    const parts = said('南京企业 软件预算600万 硬件1200万');
    expect(parts.total_investment).toBeUndefined();
    expect(parts.software_investment).toBe(600);
    expect(said('无锡的企业，今年的培训预算是50万，想报技改').total_investment).toBeUndefined();
    expect(
      step(pendingOn('total_investment'), '截至去年底完成1100万的销售').state.profile.invested_by_2021_end,
    ).toBeUndefined();
  });

  it('English recognitions not yet held or applied for, said without a comma, are none held', () => {
    const certs = (text: string) =>
      step({ ...pendingOn('certifications'), locale: 'en' }, text).state.profile.certifications;
    expect(certs('single champion not yet')).toBeUndefined();
    expect(certs('new little giant in 2021 but smart factory not yet')).toEqual(['little-giant-2021']);
    expect(certs('new little giant in 2021 and still applying for single champion')).toEqual(['little-giant-2021']);
  });

  it('"why not" after a verdict with one program eligible is not answered with that program; questions still are', () => {
    const why = step(green(), '为啥不行？');
    expect(why.replies.some((r) => /符合条件/u.test(r.text))).toBe(false);
    expect(
      step(green(), 'when must the project be finished at latest?').replies.find((r) => r.kind === 'answer')
        ?.clauses?.[0],
    ).toBe('4.1.1.4');
  });

  it('a clear correction that a recognition was not obtained takes it off; 不只在苏南 alone is asked', () => {
    const held = afterVerdict({ in_jiangsu: true, certifications: ['little-giant-2021', 'single-champion-2021'] }, [
      'little-giant',
      'honor-award',
    ]);
    for (const text of ['纠正：单项冠军还没有评上', '更正 单项冠军没有拿到'])
      expect(step(held, text).state.profile.certifications, text).toEqual(['little-giant-2021']);
    expect(step(pendingOn('training_all_regions'), '不只在苏南').state.profile.training_all_regions).toBeUndefined();
  });

  it('an enterprise that says it means to apply, with a question, is screened', () => {
    expect(step(undefined, '我们准备报技改贴息，贷款要多少才行').state.pending).not.toBeNull();
  });
});

describe('eighth round', () => {
  it('tune-zc: a yes or no said of only part of it is asked; a few services charged is not all free', () => {
    expect(
      step(pendingOn('equipment_bought_with_loan'), '买了 不过有一部分是自有资金').state.profile
        .equipment_bought_with_loan,
    ).toBeUndefined();
    // How far delivery is says nothing against the loan's use.
    expect(
      step(pendingOn('equipment_bought_with_loan'), '买了 大部分设备都到厂了').state.profile.equipment_bought_with_loan,
    ).toBe(true);
    expect(step(pendingOn('equipment_bought_with_loan'), '自有资金买的').state.profile.equipment_bought_with_loan).toBe(
      false,
    );
    expect(step(pendingOn('all_services_free'), '有几项收少量成本费').state.profile.all_services_free).toBe(false);
    expect(step(pendingOn('all_services_free'), '都免费').state.profile.all_services_free).toBe(true);
  });

  it('tune-zc: a figure said to hold the asked part not taken out of it is of the whole, not the part', () => {
    expect(
      step(pendingOn('cluster_service_revenue_2021'), '总收入500万 集群服务那块没单独算').state.profile
        .cluster_service_revenue_2021,
    ).toBeUndefined();
    expect(
      step(pendingOn('cluster_service_revenue_2021'), '500万 集群服务那块没单独算').state.profile
        .cluster_service_revenue_2021,
    ).toBeUndefined();
    // The whole is still what its own words name.
    const p = step(pendingOn('rd_investment'), '总投资1.5亿 研发那块还没拆出来').state.profile;
    expect(p.total_investment).toBe(15000);
    expect(p.rd_investment).toBeUndefined();
    expect(
      step(pendingOn('cluster_service_revenue_2021'), '集群服务收入500万').state.profile.cluster_service_revenue_2021,
    ).toBe(500);
  });

  it('tune-zc: one year’s ratio is not the three-year average; the average said beside a year is', () => {
    expect(said('R&D was about 5% of revenue last year.', 'en').rd_ratio_3y_avg_pct).toBeUndefined();
    expect(said('去年研发投入占比5%').rd_ratio_3y_avg_pct).toBeUndefined();
    expect(said('21年小巨人 研发占比5.3 去年交税520万').rd_ratio_3y_avg_pct).toBe(5.3);
    expect(said('近三年研发投入占比平均4.5%，去年营收1.2亿').rd_ratio_3y_avg_pct).toBe(4.5);
    expect(said('R&D averaged 4.5% of revenue over the last three years', 'en').rd_ratio_3y_avg_pct).toBe(4.5);
    expect(step(pendingOn('rd_ratio_3y_avg_pct'), '去年是5%').state.profile.rd_ratio_3y_avg_pct).toBeUndefined();
  });

  it('tune-zc: interest the city already subsidised (市里对这笔利息已经贴过30万) is the other subsidy, not interest paid', () => {
    const p = said('贷款是苏州银行的 5年期 利率4.35% 去年市里对这笔利息已经贴过30万了');
    expect(p.other_interest_subsidy_2021).toBe(30);
    expect(p.loan_interest_paid_2021).toBeUndefined();
    const q = step(pendingOn('loan_interest_paid_2021'), '利息付了120万 市里贴过30万').state.profile;
    expect(q).toMatchObject({ loan_interest_paid_2021: 120, other_interest_subsidy_2021: 30 });
  });

  it('tune-zc: a rate’s decimal beside a bare loan figure is no second amount', () => {
    const p = step(pendingOn('fixed_asset_loan'), '贷款3000 无锡农商行的 利率3.85').state.profile;
    expect(p).toMatchObject({ fixed_asset_loan: 3000, loan_rate_pct: 3.85, loan_from_jiangsu_bank: true });
    // Two bare amounts are still asked.
    expect(
      step(pendingOn('software_investment'), '软件五百，云服务一百二').state.profile.software_investment,
    ).toBeUndefined();
  });

  it('tune-zc: last year’s bare figure beside the year before’s answers the last-year question', () => {
    expect(step(pendingOn('revenue_last_year'), '去年主营四千五 前年三千八').state.profile.revenue_last_year).toBe(
      4500,
    );
    expect(
      step(pendingOn('revenue_last_year'), '前年主营四千五 大前年三千八').state.profile.revenue_last_year,
    ).toBeUndefined();
  });

  it('tune-zc: a school of an institute of technology is a university', () => {
    expect(
      said('I am from the continuing education school of Changzhou Institute of Technology', 'en').applicant_kind,
    ).toBe('university');
    expect(said('We are a research institute in Nanjing', 'en').applicant_kind).toBe('public_institution');
  });
});

describe('play-test 32', () => {
  it('a year ahead is no figure and no stage: "should be done mid-2023" corrects nothing', () => {
    const p = said(
      'Total investment about 35 million RMB, we had spent roughly 6 million by end of 2021. Construction started last September, should be done mid-2023.',
      'en',
    );
    expect(p.total_investment).toBe(3500);
    expect(p.invested_by_2021_end).toBe(600);
    // (Started last September and not done: under construction.)
    expect(p.stage).toBe('under_construction');
    expect(said('Total investment about 35 million RMB, done by mid-2023.', 'en').stage).toBeUndefined();
    // Done in a past year, or told as done, is still completed.
    expect(said('project done in May 2021, total 30 million', 'en').stage).toBe('completed');
    // A fact named alone, then "should be", is still the set command.
    expect(step(pendingOn('stage'), '总投资应该是3800万').state.profile.total_investment).toBe(3800);
  });

  it('a registration said done with its month, at the registration question, dates the deal', () => {
    const p = step(
      { ...pendingOn('acquisition_registered'), locale: 'en' },
      'Yes, both done in November 2021 - I mentioned that twice already',
    ).state.profile;
    expect(p.acquisition_registered).toBe(true);
    expect(p.acquisition_date).toBe('2021-11-30');
    expect(p.completion_date).toBeUndefined();
  });

  it('last year’s spending on 3.2.1(4)’s parts is the 项目综合投入, not a project’s R&D or total', () => {
    const p = said('去年研发加设备更新投了一千二百来万，专项审计报告有的');
    expect(p.upgrade_investment_last_year).toBe(1200);
    expect(p.rd_investment).toBeUndefined();
    expect(said('21年小巨人 去年技改加智改数转软硬件一共投了1300万 有专项审计').upgrade_investment_last_year).toBe(
      1300,
    );
    // One part alone, or a project's R&D, stays what it names.
    expect(said('攻关项目研发投入3500万 含设备购置').rd_investment).toBe(3500);
    expect(said('去年技改投了2000万').upgrade_investment_last_year).toBeUndefined();
  });

  it('a county-level city’s bureau is no 设区市工信局', () => {
    expect(said('我是昆山工信局的').applicant_kind).toBeUndefined();
    expect(said('我们是江阴市经信局').applicant_kind).toBeUndefined();
    expect(said('苏州市工信局的').applicant_kind).toBe('city_bureau');
  });

  it('a description with its question at the opening question is recorded and screened, and the question answered', () => {
    const focusAsked: DialogState = { ...initialState(), phase: 'asking', pending: FOCUS_SLOT };
    const t = step(
      focusAsked,
      '您好，我是苏州一家电子厂的财务，我们是规上企业。老板让我问下我们那个5G全连接工厂的项目能不能报，车间里5G专网已经建好了。项目总投资两千六百来万，含税的',
    );
    expect(t.state.profile.above_scale).toBe(true);
    expect(t.state.profile.fiveg_direction).toBe(true);
    expect(t.state.focus).not.toBeNull();
    expect(t.replies.some((r) => r.kind === 'answer')).toBe(true);
    // A question alone is only answered.
    const q = step(focusAsked, '5G项目补助怎么拨付');
    expect(q.state.focus ?? null).toBeNull();
    expect(q.replies.some((r) => r.kind === 'answer')).toBe(true);
  });

  it('an answer with the verdict asked for in a sentence: the answer kept, the verdict shown', () => {
    const t = step(pendingOn('training_licensed', { in_jiangsu: true }), '没有 怎么还问这么多，直接给结果吧');
    expect(t.state.profile.training_licensed).toBe(false);
    expect(t.replies.some((r) => r.kind === 'verdict')).toBe(true);
    const en = step({ ...pendingOn('training_licensed'), locale: 'en' }, 'no. just show me the result');
    expect(en.state.profile.training_licensed).toBe(false);
    expect(en.replies.some((r) => r.kind === 'verdict')).toBe(true);
    expect(step(pendingOn('training_licensed'), '先看看结果吧').replies.some((r) => r.kind === 'verdict')).toBe(true);
    // When results come out is a question, not the command.
    expect(step(pendingOn('training_licensed'), '补助结果什么时候出').replies.some((r) => r.kind === 'verdict')).toBe(
      false,
    );
  });

  it('who applies is asked (谁来报, 是谁); what’s is a question word; saying questions will come asks nothing', () => {
    for (const q of [
      '展会项目谁来报',
      '我不申报，就问一下重大展会的申报主体是谁',
      "what's the max for a green retrofit project",
    ])
      expect(isPolicyQuestion(q), q).toBe(true);
    for (const q of ['你好，我是昆山工信局的，问几个政策问题', '有几个问题想问', "it's done"])
      expect(isPolicyQuestion(q), q).toBe(false);
    expect(isPolicyQuestion('问几个问题：技改贴息多少')).toBe(true);
    // At a yes/no question, the question is answered and nothing recorded.
    const t = step(pendingOn('event_listed'), '我不申报，就问一下重大展会的申报主体是谁');
    expect(t.state.profile.event_kind).toBeUndefined();
    expect(t.replies.some((r) => r.kind === 'answer' && r.clauses.includes('3.4.2'))).toBe(true);
  });

  it('a gate pick in a clause after a description: the pick taken, the others no; 这些都没有 is no recognition', () => {
    const gates: DialogState = {
      ...pendingOn(GATES_SLOT),
      focus: null,
      offeredGates: ['merger_completed_2021', 'core_tech_direction', 'green_direction', 'fiveg_direction'],
    };
    const r = step(gates, '我们在搞印染废水回用和定型机余热回收，应该算3吧，其他都没有').state.profile;
    expect(r).toMatchObject({ green_direction: true, core_tech_direction: false, fiveg_direction: false });
    expect(step(pendingOn('certifications'), '这些都没有').state.profile.certifications).toEqual([]);
    expect(step(pendingOn('certifications'), '以上都没有').state.profile.certifications).toEqual([]);
  });

  it('tax and civil works said taken out (扣掉税和土建) is the measure asked', () => {
    for (const text of ['扣掉税和土建大概两千一百五十万', '去掉税和土建是2150万', '扣掉税2150万'])
      expect(step(pendingOn('total_investment'), text).state.profile.total_investment, text).toBe(2150);
    for (const text of ['含税2150万', '2150万 含土建'])
      expect(step(pendingOn('total_investment'), text).state.profile.total_investment, text).toBeUndefined();
  });

  it('10年 to a how-many-years question is ten years, as the question’s own example writes it; 21年 may be 2021', () => {
    expect(step(pendingOn('training_years'), '10年').state.profile.training_years).toBe(10);
    expect(step(pendingOn('loan_term_years'), '3年了').state.profile.loan_term_years).toBe(3);
    expect(step(pendingOn('training_years'), '21年').state.profile.training_years).toBeUndefined();
  });

  it('a deal’s target placed far after "acquired" is not the applicant; a dash before a smaller figure is no range', () => {
    const p = said('In 2021 we acquired 65% of an API manufacturer in Shandong for about RMB 120 million.', 'en');
    expect(p.in_jiangsu).toBeUndefined();
    expect(said('our plant is in Anhui', 'en').in_jiangsu).toBe(false);
    // A range is still a range.
    expect(
      step({ ...pendingOn('total_investment'), locale: 'en' }, '30 million - 40 million').state.profile
        .total_investment,
    ).toBeUndefined();
  });

  it('a question about a value on record, then the right figure: the figure is offered, no clause quoted', () => {
    const t = step(
      afterVerdict({ total_investment: 2023, in_jiangsu: true }, ['green-upgrade'], 'en'),
      'Wait, where does 2023 come from? Total investment is 35 million RMB, not 20 million.',
    );
    expect(t.state.confirm).toEqual({ fact: 'total_investment', value: 3500 });
    expect(t.replies.some((r) => r.kind === 'answer')).toBe(false);
  });
});

describe('play-test 33', () => {
  it('a figure taken back at once (… no sorry, 13.5 million) is one answer, retyped: the new figure kept', () => {
    for (const text of [
      'total was 1.35 million... no sorry, 13.5 million RMB',
      '1.35 million... no sorry, 13.5 million RMB',
    ])
      expect(step({ ...pendingOn('total_investment'), locale: 'en' }, text).state.profile.total_investment, text).toBe(
        1350,
      );
  });

  it('figures said respectively for years ending with 2021 answer 2021 with the last; otherwise asked', () => {
    expect(
      step(pendingOn('revenue_last_year'), '19年到21年 营收分别是1.1亿 1.25亿 1.4亿左右').state.profile
        .revenue_last_year,
    ).toBe(14000);
    expect(
      step(pendingOn('revenue_last_year'), '营收分别是1.1亿 1.25亿').state.profile.revenue_last_year,
    ).toBeUndefined();
    expect(
      step(pendingOn('software_investment'), '软件和硬件分别是300万和500万').state.profile.software_investment,
    ).toBeUndefined();
  });
});

describe('review of the eighth round', () => {
  it('分别 answers 2021 only from one clause of figures with none said outside it; a stated total still answers', () => {
    expect(
      step(pendingOn('taxes_paid_last_year'), '20年、21年交税分别是380万、450万，今年上半年已经交了260万').state.profile
        .taxes_paid_last_year,
    ).toBeUndefined();
    expect(
      step(pendingOn('revenue_last_year'), '2020、2021年营收分别是1.25亿和1.4亿，利润分别是800万和900万').state.profile
        .revenue_last_year,
    ).toBeUndefined();
    expect(
      step(pendingOn('total_investment'), '硬件和软件分别是2800万和700万，合计3500万').state.profile.total_investment,
    ).toBe(3500);
  });

  it('a question before 想问几个问题 is still a question; 成本费也不收 is free; a yes beside a part being installed is a yes', () => {
    expect(isPolicyQuestion('5G项目的补助怎么拨付 想问几个问题')).toBe(true);
    expect(
      step(pendingOn('revenue_last_year'), '5G项目的补助怎么拨付 想问几个问题').state.profile.revenue_last_year,
    ).toBeUndefined();
    expect(step(pendingOn('all_services_free'), '不收钱，成本费也不收').state.profile.all_services_free).toBe(true);
    expect(
      step(pendingOn('equipment_bought_with_loan'), '买了，部分设备还在安装调试').state.profile
        .equipment_bought_with_loan,
    ).toBe(true);
  });

  it('a count in a description is no gate pick; civil works left out is the measure; 出结果 is no request for the verdict', () => {
    const gates: DialogState = {
      ...pendingOn(GATES_SLOT),
      focus: null,
      offeredGates: [
        'merger_completed_2021',
        'core_tech_direction',
        'green_direction',
        'fiveg_direction',
        'service_direction',
      ],
    };
    for (const text of ['我们做的是定型机余热回收，5 个车间都改了', '我们做的是定型机余热回收，2021 年开工的'])
      expect(step(gates, text).state.profile, text).toEqual({ green_direction: true });
    expect(step(pendingOn('total_investment'), '总投资3500万，土建那块没算').state.profile.total_investment).toBe(3500);
    const t = step(pendingOn('stage'), '在建 第三方能效评估还没出结果');
    expect(t.state.profile.stage).toBe('under_construction');
    expect(t.replies.some((r) => r.kind === 'verdict')).toBe(false);
  });

  it('done only in the future, answered to the stage question, is not completed (a wrong ❌ under 4.1.1.4)', () => {
    for (const text of ['预计2023年6月建成', '2023年6月建成', '明年6月建成']) {
      const p = step(pendingOn('stage'), text).state.profile;
      expect(p.stage, text).toBeUndefined();
      expect(p.completion_date, text).toBe('2023-06-30');
    }
    expect(
      step({ ...pendingOn('stage'), locale: 'en' }, 'hopefully done by mid-2023').state.profile.stage,
    ).toBeUndefined();
    for (const text of ['已完工', '去年10月建成了', '完工'])
      expect(step(pendingOn('stage'), text).state.profile.stage, text).toBe('completed');
  });

  it('an English set command names its fact at any length; 第二项 names a deal, not a figure; a general subsidy is no interest subsidy', () => {
    const en = step(
      { ...pendingOn('loan_rate_pct', { fixed_asset_loan: 3000 }), locale: 'en' },
      'please change the fixed asset loan interest to 1.2 million',
    ).state.profile;
    expect(en.loan_interest_paid_2021).toBe(120);
    expect(en.loan_rate_pct).toBeUndefined();
    expect(
      step(pendingOn('total_investment'), '总投资2600万，市里已经补贴了150万').state.profile
        .other_interest_subsidy_2021,
    ).toBeUndefined();
    // A project's own 总投入 stays the total, whatever its parts.
    expect(
      step(pendingOn('total_investment'), '去年做的智改数转项目软硬件总投入2600万').state.profile.total_investment,
    ).toBe(2600);
    // A subtraction is no aside.
    expect(said('无锡的规上企业，5G全连接工厂项目总投资 3800万 - 600万 土建').total_investment).toBeUndefined();
  });
});

describe('ninth round', () => {
  it('two figures each said with its basis, in either order and without 万, answer with the ex-tax one', () => {
    const cases: [string, number][] = [
      ['项目投了三千五是含税的 不含税大概3100', 3100],
      ['三千五含税，不含税3100', 3100],
      ['不含税3100，含税三千五', 3100],
      ['含税4300左右 不含税3800', 3800],
      ['3500万含税 不含税3100万', 3100],
      ['含税是3260w 不含税3000吧', 3000],
    ];
    for (const [text, wan] of cases)
      expect(step(pendingOn('total_investment'), text).state.profile.total_investment, text).toBe(wan);
    expect(
      step(pendingOn('equipment_invoice_2021'), '含税2260，不含税的话2000').state.profile.equipment_invoice_2021,
    ).toBe(2000);
    // Both on the same side of the line, or one figure alone with its basis: asked.
    for (const text of ['含税3500 含土建3100', '三千五含税', '含税3500 不含土建3100'])
      expect(step(pendingOn('total_investment'), text).state.profile.total_investment, text).toBeUndefined();
  });

  it('5G, 4G or 3D glued to a letter is a name, never a figure; 含不含税 asks; the guide’s requirement restated is no answer', () => {
    for (const text of ['5G', '5G项目', '4g'])
      expect(step(pendingOn('total_investment'), text).state.profile.total_investment, text).toBeUndefined();
    expect(step(pendingOn('total_investment'), '5G项目总投资3000万').state.profile.total_investment).toBe(3000);
    expect(step(pendingOn('total_investment'), '35m').state.profile.total_investment).toBe(3500);
    // Play-test 34: a bureau official's question after the verdict overwrote the total with 5万.
    const after = afterVerdict({ applicant_kind: 'city_bureau', in_jiangsu: true }, ['tech-loan']);
    const turn = step(after, '5G+工业互联网项目的总投资含不含税');
    expect(turn.state.profile.total_investment).toBeUndefined();
    expect(turn.replies.map((r) => r.text).join('\n')).toContain('项目总投资为不含税额');
    expect(isPolicyQuestion('总投资含不含税')).toBe(true);
    expect(isPolicyQuestion('不对不对 是3000')).toBe(false);
    expect(
      step(pendingOn('taxes_paid_last_year'), '要求是400以上 含不含400啊').state.profile.taxes_paid_last_year,
    ).toBe(undefined);
  });

  it('play-test 34: a university named before 组个联合体 is a partner; 结题 dates completion; the filed total beside the one asked', () => {
    expect(
      step(pendingOn('in_jiangsu'), '我们想拉上江南大学组个联合体一起报').state.profile.applicant_kind,
    ).toBeUndefined();
    expect(step(pendingOn('applicant_kind'), '我们是江南大学').state.profile.applicant_kind).toBe('university');
    const dates = step(
      afterVerdict({ start_date: '2022-03-31', completion_date: '2025-03-31' }, ['core-tech']),
      'sorry我搞错了 是21年7月启动的 计划24年5月底结题',
    );
    expect(dates.state.profile).toMatchObject({ start_date: '2021-07-31', completion_date: '2024-05-31' });
    // Asked ex-tax and without civil works: the figure said so, not the filed one (1.2.3, 下同) — unless only 技改贴息
    // reads the total, which takes the filed one (1.1.1.2).
    const green = { ...pendingOn('total_investment'), focus: ['green-upgrade'] };
    expect(step(green, '备案5000万 去掉税和土建大概三千八').state.profile.total_investment).toBe(3800);
    expect(step(green, '备案5000 不含税不含土建3800').state.profile.total_investment).toBe(3800);
    // 不含税 alone may still hold civil works, which 1.2.3 (下同) leaves out: asked.
    expect(step(green, '备案3200 不含税2900').state.profile.total_investment).toBeUndefined();
    // Beside 技改贴息, which measures the filed total (1.1.1.2), which one is meant is asked (the review: 2900 gave a
    // wrong ⚠️ under 1.1.1.2 for a filing of 3200).
    const both = { ...pendingOn('total_investment'), focus: ['tech-loan', 'green-upgrade'] };
    expect(step(both, '备案5000万 去掉税和土建大概三千八').state.profile.total_investment).toBeUndefined();
    expect(step(both, '备案3200 不含税2900').state.profile.total_investment).toBeUndefined();
    const loanOnly = { ...pendingOn('total_investment'), focus: ['tech-loan'] };
    expect(step(loanOnly, '备案5000万 去掉税和土建大概三千八').state.profile.total_investment).toBe(5000);
  });

  it('play-test 34: an official who says only questions will come starts no screening; 技改处 is an office, not a program', () => {
    for (const start of [undefined, step(undefined, '/start').state]) {
      const first = step(start, '你好 我是盐城市工信局的 想问几个政策问题');
      expect(first.state.profile).toEqual({ applicant_kind: 'city_bureau' });
      expect(first.state.focus ?? null).toBeNull();
      expect(first.replies.some((r) => r.kind === 'ask')).toBe(false);
      const asked = step(first.state, '技改贴息今年全省最多支持多少个项目');
      expect(asked.replies.map((r) => r.text).join('\n')).toContain('不超过200个');
      expect(asked.replies.some((r) => r.kind === 'ask')).toBe(false);
    }
    const office = step(undefined, '我是盐城市工信局技改处的 不是企业 想问几个政策问题');
    expect(office.state.focus ?? null).toBeNull();
    const en = step(
      undefined,
      'Hi, I work at the Suzhou Industrial Park admin committee. I only have some policy questions, no screening needed.',
    );
    expect(en.replies[0]?.text).toContain('policy questions');
    expect(en.replies.some((r) => r.kind === 'ask')).toBe(false);
  });

  it('tune-zd: a score on another scale, a span begun later, a domestic part of revenue and yearly growth rates are asked', () => {
    for (const text of ['4.7 out of 5', '4.8分（满分5分）', '9/10'])
      expect(
        step(pendingOn('satisfaction_pct'), text, { locale: 'en' }).state.profile.satisfaction_pct,
        text,
      ).toBeUndefined();
    expect(step(pendingOn('satisfaction_pct'), '93').state.profile.satisfaction_pct).toBe(93);
    expect(
      step(pendingOn('training_years'), '注册四年了，但培训是前年才开始做的').state.profile.training_years,
    ).toBeUndefined();
    expect(step(pendingOn('training_years'), '8年').state.profile.training_years).toBe(8);
    const export_ = step(undefined, '海安的一家电梯部件厂，我们去年出口1500万美元左右，国内主营1.1亿');
    expect(export_.state.profile.revenue_last_year).toBeUndefined();
    expect(step(undefined, '海安的一家电梯部件厂，去年主营1.1亿').state.profile.revenue_last_year).toBe(11000);
    const growth = step(
      undefined,
      'We were newly recognised as a provincial little giant in 2021. Revenue growth: 2019 +6%, 2020 +9%, 2021 +14%.',
    );
    expect(growth.state.profile.revenue_growth_3y_avg_pct).toBeUndefined();
  });

  it('tune-zd: the body that came to check the project is not the applicant; 验收意见有的 and 验收并出了意见 are accepted', () => {
    const park = step(
      undefined,
      '苏州工业园区的一家大数据公司，项目去年8月完工，总投资1300万，园区经发委验收过了，验收意见有的。',
    );
    expect(park.state.profile).toMatchObject({ applicant_kind: 'enterprise', accepted: true });
    const bureau = step(undefined, '常州天宁的平台企业，项目去年9月完工，市工信局来验收过了但是验收意见还没出');
    expect(bureau.state.profile.applicant_kind).toBe('enterprise');
    expect(bureau.state.profile.accepted).toBe(false);
    expect(
      step(undefined, '海安的电梯部件厂，去年12月完工了，县工信局已经验收并出了意见。').state.profile.accepted,
    ).toBe(true);
    const reg = step(
      undefined,
      'Our group (HQ in Kunshan) completed the acquisition of a Hong Kong company in October 2021. Business and equity registration changes were done on 28 October 2021.',
    );
    expect(reg.state.profile.completion_date).toBeUndefined();
    expect(
      step(pendingOn('completion_date'), 'should be done by end of 2023', { locale: 'en' }).state.profile
        .completion_date,
    ).toBe('2023-12-31');
  });

  it('play-test 34: 全部筛查吧 with a reason, 结果 please, show the result after an answer, 几号 asks, 先不用 declines the forms', () => {
    expect(parseCommand('全部筛查吧 看看还有啥能报的')).toEqual({ kind: 'all' });
    expect(parseCommand('结果 please')).toEqual({ kind: 'result' });
    for (const text of ['no. 结果 please', 'no. and we didnt buy any company. can u just show the result']) {
      const turn = step(pendingOn('core_tech_direction'), text);
      expect(turn.state.profile.core_tech_direction, text).toBe(false);
      expect(
        turn.replies.some((r) => r.kind === 'verdict'),
        text,
      ).toBe(true);
    }
    expect(isPolicyQuestion('申报截止是几号啊')).toBe(true);
    expect(isPolicyQuestion('whats the deadline for submitting the application')).toBe(true);
    const offered: DialogState = {
      ...afterVerdict({ rd_investment: 3000, core_tech_direction: true }, ['core-tech']),
      pending: 'pack_offer',
    };
    const declined = step(offered, '先不用 研发人员工资能算进研发投入吗');
    expect(declined.state.pending).toBeNull();
    expect(declined.replies.map((r) => r.text).join('\n')).toContain('人工费用');
    expect(step(offered, 'not now').state.pending).toBeNull();
  });

  it('play-test 34: after the verdict, facts said with a program to look at too add it to the screening and are kept', () => {
    const green = afterVerdict({ total_investment: 2400, in_jiangsu: true, applicant_kind: 'enterprise' }, [
      'green-upgrade',
    ]);
    // (With a project figure on record, whether the loan program is about the same project is asked first; fifteenth
    // round. The facts said wait for the answer.)
    const asked = step(green, '固定资产贷款2500万 苏州银行的 帮我看下技改贴息');
    expect(asked.state.pending).toBe('same_project');
    expect(asked.state.profile.fixed_asset_loan).toBeUndefined();
    const turn = step(asked.state, '是同一个项目');
    expect(turn.state.profile).toMatchObject({ fixed_asset_loan: 2500, loan_from_jiangsu_bank: true });
    expect(turn.state.focus).toEqual(['green-upgrade', 'tech-loan']);
    // (Said with the request, no question: 这个项目里.)
    expect(step(green, '这个项目里固定资产贷款2500万 苏州银行的 帮我看下技改贴息').state.focus).toEqual([
      'green-upgrade',
      'tech-loan',
    ]);
    // Without a program to look at, a fact no screened program reads is still asked about, not recorded.
    expect(step(green, '固定资产贷款2500万').state.profile.fixed_asset_loan).toBeUndefined();
  });

  it('tune-zd: an interest subsidy the city gave is the other subsidy, never the interest paid; everything we provide is free', () => {
    const en = (text: string) => step(undefined, `Valve maker in Yancheng. ${text}`, { locale: 'en' }).state.profile;
    expect(en('city already gave us 200k interest subsidy.')).toMatchObject({ other_interest_subsidy_2021: 20 });
    expect(en('city already gave us 200k interest subsidy.').loan_interest_paid_2021).toBeUndefined();
    expect(en('interest paid 2021 about 1.1 million. city already gave us 200k interest subsidy.')).toMatchObject({
      loan_interest_paid_2021: 110,
      other_interest_subsidy_2021: 20,
    });
    expect(
      step(undefined, 'I work at the Jiangyin SME Service Center. Everything we provide is free of charge.').state
        .profile.all_services_free,
    ).toBe(true);
  });

  it('tune-zd: a software company is no industrial enterprise, unless it runs an industrial internet platform (tune-b)', () => {
    expect(step(undefined, '我们是南京一家做工控安全的软件企业').state.profile.industrial).toBe(false);
    expect(step(undefined, '我们是南京一家软件公司 做工业互联网平台').state.profile.industrial).toBeUndefined();
  });

  it('play-test 34: a plain English first message after /start switches the dialog to English', () => {
    const started = step(undefined, '/start').state;
    const turn = step(
      started,
      'Hi, we are a Wuxi software firm running an industrial internet platform, total investment 12 million RMB.',
    );
    expect(turn.state.locale).toBe('en');
    expect(turn.replies.some((r) => r.text.startsWith('Noted:'))).toBe(true);
    // A program's Chinese name typed in an English dialog keeps it English; a Chinese one stays Chinese.
    expect(step(step(undefined, '/start', { locale: 'en' }).state, '技改贴息').state.locale).toBe('en');
    expect(step(started, '技改贴息').state.locale).toBe('zh-CN');
  });

  it('review of the ninth round: the new readings stay as narrow as their comments say', () => {
    // 不不不 / 不会不会 are a no said again, 不管含不含税 "whichever": the figure after them is read.
    expect(step(pendingOn('total_investment'), '不管含不含税都是3500万').state.profile.total_investment).toBe(3500);
    expect(isPolicyQuestion('不不不，是3500万')).toBe(false);
    expect(isPolicyQuestion('不会不会 完工是明年10月')).toBe(false);
    // 20几号 is a rough day, not a question.
    expect(isPolicyQuestion('21年10月20几号上线的')).toBe(false);
    // A vendor that is a software company says nothing of the applicant.
    expect(
      step(undefined, '无锡的电机厂，智能工厂项目，系统集成商是一家软件企业').state.profile.industrial,
    ).toBeUndefined();
    expect(
      step(undefined, '我们是常州一家做数控机床的企业，MES是找南京一家软件公司做的').state.profile.industrial,
    ).not.toBe(false);
    // The customer gave us orders: no subsidy; the bank gave us a loan: the loan.
    expect(
      step(undefined, 'Valve maker in Yancheng. The customer gave us orders worth 8 million.', { locale: 'en' }).state
        .profile.other_interest_subsidy_2021,
    ).toBeUndefined();
    expect(
      step(
        undefined,
        'Valve maker in Yancheng, applying for the interest subsidy: 1.2 million interest paid in 2021, loan 30 million.',
        {
          locale: 'en',
        },
      ).state.profile,
    ).toMatchObject({ loan_interest_paid_2021: 120, fixed_asset_loan: 3000 });
    // Only questions said, with a project told: screened.
    const told = step(
      undefined,
      '你好，我们是无锡一家规上电机厂，想咨询几个问题，技改项目总投资6000万，贷款4000万，能报技改贴息吗',
    );
    expect(told.state.profile).toMatchObject({ total_investment: 6000, fixed_asset_loan: 4000 });
    // A bare figure beside one in 亿 is in 亿.
    expect(step(pendingOn('total_investment'), '含税1.2亿 不含税1.1').state.profile.total_investment).toBe(11000);
    // A range of years is no year's figure: the three years' average is read.
    expect(
      step(undefined, '2021年新认定的省专精特新小巨人，2019-2021研发投入占比4.6%').state.profile.rd_ratio_3y_avg_pct,
    ).toBe(4.6);
    // A university's name then a space then 组个联合体 is still the speaker.
    expect(step(undefined, '我们是江南大学 组个联合体一起报').state.profile.applicant_kind).toBe('university');
    expect(parseCommand('全部筛查 除了兼并重组')).toBeUndefined();
    expect(
      step(pendingOn('completion_date'), 'it went live in March 2021 and started to show results by June', {
        locale: 'en',
      }).replies.some((r) => r.kind === 'verdict'),
    ).toBe(false);
  });
});

describe('tenth round', () => {
  const profileAfter = (slot: string, text: string, locale: 'en' | 'zh-CN' = 'zh-CN') =>
    step({ ...pendingOn(slot), locale }, text).state.profile;

  it('tune-ze: a denial denied is a yes (不是规下的, 没有不齐的); 算不上 / 谈不上 deny; most free is not all free', () => {
    expect(profileAfter('above_scale', '不是规下的').above_scale).toBe(true);
    expect(profileAfter('above_scale', '规下的').above_scale).toBe(false);
    // (不是 first, then why: the no stands.)
    expect(profileAfter('loan_from_jiangsu_bank', '不是 上海总行直接放的').loan_from_jiangsu_bank).toBe(false);
    expect(profileAfter('approvals_complete', '没有不齐的').approvals_complete).toBe(true);
    expect(profileAfter('approvals_complete', '没有').approvals_complete).toBe(false);
    expect(profileAfter('public_welfare_platform', '算不上纯公益 有收费业务').public_welfare_platform).toBe(false);
    // (Pure public welfare without the state's key tasks is not the whole question: asked.)
    expect(
      profileAfter('public_welfare_platform', '我们是纯公益的，但没有承担国家和省的重点任务').public_welfare_platform,
    ).toBeUndefined();
    expect(
      profileAfter('all_services_free', 'Most are free, some testing services are charged', 'en').all_services_free,
    ).toBe(false);
    expect(profileAfter('all_services_free', 'all free', 'en').all_services_free).toBe(true);
    expect(profileAfter('platform_indicators_met', '满足的').platform_indicators_met).toBe(true);
    expect(profileAfter('platform_indicators_met', '满足不了').platform_indicators_met).not.toBe(true);
    expect(profileAfter('training_all_regions', '苏北暂时没排').training_all_regions).toBe(false);
    expect(profileAfter('merger_initiator', '我们是收购方').merger_initiator).toBe(true);
    expect(profileAfter('merger_initiator', '我们是被收购方').merger_initiator).toBe(false);
  });

  it('tune-ze: the recommending unit named in brackets is not the applicant', () => {
    const named = said(
      '无锡惠山 精密轴承 21年新认定的省专精特新小巨人。21年1月开工11月完工，推荐单位（市工信局）12月验收 验收意见已出',
    );
    expect(named.applicant_kind).toBe('enterprise');
    expect(named.accepted).toBe(true);
    expect(said('我们是市工信局的，想问几个问题').applicant_kind).toBe('city_bureau');
  });

  it('tune-ze: a rate in loan slang keeps its tenths (四个点五 is 4.5, not 4)', () => {
    expect(profileAfter('loan_rate_pct', '四个半点').loan_rate_pct).toBe(4.5);
    expect(profileAfter('loan_rate_pct', '四个点五').loan_rate_pct).toBe(4.5);
    expect(profileAfter('loan_rate_pct', '4个点35').loan_rate_pct).toBe(4.35);
    expect(profileAfter('loan_rate_pct', '4个点').loan_rate_pct).toBe(4);
    const both = profileAfter('loan_rate_pct', '利率4个点 贷了5年');
    expect(both.loan_rate_pct).toBe(4);
    expect(both.loan_term_years).toBe(5);
  });

  it('tune-ze: invested by the year-end of 2021 is no total; a city’s equipment award is not its interest subsidy', () => {
    const byEnd = profileAfter('start_date', '21年4月开工 到年底投了大概1500');
    expect(byEnd.invested_by_2021_end).toBe(1500);
    expect(byEnd.total_investment).toBeUndefined();
    expect(profileAfter('loan_interest_paid_2021', '贷款今年3月才放的 去年没付过利息').loan_interest_paid_2021).toBe(0);
    expect(
      profileAfter('other_interest_subsidy_2021', '贴息没拿过 市里给过80万设备奖励').other_interest_subsidy_2021,
    ).not.toBe(80);
    expect(profileAfter('other_interest_subsidy_2021', '市里给过30万').other_interest_subsidy_2021).toBe(30);
  });

  it('tune-ze: a part of the R&D budget is not the budget; the filed total beside a figure without works is asked', () => {
    const rd = said(
      '扬州做车规级IGBT模块的 准备报关键核心技术攻关。研发攻关投入预算3400万（其中研发设备1500万），2022年7月开始',
    );
    expect(rd.rd_investment).toBe(3400);
    expect(rd.total_investment).toBeUndefined();
    const filed = said(
      '海门一家纺织企业，规上。我们的智能工厂项目备案总投资1.2亿，扣掉厂房土建和铺底流动资金，设备软件这些大概7600万，项目21年10月完工了',
    );
    expect(filed.total_investment).toBeUndefined();
    expect(filed.completion_date).toBe('2021-10-31');
    // A total said on the net basis is that total.
    expect(said('在昆山建智能工厂，总投资5000万（不含税，不含土建），其中软件和系统集成1200万').total_investment).toBe(
      5000,
    );
    expect(said('技改项目备案总投资5200万元，备案、环评、能评手续都已齐全').total_investment).toBe(5200);
  });

  it('tune-ze: a line that went live in 2021 is completed; a period running from one month to another gives both dates', () => {
    const live = said('Construction started March 2021 and the new line went live on 15 Dec 2021.', 'en');
    expect(live.stage).toBe('completed');
    expect(live.completion_date).toBe('2021-12-15');
    expect(said('Construction started March 2021 and will be completed in June 2023.', 'en').stage).toBe(
      'under_construction',
    );
    const period = said('Planning a 3-year R&D project on spindles, running Jan 2022 to Dec 2024.', 'en');
    expect(period.start_date).toBe('2022-01-31');
    expect(period.completion_date).toBe('2024-12-31');
  });

  it('play-test 35: programs named while choosing them are no recognitions; a class’s size is no total', () => {
    const start = step(undefined, '/start').state;
    const opened = step(
      start,
      '苏州工业园区的 做PCB和电子组装的，年营收大概4.6个亿。想报智能制造示范工厂，或者工业互联网标杆工厂也行',
    );
    const chosen = step(opened.state, '都不是，就智能工厂和标杆工厂');
    expect(chosen.state.mentionedCerts ?? []).toEqual([]);
    // On the list, said so: kept as said.
    expect(
      step(start, '泰州做制剂的，想报智能制造示范工厂，已经在省级示范工厂名单里了').state.mentionedCerts,
    ).toContain('smart-factory-list');
    const perClass = step(pendingOn('planned_trainees'), '计划办10期，每期80人，每期3天半，在南京 苏州 南通 徐州办');
    expect(perClass.state.profile.planned_trainees).toBeUndefined();
    expect(step(pendingOn('min_class_size'), '每期80人').state.profile.min_class_size).toBe(80);
    expect(step(pendingOn('planned_trainees'), '10期 每期80人 一共800人').state.profile.planned_trainees).toBe(800);
  });

  it('play-test 35: a question asked while another is pending records nothing; the loan program’s total is asked as filed', () => {
    const asked = step(
      { ...pendingOn('applicant_kind'), locale: 'en' },
      'Xinchuang pilot zone: how is the first installment calculated and what is the cap?',
    );
    expect(asked.state.profile.applicant_kind).toBeUndefined();
    expect(asked.replies.map((r) => r.text).join('\n')).toContain('1.4.1.2');
    let st = step(undefined, '/start').state;
    st = step(st, '我们徐州的，做工程机械配件，规上。想搞技改贷款贴息那个').state;
    const next = step(st, '办好了 环评能评都有');
    expect(next.state.pending).toBe('total_investment');
    expect(next.replies.at(-1)?.text).toContain('1.1.1.2');
    expect(next.replies.at(-1)?.text).not.toContain('不含土建');
    const en = step(
      undefined,
      'Which programs could we apply for? We have a bank-financed upgrade and a 5G factory project.',
      {
        locale: 'en',
      },
    );
    expect(en.state.focus).toContain('tech-loan');
  });

  it('play-test 35: 是2950不是3200 after the verdict offers the change; 你看着办 is all; a self-answering question is a yes', () => {
    const verdict = afterVerdict({ total_investment: 3200, accepted: false }, ['tech-loan']);
    const swapped = step(verdict, '哦对了 备案我刚翻了下 是2950不是3200，前面说错了');
    expect(swapped.state.confirm).toEqual({ fact: 'total_investment', value: 2950 });
    expect(swapped.state.profile.total_investment).toBe(3200);
    expect(step(step(swapped.state, '是').state, '结果').state.profile.total_investment).toBe(2950);
    const opened = step(undefined, '/start').state;
    expect(step(opened, '你看着办吧').state.focus).toEqual(['all']);
    expect(step(opened, '技改和5G都可以').state.focus).not.toContain('all');
    expect(profileAfter('in_jiangsu', '连云港不是江苏的吗😂 是').in_jiangsu).toBe(true);
    expect(profileAfter('in_jiangsu', '苏州不是江苏的吗 不过项目在上海').in_jiangsu).not.toBe(true);
    expect(profileAfter('largest_shareholder', '两家都是我们控股，一家51%一家60%').largest_shareholder).toBe(true);
    expect(profileAfter('largest_shareholder', '并列第一').largest_shareholder).toBe(false);
    const offered = { ...afterVerdict({}, ['platforms'], 'en'), pending: 'pack_offer' };
    const notNow = step(offered, 'not now. How is the platform subsidy amount decided, do we always get 500?');
    expect(notNow.state.pending).toBeNull();
    expect(notNow.replies.some((r) => r.kind === 'answer')).toBe(true);
  });

  it('play-test 35: why the loan project failed, a question after declining the forms or a change, are all answered', () => {
    const verdict = {
      ...afterVerdict(
        {
          total_investment: 4500,
          fixed_asset_loan: 2500,
          loan_from_jiangsu_bank: false,
          equipment_bought_with_loan: true,
        },
        ['all'],
        'en',
      ),
    };
    const why = step(verdict, 'why is the loan project not eligible?');
    expect(why.replies.map((r) => r.text).join('\n')).toContain('1.1.1.2');
    const offered = { ...afterVerdict({}, ['xinchuang']), pending: 'pack_offer' };
    const declined = step(offered, '不需要。实验室那个1000万是两年加起来还是每年都要1000');
    expect(declined.replies.map((r) => r.text).join('\n')).toContain('1.4.2.1.4');
    const confirming = {
      ...pendingOn('completion_date', { total_investment: 1200 }),
      confirm: { fact: 'total_investment', value: 980 },
    } as DialogState;
    const kept = step(confirming, '否 那是另一个项目。数据产品化总投资门槛是多少');
    expect(kept.state.profile.total_investment).toBe(1200);
    expect(kept.replies.map((r) => r.text).join('\n')).toContain('1.5.1.3');
  });
});

describe('review of the tenth round', () => {
  const profileAfter = (slot: string, text: string, locale: 'en' | 'zh-CN' = 'zh-CN') =>
    step({ ...pendingOn(slot), locale }, text).state.profile;
  const opening = (text: string) => step(undefined, text).state.profile;

  it('a no then a clause is no double negation; 不是贸易公司 says nothing of being industrial; trades beside selling are not plants', () => {
    expect(profileAfter('loan_from_jiangsu_bank', '没 不是').loan_from_jiangsu_bank).not.toBe(true);
    expect(profileAfter('largest_shareholder', '没有 不是第一').largest_shareholder).not.toBe(true);
    expect(profileAfter('approvals_complete', '没有 不知道').approvals_complete).not.toBe(true);
    expect(opening('我们不是贸易公司，是做技术服务的').industrial).not.toBe(true);
    expect(opening('苏州一家汽车配件经销商，营收3000万').industrial).toBeUndefined();
    expect(opening('我们是做PCB设计软件的').industrial).toBeUndefined();
    expect(opening('苏州做PCB的，规上').industrial).toBe(true);
  });

  it('this year’s year-end is not 2021’s; interest partly paid is the figure paid; a margin is no product share', () => {
    const thisYear = opening('常州规上企业，2021年营收8000万，技改项目今年3月开工，到年底投资5000万');
    expect(thisYear.invested_by_2021_end).toBeUndefined();
    const partly = opening('苏州规上企业，技改备案总投资5000万，贷款3000万，去年上半年没付利息，下半年付了60万');
    expect(partly.loan_interest_paid_2021).toBe(60);
    expect(partly.acquisition_amount).toBeUndefined();
    expect(profileAfter('loan_interest_paid_2021', '上半年没付利息，下半年付了60万').loan_interest_paid_2021).toBe(60);
    expect(profileAfter('acquisition_amount', '付了6000万').acquisition_amount).toBe(6000);
    expect(opening('常州做减速机的，规上，主打产品毛利率35%左右，想报小巨人').main_product_share_pct).toBeUndefined();
    expect(profileAfter('all_services_free', 'Nothing is charged for, all free', 'en').all_services_free).not.toBe(
      false,
    );
  });

  it('a filed total said without works stays; an award beside the city’s interest subsidy does not drop it', () => {
    expect(opening('技改项目备案总投资5200万，不含土建，其中设备3000万').total_investment).toBe(5200);
    expect(opening('备案总投资6000万（不含土建），贷款2500万').total_investment).toBe(6000);
    expect(
      profileAfter('other_interest_subsidy_2021', '区里贴息30万，设备奖励是另外的').other_interest_subsidy_2021,
    ).toBe(30);
    expect(opening('技改备案4000万 贷款2500万 市里贴息给过40万，另外有设备奖励60万').other_interest_subsidy_2021).toBe(
      40,
    );
    expect(
      profileAfter('other_interest_subsidy_2021', '市里给过80万设备奖励').other_interest_subsidy_2021,
    ).toBeUndefined();
  });

  it('是X不是Y names its fact or restates a rule: no change offered then; a figure before a question is still heard', () => {
    const verdict = (profile: DialogState['profile']) => afterVerdict(profile, ['tech-loan']);
    expect(
      step(verdict({ total_investment: 3000, fixed_asset_loan: 2500 }), '贷款是2000 不是3000').state.confirm,
    ).toBeFalsy();
    expect(step(verdict({ total_investment: 2000 }), '门槛是3000不是2000吧').state.confirm).toBeFalsy();
    expect(
      step(verdict({ fixed_asset_loan: 1500 }), '贷款不是要2000吗，我们其实贷了2200万，够不够').state.confirm,
    ).toEqual({
      fact: 'fixed_asset_loan',
      value: 2200,
    });
    const start = step(undefined, '/start').state;
    expect(step(start, '智能工厂20年就拿到了，今年想申请5G+工业互联网').state.mentionedCerts).toContain(
      'smart-factory-list',
    );
  });
});

describe('second review of the tenth round', () => {
  const profileAfter = (slot: string, text: string) => step(pendingOn(slot), text).state.profile;
  const opening = (text: string) => step(undefined, text).state.profile;

  it('a denied category records nothing; an equipment payment is no interest; 2021’s year-end spend is never the total', () => {
    expect(opening('我们不是贸易公司').industrial).toBeUndefined();
    expect(
      opening('常州规上企业，技改贷款3000万，贷款利息还没开始付，设备款先付了500万').loan_interest_paid_2021,
    ).toBeUndefined();
    const late = opening('常州规上企业，技改项目21年4月开工，到年底投了1500万，计划22年6月完工');
    expect(late.total_investment).toBeUndefined();
    expect(late.invested_by_2021_end).toBe(1500);
    const both = opening('常州规上企业，5G工厂项目2021年3月开工，总投资6000万，到年底投了2000万');
    expect(both.total_investment).toBe(6000);
    expect(both.invested_by_2021_end).toBe(2000);
  });

  it('nothing missing is a yes (没有没批的, 没有 不齐的); 满足要求 is a yes; a program of 2022 is no recognition held', () => {
    for (const text of ['没有没批的', '没有 不齐的', '没有不合规的', '满足要求'])
      expect(profileAfter('approvals_complete', text).approvals_complete, text).toBe(true);
    expect(profileAfter('equipment_bought_with_loan', '没有 不够').equipment_bought_with_loan).toBe(false);
    expect(profileAfter('platform_indicators_met', '满足了三个，还差一个').platform_indicators_met).not.toBe(true);
    const start = step(undefined, '/start').state;
    expect(step(start, '我们想申报2022年智能制造示范工厂').state.mentionedCerts ?? []).toEqual([]);
  });

  it('a 技改 award is no project total (拿过技改奖励80万 recorded a total of 80万)', () => {
    expect(opening('常州规上企业，去年拿过技改奖励80万').total_investment).toBeUndefined();
    expect(opening('技改补助项目备案总投资5000万').total_investment).toBe(5000);
    expect(opening('常州规上企业，技改总投资5000万').total_investment).toBe(5000);
  });

  it('a net figure offered on its basis beside the filed total asks; 贴息 before the figure keeps it; 生产 in the clause is a plant', () => {
    expect(
      opening('苏州规上企业，做5G全连接工厂项目，备案总投资1.2亿，不含土建的话7600万').total_investment,
    ).toBeUndefined();
    expect(opening('智能工厂项目备案总投资1.2亿，扣掉厂房土建，设备软件这些大概7600').total_investment).toBeUndefined();
    expect(profileAfter('other_interest_subsidy_2021', '区里贴息30万补助').other_interest_subsidy_2021).toBe(30);
    expect(opening('我们做医疗器械研发生产销售，常州').industrial).toBe(true);
    expect(profileAfter('main_product_share_pct', '主打产品收入占比70%').main_product_share_pct).toBe(70);
    const verdict = afterVerdict({ total_investment: 3200, fixed_asset_loan: 2500 }, ['tech-loan']);
    expect(step(verdict, '是2950不是3200，贷款没变').state.confirm).toEqual({ fact: 'total_investment', value: 2950 });
  });
});

describe('eleventh round', () => {
  const profileAfter = (slot: string, text: string, locale: 'en' | 'zh-CN' = 'zh-CN', profile = {}) =>
    step({ ...pendingOn(slot, profile), locale }, text).state.profile;
  const textOf = (replies: readonly Reply[]) => replies.map((r) => r.text).join('\n');

  it('tune-zf: a yes naming only part of a question of several parts is asked; a part plainly missing is a no', () => {
    expect(profileAfter('approvals_complete', '备案和环评有了').approvals_complete).toBeUndefined();
    expect(textOf(step(pendingOn('approvals_complete'), '备案和环评有了').replies)).toContain('只有一部分符合');
    expect(profileAfter('approvals_complete', '备案环评能评都有').approvals_complete).toBe(true);
    expect(profileAfter('approvals_complete', '都齐了').approvals_complete).toBe(true);
    // A procedure still running is not complete: a no, as before.
    expect(profileAfter('approvals_complete', '备案有了 环评还在做').approvals_complete).toBe(false);
    expect(profileAfter('approvals_complete', '环评没有').approvals_complete).toBe(false);
    // A part not needed, with the recommending unit's note, is settled as the question allows.
    expect(profileAfter('approvals_complete', '不需要能评 推荐单位出了情况说明').approvals_complete).toBe(true);
    expect(profileAfter('own_ip', '有三个发明专利').own_ip).toBeUndefined();
    expect(profileAfter('own_ip', '有专利，资金也没问题').own_ip).toBe(true);
    expect(profileAfter('own_ip', '有 发明专利12项').own_ip).toBe(true);
    expect(profileAfter('own_ip', '没有自己的专利').own_ip).toBe(false);
    expect(profileAfter('training_experience', '承接过市里的培训').training_experience).toBeUndefined();
    expect(profileAfter('training_experience', '承接过市里的培训项目，师资也有').training_experience).toBe(true);
    // A part still under way is not there now: no yes (the corpora read it as a no).
    expect(profileAfter('xinchuang_zone_basis', '龙头企业有 产品也有 示范应用还在起步').xinchuang_zone_basis).not.toBe(
      true,
    );
    expect(profileAfter('has_plan_and_targets', '方案有 绩效目标还在写').has_plan_and_targets).not.toBe(true);
    // The direction's words are cues of one direction, not parts: 属于，集成电路装备 is a yes.
    expect(profileAfter('core_tech_direction', '属于，集成电路装备').core_tech_direction).toBe(true);
    // Naming the three approvals in an opening does not state them done.
    expect(said('节能改造项目，备案2000万，环评能评都在办').approvals_complete).not.toBe(true);
  });

  it('tune-zf: 将近 / 接近 are bounds, 差不多 is about; 只有一个… picks no option', () => {
    expect(profileAfter('total_investment', '将近三千').total_investment).toBeUndefined();
    expect(profileAfter('total_investment', '接近3000万').total_investment).toBeUndefined();
    expect(profileAfter('total_investment', '差不多3000万').total_investment).toBe(3000);
    expect(said('我们是个行业协会 服务南通船舶海工集群 专职9个人 21年集群服务收入将近两百万')).not.toHaveProperty(
      'cluster_service_revenue_2021',
    );
    expect(profileAfter('certifications', '只有一个19年评的小巨人 别的没有').certifications).toEqual([]);
    expect(profileAfter('certifications', '只有一个 智能制造示范工厂').certifications).toEqual(['smart-factory-list']);
  });

  it('tune-zf: 没拿到 is a 0 subsidy only to its own question; an acceptance without its opinion is no yes', () => {
    expect(profileAfter('accepted', '验收了 意见书还没拿到')).toEqual({ accepted: false });
    expect(profileAfter('accepted', '第三方机构验收过了').accepted).toBeUndefined();
    expect(profileAfter('other_interest_subsidy_2021', '还没拿到').other_interest_subsidy_2021).toBe(0);
    expect(said('宿迁一家家具厂，规上，技改贷款两千万整，去年付息八十万，市里县里都没给过贴息')).toMatchObject({
      other_interest_subsidy_2021: 0,
    });
  });

  it('play-test 36: 再加一个 / 还有一个 adds a recognition; it never replaces the list', () => {
    const held = { certifications: ['little-giant-2021'] };
    const added = step(afterVerdict(held, ['little-giant']), '那认定里再加一个2021年国家单项冠军').state.profile;
    expect(added.certifications).toEqual(['little-giant-2021', 'single-champion-2021']);
    const also = step(afterVerdict(held, ['little-giant']), '我们还有一个2021年国家单项冠军').state.profile;
    expect(also.certifications).toEqual(['little-giant-2021', 'single-champion-2021']);
  });

  it('play-test 36: a case put about another enterprise records nothing; 先导区的 is no city policy', () => {
    const bureau = step(undefined, '我是市工信局的，不申报，就问几个政策问题').state;
    const asked = step(bureau, '一家企业去年做了两个并购，一个6000万一个3000万，能合并算吗');
    expect(asked.state.profile).toEqual(bureau.profile);
    expect(asked.replies.some((r) => r.kind === 'answer' && r.clauses.includes('3.1.1.4'))).toBe(true);
    // Asking for an enterprise (帮…看下) still tells its facts.
    expect(said('帮常州一家规上企业看下，技改贴息能不能报')).toMatchObject({ above_scale: true });
    const zone = step(
      undefined,
      '我是市工信局的，不申报，就问几个政策问题。信创先导区的申报主体是谁？投资预算要多少？',
    );
    expect(zone.replies.some((r) => r.kind === 'answer' && r.clauses.includes('1.4.1.3'))).toBe(true);
  });

  it('play-test 36: an answer then a sentence about another project is read alone', () => {
    const t = step(pendingOn('approvals_complete'), '都办了。顺便说下我们另一个技改项目去年贷了3000万，那个回头再问');
    expect(t.state.profile).toEqual({ approvals_complete: true });
  });

  it('play-test 36: a figure with a remark on the threshold answers; whether the threshold is hard is answered from its clause', () => {
    expect(profileAfter('taxes_paid_last_year', '390万，离400还差10万').taxes_paid_last_year).toBe(390);
    expect(profileAfter('taxes_paid_last_year', '三百九十来万，差一点400').taxes_paid_last_year).toBe(390);
    // 差一点400 alone is a bound; 不到两千 after a figure may refine it, so it is still asked.
    expect(profileAfter('taxes_paid_last_year', '差一点400').taxes_paid_last_year).toBeUndefined();
    expect(profileAfter('total_investment', '大概两千万，不到两千').total_investment).toBeUndefined();
    const state: DialogState = { ...pendingOn('taxes_paid_last_year'), focus: ['little-giant'] };
    const t = step(state, '三百九十来万，差一点400，这个卡得死吗？');
    expect(t.state.profile.taxes_paid_last_year).toBe(390);
    const answer = t.replies.find((r) => r.kind === 'answer');
    expect(answer?.kind === 'answer' ? answer.clauses : []).toEqual(['3.2.1.5']);
    expect(answer?.text).toContain('没有写“原则上”');
    // A 原则上 condition says the recommending unit may allow an exception (1.1.1.2's filed total).
    const loan = step({ ...pendingOn('total_investment'), focus: ['tech-loan'] }, '2950万，差一点3000，能通融吗');
    expect(loan.replies.find((r) => r.kind === 'answer')?.text).toContain('写的是“原则上”');
  });

  it('play-test 36: a field named as what a class or a fair is about is no program applied for', () => {
    expect(step(undefined, '想报产业人才培养项目，办智改数转的培训班').state.focus).toEqual(['talent-training']);
    expect(step(undefined, '智能工厂项目').state.focus).toEqual(['demo']);
  });

  it('play-test 36: a question naming no program, in a dialog about the 标杆示范 programs, is about their shared total', () => {
    const state: DialogState = { ...pendingOn('fiveg_direction'), locale: 'en', focus: ['demo'] };
    const t = step(
      state,
      'does the 26 million have to exclude the new workshop building? we spent 3 million on civil works',
    );
    const answer = t.replies.find((r) => r.kind === 'answer');
    expect(answer?.kind === 'answer' ? answer.clauses[0] : undefined).toBe('1.2.3');
  });

  it('play-test 36: the taxes on record said to leave some out, then 实缴 … 万, offer the change; 实缴 is no tax cue alone', () => {
    const fixed = step(
      afterVerdict({ taxes_paid_last_year: 395 }, ['little-giant']),
      '财务说395是只算了增值税和所得税，加上附加税等实缴是412万',
    );
    expect(fixed.state.confirm).toMatchObject({ fact: 'taxes_paid_last_year', value: 412 });
    // Another year's tax, or the figure on record said right, offers nothing.
    for (const text of ['395万是去年全年的，今年上半年已经实缴210万了', '395没错，前年实缴是380万']) {
      expect(
        step(afterVerdict({ taxes_paid_last_year: 395 }, ['little-giant']), text).state.confirm ?? null,
      ).toBeNull();
    }
    expect(profileAfter('registered_capital', '实缴200，认缴1000')).not.toHaveProperty('taxes_paid_last_year');
    expect(profileAfter('training_years', '6年了，实缴资本300万')).not.toHaveProperty('registered_capital');
  });
});

describe('eleventh round, after held-out 22 was scored', () => {
  const profileAfter = (slot: string, text: string, locale: 'en' | 'zh-CN' = 'zh-CN') =>
    step({ ...pendingOn(slot), locale }, text).state.profile;

  it('tune-zf: a no asked back is a yes; a maybe beside a count is a range; a total holding online or civil-works parts is asked', () => {
    expect(profileAfter('identifier_capability', '哪能不具备 节点我们都跑两年了').identifier_capability).toBe(true);
    expect(isPolicyQuestion('怎么可能不行呢')).toBe(false);
    expect(isPolicyQuestion('怎么会没有补助呢，指南里写了吗')).toBe(true);
    expect(profileAfter('identifier_promotion_events', '5, maybe 6', 'en').identifier_promotion_events).toBeUndefined();
    expect(profileAfter('identifier_promotion_events', '5个 也可能6个').identifier_promotion_events).toBeUndefined();
    expect(profileAfter('trainees_3y_avg', '每年两千多人次 一半是线上').trainees_3y_avg).toBeUndefined();
    expect(
      profileAfter('loan_interest_paid_2021', '126万 不过土建那块贷款的利息也在里面').loan_interest_paid_2021,
    ).toBeUndefined();
    // Civil works said left out leave the figure as it is.
    expect(profileAfter('loan_interest_paid_2021', '一百多万 土建那块的没算').loan_interest_paid_2021).toBe(100);
  });

  it('earlier tunes: a deal signed but not registered is no merger completed; another’s recognition is none of ours; services without the commitment are part', () => {
    expect(profileAfter('merger_completed_2021', '协议签了 工商还没变更').merger_completed_2021).toBe(false);
    expect(profileAfter('certifications', '合作方是省级工业互联网标杆工厂，我们自己都没有').certifications).toEqual([]);
    expect(
      profileAfter('security_services_commitment', 'We do monitoring and testing, not emergency response', 'en')
        .security_services_commitment,
    ).toBeUndefined();
    expect(
      profileAfter(
        'security_services_commitment',
        'yes, monitoring, testing and emergency response, and we will connect to the provincial platform',
        'en',
      ).security_services_commitment,
    ).toBe(true);
    expect(profileAfter('security_services_commitment', '可以').security_services_commitment).toBe(true);
  });
});

describe('review of the eleventh round', () => {
  const profileAfter = (slot: string, text: string, profile: DialogState['profile'] = {}, focus: string[] = []) =>
    step({ ...pendingOn(slot, profile), focus }, text).state;
  const answerOf = (replies: readonly Reply[]) => replies.find((r) => r.kind === 'answer');

  it('an actual figure needs its own trigger: 总共5年 is no change of the loan; 实缴 offers the taxes only', () => {
    const t = profileAfter(
      'loan_term_years',
      '贷款3000万，总共5年',
      { fixed_asset_loan: 3000, total_investment: 5000 },
      ['tech-loan'],
    );
    expect(t.confirm).toBeFalsy();
    expect(t.profile.fixed_asset_loan).toBe(3000);
    const capital = step(
      afterVerdict({ registered_capital: 1000, taxes_paid_last_year: 300 }, ['talent-training']),
      '注册资本1000万，实缴500万',
    ).state;
    expect(capital.confirm?.fact).not.toBe('taxes_paid_last_year');
  });

  it('a remark on the threshold is dropped only after a bare figure; a part named first is asked', () => {
    expect(profileAfter('taxes_paid_last_year', '所得税100万，差一点400').profile).toEqual({});
    expect(profileAfter('fixed_asset_loan', '第一笔1500，差一点2000').profile).toEqual({});
  });

  it('a "nearly" figure beside another is asked, never the other one taken', () => {
    expect(profileAfter('total_investment', '设备投了2000万，总投资接近3000万').profile).toEqual({});
    expect(profileAfter('identifier_registrations_yi', '现在1.5亿，项目完成时接近2亿').profile).toEqual({});
    expect(profileAfter('smes_served_2021', '去年接近500家，今年300家').profile).toEqual({});
    expect(profileAfter('taxes_paid_last_year', '420万，比前年小100万').profile).toEqual({ taxes_paid_last_year: 420 });
  });

  it('a recognition denied or replaced is not kept by an “add” word; 还有一个 picks no option 1', () => {
    const held = { certifications: ['single-champion-2021'] };
    const replaced = step(afterVerdict(held, ['honor-award']), '不对，不是单项冠军，是2021年新增的小巨人').state
      .profile;
    expect(replaced.certifications).not.toContain('single-champion-2021');
    const added = step(afterVerdict(held, ['honor-award']), '我们还有一个2021年小巨人').state.profile;
    expect(added.certifications).toEqual(['single-champion-2021', 'little-giant-2021']);
  });

  it('whether a line is hard is answered only for the fact meant, a clause not mixed, and a threshold question', () => {
    // 2.2.2 holds 原则上 (three years) and 须 (by June 2024): no one answer.
    const mixed = step({ ...pendingOn('completion_date'), focus: ['core-tech'] }, '2024年6月底这个卡得死吗');
    expect(answerOf(mixed.replies)?.text ?? '').not.toContain('原则上”：');
    // 3000 is the total's line, not the loan's asked now.
    const other = step(
      { ...pendingOn('fixed_asset_loan', { total_investment: 2800 }), focus: ['tech-loan'] },
      '3000万是硬杠杠吗',
    );
    expect(answerOf(other.replies)?.text ?? '').not.toContain('硬性条件');
    for (const q of ['补助比例有弹性吗', '申报截止时间能通融几天吗']) {
      const t = step({ ...pendingOn('approvals_complete'), focus: ['tech-loan'] }, q);
      expect(answerOf(t.replies)?.text ?? '').not.toContain('硬性条件');
    }
    // 1.1.1.2 says 原则上 of the total beside the firm loan line: no one answer for the loan, so none is claimed.
    const loan = step({ ...pendingOn('fixed_asset_loan'), focus: ['tech-loan'] }, '贷款1900，差一点也不行吗');
    expect(answerOf(loan.replies)?.text ?? '').not.toContain('原则上”：');
    // Another program's line, named, is left to the Q&A (1.2.2.4 has no 原则上).
    const named = step({ ...pendingOn('total_investment'), focus: ['tech-loan'] }, '智能制造示范工厂的3000万卡得死吗');
    expect(answerOf(named.replies)?.text ?? '').not.toContain('原则上”：');
    // A line the guide never sets (规上's 2000万 is the tool's reading) gets no claim.
    const scale = step({ ...pendingOn('revenue_last_year'), focus: ['tech-loan'] }, '1900万 差一点也不行吗');
    expect(answerOf(scale.replies)?.text ?? '').not.toContain('硬性条件');
  });

  it('a question about another project is no passing mention; a client’s case told by a consultant is screened', () => {
    const asked = profileAfter('total_investment', '3500。另一个项目4000万，那个已经报过了，这个项目能不能再报？');
    expect(asked.profile.total_investment).toBe(3500);
    expect(said('有一家企业，去年营收5000万，总投资4000万，贷款2500万，能报技改贴息吗？')).toMatchObject({
      total_investment: 4000,
      fixed_asset_loan: 2500,
    });
  });

  it('什么的 after a verb asks (附件1-1是填什么的, 需要提供什么的证明)', () => {
    expect(isPolicyQuestion('附件1-1是填什么的')).toBe(true);
    expect(isPolicyQuestion('412万 需要提供什么的证明')).toBe(true);
    expect(isPolicyQuestion('专项审计报告是审什么的')).toBe(true);
  });

  it('a whole yes with a detail is a yes; both roles of the lab named are a yes; a third party under the unit is its acceptance', () => {
    expect(profileAfter('approvals_complete', '都办了，环评是去年批的').profile.approvals_complete).toBe(true);
    expect(profileAfter('approvals_complete', '办好了，能评今年3月批的').profile.approvals_complete).toBe(true);
    expect(profileAfter('lab_roles_agreed', '学校出场地和运营，我们出设备').profile.lab_roles_agreed).toBe(true);
    expect(profileAfter('accepted', '推荐单位组织第三方验收，意见已出具').profile.accepted).toBe(true);
    expect(profileAfter('min_class_size', '最小60人').profile.min_class_size).toBe(60);
  });
});

describe('second review of the eleventh round', () => {
  const profileAfter = (slot: string, text: string, profile: DialogState['profile'] = {}, focus: string[] = []) =>
    step({ ...pendingOn(slot, profile), focus }, text).state;

  it('小 before a figure is no bound: the other figure is never taken (小一千人，分16个班)', () => {
    expect(profileAfter('planned_trainees', '小一千人，分16个班').profile.planned_trainees).not.toBe(16);
    expect(profileAfter('service_team_size', '小二十人 3个部门').profile.service_team_size).not.toBe(3);
  });

  it('a question ending 什么的 stays a question, never a yes', () => {
    expect(profileAfter('accepted', '验收意见要盖什么的').profile).toEqual({});
    expect(profileAfter('loan_from_jiangsu_bank', '省内金融机构包括什么的').profile).toEqual({});
    expect(profileAfter('training_free', '不收费是指学费什么的').profile).toEqual({});
  });

  it('an added recognition keeps the list even beside 没有说; a clause of parts named whole is a yes', () => {
    const held = { certifications: ['little-giant-2021', 'industrial-design-center'] };
    const added = step(afterVerdict(held, ['little-giant']), '认定改一下 加上21年单项冠军 刚才没有说').state.profile;
    expect(added.certifications).toEqual(expect.arrayContaining(['little-giant-2021', 'single-champion-2021']));
    expect(profileAfter('approvals_complete', '齐了 备案证环评批复都在').profile.approvals_complete).toBe(true);
  });

  it('parts named beside other facts state no yes: orders are no government training, the lab run by the firm is no', () => {
    expect(
      profileAfter('training_licensed', '有的，营业执照有培训，我们做过很多培训，讲师都是高工，承接过不少企业订单')
        .profile.training_experience,
    ).toBeUndefined();
    expect(
      profileAfter('lab_roles_agreed', '学校出场地，运营我们自己来，我们出设备').profile.lab_roles_agreed,
    ).not.toBe(true);
    expect(said('我们和苏州大学共建信创实验室，协议里约定学校出场地并负责运营，我们出软硬件产品和服务')).toMatchObject({
      lab_roles_agreed: true,
    });
  });

  it('a nearly figure that is a part or a share leaves the answer; a park telling its own zone is screened', () => {
    expect(profileAfter('total_investment', '总投资5000万，其中设备接近3000万').profile.total_investment).toBe(5000);
    expect(profileAfter('smes_served_2021', '线下服务了130家，满意度接近95%').profile.smes_served_2021).toBe(130);
    expect(profileAfter('fixed_asset_loan', '贷了2500万，利率接近4个点').profile.fixed_asset_loan).toBe(2500);
    const park = step(
      { ...initialState(), profile: { applicant_kind: 'park' } },
      '我们高新区有个信创先导区方案，投资预算1.2亿，某家公司做运营主体，能报吗',
    );
    expect(park.state.profile.total_investment).toBe(12000);
  });

  it('a question naming no program, in a 标杆示范 dialog, about another program is still answered', () => {
    const state: DialogState = { ...pendingOn('software_investment'), focus: ['demo'] };
    const answer = step(state, '实缴税金要多少').replies.find((r) => r.kind === 'answer');
    expect(answer?.kind === 'answer' ? answer.clauses[0] : undefined).toBe('3.2.1.5');
  });
});

describe('twelfth round', () => {
  const profileAfter = (slot: string, text: string, locale: 'en' | 'zh-CN' = 'zh-CN') =>
    step({ ...pendingOn(slot), locale }, text).state.profile;

  it('play-test 36: a yes whose hedge is on the figure beside it is a yes; the hedge on the yes still asks', () => {
    const p = profileAfter('equipment_bought_with_loan', '买了，去年买了一批数控机床，发票不含税大概1800来万');
    expect(p.equipment_bought_with_loan).toBe(true);
    expect(p.equipment_invoice_2021).toBe(1800);
    expect(profileAfter('equipment_bought_with_loan', '大概买了').equipment_bought_with_loan).toBeUndefined();
    expect(
      profileAfter('equipment_bought_with_loan', '估计买了，可能2023年再买').equipment_bought_with_loan,
    ).toBeUndefined();
  });

  it('tune-zg: 小两千 and 不到一千人 beside another count are bounds, asked; 每班最小/不少于60人 are floors', () => {
    expect(profileAfter('revenue_last_year', '小两千')).not.toHaveProperty('revenue_last_year');
    expect(profileAfter('planned_trainees', '小一千人，分16个班')).not.toHaveProperty('planned_trainees');
    expect(profileAfter('planned_trainees', '不到一千人，分16个班')).not.toHaveProperty('planned_trainees');
    expect(profileAfter('planned_trainees', '一千人，分16个班').planned_trainees).toBe(1000);
    expect(profileAfter('min_class_size', '每班最小60人').min_class_size).toBe(60);
    expect(profileAfter('min_class_size', '每班不少于60人').min_class_size).toBe(60);
    expect(said('工业母机方向的攻关 研发投入小三千万 项目总投资八千')).not.toHaveProperty('rd_investment');
    expect(said('工业母机方向的攻关 研发投入三千万 项目总投资八千').rd_investment).toBe(3000);
    expect(profileAfter('rd_ratio_3y_avg_pct', 'around four percent, maybe a bit under', 'en')).not.toHaveProperty(
      'rd_ratio_3y_avg_pct',
    );
    expect(profileAfter('rd_ratio_3y_avg_pct', '4%左右 可能略低')).not.toHaveProperty('rd_ratio_3y_avg_pct');
    expect(profileAfter('rd_ratio_3y_avg_pct', 'around four percent', 'en').rd_ratio_3y_avg_pct).toBe(4);
  });

  it('tune-zg: a figure now and one targeted are asked; two counts of different things are not', () => {
    expect(
      profileAfter('identifier_connected_enterprises', '800 so far, target is 1500 at completion', 'en'),
    ).not.toHaveProperty('identifier_connected_enterprises');
    expect(profileAfter('service_team_size', '12 full-time, plus 5 part-time', 'en').service_team_size).toBe(12);
    expect(profileAfter('loan_term_years', '5年期 到26年').loan_term_years).toBe(5);
  });

  it('tune-zg: cities listed with commas are counted, with spaces not (some may be qualified away); 都在通州 names no province', () => {
    expect(profileAfter('training_cities', '南京 无锡 南通 连云港 各一个班').training_cities).not.toBe(1);
    expect(profileAfter('training_cities', '主要是苏州 无锡，常州 镇江 看报名情况').training_cities).not.toBe(4);
    expect(profileAfter('training_cities', '在苏州、南京、扬州、徐州办').training_cities).toBe(4);
    expect(profileAfter('in_jiangsu', '都在通州')).not.toHaveProperty('in_jiangsu');
    expect(profileAfter('in_jiangsu', '都在').in_jiangsu).toBe(true);
    expect(profileAfter('in_jiangsu', '都在南通').in_jiangsu).toBe(true);
  });

  it('tune-zg: the firm’s yearly R&D is not the project’s; buildings are not the total; 不会不在 is a yes', () => {
    expect(profileAfter('rd_ratio_3y_avg_pct', '去年研发费用1200万')).not.toHaveProperty('rd_investment');
    expect(said('做车规级MCU芯片的 研发攻关投入3800万 去年研发费用1200万').rd_investment).toBe(3800);
    expect(
      profileAfter('total_investment', 'does civil works count? we have 8m of buildings in there', 'en'),
    ).not.toHaveProperty('total_investment');
    expect(profileAfter('event_listed', '不会不在名单里吧 是紫金奖工业设计大赛').event_listed).toBe(true);
    expect(profileAfter('trainees_3y_avg', '线上线下加起来每年2000人次')).not.toHaveProperty('trainees_3y_avg');
  });

  it('play-test 37: 10个班 is no count of trainees; cities run together are counted; 事业单位性质 is the legal form', () => {
    const p = profileAfter('planned_trainees', '打算办10个班，每班60人，每期4天，无锡苏州扬州徐州淮安各办两期');
    expect(p).not.toHaveProperty('planned_trainees');
    expect(p.min_class_size).toBe(60);
    expect(profileAfter('planned_trainees', '打算培训900人，分10个班').planned_trainees).toBe(900);
    expect(profileAfter('public_events_2021', '办了12场').public_events_2021).toBe(12);
    expect(profileAfter('training_cities', '无锡苏州扬州徐州淮安各办两期').training_cities).toBe(5);
    expect(profileAfter('training_cities', 'Taizhou (泰州), Nanjing and Suzhou', 'en').training_cities).toBe(3);
    expect(said('我们是集群促进中心，事业单位性质，能报集群发展促进机构吗').applicant_kind).toBe('public_institution');
    expect(said('我们是集群促进中心，想报集群发展促进机构').applicant_kind).toBe('nonprofit');
  });

  it('play-test 37: a sentence opening "X是另一个项目" after one about this project is not recorded, and the bot says so', () => {
    expect(withoutOtherProject('总投资4950万。5G那个是另一个项目，总投入两千四，21年底投了六百。软件620')).toBe(
      '总投资4950万。软件620',
    );
    const turn = step(pendingOn('total_investment'), '总投资4950万。5G那个是另一个项目，总投入两千四，21年底投了六百');
    expect(turn.state.profile.total_investment).toBe(4950);
    expect(turn.state.profile).not.toHaveProperty('invested_by_2021_end');
    expect(turn.replies.map((r) => r.text).join('\n')).toContain('另一个项目的数字我先没有记录');
    // A message about this project only is read whole.
    expect(withoutOtherProject('总投资4950万，21年底投了六百')).toBe('总投资4950万，21年底投了六百');
  });

  it('play-test 37: none first then a local title is none; a rough figure then the exact one is the exact; 办了 with a 2021 date', () => {
    expect(profileAfter('certifications', '都没有吧，就一个市级农业产业化龙头，这个不算吧').certifications).toEqual([]);
    expect(
      profileAfter('certifications', 'none of those, we only care about the security project', 'en').certifications,
    ).toEqual([]);
    expect(profileAfter('certifications', '没有，只有省级智能制造示范工厂').certifications).toEqual([
      'smart-factory-list',
    ]);
    expect(profileAfter('software_investment', '六百多 前面说过了 620吧').software_investment).toBe(620);
    expect(profileAfter('software_investment', '六百多 前面说过了 720吧')).not.toHaveProperty('software_investment');
    expect(profileAfter('merger_completed_2021', '办了，21年12月中旬工商变更完的').merger_completed_2021).toBe(true);
    // Done in 2022 is no yes to a merger completed in 2021.
    expect(profileAfter('merger_completed_2021', '办了，22年3月才变更完')).not.toHaveProperty('merger_completed_2021');
  });

  it('play-test 37: after the verdict, 按一个亿算 changes the one figure on record; while a figure is asked it is the answer', () => {
    const verdictOn = (profile: DialogState['profile'], lastAnswered?: string): DialogState => ({
      ...initialState(),
      phase: 'asking',
      focus: ['xinchuang-zone'],
      profile,
      pending: null,
      verdictShown: true,
      ...(lastAnswered ? { lastAnswered } : {}),
    });
    const t = step(
      verdictOn({ total_investment: 8000, applicant_kind: 'park' }, 'total_investment'),
      '行 按一个亿算，预算已经定了',
    );
    expect(t.state.profile.total_investment).toBe(10000);
    expect(t.replies[0]?.text).toContain('10000');
    // Several figures on record and none answered last: which one is asked.
    const several = step(verdictOn({ total_investment: 3500, fixed_asset_loan: 2500 }), '按2000算');
    expect(several.state.profile).toEqual({ total_investment: 3500, fixed_asset_loan: 2500 });
    expect(profileAfter('total_investment', '按三千万算吧').total_investment).toBe(3000);
  });

  it('play-test 37: a question ending 没影响吧 is a question; a pick’s number before words is the pick', () => {
    expect(isPolicyQuestion('被收的是安徽的企业，不在江苏，这个没影响吧')).toBe(true);
    expect(isPolicyQuestion('没影响')).toBe(false);
    const picked = say(['/start', '3, the security one'], { locale: 'en' }).state;
    expect(picked.focus).toEqual(['iiot']);
  });

  it('play-test 37: 满足的 beside a figure is a yes; a figure of a program not in focus is not recorded', () => {
    const t = step(
      { ...pendingOn('platform_indicators_met'), focus: ['data-product', 'core-tech'] },
      '满足的，接入企业两千多家',
    );
    expect(t.state.profile.platform_indicators_met).toBe(true);
    expect(t.state.profile).not.toHaveProperty('identifier_connected_enterprises');
    // With the identifier node in focus the same figure is its own.
    const node = step({ ...pendingOn('identifier_capability'), focus: ['iiot'] }, '具备，接入企业两千家');
    expect(node.state.profile.identifier_connected_enterprises).toBe(2000);
  });

  it('play-test 37: 实施期打算X到Y gives the start and the end', () => {
    const p = step({ ...pendingOn('completion_date'), focus: ['xinchuang'] }, '实施期打算22年7月到24年6月').state
      .profile;
    expect(p.start_date).toBe('2022-07-31');
    expect(p.completion_date).toBe('2024-06-30');
  });

  it('play-test 37: a total on record said to include VAT asks for the ex-VAT figure (1.2.3), not for the loan program', () => {
    const onRecord = (focus: string[], text: string, locale: 'en' | 'zh-CN' = 'zh-CN') =>
      step(
        {
          ...initialState(locale),
          phase: 'asking',
          focus,
          profile: { total_investment: 860 },
          pending: null,
          verdictShown: true,
        },
        text,
      );
    const en = onRecord(['iiot'], 'one more: our 8.6m includes 13% VAT.', 'en');
    expect(en.replies[0]?.text).toContain('includes VAT');
    expect(en.state.profile.total_investment).toBe(860);
    expect(onRecord(['iiot'], '那个860是含税的').replies[0]?.text).toContain('含增值税');
    expect(onRecord(['tech-loan'], '那个860是含税的').replies[0]?.text).not.toContain('含增值税');
  });

  it('the total’s question is worded for the pilot zone, the lab and training', () => {
    const replies = say([
      '/start',
      '4',
      '经开区',
      '有的，龙头是一家做国产服务器的',
      '是 盐城下面的县',
    ]).exchanges.flatMap((e) => e.replies.map((r) => r.text));
    const asked = replies.filter((r) => r.includes('是多少？') && r.includes('投'));
    expect(asked.some((r) => r.includes('实施期内用于先导区建设的投资预算'))).toBe(true);
    expect(asked.some((r) => r.includes('项目（备案）总投资'))).toBe(false);
  });

  it('tune-zg: a listing’s year before 2020 is asked; the day said after a month-only date is kept', () => {
    expect(
      profileAfter('certifications', '进了省云计算大数据企业库 项目是2019年的大数据示范项目 其他没有'),
    ).not.toHaveProperty('certifications');
    expect(
      profileAfter('certifications', '进了省云计算大数据企业库 项目是2021年的大数据示范项目').certifications,
    ).toEqual(['cloud-bigdata-registry', 'bigdata-demo-project']);
    expect(profileAfter('acquisition_3_date', 'Dec 2021, registration done on the 20th', 'en').acquisition_3_date).toBe(
      '2021-12-20',
    );
  });
});

describe('review of the twelfth round', () => {
  const profileAfter = (slot: string, text: string, locale: 'en' | 'zh-CN' = 'zh-CN') =>
    step({ ...pendingOn(slot), locale }, text).state.profile;

  it('a form denied or past is no form; a hedge on the whole yes still asks; 不会不…我也不确定 is unsure', () => {
    expect(said('企业，不属于事业单位').applicant_kind).toBe('enterprise');
    expect(said('我们是一家企业，以前是事业单位性质，想报培训项目').applicant_kind).toBe('enterprise');
    for (const [slot, text] of [
      ['training_free', '培训免费，住宿大概300一晚学员自己出'],
      ['accepted', '可能3月份验收'],
      ['approvals_complete', '好像3个都齐了'],
      ['equipment_bought_with_loan', '估计80%都买了'],
      ['in_jiangsu', '不会不在江苏吧，我也不确定'],
    ] as const)
      expect(profileAfter(slot, text)).not.toHaveProperty(slot);
    expect(profileAfter('event_listed', '都在名单上').event_listed).toBe(true);
    expect(profileAfter('in_jiangsu', '都在本地').in_jiangsu).toBe(true);
  });

  it('another event’s day is not the date; a street named after a city is no list; a project named again ends the other one', () => {
    expect(profileAfter('start_date', 'March 2021, the board approved it back on the 2nd', 'en').start_date).toBe(
      '2021-03-31',
    );
    expect(said('我们在无锡市苏州路的培训中心办班，计划培训500人')).not.toHaveProperty('training_cities');
    expect(profileAfter('training_cities', '常州市南京路上的培训中心，一共3个市').training_cities).toBe(3);
    expect(
      profileAfter('total_investment', '总投资五千六。环保设备是单独的项目，这次一起报，总投入含它是六千。'),
    ).not.toHaveProperty('total_investment');
    const p = profileAfter(
      'total_investment',
      '总投资5600万；二期是另外一个项目，计划明年做，这个项目截至21年底投了3000万。',
    );
    expect(p.total_investment).toBe(5600);
    expect(p.invested_by_2021_end).toBe(3000);
  });

  it('小 and 略低 count only of the figure asked; a bound beside a plain figure in the unit leaves the plain one', () => {
    expect(profileAfter('total_investment', '三千万，小两年才建完').total_investment).toBe(3000);
    expect(profileAfter('revenue_last_year', '1.2亿，小两百人的厂').revenue_last_year).toBe(12000);
    expect(profileAfter('smes_served_2021', '服务了大大小小一百二十家企业').smes_served_2021).toBe(120);
    expect(profileAfter('loan_rate_pct', '4.35%，比同期LPR略低').loan_rate_pct).toBe(4.35);
    expect(profileAfter('loan_rate_pct', '3.8%, slightly lower than LPR', 'en').loan_rate_pct).toBe(3.8);
    expect(profileAfter('min_class_size', '最少50人，最多80人').min_class_size).toBe(50);
    expect(profileAfter('planned_trainees', '一共1200人，每个班最多60人').planned_trainees).toBe(1200);
    expect(profileAfter('service_team_size', '专职12人，兼职不到5人').service_team_size).toBe(12);
  });

  it('the project’s share of the firm’s R&D is the project’s; buildings said to be none leave the total; planned is no target', () => {
    expect(profileAfter('rd_investment', '这个项目公司研发费用投入3200万').rd_investment).toBe(3200);
    expect(
      profileAfter('total_investment', 'total 48 million, nothing spent on buildings', 'en').total_investment,
    ).toBe(4800);
    expect(profileAfter('planned_trainees', '1200, planned over 20 classes', 'en').planned_trainees).toBe(1200);
    expect(profileAfter('certifications', '2019年的服务型制造示范企业，2021年新认定的小巨人').certifications).toEqual([
      'service-manufacturing-demo',
      'little-giant-2021',
    ]);
  });
});

describe('second review of the twelfth round', () => {
  const profileAfter = (slot: string, text: string, locale: 'en' | 'zh-CN' = 'zh-CN') =>
    step({ ...pendingOn(slot), locale }, text).state.profile;
  const afterVerdict = (profile: DialogState['profile'], lastAnswered: string, text: string) =>
    step(
      {
        ...initialState(),
        phase: 'asking',
        focus: ['tech-loan'],
        profile,
        pending: null,
        verdictShown: true,
        lastAnswered,
      },
      text,
    ).state.profile;

  it('按X算 only alone (or with 定了), only of a figure close to the one answered last, never a what-if', () => {
    const p = { total_investment: 3500, fixed_asset_loan: 3000 };
    expect(afterVerdict(p, 'fixed_asset_loan', '按5000万算，是总投资')).toEqual({ ...p, total_investment: 5000 });
    expect(afterVerdict(p, 'fixed_asset_loan', '行，按2000万算，反正封顶了')).toEqual(p);
    expect(afterVerdict(p, 'fixed_asset_loan', '那按3000万算呢')).toEqual(p);
    expect(afterVerdict(p, 'fixed_asset_loan', '行 按一个亿算，预算已经定了')).toEqual(p);
    expect(afterVerdict(p, 'total_investment', '按3800万算').total_investment).toBe(3800);
  });

  it('the exact figure after a rough one only with nothing but 说过了/准确说 between; none then a listed name is that name', () => {
    for (const [slot, text] of [
      ['total_investment', '六百多 不超过 650'],
      ['total_investment', '六百多 估计 650'],
      ['smes_served_2021', '三百多家 其中线上 320'],
    ] as const)
      expect(profileAfter(slot, text)[slot]).not.toBe(Number(text.match(/\d+/u)?.[0]));
    expect(profileAfter('certifications', 'none. i-Chuang Cup 2nd prize in 2021', 'en').certifications).toEqual([
      'icup-second-prize',
    ]);
    expect(profileAfter('certifications', '没有，21年评了专精特新').certifications).not.toEqual([]);
  });

  it('a step short of done beside 办了 stays asked; a hedged amount that qualifies the yes stays asked; 8班 is a count of classes', () => {
    expect(profileAfter('acquisition_registered', '办了，21年12月提交的材料，还在等')).not.toHaveProperty(
      'acquisition_registered',
    );
    expect(profileAfter('equipment_bought_with_loan', '买了，可能有一千万是自有资金买的')).not.toHaveProperty(
      'equipment_bought_with_loan',
    );
    expect(profileAfter('above_scale', '是的，营收可能1800万')).not.toHaveProperty('above_scale');
    expect(profileAfter('long_classes', '8班').long_classes).toBe(8);
    expect(profileAfter('training_cities', '南京 无锡 扬州 淮安 四个市').training_cities).toBe(4);
    expect(profileAfter('training_cities', '主要是苏州 无锡，常州 镇江 看报名情况').training_cities).not.toBe(4);
  });
});

describe('third review of the twelfth round', () => {
  const inFocus = (slot: string, focus: string[] | null, text: string) =>
    step({ ...pendingOn(slot), focus }, text).state.profile;
  const afterVerdict = (text: string, locale: 'en' | 'zh-CN' = 'zh-CN') =>
    step(
      {
        ...initialState(locale),
        phase: 'asking',
        focus: ['demo'],
        profile: { total_investment: 860 },
        pending: null,
        verdictShown: true,
      },
      text,
    );

  it('满足/符合/具备 limited by what follows is no yes; a warranty, repayment or phase period is not the project’s', () => {
    expect(inFocus('approvals_complete', ['demo'], '符合一半吧，备案有了，环评20号才批')).not.toHaveProperty(
      'approvals_complete',
    );
    expect(inFocus('platform_indicators_met', ['iiot'], '具备一定基础，安全团队20人')).not.toHaveProperty(
      'platform_indicators_met',
    );
    expect(inFocus('total_investment', null, '总投资3000万，设备质保期预计2023年1月到2025年1月')).toEqual({
      total_investment: 3000,
    });
    expect(inFocus('start_date', null, '还款期计划22年7月到24年6月')).not.toHaveProperty('start_date');
    expect(inFocus('start_date', null, '一期已经完工，二期计划2023年3月到2024年12月')).not.toHaveProperty('start_date');
  });

  it('a pick taken back is asked again; ex-VAT said is no VAT note; a program named beside the answer keeps its facts', () => {
    expect(say(['/start', '3，不对，是4']).state.focus).toBeNull();
    expect(say(['/start', '3, sorry, I mean 4'], { locale: 'en' }).state.focus).toBeNull();
    expect(afterVerdict('那个860是不含税的').replies[0]?.text).not.toContain('含增值税');
    expect(afterVerdict('the 8.6 million is not including VAT', 'en').replies[0]?.text).not.toContain('includes VAT');
    const p = inFocus('approvals_complete', ['demo'], '齐了，另外我们也想报兼并重组，去年收购了一家，花了5000万');
    expect(p.acquisition_amount).toBe(5000);
  });
});

describe('thirteenth round (tune-zh)', () => {
  const answer = (slot: string, text: string, locale: 'en' | 'zh-CN' = 'zh-CN') =>
    step({ ...pendingOn(slot), locale }, text).state.profile;

  it('a value taken back inside the answer is replaced by the one after it, the year kept for a month', () => {
    expect(answer('stake_after_pct', '51，不对不对，是55')).toEqual({ stake_after_pct: 55 });
    expect(answer('start_date', '2021年6月，不对，是7月开的工')).toEqual({ start_date: '2021-07-31' });
    expect(said('昆山电子厂 去年主营一千九 哦不对是两千三 财务刚发我的').revenue_last_year).toBe(2300);
    // (Said once, the figure stands.)
    expect(said('昆山电子厂 去年主营一千九').revenue_last_year).toBe(1900);
  });

  it('the figure at 2021’s end is the one said of it; a figure said of now is not it', () => {
    expect(answer('invested_by_2021_end', '到现在一共投了两千')).toEqual({});
    expect(answer('invested_by_2021_end', 'about 12 million so far', 'en')).toEqual({});
    expect(answer('invested_by_2021_end', '截至去年底投了1200万，今年又投了800')).toEqual({
      invested_by_2021_end: 1200,
    });
    expect(answer('invested_by_2021_end', '到现在投了1800 去年底那会儿是1100')).toEqual({ invested_by_2021_end: 1100 });
    expect(answer('invested_by_2021_end', 'roughly 6m by end of 2021, 9m as of now', 'en')).toEqual({
      invested_by_2021_end: 600,
    });
    expect(answer('invested_by_2021_end', '2021年底完成了2600万')).toEqual({ invested_by_2021_end: 2600 });
  });

  it('a part of the answer left open or another measure is asked, never a yes or the figure recorded', () => {
    expect(answer('industrial', '一半做贸易一半自己生产')).toEqual({});
    expect(answer('industrial', '做贸易的')).toEqual({ industrial: false });
    expect(answer('training_all_regions', '苏南苏中有，苏北看报名情况')).toEqual({});
    expect(answer('training_experience', '承接过市工信局的培训项目')).toEqual({});
    expect(answer('training_experience', '有，经验丰富，老师都是高校的，也承接过市工信局的项目')).toEqual({
      training_experience: true,
    });
    expect(answer('stake_after_pct', '70')).toEqual({ stake_after_pct: 70 });
    expect(answer('total_investment', '50 million incl. the new workshop building', 'en')).toEqual({});
    expect(answer('software_investment', 'the total is 30m', 'en')).toEqual({});
    expect(answer('software_investment', '一共300万')).toEqual({ software_investment: 300 });
  });

  it('只做了内部验收 is no cluster and no acceptance; 只为/只做 a cluster is its focus', () => {
    expect(answer('accepted', '只做了公司内部验收，推荐单位还没来')).toEqual({ accepted: false });
    expect(answer('accepted', 'the 推荐单位 inspected it but we have no 验收意见 yet', 'en')).toEqual({
      accepted: false,
    });
    expect(answer('accepted', '推荐单位验收了，意见出了')).toEqual({ accepted: true });
    expect(said('我们是集群促进机构，只为新能源汽车集群服务').cluster_focus).toBe(true);
    expect(said('集群促进机构 协会 只做新能源汽车集群').cluster_focus).toBe(true);
  });

  it('part of a month stays as documented: 月初 the 1st, 中旬 asked (build periods are counted to the day: 5.1.1.2, 2.2.2)', () => {
    expect(step(pendingOn('start_date'), '2021年3月初').state.profile.start_date).toBe('2021-03-01');
    expect(step(pendingOn('start_date'), '2021年3月中旬').state.profile.start_date).toBeUndefined();
  });
});

describe('review of the thirteenth round', () => {
  const answer = (slot: string, text: string, locale: 'en' | 'zh-CN' = 'zh-CN') =>
    step({ ...pendingOn(slot), locale }, text).state.profile;

  it('a date given as the value of a change command is kept; only a year naming the fact is no value', () => {
    expect(parseCommand('修改完工日期为2023年底')).toBeUndefined();
    expect(parseCommand('change the start date to June 2021')).toEqual({
      kind: 'set',
      fact: 'start_date',
      text: 'june 2021',
    });
    expect(answer('start_date', '2021年12月，不对，是1月')).toEqual({});
  });

  it('the figure at completion: never another measure’s, a growth or a figure without its unit', () => {
    expect(answer('identifier_resolutions_yi', '目前注册量1.2亿，计划完成时注册量2亿，解析量1.5亿')).toEqual({
      identifier_resolutions_yi: 1.5,
    });
    expect(answer('identifier_registrations_yi', '现在1.6亿，预计增长50%').identifier_registrations_yi).not.toBe(50);
    expect(answer('identifier_registrations_yi', '目前1.8亿，明年再增加5000万').identifier_registrations_yi).not.toBe(
      0.5,
    );
    expect(
      answer('identifier_registrations_yi', '现在1.5亿左右，明年底预计翻一番').identifier_registrations_yi,
    ).not.toBe(1);
    // (A now said of another measure, or of nothing figured, leaves the answer: second review.)
    expect(answer('identifier_registrations_yi', '注册量2.5亿，解析量1.2亿，接入企业已经1200家了')).toMatchObject({
      identifier_registrations_yi: 2.5,
    });
    expect(answer('identifier_resolutions_yi', '解析量1.5亿，目前已经有1亿了')).toEqual({
      identifier_resolutions_yi: 1.5,
    });
  });

  it('the figure at 2021’s end: a share or a count of machines is no amount; the amount beside it is', () => {
    expect(answer('invested_by_2021_end', '去年底完成了60%，今年到现在80%')).toEqual({});
    expect(answer('invested_by_2021_end', '去年底投了12台设备约1200万，今年又投了800万')).toEqual({
      invested_by_2021_end: 1200,
    });
    expect(answer('invested_by_2021_end', '截至去年底完成投资的一半，现在投了1800万')).toEqual({});
  });

  it('不自产 is not industrial; a counterpart said of another thing (兼职, 总共) leaves the count; 现在 gives the stake', () => {
    expect(said('我们公司不自产，都是OEM代工，想看看技改能不能报').industrial).not.toBe(true);
    expect(answer('industrial', '我们不自己生产，都是外包给代工厂')).toEqual({ industrial: false });
    expect(answer('min_class_size', '每班最少50人，总共1000人')).toEqual({ min_class_size: 50 });
    expect(answer('service_team_size', '专职15人，兼职5人')).toEqual({ service_team_size: 15 });
    expect(answer('long_classes', '8 courses of 4 days', 'en')).toEqual({ long_classes: 8 });
    expect(answer('stake_after_pct', '之前0，现在100%')).toEqual({ stake_after_pct: 100 });
    expect(answer('stake_after_pct', '之前持股30，这次又收了40，现在70')).toEqual({ stake_after_pct: 70 });
    // (Second review: a count or a month after 收购后 is no stake; 之前没有持股 has no figure of before.)
    expect(answer('stake_after_pct', '之前没有持股，收购后3个月内完成工商变更，持股80%')).toMatchObject({
      stake_after_pct: 80,
    });
    expect(answer('stake_after_pct', '原来的大股东持股60%，收购后我们持有60%')).toEqual({ stake_after_pct: 60 });
    expect(answer('smes_served_2021', '2021年服务了300家，今年计划服务500家')).toEqual({ smes_served_2021: 300 });
    expect(answer('service_team_size', '专职15人，还要再招5人')).toEqual({ service_team_size: 15 });
    expect(answer('software_investment', 'a total of 5m', 'en')).toEqual({ software_investment: 500 });
    expect(answer('industrial', '我们做贸易，货是上游厂家自己生产的')).toEqual({ industrial: false });
  });

  it('a park or an association saying it is no enterprise is screened; a new line is part of the total', () => {
    expect(step(undefined, '我们是开发区管委会，不是企业申报，想看看先导区能不能报').state.phase).toBe('asking');
    expect(answer('total_investment', '30 million including the new production line', 'en')).toEqual({
      total_investment: 3000,
    });
    expect(answer('total_investment', '30 million excluding the new workshop building', 'en')).toEqual({
      total_investment: 3000,
    });
    expect(answer('fiveg_direction', '不是5G项目')).toEqual({ fiveg_direction: false });
    expect(answer('merger_completed_2021', '没有兼并重组项目')).toEqual({ merger_completed_2021: false });
  });
});

describe('parts said as a sum (thirteenth round)', () => {
  const answer = (slot: string, text: string, locale: 'en' | 'zh-CN' = 'zh-CN') =>
    step({ ...pendingOn(slot), locale }, text).state.profile;

  it('parts joined by 加 or plus answer with their sum; a part named as the slot’s own beside another is asked', () => {
    expect(answer('fixed_asset_loan', '固贷两笔，1500加800')).toEqual({ fixed_asset_loan: 2300 });
    expect(answer('taxes_paid_last_year', '增值税三百加所得税一百五，一共就这两块')).toEqual({
      taxes_paid_last_year: 450,
    });
    expect(answer('total_investment', 'equipment 20m plus software 5m, so 25m total', 'en').total_investment).toBe(
      2500,
    );
    expect(answer('software_investment', '设备两千加软件五百')).toEqual({});
    expect(answer('software_investment', '软件三百加系统集成一百')).toEqual({ software_investment: 400 });
    expect(answer('rd_investment', 'R&D about 28m, plus 5m for a new office building', 'en')).toEqual({});
    // (Not a sum: a growth, tax, civil works, interest, working capital, another year, plus or minus — second review.)
    expect(answer('revenue_last_year', '2000万，比前年增加了300万')).toEqual({ revenue_last_year: 2000 });
    expect(answer('total_investment', '设备3000加土建1000')).toEqual({});
    expect(answer('fixed_asset_loan', '本金1500加利息60')).toEqual({});
    expect(answer('fixed_asset_loan', '1500万，再加800万流贷')).toEqual({});
    expect(answer('invested_by_2021_end', '去年1500加今年800')).toEqual({});
    expect(answer('total_investment', 'about 30m, plus or minus 2m', 'en')).toEqual({});
    // (A total said after the parts must be their sum.)
    expect(answer('total_investment', '设备2000万加软件500万合计2600万').total_investment).toBeUndefined();
  });
});

describe('play-test 38 (thirteenth round)', () => {
  const answer = (slot: string, text: string, locale: 'en' | 'zh-CN' = 'zh-CN') =>
    step({ ...pendingOn(slot), locale }, text).state.profile;

  it('a year in the fact’s name is no value: change invested by end-2021 asks it again', () => {
    expect(parseCommand('change invested by end-2021')).toEqual({ kind: 'edit', fact: 'invested_by_2021_end' });
    expect(parseCommand('change invested by end-2021 to 920万')).toEqual({
      kind: 'set',
      fact: 'invested_by_2021_end',
      text: '920万',
    });
    const t = step(
      { ...pendingOn('completion_date', { invested_by_2021_end: 800 }), locale: 'en' },
      'change invested by end-2021',
    );
    expect(t.state.profile.invested_by_2021_end).not.toBe(2021);
  });

  it('16 classes of 60 is no count of 16 trainees; 960 people said with a figure of another fact is', () => {
    expect(answer('planned_trainees', '16 classes of 60, so 960', 'en')).toEqual({});
    expect(
      answer('planned_trainees', 'plan is 16 classes, 60 people each, 960 in total', 'en').planned_trainees,
    ).not.toBe(16);
    expect(answer('planned_trainees', '计划16个班，每班60人，一共960人').planned_trainees).toBe(960);
    expect(answer('long_classes', '8 classes', 'en')).toEqual({ long_classes: 8 });
  });

  it('two counts in the same unit (3场 then 4场) are asked; the total said of them answers', () => {
    expect(answer('identifier_promotion_events', '推广活动去年就搞了3场 今年再搞4场')).toEqual({});
    expect(answer('identifier_promotion_events', '已经办了3场，下半年再办3场，一共6场')).toEqual({
      identifier_promotion_events: 6,
    });
  });

  it('to a figure at completion, the one said of then is taken, never the one of now', () => {
    expect(answer('identifier_registrations_yi', '现在1.6个亿 到明年6月能到2.5亿')).toEqual({
      identifier_registrations_yi: 2.5,
    });
    expect(answer('identifier_resolutions_yi', '解析量现在8000万 明年能过1.2亿')).toEqual({
      identifier_resolutions_yi: 1.2,
    });
    expect(
      answer('identifier_registrations_yi', 'currently 160 million, expected 250 million by mid-2023', 'en'),
    ).toEqual({ identifier_registrations_yi: 2.5 });
    // (250 million to a count in 亿 is 2.5亿, never 250.)
    expect(answer('identifier_registrations_yi', '250 million', 'en')).toEqual({ identifier_registrations_yi: 2.5 });
    expect(answer('identifier_resolutions_yi', '现在0.8亿')).toEqual({ identifier_resolutions_yi: 0.8 });
  });

  it('企业 in a rule question is no applicant told; 公司的贷款… asked by the firm still is', () => {
    expect(said('技改贴息 企业贷款利率比LPR高的 按哪个算')).toEqual({});
    expect(said('公司的贷款是外地银行放的，技改贴息能报吗').applicant_kind).toBe('enterprise');
    expect(said('我们是企业，想问下技改贴息能不能申请')).toEqual({ applicant_kind: 'enterprise' });
    // (区工信局的 辖区有个企业…: the enterprise spoken for is still told, see play-test 21.)
  });

  it('还并了一家浙江的厂: the deal’s target is neither the applicant’s place nor its trade; the merger is screened too', () => {
    const t = step(undefined, '去年刚评上省专精特新小巨人 还并了一家浙江的厂 这两个能报吗');
    expect(t.state.profile.in_jiangsu).toBeUndefined();
    expect(t.state.profile.industrial).toBeUndefined();
    expect(t.state.focus).toEqual(expect.arrayContaining(['merger', 'little-giant']));
  });

  it('a rough figure with 来 or 几 followed by the exact one inside its range is the exact one (play-test 38 s01)', () => {
    expect(said('备案是三千来万 具体3200 贷了两千五')).toMatchObject({
      total_investment: 3200,
      fixed_asset_loan: 2500,
    });
    expect(answer('loan_interest_paid_2021', '利息去年付了大概九十几万 96万吧')).toEqual({
      loan_interest_paid_2021: 96,
    });
    expect(answer('total_investment', '三千来万 具体3200')).toEqual({ total_investment: 3200 });
    // (Outside the rough range it is no settling: asked.)
    expect(answer('loan_interest_paid_2021', '九十几万 120万吧')).toEqual({});
  });

  it('by year end in a message about 2021 is the figure at 2021’s end', () => {
    expect(
      said('We are in Suzhou. Construction started in 2021 and by year end we had invested 9.2 million in total', 'en'),
    ).toMatchObject({ invested_by_2021_end: 920 });
    expect(
      said('We are in Suzhou, by year end we will have invested 9.2 million in total', 'en').invested_by_2021_end,
    ).toBeUndefined();
  });

  it('去年8月收的 is a merger in 2021, 今年3月收的 none', () => {
    const p = answer(
      'merger_completed_2021',
      '去年8月收的嘉兴那家70% 工商变更8月底办完了 一共付了6500 现金4000 剩下换股',
    );
    expect(p).toMatchObject({ merger_completed_2021: true, acquisition_date: '2021-08-31', acquisition_cash: 4000 });
    expect(answer('merger_completed_2021', '今年3月收的')).toEqual({ merger_completed_2021: false });
  });

  it('就问几个政策口径 starts no screening and is not answered as a question itself', () => {
    const t = step(undefined, '我是泰州市工信局的 不是企业申报 就问几个政策口径');
    expect(t.state.phase).toBe('idle');
    expect(t.replies.map((r) => r.text).join('\n')).not.toContain('指南中没有对这个问题作出规定');
  });
});

describe('fourteenth round (tune-zi and play-test 39)', () => {
  const answer = (slot: string, text: string, locale: 'en' | 'zh-CN' = 'zh-CN', profile: DialogState['profile'] = {}) =>
    step({ ...pendingOn(slot, profile), locale }, text).state.profile;

  it('a share of the works done is no completed project; 100% done is', () => {
    expect(answer('stage', 'we have finished 70% of it', 'en')).toEqual({});
    expect(answer('stage', '60% done', 'en')).toEqual({ stage: 'under_construction' });
    expect(answer('stage', '100% done', 'en')).toEqual({ stage: 'completed' });
    expect(answer('stage', 'finished', 'en')).toEqual({ stage: 'completed' });
  });

  it('approvals still waited for are not complete, whatever else is done', () => {
    expect(answer('approvals_complete', 'still waiting on the EIA, filing and energy review are done', 'en')).toEqual({
      approvals_complete: false,
    });
    expect(answer('approvals_complete', '还在等环评 备案能评都好了')).toEqual({ approvals_complete: false });
    expect(answer('approvals_complete', '备案环评能评都办好了')).toEqual({ approvals_complete: true });
  });

  it('跳过 after a reason or a pointer is a skip, never a yes', () => {
    expect(answer('approvals_complete', '这个跳过')).toEqual({});
    expect(answer('approvals_complete', '先跳过')).toEqual({});
    expect(answer('approvals_complete', '我们没有贷款技改项目 这个跳过')).toEqual({ fixed_asset_loan: 0 });
    expect(answer('equipment_bought_with_loan', '买过了')).toEqual({ equipment_bought_with_loan: true });
  });

  it('a figure after an English month is its day or year, not money', () => {
    expect(answer('total_investment', 'finished in nov 21', 'en')).toEqual({});
    expect(answer('total_investment', 'may 2021 we invested 30 million', 'en')).toEqual({ total_investment: 3000 });
    expect(answer('total_investment', '30 million', 'en')).toEqual({ total_investment: 3000 });
  });

  it('all of it, to what was invested by 2021’s end, is the total on record; with no total it is asked', () => {
    const total = { total_investment: 3200 };
    expect(answer('invested_by_2021_end', '全部投完了', 'zh-CN', total).invested_by_2021_end).toBe(3200);
    expect(answer('invested_by_2021_end', 'all of it, it was finished in nov 21 remember', 'en', total)).toEqual({
      total_investment: 3200,
      invested_by_2021_end: 3200,
    });
    expect(answer('invested_by_2021_end', '全部投完了')).toEqual({});
    expect(answer('invested_by_2021_end', '全投了一半', 'zh-CN', total)).toEqual(total);
    expect(answer('invested_by_2021_end', '都投了2000', 'zh-CN', total).invested_by_2021_end).toBe(2000);
  });

  it('equipment plus software said as one figure is no software figure', () => {
    expect(
      answer(
        'total_investment',
        'filed total is 4800w including the new building, the equipment+software part without tax is around 3200w',
        'en',
      ),
    ).toEqual({});
  });

  it('一年 before what is done in a year is per year, no duration', () => {
    expect(
      answer('training_years', '18年成立的 一直在做培训 一年培训大概七八百人次 注册资金1000万').training_years,
    ).toBe(undefined);
    expect(answer('training_years', '一年培训七八百人次')).toEqual({});
    expect(answer('training_years', '做了一年')).toEqual({ training_years: 1 });
  });

  it('the figure a change starts from is an earlier year’s, not last year’s', () => {
    expect(answer('revenue_growth_3y_avg_pct', '19年到21年 营收从1个亿涨到1.4个亿').revenue_last_year).toBe(undefined);
    expect(answer('revenue_growth_3y_avg_pct', 'revenue grew from 100 million to 140 million', 'en')).toEqual({});
    expect(answer('revenue_last_year', '从去年的3000万')).toEqual({ revenue_last_year: 3000 });
  });

  it('前年开的工 计划23年6月完成: the finish is the completion, not the start', () => {
    const p = said('常熟 纺织 规上 在搞5G全连接工厂 项目总投资2600万 截止去年底投了600来万 前年开的工 计划23年6月完成');
    expect(p.completion_date).toBe('2023-06-30');
    expect(p.start_date).toBe(undefined);
    // (A deal's word before the date keeps it.)
    expect(said('收购 去年8月完成').acquisition_date).toBe('2021-08-31');
  });

  it('invested by 31 Dec 2021 beside a total budget is what was invested by then; a tourism platform is no SME platform', () => {
    const p = said(
      'We are a software company in Nanjing building a smart tourism public service platform for the city. Total budget 5.8 million yuan, invested 1.5 million by 31 Dec 2021, expected to finish March 2023.',
      'en',
    );
    expect(p.total_investment).toBe(580);
    expect(p.invested_by_2021_end).toBe(150);
    expect(p.platform_investment_2021).toBe(undefined);
  });

  it('review of the fourteenth round: the new rules leave answers they do not fit alone', () => {
    // (跳过 pointing at other questions skips nothing of the answer given.)
    expect(answer('fixed_asset_loan', '贷款两千万 利息那个跳过')).toEqual({ fixed_asset_loan: 2000 });
    expect(answer('approvals_complete', '手续都齐了 这个不用跳过')).toEqual({ approvals_complete: true });
    // (Waiting for something else than the approvals, or waiting in the past.)
    expect(
      answer('approvals_complete', 'all approvals obtained, waiting for approval of our subsidy now', 'en'),
    ).toEqual({
      approvals_complete: true,
    });
    expect(answer('approvals_complete', '在等备案的时候就开工了，现在都齐了')).toEqual({ approvals_complete: true });
    // (Words that start like a month, and money after a month.)
    expect(answer('total_investment', 'declared 4800', 'en')).toEqual({ total_investment: 4800 });
    expect(answer('invested_by_2021_end', 'by end of Dec roughly 1500', 'en')).toEqual({ invested_by_2021_end: 1500 });
    // (All of it taken back by the rest of the message.)
    const total = { total_investment: 3200 };
    for (const [text, locale] of [
      ['all in 2022, nothing by end of 2021', 'en'],
      ['全部，不过都是今年投的', 'zh-CN'],
      ['投完了 22年4月', 'zh-CN'],
      ['都投了 但有一半是22年投的', 'zh-CN'],
    ] as const)
      expect(answer('invested_by_2021_end', text, locale, total)).toEqual(total);
    // (一年 then a pause is a duration.)
    expect(answer('loan_term_years', '一年 大概3.85的利率').loan_term_years).toBe(1);
    expect(answer('training_years', '做了一年 有三百多人次')).toEqual({ training_years: 1 });
    // (A start word with an object of its own: 开工手续 finished is no completion.)
    expect(said('总投资3000万 开工手续21年6月完成 今年12月完工').stage).not.toBe('completed');
    // (Not parts of one sum: a total among them, a credit line, main and other revenue, cash and shares, a working-capital
    // loan, tax withheld.)
    expect(answer('fixed_asset_loan', '两笔，总额两千一，建行一千二').fixed_asset_loan).not.toBe(3300);
    expect(answer('revenue_last_year', '营业收入五千 主营业务四千五 其他五百').revenue_last_year).not.toBe(5000);
    expect(answer('acquisition_cash', '两笔 现金三千 股权两千').acquisition_cash).not.toBe(5000);
    expect(answer('fixed_asset_loan', '两笔 固贷1200 流动900').fixed_asset_loan).not.toBe(2100);
    expect(answer('fixed_asset_loan', '贷款额度三千 实际提了两千 还有一千没提').fixed_asset_loan).not.toBe(3000);
    expect(answer('taxes_paid_last_year', '增值税三百 所得税一百五 个税代扣五十 合计五百')).toEqual({});
  });

  it('keep the old one, to "change it?", keeps it: never read as the answer to a question not shown', () => {
    const asked: DialogState = {
      ...pendingOn('acquisition_registered', { acquisition_date: '2021-08-31' }),
      locale: 'en',
    };
    const first = step(asked, 'yes, done in Sept 2021, I told you');
    expect(first.state.confirm).toEqual({ fact: 'acquisition_date', value: '2021-09-30', dayAssumed: true });
    const kept = step(first.state, "doesn't matter, both 2021. keep august");
    // (The value named after keep says which stays: the old month keeps it, the new month changes it.)
    expect(step(first.state, 'keep september').state.profile.acquisition_date).toBe('2021-09-30');
    expect(step(first.state, 'keep the old one').state.profile.acquisition_date).toBe('2021-08-31');
    expect(kept.state.confirm).toBe(null);
    expect(kept.state.profile.acquisition_date).toBe('2021-08-31');
    expect(kept.state.profile.acquisition_lawful).toBe(undefined);
    const changed = step(first.state, 'use the new one');
    expect(changed.state.profile.acquisition_date).toBe('2021-09-30');
    const zh = step(
      step(pendingOn('acquisition_registered', { acquisition_date: '2021-08-31' }), '办好了 21年9月办完的').state,
      '还是按原来的',
    );
    expect(zh.state.profile.acquisition_date).toBe('2021-08-31');
  });

  it('a single champion said in passing is kept for the recognitions question', () => {
    const turn = step(undefined, '我们一个产品去年底也被工信部认定单项冠军产品了 这个有奖励吗');
    expect(turn.state.mentionedCerts).toContain('single-champion-2021');
    expect(step(undefined, '我们没有单项冠军').state.mentionedCerts ?? []).not.toContain('single-champion-2021');
  });

  it('parts listed whose sum the message vouches for answer with it; parts that miss the total said are asked', () => {
    expect(answer('taxes_paid_last_year', '增值税三百 所得税一百五 合计四百五')).toEqual({ taxes_paid_last_year: 450 });
    // (Software parts may mix hardware in — MES三百 AGV八百 一共一千二 — so they are not summed: asked.)
    expect(answer('software_investment', 'MES三百二 云平台八十 加起来正好四百')).toEqual({});
    expect(answer('software_investment', 'MES三百 WMS一百 AGV八百 一共一千二')).toEqual({});
    // (A count of parts said vouches for nothing: 两笔 批了三千 放款两千.)
    expect(answer('fixed_asset_loan', '带款是两笔 建行一千二 农行九百')).toEqual({});
    expect(answer('fixed_asset_loan', '两笔 批了三千 放款两千')).toEqual({});
    expect(answer('total_investment', '两块 备案3000 实际3500')).toEqual({});
    expect(
      answer('total_investment', '设备三千一 软件系统五百 咨询设计一百来万 就这三块 土建没算进去').total_investment,
    ).toBe(undefined);
    expect(answer('rd_investment', '研发投入三千二 设备一千五 人工一千 材料七百')).toEqual({ rd_investment: 3200 });
    // (The slot's own part beside others is one part; parts that do not make the total said are asked.)
    expect(answer('software_investment', '软件五百 设备两千 合计两千五')).toEqual({});
    expect(answer('total_investment', '设备两千 软件五百 合计三千').total_investment).toBe(undefined);
    // (第二笔…第一笔 are two deals, not two parts of one.)
    expect(
      answer('acquisition_2_amount', '第二笔是收购无锡一家公司，出资4000万；第一笔是6000万').acquisition_2_amount,
    ).not.toBe(10000);
    // (Other periods are not added: 去年一千二 今年八百.)
    expect(answer('equipment_invoice_2021', '去年开的票一千二 今年又开了八百').equipment_invoice_2021).not.toBe(2000);
  });
});

describe('fifteenth round (tune-zj and play-test 40)', () => {
  const answer = (slot: string, text: string, locale: 'en' | 'zh-CN' = 'zh-CN', profile: DialogState['profile'] = {}) =>
    step({ ...pendingOn(slot, profile), locale }, text).state.profile;

  it('a figure after 占 and an amount’s word is a share, not the amount', () => {
    expect(said('我们是21年新认定的省专精特新小巨人 研发投入三年平均占营收4.5 去年实缴税金五百万').revenue_3y_avg).toBe(
      undefined,
    );
    expect(said('研发投入占营收4.5%').rd_ratio_3y_avg_pct).toBe(4.5);
    expect(said('营收两个亿').revenue_last_year).toBe(20000);
  });

  it('含税 after a total, then a date, is the total’s basis', () => {
    const profile = said('无锡 做食品供应链区块链溯源平台 总投资1200万含税 21年12月上线的');
    expect(profile.total_investment).toBe(undefined);
    expect(profile.completion_date).toBe('2021-12-31');
    expect(said('总投资1200万不含税 21年12月上线的').total_investment).toBe(1200);
  });

  it('部份 is 部分: a part bought is no yes', () => {
    expect(answer('equipment_bought_with_loan', '买了一部份 还有一半设备没到货')).toEqual({});
    expect(answer('equipment_bought_with_loan', '买了')).toEqual({ equipment_bought_with_loan: true });
  });

  it('a part left out of a bare figure makes it no answer', () => {
    expect(answer('software_investment', '软件和系统集成380 云那块还没统计')).toEqual({});
    expect(answer('software_investment', '软件和系统集成380')).toEqual({ software_investment: 380 });
  });

  it('a yes said of another year is no yes to a question about 2021', () => {
    expect(answer('more_acquisitions_3', '有 第四个是22年1月才办完的')).toEqual({});
    expect(answer('more_acquisitions_3', '有 也是21年完成的')).toEqual({ more_acquisitions_3: true });
  });

  it('规上 served is not the applicant’s scale; 服务商 is an enterprise', () => {
    const profile = said('我们是苏州一家做智改数转咨询的服务商 听说政府买服务给规上企业做免费诊断 我们怎么参与');
    expect(profile.above_scale).toBe(undefined);
    expect(profile.industrial).toBe(undefined);
    expect(profile.applicant_kind).toBe('enterprise');
    expect(said('我们是常州的规上企业 做技改').above_scale).toBe(true);
  });

  it('this year’s invoices beside 2021’s are not a second part of them', () => {
    expect(answer('equipment_invoice_2021', '去年开的发票一千二 今年又开了八百')).toEqual({
      equipment_invoice_2021: 1200,
    });
    expect(answer('equipment_invoice_2021', '发票一千二 另外还有八百')).toEqual({});
  });

  it('a denied recognition and nothing else is none; a denied one alone is asked', () => {
    expect(answer('certifications', '小巨人去年报了没评上 别的也没有')).toEqual({ certifications: [] });
    expect(answer('certifications', '报过小巨人但没评上')).toEqual({});
    expect(answer('certifications', '单项冠军没评上 有个省级工业设计中心')).toEqual({
      certifications: ['industrial-design-center'],
    });
  });

  it('还不是 with a figure after it is a no', () => {
    expect(answer('above_scale', '还不是 营收一千五')).toEqual({ above_scale: false, revenue_last_year: 1500 });
  });

  it('a program named before a question is what it asks about, not a statement (play-test 40 s10)', () => {
    const state = afterVerdict({ applicant_kind: 'city_bureau' }, ['merger']);
    const turn = step(state, '省级制造业创新中心 建设期2年的话总投入要多少');
    const text = turn.replies.map((r) => r.text).join('\n');
    expect(text).toContain('5.1.1.2');
    expect(text).not.toContain('3.1.1.1');
    expect(turn.state.profile).toEqual({ applicant_kind: 'city_bureau' });
  });

  it('another project’s program is screened without this project’s figures (play-test 40 s04)', () => {
    const lab = say([
      '/start',
      '你好 我是南京一所高校的实验室主任 想跟合作企业一起申报信创实验室 我们学校能当申报单位吗',
      '那按企业来报吧 牵头的是南京一家做国产操作系统适配的软件公司 是省里认定的骨干信创企业',
      '是',
      '还有省工信厅的区块链企业库 也在里面',
      '对啊 就建在我们学校 合作协议签了5年 建设期22年1月到23年12月 两年建设总投入1500万',
    ]).state;
    expect(lab.profile.completion_date).toBe('2023-12-31');
    const turn = step({ ...lab, pending: null, verdictShown: true }, '帮我筛一下数据产品化 是另外一个项目');
    const text = turn.replies.map((r) => r.text).join('\n');
    expect(text).toContain('另外一个项目');
    expect(text).not.toContain('❌');
    expect(turn.state.profile.completion_date).toBe(undefined);
    expect(turn.state.profile.total_investment).toBe(undefined);
    // (The recognitions list answered for the lab is asked again for the project, the enterprise's ones named.)
    expect(turn.state.profile.certifications).toBe(undefined);
    expect(turn.state.mentionedCerts).toEqual(expect.arrayContaining(['xinchuang-backbone', 'cloud-bigdata-registry']));
    expect(turn.state.profile.applicant_kind).toBe(lab.profile.applicant_kind);
    // (Without 另外一个项目 the program joins this project's screening.)
    const same = step({ ...lab, pending: null, verdictShown: true }, '帮我筛一下数据产品化');
    expect(same.state.profile.completion_date).toBe('2023-12-31');
  });

  it('a program asked for too, with project figures on record, asks whether it is the same project (play-test 40 s08)', () => {
    const zone = afterVerdict({ applicant_kind: 'park', total_investment: 15000, completion_date: '2023-06-30' }, [
      'xinchuang',
    ]);
    const asked = step(zone, '请帮我按重大展会项目筛查一下，展会总投入1800万元。');
    expect(asked.state.pending).toBe('same_project');
    expect(asked.replies.map((r) => r.text).join('\n')).toContain('15000万元');
    expect(asked.state.profile.total_investment).toBe(15000);
    const other = step(asked.state, '不是，是另外一个项目');
    expect(other.state.profile).toMatchObject({ applicant_kind: 'park', total_investment: 1800 });
    expect(other.state.profile.completion_date).toBeUndefined();
    expect(other.state.adding ?? null).toBe(null);
    // (The same project keeps its figures; the new one is confirmed before it replaces the old.)
    const same = step(asked.state, '是同一个项目');
    expect(same.state.profile.total_investment).toBe(15000);
    expect(same.state.confirm).toMatchObject({ fact: 'total_investment', value: 1800 });
  });

  it('a smart factory being built is the project, not the list (play-test 40 s02)', () => {
    const building = step(undefined, "we're building a 5G smart factory, 5G全连接工厂 basically", { locale: 'en' });
    expect(building.state.mentionedCerts ?? []).not.toContain('smart-factory-list');
    expect(building.state.profile.certifications).toBeUndefined();
    expect(step(undefined, '我们是省级智能制造示范工厂 在建设5G').state.mentionedCerts).toContain('smart-factory-list');
  });

  it('the guide’s line asked back is no new value (play-test 40 s05)', () => {
    const state = afterVerdict({ registered_capital: 100, applicant_kind: 'nonprofit' }, ['talent-training']);
    const turn = step(state, 'btw 注册资金不是要500万吗 我们才100w 为什么还符合');
    expect(turn.state.confirm ?? null).toBe(null);
    expect(turn.state.profile.registered_capital).toBe(100);
    // (A value said as such is still a change to confirm.)
    expect(step(state, '注册资金是500万').state.confirm).toMatchObject({ fact: 'registered_capital', value: 500 });
  });

  it('a figure pointed back to, and money paid for the project, are no total investment (play-test 40 s02)', () => {
    const state = afterVerdict({ total_investment: 2850, software_investment: 600 }, ['demo'], 'en');
    const turn = step(
      state,
      'does public cloud spend count towards that 400万? we pay 阿里云 around 0.45m for the project',
    );
    expect(turn.state.confirm ?? null).toBe(null);
    expect(turn.state.profile).toMatchObject({ total_investment: 2850, software_investment: 600 });
    expect(said('we spent 30m on the project', 'en').total_investment).toBe(3000);
    expect(said('total investment for the project is 30m', 'en').total_investment).toBe(3000);
  });

  it('review of the fifteenth round: the same project said with other words, the firm’s own 作为规上, figures told beside a question', () => {
    const techLoan = afterVerdict(
      { total_investment: 4000, fixed_asset_loan: 2500, certifications: ['little-giant-2021'] },
      ['tech-loan'],
    );
    const asked = step(techLoan, '也帮我看看绿色化改造');
    expect(asked.state.pending).toBe('same_project');
    for (const same of [
      '是同一个，不是另外的项目',
      '不是另一个，就是这个技改',
      '对，没有其他项目',
      '是的，另外5G专网是今年新上的',
      "it's the same one, not a different project",
    ]) {
      const turn = step(asked.state, same);
      expect(turn.state.profile.total_investment).toBe(4000);
      expect(turn.state.focus).toEqual(['tech-loan', 'green-upgrade']);
    }
    expect(step(asked.state, '不是，是另外一个项目').state.focus).toEqual(['green-upgrade']);
    // (A question asked instead is answered and the question asked again; not understood twice, nothing is added.)
    const question = step(asked.state, '5G那个补多少钱');
    expect(question.state.pending).toBe('same_project');
    expect(question.replies.map((r) => r.text).join('\n')).toContain('1.2.3');
    const once = step(asked.state, '没明白');
    const twice = step(once.state, '还是没明白');
    expect(twice.state.pending).toBe(null);
    expect(twice.state.focus).toEqual(['tech-loan']);
    expect(twice.state.profile.total_investment).toBe(4000);
    expect(step(asked.state, '不知道').state.pending).toBe(null);
    // (作为/成为 规上 is the firm's own scale.)
    expect(said('作为规上企业，我们去年营收8000万，想报技改贴息').above_scale).toBe(true);
    expect(said('去年刚成为规上企业').above_scale).toBe(true);
    // (A figure told before a question about its program is still told.)
    const demo = afterVerdict({ total_investment: 3000, software_investment: 300 }, ['demo']);
    expect(step(demo, '5G项目软件投入600万，这个够不够？').state.confirm).toMatchObject({
      fact: 'software_investment',
      value: 600,
    });
    // (The line asked back leaves the firm's own figure before it.)
    expect(said('南京的软件企业 注册资金1000万不是得500万以上吗 想报人才培养').registered_capital).toBe(1000);
  });

  it('second review of the fifteenth round: another project said outright wins over a yes; other programs are not another project', () => {
    const techLoan = afterVerdict({ total_investment: 4000, fixed_asset_loan: 2500 }, ['tech-loan']);
    const asked = step(techLoan, '也帮我看看绿色化改造').state;
    for (const other of [
      '对，是另外一个项目',
      '是，另一条产线',
      'yes, it’s a separate project',
      '同一个厂区，但是另外一个项目',
    ]) {
      const turn = step(asked, other);
      expect(turn.state.focus).toEqual(['green-upgrade']);
      expect(turn.state.profile.total_investment).toBeUndefined();
    }
    expect(step(asked, '不一样的').state.profile.total_investment).toBe(4000);
    expect(step(asked, '不一样的').state.focus).toEqual(['tech-loan']);
    // (其他项目不用看了 is about programs; 不是同一个 is no 'same'.)
    expect(step(techLoan, '帮我看下绿色化改造，其他项目不用看了').state.pending).toBe('same_project');
    expect(step(techLoan, '帮我看下绿色化改造，不是同一个').state.pending).toBe('same_project');
    // (全部筛查's question: 不知道 screens everything without the figures, never loops.)
    const all = step(techLoan, '全部筛查').state;
    expect(all.pending).toBe('same_project');
    const unknown = step(all, '不知道');
    expect(unknown.state.pending).not.toBe('same_project');
    expect(unknown.state.profile.total_investment).toBeUndefined();
    // (Another period not yet counted is no part left out; an answer before a question is kept.)
    expect(answer('revenue_last_year', '去年主营两千五 今年的还没统计')).toEqual({ revenue_last_year: 2500 });
    expect(answer('certifications', '在省级智能制造示范工厂名单里，别的还有什么要求').certifications).toEqual([
      'smart-factory-list',
    ]);
  });

  it('a bureau’s question about a case records nothing of the bureau (play-test 40 s10)', () => {
    const bureau = say(['/start', '你好 泰州市工信局的 我就问几个政策问题 不做筛查']).state;
    const turn = step(bureau, '兼并重组 同一个集团下面两个子公司之间并购 能报吗');
    expect(turn.replies.map((r) => r.text).join('\n')).toContain('3.1.1.2');
    expect(turn.state.profile.same_parent).toBe(undefined);
    // (From someone not known to be a bureau, the case is taken as the asker's own.)
    const firm = step(undefined, '兼并重组 同一个集团下面两个子公司之间并购 能报吗');
    expect(firm.state.profile.same_parent).toBe(true);
  });
});

describe('sixteenth round (tune-zk and play-test 41)', () => {
  const answer = (slot: string, text: string, locale: 'en' | 'zh-CN' = 'zh-CN', profile: DialogState['profile'] = {}) =>
    step({ ...pendingOn(slot, profile), locale }, text).state.profile;

  it('a yearly figure is the yearly count asked', () => {
    expect(answer('trainees_3y_avg', 'around 1,300 a year', 'en')).toEqual({ trainees_3y_avg: 1300 });
    expect(answer('trainees_3y_avg', '1300 per year', 'en')).toEqual({ trainees_3y_avg: 1300 });
    expect(answer('loan_term_years', 'a year', 'en')).not.toEqual({ loan_term_years: 0 });
  });

  it('a count’s word that is part of the pending count’s name is the pending count’s', () => {
    expect(answer('identifier_promotion_events', 'five events planned', 'en')).toEqual({
      identifier_promotion_events: 5,
    });
    expect(answer('public_events_2021', '5 events', 'en')).toEqual({ public_events_2021: 5 });
  });

  it('not decided is the no of a question that asks whether it is decided', () => {
    expect(answer('xinchuang_zone_operator', '运营主体还没定')).toEqual({ xinchuang_zone_operator: false });
    expect(answer('xinchuang_zone_operator', '运营主体已经明确了')).toEqual({ xinchuang_zone_operator: true });
    // Elsewhere 还没定 stays a part not decided: asked.
    expect(answer('approvals_complete', '备案办了 能评还没定')).toEqual({});
    expect(said('江宁经济技术开发区管委会 想报信创先导区 运营主体已经明确了').xinchuang_zone_operator).toBe(true);
    expect(said('南京某经开区 想申报信创先导区 不过运营主体还没定下来').xinchuang_zone_operator).toBe(false);
  });

  it('who awarded a recognition names nothing else', () => {
    expect(answer('certifications', '21年工信部认定的单项冠军，还有21年第一次进中国企业500强')).toEqual({
      certifications: ['single-champion-2021', 'top500-first-2021'],
    });
    expect(answer('certifications', '工信部评的单项冠军是2019年的')).toEqual({});
  });

  it('a year said both ways is the year in figures (明年（2023年）6月底)', () => {
    const profile = said('项目是21年3月开工的，计划明年（2023年）6月底建完');
    expect(profile.completion_date).toBe('2023-06-30');
    expect(profile.start_date).toBe('2021-03-31');
    expect(answer('completion_date', '2023年(明年)6月底')).toEqual({ completion_date: '2023-06-30' });
  });

  it('a year anywhere in the clause of a recognition’s name is said of it', () => {
    const profile = step(undefined, '有家企业是2020年评上的省小巨人，21年没有新认定，能报不').state;
    expect(JSON.stringify(profile)).not.toContain('little-giant-2021');
    expect(step(undefined, '我们是2021年新认定的省专精特新小巨人企业').state.mentionedCerts).toContain(
      'little-giant-2021',
    );
  });

  it('a recognition asked back (哪来的创新中心) is denied, never held', () => {
    expect(answer('certifications', '哪来的创新中心，都没有')).toEqual({ certifications: [] });
    expect(answer('certifications', '我们是市工信局哪来的创新中心，都没有')).not.toEqual({
      certifications: ['provincial-innovation-center'],
    });
  });

  it('trainees paying their lodging is no plain yes to 不收费 (5.5.1.6 excepts only intercity travel)', () => {
    expect(answer('training_free', '学费不收，但是住宿和来回路费让学员自己出')).toEqual({});
    expect(answer('training_free', '不收，来回路费学员自理')).toEqual({ training_free: true });
  });

  it('the fact’s own label then 是/否 is that value (不向学员收费 否)', () => {
    expect(answer('training_free', '不向学员收费 否')).toEqual({ training_free: false });
    expect(answer('training_free', '不向学员收费 是')).toEqual({ training_free: true });
  });

  it('a trainee count with an online part in it is asked (5.5.1.2 counts offline only)', () => {
    expect(answer('trainees_3y_avg', '一年一千五百人次左右，不过里面有三百多是线上直播的')).toEqual({});
    expect(answer('trainees_3y_avg', '每年两千来人次 线上的没算')).toEqual({ trainees_3y_avg: 2000 });
    expect(answer('trainees_3y_avg', '1500人次 不含线上')).toEqual({ trainees_3y_avg: 1500 });
  });

  it('the registration’s date after its own verb answers when the deal was done', () => {
    expect(answer('acquisition_registered', '办完了，就是22年1月10号才办完的')).toEqual({
      acquisition_registered: true,
      acquisition_date: '2022-01-10',
    });
  });

  it('review: a bare recognition asked back (哪来的创新中心) is no recognition held', () => {
    expect(answer('certifications', '哪来的创新中心')).toEqual({});
    expect(answer('certifications', '创新中心')).toEqual({ certifications: ['provincial-innovation-center'] });
  });

  it('review: a count keeps its own cue when the message holds two numbers', () => {
    expect(answer('min_class_size', '60 per class, 900 trainees in total', 'en')).toEqual({
      min_class_size: 60,
      planned_trainees: 900,
    });
  });

  it('review: 工信部评估 is no issuer before a name; another procedure’s date is no deal date', () => {
    expect(answer('certifications', '二级节点通过了工信部评估，还有省级重点工业互联网平台')).toEqual({});
    expect(answer('acquisition_registered', '工商办完了，土地过户22年3月才办完').acquisition_date).toBe(undefined);
    expect(answer('acquisition_registered', '办完了，外汇登记22年3月才办完').acquisition_date).toBe(undefined);
  });

  it('review: a year said two ways that disagree is asked, not settled', () => {
    expect(answer('completion_date', '去年（20年）12月')).toEqual({});
    expect(answer('completion_date', '今年（22）年底')).toEqual({ completion_date: '2022-12-31' });
  });

  it('review: a decision to come is no operator now', () => {
    expect(answer('xinchuang_zone_operator', '下个月就定了')).not.toEqual({ xinchuang_zone_operator: true });
    expect(answer('xinchuang_zone_operator', '定了一半')).not.toEqual({ xinchuang_zone_operator: true });
    expect(said('想报信创先导区 运营主体定了是区属国企').xinchuang_zone_operator).toBe(true);
  });

  it('review: board the organiser pays is still free; online said apart leaves the figure', () => {
    expect(answer('training_free', '全部免费，住宿费也是我们出').training_free).toBe(true);
    expect(answer('training_free', 'Free, hotel covered by us', 'en').training_free).toBe(true);
    expect(answer('training_free', 'free, but trainees pay their own hotel', 'en')).toEqual({});
    expect(answer('trainees_3y_avg', '1300人次，线上培训不计入')).toEqual({ trainees_3y_avg: 1300 });
    expect(answer('trainees_3y_avg', '每年线下1300人次左右，线上另外有几百')).toEqual({ trainees_3y_avg: 1300 });
    expect(answer('trainees_3y_avg', '1300人次左右，报名都是线上报名的')).toEqual({ trainees_3y_avg: 1300 });
    expect(answer('trainees_3y_avg', '年均1500人次（不含线上）')).toEqual({ trainees_3y_avg: 1500 });
  });

  it('review: where goods come from or go is not where the project is', () => {
    expect(
      said("We're a Suzhou maker and imported the main equipment from Germany, smart factory 60 million", 'en')
        .in_jiangsu,
    ).toBe(true);
    expect(said('We export 60% overseas; Wuxi plant, 5G factory', 'en').in_jiangsu).toBe(true);
    expect(said('Suzhou company, our new plant for this project is in Vietnam', 'en').in_jiangsu).not.toBe(true);
    expect(said('Hello from Wuxi. We make motors', 'en').in_jiangsu).toBe(true);
  });

  it('second review: another thing undecided leaves the operator asked; a plan is no 2021 count', () => {
    expect(answer('xinchuang_zone_operator', '定了，就是投资额待定')).toEqual({});
    expect(answer('xinchuang_zone_operator', '主体明确了，就是资金还没定')).toEqual({});
    expect(answer('min_class_size', 'We plan 900 trainees', 'en')).toEqual({ planned_trainees: 900 });
    expect(answer('trainees_3y_avg', '打算培训1200人')).toEqual({ planned_trainees: 1200 });
  });

  it('second review: only the registration’s own clause dates the deal, never a date still to come', () => {
    expect(answer('acquisition_registered', '已经变更了，银行账户22年2月才办完').acquisition_date).toBe(undefined);
    expect(answer('acquisition_registered', '还没办完，预计22年6月能办完')).toEqual({ acquisition_registered: false });
    expect(answer('acquisition_registered', '工商变更22年1月才办完').acquisition_date).toBe('2022-01-31');
  });

  it('second review: 工信部认定的小巨人 is the national one (asked); board denied to trainees is free', () => {
    expect(answer('certifications', '2021年工信部认定的专精特新小巨人')).toEqual({});
    expect(answer('training_free', '免费，食宿不需要学员自付')).toEqual({ training_free: true });
    expect(answer('trainees_3y_avg', '年均1500人次，不包含线上')).toEqual({ trainees_3y_avg: 1500 });
    expect(answer('trainees_3y_avg', '1500 a year, online not included', 'en')).toEqual({ trainees_3y_avg: 1500 });
  });

  it('second review: a market, a subsidiary or an office abroad is not where the project is', () => {
    expect(said("We're a Nanjing firm with a subsidiary in Germany", 'en').in_jiangsu).toBe(true);
    expect(said('We are a Changzhou manufacturer selling mainly to Germany and Japan', 'en').in_jiangsu).toBe(true);
    expect(said('Suzhou company, our new plant for this project is in Vietnam', 'en').in_jiangsu).not.toBe(true);
    expect(answer('loan_from_jiangsu_bank', 'Bank of Jiangsu lent it for the offshore wind project', 'en')).toEqual({
      loan_from_jiangsu_bank: true,
    });
  });

  it('a bank in Hong Kong is outside Jiangsu; an owner’s place is not the applicant’s', () => {
    expect(answer('loan_from_jiangsu_bank', 'HSBC Hong Kong', 'en')).toEqual({ loan_from_jiangsu_bank: false });
    const owned = said('HK-owned dyeing plant in Changzhou, with a Hong Kong parent', 'en');
    expect(owned.in_jiangsu).toBe(true);
    expect(said('Singapore-owned cybersecurity firm in Nanjing', 'en').in_jiangsu).toBe(true);
    expect(said('we are based in Hong Kong', 'en').in_jiangsu).toBe(false);
  });
});

describe('the corpus of real phrasing', () => {
  const pct = (a: number, b: number) => a / b;

  // A reading several authors dispute is kept: a governor's or provincial quality award (省质量奖, 省长质量奖) is not the
  // 2021年全国质量奖 3.3 names, so it counts as none of the list, and the bot says so (the thirty-second round); tune,
  // tune-b, tune-c and held-out took it for the national one.
  it('tune: at least 95 % of answers as meant, none recorded wrongly but the disputed 省质量奖; 90 % of opening facts', () => {
    const f = scoreUnderstanding('tune');
    expect(pct(f.answersAsMeant, f.answers)).toBeGreaterThanOrEqual(0.95);
    expect(f.answersWrong).toBeLessThanOrEqual(1);
    expect(pct(f.openingFactsRecorded, f.openingFacts)).toBeGreaterThanOrEqual(0.9);
    expect(f.openingFactsWrong).toBe(0);
  });

  // One reading tune-b's author disputes is kept: 十几个人 is 10（约）, the floor, as tune, tune-d and tune-e read 十几
  // (every count threshold in the guide is a floor); tune-b asks.
  it('tune-b (a second author): at least 95 % of answers as meant, none recorded wrongly but the disputed 十几 and 省长质量奖', () => {
    const f = scoreUnderstanding('tune-b');
    expect(pct(f.answersAsMeant, f.answers)).toBeGreaterThanOrEqual(0.95);
    expect(f.answersWrong).toBeLessThanOrEqual(2);
  });

  it('tune-c (a third author, openings first): at least 92 % of answers as meant, none wrongly but the disputed 省质量奖', () => {
    const f = scoreUnderstanding('tune-c');
    expect(pct(f.answersAsMeant, f.answers)).toBeGreaterThanOrEqual(0.92);
    expect(f.answersWrong).toBeLessThanOrEqual(1);
    expect(pct(f.openingFactsRecorded, f.openingFacts)).toBeGreaterThanOrEqual(0.88);
  });

  it('tune-d (a fourth author: voice-to-text, pinyin typos, chat shorthand): at least 93 % as meant', () => {
    const f = scoreUnderstanding('tune-d');
    expect(pct(f.answersAsMeant, f.answers)).toBeGreaterThanOrEqual(0.93);
    expect(f.answersWrong).toBeLessThanOrEqual(5);
    expect(pct(f.openingFactsRecorded, f.openingFacts)).toBeGreaterThanOrEqual(0.86);
  });

  it('held-out (never tuned on): no worse than when last measured', () => {
    const f = scoreUnderstanding('heldout');
    // One answer read right only by a 'no' inside another word was lost when that was mended (play-test 6).
    expect(pct(f.answersAsMeant, f.answers)).toBeGreaterThanOrEqual(0.944);
    expect(f.answersWrong).toBeLessThanOrEqual(2);
    expect(pct(f.openingFactsRecorded, f.openingFacts)).toBeGreaterThanOrEqual(0.916);
  });

  // Later authors' corpora, each written blind (no code, no earlier set) and scored once before anything was tuned on
  // it; the tune-x ones were tuned on after that, the held-out ones never (totals only). Each row is a floor: no fewer
  // answers as meant and opening facts recorded, no more recorded wrongly, than when last measured. First runs:
  // tune-e 85.8 % / 11 / 69.9 %, held-out 2 87.5 % / 8 / 76.9 %, tune-f 91.3 % / 7 / 81.6 %, tune-g 90.0 % / 5 / 72.3 %,
  // held-out 3 90.9 % / 5 / 81.6 %, tune-h 92.5 % / 1 / 71.1 %, held-out 4 92.7 % / 3 / 78.1 %, tune-i 91.8 % / 1 /
  // 74.7 % with 5 opening facts recorded wrongly, tune-j 88.9 % / 6 / 89.1 %, held-out 5 (blind, scored once at the end
  // of the 2026-11-29 round) 95.5 % / 5 / 87.2 % with 5 opening facts wrongly, tune-k 92.5 % / 4 / 77.9 % with 5
  // opening facts wrongly, tune-l 76.7 % / 11 / 84.2 % with 1, held-out 6 (blind, scored once at the very end of that
  // round) 90.9 % / 10 / 85.8 % with 5, tune-m 90.0 % / 2 / 87.8 % with 4, tune-n 84.5 % / 9 / 69.7 % with 4, tune-o 77.0 % / 15 / 78.2 % with 1, held-out 7 (blind, scored once mid-way
  // through the second 2026-11-29 round) 90.9 % / 5 / 88.5 % with 1, held-out 8 (blind, scored once at the end of that
  // round) 90.0 % / 6 / 86.0 % with 2, held-out 9 (written at the end of that round, scored once last) 95.0 % / 2 /
  // 87.5 % with 1, tune-p (third 2026-11-29 round, first run) 93.0 % / 4 / 86.2 % with 0, tune-q (openings of every
  // program family, first run) 93.8 % / 1 / 79.7 % with 7, tune-r (first run, not tuned on) 88.8 % / 9 / 90.2 % with 4,
  // held-out 10 (blind, written at the start of the third round, scored once last) 92.3 % / 7 / 87.2 % with 1,
  // tune-s (fourth round, first run) 87.5 % / 7 / 84.5 % with 1, tune-t (first run) 86.3 % / 4 / 84.5 % with 3, tune-u
  // (ordinary traffic, first run) 98.1 % / 1 / 93.9 % with 0, held-out 12 (blind, written at the start of the fourth
  // round, scored once mid-round) 95.9 % / 1 / 87.1 % with 0, tune-v (openings first, first run) 98.8 % / 0 / 89.0 % with 0,
  // held-out 13 (blind, written mid-round, scored once at the round's end) 98.6 % / 0 / 90.7 % with 1, held-out 14 (blind,
  // written after it, scored once on the same code) 96.8 % / 0 / 88.2 % with 1, held-out 11 (blind, written at the start of the fourth
  // round, scored on arrival before any change and once last) 96.4 % / 2 / 91.3 % with 1, tune-w (fifth round: figures
  // with their basis, corrections, outsiders' English; first run) 83.9 % / 11 / 90.5 % with 4, tune-x (ordinary
  // traffic) 97.0 % / 2 / 83.2 % with 0, tune-y 91.9 % / 5 / 86.7 % with 0, tune-z 96.0 % / 3 / 92.9 % with 0, held-out 15
  // (blind, written at the start of the fifth round, scored once at its end) 90.9 % / 6 / 91.7 % with 3, held-out 16
  // (blind, written mid-round, scored once at the end on the same code) 94.5 % / 3 / 93.3 % with 0, tune-za (sixth round:
  // long messy openings, extra facts beside answers; first run) 92.0 % / 1 / 89.2 % with 2, held-out 17 (blind, written at
  // the start of the sixth round, scored once at its end) 95.5 % / 3 / 89.0 % with 1, tune-zb (seventh round; first run)
  // 91.9 % / 2 / 92.1 % with 1, held-out 18 (blind, written at the start of the seventh round, scored once at its end)
  // 92.3 % / 7 / 92.5 % with 0, tune-zc (eighth round: harder answers and openings; first run) 86.1 % / 8 / 86.1 % with 2,
  // held-out 19 (blind, written at the start of the eighth round, scored once at its end) 93.6 % / 2 / 90.2 % with 0,
  // tune-zd (ninth round: long messy openings, partial answers; first run) 90.6 % / 6 / 86.5 % with 4, held-out 20
  // (blind, written at the start of the ninth round, scored once at its end) 93.6 % / 3 / 92.8 % with 2, tune-ze (tenth
  // round: long openings with figures easy to bind wrongly, corrections, tricky polarity; first run) 86.1 % / 9 / 87.7 % with
  // 3, held-out 21 (blind, written at the start of the tenth round, scored once at its end) 97.3 % / 2 / 94.7 % with 0,
  // tune-zf (eleventh round: two figures on a line, partial yes to questions of several parts, sums, 将近; first run)
  // 73.9 % / 11 / 85.4 % with 1, held-out 22 (blind, written at the start of the eleventh round with a fifth of its items
  // hard, scored once at its end) 83.2 % / 8 / 83.0 % with 3; tune-zg (twelfth round: figures beside other figures,
  // slang bounds, partial yes, dates that are plans; first run) 78.3 % / 16 / 89.9 % with 1, held-out 23 (blind, written
  // at the start of the twelfth round, scored once at its end) 88.6 % / 8 / 89.7 % with 1; later first runs are listed
  // in docs/dialogs.md, the last: tune-zl (seventeenth round; first run) 93.9 % / 1 / 90.6 % with 3, held-out 28 (blind,
  // written at the start of the seventeenth round, scored once at its end) 91.4 % / 4 / 88.6 % with 0
  // opening facts wrongly (answers as meant / recorded wrongly / opening facts). Held-out 5's floor gave 2 opening facts
  // for 1 fewer recorded wrongly when a second deal said in passing (另外今年3月又收了…) stopped lending its figures.
  it.each([
    { split: 'tune-e', asMeant: 250, wrong: 5, openings: 141, openingsWrong: 0 },
    { split: 'tune-f', asMeant: 156, wrong: 1, openings: 343, openingsWrong: 1 },
    { split: 'tune-g', asMeant: 196, wrong: 1, openings: 169, openingsWrong: 3 },
    { split: 'tune-h', asMeant: 117, wrong: 0, openings: 412, openingsWrong: 0 },
    { split: 'tune-i', asMeant: 107, wrong: 0, openings: 452, openingsWrong: 0 },
    { split: 'tune-j', asMeant: 173, wrong: 0, openings: 209, openingsWrong: 0 },
    { split: 'tune-k', asMeant: 78, wrong: 0, openings: 432, openingsWrong: 0 },
    { split: 'tune-l', asMeant: 132, wrong: 2, openings: 134, openingsWrong: 0 },
    { split: 'tune-m', asMeant: 193, wrong: 0, openings: 142, openingsWrong: 0 },
    { split: 'tune-n', asMeant: 186, wrong: 2, openings: 215, openingsWrong: 1 },
    { split: 'tune-o', asMeant: 173, wrong: 5, openings: 150, openingsWrong: 1 },
    { split: 'tune-p', asMeant: 193, wrong: 1, openings: 207, openingsWrong: 0 },
    { split: 'tune-q', asMeant: 77, wrong: 0, openings: 362, openingsWrong: 3 },
    { split: 'tune-r', asMeant: 149, wrong: 2, openings: 96, openingsWrong: 1 },
    { split: 'tune-s', asMeant: 151, wrong: 3, openings: 118, openingsWrong: 1 },
    { split: 'tune-t', asMeant: 149, wrong: 1, openings: 144, openingsWrong: 0 },
    { split: 'tune-u', asMeant: 158, wrong: 1, openings: 97, openingsWrong: 0 },
    { split: 'tune-v', asMeant: 79, wrong: 0, openings: 171, openingsWrong: 0 },
    { split: 'tune-w', asMeant: 167, wrong: 1, openings: 122, openingsWrong: 0 },
    { split: 'tune-x', asMeant: 197, wrong: 1, openings: 135, openingsWrong: 0 },
    { split: 'tune-y', asMeant: 154, wrong: 2, openings: 165, openingsWrong: 0 },
    { split: 'tune-z', asMeant: 145, wrong: 3, openings: 180, openingsWrong: 0 },
    { split: 'tune-za', asMeant: 142, wrong: 0, openings: 162, openingsWrong: 0 },
    { split: 'tune-zb', asMeant: 151, wrong: 1, openings: 162, openingsWrong: 0 },
    { split: 'tune-zc', asMeant: 162, wrong: 4, openings: 166, openingsWrong: 0 },
    { split: 'tune-zd', asMeant: 166, wrong: 4, openings: 220, openingsWrong: 1 },
    { split: 'tune-zf', asMeant: 144, wrong: 2, openings: 138, openingsWrong: 1 },
    { split: 'tune-zg', asMeant: 158, wrong: 4, openings: 107, openingsWrong: 0 },
    { split: 'tune-zh', asMeant: 156, wrong: 3, openings: 122, openingsWrong: 0 },
    { split: 'tune-zi', asMeant: 150, wrong: 4, openings: 161, openingsWrong: 1 },
    { split: 'tune-ze', asMeant: 166, wrong: 3, openings: 202, openingsWrong: 0 },
    { split: 'heldout-2', asMeant: 184, wrong: 5, openings: 83, openingsWrong: 1 },
    { split: 'heldout-3', asMeant: 210, wrong: 1, openings: 159, openingsWrong: 1 },
    { split: 'heldout-4', asMeant: 208, wrong: 2, openings: 167, openingsWrong: 0 },
    { split: 'heldout-5', asMeant: 215, wrong: 1, openings: 269, openingsWrong: 2 },
    { split: 'heldout-6', asMeant: 211, wrong: 2, openings: 278, openingsWrong: 1 },
    { split: 'heldout-7', asMeant: 209, wrong: 3, openings: 105, openingsWrong: 1 },
    { split: 'heldout-8', asMeant: 208, wrong: 1, openings: 180, openingsWrong: 2 },
    { split: 'heldout-9', asMeant: 209, wrong: 2, openings: 183, openingsWrong: 0 },
    { split: 'heldout-10', asMeant: 207, wrong: 6, openings: 166, openingsWrong: 1 },
    { split: 'heldout-11', asMeant: 215, wrong: 1, openings: 168, openingsWrong: 1 },
    { split: 'heldout-12', asMeant: 214, wrong: 1, openings: 158, openingsWrong: 0 },
    { split: 'heldout-13', asMeant: 219, wrong: 0, openings: 139, openingsWrong: 1 },
    { split: 'heldout-14', asMeant: 215, wrong: 0, openings: 141, openingsWrong: 1 },
    { split: 'heldout-15', asMeant: 206, wrong: 5, openings: 160, openingsWrong: 2 },
    { split: 'heldout-16', asMeant: 210, wrong: 2, openings: 154, openingsWrong: 0 },
    { split: 'heldout-17', asMeant: 212, wrong: 2, openings: 158, openingsWrong: 0 },
    { split: 'heldout-18', asMeant: 208, wrong: 5, openings: 199, openingsWrong: 0 },
    { split: 'heldout-19', asMeant: 209, wrong: 2, openings: 179, openingsWrong: 0 },
    { split: 'heldout-20', asMeant: 209, wrong: 2, openings: 209, openingsWrong: 2 },
    { split: 'heldout-21', asMeant: 214, wrong: 2, openings: 126, openingsWrong: 0 },
    { split: 'heldout-22', asMeant: 189, wrong: 7, openings: 169, openingsWrong: 2 },
    { split: 'heldout-23', asMeant: 199, wrong: 8, openings: 151, openingsWrong: 1 },
    { split: 'heldout-24', asMeant: 208, wrong: 2, openings: 169, openingsWrong: 0 },
    { split: 'heldout-25', asMeant: 210, wrong: 2, openings: 172, openingsWrong: 0 },
    { split: 'tune-zj', asMeant: 162, wrong: 2, openings: 170, openingsWrong: 0 },
    { split: 'heldout-26', asMeant: 212, wrong: 4, openings: 196, openingsWrong: 0 },
    { split: 'tune-zk', asMeant: 176, wrong: 0, openings: 164, openingsWrong: 0 },
    { split: 'tune-zl', asMeant: 172, wrong: 0, openings: 152, openingsWrong: 2 },
    { split: 'heldout-27', asMeant: 208, wrong: 3, openings: 164, openingsWrong: 0 },
    { split: 'heldout-28', asMeant: 204, wrong: 3, openings: 165, openingsWrong: 0 },
    { split: 'tune-zm', asMeant: 173, wrong: 1, openings: 139, openingsWrong: 0 },
    { split: 'tune-zn', asMeant: 159, wrong: 2, openings: 135, openingsWrong: 0 },
    { split: 'heldout-30', asMeant: 204, wrong: 6, openings: 153, openingsWrong: 4 },
    { split: 'heldout-31', asMeant: 205, wrong: 6, openings: 168, openingsWrong: 1 },
    { split: 'heldout-29', asMeant: 204, wrong: 3, openings: 179, openingsWrong: 0 },
    { split: 'tune-zo', asMeant: 172, wrong: 2, openings: 162, openingsWrong: 0 },
    { split: 'tune-zp', asMeant: 172, wrong: 3, openings: 139, openingsWrong: 0 },
    { split: 'heldout-32', asMeant: 201, wrong: 4, openings: 139, openingsWrong: 0 },
    { split: 'heldout-33', asMeant: 204, wrong: 8, openings: 162, openingsWrong: 0 },
    { split: 'tune-zq', asMeant: 168, wrong: 2, openings: 112, openingsWrong: 0 },
    { split: 'tune-zr', asMeant: 169, wrong: 2, openings: 140, openingsWrong: 1 },
    { split: 'tune-zs', asMeant: 170, wrong: 0, openings: 135, openingsWrong: 0 },
    { split: 'heldout-34', asMeant: 202, wrong: 5, openings: 162, openingsWrong: 1 },
    { split: 'heldout-35', asMeant: 213, wrong: 2, openings: 137, openingsWrong: 1 },
    { split: 'heldout-36', asMeant: 211, wrong: 5, openings: 150, openingsWrong: 2 },
    { split: 'tune-zt', asMeant: 172, wrong: 2, openings: 128, openingsWrong: 0 },
    { split: 'tune-zu', asMeant: 157, wrong: 1, openings: 114, openingsWrong: 1 },
    { split: 'heldout-37', asMeant: 214, wrong: 0, openings: 132, openingsWrong: 4 },
    { split: 'heldout-38', asMeant: 205, wrong: 3, openings: 147, openingsWrong: 4 },
    { split: 'tune-zv', asMeant: 162, wrong: 2, openings: 121, openingsWrong: 0 },
    { split: 'heldout-39', asMeant: 202, wrong: 7, openings: 141, openingsWrong: 2 },
    { split: 'tune-zw', asMeant: 163, wrong: 3, openings: 175, openingsWrong: 2 },
    { split: 'heldout-40', asMeant: 211, wrong: 2, openings: 158, openingsWrong: 3 },
    { split: 'tune-zx', asMeant: 161, wrong: 7, openings: 117, openingsWrong: 2 },
    { split: 'heldout-41', asMeant: 215, wrong: 2, openings: 169, openingsWrong: 2 },
    { split: 'tune-zy', asMeant: 151, wrong: 5, openings: 121, openingsWrong: 1 },
    { split: 'heldout-42', asMeant: 211, wrong: 5, openings: 168, openingsWrong: 3 },
    { split: 'tune-zz', asMeant: 145, wrong: 0, openings: 126, openingsWrong: 2 },
    { split: 'tune-zza', asMeant: 159, wrong: 4, openings: 111, openingsWrong: 0 },
    { split: 'heldout-43', asMeant: 205, wrong: 4, openings: 194, openingsWrong: 5 },
    { split: 'heldout-44', asMeant: 207, wrong: 4, openings: 142, openingsWrong: 1 },
  ] as const)('$split: no worse than when last measured', ({ split, asMeant, wrong, openings, openingsWrong }) => {
    const f = scoreUnderstanding(split);
    expect(f.answersAsMeant).toBeGreaterThanOrEqual(asMeant);
    expect(f.answersWrong).toBeLessThanOrEqual(wrong);
    expect(f.openingFactsRecorded).toBeGreaterThanOrEqual(openings);
    expect(f.openingFactsWrong).toBeLessThanOrEqual(openingsWrong);
  });
});

describe('an enterprise reaches its verdict in a few questions', () => {
  it('with its category: a median of at most 10 questions, and the same verdict as screening', () => {
    const runs = questionsToVerdict(50, 'category');
    expect(median(runs.map((r) => r.questions))).toBeLessThanOrEqual(10);
    expect(runs.every((r) => r.agrees)).toBe(true);
  });

  it('answering 全部: a median of at most 20, through one grouped gate question', () => {
    const runs = questionsToVerdict(50, 'all');
    expect(median(runs.map((r) => r.questions))).toBeLessThanOrEqual(20);
    expect(runs.every((r) => r.agrees)).toBe(true);
  });

  it('the grouped gate question records the picked families yes and the others no', () => {
    const t = say(['/start', '全部', '企业']);
    expect(t.state.pending).toBe(GATES_SLOT);
    const offered = t.state.offeredGates ?? [];
    expect(offered.length).toBeGreaterThanOrEqual(3);
    const after = step(t.state, '1');
    expect(after.state.profile[offered[0] as 'green_direction']).toBe(true);
    for (const f of offered.slice(1)) expect(after.state.profile[f as 'green_direction']).toBe(false);
    const none = step(t.state, '都不是');
    for (const f of offered) expect(none.state.profile[f as 'green_direction']).toBe(false);
  });
});

describe('what the verdict says', () => {
  const verdictOf = (replies: readonly Reply[]) => replies.find((r) => r.kind === 'verdict');

  it('for 全部 is short: the programs still open by name, the rest folded into one line; 详细结果 shows it whole', () => {
    const prefix = ['/start', '全部', '企业', '都不是', '都没有', '不是', '不知道'];
    const compact = verdictOf(say([...prefix, '结果']).last.replies)?.text ?? '';
    const full = verdictOf(say([...prefix, '详细结果']).last.replies)?.text ?? '';
    expect(compact).toContain('回复“详细结果”');
    expect(full).not.toContain('回复“详细结果”');
    expect(compact.length).toBeLessThan(full.length);
  });

  it('is not printed twice when the amount questions change nothing', () => {
    const answers = ['/start', '1', '企业', '是', '是', '8000万', '是', '3500万', '2000万', '是', '是'];
    let t = say(answers);
    for (let i = 0; i < 12 && t.state.phase !== 'done'; i++) t = say([...answers, ...Array(i + 1).fill('不知道')]);
    const verdicts = t.exchanges.flatMap((e) => e.replies).filter((r) => r.kind === 'verdict');
    const texts = new Set(verdicts.map((v) => v.text.split('\n').slice(1).join('\n')));
    expect(texts.size).toBe(verdicts.length);
  });

  it('says "只给了月份" only when no day was given', () => {
    const month = step(pendingOn('completion_date'), '2023年6月');
    const monthEnd = step(pendingOn('completion_date'), '2023年6月底');
    expect(month.replies[0]?.text).toContain('只给了月份');
    expect(monthEnd.replies[0]?.text).not.toContain('只给了月份');
  });
});

describe('seventeenth round (tune-zl)', () => {
  const answer = (slot: string, text: string, locale: 'en' | 'zh-CN' = 'zh-CN', profile: DialogState['profile'] = {}) =>
    step({ ...pendingOn(slot, profile), locale }, text).state.profile;

  it('a yes of the question’s own words beside its no in another clause is asked, never a yes', () => {
    expect(answer('approvals_complete', '备案环评都有 能评没办')).toEqual({});
    expect(answer('approvals_complete', '能评没办')).toEqual({ approvals_complete: false });
    // A no beside a yes stands; a no word negated agrees with the yes.
    expect(answer('equipment_bought_with_loan', '设备是买了 不过用的自有资金')).toEqual({
      equipment_bought_with_loan: false,
    });
    expect(answer('approvals_complete', '齐了 不缺')).toEqual({ approvals_complete: true });
  });

  it('a correction naming its fact reads the figure once the denied one is set aside', () => {
    expect(
      answer('total_investment', '不对 刚才贷款说错了 是2800不是3800', 'zh-CN', { fixed_asset_loan: 3800 }),
    ).toEqual({
      fixed_asset_loan: 2800,
    });
  });

  it('an amount said first and bare, beside a figure named for another fact, answers the pending question', () => {
    expect(answer('total_investment', '差不多2200 其中软件系统集成500左右')).toEqual({
      total_investment: 2200,
      software_investment: 500,
    });
    // Said after the other figure, it is not the answer said first: asked.
    expect(answer('total_investment', '软件500 2200')).not.toHaveProperty('total_investment', 500);
  });

  it('of bare figures each said of its year, the one said of 2021 answers', () => {
    expect(answer('taxes_paid_last_year', '去年交了五百多 前年三百出头')).toEqual({ taxes_paid_last_year: 500 });
    expect(answer('taxes_paid_last_year', '前年三百出头 今年估计六百')).toEqual({});
  });

  it('a yes said of a part (设备已经买了一大半) is not a yes for the whole', () => {
    expect(said('技改备案总投资6800万，固贷4000万，设备已经买了一大半')).not.toHaveProperty(
      'equipment_bought_with_loan',
    );
    expect(said('技改备案总投资6800万，固贷4000万，设备已经买了')).toHaveProperty('equipment_bought_with_loan', true);
  });

  it('万人民币 is money, not a count of people', () => {
    expect(said('苏州工业园区的企业，中国银行苏州分行给了2500万人民币的固贷').fixed_asset_loan).toBe(2500);
    expect(said('我们去年培训了2500人').fixed_asset_loan).toBeUndefined();
  });

  it('where the group or parent sits outside Jiangsu is not where its Jiangsu subsidiary is', () => {
    expect(said('集团总部在上海，我们是集团在盐城大丰注册的子公司，5G项目就在大丰厂区').in_jiangsu).toBe(true);
    // A parent in Jiangsu beside a plant outside may be who applies: both places stay read, asked.
    expect(said('我们厂在浙江嘉兴，不过母公司在苏州，能用母公司名义报吗')).not.toHaveProperty('in_jiangsu');
  });
});

describe('seventeenth round, second pass (tune-zl openings)', () => {
  it('a yes and a no of the same fact stay a conflict, asked, even after 但 (the 但 rule was withdrawn on review)', () => {
    expect(
      said('南京一家做工业大数据的软件公司，项目21年11月完工，推荐单位验收了但验收意见还没拿到'),
    ).not.toHaveProperty('accepted');
    expect(said('我们是规上企业 但兄弟公司不是规上')).not.toHaveProperty('above_scale', false);
  });

  it('an English bank’s name after its place says where the lender is', () => {
    const profile = said(
      'We are a Kunshan company, production line in our Kunshan workshop, total investment RMB 40m, loan 25m from Kunshan Rural Commercial Bank.',
      'en',
    );
    expect(profile.loan_from_jiangsu_bank).toBe(true);
    expect(profile.in_jiangsu).toBe(true);
  });

  it('gui shang is above designated size; 经营范围里有…培训 is a training licence', () => {
    expect(said('hello, we are gui shang company in changzhou, make textile machine', 'en').above_scale).toBe(true);
    expect(said('南京一家培训公司，营业执照经营范围里有职业技能培训，注册资金800万').training_licensed).toBe(true);
    expect(said('南京一家咨询公司，经营范围里没有培训').training_licensed).toBe(false);
  });
});

describe('seventeenth round, play-test 42', () => {
  const answer = (slot: string, text: string, locale: 'en' | 'zh-CN' = 'zh-CN') =>
    step({ ...pendingOn(slot, {}), locale }, text);

  it('a figure at completion said beside the one of now is the one asked, whatever date word it carries', () => {
    expect(answer('identifier_registrations_yi', '现在一点二亿 到上线能到两个半亿').state.profile).toEqual({
      identifier_registrations_yi: 2.5,
    });
  });

  it('N个半亿 is N and a half 亿', () => {
    expect(answer('revenue_last_year', '一个半亿').state.profile).toEqual({ revenue_last_year: 15000 });
    expect(answer('identifier_registrations_yi', '两个半亿').state.profile).toEqual({
      identifier_registrations_yi: 2.5,
    });
  });

  it('a count so far, to a question counting what is held and planned, asks for the total and says why', () => {
    const turn = answer('identifier_promotion_events', '推广活动已经办了三场');
    expect(turn.state.profile).toEqual({});
    expect(turn.replies.map((r) => r.text).join('\n')).toContain('到项目完成时一共');
    expect(answer('identifier_promotion_events', '已经办了3场 还计划办3场 一共6场').state.profile).toEqual({
      identifier_promotion_events: 6,
    });
    expect(answer('identifier_promotion_events', '计划办6场').state.profile).toEqual({
      identifier_promotion_events: 6,
    });
  });
});

describe('seventeenth round, play-test 42 (bases said away)', () => {
  it('a figure said without civil works or tax (不算土建的话是三百万) is on the question’s own basis', () => {
    const answer = (slot: string, text: string) => step(pendingOn(slot, {}), text).state.profile;
    expect(answer('invested_by_2021_end', '不算土建的话是三百万')).toEqual({ invested_by_2021_end: 300 });
    expect(answer('total_investment', '不算税是2800')).toEqual({ total_investment: 2800 });
    // Said with the civil works, it is still asked.
    expect(answer('total_investment', '算上土建是3200')).toEqual({});
  });
});

describe('seventeenth round, play-test 42 (English period before an amount)', () => {
  it('the amount invested by end of 2021 is the 2021 progress figure, never the total', () => {
    expect(said('the amount invested by end of 2021 was 5.6m', 'en').invested_by_2021_end).toBe(560);
    const turn = step(
      { ...pendingOn('software_investment', { total_investment: 2500, invested_by_2021_end: 500 }), locale: 'en' },
      'finance just told me the invested amount by end of 2021 was actually 5.6m',
    );
    expect(turn.state.profile.total_investment).toBe(2500);
    expect(turn.replies.map((r) => r.text).join('\n')).toContain('560');
    // A completion date said the same way stays a date.
    expect(said('we completed by the end of 2021', 'en').completion_date).toBe('2021-12-31');
  });
});

describe('seventeenth round, play-test 42 (a year’s two digits as a label)', () => {
  it('21年 before what was done in it names the year, nothing to ask; a span of 21 years is still asked', () => {
    const ex = (text: string) =>
      extractFacts(text, {
        kinds: true,
        pending: null,
        stage: true,
        places: true,
        stageOptions: slotOptions('stage', 'zh-CN'),
        certOptions: slotOptions('certifications', 'zh-CN'),
      } as Parameters<typeof extractFacts>[1]);
    expect(ex('服务中心21年建设投入加服务支出一共260万').unclear).toEqual([]);
    expect(ex('公司成立21年了').unclear.map((u) => u.source)).toEqual(['21年']);
  });
});

describe('seventeenth round, reviews: wrong values the first versions recorded', () => {
  const answer = (slot: string, text: string) => step(pendingOn(slot, {}), text).state.profile;

  it('an amount said first is taken only when plain: bounds, tax, credit lines, years, guesses stay asked', () => {
    expect(answer('fixed_asset_loan', '不到2000 总投资3500')).not.toHaveProperty('fixed_asset_loan');
    expect(answer('total_investment', '含税6000 软件1000')).not.toHaveProperty('total_investment');
    expect(answer('total_investment', '8000 含税的 软件1000')).not.toHaveProperty('total_investment');
    expect(answer('fixed_asset_loan', '授信3000 总投资3500')).not.toHaveProperty('fixed_asset_loan');
    expect(answer('total_investment', '2021 贷款3000')).not.toHaveProperty('total_investment');
    expect(answer('total_investment', '每年500 软件1000')).not.toHaveProperty('total_investment');
    expect(answer('total_investment', '大概8000吧 软件1000')).not.toHaveProperty('total_investment');
  });

  it('a figure of part of last year, or changed by something, is no year’s figure', () => {
    expect(answer('taxes_paid_last_year', '去年上半年交了300 前年全年500')).toEqual({});
    expect(answer('taxes_paid_last_year', '去年少交了200 前年600')).toEqual({});
  });

  it('a figure of when the project started is not the one at completion', () => {
    expect(answer('identifier_registrations_yi', '现在一点二亿 开工那会儿才三千万')).toEqual({});
  });

  it('a no after 但 said of someone else leaves the conflict asked', () => {
    expect(said('推荐单位验收了，验收意见也出了，但省里还没验收')).not.toHaveProperty('accepted', false);
    expect(said('我们是规上工业企业，但是子公司不是规上')).not.toHaveProperty('above_scale', false);
  });

  it('a group HQ is skipped only when the applicant is said to be a subsidiary registered elsewhere', () => {
    expect(said('集团总部在上海，5G工厂项目，客户主要在无锡')).not.toHaveProperty('in_jiangsu', true);
  });

  it('counts done so far with no more planned, or planned, are recorded; emphatic yeses stay yes', () => {
    expect(answer('identifier_promotion_events', '现在已经6场了 后面不办了')).toEqual({
      identifier_promotion_events: 6,
    });
    expect(answer('planned_trainees', '已经确定1200人了')).toEqual({ planned_trainees: 1200 });
    expect(answer('approvals_complete', '都齐了，没有缺的')).toEqual({ approvals_complete: true });
    expect(answer('training_free', '不收费，收费的班一个都没有')).toEqual({ training_free: true });
  });

  it('English: a sales branch is no site of the applicant, a bank’s branch is the lender’s, completion stays a date', () => {
    expect(said('We are based in Suzhou and have a Shanghai sales branch.', 'en').in_jiangsu).toBe(true);
    expect(said('RMB 25m loan from ICBC Wuxi branch, project in Wuxi', 'en').loan_from_jiangsu_bank).toBe(true);
    expect(said('We completed the line by end of 2021: 30m total', 'en').completion_date).toBe('2021-12-31');
  });

  it('开始 said twice keeps what the first one set aside', () => {
    const t = say(['/start', '我们是无锡的规上企业 技改总投资6000万 贷款4000万', '开始', '开始', '撤销']);
    expect(t.state.profile.total_investment).toBe(6000);
  });
});

describe('nineteenth round (play-test 43)', () => {
  const answer = (slot: string, text: string, locale: 'en' | 'zh-CN' = 'zh-CN', profile: DialogState['profile'] = {}) =>
    step({ ...pendingOn(slot, profile), locale }, text).state.profile;

  it('a yes or no read from a message about another fact is that fact’s, not the pending question’s', () => {
    expect(answer('approvals_complete', '设备已经买了')).toEqual({ equipment_bought_with_loan: true });
    expect(answer('approvals_complete', '去年8月开工，还在建，明年年中完工')).not.toHaveProperty('approvals_complete');
    expect(answer('acquisition_lawful', 'we are the acquirer', 'en')).toEqual({ merger_initiator: true });
    // The question's own words, or a bare yes first, still answer it.
    expect(answer('approvals_complete', '齐了')).toEqual({ approvals_complete: true });
    expect(answer('equipment_bought_with_loan', '设备已经买了')).toEqual({ equipment_bought_with_loan: true });
    expect(answer('approvals_complete', '是的，设备也买了')).toHaveProperty('approvals_complete', true);
  });

  it('a question’s two-character word inside another word is not heard (收了 in 验收了)', () => {
    expect(answer('merger_completed_2021', '验收了，区工信局出了意见')).toEqual({});
    expect(answer('merger_completed_2021', '验收了')).toEqual({});
    expect(answer('merger_completed_2021', '收了一家')).toEqual({ merger_completed_2021: true });
    // 部分 in 一部分 and 变更还没 in 工商变更还没 are still the question's words.
    expect(answer('all_services_free', '有一部分收点成本费')).toEqual({ all_services_free: false });
    expect(answer('merger_completed_2021', '协议签了，工商变更还没办完')).toEqual({ merger_completed_2021: false });
  });

  it('a year, a count or a word with a digit in it is no amount', () => {
    expect(answer('total_investment', '2020年批的')).toEqual({});
    expect(answer('total_investment', '6 events so far', 'en')).toEqual({ public_events_2021: 6 });
    expect(answer('rd_investment', '属于，高端装备核心基础零部件')).not.toHaveProperty('rd_investment');
    expect(answer('total_investment', '一致')).toEqual({});
    expect(answer('total_investment', '一千五百万')).toEqual({ total_investment: 1500 });
    expect(answer('total_investment', '6000 million yuan', 'en')).toEqual({ total_investment: 600000 });
  });

  it('a count of another thing does not answer a count (60 per class, 5 cities)', () => {
    expect(answer('long_classes', 'at least 60 per class', 'en')).toEqual({});
    expect(answer('min_class_size', 'at least 60 per class', 'en')).toEqual({ min_class_size: 60 });
    expect(answer('min_class_size', '5 cities: Nanjing, Suzhou, Yangzhou, Taizhou, Xuzhou', 'en')).not.toHaveProperty(
      'min_class_size',
    );
    expect(answer('long_classes', '10 classes of 4 days', 'en')).toEqual({ long_classes: 10 });
    expect(answer('training_cities', '5 cities', 'en')).toEqual({ training_cities: 5 });
  });

  it('an amount is not a pick from the recognitions list; a name said in full is that one alone', () => {
    expect(answer('certifications', '8 million yuan total', 'en')).not.toHaveProperty('certifications');
    expect(answer('certifications', '8', 'en')).toEqual({ certifications: ['identifier-expert-review'] });
    expect(answer('certifications', "we're on the smart manufacturing demonstration factory list", 'en')).toEqual({
      certifications: ['smart-factory-list'],
    });
  });

  it('a range in English words, a figure just under its mark, two totals with one unit said: nothing recorded', () => {
    expect(answer('loan_term_years', 'two to three years', 'en')).toEqual({});
    expect(answer('loan_term_years', 'three years', 'en')).toEqual({ loan_term_years: 3 });
    expect(said('南通的规上企业 总投资差一点点到三千万 去年完工的')).not.toHaveProperty('total_investment');
    expect(said('南通的规上企业 总投资三千万 去年完工的')).toHaveProperty('total_investment', 3000);
    expect(answer('total_investment', '备案八千万，不含土建五千二')).not.toHaveProperty('total_investment');
  });

  it('a plain no to the program list is none of them; a no with a pick or a reason after it is not', () => {
    const gates = (text: string) => {
      let t = step(undefined, '你好');
      for (const m of ['全部', '企业', text]) t = step(t.state, m);
      return t;
    };
    expect(
      gates('不是')
        .replies.map((r) => r.text)
        .join('\n'),
    ).toContain('以下都不符合');
    expect(gates('不是').state.profile.green_direction).toBe(false);
    expect(gates('不是很清楚').state.profile).not.toHaveProperty('green_direction');
    expect(gates('没有 我们只做了节能改造').state.profile.green_direction).toBe(true);
    expect(gates('No. 4').state.profile.fiveg_direction).toBe(true);
  });

  it('review of the nineteenth round: answers the new rules must still take', () => {
    // A yes said first, then another fact in its own clause: the yes answers.
    expect(answer('approvals_complete', '已经办完了，去年8月开工的')).toEqual({
      approvals_complete: true,
      start_date: '2021-08-31',
    });
    expect(answer('equipment_bought_with_loan', '还没呢，贷款3000万今年才放')).toHaveProperty(
      'equipment_bought_with_loan',
      false,
    );
    expect(answer('equipment_bought_with_loan', '已经购买了，发票1800万')).toHaveProperty(
      'equipment_bought_with_loan',
      true,
    );
    // An opinion that is no acceptance is no yes to it.
    expect(answer('accepted', '工信局出了意见，说还不能验收')).not.toHaveProperty('accepted', true);
    // Sessions are classes; the days of each are not their count; years from … to … are no range.
    expect(answer('long_classes', '10 sessions of 5 days', 'en')).toEqual({ long_classes: 10 });
    expect(answer('revenue_growth_3y_avg_pct', 'about 15% a year from 2019 to 2021', 'en')).toEqual({
      revenue_growth_3y_avg_pct: 15,
    });
    expect(answer('loan_term_years', '5 years, 2021 to 2026', 'en')).toEqual({ loan_term_years: 5 });
    expect(answer('trainees_3y_avg', 'about 3000 staff a year', 'en')).toEqual({ trainees_3y_avg: 3000 });
  });

  it('a confirmation of a change passed by another answer is asked again once, then set aside saying the value on record stays; only a yes or no said as such answers it', () => {
    let t = step(undefined, '无锡做电机的，规上，想申请技改贴息，总投资3000万');
    t = step(t.state, '总投资是3500万');
    expect(t.state.confirm?.fact).toBe('total_investment');
    const other = step(t.state, '手续都齐了');
    expect(other.state.profile.total_investment).toBe(3000);
    expect(other.state.profile.approvals_complete).toBe(true);
    // (play-test 50: the answer to the question before had set the change aside unasked.)
    expect(other.state.confirm?.fact).toBe('total_investment');
    expect(other.replies.at(-1)?.text).toContain('要改成 3500万元 吗');
    expect(step(other.state, '是').state.profile.total_investment).toBe(3500);
    const passed = step(other.state, '贷款2000万');
    expect(passed.state.confirm ?? null).toBeNull();
    expect(passed.state.profile.total_investment).toBe(3000);
    expect(passed.replies[0]?.text).toContain('没有更改');
    const yes = step(t.state, '对');
    expect(yes.state.profile.total_investment).toBe(3500);
    const no = step(t.state, '不是');
    expect(no.state.profile.total_investment).toBe(3000);
  });

  it('a yes followed by a statement of the largest shareholder is no yes to the same-parent question', () => {
    expect(answer('same_parent', '对，我们是最大股东')).toEqual({ largest_shareholder: true });
    expect(answer('same_parent', '不是，我们是最大股东')).toHaveProperty('same_parent', false);
    expect(answer('same_parent', '对')).toEqual({ same_parent: true });
  });

  it('second review of the nineteenth round: a confirmation answered with particles, done-verbs, clauses set apart by a space', () => {
    const confirm = (last: string) => {
      let t = step(undefined, '我们是苏州的规上工业企业，做了一个技改项目，贷款3000万买设备');
      for (const m of ['是的', '备案总投资5000万', '备案总投资4500万', last]) t = step(t.state, m);
      return t.state.profile;
    };
    for (const no of ['不用了', '不是的']) {
      expect(confirm(no).total_investment).toBe(5000);
      expect(confirm(no)).not.toHaveProperty('loan_from_jiangsu_bank');
    }
    for (const yes of ['对的改吧', '是滴', '没错是4500', '改吧']) expect(confirm(yes).total_investment).toBe(4500);
    expect(confirm('是工行苏州分行的')).toMatchObject({ total_investment: 5000, loan_from_jiangsu_bank: true });
    // Verbs of getting things done answer the question; another fact's verb (验收) does not.
    expect(answer('approvals_complete', '都搞定了')).toEqual({ approvals_complete: true });
    expect(answer('approvals_complete', '都批下来了')).toEqual({ approvals_complete: true });
    expect(answer('approvals_complete', '已经办完了 去年8月开工的')).toEqual({
      approvals_complete: true,
      start_date: '2021-08-31',
    });
    expect(answer('equipment_bought_with_loan', '买过了')).toEqual({ equipment_bought_with_loan: true });
    expect(answer('min_class_size', 'at least 52 workers', 'en')).toEqual({ min_class_size: 52 });
  });

  it('an institute is not taken for a public institution', () => {
    const p = said(
      'Hello, we are a training institute in Nanjing, we organise management courses for industrial companies. Is there funding for training programs?',
      'en',
    );
    expect(p.applicant_kind).not.toBe('public_institution');
    expect(said('We are a public institution in Nanjing running training programmes', 'en').applicant_kind).toBe(
      'public_institution',
    );
  });
});

describe('twentieth round (tune-zn and play-test 44)', () => {
  const answer = answerTo;
  const replyTo = repliesTo;

  it('备案环评都有 covers the two approvals it names, not the third; 齐了 or all three named still answer', () => {
    expect(answer('approvals_complete', '备案环评都有')).toEqual({});
    expect(answer('approvals_complete', '备案手续都齐了')).toEqual({});
    expect(said('扬州做智慧养老平台的，总投入600万，备案手续都齐了')).not.toHaveProperty('approvals_complete');
    expect(answer('approvals_complete', '齐了 备案环评能评都有')).toEqual({ approvals_complete: true });
    expect(answer('approvals_complete', '手续都办齐了 备案环评能评都有')).toEqual({ approvals_complete: true });
    expect(answer('approvals_complete', '备案环评都有 能评不需要 推荐单位出了说明')).toEqual({
      approvals_complete: true,
    });
    expect(answer('approvals_complete', '都有，环评是去年批的')).toEqual({ approvals_complete: true });
    expect(answer('approvals_complete', '备案环评都有 能评还在办')).toEqual({ approvals_complete: false });
  });

  it('a total then a part of it: the part the question names answers, else it is asked', () => {
    expect(answer('equipment_invoice_2021', '发票一共三千万，用贷款买的那部分不含税两千二')).toEqual({
      equipment_invoice_2021: 2200,
    });
    expect(answer('equipment_invoice_2021', '发票一共三千万，其中两千二是贷款买的')).toEqual({
      equipment_invoice_2021: 2200,
    });
    // 土建 is what the question leaves out: its part is no answer, the total is not taken either.
    expect(answer('loan_interest_paid_2021', '去年一共付了86万利息，其中土建部分大概10万')).toEqual({});
    // (Review: a count, share or month in the part's clause is no amount; a taxed part is no ex-tax figure; a total
    // and a part the question does not name are read as before.)
    expect(answer('equipment_invoice_2021', '发票一共3000万，其中用贷款买的设备有5套')).not.toMatchObject({
      equipment_invoice_2021: 5,
    });
    expect(answer('equipment_invoice_2021', '发票一共3000万，其中贷款买的占70%')).not.toMatchObject({
      equipment_invoice_2021: 70,
    });
    expect(answer('equipment_invoice_2021', '发票一共3000万，其中贷款买的那部分含税2500')).not.toMatchObject({
      equipment_invoice_2021: 2500,
    });
    expect(answer('rd_investment', '研发投入一共3000万，其中设备那块1200万')).toEqual({ rd_investment: 3000 });
    expect(answer('loan_interest_paid_2021', '利息总共180万，扣掉土建那块是130万')).toEqual({
      loan_interest_paid_2021: 130,
    });
    expect(answer('equipment_invoice_2021', '两千二')).toEqual({ equipment_invoice_2021: 2200 });
  });

  it('a trainee count said to include online training is asked, in a first message too', () => {
    const p = said('我们是培训公司，注册资金500万，年均培训两千人次左右（含线上），这次计划培训800人');
    expect(p).not.toHaveProperty('trainees_3y_avg');
    expect(p).toMatchObject({ registered_capital: 500, planned_trainees: 800 });
    // (Review: only the count's own clause: the offline figure said apart from the online one is kept.)
    expect(answer('training_years', '8年，年均线下培训1500人次，含线上有3000人次')).toEqual({
      training_years: 8,
      trainees_3y_avg: 1500,
    });
  });

  it('是 to "if that is all, reply 就这些" takes the recognitions mentioned', () => {
    const s = { ...pendingOn('certifications'), mentionedCerts: ['provincial-innovation-center'] };
    expect(step(s, '是').state.profile).toEqual({ certifications: ['provincial-innovation-center'] });
    expect(step({ ...s, locale: 'en' }, 'yes').state.profile).toEqual({
      certifications: ['provincial-innovation-center'],
    });
    expect(step(pendingOn('certifications'), '是').state.profile).not.toHaveProperty('certifications');
  });

  it('a year after a word of time is no money; no 5G is no zero; a bare figure above 100 is no percentage', () => {
    expect(answer('invested_by_2021_end', "we'll finish around mid-2023", 'en')).not.toHaveProperty(
      'invested_by_2021_end',
    );
    expect(answer('revenue_last_year', 'mid 2023 hopefully', 'en')).toEqual({});
    expect(answer('invested_by_2021_end', 'until 2023', 'en')).toEqual({});
    // (Review: by or for a figure that is no year of the guide's time is money.)
    expect(answer('fixed_asset_loan', 'loan increased by 2000 in march', 'en')).toEqual({ fixed_asset_loan: 2000 });
    expect(answer('revenue_last_year', 'revenue for the year 2050', 'en')).toEqual({ revenue_last_year: 2050 });
    expect(answer('invested_by_2021_end', 'in 2021 we spent 800', 'en')).toEqual({ invested_by_2021_end: 800 });
    expect(answer('invested_by_2021_end', 'around 2000', 'en')).toEqual({ invested_by_2021_end: 2000 });
    expect(answer('total_investment', 'no 5G', 'en')).not.toHaveProperty('total_investment');
    expect(answer('other_interest_subsidy_2021', 'None so far', 'en')).toEqual({ other_interest_subsidy_2021: 0 });
    expect(answer('other_interest_subsidy_2021', 'no none at all', 'en')).toEqual({ other_interest_subsidy_2021: 0 });
    expect(answer('revenue_growth_3y_avg_pct', '两千六，有专项审计')).not.toHaveProperty('revenue_growth_3y_avg_pct');
    expect(answer('revenue_growth_3y_avg_pct', '120%')).toEqual({ revenue_growth_3y_avg_pct: 120 });
    expect(answer('revenue_growth_3y_avg_pct', '150')).toEqual({ revenue_growth_3y_avg_pct: 150 });
    // (Review: 没有 then a space is a clause of its own in WeCom, still a zero.)
    expect(answer('other_interest_subsidy_2021', '没有 利息去年付了120万')).toMatchObject({
      other_interest_subsidy_2021: 0,
    });
    expect(answer('revenue_growth_3y_avg_pct', '15')).toEqual({ revenue_growth_3y_avg_pct: 15 });
  });

  it('a bare echo of another question’s verb is asked again, said so; the question’s own verb still answers', () => {
    expect(answer('approvals_complete', '没买')).toEqual({});
    expect(answer('approvals_complete', '买了')).toEqual({});
    expect(replyTo('approvals_complete', '没买')).toContain('像是在回答别的问题');
    expect(answer('in_jiangsu', '都办好了')).toEqual({});
    expect(answer('in_jiangsu', '齐了')).toEqual({});
    expect(answer('approvals_complete', '都办好了')).toEqual({ approvals_complete: true });
    expect(answer('equipment_bought_with_loan', '买了')).toEqual({ equipment_bought_with_loan: true });
    expect(answer('equipment_bought_with_loan', '还没买')).toEqual({ equipment_bought_with_loan: false });
    // 在 alone echoes the Jiangsu question's own verb.
    expect(answer('in_jiangsu', '在的')).toEqual({ in_jiangsu: true });
    expect(answer('in_jiangsu', '不在')).toEqual({ in_jiangsu: false });
    expect(answer('in_jiangsu', '在台州')).toEqual({ in_jiangsu: false });
    // (Review: verbs that answer many questions are read as before — 签了 to the lab's agreed roles.)
    expect(answer('lab_roles_agreed', '签了')).toEqual({ lab_roles_agreed: true });
    expect(answer('loan_from_jiangsu_bank', '都办好了')).toEqual({ loan_from_jiangsu_bank: true });
  });

  it('a yes or no said only in a clause stating another fact is not the pending question’s', () => {
    expect(answer('identifier_capability', '体验中心在建，推广活动打算搞6场')).toEqual({
      identifier_promotion_events: 6,
    });
    // (Review: every approval named across the message's clauses is the whole; 土建不做 says no no.)
    expect(answer('revenue_last_year', '3000万，备案有了，环评能评都齐全')).toEqual({
      revenue_last_year: 3000,
      approvals_complete: true,
    });
    expect(answer('approvals_complete', '齐全，土建不做')).toEqual({ approvals_complete: true });
  });

  it('十多年 is ten and more; a share alone of the total on record is that part of it', () => {
    expect(answer('training_years', '十多年了')).toEqual({ training_years: 10 });
    expect(answer('training_years', '两年多')).toEqual({ training_years: 2 });
    const total = { total_investment: 5000 };
    expect(answer('invested_by_2021_end', '差不多三成', 'zh-CN', total)).toMatchObject({ invested_by_2021_end: 1500 });
    expect(answer('invested_by_2021_end', '30%', 'zh-CN', total)).toMatchObject({ invested_by_2021_end: 1500 });
    expect(answer('invested_by_2021_end', 'about 30 percent', 'en', total)).toMatchObject({
      invested_by_2021_end: 1500,
    });
    // (No total on record, or more said after the share: asked.)
    expect(answer('invested_by_2021_end', '30%')).not.toHaveProperty('invested_by_2021_end');
    expect(answer('invested_by_2021_end', '30%，还有一部分设备款没付', 'zh-CN', total)).not.toHaveProperty(
      'invested_by_2021_end',
    );
  });

  it('a figure said as invested by the end of 2021 is that fact’s, whatever is pending', () => {
    expect(answer('software_investment', '截至去年底投了六百万')).toEqual({ invested_by_2021_end: 600 });
    expect(answer('software_investment', 'around 6 million invested by end of 2021', 'en')).toEqual({
      invested_by_2021_end: 600,
    });
    // (Review: said with the software's own word, or in English with no verb of investing, it stays the pending one's.)
    expect(answer('software_investment', '软件截至去年底投了600万')).toEqual({ software_investment: 600 });
    expect(answer('loan_interest_paid_2021', 'about 1.2 million by end of 2021', 'en')).toEqual({
      loan_interest_paid_2021: 120,
    });
    expect(answer('software_investment', '六百万')).toEqual({ software_investment: 600 });
  });
});

describe('twenty-first round (tune-zo)', () => {
  const answer = answerTo;
  const replyTo = repliesTo;

  it('不填了 leaves the question unknown (never a no); 不填了，直接出结果 shows the result', () => {
    expect(answer('data_product_tech', '不填了')).toEqual({});
    expect(answer('data_product_tech', '不填了，直接出结果')).toEqual({});
    expect(replyTo('data_product_tech', '不填了，直接出结果')).toContain('当前结论');
    expect(replyTo('data_product_tech', 'just show me the results', 'en')).not.toContain('did not understand');
    expect(answer('data_product_tech', '不')).toEqual({ data_product_tech: false });
  });

  it('a correction naming the training facts by their everyday names sets that fact, not the one pending', () => {
    expect(answer('min_class_size', '不好意思 培训城市改成5个')).toEqual({ training_cities: 5 });
    expect(answer('training_cities', '每班人数改成40')).toEqual({ min_class_size: 40 });
  });

  it('software and hardware together is no software figure; tax said included in English is asked', () => {
    expect(answer('software_investment', '软件和硬件一共1500万')).toEqual({});
    expect(answer('software_investment', '软件1500万，硬件另算')).toEqual({ software_investment: 1500 });
    expect(answer('total_investment', '45 million, VAT included', 'en')).toEqual({});
    expect(answer('total_investment', '45 million yuan inc. tax', 'en')).toEqual({});
    expect(
      said('total investment 45 million yuan include VAT, software part around 6 million yuan', 'en'),
    ).not.toHaveProperty('total_investment');
    // (A denied inclusion is the question's own basis.)
    expect(answer('total_investment', 'Total invest around 48 million RMB, not include tax', 'en')).toEqual({
      total_investment: 4800,
    });
  });

  it('a yes its own sentence takes back, or a plan, is no yes', () => {
    expect(said('项目去年9月完工，推荐单位验收了但意见还没出')).not.toHaveProperty('accepted');
    expect(said('项目去年9月完工，推荐单位验收了，验收意见也拿到了')).toMatchObject({ accepted: true });
    expect(said('打算用贷款买设备，总投资3000万')).not.toHaveProperty('equipment_bought_with_loan');
    expect(said('准备用固贷买设备')).not.toHaveProperty('equipment_bought_with_loan');
    expect(said('主要用贷款买了设备')).toMatchObject({ equipment_bought_with_loan: true });
    expect(said('去年用固贷买设备的发票加起来2260万 含税的')).toMatchObject({ equipment_bought_with_loan: true });
  });

  it('the classes of 3.5 days or more are counted as said; all the classes counted are asked', () => {
    expect(answer('long_classes', '10个班，其中3.5天以上的8个')).toEqual({ long_classes: 8 });
    expect(answer('long_classes', '10 classes, of which 8 are 3.5 days or longer', 'en')).toEqual({ long_classes: 8 });
    expect(answer('long_classes', '4天的班一共10个')).toEqual({ long_classes: 10 });
    expect(answer('long_classes', '一共12个班')).toEqual({});
    expect(replyTo('long_classes', '一共12个班')).toContain('5.5.1.5');
    expect(answer('long_classes', '一共12个班，都是2天的')).toEqual({});
    expect(answer('long_classes', '一共12个班，每个班2天')).toEqual({ long_classes: 0 });
    expect(answer('long_classes', '12个班')).toEqual({ long_classes: 12 });
  });

  it('a filed total beside a net one excluding tax and civil works records both; without tax said, the filed alone', () => {
    expect(
      said('项目备案总投资9600万，按不含税、不含土建和铺底流动资金算是6100万，其中软件和系统集成900万'),
    ).toMatchObject({
      filed_total_investment: 9600,
      total_investment: 6100,
      software_investment: 900,
    });
    expect(answer('total_investment', '不含税不含土建的话2860万，备案那个数是四千二')).toMatchObject({
      total_investment: 2860,
      filed_total_investment: 4200,
    });
    // (Civil works alone left out: the figure may still hold tax — asked; the filed one is recorded.)
    expect(answer('total_investment', '备案八千万，不含土建五千二')).toEqual({ filed_total_investment: 8000 });
    expect(answer('total_investment', '备案是九千万 里面有两千万是厂房土建')).toEqual({ filed_total_investment: 9000 });
    // (The total stays asked, as before; the filed figure, civil works and all, is 1.1.1.2's.)
    expect(answer('total_investment', '备案5200万 里面含了土建八百万左右')).toEqual({ filed_total_investment: 5200 });
    expect(said('技改项目备案总投资1.2个亿，里面厂房土建占了四千多万')).toEqual({ filed_total_investment: 12000 });
    expect(said('Our upgrade project is filed at RMB 52 million.', 'en')).toMatchObject({
      filed_total_investment: 5200,
    });
  });

  it('the basis question is answered in words; places and banks denied or named locally are read', () => {
    expect(answer('total_investment_basis', '就是备案证上的数')).toEqual({ total_investment_basis: 'filed' });
    expect(answer('total_investment_basis', '不是备案那个，是扣掉税和土建以后的')).toEqual({
      total_investment_basis: 'net',
    });
    expect(answer('in_jiangsu', '在泰州，不是浙江那个台州哈')).toEqual({ in_jiangsu: true });
    expect(said('固贷四千万，常州本地农商行放的')).toMatchObject({ loan_from_jiangsu_bank: true });
    expect(said('固贷四千万，上海本地农商行放的')).toMatchObject({ loan_from_jiangsu_bank: false });
    expect(said('The fixed-asset loan is 40 million from a bank in Shanghai', 'en')).toMatchObject({
      loan_from_jiangsu_bank: false,
    });
  });

  it('growth after revenue’s word is the growth rate; R&D growth is no R&D share; 零几十 is the round figure', () => {
    expect(said('近三年主营收入平均增长12%，主导产品占比七成')).toMatchObject({ revenue_growth_3y_avg_pct: 12 });
    expect(said('研发投入平均增长12%')).not.toHaveProperty('rd_ratio_3y_avg_pct');
    expect(answer('software_investment', '一千零几十万')).toEqual({ software_investment: 1000 });
    expect(answer('software_investment', '一千零五十万')).toEqual({ software_investment: 1050 });
  });

  it('a recognition list with none besides it said after 除了这个 is the whole list', () => {
    expect(answer('certifications', '省级智能制造示范工厂，除了这个别的没有')).toEqual({
      certifications: ['smart-factory-list'],
    });
  });
});

describe('twenty-first round (play-test 45)', () => {
  const answer = answerTo;

  it('a recognition denied (没评上, 没有进…名单, not on the list, didn’t make it) is never recorded as held', () => {
    expect(answer('certifications', '去年报了工业互联网标杆工厂，没评上')).toEqual({});
    expect(answer('certifications', '没评上智能制造示范工厂')).toEqual({});
    expect(answer('certifications', '没有进智能制造示范工厂名单，不过是省级工业设计中心')).toEqual({
      certifications: ['industrial-design-center'],
    });
    expect(answer('certifications', 'we are not on the benchmark list', 'en')).toEqual({});
    expect(
      answer(
        'certifications',
        "We applied for the industrial internet benchmark factory list last year but didn't make it. No other titles.",
        'en',
      ),
    ).toEqual({});
    expect(answer('certifications', "we're not on any list", 'en')).toEqual({ certifications: [] });
    // (Held ones are read as before.)
    expect(answer('certifications', '我们是智能制造示范工厂，没评上标杆工厂')).toEqual({
      certifications: ['smart-factory-list'],
    });
    expect(answer('certifications', 'we are on the smart factory list', 'en')).toEqual({
      certifications: ['smart-factory-list'],
    });
  });

  it('a short denial of another question’s thing (不收费, 不是5G) answers that question, not the one pending', () => {
    expect(answer('training_experience', '不收费')).toEqual({});
    expect(answer('accepted', '不是5G')).toEqual({});
    expect(answer('training_free', '不收费')).toEqual({ training_free: true });
    expect(answer('fiveg_direction', '不是5G')).toEqual({ fiveg_direction: false });
    expect(answer('accepted', '不是')).toEqual({ accepted: false });
    expect(answer('accepted', '没问题')).not.toEqual({});
  });

  it('a message stating another fact is no yes to the question pending', () => {
    expect(answer('approvals_complete', '推荐单位出了验收意见')).toEqual({ accepted: true });
    expect(answer('approvals_complete', '验收了，推荐单位出了验收意见')).toEqual({ accepted: true });
    expect(answer('in_jiangsu', '有实施方案和绩效目标')).toEqual({ has_plan_and_targets: true });
    expect(answer('approvals_complete', '推荐单位出了说明')).toEqual({ approvals_complete: true });
    expect(answer('approvals_complete', '都有')).toEqual({ approvals_complete: true });
  });

  it('figures told as another thing: invested by end-2021, a loan with its lender, a payment all in cash', () => {
    expect(answer('software_investment', '到去年底投了六百')).toEqual({ invested_by_2021_end: 600 });
    expect(answer('filed_total_investment', '40 million, from Bank of Jiangsu', 'en')).toEqual({
      loan_from_jiangsu_bank: true,
    });
    expect(answer('total_investment', '五千万，贷款是江苏银行的')).toMatchObject({ total_investment: 5000 });
    expect(answer('stake_after_pct', 'all cash', 'en')).toEqual({});
    expect(answer('acquisition_cash', 'all cash', 'en', { acquisition_amount: 11000 })).toMatchObject({
      acquisition_cash: 11000,
    });
    expect(answer('acquisition_cash', '全部现金', 'zh-CN', { acquisition_amount: 11000 })).toMatchObject({
      acquisition_cash: 11000,
    });
    expect(answer('total_investment', '80 million RMB as filed', 'en')).toEqual({
      total_investment: 8000,
      filed_total_investment: 8000,
    });
  });
});

describe('reviews of the twenty-first round', () => {
  const answer = answerTo;

  it('a denial of one recognition beside one held keeps the held one only', () => {
    expect(answer('certifications', '标杆工厂没评上但是智能工厂有')).toEqual({
      certifications: ['smart-factory-list'],
    });
    expect(answer('certifications', '单项冠军没评上但是设计中心有')).toEqual({
      certifications: ['industrial-design-center'],
    });
    expect(answer('certifications', '没评上国家级的但省级智能工厂评上了')).toEqual({
      certifications: ['smart-factory-list'],
    });
    expect(
      answer(
        'certifications',
        "We applied for the benchmark factory in 2020 and got it, but didn't get selected for the smart factory list",
        'en',
      ),
    ).not.toEqual({ certifications: ['smart-factory-list'] });
  });

  it('places, plans, turns and totals read as before where the new rules do not apply', () => {
    expect(answer('in_jiangsu', '不是外地的是苏州本地的')).not.toEqual({ in_jiangsu: false });
    expect(said('不是国企是苏州的民营企业，做机械加工')).toMatchObject({ in_jiangsu: true });
    expect(answer('green_direction', '打算节能改造')).not.toEqual({ green_direction: false });
    expect(answer('approvals_complete', '手续齐全，备案没有问题')).toEqual({ approvals_complete: true });
    expect(answer('approvals_complete', '手续都齐了，备案还在有效期内')).toEqual({ approvals_complete: true });
    expect(answer('total_investment', '备案总投资5000万，设备发票不含税，不含土建4200万')).toEqual({
      filed_total_investment: 5000,
    });
    expect(answer('total_investment', '备案总投资5000万，土建不在内')).toMatchObject({ total_investment: 5000 });
    expect(answer('total_investment', '5000万，有3000万是江苏银行贷的')).toMatchObject({ total_investment: 5000 });
    expect(answer('total_investment', '不答了，备案是5000万')).toMatchObject({ total_investment: 5000 });
    expect(answer('accepted', '没通过')).toEqual({ accepted: false });
    expect(answer('industrial', '不生产')).toEqual({ industrial: false });
    expect(answer('stake_after_pct', '持股51%，全部现金支付')).toEqual({ stake_after_pct: 51 });
    expect(answer('stake_after_pct', '51%, paid in cash', 'en')).toEqual({ stake_after_pct: 51 });
    expect(answer('long_classes', '一共8个')).toEqual({ long_classes: 8 });
    expect(answer('long_classes', '一共12个班，每期一周')).toEqual({ long_classes: 12 });
  });
});

describe('twenty-second round (tune-zp, play-test 46)', () => {
  const answer = answerTo;
  const replyTo = repliesTo;

  it('好了 先出结果 shows the result and records no yes', () => {
    expect(answer('xinchuang_zone_basis', '好了 先出结果')).toEqual({});
    expect(replyTo('xinchuang_zone_basis', '好了 先出结果')).toContain('当前结论');
    expect(answer('xinchuang_zone_basis', '好了')).not.toEqual({ xinchuang_zone_basis: false });
  });

  it("the tax return's R&D deduction is not the project's R&D input; two registered capitals are asked", () => {
    expect(answer('rd_investment', '研发费用去年加计扣除了800万')).toEqual({});
    expect(answer('rd_investment', '研发攻关投入800万')).toEqual({ rd_investment: 800 });
    expect(answer('registered_capital', '认缴1000万，实缴300万')).toEqual({});
    expect(answer('registered_capital', '注册资金1000万')).toEqual({ registered_capital: 1000 });
    expect(said('培训公司 注册资金认缴1000万实缴300万 学员不收费')).not.toHaveProperty('registered_capital');
  });

  it('the same figure said again in other words is that figure; a different one after 准确说 is the one meant', () => {
    expect(answer('fixed_asset_loan', '2000万 准确说就是两千万整')).toEqual({ fixed_asset_loan: 2000 });
    expect(answer('fixed_asset_loan', '1500万，也就是一千五百万')).toEqual({ fixed_asset_loan: 1500 });
  });

  it('不对，是三千二 right after a figure corrects that figure; 改一下贷款 and 固贷应该是两千 name the loan', () => {
    const opening = ['常州的纺机厂，想申请技改贴息', '主营收入去年1.2个亿', '齐了', '备案总投资两千八'];
    expect(say([...opening, '不对，是三千二']).state.profile).toMatchObject({
      total_investment: 3200,
      filed_total_investment: 3200,
    });
    expect(say([...opening, '说错了，应该是3200']).state.profile).toMatchObject({ total_investment: 3200 });
    const loan = [...opening.slice(0, 3), '备案总投资三千二', '固贷一千八'];
    expect(say([...loan, '改一下固贷', '2000']).state.profile).toMatchObject({ fixed_asset_loan: 2000 });
    // (A bare figure far from the answer on record corrects nothing by itself: 不对，是1.5 after 1.2亿 is asked.)
    expect(say([opening[0] as string, '主营收入去年1.2个亿', '不对，是1.5']).state.profile.revenue_last_year).toBe(
      12000,
    );
    expect(say([...loan, '固贷应该是两千']).state.profile).toMatchObject({ fixed_asset_loan: 2000 });
  });

  it('a recognition said with a year the guide does not take is asked about, not offered as the one it takes', () => {
    const certsOf = (first: string) => say([first, '企业']).state.mentionedCerts ?? [];
    expect(certsOf('我们2020年评上的省专精特新小巨人，常州的，想申请小巨人培育项目')).not.toContain(
      'little-giant-2021',
    );
    expect(certsOf('我们2021年评上的省专精特新小巨人，常州的，想申请小巨人培育项目')).toContain('little-giant-2021');
    expect(certsOf('南京的大数据公司，项目2019年入选了省大数据应用示范项目，想报数据产品化')).not.toContain(
      'bigdata-demo-project',
    );
    expect(certsOf('南京的大数据公司，项目2021年入选了省大数据应用示范项目，想报数据产品化')).toContain(
      'bigdata-demo-project',
    );
    const en = (first: string) => say([first], { locale: 'en' }).state.mentionedCerts ?? [];
    expect(
      en('We were on the China Top 500 manufacturers list again in 2021 (we first entered in 2019). Any award?'),
    ).not.toContain('top500-first-2021');
    // (Any year out of range near the name leaves it asked, a growth series' years too: one more question, never the
    // wrong year's recognition offered — 我们是2020年的单项冠军，2021年营收5个亿 had offered the 2021 one.)
    expect(
      en('We were newly recognised as a provincial little giant in 2021. Revenue growth: 2019 +6%, 2020 +9%'),
    ).not.toContain('little-giant-2021');
    expect(certsOf('我们是2020年的单项冠军，2021年营收5个亿')).not.toContain('single-champion-2021');
  });

  it('a count of people for a count of classes (or the reverse) is not recorded', () => {
    expect(answer('long_classes', '60人')).toEqual({});
    expect(answer('long_classes', '8个班')).toEqual({ long_classes: 8 });
    expect(answer('min_class_size', '3个班')).toEqual({});
    expect(answer('min_class_size', '50人')).toEqual({ min_class_size: 50 });
    expect(answer('public_events_2021', '300人')).toEqual({});
    expect(answer('public_events_2021', '12场')).toEqual({ public_events_2021: 12 });
  });

  it('the opening question not answered twice screens every program instead of asking a third time', () => {
    const t = say(['我们在南通', '嗯嗯', 'offline服务了130家']);
    expect(t.state.pending).not.toBe(FOCUS_SLOT);
    expect(t.state.focus).toBeNull();
    expect(
      t.exchanges
        .at(-1)
        ?.replies.map((r) => r.text)
        .join('\n'),
    ).toContain('按全部项目');
    // (The SME platform named as the guide names it is a pick.)
    expect(say(['我们运营一个省级小微企业双创示范基地，想申报中小企业公共服务示范平台项目']).state.focus).toEqual([
      'platforms',
    ]);
  });

  it('plain English typed before any fact is recorded switches to English, after a pick too; a lone hello does not', () => {
    expect(say(['hello']).state.locale).toBe('zh-CN');
    const platform =
      'We run an industrial internet platform in Suzhou; it was recognised as a provincial key industrial internet platform in 2019.';
    expect(say(['hello', '3', platform]).state.locale).toBe('en');
    expect(say(['你好', '1', '技改贴息']).state.locale).toBe('zh-CN');
  });

  it('a yes or no taken back in the same message (没买，刚才说错了，买了) answers the question pending', () => {
    expect(answer('equipment_bought_with_loan', '没买，刚才说错了，买了')).toEqual({
      equipment_bought_with_loan: true,
    });
    expect(answer('equipment_bought_with_loan', '买了，不对，还没买')).toEqual({ equipment_bought_with_loan: false });
  });

  it("that's the only one closes the list of recognitions said before", () => {
    const t = say(
      [
        'Hi there',
        '3',
        'We run an industrial internet platform in Suzhou; it was recognised as a provincial key industrial internet platform in 2019.',
        "that's the only one",
      ],
      { locale: 'en' },
    );
    expect(t.state.profile.certifications).toEqual(['key-iiot-platform']);
  });

  it('approvals not needed count with the recommending unit’s statement; without it, the statement is asked', () => {
    expect(answer('approvals_complete', '这个项目不需要备案环评，推荐单位会出说明')).toEqual({
      approvals_complete: true,
    });
    expect(answer('approvals_complete', '备案有，环评能评不需要，推荐单位出说明')).toEqual({
      approvals_complete: true,
    });
    expect(answer('approvals_complete', '不需要办')).toEqual({});
    expect(replyTo('approvals_complete', '不需要办')).toContain('推荐单位会为此出具说明吗');
    expect(answer('approvals_complete', '环评不需要，能评还在办，推荐单位出说明')).not.toEqual({
      approvals_complete: true,
    });
    // (Review: a part under way, a statement refused, or complete with nothing more needed.)
    expect(answer('approvals_complete', '不需要备案，环评正在做')).toEqual({ approvals_complete: false });
    expect(answer('approvals_complete', '手续不用办，也不用出说明')).toEqual({});
    expect(answer('approvals_complete', '手续齐全，不需要再补了')).toEqual({ approvals_complete: true });
  });
});

describe('twenty-third round (tune-zq, play-test 47)', () => {
  const answer = answerTo;
  const replyTo = repliesTo;

  it('a no said of another program’s thing is asked again, not recorded as this question’s no', () => {
    expect(answer('approvals_complete', '没有技改贷款项目')).toEqual({});
    expect(replyTo('approvals_complete', '没有技改贷款项目')).toContain('说的是另一件事');
    expect(answer('identifier_capability', '不做平台，也不做安全')).toEqual({});
    // (A no of the question's own things stands.)
    expect(answer('approvals_complete', '没有，环评还没办')).toEqual({ approvals_complete: false });
    expect(answer('identifier_capability', '没有团队')).toEqual({ identifier_capability: false });
    expect(answer('equipment_bought_with_loan', '没有买设备')).toEqual({ equipment_bought_with_loan: false });
  });

  it('another fact’s figure said by its label is no echo of a yes/no question', () => {
    expect(answer('cluster_org_basics', '去年集群服务收入三百五十万')).toEqual({ cluster_service_revenue_2021: 350 });
    expect(answer('cluster_org_basics', '有固定办公场地，制度健全，收入稳定，专业团队也有')).toEqual({
      cluster_org_basics: true,
    });
  });

  it('别问了 asks for the result and records no yes; 问了 is no echoed verb', () => {
    expect(answer('training_free', '别问了')).toEqual({});
    expect(replyTo('training_free', '直接出结果吧 别问了')).toContain('当前结论');
    expect(parseCommand('别问了')).toEqual({ kind: 'result' });
    expect(parseCommand('问了')).toBeUndefined();
  });

  it('a recognition named after 没有 is denied; a bare 没有 is none', () => {
    expect(answer('certifications', '没有智能制造示范工厂 也不是标杆工厂 就一个省级工业设计中心')).toEqual({
      certifications: ['industrial-design-center'],
    });
    expect(answer('certifications', '没有')).toEqual({ certifications: [] });
    expect(answer('certifications', '没有，只有省级智能制造示范工厂')).toEqual({
      certifications: ['smart-factory-list'],
    });
  });

  it('加计扣除 is no 加 of a sum; 攻关投入 names the R&D input', () => {
    expect(answer('rd_investment', '攻关投入三千万出头，加计扣除那边报的是两千八')).toEqual({ rd_investment: 3000 });
    expect(answer('rd_investment', '三千加两千八')).toEqual({ rd_investment: 5800 });
  });

  it('a word said as its own question (规上不规上) states nothing', () => {
    expect(answer('above_scale', '规上不规上我不太清楚 要问下统计那边')).toEqual({});
    expect(said('规上不规上我不太清楚')).not.toHaveProperty('industrial');
    expect(said('我们是规上企业')).toMatchObject({ above_scale: true });
  });

  it('a count said as it stands now beside its target is asked; the level to reach is no investment', () => {
    const p = said('现在注册量1.5亿，项目完成时能到3亿，解析量完成时1.2亿，接入企业现在600多家，目标1200家');
    expect(p).not.toHaveProperty('identifier_registrations_yi');
    expect(p).not.toHaveProperty('identifier_connected_enterprises');
    expect(p).not.toHaveProperty('total_investment');
    expect(p).toMatchObject({ identifier_resolutions_yi: 1.2 });
    // (A now-figure beside another measure's target stands.)
    expect(said('目前接入企业1,180家，项目完成时预计注册量3亿')).toMatchObject({
      identifier_connected_enterprises: 1180,
    });
  });

  it('建设期两年 is no stage; 两千整 corrects the loan', () => {
    expect(
      said('我们是南京的信创企业，准备跟东南大学合建一个信创实验室，合作期5年，建设期两年投入1200万左右'),
    ).not.toHaveProperty('stage');
    expect(said('南通纺织企业，规上，固贷两千二，不对，是两千整，农行南通分行放的')).toMatchObject({
      fixed_asset_loan: 2000,
    });
    expect(said('固贷两千二，不对，是一千八')).toMatchObject({ fixed_asset_loan: 1800 });
  });

  it('a training company is not industrial for the subject of its classes; 化工厂 is', () => {
    const p = said(
      "Hello, I'm the training manager of a Nanjing consulting & training company. We want to apply for the industrial talent training project, running 10 classes of smart manufacturing for SME managers across Jiangsu.",
      'en',
    );
    expect(p).not.toHaveProperty('industrial');
    expect(said('盐城的化工厂，想报绿色化改造')).toMatchObject({ industrial: true });
  });

  it('a yes whose rest tells another fact, or said as a commitment, is not this question’s yes', () => {
    expect(answer('info_consumption_direction', '有的，办公场地固定，制度健全，收入稳定')).toEqual({});
    expect(answer('approvals_complete', '参加过，去年参加了国家先进制造业集群竞赛')).toEqual({
      cluster_participation: true,
    });
    expect(answer('platform_indicators_met', '可以承诺，承诺函没问题')).toEqual({});
    expect(answer('platform_indicators_met', '满足')).toEqual({ platform_indicators_met: true });
    expect(replyTo('info_consumption_direction', '有的，办公场地固定，制度健全，收入稳定')).not.toContain('已记下');
  });

  it('a figure after a clause naming the loan alone, or said as of the end of 2021, is not the total', () => {
    expect(answer('total_investment', '有固贷，3000万，中行盐城分行放的')).not.toHaveProperty('total_investment');
    expect(answer('total_investment', '截至2021年底1500万')).toEqual({});
    expect(answer('filed_total_investment', '15 million by end of 2021', 'en')).toEqual({});
    expect(answer('total_investment', '不含税，3000万')).toEqual({ total_investment: 3000 });
  });

  it('profit is no rival to revenue; equipment bought with own money is a no; all three done is a yes', () => {
    expect(answer('revenue_last_year', '营收八千万 利润八百万')).toEqual({ revenue_last_year: 8000 });
    expect(answer('equipment_bought_with_loan', '贷款没有，设备是拿自己钱买的')).not.toHaveProperty(
      'equipment_bought_with_loan',
    );
    expect(answer('approvals_complete', 'All three done: filing, EIA and energy review.', 'en')).toEqual({
      approvals_complete: true,
    });
  });

  it('6 events to the promotion events question is that count; 5个多点 is a share', () => {
    expect(answer('identifier_promotion_events', '6 events', 'en')).toEqual({ identifier_promotion_events: 6 });
    expect(answer('identifier_promotion_events', '办6场活动')).toEqual({ identifier_promotion_events: 6 });
    expect(answer('public_events_2021', '6 events', 'en')).toEqual({ public_events_2021: 6 });
    expect(answer('rd_ratio_3y_avg_pct', '研发占比大概5个多点')).toEqual({ rd_ratio_3y_avg_pct: 5 });
  });

  it('review: the round’s rules leave right answers as they were', () => {
    expect(answer('total_investment', '目标总投资3000万')).toEqual({ total_investment: 3000 });
    expect(answer('total_investment', '建成后总投资3200万')).toEqual({ total_investment: 3200 });
    expect(answer('total_investment', '项目完成后总投资3200万，目前投了1000万')).not.toEqual({
      total_investment: 1000,
    });
    expect(answer('total_investment', '到21年底一共3000万，项目已经完工验收了')).toEqual({ total_investment: 3000 });
    expect(answer('total_investment', '设备2500加计量仪器300')).toEqual({ total_investment: 2800 });
    expect(answer('equipment_bought_with_loan', '设备是贷款买的，厂房自己出钱盖的')).toEqual({
      equipment_bought_with_loan: true,
    });
    expect(answer('equipment_bought_with_loan', '设备一半贷款一半拿自己钱买的')).toEqual({});
    expect(answer('more_acquisitions', '没有其他收购了')).toEqual({ more_acquisitions: false });
    expect(answer('merger_completed_2021', '没收购过企业')).toEqual({ merger_completed_2021: false });
    expect(answer('approvals_complete', '还没有节能审查意见')).toEqual({ approvals_complete: false });
    expect(answer('has_plan_and_targets', '还没有平台建设方案')).toEqual({ has_plan_and_targets: false });
    expect(answer('training_all_regions', '没有苏北的培训班')).toEqual({ training_all_regions: false });
    expect(answer('identifier_capability', '没有平台和安全方面的能力')).toEqual({ identifier_capability: false });
    expect(answer('identifier_capability', '有的，有专利和研发团队')).toEqual({ identifier_capability: true });
    expect(answer('training_free', '可以承诺不收费')).toEqual({ training_free: true });
    expect(answer('industrial', 'we are a manufacturer with our own training centre', 'en')).toEqual({
      industrial: true,
    });
    expect(answer('certifications', '没有过期的省级中小企业公共服务示范平台')).toEqual({
      certifications: ['sme-service-platform'],
    });
  });

  it('a 原则上 miss goes on asking the conditions that admit no exception', () => {
    const t = say(['我们是常州的，做注塑件的，规上，想问问技改贴息', '手续都办好了', '备案2800万']);
    expect(t.state.pending).toBe('fixed_asset_loan');
    const done = say([
      '我们是常州的，做注塑件的，规上，想问问技改贴息',
      '手续都办好了',
      '备案2800万',
      '固贷2500万',
      '苏州银行',
      '买了',
    ]);
    const verdict = done.verdict?.text ?? '';
    expect(verdict).toContain('原则上');
    expect(verdict).not.toContain('其余条件尚未核实');
  });
});

describe('twenty-fourth round (tune-zr, play-test 48)', () => {
  const answer = answerTo;
  const replyTo = repliesTo;

  it('a state nearly reached (差一点到规上, 快到规上了, almost above-scale) is not held', () => {
    expect(answer('revenue_last_year', '一千九百多万 差一点到规上')).toEqual({
      revenue_last_year: 1900,
      above_scale: false,
    });
    expect(answer('above_scale', '快到规上了')).toEqual({ above_scale: false });
    expect(answer('above_scale', 'almost above-scale', 'en')).toEqual({ above_scale: false });
    // (To another question it answers nothing of that one: the scale is recorded, the question asked.)
    expect(answer('industrial', '快到规上了')).toEqual({ above_scale: false });
    // (Reached, it is held; 很快 is no "nearly", and 快到货了 / 快到期了 beside a yes are said of something else.)
    expect(answer('revenue_last_year', '2500万，规上')).toMatchObject({ above_scale: true });
    expect(answer('above_scale', '是规上')).toMatchObject({ above_scale: true });
    expect(
      step(undefined, '无锡一家汽车零部件厂，这几年发展很快是规上企业，技改项目总投资5000万').state.profile.above_scale,
    ).toBe(true);
    expect(answer('equipment_bought_with_loan', '买了，快到货了')).toEqual({ equipment_bought_with_loan: true });
    expect(answer('own_ip', '有，专利快到期了')).toEqual({ own_ip: true });
    expect(answer('loan_from_jiangsu_bank', '是的，贷款快到期了')).toEqual({ loan_from_jiangsu_bank: true });
  });

  it('快两年 is a bound, not two years', () => {
    const t = step(
      undefined,
      '我们是省级制造业创新中心的依托企业 省里批复试点建设快两年了 新项目建设周期两年 总投入6000万',
    );
    expect(t.state.profile.innovation_center_age_years).toBeUndefined();
    expect(t.state.profile.total_investment).toBe(6000);
    expect(answer('total_investment', '快三千万了')).toEqual({});
    expect(answer('innovation_center_age_years', '两年多')).toEqual({ innovation_center_age_years: 2 });
  });

  it('a figure taken back in the same message answers with the figure after it', () => {
    expect(answer('fixed_asset_loan', '贷了两千万 不对 是两千五')).toEqual({ fixed_asset_loan: 2500 });
    expect(answer('fixed_asset_loan', '贷了两千万 哦不对 两千五')).toEqual({ fixed_asset_loan: 2500 });
    expect(replyTo('fixed_asset_loan', '贷了两千万 不对 是两千五')).not.toContain('已更正');
    const t = step(undefined, '常州一家做车规级IGBT的企业，研发攻关投入4000万，刚才说错了，是5000万');
    expect(t.state.profile.rd_investment).toBe(5000);
    // (A figure named as another fact's is that fact's correction, whatever is pending.)
    expect(answer('fixed_asset_loan', '利率4.65不对 是4.35', 'zh-CN', { loan_rate_pct: 4.65 })).toEqual({
      loan_rate_pct: 4.35,
    });
    expect(
      answer('loan_interest_paid_2021', '贷款4000万那个不对，是3000万', 'zh-CN', { fixed_asset_loan: 4000 }),
    ).toEqual({ fixed_asset_loan: 3000 });
    // (A figure said earlier, named as such, is corrected where it is on record.)
    expect(
      answer('total_investment', '等下 我刚才说贷款4000是错的 是3000', 'zh-CN', { fixed_asset_loan: 4000 }),
    ).toEqual({ fixed_asset_loan: 3000 });
  });

  it('Partly… is asked; 5G in an answer is no date', () => {
    expect(
      answer('fiveg_direction', 'Partly. We have a 5G private network, but only in one workshop so far.', 'en'),
    ).toEqual({});
    expect(answer('fiveg_direction', 'Yes, 5G private network in all workshops', 'en')).toEqual({
      fiveg_direction: true,
    });
  });

  it('符合国家规定 is no yes to the same-parent question; not a group-internal deal is a no', () => {
    expect(answer('same_parent', '符合国家规定')).toEqual({});
    expect(replyTo('same_parent', '符合国家规定')).toContain('另一件事');
    expect(answer('same_parent', '是的')).toEqual({ same_parent: true });
    expect(answer('same_parent', '是，集团内部重组')).toEqual({ same_parent: true });
    const t = step(
      undefined,
      'Hello, our company in Suzhou (a medical device maker) acquired 60% of a German company in September 2021 for EUR 9 million, all in cash. We are the sole controlling shareholder now, registration changes completed, not a group-internal deal.',
    );
    expect(t.state.profile.same_parent).toBe(false);
    expect(answer('same_parent', "It isn't a group-internal deal", 'en')).toEqual({ same_parent: false });
    expect(answer('same_parent', 'yes, group-internal restructuring', 'en')).toEqual({ same_parent: true });
    // (The question's own words answer it: 具备服务能力 to the node's capability.)
    expect(answer('identifier_capability', '具备服务能力')).toEqual({ identifier_capability: true });
  });

  it('宿州 is in Anhui', () => {
    expect(answer('in_jiangsu', '在宿州 项目也在宿州')).toEqual({ in_jiangsu: false });
    expect(answer('in_jiangsu', '在宿迁')).toEqual({ in_jiangsu: true });
    // (日照 is sunshine too; 浦东 a bank's name.)
    expect(answer('in_jiangsu', '在盐城，光伏项目日照充足')).toEqual({ in_jiangsu: true });
  });

  it('1,500 a year is 1500, not 1; mostly offline is asked with 5.5.1.2’s reason', () => {
    expect(answer('trainees_3y_avg', '1,500 a year, all in person', 'en')).toEqual({ trainees_3y_avg: 1500 });
    expect(answer('trainees_3y_avg', 'around 800, mostly offline', 'en')).toEqual({});
    expect(answer('trainees_3y_avg', '1500人次 大部分是线下')).toEqual({});
    expect(replyTo('trainees_3y_avg', '1500人次，其中线上300')).toContain('不含线上培训');
    expect(answer('trainees_3y_avg', '1500人次，全是线下')).toEqual({ trainees_3y_avg: 1500 });
    expect(answer('trainees_3y_avg', '1500人次，主要是面授，线上的没算')).toEqual({ trainees_3y_avg: 1500 });
    // (Three figures in a row are a list, never glued into one.)
    expect(answer('trainees_3y_avg', '800,900,1000')).not.toEqual({ trainees_3y_avg: 800900 });
  });

  it('不收学员任何费用 / no fees for trainees; smallest class N', () => {
    const t = step(undefined, '南京一所职业技术学院 想办产业人才培训 计划培训900人 每班最少60人 不收学员任何费用');
    expect(t.state.profile).toMatchObject({ training_free: true, min_class_size: 60, planned_trainees: 900 });
    const e = step(
      undefined,
      "We're a non-profit training association in Yangzhou. Plan: 1,000 trainees, smallest class 50 people, no fees for trainees.",
    );
    expect(e.state.profile).toMatchObject({ training_free: true, min_class_size: 50 });
    // (Some fee is no free training.)
    expect(step(undefined, '产业人才培训，学员要交资料费').state.profile.training_free).toBe(false);
  });

  it('excluding VAT and civil works is the net total', () => {
    expect(answer('total_investment', 'total investment excluding VAT and civil works 42 million RMB', 'en')).toEqual({
      total_investment: 4200,
    });
    expect(answer('total_investment', '42 million including VAT and civil works', 'en')).toEqual({});
  });

  it('a foreign currency beside a date question does not ask to convert the date', () => {
    expect(repliesTo('acquisition_date', 'EUR 9 million, about 65 million RMB', 'en')).not.toContain('convert');
  });
});

describe('twenty-fourth round: a correction that changes nothing', () => {
  it('says the value on record is unchanged, and 已更正 only when it changes', () => {
    const state = { ...afterVerdict({ approvals_complete: true, in_jiangsu: true }, ['tech-loan']) };
    const same = step(state, '手续齐的');
    expect(same.state.profile.approvals_complete).toBe(true);
    const text = same.replies.map((r) => r.text).join('\n');
    expect(text).toContain('未作更改');
    expect(text).not.toContain('已更正');
    const changed = step(afterVerdict({ total_investment: 3000 }, ['tech-loan']), '不对，总投资是3500万');
    expect(changed.state.profile.total_investment).toBe(3500);
    expect(changed.replies.map((r) => r.text).join('\n')).toContain('已更正');
  });
});

describe('twenty-fifth round (tune-zs, play-test 49)', () => {
  const answer = answerTo;

  it('a count naming another thing is no answer to a count or years question', () => {
    // (4个市 to the smallest class had been 4 people; one direction a 1-year cooperation; no fees 0 long classes.)
    expect(answer('min_class_size', '4个市')).toEqual({});
    expect(answer('min_class_size', '50人')).toEqual({ min_class_size: 50 });
    expect(answer('training_cities', '4个市')).toEqual({ training_cities: 4 });
    expect(answer('lab_cooperation_years', 'we target one direction', 'en')).toEqual({});
    expect(answer('lab_cooperation_years', 'five full years', 'en')).toEqual({ lab_cooperation_years: 5 });
    expect(answer('loan_term_years', '60 months', 'en')).toEqual({ loan_term_years: 5 });
    expect(answer('long_classes', 'no fees at all', 'en')).toEqual({});
    expect(answer('long_classes', 'none', 'en')).toEqual({ long_classes: 0 });
    expect(answer('long_classes', 'no classes that long', 'en')).toEqual({ long_classes: 0 });
    expect(answer('long_classes', 'eight long classes', 'en')).toEqual({ long_classes: 8 });
    expect(answer('identifier_resolutions_yi', '1.5 billion', 'en')).toEqual({ identifier_resolutions_yi: 15 });
  });

  it('the approvals not needed is no answer to another yes/no question; none or 不能 to the Jiangsu question is asked', () => {
    expect(answer('cluster_focus', '不需要备案，推荐单位出说明')).toEqual({});
    expect(answer('approvals_complete', '不需要备案，推荐单位出说明')).toEqual({ approvals_complete: true });
    expect(answer('in_jiangsu', 'none', 'en')).toEqual({});
    expect(answer('in_jiangsu', '不能')).toEqual({});
    expect(answer('in_jiangsu', '不在')).toEqual({ in_jiangsu: false });
    expect(answer('in_jiangsu', 'no', 'en')).toEqual({ in_jiangsu: false });
  });

  it('a figure said ex-tax only beside the filed total leaves the total asked', () => {
    expect(answer('total_investment', '标杆工厂项目不含税3600万，备案总投资4200万')).toEqual({
      filed_total_investment: 4200,
    });
    expect(answer('total_investment', '备案总投资4200万，不含税3600万')).toEqual({ filed_total_investment: 4200 });
    // (An invoice's ex-tax figure is the invoice's: the filed total is the total as before.)
    expect(said('技改项目备案总投资3200万，21年用贷款买的设备发票不含税1650万')).toMatchObject({
      filed_total_investment: 3200,
      total_investment: 3200,
    });
  });

  it('places: the lender’s, the customers’, and the applicant’s', () => {
    expect(answer('loan_term_years', '刚才说错了 贷款是上海那边放的 不是省内的')).toEqual({
      loan_from_jiangsu_bank: false,
    });
    expect(said('我们做电机的，客户主要在上海').in_jiangsu).toBeUndefined();
    expect(said('我是咨询公司的，替客户问一下：客户在昆山，规上电子企业').in_jiangsu).toBe(true);
  });

  it('a part built while the project is under way is no completion; a count now below the floor is asked', () => {
    expect(said('在做5G全连接工厂 厂区5G专网已经建好了').stage).toBeUndefined();
    // (Alone too, since the twenty-ninth round's play-test 53: a part of the works done is no completion of the project —
    // it had read the green upgrade ❌ from it. The stage is asked.)
    expect(said('厂区5G专网已经建好了').stage).toBeUndefined();
    const node = said('在建二级节点 现在累计标识注册量一亿八千万左右 计划明年6月底上线');
    expect(node.identifier_registrations_yi).toBeUndefined();
    expect(said('目前累计标识注册量2.3亿，计划2023年5月上线').identifier_registrations_yi).toBe(2.3);
  });

  it('a program’s factory is no industrial enterprise; car parts sold are no trade', () => {
    expect(said('smart factory', 'en')).toEqual({});
    expect(said('智能工厂')).toEqual({});
    expect(said('we run a smart factory in Suzhou', 'en')).toMatchObject({ industrial: true });
    expect(said('we sell car parts', 'en').industrial).toBeUndefined();
    expect(said('we are a korean company in yancheng, car parts', 'en').industrial).toBe(true);
  });

  it('filing done but the environmental assessment not done is no yes', () => {
    expect(said("We have the filing but the environmental assessment isn't done.", 'en').approvals_complete).toBe(
      false,
    );
    expect(said('Filing, EIA and energy review are all done', 'en').approvals_complete).toBe(true);
    expect(answer('approvals_complete', 'approvals not all done', 'en')).toEqual({ approvals_complete: false });
  });
});

describe('review of the twenty-fifth round', () => {
  const answer = answerTo;

  it('keeps answers the round’s new rules had refused or misread', () => {
    expect(answer('service_team_size', '12 engineers', 'en')).toEqual({ service_team_size: 12 });
    expect(answer('public_events_2021', '30 workshops', 'en')).toEqual({ public_events_2021: 30 });
    expect(answer('public_events_2021', '20次市级的')).toEqual({ public_events_2021: 20 });
    expect(answer('green_direction', '是节能降碳方向的，不需要能评，推荐单位出说明')).toMatchObject({
      green_direction: true,
    });
    expect(said('Smart factory in Wuxi making bearings, want to apply', 'en').industrial).toBe(true);
    expect(said("We're an auto parts wholesaler in Suzhou", 'en').industrial).toBeUndefined();
    expect(said('我们是无锡的制造企业，车间改造项目已经完工了，现在在做验收').stage).toBe('completed');
    expect(
      said('我们的二级节点2021年已经上线运行了，目前累计标识注册量1.5亿，计划明年再扩容').identifier_registrations_yi,
    ).toBe(1.5);
    expect(answer('total_investment', '备案5000万，2021年底前完成投资不含税2800万')).toMatchObject({
      filed_total_investment: 5000,
      invested_by_2021_end: 2800,
    });
    expect(said('贷款是从上海浦发银行总行贷的 3000万 项目在扬州').loan_from_jiangsu_bank).toBe(false);
    expect(answer('in_jiangsu', '没有')).toEqual({ in_jiangsu: false });
  });
});

describe('the twenty-sixth round: play-test 50 and tune-zt', () => {
  const answer = answerTo;

  it('reads a class size said per class as the smallest class, never as the total (play-test 49/50)', () => {
    expect(answer('min_class_size', '50 trainees', 'en')).toEqual({ min_class_size: 50 });
    expect(answer('min_class_size', '100 trainees in total', 'en')).toEqual({ planned_trainees: 100 });
    expect(answer('planned_trainees', '60 trainees each', 'en')).toEqual({ min_class_size: 60 });
    const perClass = answer('planned_trainees', '60 trainees per class, 10 classes', 'en');
    expect(perClass.planned_trainees).toBeUndefined();
    expect(perClass.min_class_size).toBe(60);
    expect(answer('planned_trainees', '60人一个班 办10个班')).toEqual({ min_class_size: 60 });
    // (A count before 每个班… in the next clause is the total, as it was.)
    expect(said('职业技术学院想报人才培养项目 计划培训900人 每个班不少于60人')).toMatchObject({
      planned_trainees: 900,
      min_class_size: 60,
    });
  });

  it('asks a share said as two neighbouring numerals (六七成): a range', () => {
    expect(answer('main_product_share_pct', '六七成')).toEqual({});
    expect(answer('main_product_share_pct', '七八成吧')).toEqual({});
    expect(answer('main_product_share_pct', '七成')).toEqual({ main_product_share_pct: 70 });
  });

  it('records the filing and asks the total when what was really invested is said beside it', () => {
    expect(answer('total_investment', '备案8千万 实际投了6千')).toEqual({ filed_total_investment: 8000 });
    expect(answer('total_investment', '备案八千万 实际也是八千万')).toMatchObject({ total_investment: 8000 });
  });

  it('asks an R&D figure with building renovation inside it, not one that says none of it is', () => {
    expect(
      said(
        'The R&D budget for the project is about 30 million RMB, but about 5 million of that is building renovation.',
        'en',
      ).rd_investment,
    ).toBeUndefined();
    expect(said('核心技术攻关项目 研发投入三千万 其中五百万是厂房装修').rd_investment).toBeUndefined();
    expect(said('核心技术攻关项目 研发投入三千万 其中五百万是设备').rd_investment).toBe(3000);
    expect(answer('loan_interest_paid_2021', 'RMB 0.6m, none of it for civil works', 'en')).toEqual({
      loan_interest_paid_2021: 60,
    });
  });

  it('reads "the total" as the project total where a part of it is asked', () => {
    expect(answer('invested_by_2021_end', "the total is 30m, we've spent most of it already", 'en')).toEqual({
      total_investment: 3000,
    });
    expect(answer('fixed_asset_loan', 'the total is 30m', 'en')).toEqual({ fixed_asset_loan: 3000 });
  });

  it('takes the program applied for as no recognition held, and 企业 as no recognition named (play-test 50)', () => {
    const t = step(undefined, '我们是苏州一家做汽车零部件的 想报智能制造示范工厂');
    expect(t.state.mentionedCerts ?? []).not.toContain('smart-factory-list');
    expect(step(t.state, '就这些').state.profile.certifications).toBeUndefined();
    expect(said('我们是省级智能制造示范工厂 想报标杆工厂').certifications ?? []).not.toContain('iiot-benchmark-list');
    expect(answer('certifications', '企业')).toEqual({});
    expect(answer('certifications', '区块链企业库')).toEqual({ certifications: ['cloud-bigdata-registry'] });
  });

  it("asks again when the no or the yes is another thing's (play-test 50)", () => {
    expect(answer('training_licensed', '我们是事业单位 注册资金没有')).toEqual({});
    expect(answer('training_licensed', '培训资质没有')).toEqual({ training_licensed: false });
    expect(answer('training_licensed', '没有')).toEqual({ training_licensed: false });
    expect(answer('info_consumption_direction', '有固定办公场所 专职的12个人')).toEqual({ service_team_size: 12 });
    expect(answer('training_licensed', '有培训资质')).toEqual({ training_licensed: true });
    expect(answer('security_capability', 'ok thx', 'en')).toEqual({});
    expect(answer('security_capability', '好的谢谢')).toEqual({});
    expect(answer('security_capability', 'yes', 'en')).toEqual({ security_capability: true });
  });

  it('reads none said with a particle as 0, and free except travel as free (5.5.1.6)', () => {
    expect(answer('other_interest_subsidy_2021', '没有的')).toEqual({ other_interest_subsidy_2021: 0 });
    // (没搞 / 没开展 stay asked: of a count planned — 计划开展…多少场 — not held is not yet; review.)
    expect(answer('public_events_2021', '没搞')).toEqual({});
    expect(answer('identifier_promotion_events', '没开展，计划中')).toEqual({});
    expect(answer('training_free', 'free, except they pay their own travel', 'en')).toEqual({ training_free: true });
    expect(answer('training_free', 'free, but trainees pay for accommodation and travel', 'en')).toEqual({});
  });

  it('greets a Latin greeting in the platform language and says an English sentence switches (play-test 49/50)', () => {
    const hi = step(undefined, 'hi');
    expect(hi.state.locale).toBe('zh-CN');
    expect(hi.replies.map((r) => r.text).join('\n')).toContain('in an English sentence');
    expect(step(hi.state, 'We are a Wuxi motor maker, total investment 60m').state.locale).toBe('en');
    // (all, typed after 你好, stays Chinese: letters alone switch nothing — review.)
    expect(step(step(undefined, '你好').state, 'all').state.locale).toBe('zh-CN');
    expect(
      step(undefined, '你好')
        .replies.map((r) => r.text)
        .join('\n'),
    ).not.toContain('English');
    expect(isPolicyQuestion('should finish by Q3 2023')).toBe(false);
    expect(isPolicyQuestion('should we apply for both?')).toBe(true);
  });
});

describe('after the verdict, the twenty-sixth round', () => {
  it('screens a program named with 呢 after the verdict too (play-test 50)', () => {
    let t = step(undefined, '我们是东南大学计算机学院，想跟企业一起建信创实验室，学校能报吗');
    expect(t.state.verdictShown).toBe(true);
    t = step(t.state, '那人才培训项目呢 我们继续教育学院办培训很多年了');
    expect(t.state.focus).toContain('talent-training');
    expect(t.state.pending).not.toBeNull();
  });
});

describe('review of the twenty-sixth round', () => {
  const answer = answerTo;

  it('keeps what the round’s new rules had misread (second review)', () => {
    expect(answer('identifier_promotion_events', '没开展')).toEqual({});
    expect(answer('total_investment', '3500 including equipment but no building work', 'en')).toEqual({
      total_investment: 3500,
    });
    expect(answer('rd_investment', '3500万，这里面没有土建')).toEqual({ rd_investment: 3500 });
    expect(answer('certifications', 'tech-based SME enterprise registry', 'en')).toEqual({});
    expect(answer('planned_trainees', '10期，60人一期')).toEqual({ min_class_size: 60 });
    expect(answer('planned_trainees', '60人一期，共10期')).toEqual({ min_class_size: 60 });
    expect(answer('core_tech_direction', '有功率器件，研发投入两千万')).toMatchObject({ core_tech_direction: true });
    expect(step(undefined, '我们想报小巨人，去年刚评上').state.mentionedCerts).toContain('little-giant-2021');
  });

  it('keeps what the round’s new rules had misread', () => {
    expect(answer('min_class_size', '计划培训800人')).toEqual({ planned_trainees: 800 });
    expect(answer('min_class_size', '800 trainees, classes of 50', 'en')).toMatchObject({ planned_trainees: 800 });
    expect(answer('training_free', 'free except travel and a registration fee', 'en')).toEqual({});
    expect(answer('identifier_promotion_events', '还没开展')).toEqual({});
    expect(said('备案总投资5000万，实际2022年3月开工')).toMatchObject({ total_investment: 5000 });
    expect(said('备案总投资8000万，不含税不含土建，实际投了6000万')).toMatchObject({ total_investment: 8000 });
    expect(answer('core_tech_direction', '有高端芯片')).toEqual({ core_tech_direction: true });
    expect(answer('training_licensed', '我们是协会，营业执照没有')).toEqual({ training_licensed: false });
    expect(answer('has_plan_and_targets', '方案有的，考核指标还没有')).toEqual({ has_plan_and_targets: false });
    const ai = step(step(undefined, '你好').state, 'AI');
    expect(ai.state.locale).toBe('zh-CN');
    expect(step(undefined, '我们是苏州的企业，想报专精特新小巨人').state.mentionedCerts ?? []).toEqual([]);
  });

  it('shows the question planned next beside a change asked again, so an answer to it is never to a question unseen', () => {
    let t = step(undefined, '无锡做电机的，规上，想申请技改贴息，总投资3000万');
    t = step(t.state, '总投资是3500万');
    const other = step(t.state, '手续都齐了');
    const asks = other.replies.filter((r) => r.kind === 'ask');
    expect(asks.length).toBe(1);
    expect(asks[0]?.slot).toBe(other.state.pending);
  });
});

describe('tune-zt openings, the twenty-sixth round', () => {
  it('reads a deal priced in dollars with its RMB value, and a deal inside one group', () => {
    expect(
      said(
        'We are a listed pharma company in Suzhou. In 2021 we acquired 65% of a US biotech for USD 12m, roughly RMB 78 million.',
        'en',
      ).acquisition_amount,
    ).toBe(7800);
    expect(said('去年收购了一家美国公司 600万美元，折合人民币大概3900万').acquisition_amount).toBe(3900);
    expect(said('集团下面两家子公司之间做了个重组 我们出资6000万')).toMatchObject({
      same_parent: true,
      acquisition_amount: 6000,
    });
    // (A project's dollars stay the project's.)
    expect(said('项目总投资600万美元，折合人民币大概3900万').total_investment).toBe(3900);
  });
});

describe('the twenty-seventh round (tune-zu, play-test 51)', () => {
  const answer = answerTo;

  it('takes the offline count of SMEs served or trainees, never an online one', () => {
    expect(answer('smes_served_2021', '130-ish offline, plus 400+ online; 9 public events', 'en')).toEqual({
      smes_served_2021: 130,
      public_events_2021: 9,
    });
    expect(answer('smes_served_2021', '线下130家左右 线上还有400多家')).toEqual({ smes_served_2021: 130 });
    expect(answer('smes_served_2021', '400+ online', 'en')).toEqual({});
    // (A combined figure is read as before: the offline part is not said.)
    expect(answer('smes_served_2021', '线上线下一共500 线下一百出头')).toEqual({});
  });

  it('keeps a day said before a month and last year, and reads the end of a quarter (a quarter alone stays asked)', () => {
    expect(answer('start_date', '15 March last year', 'en')).toEqual({ start_date: '2021-03-15' });
    expect(answer('completion_date', '明年三季度末')).toEqual({ completion_date: '2023-09-30' });
    expect(answer('completion_date', 'end of Q3 next year', 'en')).toEqual({ completion_date: '2023-09-30' });
    expect(answer('completion_date', '2022年第三季度')).toEqual({});
    expect(answer('start_date', 'Q3 2022', 'en')).toEqual({});
  });

  it('reads the smallest class beside the usual one, and a figure that may be a little less as a bound', () => {
    expect(answer('min_class_size', '一般60人 最少的一个班45')).toEqual({ min_class_size: 45 });
    expect(answer('min_class_size', '每班60人左右 最少的班45人')).toEqual({ min_class_size: 45 });
    expect(answer('min_class_size', '每班60')).toEqual({ min_class_size: 60 });
    expect(answer('rd_investment', '三千万左右 可能还略少一点')).toEqual({});
    expect(answer('rd_investment', '3000万 可能少一点')).toEqual({});
    expect(
      said('苏州的 做车规级IGBT模块 想报关键核心技术攻关 研发攻关投入三千万左右 可能还略少一点'),
    ).not.toHaveProperty('rd_investment');
  });

  it('does not record a budget beside the audited figure', () => {
    const p = said('无锡市工信局 今年承办世界物联网博览会 预算1800万 审计后大概1650 想报重大展会');
    expect(p).not.toHaveProperty('total_investment');
    expect(p).toMatchObject({ applicant_kind: 'city_bureau', event_kind: 'exhibition' });
  });

  it('reads none in dialect, a single deal and a stake said as a change', () => {
    expect(answer('other_interest_subsidy_2021', '么得')).toEqual({ other_interest_subsidy_2021: 0 });
    expect(answer('more_acquisitions', "that's the only one", 'en')).toEqual({ more_acquisitions: false });
    // (Second review: 'just that one' inside 'not just that one, there was another' is no no; asked.)
    expect(answer('more_acquisitions', 'not just that one, there was another in June', 'en')).toEqual({});
    expect(answer('stake_after_pct', 'we went from 30% to 65%', 'en')).toEqual({ stake_after_pct: 65 });
    expect(answer('stake_after_pct', '从30%增持到65%')).toEqual({ stake_after_pct: 65 });
    expect(answer('stake_after_pct', '30%到65%')).toEqual({});
  });

  it('takes a figure back when it was 后来调整成 another, and reads the year-end figure beside the planned whole', () => {
    // (后来调整成 was withdrawn after the second review: it took back figures of other facts.)
    expect(said('截至去年底投了1800万，后来调整成2000万')).toEqual({ invested_by_2021_end: 1800 });
    expect(answer('invested_by_2021_end', 'we planned 18m by end of 2021, total 30m', 'en')).toEqual({});
    expect(answer('invested_by_2021_end', '计划投3000 截止去年底实际投了1800')).toEqual({ invested_by_2021_end: 1800 });
    expect(answer('invested_by_2021_end', 'planned 30m total, by end of 2021 we had spent 18m', 'en')).toEqual({
      invested_by_2021_end: 1800,
    });
  });

  it('asks again when a no is said of another question’s thing (play-test 51: the merger ❌)', () => {
    expect(answer('largest_shareholder', '不是同一母公司')).toEqual({});
    expect(answer('largest_shareholder', '不属于同一母公司控制')).toEqual({});
    expect(answer('largest_shareholder', '不是最大股东')).toEqual({ largest_shareholder: false });
  });

  it('reads cities as cities, a direction of 附件1-24 as fitting it, and the tax said after the verdict', () => {
    expect(answer('long_classes', '五个市')).toEqual({});
    expect(answer('long_classes', '南京、苏州、扬州、徐州、淮安五个市')).toEqual({ training_cities: 5 });
    expect(answer('training_direction_match', '南京、苏州、扬州、徐州、淮安五个市')).toEqual({ training_cities: 5 });
    expect(answer('long_classes', '12个')).toEqual({ long_classes: 12 });
    expect(answer('training_direction_match', '方向是智改数转')).toEqual({ training_direction_match: true });
    expect(answer('training_direction_match', '不是智改数转方向')).toEqual({ training_direction_match: false });
    expect(answer('training_direction_match', '方向是智改数转，但主要是企业内训')).toEqual({});
    expect(answer('training_experience', '南京、苏州、无锡')).toEqual({});
    expect(answer('trainees_3y_avg', '1,200 offline, 3,000 online', 'en')).toEqual({ trainees_3y_avg: 1200 });
    const t = step(
      afterVerdict({ taxes_paid_last_year: 380, applicant_kind: 'enterprise' }, ['little-giant']),
      '税交了420万',
    );
    expect(t.replies.map((r) => r.text).join('\n')).toContain('420万元');
  });

  it('reads a three-year ratio said with its years', () => {
    expect(answer('rd_ratio_3y_avg_pct', '研发占比近三年平均4.5')).toEqual({ rd_ratio_3y_avg_pct: 4.5 });
  });

  it('reads an English opening whose sentence ends in a year before its question, and more opening words', () => {
    expect(
      said(
        "We're a Suzhou-based group. In 2021 we bought 70% of an Italian machinery firm for EUR 9 million; the equity change was registered in November 2021. Is this eligible for the merger subsidy?",
        'en',
      ),
    ).toMatchObject({ acquisition_date: '2021-11-30', merger_completed_2021: true });
    // (Second review: 兄弟子公司 and 软件平台 were withdrawn — a denial further off, a platform's own total.)
    expect(said('2021年收购了一家公司，我们和它不是集团下面的兄弟企业')).not.toHaveProperty('same_parent');
    expect(answer('total_investment', '软件平台3000万')).toEqual({ total_investment: 3000 });
    expect(said('Suppose we invest 30 million by end of 2023. Would that qualify?', 'en')).toEqual({});
    expect(said('smart factory proj, finished Oct last yr.', 'en')).toMatchObject({ completion_date: '2021-10-31' });
    expect(said('Cement plant in Yancheng. Waste-heat power generation retrofit, total 2,500万', 'en')).toMatchObject({
      green_direction: true,
    });
  });
});

describe('review of the twenty-seventh round', () => {
  const answer = answerTo;

  it('keeps tax-inclusive figures, later years and spending beside a budget as they were read', () => {
    expect(said('项目总投资不含税3000万，含税应该是3390万')).toEqual({ total_investment: 3000 });
    expect(said('利息120万，加上附加税的话130万')).not.toHaveProperty('taxes_paid_last_year');
    expect(said('我们2021年营收1.2亿，现在变成1.5亿了')).toMatchObject({ revenue_last_year: 12000 });
    expect(answer('taxes_paid_last_year', '2021年交了420万，现在变成300万了')).toEqual({ taxes_paid_last_year: 420 });
    expect(said('项目投资预算1.2亿，实际投入了8000万')).toMatchObject({ total_investment: 12000 });
    expect(answer('total_investment', '预算1.2亿，实际投入了8000万')).toEqual({});
  });

  it('reads the offline, smallest-class and city rules only where they apply', () => {
    expect(answer('smes_served_2021', '线下活动8场，服务企业130家，线上还有400家')).not.toHaveProperty(
      'smes_served_2021',
    );
    expect(answer('smes_served_2021', '线下100多家 线上400家')).toEqual({});
    expect(answer('min_class_size', '最少的班有两个，都是40人')).toEqual({ min_class_size: 40 });
    expect(answer('long_classes', '10个，最少的班也有4天')).toEqual({ long_classes: 10 });
    expect(answer('training_years', '8年了，南京、苏州、无锡都有办公室')).toEqual({ training_years: 8 });
    expect(answer('public_events_2021', '在3个市开展了12场活动')).toEqual({ public_events_2021: 12 });
    expect(answer('taxes_paid_last_year', '450万，今年估计会少一些')).toEqual({ taxes_paid_last_year: 450 });
    expect(answer('rd_investment', '3200万，设备可能少一点，人工多一点')).toEqual({ rd_investment: 3200 });
  });

  it('reads a direction named only as the direction, and 怎么得 as no none', () => {
    expect(answer('training_direction_match', '智改数转的培训我们没做过')).toEqual({});
    expect(answer('training_direction_match', '主要是财务管理，不算智改数转方向')).toEqual({
      training_direction_match: false,
    });
    expect(answer('training_experience', '有，就是不知道怎么得到推荐单位的证明')).toEqual({
      training_experience: true,
    });
  });
});

describe('the twenty-eighth round', () => {
  it('reads 不属于 as a negation of the status it denies', () => {
    expect(said('我们不属于规上企业，想做个技改项目，总投资3000万')).toMatchObject({
      above_scale: false,
      total_investment: 3000,
    });
    expect(said('我们不属于规上企业，想做个技改项目')).not.toHaveProperty('industrial');
    expect(said('我们属于规上企业，想做个技改项目')).toMatchObject({ above_scale: true });
  });
});

describe('the twenty-eighth round: tune-zv', () => {
  const answer = answerTo;

  it('reads a bare figure after a loan word with 倒是 between as the loan, not the total asked', () => {
    expect(answer('total_investment', '贷款倒是有两千八，江苏银行的')).not.toHaveProperty('total_investment');
    expect(answer('total_investment', '总投资倒是有两千八')).toEqual({ total_investment: 2800 });
  });

  it('reads a legal form said as a clause of its own as the applicant kind', () => {
    expect(said('我们是省企业联合会下面的培训中心，民非，做企业管理培训七八年了')).toMatchObject({
      applicant_kind: 'nonprofit',
    });
  });

  it('does not record a count said to hold online ones for a count the guide takes offline', () => {
    expect(said('中小企业服务平台，21年服务企业300多家（线上线下都算），活动办了12场')).not.toHaveProperty(
      'smes_served_2021',
    );
    expect(answer('smes_served_2021', '300多家，线上线下都算')).toEqual({});
    expect(answer('smes_served_2021', '线下130家，不含线上')).toEqual({ smes_served_2021: 130 });
  });

  it('reads trainees counted over past years as neither planned trainees nor an average', () => {
    expect(answer('trainees_3y_avg', '三年累计培训四千多人次，都是线下的')).toEqual({});
    expect(answer('trainees_3y_avg', '近三年累计培训4000人次')).toEqual({});
    expect(answer('trainees_3y_avg', '年均1300，三年一共4000')).toEqual({ trainees_3y_avg: 1300 });
    expect(said('我们近三年累计培训4000人次，做培训8年了')).not.toHaveProperty('planned_trainees');
    expect(
      said(
        'We trained about 1,500 people per year (offline) over the last three years and plan 1000 trainees in 2022',
        'en',
      ),
    ).toMatchObject({ planned_trainees: 1000 });
  });

  it("takes a deal's date from its registration, and no deal done in 2021 from a registration after it", () => {
    expect(said('21年3月收购了一家企业，21年6月完成工商变更')).toMatchObject({ acquisition_date: '2021-06-30' });
    const late = said('我们去年12月签约收购了一家苏州企业，工商变更今年1月才办完');
    expect(late).toMatchObject({ acquisition_date: '2022-01-31' });
    expect(late).not.toHaveProperty('merger_completed_2021');
    const en = said(
      'Our group closed the acquisition of a US sensor maker in Dec 2021, paid USD 12 million. The registration changes were done in January this year.',
      'en',
    );
    expect(en).toMatchObject({ acquisition_date: '2022-01-31' });
    expect(en).not.toHaveProperty('merger_completed_2021');
    expect(en).not.toHaveProperty('completion_date');
  });
});

describe('the twenty-eighth round: play-test 52', () => {
  const answer = answerTo;

  it('asks again when a calendar year is typed to a number-of-years question', () => {
    expect(answer('training_years', '2019年')).toEqual({});
    expect(answer('training_years', '2019年成立的')).toEqual({});
    expect(answer('innovation_center_age_years', '2021年批的')).toEqual({});
    expect(answer('innovation_center_age_years', 'approved in 2021', 'en')).toEqual({});
    expect(answer('training_years', '三年，2019年成立的')).toEqual({ training_years: 3 });
    expect(answer('innovation_center_age_years', 'approved in 2019, three years now', 'en')).toEqual({
      innovation_center_age_years: 3,
    });
    expect(repliesTo('training_years', '2019年')).toContain('这像是一个年份');
  });

  it('does not read approvals said done as the project completed', () => {
    expect(answer('stage', 'EIA and energy review are done', 'en')).toEqual({});
    expect(answer('stage', 'all done, the line is running', 'en')).toEqual({ stage: 'completed' });
    expect(answer('stage', '项目完工了，备案也有')).toEqual({ stage: 'completed' });
  });

  it('refuses a negative amount rather than dropping its sign', () => {
    expect(answer('total_investment', '-500万')).toEqual({});
    expect(answer('total_investment', '负500万')).toEqual({});
    expect(repliesTo('total_investment', '-500万')).toContain('不能是负数');
  });
});

describe('the twenty-eighth round: a bare month after a dated one', () => {
  it('takes the year of the date said before it', () => {
    expect(said('21年3月开工 6月完工')).toMatchObject({ start_date: '2021-03-31', completion_date: '2021-06-30' });
    expect(answerTo('same_parent', '21年8月签的 9月工商变更都弄完了')).toMatchObject({
      acquisition_date: '2021-09-30',
    });
    // (An earlier month may be the next year's: left as said.)
    expect(said('21年11月开工 3月完工')).not.toHaveProperty('completion_date');
  });
});

describe('the twenty-eighth round: a question typed while a change waits for its yes', () => {
  it('is answered, and the change asked again rather than set aside', () => {
    const t = say([
      '南京的fabless，做车规MCU芯片，想申请关键核心技术攻关',
      'R&D budget about 0.45亿, 含人工和流片',
      '有的 十几个发明专利 + 自己的研发中心 资金也ok',
      '项目period是2022.1到2024.12',
      '那如果把结题时间提前到2024年6月呢',
      '补助是一次性给还是分期的 btw',
    ]);
    expect(t.texts.join('\n')).not.toContain('没有更改');
    expect(t.state.confirm).toMatchObject({ fact: 'completion_date', value: '2024-06-30' });
    const yes = say(['是'], {}, t.state);
    expect(yes.state.profile.completion_date).toBe('2024-06-30');
  });
});

describe('the twenty-eighth round: emoji and own funds', () => {
  it('reads a yes or no with an emoji beside it, and 全是自有资金 as no loan when the loan is asked', () => {
    expect(answerTo('equipment_bought_with_loan', '是滴😄')).toEqual({ equipment_bought_with_loan: true });
    expect(answerTo('equipment_bought_with_loan', '没有😅')).toEqual({ equipment_bought_with_loan: false });
    expect(answerTo('fixed_asset_loan', '全是自有资金')).toEqual({ fixed_asset_loan: 0 });
    expect(answerTo('fixed_asset_loan', '自有资金3000万，贷款2000万')).toEqual({});
  });
});

describe('review of the twenty-eighth round', () => {
  it('leaves a bare month said of now or later as it was said', () => {
    expect(
      said('我们是常州的规上工业企业，想报绿色化改造，21年3月开工，目前还在建，预计12月完工，总投资5000万'),
    ).not.toHaveProperty('completion_date');
    expect(said('21年3月开工，现在8月了还没完工，总投资6000万')).not.toHaveProperty('completion_date');
    expect(said('2021年3月开工，2022年1月完工，4月验收，总投资5000万')).toMatchObject({
      completion_date: '2022-01-31',
    });
  });

  it('keeps a park or a university over 事业单位 said beside it', () => {
    expect(said('我们是XX经济开发区管委会，事业单位，想问问先导区')).toMatchObject({ applicant_kind: 'park' });
    expect(said('我们是南京XX大学，事业单位，想报信创实验室')).toMatchObject({ applicant_kind: 'university' });
  });

  it('reads 也就 3 千多万 as no bare 3, and May only as a month', () => {
    expect(said('我们厂 倒是有个技改项目 投资也就 3 千多万')).not.toHaveProperty('total_investment');
    expect(answerTo('completion_date', 'It may next year be done, not sure', 'en')).toEqual({});
    expect(answerTo('completion_date', 'done in June next year', 'en')).toEqual({ completion_date: '2023-06-30' });
  });

  it('keeps completed beside approvals, an offline count beside online words, an average and ten years', () => {
    expect(answerTo('stage', '完工了，手续齐')).toMatchObject({ stage: 'completed' });
    expect(answerTo('stage', 'Completed. All approvals are in place.', 'en')).toMatchObject({ stage: 'completed' });
    expect(answerTo('smes_served_2021', '线下服务了320家，线上线下都有做')).toEqual({ smes_served_2021: 320 });
    expect(answerTo('smes_served_2021', '320 offline; including online it is 800', 'en')).toEqual({
      smes_served_2021: 320,
    });
    expect(answerTo('revenue_3y_avg', '三年加起来除以三大概800万')).toEqual({ revenue_3y_avg: 800 });
    expect(answerTo('training_years', '2012年成立 做培训十年来累计培训学员3万')).toEqual({ training_years: 10 });
  });

  it('reads a dash or a bullet as no minus sign', () => {
    expect(answerTo('total_investment', '- 3000万')).toEqual({ total_investment: 3000 });
    expect(answerTo('total_investment', '—3000万')).toEqual({ total_investment: 3000 });
  });
});

describe('the twenty-eighth round: cities named alone, counts in thousands', () => {
  it('counts a message of city names only, and reads 1.2k as 1200', () => {
    expect(answerTo('training_cities', '南京 苏州 扬州 徐州 淮安')).toEqual({ training_cities: 5 });
    expect(answerTo('identifier_connected_enterprises', '1.2k', 'en')).toEqual({
      identifier_connected_enterprises: 1200,
    });
  });
});

describe('the twenty-eighth round: a deal’s figures said in passing (play-test 52 P13)', () => {
  it('reads 交易对价 as the deal’s amount and 控股51% as the stake held', () => {
    expect(answerTo('same_parent', '交易对价一共1.2亿，其中现金8000万，剩下的是换股')).toMatchObject({
      acquisition_amount: 12000,
      acquisition_cash: 8000,
    });
    expect(answerTo('largest_shareholder', '是的，我们控股51%')).toEqual({
      largest_shareholder: true,
      stake_after_pct: 51,
    });
  });
});

describe('the twenty-eighth round: 20年 to a number-of-years question (play-test 52 P11)', () => {
  it('reads 20年了 as twenty years and asks 20年 alone, saying how to answer', () => {
    expect(answerTo('training_years', '20年了')).toEqual({ training_years: 20 });
    expect(answerTo('training_years', '20年')).toEqual({});
    expect(repliesTo('training_years', '20年')).toContain('请回复如“20年了”');
  });
});

describe('second review of the twenty-eighth round', () => {
  it('keeps 现金对价 the cash part, and a 控股 share no stake when no deal is said', () => {
    expect(answerTo('acquisition_cash', '支付现金对价4000万元')).toEqual({ acquisition_cash: 4000 });
    expect(answerTo('acquisition_cash', '现金对价6000万，剩下的换股')).toEqual({ acquisition_cash: 6000 });
    expect(said('我们控股60%的子公司去年开工一个技改项目，总投资5000万')).not.toHaveProperty('stake_after_pct');
    expect(answerTo('trainees_3y_avg', '1.2K')).toEqual({});
  });
});

describe('the twenty-ninth round: tune-zw', () => {
  it('reads the figure said of 2021 when the other is said of later, and no other', () => {
    expect(answerTo('loan_interest_paid_2021', 'about 1.5m in 2021 and 2m so far this year', 'en')).toEqual({
      loan_interest_paid_2021: 150,
    });
    expect(answerTo('loan_interest_paid_2021', '21年150万 今年到现在200万')).toEqual({ loan_interest_paid_2021: 150 });
    // (Two figures of 2021's, or none said of 2021, stay asked.)
    expect(answerTo('loan_interest_paid_2021', '21年上半年80万 21年下半年70万 今年到现在200万')).toEqual({});
    expect(answerTo('loan_interest_paid_2021', '150万 今年到现在200万')).toEqual({});
  });

  it('does not let an emoji hide a question mark', () => {
    expect(answerTo('completion_date', '一定要21年完工吗😭')).toEqual({});
    expect(answerTo('completion_date', '21年底完工👍')).toMatchObject({ completion_date: '2021-12-31' });
  });

  it('asks a class size said as the usual one, and one said roughly beside other facts', () => {
    expect(answerTo('min_class_size', '平均每班60人')).toEqual({});
    expect(answerTo('min_class_size', 'about 60 per class on average', 'en')).toEqual({});
    expect(answerTo('min_class_size', '60人左右')).toEqual({ min_class_size: 60 });
    expect(answerTo('min_class_size', '最少的班52人')).toEqual({ min_class_size: 52 });
    expect(said('我们是职业技术学院 想办智改数转培训班 总共培训900人 每班60人左右')).not.toHaveProperty(
      'min_class_size',
    );
    expect(said('我们是职业技术学院 想办智改数转培训班 总共培训900人 每班60人')).toMatchObject({ min_class_size: 60 });
    // (The figure itself, not its digits inside another: 50 is not in "1,500 … about".)
    expect(
      said(
        'Non-profit training body in Nanjing. We trained about 1,500 people a year offline; every class has at least 50 people.',
        'en',
      ),
    ).toMatchObject({ min_class_size: 50 });
  });

  it('counts online ones in a count said with 线上线下加一起 or "that includes online"', () => {
    expect(answerTo('smes_served_2021', '线上线下加一起三百多家')).toEqual({});
    expect(answerTo('trainees_3y_avg', 'around 1,500 a year, that includes online courses', 'en')).toEqual({});
  });

  it('reads a park named after its city beside a maker as where the maker is', () => {
    expect(
      said('Suzhou Industrial Park, semiconductor equipment maker. Planning a core-tech project', 'en'),
    ).toMatchObject({
      applicant_kind: 'enterprise',
    });
    expect(said('Wuxi high-tech zone here, we want to apply for the xinchuang pilot zone', 'en')).toMatchObject({
      applicant_kind: 'park',
    });
    expect(said('We are a private non-enterprise unit in Nanjing running training', 'en')).toMatchObject({
      applicant_kind: 'nonprofit',
    });
  });

  it('asks a count said as it stands now beside the level a later date should reach', () => {
    expect(answerTo('identifier_connected_enterprises', '已接入800家 年底能到1100')).toEqual({});
    expect(answerTo('identifier_connected_enterprises', '已接入1100家')).toEqual({
      identifier_connected_enterprises: 1100,
    });
  });

  it('records the final figure after the earlier one, never a growth said by itself', () => {
    expect(answerTo('total_investment', '原来报的3000，后来追加到3800 现在按3800算')).toEqual({
      total_investment: 3800,
    });
    expect(answerTo('stake_after_pct', '原来20 这次又买了40 现在六成')).toEqual({ stake_after_pct: 60 });
    expect(answerTo('stake_after_pct', 'we had 30% before, 80% now', 'en')).toEqual({ stake_after_pct: 80 });
    expect(answerTo('completion_date', '原计划去年10月 拖到了今年3月才完')).toEqual({ completion_date: '2022-03-31' });
    expect(answerTo('stake_after_pct', '原来20 现在又买了40')).toEqual({});
  });

  it("records the question's own revenue beside a broader one, and asks a broader one alone", () => {
    expect(answerTo('cluster_service_revenue_2021', '总收入350 其中集群服务220')).toEqual({
      cluster_service_revenue_2021: 220,
    });
    expect(answerTo('cluster_service_revenue_2021', '服务收入230 总收入四百多')).toEqual({
      cluster_service_revenue_2021: 230,
    });
    expect(answerTo('cluster_service_revenue_2021', '总收入350')).toEqual({});
    expect(answerTo('revenue_last_year', '营业收入21年是3.2亿，主营大概2.9亿')).toEqual({ revenue_last_year: 29000 });
  });

  it('reads an English answer led by a hedged figure then a remark', () => {
    expect(answerTo('trainees_3y_avg', 'about 1,500, all in person', 'en')).toEqual({ trainees_3y_avg: 1500 });
    expect(answerTo('trainees_3y_avg', 'about 1,500 a year, all in person', 'en')).toEqual({ trainees_3y_avg: 1500 });
  });

  it('reads a little giant with its year said after the name', () => {
    expect(
      answerTo(
        'certifications',
        'newly recognised little giant in 2021, plus a provincial industrial design centre',
        'en',
      ),
    ).toEqual({ certifications: ['industrial-design-center', 'little-giant-2021'] });
    expect(answerTo('certifications', 'little giant in 2019', 'en')).toEqual({});
  });
});

describe('the twenty-ninth round: play-test 53', () => {
  it('asks 不需要 alone to a question of whether something is so', () => {
    expect(answerTo('xinchuang_zone_operator', '不需要')).toEqual({});
    expect(answerTo('xinchuang_zone_operator', '没有')).toEqual({ xinchuang_zone_operator: false });
  });

  it('takes the exact figure said after a rough one with a particle', () => {
    expect(answerTo('loan_interest_paid_2021', '利息去年付了一百八十几万吧，185')).toEqual({
      loan_interest_paid_2021: 185,
    });
    expect(answerTo('loan_interest_paid_2021', '一百八十几万吧，195')).toEqual({});
  });

  it('does not read a part of the works done as the project completed', () => {
    const t = say(['常州做电池结构件的，规上', '5G+工业互联网', '5G专网已经建好了，生产、质检、AGV物流都上了5G']);
    expect(t.state.profile).not.toHaveProperty('stage');
    expect(said('厂房建好了，设备下个月进场')).not.toHaveProperty('stage');
  });
});

describe('the twenty-ninth round: play-test 53 follow-ups', () => {
  it('takes 是2021年的 after the year was asked of a little giant named without it', () => {
    const t = say(['苏州做轴承的企业', '8', '小巨人', '是2021年的']);
    expect(t.state.profile).toMatchObject({ certifications: ['little-giant-2021'] });
    const other = say(['苏州做轴承的企业', '8', '小巨人', '是2019年的']);
    expect(other.state.profile).not.toHaveProperty('certifications');
  });

  it('reads 具体哪天不知道 as a statement, not a policy question', () => {
    expect(isPolicyQuestion('具体哪天不知道，8月份')).toBe(false);
    expect(isPolicyQuestion('具体哪天截止？')).toBe(true);
    expect(answerTo('acquisition_date', '21年8月 具体几号记不清了')).toEqual({ acquisition_date: '2021-08-31' });
  });
});

describe('review of the twenty-ninth round', () => {
  it('reads the final figure only as one figure with digits or its unit, not a plan, progress or another party', () => {
    expect(answerTo('total_investment', '原来3000万，现在一共3800万')).toEqual({ total_investment: 3800 });
    // (两期加起来 names more than the figure: asked, never read as 2.)
    expect(answerTo('total_investment', '原来报的3000万，现在两期加起来3800万')).toEqual({});
    expect(answerTo('total_investment', 'originally 3,000, now 3,800', 'en')).toEqual({ total_investment: 3800 });
    expect(answerTo('total_investment', 'initially 3000, now 2 phases totalling 3800', 'en')).toEqual({});
    expect(answerTo('total_investment', '原定3000万，现在预算可能要涨到3500')).toEqual({});
    expect(answerTo('total_investment', '一开始报的四千 后来调整成四千五了 以现在的为准')).toEqual({
      total_investment: 4500,
    });
    expect(answerTo('stake_after_pct', '原来我们占30%，现在对方还占20%')).toEqual({});
    expect(answerTo('stake_after_pct', '原来30%，现在加上这次收购的51%')).toEqual({});
    expect(answerTo('invested_by_2021_end', '21年底之前投了2000万，现在投了2600万')).toEqual({
      invested_by_2021_end: 2000,
    });
  });

  it('takes a 2021 clause only of the measure asked, and now only as a word', () => {
    expect(answerTo('loan_interest_paid_2021', '21年本金还了500万，今年到现在利息200万')).toEqual({});
    expect(
      answerTo('loan_interest_paid_2021', '2021 equipment invoices 300, and I know the interest was 150', 'en'),
    ).not.toHaveProperty('loan_interest_paid_2021', 300);
    expect(answerTo('revenue_last_year', '营业收入3.2亿，今年主营预计3.5亿')).not.toHaveProperty(
      'revenue_last_year',
      35000,
    );
  });

  it('reads an English hedged first clause only beside a remark that qualifies nothing', () => {
    expect(answerTo('trainees_3y_avg', 'about 1,500, only 1,000 offline', 'en')).toEqual({});
    expect(answerTo('trainees_3y_avg', 'about 1,500, that is the 3-year total', 'en')).toEqual({});
    expect(answerTo('trainees_3y_avg', 'around 1,500 a year, offline only', 'en')).toEqual({ trainees_3y_avg: 1500 });
    expect(answerTo('trainees_3y_avg', '1500, which does not include online', 'en')).toEqual({ trainees_3y_avg: 1500 });
    expect(answerTo('min_class_size', 'about 50, some classes had 40', 'en')).toEqual({});
    expect(answerTo('min_class_size', '60 per class, we usually run 10 classes a year', 'en')).toEqual({
      min_class_size: 60,
    });
    expect(answerTo('min_class_size', '每班至少50人，平均60')).toEqual({ min_class_size: 50 });
  });

  it('keeps keycap digits and ⁉ when emoji are taken out', () => {
    expect(answerTo('min_class_size', '5️⃣0️⃣人')).not.toHaveProperty('min_class_size', 5);
    expect(said('规上企业才能申报⁉️')).not.toHaveProperty('above_scale');
  });

  it('reads a park speaking of itself as the park, and a whole project done as completed', () => {
    expect(said('我们是无锡高新区 想带一家做电机的企业一起申报')).toMatchObject({ applicant_kind: 'park' });
    expect(said('机房改造项目已完工，投了800万')).toMatchObject({ stage: 'completed' });
  });

  it('confirms a year only of the one year-bound recognition mentioned, and 不用了 stays a no', () => {
    // (省质量奖 beside it once made a second; since the thirty-second round it is none of the list.)
    const two = say(['苏州做轴承的企业', '8', '小巨人、单项冠军', '是21年的']);
    expect(two.state.profile).not.toHaveProperty('certifications');
    expect(isPolicyQuestion('技改贴息补助比例是多少不清楚')).toBe(true);
  });
});

describe('second review of the twenty-ninth round', () => {
  it('takes a 2021 clause only when it says its year and figure, with the measure asked at most', () => {
    expect(answerTo('loan_interest_paid_2021', '21年贷款3000万，今年到现在付息200万')).not.toHaveProperty(
      'loan_interest_paid_2021',
    );
    expect(answerTo('taxes_paid_last_year', '去年销售3亿，今年到现在交税500万')).not.toHaveProperty(
      'taxes_paid_last_year',
    );
    expect(answerTo('revenue_last_year', '2021年产值3.5亿，今年到现在2亿')).toEqual({});
    expect(answerTo('loan_interest_paid_2021', '21年利息150万 今年到现在200万')).toEqual({
      loan_interest_paid_2021: 150,
    });
    expect(answerTo('equipment_invoice_2021', '21年开票1800 今年又开了600')).toEqual({ equipment_invoice_2021: 1800 });
  });

  it('takes a final figure only from a clause that says nothing else', () => {
    expect(answerTo('total_investment', '原来3000，现在含税3800')).toEqual({});
    expect(answerTo('total_investment', '原来预算3000万，现在增加800万')).toEqual({});
    expect(answerTo('total_investment', '原计划3000，现在已到位2000')).toEqual({});
    expect(answerTo('total_investment', 'originally 30 million, currently 12 million invested', 'en')).toEqual({});
    expect(answerTo('filed_total_investment', '之前备案3000万，现在实际花了3500')).not.toHaveProperty(
      'filed_total_investment',
      3500,
    );
    expect(answerTo('stake_after_pct', '之前持股30%，现在收购50%')).toEqual({});
    expect(answerTo('stake_after_pct', '原来我们30%，现在大股东60%')).toEqual({});
    expect(answerTo('planned_trainees', '原来计划培训500人，现在报名了300')).not.toHaveProperty(
      'planned_trainees',
      300,
    );
  });

  it('reads no own revenue from a clause that excludes it or is of another year', () => {
    expect(answerTo('cluster_service_revenue_2021', '总收入350，不算集群服务是220')).toEqual({});
    expect(answerTo('revenue_last_year', '营业收入3.2亿，其中主营20年是2.9亿')).not.toHaveProperty(
      'revenue_last_year',
      29000,
    );
  });
});

describe('the thirtieth round: tune-zx', () => {
  it('reads 算了 as no yes, and 算了算了 从头来吧 as a fresh start', () => {
    expect(answerTo('merger_initiator', '算了')).toEqual({});
    expect(answerTo('merger_initiator', '算了吧')).toEqual({});
    expect(answerTo('merger_initiator', '是的')).toEqual({ merger_initiator: true });
    expect(parseCommand('算了算了 从头来吧')).toMatchObject({ kind: 'start' });
    expect(parseCommand('算了，从头来吧')).toMatchObject({ kind: 'start' });
  });

  it('reads a share of the works built as under construction', () => {
    expect(answerTo('stage', "it's about 60% built now", 'en')).toEqual({ stage: 'under_construction' });
    expect(answerTo('stage', 'completed', 'en')).toEqual({ stage: 'completed' });
    expect(answerTo('stage', 'under construction', 'en')).toEqual({ stage: 'under_construction' });
  });

  it('reads money spent in no deal as a second total beside the planned one, never a deal price', () => {
    const p = said('做工业数据分析平台 总投资1100万 实际花了980万 去年12月完工');
    expect(p).not.toHaveProperty('acquisition_amount');
    expect(p).not.toHaveProperty('total_investment');
    // (A deal's own price, paid, stays the deal's.)
    expect(answerTo('acquisition_amount', '协议价5个亿，实际付了3个亿')).not.toHaveProperty('total_investment');
    expect(answerTo('acquisition_amount', '花了1.2亿')).toEqual({ acquisition_amount: 12000 });
  });

  it('takes a final month said without its year in the earlier date’s year, and asks when it would be another year', () => {
    expect(answerTo('completion_date', '原计划21年10月 后来拖到12月才完')).toMatchObject({
      completion_date: '2021-12-31',
    });
    expect(answerTo('completion_date', '原计划21年10月 后来拖到3月才完')).toEqual({});
  });

  it('asks which loan figure counts when English says approved and drawn after the figures', () => {
    const p = said('Fixed-asset loan from Bank of Suzhou: 35m approved, 28m drawn so far.', 'en');
    expect(p).not.toHaveProperty('fixed_asset_loan');
    expect(said('fixed asset loan 35m, approved last year', 'en')).toMatchObject({ fixed_asset_loan: 3500 });
  });

  it('asks when both an exhibition and an event are named, and reads 两块都有 as no figure', () => {
    expect(answerTo('event_kind', '展会＋论坛 两块都有')).toEqual({});
    expect(repliesTo('event_kind', '展会＋论坛 两块都有')).not.toContain('两块');
    expect(answerTo('event_kind', '展会和论坛都有')).toEqual({});
    expect(answerTo('event_kind', '主要是展会')).toEqual({ event_kind: 'exhibition' });
  });

  it('asks whether a body under an SME service centre is one, and keeps 集团下面的子公司 a yes to one parent', () => {
    expect(answerTo('sme_service_center', '我们是市中小企业服务中心下面的平台公司')).toEqual({});
    expect(repliesTo('sme_service_center', '我们是市中小企业服务中心下面的平台公司')).toContain('下属的单位');
    expect(answerTo('sme_service_center', '我们是中小企业服务中心')).toEqual({ sme_service_center: true });
    expect(answerTo('same_parent', '都是集团下面的子公司')).toEqual({ same_parent: true });
  });
});

describe('the thirtieth round: tune-zx follow-ups', () => {
  it('takes the corrected figure when a remark of the slip follows it', () => {
    expect(answerTo('total_investment', '三千五 哦不对 三千八 刚看错行了')).toEqual({ total_investment: 3800 });
    expect(answerTo('total_investment', '总投资是两千三 不是两千五 刚才说错了')).toEqual({ total_investment: 2300 });
  });

  it('reads 不是没买 as a yes unless what follows denies again', () => {
    expect(answerTo('equipment_bought_with_loan', '不是没买哈 都买了滴')).toEqual({ equipment_bought_with_loan: true });
    expect(answerTo('equipment_bought_with_loan', '没有')).toEqual({ equipment_bought_with_loan: false });
    expect(answerTo('equipment_bought_with_loan', '不是没买 只是还没买完')).not.toEqual({
      equipment_bought_with_loan: true,
    });
  });
});

describe('the thirtieth round: play-test 54', () => {
  it('leaves the fact unknown for typed and slang forms of "don\'t know", never a no', () => {
    for (const text of ['不知到', '不造', '不知', '不記得了', '没问过', '还没问', '没听说过', '不懂'])
      expect(answerTo('approvals_complete', text), text).toEqual({});
    expect(answerTo('approvals_complete', 'not yet known', 'en')).toEqual({});
    // (没问题 is a yes, 没有 a no, 不知不觉 no unknown.)
    expect(answerTo('approvals_complete', '没有')).toEqual({ approvals_complete: false });
    expect(step(pendingOn('approvals_complete'), '没问过').state.skipped).toContain('approvals_complete');
  });

  it('records an estimate on a line as said, says the exact figure decides, and says it again under the verdict', () => {
    const t = say([
      '泰州一家做阀门的规上企业，技改项目2021年10月完工，备案总投资四千万，苏州银行贷款差不多2000万，设备发票1500万，利息付了80万，已经用贷款买了设备',
      '1',
      '是',
    ]);
    expect(t.state.profile).toMatchObject({ fixed_asset_loan: 2000 });
    expect(t.state.estimated).toContain('fixed_asset_loan');
    const verdict = t.verdict?.text ?? '';
    expect(verdict).toContain('⚠️ 约2000万元正好在指南的界线2000万元上（条款 1.1.1.2）');
    // (An exact figure on the line, or an estimate well clear of it, says nothing of the kind.)
    expect(repliesTo('fixed_asset_loan', '2000万')).not.toContain('界线');
    expect(repliesTo('fixed_asset_loan', '差不多3000万')).not.toContain('界线');
    expect(repliesTo('fixed_asset_loan', '差不多2000万')).toContain('界线2000万元');
    expect(repliesTo('fixed_asset_loan', '大概2000万吧')).toContain('界线2000万元');
  });

  it('reads 我也不知道 as unknown and a question ending in 不 as a question', () => {
    expect(answerTo('approvals_complete', '我也不知道')).toEqual({});
    expect(answerTo('approvals_complete', '俺不知道')).toEqual({});
    expect(answerTo('approvals_complete', '我没有')).toEqual({ approvals_complete: false });
    expect(isPolicyQuestion('小巨人综合投入要审计报告不')).toBe(true);
    expect(isPolicyQuestion('技改贴息要审计不')).toBe(true);
    expect(isPolicyQuestion('设备都买了 土建不')).toBe(false);
    expect(isPolicyQuestion('我们还没有不')).toBe(false);
  });

  it('says a project not started as not started, not as a yes/no of its stage', () => {
    const t = say([
      '无锡规上企业 5G全连接工厂项目 总投资2500万 软件500万 还没开工 但21年底已付了设备预付款600万 计划23年6月建成',
    ]);
    const text = t.texts.join('\n');
    expect(text).toContain('项目已开工：否，需为“是”（条款 1.2.2.3）');
    expect(text).not.toContain('项目当前状态：否');
  });

  it('reads 2k万 as 2000万', () => {
    expect(answerTo('fixed_asset_loan', '2k万')).toEqual({ fixed_asset_loan: 2000 });
    expect(said('贷款2k万 总投资3.5k万')).toMatchObject({ fixed_asset_loan: 2000, total_investment: 3500 });
  });
});

describe('review of the thirtieth round', () => {
  it('keeps 花了 a deal price where a stake or a deal is said, and a part where a part is named', () => {
    expect(said('去年拿下了同行一家公司70%的股权，花了6000万')).toMatchObject({ acquisition_amount: 6000 });
    expect(said('去年控股了一家公司，花了7000万')).toMatchObject({ acquisition_amount: 7000 });
    expect(said('总投资3000万，设备花了2000万')).toMatchObject({ total_investment: 3000 });
    expect(said('苏州昆山一家规上电子厂 去年新上了两条SMT线 花了35000000元 其中贷款2000万 南京银行的')).toMatchObject({
      total_investment: 3500,
    });
  });

  it('reads the new "don\'t know" forms only as the whole answer, and what follows them otherwise', () => {
    expect(answerTo('loan_term_years', '不知，三年吧')).toEqual({ loan_term_years: 3 });
    expect(answerTo('lab_cooperation_years', '不懂，协议签了5年')).toEqual({ lab_cooperation_years: 5 });
    expect(answerTo('revenue_last_year', '我也不知道，5000万左右吧')).toEqual({ revenue_last_year: 5000 });
    expect(answerTo('approvals_complete', '不懂，备案环评能评都办了')).toEqual({ approvals_complete: true });
    expect(step(pendingOn('above_scale'), '不懂什么叫规上企业').replies.some((r) => r.kind === 'answer')).toBe(true);
  });

  it('asks only of a body under an SME service centre, not of a centre under a bureau or one with staff under it', () => {
    expect(answerTo('sme_service_center', '是的，工信局下属的中小企业服务中心')).toEqual({ sme_service_center: true });
    expect(answerTo('sme_service_center', '不是，我们是协会下属的公司')).toEqual({ sme_service_center: false });
    expect(said('我们中小企业服务中心下面有20个专职服务人员')).toMatchObject({ sme_service_center: true });
  });

  it('warns of an estimate only when it may lie on either side of the line', () => {
    for (const text of ['2000多万', '2000万以上', '2000万出头', '超过2000万'])
      expect(repliesTo('fixed_asset_loan', text), text).not.toContain('界线');
    for (const text of ['差不多2000万', '2000万左右', '大概2000万吧'])
      expect(repliesTo('fixed_asset_loan', text), text).toContain('界线');
  });

  it('keeps statements with 不 at the end answers, and a stage said with a remark beside it', () => {
    expect(answerTo('training_free', '有的班收费有的不')).toEqual({ training_free: false });
    expect(isPolicyQuestion('5000万，包括土建不')).toBe(false);
    expect(said('技改项目已完工但不算验收，总投资3500万')).toMatchObject({ stage: 'completed' });
  });

  it('says the day of a settled final month was assumed', () => {
    expect(repliesTo('completion_date', '原计划21年10月 后来拖到12月才完')).toContain('按当月最后一天记');
  });
});

describe('second review of the thirtieth round', () => {
  it('reads 不是没X as a yes only where what follows says it done', () => {
    expect(answerTo('accepted', '不是没验收 下周验')).not.toEqual({ accepted: true });
    expect(answerTo('equipment_bought_with_loan', '不是没买，是用自有资金买的')).not.toEqual({
      equipment_bought_with_loan: true,
    });
    expect(answerTo('approvals_complete', '不是没办，正在办')).not.toEqual({ approvals_complete: true });
    expect(answerTo('has_plan_and_targets', '不是没有，方案和绩效目标都有')).toEqual({ has_plan_and_targets: true });
  });

  it('keeps 花了 of a company bought a deal price, and money spent so far no total', () => {
    expect(said('去年买了家公司 花了8000万')).not.toHaveProperty('total_investment');
    expect(answerTo('more_acquisitions', '还有一家 花了5500万')).not.toHaveProperty('total_investment');
    expect(said('技改项目还在建 已经花了2000万')).not.toHaveProperty('total_investment');
  });

  it('keeps a count said with 两个都 / 三个都, and a loan whose contract term is said after it', () => {
    expect(answerTo('long_classes', '两个都是4天的')).toEqual({ long_classes: 2 });
    expect(said('固定资产贷款2000万 合同签了5年 已经用了1500万买设备')).toMatchObject({ fixed_asset_loan: 2000 });
  });

  it('reads statements ending in 不 as answers, and warns of no estimate on 两千多', () => {
    expect(answerTo('training_free', '我们有的班收费有的不')).toEqual({ training_free: false });
    expect(isPolicyQuestion('线上的要收费线下的不')).toBe(false);
    expect(
      step(undefined, '总投资五千万，贷款两千多')
        .replies.map((r) => r.text)
        .join('\n'),
    ).not.toContain('界线');
  });

  it('settles an estimate when the same figure is said exactly, and keeps a centre that runs bodies under it', () => {
    const t = say(['泰州规上企业技改，备案总投资四千万，贷款差不多2000万', '1', '贷款准确是2000万']);
    expect(t.state.estimated ?? []).not.toContain('fixed_asset_loan');
    expect(answerTo('sme_service_center', '是 服务中心下面的单位都归我们管')).toEqual({ sme_service_center: true });
  });
});

describe('the thirtieth round: estimates in English and said as at least', () => {
  it('flags an English estimate on a line, and none said as at least the figure, in answers and first messages', () => {
    expect(repliesTo('fixed_asset_loan', 'about 20 million', 'en')).toContain("right on the guide's line");
    expect(repliesTo('fixed_asset_loan', 'over 20 million', 'en')).not.toContain("right on the guide's line");
    expect(step(undefined, '技改项目 贷款2000万以上').state.estimated).toBeUndefined();
    expect(step(undefined, 'tech upgrade, loan over 20 million').state.estimated).toBeUndefined();
    expect(step(undefined, 'tech upgrade, loan about 20 million').state.estimated).toEqual(['fixed_asset_loan']);
  });
});

describe('the thirty-first round: play-test 55', () => {
  it('asks again when the figure for the total is said of one part of it (P1: recorded as the total)', () => {
    expect(answerTo('total_investment', '软件MES+WMS那些 差不多450')).toEqual({});
    expect(repliesTo('total_investment', '设备大概800')).toContain('其中一部分');
    expect(answerTo('total_investment', 'equipment is about 8m', 'en')).toEqual({});
    // (Parts summed, a part said to be left out, the whole named, a part beside the total: still read.)
    expect(answerTo('total_investment', '设备两千加软件五百')).toMatchObject({ total_investment: 2500 });
    expect(answerTo('total_investment', '设备加软件不含税2860万 厂房另算')).toMatchObject({ total_investment: 2860 });
    expect(answerTo('total_investment', '设备和软件一共3800')).toMatchObject({ total_investment: 3800 });
    expect(answerTo('total_investment', '3000万 设备占了一半')).toMatchObject({ total_investment: 3000 });
    expect(answerTo('total_investment', 'the whole thing incl. equipment is 30m', 'en')).toMatchObject({
      total_investment: 3000,
    });
  });

  it('takes a change confirmed by its figure, and keeps the old one named (P3: 是480万 read as a no)', () => {
    const opening = '南通轴承厂 21年新评上省专精特新小巨人 去年实缴税金380万';
    for (const yes of ['是480万', '480', '对 480万'])
      expect(say([opening, '实缴税金480万', yes]).state.profile).toMatchObject({ taxes_paid_last_year: 480 });
    expect(say([opening, '实缴税金480万', '还是380']).state.profile).toMatchObject({ taxes_paid_last_year: 380 });
  });

  it('corrects the deal on record, not a second one, while asked whether there are more deals (P2)', () => {
    const t = say([
      '徐州规上工程机械企业，去年7月并购了常州一家液压件厂，工商变更办完了，我们是发起方，交易合规，不是同一集团，出资6500万其中现金4000万，收购后持股51%是唯一最大股东',
      '合规',
      '不对 持股是48% 不过还是第一大股东',
    ]);
    expect(t.state.profile).toMatchObject({ stake_after_pct: 48 });
    expect(t.state.profile).not.toHaveProperty('acquisition_2_stake_pct');
  });
});

describe('the thirty-first round: play-test 55, dates and puzzlement', () => {
  it('reads the day said after its month (P6: 2021年12月，Dec 15 read as the 31st)', () => {
    expect(answerTo('completion_date', 'go-live是2021年12月，Dec 15')).toMatchObject({ completion_date: '2021-12-15' });
    expect(answerTo('completion_date', '2021年12月，15号上线的')).toMatchObject({ completion_date: '2021-12-15' });
    // (Another month's day is no day of this one.)
    expect(answerTo('completion_date', '2021年12月，Nov 15')).not.toMatchObject({ completion_date: '2021-11-15' });
  });

  it('reads a statement after question marks as a statement (P5)', () => {
    const t = say([
      '苏州的规上注塑企业，去年11月完工，区里验收过了，手续齐全，在省智能制造示范工厂名单里，想报智能制造示范工厂',
      '就这些',
      '总投资450',
      '？？450是软件投入 不是总投资 总投资2500',
    ]);
    // (The change is offered, as any figure told against the one on record is.)
    expect(t.texts.at(-1)).toContain('要改成 2500万元 吗');
  });
});

describe('the thirty-first round: play-test 55, a late correction', () => {
  it('offers a change of the taxes said after the verdict, its slip remark no figure (P4)', () => {
    const t = say(['南通轴承厂 21年新评上省专精特新小巨人 去年实缴税金380万', '实缴税金是480万 刚才看成20年的了']);
    expect(t.texts.at(-1)).toContain('要改成 480万元 吗');
    expect(t.texts.join('\n')).not.toContain('20年');
  });
});

describe('the thirty-first round: play-test 55, an echoed word', () => {
  it('reads the answer after a word of the question echoed with a question mark (P8: declined as a question)', () => {
    expect(answerTo('service_direction', '服务化？不算吧')).toMatchObject({ service_direction: false });
    // (A question of its own is still answered as one.)
    expect(answerTo('service_direction', '服务化？能报吗')).toEqual({});
  });
});

describe('the thirty-first round: tune-zy', () => {
  it('reads 研发攻关总投入 as the R&D figure, not the total', () => {
    expect(answerTo('rd_investment', '研发攻关总投入4500万，其中人工1200')).toEqual({ rd_investment: 4500 });
  });

  it('reads the last kind word of an English name as the body (a university spin-off company is an enterprise)', () => {
    expect(said('University lab spin-off company in Wuxi', 'en')).toMatchObject({ applicant_kind: 'enterprise' });
    expect(said('a spin-off of Nanjing University', 'en')).toMatchObject({ applicant_kind: 'enterprise' });
    expect(said('We are Jiangsu Enterprise Managers Association', 'en')).toMatchObject({ applicant_kind: 'nonprofit' });
    // (A kind after under / of is another body's.)
    expect(answerTo('applicant_kind', 'a public institution (事业单位) under the bureau', 'en')).toEqual({
      applicant_kind: 'public_institution',
    });
  });

  it('reads last year’s upgrade investment, the yearly trainees and firms gone above-scale in first messages', () => {
    expect(said('去年在创新升级上投了一千一百万（专项审计还没做）')).toMatchObject({
      upgrade_investment_last_year: 1100,
    });
    expect(said('去年在创新升级上投了一千一百万（专项审计还没做）')).not.toHaveProperty('total_investment');
    expect(said('培训机构 近三年每年大概培训1500人次')).toMatchObject({ trainees_3y_avg: 1500 });
    expect(said('培训机构 近三年每年大概培训1500人次')).not.toHaveProperty('planned_trainees');
    const base = said('We run an innovation base in Yangzhou. Two firms in the base went above-scale in 2021.', 'en');
    expect(base).toMatchObject({ new_above_scale_2021: 2 });
    expect(base).not.toHaveProperty('above_scale');
  });

  it('asks when the figure after 加上 is what the sum comes to', () => {
    expect(answerTo('software_investment', '软件这块三百八，加上云服务刚好过400')).toEqual({});
    expect(answerTo('cluster_service_revenue_2021', '集群服务收入一百八十来万 加上政府购买服务有两百三')).toEqual({});
  });
});

describe('review of the thirty-first round', () => {
  const merger = '苏州的工业企业，想报兼并重组，2021年10月15日并购了一家公司，出资8000万，全部现金，持股51%';
  it('hears 刚查了一下 as no correction, 税是 in no other tax, 算成 as a result', () => {
    expect(say([merger, '否', '是', '是', '是', '我刚查了一下 没有了']).state.profile).toMatchObject({
      more_acquisitions: false,
      merger_initiator: true,
    });
    expect(answerTo('approvals_complete', '我刚查了一下 都齐了')).toEqual({ approvals_complete: true });
    expect(said('我们去年增值税留抵退税有300万，想问小巨人能不能报')).not.toHaveProperty('taxes_paid_last_year');
    expect(answerTo('total_investment', '发票含税一共是3900')).not.toHaveProperty('taxes_paid_last_year');
    expect(answerTo('total_investment', '审计后算成3200了')).toEqual({ total_investment: 3200 });
  });

  it('reads a part’s word that names the project, the trade or the filing as no part', () => {
    for (const [text, value] of [
      ['机器换人项目 3000万', 3000],
      ['MES系统上线的那个项目 投了3500万', 3500],
      ['我们是做MES软件的公司，项目投资2000万', 2000],
      ['呃 信息化改造整体投了3000', 3000],
      ['不含厂房和装修，3500万', 3500],
      ['软件平台3000万', 3000],
      ['设备2500加计量仪器300', 2800],
    ] as const)
      expect(answerTo('total_investment', text)).toMatchObject({ total_investment: value });
    expect(answerTo('total_investment', 'equipment upgrade project, 35 million', 'en')).toMatchObject({
      total_investment: 3500,
    });
    expect(answerTo('filed_total_investment', '设备类项目，备案3600')).toMatchObject({ filed_total_investment: 3600 });
  });

  it('keeps a 号 of a workshop, an explicit no at a confirmation, and a question after a question mark', () => {
    expect(answerTo('completion_date', '2021年6月，3号车间先完工，整体是9月')).not.toHaveProperty('completion_date');
    const opening = '无锡一家做电机的规上企业，技改项目总投资3800万';
    expect(say([opening, '总投资4800万', 'no, 4800']).state.profile).toMatchObject({ total_investment: 3800 });
    expect(answerTo('total_investment', '？那我填含税的还是不含税的')).toEqual({});
    expect(repliesTo('total_investment', '？那我填含税的还是不含税的')).not.toContain('口径');
  });

  it('reads a smaller figure after 加上 as one more part, and a plan as no three-year record', () => {
    expect(answerTo('software_investment', 'MES 300加上ERP是150')).toMatchObject({ software_investment: 450 });
    expect(answerTo('total_investment', '设备1800，加上软件是500')).toMatchObject({ total_investment: 2300 });
    expect(said('计划每年大概培训500人次，培训机构')).not.toHaveProperty('trainees_3y_avg');
    expect(said('去年在数字化升级上投了3000万，想报示范工厂')).not.toHaveProperty('upgrade_investment_last_year');
  });

  it('keeps an English applicant’s own size and a zone’s service bodies', () => {
    expect(said('We went above-scale in 2020, revenue about 50 million last year', 'en')).toMatchObject({
      above_scale: true,
    });
    expect(said('Three firms in our incubator went above-scale in 2021', 'en')).toMatchObject({
      new_above_scale_2021: 3,
    });
    expect(said("We're the Suzhou Industrial Park enterprise service center", 'en')).not.toMatchObject({
      applicant_kind: 'enterprise',
    });
    expect(said('We are the Kunshan Development Zone enterprise service bureau', 'en')).not.toMatchObject({
      applicant_kind: 'city_bureau',
    });
  });
});

describe('second review of the thirty-first round', () => {
  it('tells a new deal said with 不对 as the next deal, and reads an echoed word only of the question asked', () => {
    const t = say([
      '常州的规上企业，2021年10月收购了一家公司，持股51%，付了5000万，全现金',
      '兼并重组',
      '不是',
      '登记了',
      '符合',
      '是',
      '不对 还有一笔 2021年11月 出资7000万',
    ]);
    expect(t.state.profile).toMatchObject({ acquisition_amount: 5000, acquisition_2_amount: 7000 });
    expect(answerTo('service_direction', '绿色？算吧 有光伏')).toEqual({});
    expect(answerTo('total_investment', '含土建？那3500')).toEqual({});
  });

  it('reads no part where the part is left out after its word, rented, the trade, or what the whole is made of', () => {
    for (const [text, value] of [
      ['土建不算，3000万', 3000],
      ['厂房是租的，投资2800万', 2800],
      ['我们是做设备的，3000万', 3000],
      ['设备更新 3500万', 3500],
      ['机器人是大头 3500万', 3500],
      ['设备加软件不含税2860万 厂房另算', 2860],
    ] as const)
      expect(answerTo('total_investment', text)).toMatchObject({ total_investment: value });
    expect(answerTo('total_investment', 'civil works are excluded, 30 million', 'en')).toMatchObject({
      total_investment: 3000,
    });
  });

  it('keeps a question after a leading question mark, and an English kind word after a verb another body’s', () => {
    expect(repliesTo('total_investment', '？不是3000以上就行')).not.toContain('两种理解');
    expect(said('We are a development zone hosting 300 companies in Changzhou', 'en')).toMatchObject({
      applicant_kind: 'park',
    });
    expect(said("We're an industry association representing 300 companies", 'en')).toMatchObject({
      applicant_kind: 'nonprofit',
    });
  });
});

describe('the thirty-second round: a deal corrected while asked about more, and 一亿二', () => {
  const deal =
    '徐州规上工程机械企业，去年7月并购了常州一家液压件厂，工商变更办完了，我们是发起方，交易合规，不是同一集团，出资6500万其中现金4000万，收购后持股51%是唯一最大股东';

  it('changes the deal on record when a figure comes with no yes and no other deal (play-test 55)', () => {
    const t = say([deal, '合规', '等下 我刚查了下 持股是48% 不过还是第一大股东']);
    expect(t.state.profile.stake_after_pct).toBe(48);
    expect(t.state.profile.acquisition_2_stake_pct).toBeUndefined();
    // A yes, or a word of another deal, still tells the next deal.
    const more = say([deal, '合规', '有 出资六千万 持股60%']);
    expect(more.state.profile).toMatchObject({ stake_after_pct: 51, acquisition_2_amount: 6000 });
    const another = say([deal, '合规', '还有一家 出资七千万']);
    expect(another.state.profile).toMatchObject({ acquisition_amount: 6500, acquisition_2_amount: 7000 });
  });

  it('reads 一亿二 and 一亿五 whole beside the filed total', () => {
    for (const text of ['备案是一亿二 实际花了1.5亿', '备案是1.2亿 实际花了一亿五', '备案是一亿二 实际花了一亿五']) {
      const p = answerTo('filed_total_investment', text);
      expect(p.filed_total_investment).toBe(12000);
      expect(p.total_investment).toBeUndefined();
    }
    expect(answerTo('filed_total_investment', '备案一亿二千万 实际一亿五').filed_total_investment).toBe(12000);
  });
});

describe('the thirty-second round: tune-zz', () => {
  it('asks which quality award an unlevelled 质量奖 is, and counts a governor’s or mayor’s as none of the list, saying so', () => {
    for (const text of ['单项冠军（21年的）还有质量奖', '质量奖', '有质量奖'])
      expect(answerTo('certifications', text).certifications).toBeUndefined();
    expect(repliesTo('certifications', '质量奖')).toContain('全国质量奖');
    expect(answerTo('certifications', 'quality award', 'en').certifications).toBeUndefined();
    for (const text of ['省长质量奖', '市长质量奖 别的没有', '江苏省质量奖'])
      expect(answerTo('certifications', text).certifications).toEqual([]);
    expect(repliesTo('certifications', '单项冠军、省质量奖')).toContain('不是指南第3.3条列明');
    expect(answerTo('certifications', '单项冠军、省质量奖').certifications).toEqual(['single-champion-2021']);
    // The national one, by either name, and a provincial one corrected to it in the same message.
    expect(answerTo('certifications', '全国质量奖').certifications).toEqual(['quality-award-2021']);
    expect(answerTo('certifications', '2021 China Quality Award', 'en').certifications).toEqual(['quality-award-2021']);
    expect(
      answerTo('certifications', '去年首次进了中国企业500强，还有省质量奖……不对是全国质量奖，也是去年拿的')
        .certifications,
    ).toEqual(['quality-award-2021', 'top500-first-2021']);
  });

  it('asks a count said now beside a target, a trade beside a small plant, and SMEs served mostly offline', () => {
    expect(answerTo('identifier_connected_enterprises', '现在接了600家，完成时目标1200')).toEqual({});
    expect(answerTo('identifier_connected_enterprises', '现在接了600家')).toEqual({
      identifier_connected_enterprises: 600,
    });
    expect(answerTo('industrial', '主要做贸易 也有个小加工厂')).toEqual({});
    expect(answerTo('industrial', '做贸易的')).toEqual({ industrial: false });
    expect(answerTo('smes_served_2021', 'roughly 200 firms, most of them offline', 'en')).toEqual({});
    expect(answerTo('smes_served_2021', '200 firms, all offline', 'en')).toEqual({ smes_served_2021: 200 });
  });

  it('records no figure followed by another it may be instead', () => {
    const p = said(
      '昆山高新区管委会这边 想申报信创先导区 运营主体是区属国企 实施期内预算投1个亿左右吧 也可能八千多万 还在测算',
    );
    expect(p).not.toHaveProperty('total_investment');
    expect(p).toMatchObject({ applicant_kind: 'park' });
    expect(said('昆山高新区管委会 想申报信创先导区 实施期内预算投1个亿左右')).toMatchObject({
      total_investment: 10000,
    });
  });

  it('reads 肿么 as 怎么 (a question, nothing recorded), and 算了 换个项目 as no answer', () => {
    expect(answerTo('taxes_paid_last_year', '400万以上才算吗 肿么算的')).toEqual({});
    expect(answerTo('green_direction', '算了 换个项目问问')).toEqual({});
  });
});

describe('the thirty-second round: play-test 56', () => {
  it('asks a district’s, county’s or county-level city’s bureau what it is, never the 设区市工信局 (3.4.2)', () => {
    for (const text of ['县工信局', '区工信局', '县级市工信局', '昆山市工信局', '江阴市工信局', '我们是县里的工信局']) {
      expect(answerTo('applicant_kind', text)).toEqual({});
      expect(repliesTo('applicant_kind', text)).toContain('设区市');
    }
    for (const text of ['苏州市工信局', '市工信局', '工信局'])
      expect(answerTo('applicant_kind', text)).toEqual({ applicant_kind: 'city_bureau' });
  });

  it('reads a share done, “basically”, or not all bought, as part (asked)', () => {
    for (const text of ['完成了三成', '基本齐了', '基本上都齐了'])
      expect(answerTo('approvals_complete', text)).toEqual({});
    expect(answerTo('approvals_complete', '齐了')).toEqual({ approvals_complete: true });
    for (const text of ['买了一半', '还没买完']) expect(answerTo('equipment_bought_with_loan', text)).toEqual({});
    expect(answerTo('equipment_bought_with_loan', '都买了')).toEqual({ equipment_bought_with_loan: true });
    // (Works not done are a plain no.)
    expect(answerTo('approvals_complete', '还没办完')).toEqual({ approvals_complete: false });
  });

  it('does not take plans still being written, said beside dates, for plans held', () => {
    expect(answerTo('has_plan_and_targets', '方案和绩效目标都在写 21年7月启动 到23年6月底结束')).not.toHaveProperty(
      'has_plan_and_targets',
    );
    expect(answerTo('has_plan_and_targets', '方案和绩效目标都有 21年7月启动')).toMatchObject({
      has_plan_and_targets: true,
    });
  });

  it('screens the programs named when asked whether we can apply for them', () => {
    const menu = say(['开始', '帮我看看能不能报技改贴息']);
    expect(menu.state.focus).toEqual(['tech-loan']);
    expect(menu.texts.join('\n')).not.toContain('没有对这个问题作出规定');
    expect(step(undefined, '帮我看看能不能报技改贴息').state.focus).toEqual(['tech-loan']);
    expect(step(undefined, '我们能不能报小巨人').state.focus).toEqual(['little-giant']);
    // (A question about a program, not about us, stays a question.)
    expect(say(['开始', '5G项目补助怎么拨付']).state.focus).toBeNull();
    expect(step(undefined, '5G项目补助怎么拨付').state.focus).toBeNull();
  });
});

describe('the thirty-second round: play-test 56, asked again', () => {
  it('keeps the loan program’s filed-total wording on every re-ask, and gives a figure’s example, no options to pick', () => {
    const t = say(['无锡做电机的，规上企业，去年营收大概3.2亿', '1', '齐了', '备案的', '就是备案那个数']);
    const last = t.texts.at(-1) ?? '';
    expect(last).toContain('备案（核准）总投资');
    expect(last).not.toContain('不含土建');
    expect(last).not.toContain('点选');
    expect(last).toContain('3500万');
  });
});

/** A merger dialog up to "还有其他2021年完成的并购吗？", its first deal told with these figures. */
const mergerTold = (amount: string, stake: string, cash: string): string[] => [
  '我们2021年并购了一家企业，想报兼并重组奖励',
  '是',
  '是',
  '不是',
  '是',
  '是',
  '是',
  '2021年8月20日',
  amount,
  stake,
  cash,
];

describe('review of the thirty-second round', () => {
  const deal = mergerTold('6000万', '60%', '6000万');

  it('tells the next deal from a second look at the first, and keeps a trade that has its goods made elsewhere a trade', () => {
    const next = say([...deal, '收购无锡那家 出资8000万 持股51%']);
    expect(next.state.profile).toMatchObject({
      acquisition_amount: 6000,
      stake_after_pct: 60,
      acquisition_2_amount: 8000,
    });
    const again = say([...deal, '等下 我刚查了下 持股是65%']);
    expect(again.state.profile).toMatchObject({ stake_after_pct: 65 });
    expect(again.state.profile).not.toHaveProperty('acquisition_2_stake_pct');
    expect(answerTo('industrial', '委托加工厂代工，自己只做销售')).not.toEqual({ industrial: true });
    expect(answerTo('industrial', '我们是贸易公司，货都是外协加工厂做的')).toEqual({ industrial: false });
  });

  it('keeps 神马 a name, and reads a quality award’s level said anywhere', () => {
    expect(said('我们是江苏神马电力，做输变电设备的，想报技改贴息')).toMatchObject({ in_jiangsu: true });
    expect(step(undefined, '我们21年拿了质量奖 能报奖励吗').state.focus).toEqual(['honor-award']);
    for (const text of ['国家级质量奖', '21年的质量奖，全国的'])
      expect(answerTo('certifications', text).certifications).toEqual(['quality-award-2021']);
    for (const text of ['省级质量奖', '质量奖是省里的', '苏州市市长质量奖', '无锡市质量奖'])
      expect(answerTo('certifications', text).certifications).toEqual([]);
  });

  it('answers a question at the programs question that asks more than whether we may apply', () => {
    for (const text of ['可以申请多少补助 技改贴息的', '可以申请技改贴息吗？需要什么材料', '可以申请国家级小巨人吗']) {
      const t = say(['开始', text]);
      expect(t.state.pending).toBe('focus');
      expect(t.last.replies.some((r) => r.kind === 'answer')).toBe(true);
    }
  });

  it('reads a stake bought, all of it done, a plain no first and a project under way as before', () => {
    expect(answerTo('largest_shareholder', '是，买了51%')).toMatchObject({ largest_shareholder: true });
    expect(answerTo('merger_completed_2021', '有，投了八成股权')).toMatchObject({ merger_completed_2021: true });
    expect(answerTo('accepted', '是的 验收已完成100%')).toMatchObject({ accepted: true });
    expect(answerTo('accepted', '没验收 设备都没买完呢')).toMatchObject({ accepted: false });
    expect(answerTo('approvals_complete', '还没有，环评做了一半')).toMatchObject({ approvals_complete: false });
    expect(answerTo('fiveg_direction', '5G网络正在建，生产物流安全环节都会用')).toMatchObject({
      fiveg_direction: true,
    });
    expect(answerTo('has_plan_and_targets', '实施方案正在报批，绩效目标已经明确')).toMatchObject({
      has_plan_and_targets: true,
    });
    expect(answerTo('smes_served_2021', '2021年线下服务320家，目前已经超过400家，今年目标600家')).toMatchObject({
      smes_served_2021: 320,
    });
    expect(answerTo('service_team_size', '现在20个人 到时候再招10个')).toMatchObject({ service_team_size: 20 });
    expect(answerTo('applicant_kind', '苏州工业园区经发局')).toMatchObject({ applicant_kind: 'park' });
    expect(repliesTo('smes_served_2021', '大概200家，大部分是线下')).toContain('5.3.1.2');
  });
});

describe('second review of the thirty-second round', () => {
  const deal = mergerTold('9000万', '70%', '2000万');

  it('keeps a yes to another deal the next deal’s, whatever words open it', () => {
    for (const text of [
      '等等 有的有的，出资3000万，占股40%',
      '我核对一下啊 嗯 有 宁波那个 出资6000万',
      '我查了一下，8月份收购了盐城那家，出资7500万',
    ]) {
      const p = say([...deal, text]).state.profile;
      expect(p).toMatchObject({ acquisition_amount: 9000, stake_after_pct: 70 });
    }
  });

  it('reads a park’s own bureau as the park, and a quality award beside another recognition', () => {
    expect(answerTo('applicant_kind', '高新区工信局')).toEqual({ applicant_kind: 'park' });
    expect(answerTo('applicant_kind', '宿迁经开区工信局')).toEqual({ applicant_kind: 'park' });
    expect(answerTo('certifications', '21年单项冠军和市质量奖').certifications).toEqual(['single-champion-2021']);
    expect(answerTo('certifications', 'i创杯二等奖和市质量奖').certifications).toEqual(['icup-second-prize']);
    expect(answerTo('certifications', '21年小巨人 国家级的，还有质量奖')).toEqual({});
    expect(
      answerTo('certifications', '2021 single champion and a provincial quality award', 'en').certifications,
    ).toEqual(['single-champion-2021']);
  });

  it('asks a partial yes after 没问题 / 没错, equipment bought in part, and targets still being set', () => {
    expect(answerTo('accepted', '没问题，验收做了一半')).toEqual({});
    expect(answerTo('equipment_bought_with_loan', '设备买了80%')).toEqual({});
    expect(answerTo('has_plan_and_targets', '绩效目标在定，方案有')).toEqual({});
  });

  it('screens the program the asking clause names', () => {
    expect(step(undefined, '我们是小巨人 能报单项冠军奖励吗').state.focus).toEqual(['honor-award']);
  });
});

describe('the thirty-third round: issue 14', () => {
  it('asks a figure or a date said with another it may be instead', () => {
    expect(answerTo('total_investment', '1.2亿 也可能1.3亿')).toEqual({});
    expect(answerTo('total_investment', '1.2亿，也可能是1.3亿吧')).toEqual({});
    expect(answerTo('completion_date', '3月底 或者4月初')).toEqual({});
    // (A figure with no other after it stands.)
    expect(answerTo('total_investment', '五千万或者更多')).toEqual({ total_investment: 5000 });
    expect(answerTo('total_investment', '1.2亿')).toEqual({ total_investment: 12000 });
  });

  it('asks a county-level city’s bureau named in English, and keeps a city’s bureau the city’s', () => {
    for (const text of [
      'Kunshan city bureau',
      'we are the Kunshan industry and IT bureau',
      'the industry bureau of Jiangyin',
    ])
      expect(answerTo('applicant_kind', text, 'en')).toEqual({});
    expect(answerTo('applicant_kind', 'Suzhou city bureau', 'en')).toEqual({ applicant_kind: 'city_bureau' });
  });
});

describe('the thirty-third round: tune-zza', () => {
  it('asks a loan only planned, a period added to another, and a count with online inside it in a first message', () => {
    expect(said('无锡做汽配的，规上，项目总投资4500w，贷款打算贷2500w左右')).not.toHaveProperty('fixed_asset_loan');
    expect(said('无锡做汽配的，规上，项目总投资4500w，准备贷款2500万')).not.toHaveProperty('fixed_asset_loan');
    expect(said('无锡做汽配的，规上，项目总投资4500w，贷款2500万')).toMatchObject({ fixed_asset_loan: 2500 });
    expect(answerTo('fixed_asset_loan', '打算贷2500w左右')).toEqual({});
    expect(answerTo('fixed_asset_loan', '贷了2500')).toEqual({ fixed_asset_loan: 2500 });
    expect(answerTo('lab_cooperation_years', '3+2年')).toEqual({});
    expect(answerTo('lab_cooperation_years', '5年')).toEqual({ lab_cooperation_years: 5 });
    expect(
      said('We run training since 2015. About 1,500 trainees a year including online courses.'),
    ).not.toHaveProperty('trainees_3y_avg');
    expect(said('We run training since 2015, about 1,500 trainees a year, all offline.')).toMatchObject({
      trainees_3y_avg: 1500,
    });
  });

  it('reads the research total as the R&D investment asked, and a does-it-count question back as no answer', () => {
    expect(answerTo('rd_investment', '攻关总投入4200')).toEqual({ rd_investment: 4200 });
    expect(answerTo('rd_investment', '总投资4200')).not.toHaveProperty('rd_investment');
    for (const text of ['我们做车规IGBT模块的，算吧？', '我们做车规IGBT模块的，算不算？']) {
      const t = step(pendingOn('core_tech_direction'), text);
      expect(t.state.profile).toEqual({});
      expect(t.replies.some((r) => r.text.includes('2.1.2'))).toBe(true);
    }
    expect(answerTo('core_tech_direction', '是的，做车规IGBT模块')).toEqual({ core_tech_direction: true });
  });
});

describe('the thirty-third round: play-test 57', () => {
  it('keeps a figure the message names as another fact that one’s, not the pending question’s', () => {
    expect(answerTo('software_investment', '21年底投了四百来万')).toEqual({ invested_by_2021_end: 400 });
    expect(answerTo('software_investment', '投了400万')).toEqual({ software_investment: 400 });
    expect(answerTo('invested_by_2021_end', '软件这块450')).toEqual({ software_investment: 450 });
  });

  it('asks a two-digit year with a leading zero, never a count of years', () => {
    for (const text of ['02年就开始搞培训了', '05年成立的', '09年开始的'])
      expect(answerTo('training_years', text)).toEqual({});
    expect(answerTo('training_years', '做了8年')).toEqual({ training_years: 8 });
  });

  it('reads a stage said with 没有动工 / 已经动工, and a 2021 provincial little giant said in English', () => {
    expect(answerTo('stage', '还在跑审批 木有动工')).toEqual({ stage: 'planned' });
    expect(answerTo('stage', '去年已经动工了，还没建完')).toEqual({ stage: 'under_construction' });
    expect(answerTo('certifications', '2021 provincial little giant', 'en')).toEqual({
      certifications: ['little-giant-2021'],
    });
    expect(answerTo('certifications', '2021 national little giant', 'en')).toEqual({});
  });
});

describe('the thirty-third round: play-test 57, facts said beside another answer', () => {
  it('keeps 我们是发起方 said to the largest-shareholder question', () => {
    expect(answerTo('largest_shareholder', '我们是发起方')).toEqual({ merger_initiator: true });
    expect(answerTo('merger_initiator', '我们是被收购方')).toEqual({ merger_initiator: false });
  });
});

describe('the thirty-third round: which figures were read (play-test 57)', () => {
  it('names the figures it could not choose between', () => {
    expect(repliesTo('total_investment', '1.2亿 也可能1.3亿')).toContain('1.2亿、1.3亿');
    expect(repliesTo('total_investment', '12 million, maybe 13 million', 'en')).toContain('12 million, 13 million');
    expect(answerTo('total_investment', '12 million, maybe 13 million', 'en')).toEqual({});
  });
});

describe('the thirty-third round: a program asked for at the programs question (play-test 57)', () => {
  it('screens the program a message ends by asking whether it can apply for', () => {
    const t = say(['泰州的 化工企业 营收80个亿', '我们去年收购了山东一家同行，想问问兼并重组能不能报']);
    expect(t.state.focus).toEqual(['merger']);
    expect(t.state.pending).not.toBe('focus');
  });
});

describe('the thirty-third round: 谁申报 asks (play-test 57)', () => {
  it('answers 展会项目谁申报 with 3.4.2, in a first message and after a verdict', () => {
    const first = step(undefined, '展会项目谁申报');
    expect(first.state.profile).toEqual({});
    expect(first.replies.some((r) => r.text.includes('3.4.2'))).toBe(true);
  });
});

describe('the thirty-third round: a figure under ten with no unit (play-test 57)', () => {
  it('asks the unit of 1 or 1.2 said alone to an amount, and keeps 0, 12 and 1亿', () => {
    expect(answerTo('filed_total_investment', '1')).toEqual({});
    expect(answerTo('filed_total_investment', '1.2')).toEqual({});
    expect(answerTo('filed_total_investment', '1亿')).toEqual({ filed_total_investment: 10000 });
    expect(answerTo('other_interest_subsidy_2021', '0')).toEqual({ other_interest_subsidy_2021: 0 });
    expect(answerTo('loan_interest_paid_2021', '12')).toEqual({ loan_interest_paid_2021: 12 });
  });
});

describe('review of the thirty-third round', () => {
  it('keeps a project total said beside the research the total, and a planned loan asked however typed', () => {
    expect(answerTo('rd_investment', '攻关项目总投资1.2亿')).toEqual({ total_investment: 12000 });
    expect(answerTo('rd_investment', '攻关投入预算3500')).toEqual({ rd_investment: 3500 });
    expect(answerTo('fixed_asset_loan', '打算贷3000')).toEqual({});
    expect(answerTo('fixed_asset_loan', '预计贷款3000万')).toEqual({});
    expect(answerTo('fixed_asset_loan', '计划贷款3000万，已经放款了')).toEqual({ fixed_asset_loan: 3000 });
  });

  it('reads bureaus of county-level cities and of cities as said, and a bare 09年 as a year', () => {
    expect(answerTo('applicant_kind', 'county-level city bureau (Taicang)', 'en')).toEqual({});
    expect(answerTo('applicant_kind', 'city bureau of Wuxi; the event is in Yixing', 'en')).toEqual({
      applicant_kind: 'city_bureau',
    });
    expect(answerTo('training_years', '09年')).toEqual({});
  });

  it('records a figure or a fact said before 够吗 / 算吧 except where a direction is judged', () => {
    expect(answerTo('revenue_last_year', '去年营收2.3亿，够吗？')).toEqual({ revenue_last_year: 23000 });
    expect(answerTo('above_scale', '我们是规上企业，算吧？')).toMatchObject({ above_scale: true });
    expect(answerTo('core_tech_direction', '我们做车规IGBT模块的，算吧？')).toEqual({});
  });

  it('reads 第一期 as no figure, small interest as it is, and 2021 money to a 2021 question as that question’s', () => {
    expect(answerTo('start_date', '第一期，也许2023年6月')).toEqual({ start_date: '2023-06-30' });
    expect(answerTo('loan_interest_paid_2021', '8')).toEqual({ loan_interest_paid_2021: 8 });
    expect(answerTo('upgrade_investment_last_year', '21年底投了1200万')).toEqual({
      upgrade_investment_last_year: 1200,
    });
  });

  it('keeps the initiator beside a deal answer and the merger focus of a first message', () => {
    expect(answerTo('largest_shareholder', '我们是发起方')).toEqual({ merger_initiator: true });
    expect(answerTo('acquisition_date', '2021年8月完成，我们是收购方的子公司')).not.toHaveProperty('merger_initiator');
    expect(step(undefined, '我们是并购发起方').state.focus).toEqual(['merger']);
  });
});

describe('second review of the thirty-third round', () => {
  it('keeps a yes before the initiator, a county-level city in brackets, and 2021 money to a 2021 investment only', () => {
    expect(answerTo('largest_shareholder', '是的，我们是发起方')).toEqual({ largest_shareholder: true });
    expect(answerTo('applicant_kind', 'bureau for industry (Taicang city)', 'en')).toEqual({});
    expect(answerTo('loan_interest_paid_2021', '21年底投了1200万')).toEqual({ invested_by_2021_end: 1200 });
    expect(answerTo('upgrade_investment_last_year', '21年底投了1200万')).toEqual({
      upgrade_investment_last_year: 1200,
    });
  });

  it('asks a bare 5 for registered capital, two percentages either way, and a planned loan beside a drawn one', () => {
    expect(answerTo('registered_capital', '5')).toEqual({});
    expect(answerTo('stake_after_pct', '百分之五十一 也可能六十')).toEqual({});
    expect(answerTo('fixed_asset_loan', '计划贷款3000万 实际放了2500万')).not.toEqual({ fixed_asset_loan: 3000 });
  });
});
