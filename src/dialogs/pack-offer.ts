/**
 * After the final verdict: "需要申报表吗？" — a choice, so nobody gets files they did not ask for.
 * On yes, one `answer` turn carries each program's checklist as text (documents with their
 * clauses, ticked where the dialog confirmed them) and a `pack` request naming the programs and
 * the facts to fill their forms from; a channel that can send files builds the .xlsx and sends
 * it (src/pack, src/bot/*), any other shows the text alone. Pure, like the engine.
 */
import { t } from '../i18n.ts';
import type { ProgramId } from '../knowledge/program-catalogue.ts';
import { applicationForms, checklistText, documentChecklist } from '../rules/documents.ts';
import { evaluate } from '../rules/index.ts';
import { focusPrograms } from './focus.ts';
import { screeningProfile } from './investment-basis.ts';
import { isSkip, normalize, parseYesNo } from './parse/index.ts';
import type { DialogState } from './state.ts';
import type { Locale, Reply } from './types.ts';

/** The pseudo-slot of the offer, pending after the final verdict until answered. */
export const PACK_SLOT = 'pack_offer';

const YES = 'yes';
const NO = 'no';
// "需要" and "要" are how people accept an offer; parseYesNo reads 是/有/好 … but not these.
// 需要/要的/发吧 want the forms; 要不要都行 and 要改一下… do not.
const WANT = /^(需要|要(?!不要|改|问|看)|要的|发|发吧|请发|want|send)/u;

/**
 * The programs a dialog's pack covers: those in focus that are eligible or still open. When the
 * user screened everything, only the eligible ones: a form for each of the guide's still-open
 * programs would bury the few that matter.
 */
export function offeredPrograms(state: DialogState): ProgramId[] {
  const inFocus = focusPrograms(state.focus);
  return evaluate(screeningProfile(state))
    .filter((r) => (inFocus === null ? r.status === 'eligible' : inFocus.has(r.program)))
    .filter((r) => r.status === 'eligible' || r.status === 'needs_info')
    .map((r) => r.program);
}

/** The offer question, with its two choices. */
export function packOfferReply(locale: Locale, again = false): Reply {
  return {
    kind: 'ask',
    text: again
      ? `${t(locale, 'pack.offer.reask')}\n${t(locale, 'pack.offer.question')}`
      : t(locale, 'pack.offer.question'),
    slot: PACK_SLOT,
    choices: [
      { label: t(locale, 'pack.offer.yes'), value: YES },
      { label: t(locale, 'pack.offer.no'), value: NO },
    ],
  };
}

/** Offers the pack after a final verdict when some program has one; null when none has. */
export function offerPack(state: DialogState, locale: Locale): { state: DialogState; reply: Reply } | null {
  if (offeredPrograms(state).length === 0) return null;
  return { state: { ...state, pending: PACK_SLOT }, reply: packOfferReply(locale) };
}

/** Reads the answer to the offer: the turn it gives, or null when the message is not a yes or a no. */
const NOT_NOW =
  /^(?:先|暂时|暂且|现在)?不(?:用|要|需要)了?(?:吧|哈|啊)?$|^(?:notnow|nothanks|notyet|later|maybelater|notrightnow)[.!]?$/u;

export function answerPackOffer(
  state: DialogState,
  input: string,
  locale: Locale,
): { state: DialogState; replies: Reply[] } | null {
  const s = normalize(input).replace(/\s+/gu, '');
  const label = (key: string) => normalize(t(locale, key)).replace(/\s+/gu, '');
  const yesNo = parseYesNo(s);
  let wants: boolean | null = yesNo.ok ? yesNo.value : null;
  if (wants === null && (WANT.test(s) || s === label('pack.offer.yes'))) wants = true;
  // 不知道 / skip: nothing is wanted, so nothing is sent.
  if (s === label('pack.offer.no') || (wants === null && isSkip(input))) wants = false;
  // 先不用 / 暂时不要 / not now / maybe later: no, for now.
  if (wants === null && NOT_NOW.test(s)) wants = false;
  if (wants === null) return null;
  const next: DialogState = { ...state, pending: null };
  if (!wants)
    return {
      state: next,
      replies: [{ kind: 'clarify', text: t(locale, 'pack.offer.declined'), slot: null, choices: [] }],
    };
  const programs = offeredPrograms(state);
  const withForms = programs.filter((p) => applicationForms(p, state.profile).length > 0);
  const intro = t(locale, withForms.length > 0 ? 'pack.offer.intro' : 'pack.offer.intro_no_files', {
    count: programs.length,
  });
  const text = [
    intro,
    ...programs.map((p) => checklistText(p, state.profile, locale)),
    t(locale, 'pack.checklist.legend'),
  ];
  const clauses = [...new Set(programs.flatMap((p) => documentChecklist(p, state.profile).map((i) => i.clause)))];
  return {
    state: next,
    replies: [
      {
        kind: 'answer',
        text: text.join('\n\n'),
        clauses,
        ...(withForms.length > 0 ? { pack: { programs: withForms, profile: state.profile, locale } } : {}),
      },
    ],
  };
}
