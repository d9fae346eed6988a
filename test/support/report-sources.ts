/**
 * Report sources for tests: the real evaluator and knowledge base, plus a stand-in clause for tests
 * that need a clause of a particular shape.
 */
import type { Clause } from '../../src/knowledge/types.ts';
import { LIVE_SOURCES } from '../../src/outreach/live-sources.ts';
import type { ReportSources } from '../../src/outreach/sources.ts';

/** A clause whose text says which id it is and holds markup, so tests can find the quote and see it escaped. */
export function fakeClause(id: string): Clause {
  return {
    id,
    level: 1,
    parentId: null,
    childIds: [],
    printedNumber: '',
    label: `标号${id}`,
    title: '',
    headingPath: [],
    text: `条款${id}的原文<引用>`,
    programs: [],
  };
}

/** The sources tests render with: the real ones. */
export const TEST_SOURCES: ReportSources = LIVE_SOURCES;
