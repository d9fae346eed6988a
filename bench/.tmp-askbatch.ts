import { evaluateAsk, readEvalSet } from '../src/knowledge/search/evaluate.ts';
const r = evaluateAsk(readEvalSet(process.argv[2] as string));
console.log(`top1 ${r.top1Pct} (${r.top1}/${r.total}) top3 ${r.top3Pct} (${r.top3}) declined ${r.notInGuideOk}/${r.notInGuideTotal} en ${r.english.top1Pct} zh ${r.chinese.top1Pct}`);
if (process.argv.includes('--misses')) {
  for (const m of r.misses) console.log('MISS', m.q, 'want', m.want.join(','), 'got', m.got.join(','));
  for (const q of r.notDeclined) console.log('NOTDECL', q);
}
