import { scoreUnderstanding } from '../test/dialogs/understanding-eval.ts';
const split = process.argv[2] as any;
if (split.startsWith('heldout')) throw new Error('no');
const f = scoreUnderstanding(split) as any;
for (const x of f.failures) console.log(JSON.stringify(x, null, 0).slice(0, 600));
