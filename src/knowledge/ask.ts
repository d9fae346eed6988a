/**
 * Policy Q&A: answers a question with the clauses of the guide that settle it, quoted
 * exactly. Pure apart from building the index once (lazily, or at start-up with
 * `warmUpAsk()`): the same question always gets the same answer.
 */
import { clauseById, fullText, guide } from './guide.ts';
import { PROGRAMS, type ProgramId } from './program-catalogue.ts';
import {
  buildSearchIndex,
  detailWords,
  foreignWords,
  LEAD_ID,
  type RankedDoc,
  rank,
  type SearchDoc,
  type SearchIndex,
  searchDocs,
} from './search/index.ts';
import { jiebaDictionary } from './search/jieba-dictionary.ts';
import { guideCasing, normaliseQuestion, numeralsToDigits } from './search/normalise.ts';
import { type AnalysedQuestion, analyseQuestion, cleanQuestion, type RefusalCode } from './search/question.ts';
import { createSegmenter } from './search/segment.ts';
import { answeringSentence, countsNamed, sentencesOf, THRESHOLD_ASKED, TITLE_ONLY } from './search/sentence.ts';
import { clausesFor } from './search/structure.ts';
import { lexiconText, loadVocabulary, type QuestionKind } from './search/vocabulary.ts';
import { escapeRegExp, stripWhitespace } from './text.ts';
import type { Guide } from './types.ts';

export type { RefusalCode } from './search/question.ts';

/** The language an answer's surrounding words are in (the quoted clause is always Chinese). */
export type AskLocale = 'zh-CN' | 'en';

/** One answering clause or attachment. */
export interface AskHit {
  /** Clause id ("1.2.3") or attachment id ("A1-1"). */
  readonly clause: string;
  /** The exact clause text (with its descendants where it has any), or the attachment as text. */
  readonly text: string;
  /** The sentence of `text` that answers (an exact substring of it): the answer leads with it. */
  readonly sentence: string;
  /** Ranking score, higher is better; comparable within one answer only. */
  readonly score: number;
}

/**
 * What `answerQuestion` returns. `locale` is the language to word the notes around the
 * quoted clauses in: the one asked for, else the question's own (English or Chinese).
 */
export type AskResult =
  | { readonly kind: 'answer'; readonly hits: readonly AskHit[]; readonly locale: AskLocale }
  /** The guide does not settle this: say so and point to the recommending unit. */
  | { readonly kind: 'not_in_guide'; readonly topic: string | null; readonly locale: AskLocale }
  // topic: 'language' (neither Chinese nor English), 'other-year', 'other-province', 'deadline' …,
  // 'which-program' (an aspect of no program: the asker is asked to name one), or null
  /** The input is not a question we read (empty, too long, not text). */
  | { readonly kind: 'refused'; readonly code: RefusalCode };

/** Options of `answerQuestion`. */
export interface AskOptions {
  readonly locale?: AskLocale;
  /** At most this many hits (default and maximum 5). */
  readonly limit?: number;
  /**
   * The program a dialog is about: a question naming no program (验收要在什么时候之前完成？) is read as about it.
   * The checks that decline a question naming no program (coverage, unread English) still apply to its words.
   */
  readonly program?: ProgramId;
  /**
   * The programs a dialog is about when it is about several sharing their clauses (the four 标杆示范 programs share 1.2.2
   * and 1.2.3): a question naming none is read as about them. `program`, when given, is used instead.
   */
  readonly programs?: readonly ProgramId[];
  /** Internal: 1 while answering the second question of a message (not split again). */
  readonly depth?: number;
  /** Internal: set while answering a message's question without the statement told before it. */
  readonly alone?: boolean;
}

/** The most hits an answer carries. */
export const MAX_HITS = 5;

// Below this, the best match shares only stray words with the question.
const MIN_SCORE = 0.55;
// A question that names no program must find most of its words in the best clause.
const MIN_COVERAGE = 0.5;
// The same for a question read in a dialog's program: its words found in one of that program's clauses.
const MIN_CONTEXT_COVERAGE = 0.25;
// Hits this far below the best are noise, not alternatives.
const KEEP_WITHIN = 0.75;
// A form named by its number (附件1-4, 附表1-1, Annex 1-8, A1-13): the question is about that form.
// (报表1-6月, form 1-6 months: a range of months, not a form.)
const NAMED_FORM =
  /(?:附件|附表|attachment|annex|appendix|form|(?<!报)表)\s*1\s*[-–—_]\s*(\d{1,2})(?!\d|\s*(?:月|个月|months?\b))|\bA1-(\d{1,2})(?!\d)/iu;

interface Engine {
  readonly index: SearchIndex;
  /** The guide's Latin words by their lower case (5g → 5G). */
  readonly casing: ReadonlyMap<string, string>;
}

let engine: Engine | null = null;

/** Words the segmenter must keep whole: the guide's titles, program names, aliases' targets. */
function dictionaryTerms(g: Guide, index: { aliases: Map<string, readonly string[]>; cues: string[] }): string[] {
  const text = g.clauses.map((c) => c.text).join('');
  return [
    ...g.clauses.map((c) => c.title),
    ...[...index.aliases.values()].flat(),
    // An alias itself is a word only where the guide uses it ("智改数转"); otherwise it would
    // turn into a word the clauses never contain.
    ...[...index.aliases.keys()].filter((k) => text.includes(k)),
    ...index.cues,
  ].filter((t) => t.length >= 2);
}

/**
 * Every text of the guide the segmenter cuts, and the words it must know: jieba's
 * dictionary is cut down to the words these hold (`jieba-dictionary.ts`).
 */
function segmenterCorpus(docs: readonly SearchDoc[], terms: readonly string[]): string {
  const fields = docs.flatMap((d) => [d.text, d.heading, d.program]);
  // The answer's sentence is found in the text as quoted (an attachment as lines of its form).
  const quoted = docs.map((d) => fullText(d.id) ?? '');
  return [...fields, ...fields.map(numeralsToDigits), ...quoted, ...terms, lexiconText()].join('\n');
}

