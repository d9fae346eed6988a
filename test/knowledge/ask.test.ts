import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerQuestion, looksLikeQuestion, MAX_HITS } from '../../src/knowledge/ask.ts';
import { declineText, describeHit, formatAnswer } from '../../src/knowledge/ask-format.ts';
import { clauseById, fullText, isAttachmentId, isClauseId } from '../../src/knowledge/guide.ts';
import { PROGRAMS, type ProgramId } from '../../src/knowledge/program-catalogue.ts';
import { evalSetPath, evaluateAsk, readEvalSet } from '../../src/knowledge/search/evaluate.ts';
import { isEnglish } from '../../src/knowledge/search/question.ts';
import { propertyRuns } from '../property-runs.ts';

const set = readEvalSet(evalSetPath(join(import.meta.dirname, '..', '..'), 'tune'));

/** The first clause answering `q` (asked in a dialog about `program`, when given), or the kind of result. */
const firstClause = (q: string, program?: ProgramId) => {
  const r = answerQuestion(q, program ? { program } : {});
  return r.kind === 'answer' ? r.hits[0]?.clause : r.kind;
};

/** The sentence the first answer to `q` leads with (asked in a dialog about `program`, when given), or the kind of result. */
const leadSentence = (q: string, program?: ProgramId) => {
  const r = answerQuestion(q, program ? { program } : {});
  return r.kind === 'answer' ? r.hits[0]?.sentence : r.kind;
};

/** The first clause answering `q` asked in a dialog about `programs` (one: as its program), or the kind of result. */
const firstClauseAmong = (q: string, programs: readonly ProgramId[]) => {
  const r = answerQuestion(q, programs.length === 1 ? { program: programs[0] as ProgramId } : { programs });
  return r.kind === 'answer' ? r.hits[0]?.clause : r.kind;
};

/** The clauses answering `q`, best first (the first `n` when given); none when it is declined or refused. */
const clausesOf = (q: string, n?: number): string[] => {
  const r = answerQuestion(q);
  const hits = r.kind === 'answer' ? r.hits : [];
  return (n === undefined ? hits : hits.slice(0, n)).map((h) => h.clause);
};

/** The decline's topic, or the kind of result when it is not a decline. */
const topic = (q: string) => {
  const r = answerQuestion(q);
  return r.kind === 'not_in_guide' ? r.topic : r.kind;
};

const root = join(import.meta.dirname, '..', '..');
const heldout = readEvalSet(evalSetPath(root, 'heldout'));
const allQuestions = [...set.questions, ...heldout.questions];

describe('the evaluation set', () => {
  it('has at least 300 questions and 40 to decline, some in English, each answered by real clause or attachment ids', () => {
    expect(allQuestions.length).toBeGreaterThanOrEqual(300);
    expect(set.notInGuide.length + heldout.notInGuide.length).toBeGreaterThanOrEqual(40);
    expect(allQuestions.filter((x) => isEnglish(x.q)).length).toBeGreaterThanOrEqual(60);
    for (const { q, ids } of allQuestions) {
      for (const id of ids) expect(isClauseId(id) || isAttachmentId(id), `${q}: ${id}`).toBe(true);
    }
  });

  it('keeps a held-out split of at least 100 questions, some of them to decline', () => {
    expect(heldout.questions.length).toBeGreaterThanOrEqual(100);
    expect(heldout.notInGuide.length).toBeGreaterThanOrEqual(14);
    const tuned = new Set(set.questions.map((x) => x.q));
    for (const { q } of heldout.questions) expect(tuned.has(q), q).toBe(false);
  });

  it('covers every program and several attachments', () => {
    const ids = allQuestions.flatMap((x) => x.ids);
    for (const p of PROGRAMS) {
      const covered = ids.some(
        (id) =>
          id === p.clause ||
          id.startsWith(`${p.clause}.`) ||
          p.forms.includes(id) ||
          (clauseById(id)?.programs ?? []).includes(p.id),
      );
      expect(covered, p.id).toBe(true);
    }
    expect(new Set(ids.filter((id) => id.startsWith('A'))).size).toBeGreaterThanOrEqual(20);
  });
});

describe('answer quality', () => {
  it('meets the targets on the tuning split: top-1 ≥ 90%, top-3 ≥ 98%, every unanswerable declined, English within 5 points', () => {
    const report = evaluateAsk(set);
    expect(report.top1Pct).toBeGreaterThanOrEqual(90);
    expect(report.top3Pct).toBeGreaterThanOrEqual(98);
    expect(report.notDeclined).toEqual([]);
    expect(Math.abs(report.english.top1Pct - report.chinese.top1Pct)).toBeLessThanOrEqual(5);
    // (About 3700 questions: 39 s on a loaded 2-CPU machine.)
  }, 120_000);

  // The held-out split was never looked at while tuning; this floor (below the target, see
  // docs/knowledge.md for the measured figures) only catches regressions.
  it('holds the floor on the held-out split: top-1 ≥ 90%, top-3 ≥ 95%, every unanswerable declined', () => {
    const report = evaluateAsk(heldout);
    expect(report.top1Pct).toBeGreaterThanOrEqual(90);
    expect(report.top3Pct).toBeGreaterThanOrEqual(95);
    expect(report.notDeclined).toEqual([]);
    expect(Math.abs(report.english.top1Pct - report.chinese.top1Pct)).toBeLessThanOrEqual(10);
  });

  // Later held-out sets, each written blind by an author who saw no code and no earlier set, and never tuned on (totals
  // only). Each row is a floor (counts of questions): no fewer answered first or in the first three, no more left
  // undeclined, than when last measured. First runs: held-out 2 (2026-11-28, after batch 7) top-1 90.0 %, top-3 92.2 %,
  // 14/15 declined; held-out 3 (after batch 8) 90.0 %, 94.2 %, English 78.4 %, 23/25; held-out 4 (after batches 10 and
  // 11) 88.2 %, 93.6 %, English 82.0 %, 35/40; held-out 5 (end of the 2026-11-28 round) 94.5 %, 97.3 %, English 94.0 %,
  // 36/40; held-out 6 (2026-11-29, after batches 12–14) 90.9 %, 95.5 %, English 84.0 %, 38/40; held-out 7 (end of the
  // 2026-11-29 round, after batch 15) 97.3 %, 98.2 %, English 96.0 %, 30/40; held-out 8 (second 2026-11-29 round, after
  // batch 17) 95.5 %, 98.2 %, English 92.0 %, 35/40; held-out 9 (end of that round, after batches 18 and 19) 89.1 %,
  // 94.5 %, English 88.0 % / Chinese 90.0 %, 34/40; held-out 10 (written at the end of that round, scored once last)
  // 90.9 %, 93.6 %, English 90.0 % / Chinese 91.7 %, 36/40; held-out 11 (third 2026-11-29 round, written at its start,
  // scored once last, after batches 20–22) 90.9 %, 96.4 %, English 94.0 % / Chinese 88.3 %, 36/40; held-out 12 (fourth
  // 2026-11-29 round, written at its start, scored once last, after batches 23–25) 92.7 %, 94.5 %, English 94.0 % /
  // Chinese 91.7 %, 38/40 (scored mid-round); held-out 13 (written mid-round, scored once last) 93.6 %, 95.5 %, English
  // 92.0 % / Chinese 95.0 %, 37/40; held-out 14 (written after it, scored once on the same code) 89.1 %, 91.8 %, English
  // 82.0 % / Chinese 95.0 %, 39/40. Batches 23–25 (tuned on, kept apart from the tune split because not all of their
  // unanswerables are declined yet) hold a floor too. Held-out 15 (fifth 2026-11-29 round, written at its start, scored
  // once at its end, after batches 26–29) 92.7 %, 98.2 %, English 88.0 % / Chinese 96.7 %, 40/40; held-out 16 (written
  // mid-round, scored once on the same code) 90.0 %, 94.5 %, English 85.4 % / Chinese 93.5 %, 37/40. Held-out 17 (sixth
  // 2026-11-29 round, written at its start, scored once at its end, after batch 30) 97.3 %, 96.4 %, English 95.8 % /
  // Chinese 98.4 %, 38/40. Held-out 18 (seventh 2026-11-29 round, written at its start, scored once at its end, after
  // batch 31) 91.8 %, 94.5 %, English 93.8 % / Chinese 90.3 %, 39/40. Held-out 19 (eighth round, written at its start,
  // scored once at its end, after batch 32) 91.8 %, 95.5 %, English 89.6 % / Chinese 93.5 %, 36/40. Held-out 20 (ninth
  // round, written at its start, scored once at its end, after batch 33) 92.7 %, 96.4 %, English 95.8 % / Chinese
  // 90.3 %, 38/40. Held-out 21 (tenth round, written at its start, scored once at its end, after batch 34) 92.7 %, 95.5 %,
  // English 93.8 % / Chinese 91.9 %, 38/40. Held-out 22 (eleventh round, written at its start, scored once at its end,
  // after batch 35) 89.1 %, 94.5 %, English 89.6 % / Chinese 88.7 %, 39/40. Held-out 23 (twelfth round, written at its
  // start, scored once at its end, after batch 36) 95.5 %, 97.3 %, English 93.5 % / Chinese 96.9 %, 37/40. Held-out 24
  // (thirteenth round, likewise, after batch 37) 90.0 %, 92.7 %, English 93.8 % / Chinese 87.1 %, 38/40. Held-out 25
  // (fourteenth round, likewise, after batch 38) 93.6 %, 95.5 %, English 91.7 % / Chinese 95.2 %, 39/40. Held-out 26
  // (fifteenth round, likewise, after batch 39) 90.0 %, 92.7 %, English 87.5 % / Chinese 91.9 %, 37/40. Held-out 27
  // (sixteenth round, likewise, after batch 40) 98.2 %, 98.2 %, English 97.9 % / Chinese 98.4 %, 38/40. Held-out 28
  // (seventeenth round, likewise, after batch 41) 96.4 %, 97.3 %, English 93.8 % / Chinese 98.4 %, 38/40. The totals of
  // held-outs 2–14 were read again after later changes, as guards; held-outs 12–16 were each scored once.
  it.each([
    { split: 'heldout-2', top1: 89, top3: 89, undeclined: 0 },
    { split: 'heldout-3', top1: 118, top3: 120, undeclined: 1 },
    { split: 'heldout-4', top1: 106, top3: 109, undeclined: 2 },
    { split: 'heldout-5', top1: 106, top3: 110, undeclined: 1 },
    { split: 'heldout-6', top1: 104, top3: 108, undeclined: 0 },
    { split: 'heldout-7', top1: 108, top3: 109, undeclined: 1 },
    { split: 'heldout-8', top1: 107, top3: 109, undeclined: 2 },
    { split: 'heldout-9', top1: 103, top3: 107, undeclined: 5 },
    { split: 'heldout-10', top1: 105, top3: 109, undeclined: 1 },
    { split: 'heldout-11', top1: 106, top3: 109, undeclined: 2 },
    { split: 'heldout-12', top1: 108, top3: 108, undeclined: 1 },
    { split: 'heldout-13', top1: 108, top3: 110, undeclined: 1 },
    { split: 'heldout-14', top1: 102, top3: 103, undeclined: 0 },
    { split: 'heldout-15', top1: 105, top3: 109, undeclined: 0 },
    { split: 'heldout-16', top1: 101, top3: 105, undeclined: 1 },
    { split: 'heldout-17', top1: 109, top3: 110, undeclined: 1 },
    { split: 'heldout-18', top1: 105, top3: 106, undeclined: 0 },
    { split: 'heldout-19', top1: 103, top3: 107, undeclined: 4 },
    { split: 'heldout-20', top1: 105, top3: 108, undeclined: 1 },
    { split: 'heldout-21', top1: 105, top3: 107, undeclined: 1 },
    { split: 'heldout-22', top1: 101, top3: 106, undeclined: 0 },
    { split: 'heldout-23', top1: 106, top3: 108, undeclined: 2 },
    { split: 'heldout-24', top1: 103, top3: 105, undeclined: 1 },
    { split: 'heldout-25', top1: 103, top3: 105, undeclined: 0 },
    { split: 'heldout-26', top1: 104, top3: 106, undeclined: 3 },
    { split: 'heldout-27', top1: 108, top3: 108, undeclined: 2 },
    { split: 'heldout-28', top1: 106, top3: 107, undeclined: 2 },
    { split: 'heldout-29', top1: 102, top3: 106, undeclined: 1 },
    { split: 'heldout-30', top1: 104, top3: 107, undeclined: 0 },
    { split: 'heldout-31', top1: 107, top3: 110, undeclined: 1 },
    { split: 'heldout-32', top1: 104, top3: 108, undeclined: 3 },
    { split: 'heldout-33', top1: 110, top3: 110, undeclined: 0 },
    { split: 'heldout-34', top1: 109, top3: 108, undeclined: 2 },
    { split: 'heldout-35', top1: 106, top3: 108, undeclined: 1 },
    { split: 'heldout-36', top1: 107, top3: 110, undeclined: 2 },
    { split: 'heldout-37', top1: 105, top3: 106, undeclined: 4 },
    { split: 'heldout-38', top1: 101, top3: 103, undeclined: 3 },
    { split: 'heldout-39', top1: 104, top3: 105, undeclined: 6 },
    { split: 'heldout-40', top1: 105, top3: 105, undeclined: 5 },
    { split: 'heldout-41', top1: 102, top3: 105, undeclined: 1 },
    { split: 'heldout-42', top1: 105, top3: 107, undeclined: 4 },
    { split: 'heldout-43', top1: 104, top3: 107, undeclined: 4 },
    { split: 'heldout-44', top1: 106, top3: 108, undeclined: 5 },
    { split: 'batches-23-25', top1: 223, top3: 234, undeclined: 2 },
  ] as const)('holds the floor on $split: no worse than when last measured', ({ split, top1, top3, undeclined }) => {
    const report = evaluateAsk(readEvalSet(evalSetPath(root, split)));
    expect(report.top1).toBeGreaterThanOrEqual(top1);
    expect(report.top3).toBeGreaterThanOrEqual(top3);
    expect(report.notDeclined.length).toBeLessThanOrEqual(undeclined);
  });

  it('leads every answer with a sentence that is an exact substring of its clause', () => {
    for (const { q } of set.questions) {
      const r = answerQuestion(q);
      if (r.kind !== 'answer') continue;
      for (const hit of r.hits) {
        expect(hit.sentence.length, `${q} ${hit.clause}`).toBeGreaterThan(0);
        expect(hit.text.includes(hit.sentence), `${q} ${hit.clause}`).toBe(true);
      }
    }
  });

  it('leads the 5G payment question with the 首次拨付 sentence of 1.2.3', () => {
    const r = answerQuestion('5G项目补助怎么拨付');
    expect(r.kind).toBe('answer');
    if (r.kind !== 'answer') return;
    expect(r.hits[0]?.clause).toBe('1.2.3');
    expect(r.hits[0]?.sentence).toBe(
      '其中，“5G+工业互联网”融合应用项目首次拨付补助资金总额的50%，通过验收审核后，拨付剩余资金。',
    );
  });

  it.each([
    ['5G项目补助是一次性给吗？', '1.2.3', '首次拨付补助资金总额的50%'],
    ['Does the civil works part count in total investment? Our building cost another 1,000万', '1.2.3', '不含土建投资'],
  ])('leads %s with the sentence that answers it (play-test 10)', (question, clause, words) => {
    const r = answerQuestion(question);
    if (r.kind !== 'answer') throw new Error('expected an answer');
    expect(r.hits[0]?.clause).toBe(clause);
    expect(r.hits[0]?.sentence).toContain(words);
  });

  it('answers 厂房土建能不能算进总投资 with 1.2.3, which defines the total (play-test 11)', () => {
    const r = answerQuestion('问一下，厂房土建的钱能不能算进总投资里？');
    if (r.kind !== 'answer') throw new Error('expected an answer');
    expect(r.hits[0]?.clause).toBe('1.2.3');
  });

  it.each([
    '标识注册量2亿是谁来核查、怎么统计的',
    '信创先导区的实施方案有没有固定模板，要写多少页',
    '标识解析二级节点的专家评估一般要排队多久',
    "In what file format should the recommending unit's acceptance opinion be uploaded?",
    'Who owns the intellectual property developed in a 信创 laboratory, the company or the university?',
  ])('declines %s: a procedure the guide does not set (batch 16)', (question) => {
    expect(answerQuestion(question).kind).toBe('not_in_guide');
  });

  it('answers both of two questions in one message, the second right after the first answer', () => {
    const r = answerQuestion('服务化改造标杆项目总投入最低多少？今年报几个？');
    if (r.kind !== 'answer') throw new Error('expected an answer');
    expect(r.hits[0]?.clause).toBe('1.2.2.4');
    expect(r.hits.slice(0, 3).map((h) => h.clause)).toContain('1.2.5');
  });

  it('declines whether a thing the guide never names belongs to a direction, and answers for one it names', () => {
    for (const q of [
      '屋顶分布式光伏项目算不算绿色化改造里的节能降碳技改',
      '智慧农业平台算不算信息消费升级平台的支持领域',
    ]) {
      expect(topic(q), q).toBe('unlisted-field');
    }
    // 废旧动力电池 and IGBT are the guide's own words: the directions are quoted.
    expect(firstClause('废旧动力电池回收项目算不算绿色化改造')).toBe('4.1');
    expect(firstClause('做IGBT车规芯片的，算不算关键核心技术攻关的支持方向')).toBe('2.1.2');
  });

  it.each([
    '5G项目截至2021年底进度20%，要提供什么凭证来核实',
    '我们的设备是融资租赁来的，租赁款算固定资产贷款吗',
    'If a key core technology project fails its acceptance review, must the 50% startup funds be repaid?',
  ])('declines %s: evidence, leasing, repayment the guide does not set (batch 16)', (question) => {
    expect(answerQuestion(question).kind).toBe('not_in_guide');
  });

  it.each([
    ['技术改造贷款贴息的补助标准', '1.1.2'],
    ['5G项目补助怎么拨付', '1.2.3'],
  ])('still answers %s', (question, clause) => {
    const r = answerQuestion(question);
    if (r.kind !== 'answer') throw new Error('expected an answer');
    expect(r.hits[0]?.clause).toBe(clause);
  });

  it('answers the contract example with 1.1.2, quoted exactly', () => {
    const r = answerQuestion('技术改造贷款贴息的补助标准');
    expect(r.kind).toBe('answer');
    if (r.kind !== 'answer') return;
    expect(r.hits[0]?.clause).toBe('1.1.2');
    expect(r.hits[0]?.text).toBe(clauseById('1.1.2')?.text);
  });

  it('quotes each answer exactly, children included, best first, at most five', () => {
    for (const { q } of set.questions.slice(0, 40)) {
      const r = answerQuestion(q);
      if (r.kind !== 'answer') continue;
      expect(r.hits.length).toBeLessThanOrEqual(MAX_HITS);
      expect(r.hits.length).toBeGreaterThan(0);
      for (const [i, hit] of r.hits.entries()) {
        expect(hit.text).toBe(fullText(hit.clause));
        if (i > 0) expect(hit.score).toBeLessThanOrEqual(r.hits[i - 1]?.score ?? Infinity);
      }
    }
  });

  it('answers the questions of the issue with their clauses', () => {
    expect(firstClause('5G项目补助资金怎么拨付?')).toBe('1.2.3');
    expect(firstClause('贷款必须是省内银行的吗')).toBe('1.1.1.2');
    expect(firstClause('小巨人要交多少税')).toBe('3.2.1.5');
  });

  it('understands aliases people use', () => {
    expect(firstClause('信创先导区最多补多少')).toBe('1.4.1.2');
    expect(firstClause('二级节点项目补助多少钱')).toBe('1.3.3.1');
    expect(firstClause('技改贴息有哪些条件')).toMatch(/^1\.1\.1/u);
  });

  it('lets the kind of question pick the kind of clause within a program', () => {
    expect(firstClause('兼并重组谁可以申报')).toBe('3.1.3');
    expect(firstClause('兼并重组支持几个项目')).toBe('3.1.4');
    expect(firstClause('兼并重组补助最高多少')).toBe('3.1.2');
  });

  it('says plainly when the guide does not answer', () => {
    for (const q of set.notInGuide) expect(answerQuestion(q).kind, q).toBe('not_in_guide');
    expect(answerQuestion('今天天气怎么样').kind).toBe('not_in_guide');
    // Stray shared words ("部门" in 政府部门) are not an answer when no program is named.
    expect(answerQuestion('专项资金是哪个部门的').kind).toBe('not_in_guide');
    expect(answerQuestion('小巨人要交多少税').kind).toBe('answer');
    expect(formatAnswer(answerQuestion('申报截止日期是哪天'), 'zh-CN')).toContain('项目推荐单位');
  });

  it('answers English questions with the Chinese clause and an English summary line', () => {
    const r = answerQuestion('How much is the subsidy for a merger or acquisition?', { locale: 'en' });
    expect(r.kind).toBe('answer');
    if (r.kind !== 'answer' || !r.hits[0]) return;
    const view = describeHit(r.hits[0], 'en');
    expect(view.text).toBe(clauseById('3.1.2')?.text);
    expect(view.summary).toBe('Subsidy standard — Major enterprise merger and acquisition');
    expect(view.heading).toBe('[三、（一）2.] 自主品牌企业培育 › 企业重大兼并重组项目 › 补助标准');
  });

  it('describes an attachment answer by its number and title', () => {
    const view = describeHit({ clause: 'A1-1', text: fullText('A1-1') ?? '', sentence: '', score: 1 }, 'zh-CN');
    expect(view.heading).toBe('【附件1-1】技术改造贷款贴息和设备补助项目绩效目标申报表');
  });
});

