/**
 * The words of a question: the options it offers (labels from `locales/<lang>/facts.json`,
 * extra recognition words from `dialog.alias.*`), how a value reads back in the user's language,
 * and which fact a phrase like "总投资" names (for corrections). Recognition always tries both
 * languages, so an English user who types 是 or a Chinese user who types "yes" is understood.
 */
import { has, LOCALES, t } from '../i18n.ts';
import { PROGRAMS, type ProgramId } from '../knowledge/program-catalogue.ts';
import { FACT_BY_KEY, FACTS, type FactDef, type FactKey } from '../rules/facts.ts';
import type { FactValue } from '../rules/types.ts';
import { FOCUS_GROUPS, focusPrograms } from './focus.ts';
import type { ChoiceOption } from './parse/choice.ts';
import { normalize } from './parse/text.ts';
import { type DialogState, FOCUS_SLOT } from './state.ts';
import type { Choice, Locale } from './types.ts';

const aliases = (locale: Locale, id: string): string[] =>
  has(locale, id)
    ? t(locale, id)
        .split('|')
        .map((w) => w.trim())
        .filter((w) => w !== '')
    : [];

/** Every word that names an option, in both languages, the shown label first. */
function words(locale: Locale, labelId: string, aliasId: string): string[] {
  const own = [t(locale, labelId), ...aliases(locale, aliasId)];
  const others = LOCALES.filter((l) => l !== locale).flatMap((l) => [t(l, labelId), ...aliases(l, aliasId)]);
  return [...own, ...others];
}

/** Label id of a fact's enum value or certification. */
function valueLabelId(fact: FactDef, value: string): string {
  return fact.type === 'certs' ? `facts.cert.${value}` : `facts.enum.${fact.key}.${value}`;
}

const optionsCache = new Map<string, readonly ChoiceOption[]>();
const choicesCache = new Map<string, readonly Choice[]>();

/** The options a slot offers, for parsing. Yes/no questions offer 1 = yes, 2 = no. Cached: the words are static. */
export function slotOptions(slot: string, locale: Locale): readonly ChoiceOption[] {
  const id = `${locale}\u0000${slot}`;
  let options = optionsCache.get(id);
  if (!options) {
    options = buildOptions(slot, locale);
    optionsCache.set(id, options);
  }
  return options;
}

function buildOptions(slot: string, locale: Locale): ChoiceOption[] {
  if (slot === FOCUS_SLOT) {
    return FOCUS_GROUPS.map((g) => ({
      value: g.id,
      words: words(locale, `dialog.focus.${g.id}`, `dialog.alias.focus.${g.id}`),
    }));
  }
  const fact = FACT_BY_KEY.get(slot);
  if (!fact) return [];
  if (fact.type === 'boolean') {
    return [
      { value: 'true', words: [t(locale, 'dialog.yes')] },
      { value: 'false', words: [t(locale, 'dialog.no')] },
    ];
  }
  return (fact.values ?? []).map((v) => ({
    value: v,
    words: words(
      locale,
      valueLabelId(fact, v),
      fact.type === 'certs' ? `dialog.alias.cert.${v}` : `dialog.alias.enum.${fact.key}.${v}`,
    ),
  }));
}

/** The choices shown with a question (label shown; the value sent back is the label, which parses). */
export function slotChoices(slot: string, locale: Locale): readonly Choice[] {
  const id = `${locale}\u0000${slot}`;
  let choices = choicesCache.get(id);
  if (!choices) {
    choices = buildChoices(slot, locale);
    choicesCache.set(id, choices);
  }
  return choices;
}

function buildChoices(slot: string, locale: Locale): Choice[] {
  const options = slotOptions(slot, locale).map((o) => {
    const label = o.words[0] ?? o.value;
    return { label, value: label };
  });
  const fact = FACT_BY_KEY.get(slot);
  if (fact?.type === 'certs') options.push({ label: t(locale, 'dialog.none'), value: t(locale, 'dialog.none') });
  return options;
}

/** A fact's label ("项目总投资"). Derived keys have labels in `dialog.derived.*`. */
export function factLabel(key: string, locale: Locale): string {
  if (FACT_BY_KEY.has(key)) return t(locale, `facts.${key}.label`);
  return t(locale, `dialog.derived.${key}`);
}

/** A program's name as the guide prints it (English gloss in English). */
export function programName(id: ProgramId, locale: Locale): string {
  const p = PROGRAMS.find((x) => x.id === id);
  if (!p) return id;
  return locale === 'en' ? p.nameEn : p.nameZh;
}

