/**
 * The understanding lexicon: words that tie what people type to facts, places, kinds of applicant,
 * program families and message kinds, as data (`lexicon/zh-CN.json`, `lexicon/en.json`). Both
 * languages are always read, so an English user who types 规上 is understood.
 *
 * Cue words count only where they are whole words: the text is cut with jieba (its default
 * dictionary plus every lexicon word, so 总投资 or 固贷 stay whole), and a cue found inside a longer
 * word (投资 inside 融资额? 收入 inside 税收入库) is not a cue.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import type { FactKey } from '../../rules/facts.ts';
import en from './lexicon/en.json' with { type: 'json' };
import zh from './lexicon/zh-CN.json' with { type: 'json' };

/** Phrases that state a boolean fact one way or the other. */
export interface BooleanPhrases {
  readonly true: readonly string[];
  readonly false: readonly string[];
}

/** The per-question yes/no words. */
export interface YesNoWords {
  readonly yes: readonly string[];
  readonly no: readonly string[];
  readonly ask?: readonly string[];
}

interface LexiconFile {
  readonly amountCues: Readonly<Record<string, readonly string[]>>;
  readonly noneCues: Readonly<Record<string, readonly string[]>>;
  /** Words that say 0 only to the fact's own question (没拿到 to the city's interest subsidy, not to the acceptance). */
  readonly noneWhenAsked?: Readonly<Record<string, readonly string[]>>;
  readonly percentCues: Readonly<Record<string, readonly string[]>>;
  readonly dateCues: Readonly<Record<string, readonly string[]>>;
  readonly countCues: Readonly<Record<string, readonly string[]>>;
  readonly yearsCues: Readonly<Record<string, readonly string[]>>;
  readonly booleans: Readonly<Record<string, BooleanPhrases>>;
  /** A fact whose question names several parts: each inner list is one part's words; every part must be stated. */
  readonly allParts: Readonly<Record<string, readonly (readonly string[])[]>>;
  /**
   * Parts of a question that only tell whether an answer covers all of it (备案和环评有了 is part of the approvals), for
   * facts whose parts named together must not state the fact (备案 and 环评 said of figures and plans); else allParts.
   */
  readonly askedParts: Readonly<Record<string, readonly (readonly string[])[]>>;
  /** Patterns for yes/no facts said in words a phrase list cannot hold (设备都已经用贷款买回来了). */
  readonly booleanPatterns: Readonly<Record<string, BooleanPhrases>>;
  readonly yesno: Readonly<Record<string, YesNoWords>>;
  readonly places: {
    /** Jiangsu's 13 设区市 (Huai'an spelt two ways in English): a list of them counts the cities trained in. */
    readonly cities: readonly string[];
    readonly jiangsu: readonly string[];
    readonly elsewhere: readonly string[];
    readonly notBefore: readonly string[];
    readonly targetMarkers: readonly string[];
  };
  readonly blockCues: readonly string[];
  readonly masks: readonly string[];
  readonly below: readonly string[];
  readonly rangeJoin: readonly string[];
  readonly sameAsForeign: readonly string[];
  readonly futureMarkers: readonly string[];
  readonly messageBlocks: readonly string[];
  readonly valuePhrases: Readonly<Record<string, Readonly<Record<string, number | string>>>>;
  readonly weakCues: readonly string[];
  readonly singleFigureBlocks: readonly string[];
  readonly factBlocks: Readonly<Record<string, readonly string[]>>;
  /** Words that make a figure another fact's; `in2021` ones (到年底) only in a message that names 2021 (21年4月开工). */
  readonly contextRemap: Readonly<
    Record<string, { readonly to: string; readonly words: readonly string[]; readonly in2021?: readonly string[] }>
  >;
  /** Words that echo a question's own wording (the acquisition "completed"): with that question pending, a figure they name answers it. */
  readonly pendingEchoes: Readonly<Record<string, readonly string[]>>;
  /** A fact's own words, preferred when it is given two figures (主营 over 营收, 备案 over 实际投了). */
  readonly exactCues: Readonly<Record<string, readonly string[]>>;
  /** Words that make a date another event's than any question asks (签约: the signing, not the completion). */
  readonly dateBlocks: readonly string[];
  readonly sumCues: readonly string[];
  readonly allCash: readonly string[];
  /** Short names kept only as a mention (a partial list, confirmed by the recognitions question): 小巨人. */
  readonly certMentions: Readonly<Record<string, readonly string[]>>;
  readonly hedges: readonly string[];
  readonly belowAfter: readonly string[];
  readonly atLeastAfter: readonly string[];
  readonly atLeastBefore: readonly string[];
  readonly contrasts: readonly string[];
  readonly kinds: Readonly<Record<string, readonly string[]>>;
  readonly focus: Readonly<Record<string, readonly string[]>>;
  readonly stageSkip: readonly string[];
  readonly corrections: readonly string[];
  readonly questionWords: readonly string[];
  readonly questionEnds: readonly string[];
}

