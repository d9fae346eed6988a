/**
 * The recognitions question answered as people answer it: `21年评上的小巨人`, `单项冠军 2021年的`,
 * `我们在省云计算大数据企业库里 别的没有`, `国家高新技术企业` (a recognition the guide does not list: none of
 * the listed ones), `只有2020年的小巨人，21年的没评上` (the 2021 one is denied: none), `啥都没评上`.
 *
 * The list is read by `parseChoices`; this file takes off first what is not a name: the closing
 * "nothing else", recognitions outside the guide's list, denied items, and the year people add to a
 * name. A year that does not fit a recognition the answer names (a 2019 单项冠军: the guide counts
 * 2021's) is asked about, never dropped.
 *
 * These words are the input grammar of the answer, not text shown to users (as in `yesno.ts`).
 */
import { type ChoiceOption, parseChoices } from './choice.ts';
import { err, ok, type Result } from './result.ts';
import { normalize } from './text.ts';

/** The whole answer says none at all. */
const NOTHING =
  /^((没有|没|无|no)[\s，,]*)?(啥都没(评上|有)|什么都没(评上|有)|一个都没(评上|有)|都没评上|都没有评上|(?:这些|这几个)?都没(?:有)?评过|(?:这些|这几个|以上|上面的?|上述)(?:认定)?(?:都|全都|一个都|一个也)(?:没有|没|没评上|不是)|一个也没有|一个也没评上|nothing at all|none of (them|these|those|the above)|none at all|we (don'?t|dont|do not) (hold|have) any( of (these|them|those|the above)( lists?)?)?|we (hold|have) (no|none)( of (these|them|those|the above)( lists?)?)?( (recognitions?|titles?))?( at all)?|no recognitions?( at all)?|(?:we'?re|we are) not on any (?:of (?:the|these|those) )?lists?|哪个名单都不在|都不在名单里)(过|过的)?[.。!！]?$/u;
