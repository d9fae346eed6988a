/**
 * The seam between sheet reading and the dialog's answer parsers (`src/dialogs/parse/`).
 * A sheet cell and a chat answer are the same thing — text as people write it — so both must be
 * read by one set of parsers. Until `src/dialogs/parse/` is on main, the stand-ins below accept only
 * the canonical forms (plain numbers, ISO dates, 是/否, contract enum values and certification ids);
 * they are deliberately not a second parser, and are replaced by re-exports when the real ones land.
 *
 * Pure: no I/O, no clock.
 */

/** Unit a bare number is taken in, from the column header ("（万元）", "（元）", "（亿元）"). */
export type BareUnit = 'wan' | 'yuan' | 'yi';

/** An amount in 万元, or null when the text is not an amount. */
export function parseAmountWan(text: string, bareUnit: BareUnit): number | null {
  const n = plainNumber(text);
  if (n === null) return null;
  return bareUnit === 'wan' ? n : bareUnit === 'yuan' ? n / 10_000 : n * 10_000;
}

/** A date as YYYY-MM-DD, or null. */
export function parseDate(text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  return date.getUTCMonth() === Number(mo) - 1 && date.getUTCDate() === Number(d) ? text.trim() : null;
}

/** A percentage 0–100 (a trailing % allowed), or null. */
export function parsePercent(text: string): number | null {
  return plainNumber(text.trim().replace(/%$/, ''));
}

/** A plain number (counts, years), or null. */
export function parseNumber(text: string): number | null {
  return plainNumber(text);
}

/** Yes / no, or null. */
export function parseYesNo(text: string): boolean | null {
  const s = text.trim().toLowerCase();
  if (['是', 'true', 'yes', 'y'].includes(s)) return true;
  if (['否', 'false', 'no', 'n'].includes(s)) return false;
  return null;
}

/** One of `values` (the contract's enum values), or null. */
export function parseChoice(text: string, values: readonly string[]): string | null {
  const s = text.trim();
  return values.includes(s) ? s : null;
}

/** Certification ids from one cell; `[]` for "none"; null when a name is not recognised. */
export function parseCertifications(text: string, known: readonly string[]): string[] | null {
  const s = text.trim();
  if (['无', 'none', '[]'].includes(s.toLowerCase())) return [];
  const parts = s
    .split(/[;,，；、\s]+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return parts.every((p) => known.includes(p)) ? parts : null;
}

function plainNumber(text: string): number | null {
  const s = text.trim();
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}