/** A word and what it names. */
export interface Cue<T extends string = string> {
  readonly word: string;
  readonly target: T;
}

/** The merged, compiled lexicon. */
export interface Lexicon {
  readonly amountCues: readonly Cue<FactKey>[];
  readonly noneCues: readonly Cue<FactKey>[];
  readonly noneWhenAsked: readonly Cue<FactKey>[];
  readonly percentCues: readonly Cue<FactKey>[];
  readonly dateCues: readonly Cue<FactKey>[];
  readonly countCues: readonly Cue<FactKey>[];
  readonly yearsCues: readonly Cue<FactKey>[];
  /** Words that name a figure no fact takes (产值, 授信, 含税 …): such a figure is asked about, never recorded. */
  readonly blockCues: readonly string[];
  /** Phrases blanked out before cues are looked for (不含税 must not read as 含税, 不含土建 as 含土建). */
  readonly masks: readonly string[];
  /** Words that make a figure a bound, not a value (不到两千万): asked. */
  readonly below: readonly string[];
  readonly rangeJoin: readonly string[];
  /** Words before the RMB figure given beside a foreign one (折合人民币 3900万). */
  readonly sameAsForeign: readonly string[];
  /** Words that put a stage word in the future (计划明年完工 is not completed). */
  readonly futureMarkers: readonly string[];
  /** Words before a place that is the target of a deal, not the applicant (收购了一家常州企业). */
  readonly targetMarkers: readonly string[];
  /** Words that make every figure of the message unsure (还没做专项审计). */
  readonly messageBlocks: readonly string[];
  /** Cue words that name a figure only when no more specific word in its clause does (项目, total). */
  readonly weakCues: ReadonlySet<string>;
  /** Qualifiers that make the one figure of a message unsure (含税, 含土建 in a clause of their own). */
  readonly singleFigureBlocks: readonly string[];
  /** Words that make every figure for one fact unsure (总投资…其中土建: not the guide's measure). */
  readonly factBlocks: ReadonlyMap<FactKey, readonly string[]>;
  /** Context words that move a figure to another fact (去年底投了 → invested by 2021, not the total). */
  readonly contextRemap: ReadonlyMap<
    FactKey,
    { readonly to: FactKey; readonly words: readonly string[]; readonly in2021: readonly string[] }
  >;
  readonly pendingEchoes: ReadonlyMap<FactKey, readonly string[]>;
  readonly exactCues: ReadonlyMap<FactKey, readonly string[]>;
  readonly dateBlocks: readonly string[];
  readonly sumCues: readonly string[];
  readonly allCash: readonly string[];
  /** Recognition id → short names kept only as a mention (小巨人). */
  readonly certMentions: ReadonlyMap<string, readonly string[]>;
  /** Weak hedges (好像, 可能, maybe): a yes/no or a fact said with one is asked, not recorded. */
  readonly hedges: readonly string[];
  /** Words after a figure that make it a ceiling (400万不到) or a floor (三千万以上, 过了2000万). */
  readonly belowAfter: readonly string[];
  readonly atLeastAfter: readonly string[];
  readonly atLeastBefore: readonly string[];
  /** Words that turn or limit an answer (但是, 还没, 要靠): an answer holding one is not read by its echo. */
  readonly contrasts: readonly string[];
  /** Phrases that state a figure in words (全资收购 → a stake of 100 %). */
  readonly valuePhrases: readonly (Cue<FactKey> & { readonly value: number | string })[];
  /** `fact=true` / `fact=false` targets. */
  readonly booleans: readonly Cue<string>[];
  /** Facts stated by naming every one of their parts (each part: its words, lower case). */
  readonly allParts: ReadonlyMap<FactKey, readonly (readonly string[])[]>;
  /** The parts an answer must cover, by fact (askedParts, else allParts). */
  readonly askedParts: ReadonlyMap<FactKey, readonly (readonly string[])[]>;
  /** Yes/no facts by pattern, both languages; a fact's `false` patterns are tried first. */
  readonly booleanPatterns: readonly { readonly fact: FactKey; readonly value: boolean; readonly pattern: RegExp }[];
  readonly yesno: ReadonlyMap<string, YesNoWords>;
  readonly jiangsu: readonly string[];
  readonly cities: readonly string[];
  readonly elsewhere: readonly string[];
  readonly notBefore: readonly string[];
  readonly kinds: readonly Cue<string>[];
  readonly focus: readonly Cue<string>[];
  readonly stageSkip: readonly string[];
  readonly corrections: readonly string[];
  readonly questionWords: readonly string[];
  readonly questionEnds: readonly string[];
}

