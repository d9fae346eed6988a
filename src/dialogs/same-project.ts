/**
 * "全部筛查" after a screening of one program: are the other programs about the same project?
 *
 * A profile holds one figure per fact (contract §3). When a 信创先导区 official, after the zone's
 * verdict, asks for every program and names the expo the zone hosts, the zone's 1.2亿 budget must
 * not become the expo's cost (play-tests 6 and 7 worked out a subsidy that way). So before every
 * program is screened with project figures recorded for the programs in focus, the user is asked
 * whether they describe the same project. "Another project" keeps what describes the enterprise
 * (who it is, its own yearly figures, its deals) and drops what describes the project, which is then
 * asked again; the recognitions list is asked again too, the enterprise's own recognitions named as
 * said. The earlier verdict was shown and stays as it was. A program asked for too after a verdict
 * (帮我看下5G) asks the same question first (`adding` in the state).
 */
import { t } from '../i18n.ts';
import { FACT_BY_KEY } from '../rules/facts.ts';
import type { FactValue, Profile } from '../rules/types.ts';
import { focusPrograms } from './focus.ts';
import { normalize, parseYesNo } from './parse/index.ts';
import type { DialogState } from './state.ts';
import type { Locale, Reply } from './types.ts';
import { factLabel, focusProgramNames, formatValue } from './vocabulary.ts';

/** The pseudo-slot of the question, pending until answered. */
export const SAME_PROJECT_SLOT = 'same_project';

const SAME = 'same';
const OTHER = 'other';

// What describes a project rather than the enterprise: its money, loan and schedule (fact categories),
// its approvals, and the program facts that say what the project does.
const PROJECT_CATEGORIES = new Set(['investment', 'loan', 'schedule']);
const PROJECT_PROGRAM_FACTS = new Set([
  'approvals_complete',
  'own_ip',
  'core_tech_direction',
  'green_direction',
  'info_consumption_direction',
  'fiveg_direction',
  'service_direction',
  'data_product_tech',
  'replicable_solution',
  'has_plan_and_targets',
  'event_kind',
  'event_listed',
  'platform_investment_2021',
]);

function isProjectFact(key: string): boolean {
  const def = FACT_BY_KEY.get(key);
  return def !== undefined && (PROJECT_CATEGORIES.has(def.category) || PROJECT_PROGRAM_FACTS.has(key));
}

/** The project facts a profile holds, in vocabulary order. */
export function projectFacts(profile: Profile): string[] {
  return [...FACT_BY_KEY.keys()].filter((k) => k in profile && isProjectFact(k));
}

/** Whether "all programs" must first ask about the project: a focused screening recorded project figures. */
export function needsSameProject(state: DialogState): boolean {
  return focusPrograms(state.focus) !== null && projectFacts(state.profile).length > 0;
}

/** The question, naming the project facts it is about. */
export function sameProjectReply(state: DialogState, locale: Locale, again = false): Reply {
  const items = projectFacts(state.profile)
    .map((k) => `${factLabel(k, locale)} ${formatValue(k, state.profile[k] as FactValue, locale)}`)
    .join(t(locale, 'dialog.format.list_separator'));
  const question = state.adding
    ? t(locale, 'dialog.same_project.question_added', {
        items,
        names: focusProgramNames({ ...state, focus: state.adding.focus }, locale),
      })
    : t(locale, 'dialog.same_project.question', { items });
  return {
    kind: 'ask',
    text: again ? `${t(locale, 'dialog.same_project.reask')}\n${question}` : question,
    slot: SAME_PROJECT_SLOT,
    choices: [
      { label: t(locale, 'dialog.same_project.same'), value: SAME },
      { label: t(locale, 'dialog.same_project.other'), value: OTHER },
    ],
  };
}

// 另一个 / 别的项目 / 不是同一个 / a different one / another project: a second project.
const OTHER_WORDS =
  /另(一|外)|别的项目|其他项目|其它项目|不是同一|不同的|两个项目|两回事|different|another|other project|separate|not the same/u;
const SAME_WORDS = /同一个|是同一|就是这个|就这个项目|(?<!不)是一个项目|都是这个项目|(?<!不)一样(?:的)?$|\bsame\b/u;
// 另外一个 / 另一条产线 / 单独立项 / a separate (different) project: another project, however the answer opens.
const OTHER_SAID_OUTRIGHT =
  /另(?:外)?(?:一)?(?:个|条|套)|另外的|单独立项|单独的项目|两个项目|两回事|\b(?:separate|different|another|other) (?:project|one|line|plant)\b/u;
