/**
 * The search over every clause and attachment. fuse.js ranks the words of a question against
 * each document's own text, its heading path and its program names (token search: TF-IDF
 * over jieba words, each word matched as a substring); the kind of question and the
 * programs it names then steer the ranking toward the clause that settles it.
 */
import Fuse, { type FuseIndex } from 'fuse.js';
import type { ProgramId } from '../program-catalogue.ts';
import { PROGRAMS } from '../program-catalogue.ts';
import type { Guide } from '../types.ts';
import { numeralsToDigits } from './normalise.ts';
import type { AnalysedQuestion } from './question.ts';
import type { Segmenter } from './segment.ts';
import { clausesFor, type GuideStructure, guideStructure } from './structure.ts';
import { type TokenFields, tokenSearchScores } from './token-score.ts';
import type { QuestionKind, Vocabulary } from './vocabulary.ts';

/** One searchable unit: a clause of the body or an attachment. */
export interface SearchDoc {
  /** Clause id ("1.2.3") or attachment id ("A1-1"). */
  readonly id: string;
  readonly isAttachment: boolean;
  /** Own text (a clause without its children; an attachment's title, indicators and notes). */
  readonly text: string;
  /** Heading path titles, outermost first, joined by spaces. */
  readonly heading: string;
  /** Names and aliases of the programs the document belongs to. */
  readonly program: string;
  readonly programs: readonly ProgramId[];
  /**
   * Later programs a definition of this clause also serves: 1.2.3's 项目总投资 ends "（除特别说明，下同）", so it says
   * what counts in the investment of every program after it that defines none of its own (5.3.1.3 does).
   */
  readonly onward?: readonly ProgramId[];
  /** Section words of the clause's own title (支持条件 …). */
  readonly ownSections: ReadonlySet<string>;
  /** Section words of its ancestors' titles. */
  readonly inheritedSections: ReadonlySet<string>;
  /** The text has a date or a duration ("2023年6月底", "不超过3年"). */
  readonly hasDate: boolean;
  /** A clause with numbered children (a section or a program's head). */
  readonly hasChildren: boolean;
  /** What its figures measure (money, percent, people …; see lexicon/measures.json). */
  readonly measures: ReadonlySet<string>;
}

/** One ranked document with how its score came about (for the evaluation and debugging). */
export interface RankedDoc {
  readonly doc: SearchDoc;
  readonly score: number;
  readonly lexical: number;
  readonly steer: number;
  /**
   * Share (0…1, IDF-weighted) of the question's words that do not name a program which the
   * document contains: an absolute measure, where `lexical` is relative to the best candidate.
   */
  readonly coverage: number;
}

/** The guide's lead paragraph (总述): ranked only for a question about what the fund supports. */
export const LEAD_ID = '0';

const SECTION_WORDS = new Set(['支持方向', '支持条件', '补助标准', '申报主体', '支持数量']);
const DATE_OR_DURATION = /\d{4}\s*年|年底|月底|不超过\s*\d+\s*年|不少于\s*\d+\s*年|\d+\s*年以内|未满\s*\d+\s*年/u;

/** The fuse.js keys and their weights: the clause's own words count most. */
export const FUSE_KEYS = [
  { name: 'text', weight: 1 },
  { name: 'heading', weight: 0.4 },
  { name: 'program', weight: 0.3 },
] as const;

function programWords(ids: readonly ProgramId[], vocab: Vocabulary): string {
  return ids
    .flatMap((id) => [PROGRAMS.find((p) => p.id === id)?.nameZh ?? '', ...(vocab.programCues.get(id) ?? [])])
    .join(' ');
}

// A definition said to hold for what follows, and a program's own definition of its investment.
const ONWARD = /除特别说明，下同/u;
// (3.4.1 sets the expo's own base: 经专项审计后的总投入.)
const OWN_DEFINITION = /(投入|投资)为不含税额|经专项审计后的总投入/u;

/** The programs after clause `id` that define no investment of their own. */
function onwardPrograms(guide: Guide, id: string): ProgramId[] {
  // `guide.clauses` is in document order: a program's head clause after this one comes later in it.
  const at = (clause: string) => guide.clauses.findIndex((c) => c.id === clause);
  return PROGRAMS.filter(
    (p) =>
      at(p.clause) > at(id) &&
      !guide.clauses.some((c) => c.id !== id && c.programs.includes(p.id) && OWN_DEFINITION.test(c.text)),
  ).map((p) => p.id);
}