const FILES: readonly LexiconFile[] = [zh as LexiconFile, en as LexiconFile];

const low = (w: string) => w.toLowerCase();

/** Word lists by target, both languages, longest word first (so 总投资 wins over 投资). */
function cues<T extends string>(pick: (f: LexiconFile) => Readonly<Record<string, readonly string[]>>): Cue<T>[] {
  return FILES.flatMap((f) =>
    Object.entries(pick(f)).flatMap(([target, words]) =>
      words.map((word) => ({ word: low(word), target: target as T })),
    ),
  ).sort((a, b) => b.word.length - a.word.length);
}

const flat = (pick: (f: LexiconFile) => readonly string[]) =>
  [...new Set(FILES.flatMap((f) => pick(f).map(low)))].sort((a, b) => b.length - a.length);
/** Word lists keyed by fact (or by another id: a recognition's), both languages' files merged. */
const perKey = <K extends string>(pick: (f: LexiconFile) => Readonly<Record<string, readonly string[]>>) =>
  new Map<K, readonly string[]>(
    [...new Set(FILES.flatMap((f) => Object.keys(pick(f))))].map((k) => [
      k as K,
      FILES.flatMap((f) => (pick(f)[k] ?? []).map(low)),
    ]),
  );

let compiled: Lexicon | undefined;

/** Both languages list a fact's parts in the same order: part i's words are both files' part i. */
function partsByFact(
  of: (file: LexiconFile) => Readonly<Record<string, readonly (readonly string[])[]>>,
): ReadonlyMap<FactKey, readonly (readonly string[])[]> {
  return new Map(
    [...new Set(FILES.flatMap((f) => Object.keys(of(f))))].map((fact) => {
      const lists = FILES.map((f) => of(f)[fact] ?? []);
      const count = Math.max(...lists.map((l) => l.length));
      const parts = Array.from({ length: count }, (_, i) => lists.flatMap((l) => l[i] ?? []).map(low));
      return [fact as FactKey, parts] as const;
    }),
  );
}

