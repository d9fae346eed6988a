import { scoreUnderstanding } from '../test/dialogs/understanding-eval.js';
const f = scoreUnderstanding(process.argv[2] as any);
for (const o of f.failures) console.log(`${o.id} ${o.text}\n   wrong ${o.wrong.join('; ')} | ${o.detail}`);
