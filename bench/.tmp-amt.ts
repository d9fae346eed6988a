import { parseAnswer } from '../src/dialogs/parse/index.ts';
import { FACT_BY_KEY } from '../src/rules/facts.ts';
const [fact, ...t] = process.argv.slice(2);
for (const x of t) console.log(x, JSON.stringify(parseAnswer(FACT_BY_KEY.get(fact as any) as any, x, undefined)));
