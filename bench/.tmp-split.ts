import { scoreUnderstanding } from '../test/dialogs/understanding-eval.ts';
for (const split of process.argv.slice(2)) {
  const f = scoreUnderstanding(split as any);
  console.log(split, f.answersAsMeant, '/', f.answers, 'wrong', f.answersWrong, 'open', f.openingFactsRecorded, '/', f.openingFacts, 'owrong', f.openingFactsWrong);
}
