/**
 * Yes/no answers in their many forms: 是/是的/对/有/有的/已经/已完成/符合/嗯/yes/y/ok … and
 * 否/不是/没有/没/无/未/还没/尚未/不/no/n …; a longer answer that opens with one of them
 * ("有，在南京的工行贷的") counts by its opening. Negatives are tested first because most of them
 * contain a positive word (不是 ⊃ 是, 没有 ⊃ 有).
 *
 * Chinese speakers answer a yes/no question by echoing its verb: 买了 / 办好了 / 齐了 (yes), 没买 /
 * 还没办 (no). A question's own words can also settle it against its polarity: to "培训是否不向学员收取
 * 任何费用？" the answer 不收费 is yes. Those per-question words come from the understanding lexicon
 * (`QuestionWords`); hedges that mean "I don't know" (不是很清楚, 不好说) are read by `skip.ts` first.
 *
 * These word lists are the input grammar of both languages at once (a Chinese user may type `y`),
 * not text shown to users, so they live here rather than in `locales/`.
 */
import { anyOf, GUESS_WORDS, UNKNOWN_WORDS, UNSURE_WORDS } from './hedges.ts';
import { err, ok, type Result } from './result.ts';
import { normalize } from './text.ts';

/** Words of one question that mean yes or no to it (its verb echoed, its own negated wording). */
export interface QuestionWords {
  readonly yes: readonly string[];
  readonly no: readonly string[];
  /** Answers that cannot settle this question as given (不需要办 without the recommending unit's note). */
  readonly ask?: readonly string[];
}

const NO_EXACT = new Set([
  'n',
  'no',
  'nope',
  'false',
  'x',
  '×',
  '✗',
  '不',
  '否',
  '无',
  '没',
  '未',
  'non',
  '没有的',
  // 木有, 莫得, 没得 read as 没有 here: normalize() turns them into it.
]);
// Words that open with a negation and still mean yes.
const YES_DESPITE_NEGATION = /^(没问题|没有问题|没错|不错|可不是|不就是|没毛病)/u;
// 没有不齐的 / 没有没办的: none is missing — a denied denial is a yes.
// (不会不在名单里吧: a double negative, surely in.)
const RHETORICAL_YES =
  /^(?:哪能|哪会|哪里会|怎么会|怎么可能|咋会|咋可能|哪可能|不会不(?=在|是|属于|符合|算))(?:不|没)?/u;
const NONE_NOT = /^(?:没有|没|并没有)\s*(?:不|没)(?!是|知道|清楚|过|急|够|太|好说)[^，,。；;\s]{1,5}的$/u;
const NO_PREFIX =
  /^(不是|不对|不符合|不具备|不属于|不在|不会|不能|不可以|不需要|不用|没有|没呢|没|还没|也没|也不是|也不|尚未|未|无|否|(?:也|更|都)?(?:算不上|谈不上|称不上|够不上)|不(?!到|足|超|少|低|高|止|满))/u;
const YES_EXACT = new Set([
  'y',
  'yes',
  'yep',
  'yeah',
  'yup',
  'true',
  'ok',
  'okay',
  'sure',
  'correct',
  'right',
  '√',
  '✓',
  '嗯',
  '嗯嗯',
  '恩',
  '好',
  '行',
  '可以',
  '对',
  '对的',
  '是滴',
  '是哒',
  '是嘞',
  '对头',
  '有滴',
  '有哒',
  '是呀',
]);
// 对 opens a yes (对的, 对啊) but not 对方/对于; 在 alone is a yes, 在通州 is a place to read; 是 opening a
// sentence (是节能降碳) is not a yes to another question — a bare 是/是的 is (BARE, YES_EXACT).
const YES_PREFIX =
  /^(对(?![方于外面手象照接应])|有|已经|已|嗯|恩|没错|当然|符合|具备|属于|确定|肯定|完成|完备|齐全|齐了|都有|都齐|全乎|过了|通过|承诺|满足(?!不|了?[一二两三四五六七八九十几\d]+个)|yes|yep|yeah|yup|ok|sure|of course|correct|indeed)/u;
