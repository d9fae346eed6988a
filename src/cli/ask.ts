/**
 * `npm run ask -- "QUESTION"`: answers a policy question from the guide.
 * Readable by default, answer first: the sentence that answers, the clause's printed number,
 * then (with `--full`) the whole clause. `--json` prints the contract's shape
 * `{"answers":[{"clause":"1.2.3","text":"…","sentence":"…"}]}`, best first, at most 5, and
 * `{"answers":[],"status":"not_in_guide","referral":"…"}` for what the guide does not answer.
 * `--lang en|zh-CN` picks the language of the notes around the quoted clauses
 * (default: English for an English question, Chinese otherwise).
 * Exit status: 0 answered or "not in the guide", 2 a question that cannot be read.
 */

import './quiet-pipe.ts';
import { t } from '../i18n.ts';
import type { AskLocale } from '../knowledge/ask.ts';
import { answerQuestion } from '../knowledge/ask.ts';
import { formatAnswer, referral } from '../knowledge/ask-format.ts';
import { isEnglish } from '../knowledge/search/question.ts';

function parseArgs(argv: readonly string[]): {
  json: boolean;
  full: boolean;
  lang: AskLocale | null;
  question: string;
} {
  let json = false;
  let full = false;
  let lang: AskLocale | null = null;
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--full') full = true;
    else if (arg === '--lang') {
      const value = argv[++i];
      lang = value === 'en' ? 'en' : 'zh-CN';
    } else if (arg.startsWith('--lang=')) lang = arg.endsWith('=en') ? 'en' : 'zh-CN';
    else words.push(arg);
  }
  return { json, full, lang, question: words.join(' ') };
}

function main(): number {
  const { json, full, lang, question } = parseArgs(process.argv.slice(2));
  const locale: AskLocale = lang ?? (isEnglish(question) ? 'en' : 'zh-CN');
  if (question.trim() === '' && !json) {
    process.stderr.write(`${t(locale, 'ask.cli.usage')}\n`);
    return 2;
  }
  const result = answerQuestion(question, lang ? { locale: lang } : {});
  if (json) {
    const answers =
      result.kind === 'answer'
        ? result.hits.map((h) => ({ clause: h.clause, text: h.text, sentence: h.sentence }))
        : [];
    const extra =
      result.kind === 'not_in_guide'
        ? { status: 'not_in_guide', referral: referral(result.locale) }
        : result.kind === 'refused'
          ? { status: 'refused', code: result.code }
          : {};
    process.stdout.write(`${JSON.stringify({ answers, ...extra })}\n`);
  } else {
    process.stdout.write(`${formatAnswer(result, locale, { full, fullHint: 'cli' })}\n`);
  }
  return result.kind === 'refused' ? 2 : 0;
}

try {
  process.exitCode = main();
} catch {
  // No stack traces for users; the code path above never throws for any input.
  process.stderr.write(`${t('zh-CN', 'ask.cli.error')}\n`);
  process.exitCode = 1;
}
