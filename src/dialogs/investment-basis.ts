/**
 * Two measures of one project's total investment. 技改贴息 (1.1.1.2) measures the filed total (项目备案总投资: the
 * filing's figure, civil works and all); 1.2.3 and the programs after it (下同) the net one (ex-tax, no civil works or
 * working capital). One figure serving both gave a 640万 green-upgrade cap on a filed total the question excluded and a
 * loan check on a net figure. So:
 *
 * - a total said as the filed one (备案总投资 3200万, filed total) is recorded as `filed_total_investment` too;
 * - while the loan program is screened beside programs measuring the net total, a total not said to be the filed one
 *   is on the net basis (`total_investment_basis: net`): the loan program then asks for the filed total (rules/derive.ts);
 * - a total said as the filed one while a net total is on record sets the filed total alone (engine.ts record);
 * - a filed total standing as the only total while a program measuring the net one is open is asked about once: the
 *   same on the net basis (一样), or the net figure.
 */
import type { ProgramId } from '../knowledge/program-catalogue.ts';
import { programFacts } from '../rules/index.ts';
import type { Profile, ProgramResult } from '../rules/types.ts';
import { focusPrograms } from './focus.ts';
import type { DialogState } from './state.ts';
import type { Extraction } from './understand/index.ts';

/** The marker `asked` gets when the net-basis question is asked (the pending slot is total_investment). */
export const NET_CHECK = 'total_investment:net_check';

// 备案总投资 / 核准的总投资 / filed total investment / as filed: the word naming the figure says it is the filed one.
const FILED_CUE = /备案|核准|\bfiled\b|\bfiling\b/iu;
// 不含土建 / 扣掉土建 / ex-tax …: said on the net basis, whatever else the cue word says.
const NET_SAID =
  /不含(?:税|土建|铺底)|不包括土建|扣(?:掉|除)土建|去掉土建|\bex[- ]?(?:tax|vat)\b|\bexcluding (?:tax|vat|civil)|\bwithout (?:tax|vat|civil)/iu;

/** 一样 / 相同 / 就是这个数 / same: the filed total is also the net one. */
export const SAME_AS_FILED =
  /^(?:是的?|对的?|嗯|没错|一样(?:的)?|相同|同一个数|就是(?:这个|这个数|它)?|口径一样|都一样|same|yes|yep|correct|it is|that'?s it|the same)[\s，,。.!！的呀啊吧]*$/iu;

/** Records a total said as the filed one also as `filed_total_investment` (the same figure, echoed as such). */
export function withFiledTotal(ex: Extraction, input: string): Extraction {
  if (ex.mentions.some((m) => m.fact === 'filed_total_investment' || m.fact === 'total_investment_basis')) return ex;
  const total = ex.mentions.find((m) => m.fact === 'total_investment' && !m.superseded);
  if (!total) return ex;
  // 总投资2800万，不含土建 (and no filing named anywhere): the user says the total is the net one, which the loan
  // program alone would otherwise read as its filed total.
  const at = input.indexOf(total.source);
  const around = at < 0 ? '' : input.slice(Math.max(0, at - 12), at + total.source.length + 10);
  if (NET_SAID.test(around) && !FILED_CUE.test(input))
    return { ...ex, mentions: [...ex.mentions, { ...total, fact: 'total_investment_basis', value: 'net' }] };
  if (NET_SAID.test(input)) return ex;
  if (!FILED_CUE.test(total.cue ?? '') && !FILED_CUE.test(nearby(input, total.source))) return ex;
  return { ...ex, mentions: [...ex.mentions, { ...total, fact: 'filed_total_investment' }] };
}

/** The words around a figure (its clause), where 备案的 / as filed may follow it. */
function nearby(input: string, source: string): string {
  const at = input.indexOf(source);
  if (at < 0) return '';
  const clause = /[，,。;；!！?？\n]/u;
  let from = at;
  while (from > 0 && !clause.test(input[from - 1] ?? '')) from--;
  let to = at + source.length;
  while (to < input.length && !clause.test(input[to] ?? '')) to++;
  return input.slice(from, to);
}

/** The programs screened (every one while the focus is open). */
function screened(state: DialogState): ReadonlySet<ProgramId> | null {
  return focusPrograms(state.focus);
}

const readsTotal = (p: ProgramId): boolean => programFacts(p).has('total_investment');

/** Whether the loan program is screened beside a program measuring the net total. */
function loanBesideNet(state: DialogState): boolean {
  const programs = screened(state);
  if (programs === null) return true;
  return programs.has('tech-loan') && [...programs].some((p) => p !== 'tech-loan' && readsTotal(p));
}

/**
 * The profile the rules screen: what the user said, with the basis marker set from what is screened (never recorded,
 * the user did not say it): a total not said to be the filed one is on the net basis while the loan program is
 * screened beside net-measuring programs; otherwise no marker (the measure the program names).
 */
export function screeningProfile(state: DialogState): Profile {
  const p = state.profile;
  // (The net total not known — 不知道 to its question — leaves the filed one to ask, until that is not known either.)
  const total =
    typeof p.total_investment === 'number' ||
    (state.skipped.includes('total_investment') && !state.skipped.includes('filed_total_investment'));
  const net = total && typeof p.filed_total_investment !== 'number' && loanBesideNet(state);
  if (!net || p.total_investment_basis !== undefined) return p;
  return { ...p, total_investment_basis: 'net' };
}

/**
 * The programs to name when asking, once, whether the filed total on record is also the net one: it is the only
 * total, and programs other than the loan one that measure the net total are still open (none: not asked).
 */
export function netCheckDue(state: DialogState, results: readonly ProgramResult[]): ProgramId[] {
  const p = state.profile;
  // (Not when the filed total was asked for after the net one: the same figure twice is then both.)
  if (
    [NET_CHECK, 'filed_total_investment'].some((k) => state.asked.includes(k)) ||
    state.skipped.includes('total_investment')
  )
    return [];
  if (typeof p.filed_total_investment !== 'number' || p.total_investment !== p.filed_total_investment) return [];
  return results
    .filter((r) => r.program !== 'tech-loan' && r.status !== 'ineligible' && readsTotal(r.program))
    .map((r) => r.program);
}
