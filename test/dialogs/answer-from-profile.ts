/**
 * A scripted user for tests and the bench: answers each question from a profile the way a person
 * types (labels, 万 amounts, Chinese dates), and 不知道 for facts the profile does not hold.
 */
import type { Reply } from '../../src/dialogs/types.ts';
import { t } from '../../src/i18n.ts';
import { FACT_BY_KEY } from '../../src/rules/facts.ts';
import type { FactValue, Profile } from '../../src/rules/types.ts';

/**
 * The gate facts a grouped gate question offers, read back from its numbered lines (the bot's own words,
 * `dialog.gates.<fact>`).
 */
function offeredGates(question: string): string[] {
  const all = Object.keys(FACT_BY_KEY_RECORD).filter((f) => question.includes(t('zh-CN', `dialog.gates.${f}`)));
  return all.sort(
    (a, b) => question.indexOf(t('zh-CN', `dialog.gates.${a}`)) - question.indexOf(t('zh-CN', `dialog.gates.${b}`)),
  );
}

const FACT_BY_KEY_RECORD = Object.fromEntries([...FACT_BY_KEY.keys()].map((k) => [k, true]));

/**
 * The reply a user gives to a question for `slot`, from `profile`. To the grouped gate question it picks
 * the families its profile says yes to (by number), 都不是 when it says no to all, and 不知道 when any
 * offered one is unknown to it.
 */
export function answerFor(slot: string, profile: Profile, focusAnswer = '全部', question = ''): string {
  if (slot === 'focus') return focusAnswer;
  if (slot === 'gates') {
    const offered = offeredGates(question);
    const values = offered.map((f) => profile[f as keyof Profile]);
    if (offered.length === 0 || values.some((v) => typeof v !== 'boolean')) return '不知道';
    const picked = offered.flatMap((f, i) => (profile[f as keyof Profile] === true ? [String(i + 1)] : []));
    return picked.length === 0 ? '都不是' : picked.join('、');
  }
  // A profile's total is the filed one for the loan program where no filed total is given (contract §3: the measure
  // the program names), so asked for the filed total, the person gives it.
  // (The same where the total is asked as the filed one: the loan program alone.)
  const filedAsked =
    slot === 'filed_total_investment' ||
    (slot === 'total_investment' && question.includes(t('zh-CN', 'facts.total_investment.question.tech-loan')));
  const value: FactValue | undefined = filedAsked
    ? (profile.filed_total_investment ?? profile.total_investment)
    : profile[slot as keyof Profile];
  if (value === undefined) return '不知道';
  const def = FACT_BY_KEY.get(slot);
  if (!def) return '不知道';
  switch (def.type) {
    case 'boolean':
      return value ? '是的' : '没有';
    case 'amount':
      return `${value}万元`;
    case 'percent':
      return `${value}%`;
    case 'date': {
      const [y, m, d] = String(value).split('-').map(Number);
      return `${y}年${m}月${d}日`;
    }
    case 'enum':
      return t('zh-CN', `facts.enum.${slot}.${value}`);
    case 'certs': {
      const list = value as readonly string[];
      return list.length === 0 ? '都没有' : list.map((c) => t('zh-CN', `facts.cert.${c}`)).join('、');
    }
    default:
      return String(value);
  }
}

/** The text of the last question asked in a batch of replies. */
export function lastQuestion(replies: readonly Reply[]): string {
  for (let i = replies.length - 1; i >= 0; i--) {
    const r = replies[i] as Reply;
    if (r.kind === 'ask' || (r.kind === 'clarify' && r.slot !== null)) return r.text;
  }
  return '';
}

/** The slot a batch of replies leaves pending (the last ask or re-ask), or null. */
export function pendingSlot(replies: readonly Reply[]): string | null {
  for (let i = replies.length - 1; i >= 0; i--) {
    const r = replies[i] as Reply;
    if (r.kind === 'ask') return r.slot;
    if (r.kind === 'clarify' && r.slot !== null) return r.slot;
    if (r.kind === 'verdict') return null;
  }
  return null;
}