// we don't hold any of these. we're not an SME service platform: none, and a name denied after it.
const NOTHING_THEN_DENIAL =
  /^(we (don'?t|do not) (hold|have) any( of (these|them|those|the above))?|none( of (these|them|those))?|no recognitions?( at all)?|都没有|一个都没有)[.。,，;；\s]+(我们|(we'?re|we are|it'?s|it is) not|(我们)?也?不是)/u;

/** A none opening a longer answer: 都没有吧, 没有, none of those. */
const NONE_FIRST = /^(都没有|都没|没有|一个都没有|啥都没有|none|none of (them|these|those|the above)|no)(吧|啊|呢)?$/u;
/** A name of the guide's list said after the none (没有，只有省级智能制造示范工厂 is no none). */
const RECOGNITION_WORD_LISTED =
  /省级|国家级|省工信厅|示范|名单|小巨人|专精特新|单项冠军|质量奖|500强|i创杯|库|平台|中心|基地|工厂|奖|杯|list|platform|cent(er|re)|factory|giant|champion|award|prize|cup|top ?500|demo|registry|library|database/u;

/** A closing "nothing else" (别的没有, nothing else). */
const REST_NONE =
  /[，,、\s]*(?:除了?(?:这个|这一个|这两个|这些|它|此)之?外?|除此之外|此外)?[，,\s]*(别的|其他|其它|其余|另外的?|省级的?|省级以上的?)(的)?(都|也|就)?(没有|没|无|没评上|没有了|都没有)了?$|[，,、\s]*(就|只有|就是)?(这两个|这两项|这俩|这几个|这几项|这些|这个|这一个|这一项)(了)?$|[,\s]*(and )?(nothing|none) else$|[,\s]*no others?$|[,\s]*(that'?s|that is) (all|it)$/u;

/** The answer is unsure whether its list is whole (好像还有个什么示范，记不清了): asked, never taken as the list. */
const UNSURE =
  /maybe (more|others?|another)|possibly (more|others?)|might be (more|others?)|可能还有|也许还有|或许还有|记不清|记不太清|好像还有|还有个什么|不太确定|不确定|not sure|can'?t remember|i think there'?s another/u;

/**
 * A city's or a district's own recognition (市级的示范智能车间): not the province's list. A governor's or mayor's
 * quality award (省长质量奖, 市长质量奖) is not the 全国质量奖 3.3 names either (tune-zz: recorded as it).
 */
const LOCAL_QUALITY_AWARD_SOURCE = String.raw`(?:南京|无锡|徐州|常州|苏州|南通|连云港|淮安|盐城|扬州|镇江|泰州|宿迁)市(?:市长)?质量奖|(?:省长|市长|区长|县长|省级|江苏省|省|市|区|县)质量奖|质量奖[^、，,;；\s]{0,2}(?:是)?(?:省里|市里|省级)的?|(?:governor|mayor)'?s? quality award|(?:provincial|jiangsu|city|mayor) quality award`;
const LOCAL = new RegExp(
  String.raw`[^、，,;；\s]*(市级|区级|县级|市里的|区里的|city-level|municipal)[^、，,;；\s]*|${LOCAL_QUALITY_AWARD_SOURCE}`,
  'gu',
);
/** The same, tested once (LOCAL is global, for replacing). */
const LOCAL_TITLE = new RegExp(LOCAL.source, 'u');

/**
 * Recognitions people hold that the guide's list does not name: saying one of them alone answers "none
 * of the listed". (A 2021 little giant is listed; an earlier one is not — see `EARLIER_YEAR`.)
 */
const NOT_LISTED = [
  '国家级高新技术企业',
  '国家高新技术企业',
  '高新技术企业',
  '高新企业',
  '高企',
  '科技型中小企业',
  '专精特新中小企业',
  '创新型中小企业',
  '瞪羚企业',
  'national high-tech enterprise',
  'high-tech enterprise',
  'high tech enterprise',
];

/** A year-bound recognition named with another year: 2020年的小巨人, 19年的单项冠军. */
const EARLIER_YEAR =
  /(?:(?:20)?(?:1\d|20)年|前年|2019|2020)(?:的|认定的?|评上的?|评的|获评的?)?(?:专精特新)?(?:小巨人|单项冠军|质量奖)(?:企业)?/gu;

/** The same, the year said after the name (单项冠军是2020年评上的, 小巨人是在二〇年评的). */
const EARLIER_YEAR_AFTER =
  /(?:专精特新)?(?:小巨人|单项冠军|质量奖)(?:企业)?(?:是在|是|为|在)?(?:(?:20)?(?:1\d|20)年|前年|(?:二[〇零])?(?:二[〇零]|一九)年)(?:的|认定的?|评上的?|评的|获评的?|拿的|拿到的)?/gu;

/** The year-bound recognitions by their short names. */
const YEAR_BOUND_IDS: Readonly<Record<string, string>> = {
  小巨人: 'little-giant-2021',
  单项冠军: 'single-champion-2021',
  质量奖: 'quality-award-2021',
};

/**
 * The year-bound recognitions a text ties to a year before 2021 (单项冠军是2020年评上的, 19年的小巨人), a denied year
 * aside (小巨人是2021年评的，不是2020年; 没有在2020年评小巨人).
 */
export function earlierYearRecognitions(text: string): string[] {
  const s = normalize(text);
  const found = new Set<string>();
  for (const re of [EARLIER_YEAR, EARLIER_YEAR_AFTER]) {
    for (const m of s.matchAll(re)) {
      if (/(?:不是|没有|没|并非)\s*$/u.test(s.slice(Math.max(0, (m.index ?? 0) - 4), m.index))) continue;
      for (const [name, id] of Object.entries(YEAR_BOUND_IDS)) if (m[0].includes(name)) found.add(id);
    }
  }
  return [...found];
}

/** A denied item: 21年的没评上, 单项冠军没评上, 我们不是中小企业公共服务示范平台, 哪来的创新中心, we're not an SME platform. */
// (单项冠军还在申请, 单项冠军我们还没有, 单项冠军没有: applied for or not held, no recognition held.)
/** A name asked back (哪来的创新中心, 哪有什么小巨人): denied. Shared with the opening's reader (understand/extract.ts). */
export const ASKED_BACK = /哪来的?|哪有|哪里有|哪儿有|哪儿来的?/u;
/** 没评上 / 没有进 / 不在 / 没有 said before a recognition's name (没有智能制造示范工厂): the listing denied. Shared with the opening's reader. */
export const DENIED_BEFORE_NAME =
  /(?:没评上|没有评上|没评到|没入选|未入选|没进|没有进|未进入?|不在|(?<![都也还啥什么])没有(?!过期|失效|到期)(?=[^了，,、;；\s]))/u;
/** 没评上 / 落选 / 没通过 said after applying for a listing: turned down. Shared with the opening's reader. */
export const TURNED_DOWN = /(?:没评上|没有评上|落选了?|没入选|没通过|没批下来|没批)/u;
const DENIED_SAID = new RegExp(
  [
    `${DENIED_BEFORE_NAME.source}[^、，,;；\\s但不可而]*`,
    `[^、，,;；]*(?:报了|报过|申报了|申报过|申请了|申请过)[^、，,;；]*[，,]\\s*(?:但是?|可是|不过|结果)?\\s*${TURNED_DOWN.source}`,
    /\bnot\s+(?:on|in)\s+(?:the\s+)?[^,;.]*|\bapplied for\b[^.;,]*?\b(?:but\s+)?(?:didn'?t|did not|were not|weren'?t)\s+(?:make it|get (?:it|in|selected)|pass|selected)\b|[^、，,;；\s]*(没评上|没有评上|没评到|没入选|落选了?|(?:还|正)?在申请|申请中|(?:还|正)?在申报|申报中|还没有|还没评上?)(?=$|[、，,;；\s]|但|不过|可是)|[^、，,;；\s]+(?<!都|也|还|啥|什么)没有(?=$|[、，,;；\s])|(不是|并非)\s*[^、，,;；\s]*|\bnot (an?|the) [^,;]*|\b(?:(?!and\b|but\b|yes\b)[a-z-]+\s+){1,3}(?:is\s+|are\s+)?(?:still applying|applying now|not yet|application pending)\b|\b(?:still\s+)?applying for\s+(?:the\s+)?(?:[a-z-]+\s*){1,3}/u
      .source,
  ].join('|'),
  'u',
);
const DENIED = new RegExp(`(?:${ASKED_BACK.source})[^、，,;；\\s]*|${DENIED_SAID.source}`, 'gu');

/** 21年评上的小巨人, 专精特新小巨人（21年新认定的）: the 2021 little giant, as its alias reads. */
const LITTLE_GIANT_2021 = [
  /little giant\s*[（(]?\s*(?:2021|21)\s*(?:batch|list|cohort|intake)?\s*[）)]?|(?:2021|21)\s*(?:batch\s+)?(?:(?:provincial|jiangsu|province-level|new|newly recogni[sz]ed)\s+){0,2}little giant/gu,
  /little giant\s*[（(][^()（）]*\b(?:2021|21)\b[^()（）]*[)）]/gu,
  /little giant(?:\s*[（(][^()（）]*[)）])?(?: one)?,?\s*(?:newly\s+)?(?:recogni[sz]ed|named|listed|awarded)\s+in\s+(?:2021|21)/gu,
  // (newly recognised little giant in 2021: the year after the name.)
  /little giant\s+in\s+(?:2021|21)\b/gu,
  /(?:2021|21)年(?:新)?(?:评上|认定|获评|评定|入选|评)?的?(?:省级?)?(?:专精特新)?小巨人/gu,
  /(?:专精特新)?小巨人(?:企业)?\s*[（(]?\s*(?:2021|21)年(?:新)?(?:认定|评上|评定|获评|评)?的?\s*[）)]?/gu,
  /(?:专精特新)?小巨人(?:企业)?\s*[（(]\s*2021\s*[）)]/gu,
];

/** A year said beside a name: （21年的）, 2021年的, 也是21年, (2019年认定). */
const YEAR_TOKEN =
  /[（(]\s*(?:也是)?((?:20)?\d{2})年?(?:的|认定的?|评上的?|新认定的?|度|批复的?)?\s*[）)]|(?:(?<=^|[、，,;；\s])|(?=也是))(?:也是)?((?:20)?\d{2})年(?:的|认定的?|评上的?|新认定的?|度)?(?=$|[、，,;；\s])/gu;

const ANOTHERS_THEN_NONE =
  /(?:合作方|合作单位|合作伙伴|对方|客户|母公司|集团|兄弟公司|供应商|被收购方|目标企业)[^，,。；;]{0,6}(?:是|有|在|入选).*(?:我们|我司|本公司|我方)(?:自己)?(?:都|也)?(?:没有|没|无|不是|不在)/u;

/** Who awarded it (工信部认定的单项冠军): a name's issuer, which names nothing else. */
// (工信部认定的小巨人 is the national one, not 3.2.1's provincial: the issuer stays, and the name is asked.)
const ISSUER =
  /(?:国家)?(?:工信部|工业和信息化部|国家)(?:(?:认定|评定|评选|公布|颁发|授予)的?|评的)(?![^、，,;；]*(?:小巨人|专精特新))/gu;

/** Openers that carry no name: 有滴, 只有, only. */
const OPENER =
  /^(?:(?:(?:我们|我司|公司|我们公司)(?:是|有|也是)?|(?:有滴|有的|有哒|是的|嗯|对|只有一个|就只有一个|就只有|仅有一个|仅有|就一个|只有|就有|入了|进了|在|(?:我们)?(?:另外)?还有一个|(?:我们)?另外还有|(?:我们)?还有|再加一个|再加|加一个|另外)|(?:we'?re|we are|we have|we'?ve got|only|just)(?: on the| in the| a| an)?)[，,：:\s]*)+/u;

/**
 * A word that names a recognition of some kind: a part left over holding one is an unknown recognition (asked);
 * one holding none is filler (刚说了, 项目也入选了, the … one).
 */
const RECOGNITION_WORD =
  /示范|中心|基地|平台|冠军|企业库|名单|奖|认定|小巨人|专精特新|工厂|骨干|评估|500强|五百强|百强|i创杯|称号|荣誉|award|list|cent(er|re)|platform|champion|registry|base|factory|giant|prize|review|backbone|demo|top ?500|title|recogni/u;
// Words that say the list may go on (maybe others, 可能还有, 别的): such a part is never filler.
const MORE =
  /其他|其它|别的|另外|还有|可能|也许|或许|好像|不确定|不记得|记不清|maybe|perhaps|possibly|others?\b|more\b|another|not sure|some/u;
const filler = (part: string): boolean => !RECOGNITION_WORD.test(part) && !MORE.test(part);

/** Years each year-bound recognition takes (the guide's wording, as in its label). */
export const CERT_YEARS: Readonly<Record<string, readonly [number, number]>> = {
  'little-giant-2021': [2021, 2021],
  'single-champion-2021': [2021, 2021],
  'quality-award-2021': [2021, 2021],
  'top500-first-2021': [2021, 2021],
  'icup-second-prize': [2021, 2021],
  'key-iiot-platform': [2018, 9999],
  'bigdata-demo-project': [2020, 9999],
};

/** A listing's year said right before its name (2019年的大数据示范项目, 2017年认定的省级重点工业互联网平台). */
const LISTING_YEAR: Readonly<Record<string, RegExp>> = {
  'bigdata-demo-project': /(?<!\d)((?:20)?\d{2})年[^、，,;；\s\d]{0,6}?(?:大数据|区块链)[^、，,;；\s\d]{0,8}示范/u,
  'key-iiot-platform': /(?<!\d)((?:20)?\d{2})年[^、，,;；\s\d]{0,8}?(?:重点)?工业互联网平台/u,
};

const fullYear = (y: string): number => (y.length === 2 ? 2000 + Number(y) : Number(y));

/** Reads the list of recognitions an answer names (ids in the options' order); `[]` for none of them. */
export function parseCertifications(text: string, options: readonly ChoiceOption[]): Result<string[]> {
  let s = normalize(text);
  const said = s;
  if (NOTHING.test(s.replace(/\s+/gu, s.match(/[a-z]/u) ? ' ' : ''))) return ok([]);
  if (NOTHING_THEN_DENIAL.test(s)) return ok([]);
  // 都没有吧，就一个市级农业产业化龙头，这个不算吧 / none of those, we only care about the security project: none first,
  // then words that name none of the list (a local title, why): none.
  const [lead, ...after] = s.split(/[，,。.;；]\s*/u);
  const rest = after.join('，');
  if (after.length > 0 && NONE_FIRST.test((lead ?? '').trim()) && !RECOGNITION_WORD_LISTED.test(rest)) {
    const named = parseChoices(rest.replace(LOCAL, '、'), options, filler);
    // (A rest not read at all is none only when it says why: a local title, or only another project cared about.)
    if ((named.ok && named.value.length === 0) || LOCAL_TITLE.test(rest) || /only care|只关心|只看|不算/u.test(rest))
      return ok([]);
  }
  if (UNSURE.test(s)) return err('ambiguous');
  // 合作方是省级工业互联网标杆工厂，我们自己都没有: another's recognition named, ours denied: none held.
  if (ANOTHERS_THEN_NONE.test(s)) return ok([]);
  // (还有一个2021年小巨人: the opener first, so its 一个 is no pick of option 1.)
  s = s.replace(OPENER, '').replace(ISSUER, '');
  for (const re of LITTLE_GIANT_2021) s = s.replace(re, '、2021年新认定的小巨人、');
  const years = [...s.matchAll(YEAR_TOKEN)].map((m) => fullYear((m[1] ?? m[2]) as string));
  // A year alone is no name: read whole it would pass for a shortened 2021年小巨人.
  s = s.replace(YEAR_TOKEN, '、');
  // A year beside a year-bound recognition must fit it (单项冠军（2019年的）), or which one was meant is asked.
  const fits = (r: Result<string[]>): Result<string[]> => {
    if (!r.ok) return r;
    for (const id of r.value) {
      const range = CERT_YEARS[id];
      if (range && years.some((y) => y < range[0] || y > range[1])) return err('ambiguous');
      // 项目是2019年的大数据示范项目: a listing's own year, said before its name, before the years it counts.
      const own = range ? LISTING_YEAR[id]?.exec(said) : undefined;
      if (range && own && fullYear(own[1] as string) < range[0]) return err('ambiguous');
    }
    return r;
  };
  // 质量奖 with no level (单项冠军（21年的）还有质量奖): the guide counts the 全国质量奖 only (3.3), and a governor's or
  // mayor's award is often called so too — which is meant is asked.
  // (国家级质量奖, 21年的质量奖，全国的: the level said beside the award settles it; 小巨人 国家级的，还有质量奖 does not.)
  if (
    UNLEVELLED_AWARD.test(s.replace(LOCAL, '、')) &&
    !/(?:全国|国家|national|china)[^、，,;；]{0,4}(?:质量奖|quality award)|(?:质量奖|quality award)[^、;；]{0,4}(?:全国|国家|national)/u.test(
      s,
    )
  )
    return err('award_which');
  // An earlier year's or a denied recognition inside a name the list would take whole (2019年认定的单项冠军).
  if (s.search(EARLIER_YEAR) < 0 && s.search(EARLIER_YEAR_AFTER) < 0 && s.search(DENIED) < 0 && s.search(LOCAL) < 0) {
    const direct = parseChoices(s, options, filler);
    if (direct.ok) return fits(direct);
  }
  let outside = false;
  const restNone = REST_NONE.test(s);
  s = s.replace(REST_NONE, '');
  s = s.replace(EARLIER_YEAR, () => {
    outside = true;
    return '、';
  });
  // 小巨人是19年评的 alone says which one does not count, not that none other is held: asked, unless 其他都没有 follows
  // or other names are said.
  const afterName = s.search(EARLIER_YEAR_AFTER) >= 0;
  s = s.replace(EARLIER_YEAR_AFTER, '、');
  if (afterName && !restNone && s.replace(/[、，,;；\s]|不是|21年|2021年/gu, '') === '') return err('ambiguous');
  if (afterName) outside = true;
  // 小巨人去年报了没评上 别的也没有: a denied one and "nothing else" hold none; a denied one alone leaves the rest open.
  s = s.replace(DENIED, () => {
    if (restNone) outside = true;
    return '、';
  });
  s = s.replace(LOCAL, () => {
    outside = true;
    return '、';
  });
  for (const w of NOT_LISTED) {
    if (s.includes(w)) {
      outside = true;
      s = s.split(w).join('、');
    }
  }
  s = s.replace(OPENER, '').replace(/^[、，,;；\s]+|[、，,;；\s]+$/gu, '');
  if (s.replace(/[、，,;；\s]/gu, '') === '') return outside ? ok([]) : err('no_match');
  const read = fits(parseChoices(s, options, filler));
  // 小巨人 with no year: the guide counts 2021's new recognitions only, so the year is asked.
  if (!read.ok && read.code === 'unknown_item' && YEAR_BOUND_NAME.test(s)) return err('year_unknown');
  return read;
}

/** A governor's, mayor's or other local quality award named (省长质量奖): counted as no recognition of the list. */
const LOCAL_QUALITY_AWARD = new RegExp(LOCAL_QUALITY_AWARD_SOURCE, 'u');
export const namesLocalQualityAward = (text: string): boolean => LOCAL_QUALITY_AWARD.test(normalize(text));

/** 质量奖 / quality award named without 全国 or national before it. */
const UNLEVELLED_AWARD = /(?<!全国|国家|national\s|china\s)(?:质量奖|quality award)/u;

/** A recognition the guide counts in one year, by its short name (the year, when said, was read above). */
const YEAR_BOUND_NAME = /小巨人|单项冠军|质量奖|little giant|single champion|quality award/u;
