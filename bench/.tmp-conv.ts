import { step } from '../src/dialogs/engine.js';
const [lang, ...texts] = process.argv.slice(2);
let state: any;
for (const t of texts) {
  const turn = step(state, t, { locale: lang === 'en' ? 'en' : 'zh-CN' });
  state = turn.state;
  console.log(`> ${t}\n  profile ${JSON.stringify(turn.state.profile)} pending ${turn.state.pending}`);
  for (const r of turn.replies) console.log(`  | ${r.text.split('\n').slice(0, 6).join(' / ')}`);
}
