/**
 * Two measures of one project's total investment. 技改贴息 (1.1.1.2) measures the filed total (项目备案总投资: the
 * filing's figure, civil works and all); 1.2.3 and the programs after it (下同) the net one (ex-tax, no civil works or
 * working capital). One figure serving both gave a 640万 green-upgrade cap on a filed total the question excluded and a
 * loan check on a net figure. So:
 *
 * - a total said as the filed one (备案总投资 3200万, filed total) is recorded as `filed_total_investment` too;
 * - while programs measuring the net total are screened, a total not said to be the filed one
 *   is on the net basis (`total_investment_basis: net`): the loan program then asks for the filed total (rules/derive.ts);
 * - a total said as the filed one while a net total is on record sets the filed total alone (engine.ts record);
 * - a filed total standing as the only total while a program measuring the net one is open is asked about once: the
 *   same on the net basis (一样), or the net figure;
 * - both said in one message (备案9600万，不含税不含土建6100万) are both recorded, the net one only when its own clause
 *   says it is without tax as well as civil works; a filed total said to hold civil works (备案…里面土建) is the filed
 *   one alone, and the net total is asked.
 */
import type { ProgramId } from '../knowledge/program-catalogue.ts';
import { programFacts } from '../rules/index.ts';
import type { FactValue, Profile, ProgramResult } from '../rules/types.ts';
import { withoutUndecidedDays } from './day-check.ts';
import { focusPrograms } from './focus.ts';
import { parseAmount } from './parse/amount.ts';
import { normalize } from './parse/text.ts';
import { type DialogState, withFact } from './state.ts';
import type { Mention } from './understand/extract.ts';
import type { Extraction } from './understand/index.ts';

/** The marker `asked` gets when the net-basis question is asked (the pending slot is total_investment). */
export const NET_CHECK = 'total_investment:net_check';

// 备案总投资 / 核准的总投资 / filed total investment / as filed: the word naming the figure says it is the filed one.
const FILED_CUE = /备案|核准|\bfiled\b|\bfiling\b/iu;
// 5000万，备案的 / 备案数是5000万 / 4000万（备案数）: the filing named right beside the figure, not 备案环评都齐了 said of the
// paperwork in the same breath.
const FILED_BESIDE =
  /备案(?:的|数|总投资|投资|金额|上|证上)|核准(?:的|数|总投资)|\bas filed\b|\bfiled (?:total|figure|amount|investment|at|for)\b|\bis filed\b/iu;
// 不含土建 / 扣掉土建 / ex-tax …: said on the net basis, whatever else the cue word says.
// (Civil works, not tax alone: 设备发票不含税 beside a filed total says nothing of the total's basis.)
const NET_SAID = /不含(?:土建|铺底)|不包括土建|扣(?:掉|除)土建|去掉土建|\bexcluding civil|\bwithout civil/iu;

