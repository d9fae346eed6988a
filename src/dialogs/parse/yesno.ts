/**
 * Yes/no answers in their many forms: 是/是的/对/有/有的/已经/已完成/符合/嗯/yes/y/ok … and
 * 否/不是/没有/没/无/未/还没/尚未/不/no/n …; a longer answer that opens with one of them
 * ("有，在南京的工行贷的") counts by its opening. Negatives are tested first because most of them
 * contain a positive word (不是 ⊃ 是, 没有 ⊃ 有).
 *
 * These word lists are the input grammar of both languages at once (a Chinese user may type `y`),
 * not text shown to users, so they live here rather than in `locales/`.
 */
import { err, ok, type Result } from './result.ts';
import { normalize } from './text.ts';

const NO_EXACT = new Set(['n', 'no', 'nope', 'false', 'x', '×', '✗', '不', '否', '无', '没', '未', 'non']);
const NO_PREFIX =
  /^(不是|不对|不符合|不具备|不属于|不在|不会|不能|不可以|不需要|不用|没有|没呢|没|还没|尚未|未|无|否|不)/u;
const YES_EXACT = new Set([
  'y',
  'yes',
  'yep',
  'yeah',
  'true',
  'ok',
  'okay',
  '√',
  '✓',
  '嗯',
  '恩',
  '好',
  '行',
  '可以',
  '对',
]);
const YES_PREFIX =
  /^(是|对|有|已经|已|嗯|恩|没错|当然|符合|具备|属于|在|确定|肯定|完成|完备|齐全|齐了|都有|都齐|yes|yep|yeah|ok)/u;

/** Reads a yes/no answer. */
export function parseYesNo(text: string): Result<boolean> {
  const s = normalize(text).replace(/\s+/g, '');
  if (s === '') return err('no_match');
  if (NO_EXACT.has(s)) return ok(false);
  if (YES_EXACT.has(s)) return ok(true);
  if (NO_PREFIX.test(s)) return ok(false);
  if (YES_PREFIX.test(s)) return ok(true);
  return err('no_match');
}
