/**
 * How command-line output shows a clause: the guide's printed number with the contract id,
 * e.g. "一、（一）2. [1.1.2]", so staff can find it in the PDF and systems can match the id.
 */
import { printedLabel } from '../knowledge/guide.ts';
import type { ClauseFormatter } from '../rules/explain.ts';

/** The formatter CLI output uses: printed number and id for a clause, "附件1-1" for a form. */
export function clauseFormatter(): ClauseFormatter {
  return (id) => {
    if (/^A\d+-\d+$/u.test(id)) return `附件${id.slice(1)}`;
    const label = printedLabel(id);
    return label ? `${label} [${id}]` : id;
  };
}
