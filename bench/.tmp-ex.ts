import { extractFacts } from '../src/dialogs/understand/extract.ts';
const [pending, ...texts] = process.argv.slice(2);
for (const t of texts) {
  const ex = extractFacts(t, { pending: pending === '-' ? undefined : pending, kinds: [], stage: false, places: [], stageOptions: [], certOptions: [] } as any) as any;
  console.log(t, JSON.stringify({ mentions: ex.mentions.map((m: any) => [m.fact, m.value, m.source]), unbound: ex.unbound, certs: ex.certifications }));
}
