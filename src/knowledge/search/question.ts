/**
 * Reads a question: cleans hostile input, tells English from Chinese, adds the guide's words
 * for aliases and English glosses, and finds the kinds of answer and the programs it asks
 * about. Pure: no clock, no I/O.
 */
import type { ProgramId } from '../program-catalogue.ts';
import type { QuestionKind, Vocabulary } from './vocabulary.ts';

/** Why a question was refused. */
export type RefusalCode = 'empty' | 'too_long' | 'no_words' | 'not_text';

/** The longest question read, in characters after cleaning; longer ones are refused. */
export const MAX_QUESTION_CHARS = 500;
// A raw input far beyond any question is refused before any regex runs over it.
const MAX_RAW_CHARS = 20_000;

/** A cleaned question, or the reason it was refused. */
export type CleanResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly code: RefusalCode };

/**
 * Cleans a question: NFKC (full-width letters, digits and "？" become their plain forms),
 * control and format characters, HTML tags and template braces become spaces. The text is
 * only ever matched, never rendered, so this is for matching, not for safety.
 */
export function cleanQuestion(raw: unknown): CleanResult {
  if (typeof raw !== 'string') return { ok: false, code: 'not_text' };
  if (raw.length > MAX_RAW_CHARS) return { ok: false, code: 'too_long' };
  const text = raw
    .normalize('NFKC')
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/gu, ' ')
    .replace(/<[^<>]{0,200}>/gu, ' ')
    .replace(/\{\{+|\}\}+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  if (text === '') return { ok: false, code: 'empty' };
  if (text.length > MAX_QUESTION_CHARS) return { ok: false, code: 'too_long' };
  if (!/[\p{L}\p{N}]/u.test(text)) return { ok: false, code: 'no_words' };
  return { ok: true, text };
}

/** What the search needs to know about a question. */
export interface AnalysedQuestion {
  /** The cleaned question. */
  readonly text: string;
  readonly english: boolean;
  /** The words to search for: the question itself (Chinese) plus the guide's words its aliases and glosses stand for. */
  readonly searchText: string;
  readonly kinds: ReadonlySet<QuestionKind>;
  /** Programs the question names, by their names or aliases. */
  readonly programs: ReadonlySet<ProgramId>;
  /** The words that named those programs (and what their aliases stand for): they steer, the rest match. */
  readonly programWords: readonly string[];
  /** A topic the guide does not settle (申报截止日期 …), or null. */
  readonly notInGuideTopic: string | null;
  /** The guide's own words the question's aliases stand for ("上海" → "江苏省域内"). */
  readonly aliasTargets: readonly string[];
}

const CJK_CHAR = /\p{Script=Han}/gu;
const LATIN_CHAR = /[a-z]/giu;

/** Whether a question is English: Latin letters and at most a stray Chinese word. */
export function isEnglish(text: string): boolean {
  // Markup and template syntax are not words: "<script>…</script>5G项目" is a Chinese question.
  const words = text.replace(/<[^>]*>|\{\{[^}]*\}\}/gu, ' ');
  const cjk = words.match(CJK_CHAR)?.length ?? 0;
  const latin = words.match(LATIN_CHAR)?.length ?? 0;
  return latin >= 3 && cjk * 3 < latin;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

// Phrases come from the word lists only, so this cache is bounded by their size.
const phraseRegExps = new Map<string, { test: RegExp; erase: RegExp }>();
function phraseRegExp(phrase: string): { test: RegExp; erase: RegExp } {
  let r = phraseRegExps.get(phrase);
  if (!r) {
    const p = escapeRegExp(phrase);
    r = {
      test: new RegExp(`(^|[^a-z0-9])${p}($|[^a-z0-9])`, 'u'),
      erase: new RegExp(`(^|[^a-z0-9])${p}(?=$|[^a-z0-9])`, 'gu'),
    };
    phraseRegExps.set(phrase, r);
  }
  return r;
}

/** Whether an English phrase occurs in lower-cased text on word boundaries. */
function hasPhrase(lower: string, phrase: string): boolean {
  return phraseRegExp(phrase).test.test(lower);
}

