/**
 * A scripted user for tests and the bench: answers each question from a profile the way a person
 * types (labels, 万 amounts, Chinese dates), and 不知道 for facts the profile does not hold.
 */
import type { Reply } from '../../src/dialogs/types.ts';
import { t } from '../../src/i18n.ts';
import { FACT_BY_KEY } from '../../src/rules/facts.ts';
import type { FactValue, Profile } from '../../src/rules/types.ts';

/** The reply a user gives to a question for `slot`, from `profile`. */
export function answerFor(slot: string, profile: Profile, focusAnswer = '全部'): string {
  if (slot === 'focus') return focusAnswer;
  const value: FactValue | undefined = profile[slot as keyof Profile];
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
