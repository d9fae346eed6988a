/**
 * The understanding step (issue 14): before the pending question's parser sees a message, the message
 * is classified — a policy question, a correction of an earlier fact, or an answer — and read for every
 * fact it states. Only an answer fills the pending slot; facts stated beyond it are recorded too.
 *
 * Classify, then extract, then fill (Rasa's NLU pipeline feeding forms whose slots may be filled from
 * any message). When a reading is not sure, the slot stays open and the engine asks: a wrong value
 * recorded is worse than one more question.
 */

import { t } from '../../i18n.ts';
import { escapeRegExp } from '../../knowledge/text.ts';
import { FACT_BY_KEY, FACTS, type FactDef, type FactKey } from '../../rules/facts.ts';
import { factClauses } from '../../rules/index.ts';
import type { FactValue } from '../../rules/types.ts';
import { parseAmount, parseAmountReading } from '../parse/amount.ts';
import { anyOf, UNSURE_WORDS } from '../parse/hedges.ts';
import { type ChoiceOption, isSkip, normalize, type ParseErrorCode, parseAnswer, type Result } from '../parse/index.ts';
import { parseNumeral, roundTiny } from '../parse/numeral.ts';
import { countsOtherThing, namesOtherThing } from '../parse/quantity.ts';
import { clausesOf, parseYesNo, startOfWord } from '../parse/yesno.ts';
import { factLabel } from '../vocabulary.ts';
import {
  deniedNumber,
  deniesFigure,
  type Extraction,
  englishNumbers,
  factBlocked,
  figureMayBeAnother,
  LAST_YEAR_FACT,
  type Mention,
  masked,
  namedFacts,
  namesCountyBureau,
  OFFLINE_COUNTED,
  ONLINE_BOTH,
  ONLINE_EXCLUDED,
  ONLINE_INSIDE,
  PARENT,
  PARENT_SUBJECT,
  partlyTold,
  qualified,
  SUBSCRIBED_AND_PAID,
  saidForLastYear,
  saidForOtherYear,
  settledFigure,
  TAX_EXCLUDED,
  TOLD_AS_DONE,
  twoFiguresDiffer,
  UNDER_A_BODY,
  type Unbound,
  type UnclearReason,
  withoutDenied,
  YEAR_AHEAD,
  YEAR_NUMBER,
} from './extract.ts';
import { boundaries, lexicon, segment } from './lexicon.ts';

export {
  deniedNumber,
  type Extraction,
  extractFacts,
  figuresSaid,
  type Mention,
  namedFacts,
  saidForOtherYear,
  type Unbound,
  type Unclear,
  withoutDenied,
} from './extract.ts';
export { warmUpUnderstanding } from './lexicon.ts';

/** Whether a context word is a general one (总共, 花了, spent) that names no fact of its own. */
export function isGeneralCue(word: string | undefined): boolean {
  return word !== undefined && lexicon().weakCues.has(word);
}

/**
 * Whether a message is a policy question rather than an answer: it ends with a question mark or
 * 吗/么, opens with an English question word, or (four characters or more) holds a question word
 * (怎么, 多少, 哪些 …). Checked before the answer parsers so `5G项目补助怎么拨付` is never read as
 * 5万元 and `2021年的利息怎么算` never as 2021万元.
 */
