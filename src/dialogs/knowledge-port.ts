/**
 * What the dialog needs from the knowledge base: is a message a policy question, an answer to
 * it, a clause's exact text. A port, so the engine stays pure and testable and
 * the Q&A search can be plugged in by the service (`createDialogService({ knowledge })`).
 */
import type { ProgramId } from '../knowledge/program-catalogue.ts';
import type { Locale } from './types.ts';

/** An answer to a policy question asked mid-dialog. */
export interface PolicyAnswer {
  readonly text: string;
  readonly clauses: readonly string[];
}

/** A clause as the guide prints it. */
export interface ClauseView {
  /** The printed number path, e.g. "一、（一）2.". */
  readonly label: string;
  /** The exact text. */
  readonly text: string;
}

/** The knowledge the dialog uses. Every method is synchronous and pure over the guide data. */
export interface KnowledgePort {
  /** Whether clause texts are available (false: the dialog says so instead of "no such clause"). */
  readonly hasClauses: boolean;
  /**
   * An answer from the guide, or undefined when the guide does not say. `program`: the one program the dialog is
   * about (or the few sharing their clauses), for a question that names none.
   */
  answerQuestion(text: string, locale: Locale, program?: ProgramId | readonly ProgramId[]): PolicyAnswer | undefined;
  /** A clause by contract id. */
  clause(id: string): ClauseView | undefined;
  /** The programs a message names (绿色化改造, 技改贴息, the 5G project), for "why not X?". */
  programsNamed?(text: string): readonly ProgramId[];
}

/**
 * A port with no knowledge base behind it: it answers no question (the dialog, which tells questions
 * from answers itself, says it cannot answer them) and has no clause texts. For tests of the dialog alone and for
 * deployments that do not ship the Q&A index; the default is `GUIDE_KNOWLEDGE`.
 */
export const NO_KNOWLEDGE: KnowledgePort = {
  hasClauses: false,
  answerQuestion: () => undefined,
  clause: () => undefined,
};
