/**
 * The dialog engine: one pure function from (state, what the user typed) to (new state, reply
 * turns). No I/O, no clock: the service loads and saves state, channels render the replies.
 *
 * Order of reading a message: a control command (/start, 结果, 改一下总投资 …) first; then, with a
 * question pending, 不知道 (leave it unknown), an answer to it, a policy question (answered, then
 * the pending question is asked again) and finally a short re-ask with an example.
 */

import { t } from '../i18n.ts';
import type { ProgramId } from '../knowledge/program-catalogue.ts';
import { evaluateProgram, makeView } from '../rules/evaluate.ts';
import { FACT_BY_KEY, type FactKey } from '../rules/facts.ts';
import { DEFAULT_GUIDE, evaluate, RULESETS, toContract } from '../rules/index.ts';
import type { FactValue, ProgramResult } from '../rules/types.ts';
import { type Command, parseCommand } from './commands.ts';
import { focusPrograms } from './focus.ts';
import { GUIDE_KNOWLEDGE } from './guide-knowledge.ts';
import type { KnowledgePort } from './knowledge-port.ts';
import { answerPackOffer, offerPack, PACK_SLOT, packOfferReply } from './pack-offer.ts';
import {
  isSkip,
  type ParseErrorCode,
  parseAnswer,
  parseChoices,
  parseDateReading,
  type Result,
} from './parse/index.ts';
import { nextQuestion, type Plan, statusSettled } from './planner.ts';
import { type DialogState, FOCUS_SLOT, initialState, withFact } from './state.ts';
import type { Locale, Reply } from './types.ts';
import { renderVerdict } from './verdict.ts';
import { factLabel, formatValue, programName, slotChoices, slotOptions } from './vocabulary.ts';

/** What a turn needs besides the state and the text. */
export interface EngineContext {
  /** The knowledge base (Q&A, clause texts); the guide's own by default, a stand-in in tests. */
  readonly knowledge?: KnowledgePort;
}

/** The outcome of one turn. */
export interface Turn {
  readonly state: DialogState;
  readonly replies: Reply[];
  /** The user asked to be forgotten (/reset): the store must delete the session, not save it. */
  readonly forget: boolean;
}

interface Env {
  readonly locale: Locale;
  readonly knowledge: KnowledgePort;
}

/** Longer messages are cut: no answer or command is this long, and parsing stays cheap. */
const MAX_INPUT = 500;

const clarify = (text: string, slot: string | null = null): Reply => ({ kind: 'clarify', text, slot, choices: [] });

/**
 * Runs one turn. `prev` is undefined for a user the store does not know; `locale` is what the
 * platform reports, used until the user picks one with /lang.
 */
export function step(
  prev: DialogState | undefined,
  text: string,
  options: { locale?: Locale } & EngineContext = {},
): Turn {
  const start = prev ?? initialState(options.locale ?? 'zh-CN');
  const env: Env = { locale: start.locale, knowledge: options.knowledge ?? GUIDE_KNOWLEDGE };
  const input = text.trim().slice(0, MAX_INPUT);
  const command = parseCommand(input);
  // A correction sets the offer of forms aside (the new final verdict offers them again); other commands keep it.
  if (command) {
    const base = command.kind === 'set' && start.pending === PACK_SLOT ? { ...start, pending: null } : start;
    return runCommand(base, command, env);
  }
  if (start.phase === 'idle') {
    if (input !== '' && env.knowledge.looksLikeQuestion(input)) return done(start, answerQuestion(input, env));
    return beginScreening(start, env, []);
  }
  if (start.pending === FOCUS_SLOT) return answerFocus(start, input, env);
  if (start.pending === PACK_SLOT) {
    const answered = answerPackOffer(start, input, env.locale);
    if (answered) return done(answered.state, answered.replies);
    if (input !== '' && env.knowledge.looksLikeQuestion(input))
      return done(start, [...answerQuestion(input, env), packOfferReply(env.locale)]);
    return done(start, [packOfferReply(env.locale, true)]);
  }
  if (start.pending !== null) return answerFact(start, start.pending as FactKey, input, env);
  // Nothing pending: the verdict has been shown.
  if (input !== '' && env.knowledge.looksLikeQuestion(input)) return done(start, answerQuestion(input, env));
  return done(start, [clarify(t(env.locale, 'dialog.after_verdict'))]);
}

