/**
 * Facts from free text: every amount, date, percentage and loan term a message states, each bound to
 * the fact its context word names (总投资四千万 → total_investment 4000, 银行贷了两千五 → fixed_asset_loan
 * 2500), plus places (in_jiangsu), the applicant kind, 规上, the stage, recognitions mentioned and the
 * program families it points to (focus). Pure: text in, readings out.
 *
 * Readings that are not sure are never facts: a figure no context word names is `unbound` (the engine
 * gives it to the pending question when that asks for such a figure, and asks otherwise); a foreign
 * currency is `foreign`; one fact stated twice with different values, or a place inside and a place
 * outside Jiangsu, is dropped and reported in `conflicts`.
 */
import type { FactKey } from '../../rules/facts.ts';
import type { FactValue } from '../../rules/types.ts';
import { parseAmountReading } from '../parse/amount.ts';
import { type ChoiceOption, parseChoice } from '../parse/choice.ts';
import { parseDateReading } from '../parse/date.ts';
import { parseNumeral } from '../parse/numeral.ts';
import { parsePercent } from '../parse/percent.ts';
import { normalize } from '../parse/text.ts';
import { boundaries, type Cue, lexicon } from './lexicon.ts';

/** What a figure is. */
export type FigureKind = 'amount' | 'date' | 'percent' | 'years';

/** A fact read from the text, with what was read and how. */
export interface Mention {
  readonly fact: FactKey;
  readonly value: FactValue;
  /** The words it was read from, for the echo. */
  readonly source: string;
  /** The figure was an estimate (三千来万): echoed as 约. */
  readonly approx?: boolean;
  /** A date's day was chosen by rule (a month only). */
  readonly dayAssumed?: boolean;
  /** An amount typed without its unit took 万 from the figures beside it (贷了两千五). */
  readonly unitInherited?: boolean;
}

/** A figure no context word ties to a fact. */
export interface Unbound {
  readonly kind: FigureKind;
  readonly value: number | string;
  readonly source: string;
  readonly approx?: boolean;
  readonly dayAssumed?: boolean;
  /** A bare number whose unit is not said (两千五 with no 万 anywhere). */
  readonly unitMissing?: boolean;
}

/** Everything read from one message. */
export interface Extraction {
  readonly mentions: readonly Mention[];
  readonly unbound: readonly Unbound[];
  /** Amounts in a foreign currency, with the fact their context names (if any). */
  readonly foreign: readonly { readonly fact: FactKey | null; readonly source: string }[];
  /** Facts stated in two ways that disagree: not recorded, asked. */
  readonly conflicts: readonly FactKey[];
  /** Program families the message points to (focus group ids). */
  readonly focus: readonly string[];
  /** Recognitions mentioned (a partial list: confirmed when the recognitions question comes). */
  readonly certifications: readonly string[];
}

/** The words of the enum questions, for reading the stage and the like (from the dialog vocabulary). */
export interface ExtractOptions {
  readonly stageOptions: readonly ChoiceOption[];
  readonly certOptions: readonly ChoiceOption[];
}

interface Span {
  readonly start: number;
  readonly end: number;
}

interface Figure extends Span {
  readonly kind: FigureKind;
  readonly text: string;
}

const NUM_CN = '零〇一二两三四五六七八九十百千';
const NUM = `(?:\\d+(?:[.,]\\d+)*|[${NUM_CN}]+(?:点[零一二两三四五六七八九]+)?)`;
const AMOUNT_CN = new RegExp(
  `(?:约|大约|大概|差不多|将近|接近)?${NUM}\\s*(?:个)?(?:多|来|余)?\\s*(?:千万|百万|万|亿(?:[${NUM_CN}\\d]+万?)?|kw|w(?![a-z])|元|块)(?:多|余)?(?:元|块钱|块)?(?:人民币)?(?:左右|上下)?`,
  'gu',
);
const AMOUNT_EN =
  /(?:rmb|cny|¥|￥|\$|usd)?\s*\d+(?:[.,]\d+)*\s*(?:million|mn|billion|bn|m|k)\b\s*(?:yuan|rmb|cny|dollars?|usd)?|\d[\d,]*\s*(?:yuan|rmb|cny)\b/gu;
const FOREIGN_AFTER = /^\s*(美元|美金|港币|港元|欧元|日元|英镑|dollars?|usd|eur)/u;
const DATE_CN =
  /(?:(?:19|20)\d{2}|\d{2}|[〇零一二三四五六七八九]{4}|去年|前年|今年|明年|后年)年?(?:[0-9一二三四五六七八九十]{1,2}月(?:份)?(?:[0-9一二三四五六七八九十]{1,3}[日号]?|底|末|初|中旬|上旬|下旬)?|底|末|初)|(?:19|20)\d{2}[./-]\d{1,2}(?:[./-]\d{1,2})?/gu;
