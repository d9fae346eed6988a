/**
 * `npm run eval:dialog`: how well the dialog understands what people type, on the corpus of real
 * phrasing (test/dialogs/understanding-corpus). Prints both splits; `--failures=tune` (or `=tune-b`) lists that
 * split's misses (the held-out split's items are never printed: it is not looked at while tuning).
 */
import { type Split, scoreUnderstanding } from '../test/dialogs/understanding-eval.ts';

const pct = (a: number, b: number) => `${((100 * a) / Math.max(b, 1)).toFixed(1)} %`;

for (const split of [
  'tune',
  'tune-b',
  'tune-c',
  'tune-d',
  'tune-e',
  'tune-f',
  'tune-g',
  'tune-h',
  'tune-i',
  'tune-j',
  'tune-k',
  'heldout',
  'heldout-2',
  'heldout-3',
  'heldout-4',
  'heldout-5',
  'heldout-6',
] as Split[]) {
  const f = scoreUnderstanding(split);
  console.log(
    `${split.padEnd(8)} answers as meant ${pct(f.answersAsMeant, f.answers)} (${f.answersAsMeant}/${f.answers}; zh ${pct(f.byLang.zh.asMeant, f.byLang.zh.answers)}, en ${pct(f.byLang.en.asMeant, f.byLang.en.answers)}), recorded wrongly ${f.answersWrong} (pending ${f.wrongKinds.pending}, stated beside ${f.wrongKinds.also}, not stated ${f.wrongKinds.unstated}); opening facts recorded ${pct(f.openingFactsRecorded, f.openingFacts)} (${f.openingFactsRecorded}/${f.openingFacts} in ${f.openings} messages), recorded wrongly ${f.openingFactsWrong}`,
  );
  if (!split.startsWith('heldout') && process.argv.includes(`--failures=${split}`)) {
    for (const o of f.failures) console.log(`  ✗ ${o.id} ${o.text}\n      ${o.wrong.join('; ')} ${o.detail}`);
  }
}