const done = (state: DialogState, replies: Reply[], forget = false): Turn => ({ state, replies, forget });

function runCommand(state: DialogState, command: Command, env: Env): Turn {
  const { locale } = env;
  switch (command.kind) {
    case 'start':
      return beginScreening(initialState(locale), env, []);
    case 'resume': {
      // Picks up where the user left off (a terminal restarted, a returning user); new users start.
      if (state.phase === 'idle') return beginScreening(state, env, []);
      const again = reAsk(state, env);
      return done(state, [
        clarify(t(locale, 'dialog.welcome_back')),
        ...(again.length > 0 ? again : [clarify(t(locale, 'dialog.after_verdict'))]),
      ]);
    }
    case 'reset':
      return done(initialState(locale), [clarify(t(locale, 'dialog.reset_done'))], true);
    case 'help':
      return done(state, [clarify(t(locale, 'dialog.help')), ...reAsk(state, env)]);
    case 'result': {
      if (state.phase === 'idle') return done(state, [clarify(t(locale, 'dialog.result_nothing_yet'))]);
      return done(state, [verdictReply(state, env, false), ...reAsk(state, env)]);
    }
    case 'lang': {
      const next = { ...state, locale: command.locale };
      const nextEnv = { ...env, locale: command.locale };
      return done(next, [clarify(t(command.locale, 'dialog.lang_set')), ...reAsk(next, nextEnv)]);
    }
    case 'clause': {
      const clause = env.knowledge.clause(command.id);
      const reply: Reply = clause
        ? {
            kind: 'answer',
            text: t(locale, 'dialog.clause_text', { id: command.id, label: clause.label, text: clause.text }),
            clauses: [command.id],
          }
        : clarify(
            t(locale, env.knowledge.hasClauses ? 'dialog.clause_unknown' : 'dialog.clause_unavailable', {
              id: command.id,
            }),
          );
      return done(state, [reply, ...reAsk(state, env)]);
    }
    case 'edit': {
      const next: DialogState = { ...releasePending(state), phase: 'asking', pending: command.fact };
      return done(next, [askReply(command.fact, env, null)]);
    }
    case 'set': {
      const parsed = parseFor(command.fact, command.text, env.locale);
      if (!parsed.ok) {
        const next: DialogState = { ...releasePending(state), phase: 'asking', pending: command.fact };
        return done(next, [reAskAfterError(command.fact, parsed.code, env)]);
      }
      const next = { ...withFact(state, command.fact, parsed.value), phase: 'asking' as const };
      const echo = echoReply(command.fact, parsed.value, command.text, env);
      // A correction may reopen questions; a pending question other than the corrected fact stays pending.
      if (state.pending !== null && state.pending !== command.fact) {
        return done(next, [echo, ...reAsk(next, env)]);
      }
      return advance({ ...next, pending: null }, env, [echo]);
    }
  }
}

/**
 * A question interrupted by a correction was never answered: it leaves `asked` so the planner
 * can come back to it (otherwise it would count as asked and never be put again).
 */
function releasePending(state: DialogState): DialogState {
  const p = state.pending;
  if (p === null || p === FOCUS_SLOT || p in state.profile || state.skipped.includes(p)) return state;
  return { ...state, pending: null, asked: state.asked.filter((k) => k !== p) };
}

