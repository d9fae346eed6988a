/**
 * Message lookup: `locales/<lang>/<area>.json`, mustache templates keyed by message id.
 * Values (which may hold user text) are inserted as data and never parsed as templates.
 * Output is plain text; channels escape it for the markup they render.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Mustache from 'mustache';
import type { Locale } from './dialogs/types.ts';

/** The locales the bot speaks, Chinese first. */
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

const LOCALES_DIR = join(import.meta.dirname, '..', 'locales');

type Catalogue = ReadonlyMap<string, string>;
const catalogues = new Map<Locale, Catalogue>();

/** All message ids and templates of one locale, from every area file. */
export function catalogue(locale: Locale): Catalogue {
  let cat = catalogues.get(locale);
  if (!cat) {
    const map = new Map<string, string>();
    const dir = join(LOCALES_DIR, locale);
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const area = file.replace(/\.json$/, '');
      const entries = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, string>;
      for (const [key, template] of Object.entries(entries)) map.set(`${area}.${key}`, template);
    }
    cat = map;
    catalogues.set(locale, cat);
  }
  return cat;
}

// Plain text out: no HTML escaping here (channels escape for their own markup).
const plain = (value: unknown): string => String(value);

/**
 * Renders message `id` ("area.key") in `locale` with `view`. A missing id renders as the id
 * itself so a gap shows in tests rather than crashing a user's dialog.
 */
export function t(locale: Locale, id: string, view: Record<string, unknown> = {}): string {
  const template = catalogue(locale).get(id);
  if (template === undefined) return id;
  return Mustache.render(template, view, undefined, { escape: plain });
}

/** Whether a message id exists in a locale. */
export function has(locale: Locale, id: string): boolean {
  return catalogue(locale).has(id);
}
