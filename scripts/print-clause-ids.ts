/**
 * Prints every clause id of the guide with the start of its text, as JSON (`0` is the document as a whole; `A1-1` …
 * `A1-24` the attachments): the list blind authors of Q&A evaluation sets check their ids against
 * (`docs/eval-kit/README.md`).
 */
import { guide } from '../src/knowledge/guide.ts';

const ids: Record<string, string> = { '0': '(the whole document: title and lead paragraph)' };
for (const c of guide.clauses) ids[c.id] = `${c.printedNumber} ${c.text.slice(0, 60)}`;
for (let n = 1; n <= 24; n++) ids[`A1-${n}`] = `附件1-${n}`;
console.log(JSON.stringify(ids, null, 1));