describe('hostile input', () => {
  it('refuses very long text, empty text and non-text with a code', () => {
    expect(answerQuestion('贴息'.repeat(5000))).toEqual({ kind: 'refused', code: 'too_long' });
    expect(answerQuestion('   ')).toEqual({ kind: 'refused', code: 'empty' });
    expect(answerQuestion('\u0000\u0007\u001b')).toEqual({ kind: 'refused', code: 'empty' });
    expect(answerQuestion('？！……')).toEqual({ kind: 'refused', code: 'no_words' });
    expect(answerQuestion(42)).toEqual({ kind: 'refused', code: 'not_text' });
    expect(answerQuestion(null)).toEqual({ kind: 'refused', code: 'not_text' });
  });

  it('reads template syntax and HTML as plain words, never as markup', () => {
    const r = answerQuestion('{{constructor}}<script>alert(1)</script>小巨人要交多少税');
    expect(r.kind).toBe('answer');
    if (r.kind === 'answer') expect(r.hits[0]?.clause).toBe('3.2.1.5');
    expect(answerQuestion('{{x}}').kind).toBe('not_in_guide');
    expect(formatAnswer(answerQuestion('<b>{{x}}</b>'), 'zh-CN')).not.toContain('{{');
  });

  it('never throws, and always answers with known ids, for any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const r = answerQuestion(s);
        expect(['answer', 'not_in_guide', 'refused']).toContain(r.kind);
        if (r.kind === 'answer') {
          expect(r.hits.length).toBeLessThanOrEqual(MAX_HITS);
          for (const h of r.hits) expect(isClauseId(h.clause) || isAttachmentId(h.clause)).toBe(true);
        }
      }),
      { numRuns: propertyRuns(300) },
    );
  });
});

describe('telling a question from a slot answer', () => {
  it('takes questions for questions', () => {
    for (const q of [
      '贷款必须是省内银行的吗',
      '5G项目补助资金怎么拨付?',
      '小巨人要交多少税',
      '哪些单位能申报信创先导区',
      '补助标准是什么？',
      'How much is the cap?',
      'who can apply',
    ]) {
      expect(looksLikeQuestion(q), q).toBe(true);
    }
  });

  it('takes slot answers for answers', () => {
    for (const a of [
      '3500万',
      '3,500万元',
      '0.35亿',
      '三千五百万',
      '2021年9月',
      '是',
      '没有',
      '不知道',
      '结果',
      '/start',
      '35000000元',
      '',
    ]) {
      expect(looksLikeQuestion(a), a).toBe(false);
    }
  });
});

describe('questions about where the applicant is', () => {
  it.each(['我们公司在上海可以申报吗', '项目在浙江，能申报吗', '外省企业能不能报'])(
    '%s is answered by 1.1.1.1 (江苏省域内), not "not in the guide"',
    (q) => {
      const r = answerQuestion(q);
      expect(r.kind).toBe('answer');
      if (r.kind === 'answer') expect(r.hits[0]?.clause).toBe('1.1.1.1');
    },
  );

  it('still says an unrelated question is not in the guide', () => {
    expect(answerQuestion('公司食堂怎么装修').kind).toBe('not_in_guide');
  });
});

describe('the answer language', () => {
  it('is Chinese for a Chinese question wrapped in markup or template syntax', () => {
    expect(answerQuestion('<script>alert(1)</script>5G项目怎么拨付')).toMatchObject({
      kind: 'answer',
      locale: 'zh-CN',
    });
    expect(answerQuestion('{{constructor}} 5G项目补助怎么拨付')).toMatchObject({ kind: 'answer', locale: 'zh-CN' });
  });
});

describe('the patterns of issue 13', () => {
  it('answers the loan floor of 技改贴息 with 1.1.1.2, not the section', () => {
    expect(firstClause('技改贴息的贷款下限是多少')).toBe('1.1.1.2');
    expect(firstClause('技改贴息对固定资产贷款总额有什么要求')).toBe('1.1.1.2');
  });

  it('answers "who may apply" with the 申报主体 clause', () => {
    expect(firstClause('规下企业能申请技改贴息吗')).toBe('1.1.3');
    expect(firstClause('谁可以申报重大展会项目')).toBe('3.4.2');
    expect(firstClause('Who can apply for major exhibition funding?')).toBe('3.4.2');
  });

  it('gives the same answer however the question is typed', () => {
    const same = (a: string, b: string) => expect(firstClause(a), `${a} / ${b}`).toBe(firstClause(b));
    same('5g项目补助怎么拨付', '5G项目补助怎么拨付');
    same('固贷总额最少要多少', '固定资产贷款总额最少要多少');
    same('技術改造貸款貼息的補助標準是什麼', '技术改造贷款贴息的补助标准是什么');
    same('５Ｇ项目补助怎么拨付', '5G项目补助怎么拨付');
    same('技改项目总投资三千万够吗', '技改项目总投资3000万够吗');
    expect(firstClause('5g项目补助怎么拨付')).toBe('1.2.3');
  });

  it('answers who does the 验收 of the 标杆示范 projects with 1.2.2.3', () => {
    expect(firstClause('标杆示范项目由谁验收')).toBe('1.2.2.3');
    // 申报截止日期 in a question about the 验收 is the guide's own condition, not a deadline question.
    expect(firstClause('验收要在申报截止日期前完成吗')).not.toBe('not_in_guide');
  });

  it('declines other languages, other years and other provinces with a topic', () => {
    expect(topic('技術改造の補助金はいくらですか')).toBe('language');
    expect(topic('¿Cuál es el plazo para presentar la solicitud?')).toBe('language');
    expect(topic('Will there be a 2023 edition of this guide?')).toBe('other-year');
    expect(topic('2021年度指南的补助标准是多少')).toBe('other-year');
    expect(topic('浙江省的技改补贴政策是怎样的')).toBe('other-province');
    // Asking whether an enterprise elsewhere may apply is a question about this guide (1.1.1.1).
    expect(topic('上海的企业能申报技改贴息吗')).toBe('answer');
    // The guide's own 2023 dates are not another year's guide.
    expect(topic('二级节点要在2023年6月底前上线吗')).toBe('answer');
  });

  it('answers a question naming two programs or two aspects with both clauses', () => {
    const ids = (q: string) => clausesOf(q, 3);
    expect(ids('技改贴息和数据产品化的补助上限分别是多少')).toEqual(expect.arrayContaining(['1.1.2', '1.5.2']));
    expect(ids('信创实验室的补助标准和支持数量')).toEqual(expect.arrayContaining(['1.4.2.2', '1.4.2.4']));
    // One program and one aspect: one clause leads, its siblings do not crowd in.
    expect(ids('信创实验室的补助标准')[0]).toBe('1.4.2.2');
  });

  it('answers a question about the fund as a whole with its lead paragraph (clause 0)', () => {
    expect(firstClause('专项资金重点支持哪些方面')).toBe('0');
    expect(firstClause('What does the special fund support overall?')).toBe('0');
    // A question about one program is still that program's.
    expect(firstClause('数据产品化专项资金重点支持哪些领域')).toBe('1.5');
  });

  it('declines tax, national, settlement policy and comparisons with another year, but not this guide’s own words', () => {
    expect(topic('高新技术企业有什么税收优惠')).toBe('tax-policy');
    expect(topic('国家级小巨人企业有什么奖励')).toBe('national-policy');
    expect(topic('今年的指南跟2021年比有什么变化')).toBe('other-year');
    expect(topic('研究生落户江苏有什么政策')).toBe('other-policy');
    // Whether a national little giant may apply is 3.2.1.1; an i创杯 project settling in Jiangsu is 3.3.
    expect(topic('国家级小巨人能报培育项目吗')).toBe('answer');
    expect(topic('i创杯获奖项目落户江苏有奖励吗')).toBe('answer');
  });

  it('answers a group named beside a program of another group for both', () => {
    expect(clausesOf('技改贴息和标杆示范的补助上限分别是多少', 3)).toEqual(expect.arrayContaining(['1.1.2', '1.2.3']));
  });

  it('returns a section only for a question about the section as a whole', () => {
    expect(firstClause('技改贴息有什么条件')).toBe('1.1.1');
    expect(firstClause('技改贴息项目备案总投资要多少')).toBe('1.1.1.2');
  });

  it('lets a general program word name its program only alone (小巨人 奖励 is the little giant’s 补助)', () => {
    expect(firstClause('小巨人 奖励 多少')).toBe('3.2.2');
    expect(firstClause('单项冠军有奖励吗')).toBe('3.3');
  });

  it('does not count asking words or the asker’s own figures against a question’s coverage', () => {
    expect(firstClause('我们节点接入企业才800家 够条件吗')).toBe('1.3.2.1.3');
    expect(firstClause('软件投入要求多少 系统集成跟公有云算不算')).toBe('1.2.2.4');
    // Words the guide does not hold still decline a question that names no program.
    expect(firstClause('今天南京天气怎么样')).toBe('not_in_guide');
  });

  it('answers "can X apply" about a detail with the clause that holds it, not the program’s head', () => {
    expect(firstClause('贷款还没拿去买设备 能报技改贴息吗')).toBe('1.1.1.2');
    // Asked as a whole, the head still answers.
    expect(firstClause('技改贴息能报吗')).not.toBe('1.1.1.2');
  });

  it('declines whether one project may apply to two programs at once (the guide does not say)', () => {
    expect(topic('同一个项目能同时报技改贴息和绿色化改造吗')).toBe('both-programs');
    // Two programs' own clauses asked together are still answered.
    expect(topic('技改贴息和绿色化改造的补助上限分别是多少')).toBe('answer');
  });

  it('reads a question naming no program as about the dialog’s program, and still declines what the guide does not say', () => {
    const about = (program: ProgramId, q: string) => firstClause(q, program);
    expect(about('data-product', '验收要在什么时候之前完成？')).toBe('1.5.1.3');
    expect(about('core-tech', '车规IGBT算的吧？')).toBe('2.1.2');
    expect(about('data-product', '今天南京天气怎么样？')).toBe('not_in_guide');
    expect(about('data-product', '申报截止是哪天？')).toBe('not_in_guide');
    // Without the context, the same question names nothing the guide can place.
    expect(firstClause('验收要在什么时候之前完成？')).toBe('not_in_guide');
  });

  it('declines what lies beside the guide: a bank to choose, how to be recognised, an event’s venue, a provider’s fee', () => {
    expect(topic('Which bank gives the best fixed-asset loan terms for a 技改 project?')).toBe('bank-choice');
    expect(topic('How do we get recognised as a provincial 专精特新 小巨人 enterprise?')).toBe('recognition-criteria');
    expect(topic('When and where will the World Intelligent Manufacturing Conference be held this year?')).toBe(
      'event-logistics',
    );
    expect(topic('今年贴息用的贷款市场报价利率（LPR）具体是多少？')).toBe('lpr-figure');
    // The guide's own conditions stay answered.
    expect(topic('小巨人培育项目的申报条件是什么')).toBe('answer');
  });
});

describe('what batch 10 (written blind) showed', () => {
  it('declines support the guide does not offer, a named company’s result, writing tips, exchange rates and penalties', () => {
    expect(topic('does the province give land-use quota priority to smart factory projects?')).toBe('other-support');
    expect(topic('Is there a rent subsidy for office space in Nanjing software park?')).toBe('other-support');
    expect(topic('Did Suzhou Hengda Precision Co. receive money under the merger program last year?')).toBe(
      'company-status',
    );
    expect(topic('常州恒达机械去年拿到技改贴息没有')).toBe('company-status');
    expect(topic('tips for writing a winning application for core tech funding?')).toBe('application-writing');
    expect(topic('并购德国公司的价格用什么汇率折算成人民币')).toBe('exchange-rate');
    expect(topic('What penalty applies if our 5G project is not finished by end of 2023?')).toBe('penalty');
    expect(topic('高新技术企业认定要什么条件')).toBe('high-tech-enterprise');
    expect(topic('工信部国家级专精特新小巨人申报条件是什么')).toBe('national-policy');
    expect(topic('Is there a 2023 version of this guide with higher 5G subsidies?')).toBe('other-year');
  });

  it('still answers this guide’s own words next to those topics', () => {
    // A loan from a Shanghai bank is 1.1.1.2's condition, not another province's policy.
    expect(
      firstClause(
        'Our loan came from Bank of Shanghai head office, not a Jiangsu branch. Does that matter for the loan interest subsidy?',
      ),
    ).toBe('1.1.1.2');
    // 今年 is this guide's year, no detail to find.
    expect(firstClause('这个专项资金今年重点支持哪些方向')).toBe('0');
    // Renting R&D instruments is R&D spend (2.2.3), whatever "rent" says elsewhere.
    expect(topic('研发用仪器设备的租赁费算不算研发攻关投入')).toBe('answer');
  });

  it('reads pinyin program names, "does" as no plural, "how calculated" as the amount and "how many … max" as the count', () => {
    expect(firstClause('Can my factory apply for the free zhigai shuzhuan diagnosis? how does it work')).toBe('1.6');
    expect(firstClause('iiot platform project subsidy - how calculated?')).toBe('1.3.3.2');
    expect(firstClause('how many iiot security projects max')).toBe('1.3.5');
    // The asker saying what it is (做软件的) asks who may apply: 1.4.2.3 is among the answers.
    const software = answerQuestion('我们这种做软件的能不能报信创实验室');
    expect(software.kind === 'answer' && software.hits.slice(0, 3).map((h) => h.clause)).toContain('1.4.2.3');
  });
});

describe('what play-test 5 showed', () => {
  it('in a dialog, a question asking the program’s aspect is answered by its clause, one about something else is not', () => {
    const inDialog = (q: string) => firstClause(q, 'data-product');
    expect(inDialog('那我们验收完出了意见以后，企业最多能拿多少？')).toBe('1.5.2');
    // 1.5.2 says how much, not how it is paid: declined with that reason (payment-unstated), as 小巨人's is.
    expect(inDialog('怎么拨付')).toBe('not_in_guide');
    expect(inDialog('我们食堂一顿饭多少钱')).toBe('not_in_guide');
    expect(inDialog('停车费多少钱')).toBe('not_in_guide');
  });

  it('reads a chatty English question about what the investment counts', () => {
    const r = answerQuestion(
      'Quick question first: can the building renovation cost be counted in the total investment?',
      {
        program: '5g-iiot',
      },
    );
    expect(r.kind === 'answer' && r.hits[0]?.clause).toBe('1.2.3');
    expect(
      topic('What happens if our project fails the acceptance check - do we have to repay the first tranche?'),
    ).toBe('penalty');
  });
});

describe('what batch 11 (written blind) showed', () => {
  it('answers questions whose asking words or English verbs are not the guide’s', () => {
    expect(firstClause('我们平台去年线下服务省内中小企业118家，满意度93%，有问题吗')).toBe('5.3.1.2');
    expect(firstClause('智慧养老平台总投入520万，去年底投了110万，2023年5月完成，可以吗')).toBe('5.4.1.2');
    expect(
      firstClause(
        'Is a letter of commitment needed about connecting to the CAICT monitoring system (信通院云池) for platform projects?',
      ),
    ).toBe('1.3.2.2.2');
    expect(firstClause('Our breakthrough project is planned to run until end-2024. Is that acceptable?')).toBe('2.2.2');
    expect(
      firstClause(
        'We finished our 5G network in Dec 2021 and the district already accepted it. When does the second half of the grant come?',
      ),
    ).toBe('1.2.3');
  });

  it('declines land prices, the weeks until payment, settling-in grants, another company’s grant and MIIT’s reward', () => {
    expect(topic('Does Jiangsu offer discounted industrial land prices for smart factory projects?')).toBe(
      'other-support',
    );
    expect(topic('资金批下来以后一般要几周才能到账？')).toBe('payout-date');
    expect(topic('高层次人才安家补贴标准是多少')).toBe('other-policy');
    expect(topic('隔壁某某科技公司去年拿了多少补助？')).toBe('company-status');
    expect(
      topic(
        "How much is the central-government reward for national-level 'little giant' enterprises designated by MIIT?",
      ),
    ).not.toBe('answer');
  });
});