/** Turns the guide into search documents. */
export function searchDocs(guide: Guide, vocab: Vocabulary): SearchDoc[] {
  const byId = new Map(guide.clauses.map((c) => [c.id, c]));
  const docs: SearchDoc[] = guide.clauses.map((c) => {
    const ancestors: string[] = [];
    for (let p = c.parentId; p; p = byId.get(p)?.parentId ?? null) ancestors.push(byId.get(p)?.title ?? '');
    return {
      id: c.id,
      isAttachment: false,
      text: c.text,
      heading: c.headingPath.join(' '),
      program: programWords(c.programs, vocab),
      programs: c.programs,
      ownSections: new Set(SECTION_WORDS.has(c.title) ? [c.title] : []),
      inheritedSections: new Set(ancestors.filter((t) => SECTION_WORDS.has(t))),
      hasDate: DATE_OR_DURATION.test(c.text),
      hasChildren: c.childIds.length > 0,
      measures: measuresOf(c.text, vocab, 'clause'),
      ...(ONWARD.test(c.text) ? { onward: onwardPrograms(guide, c.id) } : {}),
    };
  });
  for (const form of guide.forms) {
    const lines = form.indicators.map((i) =>
      [i.level2, i.projectType, i.level3, i.valueHint].filter(Boolean).join(' '),
    );
    docs.push({
      id: form.id,
      isAttachment: true,
      text: [form.title, ...lines, ...form.notes].join(' '),
      // Forms whose notes define a formula (附件1-1 设备联网率=…) answer "怎么计算".
      heading: `${form.title} 绩效目标申报表 绩效 指标${form.notes.some((n) => n.includes('=')) ? ' 计算公式' : ''}`,
      program: programWords([form.program], vocab),
      programs: [form.program],
      ownSections: new Set(),
      inheritedSections: new Set(),
      hasDate: false,
      hasChildren: false,
      measures: new Set(),
    });
  }
  // The lead paragraph (clause 0, 总述): what the fund supports as a whole, for a question about the
  // fund rather than a program ("专项资金总体上重点支持哪几个方面"); it answers nothing else (`rank`).
  const lead = guide.preambleClause;
  docs.push({
    id: lead.id,
    isAttachment: false,
    text: lead.text,
    heading: `${lead.label} 专项资金 总体`,
    program: '',
    programs: [],
    ownSections: new Set(['支持方向']),
    inheritedSections: new Set(),
    hasDate: false,
    hasChildren: false,
    measures: new Set(),
  });
  const table = guide.trainingDirections;
  docs.push({
    id: table.id,
    isAttachment: true,
    text: [table.title, ...table.rows.map((r) => `${r.direction} ${r.content} ${r.audience}`)].join(' '),
    heading: `${table.title} 重点方向 主要内容 重点培训对象`,
    program: programWords(['talent-training'], vocab),
    programs: ['talent-training'],
    ownSections: new Set(['支持方向']),
    inheritedSections: new Set(),
    hasDate: false,
    hasChildren: false,
    measures: new Set(),
  });
  return docs;
}

/** The measures (lexicon/measures.json) whose patterns a clause's text or a question holds. */
export function measuresOf(text: string, vocab: Vocabulary, side: 'clause' | 'question'): ReadonlySet<string> {
  return new Set([...vocab.measures].filter(([, m]) => m[side].test(text)).map(([name]) => name));
}

/** A built index: the documents, their segmented fields, and fuse.js's records of them. */
export interface SearchIndex {
  readonly docs: readonly SearchDoc[];
  /** Per document, its fields as segmented words joined by spaces (what fuse.js searches). */
  readonly segmented: readonly SegmentedDoc[];
  /** fuse.js's index of all documents: per document and field the text and its length norm. */
  readonly fuseIndex: FuseIndexJson;
  readonly vocab: Vocabulary;
  readonly segmenter: Segmenter;
  /** Program → aspect → the clauses that answer it. */
  readonly structure: GuideStructure;
}

type FuseIndexJson = ReturnType<FuseIndex<SegmentedDoc>['toJSON']>;
type FuseRecord = FuseIndexJson['records'][number];

