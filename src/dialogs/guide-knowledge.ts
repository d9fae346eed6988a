/**
 * The knowledge port over the real knowledge base: policy questions answered by the guide's Q&A
 * search (`src/knowledge/ask.ts`), clause texts from the parsed guide (`src/knowledge/guide.ts`).
 * A question asked mid-dialog gets at most two clauses, so the pending question stays in view.
 */
import { answerQuestion, programsNamed } from '../knowledge/ask.ts';
import { formatAnswer } from '../knowledge/ask-format.ts';
import { fullText, printedLabel } from '../knowledge/guide.ts';
import type { KnowledgePort } from './knowledge-port.ts';

/** Clauses quoted for a question asked in the middle of a dialog. */
export const MID_DIALOG_HITS = 2;

/** The knowledge base as the dialog uses it. */
export const GUIDE_KNOWLEDGE: KnowledgePort = {
  hasClauses: true,
  answerQuestion(text, locale, program) {
    const context = typeof program === 'string' ? { program } : program ? { programs: program } : {};
    const result = answerQuestion(text, { locale, limit: MID_DIALOG_HITS, ...context });
    if (result.kind === 'refused') return undefined;
    return {
      text: formatAnswer(result, locale),
      clauses: result.kind === 'answer' ? result.hits.map((h) => h.clause) : [],
    };
  },
  programsNamed(text) {
    return programsNamed(text);
  },
  clause(id) {
    const text = fullText(id);
    if (text === undefined) return undefined;
    // 附件 forms have no printed heading number; their id reads as the guide names them.
    return { label: printedLabel(id) ?? id.replace(/^A/, '附件'), text };
  },
};