// Still under way: a no to "is it done / complete?".
// Still ahead: 下周验收, 准备验收, 马上就办 — not done yet.
const FUTURE = /下周|下个月|下月|明年|准备|即将|马上就|将要|打算|next week|next month|scheduled/u;
const PENDING =
  /还在(走|办|审|申请|批|起步|做|写|编|弄|改|谈|整理|准备)|还在[^，,]{0,6}(对|核对|商量|确认|讨论|沟通|定)|[^，,]{0,4}(才能定|能定|再定)$|在(办|做|弄|走|跑|申请|写|编)|就差|还差|在办理|办理中|流程中|还没批|审批中|pending|in progress|under review|still (writing|drafting|working on)|still being (drafted|written|prepared|finali[sz]ed|worked on)/u;
// A weak hedge (好像, 可能, maybe) or a guess (应该, I think): not sure enough to record either way.
const HEDGE = anyOf(UNSURE_WORDS, GUESS_WORDS);
// A hedge said of a figure (大概1800来万, 估计两千万, maybe 18 million), not of a year (可能2023年).
const HEDGED_FIGURE = new RegExp(
  `(?:${HEDGE.source})\\s*(?:有|是|在)?\\s*(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十][一二两三四五六七八九十百千点]*)\\s*(?:来|多)?\\s*(?:万|亿|个亿|million\\b)`,
  'gu',
);
// A clause that ends by denying: 苏北暂时没有, 我们自己没有.
const END_NO =
  /(没有|还没有|还没|暂时没有|暂无|不是|不行|不符合|不具备|没排|没安排|没覆盖|没开|没办|没批|没买|没做|没拿到|没下来)$/u;
// Said to have nothing to do with what is asked (跟节能没关系, 不涉及): a no.
const UNRELATED =
  /(跟|和|与).{0,8}(没关系|没什么关系|无关|不沾边|不搭边|不相关)|不涉及|nothing to do with|not related to|unrelated to/u;
// Only part of it: not a yes. 主要还是wifi after 装了几台5G: mostly the other thing.
const PARTIAL =
  /一部分|部分|大部分|少部分|有点|有一点|主要还是|not all|partly|partially|some of|part of|sort of|kind of/u;
/** 完成了三成 / 做了一半 / 办了60%: a share of the whole done. */
// (Not a stake bought, 买了51% / 投了八成股权, nor all of it, 100%.)
// A share under the whole: 30%, 百分之七十 (not 100%).
const SHARE_PCT = String.raw`[1-9]\d?(?:\.\d+)?\s*%|百分之[一二两三四五六七八九]十?[一二两三四五六七八九]?`;
const SHARE_DONE = new RegExp(
  String.raw`(?:完成|做|建|弄|办|装)(?:了|好)?(?:大约|大概|约)?(?:一半|[一二两三四五六七八九]成|${SHARE_PCT})(?!\s*(?:的)?(?:股|stake))|买了?(?:一半|[一二两三四五六七八九]成)(?!\s*(?:的)?股)|设备[^，,。]{0,4}买了?(?:${SHARE_PCT})`,
  'u',
);
/** A no said first: 还没有，… / 没验收 …. */
const LEADING_NO = /^(?:还没有|没有|还没|没|不是|否|no\b|not yet\b)(?!(?:有)?(?:买|采购|购置)完|问题|错|毛病)/u;
/** 基本齐了 / 基本上都有 / 基本满足: "basically", said before the yes. */
const BASICALLY = /^(?:嗯|对|是)?[，,\s]*基本(?:上)?(?:都|也)?(?:齐|有|满足|完成|办|好|到位|具备|符合|是|差不多)/u;
/** 买了 不过只买了一半 / yes, but only about half of the machines so far: a yes said of a part is asked, whatever words it echoes. */
const ONLY_A_PART =
  /只[^，,。\s]{0,4}(一半|一部分|几台|小部分)|\bonly (?:about |around |roughly )?(?:half|a third|a quarter|some|a few|part)\b/u;
