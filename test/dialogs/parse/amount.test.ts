import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../../src/dialogs/parse/amount.ts';
import { parseNumeral } from '../../../src/dialogs/parse/numeral.ts';

describe('numerals', () => {
  it.each([
    ['3500', 3500, false],
    ['3,500', 3500, false],
    ['0.35', 0.35, false],
    ['三千五百', 3500, false],
    ['三千五', 3500, false],
    ['三千零五', 3005, false],
    ['十五', 15, false],
    ['一百零五', 105, false],
    ['两千万', 2e7, true],
    ['3千5百万', 3.5e7, true],
    ['一万二', 12000, true],
    ['三亿五千万', 3.5e8, true],
    ['零点三五亿', 3.5e7, true],
    ['1.2万亿', 1.2e12, true],
  ])('%s is %d', (text, value, scaled) => {
    expect(parseNumeral(text)).toEqual({ ok: true, value: { value, scaled } });
  });

  it.each(['', '万', 'abc', '三三', '亿万'])('%j is not a numeral', (text) => {
    expect(parseNumeral(text)).toEqual({ ok: false, code: 'no_match' });
  });
});

describe('amounts are read in 万元', () => {
  it.each([
    ['3500万', 3500],
    ['3500万元', 3500],
    ['3,500万元', 3500],
    ['３５００万', 3500],
    ['3500w', 3500],
    ['0.35亿', 3500],
    ['0.35亿元', 3500],
    ['三千五百万', 3500],
    ['两千万', 2000],
    ['35000000元', 3500],
    ['35,000,000元', 3500],
    ['3千5百万', 3500],
    ['约3000万', 3000],
    ['大概3000万左右', 3000],
    ['3000多万', 3000],
    ['总投资其实是5000万', 5000],
    ['1.2万亿', 120_000_000],
    ['2999.99万元', 2999.99],
    ['5000元', 0.5],
    ['一百二十万', 120],
    ['没有', 0],
    ['无', 0],
    ['0万元', 0],
    ['0元', 0],
  ])('%s → %d 万元', (text, value) => {
    expect(parseAmount(text, { bareUnit: '万元' })).toEqual({ ok: true, value });
  });

  it.each([
    ['35 million', 3500],
    ['35m', 3500],
    ['35 million yuan', 3500],
    ['about 30 million', 3000],
    ['3.5 billion', 350000],
    ['500k', 50],
    ['35,000,000 yuan', 3500],
    ['35000000 RMB', 3500],
  ])('in English, %s → %d 万元', (text, value) => {
    expect(parseAmount(text, { bareUnit: '万元' })).toEqual({ ok: true, value });
  });

  it('a bare number is 万元 when the question asked in 万元', () => {
    expect(parseAmount('3500', { bareUnit: '万元' })).toEqual({ ok: true, value: 3500 });
    expect(parseAmount('99999', { bareUnit: '万元' })).toEqual({ ok: true, value: 99999 });
  });

  it('a bare number is refused when the question did not name a unit', () => {
    expect(parseAmount('3500')).toEqual({ ok: false, code: 'unit_missing' });
  });

  it('a bare number of 100000 or more is surely 元 without its unit (10亿 is written 10亿)', () => {
    expect(parseAmount('35000000', { bareUnit: '万元' })).toEqual({ ok: false, code: 'unit_ambiguous' });
    expect(parseAmount('100000', { bareUnit: '万元' })).toEqual({ ok: false, code: 'unit_ambiguous' });
    expect(parseAmount('783000', { bareUnit: '万元' })).toEqual({ ok: false, code: 'unit_ambiguous' });
  });

  it.each([
    ['', 'no_match'],
    ['很多', 'no_match'],
    ['3000万到4000万', 'ambiguous'],
    ['-3000万', 'negative'],
    ['500万美元', 'foreign_currency'],
  ])('%j fails as %s', (text, code) => {
    expect(parseAmount(text, { bareUnit: '万元' })).toEqual({ ok: false, code });
  });
});

describe('a percentage is not an amount', () => {
  it.each(['60%', '60％', '百分之六十', '60 percent', '6个百分点'])(
    '%s to an amount question is asked again',
    (text) => {
      expect(parseAmount(text, { bareUnit: '万元' })).toEqual({ ok: false, code: 'no_match' });
    },
  );
});
