/**
 * Control messages (contract §4): `/start` (开始), `/resume` (继续), `结果` (/result), `/reset`, `/help`,
 * `/lang en|zh`, `条款 1.1.2` (a clause's exact text), and corrections at any point:
 * `改一下总投资` (ask it again) or `总投资其实是5000万` (set it now).
 */
import type { FactKey } from '../rules/facts.ts';
import { normalize } from './parse/text.ts';
import type { Locale } from './types.ts';
import { factNamed } from './vocabulary.ts';

/** A recognised control message. */
export type Command =
  | { readonly kind: 'start' }
  | { readonly kind: 'resume' }
  | { readonly kind: 'undo' }
  | { readonly kind: 'reset' }
  | { readonly kind: 'all' }
  | { readonly kind: 'help' }
  | { readonly kind: 'result'; readonly full?: boolean }
  | { readonly kind: 'lang'; readonly locale: Locale }
  | { readonly kind: 'clause'; readonly id: string }
  | { readonly kind: 'edit'; readonly fact: FactKey }
  | { readonly kind: 'set'; readonly fact: FactKey; readonly text: string };

const START = /^(\/start|开始|开始筛查|开始测评|重新开始|start)$/u;
// 重来吧 刚才填乱了 / start over, I messed up: a fresh start, with a reason after it (no figure).
const START_OVER =
  /^(?:算了[，,\s]*)*(重来|重新来|从头来|从头开始|重新开始|再来一遍|重新测|重新筛|start over|start again|restart)(吧|一遍|一次|一下)?(?:[，,。.!！\s]+[^\d零〇一二两三四五六七八九十百千万亿]*)?$/u;
const RESUME = /^(\/resume|继续|接着来|resume|continue)$/u;
// 撤销 / undo: what a fresh start cleared, brought back.
const UNDO = /^(\/undo|撤销|撤回|恢复|恢复上次|撤销重新开始|undo)$/u;
// 全部筛查 / can you check all the other programs too: every program, with what was said kept.
const ALL =
  /^(\/all|全部筛查|筛查全部(项目)?|全部项目都看看|全部都看看|其他项目也看看|screen all( programs)?|all programs)(吧|一下)?(?:[，,。.!！\s]+(?!.*(?:除了|除开|不要|不看|不用|except|but not|apart from))[^\d零〇一二两三四五六七八九十百千万亿]{0,20})?$|(check|screen|look at|go through)\s+(all|every)( of)?( the)?( other)? (programs|projects|schemes)|(其他|其余|别的|所有|全部)(的)?项目.{0,10}(看看|看一下|查查|查一下|筛查|筛一下|筛一遍|还能报哪些|能报哪些|都看|都筛)|(全部|都|所有)(都)?(帮我)?(筛一下|筛一遍|筛查一下|看一遍)|what (else|other programs?) (can|could) we (also )?apply/u;
const RESET = /^(\/reset|重置|清空|清除|清除数据|reset)$/u;
const HELP = /^(\/help|帮助|help|菜单|说明|\?)$/u;
// 不填了，直接出结果 / 好了 先出结果 / skip the rest, just show me the results: the result, with a lead-in that gives up on
// the question (好了 there is no yes to it).
const RESULT =
  /^(?:(?:不填了|不想填了|不答了|不想答了|算了|先这样|就这样吧?|好了|好的|行了|好吧|那就|ok|okay|skip the rest|skip it|enough)[，,。.!！\s]*)?(?:\/result|\/results|(?:直接|先)?(?:出|给我|给个|查看|看|看看|看一下|看下)?结果|(?:just\s+)?(?:show|give)(?:\s+me)?(?:\s+the)?\s+results?(?:\s+now)?|result|results)(\s*(please|pls|吧))?[。.!！]?$/u;
const STOP_ASKING = /(?:^|[，,。.\s]+)(?:别|不要|不用|甭)再?问了(?:吧)?[。.!！]?$/u;
const RESULT_FULL =
  /^(\/result\s*full|\/full|详细结果|完整结果|全部结果|查看详细结果|full result|full results|details)$/u;
const LANG = /^\/lang\s*(en|english|英文|zh|zh-cn|cn|中文)$/u;
// can you answer in English? / 请用中文回复: the language asked for, in words.
const LANG_ASKED_EN =
  /\b(answer|reply|respond|speak|write|talk|continue)\b.{0,20}\bin english\b|\benglish,? please\b|^(in )?english( please)?[.!?]?$|用英文|说英文|英文回复|英语回复/u;
const LANG_ASKED_ZH =
  /(请?用中文|说中文|中文回复|讲中文)|\b(answer|reply|respond|speak|write|continue)\b.{0,20}\bin chinese\b|^中文$/u;
