import { explainQuestion } from '../src/knowledge/ask.js';
for (const q of process.argv.slice(2)) {
  const r = explainQuestion(q) as any;
  if (!r) { console.log('null'); continue; }
  const a = r.analysed;
  console.log(`Q: ${q}\n  programs ${[...a.programs]} kinds ${[...a.kinds]} notInGuide ${a.notInGuideTopic} unread ${a.unread} english ${a.english}\n  text ${a.text}\n  terms ${JSON.stringify(a.terms ?? a.tokens ?? '').slice(0, 300)}`);
  for (const d of r.ranked.slice(0, 5)) console.log(`   ${d.doc.id} score ${d.score.toFixed(2)} cov ${d.coverage?.toFixed?.(2)}`);
}
for (const q of process.argv.slice(2)) { const r = explainQuestion(q) as any; if (r) console.log('unreadWords', r.analysed.unreadWords.join(','), '| search', r.analysed.searchText.slice(0,200)); }
