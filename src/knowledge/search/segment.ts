/**
 * Chinese word segmentation with @node-rs/jieba and its default dictionary, loaded from the
 * package (never from the network), plus the guide's own terms so "智改数转" or "二级节点"
 * stay whole words. Only the part of the dictionary the guide needs is loaded at start; the
 * words a question brings are added as it comes (`jieba-dictionary.ts`), so every text is cut
 * exactly as with the whole dictionary.
 */
import { Jieba } from '@node-rs/jieba';
import { type CutDictionary, MASS_WORD } from './jieba-dictionary.ts';

/** Splits text into the words that matching uses. */
export type Tokenizer = (text: string) => string[];

/** Both ways of cutting: precise for questions, search mode (words and their parts) for the guide. */
export interface Segmenter {
  /** Precise mode: each character in one word ("实缴税金" stays one word). */
  readonly words: Tokenizer;
  /** Search mode: the words plus the dictionary words inside them ("出资额" → 出资, 出资额). */
  readonly wordsAndParts: Tokenizer;
  /**
   * Search mode for the guide's own text (the corpus the dictionary was cut for): the same
   * words as `wordsAndParts`, without looking for dictionary words to add.
   */
  readonly guideWordsAndParts: Tokenizer;
}

// Keep letters, digits and CJK; drop punctuation, symbols and spaces.
const WORDLIKE = /[\p{L}\p{N}]/u;

/**
 * Builds the segmenter: jieba with `dictionary` plus `terms` (added with a high frequency so
 * they are kept whole); words lower-cased, deduplicated, stopwords and punctuation dropped. The
 * guide is cut in search mode so that a question's word is found however the guide's sentence
 * was cut around it ("实际出资额折合" holds 出资 and 出资额).
 */
export function createSegmenter(
  terms: Iterable<string>,
  stopwords: ReadonlySet<string>,
  dictionary: CutDictionary,
): Segmenter {
  const jieba = Jieba.withDict(dictionary.kept);
  const extra = [...new Set(terms)]
    .filter((t) => t.length >= 2 && !/\s/u.test(t))
    .map((t) => `${t} 100000 n`)
    .join('\n');
  if (extra) jieba.loadDict(Buffer.from(extra, 'utf8'));
  const complete = dictionaryCompleter(jieba, dictionary);
  // In order, each once; one pass, no intermediate arrays (this runs several times per question).
  const clean = (words: string[]) => {
    const seen = new Set<string>();
    for (const raw of words) {
      const w = raw.trim().toLowerCase();
      if (w !== '' && !seen.has(w) && WORDLIKE.test(w) && !stopwords.has(w)) seen.add(w);
    }
    return [...seen];
  };
  return {
    words: (text) => clean(jieba.cut(complete(text), true)),
    wordsAndParts: (text) => clean(jieba.cutForSearch(complete(text), true)),
    guideWordsAndParts: (text) => clean(jieba.cutForSearch(text, true)),
  };
}

/**
 * Adds to jieba the dropped dictionary words that occur in a text, each once, taking their
 * frequency off the placeholder so the total stays the whole dictionary's; returns the text.
 */
function dictionaryCompleter(jieba: Jieba, dictionary: CutDictionary): (text: string) => string {
  let mass = dictionary.mass;
  // First unit → first two units → the dropped words (and their frequency) not added yet.
  const blocks = new Map<string, Map<string, [string, number][]>>();
  const block = (first: string) => {
    let byPair = blocks.get(first);
    if (!byPair) {
      byPair = new Map();
      for (const line of dictionary.dropped(first).split('\n')) {
        const [word = '', freq = '0'] = line.split(' ');
        if (word.length < 2) continue;
        const pair = word.slice(0, 2);
        const entry: [string, number] = [word, Number.parseInt(freq, 10) || 0];
        const list = byPair.get(pair);
        if (list) list.push(entry);
        else byPair.set(pair, [entry]);
      }
      blocks.set(first, byPair);
    }
    return byPair;
  };
  return (text) => {
    let lines = '';
    for (let i = 0; i + 1 < text.length; i++) {
      const list = block(text.charAt(i)).get(text.slice(i, i + 2));
      if (!list) continue;
      for (let k = list.length - 1; k >= 0; k--) {
        const [word, freq] = list[k] as [string, number];
        if (!text.startsWith(word, i)) continue;
        lines += `${word} ${freq}\n`;
        mass -= freq;
        list.splice(k, 1);
      }
    }
    if (lines !== '') jieba.loadDict(Buffer.from(`${lines}${MASS_WORD} ${mass} x\n`, 'utf8'));
    return text;
  };
}
