/**
 * `npm run eval:ask`: top-1 and top-3 hit rates of the policy Q&A on the evaluation set
 * (targets: top-1 ≥ 85 %, top-3 ≥ 95 %), and, for comparison, fuse.js alone on the raw
 * Chinese text (no segmentation, no aliases, no steering).
 */
import { join } from 'node:path';
import Fuse from 'fuse.js';
import { guide } from '../src/knowledge/guide.ts';
import { evaluateAsk, readEvalSet } from '../src/knowledge/search/evaluate.ts';

const set = readEvalSet(join(import.meta.dirname, '..', 'test', 'knowledge', 'ask-eval-set.json'));
const english = set.questions.filter((x) => /^[\x20-\x7e]+$/u.test(x.q));

const report = evaluateAsk(set);
console.log(`ask evaluation: ${report.total} questions (${english.length} in English)`);
console.log(`  top-1 ${report.top1Pct}% (${report.top1}/${report.total})   target ≥ 85%`);
console.log(`  top-3 ${report.top3Pct}% (${report.top3}/${report.total})   target ≥ 95%`);
console.log(`  "not in the guide" recognised: ${report.notInGuideOk}/${report.notInGuideTotal}`);
const en = evaluateAsk({ ...set, questions: english, notInGuide: [] });
console.log(`  English only: top-1 ${en.top1Pct}%, top-3 ${en.top3Pct}%`);
for (const m of report.misses)
  console.log(`  miss: ${m.q} — want ${m.want.join('/')}, got ${m.got.join(', ') || '(none)'}`);
if (set.heldOut.length > 0) {
  const held = evaluateAsk({ ...set, questions: set.heldOut, notInGuide: [] });
  console.log(
    `held-out set: ${held.total} questions written after tuning (first run: top-1 88.6%, top-3 91.4%; its misses then prompted three general fixes, so it is no longer blind)`,
  );
  console.log(
    `  top-1 ${held.top1Pct}% (${held.top1}/${held.total}), top-3 ${held.top3Pct}% (${held.top3}/${held.total})`,
  );
  for (const m of held.misses)
    console.log(`  miss: ${m.q} — want ${m.want.join('/')}, got ${m.got.join(', ') || '(none)'}`);
}

// Baseline: fuse.js with default options over the raw clause and form texts, the raw question as the pattern.
const docs = [
  ...guide.clauses.map((c) => ({ id: c.id, text: c.text, heading: c.headingPath.join(' ') })),
  ...guide.forms.map((f) => ({ id: f.id, text: f.indicators.map((i) => i.level3).join(' '), heading: f.title })),
];
const raw = new Fuse(docs, { keys: ['text', 'heading'] });
const baseline = evaluateAsk({ ...set, notInGuide: [] }, (q) => raw.search(q, { limit: 3 }).map((r) => r.item.id));
console.log(`baseline, fuse.js alone on raw Chinese: top-1 ${baseline.top1Pct}%, top-3 ${baseline.top3Pct}%`);
const rawTokens = new Fuse(docs, { keys: ['text', 'heading'], useTokenSearch: true, ignoreLocation: true });
const tokenBaseline = evaluateAsk({ ...set, notInGuide: [] }, (q) =>
  rawTokens.search(q, { limit: 3 }).map((r) => r.item.id),
);
console.log(
  `baseline, fuse.js token search on raw Chinese (default tokenizer): top-1 ${tokenBaseline.top1Pct}%, top-3 ${tokenBaseline.top3Pct}%`,
);