describe('what batch 20 (written blind) showed', () => {
  it('reads outsiders’ English for the programs: niche SMEs, an R&D hub approved as a pilot, acquired', () => {
    expect(firstClause('For that grant for niche SMEs, what share of revenue must the main product be?')).toBe(
      '3.2.1.3',
    );
    expect(
      firstClause(
        'Our provincial manufacturing R&D hub was approved as a pilot in 2018. Can it still get capacity-building money?',
      ),
    ).toBe('5.1.1.1');
    expect(
      firstClause(
        'We acquired a German firm in 2021 for EUR 10M cash and now hold 60%. How is the subsidy calculated?',
      ),
    ).toBe('3.1.2');
  });

  it('answers both halves of "…, and what …" and of two questions run together with no mark between them', () => {
    const r = answerQuestion(
      'We are a training company. How many years must we have operated, and what income do we need?',
    );
    expect(r.kind === 'answer' ? r.hits.slice(0, 2).map((h) => h.clause) : r.kind).toEqual(['5.5.1.1', '5.5.1.2']);
  });

  it('declines who is on a list, and still answers who may apply', () => {
    expect(topic('Which companies are on the provincial industrial internet benchmark factory list?')).toBe(
      'company-status',
    );
    expect(topic('去年批的信创先导区是哪几个')).toBe('company-status');
    expect(topic('省级智能制造示范工厂名单在哪看')).toBe('company-status');
    expect(firstClause('哪些企业可以申报智能制造示范工厂')).toBe('1.2.4');
    expect(firstClause('Which companies can apply for the industrial internet benchmark factory program?')).toBe(
      '1.2.4',
    );
  });
});

describe('what batch 21 (written blind) showed', () => {
  it('reads long English that describes the situation instead of naming the program', () => {
    expect(
      firstClause(
        'Hi, I manage a gearbox plant near Changzhou. Last year we took a 45 million RMB loan from a local bank to replace our CNC lines and paid roughly 1.9 million in interest during 2021. Will the province pay part of that interest back to us, and at what rate?',
      ),
    ).toBe('1.1.2');
    // Who asks (an audit firm) is not what is asked (which auditor): the fund's overall aims.
    expect(
      firstClause(
        'Quick one from an audit firm: in a nutshell, what areas is this provincial industry fund meant to support this year?',
      ),
    ).toBe('0');
    expect(topic('Which audit firm should do the special audit?')).toBe('auditor');
  });

  it('answers both of two Chinese questions typed with a space between them', () => {
    const r = answerQuestion('标识解析二级节点补多少钱 最晚啥时候要上线');
    expect(r.kind === 'answer' ? r.hits.slice(0, 2).map((h) => h.clause) : r.kind).toEqual(['1.3.3.1', '1.3.2.1.2']);
  });

  it('declines accounting, a typed 截至日期, another province "那边", payout speed and a city’s quota', () => {
    expect(topic('拿到的设备补助 会计上记营业外收入还是递延收益')).toBe('tax-on-subsidy');
    expect(
      topic('Under IFRS should we book the equipment grant as a reduction of asset cost or as deferred income?'),
    ).toBe('tax-on-subsidy');
    expect(topic('技改贴息今年申报截至日期是哪天啊')).toBe('deadline');
    expect(topic('浙江那边有没有类似的技改贴息 标准多少')).toBe('other-province');
    expect(topic('免费诊断 我们市今年分到几个名额')).toBe('city-allocation');
    expect(topic('徐工去年拿了多少专项资金')).toBe('company-status');
  });
});

describe('what batch 22 (written blind) showed', () => {
  it('declines an auditor to name, another year’s guide, another province, a list’s members, templates, how to enter a 库', () => {
    expect(topic('小巨人专项审计报告要哪家事务所出 有没有指定名单')).toBe('auditor');
    expect(topic('21年度指南里标杆工厂补助比例是多少 跟今年一样吗')).toBe('other-year');
    expect(topic('浙江那边智改数转示范工厂补多少 跟咱们比')).toBe('other-province');
    expect(topic('省级智能制造示范工厂名单里都有哪些企业 能发一份不')).toBe('company-status');
    expect(topic('验收意见有没有统一模版')).toBe('procedure');
    expect(topic('专精特新小巨人培育库怎么进')).toBe('recognition-criteria');
    expect(topic('what was the 5-year LPR in 2021? we need it to estimate the interest subsidy')).toBe('lpr-figure');
  });

  it('play-test 19: salaries and engineers are R&D labour costs (2.2.3 counts 人工费用)', () => {
    expect(firstClause('Do salaries of our R&D engineers count in the R&D input?')).toBe('2.2.3');
  });

  it('batch 24: whether a cost counts in the investment, naming no program, is answered by 1.2.3’s definition', () => {
    // 1.2.3: 项目总投资为不含税额…云资源及网络费用、调试安装费用…咨询、设计、检测、评价等投入（除特别说明，下同）.
    expect(firstClause('给咨询公司的规划设计费 还有第三方检测评价费 算投资吗')).toBe('1.2.3');
    expect(firstClause('云服务器租用费和专线网络费能算到总投资里吗')).toBe('1.2.3');
    // A program named still decides: a platform's input is 5.3.1.3's.
    expect(firstClause('公共服务示范平台的投入 咨询费能算吗')).not.toBe('1.2.3');
  });

  it('batches 23–24: a deal paid partly in cash and partly in shares asks 3.1.2’s cash base; deals added up are 3.1.1.4', () => {
    // 3.1.2: 按不超过并购企业对目标企业的实际出资额现金部分的5%予以补助.
    expect(
      firstClause(
        'We bought 70% of a German precision tool company in Aug 2021, paid partly cash and partly in our shares. What percentage of the price gets subsidized?',
      ),
    ).toBe('3.1.2');
    expect(firstClause('M&A grant: we paid partly in shares and partly in cash. What is the base for the grant?')).toBe(
      '3.1.2',
    );
    // 3.1.1.4: 发起方为同一企业的，完成的多个并购项目出资额可合并计算.
    expect(firstClause('一家企业21年并了三家 出资额能合起来算不')).toBe('3.1.1.4');
  });

  it('batch 23–24: what a platform’s input leaves out (折旧, 奖金福利, 招待费) is 5.3.1.3, not the IIoT platform’s clauses', () => {
    expect(firstClause('平台项目投入里 员工奖金 招待费 固定资产折旧能算吗')).toBe('5.3.1.3');
  });

  it('batch 23: what the guide leaves unsaid is declined (LPR 几点几, 规上营收标准, 各档给多少, a champion’s reward, scoring, VAT rates)', () => {
    for (const q of [
      '贴息按LPR几点几算 有具体数吗',
      '规上企业营收标准到底多少',
      '平台项目服务绩效分档 各档给多少',
      'How much is the one-off reward for a national manufacturing single champion?',
      'What scoring method do the experts use to rank the key technology R&D projects?',
      'what is the VAT rate on software services in china',
    ])
      expect(answerQuestion(q).kind, q).toBe('not_in_guide');
    // …while what the guide does say stays answered.
    expect(firstClause('平台项目服务绩效 最高补多少')).toBe('1.3.3.2');
  });

  it('play-test 21: "企业自己能报吗" asks who may apply (3.4.2 in an expo dialog), not whether a project qualifies', () => {
    const r = answerQuestion('企业自己能报吗', { program: 'expo-event' });
    expect(r.kind === 'answer' && r.hits[0]?.clause).toBe('3.4.2');
    expect(firstClause('展会项目企业能自己直接报吗')).toBe('3.4.2');
  });

  it('batch 25: getting onto a recognition list and minimum wages are declined; 动力电池回收 finds the green program', () => {
    expect(
      answerQuestion('How can our factory get onto the provincial smart manufacturing demonstration factory list?')
        .kind,
    ).toBe('not_in_guide');
    expect(answerQuestion("What's the minimum wage in Kunshan in 2022?").kind).toBe('not_in_guide');
    expect(firstClause('动力电池回收项目能报绿色化改造吗')?.startsWith('4.1')).toBe(true);
  });

  it('batches 23–25: what the guide does not say about a grant after it is paid is declined', () => {
    for (const q of [
      'Where is the list of approved projects published, and when?',
      '去年拿过省专项 今年还能再报吗',
      'Do we have to pay VAT on the grant we receive?',
      '验收完以后补贴买的设备能卖掉吗',
      'Can the grant money be remitted to our parent company abroad?',
      'How are the diagnosis service providers selected, is there a public tender and what are the criteria?',
      'Who is our recommending unit if we are located in Suzhou Industrial Park, the district or the city bureau?',
      '信创实验室说的高端软件重点方向 具体有哪几个',
    ])
      expect(answerQuestion(q).kind, q).toBe('not_in_guide');
  });

  it('batch 23: a place said beside the lender is where the lender is (1.1.1.2), not where the project is (1.1.1.1)', () => {
    expect(firstClause('固贷是浙江的银行放的 技改贴息还行吗')).toBe('1.1.1.2');
    expect(firstClause('Our loan came from a bank branch in Anhui. Does the interest subsidy still work?')).toBe(
      '1.1.1.2',
    );
    // The plant's place, with no lender beside it, is still the project's.
    expect(firstClause('厂在上海 能报技改贴息吗')).toBe('1.1.1.1');
  });

  it('batch 26: a form named by its number is answered by that form; a number with no form is not', () => {
    expect(firstClause('附件1-13是填什么的')).toBe('A1-13');
    expect(firstClause('What goes into Annex 1-5?')).toBe('A1-5');
    expect(firstClause('附件1-99是什么')).toBe('not_in_guide');
    // What a form's target must reach is still not in the guide, form named or not.
    expect(answerQuestion('附件1-8里服务企业数至少填多少才能过').kind).toBe('not_in_guide');
  });

  it('batch 26: the month the money arrives, a year’s LPR and how to register in a 库 are declined', () => {
    expect(topic('设备补助大概几月份到账')).toBe('payout-date');
    expect(topic('去年的LPR是多少')).toBe('lpr-figure');
    expect(topic('what was the 5-year LPR for 2021')).toBe('lpr-figure');
    expect(firstClause('技改贴息按LPR怎么贴')).toBe('1.1.2');
    expect(answerQuestion('How can a firm register with the provincial big data enterprise database?').kind).toBe(
      'not_in_guide',
    );
  });

  it('batch 26: pinyin names, the most of a time (not of money), 咋 for 怎么, invest/progress', () => {
    expect(firstClause('xianxingqu first phase max?')).toBe('1.4.1.2');
    expect(firstClause('攻关项目最长能做几年')).toBe('2.2.2');
    expect(firstClause('max duration of the core tech project?')).toBe('2.2.2');
    expect(firstClause('小巨人补助咋算')).toBe('3.2.2');
    expect(firstClause('info consumption platform: min invest and progress by end of 2021?')).toBe('5.4.1.2');
  });

  it('play-test 24: a public cloud’s fees are 1.2.2.4’s 公私有云; the lab’s 场地 is 1.4.2.1.4’s 场所', () => {
    expect(firstClause('腾讯云的费用能不能算软件投入', '5g-iiot')).toBe('1.2.2.4');
    expect(firstClause('就是公有云的费用，算不算', '5g-iiot')).toBe('1.2.2.4');
    expect(firstClause('实验室场地由谁提供', 'xinchuang-lab')).toBe('1.4.2.1.4');
  });

  it('batch 27: a consortium applying together is 2.4, not two programs at once; sister companies are 3.1.1.2', () => {
    expect(firstClause('攻关项目 几家单位组成联合体一起报行不行')).toBe('2.4');
    expect(firstClause('兼并重组 收购集团内的兄弟公司能报吗')).toBe('3.1.1.2');
    expect(firstClause('Merger program: we bought a sister company in the same group. Eligible?')).toBe('3.1.1.2');
    expect(firstClause('标识解析二级节点 注册量要到多少')).toBe('1.3.2.1.3');
  });

  it('batch 27: how long after approval the money comes, who the recommending unit is and hotels are declined', () => {
    expect(topic('How long after approval will the grant be disbursed?')).toBe('payout-date');
    expect(topic('Which office is our recommending unit? We are in Changzhou.')).toBe('contact');
    expect(topic('谁是我们的推荐单位')).toBe('contact');
    expect(topic('Is there a hotel near the expo venue you can recommend?')).toBe('travel');
    // A training class's accommodation fees are 5.5.1.6's, not travel.
    expect(firstClause('公益性培训能向学员收住宿费吗')).toBe('5.5.1.6');
  });

  it('play-test 25: design and consulting fees are 1.2.3’s; chat fillers (wait, right, so) are not unread words', () => {
    expect(firstClause('wait, I forgot the design and consulting fee 1.2 million, it counts right?', '5g-iiot')).toBe(
      '1.2.3',
    );
  });

  it('1.2.3’s definition of 项目总投资 serves the programs after it ("除特别说明，下同") that define none of their own', () => {
    expect(firstClause('咨询设计费能不能算进总投资', 'green-upgrade')).toBe('1.2.3');
    expect(firstClause('云资源和网络费用算投资吗', 'data-product')).toBe('1.2.3');
    // The SME platform defines its own input (5.3.1.3).
    expect(firstClause('房屋改造算不算投入', 'sme-platform')).toBe('5.3.1.3');
  });

  it('batch 28: outsiders who do not know the guide’s terms (small giant, check-up, apply together, environmental project)', () => {
    expect(firstClause('small giant firms: how fast must our revenue have grown?')).toBe('3.2.1.2');
    expect(firstClause('Key technology money: can several companies and institutes apply together?')).toBe('2.4');
    expect(firstClause('What kinds of environmental projects are supported?')).toBe('4.1');
    expect(firstClause('who is allowed to apply for the big exhibitions and events support?')).toBe('3.4.2');
    expect(firstClause('我们做车规级MCU 算不算攻关支持方向')).toBe('2.1.2');
    // The guide’s staff rule for cluster organisations is no headcount question to decline.
    expect(firstClause('cluster promotion organisations: how many full-time staff do we need?')).toBe('5.2.1.2');
  });

  it('batch 28: the 规上 revenue line, the criteria to be recognised and a national MIIT subsidy are declined', () => {
    expect(topic('规上企业是看多少营收算的')).toBe('size-criteria');
    expect(answerQuestion('What are the criteria to be recognised as a little giant?').kind).toBe('not_in_guide');
    expect(topic('Is there a national MIIT subsidy for this too?')).toBe('national-fund');
  });

  it('batch 29: 固定资产贷款 names the loan program and stays the detail (1.1.1.2); IP ownership; what a project must include', () => {
    expect(firstClause('技改贴息 固定资产贷款最少要多少')).toBe('1.1.1.2');
    expect(firstClause('core technology projects: does owning the IP matter?')).toBe('2.2.1');
    expect(firstClause('What is a smart manufacturing demo factory project supposed to include?')).toBe('1.2.1.1');
    expect(answerQuestion("What is the definition of a 'specialized and innovative' little giant?").kind).toBe(
      'not_in_guide',
    );
  });

  it('review of the fifth round: a project placed outside keeps 1.1.1.1; a month range is no form; the expo has its own base', () => {
    const top2 = (q: string) => clausesOf(q, 2);
    expect(top2('项目在上海 贷款是南京银行的 技改贴息能申请吗')).toContain('1.1.1.1');
    expect(firstClause('小巨人申报 财务报表1-6月的可以吗')).not.toBe('A1-6');
    expect(firstClause('技改贴息能得到多少补助')).toBe('1.1.2');
    expect(firstClause('总投资包括哪些', 'expo-event')).not.toBe('1.2.3');
  });

  it('batch 30: a split verb-object word (贴过一部分息), a rate in points (几个点), buying other firms', () => {
    expect(firstClause('区里已经给我们贴过一部分息了 省里还能再贴不 会不会算重复')).toBe('1.1.2');
    expect(firstClause('数据产品化补几个点')).toBe('1.5.2');
    // 几个 alone still asks how many.
    expect(firstClause('数据产品化支持几个')).toBe('1.5.4');
    expect(firstClause('这笔专项资金今年主要支持哪几块')).toBe('0');
    expect(firstClause('How is the grant for industrial internet platforms calculated?')).toBe('1.3.3.2');
    expect(firstClause("the award for firms buying other firms - what's the minimum deal size?")).toBe('3.1.1.4');
  });

  it('play-test 26: asking around the object (问下…这块也) is no unlisted field; 国密 is 密码', () => {
    expect(firstClause('问下用国密的密码产品这块也能算进去吗', 'iiot-security')).toBe('1.3.1.3');
    expect(answerQuestion('屋顶分布式光伏项目算不算节能降碳技改').kind).toBe('not_in_guide');
    // 'national' is 国家: the national innovation centres' sentence after 5.1.4.
    expect(
      firstClause('btw our partner is national manufacturing innovation center, do they get support from this fund?'),
    ).toBe('5.1.4');
  });

  it('play-test 27: a deadline named as a time (finish before the deadline) is no deadline question; paying at once', () => {
    expect(
      firstClause('if we finish the boiler project before application deadline, still can apply?', 'green-upgrade'),
    ).toBe('4.1.1.4');
    expect(answerQuestion('when is the application deadline?').kind).toBe('not_in_guide');
    expect(firstClause('when do you pay, all at once?', 'expo-event')).toBe('3.4.1');
  });

  it('review of the sixth round: finishing the application or the acceptance is no project’s completion', () => {
    expect(firstClause('When do we have to finish the application?')).not.toBe('4.1.1.4');
    expect(firstClause('When must we finish the acceptance?')).not.toBe('4.1.1.4');
  });

  it('batch 31: a question how or when a program is paid whose 补助标准 says nothing of it is declined', () => {
    for (const q of [
      '小巨人补助怎么拨付',
      '兼并重组的补助什么时候拨',
      'When will the little giant subsidy be paid out?',
    ]) {
      const r = answerQuestion(q);
      expect(r.kind, q).toBe('not_in_guide');
      if (r.kind === 'not_in_guide') expect(r.topic).toBe('payment-unstated');
    }
    // Programs whose standard says how or when: answered (5G's 首次拨付, the expo's 完成后…专项审计后), and 免费诊断,
    // bought as a service, by its one paragraph.
    expect(firstClause('5G项目补助怎么拨付')).toBe('1.2.3');
    expect(firstClause('How is the expo subsidy paid?')).toBe('3.4.1');
    expect(firstClause('免费诊断企业自己能申报吗 钱咋给服务商')).toBe('1.6');
    // Taxes paid is no payment of the subsidy.
    expect(firstClause('How much tax must a little giant have paid?')).toBe('3.2.1.5');
    // 贴过一部分利息: the split word with its object said in full.
    expect(firstClause('区里已经贴过一部分利息了 省里还给贴吗')).toBe('1.1.2');
  });

  it('play-test 29: a service demo company is the 服务型制造示范企业 of 1.2.2.1; 一次给还是分两次 in a program’s dialog', () => {
    expect(firstClause('we must be service demo company to apply or not?')).toBe('1.2.2.1');
    expect(firstClause('补助钱是一次给还是分两次', 'green-upgrade')).toBe('4.1.2');
  });

  it('play-test 30: fees from trainees, a 4-year project, full-time staff, registrations needed, a major activity', () => {
    expect(firstClause('学员能不能收点资料费', 'talent-training')).toBe('5.5.1.6');
    expect(firstClause('if the research needs 4 years, still ok?', 'core-tech')).toBe('2.2.2');
    expect(firstClause('Is 10 staff the minimum for full-time team?', 'cluster-org')).toBe('5.2.1.2');
    expect(firstClause('BTW for identifier resolution node, how many registrations are needed?')).toBe('1.3.2.1.3');
    const r = answerQuestion(
      'And for a major activity (not expo), like a competition, how is the subsidy calculated?',
      {
        program: 'expo-event',
      },
    );
    expect(r.kind === 'answer' && r.hits[0]?.sentence).toBe('重大活动项目按专项审计后的实际支出予以一定补助。');
    const zh = answerQuestion('重大展会怎么补助');
    expect(zh.kind === 'answer' && zh.hits[0]?.sentence.startsWith('重大展会项目完成后')).toBe(true);
  });

  it('play-test 31: by the way / one time or in two parts are read; a program’s form asked in its dialog', () => {
    expect(firstClause('By the way, how the subsidy is paid, one time or in two parts?', '5g-iiot')).toBe('1.2.3');
    expect(firstClause('绩效目标表要用哪个附件啊', 'little-giant')).toBe('A1-14');
  });

  it('play-test 31: what the total counts (土建算不算) is 1.2.3’s definition; a provider’s fee per enterprise is declined', () => {
    expect(firstClause('标杆示范项目那个总投资，土建算不算进去？')).toBe('1.2.3');
    expect(firstClause('智改数转标杆 总投资里厂房土建算不算')).toBe('1.2.3');
    expect(answerQuestion('免费诊断服务商诊断一家企业政府给多少钱').kind).toBe('not_in_guide');
    // The thresholds are still a condition.
    expect(firstClause('智能工厂总投资要多少才能报')).toBe('1.2.2.4');
  });

  it('review of the seventh round: how much, or by what standard, is no payment question; providers only', () => {
    for (const q of [
      'how much money is paid for the little giant',
      '小巨人的补助怎么给，按投入的比例吗',
      '技改贴息怎么给，按什么标准给',
    ])
      expect(answerQuestion(q).kind, q).toBe('answer');
    expect(answerQuestion('小巨人的奖励什么时候发').kind).toBe('not_in_guide');
    expect(answerQuestion('服务机构怎么申请公共服务平台项目').kind).toBe('answer');
  });

  it('play-test 31: 建设期 is the innovation centre’s 建设周期 (5.1.1.2, not 5.1.1.1’s 未满3年)', () => {
    expect(firstClause('创新中心建设期两年的话总投资要多少', 'innovation-center')).toBe('5.1.1.2');
  });

  it('second review of the seventh round: payment asked in a program’s dialog; how long is still when', () => {
    expect(answerQuestion('钱什么时候拨？', { program: 'little-giant' }).kind).toBe('not_in_guide');
    expect(answerQuestion('how much time until the little giant award is paid').kind).toBe('not_in_guide');
    expect(answerQuestion('小巨人的奖励多少天能到账，什么时候发').kind).toBe('not_in_guide');
  });

  it('batch 32: 报…可以吗 asks who may apply; a part of the amount asked after 按啥算; a listed contest; a consortium', () => {
    expect(firstClause('我们是信创企业 想报先导区 可以吗')).toBe('1.4.1.3');
    expect(firstClause('并购补助按啥算 换股那部分算不算')).toBe('3.1.2');
    // A project placed against the directions is still declined when its words are not the guide's.
    expect(topic('屋顶分布式光伏算不算绿色化改造')).toBe('unlisted-field');
    expect(firstClause('我们办了个工业设计大赛 能补吗')).toBe('3.4');
    expect(firstClause('能不能拉上东南大学搞个联合体一起报？')).toBe('2.4');
  });

  it('batch 32: another edition by its short year, a vague standard, a region’s members and an auditor’s licence are declined', () => {
    expect(topic('23年度的指南出了没 门槛有没有变')).toBe('other-year');
    expect(topic('i创杯项目要落户江苏运行良好 怎么才算运行良好')).toBe('vague-standard');
    // 5.3.1.2 sets the base's figure: answered.
    expect(['5.3.1.1', '5.3.1.2']).toContain(firstClause('小升规孵化成效明显有没有量化标准'));
    expect(firstClause('培训地点苏南苏中苏北有哪些要求')).toBe('5.5.1.5');
    expect(topic('人才培训要求苏中至少一个班次 泰州算苏中还是苏北')).toBe('region-membership');
    expect(topic('小巨人要的专项审计报告 对事务所有没有资质要求')).toBe('auditor');
    // What the guide does set is still answered.
    expect(firstClause('培训地点要覆盖苏南苏中苏北吗')).toBe('5.5.1.5');
    expect(firstClause('小升规孵化成效明显的双创基地能报吗')).toBe('5.3.1.1');
  });

  it('batch 33: a deadline asked by 啥时候截止, a comparison with another province, one project for two programs and a city’s quota are declined', () => {
    expect(topic('2022年技改贴息申报啥时候截止 具体哪天')).toBe('deadline');
    // A date the guide sets is still answered.
    expect(firstClause('先导区实施期截止到什么时候')).toBe('1.4.1.1.3');
    expect(topic('浙江那边智能工厂补贴多少 跟江苏比哪个高')).toBe('province-compare');
    expect(topic('Does Zhejiang offer a similar interest subsidy for tech renovation loans?')).toBe('province-compare');
    expect(formatAnswer(answerQuestion('浙江那边智能工厂补贴多少 跟江苏比哪个高'))).toContain(
      formatAnswer(answerQuestion('浙江省的技改补贴政策是怎样的')),
    );
    // A lender in another province is still the loan condition.
    expect(firstClause('贷款是上海那边银行放的 设备补助还能申请么')).toBe('1.1.1.2');
    // 同一个 is 同1个 once the question's numerals are digits: the cues and patterns are read the same way.
    expect(topic('同一个项目能不能既报技改贴息又报绿色化改造')).toBe('both-programs');
    expect(topic('每个设区市最多能推荐几个标杆示范项目')).toBe('city-allocation');
    expect(topic('How many projects can each city recommend for the benchmark program?')).toBe('city-allocation');
    expect(firstClause('智能制造示范工厂最多支持几个')).toBe('1.2.5');
  });

  it('play-test 34: a share counted in a sum is no direction; who issues the 验收意见; how the money is paid; quotas unstated', () => {
    // Whether something counts in a sum the guide measures is asked of that sum, not declined as an unlisted field.
    expect(firstClause('股票换的那部分算不算补助基数', 'merger')).toBe('3.1.2');
    expect(topic('屋顶分布式光伏算不算绿色化改造')).toBe('unlisted-field');
    expect(firstClause('标杆示范项目的验收意见由谁出具？')).toBe('1.2.2.3');
    expect(firstClause('Who issues the acceptance opinion for the benchmark projects?')).toBe('1.2.2.3');
    expect(topic('验收意见有没有统一模版')).toBe('procedure');
    const lead = (q: string, program: ProgramId) => {
      const r = answerQuestion(q, { program });
      return r.kind === 'answer' ? r.hits[0]?.sentence : r.kind;
    };
    expect(lead('how is the money paid, all at once?', '5g-iiot')).toBe(
      '其中，“5G+工业互联网”融合应用项目首次拨付补助资金总额的50%，通过验收审核后，拨付剩余资金。',
    );
    expect(lead('How is the money paid, all at once?', 'green-upgrade')).toBe(
      '首次拨付补助资金总额的 50%，通过验收审核后，拨付剩余资金。',
    );
    expect(topic('What does 万元 mean by the way?')).toBe('unit-meaning');
    expect(topic('重大展会项目今年支持几个')).toBe('quota-unstated');
    expect(topic('How many exhibition projects will be supported this year?')).toBe('quota-unstated');
    expect(firstClause('小巨人支持多少家')).toBe('3.2.4');
    expect(firstClause('展会补助最多多少')).toBe('3.4.1');
  });

  it('review of the ninth round: the new declines keep what the guide answers', () => {
    // 1.6 supports 免费诊断 by each city's 项目数: answered, not declined as a quota unstated.
    expect(firstClause('免费诊断今年支持几个项目')).toBe('1.6');
    // Jiangsu's half of a comparison is answered; 2000万 said with a figure is the guide's cap, not the unit.
    expect(['1.1.2', '1.1.1.1']).toContain(firstClause('跟浙江比，江苏技改贴息按什么利率'));
    expect(firstClause('技改贴息最高2000万是什么意思')).toBe('1.1.2');
    // A direction asked with an investment word is still a direction the guide never names.
    expect(topic('屋顶光伏算不算绿色化改造的投资方向')).toBe('unlisted-field');
  });

  it('play-test 32: a minimum asked leads with the sentence that sets one; a count named picks the sentence naming it', () => {
    const lead = (q: string) => {
      const r = answerQuestion(q);
      return r.kind === 'answer' ? r.hits[0]?.sentence : r.kind;
    };
    expect(lead('minimum investment for a pilot zone?')).toBe('实施期内用于先导区建设的投资预算不低于 1 亿元。');
    expect(lead('先导区投资最低要多少')).toBe('实施期内用于先导区建设的投资预算不低于 1 亿元。');
    expect(lead('创新中心两年期的项目投入要多少')).toBe('项目建设周期为 2 年以内（含）的，总投入不低于 5000 万元。');
    expect(lead('innovation center with a 2-year build period, minimum investment?')).toBe(
      '项目建设周期为 2 年以内（含）的，总投入不低于 5000 万元。',
    );
    expect(lead('创新中心建设周期三年的投入要多少')).toBe('项目建设周期不超过 3 年，总投入不低于 8000 万元；');
    // No minimum, no count: the clause's own lead as before.
    expect(lead('贴息加设备补助一个项目最多多少钱')).toBe('单个项目的贴息和补助金额合计不超过2000万元。');
  });

  it('play-test 32: a registration change completed in 2021 is no question about another edition', () => {
    expect(
      firstClause(
        'In 2021 we acquired 65% of a Shandong firm. The business registration change was completed in November 2021. Can we apply for the M&A subsidy?',
      ),
    ).toBe('3.1.1.1');
    expect(topic('Is anything different from the 2021 guide?')).toBe('other-year');
    expect(topic('what changed compared to 2021?')).toBe('other-year');
  });

  it('play-test 33: the deadline to submit is declined in a dialog too; the first payment (第一笔) is the payment clause', () => {
    expect(answerQuestion('what is the deadline to submit?', { program: 'merger' }).kind).toBe('not_in_guide');
    // (A loan's first tranche is no payment question: 第一笔贷款的利息 is still 1.1.2.)
    expect(firstClause('第一笔贷款的利息能贴吗')).toBe('1.1.2');
    const r = answerQuestion('绿色化改造第一笔拨多少');
    expect(r.kind === 'answer' && r.hits[0]?.sentence).toBe(
      '首次拨付补助资金总额的 50%，通过验收审核后，拨付剩余资金。',
    );
  });

  it('play-test 32: a deal’s target elsewhere is 3.1.1.1’s 国内外企业; only the named program’s clauses are related', () => {
    expect(firstClause('We are in Nanjing, Jiangsu. The target is in Shandong. Is that a problem?', 'merger')).toBe(
      '3.1.1.1',
    );
    const r = answerQuestion('全省给几个名额？', { program: 'little-giant' });
    expect(r.kind === 'answer' && r.hits.map((h) => h.clause)).toEqual(['3.2.4']);
    // Two programs named keep both.
    const two = answerQuestion('技改贴息和小巨人分别补多少');
    expect(two.kind === 'answer' && two.hits.map((h) => h.clause)).toEqual(expect.arrayContaining(['1.1.2', '3.2.2']));
  });

  it('play-tests 30/31: a form is led by its title, the training directions by the row asked about, never a bare label', () => {
    const form = answerQuestion('绩效目标表要用哪个附件啊', { program: 'little-giant' });
    expect(form.kind === 'answer' && form.hits[0]?.sentence).toBe('专精特新小巨人企业培育项目绩效目标申报表');
    const row = answerQuestion('附件1-24有哪些方向 我们主要讲智改数转的', { program: 'talent-training' });
    expect(row.kind === 'answer' && row.hits[0]?.clause).toBe('A1-24');
    expect(row.kind === 'answer' && row.hits[0]?.sentence.includes('智改数转')).toBe(true);
  });

  it('corrects common typos of the programs’ names (全链接, 标示解析)', () => {
    expect(firstClause('5g全链接工厂项目 到21年底进度才15%左右 还能报吗')).toBe('1.2.2.3');
  });
});

