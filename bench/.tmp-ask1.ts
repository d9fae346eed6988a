import { answerQuestion } from '../src/knowledge/ask.js';
for (const q of process.argv.slice(2)) {
  const r = answerQuestion(q) as any;
  console.log(`Q: ${q}\n  ${r.kind}: ${r.kind === 'answer' ? r.hits.map((h: any) => `${h.clause}:${h.score?.toFixed?.(2) ?? ''}`).join(', ') : r.reason ?? ''}`);
  if (r.kind === 'answer') for (const h of r.hits.slice(0, 3)) console.log(`    ${h.clause} ${String(h.sentence ?? h.text ?? '').slice(0, 120)}`);
}
