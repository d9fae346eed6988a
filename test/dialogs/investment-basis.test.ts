/**
 * One project, two measures of its total: 技改贴息 reads the filed total (1.1.1.2, civil works and all), 1.2.3 and the
 * programs after it the net one (ex-tax, no civil works or working capital). Both play-testers of the seventeenth
 * round found one figure serving both: a green-upgrade cap on a filed total, a loan check on a net figure.
 */

import { describe, expect, it } from 'vitest';
import { step } from '../../src/dialogs/engine.ts';
import { NET_CHECK } from '../../src/dialogs/investment-basis.ts';
import type { DialogState } from '../../src/dialogs/state.ts';
import type { Reply } from '../../src/dialogs/types.ts';
import { evaluate } from '../../src/rules/index.ts';
import type { Profile } from '../../src/rules/types.ts';

const lastAsk = (replies: readonly Reply[]) => [...replies].reverse().find((r) => r.kind === 'ask');

/** Says each message in turn from a fresh dialog. */
function say(...messages: string[]) {
  let turn = step(undefined, messages[0] as string);
  for (const m of messages.slice(1)) turn = step(turn.state, m);
  return turn;
}

/** Answers every question with 不知道 until the one for `slot` shows (or the dialog ends). */
function untilAsked(state: DialogState, slot: string) {
  let turn = { state, replies: [] as Reply[] };
  for (let i = 0; i < 60 && turn.state.pending !== slot && turn.state.phase !== 'done'; i++)
    turn = step(turn.state, '不知道');
  return turn;
}

const tech = (p: Profile) => evaluate(p).find((r) => r.program === 'tech-loan');
const techTotal = (p: Profile) => tech(p)?.trace.find((c) => c.condition === 'total-investment');

describe('the filed total (1.1.1.2)', () => {
  it('is the stated filed total; without one, the total (the measure the program names)', () => {
    expect(techTotal({ filed_total_investment: 2999 })?.outcome).toBe('unmet');
    expect(techTotal({ filed_total_investment: 3000 })?.outcome).toBe('met');
    expect(techTotal({ total_investment: 2999 })?.outcome).toBe('unmet');
    expect(techTotal({ total_investment: 3000 })?.outcome).toBe('met');
    // The filed total stated wins over a net figure either side of the line.
    expect(techTotal({ total_investment: 3500, filed_total_investment: 2999 })?.outcome).toBe('unmet');
    expect(techTotal({ total_investment: 2500, filed_total_investment: 3000 })?.outcome).toBe('met');
  });

  it('is unknown, and asked, when the total is said to be the net one: a net figure says nothing of the filing', () => {
    for (const total of [2999, 3000, 5000]) {
      const t = techTotal({ total_investment: total, total_investment_basis: 'net' });
      expect(t?.outcome).toBe('unknown');
      expect(t?.missing).toEqual(['filed_total_investment']);
    }
  });
});

