import { explainQuestion } from '../src/knowledge/ask.ts';
for (const q of process.argv.slice(2)) {
  const e = explainQuestion(q) as any;
  console.log(q, JSON.stringify({ programs: e.analysed?.programs, kinds: e.analysed?.kinds, detail: e.analysed?.detailText, kind: e.kind ?? e.result?.kind }));
  console.log('  ', (e.ranked ?? []).slice(0, 5).map((r: any) => `${r.doc?.id ?? r.id}:${(r.score ?? 0).toFixed?.(2)}`).join(' '));
}