/** The lexicon, compiled once. */
export function lexicon(): Lexicon {
  compiled ??= {
    amountCues: cues((f) => f.amountCues),
    noneCues: cues((f) => f.noneCues),
    noneWhenAsked: cues((f) => f.noneWhenAsked ?? {}),
    percentCues: cues((f) => f.percentCues),
    dateCues: cues((f) => f.dateCues),
    countCues: cues((f) => f.countCues),
    yearsCues: cues((f) => f.yearsCues),
    blockCues: flat((f) => f.blockCues),
    masks: flat((f) => f.masks),
    below: flat((f) => f.below),
    rangeJoin: flat((f) => f.rangeJoin),
    sameAsForeign: flat((f) => f.sameAsForeign),
    futureMarkers: flat((f) => f.futureMarkers),
    targetMarkers: flat((f) => f.places.targetMarkers),
    messageBlocks: flat((f) => f.messageBlocks),
    weakCues: new Set(flat((f) => f.weakCues)),
    singleFigureBlocks: flat((f) => f.singleFigureBlocks),
    factBlocks: perKey<FactKey>((f) => f.factBlocks),
    pendingEchoes: perKey<FactKey>((f) => f.pendingEchoes),
    exactCues: perKey<FactKey>((f) => f.exactCues),
    dateBlocks: flat((f) => f.dateBlocks),
    sumCues: flat((f) => f.sumCues),
    allCash: flat((f) => f.allCash),
    certMentions: perKey<string>((f) => f.certMentions),
    contextRemap: new Map(
      [...new Set(FILES.flatMap((f) => Object.keys(f.contextRemap)))].map((k) => {
        const parts = FILES.flatMap((f) => (f.contextRemap[k] ? [f.contextRemap[k]] : []));
        const to = parts[0]?.to as FactKey;
        const words = parts.flatMap((v) => v.words.map(low));
        return [k as FactKey, { to, words, in2021: parts.flatMap((v) => (v.in2021 ?? []).map(low)) }] as const;
      }),
    ),
    hedges: flat((f) => f.hedges),
    belowAfter: flat((f) => f.belowAfter),
    atLeastAfter: flat((f) => f.atLeastAfter),
    atLeastBefore: flat((f) => f.atLeastBefore),
    contrasts: flat((f) => f.contrasts),
    valuePhrases: FILES.flatMap((f) =>
      Object.entries(f.valuePhrases).flatMap(([fact, phrases]) =>
        Object.entries(phrases).map(([word, value]) => ({ word: low(word), target: fact as FactKey, value })),
      ),
    ).sort((a, b) => b.word.length - a.word.length),
    booleans: cues((f) =>
      Object.fromEntries(
        Object.entries(f.booleans).flatMap(([fact, p]) => [
          [`${fact}=true`, p.true],
          [`${fact}=false`, p.false],
        ]),
      ),
    ),
    booleanPatterns: FILES.flatMap((f) =>
      Object.entries(f.booleanPatterns).flatMap(([fact, p]) =>
        ([false, true] as const).flatMap((value) =>
          (value ? p.true : p.false).map((source) => ({
            fact: fact as FactKey,
            value,
            pattern: new RegExp(source, 'u'),
          })),
        ),
      ),
    ),
    allParts: partsByFact((f) => f.allParts),
    askedParts: partsByFact((f) => ({ ...f.allParts, ...f.askedParts })),
    yesno: new Map(
      [...new Set(FILES.flatMap((f) => Object.keys(f.yesno)))].map((fact) => [
        fact,
        {
          yes: FILES.flatMap((f) => f.yesno[fact]?.yes ?? []),
          no: FILES.flatMap((f) => f.yesno[fact]?.no ?? []),
          ask: FILES.flatMap((f) => f.yesno[fact]?.ask ?? []),
        },
      ]),
    ),
    jiangsu: flat((f) => f.places.jiangsu),
    cities: flat((f) => f.places.cities),
    elsewhere: flat((f) => f.places.elsewhere),
    notBefore: flat((f) => f.places.notBefore),
    kinds: cues((f) => f.kinds),
    focus: cues((f) => f.focus),
    stageSkip: flat((f) => f.stageSkip),
    corrections: flat((f) => f.corrections),
    questionWords: flat((f) => f.questionWords),
    questionEnds: flat((f) => f.questionEnds),
  };
  return compiled;
}

let jieba: Jieba | undefined;

/** Every Chinese lexicon word, for jieba's dictionary. */
function lexiconWords(): string[] {
  const l = lexicon();
  const all = [
    ...l.amountCues,
    ...l.noneCues,
    ...l.noneWhenAsked,
    ...l.percentCues,
    ...l.dateCues,
    ...l.countCues,
    ...l.yearsCues,
    ...l.booleans,
    ...l.kinds,
    ...l.focus,
    ...l.valuePhrases,
  ].map((c) => c.word);
  return [...new Set([...all, ...l.blockCues, ...l.masks, ...l.jiangsu, ...l.elsewhere, ...l.corrections])].filter(
    (w) => w.length >= 2 && /\p{Script=Han}/u.test(w) && !/\s/u.test(w),
  );
}

function segmenter(): Jieba {
  if (!jieba) {
    jieba = Jieba.withDict(dict);
    jieba.loadDict(
      Buffer.from(
        lexiconWords()
          .map((w) => `${w} 200000 n`)
          .join('\n'),
        'utf8',
      ),
    );
  }
  return jieba;
}

/** The text cut into words (jieba, with the lexicon's words kept whole). */
export function segment(text: string): string[] {
  return segmenter().cut(text, false);
}

/**
 * Word boundaries of a text: the set of offsets where a jieba word starts or ends. Loads jieba's
 * dictionary on first use (about 0.1 s; `warmUpUnderstanding` does it at start).
 */
export function boundaries(text: string): ReadonlySet<number> {
  const cuts = new Set<number>([0, text.length]);
  let at = 0;
  for (const w of segment(text)) {
    at += w.length;
    cuts.add(at);
  }
  return cuts;
}

/** Loads the segmenter now, so the first message does not wait for it. */
export function warmUpUnderstanding(): void {
  boundaries('预热');
}
