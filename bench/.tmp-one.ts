import { step } from '../src/dialogs/engine.ts';
import { pendingOn } from '../test/dialogs/understanding-eval.ts';
const [slot, lang, ...texts] = process.argv.slice(2);
for (const t of texts) {
  const turn = step(pendingOn(slot as string, lang as 'zh' | 'en'), t);
  console.log(`${t} => pending=${turn.state.pending} profile=${JSON.stringify(turn.state.profile)}\n   ${turn.replies.map((r: any) => (typeof r === 'string' ? r : r.text)).join(' | ').slice(0, 300)}`);
}