/** A document's fields, segmented: words joined by single spaces. */
export interface SegmentedDoc {
  readonly doc: SearchDoc;
  /** Its position in the index (and in fuse.js's records). */
  readonly at: number;
  readonly text: string;
  readonly heading: string;
  readonly program: string;
  /** Its own words and heading (not its program names, which name rather than detail). */
  readonly own: string;
  /** All fields together, to test cheaply whether a word occurs at all. */
  readonly blob: string;
}

/** How many documents the first, cheap pass hands to fuse.js for ranking. */
export const CANDIDATES = 30;

/** The fuse.js options: token search (TF-IDF) over words already segmented by jieba. */
const FUSE_OPTIONS = {
  keys: FUSE_KEYS.map((k) => ({ ...k })),
  useTokenSearch: true,
  // Fields and queries arrive segmented; fuse.js only splits them on the spaces.
  tokenize: (s: string) => s.split(' ').filter(Boolean),
  // A question word must occur as written: fuzzy matching of two-character Chinese words
  // would match almost anything.
  threshold: 0,
  ignoreLocation: true,
  includeScore: true,
} as const;

/** Builds the index: documents with their fields segmented once. */
export function buildSearchIndex(
  guide: Guide,
  vocab: Vocabulary,
  segmenter: Segmenter,
  docs: readonly SearchDoc[] = searchDocs(guide, vocab),
): SearchIndex {
  // Figures written in Chinese read as digits on both sides ("百亿" like "100亿" in a question).
  const seg = (s: string) => segmenter.guideWordsAndParts(numeralsToDigits(s)).join(' ');
  const segmented = docs.map((doc, at) => {
    const text = seg(doc.text);
    const heading = seg(doc.heading);
    const program = seg(doc.program);
    // The clause's own words, and its text as printed (figures as digits, no spaces): a detail word
    // the guide's cut split ("建设期内" → 建设 / 期内) is still found in it.
    const printed = numeralsToDigits(doc.text).replace(/\s+/gu, '');
    return {
      doc,
      at,
      text,
      heading,
      program,
      own: `${text} ${heading} ${printed}`,
      blob: `${text} ${heading} ${program}`,
    };
  });
  const fuseIndex = Fuse.createIndex(
    FUSE_KEYS.map((k) => ({ ...k })),
    segmented,
  ).toJSON();
  return { docs, segmented, fuseIndex, vocab, segmenter, structure: guideStructure(guide, vocab) };
}

/**
 * First pass: every document scored by the summed IDF of the question's words it contains
 * (a native substring test, so "税" finds "税金"); the best `CANDIDATES` go on to fuse.js,
 * plus every document of a program the question names.
 */
export function candidates(index: SearchIndex, terms: readonly string[], q: AnalysedQuestion): Candidate[] {
  const n = index.segmented.length;
  const holding = terms.map((t) => holders(index, 'blob', t));
  // Each document's summed IDF of the terms it holds, added in the terms' order.
  const score = new Float64Array(n);
  holding.forEach((h) => {
    const idf = Math.log(1 + (n - h.count + 0.5) / (h.count + 0.5));
    for (let d = 0; d < n; d++) if (h.docs[d]) score[d] = (score[d] ?? 0) + idf;
  });
  // A document of a named program goes ahead of every other.
  const named = (s: SegmentedDoc) => (s.doc.programs.some((p) => q.programs.has(p)) ? 1000 : 0);
  const hits: { s: SegmentedDoc; score: number }[] = [];
  for (const s of index.segmented) {
    const own = score[s.at] ?? 0;
    if (own > 0) hits.push({ s, score: own + named(s) });
  }
  hits.sort((a, b) => b.score - a.score);
  return hits.slice(0, CANDIDATES).map(({ s }) => ({ s, terms: terms.filter((_, i) => holding[i]?.docs[s.at]) }));
}

/** The documents holding a word in a field (1 at their position), and how many they are. */
interface Holders {
  readonly docs: Uint8Array;
  readonly count: number;
}

// Per index and field, word → its holders. A question's words recur (项目, 补助, 申报 …), and a
// test over every document's field is most of a query's cost; bounded, cleared when full.
const holderMemo = new WeakMap<SearchIndex, Record<'blob' | 'own', Map<string, Holders>>>();
const HOLDER_MEMO_MAX = 20_000;

