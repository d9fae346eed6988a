/**
 * Report words and numbers: `report.*` messages (fixed ones rendered once) and amounts with
 * thousands separators. Program names and fact labels come from `rules/explain.ts`, fact values
 * from the dialog's `formatValue`, so every surface words them alike.
 *
 * Pure (reads the locale catalogues through `i18n`).
 */
import type { Locale } from '../dialogs/types.ts';
import { t } from '../i18n.ts';

const fixed = new Map<string, string>();

/**
 * A report message in `locale`: `report.<id>` rendered with `view`. Messages without a view are
 * rendered once and kept, since a 2,000-page event repeats the same headings on every page.
 */
export function reportWord(locale: Locale, id: string, view?: Record<string, unknown>): string {
  if (view) return t(locale, `report.${id}`, view);
  const key = `${locale}\u0000${id}`;
  let text = fixed.get(key);
  if (text === undefined) {
    text = t(locale, `report.${id}`);
    fixed.set(key, text);
  }
  return text;
}

const NUMBER = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/** A number with thousands separators and at most two decimals. */
export function formatNumber(n: number): string {
  return NUMBER.format(n);
}
