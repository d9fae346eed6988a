import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerQuestion, looksLikeQuestion, MAX_HITS } from '../../src/knowledge/ask.ts';
import { describeHit, formatAnswer } from '../../src/knowledge/ask-format.ts';
import { clauseById, fullText, isAttachmentId, isClauseId } from '../../src/knowledge/guide.ts';
import { PROGRAMS } from '../../src/knowledge/program-catalogue.ts';
import { evalSetPath, evaluateAsk, readEvalSet } from '../../src/knowledge/search/evaluate.ts';
import { propertyRuns } from '../property-runs.ts';

const set = readEvalSet(evalSetPath(join(import.meta.dirname, '..', '..'), 'tune'));

const firstClause = (q: string) => {
  const r = answerQuestion(q);
  return r.kind === 'answer' ? r.hits[0]?.clause : r.kind;
};

describe('the evaluation set', () => {
  it('has at least 80 questions, some in English, each answered by real clause or attachment ids', () => {
    expect(set.questions.length).toBeGreaterThanOrEqual(80);
    expect(set.questions.filter((x) => /^[\x20-\x7e]+$/u.test(x.q)).length).toBeGreaterThanOrEqual(8);
    for (const { q, ids } of set.questions) {
      for (const id of ids) expect(isClauseId(id) || isAttachmentId(id), `${q}: ${id}`).toBe(true);
    }
  });

  it('covers every program and several attachments', () => {
    const ids = set.questions.flatMap((x) => x.ids);
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
    expect(new Set(ids.filter((id) => id.startsWith('A'))).size).toBeGreaterThanOrEqual(5);
  });
});

describe('answer quality', () => {
  it('finds the settling clause first for at least 85% of questions and in the first three for at least 95%', () => {
    const report = evaluateAsk(set);
    expect(report.top1Pct).toBeGreaterThanOrEqual(85);
    expect(report.top3Pct).toBeGreaterThanOrEqual(95);
    expect(report.notInGuideOk).toBe(report.notInGuideTotal);
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