const MONTH_EN = '(?:jan|feb|mar|apr|may|jun|jul|aug|sept|sep|oct|nov|dec)[a-z]*\\.?';
const DATE_EN = new RegExp(
  `(?:last|this|next)\\s+${MONTH_EN}|${MONTH_EN}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_EN},?\\s+\\d{4}|(?:end of|late|early|beginning of|mid)[-\\s]+(?:${MONTH_EN}\\s*)?(?:\\d{4}|last year|this year|next year)|${MONTH_EN},?\\s+(?:\\d{4}|last year)`,
  'gu',
);
const PERCENT = new RegExp(
  `百分之${NUM}|${NUM}\\s*(?:%|％|个百分点|percent\\b)|[一二两三四五六七八九\\d]成[半一二三四五六七八九]?(?![${NUM_CN}])`,
  'gu',
);
const TERM = new RegExp(`(${NUM})\\s*年期|期限\\s*(?:是|为|有)?\\s*(${NUM})\\s*年|(\\d+)[-\\s]year`, 'gu');
// A bare number after an amount cue (贷了两千五, 营收8000): its unit is asked or taken from the figures beside it.
const BARE_AFTER_CUE = new RegExp(
  `^\\s*(?:了|是|为|有|约|大约|大概|:|：)?\\s*(${NUM})(?![\\d${NUM_CN}年月日号个%％万亿元块wk.])`,
  'u',
);
const CLAUSE_BREAK = /[，,。；;！!？?\n、]/u;
const NEGATION_BEFORE = /(不是|不算|还没有|还没|没有|没|尚未|还未|未|并非|非|not|no)\s*$/u;

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Figures in the text, longest first where two would overlap; dates and percentages before amounts. */
function findFigures(s: string): Figure[] {
  const found: Figure[] = [];
  const take = (re: RegExp, kind: FigureKind) => {
    for (const m of s.matchAll(re)) {
      const start = m.index ?? 0;
      const span = { start, end: start + m[0].length };
      if (m[0].trim() === '' || found.some((f) => overlaps(f, span))) continue;
      found.push({ ...span, kind, text: m[0].trim() });
    }
  };
  take(DATE_EN, 'date');
  take(DATE_CN, 'date');
  take(PERCENT, 'percent');
  take(AMOUNT_EN, 'amount');
  take(AMOUNT_CN, 'amount');
  return found.sort((a, b) => a.start - b.start);
}