/** Which documents hold `word` in their `own` words or in all their fields (a substring test, so "税" finds "税金"). */
function holders(index: SearchIndex, field: 'blob' | 'own', word: string): Holders {
  let memo = holderMemo.get(index);
  if (!memo) {
    memo = { blob: new Map(), own: new Map() };
    holderMemo.set(index, memo);
  }
  const known = memo[field].get(word);
  if (known) return known;
  const docs = new Uint8Array(index.segmented.length);
  let count = 0;
  for (const s of index.segmented) {
    if (s[field].includes(word)) {
      docs[s.at] = 1;
      count++;
    }
  }
  if (memo[field].size >= HOLDER_MEMO_MAX) memo[field].clear();
  const found = { docs, count };
  memo[field].set(word, found);
  return found;
}

/** IDF of each word over all documents (the same measure the first pass uses). */
function globalIdf(index: SearchIndex, terms: readonly string[]): Map<string, number> {
  const n = index.segmented.length;
  return new Map(
    terms.map((t) => {
      const df = holders(index, 'blob', t).count;
      return [t, Math.log(1 + (n - df + 0.5) / (df + 0.5))];
    }),
  );
}

/** A candidate document and the question's words it contains. */
export interface Candidate {
  readonly s: SegmentedDoc;
  readonly terms: readonly string[];
}

/** How much each steering signal adds to the lexical score (0…1). */
export const STEER = {
  /** The document belongs to a program the question names, and to no other. */
  namedProgram: 0.45,
  /** The document is shared by a named program and others of its group (1.2.3 for four programs). */
  namedProgramShared: 0.35,
  /** The document belongs only to other programs than those named. */
  otherProgram: -0.35,
  /** One of the deepest clauses answering the asked aspect of a named program. */
  aspectClause: 1,
  /** Times a program head's aspect weight when the question names a detail (its clauses say it more exactly). */
  headWithDetail: 0.7,
  /** The section holding them, when the question names no detail (quoted with its children): above each of them. */
  aspectSection: 1.1,
  /** The same section when the question does name a detail: one of its clauses holds it. */
  aspectSectionWithDetail: 0.05,
  /** No program named: the clause's own title is the section the aspect asks for. */
  ownSection: 0.4,
  /** No program named: an ancestor's title is that section. */
  inheritedSection: 0.3,
  /** Times the share (IDF-weighted) of the question's detail words the clause holds. */
  detail: 0.6,
  /** A clause with children that does not answer the aspect: its children say it more exactly. */
  section: -0.3,
  /** The weight of fuse.js's score when the question names no detail (1 otherwise). */
  lexicalWithoutDetail: 0.4,
  /** A "when" question and a clause with a date. */
  date: 0.15,
  /** The same, for one of the clauses answering the asked aspect: the date is the detail asked. */
  dateInAspect: 0.35,
  /** For each measure (money, a share, people, enterprises) the question's figure and a named program's clause share. */
  measure: 0.3,
  /** A form question and an attachment. */
  attachment: 0.5,
  /** An attachment for a question that is not about forms: its indicator names echo every clause. */
  attachmentOffTopic: -0.4,
} as const;

/** Where a document stands in the structure the question asks about. */
type Place = { readonly kind: 'leaf'; readonly weight: number } | { readonly kind: 'section' };

/** The clauses of the named programs that answer the asked aspects (program, aspect) → clauses. */
export function structuredTargets(index: SearchIndex, q: AnalysedQuestion): Map<string, Place> {
  const out = new Map<string, Place>();
  for (const kind of aspectsOf(q)) {
    const leaves: string[] = [];
    for (const p of q.programs) {
      const found = clausesFor(index.structure, p, kind);
      if (!found) continue;
      leaves.push(...found.leaves);
      for (const id of found.leaves) {
        const weight = found.weights.get(id) ?? 1;
        const before = out.get(id);
        if (before?.kind !== 'leaf' || before.weight < weight) out.set(id, { kind: 'leaf', weight });
      }
      if (found.section && !out.has(found.section)) out.set(found.section, { kind: 'section' });
    }
    // A group named as a whole ("智改数转标杆示范项目包括哪几类"): the section holding all its programs' clauses.
    const common = commonSection(leaves);
    if (q.programs.size > 1 && common && !out.has(common) && index.docs.some((d) => d.id === common))
      out.set(common, { kind: 'section' });
  }
  return out;
}

