import { step } from '../src/dialogs/engine.ts';
let st: any;
for (const t of process.argv.slice(2)) {
  const turn = step(st, t);
  st = turn.state;
  console.log(`> ${t}\n  pending=${st.pending} profile=${JSON.stringify(st.profile)}\n  ${turn.replies.map((r: any) => (typeof r === 'string' ? r : r.text)).join(' | ').slice(0, 400)}`);
}
