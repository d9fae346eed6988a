/**
 * Numbers and fact values as a report prints them (thousands separators, units, labels of enum
 * values and certifications). Program names and fact labels come from `rules/explain.ts`.
 *
 * Pure (reads the locale catalogues through `i18n`).
 */
import type { Locale } from '../dialogs/types.ts';
import { has, t } from '../i18n.ts';
import { FACT_BY_KEY } from '../rules/facts.ts';
import type { FactValue } from '../rules/types.ts';

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

/** A fact's value as people read it: 万元 amounts, percentages, yes/no, lists. */
export function formatFactValue(locale: Locale, key: string, value: FactValue | undefined): string {
  if (value === undefined) return '—';
  if (typeof value === 'boolean') return t(locale, value ? 'report.value.yes' : 'report.value.no');
  if (Array.isArray(value)) {
    if (value.length === 0) return t(locale, 'report.value.none');
    return value.map((v) => labelOr(locale, `facts.cert.${v}`, v)).join(t(locale, 'report.list_separator'));
  }
  if (typeof value === 'number') {
    const unit = FACT_BY_KEY.get(key)?.unit;
    if (unit === '万元') return t(locale, 'report.value.wan', { value: formatNumber(value) });
    if (unit === '%' || key.endsWith('_pct')) return t(locale, 'report.value.pct', { value: formatNumber(value) });
    return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
  }
  return labelOr(locale, `facts.enum.${key}.${String(value)}`, String(value));
}

function labelOr(locale: Locale, id: string, fallback: string): string {
  return has(locale, id) ? t(locale, id) : fallback;
}