/** Where each cue word stands as a whole word (not inside a figure or a longer word). */
function locate<T extends string>(
  s: string,
  cuts: ReadonlySet<number>,
  list: readonly Cue<T>[],
  taken: readonly Span[],
  /** The word may end a longer word (阀门厂, 化纤厂, 规上企业 end with a kind of applicant). */
  headOk = false,
): (Span & { target: T; word: string })[] {
  const out: (Span & { target: T; word: string })[] = [];
  for (const { word, target } of list) {
    let at = s.indexOf(word);
    while (at >= 0) {
      const span = { start: at, end: at + word.length };
      const han = /\p{Script=Han}/u.test(word);
      const whole = han
        ? (headOk || cuts.has(span.start)) && cuts.has(span.end)
        : !/[a-z0-9]/u.test(s[span.start - 1] ?? ' ') && !/[a-z0-9]/u.test(s[span.end] ?? ' ');
      if (whole && !taken.some((t) => overlaps(t, span)) && !out.some((o) => overlaps(o, span))) {
        out.push({ ...span, target, word });
      }
      at = s.indexOf(word, at + 1);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The clause (between breaks) around an offset. */
function clauseOf(s: string, at: number): Span {
  let start = at;
  while (start > 0 && !CLAUSE_BREAK.test(s[start - 1] as string)) start--;
  let end = at;
  while (end < s.length && !CLAUSE_BREAK.test(s[end] as string)) end++;
  return { start, end };
}

/**
 * The cue that names a figure: the nearest one before it in its clause with no other figure between,
 * else the nearest after it with none between (四千万的总投资).
 */
function bind<T extends string>(
  figure: Figure,
  cues: readonly (Span & { target: T })[],
  figures: readonly Figure[],
  s: string,
): (Span & { target: T }) | undefined {
  const clause = clauseOf(s, figure.start);
  const between = (a: number, b: number) => figures.some((f) => f !== figure && f.start >= a && f.end <= b);
  const before = cues
    .filter((c) => c.end <= figure.start && c.start >= clause.start && !between(c.end, figure.start))
    .at(-1);
  if (before) return before;
  return cues.find((c) => c.start >= figure.end && c.end <= clause.end && !between(figure.end, c.start));
}

const negated = (s: string, at: number) => NEGATION_BEFORE.test(s.slice(Math.max(0, at - 4), at));

/** Reads every fact a message states. */
export function extractFacts(text: string, options: ExtractOptions): Extraction {
  const s = normalize(text).replace(/\s+/g, ' ');
  const lex = lexicon();
  const cuts = boundaries(s);
  const figures = findFigures(s);
  const mentions: Mention[] = [];
  const unbound: Unbound[] = [];
  const foreign: { fact: FactKey | null; source: string }[] = [];

  const amountCues = locate(s, cuts, lex.amountCues, figures);
  const percentCues = locate(s, cuts, lex.percentCues, figures);
  const dateCues = locate(s, cuts, lex.dateCues, figures);
  const noneCues = locate(s, cuts, lex.noneCues, figures);

  let sawWan = false;
  for (const f of figures) {
    if (f.kind === 'amount') {
      const cue = bind(f, amountCues, figures, s);
      if (FOREIGN_AFTER.test(s.slice(f.end)) || /\$|usd|dollar/u.test(f.text)) {
        foreign.push({ fact: cue?.target ?? null, source: f.text });
        continue;
      }
      const r = parseAmountReading(f.text);
      if (!r.ok) continue;
      if (/万|亿|w|kw|million|billion|m\b|bn|mn/u.test(f.text)) sawWan = true;
      const reading = { value: r.value.value, source: f.text, ...(r.value.approx ? { approx: true } : {}) };
      if (cue) mentions.push({ fact: cue.target, ...reading });
      else unbound.push({ kind: 'amount', ...reading });
    } else if (f.kind === 'date') {
      const r = parseDateReading(f.text);
      if (!r.ok) continue;
      const cue = bind(f, dateCues, figures, s);
      const reading = { value: r.value.date, source: f.text, ...(r.value.dayAssumed ? { dayAssumed: true } : {}) };
      if (cue) mentions.push({ fact: cue.target, ...reading });
      else unbound.push({ kind: 'date', ...reading });
    } else if (f.kind === 'percent') {
      const r = parsePercent(f.text, { max: 100 });
      if (!r.ok) continue;
      const cue = bind(f, percentCues, figures, s);
      if (cue) mentions.push({ fact: cue.target, value: r.value, source: f.text });
      else unbound.push({ kind: 'percent', value: r.value, source: f.text });
    }
  }

  // Bare numbers right after an amount cue: 银行贷了两千五. Their unit is 万 when the message gave other
  // figures in 万 (the way people shorten a second figure); otherwise it is not said.
  for (const cue of amountCues) {
    const m = BARE_AFTER_CUE.exec(s.slice(cue.end));
    if (!m) continue;
    const numText = m[1] as string;
    const start = cue.end + (m.index ?? 0) + m[0].length - numText.length;
    const span = { start, end: start + numText.length };
    if (figures.some((f) => overlaps(f, span))) continue;
    if (amountCues.some((c) => c !== cue && c.start >= cue.end && c.start < span.end)) continue;
    const n = parseNumeral(numText);
    if (!n.ok || n.value.scaled || n.value.value <= 0) continue;
    if (sawWan && n.value.value < 1e6) {
      mentions.push({ fact: cue.target, value: n.value.value, source: numText, unitInherited: true });
    } else unbound.push({ kind: 'amount', value: n.value.value, source: numText, unitMissing: true });
  }

  // 没贷款: a loan of 0.
  for (const c of noneCues) mentions.push({ fact: c.target, value: 0, source: c.word });

  // Loan term: 五年期, 期限5年, a 5-year loan.
  for (const m of s.matchAll(TERM)) {
    const n = parseNumeral((m[1] ?? m[2] ?? m[3]) as string);
    if (n.ok && !n.value.scaled && n.value.value > 0 && n.value.value <= 30) {
      mentions.push({ fact: 'loan_term_years', value: n.value.value, source: m[0] });
    }
  }

  const taken = [...figures];
  for (const c of locate(s, cuts, lex.booleans, taken)) {
    const [fact, v] = c.target.split('=') as [FactKey, string];
    let value = v === 'true';
    if (negated(s, c.start)) value = !value;
    mentions.push({ fact, value, source: c.word });
  }

  // 规上 is 规模以上工业企业: an industrial enterprise by definition (contract §3).
  if (
    mentions.some((m) => m.fact === 'above_scale' && m.value === true) &&
    !mentions.some((m) => m.fact === 'industrial')
  ) {
    mentions.push({
      fact: 'industrial',
      value: true,
      source: mentions.find((m) => m.fact === 'above_scale')?.source ?? '',
    });
  }
  readPlace(s, cuts, mentions);
  readKind(s, cuts, mentions);
  readStage(s, options, mentions);

  const focus = [...new Set(locate(s, cuts, lex.focus, taken).map((c) => c.target))];
  const certifications = readCertifications(s, options);

  return { ...settle(mentions), unbound, foreign, focus, certifications };
}

/** in_jiangsu from the places named; a place in Jiangsu and one outside it together are asked. */
function readPlace(s: string, cuts: ReadonlySet<number>, mentions: Mention[]): void {
  const lex = lexicon();
  const named = (list: readonly string[]) =>
    locate(
      s,
      cuts,
      list.map((w) => ({ word: w, target: w })),
      [],
    ).filter((p) => !lex.notBefore.some((b) => s.slice(p.end).trimStart().startsWith(b)));
  const inside = named(lex.jiangsu);
  const outside = named(lex.elsewhere);
  if (inside.length > 0 && outside.length === 0) {
    const p = inside[0] as { word: string; start: number };
    mentions.push({ fact: 'in_jiangsu', value: !negated(s, p.start), source: p.word });
  } else if (outside.length > 0 && inside.length === 0) {
    const p = outside[0] as { word: string; start: number };
    mentions.push({ fact: 'in_jiangsu', value: negated(s, p.start), source: p.word });
  } else if (outside.length > 0 && inside.length > 0) {
    mentions.push({ fact: 'in_jiangsu', value: true, source: inside[0]?.word ?? '' });
    mentions.push({ fact: 'in_jiangsu', value: false, source: outside[0]?.word ?? '' });
  }
}

/**
 * The applicant kind: the last kind word of the first clause that has one wins, since a Chinese noun
 * phrase ends with its head (园区里的一家企业 is an enterprise; 高新区管委会 is a park).
 */
function readKind(s: string, cuts: ReadonlySet<number>, mentions: Mention[]): void {
  const found = locate(s, cuts, lexicon().kinds, [], true);
  if (found.length === 0) return;
  const first = found[0] as Span;
  const clause = clauseOf(s, first.start);
  const inClause = found.filter((k) => k.start >= clause.start && k.end <= clause.end);
  const head = inClause.at(-1) as (typeof found)[number];
  if (negated(s, head.start)) return;
  mentions.push({ fact: 'applicant_kind', value: head.target, source: head.word });
}

/** The stage, from the clause that names one (negations read by the choice parser: 在建，还没建成). */
function readStage(s: string, options: ExtractOptions, mentions: Mention[]): void {
  const lex = lexicon();
  const words = options.stageOptions.flatMap((o) => o.words).filter((w) => w.length >= 2);
  const parts = s.split(/[。；;！!？?\n]/u);
  const values = new Set<string>();
  let source = '';
  for (const part of parts) {
    if (!words.some((w) => part.includes(normalize(w)))) continue;
    if (lex.stageSkip.some((w) => part.includes(w))) continue;
    // Each clause on its own, then together (在建，还没建成 spans two).
    const r = parseChoice(part, options.stageOptions);
    if (r.ok) {
      values.add(r.value);
      source = part;
    }
  }
  if (values.size === 1) mentions.push({ fact: 'stage', value: [...values][0] as string, source });
}

function readCertifications(s: string, options: ExtractOptions): string[] {
  const out = new Set<string>();
  const squashed = s.replace(/\s+/g, '');
  for (const o of options.certOptions) {
    for (const w of o.words) {
      const word = normalize(w).replace(/\s+/g, '');
      if (word.length < 3 && !/小巨人/u.test(word)) continue;
      const at = squashed.indexOf(word);
      if (at >= 0 && !negated(squashed, at)) out.add(o.value);
    }
  }
  return [...out];
}

/** One value per fact: a fact stated twice alike is kept once; stated two ways, it is a conflict. */
function settle(mentions: readonly Mention[]): { mentions: Mention[]; conflicts: FactKey[] } {
  const byFact = new Map<FactKey, Mention[]>();
  for (const m of mentions) byFact.set(m.fact, [...(byFact.get(m.fact) ?? []), m]);
  const kept: Mention[] = [];
  const conflicts: FactKey[] = [];
  for (const [fact, ms] of byFact) {
    const values = new Set(ms.map((m) => JSON.stringify(m.value)));
    if (values.size === 1) kept.push(ms[0] as Mention);
    else conflicts.push(fact);
  }
  return { mentions: kept, conflicts };
}