describe('what batch 34 and play-test 35 (tenth round) showed', () => {
  it('batch 34: a recognition won last year asked about its reward or an application is answered, not taken for the firm’s own status', () => {
    expect(firstClause('去年拿了全国质量奖 省里有奖励吗')).toBe('3.3');
    expect(firstClause('前年获得了单项冠军 有奖励没')).toBe('3.3');
    expect(topic('去年评上了小巨人 今年能报吗')).toBe('answer');
    // Whether the firm itself (or another) got money stays declined.
    expect(topic('隔壁公司去年拿了多少补贴')).toBe('company-status');
    expect(topic('去年拿到补贴了没有')).toBe('company-status');
  });

  it('batch 34: an energy-saving equipment swap in plain English is the green program', () => {
    expect(topic('We are replacing our old extruders and chillers to cut energy use. Is there funding for this?')).toBe(
      'answer',
    );
    expect(clausesOf('replacing old chillers to cut energy use, is there funding')).toContain('4.1');
  });

  it('play-test 35: the cash part asked as 换股 and the combining rule asked as 没合并进去 are answered', () => {
    expect(firstClause('换股的那1400万为啥不算？', 'merger')).toBe('3.1.2');
    expect(firstClause('股票支付的部分算补助基数吗')).toBe('3.1.2');
    expect(firstClause('德国那家4800万的为啥没合并进去', 'merger')).toBe('3.1.1.4');
    // Invoices counted into the sum: the loan program's invoice window, not a direction the guide does not list.
    expect(firstClause('今年1月份的设备发票能算进去吗')).toBe('1.1.2');
    expect(topic('屋顶分布式光伏项目算不算节能降碳技改')).toBe('unlisted-field');
  });
});

describe('the amount and the payment asked together (play-test 35)', () => {
  const lead = (q: string) => {
    const r = answerQuestion(q);
    return r.kind === 'answer' ? r.hits[0] : undefined;
  };
  it('leads with both sentences when they stand side by side, and with the payment alone when only it is asked', () => {
    const both = lead('绿色化改造补助比例多少 分几次拨');
    expect(both?.clause).toBe('4.1.2');
    expect(both?.sentence).toContain('20%');
    expect(both?.sentence).toContain('首次拨付');
    expect(both?.text).toContain(both?.sentence ?? '∅');
    const paid = lead('5G项目补助怎么拨付');
    expect(paid?.sentence.startsWith('其中，“5G+工业互联网”融合应用项目首次拨付补助资金总额的50%')).toBe(true);
    expect(lead('绿色化改造补助比例多少')?.sentence).not.toContain('首次拨付');
  });
});

describe('batch 34, second pass', () => {
  it('a form asked by what it holds or by 哪个附件 is the form; breakthru is a breakthrough', () => {
    expect(firstClause('人才培训重点方向和培训对象在哪个附件里')).toBe('A1-24');
    expect(firstClause('which form has number of exhibitors and visitors')).toBe('A1-15');
    expect(firstClause('xinchuang lab need breakthru in what field')).toBe('1.4.2.1.5');
    // The direction itself, asked without a form, is still the clause.
    expect(firstClause('人才培训的重点方向有哪些')).not.toBe('A1-23');
  });
});

describe('review of the tenth round (Q&A)', () => {
  it('the new declines leave the guide’s own answers alone', () => {
    expect(
      firstClause(
        'If the city adds its own interest subsidy on top, can province plus city exceed the interest we actually paid?',
      ),
    ).toBe('1.1.2');
    expect(firstClause('市里再加贴息的话，省市加起来还能超过实际付的利息吗')).toBe('1.1.2');
    expect(firstClause('Do the funds used for the pilot zone construction need to reach 100 million?')).toBe(
      '1.4.1.1.2',
    );
    expect(firstClause('收购一家外资控股的企业，收购后我们持股60%，算绝对控股吗')).toBe('3.1.1.3');
    expect(firstClause('两个技改项目的投资能合并进去算总投资吗')).not.toBe('3.1.1.4');
    expect(topic('屋顶分布式光伏项目能算进节能降碳技改吗')).toBe('unlisted-field');
    const r = answerQuestion('5G项目首次拨付比例是多少');
    expect(r.kind === 'answer' ? r.hits[0]?.sentence.startsWith('其中') : false).toBe(true);
  });
});

describe('second review of the tenth round (Q&A)', () => {
  it('a city’s top-up and the use of the money are declined, in Chinese too; 哪个表 is no form question', () => {
    expect(topic('市里再加多少')).toBe('city-stacking');
    expect(topic('技改贴息这笔钱能用来发工资吗')).toBe('use-of-funds');
    expect(firstClause('主营业务收入看哪个表')).not.toBe('A1-15');
    expect(firstClause('市里再加贴息的话，省市加起来还能超过实际付的利息吗')).toBe('1.1.2');
  });
});

describe('batch 35 and play-test 36 (eleventh round)', () => {
  it('declines another year’s edition, a province compared with 我们江苏, the 规上 bar, spending rules and central funds', () => {
    expect(topic('21年那版指南技改贴息门槛是多少来着')).toBe('other-year');
    expect(topic('浙江那边技改贴息政策跟我们江苏比怎么样')).toBe('province-compare');
    expect(topic("What revenue threshold makes us an 'above designated size' industrial enterprise?")).toBe(
      'size-criteria',
    );
    expect(topic('Once we receive the grant, are there restrictions on how we can spend the money?')).toBe(
      'use-of-funds',
    );
    expect(topic('Can we also apply for MIIT central funding for the same project?')).toBe('national-fund');
    // The guide's own thresholds stay answered.
    expect(firstClause('技改贴息门槛是多少')).not.toBeUndefined();
    expect(topic('2022年的指南技改贴息门槛是多少')).toBe('answer');
  });

  it('batch 35: payment asked as 一次打过来还是分批给 or reimbursed after; 平台项目 names both platform programs; who applies 以…名义', () => {
    expect(firstClause('5G+工联网项目要是批了 钱是一次打过来还是分批给')).toBe('1.2.3');
    const training = answerQuestion(
      'talent training grant - do we get money before running the classes or only reimbursed after?',
    );
    expect(training.kind === 'answer' ? training.hits.slice(0, 3).map((h) => h.clause) : []).toContain('5.5.2');
    expect(firstClause('平台项目投入里面 房屋改造费和员工奖金能不能算进去')).toBe('5.3.1.3');
    expect(firstClause('标杆工厂项目的验收是我们自己找第三方做吗 还是谁来验')).toBe('1.2.2.3');
    expect(firstClause('我是区工信局的 我们能不能以工信局名义报信创先导区')).toBe('1.4.1.3');
    expect(firstClause('工业互联网平台项目谁来验收')).toBe('1.3.2.2.3');
  });

  it('a 先导区 is no city policy: the zone’s applicant and budget are answered', () => {
    expect(
      clausesOf('我是市工信局的，不申报，就问几个政策问题。信创先导区的申报主体是谁？投资预算要多少？', 2),
    ).toEqual(expect.arrayContaining(['1.4.1.3', '1.4.1.1.2']));
    expect(topic('市里有没有配套政策')).toBe('city-policy');
    expect(topic('苏州市的政策呢')).toBe('city-policy');
  });
});

