/**
 * The search's word lists, kept as data in `lexicon/*.json` so staff can extend them without
 * touching code: aliases people use, English glosses, question-kind cues, topics the guide
 * does not settle, and stopwords. Read once at module load and checked with zod, so a typo
 * in a data file fails the tests rather than a user's question.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { PROGRAM_IDS, type ProgramId } from '../program-catalogue.ts';
import { englishForm, numeralsToDigits } from './normalise.ts';

const DATA_DIR = join(import.meta.dirname, 'lexicon');

const words = z.array(z.string().min(1));
const termMap = z.record(z.string().min(1), words);

const AliasesFile = z.object({
  note: z.string(),
  terms: termMap,
  programs: z.record(z.enum(PROGRAM_IDS), words),
  groups: z.record(z.string().min(1), z.array(z.enum(PROGRAM_IDS)).min(2)),
  topics: z.partialRecord(z.enum(PROGRAM_IDS), words),
  typos: z.record(z.string().min(1), z.string().min(1)),
  separable: z.object({ note: z.string(), words: z.array(z.string().length(2)) }),
  weakCues: words,
  rereadings: z.array(z.object({ note: z.string(), within: z.string().min(1), from: z.string().min(1), to: words })),
});
const GlossaryFile = z.object({ note: z.string(), terms: termMap });
const KindSpec = z.object({
  zh: words,
  en: words,
  /** Regular expressions over the question (case-insensitive), for cues with a gap ("how many … projects"). */
  patterns: words.optional(),
  sections: words.optional(),
  /** Within those sections, the clauses holding one of these words answer (拨付 in 补助标准). */
  clauseWords: words.optional(),
  dates: z.boolean().optional(),
  attachments: z.boolean().optional(),
  /** Cues read only when no other aspect is asked ("补贴" in a keyword question). */
  fallback: words.optional(),
  /** Per section title (and "head"), how strongly its clauses answer (1 where not listed). */
  weights: z.record(z.string(), z.number().min(0).max(1)).optional(),
  /** The program's head clause answers too. */
  head: z.boolean().optional(),
  /** Regular expressions marking the sentence that answers this aspect ("拨付", "不超过…个"). */
  marks: words.optional(),
});

/** The kinds of question the search tells apart; each steers toward a kind of clause. */
export const QUESTION_KINDS = [
  'eligibility',
  'amount',
  'payment',
  'subject',
  'condition',
  'date',
  'quota',
  'direction',
  'form',
] as const;

/** A kind of question (补助标准 → amount, 申报主体 → subject …). */
export type QuestionKind = (typeof QUESTION_KINDS)[number];

const KindsFile = z.object({
  note: z.string(),
  kinds: z.record(z.enum(QUESTION_KINDS), KindSpec),
  notDetail: words,
});
const NotInGuideTopic = z.object({
  cues: z.array(words),
  patterns: words.optional(),
  unless: words.optional(),
});
const NotInGuideFile = z.object({
  note: z.string(),
  topics: z.record(z.string(), NotInGuideTopic),
  otherLanguages: z.object({
    scripts: words,
    minWords: z.number().int().min(1),
    words,
    englishWords: words,
  }),
});

/** A topic the guide does not settle, compiled: cue groups (all must match), patterns (any), and exceptions. */
export interface NotInGuideTopic {
  readonly cues: readonly (readonly string[])[];
  readonly patterns: readonly RegExp[];
  readonly unless: readonly string[];
}

/** How a question in neither Chinese nor English is recognised. */
export interface OtherLanguages {
  /** Any letter of these scripts (Hiragana, Hangul …). */
  readonly script: RegExp;
  readonly minWords: number;
  /** Function words of other Latin-script languages (es, fr, de, pt, it). */
  readonly words: ReadonlySet<string>;
  readonly englishWords: ReadonlySet<string>;
}
const MeasuresFile = z.object({
  note: z.string(),
  measures: z.record(z.string().min(1), z.object({ clause: words, question: words })),
});
const StopwordsFile = z.object({ note: z.string(), zh: words, en: words });
const HomophonesFile = z.object({
  note: z.string(),
  chars: z.record(z.string().length(1), z.string().min(1)),
  initials: z.record(z.string().regex(/^[a-z]{3,6}$/u), z.string().min(1)),
});

/** How one kind of question is recognised and which clauses answer it. */
export type KindSpec = Omit<z.infer<typeof KindSpec>, 'patterns' | 'marks'> & {
  readonly patterns: readonly RegExp[];
  readonly marks: readonly RegExp[];
};