// Part of it still to be decided by someone else (对接省平台要请示领导, need to check with the boss): not a yes yet.
const UNDECIDED =
  /(要|得|需要|还要|还得|须)(请示|商量|研究|领导定|老板定)|请示(一下)?领导|(还)?(没|未)(决定|定(?!制|位|型|义))|待定|to be (decided|confirmed)|(check|confirm) with (my|our|the) (boss|management|board)/u;
// Part of the answer not known: 能评不清楚, 我问下再说, not sure about the EIA.
const UNSURE_PART = new RegExp(`${anyOf(UNKNOWN_WORDS).source}|问(一)?下再说|我(得|要|先|还得)?(去)?问(一)?下`, 'u');
// The user drops a program (不报, 只看…, not applying for): says nothing of the question's fact.
const NOT_APPLYING =
  /不(打算|准备|想)?(申)?报(的|了)?(?![告表])|只(看|报|申报|考虑)|不用看|\bnot (applying|going to apply)\b|\bonly (interested in|want|care about)\b/u;
const CONTRAST = /但|但是|不过|可是|\bbut\b|\bhowever\b|\bthough\b/u;
const EN_NO =
  /^(no|nope|not yet|not really|never|we (did not|didn't|have not|haven't|do not|don't|are not|aren't)|none)\b/u;
const EN_YES =
  /^(yes|yeah|yep|yup|we (did|do|have|are(?! (?:in|based in|located in)\b))|it (is|does|did)|they (are|did|do)|of course|sure|correct|done|all done|completed|finished)\b/u;
// 展厅已经建好了, 化工厂当然是啊: an "already … done" or a "of course it is" inside the clause is a yes.
const ALREADY_DONE = /(已经|已)[^不没未，,]{0,4}(了|好|完|过)|当然(是|有|可以|符合|算)/u;
// 方案在写，差不多了: still under way but nearly there — not a no on the application day: asked.
const NEARLY = /差不多了|快了|快好了|快完了|马上(就)?好|almost (done|there|finished)|nearly (done|there|finished)/u;
// A short echo of the question's verb with 了/过/好了 and no negation: 买了, 办好了, 签过, 交了 (跳过 is no verb echoed); or with 会/能:
// 会建, 能做到, 都满足.
const ECHO_YES =
  /^([^不没未无否别问\d零一二两三四五六七八九十百年月在跳略]{1,4}(了|过|好了|完了)|(会|能|将会|可以|都)[^不没未无否]{1,4}|都?满足|都?符合|都行)$/u;
// A bare yes or no opening an answer decides it: 不是，是外部收购 is a no, whatever the explanation after it.
const BARE =
  /^(是|是的|对|对的|有|有的|能|会|可以|行|承诺|没有|没有的|没|不是|还不是|不对|不|否|不能|不会|yes|no|yep|nope)$/u;
const BARE_NO = /^(没有|没有的|没|不是|还不是|不对|不|否|不能|不会|no|nope)$/u;

const NOT_YET = /^(还不是|还没有|还没|暂时不是|目前不是|现在不是|暂时没有|目前没有|notyet|no|nope)$/u;
// What may come later (今年应该能, 预计明年, hopefully next year): no hedge on the answer for now.
const LATER =
  /今年|明年|下半年|以后|将来|预计|争取|希望|有望|next year|this year|later|hopefully|expect|plan to|will\b/u;

/**
 * The enterprise's scale said to be nearly reached (快到规上了, 差一点上规, almost above-scale): not held yet. Only of the
 * scale itself: 快到货了, 快到期了, nearly at 100% beside a yes are said of something else.
 */
const NOT_YET_REACHED =
  /(?<![很最较飞尽太赶加])(?:快要?|就快|差一点|差点儿?|接近)(?:就)?(?:到|达到|成为|成|上)?(?:规上|规模以上|上规)|\b(?:almost|nearly)\s+(?:an?\s+)?above[- ](?:scale|designated|size)\b/u;