describe('batch 36 and play-test 37 (twelfth round)', () => {
  const firstThree = (q: string) => clausesOf(q, 3);

  it('names an expo by its short name or a program by a typo; the audit’s fee is declined, the audited base is not', () => {
    expect(firstThree('物博会的补助谁来报 企业自己能报嘛')).toContain('3.4.2');
    expect(firstClause('无锡的物博会属于重大展会吗')).toBe('3.4');
    expect(firstThree('我们是省内骨干信创企业 信创先到区和信创实验室哪个能报')).toEqual(
      expect.arrayContaining(['1.4.1.3', '1.4.2.3']),
    );
    expect(topic('will the province reimburse the cost of the special audit report')).toBe('audit-fee');
    expect(topic('专项审计费用谁出')).toBe('audit-fee');
    // The audited base of an expo's subsidy is the guide's own (3.4.1).
    expect(firstClause('重大展会补助是按经专项审计的费用算吗')).toBe('3.4.1');
    expect(firstClause('is the expo subsidy based on the audit cost of the event')).toBe('3.4.1');
    // A trade's words naming another program's subject are no program of their own.
    expect(firstClause('工控安全设备投入能算智能化改造的总投资吗')).not.toBe('1.3.2.3.3');
  });

  it('the size asked of who applies is who applies; a choice between two programs is who applies', () => {
    expect(firstClause('绿色化改造 申报单位必须是规上吗')).toBe('4.1.3');
    expect(firstClause('green retrofit - does the applicant need to be above-scale?')).toBe('4.1.3');
    expect(firstClause('技改贴息 企业必须是规上吗')).toBe('1.1.3');
    expect(firstClause('M&A subsidy - does the acquirer apply or the target company?')).toBe('3.1.3');
    // 哪些能报 about a program's own spending is its conditions, not who applies.
    expect(firstClause('我们是做攻关项目的企业，研发投入里哪些能报')).toBe('2.2.3');
    expect(firstThree('我们是中小企业公共服务示范平台单位，平台投入哪些能申报')).toContain('5.3.1.3');
  });

  it('in a dialog about one program, paid at once or in parts and how many supported are that program’s', () => {
    expect(firstClause('这钱是一次性给吗 还是分几次', 'green-upgrade')).toBe('4.1.2');
    expect(firstClause('这两个方向今年各支持几个', 'smart-factory')).toBe('1.2.5');
    expect(firstClause('集群促进机构那个钱是一次性给还是分期')).toBe('5.2.2');
    // Where the program's 补助标准 says nothing of paying, declined with the reason.
    expect(topic('技改贴息这钱是一次性给吗 还是分几次')).toBe('payment-unstated');
    // Other words still have to be the program's: a canteen's price is no amount question.
    expect(firstClause('我们食堂一顿饭多少钱', 'tech-loan')).toBe('not_in_guide');
    expect(firstClause('这钱是一次性给吗 还是分几次')).toBe('not_in_guide');
  });

  it('trainees charged for lodging is 5.5.1.6; the security program’s total is ex-VAT (1.2.3, 下同)', () => {
    expect(firstClause('对了 学员住宿费我们能收一点吗')).toBe('5.5.1.6');
    // A merger's question leads with the merger's clause, not 1.1.1.1's 江苏省域内.
    expect(firstClause('被收的是安徽的企业，不在江苏，这个没影响吧')).toBe('3.1.1.1');
    // A platform's fee is the platform's (5.3.1.3), not the training rule.
    expect(firstClause('平台服务可以收一点费用吗')).toBe('5.3.1.3');
    expect(
      firstThree('one more: our 8.6m includes 13% VAT. Should total investment be ex-VAT for the security program?'),
    ).toContain('1.2.3');
  });
});

describe('second review of the twelfth round (Q&A)', () => {
  it('the firm’s own loan or interest in instalments is no payment question; an audit needed is not the audit’s fee', () => {
    expect(firstClause('贷款是分几期放的，有影响吗', 'tech-loan')).toBe('1.1.2');
    expect(firstClause('利息是分期付的能贴吗', 'tech-loan')).toBe('1.1.2');
    expect(firstClause('需要专项审计吗，审计费多少', 'expo-event')).toBe('3.4.1');
    expect(topic('专项审计费用谁出')).toBe('audit-fee');
  });

  it('the 规上 bar asked with other conditions keeps the conditions', () => {
    expect(firstClause('绿色化改造 需要是规模以上企业吗，投资要多少')).toBe('4.1.1.2');
    expect(firstClause('绿色化改造 申报单位必须是规上吗')).toBe('4.1.3');
  });
});

describe('review of the eleventh round (Q&A)', () => {
  it('the new declines leave the guide’s own answers alone', () => {
    expect(firstClause('重点工业互联网平台是20年那版认定的，算吗')).toBe('1.3.2.2.1');
    expect(firstClause('贷款是上海银行发放的，和江苏银行发放的有区别吗')).toBe('1.1.1.2');
    expect(firstClause('县里的贴息政策跟省里能叠加吗')).toBe('1.1.2');
    expect(firstClause('市里贴息政策拿了，省里还能拿吗')).toBe('1.1.2');
    expect(topic('Must acceptance happen after completion of construction?')).toBe('answer');
  });
});

describe('second review of the eleventh round (Q&A)', () => {
  it('stacking with a city’s interest subsidy is answered; a reimbursed equipment cost is the loan program’s', () => {
    expect(firstClause('市里政策给了贴息30万，省里贴息怎么算')).toBe('1.1.2');
    expect(firstClause('区里的政策贴息拿了，省里贴息还有上限吗')).toBe('1.1.2');
    expect(firstClause('How much of the equipment cost is reimbursed?')).toBe('1.1.2');
  });
});

describe('play-test 38 and batch 37 (thirteenth round, Q&A)', () => {
  it('asking words before the thing classified, intercity travel in English, the kind of park who applies', () => {
    expect(firstClause('我是问 网络费用算不算项目总投资')).toBe('1.2.3');
    expect(firstClause('trainees pay their own intercity travel, is that allowed?')).toBe('5.5.1.6');
    expect(firstClause('Free. Trainees only pay their own train tickets between cities. Is that OK?')).toBe('5.5.1.6');
    expect(firstClause('先导区是不是要省级以上的园区才能报 我们隔壁区的软件园是市级的')).toBe('1.4.1.3');
    // (A budget still asks the condition.)
    expect(firstClause('先导区投资预算要多少')).toBe('1.4.1.1.2');
  });

  it('when the interest subsidy reaches the account, how to get onto a list and the attachments asked are declined', () => {
    expect(topic('固贷贴息的钱啥时候能拨到企业账上')).toBe('payment-unstated');
    expect(topic('省级智能制造示范工厂名单 怎么才能进')).toBe('recognition-criteria');
    expect(topic('is the 免费诊断 report required as an attachment for 智改数转 applications?')).toBe('materials');
    // (The little giant's audit report is the guide's own requirement.)
    expect(firstClause('Is an audit report required as an attachment for the little giant program?')).toBe('3.2.1.4');
    // (The 5G project's payment is in the guide.)
    expect(firstClause('5G项目补助的钱啥时候能拨到')).toBe('1.2.3');
  });
});

describe('batch 37 (thirteenth round, Q&A): serving several clusters', () => {
  it('serving several clusters asks the one-cluster condition (5.2.1.1), in Chinese and English', () => {
    expect(firstClause('我们一个机构同时服务好几个集群 能报集群发展促进机构吗')).toBe('5.2.1.1');
    expect(firstClause('Cluster promotion org: we serve 3 different clusters, is that OK?')).toBe('5.2.1.1');
    // (The income condition is still its own clause.)
    expect(firstClause('集群促进机构 2021年服务收入要多少')).toBe('5.2.1.4');
  });
});

describe('batch 38 and play-test 39 (fourteenth round, Q&A)', () => {
  it('English names of the loan program, chips and buy-outs; the most asked is the amount', () => {
    const loanAndFive = answerQuestion(
      'two programs: what is the cap per project for the tech-reno loan scheme vs the 5G factory one?',
    );
    expect(loanAndFive.kind === 'answer' ? loanAndFive.hits.map((h) => h.clause) : []).toEqual(
      expect.arrayContaining(['1.1.2', '1.2.3']),
    );
    expect(
      firstClause('We bought out a German supplier in March 2021 and now own 60%. what is the subsidy calculated on?'),
    ).toBe('3.1.2');
    expect(firstClause("what's the most an SRDI firm can get from the little giant program, and on what base?")).toBe(
      '3.2.2',
    );
  });

  it('review of the fourteenth round: a trade named beside another program, and the forms’ indicators, stay as they were', () => {
    // (做工控安全 as a program's name pulled the security program over the one asked: withdrawn.)
    expect(firstClause('我们做工控安全的，设备投入能算智能制造示范工厂的总投资吗')).not.toMatch(/^1\.3\.2\.3/u);
    expect(firstClause('工控安全设备投入能算智能化改造的总投资吗')).not.toBe('1.3.2.3.3');
    // (A1-7 counts the platform's connected firms; a lease buy-out is no merger; calculated on is no amount asked.)
    expect(firstClause('平台项目的接入企业数有要求吗')).toBe('A1-7');
    expect(firstClause('Can the lease buyout of R&D test equipment count as R&D investment?')).toBe('2.2.3');
    expect(firstClause('Is the 2 million cluster service revenue calculated on 2021 only?')).toBe('5.2.1.4');
    expect(firstClause('技改贴息今年全省能报多少企业')).not.toBe('1.1.2');
  });

  it('how much is 能报多少, how many is 能报多少个; trainees paying their own hotel', () => {
    expect(firstClause('我们做标识解析二级节点的 想问下能报多少')).toBe('1.3.3.1');
    expect(firstClause('标识解析二级节点能报多少个')).toBe('1.3.5');
    expect(firstClause('can trainees pay their own hotel? we cover teaching only')).toBe('5.5.1.6');
  });

  it('a build period of one and a half years leads with the two-year tier; two and a half with the three-year one', () => {
    const sentence = (q: string) => {
      const r = answerQuestion(q);
      return r.kind === 'answer' ? r.hits[0]?.sentence : undefined;
    };
    expect(sentence('创新中心项目 建设期一年半的 总投入最低要多少')).toContain('2 年以内');
    expect(sentence('创新中心 18个月建设期 总投入最低多少')).toContain('2 年以内');
    expect(sentence('创新中心 建设期两年半 总投入最低多少')).toContain('不超过 3 年');
    expect(sentence('创新中心 建设期2年 总投入最低多少')).toContain('2 年以内');
  });

  it('review of the fourteenth round: words that only look like the new ones', () => {
    // (每期 of a payment, 超不超 of a deadline, 扣除 of what a spending leaves out, at the most of a count.)
    expect(firstClause('先导区每期补助怎么拨')).toBe('1.4.1.2');
    expect(firstClause('先导区实施期两年半 超不超')).toBe('1.4.1.1.3');
    expect(firstClause('中小企业公共服务平台项目投入要扣除固定资产折旧吗')).toBe('5.3.1.3');
    expect(firstClause('How many pilot zones at the most?')).toBe('1.4.1.4');
    // (Equipment bought out of own funds is no buy-out; a road or teaching materials are not what they sound like.)
    expect(
      firstClause('Does equipment bought out of our own funds, not the loan, qualify for the tech-reno subsidy?'),
    ).toBe('1.1.1.2');
    expect(firstClause('Will the province fund a new road to our factory?')).toBe('not_in_guide');
    expect(firstClause('Must the lab develop teaching materials with the university?')).toBe('1.4.2.1.4');
    expect(firstClause('补助款能不能花在还贷款上')).toBe('not_in_guide');
    // (An indicator the forms alone count stays the form's.)
    expect(firstClause('智能制造示范工厂应用场景数有要求吗')).toBe('A1-2');
    expect(firstClause('信创实验室信创人才培养数要多少')).toBe('A1-10');
    expect(firstClause('The 10 million comprehensive investment for little giants is based on what proof?')).toBe(
      '3.2.1.4',
    );
  });
});

describe('batch 39 and play-test 40 (fifteenth round, Q&A)', () => {
  it('a sentence in another language that names a program in Chinese is that language, declined', () => {
    expect(topic('Quel est le plafond de subvention pour un projet de fusion-acquisition (兼并重组) ?')).toBe(
      'language',
    );
    expect(topic('¿Una empresa pequeña que no es 规上 puede pedir el subsidio de intereses (贴息)?')).toBe('language');
    // (A Chinese question with a few English words, and English naming a program in Chinese, stay answered.)
    expect(firstClause('is the 技改贴息 for a 规上 company only or can small firms apply too')).toBe('1.1.3');
    expect(firstClause('5G项目的first payment是多少')).not.toBe('not_in_guide');
  });

  it('a clawback, the 规上 threshold and how experts weigh projects are not in the guide', () => {
    expect(firstClause('5G项目最后没通过验收 首期拿的50%要退吗')).toBe('not_in_guide');
    expect(firstClause('规上工业企业的标准是主营收入多少来着')).toBe('not_in_guide');
    expect(firstClause('how does the expert review score the projects, what weighting?')).toBe('not_in_guide');
    expect(firstClause('规上企业才能报技改贴息吗')).not.toBe('not_in_guide');
  });

  it('工联网 is 工业互联网; 双碳 is what green upgrading supports', () => {
    expect(firstClause('工联网安全 总投资六百万 去年底才投进去一百万 还能报吗')).toBe('1.3.2.3.3');
    expect(firstClause('工联网平台补多少')).toBe('1.3.3.2');
    expect(firstClause('双碳改造补多少')).toBe('4.1.2');
  });

  it('whether a form has a row is the form; what value to reach is not in the guide', () => {
    expect(firstClause('标识解析的绩效表 配备运维人员要填几个人吗')).toBe('A1-6');
    expect(firstClause('绩效表运维人员要填多少才行')).toBe('not_in_guide');
  });

  it('what a project must include or look like is what the program supports', () => {
    expect(
      firstClause(
        '5G fully-connected factory - what must the project actually include? only 5G coverage in plant enough?',
      ),
    ).toBe('1.2.1.3');
    expect(
      firstClause(
        "For the digital transformation benchmark projects, what counts as 'total investment'? Can we include building the new workshop and VAT?",
      ),
    ).toBe('1.2.3');
  });
});

describe('play-test 40 (fifteenth round, Q&A): the guide’s words for what people call themselves', () => {
  it('社团 / 协会 are the guide’s 非营利性机构', () => {
    expect(firstClause('社团的注册资金有没有要求')).toBe('5.5.1.2');
    expect(firstClause('协会的注册资金有没有要求')).toBe('5.5.1.2');
  });
});

describe('play-test 40 (fifteenth round, Q&A): a section quoted beside its clause', () => {
  it('a section answers with its own lead, not with a sentence of the clause quoted beside it', () => {
    const r = answerQuestion('厂房土建那部分贷款利息能不能算进去', { program: 'tech-loan' });
    const hits = r.kind === 'answer' ? r.hits : [];
    const sentences = hits.map((h) => h.sentence);
    expect(new Set(sentences).size).toBe(sentences.length);
    for (const h of hits) expect(h.text).toContain(h.sentence);
    expect(hits[0]?.clause).toBe('1.1.2');
  });

  it('another province’s counterpart policy is declined as another province’s', () => {
    expect(topic('do the same rules apply to our Shanghai plant? whats shanghai equivalent policy')).toBe(
      'province-equivalent',
    );
    expect(firstClause('our Shanghai plant - can it apply?')).not.toBe('not_in_guide');
  });
});

describe('review of the fifteenth round (Q&A)', () => {
  it('a refund to trainees, a weighting of the subsidy, die casting and a Shanghai version are answered, not declined', () => {
    expect(firstClause('多收的培训费要退给学员吗')).toBe('5.5.1.6');
    expect(firstClause('what is the weighting of the subsidy between loan interest and equipment?')).not.toBe(
      'not_in_guide',
    );
    expect(firstClause('high pressure die casting die upgrade 技改贴息')).not.toBe('not_in_guide');
    expect(firstClause('Suzhou Da Ming die casting wants 技改贴息')).not.toBe('not_in_guide');
    expect(
      firstClause(
        'we deployed the Shanghai version of our MES in the Suzhou plant, does it count as software investment?',
      ),
    ).toBe('1.2.2.4');
    // (The subsidy taken back, and the experts' weighting, stay declined.)
    expect(firstClause('5G项目最后没通过验收 首期拿的50%要退吗')).toBe('not_in_guide');
    expect(firstClause('how do the experts weight the projects in the review?')).not.toBe('1.1.2');
  });

  it('a section whose lead is its heading alone answers from its clauses', () => {
    const r = answerQuestion('兼并重组项目的支持条件有哪些');
    const first = r.kind === 'answer' ? r.hits[0] : undefined;
    expect(first?.sentence).not.toBe('支持条件。');
    expect(first?.sentence.length ?? 0).toBeGreaterThan(10);
  });
});

describe('play-test 41 (sixteenth round, Q&A)', () => {
  it('paid at once or in two goes, of a program whose 补助标准 says nothing of paying it, is declined', () => {
    expect(topic('小巨人这360万是一次拨还是分两次拨？')).toBe('payment-unstated');
    // A program that does pay in two goes keeps its clause.
    expect(firstClause('5G项目补助分两次拨吗')).toBe('1.2.3');
  });

  it('a general cue listed beside another program’s name names its program too (攻关和并购)', () => {
    expect(clausesOf('攻关和并购 单个项目封顶分别是多少', 2)).toEqual(expect.arrayContaining(['2.3', '3.1.2']));
    // Alone, 攻关 still names its program only when nothing else is named.
    expect(firstClause('攻关项目封顶多少')).toBe('2.3');
  });

  it('review: eligibility asked as 能不能评上, a 固废处置 project and deals done in two goes keep their clauses', () => {
    expect(firstClause('上年度实缴税金350万，能不能评上', 'little-giant')).toBe('3.2.1.5');
    expect(firstClause('我们上了固废处置设备，算绿色化改造吗')).toBe('4.1');
    expect(firstClause('收购是分两次完成的，能合并计算吗')).toBe('3.1.1.4');
    expect(topic('我们报了示范工厂 通过概率大不大')).toBe('review');
    expect(topic('拿了设备补助以后设备能不能卖掉 有没有监管年限')).toBe('asset-disposal');
  });

  it('second review: odds asked in English are declined; one thing’s equipment names one program', () => {
    expect(topic('What’s the chance of getting approved for the innovation center program?')).toBe('review');
    expect(topic('小巨人成功率高吗')).toBe('review');
    expect(clausesOf('创新中心和实验室设备能算投入吗').some((id) => id.startsWith('1.4'))).toBe(false);
  });

  it('the asking words around a thing classified name nothing (人次是不是不能算线上的)', () => {
    expect(firstClause('人次是不是不能算线上的？', 'talent-training')).toBe('5.5.1.2');
    expect(topic('屋顶分布式光伏是不是不能算')).toBe('unlisted-field');
  });
});