/** Starts a screening: greeting and the focus question. */
function beginScreening(state: DialogState, env: Env, before: Reply[]): Turn {
  const next: DialogState = { ...state, phase: 'asking', pending: FOCUS_SLOT };
  return done(next, [...before, clarify(t(env.locale, 'dialog.welcome')), focusReply(env)]);
}

function focusReply(env: Env): Reply {
  return {
    kind: 'ask',
    text: t(env.locale, 'dialog.focus.question'),
    slot: FOCUS_SLOT,
    choices: slotChoices(FOCUS_SLOT, env.locale),
  };
}

function answerFocus(state: DialogState, input: string, env: Env): Turn {
  let focus: string[] | null;
  if (isSkip(input)) focus = null;
  else {
    const r = parseChoices(input, slotOptions(FOCUS_SLOT, env.locale));
    if (!r.ok || r.value.length === 0) {
      if (env.knowledge.looksLikeQuestion(input)) return done(state, [...answerQuestion(input, env), focusReply(env)]);
      return done(state, [clarify(t(env.locale, 'dialog.focus.reask'), FOCUS_SLOT), focusReply(env)]);
    }
    focus = r.value;
  }
  const next: DialogState = { ...state, focus, pending: null };
  const names = focusProgramNames(next, env.locale);
  return advance(next, env, [clarify(t(env.locale, 'dialog.focus.echo', { names }))]);
}

function focusProgramNames(state: DialogState, locale: Locale): string {
  const set = focusPrograms(state.focus);
  if (set === null) return t(locale, 'dialog.focus.everything');
  return [...set].map((p) => programName(p, locale)).join(t(locale, 'dialog.format.list_separator'));
}

function parseFor(fact: FactKey, input: string, locale: Locale): Result<FactValue> {
  const def = FACT_BY_KEY.get(fact);
  if (!def) return { ok: false, code: 'no_match' };
  return parseAnswer(def, input, slotOptions(fact, locale));
}

function answerFact(state: DialogState, fact: FactKey, input: string, env: Env): Turn {
  if (isSkip(input)) {
    const next: DialogState = {
      ...state,
      pending: null,
      skipped: state.skipped.includes(fact) ? state.skipped : [...state.skipped, fact],
    };
    const { [fact]: _dropped, ...profile } = next.profile;
    return advance({ ...next, profile }, env, [
      clarify(t(env.locale, 'dialog.skipped', { label: factLabel(fact, env.locale) })),
    ]);
  }
  const parsed = parseFor(fact, input, env.locale);
  if (parsed.ok) {
    const next = { ...withFact(state, fact, parsed.value), pending: null };
    return advance(next, env, [echoReply(fact, parsed.value, input, env)]);
  }
  if (input !== '' && env.knowledge.looksLikeQuestion(input)) {
    return done(state, [...answerQuestion(input, env), askReply(fact, env, null)]);
  }
  return done(state, [reAskAfterError(fact, parsed.code, env)]);
}

/** "已记录：总投资 3500万元", noting a day chosen for a month-only date. */
function echoReply(fact: FactKey, value: FactValue, input: string, env: Env): Reply {
  const def = FACT_BY_KEY.get(fact);
  let note = '';
  if (def?.type === 'date') {
    const r = parseDateReading(input);
    if (r.ok && r.value.dayAssumed) note = t(env.locale, 'dialog.echo.day_assumed');
  }
  return clarify(
    t(env.locale, 'dialog.echo', {
      label: factLabel(fact, env.locale),
      value: formatValue(fact, value, env.locale),
      note,
    }),
  );
}

function reAskAfterError(fact: FactKey, code: ParseErrorCode, env: Env): Reply {
  const def = FACT_BY_KEY.get(fact);
  const type = def?.type ?? 'boolean';
  const text = t(env.locale, 'dialog.reask', {
    problem: t(env.locale, `dialog.error.${code}`),
    example: t(env.locale, `dialog.example.${type}`),
  });
  return { kind: 'clarify', text, slot: fact, choices: slotChoices(fact, env.locale) };
}