describe('in a dialog', () => {
  it('asks the loan program’s filed total when the total given sits beside programs measuring the net one', () => {
    const t = untilAsked(say('想报技改贴息和绿色化改造，总投资2800万，固贷2500万').state, 'filed_total_investment');
    expect(t.state.pending).toBe('filed_total_investment');
    expect(lastAsk(t.replies)?.text).toContain('备案');
    const answered = step(t.state, '备案的是3200万');
    expect(answered.state.profile.filed_total_investment).toBe(3200);
    expect(answered.state.profile.total_investment).toBe(2800);
    // The basis is read from what is screened, never recorded as if the user had said it.
    expect(answered.state.profile.total_investment_basis).toBeUndefined();
  });

  it('gives the loan program no ❌ on a net total asked for other programs: its filed total is still to be asked', () => {
    const t = say('扬州的规上企业，做阀门，想报5G全连接工厂', '都没有', '齐了', '不含税两千五', '软件四百五', '结果');
    expect(t.state.profile.total_investment).toBe(2500);
    const verdict = [...t.replies].reverse().find((r) => r.kind === 'verdict');
    const loan = verdict?.kind === 'verdict' ? verdict.results.find((r) => r.program === 'tech-loan') : undefined;
    expect(loan?.status).toBe('needs_info');
    expect(loan?.missing).toContain('filed_total_investment');
  });

  it('does not ask the basis for programs the applicant can only read about (an enterprise: 信创 pilot zone, expo)', () => {
    let turn = step(undefined, 'hi, what funding can we get?', { locale: 'en' });
    for (const m of [
      'all',
      'company',
      'none of them',
      'none',
      'yes, Kunshan',
      'yes we manufacture PCBs',
      '2.4 billion RMB',
      'yes',
      'filed total 28 million',
    ])
      turn = step(turn.state, m, { locale: 'en' });
    expect(turn.state.profile.filed_total_investment).toBe(2800);
    expect(turn.state.asked).not.toContain(NET_CHECK);
  });

  it('reads the total as the filed one when the loan program is screened alone, and asks nothing more about it', () => {
    const t = say('想报技改贴息，总投资2800万，固贷2500万', '结果');
    expect(t.state.asked).not.toContain('filed_total_investment');
    const verdict = t.replies.find((r) => r.kind === 'verdict');
    expect(verdict?.text).toMatch(/备案（核准）总投资 2800万元.*差 200万元/u);
  });

  it('records a total said as the filed one as the filed total too, and asks once whether it is the net one', () => {
    const t = say('我们想报技改贴息和绿色化改造，备案总投资3200万，固贷2500万');
    expect(t.state.profile).toMatchObject({ total_investment: 3200, filed_total_investment: 3200 });
    expect(t.state.pending).toBe('total_investment');
    expect(t.state.asked.at(-1)).toBe(NET_CHECK);
    const ask = lastAsk(t.replies);
    expect(ask?.slot).toBe('total_investment');
    expect(ask?.text).toMatch(/绿色化改造升级项目.*不含税、不含土建.*3200万元.*一样/u);

    const same = step(t.state, '一样');
    expect(same.state.profile).toMatchObject({ total_investment: 3200, filed_total_investment: 3200 });
    expect(same.replies[0]?.text).toContain('也按 3200万元 计');
    expect(same.state.pending).not.toBe('total_investment');

    const net = step(t.state, '不含土建的话2600万');
    expect(net.state.profile).toMatchObject({ total_investment: 2600, filed_total_investment: 3200 });
    // Asked once: never again after it is answered.
    expect(untilAsked(net.state, 'total_investment').state.pending).not.toBe('total_investment');
  });

  it('asks nothing about the basis when the filed total is for the loan program alone', () => {
    const t = say('我们想报技改贴息，备案总投资3200万，固贷2500万');
    expect(t.state.profile.filed_total_investment).toBe(3200);
    expect(t.state.asked).not.toContain(NET_CHECK);
  });

  it('asks it in English too, and takes “same”', () => {
    const t = say(
      'We want to apply for the tech loan subsidy and the green upgrade. Filed total investment RMB 32 million, fixed-asset loan RMB 25 million.',
    );
    expect(t.state.asked.at(-1)).toBe(NET_CHECK);
    expect(lastAsk(t.replies)?.text).toMatch(/ex-tax and without civil works.*"same"/u);
    expect(step(t.state, 'same').state.profile.total_investment).toBe(3200);
  });

  // (The review found the filed figure recorded as the net total in each: the extractor keeps the later figure.) Each
  // figure is now recorded as what it is named: the filed one always; the net one only when said without tax as well as
  // civil works (1.2.3's total excludes both) — a figure said only without civil works may hold tax, and is asked.
  it('总投资2800万（不含税、不含土建，备案的是3500万）: both totals, each on its basis', () => {
    const t = say('想报技改贴息和绿色化改造，总投资2800万（不含税、不含土建，备案的是3500万），固贷2500万');
    expect(t.state.profile).toMatchObject({
      total_investment: 2800,
      filed_total_investment: 3500,
      total_investment_basis: 'net',
      fixed_asset_loan: 2500,
    });
  });

  it.each([
    ['想报技改贴息和5G，总投资三千五百万，不含土建，备案的是四千万，固贷2500万', 4000],
    ['想报技改贴息和绿色化改造，备案4000万，不含土建3500万，固贷2500万', 4000],
    ['想报技改贴息和绿色化改造，总投资3500万不含土建，备案总投资4000万，固贷2500万', 4000],
  ])(
    '%s: the filed total is recorded, the one without civil works only is asked, and the bot says so',
    (text, filed) => {
      const t = say(text);
      expect(t.state.profile.total_investment).toBeUndefined();
      expect(t.state.profile.filed_total_investment).toBe(filed);
      expect(t.state.profile.fixed_asset_loan).toBe(2500);
      expect(t.replies.map((r) => r.text).join('\n')).toMatch(/口径/u);
    },
  );

  it('a filed total beside an invoice said ex-tax is still the filed total', () => {
    const t = say('技改备案总投资3600万 固贷2400万 设备发票不含税两千一百万');
    expect(t.state.profile).toMatchObject({ total_investment: 3600, filed_total_investment: 3600 });
  });

  describe('found by the review of the change', () => {
    it.each(['一样的吧应该', '一羊', '是的'])(
      '%s to whether the filed total is the net one keeps it, never 1万元',
      (answer) => {
        const t = step(say('我们想报技改贴息和绿色化改造，备案总投资3200万').state, answer);
        expect(t.state.profile.total_investment).toBe(3200);
      },
    );

    it.each([
      ['不是，2600', 2600],
      ['不一样 2600', 2600],
    ])('%s to it is the net figure', (answer, value) => {
      const t = step(say('我们想报技改贴息和绿色化改造，备案总投资3200万').state, answer);
      expect(t.state.profile).toMatchObject({ total_investment: value, filed_total_investment: 3200 });
    });

    it('一样 to the filed total’s question is the total on record; 一样 to another amount is asked again', () => {
      const asked = untilAsked(say('想报技改贴息和绿色化改造，总投资2800万').state, 'filed_total_investment');
      expect(step(asked.state, '一样').state.profile.filed_total_investment).toBe(2800);
      const loan = untilAsked(say('想报技改贴息').state, 'fixed_asset_loan');
      expect(step(loan.state, '一样').state.profile.fixed_asset_loan).toBeUndefined();
    });

    it('a filed total said after a net one sets the filed total alone', () => {
      const t = say('想报技改贴息和绿色化改造，总投资2600万不含土建', '备案总投资3200万');
      expect(t.state.profile).toMatchObject({ total_investment: 2600, filed_total_investment: 3200 });
      expect(t.state.confirm ?? null).toBeNull();
    });

    it('a total said to exclude civil works is not the loan program’s filed total, even screened alone', () => {
      const t = untilAsked(say('想报技改贴息，总投资2800万，不含土建，固贷2500万').state, 'filed_total_investment');
      expect(t.state.profile.total_investment_basis).toBe('net');
      expect(t.state.pending).toBe('filed_total_investment');
    });
  });
  describe('found by the second review', () => {
    it.each(['总投资说错了，是2800万', '备案总投资说错了，是2800万'])(
      '%s, after a filed total said once, corrects both: the loan program is judged on 2800',
      (fix) => {
        const t = say('想报技改贴息，备案总投资3200万', fix);
        expect(t.state.profile).toMatchObject({ total_investment: 2800, filed_total_investment: 2800 });
      },
    );

    it('a correction leaves a filed total asked apart alone', () => {
      const asked = untilAsked(say('想报技改贴息和绿色化改造，总投资2800万').state, 'filed_total_investment');
      const t = step(step(asked.state, '2800').state, '总投资说错了，是2600万');
      expect(t.state.profile).toMatchObject({ total_investment: 2600, filed_total_investment: 2800 });
    });

    it.each(['一样吗？有啥区别', '总投资和备案的一样吗'])('%s asks; it is no “same”', (text) => {
      const t = step(say('我们想报技改贴息和绿色化改造，备案总投资4000万').state, text);
      expect(t.state.asked.at(-1)).toBe(NET_CHECK);
      expect(t.replies.some((r) => r.kind === 'clarify' && /也按/u.test(r.text))).toBe(false);
    });

    it('嗯 to the filed total’s question gives no figure', () => {
      const asked = untilAsked(say('想报技改贴息和绿色化改造，总投资2800万').state, 'filed_total_investment');
      expect(step(asked.state, '嗯').state.profile.filed_total_investment).toBeUndefined();
    });

    it('备案 said of the paperwork is no filed total', () => {
      const t = say('贷款3000万 备案环评都齐了 总投资5000万');
      expect(t.state.profile.total_investment).toBe(5000);
      expect(t.state.profile.filed_total_investment).toBeUndefined();
    });
  });
});