/** Names that head several programs (1.3 工业互联网创新应用项目 → three programs). */
function groupCues(g: Guide): Map<string, ProgramId[]> {
  const sections = new Set(['支持方向', '支持条件', '补助标准', '申报主体', '支持数量']);
  const out = new Map<string, ProgramId[]>();
  for (const c of g.clauses) {
    if (c.programs.length < 2 || !c.title || sections.has(c.title)) continue;
    out.set(c.title.replace(/[“”"]/gu, '').replace(/项目$/u, ''), [...c.programs]);
  }
  return out;
}

/** Indicator names (unit dropped) that occur in the forms but nowhere in the body. */
function formOnlyIndicators(g: Guide): string[] {
  const body = stripWhitespace(g.clauses.map((c) => c.text).join(''));
  // "项目研发投入（万元）" → "研发投入": the unit and a generic 项目 prefix say nothing.
  const names = g.forms.flatMap((f) =>
    f.indicators.map((i) => stripWhitespace(i.level3.replace(/[（(][^（()）]*[)）]$/u, '')).replace(/^项目/u, '')),
  );
  return [...new Set(names)].filter((n) => n.length >= 3 && !body.includes(n));
}

/** Timings of one engine build, in milliseconds. */
export interface AskBuildTimings {
  /** Loading jieba's default dictionary from the package, plus the guide's terms. */
  readonly segmenterMs: number;
  /** Reading the word lists, segmenting every clause and attachment, and fuse.js's index. */
  readonly indexMs: number;
}

/**
 * Builds a fresh engine and says how long each part took (for `npm run bench`). The engine
 * that answers questions is not replaced.
 */
export function timeAskBuild(): AskBuildTimings {
  return buildEngineTimed().timings;
}

function buildEngine(): Engine {
  return buildEngineTimed().engine;
}

function buildEngineTimed(): { engine: Engine; timings: AskBuildTimings } {
  const start = performance.now();
  const guideText = guide.clauses.map((c) => c.text).join(' ');
  const vocab = loadVocabulary(
    new Map(PROGRAMS.map((p) => [p.id, p.nameZh])),
    groupCues(guide),
    formOnlyIndicators(guide),
    {
      catalogueEnglish: new Map(PROGRAMS.map((p) => [p.id, p.nameEn])),
      guideLatin: [...guideCasing(guideText).values()].filter((w) => w.length >= 2),
      guideText,
    },
  );
  const terms = dictionaryTerms(guide, {
    aliases: new Map(vocab.aliases),
    cues: [...vocab.programCues.values()].flat(),
  });
  const docs = searchDocs(guide, vocab);
  const beforeSegmenter = performance.now();
  const dictionary = jiebaDictionary(segmenterCorpus(docs, terms));
  // (能不能报: an A-not-A ask of whether one may apply is a stopword kept whole, or jieba cuts 能/不能/报 and 不能 counts
  // as a word the guide must hold — 技改项目能不能报 was declined.)
  const askingWords = [...vocab.stopwords].filter((w) => /^(\p{Script=Han}+)[不没]\1(?:报|申报|申请)$/u.test(w));
  const segmenter = createSegmenter([...terms, ...askingWords], vocab.stopwords, dictionary);
  const afterSegmenter = performance.now();
  const index = buildSearchIndex(guide, vocab, segmenter, docs);
  const end = performance.now();
  return {
    engine: { index, casing: guideCasing(guideText) },
    timings: {
      segmenterMs: afterSegmenter - beforeSegmenter,
      indexMs: beforeSegmenter - start + (end - afterSegmenter),
    },
  };
}

function getEngine(): Engine {
  engine ??= buildEngine();
  return engine;
}

/**
 * Builds the search index now rather than on the first question (loads jieba's dictionary
 * and segments the guide). Returns the milliseconds it took.
 */
export function warmUpAsk(): number {
  const start = performance.now();
  getEngine();
  return performance.now() - start;
}

/** The built search index (building it if needed): for benchmarks and tests of the index itself. */
export function askSearchIndex(): SearchIndex {
  return getEngine().index;
}

/** A question cleaned, normalised and read against the vocabulary, with the index; or why it cannot be read. */
function readQuestion(
  question: unknown,
): { ok: true; index: SearchIndex; analysed: AnalysedQuestion } | { ok: false; code: RefusalCode } {
  const cleaned = cleanQuestion(question);
  if (!cleaned.ok) return cleaned;
  const { index, casing } = getEngine();
  return { ok: true, index, analysed: analyseQuestion(normaliseQuestion(cleaned.text, casing), index.vocab) };
}

/** The programs a question naming none is read as about: the dialog's one program, else the ones it shares clauses with. */
const contextPrograms = (options: AskOptions): readonly ProgramId[] =>
  options.program !== undefined ? [options.program] : (options.programs ?? []);

/** The analysed question and every ranked document, for the evaluation and debugging. */
export function explainQuestion(
  question: string,
  options: AskOptions = {},
): { analysed: AnalysedQuestion; ranked: RankedDoc[] } | null {
  const r = readQuestion(question);
  if (!r.ok) return null;
  // As answerQuestion reads it: a question naming no program is about the dialog's program.
  const context = contextPrograms(options);
  const inContext = r.analysed.programs.size === 0 && context.length > 0;
  const analysed = inContext ? { ...r.analysed, programs: new Set(context) } : r.analysed;
  return { analysed, ranked: rank(r.index, analysed) };
}

/** A floor asked about: 不到3000万能报吗, 3000万是硬性要求吗, 原则上不低于3000万是什么意思. */
const FLOOR_ASKED =
  /不到|不够|够不够|没到|达不到|差一点|门槛|要求|不低于|至少|原则上|硬性|必须|一定要|\b(?:below|under|less than|minimum|at least|threshold)\b/iu;

/** Two characters in a row the two texts share (a measure's word: 总投, 贷款, 研发), or none. */
const sharesPair = (a: string, b: string): boolean => {
  for (let i = 0; i + 1 < a.length; i++) {
    const pair = a.slice(i, i + 2);
    if (/^\p{Script=Han}{2}$/u.test(pair) && !/不|到|低|至|少|于|要|求|够/u.test(pair) && b.includes(pair)) return true;
  }
  return false;
};

/** Whether a figure the question gives as a floor (3000万) is one the clause sets, of the measure the question names. */
function floorNamed(question: string, clause: string): boolean {
  for (const m of question.matchAll(/(?<![\d.])(\d+(?:\.\d+)?)\s*(万|亿|%)/gu)) {
    const figure = escapeRegExp(m[1] as string);
    const before = question.slice(Math.max(0, (m.index ?? 0) - 10), m.index ?? 0);
    const set = new RegExp(`([^，,。；;]{0,12})(?:不低于|不少于|达到)\\s*${figure}\\s*${m[2]}`, 'gu');
    for (const c of clause.matchAll(set)) if (sharesPair(before, c[1] ?? '')) return true;
  }
  return false;
}

/** The fund itself named: 转型升级专项资金, 这个专项资金, this special fund. */
const WHOLE_FUND =
  /(?:转型升级|这个|这笔|省里的?|今年的?)\s*专项资金|专项资金(?:主要|重点|整体|总体)|\b(?:this|the)\s+(?:\d{4}\s+)?special\s+fund\b/iu;

// 小巨人的钱什么时候拨 / how is the merger grant paid out: how or when the subsidy itself is paid.
const PAID_HOW_OR_WHEN =
  /(?:补助|补贴|资金|钱|奖励|奖金|贴息|款)[^，,。；;？?]{0,8}(?:什么时候|啥时候|何时|怎么|如何|怎样|咋)[^，,。；;？?]{0,3}(?:拨|给|发|到账|打|兑现)|(?:怎么|如何|怎样)拨付|拨付方式|\b(?:when|how)\b[^.?!]{0,40}\b(?:subsidy|grant|money|funds?|support|award|rebate|bonus)\b[^.?!]{0,24}\b(?:paid|disbursed|released|transferred)\b/iu;

/**
 * A question how or when the subsidy is paid, about programs whose 补助标准 says nothing of paying it (no 拨付, 首次,
 * 首期, 完成后 …: 技改贴息, 并购, 小巨人 …): the guide does not answer it, so it is declined rather than answered with
 * the amount clause.
 */
function paymentUnstated(index: SearchIndex, read: AnalysedQuestion): boolean {
  if (
    !read.kinds.has('payment' as QuestionKind) ||
    read.programs.size === 0 ||
    !(PAID_HOW_OR_WHEN.test(read.text) || (PAID_IN_PARTS.test(read.text) && !FIRM_PAYS_IN_PARTS.test(read.text)))
  )
    return false;
  // How much, or by what standard (how much money is paid…, 怎么给，按投入的比例吗): the amount clause answers.
  // (How long, 多少天/多久: still when.)
  if (
    /how much(?!\s+time)|how is it calculated|多少(?!天|个月|周|时间)|比例|标准|按什么|按啥|怎么算|怎么计算|几个点/iu.test(
      read.text,
    )
  )
    return false;
  // (展会 are subsidised once done and audited, 项目完成后…专项审计后: that says when.)
  const payment = index.vocab.kinds.get('payment' as QuestionKind);
  const words = [...(payment?.clauseWords ?? []), '完成后', '审计后', '验收后', '一次性'];
  // (A program with no 补助标准 of its own, 免费诊断 bought as a service, says how it is funded in its one paragraph.)
  const sections = payment?.sections ?? [];
  return [...read.programs].every((p) => {
    const standard = index.docs.filter((d) => d.programs.includes(p) && underSection(d, sections));
    return standard.length > 0 && !standard.some((d) => words.some((w) => d.text.includes(w)));
  });
}

// 省里的补助和市里配套的能不能叠加 / can we stack it with the city's grant: the provincial subsidy with a local one.
const STACKED_WITH_LOCAL =
  /叠加|同时(?:拿|享受)|重复(?:享受|拿)|一起拿|兼得|\b(?:stack|stacked|stacking|on top of|combined? with)\b/iu;
// A local subsidy named as such (市里配套的, 县里给的补贴, the city's grant) — not 开发区里/园区里, nor a 配套企业.
const LOCAL_FUNDS =
  /(?<![开园新发])(?:市里|区里|县里|市级|区级|县级|地方)(?:的|给的|也给了?|也有)?(?:配套|[^，,。？?]{0,6}(?:补助|补贴|奖励|贴息|奖补|扶持|资金|的钱|给了钱))|配套(?:资金|补助|补贴|的钱)|\b(?:city|municipal|county|district|local)(?:'s)?\s+(?:government\s+)?(?:subsid\w*|grants?|funding|money|awards?)\b/iu;

/**
 * Whether the provincial subsidy may be stacked with a city's or county's, asked of programs other than 技改贴息: the
 * guide says so only of that program's interest (1.1.2: 省、设区市、县(市)贴息金额累计不得超过…), so for the others it is
 * declined rather than answered with their amount clause.
 */
function stackingUnstated(read: AnalysedQuestion): boolean {
  return (
    read.programs.size > 0 &&
    !read.programs.has('tech-loan') &&
    STACKED_WITH_LOCAL.test(read.text) &&
    LOCAL_FUNDS.test(read.text)
  );
}

/** Whether a document stands under one of the guide's headings `sections` (补助标准, 支持数量 …), its own or inherited. */
function underSection(doc: SearchDoc, sections: readonly string[]): boolean {
  return sections.some((w) => doc.ownSections.has(w) || doc.inheritedSections.has(w));
}

// 一次性给吗 还是分几次 / paid in one go or in instalments: how the subsidy is paid, asked plainly.
const PAID_IN_PARTS =
  /一次性(?:给|拨|发|到账|打)|分(?:几|两|多)?(?:次|批|期)(?:给|拨|发|到账|打)?|剩下的?(?:50%|一半)|另(?:外)?一半|\b(?:in one go|all at once|lump sum|in (?:two |several )?(?:instal(?:l)?ments|tranches|stages)|(?:second|remaining|other|last) (?:half|tranche|instal(?:l)?ment|payment))\b|(?:second|remaining|other|last) 50 ?%/iu;

// 贷款分两次到账 / 利息是分期付的 / we paid the interest in instalments: the firm's own loan or purchase paid in parts,
// not the subsidy.
const FIRM_PAYS_IN_PARTS = /贷款|利息|放款|付款|设备|loan|interest|purchase|bought/iu;

// 展会项目今年支持几个 / how many exhibition projects will be supported: the number of projects supported, asked.
const SUPPORTED_HOW_MANY =
  /(?:支持|资助|补助|入选|评选|立项|批)(?:了)?(?:几个|多少个?|几家|多少家|几项|多少项)|(?:几个|多少个|几家|多少家)(?:项目|名额)|名额|\bhow many\b[^.?!]{0,40}\b(?:projects?|applications?|applicants?|companies|firms|enterprises|events?|exhibitions?)\b[^.?!]{0,30}\b(?:supported|funded|selected|approved|granted|accepted)\b|\bquota\b/iu;

/** The subsidy asked in so many words: 能拿多少钱, 补多少, 补助是多少, how much can we get. */
const SUBSIDY_ASKED =
  /(?:能|可以|可|最多|一共)?(?:拿|补|给|领|获得|申请|批)(?:到|了|下来)?(?:多少|几成)|(?:补助|补贴|奖补|资助)(?:金额)?(?:是|有)?多少|\bhow much\b[^.?!]{0,20}\b(?:can|could|would|will|do|might)\s+(?:we|i|it|they)\s+(?:get|receive|claim|be (?:given|granted|paid))\b/iu;

/** Money asked for someone other than the applicant: 老板个人能拿多少 (the programs pay the applicant). */
const NOT_THE_APPLICANT = /个人|老板|员工|职工|我自己|本人|\b(?:personally|the owner|employees?|staff)\b/iu;

/**
 * The number of projects supported, asked of programs the guide gives no 支持数量 (重大展会, 授牌奖励 …): declined
 * rather than answered with the amount clause.
 */
function quotaUnstated(index: SearchIndex, read: AnalysedQuestion): boolean {
  if (!read.kinds.has('quota' as QuestionKind) || read.programs.size === 0 || !SUPPORTED_HOW_MANY.test(read.text))
    return false;
  const sections = index.vocab.kinds.get('quota' as QuestionKind)?.sections ?? [];
  // (免费诊断 has no 支持数量 heading, but 1.6 supports it by each city's 项目数: that answers.)
  return [...read.programs].every(
    (p) =>
      !index.docs.some(
        (d) => d.programs.includes(p) && (underSection(d, sections) || (!d.isAttachment && /项目数/u.test(d.text))),
      ),
  );
}

/**
 * Answers a policy question from the guide: the clauses that settle it, best first, each
 * quoted exactly (a clause with children is quoted with them). A question the guide does
 * not settle is `not_in_guide`; input that is not a readable question is `refused` with a code.
 * Never throws for any input.
 */
export function answerQuestion(question: unknown, options: AskOptions = {}): AskResult {
  // Read as about the programs screened together; what that reading declines is read as a question of its own
  // (实缴税金要多少, typed in a 标杆示范 dialog, is 3.2.1.5's).
  if (options.program === undefined && options.programs !== undefined) {
    const shared = answerWith(question, options);
    if (shared.kind !== 'not_in_guide' || shared.topic !== null) return shared;
    const { programs: _, ...alone } = options;
    return answerWith(question, alone);
  }
  return answerWith(question, options);
}

function answerWith(question: unknown, options: AskOptions): AskResult {
  const asked = readQuestion(question);
  if (!asked.ok) return { kind: 'refused', code: asked.code };
  const { index, analysed: read } = asked;
  const locale: AskLocale = options.locale ?? (read.english ? 'en' : 'zh-CN');
  if (read.notInGuideTopic) return { kind: 'not_in_guide', topic: read.notInGuideTopic, locale };
  const context = contextPrograms(options);
  const inContext = read.programs.size === 0 && context.length > 0;
  const analysed = inContext ? { ...read, programs: new Set(context) } : read;
  // (钱什么时候拨？ in a 小巨人 dialog: the dialog's program is the one asked about.)
  if (paymentUnstated(index, analysed)) return { kind: 'not_in_guide', topic: 'payment-unstated', locale };
  if (quotaUnstated(index, analysed)) return { kind: 'not_in_guide', topic: 'quota-unstated', locale };
  if (stackingUnstated(analysed)) return { kind: 'not_in_guide', topic: 'stacking-unstated', locale };
  // "我们公司能拿多少补贴": an aspect of no program, nothing more. The guide sets it program by
  // program, so the asker is asked which program rather than given one at random.
  const sectioned = [...analysed.kinds].some((k) => index.vocab.kinds.get(k)?.sections);
  if (read.programs.size === 0 && !inContext && sectioned && detailWords(index, analysed).size === 0)
    return { kind: 'not_in_guide', topic: 'which-program', locale };
  const plain = rank(index, analysed);
  const ranked = namedFormFirst(index, asked.analysed.text, plain);
  // A form named by its number is what the question is about, however few of its other words were understood.
  const formNamed = ranked !== plain;
  // 这钱是一次性给吗 还是分几次, in a 绿色化改造 dialog: an aspect asked of the dialog's one program, and nothing more,
  // is answered by that program's clause of the aspect (4.1.2), however few words the question shares with it.
  // (The question must say the aspect plainly — paid at once or in parts, how many supported — for its other words
  // to be let go: 我们食堂一顿饭多少钱 is no amount question.)
  // (when do we get the second 50%?: a figure of the aspect itself is no detail of another clause.)
  // (我们这种能拿多少钱 — play-test 57, declined right after the verdict's amount —: the subsidy asked in so many words.
  // Of several programs screened together, only when they share the aspect's clause: 1.2.3 for the four 标杆示范.)
  if (
    inContext &&
    !formNamed &&
    sectioned &&
    [...detailWords(index, analysed).keys()].every((w) => /^\d+(?:\.\d+)?$/u.test(w)) &&
    // (支持几个 是一次性拨付吗: both asked, each answered by the reading below.)
    (PAID_IN_PARTS.test(read.text) !== SUPPORTED_HOW_MANY.test(read.text) ||
      (SUBSIDY_ASKED.test(read.text) &&
        !PAID_IN_PARTS.test(read.text) &&
        !SUPPORTED_HOW_MANY.test(read.text) &&
        !NOT_THE_APPLICANT.test(read.text)))
  ) {
    // (Of several programs, the amount only: 支持几个 or 是一次性给吗 differ program by program inside one clause.)
    const aspects =
      context.length === 1 || SUBSIDY_ASKED.test(read.text)
        ? context.map((p) => aspectAnswer(index, analysed, plain, p, true))
        : [];
    const aspect = aspects[0];
    if (aspect && aspects.every((a) => a?.doc.id === aspect.doc.id))
      return { kind: 'answer', hits: hitsOf(index, analysed, [aspect]), locale };
  }
  const best = ranked[0];
  if (!best || best.score < MIN_SCORE) return { kind: 'not_in_guide', topic: null, locale };
  // A question that names no program must find most of its words in the best clause — unless the
  // clause holds the very words one of its aliases stands for ("在上海能报吗" → 1.1.1.1 "江苏省域内").
  const aliasInBest = analysed.aliasTargets.some((w) => best.doc.text.includes(w));
  // 技改项目总投资不到3000万能报吗: a threshold the question names by its figure (3000万) and its measure (总投资) that the
  // best clause sets (总投资原则上不低于 3000 万元) says which clause is meant, however few of the other words it holds.
  // (营收不到2000万 names another measure than 4.1.1.2's 总投资投入不低于2000万元: still declined.)
  const figureInBest = FLOOR_ASKED.test(read.text) && floorNamed(read.text, best.doc.text);

  // Coverage is of the question's own words: a program taken from the dialog's context names nothing it said. In
  // that context a clause of the program holding a quarter of them answers (车规IGBT算的吧 → 2.1.2); any other is declined.
  const ownProgram =
    inContext && context.some((p) => best.doc.programs.includes(p) || best.doc.onward?.includes(p) === true);
  const enough = ownProgram ? MIN_CONTEXT_COVERAGE : inContext ? Number.POSITIVE_INFINITY : MIN_COVERAGE;
  // 今年省里这个转型升级专项资金 主要支持哪几块 有没有个大方向: what the fund as a whole supports is the lead paragraph's,
  // however many of the asker's words (今年, 省里, 几块) it lacks.
  const wholeFund =
    best.doc.id === LEAD_ID && analysed.kinds.has('direction' as QuestionKind) && WHOLE_FUND.test(read.text);
  if (read.programs.size === 0 && best.coverage < enough && !aliasInBest && !figureInBest && !formNamed && !wholeFund) {
    // In a dialog, 验收完出了意见以后最多能拿多少 asks the program's amount: its words need not be in the clause that
    // answers, the aspect says which clause that is.
    const aspect =
      inContext && context.length === 1 ? aspectAnswer(index, analysed, ranked, context[0] as ProgramId) : undefined;
    if (aspect) return { kind: 'answer', hits: hitsOf(index, analysed, [aspect]), locale };
    // (Only a story mostly understood: a cousin's scholarship abroad, then 'the maximum per project?', is declined.)
    const alone = analysed.unread < MIN_COVERAGE ? questionAlone(read.text, options) : undefined;
    return alone ?? { kind: 'not_in_guide', topic: null, locale };
  }
  // Likewise an English question naming no program of which over half the words were not
  // understood, or half when it asks no aspect either ("What is the capital of Jiangsu?").
  const unreadLimit = analysed.kinds.size === 0 ? MIN_COVERAGE : MIN_COVERAGE + Number.EPSILON;
  if (read.programs.size === 0 && !formNamed && analysed.unread >= unreadLimit)
    return { kind: 'not_in_guide', topic: null, locale };
  const limit = Math.max(1, Math.min(options.limit ?? MAX_HITS, MAX_HITS));
  // 全省给几个名额 about the little giant: a clause of a program the question is not about (1.3.1.1's 全省) is no
  // related answer — the clauses kept are the named programs' (or of no program), the best one always.
  const named = analysed.programs;
  // (1.2.3's 不含税、不含土建 holds for the programs after it: "除特别说明，下同".)
  const ofNamed = (r: RankedDoc) =>
    r.doc.programs.length === 0 ||
    r.doc.programs.some((p) => named.has(p)) ||
    r.doc.onward?.some((p) => named.has(p)) === true;
  // 被收的是安徽的企业，不在江苏，这个没影响吧, about a merger: the named program's clause leads when it ranks close to
  // another program's (1.1.1.1's 江苏省域内). (Chinese only: an English question's programs come from glossed words, looser
  // names, and held-out English questions lost their first clause to it.)
  const joint = jointAnswers(index, analysed, ranked);
  const lead =
    !read.english && !formNamed && named.size > 0 && joint[0] && !ofNamed(joint[0]) ? joint.findIndex(ofNamed) : -1;
  const ordered =
    lead > 0 && (joint[lead]?.score ?? Number.NEGATIVE_INFINITY) >= best.score - KEEP_WITHIN
      ? [joint[lead] as RankedDoc, ...joint.filter((_, i) => i !== lead)]
      : joint;
  const kept = ordered.filter(
    (r, i) => r.score >= best.score - KEEP_WITHIN && (i === 0 || named.size === 0 || ofNamed(r)),
  );
  const hits = hitsOf(index, analysed, kept.slice(0, limit));
  // 最高多少？支持多少家 / how much, and how many years must it last?: two questions in one message, the second
  // answered too (right after the first answer), about the first one's program when it names none.
  const parts = twoQuestions(asked.analysed.text);
  if (parts && hits.length > 0 && options.depth !== 1) {
    const program = options.program ?? best.doc.programs[0];
    const own = (q: string) => {
      const r = answerQuestion(q, { ...options, depth: 1, ...(program ? { program } : {}) });
      return r.kind === 'answer' ? r.hits[0] : undefined;
    };
    // The whole message's best answer first, then each question's own (集群促进机构 21年服务收入要到多少 能补多少: the
    // whole reads as the amount, the first question asks the revenue condition).
    const extras = [own(parts[1]), own(parts[0])].filter((h): h is NonNullable<typeof h> => h !== undefined);
    const lead = hits.slice(0, 1);
    const added = extras.filter(
      (h, i) => !lead.some((x) => x.clause === h.clause) && extras.findIndex((x) => x.clause === h.clause) === i,
    );
    if (added.length > 0) {
      const rest = hits.slice(1).filter((h) => !added.some((x) => x.clause === h.clause));
      return { kind: 'answer', hits: [...lead, ...added, ...rest].slice(0, limit), locale };
    }
  }
  return { kind: 'answer', hits, locale };
}

/**
 * The question a message asks after telling about the asker's own project (Our company leads an innovation consortium
 * … . Can the consortium apply?): its last sentence, when sentences before it state and it asks; else undefined.
 */
function questionAfterStatement(text: string): string | undefined {
  // (A full stop after e.g. or approx. ends no sentence.)
  const sentences = text
    .split(/(?<=[。！!])\s*|(?<!\b(?:e\.g|i\.e|etc|vs|approx|incl|esp|no|ca)\.)(?<=\.)\s+/iu)
    .filter((x) => x.trim() !== '');
  const last = sentences.at(-1);
  if (sentences.length < 2 || last === undefined || !/[?？]/u.test(last)) return undefined;
  return last;
}

// Does that count? / Can it apply?: a question that leans on the story told before it.
const LEANS_ON_STORY = /^\s*(?:does|do|is|can|will|would|did|could)\s+(?:it|that|this|they|these|those)\b/iu;

/**
 * Our company leads an innovation consortium … from January 2022 to December 2025. Can the consortium apply?: the asker's
 * own project told before the question dilutes the words the guide must hold; the question alone is answered when the
 * whole is not (its words are still checked as any question's are). Once: the question alone is not split again.
 */
function questionAlone(text: string, options: AskOptions): AskResult | undefined {
  const last = options.alone ? undefined : questionAfterStatement(text);
  // (Does that count? / Who leads it?: a question that leans on the story says too little alone.)
  if (last === undefined || last.split(/\s+/u).length < 5 || LEANS_ON_STORY.test(last)) return undefined;
  const r = answerWith(last, { ...options, alone: true });
  return r.kind === 'answer' ? r : undefined;
}

/** Two questions in one message (…最高多少？另外…能不能…？), or undefined. */
function twoQuestions(text: string): readonly [string, string] | undefined {
  const parts = text
    // …吗 补助是怎么拨的 (a space after a question word), …, and what income do we need: two questions unpunctuated.
    .replace(/(吗|么|呢|伐)[\s，,]+(?=\S)/gu, '$1？')
    // 能报数据产品化不 能补多少: …不 closing a can-we question is its 吗.
    .replace(/(?<=(?:能|可以|行)[^\s，,？?]{1,12})不[\s，,]+(?=\S)/gu, '不？')
    .replace(
      /,?\s+and\s+(?:roughly\s+|also\s+|then\s+)?(?=(?:what|how|which|who|when|is|are|does|do|can|must|will)\b)/giu,
      '? ',
    )
    // …for last year's upgrade investment, and proof of taxes paid?: a comma and "and" before a second ask of 3+ words.
    .replace(/,\s+and\s+(?=(?:[a-z0-9'&-]+\s+){2,}[a-z0-9'&-]+\s*\?\s*$)/giu, '? ')
    // 标识解析二级节点补多少钱 最晚啥时候要上线: two questions typed with a space between them.
    .replace(
      /(?<=(?:多少钱?|几[个年月天家场]?|啥时候|什么时候|怎么[^\s]{0,4}|能不能[^\s]{0,6}|算不算[^\s]{0,10}|行不行|可不可以|吗|么))\s+(?=[^\s]{0,12}(?:多少|几|啥时候|什么时候|怎么|能不能|吗|么|填啥|填什么))/gu,
      '？',
    )
    .split(/(?<=[？?；;])/u)
    .map((p) => p.trim())
    // (…21年底要投多少 补多少: a three-character ask of the first one's program is a question too.)
    .filter((p) => p.length >= 4 || /^[补给奖贴拿][多几]少?[钱？?]*$/u.test(p));
  const [first, second] = parts.length === 2 ? parts : (spacedQuestions(text) ?? []);
  if (first === undefined || second === undefined) return undefined;
  return [first, second.replace(/^(另外|还有|以及|and|also)[，,\s]*/iu, '')];
}

/** What asks in a chunk of a Chinese message typed without punctuation. */
const ASKS_ZH =
  /多少|几[个年月天家场成期人次]|啥|什么|怎么|咋|能不能|算不算|够不够|是不是|有没有|要不要|行不行|可不可以|吗|么|伐/u;

/**
 * 集群促进机构 要几个专职的人 收入要到多少: two asking chunks of a Chinese message parted by spaces alone, each with the
 * words before it (the program named first belongs to the first).
 */
function spacedQuestions(text: string): readonly [string, string] | undefined {
  if (!/\p{Script=Han}/u.test(text) || /[，,。？?；;]/u.test(text)) return undefined;
  const chunks = text.split(/\s+/u).filter((c) => c !== '');
  const asks = chunks.flatMap((c, i) => (ASKS_ZH.test(c) ? [i] : []));
  if (asks.length !== 2) return undefined;
  const at = asks[0] as number;
  return [chunks.slice(0, at + 1).join(' '), chunks.slice(at + 1).join(' ')];
}

/**
 * A question that names a form by its number (附件1-4是哪个项目的表, what goes in Annex 1-1) is answered by that form
 * first, whatever its words match; the rest of the ranking follows. A number the guide has no form for changes nothing.
 */
function namedFormFirst(index: SearchIndex, text: string, ranked: RankedDoc[]): RankedDoc[] {
  const m = NAMED_FORM.exec(text);
  const doc = m && index.docs.find((d) => d.id === `A1-${m[1] ?? m[2]}`);
  if (!doc) return ranked;
  const top = Math.max(ranked[0]?.score ?? 0, MIN_SCORE);
  const own = ranked.find((r) => r.doc.id === doc.id);
  const first: RankedDoc = { ...(own ?? { doc, lexical: 0, steer: 0 }), score: top, coverage: 1 };
  return [first, ...ranked.filter((r) => r.doc.id !== doc.id)];
}

/** The answers: each clause quoted whole, the sentence of it that answers first. */
function hitsOf(index: SearchIndex, analysed: AnalysedQuestion, ranked: readonly RankedDoc[]) {
  // The question's words and its aspect's marks are the same for every clause: read once.
  const words = sentenceWords(index, analysed);
  // How the money is paid is the narrower aspect: asked with the amount's words (how is the money paid), its marks
  // alone tell the sentence (首次拨付…50%, not 最高不超过2000万元).
  const payment = 'payment' as QuestionKind;
  const kinds = analysed.kinds.has(payment) ? [payment] : [...analysed.kinds];
  const marks = kinds.flatMap((k) => index.vocab.kinds.get(k)?.marks ?? []);
  const threshold = THRESHOLD_ASKED.test(analysed.text);
  const counted = countsNamed(analysed.text);
  const amount = 'amount' as QuestionKind;
  const amountKind = analysed.kinds.has(amount);
  const phase = PHASE_NAMED.test(analysed.text);
  // The amount asked and not its payment: the payment's sentences say less — unless a phase of the payment is named
  // (5G项目前期能拿多少 / 验收后能拿多少), when they lead.
  const paymentMarks = index.vocab.kinds.get(payment)?.marks;
  const paymentBias =
    amountKind && paymentMarks && (phase || !analysed.kinds.has(payment))
      ? { marks: paymentMarks, by: phase ? 2 : -2 }
      : undefined;
  // (智能制造示范工厂总共支持几个: one program of the group named asks its own count, said in 其中….)
  const whole = WHOLE_ASKED.test(analysed.text) && analysed.programs.size !== 1;
  // (贴息利率最高多少 / 设备补助最高按百分之几: the most of a rate asked is the rate's sentence.)
  // (技改一共能拿多少: the whole amount asked is the cap too.)
  const most =
    (MOST_ASKED.test(analysed.text) || (WHOLE_ASKED.test(analysed.text) && amountKind)) &&
    !RATE_ASKED.test(analysed.text);
  // 补助比例多少 分几次拨: the amount asked beside the payment — its sentence too, when the two stand side by side.
  const amountMarks =
    analysed.kinds.has(payment) && amountKind && amountAsked(analysed.text)
      ? index.vocab.kinds.get(amount)?.marks
      : undefined;
  return ranked.map((r) => {
    const text = fullText(r.doc.id) ?? r.doc.text;
    // A section is quoted whole, but answers with its own lead (1.1 quoting 1.1.2's sentence would say it twice, under
    // the wrong number, when 1.1.2 is quoted too).
    // (A section whose lead is its heading alone, 支持条件。, answers from its clauses as before.)
    const clause = clauseById(r.doc.id);
    const lead = clause && clause.childIds.length > 0 ? clause.text : undefined;
    const own = lead && sentencesOf(lead).some((x) => !TITLE_ONLY.test(x.text)) ? lead : text;
    const paid = answeringSentence(own, words, marks, index.segmenter, threshold, counted, {
      paymentBias,
      whole,
      most,
    });
    // (The amount's sentence: one that sets an amount and says nothing of the payment.)
    const howMuch =
      amountMarks &&
      sentencesOf(own).find(
        (x) =>
          !TITLE_ONLY.test(x.text) && amountMarks.some((m) => m.test(x.text)) && !marks.some((m) => m.test(x.text)),
      )?.text;
    return {
      clause: r.doc.id,
      text,
      sentence:
        howMuch && howMuch !== paid
          ? (adjacentSpan(text, howMuch, paid) ?? paid)
          : counted.some((c) => c.test(paid))
            ? paid
            : (otherTier(own, paid) ?? paid),
      score: Math.round(r.score * 1000) / 1000,
    };
  });
}

// 一共支持几个 / how many in total: the whole asked, not one part of it.
const WHOLE_ASKED = /一共|总共|合计|总计|共[几多]|\bin total\b|\baltogether\b|\boverall\b/iu;

/** A phase of the payment named: 前期, 首期, 第一笔, 验收后, 剩下的. */
const PHASE_NAMED =
  /前期|开始|首期|首次|第一笔|第一次|验收后|验收完|验收以后|剩下|剩余|后期|二期|尾款|\b(?:first|second|remaining|final) (?:payment|instal|tranche|half)|\bafter (?:the )?acceptance\b/iu;

/** A rate or a share asked: 利率, 比例, 百分之几, 几个点, percentage. */
const RATE_ASKED = /利率|比例|百分之|100分之|几个点|几成|%|\b(?:rate|percent|percentage|share)\b/iu;

// 最多能拿多少 / what is the cap: the most asked.
const MOST_ASKED = /最多|最高|上限|封顶|顶格|\bcap(?:ped)?\b|\bmaximum\b|\bat most\b|\bmax\b/iu;

// The amount asked in so many words (5G项目补助怎么拨付 asks the payment only, 补助 naming the money paid).
const HOW_MUCH = /多少|几成|标准|上限|最高|\bhow much\b|\brate\b|\bpercent|\bcap\b|\bmaximum\b/iu;

// (5G项目首次拨付比例是多少: the share of a payment asked, not the subsidy's amount.)
const PAYMENT_SHARE = /首次|首期|第一笔|第一次|二期|剩下|剩余|\bfirst (?:payment|instal)/iu;
const AMOUNT_NAMED = /补助(?:比例|标准|多少|金额)|补多少|最高|上限|\bhow much\b.{0,30}\b(?:subsid|grant)/iu;
const amountAsked = (text: string): boolean =>
  HOW_MUCH.test(text) && (!PAYMENT_SHARE.test(text) || AMOUNT_NAMED.test(text));

/**
 * 总投入不低于 8000 万元；项目建设周期为 2 年以内（含）的，总投入不低于 5000 万元 (5.1.1.2): a floor the next or the
 * previous sentence sets again for another case, on the same measure, is said with it — one tier alone misstates the
 * floor (play-test 53 quoted 8000万 for a two-year project). (A question naming the case — 两年期 — keeps its tier alone.)
 */
function otherTier(text: string, sentence: string): string | undefined {
  const measure = /(\p{Script=Han}{2})(?:不低于|不少于)/u.exec(sentence)?.[1];
  if (measure === undefined) return undefined;
  const all = sentencesOf(text).map((x) => x.text);
  const at = all.indexOf(sentence);
  if (at < 0) return undefined;
  const sets = (x: string | undefined) => x !== undefined && new RegExp(`${measure}(?:不低于|不少于)`, 'u').test(x);
  if (sets(all[at + 1])) return adjacentSpan(text, sentence, all[at + 1] as string);
  if (sets(all[at - 1])) return adjacentSpan(text, all[at - 1] as string, sentence);
  return undefined;
}

/** Two sentences of a clause said one right after the other (whitespace between at most), as one span of it. */
function adjacentSpan(text: string, a: string, b: string): string | undefined {
  const at = text.indexOf(a);
  const bt = text.indexOf(b);
  if (at < 0 || bt < 0) return undefined;
  const [first, second, secondAt] = at < bt ? [a, b, bt] : [b, a, at];
  const firstAt = Math.min(at, bt);
  if (text.slice(firstAt + first.length, secondAt).trim() !== '') return undefined;
  return text.slice(firstAt, secondAt + second.length);
}

/**
 * The dialog program's clause for the aspect a question asks (补助标准 for 最多能拿多少, 拨付 for 怎么拨付), best
 * ranked first; undefined when the question asks no aspect the guide sets program by program.
 */
function aspectAnswer(
  index: SearchIndex,
  q: AnalysedQuestion,
  ranked: readonly RankedDoc[],
  program: ProgramId,
  plainlyAsked = false,
): RankedDoc | undefined {
  const ids = new Set(
    [...q.kinds].flatMap((k) => {
      // (绩效目标表要用哪个附件: the forms are an aspect too, the program's own.)
      const spec = index.vocab.kinds.get(k);
      if (!spec?.sections && !spec?.attachments) return [];
      const found = clausesFor(index.structure, program, k as QuestionKind);
      return found ? [...found.leaves, ...(found.section ? [found.section] : [])] : [];
    }),
  );
  // 我们食堂一顿饭多少钱 asks an amount too: some of the question's other words must be the program's.
  const onTopic =
    ranked.some((r) => r.doc.programs.includes(program) && r.coverage > 0) || foreignWords(index, q).length === 0;
  if (!onTopic && !plainlyAsked) return undefined;
  // (能拿多少钱, in a dialog: no word of it matched, but the aspect asked plainly names its clause.)
  const found = ranked.find((r) => ids.has(r.doc.id));
  if (found || !plainlyAsked) return found;
  const doc = index.docs.find((d) => ids.has(d.id));
  return doc ? { doc, score: 0, lexical: 0, steer: 0, coverage: 0 } : undefined;
}

/**
 * A question that joins two programs or two aspects ("技改贴息和数据产品化的补助上限",
 * "信创实验室的补助标准和支持数量") gets the best clause of each pair first, best first;
 * the rest of the ranking follows.
 */
function jointAnswers(index: SearchIndex, q: AnalysedQuestion, ranked: readonly RankedDoc[]): RankedDoc[] {
  if (!q.joined) return [...ranked];
  const picks: RankedDoc[] = [];
  for (const p of q.programs) {
    for (const kind of q.kinds) {
      const found = clausesFor(index.structure, p, kind as QuestionKind);
      if (!found) continue;
      const answers = new Set(found.section ? [...found.leaves, found.section] : found.leaves);
      const pick = ranked.find((r) => answers.has(r.doc.id));
      if (pick && !picks.includes(pick)) picks.push(pick);
    }
  }
  if (picks.length < 2) return [...ranked];
  picks.sort((a, b) => b.score - a.score);
  // Each pick stands as an answer in its own right, however far below the best it ranked.
  const top = picks[0]?.score ?? 0;
  const lifted = picks.map((r) => ({ ...r, score: Math.max(r.score, top - KEEP_WITHIN / 2) }));
  return [...lifted, ...ranked.filter((r) => !picks.includes(r))];
}

/** The question's words with their weight, to find the answering sentence of a clause. */
function sentenceWords(index: SearchIndex, q: AnalysedQuestion): Map<string, number> {
  const naming = new Set(index.segmenter.words(q.programWords.join(' ')));
  const out = new Map<string, number>();
  for (const w of index.segmenter.words(q.searchText)) out.set(w, naming.has(w) ? 0.5 : 1);
  for (const w of index.segmenter.words(q.detailText)) out.set(w, 2);
  // The asker's own figures (1,000万) name no sentence: "1" is inside every 10% and 2000万.
  for (const w of out.keys()) if (/^[\d.,，]+\s*(万|亿|元|%|万元)?$/u.test(w)) out.delete(w);
  return out;
}

const QUESTION_END = /[?？]\s*$/u;
const OTHER_SCRIPT =
  /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Thai}]/u;
const ZH_QUESTION_WORDS =
  /吗|呢|么|怎么|怎样|如何|多少|哪|什么|是否|能否|能不能|可不可以|可以.*吗|要不要|有没有|是不是|几个|几年|几期|几家|谁|为何|为什么/u;
const EN_QUESTION_START =
  /^(what|how|who|whom|which|when|where|why|can|could|does|do|did|is|are|should|must|may|will|would)\b/iu;

/**
 * Whether a message reads as a question rather than an answer to the pending slot, so the
 * dialog can answer it and then resume. Slot answers ("3500万", "2021年9月", "是", "没有",
 * "不知道") are not questions; "贷款必须是省内银行的吗" and "How much is the cap?" are.
 */
export function looksLikeQuestion(text: string): boolean {
  const t = text.normalize('NFKC').trim();
  if (t === '') return false;
  if (QUESTION_END.test(t)) return true;
  // Text in another language is read as a question, so the Q&A can say it answers Chinese and English only.
  if (OTHER_SCRIPT.test(t) && t.length >= 4) return true;
  if (EN_QUESTION_START.test(t) && /\s/u.test(t)) return true;
  // Short replies like "多少" or "什么" to a question are answers or confusion, not policy questions.
  return t.length >= 4 && ZH_QUESTION_WORDS.test(t);
}

/** The programs a text names by their names, short forms, misspellings or English glosses (none: empty). */
export function programsNamed(text: string): ProgramId[] {
  const r = readQuestion(text);
  return r.ok ? [...r.analysed.programs] : [];
}