/** The nearest clause id holding all of `ids` ("1.2.1.1", "1.2.1.3" → "1.2.1"), or null. */
function commonSection(ids: readonly string[]): string | null {
  const distinct = [...new Set(ids)].filter((id) => !id.startsWith('A'));
  if (distinct.length < 2) return null;
  const parts = distinct.map((id) => id.split('.'));
  const first = parts[0] ?? [];
  let n = 0;
  while (n < first.length && parts.every((p) => p[n] === first[n] && p.length > n + 1)) n++;
  return n > 0 ? first.slice(0, n).join('.') : null;
}

/** The aspects asked; a question naming a program and nothing else asks what it supports. */
function aspectsOf(q: AnalysedQuestion): readonly QuestionKind[] {
  // "When" narrows another aspect ("5G项目剩下的钱什么时候给" is about 拨付); alone it asks the conditions' dates.
  const kinds = [...q.kinds].filter((k) => k !== 'date' || q.kinds.size === 1);
  if (kinds.length > 0) return kinds;
  return q.programs.size > 0 && q.detailText.trim() === '' ? ['direction'] : [];
}

function steering(
  doc: SearchDoc,
  q: AnalysedQuestion,
  vocab: Vocabulary,
  place: Place | undefined,
  hasDetail: boolean,
  measures: ReadonlySet<string>,
): number {
  let s = 0;
  if (q.programs.size > 0) {
    // A clause of no program (a chapter heading) is another program's as far as the question goes.
    const named = doc.programs.filter((p) => q.programs.has(p)).length;
    if (named === 0 && doc.onward?.some((p) => q.programs.has(p))) s += STEER.namedProgramShared;
    else if (named === 0) s += STEER.otherProgram;
    else s += named === doc.programs.length ? STEER.namedProgram : STEER.namedProgramShared;
    // Within a named program only: the measure tells its clauses apart, it does not find the program.
    if (named > 0) for (const m of measures) if (doc.measures.has(m)) s += STEER.measure;
  }
  let section = 0;
  let wantsForm = false;
  for (const kind of q.kinds) {
    const spec = vocab.kinds.get(kind as QuestionKind);
    if (!spec) continue;
    if (spec.attachments) wantsForm = true;
    if (q.programs.size === 0) {
      for (const word of spec.sections ?? []) {
        if (doc.ownSections.has(word)) section = Math.max(section, STEER.ownSection);
        else if (doc.inheritedSections.has(word)) section = Math.max(section, STEER.inheritedSection);
      }
    }
    if (spec.dates && doc.hasDate) section = Math.max(section, place ? STEER.dateInAspect : STEER.date);
  }
  s += section;
  // A program's head answers "can X apply" as a whole; asked about a detail, its clauses say it more exactly.
  if (place?.kind === 'leaf')
    s += STEER.aspectClause * place.weight * (doc.hasChildren && hasDetail ? STEER.headWithDetail : 1);
  else if (place?.kind === 'section') s += hasDetail ? STEER.aspectSectionWithDetail : STEER.aspectSection;
  else if (doc.hasChildren && (hasDetail || q.kinds.size > 0)) s += STEER.section;
  // 附件1-24 is the training's list of directions, not a form.
  if (doc.isAttachment && !doc.ownSections.has('支持方向'))
    s += wantsForm ? STEER.attachment : STEER.attachmentOffTopic;
  return s;
}

const wordCache = new Map<string, readonly string[]>();
// Field texts are fixed at build time, so their split is cached (bounded by the guide's size).
const words = (v: string): readonly string[] => {
  let w = wordCache.get(v);
  if (!w) {
    w = v.split(' ');
    wordCache.set(v, w);
  }
  return w;
};

// Keeps a projected field non-empty, so fuse.js counts it as it counts the whole field.
// It holds no letter or digit, so no question word can occur in it.
const PLACEHOLDER = '\u00b7';

/**
 * fuse.js's record of a document, each field cut down to the words that contain a question
 * word, with the whole field's length norm kept. Token search then scores exactly as over
 * the whole field (a word occurs in the field iff it occurs in one of its words, and the
 * document frequencies of the question's words are unchanged), while fuse.js's matcher only
 * walks a few words instead of every clause. A test holds the two scorings equal.
 */
