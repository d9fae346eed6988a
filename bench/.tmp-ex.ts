import { extractFacts } from '../src/dialogs/understand/extract.js';
const [pending, lang, ...texts] = process.argv.slice(2);
for (const t of texts) {
  const r = extractFacts(t, { pending: pending === '-' ? null : pending, locale: lang === 'en' ? 'en' : 'zh-CN', stageOptions: [], certOptions: [], places: true, kinds: true } as any);
  console.log(JSON.stringify({ mentions: r.mentions, unclear: r.unclear }, null, 0));
}
