import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Jieba } from '@node-rs/jieba';
import { describe, expect, it } from 'vitest';
import { guide } from '../../../src/knowledge/guide.ts';
import { cutDictionary, MASS_WORD } from '../../../src/knowledge/search/jieba-dictionary.ts';
import { createSegmenter } from '../../../src/knowledge/search/segment.ts';

const require = createRequire(import.meta.url);
const WHOLE = readFileSync(join(dirname(require.resolve('@node-rs/jieba/package.json')), 'dict.txt'), 'utf8');
const root = join(import.meta.dirname, '..', '..', '..');
const tune = JSON.parse(readFileSync(join(root, 'test', 'knowledge', 'ask-eval', 'tune.json'), 'utf8')) as {
  questions: { q: string }[];
  notInGuide: string[];
};

/** A segmenter over `corpus`'s cut of the dictionary, and jieba with the whole dictionary. */
function both(corpus: string, terms: string[] = []) {
  const cut = cutDictionary(WHOLE, corpus);
  const segmenter = createSegmenter(terms, new Set(), {
    kept: Buffer.from(cut.kept),
    mass: cut.mass,
    dropped: (first) => cut.dropped.get(first) ?? '',
  });
  const whole = Jieba.withDict(Buffer.from(WHOLE));
  if (terms.length > 0) whole.loadDict(Buffer.from(terms.map((t) => `${t} 100000 n`).join('\n')));
  const clean = (ws: string[]) => [
    ...new Set(ws.map((w) => w.trim().toLowerCase()).filter((w) => /[\p{L}\p{N}]/u.test(w))),
  ];
  return { segmenter, whole, clean };
}

describe('jieba dictionary cut to the guide', () => {
  it('keeps the corpus words and single characters, and the placeholder carries the rest of the total', () => {
    const cut = cutDictionary(WHOLE, '技术改造贷款贴息');
    const total = (text: string) =>
      text
        .split('\n')
        .filter(Boolean)
        .reduce((s, l) => s + Number(l.split(' ')[1]), 0);
    const dropped = [...cut.dropped.values()].join('\n');
    expect(cut.kept).toContain(`${MASS_WORD} ${cut.mass} x`);
    expect(cut.kept).toMatch(/^技术改造 /mu);
    expect(cut.kept).toMatch(/^贴息 /mu);
    // A word the corpus does not hold is dropped, a single character never is.
    expect(dropped).toMatch(/^发展中国家 /mu);
    expect(cut.kept).not.toMatch(/^发展中国家 /mu);
    expect(cut.kept).toMatch(/^家 /mu);
    expect(total(cut.kept) - cut.mass + total(dropped)).toBe(total(WHOLE));
  });

  it('cuts every tune question exactly as jieba with the whole dictionary does, in both modes', () => {
    const { segmenter, whole, clean } = both('技术改造贷款贴息 智能制造示范工厂 专项资金', ['智改数转', '技改贴息']);
    const questions = [...tune.questions.map((x) => x.q), ...tune.notInGuide, '发展中国家的企业能报吗'];
    for (const q of questions) {
      expect(segmenter.words(q), q).toEqual(clean(whole.cut(q, true)));
      expect(segmenter.wordsAndParts(q), q).toEqual(clean(whole.cutForSearch(q, true)));
    }
  });

  it('cuts the corpus it was made for exactly as the whole dictionary does, without adding a word', () => {
    const sample = guide.clauses.filter((_, i) => i % 5 === 0).map((c) => c.text);
    const { segmenter, whole, clean } = both(sample.join('\n'), ['智改数转']);
    for (const text of sample)
      expect(segmenter.guideWordsAndParts(text), text).toEqual(clean(whole.cutForSearch(text, true)));
  });
});
