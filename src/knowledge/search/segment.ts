/**
 * Chinese word segmentation with @node-rs/jieba and its default dictionary, loaded from the
 * package (never from the network), plus the guide's own terms so "智改数转" or "二级节点"
 * stay whole words.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

/** Splits text into the words that matching uses. */
export type Tokenizer = (text: string) => string[];

/** Both ways of cutting: precise for questions, search mode (words and their parts) for the guide. */
export interface Segmenter {
  /** Precise mode: each character in one word ("实缴税金" stays one word). */
  readonly words: Tokenizer;
  /** Search mode: the words plus the dictionary words inside them ("出资额" → 出资, 出资额). */
  readonly wordsAndParts: Tokenizer;
}

// Keep letters, digits and CJK; drop punctuation, symbols and spaces.
const WORDLIKE = /[\p{L}\p{N}]/u;

/**
 * Builds the segmenter: jieba with its default dictionary plus `terms` (added with a high
 * frequency so they are kept whole); words lower-cased, deduplicated, stopwords and
 * punctuation dropped. The guide is cut in search mode so that a question's word is found
 * however the guide's sentence was cut around it ("实际出资额折合" holds 出资 and 出资额).
 */
export function createSegmenter(terms: Iterable<string>, stopwords: ReadonlySet<string>): Segmenter {
  const jieba = Jieba.withDict(dict);
  const extra = [...new Set(terms)]
    .filter((t) => t.length >= 2 && !/\s/u.test(t))
    .map((t) => `${t} 100000 n`)
    .join('\n');
  if (extra) jieba.loadDict(Buffer.from(extra, 'utf8'));
  const clean = (words: string[]) => [
    ...new Set(
      words.map((w) => w.trim().toLowerCase()).filter((w) => w !== '' && WORDLIKE.test(w) && !stopwords.has(w)),
    ),
  ];
  return {
    words: (text) => clean(jieba.cut(text, true)),
    wordsAndParts: (text) => clean(jieba.cutForSearch(text, true)),
  };
}
