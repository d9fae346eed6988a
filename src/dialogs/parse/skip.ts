/**
 * "I don't know" in its forms: 不知道, 不清楚, 不是很清楚, 不确定, 不好说, 说不准, 要问财务, 跳过, 下一个,
 * 不填了, skip, pass, not sure, have to check … The pending fact stays unknown (never false, never zero) and
 * the dialog moves on. Read before yes/no: 不是很清楚 opens with 不是 but is not a no.
 */
import { normalize } from './text.ts';

const SKIP =
  /^(?:这个|这题|这项|这一项|先|那就)(?:跳过|略过)(?:吧|了)?[。.!！]?$|^(不(?:想)?(?:填|答|回答)了(?:吧)?[。.!！]?$|不(是很|是太|太|大|怎么|很)?(知道|晓得|清楚|确定|了解|记得)|说不(准|好|清|上来)|不好说|没数|没印象|记不(清|得)|忘了|跳过|略过|下一个|下一题|待定|待确认|还不确定|暂不确定|(我|这个)?(要|得|需要|还要|还得)(问|查|核实|确认)|(问问|问一下|问下)(财务|会计|老板|领导|同事)|回去查|回头查|我查(一下|查)|skip|pass|next|idk|dunno|no clue|not a clue|i\s?don'?t\s?know|don'?t\s?know|no\s?idea|not\s?sure|unsure|unknown|(i|we)('ll| will)?\s?(have|need) to (check|ask)|let me check)/u;

// Said after a first guess: 应该验收了吧 要问下生产部, 三千多万，我得翻一下.
const SKIP_ANYWHERE =
  /(要|得|需要|还要|还得)(问|查|翻|核实|确认)(一下|下|问|查|翻)?[^，,。]{0,6}$|我(得|要)?(翻|查|找)(一下|下|找|查)|回头(再)?(问|查|告诉)|(have|need) to (check|ask)|let me check|will check/u;

/** Whether the answer means "leave it unknown and move on". */
export function isSkip(text: string): boolean {
  const s = normalize(text);
  return SKIP.test(s) || SKIP_ANYWHERE.test(s) || SKIP_ALONE.test(s);
}

/**
 * Forms that say "don't know" only as the whole answer (play-test 54 had them recorded as 否): typed and slang ones
 * (不知到, 不造, 不知, 不記得), not asked yet (没问过, 还没问, 没听说过), 不懂, not yet known, and any form after the
 * speaker (我也不知道, 俺不知道). Followed by more (不知，三年吧 / 不懂什么叫规上), the rest is read.
 */
const SKIP_ALONE =
  /^(?:我也|我都|我们也|俺也|俺|我|咱也|咱|额|呃|哎)?\s*(?:不知道|不清楚|不晓得|不确定|不记得了?|不知|不知到|不造|不記得了?|没(?:有)?问过|还没(?:有)?问|没问呢|没听(?:说)?过|不(?:太)?懂|搞不清(?:楚)?|没搞清(?:楚)?|not (?:yet )?known)(?:啊|呀|哦|哈|诶|了|呢|耶|欸|哎)*[\s。.!！~～…]*$/u;