describe('batch 41 (seventeenth round, Q&A)', () => {
  it('并构 and 环平 are read as 并购 and 环评', () => {
    expect(firstClause('收了一家公司百分之四十五的股份 是第一大股东 并构补助能报吗')).toBe('3.1.1.3');
    expect(clausesOf('环平还没批下来 先报技改贴息行不行', 3)).toContain('1.1.1.1');
    // (工控安全 as the security program's name was tried again and withdrawn again: beside another program it pulls
    // the security program over the one asked — the fourteenth round's review.)
    expect(firstClause('工控安全设备投入能算智能化改造的总投资吗')).not.toBe('1.3.2.3.3');
  });

  it('what counts in a named sum is answered, not declined as an unlisted field', () => {
    expect(firstClause('平台投入里员工奖金 房子装修能算吗')).toBe('5.3.1.3');
    expect(firstClause('请咨询公司做规划的钱 还有买阿里云的钱 能算进标杆项目总投资吗')).toBe('1.2.3');
    // Placing a thing among the directions is still declined.
    expect(topic('屋顶光伏能算到绿色化改造里吗')).toBe('unlisted-field');
  });

  it('not yet built asks the completion condition, not who applies', () => {
    expect(firstClause('5g项目还没建完能报不')).toBe('1.2.2.3');
  });

  it('an event listed in the lead paragraph names the program; who applies is still 3.4.2', () => {
    expect(firstClause('世界物联网博览会这种展会 企业能自己报补助吗')).toBe('3.4.2');
    expect(firstClause('who can apply the subsidy for organizing the World IoT Expo?')).toBe('3.4.2');
    expect(firstClause('世界物联网博览会补多少')).toBe('3.4.1');
    // Applying for a subsidy is no amount question; a subsidy for something unlisted is still declined.
    expect(topic('Can we get a subsidy for hiring foreign engineers?')).toBe(null);
  });

  it('must we be above designated size asks who applies; which areas asks the directions', () => {
    expect(firstClause('green upgrade project, must we be above designated size company?')).toBe('4.1.3');
    expect(
      firstClause('R&D breakthrough money: which technology areas? e.g. machine tools, offshore wind, AI chips'),
    ).toBe('2.1.1');
    expect(firstClause('人才培训重点方向有哪些')).toBe('A1-24');
    // (集团下面 as 同一母公司 was withdrawn on review: 集团下面的子公司能单独报吗 is no merger question.)
    expect(firstClause('集团下属企业能分别申报吗')).not.toBe('3.1.1.2');
  });
});

describe('play-test 42 (seventeenth round, Q&A)', () => {
  const inDialog = (q: string, program: ProgramId) => {
    const r = answerQuestion(q, { program });
    return r.kind === 'answer' ? r.hits.map((h) => h.clause) : [];
  };

  it('a form named by its number is answered in any program’s dialog, ahead of the program’s own form', () => {
    expect(inDialog('附件1-24是什么', 'core-tech')[0]).toBe('A1-24');
    expect(inDialog('附件1-1要填什么', 'core-tech')[0]).toBe('A1-1');
    // Not named by number, the form asked is the dialog's program's.
    expect(inDialog('绩效表要填什么', 'core-tech')[0]).toBe('A1-12');
  });

  it('the second 50 % is asked of the dialog’s program’s payment', () => {
    expect(inDialog('when do we get the second 50%?', '5g-iiot')[0]).toBe('1.2.3');
    expect(inDialog('剩下的一半什么时候给', '5g-iiot')[0]).toBe('1.2.3');
  });

  it('第一大股东 and 持股 are read against 3.1.1.3’s 最大股东 and 控股', () => {
    expect(firstClause('假如持股只有48%，但还是第一大股东呢？')).toBe('3.1.1.3');
    expect(inDialog('假如持股只有48%，但还是第一大股东呢', 'merger')[0]).toBe('3.1.1.3');
  });
});

describe('play-test 42: stacking with a local subsidy', () => {
  it('is answered for 技改贴息 (1.1.2) and declined, with its reason, for the programs the guide says nothing of it', () => {
    expect(firstClause('技改贴息 省里和市里的能叠加吗')).toBe('1.1.2');
    expect(topic('省里的补助和市里配套的能不能叠加？比如绿色化改造项目市里也给了钱')).toBe('stacking-unstated');
    expect(topic("Can the green upgrade grant be stacked with the city's grant?")).toBe('stacking-unstated');
    expect(firstClause('省里的补助和市里配套的能不能叠加？', 'green-upgrade')).toBe('not_in_guide');
    expect(declineText('stacking-unstated', 'zh-CN')).toContain('1.1.2');
  });
});

describe('batch 42 and the reviews of the nineteenth round (Q&A)', () => {
  it('declines a consultant’s fee and the months until a payment arrives; answers what only shares their words', () => {
    expect(
      topic('consultant wants 8% success fee to write our smart factory application, is that the normal rate'),
    ).toBe('consultant-fee');
    expect(
      topic('How many months after approval does the first 50% of the green upgrade subsidy arrive in our account?'),
    ).toBe('payout-date');
    expect(firstClause('我们是咨询公司，培训不向学员收费，能申报产业人才培养项目吗？')).toBe('5.5.1.6');
    expect(firstClause('咨询公司做的智改数转诊断是免费的吗')).toBe('1.6');
    expect(firstClause("Can consultant fees count toward the little giant's 10 million innovation spending?")).toBe(
      '3.2.1.4',
    );
  });

  it('reads subsidiaries of one group merging as 3.1.1.2, a group’s subsidiary acquiring as the deal it is', () => {
    expect(firstClause('集团底下两个子公司合并 算不算重大兼并重组能报')).toBe('3.1.1.2');
    expect(firstClause('我们集团下面两个子公司分别收购了外地企业，出资额能合并算吗？')).toBe('3.1.1.4');
    expect(firstClause('集团旗下的子公司作为发起方收购外省企业，能申报吗？')).not.toBe('3.1.1.2');
  });
});

describe('batch 43 (Q&A, twentieth round)', () => {
  it('reads who applies from the asker’s situation: an integrator, a software firm, a university’s share of a lab', () => {
    expect(firstClause('我们是系统集成商 帮客户做的智能工厂 能我们公司去报标杆示范吗')).toBe('1.2.4');
    expect(firstClause('二级节点我们是集成商 参与建设的 可以我们来报吗')).toBe('1.3.4');
    expect(
      firstClause('we are a software company not a factory. can we still go for the data productization project?'),
    ).toBe('1.5.3');
    expect(firstClause('我们是高校 想跟信创企业共建实验室 学校这边要出啥')).toBe('1.4.2.1.4');
    // (Review: an integrator's costs and a plain 我们来报 are read as before, no who-applies question.)
    expect(firstClause('集成商的软件费用能算进软件投入吗')).not.toBe('1.2.4');
    expect(firstClause('我们来报技改贴息需要准备什么材料')).not.toBe('1.1.3');
    // (A university leading a lab is asked of the lead, not of what it provides.)
    expect(firstClause('学校这边想牵头弄个信创实验室 能报不')).toBe('1.4.2.1.1');
  });

  it('answers an English direction question with a few unknown words; declines another province compared with Jiangsu', () => {
    expect(
      firstClause(
        "We're a machinery maker moving into remote O&M, full lifecycle management and remanufacturing. Which program fits that?",
      ),
    ).toBe('1.2.1.4');
    expect(topic("How does Zhejiang's digital transformation subsidy compare with Jiangsu's?")).toBe(
      'province-compare',
    );
  });
});

describe('batch 44 (Q&A, twenty-first round)', () => {
  it('reads who runs the lab, when a project finishes, and when a deal must have closed', () => {
    expect(firstClause('xinchuang lab - who actually runs it day to day, the university or the company?')).toBe(
      '1.4.2.1.4',
    );
    expect(firstClause('data productization project, we finish in 2022 March, too late?')).toBe('1.5.1.3');
    expect(
      firstClause("M&A support: by what date must the deal have closed, and what's the most we could receive?"),
    ).toBe('3.1.1.1');
  });

  it('declines how many projects were funded in past years; an innovation centre approved in 2018 is still answered', () => {
    expect(topic('how many projects got funded under tech loan program last year')).toBe('past-results');
    expect(topic('去年技改贴息批了多少个项目')).toBe('past-results');
    expect(
      firstClause(
        'Our provincial manufacturing innovation center was approved in 2018. Can it still apply for capacity building?',
      ),
    ).toBe('5.1.1.1');
  });
});

describe('batch 45 (Q&A, twenty-second round)', () => {
  it('reads a platform named after a program of its own (智慧养老平台) as that program, not the platform programs', () => {
    expect(firstClause('智慧养老平台项目 投资最低多少 啥时候要完成')).toBe('5.4.1.2');
    expect(firstClause('工业互联网平台项目 投资最低多少')).toBe('1.3.2.2.3');
  });

  it('reads a measure asked as a threshold (收入得多少) as a condition, beside what the subsidy is of', () => {
    expect(firstClause('集群促进机构 21年服务收入得多少')).toBe('5.2.1.4');
    expect(
      firstClause('M&A: after the deal we hold 45% of the target but we are the biggest shareholder. Is that ok?'),
    ).toBe('3.1.1.3');
    expect(
      firstClause(
        'we did 2 acquisitions in 2021, 30 million and 60 million RMB. can add together to reach the 50 million line?',
      ),
    ).toBe('3.1.1.4');
  });

  it('review: a loan or budget not used up is no question of spending the grant; 2021 is the guide’s own year', () => {
    expect(firstClause('固定资产贷款没用完，只提了1500万，能报技改贴息吗')).toBe('1.1.1.2');
    expect(firstClause('信创实验室建设期内1000万没花完会怎样')).toBe('1.4.2.1.4');
    expect(firstClause('How many companies won the quality award in 2021? Do they all get the reward?')).toBe('3.3');
    expect(firstClause('We did two acquisitions abroad, is a cross-border deal supported?')).toBe('3.1');
    // (A subsidy aimed at, then the investment it needs: the amount clause.)
    expect(firstClause('攻关项目想拿3000万补助 投入得多少')).toBe('2.3');
    expect(firstClause('集群机构要拿300万补助，服务收入得多少')).toBe('5.2.2');
  });

  it('declines when the grant must be spent by and how many firms got a subsidy last year', () => {
    expect(topic('专项资金到账以后多久要花完 没花完要退吗')).toBe('use-of-funds');
    expect(topic('How many companies got the loan interest subsidy last year and what was the average amount?')).toBe(
      'past-results',
    );
  });
});

describe('batch 47 (Q&A, twenty-fourth round)', () => {
  it('declines the amount of each tier (the guide says 按服务绩效分档 and no tier)', () => {
    expect(topic('工业互联网平台分档补助 每一档具体多少钱')).toBe('tiers');
    expect(firstClause('工业互联网平台项目补多少')).toBe('1.3.3.2');
    // (The cap of a tier is the program's cap, 500万: answered.)
    expect(firstClause('工业互联网平台项目各档最高补多少？')).toBe('1.3.3.2');
    expect(firstClause('平台项目按绩效分档，每一档上限是不是500万？')).toBe('1.3.3.2');
  });

  it('answers a three-character last question (补多少) about the first one’s program too', () => {
    const r = answerQuestion('绿色化改造门槛 总投资多少起 21年底要投多少 补多少');
    expect(r.kind === 'answer' ? r.hits.slice(0, 3).map((h) => h.clause) : []).toEqual(
      expect.arrayContaining(['4.1.1.2', '4.1.2']),
    );
  });

  it('reads the minimum spending within a period as the spending, and a fee charged to participants', () => {
    expect(
      firstClause('xinchuang lab built with a univ, what’s the min total spending in the 2 yr construction period'),
    ).toBe('1.4.2.1.4');
    expect(firstClause('xinchuang lab: when must the construction period end?')).toBe('1.4.2.1.2');
    expect(firstClause('Can we charge participants a fee for the industrial talent training classes?')).toBe('5.5.1.6');
  });
});

describe('batches 49 and 50 (Q&A, twenty-sixth round)', () => {
  it('answers what the fund as a whole supports from its lead paragraph', () => {
    expect(firstClause('今年省里这个转型升级专项资金 主要支持哪几块啊 有没有个大方向')).toBe('0');
    expect(firstClause('What is this 2022 special fund mainly meant to support?')).toBe('0');
    expect(topic('今年专项资金 申报截止什么时候')).toBe('deadline');
  });

  it('reads a form count asked as a requirement, and a rate of the investment, as the clauses that set them', () => {
    expect(firstClause('二级节点绩效表里接入企业数怎么填')).toBe('A1-6');
    expect(firstClause('标识解析二级节点项目要注册量多少')).toBe('1.3.2.1.3');
    expect(firstClause('工业互联网平台项目补助 是不是也按投资额百分之多少算的')).toBe('1.3.3.2');
    expect(
      firstClause('For the industrial internet platform program, is the subsidy a percentage of our investment?'),
    ).toBe('1.3.3.2');
  });

  it('reads who applies, durations, directions and two questions typed without marks', () => {
    expect(firstClause('xinchuang lab - can the university be applicant or must be company?')).toBe('1.4.2.3');
    expect(firstClause('core tech project period max how long? latest finish date?')).toBe('2.2.2');
    expect(firstClause('信创实验室合作期多少年')).toBe('1.4.2.1.2');
    expect(firstClause('工业互联网标杆工厂到底支持啥样的项目')).toBe('1.2.1.2');
    expect(firstClause('区里已经给过贴息了 省里还能再贴吗')).toBe('1.1.2');
    expect(
      firstClause('Would a project on foundational industrial software fit the key core technology programme?'),
    ).toBe('2.1.3');
    expect(clausesOf('我们做区块链溯源平台的 能报数据产品化不 能补多少', 3)).toEqual(
      expect.arrayContaining(['1.5.1.2', '1.5.2']),
    );
    expect(clausesOf('二级节点跟工业互联网安全项目 分别要在啥时候前搞完', 3)).toEqual(
      expect.arrayContaining(['1.3.2.1.4', '1.3.2.3.3']),
    );
  });

  it('declines what the guide does not settle, in any language', () => {
    expect(topic('what is current 5 year LPR? need calculate our interest subsidy')).toBe('lpr-figure');
    expect(topic('免费诊断服务商 怎么才能入选 要什么资质')).toBe('recognition-criteria');
    expect(topic('省级专精特新小巨人要怎么去认定 要啥条件')).toBe('recognition-criteria');
    expect(topic('规上到底是营收多少算 2000万吗')).toBe('above-scale-definition');
    expect(topic('同一个项目能不能技改贴息跟绿色化改造两头都报')).toBe('both-programs');
    expect(topic('隔壁浙江的技改贴息咋弄的 比我们江苏高不')).toBe('province-compare');
    expect(topic('项目推荐单位具体是哪个部门 市工信局还是区里')).toBe('contact');
    expect(topic('who should I contact at the provincial MIIT office about our application')).toBe('contact-en');
    expect(topic('¿Cuántos proyectos 5G se apoyarán?')).toBe('language');
    // (Still answered: a recognition held, asked of; a 规上 firm's own figures.)
    expect(firstClause('小巨人认定了 能报吗')).toBe('3.2.1.1');
    expect(firstClause('我们规上 营收2000万 能报技改贴息吗')).toBe('1.1.1.2');
    // (Second review: the guide's own answers kept.)
    expect(firstClause('小巨人的奖励怎么拿到')).toBe('3.2.2');
    expect(firstClause('Can we get both the provincial and the city interest subsidy for the same loan?')).toBe(
      '1.1.2',
    );
    expect(firstClause('两个并购能合并计算吗 两个都申报行不行')).toBe('3.1.1.4');
    expect(firstClause('who is in charge of running the lab, the university or the company?')).toBe('1.4.2.1.4');
    expect(firstClause('怎么成为智改数转诊断服务商')).toBe('1.6');
  });
});

describe('who applies, asked by the kind of body (play-test 50)', () => {
  it('answers 学校能报吗 with the clause of who applies', () => {
    expect(firstClause('我们是东南大学计算机学院，想跟企业一起建信创实验室，学校能报吗')).toBe('1.4.2.3');
    expect(firstClause('协会能申报集群促进机构吗')).toBe('5.2.3');
    expect(firstClause('学校能报人才培训吗')).toBe('5.5.3');
  });
});

describe('the twenty-seventh round (batches 51 and 52, play-test 51)', () => {
  it('reads the rate asked after statements, and keeps the statements that are the detail or the condition', () => {
    expect(
      firstClause(
        'We are a German-owned auto parts maker in Taicang, above designated size. Our retrofit project has a filed investment of 50 million RMB and a fixed-asset loan of 30 million from a bank in Suzhou. For the interest subsidy, what rate is it based on - do we get all the interest back?',
      ),
    ).toBe('1.1.2');
    // (A statement stays the detail of how the amount is worked out, and of whether one may still apply.)
    expect(
      firstClause('We paid for the target partly in shares and partly in cash. How is the merger subsidy calculated?'),
    ).toBe('3.1.2');
    expect(
      firstClause(
        'Our provincial manufacturing R&D hub was approved as a pilot in 2018. Can it still get capacity-building money?',
      ),
    ).toBe('5.1.1.1');
  });

  it('reads the round’s words: recycling batteries, 没戏, 不涉及能评, 税要交, 硬性要求, zj, a bureau asking if it may lead', () => {
    expect(
      firstClause(
        'We are building a line to recycle used EV power batteries in Yancheng. Is this covered by the green upgrade program?',
      ),
    ).toBe('4.1');
    expect(['1.2.2.2', '4.1.1.3', '5.4.1.3']).toContain(firstClause('我们项目不涉及能评 申报要求手续完备 这条怎么弄'));
    expect(clausesOf('zjtx小巨人那个项目 税要交到多少 能补多少钱啊', 3)).toEqual(
      expect.arrayContaining(['3.2.1.5', '3.2.2']),
    );
    expect(firstClause('技改项目备案总投资3000万是硬性要求吗')).toBe('1.1.1.2');
    expect(firstClause('今年省里这个转型升级zj 主要是支持哪几块的啊 有个大概的分类没')).toBe('0');
    expect(firstClause('我们是县里的工信局 想牵头报信创先导区 可以伐')).toBe('1.4.1.3');
  });

  it('quotes a whole list where the sentence chosen opens one (play-test 51: 人工费 was left out)', () => {
    const r = answerQuestion('研发投入包括人工费吗');
    const hit = r.kind === 'answer' ? r.hits.find((h) => h.clause === '2.2.3') : undefined;
    expect(hit?.sentence).toContain('人工费用以及外聘研发人员的劳务费用');
    expect(hit?.text).toContain(hit?.sentence ?? '∅');
  });

  it('declines a green-factory recognition, MIIT’s own programme and a city’s own scheme', () => {
    expect(topic('省级绿色工厂怎么申报 有奖励伐')).toBe('recognition-criteria');
    expect(topic('工信部那个国家工业互联网创新发展工程今年咋报')).toBe('national-fund');
    expect(topic('苏州市里自己的智改数转补贴怎么申请 跟省里的能叠加吗')).toBe('city-own-scheme');
    // (Stacking with the province's interest subsidy stays the guide's 1.1.2.)
    expect(firstClause('区里贴了息 省里还能贴吗')).toBe('1.1.2');
  });
});

