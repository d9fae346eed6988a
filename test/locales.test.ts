import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mustache from 'mustache';
import { describe, expect, it } from 'vitest';
import { catalogue, t } from '../src/i18n.ts';

const dir = join(import.meta.dirname, '..', 'locales');

describe('locales', () => {
  it('zh-CN and en have the same area files', () => {
    const files = (lang: string) =>
      readdirSync(join(dir, lang))
        .filter((f) => f.endsWith('.json'))
        .sort();
    expect(files('en')).toEqual(files('zh-CN'));
  });

  it('zh-CN and en have the same message ids', () => {
    const zh = [...catalogue('zh-CN').keys()].sort();
    const en = [...catalogue('en').keys()].sort();
    expect(en.filter((k) => !zh.includes(k))).toEqual([]);
    expect(zh.filter((k) => !en.includes(k))).toEqual([]);
  });

  it('every template parses as mustache', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      for (const [id, template] of catalogue(lang)) {
        expect(() => Mustache.parse(template), `${lang} ${id}`).not.toThrow();
      }
    }
  });

  it('user text is inserted as data, never rendered as a template', () => {
    const out = t('zh-CN', 'rules.test.echo', { value: '{{constructor}} <b>x</b>' });
    expect(out).toContain('{{constructor}} <b>x</b>');
  });
});
