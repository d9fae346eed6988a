/**
 * The report sources bound to the real rules core and knowledge base: what every real run uses
 * (CLI, kiosk, bench).
 */
import { clauseById, formById, fullText } from '../knowledge/guide.ts';
import { evaluate, toContract } from '../rules/index.ts';
import type { ReportSources } from './sources.ts';

/** The evaluator and the guide as data. */
export const LIVE_SOURCES: ReportSources = { evaluate, toContract, clauseById, fullText, formById };
