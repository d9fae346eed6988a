import { describe, expect, it } from 'vitest';
import { parsePercent } from '../../../src/dialogs/parse/percent.ts';
import { parseQuantity } from '../../../src/dialogs/parse/quantity.ts';

describe('percentages are numbers 0–100', () => {
  it.each([
    ['31%', 31],
    ['31％', 31],
    ['31', 31],
    ['4.65', 4.65],
    ['4.65%', 4.65],
    ['百分之三十', 30],
    ['百分之三十一点五', 31.5],
    ['三成', 30],
    ['千分之五', 0.5],
    ['约20%', 20],
    ['100%', 100],
    ['0', 0],
    ['1', 1],
  ])('%s → %d', (text, value) => {
    expect(parsePercent(text, { max: 100 })).toEqual({ ok: true, value });
  });

  it('a bare decimal between 0 and 1 is a fraction', () => {
    expect(parsePercent('0.31', { max: 100 })).toEqual({ ok: true, value: 31 });
    expect(parsePercent('0.2', { max: 100 })).toEqual({ ok: true, value: 20 });
    expect(parsePercent('0.31%', { max: 100 })).toEqual({ ok: true, value: 0.31 });
  });

  it('a share above 100 is out of range, a growth rate is not', () => {
    expect(parsePercent('101%', { max: 100 })).toEqual({ ok: false, code: 'out_of_range' });
    expect(parsePercent('150%')).toEqual({ ok: true, value: 150 });
  });

  it('a negative figure only where the fact allows it', () => {
    expect(parsePercent('-5%', { allowNegative: true })).toEqual({ ok: true, value: -5 });
    expect(parsePercent('下降5%', { allowNegative: true })).toEqual({ ok: true, value: -5 });
    expect(parsePercent('-5%', { max: 100 })).toEqual({ ok: false, code: 'negative' });
  });

  it('words are not a percentage', () => {
    expect(parsePercent('挺高的')).toEqual({ ok: false, code: 'no_match' });
  });
});

describe('counts and plain numbers', () => {
  it.each([
    ['3场', '场', 3],
    ['三家', '家', 3],
    ['120人', '人', 120],
    ['1.5万人次', '人次', 15000],
    ['约200家', '家', 200],
    ['没有', '家', 0],
  ])('%s (%s) → %d', (text, unit, value) => {
    expect(parseQuantity(text, { unit, integer: true })).toEqual({ ok: true, value });
  });

  it('a count is a whole number', () => {
    expect(parseQuantity('2.5场', { unit: '场', integer: true })).toEqual({ ok: false, code: 'not_integer' });
  });

  it.each([
    ['5年', 5],
    ['五年期', 5],
    ['两年半', 2.5],
    ['60个月', 5],
    ['18个月', 1.5],
    ['3', 3],
  ])('years: %s → %d', (text, value) => {
    expect(parseQuantity(text, { unit: '年' })).toEqual({ ok: true, value });
  });

  it.each([
    ['2亿', 2],
    ['2.5亿次', 2.5],
    ['20000万', 2],
    ['3', 3],
  ])('counts in 亿: %s → %d', (text, value) => {
    expect(parseQuantity(text, { unit: '亿' })).toEqual({ ok: true, value });
  });

  it('a negative count is refused', () => {
    expect(parseQuantity('-3', { unit: '个', integer: true })).toEqual({ ok: false, code: 'negative' });
  });
});
