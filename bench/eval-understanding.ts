/**
 * `npm run eval:dialog`: how well the dialog understands what people type, on the corpus of real
 * phrasing (test/dialogs/understanding-corpus). Prints both splits; `--failures=tune` (or `=tune-b`) lists that
 * split's misses (the held-out split's items are never printed: it is not looked at while tuning).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Split, scoreUnderstanding } from '../test/dialogs/understanding-eval.ts';

const pct = (a: number, b: number) => `${((100 * a) / Math.max(b, 1)).toFixed(1)} %`;

// Every corpus directory, tune splits first (a new author's set is scored without editing this list).
const corpus = join(import.meta.dirname, '..', 'test', 'dialogs', 'understanding-corpus');
const splits = readdirSync(corpus, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort(
    (a, b) =>
      Number(a.startsWith('heldout')) - Number(b.startsWith('heldout')) || a.localeCompare(b, 'en', { numeric: true }),
  ) as Split[];

for (const split of splits) {
  const f = scoreUnderstanding(split);
  console.log(
    `${split.padEnd(8)} answers as meant ${pct(f.answersAsMeant, f.answers)} (${f.answersAsMeant}/${f.answers}; zh ${pct(f.byLang.zh.asMeant, f.byLang.zh.answers)}, en ${pct(f.byLang.en.asMeant, f.byLang.en.answers)}), recorded wrongly ${f.answersWrong} (pending ${f.wrongKinds.pending}, stated beside ${f.wrongKinds.also}, not stated ${f.wrongKinds.unstated}); opening facts recorded ${pct(f.openingFactsRecorded, f.openingFacts)} (${f.openingFactsRecorded}/${f.openingFacts} in ${f.openings} messages), recorded wrongly ${f.openingFactsWrong}`,
  );
  if (!split.startsWith('heldout') && process.argv.includes(`--failures=${split}`)) {
    for (const o of f.failures) console.log(`  ✗ ${o.id} ${o.text}\n      ${o.wrong.join('; ')} ${o.detail}`);
  }
}