/** 一样 / 相同 / 就是这个数 / same: the filed total is also the net one. */
const SAME_AS_FILED =
  /^(?:是的?|对的?|嗯|没错|一样(?:的)?|相同|同一个数|就是(?:这个|这个数|它)?|口径一样|都一样|same|yes|yep|correct|it is|that'?s it|the same)[\s，,。.!！的呀啊吧]*$/iu;

// The words for "the same" themselves (not 是 / 嗯, which give no figure to a question asking one).
export const SAME_WORD = /一样|一羊|相同|\bsame\b/iu;
// The words for "the same" holding 一, which a numeral reader takes for 1 (一样的吧应该 had recorded 1万元).
export const ONE_LIKE = /一样|一羊/u;

/** 一样 / 一样的吧 / 一羊 / same, with no figure: the same as the figure on record. */
export function saysSame(input: string): boolean {
  const said = normalize(input);
  return (
    (SAME_AS_FILED.test(said) || SAME_WORD.test(said)) &&
    !/\d|[二两三四五六七八九十百千万亿]/u.test(said) &&
    !/不一样|不同|not the same|different/iu.test(said) &&
    // (一样吗？有啥区别 / 总投资和备案的一样吗: a question, answered as one.)
    !/[?？]|吗|呢|区别|什么|啥|\b(?:is|are|does|do)\b.*\bsame\b/iu.test(said)
  );
}

/** 不是，2600 / 不一样 2600: the no before the figure that follows it. */
export const NOT_SAME = /^\s*(?:不是|不一样|不对|no|not the same)[\s，,。.:：]*/iu;

// A money figure with its unit (3500万, 四千万, 1.2亿, 1.2个亿, 35 million). The digits after a Chinese 亿 or 万 are
// the figure's own (一亿二, 一亿二千万, 三万五: once cut to 一亿, which recorded a filed total of 1亿 for 一亿二).
const FIGURE = String.raw`(?:\d+(?:\.\d+)?\s*(?:个)?(?:万|亿|千万|w\b|million\b)|[一二两三四五六七八九十百千零点]+\s*(?:个)?(?:万|亿[零一二两三四五六七八九十百千点]*万?|千万))`;
// 备案的是四千万 / 备案4000万 / 核准总投资3200万 / filed total 40 million: the filing's word, then its figure.
const FILED_FIGURE = new RegExp(
  String.raw`(?:备案|核准|filed|filing)[^\d一二两三四五六七八九十，,。;；!！?？]{0,8}(${FIGURE})`,
  'giu',
);
// 不含土建的话2600万 / 不含税不含土建是2800万 (word first) or 3500万不含土建 / 2800万（不含税、不含土建 / 2800万，不含土建 (figure first).
const NET_BEFORE = new RegExp(
  String.raw`(?:不含|不包括|扣掉|扣除|去掉)(?:土建|铺底)[^\d一二两三四五六七八九十，,。;；]{0,12}?(${FIGURE})`,
  'giu',
);
// (Not 4000万，不含土建3500万: a word followed by its own figure names that one.)
// (备案八千万，不含土建五千二: the net figure said right after its line without its unit, beside a filed one in 万.)
const NET_BEFORE_BARE =
  /(?:不含|不包括|扣掉|扣除|去掉)(?:土建|铺底)(?:的|是|为)?\s*(\d+(?:\.\d+)?|[一二两三四五六七八九十百千零点]{2,})\s*(?:左右)?(?=$|[，,。;；\s])/giu;
const NET_AFTER = new RegExp(
  String.raw`(${FIGURE})\s*(?:[，,（(]\s*)?(?:不含税[、，,和及]?\s*)?(?:不含|不包括)(?:土建|铺底)(?![^，,。;；]{0,8}?[\d一二两三四五六七八九十])`,
  'giu',
);

// (不含土建的话2860万，备案那个数是四千二: the filed figure said without its unit, beside a net one in 万.)
const FILED_BARE =
  /(?:备案|核准)(?:的|那个|那个数|的数|数|总投资|证上)?(?:是|为|写的)?\s*(\d+(?:\.\d+)?|[一二两三四五六七八九十百千零点]{2,})\s*(?:左右)?(?=$|[，,。;；\s])/giu;

/** The figures a pattern's first group finds, with their values in 万元. */
function figuresOf(re: RegExp, s: string): { source: string; value: number }[] {
  return [...s.matchAll(re)].flatMap((m) => {
    const source = (m[1] ?? '').trim();
    // (备案八千万，不含土建五千二: a figure without its unit beside one in 万 is in 万 too — and only keeps either from
    // being recorded.)
    const r = parseAmount(source, { bareUnit: '万元' });
    return r.ok ? [{ source, value: r.value }] : [];
  });
}

/**
 * 总投资三千五百万，不含土建，备案的是四千万 / 备案4000万，不含土建3500万: one figure named as the filed total, another
 * as the net one (different figures). Undefined when the message is not so.
 */
export function twoBases(
  input: string,
): { readonly filed: number; readonly net: number; readonly sources: readonly string[] } | undefined {
  // (The cheap test on the message as typed first: normalising every message cost the dialog turn's p99.)
  if (!/备案|核准|fil/iu.test(input) || !/土建|铺底|civil/iu.test(input)) return undefined;
  const s = normalize(input);
  if (!FILED_CUE.test(s) || !NET_SAID.test(s)) return undefined;
  const filed = figuresOf(FILED_FIGURE, s);
  const net = [...figuresOf(NET_BEFORE, s), ...figuresOf(NET_AFTER, s)];
  if (net.length === 0) net.push(...figuresOf(NET_BEFORE_BARE, s));
  if (filed.length === 0 && net.length > 0) filed.push(...figuresOf(FILED_BARE, s));
  const nets = [...new Set(net.map((f) => f.value))];
  const fileds = [...new Set(filed.map((f) => f.value))];
  if (fileds.length !== 1 || nets.length !== 1 || fileds[0] === nets[0]) return undefined;
  const [f, n] = [fileds[0] as number, nets[0] as number];
  // (Each figure said once only as what it is named: a figure found both ways is no reading.)
  if (filed.some((x) => x.value === n) || net.some((x) => x.value === f)) return undefined;
  return { filed: f, net: n, sources: [...filed, ...net].map((x) => x.source) };
}

// 不含税 / 扣掉税 / ex-tax: a figure said without tax too (the net total excludes both, 1.2.3).
const EX_TAX =
  /不含(?:增值)?税|不包括(?:增值)?税|扣(?:掉|除)?(?:增值)?税|去(?:掉)?税|税后不含|\bex[- ]?(?:tax|vat)\b|\bexcl(?:uding|\.)?\s+(?:tax|vat)\b|\bwithout (?:tax|vat)\b/iu;

// 里面有两千万是厂房土建 / 其中土建占四千多万 / 含土建: civil works said to be inside the figure.
const CIVIL_INSIDE =
  /(?:里面|里头|其中|当中|含|包括|包含)[^，,。;；]{0,10}土建|土建[^，,。;；不没未]{0,6}(?:在内|也算在|算在里面)/u;

// 不含税3600万 / 3600万不含税 / 3600万（不含税）: a figure said without tax, nothing said of civil works.
const EX_TAX_FIGURE = new RegExp(
  String.raw`(?:不含(?:增值)?税|不包括(?:增值)?税|扣(?:掉|除)?税|去税)(?:的话|的|是|为)?\s*(${FIGURE})|(${FIGURE})\s*[（(，,]?\s*不含(?:增值)?税(?!(?:的话|的|是|为)?\s*[\d一二两三四五六七八九十])`,
  'giu',
);

/** One figure named as the filed total beside another said without tax only (no civil works word anywhere). */
function filedBesideExTax(input: string): { readonly filed: number; readonly sources: readonly string[] } | undefined {
  if (!/备案|核准/u.test(input) || !/税/u.test(input) || /土建|铺底/u.test(input)) return undefined;
  const s = normalize(input);
  const filed = figuresOf(FILED_FIGURE, s);
  const taxed = [...s.matchAll(EX_TAX_FIGURE)].flatMap((m) => {
    const source = (m[1] ?? m[2] ?? '').trim();
    // (设备发票不含税1650万 beside the filed total: another fact's figure, said without tax.)
    const clause =
      s
        .slice(0, (m.index ?? 0) + m[0].length)
        .split(/[，,。;；]/u)
        .at(-1) ?? '';
    if (
      /发票|设备|贷款|利息|营收|收入|纳税|税金|软件|硬件|研发|服务|补贴|贴息|已投|已经投|投了|完成投资|投入了|截至|截止|到去年|年底/u.test(
        clause,
      )
    )
      return [];
    const r = parseAmount(source, { bareUnit: '万元' });
    return r.ok ? [{ source, value: r.value }] : [];
  });
  const fileds = [...new Set(filed.map((f) => f.value))];
  const nets = [...new Set(taxed.map((f) => f.value))];
  if (fileds.length !== 1 || nets.length !== 1 || fileds[0] === nets[0]) return undefined;
  if (filed.some((x) => x.value === nets[0])) return undefined;
  return { filed: fileds[0] as number, sources: [...filed, ...taxed].map((x) => x.source) };
}

// 实际投了6千 / 实际投资五千五百万: what was really invested, beside the filing's figure. (A bare figure is in 万 there.)
const ACTUAL_FIGURE = new RegExp(
  String.raw`实际(?:上)?(?:投了|投入了?|投资了?|花了|总投资|是|为|大概|约)*\s*(${FIGURE}|[\d一二两三四五六七八九十百千零点]+千?(?![\d万亿年月个期天]))`,
  'giu',
);

/**
 * 备案8千万 实际投了6千 (tune-zt: 8000 had been recorded as the total too): the filed figure beside another said as
 * what was really invested — which of them, if either, is 1.2.3's net total is not said. The filed one alone is
 * recorded, the total asked.
 */
function filedBesideActual(input: string): { readonly filed: number; readonly sources: readonly string[] } | undefined {
  if (!/备案|核准/u.test(input) || !/实际/u.test(input)) return undefined;
  const s = normalize(input);
  // (备案总投资8000万，不含税不含土建，实际投了6000万: the basis said, read as before.)
  if (NET_SAID.test(s)) return undefined;
  const filed = figuresOf(FILED_FIGURE, s);
  const fileds = [...new Set(filed.map((f) => f.value))];
  const actual = figuresOf(ACTUAL_FIGURE, s);
  if (fileds.length !== 1 || actual.length !== 1 || actual[0]?.value === fileds[0]) return undefined;
  return { filed: fileds[0] as number, sources: [...filed, ...actual].map((x) => x.source) };
}

/** A single figure named as the filed total in a message saying civil works are part of it (and no net figure). */
function filedWithCivilWorks(input: string): { readonly value: number; readonly source: string } | undefined {
  if (!/备案|核准/u.test(input) || !/土建/u.test(input)) return undefined;
  const s = normalize(input);
  if (!CIVIL_INSIDE.test(s) || NET_SAID.test(s)) return undefined;
  const filed = figuresOf(FILED_FIGURE, s);
  const values = [...new Set(filed.map((f) => f.value))];
  return values.length === 1 && filed[0] ? filed[0] : undefined;
}

/** Records a total said as the filed one also as `filed_total_investment` (the same figure, echoed as such). */
export function withFiledTotal(ex: Extraction, input: string): Extraction {
  if (ex.mentions.some((m) => m.fact === 'filed_total_investment' || m.fact === 'total_investment_basis')) return ex;
  const both = twoBases(input);
  // 备案总投资9600万，不含税不含土建算是6100万: each figure named as what it is — the filed one is the loan program's
  // (1.1.1.2), the net one the total the others measure (1.2.3), said on the net basis. A net figure said only without
  // civil works (备案5000万，不含土建的话4200万) may still hold tax: the filed one alone is recorded, the total asked.
  if (both) {
    const said = (source: string) => both.sources.includes(source.trim());
    const [filedSource, netSource] = [both.sources[0] ?? '', both.sources.at(-1) ?? ''];
    const filed: Mention = { fact: 'filed_total_investment', value: both.filed, source: filedSource };
    const net: Mention = { fact: 'total_investment', value: both.net, source: netSource };
    // (Said of the net figure's own clause: 设备发票不含税 elsewhere says nothing of the total's basis.)
    const exTax = EX_TAX.test(nearby(input, netSource));
    return {
      ...ex,
      mentions: [
        ...ex.mentions.filter((m) => m.fact !== 'total_investment' && m.fact !== 'filed_total_investment'),
        filed,
        ...(exTax
          ? [
              net,
              { ...net, fact: 'total_investment_basis' as const, value: 'net', twinOf: 'total_investment' as const },
            ]
          : []),
      ],
      unbound: ex.unbound.filter((u) => !said(String(u.source))),
      unclear: [
        ...ex.unclear.filter((u) => !said(u.source) && u.fact !== 'total_investment'),
        ...(exTax ? [] : [{ fact: 'total_investment' as const, source: netSource, reason: 'qualified' as const }]),
      ],
    };
  }
  // 标杆工厂项目不含税3600万，备案总投资4200万 (play-test 49: 4200 had been recorded as the total too): a figure said
  // without tax only may still hold civil works (1.2.3 excludes both) — the filed one alone is recorded, the total asked.
  const taxOnly = filedBesideExTax(input) ?? filedBesideActual(input);
  if (taxOnly) {
    const said = (source: string) => taxOnly.sources.includes(normalize(source).trim());
    return {
      ...ex,
      mentions: [
        ...ex.mentions.filter((m) => m.fact !== 'total_investment' && m.fact !== 'filed_total_investment'),
        { fact: 'filed_total_investment', value: taxOnly.filed, source: taxOnly.sources[0] ?? '' },
      ],
      unbound: ex.unbound.filter((u) => !said(String(u.source))),
      unclear: [
        ...ex.unclear.filter((u) => !said(u.source) && u.fact !== 'total_investment'),
        { fact: 'total_investment', source: taxOnly.sources.at(-1) ?? '', reason: 'qualified' },
      ],
    };
  }
  // 备案总投资1.2个亿，里面厂房土建占了四千多万: the filed total, civil works and all (1.1.1.2 reads it so); the net
  // total is not said — asked, and the civil works' figure is no other fact's.
  const civil = filedWithCivilWorks(input);
  if (civil) {
    const ofCivil = (source: string) => {
      const at = input.indexOf(source.trim());
      return at >= 0 && /土建/u.test(input.slice(Math.max(0, at - 12), at + source.length + 12));
    };
    return {
      ...ex,
      mentions: [
        ...ex.mentions.filter((m) => m.fact !== 'total_investment' && m.fact !== 'filed_total_investment'),
        { fact: 'filed_total_investment', value: civil.value, source: civil.source },
      ],
      unbound: ex.unbound.filter((u) => !ofCivil(String(u.source))),
      unclear: [
        ...ex.unclear.filter((u) => u.fact !== 'total_investment' && !ofCivil(u.source)),
        { fact: 'total_investment', source: civil.source, reason: 'qualified' },
      ],
    };
  }
  const total = ex.mentions.find((m) => m.fact === 'total_investment' && !m.superseded);
  if (!total) return ex;
  // 总投资2800万，不含土建 (and no filing named anywhere): the user says the total is the net one, which the loan
  // program alone would otherwise read as its filed total.
  const at = input.indexOf(total.source);
  const around = at < 0 ? '' : input.slice(Math.max(0, at - 12), at + total.source.length + 10);
  if (NET_SAID.test(around) && !FILED_CUE.test(input))
    return {
      ...ex,
      mentions: [
        ...ex.mentions,
        { ...total, fact: 'total_investment_basis', value: 'net', twinOf: 'total_investment' },
      ],
    };
  if (NET_SAID.test(input)) return ex;
  if (!FILED_CUE.test(total.cue ?? '') && !FILED_BESIDE.test(nearby(input, total.source))) return ex;
  return {
    ...ex,
    mentions: [...ex.mentions, { ...total, fact: 'filed_total_investment', twinOf: 'total_investment' }],
  };
}

/** The words around a figure (its clause), where 备案的 / as filed may follow it. */
function nearby(typed: string, source: string): string {
  // (In the message as the extractor read it: RMB 52 million is rmb 52 million there.)
  const input = normalize(typed);
  const at = input.indexOf(source);
  if (at < 0) return '';
  const clause = /[，,。;；!！?？\n]/u;
  let from = at;
  while (from > 0 && !clause.test(input[from - 1] ?? '')) from--;
  let to = at + source.length;
  while (to < input.length && !clause.test(input[to] ?? '')) to++;
  return input.slice(from, to);
}

const readsTotal = (p: ProgramId): boolean => programFacts(p).has('total_investment');

/**
 * Whether a program measuring the net total is screened: its question asked for the net figure. (With the loan
 * program alone screened the total was asked as the filed one; with net-measuring programs alone it was asked as the
 * net one, and the loan program's result, still listed in `results`, must not read it as the filed total: a 5G
 * dialog's 不含税2500万 had given the loan program a ❌ at 1.1.1.2's 3000万.)
 */
function netScreened(state: DialogState): boolean {
  // (Every program while the focus is open.)
  const programs = focusPrograms(state.focus);
  if (programs === null) return true;
  return [...programs].some((p) => p !== 'tech-loan' && readsTotal(p));
}

/**
 * The profile the rules screen: what the user said, with the basis marker set from what is screened (never recorded,
 * the user did not say it): a total not said to be the filed one is on the net basis while net-measuring programs
 * are screened; otherwise (the loan program alone) no marker (the measure the program names).
 */
export function screeningProfile(state: DialogState): Profile {
  const p = state.profile;
  // (The net total not known — 不知道 to its question — leaves the filed one to ask, until that is not known either.)
  const total =
    typeof p.total_investment === 'number' ||
    (state.skipped.includes('total_investment') && !state.skipped.includes('filed_total_investment'));
  const net = total && typeof p.filed_total_investment !== 'number' && netScreened(state);
  const marked = !net || p.total_investment_basis !== undefined ? p : { ...p, total_investment_basis: 'net' as const };
  // (A month-only date whose day decides a result and was asked without an answer: left out, see day-check.ts.)
  return withoutUndecidedDays(state, marked, focusPrograms(state.focus));
}

/**
 * The programs to name when asking, once, whether the filed total on record is also the net one: it is the only
 * total, and programs other than the loan one that measure the net total are still open (none: not asked).
 */
export function netCheckDue(state: DialogState, results: readonly ProgramResult[]): ProgramId[] {
  const p = state.profile;
  // (Not when the filed total was asked for after the net one: the same figure twice is then both.)
  if (
    [NET_CHECK, 'filed_total_investment'].some((k) => state.asked.includes(k)) ||
    state.skipped.includes('total_investment')
  )
    return [];
  if (typeof p.filed_total_investment !== 'number' || p.total_investment !== p.filed_total_investment) return [];
  return netMeasuringOpen(results);
}

/** The programs other than the loan one that measure the net total and are still open. */
export function netMeasuringOpen(results: readonly ProgramResult[]): ProgramId[] {
  // (Not one only to know about: the 信创 pilot zone or an expo, for an enterprise, was named by the basis question.)
  return results
    .filter(
      (r) =>
        r.program !== 'tech-loan' && r.status !== 'ineligible' && r.status !== 'info_only' && readsTotal(r.program),
    )
    .map((r) => r.program);
}

/**
 * A correction of the total or of the filed total while the other is its twin (the same figure, read from one
 * statement, never asked apart): both change (备案总投资说错了，是2800万 had left the loan program on the old 3200).
 */
export function withCorrection(state: DialogState, fact: string, value: FactValue, dayAssumed = false): DialogState {
  const next = withFact(state, fact, value, dayAssumed);
  const p = state.profile;
  const twins =
    typeof p.total_investment === 'number' &&
    p.filed_total_investment === p.total_investment &&
    !state.asked.includes('filed_total_investment');
  if (!twins || typeof value !== 'number' || value === p.total_investment) return next;
  if (fact === 'total_investment') return withFact(next, 'filed_total_investment', value);
  if (fact === 'filed_total_investment') return withFact(next, 'total_investment', value);
  return next;
}