/** A question's own word as the answer is compared with it: normalised, without spaces. */
const squash = (w: string): string => normalize(w).replace(/\s+/g, '');

/**
 * Reads a yes/no answer, with the question's own yes/no words when it has any. `wordStarts` gives where the answer's
 * words start and end (the segmenter's cuts): a question's word is only heard where a word starts — 收了 (acquired) is not in
 * 验收了 (accepted).
 */
export function parseYesNo(
  text: string,
  words?: QuestionWords,
  wordStarts?: (text: string) => ReadonlySet<number>,
): Result<boolean> {
  // 是的吧 / 应该是吧: a yes said with 吧 is a guess (normalize drops the particle, so it is read here).
  if (/(是|对|有|没有|不是|行)的?吧[\s。.!！]*$/u.test(text.trim())) return err('ambiguous');
  // 是滴😄 / 是的👍: an emoji beside the words is tone, not a word (alone, 👍 is read as its own answer below).
  const plain = /[\p{L}\p{N}]/u.test(text) ? text.replace(/\p{Extended_Pictographic}|\u{FE0F}|\u{200D}/gu, ' ') : text;
  const s = normalize(plain).replace(/\s+/g, ' ').trim();
  const squashed = s.replace(/\s+/g, '');
  if (squashed === '') return err('no_match');
  // 算了 / 算了算了: "forget it", no yes (算 is not 算是) — asked.
  if (/^(?:算了)+吧?[。.!！…]*$/u.test(squashed)) return err('no_match');
  // 算了 换个项目问问 (tune-zz: recorded as a yes): forget it, then something else wanted — no answer either.
  if (/^(?:算了)+吧?[，,。.!！\s]*(?:换|重新|不问|不看|不弄|不报|问问|看看别的|别的|其他|其它)/u.test(s))
    return err('no_match');
  // The answer's clauses, each also without its spaces (as the question's own words are compared), read once.
  const clauses = clausesOf(s);
  const tightClauses = clauses.map((c) => c.replace(/\s+/g, ''));
  const firstClause = tightClauses[0] ?? '';
  // 还不是，今年应该能上规 / not yet, hopefully next year: a plain no now, the hedge only on what may come later.
  const [now, ...later] = clauses.map((c) => c.trim());
  if (
    now !== undefined &&
    (NO_EXACT.has(now.replace(/\s+/g, '')) || NOT_YET.test(now.replace(/\s+/g, ''))) &&
    later.length > 0 &&
    later.every((c) => LATER.test(c))
  )
    return ok(false);
  // 估计齐了, 好像有: a weak hedge is not sure enough to record either way; 除了能评都齐了 is an exception.
  // (买了，发票大概1800来万: a hedge right before an amount after the first clause is on the amount, read by the amount
  // reader, not on the yes.)
  // (Only in a clause that states an amount paid or invoiced, with nothing missing or partial in it: 买了，可能有一千万是
  // 自有资金买的 / 估计2000万的设备还没买 / 是的，营收可能1800万 stay asked.)
  const [head = '', ...tail] = s.split(/(?<=[，,。；;])/u);
  const figureClause = (c: string) =>
    /发票|金额|花了|合同|价款/u.test(c) && !/自有|没|还|未|部分|一半/u.test(c) ? c.replace(HEDGED_FIGURE, ' ') : c;
  if (HEDGE.test(head + tail.map(figureClause).join('')) && !YES_EXACT.has(squashed)) return err('ambiguous');
  if (/除了|除去|\bexcept\b/u.test(s)) return err('partial');
  if (NONE_NOT.test(s.trim())) return ok(true);
  // 哪能不具备 / 怎么可能没有: a no asked back, rhetorically, is a yes.
  if (RHETORICAL_YES.test(s.trim()) && !UNSURE_PART.test(s)) return ok(true);
  // 不是没买哈 都买了滴 (tune-zx): "it's not that we did not" — a yes, where nothing after it denies again.
  const notThatNot = /^不是没(?:有)?\s*([^，,。；;\s]{1,6})/u.exec(s.trim());
  // (Only where what follows says it done or had — 都买了, 都有, 已经办了 — and nothing under way, ahead or paid otherwise:
  // 不是没验收 下周验, 不是没买，是用自有资金买的 stay as read below.)
  const afterNot = s.trim().slice(notThatNot?.[0].length ?? 0);
  if (
    notThatNot &&
    /都(?:[^，,。；;\s]{0,4}了|有|是|齐)|已经/u.test(afterNot) &&
    !/不|没|未|还|在|部分|下个?月|下周|流程|审批|自有|自己|准备|打算/u.test(afterNot) &&
    !UNSURE_PART.test(s)
  )
    return ok(true);
  // 连云港不是江苏的吗😂 是: a question that answers itself (isn't it?), alone or with a yes.
  const rhetorical = /[^，,。；;？?\s]{1,12}不(?:就)?是[^，,。；;？?]{1,12}吗[?？!！]*/u;
  if (rhetorical.test(s)) {
    const rest = s.replace(rhetorical, '').replace(/[^\p{L}\p{N}]/gu, '');
    if (rest === '' || /^(是|是的|对|对的|当然|yes)$/u.test(rest)) return ok(true);
  }
  // 备案环评都有 能评不清楚 我问下再说: part of it unknown, or left to someone else, is not a yes yet.
  // (运营主体还没定, to "是否有明确的实施运营主体": not decided is the question's own no, where one of its no words
  // says so; 能评还没定 to the approvals question stays a part not decided.)
  // (Only said in the answer's first clause, and no yes word of the question anywhere: 定了，就是投资额待定 and
  // 主体明确了，就是资金还没定 leave another thing undecided, and are asked.)
  const undecidedIsNo =
    words?.no.some((w) => UNDECIDED.test(w) && firstClause.includes(squash(w))) &&
    !words.yes.some((w) => squashed.includes(squash(w)));
  if (UNDECIDED.test(s) && !undecidedIsNo) return err('partial');
  if (UNSURE_PART.test(s)) return err('ambiguous');
  // 技改贴息不报的 只看小巨人: a program not applied for, not a no to the question asked.
  if (NOT_APPLYING.test(s)) return err('ambiguous');
  if (ONLY_A_PART.test(s)) return err('partial');
  // 完成了三成 / 基本齐了 (play-test 56: both recorded as a yes to the approvals): a share done, or "basically", is part.
  // (还没买完: some bought, not all — unlike 还没做完 to whether the works are done, a plain no. A plain no said first
  // — 还没有，环评做了一半 — stays the no.)
  if (
    !LEADING_NO.test(s.trim()) &&
    (SHARE_DONE.test(s) || BASICALLY.test(s.trim()) || /^[^，,。]{0,4}没(?:有)?(?:买|采购|购置)完/u.test(s.trim()))
  )
    return err('partial');
  // Partly. We have a 5G private network…: an answer opening by saying only part is so is asked, whatever follows.
  if (/^(?:partly|partially|in part)\b|^(?:部分|一部分)(?:是|符合|有)?[，,。.\s]/u.test(s.trim()))
    return err('partial');
  // 快到规上了 / almost above-scale, to the scale question: not reached is not held — a no. (To another question, 快到规上了
  // answers nothing of it: asked.)
  if (NOT_YET_REACHED.test(s))
    return words?.yes.some((w) => /规上|规模以上|above/iu.test(w)) ? ok(false) : err('ambiguous');
  if (words) {
    // The question's own words first, found anywhere, longest first: 不收费 (yes to "是否不…收费") before 收费,
    // 推荐单位出了说明 (yes) before 不需要办 (not enough on its own). A word the user negates is not sure.
    const own = [
      ...words.yes.map((w) => ({ w: squash(w), v: true as boolean | null })),
      ...words.no.map((w) => ({ w: squash(w), v: false as boolean | null })),
      ...(words.ask ?? []).map((w) => ({ w: squash(w), v: null as boolean | null })),
    ].sort((a, b) => b.w.length - a.w.length);
    const cuts = wordStarts?.(squashed);
    for (const { w, v } of own) {
      const at = w === '' ? -1 : startOfWord(squashed, w, cuts);
      if (at < 0) continue;
      // 没推荐单位出说明 negates the word; 环评不需要 推荐单位出了说明 (another clause before it) does not.
      const inText = s.indexOf(w);
      const before = inText >= 0 ? (s.slice(0, inText).split(/[\s,]/u).at(-1) ?? '') : squashed.slice(0, at);
      if (v === null) return err('ambiguous');
      // 买了 不过有一部分是自有资金: a yes or no said of only a part (one of the question's own "ask" words beside it)
      // is asked, whichever word is longer.
      // (大部分设备都到厂了 says how far delivery is, not that only part was bought with it.)
      const partSaid = squashed.replace(/大部分/gu, '');
      // (买了，部分设备还在安装调试: a yes beside a part still being installed is a yes; only a no said of part asks.)
      if (
        v === false &&
        own.some((o) => o.v === null && PARTIAL.test(o.w) && !w.includes(o.w) && partSaid.includes(o.w))
      )
        return err('partial');
      // 不在名单里: the word negated right before it is its opposite; negated further off (没推荐单位出说明), unsure.
      // 没有了就这一个: what comes before is itself one of the question's words of the same answer, no negation.
      const agrees = own.some((o) => o.v === v && o.w !== '' && before.endsWith(o.w));
      const said = agrees
        ? v
        : /(不|没|未)(在|是|有)?$/u.test(before)
          ? !v
          : /(不|没|未)[^，,]{0,2}$/u.test(before)
            ? null
            : v;
      if (said === null) return err('ambiguous');
      // 工商变更办好了，股权变更还在走: a yes that another clause denies is asked (a no stands: one part missing is
      // a no). A clause holding the question's own words (不需要办 beside 推荐单位出了说明) is read by them, not here.
      const denied = (c: string) =>
        !own.some((o) => o.w !== '' && c.replace(/\s+/g, '').includes(o.w)) && clauseVerdict(c.trim()) === false;
      if (said && clauses.some(denied)) return err('ambiguous');
      // 备案环评都有 能评没办: a yes of the question's own words, and its no in another clause (not negated, 不缺): one
      // part said the other way, asked. (A no stands beside a yes: 设备是买了 不过用的自有资金.)
      const clauseOfWord = tightClauses.findIndex((c) => c.includes(w));
      const contrary =
        said &&
        tightClauses.some((cs, i) => {
          return (
            i !== clauseOfWord &&
            own.some(
              (o) =>
                o.v === !said &&
                o.w !== '' &&
                cs.includes(o.w) &&
                // (没有缺的, 收费的班一个都没有: the other word negated before or after it agrees.)
                !/(?:不|没|未|没有|无)$/u.test(cs.slice(0, cs.indexOf(o.w))) &&
                !/没有|没|无|不/u.test(cs.slice(cs.indexOf(o.w) + o.w.length)),
            )
          );
        });
      if (contrary) return err('ambiguous');
      // Yes, my client is the buyer, they initiated it: a bare yes or no first, the question's words the other way
      // (they = the client): asked, never the opposite of what was said first recorded.
      if (BARE.test(firstClause) && BARE_NO.test(firstClause) === said) return err('ambiguous');
      return ok(said);
    }
  }
  // 不到两千万: a figure, not a yes/no (the question's own words, read above, may stand beside one: 还有一个 出资六千万的).
  // (办了，21年12月中旬工商变更完的: a date in 2021 beside the echo is when, not a figure; another year's is read as
  // before, a figure — the yes may not hold for the year the guide asks about.)
  if (
    /[\d一二两三四五六七八九十百千][千百万亿]|\d{2,}/u.test(
      // (办了，21年12月提交的材料，还在等: a date of a step short of done stays a figure, asked.)
      /完(?:成|的|了)|办完|办好|变更完/u.test(squashed) && !/还在|在等|等着|提交|递交|签的|签了/u.test(squashed)
        ? squashed.replace(/(?:20)?21年(?:\d{1,2}月份?(?:\d{1,2}[日号])?|底|初|末)?/gu, '')
        : squashed,
    ) &&
    !/^(是|有|对|(?:还|目前|暂时|现在)?(?:没有|不是|没)|(?:满足|符合|具备)(?:的|了|啊)?(?=[，,。；;]|$)|yes|yeah|yep|yup|no|nope|we(are|do|did|have)|it(is|does))/u.test(
      squashed,
    )
  )
    return err('no_match');
  if (NO_EXACT.has(squashed)) return ok(false);
  if (YES_EXACT.has(squashed)) return ok(true);
  // 不是纯公益的 有部分收费服务: a plain 不是 first, then why — the part named is the reason for the no.
  if (/^不是/u.test(firstClause) && !PARTIAL.test(firstClause) && clauseVerdict(firstClause) === false)
    return ok(false);
  if (PARTIAL.test(s)) return err('partial');
  if (NEARLY.test(s) && (PENDING.test(s) || FUTURE.test(s) || /在写|在做|在弄|在编/u.test(s))) return err('ambiguous');
  // Clause by clause: 一般般，不算领先 is a no; 备案有了，能评还在走流程 says yes and no, so it is asked.
  if (BARE.test(firstClause)) return ok(!BARE_NO.test(firstClause));
  // 有点定制化 但主要还是卖设备: an answer that turns on itself is asked.
  if (CONTRAST.test(s)) return err('ambiguous');
  const verdicts = new Set<boolean>();
  for (const clause of clauses) {
    const v = clauseVerdict(clause.trim());
    if (v !== undefined) verdicts.add(v);
  }
  if (verdicts.size === 1) return ok([...verdicts][0] as boolean);
  if (verdicts.size > 1) return err('ambiguous');
  return err('no_match');
}

