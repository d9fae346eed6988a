/**
 * fuse.js's token search score (`useTokenSearch`, threshold 0, location ignored), computed
 * directly over the candidates' projected fields: most of a query's CPU went into fuse.js's
 * general machinery (a bitap matcher per term and field, a searcher and an inverted index built
 * per query) for what, at threshold 0, is a substring test. A test holds the two scores equal on
 * the tune split; fuse.js still builds the index (the field norms) and is the reference.
 *
 * What fuse.js computes, and this repeats in the same order of operations:
 * - per query term (duplicates kept: they weight a term twice), its IDF over the candidates'
 *   fields: log(1 + (fields − df + 0.5) / (df + 0.5)), df = fields holding the term as a token;
 * - per field, over all terms: matched ones add idf × (1 − s), s = 0 when the field is the term,
 *   0.001 when it holds it as a substring; the field's score is max(0.001, 1 − matched / all);
 * - per document, the product over its matching fields of score ^ (key weight × field norm), the
 *   key weights normalised to sum 1; a document with no matching field is not a result.
 */

/** One candidate's fields as fuse.js records them: key index → text (words joined by spaces) and norm. */
export type TokenFields = Readonly<Record<string, { readonly v: string; readonly n: number }>>;

/** Scores (lower is better, as fuse.js's) of the documents with a matching field, by position in `records`. */
export function tokenSearchScores(
  records: readonly TokenFields[],
  keyWeights: readonly number[],
  query: string,
): Map<number, number> {
  const total = keyWeights.reduce((sum, w) => sum + w, 0);
  const weights = keyWeights.map((w) => w / total);
  const terms = query
    .toLowerCase()
    .split(' ')
    .filter((t) => t !== '');
  let fieldCount = 0;
  const df = new Map<string, number>();
  for (const record of records) {
    for (const { v } of Object.values(record)) {
      const tokens = v
        .toLowerCase()
        .split(' ')
        .filter((t) => t !== '');
      if (tokens.length === 0) continue;
      fieldCount++;
      for (const t of new Set(tokens)) df.set(t, (df.get(t) ?? 0) + 1);
    }
  }
  const idf = terms.map((t) => {
    const d = df.get(t) ?? 0;
    return Math.log(1 + (fieldCount - d + 0.5) / (d + 0.5));
  });
  const out = new Map<number, number>();
  records.forEach((record, at) => {
    let score = 1;
    let matched = false;
    weights.forEach((weight, key) => {
      const field = record[key];
      if (!field) return;
      const text = field.v.toLowerCase();
      let possible = 0;
      let found = 0;
      let hits = 0;
      terms.forEach((term, i) => {
        const w = idf[i] ?? 0;
        possible += w;
        if (text === term) {
          hits++;
          found += w * (1 - 0);
        } else if (term !== '' && text.includes(term)) {
          hits++;
          found += w * (1 - 0.001);
        }
      });
      if (hits === 0) return;
      const fieldScore = Math.max(0.001, possible > 0 ? 1 - found / possible : 0);
      score *= (fieldScore === 0 && weight ? Number.EPSILON : fieldScore) ** (weight * field.n);
      matched = true;
    });
    if (matched) out.set(at, score);
  });
  return out;
}
