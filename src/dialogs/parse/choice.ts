/**
 * Choices by number or by words: `2`, `第二个`, `(2)`, `2.`, the label itself, or any alias
 * (`园区` → park). Words match by containment either way, and the longest matching word wins
 * (`未开工` beats `开工`). Lists (`1、3`, `省级智能制造示范工厂、专精特新小巨人`) pick several;
 * `都没有` / `无` / `none` picks none.
 */
import { parseNumeral } from './numeral.ts';
import { err, ok, type Result } from './result.ts';
import { LIST_SEPARATORS, normalize } from './text.ts';

/** One option of a choice question: its value and every word that names it (label first). */
export interface ChoiceOption {
  readonly value: string;
  readonly words: readonly string[];
}

const ORDINAL = /^(?:第|no\.?|#|\()?\s*([0-9零一二两三四五六七八九十]+)\s*(?:个|项|种|条|\)|\.|、)?$/u;
const NONE_OF_THEM = /^(都没有|都没|都不是|都不|全都没有|一个都没有|没有|没|无|暂无|均无|均没有|none|no|nothing|n)$/u;

const MEASURED =
  /\d\s*(?:万|亿|元|块|%|％|人|家|场|次|天|个月)|\d\s*(?:million|billion|mn|bn|yuan|rmb|percent|people|events?|years?|months?|days?)\b/iu;

const squash = (s: string): string => normalize(s).replace(/[\s"“”'‘’「」《》()（）【】·]/gu, '');

/** The option a number names (1-based), if the text is just a number. */
function byNumber(text: string, options: readonly ChoiceOption[]): ChoiceOption | 'none' | undefined {
  const m = ORDINAL.exec(normalize(text));
  if (!m) return undefined;
  const n = parseNumeral(m[1] as string);
  if (!n.ok || !Number.isInteger(n.value.value)) return undefined;
  return options[n.value.value - 1] ?? 'none';
}

/** The figures in a word (2021 in 2021年新认定的…小巨人): a shortened name must keep them. */
const digitsOf = (w: string): string[] => w.match(/\d+/gu) ?? [];

/**
 * The best option named by words in the text, by longest matching word; ties are ambiguous, and so are
 * two options named at different places of the text (phase 1 done, phase 2 ongoing), while a word inside
 * a longer one (完工 in 主体完工) counts only as the longer one.
 */
function byWords(text: string, options: readonly ChoiceOption[]): Result<ChoiceOption> {
  const s = squash(text);
  if (s === '') return err('no_match');
  let best: { option: ChoiceOption; length: number }[] = [];
  const spans: { option: ChoiceOption; start: number; end: number }[] = [];
  for (const option of options) {
    for (const word of option.words) {
      const w = squash(word);
      if (w === '') continue;
      let length = 0;
      if (s === w) {
        length = 1000 + w.length;
        spans.push({ option, start: 0, end: w.length });
      }
      // A one-character word ("是") inside a sentence says nothing about which option is meant.
      else if (w.length >= 2 && s.includes(w)) {
        length = w.length;
        const at = s.indexOf(w);
        spans.push({ option, start: at, end: at + w.length });
      } else if (s.length >= 2 && s.length * 2 > w.length && w.includes(s) && digitsOf(w).every((d) => s.includes(d))) {
        // A shortened name (绿色化改造 for 绿色化改造升级) keeps most of the name and its figures.
        length = s.length;
      }
      if (length === 0) continue;
      const current = best[0]?.length ?? 0;
      if (length > current) best = [{ option, length }];
      else if (length === current && !best.some((b) => b.option === option)) best.push({ option, length });
    }
  }
  if (best.length === 0) return err('no_match');
  if (best.length > 1) return err('ambiguous');
  const winner = (best[0] as { option: ChoiceOption }).option;
  // Outermost matches only: a span inside another span is part of that word.
  const outer = spans.filter(
    (a) => !spans.some((b) => b !== a && b.start <= a.start && b.end >= a.end && b.end - b.start > a.end - a.start),
  );
  if (outer.some((a) => a.option !== winner)) return err('ambiguous');
  return ok(winner);
}

const NEGATION =
  /(还没有|还没|没有|没|尚未|还未|未|不是|并非|不算|还不算|算不上|谈不上|不属于|not yet|not(?:an?|the)?)\s*$/u;

/**
 * Takes negated option words out of the text: in `在建，还没建成` the words 还没建成 deny 建成 (completed), so
 * what is left (在建) decides, and completed is excluded. A negated form that is itself an option's word
 * (还没开工 → planned) is kept. Returns the text left and the options denied.
 */
function dropNegated(text: string, options: readonly ChoiceOption[]): { rest: string; denied: Set<string> } {
  let rest = squash(text);
  const denied = new Set<string>();
  const all = options.flatMap((o) => o.words.map((w) => ({ value: o.value, word: squash(w) })));
  const own = new Set(all.map((x) => x.word));
  for (const { value, word } of [...all].sort((a, b) => b.word.length - a.word.length)) {
    if (word.length < 2) continue;
    let at = rest.indexOf(word);
    while (at >= 0) {
      const neg = NEGATION.exec(rest.slice(0, at));
      if (neg && !own.has(`${neg[1]?.replace(/\s+/g, '')}${word}`)) {
        denied.add(value);
        rest = `${rest.slice(0, neg.index)}，${rest.slice(at + word.length)}`;
        at = rest.indexOf(word);
      } else at = rest.indexOf(word, at + word.length);
    }
  }
  return { rest, denied };
}

/** Reads a single choice: by number or by words; a negated option word excludes that option. */
export function parseChoice(text: string, options: readonly ChoiceOption[]): Result<string> {
  const n = byNumber(text, options);
  if (n === 'none') return err('out_of_range');
  if (n) return ok(n.value);
  const { rest, denied } = dropNegated(text, options);
  if (denied.size === 0) {
    const w = byWords(text, options);
    return w.ok ? ok(w.value.value) : w;
  }
  const left = options.filter((o) => !denied.has(o.value));
  const w = byWords(rest.replace(/^[，,\s]+|[，,\s]+$/gu, ''), left);
  if (w.ok) return ok(w.value.value);
  // Only a denial: it settles the choice when one option is left, otherwise it is asked again.
  return left.length === 1 ? ok((left[0] as ChoiceOption).value) : err(left.length === 0 ? 'no_match' : 'ambiguous');
}

/**
 * Reads several choices from one line. Whole option names are taken first (longest first) so a name
 * that itself holds a separator (`云计算、大数据、区块链企业库`) is not split; what remains is split on
 * separators and each part read as a number or words. Any part left unread fails as `unknown_item`.
 */
export function parseChoices(
  text: string,
  options: readonly ChoiceOption[],
  /** A part left over that names nothing of the kind asked (就这两个, 刚说了): skipped, not an unknown item. */
  isFiller?: (part: string) => boolean,
): Result<string[]> {
  const s = normalize(text);
  if (NONE_OF_THEM.test(squash(s))) return ok([]);
  const picked = new Set<string>();
  let rest = s;
  // A label's note in brackets ("… platform (valid)") is not typed: the label without it names the option too.
  const bare = (w: string) => w.replace(/\s*[（(][^()（）]*[)）]\s*/gu, ' ').trim();
  const words = options
    .flatMap((o) =>
      o.words.flatMap((w) => [...new Set([w, bare(w)])].map((x) => ({ value: o.value, word: normalize(x) }))),
    )
    .filter((w) => w.word.length >= 2)
    .sort((a, b) => b.word.length - a.word.length);
  // 8 million yuan total, 12场: a figure with its unit is an amount or a count said, never an option's number.
  const measured = MEASURED.test(s);
  const consumed: string[] = [];
  for (const { value, word } of words) {
    if (rest.includes(word)) {
      picked.add(value);
      consumed.push(word);
      rest = rest.split(word).join('、');
    }
  }
  for (const part of rest.split(LIST_SEPARATORS)) {
    const p = part
      .replace(
        /^(还有|另外|以及|我们有|我们是|我们在|入了|进了|在|有|是|获得|获评|入选|列入|省级|国家级|省工信厅|工信厅|项目是|项目|(?:20)?\d{2}年|省|国家|市级|的|provincial\s+|national\s+|the\s+|an?\s+|we have\s+|we're on\s+|we are on\s+|(?:and\s+)?have\s+|and\s+)+|的$|里$|省$|(在|均在|都在)?有效期内$|(在|均在)?有效期$/gu,
        '',
      )
      .trim();
    if (p === '' || /^(省级|国家级|等|等等|名单|企业|and|also|plus)$/u.test(p)) continue;
    // English is split at its spaces: the words around the names carry none (we're on the … list).
    // (the 2021 provincial … list: 2021, the year every listing here counts from or in, names none.)
    if (/^(we'?re|we|are|on|the|a|an|have|has|got|also|in|of|our|is|list|only|just|both|as well|2021)$/u.test(p))
      continue;
    // A leftover piece of a name just taken ("改造" of 绿色化改造 after 技术改造) adds nothing.
    const pickedWords = options.filter((o) => picked.has(o.value)).flatMap((o) => o.words.map((w) => normalize(w)));
    const ordinal = byNumber(p, options) !== undefined;
    if (ordinal && measured) return err('no_match');
    if (!ordinal && (consumed.some((w) => w.includes(p)) || pickedWords.some((w) => w.includes(p)))) continue;
    // A number is a pick, never filler (6、7 to the recognitions list).
    if (!ordinal && isFiller?.(p)) continue;
    const r = parseChoice(p, options);
    if (!r.ok) return wholeOr(s, options, 'unknown_item');
    picked.add(r.value);
  }
  if (picked.size === 0) return wholeOr(s, options, 'no_match');
  // Keep the options' order so the same answer always yields the same list.
  return ok(options.filter((o) => picked.has(o.value)).map((o) => o.value));
}

const NO_NAME_ALONE =
  /^(?:我们是|是)?(?:省级|国家级|等|等等|名单|企业|公司|单位|工厂|园区|高校|大学|协会|事业单位|民非|平台|company|enterprise|firm|factory|park|university)$/u;

/** One option named in a shortened form ("绿色化改造" for 绿色化改造升级), when reading the parts failed. */
function wholeOr(text: string, options: readonly ChoiceOption[], code: 'unknown_item' | 'no_match'): Result<string[]> {
  if (LIST_SEPARATORS.test(text)) return err(code);
  // 企业, to the recognitions list (play-test 50: read as the 企业库 listing): a word of what the applicant is names no
  // option, however much of a name it shares.
  if (NO_NAME_ALONE.test(text.trim())) return err(code);
  const whole = parseChoice(text, options);
  return whole.ok ? ok([whole.value]) : err(code);
}