/** The search's vocabulary, validated. */
export interface Vocabulary {
  /** Alias → the guide's words (技改 → 技术改造). */
  readonly aliases: ReadonlyMap<string, readonly string[]>;
  /** Program id → the words that name it in questions (its catalogue name included). */
  readonly programCues: ReadonlyMap<ProgramId, readonly string[]>;
  /** Cues that name what a program supports (节水): they find the program and stay the question's detail. */
  readonly topicCues: ReadonlySet<string>;
  /** Misspelling → the word meant (申抱 → 申报), corrected before anything else is read. */
  readonly typos: ReadonlyMap<string, string>;
  /** Verb-object words split by 了/过 and a measure (贴过一部分息 → 贴息), each with the pattern that finds it split. */
  readonly separable: readonly { readonly word: string; readonly split: RegExp }[];
  /** Program names of five Han characters or more: a question's near miss of one is corrected. */
  readonly longNames: readonly string[];
  /** Program names of three or four Han characters: one typed with a homophone is corrected. */
  readonly shortNames: readonly string[];
  /** A character of a short name → the common characters read the same (tones aside). */
  readonly homophones: ReadonlyMap<string, string>;
  /** Pinyin initials people type for a program name (sjcph → 数据产品化; `lexicon/homophones.json`). */
  readonly initials: ReadonlyMap<string, string>;
  /** Cues that name a group of programs rather than one. */
  readonly groupCues: ReadonlySet<string>;
  /** Program cues too general to name their program beside another one (奖励, 攻关, 集群). */
  readonly weakCues: ReadonlySet<string>;
  /**
   * An alias's target read otherwise when a part of the question (between punctuation) matches `within`:
   * 上海 beside 银行/branch is the lender's place (省内金融机构), not the project's (江苏省域内).
   */
  readonly rereadings: readonly { readonly within: RegExp; readonly from: string; readonly to: readonly string[] }[];
  /** Indicator names found only in the 附件 forms (设备联网率): a question using one asks about a form. */
  readonly formOnlyIndicators: readonly string[];
  /** The guide's clauses' text (a run of it is a word, never a misspelling to correct). */
  readonly guideText: string;
  /** The guide's own Latin words (IGBT, MCU, LPR): an English question's are searched as they are. */
  readonly guideLatin: ReadonlySet<string>;
  /** English phrase (in `englishForm`: lower case, singular, American spelling) → the guide's words. */
  readonly glossary: ReadonlyMap<string, readonly string[]>;
  readonly kinds: ReadonlyMap<QuestionKind, KindSpec>;
  /** Words that ask rather than name a detail ("申报", "怎么"). */
  readonly notDetail: ReadonlySet<string>;
  /** Topics the guide does not settle (deadlines, contacts, other years and provinces …). */
  readonly notInGuide: ReadonlyMap<string, NotInGuideTopic>;
  readonly otherLanguages: OtherLanguages;
  readonly stopwords: ReadonlySet<string>;
  /** What a figure measures (money, a share, people …): patterns over a clause and over a question. */
  readonly measures: ReadonlyMap<string, { readonly clause: RegExp; readonly question: RegExp }>;
}

const LEXICON_FILES = [
  'aliases.json',
  'glossary-en.json',
  'question-kinds.json',
  'not-in-guide.json',
  'stopwords.json',
];

/** The word lists' files as they are written (jieba's dictionary keeps the words they hold). */
export function lexiconText(): string {
  return LEXICON_FILES.map((f) => readFileSync(join(DATA_DIR, f), 'utf8')).join('\n');
}