// 是 / 对 / yes: the same project; 不是 / no: another one.
const PLAIN_YES_NO =
  /^(?:是|是的|是啊|嗯是的|对|对的|对的对的|对啊|嗯|嗯嗯|没错|yes|yeah|yep|yup|right|sure|correct|不是|不是的|不对|否|no|nope)$/u;
// 不是另一个 / 没有其他项目 / not a different one: another project denied.
const OTHER_DENIED =
  /(?:不是|没有|没|并非)(?:另|其他|其它|别的)|\bnot (?:a |an )?(?:different|another|other|separate)\b/u;

/**
 * Reads the answer: the state with the project facts kept or dropped (and the pending slot cleared),
 * or null when the message says neither.
 */
export function answerSameProject(state: DialogState, input: string): { state: DialogState; other: boolean } | null {
  const s = normalize(input);
  let other: boolean | null = null;
  // (是同一个，不是另外的项目 / 对，没有其他项目 / 是的，另外5G专网是今年新上的: the same, said first or with "other"
  // denied; 另外 alone is "also".)
  const first = s.split(/[，,。.;；!！\s]+/u)[0] ?? '';
  // (Only a plain yes or no opens it: 没明白 is no 'no'.)
  const yesNo = PLAIN_YES_NO.test(first) ? parseYesNo(first) : { ok: false as const };
  // (对，是另外一个项目 / 同一个厂区，但是另外一个项目 / yes, it's a separate project: another project said outright wins
  // over a yes and over 'same' said of something else.)
  if (s === '2' || s === OTHER || /不是同一|不是一个项目|not the same/u.test(s)) other = true;
  else if (OTHER_SAID_OUTRIGHT.test(s) && !OTHER_DENIED.test(s)) other = true;
  else if (s === '1' || s === SAME || SAME_WORDS.test(s)) other = false;
  else if (yesNo.ok) other = !yesNo.value;
  else if (OTHER_DENIED.test(s)) other = false;
  else if (OTHER_WORDS.test(s)) other = true;
  if (other === null) return null;
  if (!other) return { state: { ...state, pending: null }, other };
  return { state: { ...withoutProjectFacts(state), pending: null }, other };
}

/**
 * Whether a message, not an answer to the question, says it is about another project (帮我筛一下数据产品化 是另外一个
 * 项目). Stricter than the answer's words: 另外帮我看下5G is "also", not another project.
 */
export function saysOtherProject(input: string): boolean {
  return OTHER_PROJECT_SAID.test(normalize(input));
}

// (其他项目不用看了 / 别的项目先不看 are other programs, not another project.)
const OTHER_PROJECT_SAID =
  /另(?:一|外)(?:一)?个项目|不是同一个项目|两个项目|两回事|\b(?:another|a different|a separate|separate) project\b|\bnot the same project\b/u;

/** Whether a message says it is about the same project (这个技改里面也上了5G, 同一个项目). */
export function saysSameProject(input: string): boolean {
  const s = normalize(input);
  return !/不是同一/u.test(s) && /同一个项目|是同一个|就是这个项目|就这个项目|这个项目里|\bsame project\b/u.test(s);
}

// Listings a project enters (1.2.2.1 示范工厂名单, 1.5.1.1 项目入选…示范项目名单, the node's expert review), not the
// enterprise: a recognitions list answered for one project says nothing of them for another.
const PROJECT_LISTINGS = new Set([
  'smart-factory-list',
  'iiot-benchmark-list',
  'bigdata-demo-project',
  'identifier-expert-review',
]);

/**
 * The state for another project: what describes the enterprise kept, the project facts dropped (asked again). The
 * recognitions list, answered for the first project, is asked again too, its enterprise recognitions named as said.
 */
export function withoutProjectFacts(state: DialogState): DialogState {
  const dropped = new Set(projectFacts(state.profile));
  const held = state.profile.certifications;
  if (Array.isArray(held)) dropped.add('certifications');
  const kept = Array.isArray(held) ? (held as string[]).filter((c) => !PROJECT_LISTINGS.has(c)) : [];
  return {
    ...state,
    ...(Array.isArray(held) ? { mentionedCerts: [...new Set([...(state.mentionedCerts ?? []), ...kept])] } : {}),
    profile: Object.fromEntries(Object.entries(state.profile).filter(([k]) => !dropped.has(k))),
    asked: state.asked.filter((k) => !dropped.has(k)),
    skipped: state.skipped.filter((k) => !dropped.has(k)),
    lastAnswered: null,
  };
}
