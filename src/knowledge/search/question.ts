/**
 * Reads a question: cleans hostile input, tells English from Chinese, adds the guide's words
 * for aliases and English glosses, and finds the kinds of answer and the programs it asks
 * about. Pure: no clock, no I/O.
 */

import type { ProgramId } from '../program-catalogue.ts';
import { escapeRegExp } from '../text.ts';
import { englishForm } from './normalise.ts';
import type { QuestionKind, Vocabulary } from './vocabulary.ts';

/** Why a question was refused. */
export type RefusalCode = 'empty' | 'too_long' | 'no_words' | 'not_text';

/** The longest question read, in characters after cleaning (an English e-mail with its greeting and figures runs to 600); longer ones are refused. */
export const MAX_QUESTION_CHARS = 1200;
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
  /** The question's words other than those naming its programs and aspects: the detail it asks about. */
  readonly detailText: string;
  /** English only: the share of its content words no gloss read (0 for Chinese). */
  readonly unread: number;
  /** English only: those words (for `explain` and for tuning the glossary). */
  readonly unreadWords: readonly string[];
  /** The question joins two programs or aspects ("…和…", "分别", "and"): each gets its clause. */
  readonly joined: boolean;
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
  // A plain substring test first: most phrases are not in the text, and their expression is then never built.
  return lower.includes(phrase) && phraseRegExp(phrase).test.test(lower);
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
  return glossWithRest(lower, vocab).words;
}

/** The glossed words, and what is left of the text that no gloss read. */
function glossWithRest(lower: string, vocab: Vocabulary): { words: string[]; rest: string } {
  const words: string[] = [];
  let rest = lower;
  for (const phrase of sortedByLength(vocab.glossary)) {
    if (!hasPhrase(rest, phrase)) continue;
    words.push(...(vocab.glossary.get(phrase) ?? []));
    rest = rest.replace(phraseRegExp(phrase).erase, '$1 ');
  }
  return { words, rest };
}

/**
 * An English question's content words (not stopwords, not question words) that no gloss read, and their share:
 * "What is the capital of Jiangsu?" reads Jiangsu but not capital (0.5).
 */