function read<T>(file: string, schema: z.ZodType<T>): T {
  return schema.parse(JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8')));
}

/**
 * Loads and validates the data files (called once by the search module). `catalogueNames`
 * are the programs' names as the guide prints them; `groupCues` name several programs at
 * once (the guide's 工业互联网创新应用 heads three programs) and are cues for each; `fromGuide.catalogueEnglish`
 * are the catalogue's English names, read as the Chinese ones, `fromGuide.guideLatin` the guide's Latin
 * words, `fromGuide.guideText` the clauses' text.
 */
export function loadVocabulary(
  catalogueNames: ReadonlyMap<ProgramId, string>,
  groupCues: ReadonlyMap<string, readonly ProgramId[]> = new Map(),
  formOnlyIndicators: readonly string[] = [],
  fromGuide: {
    catalogueEnglish?: ReadonlyMap<ProgramId, string>;
    guideLatin?: Iterable<string>;
    guideText?: string;
  } = {},
): Vocabulary {
  const catalogueEnglish = fromGuide.catalogueEnglish ?? new Map<ProgramId, string>();
  const aliases = read('aliases.json', AliasesFile);
  const glossary = read('glossary-en.json', GlossaryFile);
  const kinds = read('question-kinds.json', KindsFile);
  const notInGuide = read('not-in-guide.json', NotInGuideFile);
  const stop = read('stopwords.json', StopwordsFile);
  const homophones = read('homophones.json', HomophonesFile);
  const measures = read('measures.json', MeasuresFile);
  const programCues = new Map<ProgramId, string[]>();
  const groupsByCue = new Map<string, readonly ProgramId[]>([...groupCues, ...Object.entries(aliases.groups)]);
  for (const id of PROGRAM_IDS) {
    const name = catalogueNames.get(id) ?? '';
    // The catalogue name without its 项目 suffix and quotes is how people write it.
    const plain = name.replace(/[“”"]/gu, '').replace(/项目$/u, '');
    const groups = [...groupsByCue].filter(([, ids]) => ids.includes(id)).map(([cue]) => cue);
    const topics = aliases.topics[id] ?? [];
    programCues.set(id, [...new Set([plain, ...(aliases.programs[id] ?? []), ...topics, ...groups].filter(Boolean))]);
  }
  return {
    aliases: new Map(Object.entries(aliases.terms)),
    programCues,
    groupCues: new Set(groupsByCue.keys()),
    weakCues: new Set(aliases.weakCues),
    rereadings: aliases.rereadings.map((r) => ({ within: new RegExp(r.within, 'iu'), from: r.from, to: r.to })),
    typos: new Map(Object.entries(aliases.typos)),
    separable: aliases.separable.words.map((word) => ({
      word,
      split: new RegExp(
        // (贴过一部分利息: the object said in full.)
        `${word[0]}(?:了|过|过了)(?:一部分|部分|一些|一点|点|一笔|笔|多少|几次|一次)?的?${word[1] === '息' ? '利?' : ''}${word[1]}`,
        'gu',
      ),
    })),
    longNames: [...new Set([...programCues.values()].flat())]
      .filter((c) => c.length >= 5 && /^\p{Script=Han}+$/u.test(c))
      .sort((a, b) => b.length - a.length),
    shortNames: [...new Set([...programCues.values()].flat())]
      .filter((c) => /^\p{Script=Han}{3,4}$/u.test(c))
      .sort((a, b) => b.length - a.length),
    homophones: new Map(Object.entries(homophones.chars)),
    initials: new Map(Object.entries(homophones.initials)),
    topicCues: new Set(Object.values(aliases.topics).flat()),
    formOnlyIndicators,
    guideLatin: new Set(fromGuide.guideLatin ?? []),
    guideText: fromGuide.guideText ?? '',
    // English keys and cues in the form questions are read in (singular, American spelling).
    glossary: new Map([
      // The catalogue's English name of each program reads as its Chinese name ("Data productisation"
      // → 数据产品化), unless the glossary says otherwise.
      ...[...catalogueEnglish].map(([id, en]): [string, string[]] => [
        englishForm(
          en
            .replace(/[“”"()（）]/gu, ' ')
            .replace(/\s+/gu, ' ')
            .trim(),
        ),
        [(catalogueNames.get(id) ?? '').replace(/[“”"]/gu, '').replace(/项目$/u, '')],
      ]),
      ...Object.entries(glossary.terms).map(([k, v]): [string, string[]] => [englishForm(k), v]),
    ]),
    notDetail: new Set(kinds.notDetail),
    kinds: new Map(
      (Object.entries(kinds.kinds) as [QuestionKind, z.infer<typeof KindSpec>][]).map(([kind, spec]) => [
        kind,
        {
          ...spec,
          // (百分之几 reads as 100分之几 in a normalised question, as the not-in-guide cues below.)
          zh: spec.zh.map(numeralsToDigits),
          en: spec.en.map(englishForm),
          patterns: (spec.patterns ?? []).map((p) => new RegExp(p, 'iu')),
          marks: (spec.marks ?? []).map((p) => new RegExp(p, 'u')),
        },
      ]),
    ),
    notInGuide: new Map(
      Object.entries(notInGuide.topics).map(([topic, t]) => [
        topic,
        {
          // The question's numerals are digits by now (最后一天 → 最后1天, 下一年 → 下1年): cues and patterns are read
          // the same way.
          cues: t.cues.map((group) => group.map(numeralsToDigits)),
          patterns: (t.patterns ?? []).map((p) => new RegExp(numeralsToDigits(p), 'iu')),
          unless: (t.unless ?? []).map(numeralsToDigits),
        },
      ]),
    ),
    otherLanguages: {
      script: new RegExp(notInGuide.otherLanguages.scripts.map((s) => `\\p{Script=${s}}`).join('|'), 'u'),
      minWords: notInGuide.otherLanguages.minWords,
      words: new Set(notInGuide.otherLanguages.words),
      englishWords: new Set(notInGuide.otherLanguages.englishWords),
    },
    stopwords: new Set([...stop.zh, ...stop.en]),
    measures: new Map(
      Object.entries(measures.measures).map(([name, m]) => [
        name,
        { clause: new RegExp(m.clause.join('|'), 'u'), question: new RegExp(m.question.join('|'), 'iu') },
      ]),
    ),
  };
}
