import { step } from '../src/dialogs/engine.js';
import { pendingOn } from '../test/dialogs/understanding-eval.js';
const [slot, lang, ...texts] = process.argv.slice(2);
for (const t of texts) {
  const before = pendingOn(slot as string, lang as 'zh' | 'en');
  const turn = step(before, t);
  console.log(`> ${t}\n  profile ${JSON.stringify(turn.state.profile)} pending ${turn.state.pending}`);
  for (const r of turn.replies) console.log(`  | ${r.text.split('\n').slice(0, 3).join(' / ')}`);
}