const trimNumber = (n: number): string => String(Math.round(n * 10000) / 10000);

/** A date `YYYY-MM-DD` in the user's language. */
export function formatDate(date: string, locale: Locale): string {
  const [y, m, d] = date.split('-').map(Number);
  return t(locale, 'dialog.format.date', { y, m, d });
}

/** How a value reads back: "3500万元", "31%", "2021年9月30日", "是", a list of recognitions. */
export function formatValue(key: string, value: FactValue, locale: Locale): string {
  const fact = FACT_BY_KEY.get(key);
  if (typeof value === 'boolean') return t(locale, value ? 'dialog.yes' : 'dialog.no');
  if (Array.isArray(value)) {
    if (value.length === 0) return t(locale, 'dialog.none');
    const sep = t(locale, 'dialog.format.list_separator');
    return value.map((v) => (fact ? t(locale, valueLabelId(fact, v)) : v)).join(sep);
  }
  if (typeof value === 'number') {
    const unit = fact?.type === 'percent' ? '%' : fact?.unit ? t(locale, `dialog.unit.${unitKey(fact.unit)}`) : '';
    return `${trimNumber(value)}${unit}`;
  }
  if (fact?.type === 'date' && typeof value === 'string') return formatDate(value, locale);
  if (fact && (fact.type === 'enum' || fact.type === 'certs') && typeof value === 'string') {
    return t(locale, valueLabelId(fact, value));
  }
  return String(value);
}

/** A number with the unit of a fact or derived key (percent for shares, 万元 for money, 年 for durations). */
export function formatFigure(key: string, value: number, locale: Locale): string {
  if (FACT_BY_KEY.has(key)) return formatValue(key, value, locale);
  if (key === 'progress_2021_pct') return `${trimNumber(value)}%`;
  if (key === 'project_duration_years') return `${trimNumber(value)}${t(locale, 'dialog.unit.year')}`;
  return trimNumber(value);
}

const UNIT_KEYS: Readonly<Record<string, string>> = {
  万元: 'wan',
  '%': 'pct',
  年: 'year',
  亿: 'yi',
  场: 'events',
  家: 'firms',
  人: 'people',
  人次: 'person_times',
  个: 'items',
};

/** The message key of a unit (units are words, so they live in the locales). */
export function unitKey(unit: string): string {
  return UNIT_KEYS[unit] ?? 'items';
}

/**
 * The fact a phrase names ("总投资", "贷款利率", "total investment"), by the longest label or alias it
 * contains or is contained in; undefined when none or two fit equally.
 */
export function factNamed(phrase: string): FactKey | undefined {
  const p = normalize(phrase).replace(/\s+/g, '');
  if (p.length < 2) return undefined;
  let best: { key: FactKey; score: number }[] = [];
  for (const { key, names } of factNames()) {
    for (const n of names) {
      // One English word inside a longer label ("already" in "interest subsidy already granted") names nothing.
      const partOfLabel = n.includes(p) && !(/^[a-z]/u.test(p) && !p.includes(' '));
      const score = p === n ? 1000 : p.includes(n) ? n.length : partOfLabel ? p.length - 0.5 : 0;
      if (score <= 0) continue;
      const top = best[0]?.score ?? 0;
      if (score > top) best = [{ key, score }];
      else if (score === top && !best.some((b) => b.key === key)) best.push({ key, score });
    }
  }
  return best.length === 1 ? best[0]?.key : undefined;
}

let namesCache: { key: FactKey; names: string[] }[] | undefined;

/** Every fact's labels and aliases in both languages, normalised once. */
function factNames(): { key: FactKey; names: string[] }[] {
  namesCache ??= FACTS.map((f) => ({
    key: f.key,
    names: LOCALES.flatMap((locale) => [
      t(locale, `facts.${f.key}.label`),
      ...aliases(locale, `dialog.alias.fact.${f.key}`),
    ])
      .map((n) => normalize(n).replace(/\s+/g, ''))
      .filter((n) => n.length >= 2),
  }));
  return namesCache;
}

/** The programs a state's focus screens, by name (every program when none is picked). */
export function focusProgramNames(state: Pick<DialogState, 'focus'>, locale: Locale): string {
  const set = focusPrograms(state.focus);
  if (set === null) return t(locale, 'dialog.focus.everything');
  return [...set].map((p) => programName(p, locale)).join(t(locale, 'dialog.format.list_separator'));
}