const byLengthDesc = (a: string, b: string) => b.length - a.length;
const sortedKeys = new WeakMap<ReadonlyMap<string, unknown>, readonly string[]>();
/** A word list's keys, longest first (sorted once per list). */
function sortedByLength(map: ReadonlyMap<string, unknown>): readonly string[] {
  let keys = sortedKeys.get(map);
  if (!keys) {
    keys = [...map.keys()].sort(byLengthDesc);
    sortedKeys.set(map, keys);
  }
  return keys;
}

/** Translates an English question into the guide's words, longest phrase first, each word used once. */
function glossEnglish(lower: string, vocab: Vocabulary): string[] {
  const out: string[] = [];
  let rest = lower;
  for (const phrase of sortedByLength(vocab.glossary)) {
    if (!hasPhrase(rest, phrase)) continue;
    out.push(...(vocab.glossary.get(phrase) ?? []));
    rest = rest.replace(phraseRegExp(phrase).erase, '$1 ');
  }
  return out;
}

function expandAliases(text: string, vocab: Vocabulary): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  for (const alias of sortedByLength(vocab.aliases)) {
    if (lower.includes(alias.toLowerCase())) out.push(...(vocab.aliases.get(alias) ?? []));
  }
  return out;
}

/**
 * The programs named in the text, and the words that named them. A cue inside a longer
 * matched cue of another program does not count ("平台" inside "工业互联网平台").
 */
function findPrograms(text: string, vocab: Vocabulary): { ids: Set<ProgramId>; words: string[] } {
  const lower = text.toLowerCase();
  const hits: { id: ProgramId; cue: string; start: number; end: number }[] = [];
  for (const [id, cues] of vocab.programCues) {
    for (const cue of cues) {
      const c = cue.toLowerCase();
      let at = lower.indexOf(c);
      while (at >= 0) {
        hits.push({ id, cue, start: at, end: at + c.length });
        at = lower.indexOf(c, at + 1);
      }
    }
  }
  const kept = hits.filter(
    (h) =>
      !hits.some((o) => o.id !== h.id && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start),
  );
  // A name heading several programs (信息技术应用创新) yields to a program named more exactly (信创先导区).
  const exact = kept.filter((h) => !vocab.groupCues.has(h.cue));
  const chosen = exact.length > 0 ? exact : kept;
  return { ids: new Set(chosen.map((h) => h.id)), words: [...new Set(hits.map((h) => h.cue))] };
}

function findKinds(text: string, english: boolean, vocab: Vocabulary): Set<QuestionKind> {
  const lower = text.toLowerCase();
  const kinds = new Set<QuestionKind>();
  // Naming an indicator that only the forms use ("订单及时交付率") is asking about a form.
  if (vocab.formOnlyIndicators.some((name) => text.includes(name))) kinds.add('form');
  for (const [kind, spec] of vocab.kinds) {
    const cued = english ? spec.en.some((cue) => hasPhrase(lower, cue)) : spec.zh.some((cue) => lower.includes(cue));
    if (cued) kinds.add(kind);
  }
  return kinds;
}

function findNotInGuide(text: string, vocab: Vocabulary): string | null {
  const lower = text.toLowerCase();
  for (const [topic, groups] of vocab.notInGuide) {
    if (groups.every((group) => group.some((cue) => lower.includes(cue.toLowerCase())))) return topic;
  }
  return null;
}

/** Reads a cleaned question against the vocabulary. */
export function analyseQuestion(text: string, vocab: Vocabulary): AnalysedQuestion {
  const english = isEnglish(text);
  const glossed = english ? glossEnglish(text.toLowerCase(), vocab) : [];
  // Chinese words inside an English question ("the 信创 pilot zone") are kept as they are.
  const base = english ? [...glossed, ...(text.match(/[\p{Script=Han}0-9+]+/gu) ?? [])].join(' ') : text;
  const expansions = expandAliases(base, vocab);
  const named = findPrograms(`${base} ${expansions.join(' ')}`, vocab);
  return {
    text,
    english,
    searchText: `${base} ${expansions.join(' ')}`.trim(),
    kinds: findKinds(text, english, vocab),
    programs: named.ids,
    programWords: [...named.words, ...expandAliases(named.words.join(' '), vocab)],
    notInGuideTopic: findNotInGuide(text, vocab),
    aliasTargets: english ? [] : expansions,
  };
}
