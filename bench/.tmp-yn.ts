import { parseYesNo } from '../src/dialogs/parse/yesno.ts';
import { lexicon } from '../src/dialogs/understand/lexicon.ts';
const [fact, ...t] = process.argv.slice(2);
for (const x of t) console.log(x, JSON.stringify(parseYesNo(x, lexicon().yesno.get(fact as string))));
