/**
 * An answer that contradicts a fact already recorded (截至2021年底投资 above the total, a cash part
 * above the amount paid, completion before start …; `src/rules/contradictions.ts`) is not recorded:
 * the dialog names both facts and asks again, so the user either confirms the other fact was wrong
 * (and corrects it: "总投资其实是…") or gives this answer anew.
 */
import { t } from '../i18n.ts';
import { contradictionsWith } from '../rules/contradictions.ts';
import type { FactKey } from '../rules/facts.ts';
import type { FactValue, Profile } from '../rules/types.ts';
import type { Locale, Reply } from './types.ts';
import { factLabel, formatValue, slotChoices } from './vocabulary.ts';

/** The confirmation question when `value` for `fact` contradicts the profile, or null when it does not. */
export function contradictionReply(profile: Profile, fact: FactKey, value: FactValue, locale: Locale): Reply | null {
  const clash = contradictionsWith(profile, fact, value)[0];
  if (!clash) return null;
  const other = clash.field === fact ? clash.other : clash.field;
  const otherValue = profile[other];
  const text = t(locale, 'dialog.contradiction.ask', {
    label: factLabel(fact, locale),
    value: formatValue(fact, value, locale),
    otherLabel: factLabel(other, locale),
    otherValue: otherValue === undefined ? '' : formatValue(other, otherValue, locale),
    why: t(locale, `dialog.contradiction.${clash.code}`),
  });
  return { kind: 'clarify', text, slot: fact, choices: slotChoices(fact, locale) };
}