describe('review of the twenty-seventh round (ask)', () => {
  it('answers what the round’s new declines and words had taken', () => {
    expect(firstClause('标识解析二级节点要通过工信部那个专家评估吗？')).toBe('1.3.2.1.1');
    expect(firstClause('工信部那个单项冠军有奖励吗')).toBe('3.3');
    expect(firstClause('绿色制造方向的培训怎么申报')).toBe('A1-24');
    expect(firstClause('项目没有环评能报技改吗')).toBe('1.1.1.1');
    expect(firstClause('We are not above designated size. How much is the equipment grant?')).toBe('1.1.3');
    expect(firstClause('At what rate of R&D spending do we qualify as little giant?')).not.toBe('3.2.2');
    // (Second review.)
    expect(firstClause('Do we get the interest back if our loan is from a bank outside Jiangsu?')).toBe('1.1.1.2');
    expect(firstClause('Are building works part of the total investment for the smart factory?')).toBe('1.2.3');
    expect(topic('拿到的补助资金要缴税吗')).toBe(null);
    expect(firstClause('展会期间有戏剧演出，费用能算进总投入吗')).toBe('3.4.1');
    expect(clausesOf('Our merger was completed in January 2022. How much could we get?', 3)).toContain('3.1.1.1');
    expect(firstClause('绿色工厂怎么申报绿色化改造项目')).toBe('4.1');
  });
});

describe('the twenty-eighth round (ask)', () => {
  it('answers a joint application by 2.4, and declines other years, recognition and amending procedures', () => {
    expect(firstClause('攻关项目能不能几家单位搭伙一起报')).toBe('2.4');
    expect(topic('两个项目能不能一起报')).toBe('both-programs');
    expect(topic('23年的技改贴息指南出来没 门槛有没有变')).toBe('other-year');
    expect(topic('How does a company get recognised as a provincial Little Giant enterprise in the first place?')).toBe(
      'recognition-criteria',
    );
    expect(firstClause('Can a company recognised as a little giant in 2021 apply?')).toBe('3.2.1.1');
    expect(topic('If our project scope changes after approval, how do we apply to amend it?')).toBe('procedure');
    expect(firstClause('How can we change the production line to qualify for the smart factory program?')).toBe(
      '1.2.1.1',
    );
  });

  it('reads instalments as payment, 1,200 as one number, benchmark levels as green upgrade, and a planned period', () => {
    expect(firstClause('innovation center subsidy rate? paid in how many batches')).toBe('5.1.2');
    expect(firstClause('how many innovation centre projects will be supported')).toBe('5.1.4');
    expect(
      firstClause(
        'Do online courses count toward the 1,200 trainees per year required for the talent training programme?',
      ),
    ).toBe('5.5.1.2');
    expect(
      firstClause(
        'Our steel plant is doing an energy-efficiency retrofit towards benchmark levels, 25% spent by end of 2021. Eligible for green upgrade?',
      ),
    ).toMatch(/^4\.1/u);
    expect(
      firstClause(
        'Our chip packaging R&D project is planned from 2022 to December 2025. Is that a problem for the core tech program?',
      ),
    ).toBe('2.2.2');
  });

  it('answers both of two questions typed with spaces only, and 几成 as a rate', () => {
    expect(clausesOf('集群促进机构 要几个专职的人 收入要到多少', 2)).toEqual(['5.2.1.2', '5.2.1.4']);
    expect(clausesOf('我们做区块链溯源平台的 算不算数据产品化 能补几成', 3)).toEqual(
      expect.arrayContaining(['1.5.1.2', '1.5.2']),
    );
    expect(clausesOf('绿色技改跟技改贴息 单个项目封顶是不是都两千万', 3)).toEqual(
      expect.arrayContaining(['1.1.2', '4.1.2']),
    );
  });
});

describe('a floor asked by its figure (play-test 52)', () => {
  it('answers by the clause that sets it, whatever the word order, and not a figure alone', () => {
    expect(firstClause('技改项目总投资不到3000万能报吗')).toBe('1.1.1.2');
    expect(firstClause('原则上不低于3000万是什么意思')).toBe('1.1.1.2');
    // (A figure with no measure named, or another measure's, is not read as that floor.)
    expect(firstClause('3000万是硬性要求吗')).toBe('not_in_guide');
    expect(firstClause('我们年营收不到2000万 能报吗')).toBe('not_in_guide');
    expect(topic('我们食堂一顿饭3000万吗')).toBe(null);
    expect(firstClause('我们食堂一顿饭3000万吗')).toBe('not_in_guide');
  });
});

describe('an exception the question names (play-test 52)', () => {
  const sentence = (q: string) => {
    const r = answerQuestion(q);
    return r.kind === 'answer' ? r.hits[0]?.sentence : r.kind;
  };

  it('leads with the exception for the one it excepts, and with the rule otherwise', () => {
    expect(sentence('人才培养项目事业单位要不要注册资金500万')).toContain('事业单位和非营利性机构不受注册资金');
    expect(sentence('人才培养项目注册资金要多少')).toContain('申报单位注册资金不低于500万元');
  });
});

describe('review of the twenty-eighth round (ask)', () => {
  it('keeps 2021 and 2023 questions about the guide’s own dates, and declines only another year’s guide', () => {
    expect(firstClause('2021年的贴息指南有没有上限')).toBe('1.1.2');
    expect(firstClause('21年的并购指南有没有说要完成工商变更')).toBe('3.1.1.1');
    expect(firstClause('标识解析二级节点2023年的上线时间指南怎么规定')).toBe('1.3.2.1.2');
    expect(firstClause('23年的年底前建成是指南的要求吗')).toBe('4.1.1.4');
    expect(topic('23年的技改贴息指南出来没 门槛有没有变')).toBe('other-year');
  });

  it('answers a changed plan’s figures and dates, declining only how to amend', () => {
    expect(firstClause('The plan changed after approval, our 5G project now finishes in 2024, is that OK?')).toBe(
      '1.2.2.3',
    );
    expect(firstClause('5G项目批复之后工期调整怎么办 2024年才能建成')).toBe('1.2.2.3');
    expect(topic('立项以后建设内容要调整怎么办')).toBe('procedure');
  });

  it('still declines one project in two programs when several firms are named, and keeps both halves of a question', () => {
    expect(topic('同一项目能否同时报技改贴息和绿色化改造 我们有多家企业')).toBe('both-programs');
    expect(firstClause('How does a company get recognised as a little giant, and what subsidy does it get?')).toBe(
      '3.2.2',
    );
    expect(firstClause('线上培训能占几成')).toBe('5.5.1.2');
  });

  it('leads 重大活动 with its own sentence and the 5G deadline with 5G’s', () => {
    const lead = (q: string) => {
      const r = answerQuestion(q);
      return r.kind === 'answer' ? r.hits[0]?.sentence : r.kind;
    };
    expect(lead('重大活动补多少')).toContain('重大活动项目按专项审计后的实际支出');
    expect(lead('What is the deadline for 5G projects?')).toContain('2023年底前建设完成');
  });
});

describe('the twenty-ninth round (ask)', () => {
  it('declines the topics the guide does not settle, said in new ways', () => {
    expect(topic('现在五年期以上LPR是多少')).toBe('lpr-figure');
    expect(topic('同一个技改项目 能不能又报贴息又报智改数转标杆 两头都拿')).toBe('both-programs');
    expect(topic('how to get recognised as provincial specialized little giant? what criteria')).toBe(
      'recognition-criteria',
    );
    expect(topic('小巨人申报还来得及吗')).toBe('deadline');
    expect(topic('智能工厂什么时候截止申报')).toBe('deadline');
    expect(topic('can the subsidy money be used for staff salary or bonus')).toBe('use-of-funds');
  });

  it('answers what sounds like a deadline when it is about the project, its investment or a period', () => {
    // (Review of the twenty-ninth round: a 截止 of the project's works, an interest period or a 来得及 with a situation
    // said is the guide's condition; 分哪几块拨 asks the payment; 又拿贴息又拿设备补助 is one program's two grants.)
    expect(firstClause('绿色化改造项目建设最晚啥时候截止？')).toBe('4.1.1.4');
    expect(firstClause('二级节点最晚啥时候截止')).toBe('1.3.2.1.2');
    expect(firstClause('去年新认定的小巨人，申报还来得及吗')).toBe('3.2.1.1');
    expect(firstClause('贴息利率按现在的LPR几年期算')).toBe('1.1.2');
    expect(firstClause('信创先导区补助分哪几块拨')).toBe('1.4.1.2');
    expect(firstClause('5G项目补助分哪几块拨付')).toBe('1.2.3');
    expect(topic('同一个技改项目又拿贴息又拿设备补助可以吗')).toBe('answer');
    expect(topic('省里贴息跟县里贴息两头都拿会不会超')).toBe('answer');
    expect(firstClause('How to become certified as an eligible cluster promotion organization?')).toBe('5.2.3');
    expect(firstClause('Can the money we spend on cloud services be used for the 400万 software requirement?')).toBe(
      '1.2.2.4',
    );
    expect(firstClause('信创实验室合作期至少几年 建设期到啥时候截止')).toBe('1.4.2.1.2');
    expect(firstClause('5G全连接工厂 去年底实际近度才百分之十五 还来得及报不')).toBe('1.2.2.3');
  });

  it('reads 主要扶持哪几块 as the fund’s direction, 人工费 as 人工费用 and 投资进度 as the investment by 2021', () => {
    expect(firstClause('今年这个转型升级zj主要扶持哪几块啊 有没有个大概')).toBe('0');
    expect(firstClause('研发投入里人工费能算吗')).toBe('2.2.3');
    expect(firstClause('绿色化改造项目投资进度要求是多少？')).toBe('4.1.1.2');
  });

  it('quotes a floor with the other tier the next sentence sets on the same measure', () => {
    const r = answerQuestion('创新中心项目总投入要求');
    const hit = r.kind === 'answer' ? r.hits[0] : undefined;
    expect(hit?.clause).toBe('5.1.1.2');
    expect(hit?.sentence).toContain('8000');
    expect(hit?.sentence).toContain('5000');
    // (A floor with no second tier keeps its own sentence.)
    const one = answerQuestion('信创实验室总投入要多少');
    const first = one.kind === 'answer' ? one.hits[0] : undefined;
    expect(first?.sentence.length).toBeLessThan(first?.text.length ?? 0);
  });
});

describe('the thirtieth round (ask)', () => {
  it('declines what batch 58 and 57 asked that the guide does not settle', () => {
    expect(
      topic('Our group also has a plant in Hefei. Does Anhui province offer the same kind of loan interest subsidy?'),
    ).toBe('province-equivalent');
    expect(
      topic('We completed a smart factory in 2021. What are the criteria and process to get onto that list?'),
    ).toBe('recognition-criteria');
    expect(topic('Can one enterprise apply for two programs in the same year, or is there a one-project limit?')).toBe(
      'both-programs',
    );
    expect(topic('Is our recommending unit the Kunshan bureau or the Suzhou municipal bureau?')).toBe(
      'recommending-unit',
    );
    expect(topic('does the province share ownership of the patents developed in the project?')).toBe('other-law');
    expect(topic('Is there a relocation or settlement reward from the province?')).toBe('other-support');
    expect(topic('专项审计报告 我们找的本地小会计所出具的可以吗 有没有指定事务所名单')).toBe('auditor');
    expect(topic('我们新上智能工厂还要买30亩工业用地 土地出让金有没有优惠')).toBe('other-support');
    expect(topic('节能量能不能拿去碳市场卖 CCER咋申请')).toBe('carbon-market');
    expect(topic('学员结业能发人社部门认可的职业技能证书吗')).toBe('vocational-certificate');
    expect(topic('23年的智改数转标杆还评不评 新指南出来没')).toBe('other-year');
  });

  it('still answers what the guide says of acceptance, the commitment letter and IP', () => {
    // (Review of the thirtieth round's first try: 谁来验收 is the recommending unit's (1.2.2.3), 要交啥 the 承诺函.)
    expect(firstClause('标杆示范项目由谁验收')).toBe('1.2.2.3');
    expect(firstClause('工业互联网平台项目谁来验收')).toBe('1.3.2.2.3');
    expect(firstClause('平台项目要跟信通院云池对接吗 要交啥材料')).toBe('1.3.2.2.2');
    expect(firstClause('Does IP ownership matter for the core technology breakthrough projects?')).toBe('2.2.1');
    expect(topic('推荐单位要出具什么意见')).toBe('answer');
  });
});

describe('the thirtieth round (ask): batch 58 follow-ups', () => {
  it('reads "or only factories can" as who may apply, and 智改数转诊断 as the free diagnosis', () => {
    expect(
      firstClause(
        'We are a logistics company with a bank loan. can we apply the tech upgrade loan discount or only factories can?',
      ),
    ).toBe('1.1.3');
    expect(firstClause('技改贴息是不是只有工业企业才能报')).toBe('1.1.3');
    expect(firstClause('我们是无锡的规上企业 想做智改数转诊断 要自己掏钱吗 怎么申请')).toBe('1.6');
  });

  it('answers the second phase money and declines applying again for a second phase', () => {
    expect(firstClause('Our xinchuang lab budget is 1200w. first phase = 30% right? and second phase how much?')).toBe(
      '1.4.2.2',
    );
    expect(topic('can we apply again for the second phase of the same project?')).toBe('both-programs');
    expect(topic('We were named a national green factory in 2021. Is there a one-off award for that?')).toBe(
      'unlisted-honour',
    );
    expect(firstClause('我们是国家级绿色工厂 能报绿色化改造吗')).not.toBe('not_in_guide');
  });
});

describe('review of the thirtieth round (ask)', () => {
  it('answers what the guide says that the new declines had caught', () => {
    expect(firstClause('我们安徽也有个厂 项目放那边能报技改贴息不')).toBe('1.1.1.1');
    expect(firstClause('How long will it last — the cooperation period of the xinchuang lab?')).not.toBe(
      'not_in_guide',
    );
    expect(firstClause('验收完了二期资金咋弄')).not.toBe('not_in_guide');
    expect(firstClause('兼并重组一年只能报一个吗，多个并购能合并吗')).toBe('3.1.1.4');
    expect(firstClause('What is the recommending unit responsible for?')).not.toBe('not_in_guide');
    expect(firstClause('Do we need to own the patents related to the project to apply for core-tech support?')).toBe(
      '2.2.1',
    );
    expect(firstClause('获i创杯二等奖并落户江苏的项目，落地奖励有多少')).toBe('3.3');
    expect(firstClause('培训机构要有人社局认可的资质吗')).not.toBe('not_in_guide');
    expect(firstClause('碳交易相关培训能申报人才培养项目吗')).not.toBe('not_in_guide');
    expect(firstClause('23年底前完成的5G项目还有没有补助')).not.toBe('not_in_guide');
    expect(firstClause('小巨人要准备什么材料，审计报告要吗')).not.toBe('not_in_guide');
    expect(firstClause('国家级绿色工厂做绿色化改造有没有奖励，补助多少')).not.toBe('not_in_guide');
    expect(firstClause('Can we apply for the second phase funds after acceptance of the xinchuang lab?')).toBe(
      '1.4.2.2',
    );
  });

  it('still declines the out-of-guide questions those patterns were for', () => {
    expect(topic('推荐单位是市工信局还是区工信局')).toBe('recommending-unit');
    expect(topic('Our smart factory phase one got funded; can we apply for the second phase project?')).toBe(
      'both-programs',
    );
    expect(topic('Is there a one-project limit per company?')).toBe('both-programs');
    expect(topic('请问项目推荐单位出具的验收意见是否有统一格式？')).toBe('procedure');
  });
});

describe('second review of the thirtieth round (ask)', () => {
  it('answers two-part and adjacent questions the round declines had caught', () => {
    expect(firstClause('小巨人需要提交哪些资料，研发投入占比要多少')).toBe('3.2.1.3');
    expect(firstClause('2023年投产的标杆工厂还评不评')).not.toBe('not_in_guide');
    expect(firstClause('我们做碳排放权交易的数据平台，能报数据产品化吗')).not.toBe('not_in_guide');
    expect(firstClause('总部迁到苏州后做的技改项目能报贴息吗')).not.toBe('not_in_guide');
    expect(firstClause('人才培养项目近三年收入以会计事务所审计报告为准吗')).toBe('5.5.1.2');
    expect(
      firstClause('What are the requirements to be selected for the list of supported tech loan projects?'),
    ).not.toBe('not_in_guide');
    expect(firstClause('How many 5G projects are supported? Is there a one-project limit?')).not.toBe('not_in_guide');
    expect(firstClause('Can we apply for the second-phase project of the xinchuang lab?')).not.toBe('not_in_guide');
  });

  it('still declines selling carbon credits and a one-project limit asked alone', () => {
    expect(topic('节能量能不能拿去碳市场卖 CCER咋申请')).toBe('carbon-market');
    expect(topic('Is there a one-project limit per company?')).toBe('both-programs');
    expect(topic('23年的智改数转标杆还评不评 新指南出来没')).toBe('other-year');
  });
});

