/**
 * jieba's dictionary, cut in two so that start-up loads only the part the guide needs.
 *
 * Loading the package's whole dictionary (349,046 words, 5 MB) was most of the Q&A's start-up
 * (0.1–0.2 s of CPU). jieba only ever looks up words that occur in the text it cuts, and a
 * word's weight is its frequency over the dictionary's total. So:
 *
 * - `kept`: every single character and every word that occurs in the corpus (the guide's
 *   documents as the index cuts them, the word lists, the segmenter's extra terms), plus one
 *   placeholder word (private-use characters, which `cleanQuestion` removes from every question)
 *   carrying the frequency of all the others, so the total — and every word's weight — is the
 *   whole dictionary's. jieba loads only this: the guide is cut exactly as with the whole
 *   dictionary.
 * - `dropped`: the other words, by their first character. Before a question is cut, the dropped
 *   words that occur in it are added (and their frequency taken off the placeholder), so a
 *   question too is cut exactly as with the whole dictionary (`segment.ts`).
 *
 * Both parts are a pure function of the package's dictionary and the corpus. They are computed
 * once (about 0.2 s) and kept in `node_modules/.cache/jiangsu-fund-bot/`, named for the
 * package's version and a hash of the corpus, so a changed guide or word list makes a new cut.
 */
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The word that carries the frequency of the words not loaded: private-use characters, never in a question. */
export const MASS_WORD = '\uE000\uE001';

/** jieba's dictionary in two parts (see the module's comment). */
export interface CutDictionary {
  /** dict.txt lines to load at start: the corpus's words, every single character, the placeholder. */
  readonly kept: Buffer;
  /** The frequency the placeholder carries: the sum of the dropped words'. */
  readonly mass: number;
  /** The dropped words starting with this UTF-16 unit, as dict.txt lines ("" when none). */
  dropped(first: string): string;
}

/** Splits jieba's dict.txt by the corpus: the words it holds (and single characters) and the rest by first unit. */
export function cutDictionary(
  dictionary: string,
  corpus: string,
): { kept: string; mass: number; dropped: Map<string, string> } {
  // Where each pair of units occurs in the corpus, to test a word's occurrence cheaply.
  const starts = new Map<string, number[]>();
  for (let i = 0; i + 1 < corpus.length; i++) {
    const pair = corpus.slice(i, i + 2);
    const at = starts.get(pair);
    if (at) at.push(i);
    else starts.set(pair, [i]);
  }
  const inCorpus = (word: string): boolean =>
    starts.get(word.slice(0, 2))?.some((i) => corpus.startsWith(word, i)) ?? false;
  const kept: string[] = [];
  const dropped = new Map<string, string[]>();
  let mass = 0;
  for (const line of dictionary.split('\n')) {
    if (line.trim() === '') continue;
    const [word = '', freq = ''] = line.split(' ');
    if (word.length < 2 || inCorpus(word)) {
      kept.push(line);
      continue;
    }
    mass += Number.parseInt(freq, 10) || 0;
    const first = word.slice(0, 1);
    const block = dropped.get(first);
    if (block) block.push(`${word} ${freq}`);
    else dropped.set(first, [`${word} ${freq}`]);
  }
  kept.push(`${MASS_WORD} ${mass} x`);
  return {
    kept: `${kept.join('\n')}\n`,
    mass,
    dropped: new Map([...dropped].map(([first, lines]) => [first, lines.join('\n')])),
  };
}

const require = createRequire(import.meta.url);
/** jieba's package directory: its dict.txt, and two levels up node_modules/.cache, where the cut is kept. */
const PACKAGE_DIR = dirname(require.resolve('@node-rs/jieba/package.json'));
const CACHE_DIR = join(PACKAGE_DIR, '..', '..', '.cache', 'jiangsu-fund-bot');
const CACHE_PREFIX = 'jieba-';
const STALE_MS = 24 * 60 * 60 * 1000;

/**
 * The cut dictionary for `corpus`: read from the cache, or computed and written there for the
 * next process. A cache that cannot be written (a read-only disk) only costs the computation
 * at each start.
 */
export function jiebaDictionary(corpus: string): CutDictionary {
  const { version } = require('@node-rs/jieba/package.json') as { version: string };
  const key = createHash('sha256').update(`${version}\n${corpus}`).digest('hex').slice(0, 24);
  const base = join(CACHE_DIR, `${CACHE_PREFIX}${key}`);
  return readCached(base) ?? computeAndCache(base, corpus);
}

/** The index of the dropped words' file: each first unit's byte range. */
interface DroppedIndex {
  readonly mass: number;
  readonly blocks: Record<string, readonly [number, number]>;
}

function readCached(base: string): CutDictionary | null {
  let kept: Buffer;
  let index: DroppedIndex;
  let fd: number;
  try {
    kept = readFileSync(`${base}.dict`);
    index = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as DroppedIndex;
    // Opened now and kept open for the process's life: a later clean-up cannot take it away.
    fd = openSync(`${base}.rest`, 'r');
  } catch {
    return null;
  }
  return {
    kept,
    mass: index.mass,
    dropped(first) {
      const range = index.blocks[first];
      if (!range) return '';
      const bytes = Buffer.alloc(range[1]);
      readSync(fd, bytes, 0, range[1], range[0]);
      return bytes.toString('utf8');
    },
  };
}

function computeAndCache(base: string, corpus: string): CutDictionary {
  const cut = cutDictionary(readFileSync(join(PACKAGE_DIR, 'dict.txt'), 'utf8'), corpus);
  const kept = Buffer.from(cut.kept, 'utf8');
  try {
    const blocks: Record<string, [number, number]> = {};
    const parts: Buffer[] = [];
    let at = 0;
    for (const [first, lines] of cut.dropped) {
      const bytes = Buffer.from(`${lines}\n`, 'utf8');
      blocks[first] = [at, bytes.length - 1];
      parts.push(bytes);
      at += bytes.length;
    }
    mkdirSync(CACHE_DIR, { recursive: true });
    // Cuts for an earlier guide or word list, made over a day ago, go.
    for (const old of readdirSync(CACHE_DIR)) {
      const path = join(CACHE_DIR, old);
      if (old.startsWith(CACHE_PREFIX) && !path.startsWith(base) && Date.now() - statSync(path).mtimeMs > STALE_MS)
        rmSync(path, { force: true });
    }
    // Each file written whole under another name, then renamed, the .dict last: a process
    // that finds the .dict finds the others complete.
    const write = (suffix: string, data: Buffer | string) => {
      const partial = `${base}${suffix}.${process.pid}.partial`;
      writeFileSync(partial, data);
      renameSync(partial, `${base}${suffix}`);
    };
    write('.rest', Buffer.concat(parts));
    write('.json', JSON.stringify({ mass: cut.mass, blocks } satisfies DroppedIndex));
    write('.dict', kept);
  } catch {
    // A read-only node_modules: the next start computes it again.
  }
  return { kept, mass: cut.mass, dropped: (first) => cut.dropped.get(first) ?? '' };
}