function projectRecord(record: FuseRecord, at: number, terms: readonly string[]): FuseRecord {
  const fields: Record<string, { v: string; n: number }> = {};
  for (const [key, field] of Object.entries(record.$ ?? {})) {
    const { v, n } = field as { v: string; n: number };
    const kept = words(v).filter((w) => terms.some((t) => w.includes(t)));
    fields[key] = { v: [...kept, PLACEHOLDER].join(' '), n };
  }
  return { i: at, $: fields } as FuseRecord;
}

/**
 * fuse.js's token search scores of the candidates for `query` (lower is better), computed by
 * `tokenSearchScores` over the projected fields: the same numbers as `fuseOver(…).search(query)`
 * (a test holds them equal), without fuse.js's per-query machinery.
 */
export function lexicalScores(
  index: SearchIndex,
  pool: readonly Candidate[],
  query: string,
): { item: SegmentedDoc; score: number }[] {
  const records = pool.map(({ s, terms }, at) => {
    const record = projectRecord(index.fuseIndex.records[s.at] as FuseRecord, at, terms);
    return (record.$ ?? {}) as TokenFields;
  });
  const scores = tokenSearchScores(
    records,
    FUSE_KEYS.map((k) => k.weight),
    query,
  );
  return [...scores].flatMap(([at, score]) => {
    const item = pool[at]?.s;
    return item ? [{ item, score }] : [];
  });
}

/**
 * fuse.js over candidate documents. With `project`, each field is cut down to the words that
 * contain one of the question's words the document holds (`terms` of the candidate).
 */
export function fuseOver(index: SearchIndex, pool: readonly Candidate[], project = true): Fuse<SegmentedDoc> {
  const records = pool.map(({ s, terms }, at) => {
    const record = index.fuseIndex.records[s.at] as FuseRecord;
    return project ? projectRecord(record, at, terms) : ({ ...record, i: at } as FuseRecord);
  });
  const fuseIndex = Fuse.parseIndex<SegmentedDoc>({ keys: index.fuseIndex.keys, records });
  return new Fuse(
    pool.map((c) => c.s),
    FUSE_OPTIONS,
    fuseIndex,
  );
}

// A word in more than this share of the documents names no detail (项目, 补助, 企业 …).
const GENERIC_SHARE = 0.2;
const RARE_SHARE = 0.05;

