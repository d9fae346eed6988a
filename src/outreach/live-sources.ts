/**
 * The report sources bound to the real rules core and knowledge base. The clause and form lookups
 * answer undefined until `src/knowledge/guide.ts` is on main (a page then cites clause numbers
 * without quoting them); replace them with `clauseById` / `formById` from there.
 */
import { evaluate, toContract } from '../rules/index.ts';
import type { ReportSources } from './sources.ts';

/** The sources every real run uses (CLI, kiosk, bench). */
export const LIVE_SOURCES: ReportSources = {
  evaluate,
  toContract,
  clauseById: () => undefined,
  fullText: () => undefined,
  formById: () => undefined,
};