const CLAUSE = /^(?:\/clause|条款|clause|原文)\s*((?:\d+)(?:\.\d+)*|a1-\d+)$/u;
const EDIT = /^(?:改一下|修改一下|修改|更正|重新填写?|重填|change|edit)\s*(.+)$/u;
const SET =
  /^(.+?)\s*(?:其实是|实际上是|实际是|应该是|应为|改为|改成|更正为|更新为|should\s+be|is\s+actually)[\s：:]*(.+)$/u;
// A year in a fact's name (invested by end-2021, 2021年利息): no value.
// (Only a year that names the fact: 2021年利息, invested by end-2021 with nothing after it — never a date given as the
// value: 修改完工日期为2023年底, change the start date to June 2021.)
const YEAR_IN_NAME =
  /(?<=\bby\s+)end[- ](?:of[- ])?(?:19|20)\d{2}\s*$|(?<![为是到成:：,，\s])(?:19|20)\d{2}年(?=利息|实际|营收|主营|纳税|税|发票|平台|服务|新增|投入)/gu;
// change planned trainees to 1000 / set the total investment to 5000.
const SET_EN = /^(?:please\s+)?(?:change|set|update|correct)\s+(?:the\s+|our\s+)?(.+?)\s+to\s+(.+)$/u;
// "总投资3500万" typed while another question is pending is not a command: the understanding step records
// it (or, when it changes a recorded figure, asks to confirm). Only the explicit forms above are commands.

/** Reads a control message, or undefined for anything else (an answer or a question). */
export function parseCommand(text: string): Command | undefined {
  const s = normalize(text);
  if (START.test(s) || START_OVER.test(s)) return { kind: 'start' };
  if (RESUME.test(s)) return { kind: 'resume' };
  if (UNDO.test(s)) return { kind: 'undo' };
  if (ALL.test(s)) return { kind: 'all' };
  if (RESET.test(s)) return { kind: 'reset' };
  if (HELP.test(s)) return { kind: 'help' };
  if (RESULT.test(s)) return { kind: 'result' };
  // 别问了 / 直接出结果吧 别问了: done with the questions — the result so far (a 问了 is no yes to the question).
  const rest = s.replace(STOP_ASKING, '');
  if (rest !== s && (rest === '' || RESULT.test(rest))) return { kind: 'result' };
  if (RESULT_FULL.test(s)) return { kind: 'result', full: true };
  if (LANG_ASKED_EN.test(s)) return { kind: 'lang', locale: 'en' };
  if (LANG_ASKED_ZH.test(s) && s.length <= 30) return { kind: 'lang', locale: 'zh-CN' };
  const lang = LANG.exec(s);
  if (lang) return { kind: 'lang', locale: /^(en|english|英文)$/u.test(lang[1] as string) ? 'en' : 'zh-CN' };
  const clause = CLAUSE.exec(s.replace(/\s+/g, ' '));
  if (clause) return { kind: 'clause', id: (clause[1] as string).toUpperCase() };
  const edit = EDIT.exec(s);
  // 改一下总投资 asks again; 更正一下，营收是1.5亿 carries its value and is a correction (understanding step).
  // (change invested by end-2021 / 改一下2021年利息: a year in the fact's name is no value.)
  const editNamed = (edit?.[1] ?? '').replace(YEAR_IN_NAME, '');
  if (edit && !/[\d零〇一二两三四五六七八九十百千万亿]/u.test(editNamed)) {
    const fact = factNamed(edit[1] as string);
    if (fact) return { kind: 'edit', fact };
  }
  const setEn = SET_EN.exec(s);
  const set = SET.exec(s) ?? setEn;
  // 总投资应该是3800万 / change the loan to 20m — not a sentence that already holds a figure before "should be"
  // (total about 35 million, should be done mid-2023): its fact is named alone, its value comes after.
  // (第二项并购的出资额其实是… names the second deal; 近三年… a period: no figure. An English set names its fact in
  // words of any length.)
  // (An English set, change … to …, may name a year in its fact: invested by end-2021.)
  const said = set?.[1] ?? '';
  const named = (set === setEn ? said.replace(YEAR_IN_NAME, '') : said).replace(
    /第[一二三四五六七八九十\d]+|近[一二三四五两\d]年|[一二三两四五\d]年(?:平均|期)/gu,
    '',
  );
  const figureBefore = /\d|[零〇一二两三四五六七八九十百千]+\s*(?:万|亿|千|百|元|%|个亿)/u.test(named);
  if (set && !figureBefore && (setEn !== null || named.length <= 24)) {
    const fact = factNamed(set[1] as string);
    if (fact) return { kind: 'set', fact, text: set[2] as string };
  }
  return undefined;
}
