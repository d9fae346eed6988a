import { describe, expect, it } from 'vitest';
import {
  chineseNumber,
  englishForm,
  guideCasing,
  normaliseQuestion,
  numeralsToDigits,
} from '../../../src/knowledge/search/normalise.ts';

const casing = guideCasing('5G MCU IGBT LPR i创杯');

describe('normalising a question', () => {
  it.each([
    ['三千五百', 3500],
    ['两千', 2000],
    ['叁仟', 3000],
    ['二〇二一', 2021],
    ['十五', 15],
    ['十', 10],
    ['二十', 20],
    ['八百', 800],
    ['五', 5],
  ])('reads %s as %d', (s, n) => {
    expect(chineseNumber(s)).toBe(n);
  });

  it('refuses what is not a Chinese number', () => {
    expect(chineseNumber('')).toBeNull();
    expect(chineseNumber('三千万元')).toBeNull();
  });

  it('writes figures as digits where the guide prints digits', () => {
    expect(numeralsToDigits('总投资三千万的技改项目')).toBe('总投资3000万的技改项目');
    expect(numeralsToDigits('截止二〇二一年底')).toBe('截止2021年底');
    expect(numeralsToDigits('占比百分之二十')).toBe('占比20%');
    expect(numeralsToDigits('合作期五年')).toBe('合作期5年');
    expect(numeralsToDigits('一亿')).toBe('1亿');
  });

  it('leaves numerals that are part of a word', () => {
    for (const w of ['二级节点', '分两期', '一次性补助', '首期', '二期资金']) expect(numeralsToDigits(w)).toBe(w);
  });

  it('turns traditional characters into simplified ones and takes the guide’s case for its acronyms', () => {
    expect(normaliseQuestion('技術改造貸款貼息的補助標準', casing)).toBe('技术改造贷款贴息的补助标准');
    expect(normaliseQuestion('5g项目', casing)).toBe('5G项目');
    expect(normaliseQuestion('igbt能报吗', casing)).toBe('IGBT能报吗');
    expect(normaliseQuestion('i创杯二等奖', casing)).toBe('i创杯二等奖');
  });

  it('reads English in one form: singular, American spelling, figures', () => {
    expect(englishForm('Subsidies for innovation centres')).toBe('subsidy for innovation center');
    expect(englishForm('subsidised organisations')).toBe('subsidized organization');
    expect(englishForm('four years')).toBe('4 year');
    expect(englishForm('tech-loan energy-saving 5G-IIoT')).toBe('tech loan energy saving 5g iiot');
    expect(englishForm('business process analysis')).toBe('business process analysis');
  });
});
