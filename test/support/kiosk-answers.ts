/**
 * Answers for driving the real dialog in kiosk tests: the contract's tech-loan worked example,
 * answered the way the dialog echoes values back (so its parser reads them), 不知道 for anything
 * else, and the tech-loan group for the opening "which programs" question.
 */
import { formatValue } from '../../src/dialogs/vocabulary.ts';
import { TECH_LOAN_EXAMPLE } from './worked-examples.ts';

/** What to answer to the question for `slot`; null for the focus question (pick a choice instead). */
export function answerFor(slot: string): string | null {
  if (slot === 'focus') return null;
  const value = TECH_LOAN_EXAMPLE[slot as keyof typeof TECH_LOAN_EXAMPLE];
  return value === undefined ? '不知道' : formatValue(slot, value, 'zh-CN');
}
