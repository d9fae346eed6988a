import { evaluateAsk, readEvalSet } from '../src/knowledge/search/evaluate.js';
const r = evaluateAsk(readEvalSet(process.argv[2] as string));
console.log(`top-1 ${r.top1Pct}% (${r.top1}/${r.total}) top-3 ${r.top3Pct}% EN ${r.english.top1Pct}/${r.english.top3Pct} ZH ${r.chinese.top1Pct}/${r.chinese.top3Pct} declined ${r.notInGuideOk}/${r.notInGuideTotal}`);
if (process.argv[3] !== 'figures') {
  for (const m of r.misses) console.log(`miss: ${m.q} — want ${m.want.join('/')}, got ${m.got.join(', ') || '(declined)'}`);
  for (const q of r.notDeclined) console.log(`undeclined: ${q}`);
}