export function isPolicyQuestion(text: string): boolean {
  const raw = text.normalize('NFKC').trim();
  if (raw === '') return false;
  if (/[?？]/u.test(raw)) return true;
  // 这个没影响吧 / 不影响吧: asked for a yes that it does not matter (the 吧 is dropped below).
  if (/(?:没|不)(?:影响|关系)吧[\s。.!！]*$/u.test(raw)) return true;
  // 好几家 is "several", 啥都没 "nothing at all": not questions.
  const s = normalize(raw)
    // 十几个, 几十家, 二十几人: a rough count, not 几 asking "how many".
    .replace(/[十百千万][几]|几[十百千万]/gu, '数')
    .replace(/好几/gu, '好')
    // 不知道叫啥项目: not knowing a name, said, not asked.
    .replace(/不(?:知道|清楚|晓得)(?:这个?|它|具体)?叫(?:啥|什么)(?:名字)?/gu, '不知名')
    // 具体哪天不知道，8月份 / 几号记不清了 (play-test 53): which day not known, said, not asked.
    .replace(
      /(?:具体)?(?:哪天|哪一天|几号|哪个月|几月份?)(?:是)?\s*(?:不知道|不清楚|不记得|记不清|忘了|说不准|不确定)/gu,
      '不知',
    )
    // 不对不对 / 不是不是: a no said twice, not 对不对 / 是不是 asked.
    .replace(/(不对|不是|没有)(?:[\s,，]*\1)+/gu, '$1')
    // 其他几个小股东, 这几年, 前几天: "a few", pointed at, not asked.
    .replace(/(?<=其他|其余|另外|这|那|前|后)几(?=[家个位台条项年天月])/gu, '些')
    // 十来个人 有几个是兼职的: "some of them are", said of oneself.
    .replace(/(?<=有)几(?=[个家位]是)/gu, '些')
    // 园区里有几家龙头骨干企业，也有可推广产品: "there are a few", said of oneself, with more said after it; a
    // question of the guide asks 支持几家 / 能报几个. A message that is only 有几个发明专利 stays unsure (asked).
    .replace(
      /(?<=(?:^|[，,。；;\s]|我们|园区|公司|区里|里面|这边|下面|手上)(?:还|也|都)?有)几(?=[家个位台条项](?!能|可|算|会|要|需|才|就)[^，,。；;]*[，,。；;]\s*\S)/gu,
      '些',
    )
    .replace(/啥(都|也)/gu, '$1')
    // 哪能不具备 / 怎么可能没有: a no asked back, rhetorically, says yes; it asks nothing of the guide.
    .replace(/^(?:哪能|哪会|哪里会|怎么会|怎么可能|咋会|咋可能|哪可能)(?=不|没)/u, '');
  const lex = lexicon();
  // 是一次给完还是分两次拨 / 一次性拨吗 还是分两次给: one thing or the other, asked (still, 还是5000, is no question).
  // (还是 as "still" — 现在还是在建中, 还是没弄完 — is no choice.)
  // (两年加起来还是每年都要1000: a figure may end the second choice once it opens with words.)
  if (
    /(?:吗[\s，,]*|是[^\s，,。；;\d]{1,12})还是(?!在|没|要|比较|很|有|不|那样|老样子)[^，,。；;\d]{2,}[^，,。；;]*$/u.test(
      s,
    )
  )
    return true;
  // 问几个政策问题 / 想咨询几个问题 / I have a few questions: saying questions will come asks nothing yet.
  const announced =
    /^(.{0,40}?[，,。；;\s])?(?:(?:想|我想|来|就)?(?:问|咨询|请教|了解)(?:一下|下)?几个[^，,。；;]{0,6}问题|有几个[^，,。；;]{0,6}问题(?:想问|要问|想请教|想咨询)?)[\s。.!！]*$/u.exec(
      s,
    );
  // (5G项目的补助怎么拨付 想问几个问题: what comes before may itself be the question.)
  if (announced && !(announced[1] && isPolicyQuestion(announced[1].replace(/[，,。；;\s]+$/u, '')))) return false;
  // 具体哪天记不清了: a question word in a statement of what one does not remember is no question.
  if (/记不清|记不太清|不记得|忘了|想不起/u.test(s)) return false;
  if (lex.questionEnds.some((w) => s.endsWith(w)) && s.length >= 3) return true;
  // 小巨人综合投入要审计报告不 (play-test 54): 要 / 需要, what is needed, then 不 ends a question — one clause, no
  // figure, no contrast (有的班收费有的不, 线上的要收费线下的不, 5000万，包括土建不 are answers).
  if (
    /^[^，,。；;\s\d]*(?:要|需要)[^，,。；;\s不\d]{1,20}不[\s。.!！]*$/u.test(s) &&
    !/(?:有的|有些|一些|有一|有时)[^，,。；;]*(?:有的|有些|一些)|的要[^，,。；;]*的不/u.test(s)
  )
    return true;
  // 含不含税 / 算不算 / 符合不符合: a verb said, then denied, asks which. (Not 不不不 or 不会不会, a no said again, nor
  // 不管含不含税, "whichever".)
  if (/(?<![不管论])(?!不)(\p{Script=Han}{1,2})不\1/u.test(s.replace(/(?:不管|无论|不论)[^，,。；;]*/gu, '')))
    return true;
  if (/^[a-z]/u.test(s)) {
    // (what's the max…: the question word with its 's.)
    const first = (s.split(/\s+/u)[0] ?? '').replace(/['’]s$/u, '');
    // (may 2023 / May 31: the month, no "may we".)
    if (first === 'may' && /^may\s+\d/u.test(s)) return false;
    // (should be done by end of 2023: the subject left out, a statement — "should we…" asks.)
    // (should finish by Q3 2023 — play-test 50 —: a verb of the project's own after it, no subject asked about.)
    if (
      /^(?:should|will|would|could|must)\s+(?:be|have|probably|likely|definitely|finish|complete|end|start|go live|launch)\b/u.test(
        s,
      )
    )
      return false;
    return s.includes(' ') && lex.questionWords.includes(first) && !/^(is|are|do|does)\s+(not|n't)\b/u.test(s);
  }
  return s.length >= 3 && lex.questionWords.some((w) => /\p{Script=Han}/u.test(w) && s.includes(w));
}

// A figure and nothing else before a correction marker: 4.5 million. no, 一百五十万 不.
const FIGURE_ALONE =
  /^\s*(it'?s|it is|is|约|大概|是|about)?\s*(rmb|cny|¥|￥)?\s*[\d.,零〇一二两三四五六七八九十百千]+\s*(million|mn|m|万|亿|元|%|percent|人|个|家)?\s*[-–—.,，。!！]?\s*(no|不|哦)?\s*$/u;

/** 行 按一个亿算，预算已经定了, after the verdict: the figure to go by from now on (of the one on record), or undefined. */
export function goByFigure(text: string): string | undefined {
  // (那按3000万算呢: a what-if, asked; normalize drops the 呢.)
  if (/[呢吗么?？]\s*$/u.test(text.trim())) return undefined;
  return GO_BY_FIGURE.exec(normalize(text))?.[1];
}

/**
 * A correction of something said before (`不对，是七百万`, `刚才投资说错了，应该是七百万`, `sorry, I meant
 * 7 million`): the text after the marker, or undefined when the message is not a correction.
 */
export function correctionBody(text: string): string | undefined {
  // 三千五 哦不对 三千八 刚看错行了 (tune-zx): a remark of the slip after the corrected figure is no second marker.
  const remark = /\s+(?:刚才?|刚刚|我)?(?:看错|写错|说错|打错|搞错|弄错|记错)(?:行|了|啦|哈)*[\s。.!！]*$/u;
  if (remark.test(text)) {
    const body = correctionBody(text.replace(remark, ''));
    if (body !== undefined && /\d|[一二两三四五六七八九十百千万亿]/u.test(body)) return body;
  }
  const s = normalize(text);
  // The last marker near the start: 不对 满意度刚才说错了 是93 → 是93 (the fact is named before it).
  let end = -1;
  let start = -1;
  for (const w of lexicon().corrections) {
    // still waiting for the EIA: an English marker is a whole word.
    const at = /^[a-z]/u.test(w) ? s.search(new RegExp(`\\b${escapeRegExp(w)}\\b`, 'u')) : s.indexOf(w);
    // Near the start, or after a figure alone (4.5 million. no wait, …): the figure said is being corrected.
    if (at >= 0 && (at <= 14 || FIGURE_ALONE.test(s.slice(0, at)))) {
      if (at + w.length > end) start = at;
      end = Math.max(end, at + w.length);
    }
  }
  // 总投资是两千三 不是两千五 刚才说错了: the marker last, what it takes back said before it.
  if (end >= 0 && /^[\s,，。.!！了啊吧呢哈]*$/u.test(s.slice(end)) && start > 0) {
    const before = s.slice(0, start).replace(/[\s,，。.!！]+$/u, '');
    // (单项冠军还在申请 别记上: what is not to be kept is said before the marker, figure or not.)
    if (/\d|[一二两三四五六七八九十百千万亿]/u.test(before) || /别记|不要记/u.test(s.slice(start, end))) return before;
  }
  if (end >= 0) {
    // 51，不对不对，是55: the marker said twice is one marker.
    let after = s.slice(end);
    for (let again = true; again; ) {
      const trimmed = after.replace(/^[\s,，。:：!！]+/u, '');
      const w = lexicon().corrections.find((c) => /\p{Script=Han}/u.test(c) && trimmed.startsWith(c));
      again = w !== undefined;
      after = w === undefined ? after : trimmed.slice(w.length);
    }
    const rest = after
      .replace(/^[\s,，。:：!！]+/u, '')
      .replace(/^(应该是|应该|其实是|实际是|是|应为|改为|改成|it'?s|it is|should be)\s*/u, '');
    return rest;
  }
  return undefined;
}

// 是418万不是400万 / 418, not 400: one figure said instead of another.
const INSTEAD =
  /[\d一二两三四五六七八九十百千]\s*(?:万|亿|元|%|家|人)?\s*[，,]?\s*(?:而)?不是\s*[\d一二两三四五六七八九十百千]|\d\s*(?:m|million|%)?\s*,?\s*not\s+\d/u;
export const EARLIER = /前面|刚才|刚刚|之前|上面|先前|我说|我填|earlier|before|previous|i said|i told|i gave/iu;

/**
 * An answer, then a correction of something said before (预算280万。对了前面每班人数我说得不对，有两个班只招到45个人):
 * the two parts, or undefined when the message is one thing. The correction starts a sentence (or a clause opened by
 * 对了 / 另外 / also) and holds its marker near its start.
 */
export function answerThenCorrection(text: string): { answer: string; correction: string } | undefined {
  const s = text.normalize('NFKC');
  // 最少的一期55人左右 另外刚才3天半的班我数错了 是8个: an answer, then 另外/对了 and a correction of something said
  // before (刚才, 前面), even unpunctuated.
  const aside = /\s+(?=(?:对了|另外|顺便)\s*(?:刚才|前面|之前|刚刚|上面))/u.exec(s);
  if (aside) {
    const answer = s.slice(0, aside.index).trim();
    const correction = s.slice(aside.index).trim();
    const rest = correction.replace(/^(对了|另外|顺便)\s*/u, '');
    if (answer !== '' && correctionBody(answer) === undefined && correctionBody(rest) !== undefined)
      return { answer, correction };
  }
  // 4.5 million. No wait, … 3.5 million: the whole message is the answer, taken back and given again.
  if (correctionBody(text) !== undefined) return undefined;
  for (const m of s.matchAll(
    /[。；;！!？?]|[，,]\s*(?=对了|另外|顺便|by the way|btw|also|oh and)|\.\s+(?=[A-Za-z])/gu,
  )) {
    const at = (m.index ?? 0) + m[0].length;
    const answer = s.slice(0, m.index).trim();
    const correction = s.slice(at).trim();
    if (answer === '' || correction === '' || correctionBody(answer) !== undefined) continue;
    // total was 1.35 million... no sorry, 13.5 million: the figure just said taken back at once — one answer, retyped.
    if (
      /[\d零〇一二两三四五六七八九十百千万亿]\s*(?:million|mn|m|万|亿|元)?\s*[.。…]*\s*$/iu.test(answer) &&
      /^(?:no,?\s*)?(?:sorry|no wait|wait|i mean|i meant|oops|不对|说错了)\b/iu.test(correction)
    )
      return undefined;
    // 7.1 million, not 5.1 / 是八百五，不是八百: the figure taken back is in the answer itself: one answer, corrected.
    const denied = deniedNumber(correction);
    if (denied && answer.includes(denied)) return undefined;
    const rest = correction.replace(
      /^(对了|另外|顺便说一下|顺便|哦|啊|by the way|btw|also|oh and|oh|ah|um|hmm)[\s,，]*/iu,
      '',
    );
    // 还有投入是418万不是400万: a figure said instead of another, with no marker, takes back an answer too.
    if (INSTEAD.test(normalize(rest)) && !INSTEAD.test(normalize(answer))) return { answer, correction };
    const body = correctionBody(rest);
    // It takes back something said before (前面…我说得不对, earlier I said …), not a slip inside this message.
    const earlier =
      lexicon().corrections.some((w) => normalize(rest).slice(0, 16).includes(w)) || EARLIER.test(rest.slice(0, 16));
    if (body !== undefined && body !== '' && earlier) return { answer, correction };
  }
  return undefined;
}

/**
 * A figure's thousands comma taken out, so that clauses are not cut inside it (1,500 a year, all in person had read 1).
 * Only one group alone: 800,900,1000 is a list of figures, left as it is.
 */
function withoutThousandsCommas(text: string): string {
  // (1,500, all in person: a comma after the group ends the figure; 800,900,1000 is a list.)
  return text.replace(/(?<![\d,])(\d{1,3}),(\d{3})(?!\d|,\d)/gu, '$1$2');
}

/** What a message says for the pending slot. */
export type SlotReading =
  | {
      readonly kind: 'value';
      readonly value: FactValue;
      readonly mention?: Mention;
    }
  /** The user does not know: leave it unknown and move on. */
  | { readonly kind: 'unknown' }
  /** Something for the slot, but not readable as one value: ask again, saying why. */
  | { readonly kind: 'unclear'; readonly code: ParseErrorCode }
  /** Nothing for this slot (the message was about other facts). */
  | { readonly kind: 'none' };

/** The slot's own words and options, from the dialog vocabulary. */
export interface SlotWords {
  readonly options: readonly ChoiceOption[];
  /** The question as asked, for answers that echo its words (方案和绩效目标都有). */
  readonly question?: string;
}

const SLOT_FIGURE: Readonly<Record<string, readonly Unbound['kind'][]>> = {
  amount: ['amount'],
  date: ['date'],
  percent: ['percent'],
  count: ['count'],
  number: ['years', 'amount'],
};

const UNCLEAR_CODE: Readonly<Record<UnclearReason, ParseErrorCode>> = {
  ambiguous: 'ambiguous',
  foreign_currency: 'foreign_currency',
  qualified: 'qualified',
  bound: 'bound',
  range: 'range',
};

// Hedges on the thing itself (好像是苏州农商行吧): unlike 应该是 / 算是, not sure enough to take the thing named.
const UNSURE = anyOf(UNSURE_WORDS, ['不确定', '不太清楚', 'not sure']);

// One of several parts told in turn: 一笔2000, 另一笔1500, 第二笔八百.
const PART =
  /(?:一笔|另一笔|还有一笔|第[一二三四1-4]笔)\s*(?:是|有|贷了)?\s*([\d零〇一二两三四五六七八九十百千万亿.]+(?:万|亿|万元)?)/gu;

// Words that name a kind of figure (税, 贷款, 利息, 发票, 收入): in a figure's context they say which fact it is.
const FIGURE_WORDS = /税|贷|利息|发票|营收|收入|产值/gu;
/** The context names a kind of figure the fact's own label does not (税的话去年交了 to an investment question). */
function otherFactWord(context: string, fact: FactKey): boolean {
  const own = lexicon()
    .amountCues.filter((c) => c.target === fact)
    .map((c) => c.word);
  return [...context.matchAll(FIGURE_WORDS)].some((m) => !own.some((w) => w.includes(m[0])));
}

/** The facts whose figure is a whole that parts are told of (the project's total, the filed total). */
const WHOLE_FACTS: ReadonlySet<FactKey> = new Set(['total_investment', 'filed_total_investment']);
// The parts of a project's investment a figure may be said of (its software, its equipment, its building works), and the
// words that say the whole.
const PART_GROUPS = [
  /软件|系统集成|信息化|MES|ERP|WMS|SCADA|\bsoftware\b/iu,
  /硬件|设备|机器|\b(?:hardware|equipment|machinery|machines)\b/iu,
  /土建|厂房|装修|\b(?:civil works|building works)\b/iu,
];
const WHOLE_WORD = /总|合计|一共|全部|整个|\b(?:total|overall|in all|altogether|whole|all in)\b/iu;
// A part said to be left out (不含土建, excluding the building), not the part the figure is of.
const LEFT_OUT =
  /(?:不含|不包括|除了|除去|扣除|扣掉|去掉|减去|刨去|剔除)[^，,。\d]{0,4}$|\b(?:excl\.?|excluding|without|not including)\s+$/iu;
// 机器换人项目 3000万 / MES系统上线的那个项目 / 我们是做MES软件的公司 / 设备更新改造项目，备案3200万: words before the
// figure naming the project, the speaker's trade or the filing — the part's word says what the project is, not a part.
// (…or what the whole is made of, or how it went: 主要是设备，3000万 / 设备都换了 / 装修已经弄完了 / 我们是做设备的 / 厂房是
// 租的.)
const PROJECT_WORD =
  /项目|那个|企业|公司|改造|整体|备案|换人|产线|生产线|上线|类|更新|主要|为主|大头|都换|全换|弄完|做完|完成|做[^，,。\d]{0,6}的|租|\b(?:project|company|firm|upgrade|replacement|retrofit|mostly|mainly|primarily|make|makes|produce|manufactur\w*|rented|leased)\b/iu;
// 土建不算，3000万 / civil works are excluded: a part said to be left out after its word.
const LEFT_OUT_AFTER = /^\s*(?:不算|除外|另算|没算|不计|不在内|\b(?:are|is)?\s*(?:excluded|not included)\b)/iu;
// 软件平台3000万: a part's word naming what the project itself is (a software platform), not a part of it.
const PART_OF_NAME = /^(?:平台|项目|系统|工程|公司|企业|园区?|厂|\s+(?:platform|project|company|firm))/iu;
// Where a message's first figure starts (450, 两千, 8m).
const FIRST_FIGURE = /\d|[两三四五六七八九十][一二两三四五六七八九十百千点]*(?:万|亿|千|百)/u;
/**
 * 软件MES+WMS那些 差不多450: the words before the message's first figure name one part of the whole asked, and the message
 * names no other part (设备两千加软件五百 is a sum) nor the whole; unless the fact's own words are the part's.
 */
function partNamed(plain: string, fact: FactKey): boolean {
  const named = (text: string) =>
    PART_GROUPS.filter((g) => {
      const m = new RegExp(g.source, 'giu');
      return [...text.matchAll(m)].some(
        (x) =>
          !LEFT_OUT.test(text.slice(0, x.index)) &&
          !PART_OF_NAME.test(text.slice(x.index + x[0].length)) &&
          !LEFT_OUT_AFTER.test(text.slice(x.index + x[0].length)),
      );
    });
  const first = FIRST_FIGURE.exec(plain)?.index ?? plain.length;
  const before = plain.slice(0, first);
  const [part, ...others] = named(before);
  if (part === undefined || others.length > 0 || named(plain).length > 1 || WHOLE_WORD.test(plain)) return false;
  if (PROJECT_WORD.test(before)) return false;
  // (设备2500加计量仪器300: parts summed after the first figure are the whole.)
  if (ADD_JOIN.test(plain.slice(first))) return false;
  return !lexicon()
    .amountCues.filter((c) => c.target === fact)
    .some((c) => part.test(c.word));
}

/** A context that is one clause naming another amount fact and nothing else (有固贷, / 贷款是,): that fact's figure. */
function namedAlone(context: string, fact: FactKey): boolean {
  const clause = /(?:^|[，,。；;])([^，,。；;]*)[，,]\s*$/u.exec(context)?.[1] ?? '';
  if (!/^(?:有|还有|另外|另有)?\p{Script=Han}{1,6}(?:是|有)?$/u.test(clause)) return false;
  const named = namedFacts(clause);
  return (
    named.length > 0 &&
    !named.includes(fact) &&
    named.every((f) => FACT_BY_KEY.get(f)?.type === 'amount') &&
    otherFactWord(clause, fact)
  );
}

const asMention = (fact: FactKey, u: Unbound, value: FactValue = u.value): Mention => ({
  fact,
  value,
  source: u.source,
  ...(u.approx ? { approx: true } : {}),
  ...(u.dayAssumed ? { dayAssumed: true } : {}),
});

/**
 * Another bare number in the message that no amount word names (云服务一百二 beside 软件五百); 实际投了5600 beside
 * 备案是5000 is named (投了), and the fact's own word chose between the two.
 */
function uncuedNumber(text: string, own: string, ofLastYear: boolean): boolean {
  const s = normalize(text);
  const at = s.indexOf(normalize(own));
  const rest = at >= 0 ? s.slice(0, at) + ' '.repeat(own.length) + s.slice(at + own.length) : s;
  const cues = lexicon().amountCues.map((c) => c.word);
  // Years, months, days and shares are not amounts (21年投了500).
  for (const m of rest.matchAll(
    // (利率3.85: the digits of a decimal are no number of their own.)
    /(?<![\d.零〇一二两三四五六七八九十百千])[\d零〇一二两三四五六七八九十百千]{2,}(?![\d.零〇一二两三四五六七八九十百千年月日号%个])/gu,
  )) {
    const before = rest.slice(0, m.index).replace(/[\s是有了约大概]+$/u, '');
    // 去年主营四千五 前年三千八: another year's figure of the same measure, not a second part of it.
    if (/(?:前年|大前年|(?:20)?(?:19|20)年)(?:的|是|为|有)?$/u.test(before)) continue;
    // 去年开的发票一千二 今年又开了八百, to a question about 2021: this year's figure is no part of 2021's.
    if (ofLastYear && /(?:今年|(?:20)?22年)[^，,。；;\s\d]{0,6}$/u.test(before)) continue;
    if (!cues.some((w) => before.endsWith(w))) return true;
  }
  return false;
}

// 差一点400 / 离400还差10万: a remark on how far a figure just said falls short of a threshold. (不到两千 / 刚过两千
// after a figure may refine it, so they stay.)
const THRESHOLD_REMARK =
  /^\s*(?:就|只|才|还)?(?:差(?:一点点?|点)(?:到|够|就)?|离\s*[\d一二两三四五六七八九十百千.]+\s*(?:万元?|个?亿)?(?:的?(?:线|门槛|标准|要求))?\s*还差)\s*[\d一二两三四五六七八九十百千.]+\s*(?:万元?|个?亿)?(?:的?(?:线|门槛|标准|要求|杠杠))?(?:了|啊|呀|吧|哈)?\s*$/u;

// 接近3000万 / 将近两百万: "nearly", said in the figure itself.
const BOUND_IN_FIGURE = /^(?:将近|接近|逼近)/u;
// about 4 %, maybe a bit under / 4%左右 可能略低: the figure said, then that it is a little less.
const A_BIT_UNDER =
  /\b(?:a bit|slightly|a little|a tad)\s+(?:under|below|less|lower)\b|略低|稍低|略少|稍微(?:少|低)(?:一)?点|还差一点点/u;
/**
 * 小两千 / 4%左右，可能略低: a "nearly" or "a little under" said of the figure the slot asks, in its unit — not 小两年 beside
 * an amount, 比前年多了小一百万, or a rate 比LPR略低 (a comparison, not a bound).
 */
function nearlyOfSlot(def: FactDef, plain: string, plainDigits: string): boolean {
  const small = SMALL_FIGURE.exec(plain);
  // (两千万，小一百万是软件: the 小 figure after another is a part of it, not the answer's bound.)
  if (
    small &&
    !/[\d一二两三四五六七八九十百千]/u.test(plain.slice(0, small.index).replace(/(?:19|20)?\d{2}年/gu, ''))
  ) {
    const at = small.index ?? 0;
    const unit = small[0].slice(-1);
    const next = plain.slice(at + small[0].length, at + small[0].length + 3);
    const fits =
      def.type === 'amount'
        ? unit !== '年' && !/^[^，,。；;\d]*?[人家名个年]/u.test(next.replace(/^[十百千万亿]+/u, ''))
        : def.type === 'count' || def.type === 'number'
          ? (unit === '年') === (def.unit === '年')
          : false;
    if (fits && !/(?:多了|少了|增加了?|减少了?|比[^，,。；;]{0,8})$/u.test(plain.slice(0, at))) return true;
  }
  const under = A_BIT_UNDER.exec(plainDigits);
  if (!under) return false;
  const clause =
    plainDigits
      .slice(0, under.index)
      .split(/[，,。；;]/u)
      .at(-1) ?? '';
  return !/比/u.test(clause) && !/^\s*than\b/u.test(plainDigits.slice((under.index ?? 0) + under[0].length));
}

const NOW_WORD = /\b(?:so far|currently|right now|now|at present)\b|目前|现在|眼下|已经/u;
const TARGET_WORD =
  /\b(?:target(?:ed)?|at completion|by completion|when (?:it is )?(?:done|complete|finished))\b|目标|建成后|完成时|到时候|验收时/u;
const nowAndTarget = (s: string): boolean => NOW_WORD.test(s) && TARGET_WORD.test(s);
// Said of the end of 2021 (去年底, 截至2021年底, by end of 2021), and of a time after it (今年, 到现在, as of now).
const YEAR_END_2021 =
  /(?:去年|2021年?|21年|上年)(?:年)?(?:底|末)|年底那会|(?:by|at|as of)\s+(?:the\s+)?end\s+of\s+(?:2021|last year)/u;
const LATER_THAN_2021 = /今年|现在|目前|至今|如今|2022|22年|this year|now|so far|to date|since then/u;
// A figure planned for the end of 2021 rather than spent by then (计划, 目标, we planned 18m by end of 2021).
const PLANNED_AT_YEAR_END =
  /计划|预计|目标|预算|打算|应该|要投|\b(?:plan(?:ned)?|expect(?:ed)?|budget(?:ed)?|should|target(?:ed)?|would|forecast)\b/iu;
// The whole planned or budgeted (计划投3000, 总投资3000万, total budget 30m): no figure of a time.
const PLANNED_WHOLE = /计划|预计|总投资|总投入|总预算|预算|\b(?:planned|plan|budget(?:ed)?|total)\b/iu;
/** Whether `figure` is said as of the end of 2021, right beside it: 截至2021年底1500万, 15 million by end of 2021. */
function byEndOf2021(plain: string, figure: string): boolean {
  // (到21年底一共3000万，项目已经完工验收了: spent by a completion before then is the total.)
  if (/完工|竣工|建成|验收|投产|\b(?:completed|finished|accepted)\b/u.test(plain)) return false;
  const f = escapeRegExp(normalize(figure));
  return new RegExp(
    `(?:截至|截止|到)\\s*(?:${YEAR_END_2021.source})[^，,。；;\\d]{0,4}${f}|${f}\\s*(?:by|as of)\\s+(?:the\\s+)?end\\s+of\\s+(?:2021|last year)`,
    'u',
  ).test(plain);
}
// Said of a time ahead, when the project is done (明年能到, 预计, by mid-2023, at completion).
const WHEN_DONE =
  /明年|后年|到时|预计|计划|目标|完成时|建成后|验收时|能到|能过|能达到|将达到|会到|\b(?:will|expected?|target(?:ed)?|by (?:mid-|end of |june )?20\d\d|at completion|by completion)\b/u;
// A figure with its unit, in a clause (2.5亿, 1.2个亿, 1200家).
const FIGURE_SAID =
  /(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千点]+)\s*(?:个)?半?(?:亿|万|家|人|场|million|m\b|bn|billion)/u;
// An amount in a part of a sum: 两千, 1500, 20m, 1.2个亿 (not 两笔, a count of loans).
const ADDED_FIGURE =
  /(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千点]+)\s*(?:个)?(?:万元|万|亿元|亿|千万|百万|million|mn|m\b|w\b|kw\b)?(?!\s*(?:笔|个项目|家|年|月|号|%|％))/gu;
/** The figures of a text a sum's parts are read from (ADDED_FIGURE's matches that hold a numeral). */
const addedFigures = (text: string): RegExpMatchArray[] =>
  [...text.matchAll(ADDED_FIGURE)].filter((f) => f[0].trim() !== '' && /[\d一二两三四五六七八九十百千]/u.test(f[0]));
// 加 between two parts (not 增加, 追加, 加起来, 加了), + or plus (not plus or minus).
const ADD_JOIN = /(?<![增追再又添])加(?!起来|在一起|了|计扣除)|\+|＋|\bplus\b(?!\s+or\b)/u;
// A sum of things the question does not count, or of other periods: tax, civil works, working capital, interest,
// a growth, this year's or a plan (不含税3000万，加上税3390; 本金1500加利息60; 去年1500加今年800).
const NOT_A_SUM =
  /增|追加|税|土建|厂房|铺底|流动资金|流贷|利息|本金|罚息|预计|计划|今年|去年|前年|后来|再加|\b(?:vat|tax|interest|principal|minus|maybe|expected|this year|last year)\b/iu;

// 软件这块三百八，加上云服务刚好过400 / 集群服务收入一百八 加上政府购买服务有两百三: the figure after 加上 is what the
// sum comes to, not one more part.
const SUM_REACHES =
  /加上(?![^，,。；;\d]{0,10}?(?:一共|总共|合计))[^，,。；;\d]{0,10}?(?:刚好|正好|差不多|大概)?(?:过|超过|超|到|达到|就是|就有|是|有)了?\s*(?:\d|[一二两三四五六七八九十百千])/u;

/** 增值税三百加所得税一百五: taxes are the taxes question's own parts, no thing left out of a sum (NOT_A_SUM). */
const withoutOwnTaxes = (text: string, fact: FactKey): string =>
  fact === 'taxes_paid_last_year' ? text.replace(/增值税|所得税|税/gu, '') : text;

/**
 * The parts of an amount said as a sum (设备两千加软件五百) and the total said after them (so 25m total), when the
 * message is only that; null when a part is named as the slot's own fact; undefined when the message is no such sum.
 */
function addedParts(text: string, fact: FactKey): { parts: string[]; total?: number } | null | undefined {
  const others = withoutOwnTaxes(text, fact);
  if (!ADD_JOIN.test(text) || NOT_A_SUM.test(others) || /%|％|倍|比例|占/u.test(text)) return undefined;
  // (Which of the two figures answers — the part, or the sum with the other thing — is asked; a smaller figure after
  // 加上 is one more part: 设备1800，加上软件是500.)
  const reaches = SUM_REACHES.exec(text);
  if (reaches) {
    const before = addedFigures(text.slice(0, reaches.index)).at(-1)?.[0];
    const after = addedFigures(text.slice(reaches.index))[0]?.[0];
    const read = (f: string | undefined) => (f === undefined ? undefined : parseAmount(f.trim(), { bareUnit: '万元' }));
    const [a, b] = [read(before), read(after)];
    if (a?.ok && b?.ok && b.value > a.value) return null;
  }
  let body = text.replace(
    /[，,。.\s]*(?:一共|总共|合计)?(?:就这些了?|就这两块|就这俩|就这么多|that'?s all|that is all)[。.!！]*\s*$/u,
    '',
  );
  let total: number | undefined;
  const stated =
    /[，,]?\s*(?:so|一共|总共|合计|共计|总计|加起来)\s*(?:是|有)?\s*([^\s，,。]+)\s*(?:total|in total|altogether)?\s*$/iu.exec(
      body,
    );
  if (stated) {
    const r = parseAmountReading(stated[1] as string);
    if (!r.ok) return undefined;
    total = r.value.value;
    body = body.slice(0, stated.index);
  }
  const pieces = body.split(new RegExp(ADD_JOIN.source, 'gu'));
  if (pieces.length < 2 || pieces.length > 4) return undefined;
  const parts: string[] = [];
  const labels: string[] = [];
  for (const piece of pieces) {
    const figures = addedFigures(piece.replace(/[一两二三四五几]笔/gu, ' ')).map((f) => f[0]);
    if (figures.length !== 1) return undefined;
    // (What is said of the part, before or after its figure: 5m for a new office building.)
    const label = piece.replace(figures[0] as string, ' ');
    labels.push(label.replace(/^[\s，,。.:：]+|[\s，,。.:：]+$/gu, ''));
    parts.push((figures[0] as string).trim());
  }
  // (固贷两笔，1500加800: the slot's word before the whole sum labels all of it; 设备两千加软件五百 to the software
  // question names the slot's part beside another.)
  const own = labels.map((l) => namedFacts(l).includes(fact));
  if (own.some(Boolean) && labels.some((l, i) => l !== '' && !own[i])) return null;
  return total === undefined ? { parts } : { parts, total };
}
// A total said after parts listed (合计四百五, 加起来正好四百); a count of parts said (两笔, 就这三块).
const LISTED_TOTAL =
  /[，,。\s]*(?:加起来|加在一起|合计|一共|总共|共计|总计|总的|in total|altogether|total)\s*(?:正好|刚好|就是|是|有|is)?\s*([^\s，,。]+)\s*[。.!！]?$/u;
const PARTS_COUNTED = /(?<![第\d])(两|三|四|2|3|4)\s*(?:笔|块|部分)/u;
const NOT_A_PART =
  /总额|总共|一共[^\d一二两三四五六七八九十]*$|额度|授信|提了|提款|没提|代扣|个税|流动|流贷|主营|营业收入|其他业务|股权|股票|现金|退|应交|应付|批了|到账|还了|已还|率|备案|实际|预算|决算|自有/u;
const SUMMED_BY_NATURE: ReadonlySet<FactKey> = new Set<FactKey>([
  'taxes_paid_last_year',
  'fixed_asset_loan',
  'other_interest_subsidy_2021',
  'loan_interest_paid_2021',
  'total_investment',
  'equipment_invoice_2021',
]);
// A remark that the parts leave civil works out (土建没算进去): no part of the sum.
const CIVIL_WORKS_LEFT_OUT =
  /[，,。\s]*(?:土建|厂房)(?:那块|部分)?(?:没算进去|没算|不算|另算|没包括|不含)[。.!！]?\s*$|[，,。\s]*(?:不含|没算|没含)(?:土建|厂房)[。.!！]?\s*$/u;

/**
 * Parts listed without 加, whose sum the message itself vouches for: 增值税三百 所得税一百五 合计四百五 (a total said after
 * them, equal to their sum); 研发投入三千二 设备一千五 人工一千 材料七百 (a first figure the rest add up to: it is their
 * total). A count of parts said (两笔, 就这三块) vouches for nothing (两笔 批了三千 放款两千, 两块 备案3000 实际3500). A part
 * named as the slot's own fact beside others (软件五百 设备两千 合计两千五, to the software question) is one part, not the
 * answer. Sums of other periods or of things the question leaves out (税, 利息, 去年…今年) are not read.
 */
function listedParts(text: string, fact: FactKey): { value: number; source: string } | null | undefined {
  let body = text.replace(CIVIL_WORKS_LEFT_OUT, '');
  // (额度三千 实际提了两千, 总额两千一 建行一千二, 个税代扣五十, 流动九百: a ceiling, a total among the parts, tax only
  // withheld or a working-capital loan is no part of the sum.)
  if (NOT_A_PART.test(body)) return undefined;
  const others = withoutOwnTaxes(body, fact);
  if (ADD_JOIN.test(body) || NOT_A_SUM.test(others) || /%|％|倍|比例|占|其中|里面|不到|将近|接近|以上/u.test(body))
    return undefined;
  let stated: number | undefined;
  const total = LISTED_TOTAL.exec(body);
  if (total) {
    const r = parseAmountReading(total[1] as string, { bareUnit: '万元' });
    if (!r.ok) return undefined;
    stated = r.value.value;
    body = body.slice(0, total.index);
  }
  const counted = PARTS_COUNTED.exec(body);
  const figures = addedFigures(body.replace(PARTS_COUNTED, ' '));
  if (figures.length < 2 || figures.length > 5) return undefined;
  const values: number[] = [];
  const labels: string[] = [];
  let from = 0;
  for (const f of figures) {
    const r = parseAmountReading(f[0].trim(), { bareUnit: '万元' });
    if (!r.ok) return undefined;
    values.push(r.value.value);
    labels.push(body.slice(from, f.index ?? 0));
    from = (f.index ?? 0) + f[0].length;
  }
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const same = (a: number, b: number) => Math.abs(a - b) < 1e-6;
  const own = labels.map((l) => namedFacts(l).includes(fact));
  const oneOfOthers = own.some(Boolean) && own.some((o) => !o);
  // (A first figure named as the slot's own, the rest adding up to it: the total, then its breakdown.)
  const [first, ...rest] = values;
  if (stated === undefined && first !== undefined && rest.length >= 2 && own[0] && !counted && same(sum(rest), first))
    return { value: first, source: figures[0]?.[0].trim() ?? '' };
  // (Only what is summed by nature — taxes, loans from two banks, subsidies from city and county, interest by quarter,
  // a project's parts, invoices: MES三百 AGV八百 一共一千二 to the software question mixes hardware in.)
  if (!SUMMED_BY_NATURE.has(fact)) return undefined;
  if (stated !== undefined) {
    // (设备两千 软件五百 合计三千: parts that do not make the total said — which figure answers is asked.)
    if (!same(sum(values), stated)) return null;
    return oneOfOthers ? undefined : { value: stated, source: figures.map((f) => f[0].trim()).join(' + ') };
  }
  return undefined;
}

// A figure's earlier value (原来, 原计划, 之前, before, originally) and the one it ended up as (现在, 最终, 后来…到, 按…算, now).
const EARLIER_SAID =
  /原来|原先|原计划|原定|本来|(?<![底末年月])之前|(?<![底末年月])以前|此前|起初|一开始|\b(?:before|originally|initially|previously|at first|used to)\b/iu;
const FINAL_SAID =
  /现在|目前|最终|最后|后来[^，,。；;\d]{0,6}(?:到|成)|(?:追加|调整|调|改|拖|推迟|延)(?:到|至)了?|按[^，,。；;]{0,4}算|\b(?:now|currently|final(?:ly)?|in the end|ended up|revised to|raised to|moved to|pushed to)\b/iu;
// A growth said by itself (又买了40, 再投了500, another 5m): a part added, not where the figure ended up.
const ADDED_SAID = /又|再|另外|追加了|增加了|加上|\b(?:another|more|additional|extra|plus)\b/iu;

// Said of now or later, word-bounded (know is no now).
const LATER_SAID = /今年|现在|目前|至今|如今|2022|22年|\bthis year\b|\bnow\b|\bso far\b|\bto date\b|\bsince then\b/u;
// The asked measure's own words, the one thing a 2021 clause may name besides its year and figure.
const OWN_2021_WORD: Readonly<Partial<Record<FactKey, RegExp>>> = {
  loan_interest_paid_2021: /利息|付息|\binterest\b/giu,
  taxes_paid_last_year: /实缴税金|税金|交税|纳税|缴税|税|\btax(?:es)?\b/giu,
  revenue_last_year: /主营业务收入|主营收入|主营|\bmain business revenue\b/giu,
  cluster_service_revenue_2021: /集群服务收入|集群服务|\bcluster service (?:revenue|income)\b/giu,
  equipment_invoice_2021: /设备发票|发票|开票|开了|\binvoices?d?\b/giu,
};
// What a clause of a year and a figure may hold besides: filler, hedges, verbs of paying.
const YEAR_FIGURE_FILLER =
  /[\s，,。.;；:：]|全年|整年|是|有|约|大概|大约|差不多|左右|几|多|来|万|一共|总共|付了?|交了?|缴了?|花了?|的|了|吧|\b(?:in|about|around|roughly|approximately|was|were|is|paid|we|it|of|the|rmb|yuan)\b/giu;
/** Whether a 2021 clause says its year and `figure` only, with the asked measure's own word at most. */
function onlyYearAndFigure(clause: string, figure: string, own: RegExp): boolean {
  const rest = clause
    .replace(YEARS_SAID, ' ')
    .replace(/去年|上年|\blast year\b/giu, ' ')
    .replace(figure, ' ')
    .replace(own, ' ')
    .replace(YEAR_FIGURE_FILLER, '');
  return rest === '';
}

/**
 * 原来20 … 现在六成 / we had 30% before, 80% now: the figure said as the final one, after one said as the earlier one;
 * null when the final one is a month of another year than the earlier date's (asked).
 */
function lastSettled(
  def: FactDef,
  plain: string,
  options: readonly ChoiceOption[] | undefined,
): FactValue | null | undefined {
  if (!SETTLES_LAST.has(def.key)) return undefined;
  const clauses = withoutThousandsCommas(plain)
    .split(CLAUSE_OR_AND)
    .map((c) => c.trim())
    .filter((c) => /[\d一二两三四五六七八九十百千]/u.test(c));
  if (clauses.length < 2 || !EARLIER_SAID.test(clauses[0] as string) || FINAL_SAID.test(clauses[0] as string))
    return undefined;
  const finals = clauses.slice(1).filter((c) => FINAL_SAID.test(c) && !EARLIER_SAID.test(c));
  if (finals.length === 0) return undefined;
  const last = finals.at(-1) as string;
  if (ADDED_SAID.test(last.replace(/追加到|加到/gu, '')) || NOT_SETTLED.test(last)) return undefined;
  // (Only a final clause of the figure and the words that say it is the final one: 现在其中软件500, 现在含税3800,
  // 现在增加800万, 现在首付2000, now 5m of software name another thing.)
  if (finals.some((c) => !finalOnly(c, def.type))) return undefined;
  // Each final clause must say the same figure (原来3000 后来追加到3800 现在按3800算), one figure each.
  const earlier = clauses[0] as string;
  // (A date is read from its clause less the words that say it is final: 拖到了今年3月才完 → 今年3月.)
  const finalDates = finals.map((c) => c.replace(FINAL_WORDS_OFF, ''));
  const read = finals.map((c, i) => {
    const found = figuresIn(c);
    const figure =
      def.type === 'date'
        ? inEarlierYear(finalDates[i] as string, earlier)
        : found.length === 1
          ? (found[0] as string)
          : '';
    return parseAnswer(def, figure, options);
  });
  // (原计划21年10月 后来拖到3月才完: a final month before the earlier one in its year is another year's — asked, never
  // the earlier recorded. Any other final that does not read is left to the readings below.)
  if (!read.every((r) => r.ok))
    return def.type === 'date' && finalDates.some((d) => laterYearMonth(d, earlier)) ? null : undefined;
  const values = read.map((r) => (r.ok ? JSON.stringify(r.value) : ''));
  if (new Set(values).size !== 1) return undefined;
  return read[0]?.ok ? read[0].value : undefined;
}
/** A final month said with no year, and the earlier date's year and month (拖到12月 after 21年10月), or undefined. */
function monthAfterEarlier(
  final: string,
  earlier: string,
): { month: number; year: string; before: number } | undefined {
  const month = /^\s*(\d{1,2})\s*月/u.exec(final);
  const before = /((?:20)?\d{2})\s*年\s*(\d{1,2})\s*月/u.exec(earlier);
  return month && before
    ? { month: Number(month[1]), year: before[1] as string, before: Number(before[2]) }
    : undefined;
}

/**
 * 原计划21年10月 后来拖到12月才完 (tune-zx): a final month said without its year is in the earlier date's year, when it
 * comes no sooner in that year (拖到3月, after 10月, is another year's: left as said, and asked).
 */
function inEarlierYear(final: string, earlier: string): string {
  const m = monthAfterEarlier(final, earlier);
  return m && m.month >= m.before ? `${m.year}年${final.trim()}` : final;
}

/** Whether a final month with no year comes before the earlier date's month (拖到3月 after 21年10月): another year. */
function laterYearMonth(final: string, earlier: string): boolean {
  const m = monthAfterEarlier(final, earlier);
  return m !== undefined && m.month < m.before;
}
// A final clause that is still a plan, a progress so far, what is left or another party's (预计, 已经投了, 还剩, 对方).
const NOT_SETTLED =
  /预计|可能|打算|计划|预算|谈|还没|未|没签|已经投|投了|完成了|实际投入|还剩|剩|对方|他们|\b(?:plan|expect|maybe|might|negotiat|spent|remaining|left|they|other party)/iu;
// The words a final clause may hold besides its figure.
const FINAL_FILLER =
  /[\s，,。.;；:：]|现在|目前|最终|最后|后来|追加到|调整到|调整成|调到|改到|改成|拖到了?|推迟到了?|延到了?|按|算|为准|以|的|了|是|为|一共|总共|合计|我们|持有|持股|占|才|完工|完成|结束|弄完|做完|完|今年|明年|\b(?:now|currently|finally|in the end|ended up|revised to|raised to|moved to|pushed to|it'?s|it is|we have|we hold|we own|is|are|at|total|percent|million|rmb|yuan)\b/giu;
/** Whether a final clause says its figure (or date) and the words of its being final only. */
function finalOnly(clause: string, type: string): boolean {
  const rest = clause.replace(FINAL_FILLER, '');
  const left =
    type === 'date'
      ? rest.replace(/\d+\s*[年月日号]|[一二三四五六七八九十]+月|年底|月底/gu, '')
      : rest.replace(figuresIn(rest)[0] ?? '', '');
  return !/[\p{Script=Han}a-z]/iu.test(left.replace(/[%％成万亿元个人次家]|\bm\b|\bbn\b/giu, ''));
}
// The facts a figure ending up elsewhere may settle: a project's total, a deal's terms, dates — not a figure of 2021's,
// an average or a term, where 现在 gives another time's figure.
const SETTLES_LAST = new Set<string>([
  'total_investment',
  'filed_total_investment',
  'software_investment',
  'stake_after_pct',
  'acquisition_amount',
  'acquisition_cash',
  'completion_date',
  'start_date',
  'planned_trainees',
]);
// One figure with digits, or with its unit (一亿六, 两千五百万): not 一 of 一共, 两 of 两期. (一亿五 is one figure, its
// 五 the next digit down: once read as 一亿 and a stray 五, which recorded a filed total of 1亿 for 一亿二.)
const figuresIn = (c: string): string[] =>
  c.match(
    /\d+(?:\.\d+)?\s*(?:%|％|成|万元?|个?亿|家|人次|人|个|million|m\b|bn)?|[一二两三四五六七八九十百千点]{2,}\s*(?:成|个?亿[一二两三四五六七八九]?|万[一二两三四五六七八九]?元?|家|人次|人)?|[一二两三四五六七八九十]\s*(?:成|个?亿[一二两三四五六七八九]?|万[一二两三四五六七八九]?元?)/gu,
  ) ?? [];
// The words around a final date (拖到了今年3月才完 → 今年3月).
const FINAL_WORDS_OFF =
  /拖到了?|推迟到了?|延到了?|改到了?|调整到了?|后来|最终|最后|现在|才|完工|完成|结束|做完|弄完|完|的|了|\b(?:now|finally|pushed to|moved to)\b/gu;

// A revenue's own measure (5.2.1.4's 集群服务收入, 3.2's 主营业务收入) and the broader ones said beside it.
const OWN_MEASURE: Readonly<Partial<Record<FactKey, RegExp>>> = {
  cluster_service_revenue_2021: /集群服务|(?<!总)服务收入|\bcluster services?\b|\bservice (?:revenue|income)\b/iu,
  revenue_last_year: /主营|\bmain (?:business|operations?)\b|\bcore business\b/iu,
};
// A clause of a forecast, of another year than 2021, or one that leaves the measure out or gives a share of it
// (今年主营预计3.5亿, 明年集群服务收入预计400万, 不算集群服务是220, cluster services about 60 percent).
const NOT_OF_2021 =
  /预计|计划|目标|今年|明年|后年|2022|22年|2023|23年|2020|20年|2019|19年|不算|以外|之外|除了|不含|%|％|百分之|\b(?:forecast|expected|this year|next year|target|excluding|except|not|percent|2020|2019)\b/iu;
const BROADER_REVENUE =
  /总收入|营业收入|营业总收入|总营收|收入总额|全部收入|\b(?:total (?:revenue|income)|overall revenue|all revenue|turnover)\b/iu;

/** The figure of the one clause naming the question's own revenue, beside clauses of broader revenue only. */
function ownMeasureFigure(fact: FactKey, plain: string): string | undefined {
  const named = OWN_MEASURE[fact];
  if (!named) return undefined;
  const clauses = plain
    .split(SPOKEN_CLAUSE_BREAK)
    .filter((c) => /[\d一二两三四五六七八九十百千]/u.test(c.replace(YEARS_SAID, '')));
  const own = clauses.filter(
    (c) => named.test(c) && !BROADER_REVENUE.test(c.replace(named, '')) && !NOT_OF_2021.test(c),
  );
  const others = clauses.filter((c) => !own.includes(c));
  if (own.length !== 1 || others.length === 0 || !others.every((c) => BROADER_REVENUE.test(c) && !named.test(c)))
    return undefined;
  const found = [...(own[0] as string).replace(YEARS_SAID, '').matchAll(YEAR_END_FIGURE)];
  return found.length === 1 ? found[0]?.[0] : undefined;
}

// 现在70 / 并购后持股100%: the stake said of after the deal.
const STAKE_NOW =
  /(?:现在|目前|并购后|收购后|完成后)(?:我们|我方|我司)?(?:持股|持有|占)?\s*(\d+(?:\.\d+)?)\s*(?:%|％)?(?=\s*(?:[，,。；;!！]|$))/gu;
// Words of a stake held before the deal (之前持股30), and their English.
const BEFORE_THE_DEAL = /之前|原来|原先|此前|本来|以前/u;
const BEFORE_THE_DEAL_EN = /previously|before the deal|used to/u;
// 差不多2200 / 大概三千五 / 2200万左右: an amount said plainly, first in an answer.
const PLAIN_FIRST_AMOUNT =
  /^(?:差不多|大概|大约|约|将近)?(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)(?:万元?|个亿|亿)?(?:左右|上下)?$/u;
const TOTAL_WORD = /一共|总共|合计|共计|总计|总的|总额|全部|\b(?:in total|altogether|total)\b/u;
const PART_WORD = /其中|里面|里头|当中|那部分|这部分|那块|这块|\b(?:of which|of that|of it)\b/u;
// An amount in a clause: not a count, share, month or year (5套, 70%, 12月份, 2021年).
const PART_FIGURE =
  /(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千点]{2,})\s*(?:万元?|个?亿|million|mn|m\b)?(?![\d.]|\s*(?:台|个|家|人|套|件|项|%|％|成|倍|月|号|日|年|次|场))/gu;

// 40 million, from Bank of Jiangsu / 四千万，江苏银行放的: the lender said right after the figure, as a loan's is.
const LENT_BY_AFTER_FIGURE =
  /^\D*\d[\d.]*\s*(?:million|mn|m|bn|billion)?\s*(?:yuan|rmb)?\s*[,，]?\s*(?:from|lent by|loaned by)\s+(?:the\s+)?[a-z ]*bank\b(?![^.]*\d)|^[^，,]*[万亿][，,]\s*[^，,\d一二两三四五六七八九十]{0,10}(?:银行|农商行|信用社)[^，,\d一二两三四五六七八九十半占]{0,6}(?:放的|贷的|批的|给的)(?:[。.!！]?$)/iu;

// A class's length of 3.5 days or more, as said (3.5天以上, 三天半及以上, 3.5 days or longer).
const LONG_CLASS =
  /(?:3\.5|三点五|三天半|3天半)\s*天?\s*(?:及|或)?(?:以上|往上|或以上|及以上)?|\b3\.5\s*days?\s*(?:or (?:more|longer)|and (?:above|up)|\+)?/gu;

// The facts that are one part of a larger figure, and the word that names the part: the invoice of equipment bought with
// the loan (1.1.1.2) among all invoices, the cash among what a deal paid (3.1.2).
const PART_OF_TOTAL: Readonly<Partial<Record<FactKey, RegExp>>> = {
  equipment_invoice_2021: /贷款|\bloan\b/u,
  acquisition_cash: /现金|\bcash\b/u,
};
// A part said by what it is not (其中200万不是用贷款买的, 非贷款部分, 贷款以外的), or as a share: no figure of the part.
const NOT_THE_PART =
  /不是|不算|非|以外|之外|除了|其余|其他|剩下|%|％|百分之|成(?!本)|占|\b(?:not|other than|except|percent)\b/u;

/**
 * 发票一共三千万，其中用贷款买的两千二, to the loan-bought equipment's invoice: a total said in one clause and, in a
 * later one, the part the question asks, named by its word (贷款) the total's clause lacks — that part's amount.
 * `undefined` otherwise, and the message is read as before.
 */
function totalThenPart(fact: FactKey, plain: string): string | undefined {
  const named = PART_OF_TOTAL[fact];
  if (!named) return undefined;
  const clauses = plain.split(/[，,。；;]/u);
  const figures = (c: string) => [...c.replace(YEARS_SAID, '').matchAll(PART_FIGURE)].map((m) => m[0].trim());
  const t = clauses.findIndex((c) => TOTAL_WORD.test(c) && figures(c).length === 1);
  if (t < 0 || named.test(clauses[t] as string)) return undefined;
  const rest = clauses.slice(t + 1).filter((c) => /[\d一二两三四五六七八九十百千]/u.test(c.replace(YEARS_SAID, '')));
  const part = rest[0];
  if (rest.length !== 1 || part === undefined || !PART_WORD.test(part) || !named.test(part)) return undefined;
  if (figures(part).length !== 1 || NOT_THE_PART.test(part) || qualified(part)) return undefined;
  return figures(part)[0];
}

// Clause ends in what people type: punctuation, or a space between Chinese words (WeCom's full stop).
const SPOKEN_CLAUSE_BREAK = /[，,。；;]|(?<=[\d\p{Script=Han}])\s+(?=\p{Script=Han})/u;
// The same, and the English words joining two statements (1.5m in 2021 and 2m so far this year; 30% before, but 80% now).
const CLAUSE_OR_AND = new RegExp(`${SPOKEN_CLAUSE_BREAK.source}|\\b(?:but|and)\\b`, 'u');
const CLAUSE_OR_AND_WHILE = new RegExp(`${SPOKEN_CLAUSE_BREAK.source}|\\b(?:and|but|while)\\b`, 'u');
const YEAR_END_FIGURE =
  /(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千点]{2,})\s*(万元?|亿|个亿|million|mn|m\b)?(?![\d.]|\s*(?:台|个|家|人|套|%|％|成|倍))/gu;
/**
 * What a count counts, by the word at its end or right after it in the message (10个班; 4个市, play-test 49, where the
 * figure read is 4个 and 市 follows it).
 */
function measureCounted(plain: string, source: string): string | undefined {
  const said = normalize(source);
  const at = plain.indexOf(said);
  const after = at < 0 ? '' : (/^\p{Script=Han}{0,3}/u.exec(plain.slice(at + said.length))?.[0] ?? '');
  return OTHER_MEASURE.exec(source)?.[1] ?? OTHER_MEASURE_AFTER.exec(after)?.[1];
}
const OTHER_MEASURE_AFTER = /^(个设区市|设区市|个地市|地市|个城市|城市|个市|市)(?![里级场内民区政委])/u;
const OTHER_MEASURE = /(个班|班次|班|期|场次|场|个月|天|项|台|套)\s*$/u;
// The same in English, said after a figure: 16 classes, 3 sessions.
const OTHER_THING_EN = /(?:classes|sessions|batches|courses|cohorts|events|cities|days|months|phases|projects)\b/u;
const GO_BY_FIGURE =
  /^(?:行|好|好的|那就|嗯|ok)?[\s，,]*(?:就|那就)?按\s*((?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千点]+)\s*(?:个)?\s*(?:万元?|亿元?|亿|千万)?)\s*(?:来)?算(?:吧|了|啊)?(?:[，,。.!！]\s*(?:预算|金额|数字|这个数)?(?:已经)?(?:定了|定下来了|确定了|就这样|没问题)[。.!！]?)?$/u;
const SMALL_FIGURE = /(?<![最较很太偏大小缩减从了])小[一二两三四五六七八九][十百千万亿个年]/u;

const BARE_FIGURE =
  /^\s*(?:大概|大约|约|差不多)?\s*[\d一二两三四五六七八九十百千.]+\s*(?:来|多)?\s*(?:万元?|个?亿)?\s*(?:左右|上下)?\s*$/u;

/**
 * 三百九十来万，差一点400: the figure answers; what follows remarks on the threshold it falls short of (or passes), and
 * is no second figure. Only remarks after a clause holding the answer are dropped; 差一点400 alone is a bound.
 */
export function withoutThresholdRemark(text: string): string {
  const clauses = text.split(/(?<=[，,。；;\s])/u);
  // (所得税100万，差一点400: a figure named as a part, short of the total asked: not dropped, asked.)
  const bare = (c: string) => c.replace(/[，,。；;]\s*$/u, '');
  if (clauses.length < 2 || !BARE_FIGURE.test(bare(clauses[0] as string))) return text;
  const kept = clauses.filter((c, i) => i === 0 || !THRESHOLD_REMARK.test(bare(c)));
  return kept.length === clauses.length ? text : kept.join('').replace(/[，,；;\s]+$/u, '');
}

/**
 * 都办了。顺便说下我们另一个技改项目去年贷了3000万，那个回头再问: an answer, then a sentence about another project told
 * in passing (and "that one" for later): the answer is read alone. A question about the other project (那个算吗？) is no
 * passing mention: the message is left whole.
 */
export function withoutPassingMention(text: string): string {
  const clauses = text.split(/(?<=[，,。；;！!？?\n])/u);
  const first = clauses.findIndex((c) => ANOTHER_PROJECT.test(normalize(c)));
  if (first <= 0 || !/[。.！!；;]\s*$/u.test(clauses[first - 1] as string)) return text;
  const rest = clauses.slice(first + 1);
  const passing =
    !/[?？]/u.test(clauses.slice(first).join('')) &&
    rest.every((c) =>
      /^\s*(?:那个|那边|它|that one|it)[^，,。；;]{0,6}(?:回头|以后|之后|later|another time)/u.test(normalize(c)),
    ) &&
    !isPolicyQuestion(clauses[first] as string);
  return passing ? clauses.slice(0, first).join('') : text;
}

/**
 * A message that speaks of this project and of another (另一个项目贷了两千万，这个项目没贷款): the clauses about the
 * other one dropped. A message about another project only is kept whole (and asked about).
 */
export function withoutOtherProject(text: string): string {
  const clauses = text.split(/(?<=[，,。；;！!？?\n])/u);
  // 智能工厂那个含税五千六…。5G那个是另一个项目，总投入两千四，21年底投了六百: a sentence that opens by saying it is about
  // another project, after one about this one, is that project's to its end.
  const opens = clauses.findIndex((c) => OPENS_OTHER_PROJECT.test(c.normalize('NFKC').toLowerCase()));
  if (opens > 0 && /[。；;！!.]\s*$/u.test(clauses[opens - 1] as string)) {
    // (…二期是另外一个项目，计划明年做，这个项目截至21年底投了3000万: it ends where this project is named again.)
    const end = clauses.findIndex(
      (c, i) => i >= opens && (/[。；;！!？?]\s*$/u.test(c) || THIS_PROJECT.test(normalize(clauses[i + 1] ?? ''))),
    );
    return [...clauses.slice(0, opens), ...(end < 0 ? [] : clauses.slice(end + 1))].join('');
  }
  const other = new Set(clauses.filter((c) => ANOTHER_PROJECT.test(normalize(c))));
  if (other.size === 0 || !clauses.some((c) => THIS_PROJECT.test(normalize(c)))) return text;
  // 市里给过一笔贴息30万，是另一个项目的: a clause naming the other project with no figure of its own is about the clause
  // before it.
  clauses.forEach((c, i) => {
    if (other.has(c) && !/\d|[一二两三四五六七八九十百千万亿]/u.test(c.replace(/[一另]个/gu, '')) && i > 0)
      other.add(clauses[i - 1] as string);
  });
  return clauses.filter((c) => !other.has(c)).join('');
}

/**
 * A first message that tells two projects (手上两个项目：一个是…；另一个是…。先看第一个): what it says of the other one,
 * from its marker to the end of its sentence, is not read (one screening is about one project).
 */
export function withoutSecondProject(text: string): string {
  const s = text.normalize('NFKC');
  if (!/两个项目|2个项目|two projects/iu.test(s)) return text;
  return s.replace(
    /(另一个|另外一个|第二个)(项目)?(是|呢)?[^。；;!?！？]*[。；;!?！？]?|\bthe (other|second) (one|project)\b[^.;!?]*[.;!?]?/giu,
    '',
  );
}

const THIS_PROJECT = /这个项目|本项目|这次的?项目|咱们这个|this project|this one/u;
const OPENS_OTHER_PROJECT =
  /^[^，,。；;]{0,12}(?:是|属于)(?:另(?:一|外)(?:一)?个|别的)项目[，,:：]\s*$|^\s*(?:the\s+)?[^,.;]{0,20}\b(?:is|was) (?:a )?(?:separate|another|a different) project[,:]\s*$/u;
const ANOTHER_PROJECT =
  /另(一|外)(一)?个[^，,。；;]{0,6}项目|别的项目|其他项目|\b(another|other|a different|our other)\s+project\b/u;
const THREE_YEAR_FACT = /_3y_avg/u;
const ONE_YEAR = /去年|2021年|21年|last year|in 2021/u;
// …from 2018 to 2021 / 2018年到2021年: a span of three years is the average's.
const AVERAGE =
  /平均|年均|三年|3年|近三年|每年|average|three years|3 years|per year|a year|annual|cagr|(?:2018|18年)(?:(?!\.\s)[^。]){0,45}(?:2021|21年)/u;

// 有几个是兼职的 / 其中三个是外包 / some of them are part-time: part of a count said to be another kind.
const SOME_OF_THEM =
  /(有|其中|里面|里头)(几|一些|部分|一半|少数|[一二两三四五六七八九十\d]+)(个|位|人|名|家)?(是|为|属于)|\bsome of (them|whom) (are|were)\b/u;

/** A figure under half of the amount set aside beside it: a part of that sum, not the sum on another basis. */
function isPartOf(value: number | string | boolean, setAside: string): boolean {
  const r = parseAmountReading(setAside);
  return typeof value === 'number' && r.ok && r.value.value > 0 && value < r.value.value / 2;
}

// A figure alone before a sentence's end (900 like I wrote. / 900。), then more sentences.
const LEAD_FIGURE =
  /^\s*(\d+(?:\.\d+)?)\s*(?:like i (?:wrote|said)|as i (?:said|wrote|mentioned)|as (?:said|written|mentioned)|我说过|说过了|前面说了)?\s*(?:\.\s|。|！|!|；|;)\s*\S/u;

// A year said in a clause (2022, 21年), not a figure with its unit (2022万元): taken out before looking for figures.
const YEARS_SAID = new RegExp(`${YEAR_NUMBER}|\\d{2}年`, 'gu');

/**
 * 不含税3800万 含税4300左右 / 3800万不含税 含税大概4300: the bare number said after a tax-inclusive word, beside a
 * figure said ex-tax (the guide's basis), is that figure's tax-inclusive form, no rival to it.
 */
function taxIncludedBeside(plain: string, source: string): string[] {
  const at = plain.indexOf(normalize(source));
  if (at < 0 || !TAX_EXCLUDED.test(plain.slice(Math.max(0, at - 6), at + source.length + 6))) return [];
  return [...plain.matchAll(/(?<!不)(?:含税|含增值税|价税合计)[^\d，,。；;]{0,6}?(\d+(?:\.\d+)?)/gu)].map(
    (m) => m[1] as string,
  );
}

// A count of people (the fact's unit, or the one said): 人, 人次, 名, 位, 个人.
const PEOPLE_UNIT = /^(?:个人|人次|人|名|位)$/u;
// The units a Chinese count is said in, people's and things'.
const COUNT_UNIT = '(个人|人次|人|名|位|家|个?场|个?班|个?期)';
const COUNT_UNITS = new RegExp(
  `(?:(?<![\\d.])\\d+(?:\\.\\d+)?|[零一二两三四五六七八九十百千]+)\\s*(?:多|来|余)?\\s*${COUNT_UNIT}`,
  'gu',
);
// A clause that is one count and nothing else: 10期, 共10期.
const COUNT_ALONE = new RegExp(
  `^(?:共|一共|总共|合计|大概|约)?[\\d零一二两三四五六七八九十百千]+\\s*${COUNT_UNIT}$`,
  'u',
);

/** Whether every count said names a unit of the other kind than the fact's (people for things, things for people). */
function countOfOtherThing(unit: string, plain: string): boolean {
  const units = [...plain.matchAll(COUNT_UNITS)].map((m) => m[1] as string);
  // (8个，每个班50人左右 / 年均1500左右，每年10个班: a figure of its own beside the other kind's answers it.)
  if (units.length === 0 || /[\d零一二两三四五六七八九十百千]/u.test(plain.replace(COUNT_UNITS, ''))) return false;
  const people = PEOPLE_UNIT.test(unit);
  return units.every((u) => PEOPLE_UNIT.test(u) !== people);
}

const APPROVALS_NOT_NEEDED = /不需要|无需|不用办|不用|免办|免于/u;
// 推荐单位会出说明 / 区里出了说明 / 让推荐单位出个说明: the recommending unit's statement, given or coming.
const STATEMENT_COMING = /(?:出|出具|开|给|写)了?[^，,。]{0,4}说明|有说明|说明(?:已经|已)?(?:出了|有了|开了|出具了)/u;
// A part still open or refused, or the whole hedged, beside what is not needed (能评还在办, 环评正在做, 备案下个月拿到,
// 应该不用办): read as any other answer.
const APPROVAL_OPEN =
  /没办|未办|还在办|在办|正在|办理中|在走|待批|没批|未批|没下来|没通过|还没|没有|没做|未做|不全|不齐|缺|下个?月|还要|[?？]|吗|应该|可能|好像|估计|不确定/u;

/** Every part named either held or not needed, none still open: with the recommending unit's statement said or not. */
function approvalsNotNeeded(plain: string): 'with_statement' | 'without_statement' | undefined {
  // (手续齐全，不需要再补了: complete, nothing more needed — read as any other answer.)
  if (
    !APPROVALS_NOT_NEEDED.test(plain) ||
    APPROVAL_OPEN.test(plain.replace(APPROVALS_NOT_NEEDED, '')) ||
    /齐全|齐了|办好|都有|完备|办完|都办了/u.test(plain)
  )
    return undefined;
  // (Only a statement said to be coming: 也不用出说明 / 推荐单位不会出说明 is none.)
  if (/不(?:会|用|需要?|给|出)[^，,。]{0,4}说明|没有说明|说明.{0,3}(?:出不了|不出)/u.test(plain)) return undefined;
  return STATEMENT_COMING.test(plain) ? 'with_statement' : 'without_statement';
}

// A figure, then the same one again after 准确说 / 也就是 / 就是 (2000万 准确说就是两千万整).
const RESTATED =
  /^\s*([^，,。；;\s]+?)\s*[,，]?\s*(?:准确(?:地)?(?:说|来说)|确切(?:地)?说|也就是|就是|即)(?:就是|是)?\s*([^，,。；;\s]+?)\s*整?\s*[。.]?\s*$/u;

/**
 * Reads the pending slot `fact` from a message and its extraction. Figures come from the extraction: a
 * figure bound to another fact (贷款五千万 while the revenue is asked) never fills this slot; an unbound
 * one does when the slot asks for that kind of figure and it is the only one.
 */
// A body said to be under an SME service centre (服务中心下面的平台公司), not the centre under a bureau (局下属的服务中心).
const BODY_UNDER = new RegExp(`服务中心(?:的)?${UNDER_A_BODY}(?![^，,。；;]{0,4}归我们)`, 'u');

export function readSlot(fact: FactKey, text: string, ex: Extraction, words: SlotWords): SlotReading {
  const def = FACT_BY_KEY.get(fact);
  if (!def) return { kind: 'none' };
  if (isSkip(text)) return { kind: 'unknown' };
  const kinds = SLOT_FIGURE[def.type];
  const plain = normalize(text);
  // ok thx / 好的谢谢, after a policy question answered (play-test 50: recorded as a yes to the question pending): thanks
  // answer nothing; the question is asked again.
  if (ACKNOWLEDGED.test(plain)) return { kind: 'unclear', code: 'no_match' };
  // Number words as digits (three or four → 3 or 4), read once for the checks below.
  const plainDigits = englishNumbers(plain);
  // 环评批复下来第二天就开工了，环评是4月8号批的 / two days after our filing was approved on 10 May: the date said is
  // another event's; the one asked is some days off it. Asked, never the other event's date recorded.
  if (def.type === 'date' && DAYS_OFF.test(plain)) return { kind: 'unclear', code: 'qualified' };
  if (def.type === 'boolean' && echoesAnotherVerb(fact, plain, words.question))
    return { kind: 'unclear', code: 'echo_other' };
  // 我们是市中小企业服务中心下面的平台公司 (tune-zx), to whether the applicant is such a centre: a body under the one named
  // is not it, and whether it counts is asked. (都是集团下面的子公司, to whether both are under one parent, answers it.)
  if (fact === 'sme_service_center' && BODY_UNDER.test(plain)) return { kind: 'unclear', code: 'body_under' };
  // 软件MES+WMS那些 差不多450 / 设备大概800 (play-test 55, recorded as the total), to the total's question: the first figure
  // is said of one part of the whole; asked.
  if (WHOLE_FACTS.has(fact) && partNamed(plainDigits, fact)) return { kind: 'unclear', code: 'part_named' };
  // 1 / 3.5, alone, to an amount's question (play-test 57: 1 recorded as 1万元 备案总投资, a wrong ❌): a figure under ten
  // with no unit is more likely 亿 or a slip than 万元 — the unit is asked.
  // (Only a project's or a firm's size, where a few 万元 is no answer; interest paid or taxes may well be 8万.)
  if (SIZED_IN_MILLIONS.has(fact) && /^\d(?:\.\d+)?$/u.test(plain.trim()) && Number(plain) > 0 && Number(plain) < 10)
    return { kind: 'unclear', code: 'unit_missing' };
  // 1.2亿 也可能1.3亿 / 3月底 或者4月初, to a figure's or a date's question: either may be the one — asked.
  if (kinds !== undefined && figureMayBeAnother(plainDigits)) return { kind: 'unclear', code: 'ambiguous' };
  // 现在接了600家，完成时目标1200 (tune-zz: the figure now recorded), to a node's count the question does not date: a
  // figure now and a target — which answers is asked.
  // (Only the node's counts, which 1.3.2.1 takes at completion; a dated question — 2021年线下服务 — or a team now is
  // answered by the figure now.)
  if (
    fact.startsWith('identifier_') &&
    (def.type === 'count' || def.type === 'number') &&
    !/完成时|at completion/u.test(words.question ?? '') &&
    nowAndTarget(plainDigits) &&
    (plainDigits.replace(YEARS_SAID, '').match(/\d+(?:\.\d+)?/gu) ?? []).length >= 2
  )
    return { kind: 'unclear', code: 'ambiguous' };
  // none / 不能 / 都没有, alone, to whether the enterprise and project are in Jiangsu (play-test 49: a stray answer meant for
  // the recognitions had made every program ❌): no answer to where, asked again. (不在 / 不是 / no answer it.)
  if (
    fact === 'in_jiangsu' &&
    /^(?:none|nothing|none of (?:them|these)|不能|不行|都没有|都不是)$/u.test(plain.replace(/[\s。.!！]+$/gu, ''))
  )
    return { kind: 'unclear', code: 'no_match' };
  // 县工信局 / 昆山市工信局 / 区工信局的，帮企业问问, to the kind of applicant (play-test 56: recorded as the 设区市工信局, a
  // wrong ✅ for the expo program): a district's, county's or county-level city's bureau is no 设区市工信局 (3.4.2) — asked,
  // saying so (其他单位 for the bureau itself, the enterprise's kind when asking for one), as openings do (extract.ts).
  if (
    fact === 'applicant_kind' &&
    namesCountyBureau(plain) &&
    !ex.mentions.some((m) => m.fact === 'applicant_kind' && m.value !== 'city_bureau')
  )
    return { kind: 'unclear', code: 'county_bureau' };
  // 在 / 在的 / 都在, alone, to whether the enterprise and project are in Jiangsu: the question's own verb echoed.
  if (fact === 'in_jiangsu' && /^(?:都|也)?在(?:的|呢|啊)?$/u.test(plain.replace(/[\s。.!！]+/gu, '')))
    return { kind: 'value', value: true };
  // we went from 30% to 65% / 从30%增持到65%, to the stake after the deal: the stake it went to.
  if (fact === 'stake_after_pct') {
    const to = STAKE_FROM_TO.exec(plain);
    if (to) return { kind: 'value', value: Number(to[1]) };
  }
  // 130-ish offline, plus 400+ online / 线下130家 线上400多家, to the SMEs served or the trainees: 5.3.1.2 counts 线下服务 and
  // 5.5.1.2 excludes 线上培训, so of a figure said online and one said offline the offline one answers; an online figure
  // alone (400+ online) is not the count asked, and is asked again.
  // (线上线下一共500: a combined figure is read as before. Only an offline figure beside one other answers:
  // 线下活动8场，服务企业130家，线上还有400家 is asked.)
  const grouped = plain.replace(/(\d),(?=\d{3}(?!\d))/gu, '$1');
  if (
    OFFLINE_COUNTED.has(fact) &&
    ONLINE_FIGURE.test(grouped) &&
    !/一共|合计|总共|加起来|加在一起|\b(?:in total|combined|together|altogether)\b|online (?:and|&|\/) offline|offline (?:and|&|\/) online/iu.test(
      plain,
    )
  ) {
    const offline = [...grouped.matchAll(OFFLINE_FIGURE)].map((m) => m[1] ?? m[2] ?? m[3]);
    // (9 public events beside them is another count, read as such.)
    const figures =
      grouped.match(/(?<![\d.])\d+(?:\.\d+)?(?![\d.])(?!\s*(?:public\s+|service\s+)?(?:events?|sessions?|场|期))/gu) ??
      [];
    if (offline.length === 1 && figures.length === 2) {
      const r = parseAnswer(FACT_BY_KEY.get(fact) as FactDef, offline[0] as string, []);
      if (r.ok) return { kind: 'value', value: r.value };
    }
    return { kind: 'unclear', code: onlineCode(fact) };
  }
  // 1500人次，不过里面有三百多是线上直播的: 5.5.1.2 counts offline training only (不含线上培训), and the offline figure
  // is not said: asked. Only an online part said to be inside the figure (其中/里面…线上, 线上占…); online said apart
  // (线上另算, 线上培训不计入, 报名是线上的) leaves the figure as it is.
  // (The same for the SMEs served offline, 5.3.1.2: roughly 200 firms, most of them offline — tune-zz; an offline figure
  // said as such, 320 offline; including online it is 800, answers.)
  if (
    OFFLINE_COUNTED.has(fact) &&
    ONLINE_INSIDE.test(plain) &&
    !ONLINE_EXCLUDED.test(plain) &&
    (fact === 'trainees_3y_avg' || [...plain.matchAll(OFFLINE_FIGURE)].length === 0)
  )
    return { kind: 'unclear', code: onlineCode(fact) };
  // 三年累计培训四千多人次 / 近三年一共营收1.8亿, to a three-year average (5.5.1.2, 5.5.1.3): the years' total, asked.
  if (
    (fact === 'trainees_3y_avg' || fact === 'revenue_3y_avg') &&
    /累计|一共|总共|合计|加起来|\b(?:in total|altogether|cumulative(?:ly)?|combined)\b|\b(?:3|three)[- ]years?\s+total\b|\btotal (?:over|for|across) (?:the )?(?:3|three|past)\b/iu.test(
      plain,
    ) &&
    !/平均|年均|每年|一年|除以|\b(?:average|avg|per year|a year|annually|divided)\b/iu.test(plain)
  )
    return { kind: 'unclear', code: 'total_not_average' };
  // 300多家，线上线下都算: a count said to hold the online ones too (see onlineCountedIn).
  // (Not beside an offline figure said as such: 线下服务了320家，线上线下都有做 gives the 320.)
  if (
    OFFLINE_COUNTED.has(fact) &&
    ONLINE_BOTH.test(plain) &&
    !ONLINE_EXCLUDED.test(plain) &&
    !/线下[^，,。；;\d]{0,6}\d|\d+\s*\+?\s*(?:家|人次|smes|firms|people|trainees)?\s*[（(]?\s*(?:offline|线下|in[- ]person)|\boffline only\b|只算线下|仅线下/iu.test(
      plain,
    )
  )
    return { kind: 'unclear', code: onlineCode(fact) };
  // 学费不收，但是住宿让学员自己出: 5.5.1.6 excepts only intercity travel from 不对学员收取任何费用; lodging or meals the
  // trainees pay is for the recommending unit to judge: asked. (住宿也是我们出 / we pay the hotel: still free.)
  // (免费，食宿不需要学员自付 / trainees don't pay for accommodation: denied, still free.)
  // free, except they pay their own travel: 5.5.1.6 excepts intercity travel itself — the training is free.
  if (
    fact === 'training_free' &&
    TRAVEL_ONLY_EXCEPTED.test(plain) &&
    !BOARD_OR_FEE.test(plain) &&
    // (free except travel and a registration fee / and per diem: another cost beside travel is asked.)
    !/\b(?:and|plus|as well|also|too|per diem)\b|&|[,;]\s*\S/u.test(
      plain.slice(plain.search(/\b(?:except|apart from|other than|besides|but)\b/u)),
    )
  )
    return { kind: 'value', value: true };
  const board = plain.match(TRAINEES_PAY_BOARD)?.[0];
  if (
    fact === 'training_free' &&
    board &&
    !/不|没|无需|免|全包|包了|don'?t|do not|not paid|not pay|no charge/iu.test(board)
  )
    return { kind: 'unclear', code: 'ambiguous' };
  // 60人 to how many classes, 12家 to how many trainees: a count of people for a count of things (or the reverse) is
  // another question's answer: asked.
  if (def.type === 'count' && countOfOtherThing(def.unit, plain)) return { kind: 'unclear', code: 'echo_other' };
  // 南京、苏州、扬州、徐州、淮安五个市, to how many long classes: a count of cities, to a question counting no place (play-test
  // 51: recorded 5 classes).
  if (
    def.type === 'count' &&
    CITY_COUNT.test(plain) &&
    // (在3个市开展了12场活动: another figure beside the cities answers.)
    !/[\d零一二两三四五六七八九十百千]/u.test(plain.replace(new RegExp(CITY_COUNT.source, 'gu'), '')) &&
    !/市|城市|地区|区域/u.test(words.question ?? '')
  )
    return { kind: 'unclear', code: 'echo_other' };
  if (
    (def.type === 'count' || def.type === 'number') &&
    namesOtherThing(def.unit ?? '', plainDigits, words.question ?? '')
  )
    return { kind: 'unclear', code: 'echo_other' };
  // 不需要 / no need, alone (不用了 stays a no), to a question of whether something is so (play-test 53: 先导区是否有明确的实施运营主体？
  // → 不需要, recorded as its no): a reply turning down something offered, not a no to this question — unless the question
  // asks whether something is needed.
  if (
    def.type === 'boolean' &&
    fact !== 'approvals_complete' &&
    /^(?:不需要|用不着|不必)了?[。.!！~～\s]*$|^(?:no need|not needed|no thanks|not necessary)[.!\s]*$/iu.test(plain) &&
    !/需要|要不要|需|\b(?:need|needs|needed|require[sd]?)\b/iu.test(words.question ?? '')
  )
    return { kind: 'unclear', code: 'ambiguous' };
  // 不需要备案，推荐单位出说明, to whether the platform serves one cluster (play-test 49, recorded as its no): the approvals'
  // answer, not this question's.
  if (
    def.type === 'boolean' &&
    fact !== 'approvals_complete' &&
    /^(?:不需要|无需|不用|免)[^，,。]{0,4}(?:备案|环评|能评|手续|审批)/u.test(plain) &&
    approvalsNotNeeded(plain) !== undefined &&
    !(words.question ?? '').match(/备案|环评|能评|手续|审批|filing|approval/iu)
  )
    return { kind: 'unclear', code: 'echo_other' };
  // 不需要备案环评，推荐单位会出说明 / 环评能评不需要，推荐单位出说明: what is not needed counts, with the recommending
  // unit's statement, as the question says (1.2.2.2 and its like: 无需相关手续的须由项目推荐单位作出说明): a yes, unless a
  // part is said to be still open.
  if (fact === 'approvals_complete') {
    const notNeeded = approvalsNotNeeded(plain);
    if (notNeeded === 'with_statement') return { kind: 'value', value: true };
    // (不需要办 alone: whether the recommending unit will state so is asked, by name.)
    if (notNeeded === 'without_statement') return { kind: 'unclear', code: 'needs_statement' };
  }
  // 研发费用去年加计扣除了800万: the tax return's R&D deduction is not 2.2.3's 研发攻关投入 of the project: asked.
  if (
    fact === 'rd_investment' &&
    /加计扣除|super[- ]?deduction|tax deduction/iu.test(plain) &&
    !/研发(?:攻关)?投入|攻关投入/u.test(plain)
  )
    return { kind: 'unclear', code: 'qualified' };
  // 认缴1000万，实缴300万: which one is the 注册资金 asked is asked.
  if (fact === 'registered_capital' && SUBSCRIBED_AND_PAID.test(plain) && twoFiguresDiffer(plain))
    return { kind: 'unclear', code: 'ambiguous' };
  // 我们另一个攻关项目去年投了五千万，这个还没算: a figure said for another project answers nothing here.
  if (kinds && ANOTHER_PROJECT.test(plain)) return { kind: 'unclear', code: 'qualified' };
  // 注册四年了，但培训是前年才开始做的: a span said, then the part asked begun only later — how many years is asked.
  if (
    def.type === 'number' &&
    def.unit === '年' &&
    /(?:但|不过|可是|只是|其实|but|though)[^。.]{0,24}(?:才|刚|only)\s*(?:开始|开展|做|搞|started|began|start)/u.test(
      plain,
    )
  )
    return { kind: 'unclear', code: 'qualified' };
  // 六百多 前面说过了 620吧: the rough figure said again, then the exact one inside its range: the exact one.
  const settled = def.type === 'amount' || def.type === 'count' ? settledFigure(plain) : undefined;
  if (settled !== undefined) {
    const r = parseAnswer(def, settled, words.options);
    if (r.ok) return { kind: 'value', value: r.value };
  }
  // 2000万 准确说就是两千万整 / 1500，也就是一千五百万: one figure said again in other words, the same value: that value.
  // (三千万左右 hedged: read as any other answer, its hedge kept.)
  const restated =
    (def.type === 'amount' || def.type === 'count') && !/左右|大概|大约|约|差不多|上下|来|多/u.test(plain)
      ? RESTATED.exec(plain)
      : null;
  if (restated) {
    const [a, b] = [restated[1], restated[2]].map((x) => parseAnswer(def, x as string, words.options));
    if (a?.ok && b?.ok && a.value === b.value) return { kind: 'value', value: a.value };
  }
  // 发票一共三千万，用贷款买的那部分不含税两千二: a total, then the part of it the question names (totalThenPart).
  if (def.type === 'amount') {
    const part = totalThenPart(fact, plain);
    if (part !== undefined) {
      const r = parseAnswer(def, part, words.options);
      return r.ok
        ? { kind: 'value', value: r.value, mention: { fact, value: r.value, source: part } }
        : { kind: 'unclear', code: 'ambiguous' };
    }
  }
  // all cash / 全部现金, to the stake after the deal: how the deal was paid, no share held (3.1.1.3 reads the stake).
  if (
    def.type === 'percent' &&
    fact !== 'acquisition_cash' &&
    /\bcash\b|现金/u.test(plain) &&
    !/\d|[一二三四五六七八九十]成|百分之|\bhalf\b|一半/u.test(plain)
  )
    return { kind: 'unclear', code: 'echo_other' };
  // 40 million, from Bank of Jiangsu, to the filed total: a figure told with its lender is a loan, not this amount.
  if (
    (fact === 'total_investment' || fact === 'filed_total_investment') &&
    ex.mentions.some((m) => m.fact === 'loan_from_jiangsu_bank') &&
    LENT_BY_AFTER_FIGURE.test(plain) &&
    !ex.mentions.some((m) => m.fact === fact)
  )
    return { kind: 'unclear', code: 'echo_other' };
  // -500万, to an amount or a count: a negative figure (its sign would be lost with the figure read alone).
  if (
    (def.type === 'amount' || def.type === 'count' || def.type === 'number') &&
    /^\s*(?:[-−]|负)[\d一二两三四五六七八九十]/u.test(plain)
  )
    return { kind: 'unclear', code: 'negative' };
  // 2019年成立的 / since 2019, to how many years: a calendar year and no count beside it — which count is meant (by
  // the end of 2021, or now) is the user's to say, so it is asked, saying why.
  if (
    def.type === 'number' &&
    def.unit === '年' &&
    CALENDAR_YEAR.test(plain) &&
    !/[\d一二两三四五六七八九十]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/iu.test(
      plain.replace(new RegExp(CALENDAR_YEAR.source, 'gu'), ''),
    )
  )
    return { kind: 'unclear', code: 'year_not_count' };
  // 10年 to "how many years": a count of years, as the question's own example (5年) writes it, not the year 2010.
  const yearsCount =
    def.type === 'number' && def.unit === '年' ? /^\s*(\d{1,2})\s*年(?:了|整)?\s*$/u.exec(plain) : null;
  // 十多年了 to how many years: ten and more, as 十年多 reads (a floor, said as an estimate).
  const tensAndMore =
    def.type === 'number' && def.unit === '年'
      ? /^\s*((?:[二两三四五六七八九])?十)多年(?:了|啦)?\s*$/u.exec(plain)
      : null;
  if (tensAndMore) {
    const r = parseAnswer(def, `${tensAndMore[1]}年多`, words.options);
    if (r.ok) return { kind: 'value', value: r.value, mention: { fact, value: r.value, source: plain, approx: true } };
  }
  // (21年 may be 2021: above 15 the usual path reads it, and asks when it can be a year.)
  // (20年了 / 20年整: 了 and 整 say years gone by, a count — no calendar year is said so.)
  if (yearsCount && (Number(yearsCount[1]) <= 15 || /年(?:了|整)\s*$/u.test(plain)))
    return { kind: 'value', value: Number(yearsCount[1]) };
  // (20年 alone: twenty years or 2020 — asked, saying how to say each.)
  if (yearsCount) return { kind: 'unclear', code: 'year_or_count' };
  // 19年到21年 营收分别是1.1亿 1.25亿 1.4亿: figures said respectively for years — to a question about 2021, the one in
  // 2021's place when the years end with it; anything else of the kind is asked, never the first figure taken.
  if (def.type === 'amount' && LAST_YEAR_FACT.test(fact) && /分别|respectively/u.test(plain)) {
    // Only one clause says 分别 and no figure is said outside it (今年上半年已经交了260万 is another year's).
    const clauses = plain.split(/[，,。；;]/u);
    const respective = clauses.filter((c) => /分别|respectively/u.test(c));
    const outside = clauses.filter(
      (c) => !/分别|respectively/u.test(c) && /\d|[一二两三四五六七八九十百千][万亿]/u.test(c),
    );
    if (respective.length !== 1 || outside.length > 0) return { kind: 'unclear', code: 'ambiguous' };
    const figures = [
      ...plain.matchAll(
        /[\d.]+\s*(?:个)?(?:亿|万|million|m\b)|[一二两三四五六七八九十百千.]+(?:个)?(?:亿[一二两三四五六七八九]?|万)/gu,
      ),
    ].map((m) => m[0]);
    const endsWith2021 =
      /(?:到|至|-|~|、|,|，|and|to)\s*(?:20)?21年?|(?:前年|2020年?|20年)[^，,。]{0,4}(?:去年|2021)/u.test(plain);
    const last = figures.at(-1);
    if (figures.length >= 2 && last !== undefined && endsWith2021) {
      const r = parseAnswer(def, last, words.options);
      if (r.ok) return { kind: 'value', value: r.value };
    }
    if (figures.length >= 2) return { kind: 'unclear', code: 'ambiguous' };
  }
  // 推广活动已经办了三场, to 开展（计划开展）…多少场: the count so far, said as such and nothing of what is planned; the
  // total asked for (5 by 2023-06 is 1.3.2.1.2's condition, a deliverable, not a count to have reached now).
  if (
    def.type === 'count' &&
    /计划|planned|will/u.test(words.question ?? '') &&
    /(?:已经|目前|现在|到现在)[^，,。]{0,4}(?:办了|搞了|开展了|举办了|做了|办过|搞过)|\b(?:so far|already)\b[^.,]{0,20}\b(?:held|ran|run|did|organi[sz]ed|hosted)\b/u.test(
      plain,
    ) &&
    !WHEN_DONE.test(plain) &&
    !/一共|总共|合计|共计|总计|不办了|不再|就这些|没有了|不搞了|in total|altogether|no more/u.test(plain)
  )
    return { kind: 'unclear', code: 'so_far' };
  // 10个班，其中3.5天以上的8个 / 一共12个班, to how many classes last 3.5 days or more (5.5.1.5): the count said of the
  // long classes, in the clause naming their length; all the classes counted, with no length said, is asked.
  if (fact === 'long_classes') {
    const clauses = plain.split(/[，,。；;]/u);
    // (A fresh search each time: LONG_CLASS is global, and test() on it would carry its lastIndex.)
    const long = clauses.filter((c) => c.search(LONG_CLASS) >= 0);
    const counts = long.flatMap((c) => [
      ...c.replace(LONG_CLASS, '').matchAll(/\d+|[一二两三四五六七八九十]+(?=个|期|班)/gu),
    ]);
    if (long.length === 1 && counts.length === 1 && PART_WORD.test(plain)) {
      const r = parseAnswer(def, (counts[0] as RegExpMatchArray)[0], words.options);
      if (r.ok) return { kind: 'value', value: r.value };
    }
    // (4天的班一共10个: the classes' length said, of 3.5 days or more, names the long ones.)
    const days = /(\d+(?:\.\d+)?|[一二两三四五六七八九十])\s*(天半|天|days?)/u.exec(plain.replace(LONG_CLASS, ''));
    const length = days ? parseNumeral(days[1] as string) : undefined;
    const span = length?.ok ? length.value.value + (days?.[2] === '天半' ? 0.5 : 0) : undefined;
    if (
      long.length === 0 &&
      span === undefined &&
      TOTAL_WORD.test(plain) &&
      /班|期|\bclass(?:es)?\b|\bsessions?\b/u.test(plain) &&
      !/都|全都|全部是|每个|每期|每班|一周|工作日|\b(?:all|each|every)\b/u.test(plain)
    )
      return { kind: 'unclear', code: 'all_classes' };
    // 一共12个班，都是2天的: a length said shorter than 3.5 days, not in the form read below (每个班2天): asked.
    // (Not beside the long classes' own length: 3天半的班…是8个 有两期只有3天 counts the long ones.)
    if (
      long.length === 0 &&
      span !== undefined &&
      span < 3.5 &&
      /都|全|一共|总共|\b(?:all|every)\b/u.test(plain) &&
      !/每(?:个)?班/u.test(plain)
    )
      return { kind: 'unclear', code: 'ambiguous' };
  }
  // 900 like I wrote. 12 classes, each 75 people…: a count alone in the first sentence answers; the rest is more.
  const lead = def.type === 'count' || def.type === 'number' ? LEAD_FIGURE.exec(plainDigits)?.[1] : undefined;
  if (lead !== undefined) {
    const r = parseAnswer(def, lead, words.options);
    if (r.ok) return { kind: 'value', value: r.value };
  }
  // about 1.5m in 2021 and 2m so far this year / 21年150万 今年到现在200万, to a 2021 figure: the one clause said of 2021
  // answers when every other clause holding a figure is said of later (今年, 到现在, so far) — as for the year's end below.
  if (LAST_YEAR_FACT.test(fact) && def.type === 'amount') {
    const clauses = plain
      .split(CLAUSE_OR_AND_WHILE)
      .filter((c) => /[\d一二两三四五六七八九十百千万亿]/u.test(c.replace(YEARS_SAID, '')));
    const of2021 = clauses.filter((c) => saidForLastYear(c) && !LATER_SAID.test(c));
    const later = clauses.filter((c) => !of2021.includes(c));
    // (Only a clause that says the year and the figure, with the asked measure's own word at most: 21年贷款3000万,
    // 21年本金还了500万 or 去年销售3亿 beside this year's figure says another measure.)
    const found = [...(of2021[0]?.replace(YEARS_SAID, '') ?? '').matchAll(YEAR_END_FIGURE)];
    const withUnit = found.filter((f) => f[1] !== undefined);
    const figure = withUnit.length === 1 ? withUnit[0]?.[0] : found.length === 1 ? found[0]?.[0] : undefined;
    const otherMeasure =
      figure === undefined || !onlyYearAndFigure(of2021[0] as string, figure, OWN_2021_WORD[fact] ?? /(?!)/gu);
    const r = figure === undefined ? undefined : parseAnswer(def, figure, words.options);
    if (of2021.length === 1 && later.length > 0 && !otherMeasure && later.every((c) => LATER_SAID.test(c)) && r?.ok)
      return { kind: 'value', value: r.value, mention: { fact, value: r.value, source: figure as string } };
  }
  // 原来报的3000，后来追加到3800 现在按3800算 / we had 30% before, 80% now / 原计划去年10月 拖到了今年3月才完: a figure said
  // as the earlier one, then one said as where it ended up — the last: the first clause says the earlier, the one after
  // it the final (no other clause says a final one, and the final one is no growth by itself: 又买了40).
  const settledLast = lastSettled(def, plain, words.options);
  if (settledLast === null) return { kind: 'unclear', code: 'ambiguous' };
  // (拖到12月才完: a final month with no day is its last day, said so and checked as any such date is.)
  if (settledLast !== undefined && def.type === 'date' && !/[日号]|月\s*\d/u.test(plain))
    return {
      kind: 'value',
      value: settledLast,
      mention: { fact, value: settledLast, source: plain, dayAssumed: true },
    };
  if (settledLast !== undefined) return { kind: 'value', value: settledLast };
  // about 60 per class on average / 一般一个班60人, to the smallest class's size: the usual class, not the smallest (5.5.1.5
  // sets its floor on every class); asked.
  if (
    fact === 'min_class_size' &&
    /平均|一般|通常|\b(?:average|on average|avg|usually|typically|normally)\b/iu.test(
      plain.split(/[，,。；;]/u)[0] ?? '',
    ) &&
    !/最少|最小|至少|不少于|\b(?:smallest|minimum|at least|fewest|no fewer)\b/iu.test(plain)
  )
    return { kind: 'unclear', code: 'qualified' };
  // 总收入350 其中集群服务220 / 营业收入21年是3.2亿，主营大概2.9亿: the one clause naming the question's own measure answers
  // when every other figure is of a broader one (all revenue, not the cluster service's or the main business's).
  // (总收入350 alone, to the cluster service's revenue: a broader revenue, not the one asked; asked.)
  const ownNamed = OWN_MEASURE[fact];
  if (ownNamed && BROADER_REVENUE.test(plain) && !ownNamed.test(plain)) return { kind: 'unclear', code: 'qualified' };
  const ownFigure = ownMeasureFigure(fact, plain);
  if (ownFigure !== undefined) {
    const r = parseAnswer(def, ownFigure, words.options);
    if (r.ok) return { kind: 'value', value: r.value, mention: { fact, value: r.value, source: ownFigure } };
  }
  // we spent 8m in the first half of 2022, to a 2021 figure: every clause holding a figure says another year
  // (2.3亿，前年是1.9亿 has one that does not).
  const figureClauses = plain
    .split(/[，,。；;]/u)
    .filter((c) => /[\d一二两三四五六七八九十百千万亿]/u.test(c.replace(YEARS_SAID, '')));
  if (
    (LAST_YEAR_FACT.test(fact) || fact === 'invested_by_2021_end') &&
    kinds &&
    figureClauses.length > 0 &&
    figureClauses.every((c) => saidForOtherYear(c) && !/去年|2021|21年|上年|last year/u.test(c))
  )
    return { kind: 'unclear', code: 'qualified' };
  // 现在1.6个亿 到明年6月能到2.5亿, to a question asking the figure at the project's completion: the one said of
  // then, not of now (the now figure is never recorded for it).
  if (/完成时|at completion/u.test(words.question ?? '') && NOW_WORD.test(plain)) {
    // (Only clauses with a figure of the measure asked: 接入企业已经1200家 or 目前已经完成一半 beside it says nothing
    // of it.)
    const clauses = plain
      .split(SPOKEN_CLAUSE_BREAK)
      // (到上线能到2.5亿: completion's word — 上线, 建成 — names when, not another measure; 开工那会儿 is another time.)
      .filter(
        (c) =>
          FIGURE_SAID.test(c.replace(YEARS_SAID, '')) &&
          !namedFacts(c).some((f) => f !== fact && f !== 'completion_date'),
      );
    const now = clauses.filter((c) => NOW_WORD.test(c));
    // (解析量1.5亿，目前已经有1亿了: the one clause not said of now answers, marked as of then or not.)
    const marked = clauses.filter((c) => WHEN_DONE.test(c) && !NOW_WORD.test(c));
    const then = marked.length > 0 ? marked : clauses.filter((c) => !NOW_WORD.test(c));
    const said = (then[0] ?? '').replace(/\d{1,2}\s*月(?:底|份|末)?/gu, '').replace(YEARS_SAID, '');
    // One figure with its unit (2.5亿, 250 million; its clause, kept above, names no other measure), said as the figure
    // then — not a bound (接近2亿), a growth (增长50%, 再增加5000万, 翻一番) or a figure without its unit.
    const figures = said.match(new RegExp(FIGURE_SAID.source, 'gu')) ?? [];
    const figure = figures.length === 1 ? figures[0] : undefined;
    const r = figure === undefined ? undefined : parseAnswer(def, figure, words.options);
    const unsure =
      /将近|接近|逼近|快|不到|差点|增长|增加|新增|每年|第一年|再|翻|提高|提升|多了|倍|%|％|\b(?:almost|nearly|close to|under|below|grow|increase|more|double|per year|a year|annual|first year)\b/u.test(
        said,
      );
    if (now.length > 0 && then.length === 1 && r?.ok && !unsure)
      return { kind: 'value', value: r.value, mention: { fact, value: r.value, source: figure as string } };
    if (now.length > 0 && clauses.length >= 2) return { kind: 'unclear', code: 'ambiguous' };
  }
  // 截至去年底投了1200万，今年又投了800 / roughly 6m by end of 2021, 9m as of now: to the figure at 2021's end, the one
  // clause said of 2021's end answers when every other figure is said of later (今年, 到现在, now).
  if (fact === 'invested_by_2021_end') {
    // (Chinese clauses set apart by a space count too: 到现在投了1800 去年底那会儿是1100.)
    const clauses = plain
      .split(SPOKEN_CLAUSE_BREAK)
      .filter((c) => /[\d一二两三四五六七八九十百千万亿]/u.test(c.replace(YEARS_SAID, '').replace(YEAR_END_2021, '')));
    const yearEnd = clauses.filter((c) => YEAR_END_2021.test(c));
    const later = clauses.filter((c) => !YEAR_END_2021.test(c));
    // The one amount of that clause: with its unit if one has it (12台设备约1200万 → 1200万), else the one bare number;
    // none in a clause of shares (完成了60%, 一半, 三分之一).
    const said = yearEnd[0]?.replace(YEAR_END_2021, '') ?? '';
    const found = /%|％|分之|一半|成(?!本)/u.test(said) ? [] : [...said.matchAll(YEAR_END_FIGURE)];
    const withUnit = found.filter((f) => f[1] !== undefined);
    const bare = found.filter((f) => f[1] === undefined);
    const figure =
      withUnit.length === 1 ? withUnit[0]?.[0] : withUnit.length === 0 && bare.length === 1 ? bare[0]?.[0] : undefined;
    const r = figure === undefined ? undefined : parseAnswer(def, figure, words.options);
    // (计划投3000 截止去年底实际投了1800: the other clause the whole planned, not a later figure — the same.)
    if (
      yearEnd.length === 1 &&
      later.length > 0 &&
      later.every((c) => LATER_THAN_2021.test(c) || PLANNED_WHOLE.test(c)) &&
      // (we planned 18m by end of 2021, total 30m / 去年底目标是1800: a plan for the year's end is no amount spent.)
      !PLANNED_AT_YEAR_END.test(yearEnd[0] as string)
    )
      return r?.ok
        ? { kind: 'value', value: r.value, mention: { fact, value: r.value, source: figure as string } }
        : // (截至去年底完成投资的一半，现在投了1800万: the figure of now is not it, and the one of then is no amount.)
          { kind: 'unclear', code: 'ambiguous' };
  }
  // the total is 30m / 总投资3000万, to the software question: the project's whole, not the part asked; asked.
  if (
    fact === 'software_investment' &&
    !ex.mentions.some((m) => m.fact === fact) &&
    ex.unbound.some((u) => /\bthe total\b|\btotal investment\b|总投资|项目总/u.test(u.context ?? '')) &&
    !/software|软件|系统集成|上云|云/u.test(plain)
  )
    return { kind: 'unclear', code: 'qualified' };
  // 之前持股30，这次又收了40，现在70: a stake held before the deal said beside other figures — which is the one after it
  // is asked, never the first taken.
  const stakeNow = fact === 'stake_after_pct' ? [...plain.matchAll(STAKE_NOW)] : [];
  if (stakeNow.length === 1 && BEFORE_THE_DEAL.test(plain)) {
    const r = parseAnswer(def, `${stakeNow[0]?.[1]}%`, words.options);
    if (r.ok) return { kind: 'value', value: r.value };
  }
  if (
    fact === 'stake_after_pct' &&
    // (之前没有持股 … 持股80%: no stake before, so no figure of it.)
    plainDigits
      .split(/[，,。；;]/u)
      .some((c) => (BEFORE_THE_DEAL.test(c) || BEFORE_THE_DEAL_EN.test(c)) && /\d/u.test(c)) &&
    (plainDigits.match(/\d+(?:\.\d+)?/gu) ?? []).length +
      (plain.match(/[一二两三四五六七八九十百]+(?:%|成)/gu) ?? []).length >=
      2
  )
    return { kind: 'unclear', code: 'ambiguous' };
  // our parent paid 50m; for us … : a figure said of the parent or the group beside the answer is asked about.
  // (集团12个亿，我们公司自己3个亿: the own figure, read as such, answers.)
  const ownOfParent = ex.mentions.some((m) => m.fact === fact) && ex.setAside.length > 0;
  if (def.type === 'amount' && !ownOfParent && figureClauses.some((c) => PARENT.test(c)))
    return { kind: 'unclear', code: 'qualified' };
  // 去年增长了20% to a three-year average: one year's figure is not the average asked.
  if (THREE_YEAR_FACT.test(fact) && ONE_YEAR.test(plain) && !AVERAGE.test(plain))
    return { kind: 'unclear', code: 'qualified' };
  // 免费的占六成，剩下的都是低收费: the question asks free and low-fee together; which share is meant is asked.
  if (
    fact === 'free_service_share_pct' &&
    /(剩下|其余|其他|the rest|remaining)[^，,。]{0,12}(低收费|打折|折|优惠|low-?fee|discount)/u.test(plain)
  )
    return { kind: 'unclear', code: 'ambiguous' };
  // 十来个人 有几个是兼职的: a count some of which are something else is not the count asked.
  if (def.type === 'count' && SOME_OF_THEM.test(plain)) return { kind: 'unclear', code: 'qualified' };
  const own = ex.mentions.find((m) => m.fact === fact);
  // 南京 无锡 南通 连云港 各一个班, to the cities question: cities named but not read as a list (spaces may set some
  // apart: 苏州 无锡，常州 镇江 看报名情况) — how many is asked, never another figure taken.
  // (南京 无锡 扬州 淮安 四个市: the count said with its 市 is read as usual.)
  // (南京 苏州 扬州 徐州 淮安, the whole message the cities' names and nothing else: their count.)
  const named = plain
    .trim()
    .split(/\s+/u)
    .map((w) => w.replace(/市$/u, ''));
  if (fact === 'training_cities' && !own && named.length >= 2 && named.every((w) => lexicon().cities.includes(w)))
    return { kind: 'value', value: new Set(named).size };
  if (
    fact === 'training_cities' &&
    !own &&
    !/[\d一二两三四五六七八九十]+\s*个?\s*(?:设区)?市/u.test(plain) &&
    new Set(lexicon().cities.filter((c) => plain.includes(c))).size >= 2
  )
    return { kind: 'unclear', code: 'ambiguous' };
  // 1.2k / 2k, to a count: thousands.
  const thousands = def.type === 'count' ? /^\s*(\d+(?:\.\d+)?)\s*k\s*$/u.exec(text) : null;
  if (thousands) {
    const n = Number(thousands[1]) * 1000;
    if (Number.isInteger(n)) return { kind: 'value', value: n };
  }
  if (ex.conflicts.includes(fact)) return { kind: 'unclear', code: 'ambiguous' };
  // 市里批了30万 还没到账 to the subsidy already granted: not granted yet, asked (the fact's own blocks; 没拿到
  // with no figure is a 0).
  const figured =
    ex.unbound.length > 0 ||
    ex.mentions.some((m) => m.fact === fact && /[\d一二两三四五六七八九十百千]/u.test(m.source)) ||
    /[\d两三四五六七八九十百千万亿]/u.test(text);
  // (设备和软件一共3800 to the software question: the reading of the message already kept the figure out.)
  if (
    kinds &&
    ((figured && factBlocked(fact, text)) ||
      // (预算报的是8000万 1.5亿是含了企业自己投的: the fact's own figure said plainly beside another, qualified one answers.)
      ex.unclear.some((u) => u.fact === fact && u.reason === 'qualified' && !(own && String(own.source) !== u.source)))
  ) {
    return { kind: 'unclear', code: 'qualified' };
  }
  // 设备两千加软件五百 / 固贷两笔，1500加800 / equipment 20m plus software 5m, so 25m total: parts joined by 加 or plus,
  // nothing else figured, answer with their sum (a total said after them must be it). A part named as the slot's own
  // fact (软件 to the software question) is one part among others, not the answer: asked.
  const added = def.type === 'amount' ? addedParts(plainDigits, fact) : undefined;
  if (added !== undefined) {
    if (added === null) return { kind: 'unclear', code: 'ambiguous' };
    const read = added.parts.map((p) => parseAnswer(def, p, words.options));
    if (read.every((r) => r.ok && typeof r.value === 'number')) {
      const value = read.reduce((sum, r) => sum + (r.ok ? (r.value as number) : 0), 0);
      if (added.total === undefined || Math.abs(added.total - value) < 1e-6)
        return { kind: 'value', value, mention: { fact, value, source: added.parts.join(' + ') } };
      return { kind: 'unclear', code: 'ambiguous' };
    }
  }
  const listed = def.type === 'amount' ? listedParts(plainDigits, fact) : undefined;
  if (listed === null) return { kind: 'unclear', code: 'ambiguous' };
  if (listed !== undefined) {
    const value = roundTiny(listed.value);
    return { kind: 'value', value, mention: { fact, value, source: listed.source } };
  }
  // 贷了两笔 一笔2000 一笔1500: parts told one by one (一笔…一笔) answer with their sum.
  const parts = def.type === 'amount' ? [...normalize(text).matchAll(PART)].map((p) => p[1] as string) : [];
  if (parts.length >= 2) {
    const read = parts.map((p) => parseAnswer(def, p, words.options));
    if (read.every((r) => r.ok && typeof r.value === 'number')) {
      const value = read.reduce((sum, r) => sum + (r.ok ? (r.value as number) : 0), 0);
      return { kind: 'value', value, mention: { fact, value, source: parts.join(' + ') } };
    }
    return { kind: 'unclear', code: 'ambiguous' };
  }
  if (kinds) {
    // 去年接近500家，今年300家: a figure said as "nearly" beside another: which one answers is asked, never the other taken.
    // (其中设备接近3000万 is a part of the figure said; 满意度接近95% / 利率接近4个点 is a share beside a count or a sum.)
    const nearly = /(?:将近|接近|逼近)\s*[\d一二两三四五六七八九十百千.]+\s*(%|个点|个百分点|成)?/u.exec(plain);
    const clauseBefore = nearly
      ? (plain
          .slice(0, nearly.index)
          .split(/[，,。；;]/u)
          .at(-1) ?? '')
      : '';
    if (
      nearly &&
      !/其中|里面|包括|包含|including|of which/u.test(clauseBefore) &&
      (nearly[1] === undefined) === (def.type !== 'percent') &&
      (plainDigits.match(/\d+(?:\.\d+)?/gu) ?? []).filter((n) => !/^20\d\d$/u.test(n)).length +
        (plain.match(/[一二两三四五六七八九十百千]+(?:万|亿|家|个|人)/gu) ?? []).length >=
        2
    )
      return { kind: 'unclear', code: 'bound' };
    // 快两个亿了 / 快三年了 / almost 2,000: nearly there, a bound, not the figure.
    if (/快(?:要)?(?:到)?[\d一二两三四五六七八九十百千]|\balmost\s+\d|\bnearly\s+\d/u.test(plainDigits))
      return { kind: 'unclear', code: 'bound' };
    // 小两千 / 小一千人，分16个班 / 小两年: 小 before a figure in words is "nearly" (每班最小60人 is a floor).
    if (nearlyOfSlot(def, plain, plainDigits)) return { kind: 'unclear', code: 'bound' };
    // 不到一千人，分16个班, to a question of people: the bound is the figure in the question's unit; asked, never the
    // other figure taken.
    if (
      def.type === 'count' &&
      def.unit !== undefined &&
      // (最少50人，最多80人 / 一共1200人，每个班最多60人: another figure in the unit is said plainly; it is read as before.)
      (plain.match(new RegExp(`[\\d一二两三四五六七八九十百千万.]+\\s*${escapeRegExp(def.unit)}`, 'gu'))?.length ??
        0) === 1 &&
      lexicon().below.some((w) =>
        new RegExp(
          `(?<!不)${escapeRegExp(w)}\\s*[\\d一二两三四五六七八九十百千万.]+\\s*${escapeRegExp(def.unit as string)}`,
          'u',
        ).test(plain),
      )
    )
      return { kind: 'unclear', code: 'bound' };
    // three or four years / 3 or 4: two figures offered, a range.
    // (5, maybe 6 / 5个 也可能6个: the second figure offered as a maybe.)
    if (
      /\b\d+(?:\.\d+)?\s+or\s+\d+(?:\.\d+)?\b|\b(?!(?:19|20)\d\d\b)\d+(?:\.\d+)?\s+to\s+(?!(?:19|20)\d\d\b)\d+(?:\.\d+)?\b|\d+(?:\.\d+)?\s*[个家场次人]?\s*[,，]?\s*(?:or maybe|maybe|perhaps|possibly|也可能|或许|说不定)\s*\d/u.test(
        plainDigits,
      )
    )
      return { kind: 'unclear', code: 'range' };
    // 230000000 to a question counted in 亿: the count itself, not in 亿; asked.
    if (def.unit === '亿' && /^\s*\d{5,}\s*$/u.test(plain)) return { kind: 'unclear', code: 'unit_ambiguous' };
    const unclear = ex.unclear.find((u) => u.fact === fact || u.fact === null);
    // Two figures of the slot's kind (两个多亿吧 具体是2.3个亿): which one is meant is asked.
    // 今年上半年已经3000万了 beside the 2021 figure, 其中设备购置1200万 beside the total: another year's figure or a
    // part of the one given is no rival to it.
    const rivals = ex.unbound.filter(
      (u) =>
        kinds.includes(u.kind) &&
        !(own && LAST_YEAR_FACT.test(fact) && saidForOtherYear(u.context ?? '')) &&
        !(own && /^\s*(其中|里面|including|of which)/u.test(u.context ?? '')) &&
        // 100%, wholly owned: the same figure said twice is one.
        !(own && u.value === own.value),
    );
    // 打算办10个班，每班60人, to the trainees in 人 / 南京 无锡 南通 连云港 各一个班, to the cities: a count of another thing
    // (10个班, 5期, 3场) is no answer to it — unless the question counts that thing (3.5天以上的班次有几个: 8班).
    if (def.type === 'count')
      for (const u of [...rivals]) {
        const measure = measureCounted(plain, String(u.source));
        if (
          measure !== undefined &&
          !(words.question ?? '').includes(measure.replace(/^个/u, '')) &&
          !String(u.source).includes(def.unit ?? '\u0000')
        )
          rivals.splice(rivals.indexOf(u), 1);
      }
    // 60 per class to the number of classes, 5 cities to the smallest class's size: an English noun after the figure
    // counting another thing.
    if (def.type === 'count')
      for (const u of [...rivals]) {
        const source = normalize(String(u.source));
        const at = plain.indexOf(source);
        const after = at < 0 ? '' : plain.slice(at + source.length);
        if (countsOtherThing(def.unit ?? '', after)) rivals.splice(rivals.indexOf(u), 1);
      }
    // 有两个班只招到45个人, to the smallest class's size in 人: a count of another thing (两个班) is no rival.
    if (def.type === 'count' && def.unit === '人' && rivals.length > 1) {
      const people = rivals.filter((u) => /人|名|位|学员/u.test(u.source));
      if (people.length === 1) for (const u of [...rivals]) if (u !== people[0]) rivals.splice(rivals.indexOf(u), 1);
    }
    // 35 million, 3500万: one figure said twice in a row, in two forms, is one.
    const twice = rivals.filter((u, i) =>
      rivals.some(
        (v, j) =>
          j < i &&
          v.kind === u.kind &&
          v.value === u.value &&
          normalize(v.source) !== normalize(u.source) &&
          new RegExp(
            // (三千五 对 就是3500万: said again after a yes to itself.)
            `${escapeRegExp(normalize(v.source))}[\\s,，、/()（）=≈~]*(?:(?:对的|对|没错|也就是|就是|即|是|i\\.e\\.|that is|yes)[\\s,，]*)*${escapeRegExp(normalize(u.source))}`,
            'u',
          ).test(plain),
      ),
    );
    for (const u of twice) rivals.splice(rivals.indexOf(u), 1);
    // 设备投了2000万，总投资接近3000万 / 现在1.5亿，项目完成时接近2亿: a bound said beside the figure read may be the one
    // asked; which is meant is asked, never the other figure taken.
    if (
      unclear?.reason === 'bound' &&
      (own || rivals.length > 0) &&
      BOUND_IN_FIGURE.test(unclear.source) &&
      !/(?:其中|里面|包括|包含)[^，,。；;]{0,10}(?:将近|接近|逼近)/u.test(plain)
    )
      return { kind: 'unclear', code: UNCLEAR_CODE[unclear.reason] };
    if (own && rivals.length > 0 && (def.type === 'amount' || def.type === 'percent')) {
      return { kind: 'unclear', code: 'ambiguous' };
    }
    // 推广活动去年就搞了3场 今年再搞4场: another count in the count's own unit beside it; which one is asked.
    const unitOf = (x: unknown) => /(场|家|人次|人|次|项|名|期|班)\s*$/u.exec(String(x))?.[1];
    // (每班最少50人，总共1000人 / 专职15人，兼职5人 / 其中规上300家: the other count is of another thing; read as before.)
    if (
      own &&
      def.type === 'count' &&
      unitOf(own.source) &&
      rivals.some((u) => unitOf(u.source) === unitOf(own.source)) &&
      /再|又|还要|还会|计划|准备|打算/u.test(plain) &&
      // (Only to a question that counts what is planned too — 开展（计划开展）…多少场; 2021's count or a team now is
      // said of its own period.)
      /计划|planned|will/u.test(words.question ?? '') &&
      !/其中|每|总共|一共|合计|兼职|线上|线下/u.test(plain)
    )
      return { kind: 'unclear', code: 'ambiguous' };
    if (own) {
      // 软件五百，云服务一百二: a second bare number beside the one read (its unit inherited) is another part; asked.
      if (
        def.type === 'amount' &&
        own.unitInherited &&
        uncuedNumber(text, String(own.source), LAST_YEAR_FACT.test(fact))
      )
        return { kind: 'unclear', code: 'ambiguous' };
      if (def.type !== 'percent' || own.phrase) return { kind: 'value', value: own.value, mention: own };
      const r = parseAnswer(def, own.source, words.options);
      return r.ok ? { kind: 'value', value: r.value, mention: own } : { kind: 'unclear', code: r.code };
    }
    // 含税1130万，不含税1000万: the one plain figure answers; an unsure one alone is asked about. The plain one must be
    // the same sum on the question's basis: 4.2 million with VAT … and also 300k staff bonus names a part, not it.
    // (EUR 9 million, about 65 million RMB, to a date question: a currency is no reason to ask a date again.)
    if (unclear && rivals.length !== 1)
      return {
        kind: 'unclear',
        code:
          unclear.reason === 'foreign_currency' && def.type !== 'amount' ? 'no_match' : UNCLEAR_CODE[unclear.reason],
      };
    if (unclear && def.type === 'amount' && rivals[0] && isPartOf(rivals[0].value, unclear.source))
      return { kind: 'unclear', code: UNCLEAR_CODE[unclear.reason] };
    // 去年是1.2个亿，前年9000万, to a question about 2021: the figure said for 2021.
    // 税的话去年交了四百二十万 beside the figure asked: said for 2021, but named as another fact's.
    const ofYear =
      rivals.length > 1 && LAST_YEAR_FACT.test(fact)
        ? rivals.filter(
            (u) =>
              saidForLastYear(u.context ?? '') &&
              namedFacts(u.context ?? '').every((named) => named === fact) &&
              !otherFactWord(u.context ?? '', fact),
          )
        : [];
    // 2.3亿，前年是1.9亿: every figure but one said for another year; the one left answers the year asked.
    const unmarked =
      ofYear.length === 0 && rivals.length > 1 && LAST_YEAR_FACT.test(fact)
        ? rivals.filter((u) => !saidForOtherYear(u.context ?? ''))
        : [];
    if (unmarked.length === 1 && !otherFactWord(unmarked[0]?.context ?? '', fact)) ofYear.push(unmarked[0] as Unbound);
    if (ofYear.length === 1) {
      const u = ofYear[0] as Unbound;
      return { kind: 'value', value: u.value, mention: asMention(fact, u) };
    }
    // 已经办了3场，下半年再办3场，一共6场: the total said is the answer.
    const said =
      /(?:一共|总共|合计|共计|加起来|总计|in total|altogether|a total of)\s*(?:是|有|办了|of)?\s*([^\s，,。；;]+)/u.exec(
        plain,
      )?.[1];
    const totals = said ? rivals.filter((u) => normalize(said).startsWith(normalize(String(u.source)))) : [];
    // (It must be the sum of the parts said: 设备2000万软件500万合计2600万 is asked.)
    const parts = rivals.filter((u) => u !== totals[0]).reduce((sum, u) => sum + Number(u.value), 0);
    if (
      rivals.length > 1 &&
      totals.length === 1 &&
      (def.type === 'count' || def.type === 'amount') &&
      Math.abs(parts - Number(totals[0]?.value)) < 1e-6
    ) {
      const u = totals[0] as Unbound;
      return { kind: 'value', value: u.value, mention: asMention(fact, u) };
    }
    if (rivals.length > 1) return { kind: 'unclear', code: 'ambiguous' };
    if (rivals.length === 1) {
      const u = rivals[0] as Unbound;
      // 前年是九千万，去年的还没出来: another year's figure does not answer a question about 2021.
      if (LAST_YEAR_FACT.test(fact) && saidForOtherYear(u.context ?? '')) return { kind: 'unclear', code: 'qualified' };
      if (def.type === 'percent') {
        // The slot's own limits: a growth rate may be negative, a share is at most 100.
        const r = parseAnswer(def, u.source, words.options);
        return r.ok
          ? { kind: 'value', value: r.value, mention: asMention(fact, u, r.value) }
          : { kind: 'unclear', code: r.code };
      }
      // Another number not read as any figure: which one answers is asked. Figures read for other facts, a
      // tax-inclusive one beside its ex-tax value (含税1130万，不含税1000万) and a foreign one beside its RMB value are
      // accounted for; a credit line or a working-capital loan beside the figure is not (授信五千万 实际提款三千万).
      const exTax = TAX_EXCLUDED.test(normalize(text));
      // 35% of total, about 990万 to what was invested by 2021: the share says what part of the total the figure is.
      const shareOfTotal = (x: Unbound) =>
        fact === 'invested_by_2021_end' &&
        (new RegExp(
          `${escapeRegExp(normalize(u.source))}\\s*[,，(（]?\\s*(?:about|around|roughly|约|大约|大概|占)?\\s*${escapeRegExp(x.source)}`,
          'u',
        ).test(plain) ||
          new RegExp(
            `${escapeRegExp(x.source)}\\s*(?:of (?:the )?(?:total|whole|project|total investment))|(?:总投资|总投入|总额)的?\\s*${escapeRegExp(x.source)}`,
            'u',
          ).test(plain));
      const accounted = [
        u.source,
        ...twice.map((x) => x.source),
        ...ex.unbound.filter((x) => x.kind === 'percent' && shareOfTotal(x)).map((x) => x.source),
        ...ex.mentions.map((x) => String(x.source)),
        ...ex.setAside,
        ...ex.unclear.filter((x) => exTax || x.reason === 'foreign_currency').map((x) => x.source),
        ...taxIncludedBeside(plain, String(u.source)),
      ];
      // 去年开了2000万 今年又开了500: a number said for another year is no rival to the one said for 2021.
      const forTheYear = LAST_YEAR_FACT.test(fact) && saidForLastYear(u.context ?? '');
      if (
        def.type === 'amount' &&
        !forTheYear &&
        leftoverNumber(withoutDenied(englishNumbers(normalize(text))), accounted)
      )
        return { kind: 'unclear', code: 'ambiguous' };
      // 投了七成 总共6000万: a share beside the amount; which figure answers is asked.
      if (def.type === 'amount' && ex.unbound.some((x) => x.kind === 'percent' && !shareOfTotal(x)))
        return { kind: 'unclear', code: 'ambiguous' };
      // 截至2021年底1500万 / 15 million by end of 2021, to the total's question: what was invested by then (1.2.3's
      // progress), not the total: asked. (六百万，到去年年底投了一百万: the year's end is the other figure's.)
      if ((fact === 'total_investment' || fact === 'filed_total_investment') && byEndOf2021(plain, String(u.source)))
        return { kind: 'unclear', code: 'qualified' };
      // 有固贷，3000万 to the total's question: the clause before the figure names another amount (the loan) alone.
      if (def.type === 'amount' && namedAlone(u.context ?? '', fact)) return { kind: 'unclear', code: 'echo_other' };
      if (def.type === 'amount' || def.type === 'date') {
        // A bare number to a question asked in 万元 is 万元; a huge one is surely 元 without its unit.
        if (u.unitMissing && typeof u.value === 'number' && u.value >= 1e6)
          return { kind: 'unclear', code: 'unit_ambiguous' };
        return { kind: 'value', value: u.value, mention: asMention(fact, u) };
      }
      // A count or a number: its value as read (12个人, 一年半), in the fact's unit (两个亿 of registrations
      // counted in 亿 is 2, an amount read in 万).
      if (typeof u.value !== 'number') return { kind: 'unclear', code: 'no_match' };
      // Money is a figure only for facts counted in 亿 (两个亿 of registrations); 620万 to a question of years is asked.
      if (u.kind === 'amount' && def.unit !== '亿') return { kind: 'unclear', code: 'no_match' };
      const value = u.kind === 'amount' ? u.value / 1e4 : u.value;
      if (def.unit === '年' && value > 100) return { kind: 'unclear', code: 'out_of_range' };
      if (def.type === 'count' && !Number.isInteger(value)) return { kind: 'unclear', code: 'not_integer' };
      return { kind: 'value', value, mention: asMention(fact, u, value) };
    }
    // Figures all bound to other facts: nothing here for this slot, unless a clause of its own answers it.
    if (ex.mentions.length > 0 || ex.unbound.length > 0 || ex.unclear.length > 0) {
      // 3.9 五年期的: one clause of its own answers, when nothing else in the message is unsure.
      // (差不多2200 其中软件系统集成500左右: an amount only in the first clause, the answer said first.)
      if (ex.unclear.length > 0) return { kind: 'none' };
      const parts = withoutThousandsCommas(text)
        .split(/[，,。；;\s]+/u)
        .filter((c) => c !== '');
      const clauses = parts
        // 26 million excluding VAT to a rate question: the 26 is the amount's, no clause of its own.
        .filter(
          (c) =>
            // (960 is not the 60 said of another fact.)
            !ex.mentions.some((m) =>
              new RegExp(`(?<![\\d.])${escapeRegExp(String(m.source))}(?![\\d.])`, 'u').test(c),
            ) &&
            !ex.unbound.some((u) => String(u.source).includes(c)) &&
            // (60 trainees per class, 10 classes, to the total trainees: the 10 counts classes, split from its noun.)
            !(def.type === 'count' && countedApart(def.unit ?? '', normalize(text), normalize(c))) &&
            // (10期，60人一期, to the trainees: 10期 counts classes.)
            !(def.type === 'count' && unitOfOtherKind(def.unit ?? '', normalize(c))),
        );
      const first = parts[0];
      // (An amount only as a plain figure, hedged at most by 差不多/大概/左右, and nothing in the message on another
      // basis: 不到2000, 含税6000, 授信3000, 每年500, 2021, 8000吗 stay asked.)
      const rest = parts.filter((c) => c !== first);
      // (…and every other clause holds a figure read for another fact: 3000 美元 软件500, 3000 这是集团的总盘子 … stay
      // asked.)
      const restBound = rest.every((c) => ex.mentions.some((m) => c.includes(String(m.source))));
      const plainAmount = (c: string) =>
        restBound &&
        PLAIN_FIRST_AMOUNT.test(normalize(c)) &&
        !/[吧吗呢?？]\s*$/u.test(c) &&
        !/^(?:20(?:1[5-9]|2\d))$/u.test(normalize(c)) &&
        !qualified(text);
      const read = clauses
        .filter((c) => def.type !== 'amount' || (c === first && ex.unbound.length === 0 && plainAmount(c)))
        .map((c) => parseAnswer(def, c, words.options))
        .filter((r) => r.ok);
      if (read.length === 1 && read[0]?.ok) return { kind: 'value', value: read[0].value };
      return { kind: 'none' };
    }
    if (def.type === 'amount' && qualified(text)) return { kind: 'unclear', code: 'qualified' };
    // 不到500 / 400万不到: a bound, not the figure.
    if (lexicon().below.some((w) => plain.includes(w)) || lexicon().belowAfter.some((w) => plain.includes(w))) {
      return { kind: 'unclear', code: 'bound' };
    }
    // the offline count is 113, not 163: a count said in a sentence, the one number left once the denied one and the
    // years are set aside.
    if (def.type === 'count' || def.type === 'number') {
      const numbers =
        withoutDenied(plainDigits)
          .replace(/\b(?:19|20)\d\d\b/gu, ' ')
          .match(/(?<![\d.])\d+(?:\.\d+)?(?![\d.]*\s*(?:%|万|亿|元|million|m\b|yuan|rmb))/gu) ?? [];
      // The denied figure said again (the 163 included…) is still the denied one.
      const denied = deniedNumber(plain);
      const left = numbers.filter((n) => n !== denied);
      // (60 per class, to the number of classes: a count of another thing.)
      const said = withoutDenied(plainDigits);
      const other = (n: string) =>
        [...said.matchAll(new RegExp(`(?<![\\d.])${escapeRegExp(n)}(?![\\d.])`, 'gu'))].some((m) =>
          countsOtherThing(def.unit ?? '', said.slice((m.index ?? 0) + n.length)),
        );
      if (left.length === 1 && !other(left[0] as string)) {
        const r = parseAnswer(def, left[0] as string, words.options);
        if (r.ok) return { kind: 'value', value: r.value };
      }
    }
    // 不是6500万 alone says what the figure is not.
    if (deniesFigure(plainDigits)) return { kind: 'unclear', code: 'ambiguous' };
    // 去年交了五百多 前年三百出头, to a question about 2021: bare figures each said of its year, every one but one of
    // another year — the one left answers (read alone, as if said alone).
    if (LAST_YEAR_FACT.test(fact) && kinds) {
      const withFigure = plain
        .split(SPOKEN_CLAUSE_BREAK)
        .filter((c) => /\d|[一二两三四五六七八九十百千]/u.test(c.replace(YEARS_SAID, '')));
      const ofTheYear = withFigure.filter((c) => !saidForOtherYear(c));
      // (Not part of the year or a figure changed by something: 去年上半年交了300, 去年少交了200, 去年退税200.)
      if (
        withFigure.length >= 2 &&
        ofTheYear.length === 1 &&
        saidForLastYear(ofTheYear[0] ?? '') &&
        !/上半年|下半年|季度|[一二三四]季|\d+\s*月|月份|少|多交|退|免|减|补交|缓|欠|应交|应缴|不确定|估计|可能|好像|集团|母公司|总部|子公司|区里|市里|县里|给了|奖励|补贴|贴息/u.test(
          plain,
        )
      ) {
        const r = parseAnswer(def, (ofTheYear[0] ?? '').replace(YEARS_SAID, ' '), words.options);
        if (r.ok) return { kind: 'value', value: r.value };
      }
    }
    const whole = parseAnswer(def, englishNumbers(text), words.options);
    if (whole.ok) return fromResult(whole);
    // 没有 全自有资金 / 3.9 五年期的: the first clause alone answers.
    // Number words first (one thousand, … is 1000, not "one").
    const spelled = englishNumbers(text);
    const first = withoutThousandsCommas(spelled)
      .split(/[，,。；;\s]+/u)
      .find((c) => c !== '');
    // (800 so far, target is 1500: a figure now and one planned; which one answers is asked.)
    if (
      first &&
      first !== spelled &&
      !whole.ok &&
      whole.code === 'no_match' &&
      (def.type === 'count' || def.type === 'number') &&
      /\d/u.test(spelled.slice(spelled.indexOf(first) + first.length).replace(/\d{2,4}\s*年/gu, '')) &&
      nowAndTarget(spelled)
    )
      return { kind: 'unclear', code: 'ambiguous' };
    // (16 classes of 60, so 960, to a count of people: the first figure counts another thing; asked.)
    const otherThing =
      def.type === 'count' &&
      (def.unit === '人' || def.unit === '人次') &&
      first !== undefined &&
      new RegExp(`^\\s*${escapeRegExp(first)}\\s+${OTHER_THING_EN.source}`, 'iu').test(spelled) &&
      !(words.question ?? '')
        .toLowerCase()
        .includes(/^\s*\S+\s+(\w+?)e?s?\b/u.exec(spelled.slice(spelled.indexOf(first)))?.[1] ?? '\u0000');
    // (no 5G, to the total's question: English "no" before a noun is said of that thing, no zero.)
    const noOfThing = first !== undefined && /^no$/iu.test(first) && /^\s*no\s+[a-z]*\d+[a-z]/iu.test(spelled);
    if (first && first !== spelled && !whole.ok && whole.code === 'no_match' && !otherThing && !noOfThing) {
      const r = parseAnswer(def, first, words.options);
      if (r.ok) return fromResult(r);
      // (about 1,500, all in person: the first clause, its hedge word before the figure kept with it.)
      const [lead = '', ...after] = withoutThousandsCommas(spelled).split(/[，,。；;]+/u);
      const remark = after.join(' ');
      // (Only a remark that qualifies nothing: about 1,500, only 1,000 offline / half of it online stay asked.)
      const harmless =
        !/\d|online|not\b|n't|half|most|some|total|\bclass(?:es)?\b|except/iu.test(remark) &&
        /\b(?:all\s+)?(?:in person|offline|on[- ]site|face[- ]to[- ]face|in (?:the )?classroom|i think|i guess|more or less|give or take)\b/iu.test(
          remark,
        );
      const led =
        harmless && lead.trim() !== first && def.key !== 'min_class_size'
          ? parseAnswer(def, lead.trim(), words.options)
          : undefined;
      if (led?.ok) return fromResult(led);
    }
    return fromResult(whole);
  }
  // 都在通州: 南通's 通州区 or Beijing's 通州; which province is asked.
  if (fact === 'in_jiangsu' && /通州/u.test(plain) && !/南通|江苏|北京/u.test(plain))
    return { kind: 'unclear', code: 'ambiguous' };
  // 集团是规上的 to "is your enterprise above designated size?": the group's status, not the applicant's.
  if ((fact === 'above_scale' || fact === 'industrial') && PARENT_SUBJECT.test(plain))
    return { kind: 'unclear', code: 'qualified' };
  if (def.type === 'boolean') {
    // A yes/no read from a date (今年3月刚完成 → not in 2021) is the date's, whatever verb came with it.
    // (A date's shape, a year or a month — not the digit of a name, 5G or 4.0: Partly. We have a 5G private network…
    // stays asked.)
    if (own && /\d{2}|年|月/u.test(own.source)) return { kind: 'value', value: own.value, mention: own };
    // 跟东南大学合作，不过实验室放在我们公司园区里: what is said, then turned: asked.
    if (
      own &&
      own.value === true &&
      /(?:不过|但是|但|可是|however|\bbut\b)/u.test(plain.slice(plain.indexOf(normalize(own.source))))
    )
      return { kind: 'unclear', code: 'ambiguous' };
    // 不向学员收费 否: the fact's own label, as the bot echoes it (已记录：不向学员收费 是), then the value.
    const labelled = echoedLabelValue(fact, plain);
    if (labelled !== null) return { kind: 'value', value: labelled };
    // 方向是智改数转，但主要是企业内训: the direction named, then turned (5.5.1(4) also asks 面向省内企业, not 企业内训).
    if (fact === 'training_direction_match' && /但|不过|可是|就是|\bbut\b/iu.test(plain))
      return { kind: 'unclear', code: 'partial' };
    const yn = parseYesNo(text, lexicon().yesno.get(fact), boundaries);
    // 备案和环评有了, to a question of three parts: only part told, asked (the whole, or a part still under way).
    if (partlyTold(fact, text, yn.ok ? (yn.value as boolean) : undefined)) return { kind: 'unclear', code: 'partial' };
    // 我们是区工信局 不是市局 / 申报单位是企业 不是市工信局, to "is the project in Jiangsu?": the no denies who applies,
    // not what was asked.
    if (yn.ok && yn.value === false && fact !== 'applicant_kind' && NO_OF_KIND.test(plain))
      return { kind: 'unclear', code: 'ambiguous' };
    if (yn.ok) {
      if (own && own.value !== yn.value) {
        // A place named for in_jiangsu or a bank outweighs a bare 在/是 before it.
        return /^(是|对|在|yes)/u.test(normalize(text)) && text.length > 4
          ? { kind: 'value', value: own.value, mention: own }
          : { kind: 'unclear', code: 'ambiguous' };
      }
      if (yn.value === true && !own && completedNotAccepted(fact, plain))
        return { kind: 'unclear', code: 'completed_not_accepted' };
      if (yn.value === true && !own && yesOfAnother(fact, plain, ex, words.question))
        return { kind: 'unclear', code: 'yes_of_other' };
      if (
        yn.value === true &&
        !own &&
        thingHeldOther(plain, words.question) &&
        ex.mentions.some((m) => m.fact !== fact)
      )
        return { kind: 'unclear', code: 'about_other' };
      if (yn.value === true && !own && yesInNeighboursWords(fact, plain))
        return {
          kind: 'unclear',
          code: /^(?:是|对|有|嗯|yes|yeah|yep|yup)/iu.test(plain) ? 'yes_of_other' : 'about_other',
        };
      if (
        yn.value === false &&
        !own &&
        (noOfAnotherThing(plain, words.question) || thingHasNone(fact, plain, words.question))
      )
        return { kind: 'unclear', code: 'no_of_other' };
      // 设备已经买了 to the approvals question / 还在建，明年年中完工 to it / we are the acquirer to whether the deal is
      // lawful: a yes or no read from the message's own verbs (已经…了, 还在…), while the message states another fact
      // and holds no word of the question's, no bare yes or no first: it is that fact's, not this question's answer.
      if (!own && aboutAnotherFact(fact, plain, ex, words)) return { kind: 'unclear', code: 'about_other' };
      // 有 第四个是22年1月才办完的, to "other acquisitions completed in 2021?": the yes is of another year: asked.
      if (yn.value === true && !own && words.question?.includes('2021') && YEAR_NOT_2021.test(plain))
        return { kind: 'unclear', code: 'ambiguous' };
      return { kind: 'value', value: yn.value };
    }
    // 算是吧 做电缆的 / 应该是 苏州农商行: the hedge is on the yes; the thing named (a trade, a bank) settles it.
    if (yn.code === 'ambiguous' && own && !UNSURE.test(normalize(text))) {
      return { kind: 'value', value: own.value, mention: own };
    }
    if (yn.code !== 'no_match') return { kind: 'unclear', code: yn.code };
    if (own) return { kind: 'value', value: own.value, mention: own };
    // (推荐单位出了验收意见 to the approvals question states the acceptance: its 推荐单位 echoes no word of this one.)
    // (去年集群服务收入三百五十万 to whether the cluster body has a stable income: the words naming the figure it states
    // — its fact's label, 集群服务收入 — are that figure's, no echo of this question.)
    const rest = withoutOthersSaid(text, ex, fact);
    const echo = onlyFiguresSaid(rest, ex, fact) ? undefined : echoesQuestion(rest, words.question);
    if (echo !== undefined) return { kind: 'value', value: echo };
    const r = parseAnswer(def, text, words.options);
    if (r.ok) return { kind: 'value', value: r.value };
    return ex.mentions.length > 0 || ex.unbound.length > 0 ? { kind: 'none' } : { kind: 'unclear', code: r.code };
  }
  // we have finished 70% of it / 完成了七成: a share of the works done is no completed project: asked.
  const shareDone = (v: unknown) => fact === 'stage' && v === 'completed' && SHARE_DONE.test(plain);
  if (own && !shareDone(own.value)) return { kind: 'value', value: own.value, mention: own };
  const r = parseAnswer(def, text, words.options);
  if (r.ok && shareDone(r.value)) return { kind: 'unclear', code: 'ambiguous' };
  // EIA and energy review are done, to the stage question: the papers are done, not the works (asked again).
  if (fact === 'stage' && r.ok && r.value === 'completed' && PAPERS_DONE.test(plain) && !WORKS_NAMED.test(plain))
    return { kind: 'unclear', code: 'echo_other' };
  // 预计2023年6月建成 / hopefully done by mid-2023, to the stage question: done only in the future — not completed now;
  // planned or under way is asked.
  if (
    fact === 'stage' &&
    r.ok &&
    r.value === 'completed' &&
    (/预计|计划|准备|打算|将|争取|明年|下半年|hopefully|expected|\bwill\b|\bshould\b|\bby\b/iu.test(plain) ||
      YEAR_AHEAD.test(plain)) &&
    !TOLD_AS_DONE.test(plain)
  )
    return { kind: 'unclear', code: 'ambiguous' };
  // `we're on the provincial smart factory list`: the recognitions named, when nothing hedges the list.
  if (
    !r.ok &&
    def.type === 'certs' &&
    ex.certifications.length > 0 &&
    !HEDGE.test(normalize(text)) &&
    !/[、，,;；+和及与&]|\band\b/u.test(text)
  ) {
    return { kind: 'value', value: [...ex.certifications] };
  }
  if (!r.ok && (ex.mentions.length > 0 || ex.unbound.length > 0) && r.code === 'no_match') return { kind: 'none' };
  return fromResult(r);
}

/** Approvals and papers, whose being done says nothing of the works. */
const PAPERS_DONE =
  /\b(?:eia|energy (?:review|assessment|evaluation)|environmental (?:review|assessment|impact)|approvals?|permits?|filing|paperwork|registration)\b|环评|能评|备案|核准|手续/iu;
/** The works themselves named beside them. */
const WORKS_NAMED =
  /\b(?:project|works|construction|line|plant|factory|building|system|completed|finished|built|commissioned|operation|operating|running|live)\b|工程|项目|建设|产线|生产线|厂房|系统|设备|完工|建成|投产|竣工|上线|建完|做完/iu;
const SHARE_DONE = /(?<![\d.])(?:[1-9]\d?(?:\.\d+)?)\s*(?:%|％|percent\b)|[一二三四五六七八九]成/u;

// A yes followed at once by a statement of the speaker (yes we are in Jiangsu, 是的，我们是规上企业).
const YES_WE_ARE =
  /^(yes|yeah|yep|yup|sure|是的?|对的?|对|嗯+|有的?)[\s,，.。!！~]*(we are|we're|we have been|我们(?:是|在|属于|位于)|(?:公司|企业|厂子?)(?:是|在|位于))/u;
// 另外 / also: the statement is said beside the yes, which answers the question.
const BESIDE_THE_YES = /另外|此外|还有|而且|同时|并且|\balso\b|\bbesides\b|\bas well\b|\btoo\b/u;

/**
 * `yes we are in Jiangsu` to a question about capability: the yes may be the statement's (the question was
 * misread), so this question is asked again; the statement is recorded. Only when the statement reads as
 * another fact and nothing says it is told beside the yes (是的，另外我们是规上企业 answers yes).
 */
/** A 不是 that denies who the applicant is (不是市局, 不是企业, not the city bureau). */
const NO_OF_KIND =
  /(?:不是|并非|不属于)\s*(?:市局|市里|市工信局|市经信局|工信局|经信局|企业|公司|园区|管委会|高校|大学|协会|事业单位|民非)|\bnot (?:the )?(?:city bureau|bureau|company|enterprise|park|university)\b/u;

function yesOfAnother(fact: FactKey, plain: string, ex: Extraction, question?: string): boolean {
  if (BESIDE_THE_YES.test(plain)) return false;
  const other = ex.mentions.filter(
    (m) =>
      m.fact !== fact &&
      !(CONFIRMS[fact] ?? []).includes(m.fact) &&
      ((m.value === true && FACT_BY_KEY.get(m.fact)?.type === 'boolean') || FACT_BY_KEY.get(m.fact)?.type === 'enum'),
  );
  if (YES_WE_ARE.test(plain)) return other.some((m) => m.value === true);
  // 是的，已经完工了 to the acceptance question / 有的，贷款是南京银行给的 to "bought with the loan?": a bare yes, then a
  // clause that states another fact and does not echo the question asked.
  const rest = YES_THEN.exec(plain)?.[2];
  if (!rest || (other.length === 0 && ex.certifications.length === 0 && !partsOfAnother(fact, rest))) return false;
  return echoesQuestion(rest, question) === undefined;
}

let neighbourFacts: ReadonlyMap<FactKey, readonly FactKey[]> | undefined;

/** For each yes/no fact, the other yes/no facts read by a clause of the same program section (3.1.1.2 and 3.1.3). */
function neighboursOf(fact: FactKey): readonly FactKey[] {
  if (!neighbourFacts) {
    const clauses = factClauses();
    const section = (k: FactKey) => new Set((clauses.get(k) ?? []).map((c) => c.split('.').slice(0, 2).join('.')));
    const yesNo = FACTS.filter((d) => d.type === 'boolean').map((d) => d.key as FactKey);
    neighbourFacts = new Map(
      yesNo.map((k) => {
        const own = section(k);
        return [k, yesNo.filter((o) => o !== k && [...section(o)].some((x) => own.has(x)))];
      }),
    );
  }
  return neighbourFacts.get(fact) ?? [];
}

/**
 * 符合国家规定 to whether the deal was between one parent's subsidiaries: a short answer told in four characters of
 * another question of the same program (兼并重组交易是否符合国家规定) that this question does not use — that question's
 * yes, not this one's; asked (a wrong ❌ from it is worse than one more question).
 */
function yesInNeighboursWords(fact: FactKey, plain: string): boolean {
  const mine = t('zh-CN', `facts.${fact}.question`);
  const han = normalize(plain).replace(/[^\p{Script=Han}]/gu, '');
  // (具备服务能力 to the node's capability question: a word of this question's own — 具备, 能力 — is its answer.)
  for (let i = 0; i + 2 <= han.length; i++) if (mine.includes(han.slice(i, i + 2))) return false;
  // (Only a short answer, no yes first: 买了 贷款是江苏银行放的 is read as before. Chinese only: English words shared with
  // a neighbour's question — yes, compliant… — were more often this one's yes.)
  if ((plain.match(/[a-z]+/giu) ?? []).length >= 2 || han.length > 8 || /^(?:是|对|有|嗯)/u.test(han)) return false;
  return neighboursOf(fact).some((other) => {
    const zh = t('zh-CN', `facts.${other}.question`);
    for (let i = 0; i + 4 <= han.length; i++) {
      const w = han.slice(i, i + 4);
      if (zh.includes(w) && !mine.includes(w)) return true;
    }
    return false;
  });
}

/**
 * 有的，办公场地固定，制度健全，收入稳定 to whether a platform serves information consumption: two or more parts of
 * another fact's (the cluster body's 场所、制度、收入、能力) named after the yes — that fact is being told, not this one.
 */
function partsOfAnother(fact: FactKey, rest: string): boolean {
  const said = normalize(rest).replace(/\s+/g, '');
  return [...lexicon().allParts].some(
    ([other, parts]) =>
      other !== fact &&
      !(CONFIRMS[fact] ?? []).includes(other) &&
      // (有专利和研发团队 backs a capability or a direction: own IP and experience are no other question's only.)
      other !== 'own_ip' &&
      other !== 'training_experience' &&
      parts.filter((words) => words.some((w) => said.includes(w.replace(/\s+/g, '')))).length >= 2,
  );
}

// A no said of a thing (没有技改贷款项目, 不做平台; Chinese only): the negation, then what it is said of.
const NO_OF = /^(?:我们|我司|公司|咱们)?(?:也|都|还|暂时|目前)?(?:没有|没|不做|不搞|不涉及|不打算做|无)(.+)$/u;
// Things the guide's programs are about besides the programs' own names (focus words): a platform, security, a loan.
const PROGRAM_THINGS = ['平台', '安全', '贷款'];
// Words any question and its answer share (项目 in 没有技改贷款项目 and the approvals question): no overlap.
const GENERAL_BIGRAMS = new Set(['项目', '企业', '公司', '我们', '单位']);

/**
 * 没有技改贷款项目 to the approvals question / 不做平台，也不做安全 to whether the applicant can build an identifier node:
 * the message's first clause denies a thing of another program (a focus word of three characters or more of a program
 * the question does not name, or a platform, security, a loan), and no two characters of what it denies (项目, 企业 aside)
 * are in the question: the no is of that thing, not of what was asked.
 * Asked again (a wrong ❌ from a no said of something else is worse than one more question).
 */
function noOfAnotherThing(plain: string, question: string | undefined): boolean {
  if (question === undefined || !/\p{Script=Han}/u.test(question)) return false;
  const first = clausesOf(plain).map((c) => c.replace(/\s+/g, ''))[0] ?? '';
  const of = NO_OF.exec(first)?.[1];
  if (of === undefined) return false;
  const focus = lexicon().focus;
  // (没有兼并重组项目 to whether a merger was done in 2021: the question names the same program's thing, 并购.)
  const asked = new Set(focus.filter((c) => question.includes(c.word)).map((c) => c.target));
  // (A focus word of three characters or more — 技改贷款, 节能改造 — names a program; 节能, 收购 may be the question's own.)
  const things = [
    ...focus.filter((c) => !asked.has(c.target) && c.word.length >= 3).map((c) => c.word),
    ...PROGRAM_THINGS,
  ].filter((w) => /^\p{Script=Han}+$/u.test(w) && of.includes(w));
  // (没有平台的方案 to whether there is a plan: the no's object shares the question's 方案 — it is this question's no.)
  return things.length > 0 && !sharesWord(of, question);
}

/** Whether `thing` and `text` share a two-character word, the ones any question and answer share aside. */
function sharesWord(thing: string, text: string): boolean {
  return [...thing]
    .slice(1)
    .some((c, i) => !GENERAL_BIGRAMS.has(`${thing[i]}${c}`) && text.includes(`${thing[i]}${c}`));
}

let zhQuestions: readonly { readonly key: FactKey; readonly text: string }[] | undefined;
/** Whether the Chinese question of a fact other than `except` names `thing` whole (注册资金 is registered_capital's). */
function anotherQuestionNames(thing: string, except?: FactKey): boolean {
  zhQuestions ??= FACTS.map((d) => ({ key: d.key as FactKey, text: t('zh-CN', `facts.${d.key}.question`) }));
  return zhQuestions.some((q) => q.key !== except && q.text.includes(thing));
}

// 注册资金没有 / 这块没有: a thing, then that it is not there.
const THING_NONE = /^(\p{Script=Han}{2,8}?)(?:也|都|还|暂时|目前)?(?:没有|没)(?:的|呢|啊|哈|了)?$/u;
// Words before 没有 that name no thing of their own: the answer's no is the question's.
const NO_THING =
  /^(?:我们|我司|公司|咱们|这个|那个|这块|那块|这方面|这项|这些|暂时|目前|现在|去年|今年|前年|之前|以前|真的|确实|好像|应该|基本|完全|根本|一直|从来|肯定|当然|还是|还真|真|也|都|还)+$/u;

/** A clause that is a count in a unit of the other kind than the fact's (10期 to a count of people, 60人 to classes). */
function unitOfOtherKind(unit: string, part: string): boolean {
  const said = COUNT_ALONE.exec(part)?.[1];
  return said !== undefined && unit !== '' && PEOPLE_UNIT.test(said) !== PEOPLE_UNIT.test(unit);
}

/** A bare figure of a message followed there by an English noun counting another thing (10 classes, to trainees). */
function countedApart(unit: string, plain: string, part: string): boolean {
  if (!/^\d+$/u.test(part)) return false;
  return [...plain.matchAll(new RegExp(`(?<![\\d.])${part}(?![\\d.])`, 'gu'))].some((m) =>
    countsOtherThing(unit, plain.slice((m.index ?? 0) + part.length)),
  );
}

// ok thx, 好的 谢谢, got it: thanks or a nod to what was said, no answer.
const ACKNOWLEDGED =
  /^(?:(?:ok|okay|好的?|嗯+|行)[\s,，!！.。~]*(?:thx|thanks?|thank you|ty|谢谢(?:了|啦|你)?|多谢|感谢|谢啦|谢了)|thx|thanks?|thank you|ty|谢谢(?:了|啦|你)?|多谢|感谢|谢啦|谢了|got it|i see|understood|收到|明白了|了解了|知道了)[\s!！.。~]*$/iu;

// 有固定办公场所: that a thing is held.
const THING_HELD = /^(?:我们|我司|公司)?(?:也|都|还)?有(\p{Script=Han}{2,10}?)(?:的|了|呢|啊)?$/u;

/**
 * 有固定办公场所 专职的12个人, to whether the platform is an information-consumption one (play-test 50: recorded 是): every
 * clause says a thing is held that the question does not name — about something else, not this question's yes. (Only
 * beside another fact the message states: 有高端芯片 alone, to the core-tech directions, names one of them.)
 */
function thingHeldOther(plain: string, question: string | undefined): boolean {
  // (Only where the question asks what the project is — 是否属于 —, which 有X never answers: 有专利 to whether the firm
  // owns its IP, 还有一个 to whether there are more deals, are those questions' yes.)
  if (question === undefined || !/属于|是否为|是否是|是不是|是否围绕|是否面向/u.test(question) || /有/u.test(question))
    return false;
  const clauses = clausesOf(plain).map((c) => c.replace(/\s+/g, ''));
  const held = clauses.map((c) => THING_HELD.exec(c)?.[1]);
  if (held[0] === undefined) return false;
  return held.every((thing, i) => {
    if (thing === undefined) return !/^(?:是|对|有|嗯|符合|属于|满足)/u.test(clauses[i] ?? '');
    if (NO_THING.test(thing) || /^(?:的|点|些|一些)/u.test(thing)) return false;
    // (A thing another question names whole — 固定办公场所 is the cluster body's —, never one of the asked
    // direction's own items: 有功率器件 names a core-tech direction.)
    return !sharesWord(thing, question) && anotherQuestionNames(thing);
  });
}

// free, except (they pay their own) travel: the one cost 5.5.1.6 lets trainees bear.
const TRAVEL_ONLY_EXCEPTED =
  /^(?:yes,?\s*)?(?:it'?s\s+|all\s+)?(?:free|no (?:fees?|charges?))\b[^.;]{0,16}\b(?:except|apart from|other than|besides|but)\b[^.;]{0,30}\b(?:travel|transport(?:ation)?|train tickets?|flights?|airfares?|bus fares?)\b/iu;
const BOARD_OR_FEE = /accommodation|lodging|hotel|meals?|board|food|tuition|material|book|exam|fee for|住宿|餐|学费/iu;

/**
 * 我们是事业单位 注册资金没有, to whether the applicant's licence covers training (play-test 50: recorded 否, and the
 * training program ❌): every clause with a no says it of a thing the question does not name — the no is that
 * thing's, not this question's. (培训资质没有 shares the question's words: its no.)
 */
function thingHasNone(fact: FactKey, plain: string, question: string | undefined): boolean {
  if (question === undefined || !/\p{Script=Han}/u.test(question)) return false;
  const clauses = clausesOf(plain).map((c) => c.replace(/\s+/g, ''));
  const denying = clauses.filter((c) => /没|无|不/u.test(c));
  // (Beside a clause saying something else: 专利没有 alone is more often this question's no in other words.)
  if (denying.length === 0 || denying.length === clauses.length) return false;
  return denying.every((c) => {
    const thing = THING_NONE.exec(c)?.[1];
    if (thing === undefined || NO_THING.test(thing)) return false;
    // (The thing must be another question's, named whole — 注册资金 is registered_capital's —, not only a word this one
    // lacks: 营业执照没有 is the licence asked about, 专职团队没有 a part of the question's basics.)
    return !sharesWord(thing, question) && anotherQuestionNames(thing, fact);
  });
}

const otherWordsCache = new Map<FactKey, readonly string[]>();
/** The yes/no words of every fact but `fact` (the lexicon's), for a verb said of another fact. */
function otherFactWords(fact: FactKey): readonly string[] {
  let words = otherWordsCache.get(fact);
  if (!words) {
    words = [...lexicon().yesno.entries()]
      .filter(([f]) => f !== fact)
      .flatMap(([, w]) => [...w.yes, ...w.no, ...(w.ask ?? [])]);
    otherWordsCache.set(fact, words);
  }
  return words;
}

// Verbs of getting something done, which answer any question of whether it is (办好了, 弄完了, 齐了, 批了).
const GENERIC_DONE = /^(?:办|弄|搞|做|批|齐|备齐|好|完|妥|定|有|全|通过|过|完成|下来|落实|到位|ok)$/iu;

// A bare yes or no opening the message (是，…, 没有，…, yes, …): it answers the question asked, whatever follows.
const BARE_OPENING =
  /^(?:(?:是|对|有|没有|没|还没|还没有|嗯|好)(?:的|滴|哒|呢|哈|呀|啊|嘛)?|是滴|对滴|嗯呢|不是|不|否|嗯+|行|可以|当然|肯定(?:的)?|没问题|没有问题|还不是|暂时不是|目前不是|暂时没有|目前没有|(?:满足|符合|具备|达到|达标|完备)(?:的|了)?|ok(?:的|了)?|okay|yes|yeah|yep|yup|no|nope|not yet|sure|correct)(?:[\s,，.。!！~]|$)/u;

// Yes and no words any question takes (有, 都有, 是的, 没有, 不是): no word of one question's own.
const GENERIC_YES_NO = /^[有是对的没不都也已经了嗯好行呢啊吧]+$/u;

function aboutAnotherFact(fact: FactKey, plain: string, ex: Extraction, words: SlotWords): boolean {
  if (BARE_OPENING.test(plain)) return false;
  const squashed = plain.replace(/\s+/g, '');
  // The message's first clause, where its yes or no is said (已经办完了，去年8月开工的 answers, then tells the start; a
  // space between Chinese words ends a clause too, WeCom style).
  const clauses = clausesOf(plain).map((c) => c.replace(/\s+/g, ''));
  const first = clauses[0] ?? '';
  // (A phrase's source may list its parts, 实施方案、绩效目标, said as 实施方案和绩效目标: every part in the clause.)
  const statesOther = (clause: string) =>
    ex.mentions.some(
      (m) =>
        m.fact !== fact &&
        !(CONFIRMS[fact] ?? []).includes(m.fact) &&
        saidParts(m).every((part) => clause.includes(part.replace(/\s+/g, ''))),
    );
  // (体验中心在建，推广活动打算搞6场, to the capability question: the one clause saying yes or no — 打算, a plan — is the
  // clause stating another fact, the events.)
  const saying = clauses.filter((c) => c !== '' && parseYesNo(c, lexicon().yesno.get(fact)).ok);
  const other = statesOther(first) || (saying.length > 0 && saying.every(statesOther));
  // 验收了，… to whether a merger was completed: a verb of its own (验收), none of the question's, echoed alone.
  const own = lexicon().yesno.get(fact);
  const ownWords = [...(own?.yes ?? []), ...(own?.no ?? []), ...(own?.ask ?? [])];
  // (A verb of the question's or of its own answers — 买 for 购置 — is related: 买过了 answers it.)
  const echo = /^(?:已经|已|都|早就)?([^不没未无否\d]{1,3}?)(?:过了|了|过|好了|完了)$/u.exec(first)?.[1];
  const unrelatedEcho =
    echo !== undefined &&
    !GENERIC_DONE.test(echo) &&
    words.question !== undefined &&
    /\p{Script=Han}/u.test(words.question) &&
    ![...echo].some((c) => (words.question ?? '').includes(c)) &&
    !ownWords.some((w) => w.startsWith(echo)) &&
    // (Only a verb of another fact's own answers: 验收 is the acceptance's; 搞定, 批下来, 到厂 answer anything.)
    echo.length >= 2 &&
    (otherFactWords(fact).some((w) => w.includes(echo)) ||
      // (参加过，去年参加了国家先进制造业集群竞赛 to the approvals question: the verb of the other fact the message states.)
      ex.mentions.some((m) => m.fact !== fact && normalize(String(m.source)).includes(echo)));
  if (!other && !unrelatedEcho) return false;
  const starts = boundaries(squashed);
  // (Only a word of the question's own: 有 / 都有 / 是的 answer every question, and 有实施方案和绩效目标 to whether the
  // project is in Jiangsu states the plan, not the place.)
  if (
    ownWords.some(
      (w) =>
        w !== '' &&
        !GENERIC_YES_NO.test(normalize(w).replace(/\s+/g, '')) &&
        startOfWord(squashed, normalize(w).replace(/\s+/g, ''), starts) >= 0,
    )
  )
    return false;
  // (约定好了，合作期也定了五年: the first clause echoes a word of the question, 约定.)
  // (Not a word inside what states the other fact: 实施 in 有实施方案和绩效目标, 推荐单位 in 推荐单位出了验收意见.)
  const firstOwn = othersSaid(ex, fact)
    .map((part) => part.replace(/\s+/g, ''))
    .reduce((c, part) => (part === '' ? c : c.split(part).join('、')), first);
  if (words.question && questionKeywords(words.question).some((w) => firstOwn.includes(w.toLowerCase()))) return false;
  return echoesQuestion(withoutOthersSaid(plain, ex, fact), words.question) === undefined;
}

/**
 * A year other than 2021 (22年, 2020, 19年, 今年, 明年, 前年): a yes said of it is not a yes to a question about 2021. Wider
 * than extract.ts's `saidForOtherYear` (2020, 2022, 今年, 前年 only, for a figure's own period): any year but 2021 is named.
 */
const YEAR_NOT_2021 = /(?<![\d.])(?:20)?(?:1\d|2[02-9])\s*年|今年|明年|前年|\b20(?:1\d|2[02-9])\b/u;

const DAYS_OFF =
  /第二天|次日|隔天|[两三四五六七八九十几\d]+(?:个)?(?:天|周|星期|礼拜)(?:后|以后|之后)|\b(?:\d+|two|three|four|five|a few|several) (?:days|weeks) (?:after|later)\b|\bthe (?:next|following) day\b|\bthe day after\b/u;

// A bare yes, then what follows it (是的已经完工了: 的 closes the yes with no mark after it).
const YES_THEN = /^(yes|yeah|yep|yup|是的?|对的?|有的?|嗯+)(?:[\s,，.。!！~—-]+|(?<=的)(?=[已都在还]))(.+)$/u;

/**
 * 是的，已经完工了 to the acceptance question: the yes goes with the completion said after it, not the acceptance
 * (the stage is not read while another question is pending, so it is looked for here).
 */
function completedNotAccepted(fact: FactKey, plain: string): boolean {
  const rest = YES_THEN.exec(plain)?.[2];
  return (
    fact === 'accepted' && rest !== undefined && COMPLETED_ONLY.test(rest) && !/验收|意见|accept|sign/iu.test(rest)
  );
}
const COMPLETED_ONLY =
  /^(已经|已|都)?(完工|建成|竣工|投产|上线|完成建设|建好)|\b(finished|completed|built|went live|is done)\b/iu;
// Facts whose statement confirms the yes asked (是的，去年9月办完的工商变更 to "merger completed in 2021?").
const CONFIRMS: Partial<Record<FactKey, readonly FactKey[]>> = {
  merger_completed_2021: ['acquisition_registered', 'acquisition_date'],
  acquisition_registered: ['merger_completed_2021', 'acquisition_date'],
};

// Words that say a list is not complete: 别的记不清, maybe something else.
const HEDGE = /别的|其他|其它|还有|记不清|不确定|不清楚|maybe|not sure|something else|others?\b|and more|etc/u;

/**
 * Another number in the message beside the figure read (大概两千八百万吧 不含税的话两千五): which one answers
 * is not sure. Dates and the figure itself do not count.
 */
function leftoverNumber(text: string, sources: readonly string[]): boolean {
  let rest = normalize(text);
  for (const source of sources) rest = rest.replace(normalize(source), ' ');
  // Years and months are no rival figures (21年, 9月, a 2021 new little giant).
  rest = rest.replace(
    /(19|20)?\d{2}年|\d{1,2}月|[一二三四五六七八九十]{1,3}月|\b20[12]\d\b(?!\d|[.,]\d|\s*(万|亿|元|m\b|k\b))/gu,
    ' ',
  );
  // A day of a month (12月31号) is no rival either.
  rest = rest.replace(/\d{1,2}\s*[日号]/gu, ' ');
  // …nor in English (by Dec 31, 30th June, end of Nov).
  rest = rest.replace(
    /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/gu,
    ' ',
  );
  // Counts of things (45个人, 12家, 3个班) are no rival amounts either.
  rest = rest.replace(/[\d一二两三四五六七八九十百]+\s*(?:个人|个班|人|名|家|个|班|场|次|期|天)/gu, ' ');
  return /\d{2,}|[一二两三四五六七八九][千百万亿]|[千百][一二三四五六七八九]/u.test(rest);
}

// 买了 / 没买: the equipment question's verb (购置), echoed alone. Other verbs (签, 批, 上线, 办好) answer many questions
// (GENERIC_DONE) and are read as they are.
const BOUGHT_ECHO = /^(?:已经|已|都|也)?(?:没有|没|还没有|还没|未)?(?:买|购买)(?:了|过|好了|完了)?(?:的)?$/u;
// 办好了 / 齐了 / 好: done-words, which say nothing of where a project is.
const DONE_ONLY =
  /^(?:已经|已|都|也|全)?(?:办|弄|搞|做|齐|全|好|完|办好|弄好|搞定|齐全)(?:了|好了|完了|全了)?(?:的)?$/u;

/**
 * 没买 to the approvals question, 都办好了 to whether the project is in Jiangsu: a bare echo of the equipment
 * question's verb where buying is not asked, or a done-word to the question of place, answers another question (the
 * one before, typed a turn late): asked, not read.
 */
function echoesAnotherVerb(fact: FactKey, plain: string, question: string | undefined): boolean {
  if (!question || !/\p{Script=Han}/u.test(question)) return false;
  const c = plain.replace(/[\s。.!！]+/gu, '');
  if (BOUGHT_ECHO.test(c)) return !/买|购|收购|并购/u.test(question);
  // 可以承诺，承诺函没问题 to whether the platform meets its indicators: a commitment is another question's (云池 对接).
  if (COMMITTED.test(c)) return !/承诺/u.test(question);
  return (fact === 'in_jiangsu' && DONE_ONLY.test(c)) || deniesAnotherQuestions(fact, c, question);
}

// 可以承诺，承诺函没问题 / 承诺函可以出: a yes said as a commitment letter (可以承诺不收费 restates the question's yes).
const COMMITTED =
  /^(?:是的?|对|有|嗯)?[，,]?(?:(?:可以|能|愿意|会)承诺[，,]?)?(?:承诺函|出承诺函)(?:没问题|可以出|能出|可以|没有问题)?$/u;

// 不收费 / 不是5G / 没有5G: a short denial of one thing.
const DENIED_THING = /^(?:不属于|不是|不|没有|没|非)([\p{Script=Han}a-z\d]{2,8})(?:的|了)?$/iu;

/**
 * 不收费 to whether the trainer has experience, 不是5G to the acceptance question: a denial of a thing no word of the
 * question's names and another yes/no question's does (收取…费用, 5G) answers that other question, typed a turn late.
 */
function deniesAnotherQuestions(fact: FactKey, c: string, question: string): boolean {
  const thing = DENIED_THING.exec(c)?.[1]?.toLowerCase();
  if (
    !thing ||
    /一样|一致|[需要知道清楚确定行对满足符合完备齐全办好用会能可以问题关系错必啥什么多少太很通过生产做搞弄]/u.test(
      thing,
    )
  )
    return false;
  const chars = [...thing.replace(/\d+|[a-z]+/gu, (w) => ` ${w} `).matchAll(/\p{Script=Han}|[a-z\d]+/gu)].map(
    (m) => m[0],
  );
  const q = question.toLowerCase();
  // (不是同一母公司 to whether the applicant is the largest shareholder: a long thing sharing only a character with the
  // question — 一 of 唯一 — is still another's; a thing of three characters or less must share none.)
  if (chars.length >= 4 ? sharesWord(thing, q) : chars.some((ch) => q.includes(ch))) return false;
  return FACTS.some(
    (f) =>
      f.key !== fact &&
      f.type === 'boolean' &&
      chars.every((ch) => t('zh-CN', `facts.${f.key}.question`).toLowerCase().includes(ch)),
  );
}

function fromResult(r: Result<FactValue>): SlotReading {
  return r.ok ? { kind: 'value', value: r.value } : { kind: 'unclear', code: r.code };
}

const QUESTION_FILLER =
  /^(是否|贵单位|贵企业|项目|能否|是不是|有没有|以及|相应|进行|开展|实现|形成|相关|具有|具备|满足|符合|哪些|多少|其中|并且|以上|等|的|和|与|及|或|在|把|用于|提供|能|有|可以)$/u;
const keywordCache = new Map<string, string[]>();

/** The question's content words (解决方案, 复制推广, 绩效目标), cut with jieba, for answers that echo them. */
function questionKeywords(question: string): string[] {
  let words = keywordCache.get(question);
  if (!words) {
    words = segment(question).filter((w) => w.length >= 2 && /\p{Script=Han}|5g/iu.test(w) && !QUESTION_FILLER.test(w));
    keywordCache.set(question, words);
  }
  return words;
}

/** What a mention was said as, part by part (a phrase's source may list its parts: 实施方案、绩效目标). */
const saidParts = (m: Mention): string[] => normalize(String(m.source)).split('、');

/** The words that state facts other than `fact`, part by part. */
const othersSaid = (ex: Extraction, fact: FactKey): string[] =>
  ex.mentions.filter((m) => m.fact !== fact).flatMap(saidParts);

/** The message without the words that state other facts. */
function withoutOthersSaid(text: string, ex: Extraction, fact: FactKey): string {
  return othersSaid(ex, fact).reduce(
    (c, part) => (part.trim() === '' ? c : c.split(part.trim()).join('、')),
    normalize(text),
  );
}

/**
 * Whether the text (without the figures other facts are said as) holds nothing but those figures' label words and a
 * year (去年集群服务收入、 of 350万): a message stating another fact's figure, nothing of its own.
 */
function onlyFiguresSaid(rest: string, ex: Extraction, fact: FactKey): boolean {
  const labels = ex.mentions
    .filter((m) => m.fact !== fact && FACT_BY_KEY.get(m.fact)?.type !== 'boolean')
    .flatMap((m) => questionKeywords(normalize(factLabel(m.fact, 'zh-CN'))));
  if (labels.length === 0) return false;
  const left = labels.reduce((c, w) => c.split(w).join(''), rest);
  return /^(?:去年|今年|前年|20\d\d年|\d\d年|[\s、，,。.;；的是有共约大概])*$/u.test(left);
}

/**
 * An answer that repeats the question's own words (`方案和绩效目标都有` to "是否有明确的实施方案和绩效目标？",
 * `可以复制推广`) is a yes; the same words negated (没有方案) a no. Only Chinese questions, only when no
 * other reading applies, and never a question's general words (项目, 是否).
 */
/** Words that a document named is not there yet: 还在写, 正在编, 待完善 (正在建 is a project under way, not these). */
const STILL_BEING_MADE = /在写|在编|在起草|在定|待定|待完善/u;

function echoesQuestion(text: string, question: string | undefined): boolean | undefined {
  if (!question || !/\p{Script=Han}/u.test(question)) return undefined;
  // 不含税 / 不含土建 are the basis of a figure, not a 不 that turns the answer.
  const s = masked(normalize(text), lexicon().masks).replace(/\s+/g, '');
  // 专利有 资金要靠融资 answers one part and turns on the other: not an echo.
  if (
    lexicon().contrasts.some((w) => (/\p{Script=Han}/u.test(w) ? s.includes(w) : new RegExp(`\\b${w}\\b`, 'u').test(s)))
  )
    return undefined;
  // 方案和绩效目标都在写 (play-test 56: read as a yes, dates said beside it): what is named is still being made.
  if (STILL_BEING_MADE.test(s)) return undefined;
  const hits = questionKeywords(question).filter((w) => s.includes(w.toLowerCase()));
  // One short shared word (国内, 方案) is not enough; two, or one of three characters or more, is.
  if (hits.length === 0 || (hits.length === 1 && (hits[0]?.length ?? 0) < 3)) return undefined;
  return true;
}

/** Amounts of a project's or firm's size (thresholds of 500万 and more): a bare figure under ten is asked its unit. */
const SIZED_IN_MILLIONS: ReadonlySet<string> = new Set([
  'total_investment',
  'filed_total_investment',
  'rd_investment',
  'revenue_last_year',
  'fixed_asset_loan',
  'acquisition_amount',
  'acquisition_cash',
  'registered_capital',
  'revenue_3y_avg',
  'software_investment',
  'upgrade_investment_last_year',
  'platform_investment_2021',
]);

/**
 * A year of the calendar, 1900–2099 (2019, 2019年), or two digits with a leading zero before 年 (09年 — review of the
 * thirty-third round: read as 9 years): no count of years.
 */
const CALENDAR_YEAR = /(?<!\d)(?:(?:19|20)\d\d|0\d(?=\s*年))(?!\d)/u;
/** Why an online-inclusive count is asked: the trainees' own reason (5.5.1.2 不含线上培训), or another basis. */
const onlineCode = (fact: FactKey): ParseErrorCode =>
  fact === 'trainees_3y_avg' ? 'online_included' : fact === 'smes_served_2021' ? 'offline_only' : 'qualified';
/** A count of cities or districts: 五个市, 8个区县. */
const CITY_COUNT = /[\d零一二两三四五六七八九十]\s*个?\s*(?:设区市|地级市|城市|市|区县|县|区)(?![场级里])/u;
/** A figure said to be online: 400+ online, 线上还有400多家. */
const ONLINE_FIGURE =
  /(?<![\d.])\d+(?:\.\d+)?\s*(?:-?ish)?\s*\+?\s*(?:more\s+)?(?:firms\s+|smes\s+|companies\s+|people\s+|trainees\s+)?online\b|(?:线上|网上|直播|网课)[^，,。；;\d]{0,4}\d/iu;
/** A figure said to be offline (130-ish offline, 线下130家): its digits. */
const OFFLINE_FIGURE =
  /(?<![\d.])(\d+(?:\.\d+)?)\s*(?:-?ish)?\s*\+?\s*(?:firms\s+|smes\s+|companies\s+|people\s+|trainees\s+)?(?:offline|in[- ]person|face[- ]to[- ]face|on[- ]site)\b(?!\s*(?:and|&|\/|\+)\s*online)(?!\s+(?:events?|sessions?|classes|courses|activities)\b)|\b(?<!online (?:and|&) )(?:offline|in[- ]person|face[- ]to[- ]face)\s*[:：]?\s*(?:about\s+|around\s+|~\s*)?(\d+(?:\.\d+)?)(?!\s*(?:events?|sessions?|classes)\b)|(?<!线上|网上|online and |online & |online\/)(?:线下|面授|现场)(?![^，,。；;\d]{0,4}(?:一共|共|合计|总共|加起来|活动|开班|办班|班|场))[^，,。；;\d]{0,4}(\d+(?:\.\d+)?)(?![\d.])(?!\s*(?:多|来|余|场|期|个班|次(?!人)))/giu;
/** A stake said as a change: from 30% to 65%, 从30%增持到65% (the second figure is the stake after). */
const STAKE_FROM_TO =
  /^(?:we\s+)?(?:went|go|moved|increased|raised)?\s*(?:from|从|由)\s*\d+(?:\.\d+)?\s*%?\s*(?:to|up to|到|增持到|增加到|提高到|升到|变成)\s*(\d+(?:\.\d+)?)\s*%[\s.!。]*$/iu;
const TRAINEES_PAY_BOARD =
  /(?:住宿|食宿|吃住|餐费|伙食)[^，,。；;]{0,12}(?:学员(?:自己)?(?:出|付|交|承担|负担)|自理|自费|自付)|学员(?:自己)?(?:出|付|交|承担|负担)[^，,。；;]{0,6}(?:住宿|食宿|吃住|餐费|伙食)|\btrainees?\b[^.;]{0,20}\b(?:pay|cover)\b[^.;]{0,20}\b(?:accommodation|lodging|hotel|meals|board)\b|\b(?:accommodation|lodging|hotel|meals|board)\b[^.;]{0,20}\b(?:paid|covered) by (?:the )?trainees?\b/iu;

/** A yes/no fact's label as the bot echoes it, then 是/否 or yes/no (不向学员收费 否): that value; else null. */
function echoedLabelValue(fact: FactKey, plain: string): boolean | null {
  const squashed = plain.replace(/\s+/g, '');
  for (const locale of ['zh-CN', 'en'] as const) {
    const label = normalize(factLabel(fact, locale)).replace(/\s+/g, '');
    if (!squashed.startsWith(label)) continue;
    const rest = squashed.slice(label.length).replace(/^[：:，,=-]+/u, '');
    if (/^(是|yes)$/u.test(rest)) return true;
    if (/^(否|no)$/u.test(rest)) return false;
  }
  return null;
}
