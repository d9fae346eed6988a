/**
 * Words around an answer: the clause's printed number and heading path, a one-line summary
 * (section and programs, in the user's language), and the plain-text answer the terminal
 * prints and channels can reuse. The quoted clause text itself is never translated or changed.
 */
import { t } from '../i18n.ts';
import type { AskHit, AskLocale, AskResult } from './ask.ts';
import { clauseById, formById, guide } from './guide.ts';
import { PROGRAMS, type ProgramId } from './program-catalogue.ts';
import { MAX_QUESTION_CHARS } from './search/question.ts';

/** A hit ready to show: where it is in the guide and what it is about. */
export interface HitView {
  readonly clause: string;
  /** "【一、（二）3.】智能化改造和数字化转型 › …" or the attachment's number and title. */
  readonly heading: string;
  /** "补助标准｜“智改数转”标杆示范…" in Chinese, "Subsidy standard — …" in English. */
  readonly summary: string;
  /** The exact clause text. */
  readonly text: string;
}

const SECTION_KEYS: Record<string, string> = {
  支持方向: 'direction',
  支持条件: 'conditions',
  补助标准: 'subsidy',
  申报主体: 'applicants',
  支持数量: 'quota',
};

/** The section a clause sits in: its own title or its nearest titled ancestor's. */
function sectionOf(id: string): string {
  if (id === 'A1-24') return 'training';
  if (id.startsWith('A')) return 'form';
  for (let c = clauseById(id); c; c = c.parentId ? clauseById(c.parentId) : undefined) {
    const key = SECTION_KEYS[c.title];
    if (key) return key;
  }
  return 'overview';
}

function programNames(ids: readonly ProgramId[], locale: AskLocale): string {
  const names = ids.map((id) => {
    const p = PROGRAMS.find((x) => x.id === id);
    return locale === 'en' ? (p?.nameEn ?? id) : (p?.nameZh ?? id);
  });
  if (names.length === 0) return t(locale, 'ask.programs.none');
  if (names.length === 1) return names[0] ?? '';
  return t(locale, 'ask.programs.more', { first: names[0], count: locale === 'en' ? names.length - 1 : names.length });
}

/** Describes one hit for display in a locale. */
export function describeHit(hit: AskHit, locale: AskLocale): HitView {
  const section = t(locale, `ask.section.${sectionOf(hit.clause)}`);
  if (hit.clause.startsWith('A')) {
    const form = formById(hit.clause);
    const programs: ProgramId[] = form ? [form.program] : ['talent-training'];
    return {
      clause: hit.clause,
      heading: t(locale, 'ask.attachment.heading', {
        number: hit.clause.slice(1),
        title: form?.title ?? guide.trainingDirections.title,
      }),
      summary: t(locale, 'ask.hit.summary', { section, programs: programNames(programs, locale) }),
      text: hit.text,
    };
  }
  const clause = clauseById(hit.clause);
  return {
    clause: hit.clause,
    heading: t(locale, 'ask.hit.heading', {
      label: clause?.label ?? hit.clause,
      path: clause?.headingPath.join(' › ') ?? '',
    }),
    summary: t(locale, 'ask.hit.summary', { section, programs: programNames(clause?.programs ?? [], locale) }),
    text: hit.text,
  };
}

/** How much of the answering clause `formatAnswer` shows after the sentence that answers. */
export interface FormatOptions {
  /** Quote the whole clause (the terminal's `--full`); otherwise say how to ask for it. */
  readonly full?: boolean;
  /** How the reader asks for the whole clause: the chat's "条款 1.2.3" or the terminal's `--full`. */
  readonly fullHint?: 'chat' | 'cli';
}

/**
 * The whole answer as plain text (no markup: channels escape it for what they render), in
 * `locale` or else the language the result asks for (a refusal defaults to Chinese). Answer
 * first: the sentence that answers, then where the guide says it (its printed number and
 * headings), then the whole clause or how to see it, then the other clauses that bear on it.
 */
export function formatAnswer(result: AskResult, locale?: AskLocale, options: FormatOptions = {}): string {
  const lang: AskLocale = locale ?? (result.kind === 'refused' ? 'zh-CN' : result.locale);
  return format(result, lang, options);
}

/** The words that decline a question the guide does not answer: why, then whom to ask. */
export function declineText(topic: string | null, locale: AskLocale): string {
  // Not a decline but a question back: the guide answers once the program is named.
  if (topic === 'which-program') return t(locale, 'ask.not_in_guide.which_program');
  const named = topic ? (REASON_OF[topic] ?? topic) : null;
  const reason =
    named && DECLINE_REASONS.has(named) ? `ask.not_in_guide.${named.replace('-', '_')}` : 'ask.not_in_guide';
  return `${t(locale, reason)}${locale === 'en' ? ' ' : ''}${referral(locale)}`;
}

/** Whom to ask about what the guide does not settle (the contract's `referral`). */
export function referral(locale: AskLocale): string {
  return t(locale, 'ask.referral');
}

// Topics with their own reason; the others are simply not in the guide.
const DECLINE_REASONS = new Set([
  'language',
  'other-year',
  'other-province',
  'city-policy',
  'payment-unstated',
  'quota-unstated',
  'stacking-unstated',
]);
// Topics that give another topic's reason (浙江那边补多少 跟江苏比哪个高 is another province's policy).
const REASON_OF: Readonly<Record<string, string>> = {
  'province-compare': 'other-province',
  'province-equivalent': 'other-province',
  'city-own-scheme': 'city-policy',
};

function place(hit: AskHit, locale: AskLocale): { label: string; path: string } {
  if (hit.clause.startsWith('A')) {
    const view = describeHit(hit, locale);
    return { label: view.heading, path: '' };
  }
  const clause = clauseById(hit.clause);
  return { label: clause?.label ?? hit.clause, path: clause?.headingPath.join(' › ') ?? '' };
}

function format(result: AskResult, locale: AskLocale, options: FormatOptions): string {
  switch (result.kind) {
    case 'answer': {
      const [first, ...rest] = result.hits;
      if (!first) return t(locale, 'ask.not_in_guide');
      const where = place(first, locale);
      const view = describeHit(first, locale);
      const lines = [
        first.sentence,
        t(locale, 'ask.answer.source', { label: where.label, id: first.clause, path: where.path }).trimEnd(),
        view.summary,
      ];
      if (options.full) lines.push('', t(locale, 'ask.answer.full_text'), first.text);
      else lines.push(t(locale, `ask.answer.full_hint.${options.fullHint ?? 'chat'}`, { id: first.clause }));
      if (rest.length > 0) {
        lines.push('', t(locale, 'ask.answer.more'));
        for (const hit of rest) {
          const p = place(hit, locale);
          lines.push(t(locale, 'ask.answer.more_item', { label: p.label, id: hit.clause, sentence: hit.sentence }));
        }
      }
      return lines.join('\n');
    }
    case 'not_in_guide':
      return declineText(result.topic, locale);
    case 'refused':
      return t(locale, `ask.refused.${result.code}`, { max: MAX_QUESTION_CHARS });
  }
}