describe('the thirty-first round (ask)', () => {
  it('answers the question told after the asker’s own project when the story dilutes its words', () => {
    const q =
      'Our company leads an innovation consortium with two universities for a high-end sensor project that would run from January 2022 to December 2025. Can the consortium apply, and is that timeline acceptable?';
    expect(clausesOf(q, 3)).toEqual(expect.arrayContaining(['2.4', '2.2.2']));
    // (The question alone answered only when the whole is declined for its coverage: a sentence with a full stop inside
    // e.g. is no story.)
    expect(
      firstClause('for the talent training program may we collect fee from trainees, e.g. for accommodation?'),
    ).toBe('5.5.1.6');
  });

  it('declines what statement-first questions ask that the guide does not settle', () => {
    expect(
      topic(
        "Our smart factory project in Kunshan passed acceptance last month. What's the deadline for submitting the 2022 application?",
      ),
    ).toBe('deadline');
    expect(
      topic(
        'our sister plant is in Jiaxing Zhejiang, also has loan for tech upgrade. zhejiang got similar interest subsidy? what rules',
      ),
    ).toBe('province-equivalent');
    // (A story naming the lender's place is still read with the whole message: the loan from a Shanghai bank is 1.1.1.2's.)
    expect(
      firstClause(
        'Our bank loan is from a Shanghai bank, not a Jiangsu one. Can we still get the interest refund for our machine upgrade project?',
      ),
    ).toBe('1.1.1.2');
    expect(
      topic(
        "We're not in the provincial cloud computing / big data / blockchain enterprise database yet. How do we register to get in?",
      ),
    ).toBe('recognition-criteria');
    expect(
      topic(
        'Our key core technology project has been approved. How long after approval does the first 50% actually reach our bank account?',
      ),
    ).toBe('payout-date');
    expect(
      topic(
        'Can the same equipment be claimed under the tech-loan program and the green upgrade program at the same time?',
      ),
    ).toBe('both-programs');
    expect(
      topic(
        'We would like to be one of the providers for the free smart-transformation diagnosis. How do we sign up as a provider and what qualifications do we need?',
      ),
    ).toBe('recognition-criteria');
  });

  it('declines what batch 59 asked that the guide does not settle, and no longer a count of firms applying', () => {
    expect(topic('技改贴息今年啥时候截止啊 还来得及报不')).toBe('deadline');
    expect(topic('国家级专精特新小巨人 工信部那边有没有奖补 给多少')).toBe('national-fund');
    expect(topic('i创杯大赛怎么报名参赛 一等奖奖金多少')).toBe('event-logistics');
    expect(topic('我们是做新能源汽车零部件的 去年买了一批新能源物流车 车辆购置税减免政策今年还有吗')).toBe(
      'tax-policy',
    );
    expect(topic('智能工厂和5G融合应用可以一起报不')).toBe('both-programs');
    expect(firstClause('我们园区有三家企业想一起报5G+工业互联网 今年这个一共支持几个啊')).toBe('1.2.5');
    // (count as a major merger is the merger's condition, not whether a firm counts as a backbone one.)
    expect(
      firstClause(
        'Last year we bought 45% of a German gearbox maker and we are now its largest shareholder. Does that count as a major merger for this fund?',
      ),
    ).toBe('3.1.1.3');
    expect(topic('Does our firm count as a backbone enterprise?')).toBe('company-status');
  });

  it('reads pinyin initials, what’s, the most a project can get, 建好 and a requirement asked as 不是…能不能报', () => {
    expect(firstClause('sjcph补几个点 封顶多少啊')).toBe('1.5.2');
    expect(firstClause('xjr 补多少')).toBe('3.2.2');
    expect(
      clausesOf(
        "What's the minimum project size for the tech upgrade loan interest subsidy, and what's the most a single project can get?",
        3,
      ),
    ).toEqual(expect.arrayContaining(['1.1.1.2', '1.1.2']));
    expect(firstClause('节能改造去年就建好投产了 还能报绿色化改造不')).toBe('4.1.1.4');
    expect(firstClause('不是服务型制造示范企业能不能报', 'service-upgrade')).toBe('1.2.2.1');
    // (有没有啥补贴可以申请 asks what there is, no requirement.)
    expect(firstClause('我们借了银行贷款买新设备改生产线 有没有啥补贴可以申请')).toBe('1.1.2');
    expect(
      clausesOf(
        'We develop IGBT power modules for electric vehicles, and the R&D budget for the project is 25 million yuan. Is IGBT within the scope of the key core technology program, and is our budget big enough?',
        3,
      ),
    ).toEqual(expect.arrayContaining(['2.1.2', '2.2.3']));
  });
});

describe('the thirty-first round (ask): play-test 55', () => {
  it('answers 能不能报 as 能报吗 (P7: declined), and still declines what names no program', () => {
    expect(firstClause('技改项目能不能报')).toBe('1.1.3');
    expect(firstClause('技改项目备案总投资2800万能不能报')).toBe('1.1.1.2');
    expect(topic('哪些情况不能报')).toBe(null);
    expect(firstClause('人才培训班能不能收学员钱')).toBe('5.5.1.6');
  });
});

describe('review of the thirty-first round (ask)', () => {
  it('reads a story’s exceptions with its question: the lender, the team, a foreign target, a lease, a contest', () => {
    expect(firstClause('我们的固定资产贷款是上海的银行放的。上海那边的有没有用？')).toBe('1.1.1.2');
    expect(firstClause('We are a cluster promotion organisation. What is the minimum number of employees?')).toBe(
      '5.2.1.2',
    );
    expect(clausesOf('我们2021年并购了一家德国公司，出资8000万，绝对控股。外资企业能算吗？', 3)).toContain('3.1.1.1');
    expect(firstClause('攻关项目研发投入包括设备租赁费。融资租赁的设备算不算？')).toBe('2.2.3');
    expect(firstClause('我们在i创杯拿了二等奖，项目准备落户苏州。落户有没有奖励？')).toBe('3.3');
    expect(firstClause('我们和南京大学组成了创新联合体。一起报可以吗？')).toBe('2.4');
    expect(firstClause('5G项目首次拨付50%，验收后拨付剩余资金。剩下的还要重新申报吗？')).toBe('1.2.3');
  });

  it('answers the guide’s own dates, recognitions, providers and one program’s two subsidies', () => {
    expect(firstClause('这批5G项目啥时候截止要建成？')).toBe('1.2.2.3');
    expect(firstClause('今年攻关任务啥时候截止完成？')).toBe('2.2.2');
    expect(firstClause('我们单项冠军是工信部那边认定的有奖励吗？')).toBe('3.3');
    expect(topic('How can we become a training provider for the industrial talent training program?')).toBe('answer');
    expect(
      firstClause('Can the same equipment invoices count for both the interest subsidy and the equipment subsidy?'),
    ).toBe('1.1.2');
  });

  it('reads 不是X能不能报 of a kind of applicant as who may apply', () => {
    expect(firstClause('不是工业企业可不可以报技改贴息？')).toBe('1.1.3');
    expect(firstClause('不是高新区能不能申报信创先导区？')).toBe('1.4.1.3');
    expect(firstClause('不是企业能不能报数据产品化？')).toBe('1.5.3');
  });

  it('reads no company name as pinyin initials, and no bare pronoun question alone', () => {
    expect(firstClause('XJR Motors (Suzhou) wants to apply for the tech upgrade loan subsidy. What is the cap?')).toBe(
      '1.1.2',
    );
    expect(topic('We signed the loan in 2019 and the invoices are from 2020. Does that count?')).toBe(null);
  });
});

describe('second review of the thirty-first round (ask)', () => {
  it('answers acceptance deadlines, one program’s two subsidies, a Jiangsu project beside another province', () => {
    expect(firstClause("What's the deadline for submitting the acceptance opinion?")).not.toBe('not_in_guide');
    expect(
      topic(
        "Our smart factory project in Kunshan passed acceptance last month. What's the deadline for submitting the 2022 application?",
      ),
    ).toBe('deadline');
    expect(
      clausesOf(
        'Can the same equipment get both the equipment subsidy and the interest subsidy in the tech loan program?',
        3,
      ),
    ).toContain('1.1.2');
    expect(
      firstClause(
        'Our parent company in Zhejiang has the same production line. Can our Jiangsu factory apply for the tech loan subsidy?',
      ),
    ).toBe('1.1.1.1');
  });

  it('answers honours the ministry gave, applying for an event’s subsidy, and reads no brand as initials', () => {
    expect(firstClause('工信部那边评上冠军有没有奖励')).toBe('3.3');
    expect(firstClause('i创杯获奖了怎么报名申请奖励')).toBe('3.3');
    expect(clausesOf('软件杯大赛的承办单位怎么报名申报补助', 3)).toContain('3.4.2');
    expect(firstClause('Can xjr motors apply for the tech loan subsidy?')).toBe('1.1.3');
    expect(firstClause('我们用的是zdf品牌的设备，技改贴息最高多少')).toBe('1.1.2');
  });

  it('declines a story the guide does not know, whatever its question asks', () => {
    expect(
      topic('My cousin wants a scholarship for studying abroad next autumn. What is the maximum amount per project?'),
    ).toBe(null);
  });
});

describe('the thirty-second round (ask)', () => {
  it('answers interest subsidies stacked over levels (1.1.2), a two-part amount-and-payment question, and 帮我看看能不能报', () => {
    expect(
      firstClause(
        "I'm at a district industry and IT bureau in Yangzhou. One of our firms already got 贴息 from the district for its 2021 loan interest. can province still give interest subsidy on the same interest or no double dipping?",
      ),
    ).toBe('1.1.2');
    // (The same project applied to two programs is still declined.)
    expect(topic('同一个项目能同时报技改贴息和智能制造示范工厂吗')).toBe('both-programs');
    expect(
      firstClause(
        'if our 二级节点 project gets selected how much is the subsidy and when do we actually get the money',
      ),
    ).toBe('1.3.3.1');
    expect(topic('5G项目的钱什么时候到账')).toBe('payout-date');
    expect(firstClause('帮我看看能不能报技改贴息')).toMatch(/^1\.1/u);
    expect(topic('帮我写一下申报书')).not.toBe('answer');
  });

  it('reads the loan-interest programme and a new-energy cluster, not the green programme', () => {
    expect(
      clausesOf(
        'Good afternoon. Our loan-financed production line upgrade looks like a fit for the loan-interest programme. What kind of company is allowed to apply for it, and roughly how many projects will be supported across the province?',
        3,
      ),
    ).toEqual(expect.arrayContaining(['1.1.3', '1.1.4']));
    expect(
      firstClause(
        'Our association serves the Changzhou new-energy cluster. We have 8 full-time service staff and earned 350万 from cluster services in 2021. Do we qualify?',
      ),
    ).toMatch(/^5\.2/u);
  });

  it('declines what other provinces and MIIT run, the use of the money, past results, a licence and the acceptance procedure', () => {
    expect(
      topic(
        'We also have plants in Zhejiang and Shanghai. Do those provinces run similar special funds for 5G factories, and how much do they pay?',
      ),
    ).toBe('province-equivalent');
    expect(
      topic(
        'What subsidy does MIIT give nationally for 5G fully-connected factories, and can it be combined with the Jiangsu one?',
      ),
    ).toBe('national-fund');
    expect(topic('how to get our company into the 省工信厅 cloud/bigdata/blockchain enterprise database')).toBe(
      'recognition-criteria',
    );
    expect(topic('专项资金到账以后能不能拿去还银行贷款 资金用途有啥规定')).toBe('use-of-funds');
    expect(topic('去年苏州一共有多少个项目拿到这笔钱 平均每个多少')).toBe('past-results');
    expect(topic('培训资质去哪个部门办 我们公司营业执照经营范围里没写培训 要怎么加')).toBe('recognition-criteria');
    expect(topic('请问项目推荐单位出具验收意见时，验收应按照什么程序和标准开展？')).toBe('procedure');
    // (Who issues the acceptance opinion is the guide's.)
    expect(firstClause('验收意见由谁出具')).not.toBe('not_in_guide');
  });
});

describe('review of the thirty-second round (ask)', () => {
  it('keeps the new declines narrow: what the fund supports, this year’s quotas, payment by acceptance, what to do without a licence', () => {
    expect(firstClause('专项资金能用来支持新能源汽车推广吗')).toBe('4.2');
    expect(firstClause('2021年完工的智能制造示范工厂，今年有几个项目能入选')).not.toBe('not_in_guide');
    expect(firstClause('5G项目验收按什么标准拨付剩余资金')).toBe('1.2.3');
    expect(firstClause('我们没有培训资质怎么办')).toBe('5.5.1.1');
    expect(
      firstClause('Does MIIT give the expert evaluation for identifier resolution nodes, or a provincial body?'),
    ).toBe('1.3.2.1.1');
    expect(firstClause("We're buying new energy efficient motors to cut power use; which program?")).not.toBe(
      'not_in_guide',
    );
    expect(
      firstClause(
        'How to get our company into the provincial big data enterprise library? Is it required for data productization?',
      ),
    ).toBe('1.5.1.1');
  });

  it('still declines two programs at once named with a level, and a payout date asked with no amount of a program', () => {
    expect(topic('园区里的企业能同时报两个项目吗')).toBe('both-programs');
    expect(topic('Can we double dip with district money and provincial money on the same equipment?')).toBe(
      'both-programs',
    );
    expect(topic('钱一般几月份到账？给多少家企业？')).toBe('payout-date');
    expect(topic('Help me fill in the form, are we eligible for the green upgrade?')).toBe('service-request');
  });
});

describe('second review of the thirty-second round (ask)', () => {
  it('answers a bank loan’s use, interest subsidised by a lower level already, and an amount asked with its payout', () => {
    expect(firstClause('固定资产贷款收到以后可以用来付之前买的设备款吗')).toBe('1.1.2');
    expect(firstClause('区里已经给了贴息，省里的技改贴息还能同时报吗')).toBe('1.1.2');
    expect(firstClause('二级节点能补多少 什么时候到账')).toBe('1.3.3.1');
    expect(topic('2021年技改贴息多少个项目立项了')).toBe('past-results');
    expect(topic('专项资金到账以后能不能拿去还银行贷款 资金用途有啥规定')).toBe('use-of-funds');
  });
});

describe('the thirty-third round (ask)', () => {
  it('declines what batches 63 and 64 asked the guide does not settle', () => {
    expect(topic('省级智能制造示范工厂名单 咋样才能评上 要啥条件')).toBe('recognition-criteria');
    expect(topic('我们公司今年想评省专精特新小巨人 评定条件是啥 啥时候报')).toBe('recognition-criteria');
    expect(topic('公司被列入失信名单了 还能报吗')).toBe('credit-record');
    expect(topic('how to get the energy review (能评) approval, which office and how long it takes')).toBe('procedure');
    expect(topic('How are providers selected and how do we register?')).toBe('procedure');
    expect(topic('What does the acceptance review involve, and who does the on-site inspection?')).toBe('procedure');
    expect(topic('Is there an official template for the commitment letter, and where do we download it?')).toBe(
      'procedure',
    );
    expect(topic('如果拿到核心技术攻关的补助 这钱能不能用来发研发人员工资 有没有使用范围限制')).toBe('use-of-funds');
    expect(topic('What does Nanjing city itself give for 智改数转 projects on top of the provincial money?')).toBe(
      'city-policy',
    );
    expect(topic('我们苏州工业园区的 新认定小巨人 园区层面还有没有额外奖励 奖多少')).toBe('city-policy');
  });

  it('still answers who carries out the acceptance the guide names', () => {
    expect(firstClause('Who carries out the acceptance check for benchmark demonstration projects?')).toBe('1.2.2.3');
    expect(firstClause('IIoT platform project - must it be completed within 2021? and who does the acceptance')).toBe(
      '1.3.2.2.3',
    );
  });
});

describe('the thirty-third round: the sentence that answers (play-test 57)', () => {
  const sentence = (q: string) => leadSentence(q);

  it('answers the amount with the amount’s sentence, the most with the cap, the whole count with the total', () => {
    expect(sentence('5G项目能拿多少补助')).toContain('10%');
    expect(sentence('5G项目首次拨付多少')).toContain('首次拨付');
    expect(sentence('技改项目最多能拿多少')).toContain('合计不超过2000万元');
    expect(sentence('标杆示范一共支持几个')).toContain('不超过55个');
    expect(sentence('培训机构注册资金要求')).toContain('注册资金不低于500万元');
    expect(sentence('事业单位要不要注册资金500万')).toContain('不受注册资金');
  });
});

describe('the thirty-third round: the subsidy asked in a dialog (play-test 57)', () => {
  const first = firstClauseAmong;

  it('answers 能拿多少钱 with the program’s amount clause, or the one the programs screened share', () => {
    expect(first('能拿多少钱', ['5g-iiot'])).toBe('1.2.3');
    expect(first('我们这种能拿多少钱', ['smart-factory', 'iiot-benchmark', '5g-iiot', 'service-upgrade'])).toBe(
      '1.2.3',
    );
    expect(first('能拿多少钱', ['merger'])).toBe('3.1.2');
    expect(first('能拿多少钱', ['tech-loan', 'merger'])).toBe('not_in_guide');
    expect(first('我们食堂一顿饭多少钱', ['5g-iiot'])).toBe('not_in_guide');
  });
});

describe('review of the thirty-third round (ask)', () => {
  const sentence = (q: string) => leadSentence(q);
  const inDialog = firstClauseAmong;

  it('keeps a named program’s own count, a rate’s sentence and a payment phase’s sentence', () => {
    expect(sentence('智能制造示范工厂总共支持几个')).toContain('智能制造示范工厂项目不超过10个');
    expect(sentence('技改设备补助最高按百分之几')).toContain('10%');
    expect(sentence('贴息利率最高多少')).toContain('LPR');
    expect(sentence('5G项目前期能拿多少')).toContain('首次拨付');
  });

  it('answers in a dialog of several programs the amount only, and never money for a person', () => {
    expect(inDialog('支持几个', ['smart-factory', '5g-iiot'])).toBe('not_in_guide');
    expect(inDialog('是一次性给吗', ['smart-factory', 'iiot-benchmark'])).toBe('not_in_guide');
    expect(inDialog('老板个人能拿多少', ['merger'])).toBe('not_in_guide');
  });

  it('still answers what the guide says beside the new declines', () => {
    expect(firstClause('智能制造示范工厂项目咋样才能评上补助')).not.toBe('not_in_guide');
    expect(firstClause('想评小巨人培育项目，评选条件是什么')).toMatch(/^3\.2\.1/);
    expect(firstClause('how long it takes for the 5G project to be completed, is there a deadline')).toBe('1.2.2.3');
    expect(firstClause('on top of the provincial money, can the city also subsidise the same loan interest')).toBe(
      '1.1.2',
    );
    expect(firstClause('园区这块还有额外的补贴吗，展会补助最高多少')).toBe('3.4.1');
    expect(firstClause('do we need a commitment letter, is there a template to download')).toBe('1.3.2.2.2');
  });
});

describe('second review of the thirty-third round (ask)', () => {
  const lead = leadSentence;

  it('leads with the payment for a phase named and with the cap for the whole amount, in a dialog', () => {
    expect(lead('前期能拿多少', '5g-iiot')).toContain('首次拨付');
    expect(lead('能拿多少钱', '5g-iiot')).toContain('10%');
    expect(lead('一共能拿多少', 'tech-loan')).toContain('合计不超过2000万元');
  });
});