/** Ranks the documents for a question, best first; documents sharing no word with it are left out. */
export function rank(index: SearchIndex, q: AnalysedQuestion): RankedDoc[] {
  const terms = index.segmenter.words(q.searchText);
  if (terms.length === 0) return [];
  const pool = candidates(index, terms, q);
  const targets = structuredTargets(index, q);
  // The structure's clauses are always ranked, whether or not they share a word with the question.
  const pooled = new Set(pool.map((c) => c.s.doc.id));
  for (const s of index.segmented) {
    if (targets.has(s.doc.id) && !pooled.has(s.doc.id))
      pool.push({ s, terms: terms.filter((t) => holders(index, 'blob', t).docs[s.at]) });
  }
  if (pool.length === 0) return [];
  // Words that only name the program count once, the others twice: the program is already
  // steered by name, and the remaining words pick the clause within it.
  const naming = new Set(index.segmenter.words(q.programWords.join(' ')));
  const weighted = terms.flatMap((t) => (naming.has(t) ? [t] : [t, t]));
  const results = lexicalScores(index, pool, weighted.join(' '));
  // Coverage counts what the question is about: not the words that name its program, the words that ask
  // (够不够, 才行, 要求) or the asker's own figures (800家), which no clause prints.
  const content = terms.filter((t) => !naming.has(t) && !index.vocab.notDetail.has(t) && !/^\d+$/u.test(t));
  const idf = globalIdf(index, content);
  const contentMass = content.reduce((sum, t) => sum + (idf.get(t) ?? 0), 0);
  const held = new Map(pool.map((c) => [c.s.doc.id, new Set(c.terms)]));
  const detail = detailWords(index, q);
  const detailMass = [...detail.values()].reduce((a, b) => a + b, 0);
  const measures = measuresOf(q.text, index.vocab, 'question');
  // fuse.js scores multiply across fields with small exponents, so raw similarities are
  // small and bunched; scaled to the best candidate they weigh evenly against steering.
  const best = Math.max(...results.map((r) => 1 - (r.score ?? 1)), Number.EPSILON);
  const scored = new Map<string, number>(results.map((r) => [r.item.doc.id, (1 - (r.score ?? 1)) / best]));
  // With nothing to tell the aspect's clauses apart but the program's own name, the words
  // matched are that name, which every clause of the program shares: the structure decides.
  const lexicalWeight = targets.size > 0 && detailMass === 0 ? STEER.lexicalWithoutDetail : 1;
  // 世界物联网博览会这种展会 企业能自己报吗: the events or fields a named program's lead paragraph lists say which
  // program is meant; asked of another of its aspects (who applies, how much), they pick no clause — not the lead.
  // (Not for the conditions: is buying some robots enough? asks what the program supports too.)
  const otherAspect =
    q.kinds.size > 0 && !q.kinds.has('direction') && !q.kinds.has('eligibility') && !q.kinds.has('condition');
  const leadsOnly = new Set(
    otherAspect ? [...q.programs].flatMap((p) => clausesFor(index.structure, p, 'direction')?.leaves ?? []) : [],
  );
  const ranked: RankedDoc[] = pool.map(({ s }) => {
    const lexical = (scored.get(s.doc.id) ?? 0) * lexicalWeight;
    // A "when" question asks for the dated clause among the section's: that is its detail.
    const asksDetail = detailMass > 0 || q.kinds.has('date');
    let steer = steering(s.doc, q, index.vocab, targets.get(s.doc.id), asksDetail, measures);
    if (detailMass > 0 && !(leadsOnly.has(s.doc.id) && !targets.has(s.doc.id))) {
      let found = 0;
      for (const [w, v] of detail) if (holders(index, 'own', w).docs[s.at]) found += v;
      steer += STEER.detail * (found / detailMass);
    }
    const mine = held.get(s.doc.id) ?? new Set<string>();
    const covered = content.reduce((sum, t) => sum + (mine.has(t) ? (idf.get(t) ?? 0) : 0), 0);
    const coverage = contentMass > 0 ? covered / contentMass : 1;
    return { doc: s.doc, score: lexical + steer, lexical, steer, coverage };
  });
  return ranked
    .filter((r) => r.lexical > 0 || targets.has(r.doc.id))
    .filter((r) => r.doc.id !== LEAD_ID || q.kinds.has('direction'))
    .sort((a, b) => b.score - a.score);
}

/** The question's detail words that pick out a clause, each with its IDF. */
export function detailWords(index: SearchIndex, q: AnalysedQuestion): ReadonlyMap<string, number> {
  const known = detailCache.get(q);
  if (known) return known;
  const out = findDetailWords(index, q);
  detailCache.set(q, out);
  return out;
}

// Asked twice per question (by `answerQuestion`, then by `rank`); keyed by the analysed question object.
const detailCache = new WeakMap<AnalysedQuestion, ReadonlyMap<string, number>>();

function findDetailWords(index: SearchIndex, q: AnalysedQuestion): Map<string, number> {
  const n = index.segmented.length;
  const out = new Map<string, number>();
  const naming = new Set(index.segmenter.words(q.programWords.join(' ')));
  // Search mode: a word the guide never uses ("节水项目") still brings the words inside it (节水).
  for (const w of index.segmenter.wordsAndParts(q.detailText)) {
    if (naming.has(w) || index.vocab.notDetail.has(w)) continue;
    const df = holders(index, 'own', w).count;
    // A single character is a detail only where it is rare ("税" in 实缴税金, "库" in 企业库);
    // a common one (来, 算) is part of some phrase.
    if (df === 0 || df > n * (w.length < 2 ? RARE_SHARE : GENERIC_SHARE)) continue;
    out.set(w, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
  }
  return out;
}

/** The words of a question's detail the guide never uses (食堂 in 我们食堂一顿饭多少钱): a sign it asks about something else. */
export function foreignWords(index: SearchIndex, q: AnalysedQuestion): string[] {
  return index.segmenter
    .words(q.detailText)
    .filter(
      (w) =>
        w.length >= 2 &&
        /\p{Script=Han}/u.test(w) &&
        !index.vocab.notDetail.has(w) &&
        !index.vocab.stopwords.has(w) &&
        holders(index, 'own', w).count === 0,
    );
}
