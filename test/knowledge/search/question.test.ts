import { describe, expect, it } from 'vitest';
import { askSearchIndex, explainQuestion } from '../../../src/knowledge/ask.ts';
import {
  cleanQuestion,
  correctSpelling,
  isEnglish,
  MAX_QUESTION_CHARS,
} from '../../../src/knowledge/search/question.ts';

describe('reading a question', () => {
  it('cleans full-width forms, control characters, tags and template braces', () => {
    expect(cleanQuestion('５Ｇ项目\u0000怎么拨付？')).toEqual({ ok: true, text: '5G项目 怎么拨付?' });
    expect(cleanQuestion('<b>贴息</b>{{x}}')).toEqual({ ok: true, text: '贴息 x' });
  });

  it('refuses a question one character over the limit and reads one at the limit', () => {
    expect(cleanQuestion('税'.repeat(MAX_QUESTION_CHARS)).ok).toBe(true);
    expect(cleanQuestion('税'.repeat(MAX_QUESTION_CHARS + 1))).toEqual({ ok: false, code: 'too_long' });
  });

  it('tells English from Chinese, a stray program name aside', () => {
    expect(isEnglish('Who can apply for the 信创 pilot zone?')).toBe(true);
    expect(isEnglish('5G项目补助资金怎么拨付?')).toBe(false);
    expect(isEnglish('OK')).toBe(false);
  });

  it('expands aliases and finds the programs and kinds a question names', () => {
    const e = explainQuestion('技改贴息补助最多多少');
    expect(e?.analysed.searchText).toContain('技术改造');
    expect([...(e?.analysed.programs ?? [])]).toEqual(['tech-loan']);
    expect(e?.analysed.kinds.has('amount')).toBe(true);
  });

  it('prefers the exact program to the group a wider name heads', () => {
    expect([...(explainQuestion('信创先导区补助')?.analysed.programs ?? [])]).toEqual(['xinchuang-zone']);
    expect([...(explainQuestion('工业互联网创新应用项目谁可以申报')?.analysed.programs ?? [])].sort()).toEqual([
      'iiot-identifier',
      'iiot-platform',
      'iiot-security',
    ]);
  });

  it('keeps a group named beside a program of another group', () => {
    const named = [...(explainQuestion('技改贴息和智改数转标杆示范的补助上限')?.analysed.programs ?? [])].sort();
    expect(named).toEqual(['5g-iiot', 'iiot-benchmark', 'service-upgrade', 'smart-factory', 'tech-loan']);
  });

  it('searches the guide’s own Latin words in an English question, and reads the catalogue’s English names', () => {
    expect(explainQuestion('Does an MCU project qualify for core tech?')?.analysed.searchText).toContain('MCU');
    expect([
      ...(explainQuestion('Industrial cluster development organisation subsidy')?.analysed.programs ?? []),
    ]).toEqual(['cluster-org']);
  });

  it('takes "form" for a form only as a noun', () => {
    expect(explainQuestion('benchmark factory form: which indicators?')?.analysed.kinds.has('form')).toBe(true);
    expect(explainQuestion('What must a data productization project form?')?.analysed.kinds.has('form')).toBe(false);
  });

  it('keeps Chinese words inside an English question', () => {
    const e = explainQuestion('Who can apply for the 信创实验室?');
    expect([...(e?.analysed.programs ?? [])]).toEqual(['xinchuang-lab']);
  });

  it('translates English words into the guide’s words', () => {
    const e = explainQuestion('What is the maximum interest subsidy for a technical upgrade loan?');
    expect(e?.analysed.english).toBe(true);
    expect(e?.analysed.searchText).toContain('技术改造贷款贴息');
    expect(e?.analysed.kinds.has('amount')).toBe(true);
  });

  it('treats a form-only indicator name as a question about the forms', () => {
    expect(explainQuestion('订单及时交付率怎么算')?.analysed.kinds.has('form')).toBe(true);
    expect(explainQuestion('研发投入要多少')?.analysed.kinds.has('form')).toBe(false);
  });
});

describe('correcting misspellings', () => {
  it('corrects a program name typed with one character wrong, and the typo table', () => {
    const vocab = askSearchIndex().vocab;
    expect(correctSpelling('智能制造示范工场总投资最低要求', vocab)).toBe('智能制造示范工厂总投资最低要求');
    expect(correctSpelling('申抱技改贴息能补多少', vocab)).toBe('申报技改贴息能补多少');
  });

  it('leaves names two characters apart and short names alone', () => {
    const vocab = askSearchIndex().vocab;
    for (const q of ['工业互联网安全项目补助比例', '信创实验室补助多少', '创新中间补助', 'How much is the cap?'])
      expect(correctSpelling(q, vocab)).toBe(q);
  });

  it('corrects a short name typed with a character that sounds the same, not a word the guide prints', () => {
    const vocab = askSearchIndex().vocab;
    expect(correctSpelling('技改帖息能报吗', vocab)).toBe('技改贴息能报吗');
    expect(correctSpelling('兼并重足的出资额', vocab)).toBe('兼并重组的出资额');
    expect(correctSpelling('创新中新补助', vocab)).toBe('创新中心补助');
    // 间 (jian) does not sound like 心 (xin); 实验室 is the guide's own word beside the name 试验室.
    expect(correctSpelling('创新中间补助', vocab)).toBe('创新中间补助');
    expect(correctSpelling('信创实验室补助多少', vocab)).toBe('信创实验室补助多少');
  });

  it('reads English words inside a Chinese question and Chinese words inside an English one', () => {
    expect([...(explainQuestion('SME platform 补助上限')?.analysed.programs ?? [])]).toEqual(['sme-platform']);
    expect(explainQuestion('xinchuang pilot zone 谁能申报')?.analysed.kinds.has('subject')).toBe(true);
  });
});
