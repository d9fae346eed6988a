import { describe, expect, it } from 'vitest';
import { step } from '../../src/dialogs/engine.ts';
import { PACK_SLOT } from '../../src/dialogs/pack-offer.ts';
import type { Locale, Reply } from '../../src/dialogs/types.ts';
import { pendingSlot } from './answer-from-profile.ts';
import { say } from './transcript.ts';

/** A tech-loan project that qualifies, answered as an enterprise would type it. */
const QUALIFYING = {
  focus: '技术改造贷款贴息',
  in_jiangsu: '是',
  applicant_kind: '企业',
  industrial: '是',
  revenue_last_year: '1.2亿',
  approvals_complete: '齐全',
  total_investment: '5000万',
  fixed_asset_loan: '3000万',
  loan_from_jiangsu_bank: '是',
  equipment_bought_with_loan: '是',
  loan_interest_paid_2021: '120万',
  loan_rate_pct: '4.2%',
  loan_term_years: '5年',
  other_interest_subsidy_2021: '没有',
  equipment_invoice_2021: '1500万',
};

const lastReply = (replies: readonly Reply[]) => replies.at(-1);

/** Answers every question from QUALIFYING until the offer is pending: that turn. */
function untilOffer(locale: Locale = 'zh-CN') {
  let turn = step(undefined, '/start', { locale });
  for (let i = 0; i < 40; i++) {
    const slot = pendingSlot(turn.replies);
    if (slot === null || slot === PACK_SLOT) break;
    turn = step(turn.state, QUALIFYING[slot as keyof typeof QUALIFYING] ?? '不知道', { locale });
  }
  return turn;
}

describe('the offer of application forms after the verdict', () => {
  it('a no followed by a question declines the offer and answers the question (play-test 5)', () => {
    const offer = untilOffer();
    expect(offer.state.pending).toBe(PACK_SLOT);
    const t = step(offer.state, '不需要。那贴息怎么计算的？');
    expect(t.state.pending).toBeNull();
    const texts = t.replies.map((r) => r.text).join('\n');
    expect(texts).toContain('不发送');
    expect(t.replies.some((r) => r.kind === 'answer')).toBe(true);
  });

  it('asks "需要申报表吗？" with two choices right after the final verdict', () => {
    const t = untilOffer();
    const replies = t.replies;
    const verdictAt = replies.findIndex((r) => r.kind === 'verdict');
    expect(verdictAt).toBeGreaterThanOrEqual(0);
    const offer = replies[verdictAt + 1];
    expect(offer).toMatchObject({ kind: 'ask', slot: PACK_SLOT });
    expect(offer?.text).toContain('需要申报表吗');
    expect(offer?.kind === 'ask' ? offer.choices.map((c) => c.value) : []).toEqual(['yes', 'no']);
    expect(t.state.pending).toBe(PACK_SLOT);
  });

  it('on yes, gives each checklist as text with its clauses, ticks what was confirmed, and asks for the form file', () => {
    const before = untilOffer().state;
    const turn = step(before, 'yes');
    const reply = lastReply(turn.replies);
    expect(reply?.kind).toBe('answer');
    if (reply?.kind !== 'answer') return;
    expect(reply.text).toContain('【技术改造贷款贴息和设备补助项目】申报材料清单');
    // 备案/环评/能评 and the Jiangsu bank's loan were confirmed; the bank's interest confirmation never is.
    expect(reply.text).toMatch(/☑ 项目备案（核准）、环评、能评手续文件.*\[1\.1\.1\.1\]/u);
    expect(reply.text).toMatch(/☐ 经省级金融机构确认的2021年度实际支付固定资产贷款利息证明.*\[1\.1\.2\]/u);
    expect(reply.clauses).toEqual(expect.arrayContaining(['A1-1', '1.1.1.1', '1.1.1.2', '1.1.2']));
    expect(reply.pack?.programs).toEqual(['tech-loan']);
    expect(reply.pack?.profile).toEqual(before.profile);
    expect(turn.state.pending).toBeNull();
  });

  it('takes "需要" typed, and "不需要" as a no that sends nothing', () => {
    const before = untilOffer().state;
    expect(lastReply(step(before, '需要').replies)).toMatchObject({ kind: 'answer' });
    const declined = step(before, '不需要');
    expect(declined.replies).toHaveLength(1);
    expect(declined.replies[0]).toMatchObject({ kind: 'clarify' });
    expect(declined.replies.some((r) => r.kind === 'answer' && r.pack)).toBe(false);
    expect(declined.state.pending).toBeNull();
  });

  it('asks again rather than guessing when the answer is neither', () => {
    const before = untilOffer().state;
    const turn = step(before, '随便看看');
    expect(turn.replies).toEqual([expect.objectContaining({ kind: 'ask', slot: PACK_SLOT })]);
    expect(turn.state).toEqual(before);
  });

  it('answers a policy question asked instead, then offers again', () => {
    const before = untilOffer().state;
    const turn = step(before, '贷款必须是省内银行的吗？');
    expect(turn.replies[0]?.kind).toBe('answer');
    expect(lastReply(turn.replies)).toMatchObject({ kind: 'ask', slot: PACK_SLOT });
  });

  it('lets a correction through and offers again after the new verdict', () => {
    const before = untilOffer().state;
    const turn = step(before, '总投资其实是6000万');
    expect(turn.state.profile.total_investment).toBe(6000);
    expect(turn.replies.some((r) => r.kind === 'verdict')).toBe(true);
    expect(lastReply(turn.replies)).toMatchObject({ kind: 'ask', slot: PACK_SLOT });
  });

  it('offers nothing when no program is eligible or open', () => {
    const t = say(['/start', '技术改造贷款贴息', '企业', '否']);
    expect(t.verdict).toBeDefined();
    expect(t.state.pending).toBeNull();
    expect(t.last.replies.some((r) => r.kind === 'ask' && r.slot === PACK_SLOT)).toBe(false);
  });

  it('speaks English to an English dialog', () => {
    const before = untilOffer('en').state;
    const offer = step(before, '/result').replies;
    expect(offer.some((r) => r.kind === 'verdict')).toBe(true);
    const yes = step(before, 'yes');
    expect(lastReply(yes.replies)?.text).toContain('documents to prepare');
  });
});

describe('commands while the offer is pending', () => {
  it('shows the verdict on 结果 and offers the forms again', () => {
    const before = untilOffer().state;
    const turn = step(before, '结果');
    expect(turn.replies[0]?.kind).toBe('verdict');
    expect(lastReply(turn.replies)).toMatchObject({ kind: 'ask', slot: PACK_SLOT });
    expect(turn.state.pending).toBe(PACK_SLOT);
  });
});

describe('while the forms are offered (found by a review)', () => {
  it('a correction is recorded, never read as a no to the offer', () => {
    const turn = step(untilOffer().state, '不对，总投资是三千万');
    expect(turn.state.profile.total_investment).toBe(3000);
  });

  it('要不要都行 is not a yes', () => {
    const turn = step(untilOffer().state, '要不要都行');
    expect(turn.replies.some((r) => r.kind === 'answer' && r.pack)).toBe(false);
  });
});
