/**
 * What reports read from the rest of the project: the evaluator and the guide as data. Rendering
 * takes these as a parameter so it stays pure and testable with fixture results; `live-sources.ts`
 * binds them to the real rules core and knowledge base.
 */
import type { AttachmentForm, Clause } from '../knowledge/types.ts';
import type { ContractResult, Profile, ProgramResult } from '../rules/types.ts';

/** The evaluator and the guide lookups a report needs. */
export interface ReportSources {
  /** One result per program (the rules core's `evaluate`). */
  readonly evaluate: (profile: Profile) => readonly ProgramResult[];
  /** The contract JSON of results (the rules core's `toContract`). */
  readonly toContract: (results: readonly ProgramResult[]) => ContractResult[];
  /** A clause by contract id, or undefined. */
  readonly clauseById: (id: string) => Clause | undefined;
  /** A clause's text with all its descendants ("1.3.2.1" gives the lead and ①–④), or undefined. */
  readonly fullText: (id: string) => string | undefined;
  /** A 绩效目标申报表 by id ("A1-1"), or undefined. */
  readonly formById: (id: string) => AttachmentForm | undefined;
}
