import { answerQuestion } from '../src/knowledge/ask.ts';
for (const q of process.argv.slice(2)) { const r = answerQuestion(q) as any; console.log(q, '→', r.kind === 'not_in_guide' ? r.topic : r.kind); }
