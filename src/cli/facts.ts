/**
 * `npm run facts -- [--json]`: the fact vocabulary — key, type, unit, allowed values, the
 * question per locale and the clauses that use each fact.
 */
import './quiet-pipe.ts';
import { t } from '../i18n.ts';
import { FACTS, factClauses } from '../rules/index.ts';

const clauses = factClauses();
const facts = FACTS.map((f) => ({
  key: f.key,
  type: f.type,
  unit: f.unit,
  category: f.category,
  ...('values' in f ? { values: f.values } : {}),
  label: { 'zh-CN': t('zh-CN', `facts.${f.key}.label`), en: t('en', `facts.${f.key}.label`) },
  question: { 'zh-CN': t('zh-CN', `facts.${f.key}.question`), en: t('en', `facts.${f.key}.question`) },
  clauses: clauses.get(f.key) ?? [],
}));

if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify({ facts }, null, 2)}\n`);
} else {
  for (const f of facts) {
    process.stdout.write(
      `${f.key}  [${f.type}${f.unit ? `, ${f.unit}` : ''}]  ${f.label['zh-CN']}\n    ${f.question['zh-CN']}\n    条款: ${f.clauses.join(', ') || '—'}\n`,
    );
  }
}