/** The pending question again (after help, a clause, a language switch or a side question). */
function reAsk(state: DialogState, env: Env): Reply[] {
  if (state.pending === FOCUS_SLOT) return [focusReply(env)];
  if (state.pending === PACK_SLOT) return [packOfferReply(env.locale)];
  if (state.pending !== null) return [askReply(state.pending as FactKey, env, null)];
  return [];
}

function askReply(fact: FactKey, env: Env, plan: Plan | null): Reply {
  let text = t(env.locale, `facts.${fact}.question`);
  if (plan && plan.programs.length > 0) {
    const shown = plan.programs.slice(0, 3).map((p) => programName(p, env.locale));
    const names = shown.join(t(env.locale, 'dialog.format.list_separator'));
    const more = plan.programs.length > 3 ? t(env.locale, 'dialog.why.more', { count: plan.programs.length }) : '';
    text += `\n${t(env.locale, plan.purpose === 'status' ? 'dialog.why.status' : 'dialog.why.amount', { names, more })}`;
  }
  return { kind: 'ask', text, slot: fact, choices: slotChoices(fact, env.locale) };
}

function answerQuestion(input: string, env: Env): Reply[] {
  const a = env.knowledge.answerQuestion(input, env.locale);
  if (!a) return [clarify(t(env.locale, 'dialog.question_unanswered'))];
  return [{ kind: 'answer', text: a.text, clauses: a.clauses }];
}

function closedFacts(state: DialogState): Set<string> {
  return new Set([...state.asked, ...state.skipped, ...Object.keys(state.profile)]);
}

/** Re-evaluates and asks the next question, or shows the verdict when nothing more can change it. */
function advance(state: DialogState, env: Env, before: Reply[]): Turn {
  const inFocus = focusPrograms(state.focus);
  // Choosing a question needs only the programs in focus and no traces; the verdict shows all, traced.
  const results = planningResults(inFocus, state.profile);
  const closed = closedFacts(state);
  const skipped = new Set(state.skipped);
  const replies = [...before];
  let next = state;
  if (!next.verdictShown && statusSettled(results, inFocus, closed, skipped)) {
    const plan = nextQuestion(results, inFocus, closed, skipped);
    replies.push(verdictReply(next, env, plan === null));
    next = { ...next, verdictShown: true };
    if (plan) replies.push(clarify(t(env.locale, 'dialog.amount_intro')));
  }
  const plan = nextQuestion(results, inFocus, closed, skipped);
  if (plan) {
    next = { ...next, phase: 'asking', pending: plan.fact, asked: [...next.asked, plan.fact] };
    replies.push(askReply(plan.fact, env, plan));
    return done(next, replies);
  }
  next = { ...next, phase: 'done', pending: null };
  // The final verdict, unless the one just shown already was final.
  if (!replies.some((r) => r.kind === 'verdict')) replies.push(verdictReply(next, env, true));
  const offer = offerPack(next, env.locale);
  if (offer) {
    next = offer.state;
    replies.push(offer.reply);
  }
  return done(next, replies);
}

/** The rules core's results (status, amount, missing; no traces) for the programs in focus, in the guide's order. */
function planningResults(programs: ReadonlySet<ProgramId> | null, profile: DialogState['profile']): ProgramResult[] {
  const view = makeView(profile);
  return (RULESETS[DEFAULT_GUIDE] ?? [])
    .filter((p) => programs === null || programs.has(p.id))
    .map((p) => evaluateProgram(p, profile, view, { trace: false }));
}

function verdictReply(state: DialogState, env: Env, final: boolean): Reply {
  const results = evaluate(state.profile);
  const inFocus: ReadonlySet<ProgramId> | null = focusPrograms(state.focus);
  return {
    kind: 'verdict',
    text: renderVerdict(results, inFocus, env.locale, { final }),
    results: toContract(results),
    evaluation: results,
  };
}