function unreadWords(lower: string, vocab: Vocabulary, cues: readonly string[]): { share: number; words: string[] } {
  const content = (text: string) =>
    (without(text, cues).match(/[a-z][a-z&'-]+/gu) ?? []).filter(
      (w) => !vocab.stopwords.has(w) && !vocab.otherLanguages.englishWords.has(w),
    );
  const all = content(lower);
  if (all.length === 0) return { share: 0, words: [] };
  const words = content(glossWithRest(lower, vocab).rest);
  return { share: words.length / all.length, words };
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
function findPrograms(
  text: string,
  vocab: Vocabulary,
): { ids: Set<ProgramId>; words: string[]; exact: Set<ProgramId> } {
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
  // A cue overlapping a longer cue of another program (or one as long that starts before it) is
  // part of that name ("平台" in "工业互联网平台", "平台项目" in "公服平台项目").
  const longer = (o: (typeof hits)[number], h: (typeof hits)[number]) =>
    o.end - o.start > h.end - h.start || (o.end - o.start === h.end - h.start && o.start < h.start);
  // A name heading several programs written right after another program's own name is the end of that name (平台项目
  // in 智慧养老平台项目: the info-consumption platform, not the two programs 平台项目 heads).
  const endsAName = (h: (typeof hits)[number]) =>
    vocab.groupCues.has(h.cue) &&
    hits.some(
      (o) => o.end === h.start && !vocab.groupCues.has(o.cue) && !hits.some((g) => g.cue === h.cue && g.id === o.id),
    );
  const kept = hits.filter(
    (h) => !endsAName(h) && !hits.some((o) => o.id !== h.id && o.start < h.end && h.start < o.end && longer(o, h)),
  );
  // A name heading several programs (信息技术应用创新) yields to one of them named more exactly
  // (信创先导区); a group named beside a program of another group (技改贴息和智改数转标杆示范) stays.
  const exact = kept.filter((h) => !vocab.groupCues.has(h.cue));
  const exactIds = new Set(exact.map((h) => h.id));
  const groupOf = (cue: string) => hits.filter((o) => o.cue === cue).map((o) => o.id);
  const grouped = kept.filter((h) => !vocab.groupCues.has(h.cue) || !groupOf(h.cue).some((id) => exactIds.has(id)));
  // A general cue (奖励 in "小巨人 奖励 多少") names its program only when nothing else is named.
  // (攻关和并购 单个项目封顶分别是多少: a general cue listed beside another program's name is named as a program too.)
  const listedBeside = (h: (typeof hits)[number]) =>
    grouped.some(
      (o) =>
        o.id !== h.id &&
        !vocab.weakCues.has(o.cue) &&
        /^\s*(?:和|与|跟|及|以及|、|还有)\s*$/u.test(
          o.start >= h.end ? lower.slice(h.end, o.start) : lower.slice(o.end, h.start),
        ) &&
        // (Two names listed, then the question: 创新中心和实验室设备 is one thing's equipment, not two programs.)
        /^(?:[\s，,。？?]|项目|的|都|分别|各|$)/u.test(lower.slice(Math.max(h.end, o.end))),
    );
  const strong = new Set(grouped.filter((h) => !vocab.weakCues.has(h.cue) || listedBeside(h)).map((h) => h.id));
  const chosen = strong.size > 0 ? grouped.filter((h) => strong.has(h.id)) : grouped;
  return {
    ids: new Set(chosen.map((h) => h.id)),
    // A general cue that named nothing is read as any other word (奖励 asks the amount).
    words: [...new Set(hits.filter((h) => !vocab.weakCues.has(h.cue) || chosen.includes(h)).map((h) => h.cue))],
    exact: new Set(exact.filter((h) => strong.size === 0 || strong.has(h.id)).map((h) => h.id)),
  };
}

/** Where `word` starts in `text`, each time. */
function occurrences(text: string, word: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) at.push(i);
  return at;
}

/** The aspects a question asks about, and the cue words that said so (to tell them from its detail). */
function findKinds(
  text: string,
  english: boolean,
  vocab: Vocabulary,
  glossed = '',
): { kinds: Set<QuestionKind>; cues: string[] } {
  // (Who can apply the subsidy for organizing the expo: the subsidy applied for, not how much it is.)
  // (Only asked of who applies: can we apply the subsidy for equipment bought in 2022 still asks what it covers.)
  const lower = english
    ? /\bwho\b/u.test(text.toLowerCase())
      ? englishForm(text).replace(/\bapply\s+(?:for\s+)?(?:the\s+)?subsid(?:y|ies)\s+for\b/gu, 'apply for')
      : englishForm(text)
    : text.toLowerCase();
  // An English question's Chinese words ("xinchuang pilot zone 谁能申报") are read as Chinese.
  const han = english ? (text.match(/[\p{Script=Han}0-9]+/gu) ?? []).join(' ') : '';
  const kinds = new Set<QuestionKind>();
  const cues: string[] = [];
  // Naming an indicator that only the forms use ("订单及时交付率") is asking about a form.
  if (vocab.formOnlyIndicators.some((name) => text.includes(name) || glossed.includes(name))) kinds.add('form');
  // 补几个点 asks a rate: a cue inside a longer cue of another aspect (几个 in 几个点) is that cue's word, not its own.
  const longer = english
    ? []
    : [...vocab.kinds.values()].flatMap((spec) => spec.zh.filter((cue) => lower.includes(cue)));
  const inLonger = (cue: string, own: readonly string[]) =>
    longer.some((l) => l.length > cue.length && l.includes(cue) && !own.includes(l)) &&
    occurrences(lower, cue).every((at) =>
      longer.some(
        (l) =>
          l.length > cue.length &&
          !own.includes(l) &&
          occurrences(lower, l).some((from) => from <= at && at + cue.length <= from + l.length),
      ),
    );
  for (const [kind, spec] of vocab.kinds) {
    const said = english
      ? [...spec.en.filter((cue) => hasPhrase(lower, cue)), ...spec.zh.filter((cue) => han.includes(cue))]
      : spec.zh.filter((cue) => lower.includes(cue) && !inLonger(cue, spec.zh));
    if (said.length > 0 || spec.patterns.some((p) => p.test(text))) kinds.add(kind);
    // A "when" cue (完工, 上线, 建成) also says which dated clause is meant: it stays in the detail.
    if (!spec.dates) cues.push(...said);
  }
  if (kinds.size === 0 && !english) {
    for (const [kind, spec] of vocab.kinds) {
      const said = (spec.fallback ?? []).filter((cue) => lower.includes(cue));
      if (said.length > 0) kinds.add(kind);
    }
  }
  return { kinds, cues };
}

function findNotInGuide(text: string, vocab: Vocabulary): string | null {
  const lower = text.toLowerCase();
  const has = (cue: string) => lower.includes(cue.toLowerCase());
  for (const [topic, spec] of vocab.notInGuide) {
    if (spec.unless.some(has)) continue;
    const cued = spec.cues.length > 0 && spec.cues.every((group) => group.some(has));
    if (cued || spec.patterns.some((p) => p.test(text))) return topic;
  }
  return null;
}

/**
 * Whether a question is in a language other than Chinese or English: a letter of another
 * script (kana, Hangul, Cyrillic …), or Latin words that are mostly another language's
 * function words ("¿Cuál es el plazo…", "hola como estas").
 */
/** A rate of the investment: 按投资额百分之多少, 按总投资的比例, a percentage of the investment. */
const RATE_OF_INVESTMENT =
  /按(?:项目)?总?(?:投资|投入)(?:额|总额)?的?(?:百分之|100分之|\d+(?:\.\d+)?\s*%|多少%|几成|比例|几个点)|\b(?:percent(?:age)?|share|proportion|%)\s+of\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:total\s+)?(?:project\s+)?(?:investment|capex|spending)\b/iu;

// 学校能报吗 / be (the) applicant / must be a company / apply as a university: the kind of body asked of who applies.
const APPLICANT_KIND_ASKED =
  /(?:学校|高校|大学|学院|协会|商会|园区|管委会|事业单位|民非|科研院所|研究院)[^，,。？?\s]{0,4}(?:能|可以|能不能|可不可以|也能|也可以)(?:报|申报|申请)|(?:工信局|县局|区局|市局|学校|高校|大学|学院|协会|管委会|事业单位)[^？?。]{0,4}(?:想|要|准备|打算)?(?:牵头)?(?:报|申报|申请)[^？?。]{0,12}(?:可以伐|可以吗|行不行|行吗|可不可以|行伐|好伐|能行吗)|\bbe (?:the |an? )?(?:lead )?applicant\b|\bmust (?:it )?be (?:an? )?(?:company|enterprise|firm|business)\b|\bapply as (?:an? |the )?(?:university|college|company|enterprise|park|association)\b|\bor (?:do )?only (?:factories|manufacturers|industrial (?:firms|companies|enterprises)|companies|enterprises|parks|universities)(?: can| may)?\b/iu;

export function isOtherLanguage(text: string, vocab: Vocabulary): boolean {
  const other = vocab.otherLanguages;
  if (other.script.test(text)) return true;
  // ¿Cuántos proyectos 5G se apoyarán?: the inverted marks are Spanish's alone.
  if (/[¿¡]/u.test(text)) return true;
  // A Chinese question with a few Latin words stays Chinese; a sentence in another language that names a program in
  // Chinese ("Quel est le plafond … (兼并重组) ?") is that language.
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (han > 0 && latin <= 2 * han) return false;
  const words =
    text
      .replace(/\p{Script=Han}+/gu, ' ')
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  const foreign = words.filter((w) => other.words.has(w));
  const english = words.filter((w) => other.englishWords.has(w)).length;
  // (Beside Chinese, three different function words at least: 'die casting die', 'Da Ming', pinyin 'de … da' are not.)
  if (han > 0 && new Set(foreign).size < 3) return false;
  return foreign.length >= other.minWords && foreign.length > english;
}

/**
 * Corrects common misspellings: the typo table (申抱 → 申报), a word split by 了/过 joined (贴过一部分息 → 贴息), then a program name typed with one
 * character wrong ("智能制造示范工场" → 智能制造示范工厂; names of five characters or more, so no
 * two names are one character apart), then a short name (three or four characters) typed with
 * one character that sounds the same, the pinyin keyboard's usual slip ("技改帖息" → 技改贴息,
 * "兼并重足" → 兼并重组; `lexicon/homophones.json`). A program name typed as its pinyin initials (zjtx) is written out first.
 */
export function correctSpelling(text: string, vocab: Vocabulary): string {
  // sjcph补几个点: a program name typed as its pinyin initials (a lower-case Latin word alone: XJR Motors, 我们公司叫LSH
  // are names).
  // (…nor a name said as one: 我们公司叫xjr科技, zdf品牌的设备, xjr motors.)
  let out = text.replace(
    /(?<![A-Za-z0-9]|叫|是)[a-z]{3,6}(?![A-Za-z0-9]|\s*(?:科技|公司|品牌|集团|牌|股份|电子|motors?|tech\w*|co\b|group|brand|company|ltd|inc))/gu,
    (w) => vocab.initials.get(w) ?? w,
  );
  for (const [typo, right] of vocab.typos) if (out.includes(typo)) out = out.split(typo).join(right);
  for (const { word, split } of vocab.separable) out = out.replace(split, word);
  for (const cue of vocab.longNames) out = nearMiss(out, cue, () => true);
  for (const cue of vocab.shortNames) {
    // A run the guide itself prints (实验室 beside the name 试验室) is a word, not a slip.
    out = nearMiss(
      out,
      cue,
      (typed, meant, run) => (vocab.homophones.get(meant)?.includes(typed) ?? false) && !vocab.guideText.includes(run),
    );
  }
  return out;
}

/** `text` with the first run of Han characters that is `cue` but for one character `accept`s, made `cue`. */
function nearMiss(text: string, cue: string, accept: (typed: string, meant: string, run: string) => boolean): string {
  if (text.includes(cue)) return text;
  for (let at = 0; at + cue.length <= text.length; at++) {
    let diff = 0;
    let where = 0;
    for (let i = 0; i < cue.length && diff < 2; i++) {
      if (text[at + i] !== cue[i]) {
        diff++;
        where = i;
      }
    }
    if (
      diff === 1 &&
      /^\p{Script=Han}+$/u.test(text.slice(at, at + cue.length)) &&
      accept(text[at + where] ?? '', cue[where] ?? '', text.slice(at, at + cue.length))
    )
      return text.slice(0, at) + cue + text.slice(at + cue.length);
  }
  return text;
}

/** Removes every occurrence of the given words (longest first). */
function without(text: string, remove: readonly string[]): string {
  let out = text;
  for (const w of [...remove].sort(byLengthDesc)) if (w) out = out.split(w).join(' ');
  return out;
}

// Two programs or two aspects are asked for together only where the question joins them.
const JOINED = /和|与|及|、|分别|以及|\band\b|\bboth\b/iu;

// "X算不算…": whether something belongs to a direction the guide lists.
const CLASSIFY_ZH = /^(.{2,20}?)(?:算不算|属不属于|能不能算|算不算是|是否属于|能算)/u;
// The general words of such an object (项目, 平台, 这种 …), which name nothing of its own.
// (问下…这块也, 人次是不是不能算: the asking around the object names nothing either.)
const GENERIC_ZH =
  /项目|平台|企业|公司|我们|这种|这个|这类|一家|做|搞|的|型|类|产品|系统|技术|建设|改造|应用|场景|请问|问一下|问下|想问|这块|那块|这部分|这一块|也|用|都|还|是不是不?|是否|能不能|可不可以|不能|可以/gu;

/**
 * Whether a question asks if something the guide never names belongs to one of its directions (屋顶分布式光伏项目算不算
 * 节能降碳技改; does a rooftop solar PV installation count as energy saving?): the guide lists its directions and says
 * nothing of the rest, so the question is declined rather than answered with the list: half or more of the object's
 * characters (its general words aside) are in no run of the guide's text of two characters or more.
 */
function unlistedField(said: string, english: boolean, vocab: Vocabulary): boolean {
  // (English: words the glossary does not read are too often plain paraphrase to decline on them.)
  if (english) return false;
  // (我是问 网络费用算不算…: the asking words before the thing asked are not what is classified.)
  const text = said.replace(
    /^\s*(?:我(?:就|只)?是(?:想)?问|我(?:想|要)?问(?:的是|一下|下)?|请问|想问(?:一下|下)?|问一下)\s*/u,
    '',
  );
  const classified = CLASSIFY_ZH.exec(text);
  const object = classified?.[1];
  if (!classified || !object) return false;
  // 股票换的那部分算不算补助基数 / 研发人员工资能算进研发投入吗: whether something counts in a sum the guide measures
  // (its base, an investment, a cost), not whether a project is among its directions.
  const asked = text.slice(classified.index + classified[0].length);
  // (屋顶光伏算不算绿色化改造的投资方向 / …算不算节能降碳技改，投资2500万: still a direction.)
  if (/基数|投入|投资|出资|费用|支出|收入|营收|总额|金额/u.test(asked) && !/方向|改造|技改|项目|范围|领域/u.test(asked))
    return false;
  // (今年1月份又买了一批设备 发票能算进去吗: counted into a sum, not placed among the directions.)
  // (请咨询公司做规划的钱 能算进标杆项目总投资吗: into a named sum.)
  if (/^(?:进去|在内)/u.test(asked) || /^(?:进|入|到)[^，,。？?]*(?:总投资|投入|费用|基数|总额)/u.test(asked))
    return false;
  // (平台投入里员工奖金 房子装修能算吗: the sum is named before the things asked of it.)
  if (/(?:基数|投入|投资|费用|支出|收入|总额)(?:里面?|中|当中)/u.test(object)) return false;
  // 并购补助按啥算 换股那部分算不算: the thing classified follows a question already asked (按啥算) — a detail of that
  // question, not a project to be placed in the guide's directions.
  const before = object
    .split(/[\s，,。；;]+/u)
    .slice(0, -1)
    .join(' ');
  if (before !== '' && /啥|什么|多少|怎么|如何|哪|吗|几/u.test(before)) return false;
  // 废旧动力电池回收: most of it is the guide's own words (回收 beside its 再生利用); 屋顶分布式光伏: none is.
  let covered = 0;
  let total = 0;
  for (const run of object.replace(GENERIC_ZH, ' ').match(/\p{Script=Han}{2,}/gu) ?? []) {
    total += run.length;
    for (let i = 0; i < run.length; ) {
      let taken = 0;
      for (let len = run.length - i; len >= 2; len--) {
        const piece = run.slice(i, i + len);
        if (vocab.guideText.includes(piece) || vocab.aliases.has(piece)) {
          taken = len;
          break;
        }
      }
      covered += taken;
      i += Math.max(taken, 1);
    }
  }
  // The guide's own Latin words (IGBT, MCU) count as its words.
  for (const word of object.match(/[A-Za-z][A-Za-z0-9]+/gu) ?? []) {
    total += 2;
    if (vocab.guideLatin.has(word) || vocab.guideLatin.has(word.toUpperCase())) covered += 2;
  }
  return total >= 2 && covered * 2 <= total;
}

/** Reads a cleaned, normalised question against the vocabulary. */
// 必须是规上 / 一定要规上: the size asked as a requirement of who applies.
const SIZE_REQUIRED = /(必须|一定要|一定得|需要|要求|得|须)是?(规上|规模以上|上规)/u;

// 要省级以上的园区才能报 / 必须是开发区才能申请: the kind of body required of who applies.
const PARK_REQUIRED =
  /(?:要|必须|一定要|得|须|需要|只有)是?[^，,。\s]{0,8}(?:园区|开发区|高新区|经开区|产业园|软件园)(?:才能|才可以|才可)(?:报|申报|申请)/u;

export function analyseQuestion(asked: string, vocab: Vocabulary): AnalysedQuestion {
  const text = correctSpelling(asked, vocab);
  const english = isEnglish(text);
  const lower = english ? englishForm(text) : text.toLowerCase();
  const glossed = english ? glossEnglish(lower, vocab) : [];
  // Chinese words inside an English question ("the 信创 pilot zone") are kept as they are, and
  // English words inside a Chinese one ("SME platform 补助上限") are glossed.
  const han = english
    ? [
        ...(text.match(/[\p{Script=Han}0-9+]+/gu) ?? []),
        // The guide's own Latin words ("IGBT", "LPR") are its words too.
        ...(text.match(/[0-9]*[A-Za-z][A-Za-z0-9]*/gu) ?? []).filter((w) => vocab.guideLatin.has(w)),
      ]
    : [];
  const latin = english ? [] : glossEnglish(englishForm((text.match(/[a-z][a-z0-9 &'-]*/giu) ?? []).join(' ')), vocab);
  const base = english ? [...glossed, ...han].join(' ') : [text, ...latin].join(' ');
  const expansions = expandAliases(base, vocab);
  const named = findPrograms(`${base} ${expansions.join(' ')}`, vocab);
  // Fallback cues are read in the question less the program's name ("设备补助" names tech-loan).
  const { kinds, cues } = findKinds(english ? text : without(text, named.words), english, vocab, base);
  // "Who may apply" and "what conditions" are asked more exactly than "can X apply".
  if (kinds.has('subject') || kinds.has('condition')) kinds.delete('eligibility');
  // 还没上规 / below designated size: whether such a firm may apply is who applies (申报主体: 规模以上工业企业), not the
  // project's conditions, whatever figures come with it.
  if (
    kinds.has('subject') &&
    (cues.some((c) =>
      /上规|规上|规下|规模以上|below (designated|the size|the statistical)|above(?: designated|[- ]scale)/u.test(c),
    ) ||
      // 申报单位必须是规上吗 / does the applicant need to be above-scale: the size asked of who applies.
      ((SIZE_REQUIRED.test(text) ||
        /\b(need|needs|must|have|has) to be (an? )?above[- ](scale|size|designated)/iu.test(text)) &&
        // (需要是规模以上企业吗，投资要多少 / 一定要规上，还要什么条件: a condition asked too keeps its reading.)
        !/还要|还需|条件|投资|投入|多少|要求|门槛|requirements?|conditions?|how much|investment/iu.test(
          text.replace(new RegExp(SIZE_REQUIRED.source, 'gu'), ''),
        )))
  )
    kinds.delete('condition');
  // 平台项目补助 是不是也按投资额百分之多少算的: a rate of the investment asked is how the subsidy is worked out (补助标准),
  // not the investment's threshold.
  if (kinds.has('amount') && RATE_OF_INVESTMENT.test(text)) kinds.delete('condition');
  // can the university be applicant or must be company? / 学校能报吗: which kind of body applies is who applies, not a
  // condition.
  if (APPLICANT_KIND_ASKED.test(text)) {
    kinds.add('subject');
    kinds.delete('condition');
    kinds.delete('eligibility');
  }
  // 先导区是不是要省级以上的园区才能报: what kind of body may apply is who applies (申报主体), not a condition.
  if (!english && PARK_REQUIRED.test(text)) {
    kinds.add('subject');
    kinds.delete('condition');
  }
  // 总投资里土建算不算进去: what a measure counts (1.2.3's 不含土建…) is its definition, not a condition's threshold.
  if (
    !english &&
    /算不算|算进|算在|计入|计不计|包不包括|包括吗|包含吗|含不含|能不能算|可以算吗/u.test(text) &&
    /土建|厂房|税|铺底|流动资金|软件|设备|装修|租金|人工|工资|咨询|设计费/u.test(text)
  )
    kinds.delete('condition');
  // what's the min total spending in the 2 yr construction period: a period the figure is asked within is no time asked.
  if (
    english &&
    kinds.has('date') &&
    kinds.size > 1 &&
    /\b(?:in|during|within|over)\s+(?:the|our|its|a)\s+(?:[\w-]+\s+){0,3}period\b/iu.test(text) &&
    !/\bwhen\b|how long|deadline|finish|complet|timeline|time ?frame|go live|duration|how many years|by what date/iu.test(
      text,
    )
  )
    kinds.delete('date');
  // "how many iiot security projects max": the max is of the count, not of the money.
  // 最多支持几个 likewise: the most of a count (几个/多少家), not of money.
  const countMax =
    (english && /\bhow many\b/u.test(text)) ||
    (!english && /(最多|最高)(支持|评|选)?(几|多少)(个|家|项|名)[？?吗]*$/u.test(text.trim()));
  // "max duration?", 最长几年: the most of a time, not of money.
  const timeMax =
    (english &&
      /\bmax(imum)?\.?\s+(duration|period|length|term|time|timeframe|implementation|years?)\b|\b(?:period|duration|term|timeframe)\s+max(?:imum)?\b/u.test(
        text,
      )) ||
    (!english && /(最多|最长|最高)(能|可以)?(几|多少)?(年|个月|久)/u.test(text));
  if (timeMax && !/how much|subsid|grant|money|%|percent|rmb|yuan|补多少|多少钱|万/iu.test(text))
    kinds.delete('amount');
  if (kinds.has('quota') && countMax && !/how much|subsid|grant|money|%|percent|多少钱|补多少|给多少钱|万/iu.test(text))
    kinds.delete('amount');
  // Topic cues (节水) found the program but are what the question asks about: they stay content words.
  const naming = named.words.filter((w) => !vocab.topicCues.has(w));
  const programWords = [...naming, ...expandAliases(naming.join(' '), vocab)];
  // The detail: what is left once the program's name and the aspect's cue words are taken out.
  const detailSource = english ? [...glossEnglish(without(lower, cues), vocab), ...han].join(' ') : without(text, cues);
  // Short forms of the named programs' names ("信创" for 信息技术应用创新) name, not detail.
  const names = new Set(programWords);
  const shortForms = [...vocab.aliases].filter(([, to]) => to.some((w) => names.has(w))).map(([from]) => from);
  const detailBase = without(detailSource, [...naming, ...shortForms]);
  const detailFull = `${detailBase} ${without(expandAliases(detailBase, vocab).join(' '), programWords)}`.trim();
  // (is the subsidy a percentage of our investment?: the investment is the rate's basis, no detail of a clause.)
  const detailText =
    kinds.has('amount') && RATE_OF_INVESTMENT.test(text)
      ? without(detailFull, ['总投资', '总投入', '投资额', '投入', '投资'])
      : detailFull;
  const unread = english ? unreadWords(lower, vocab, cues) : { share: 0, words: [] };
  const reread = rereader(english ? lower : text, vocab);
  return {
    text,
    english,
    searchText: reread(`${base} ${expansions.join(' ')}`.trim()),
    kinds,
    programs: named.ids,
    programWords,
    detailText: reread(detailText),
    joined: named.exact.size >= 2 || JOINED.test(text),
    unread: unread.share,
    unreadWords: unread.words,
    notInGuideTopic: isOtherLanguage(text, vocab)
      ? 'language'
      : (findNotInGuide(text, vocab) ?? (unlistedField(text, english, vocab) ? 'unlisted-field' : null)),
    aliasTargets: english ? [] : expansions.map(reread),
  };
}

/** The alias targets a part of the question reads otherwise (`Vocabulary.rereadings`), as a rewrite of the words. */
function rereader(text: string, vocab: Vocabulary): (words: string) => string {
  const parts = text.split(/[，,。；;！!？?\n]|\.(?!\d)/u);
  const apply = vocab.rereadings.filter((r) => parts.some((p) => r.within.test(p)));
  return (words) => apply.reduce((w, r) => w.replaceAll(r.from, r.to.join(' ')), words);
}