/**
 * Where `w` is first said in `s` as a word of its own (anywhere, when no cuts are known); -1 when nowhere. Only a
 * two-character word is checked, and only against a word of the answer that begins before it and ends inside it:
 * 收了 is not in 验收了 (验收 + 了), while 部分 is in 一部分 and 变更还没 in 工商变更还没.
 */
export function startOfWord(s: string, w: string, cuts: ReadonlySet<number> | undefined): number {
  for (let at = s.indexOf(w); at >= 0; at = s.indexOf(w, at + 1)) {
    const inside = cuts !== undefined && w.length === 2 && !cuts.has(at) && cuts.has(at + 1);
    if (!inside || !/^\p{Script=Han}{2}$/u.test(w) || !/\p{Script=Han}/u.test(s[at - 1] ?? '')) return at;
  }
  return -1;
}

/** An answer's clauses: split at punctuation and at spaces between Chinese words (方案有 绩效目标还在写). */
export function clausesOf(s: string): string[] {
  return s.split(/[,，;；。]|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u);
}

/** One clause's yes or no, if it says one. */
function clauseVerdict(clause: string): boolean | undefined {
  const c = clause.replace(/\s+/g, '');
  if (c === '') return undefined;
  if (NO_EXACT.has(c)) return false;
  if (YES_EXACT.has(c)) return true;
  if (EN_NO.test(clause)) return false;
  if (EN_YES.test(clause)) return true;
  if (PENDING.test(clause) || FUTURE.test(clause) || UNRELATED.test(clause)) return false;
  if (ALREADY_DONE.test(c) && !/(不|没|未)/u.test(c)) return true;
  // 展厅还没建好: "not yet done" inside the clause is a no.
  if (/(还没|尚未|还未|还没有)[^，,]{0,3}(好|完|成|建|办|买|做|装|批)/u.test(c)) return false;
  if (YES_DESPITE_NEGATION.test(c)) return true;
  if (NO_PREFIX.test(c)) return false;
  if (YES_PREFIX.test(c)) return true;
  if (ECHO_YES.test(c)) return true;
  if (END_NO.test(c)) return false;
  return undefined;
}
