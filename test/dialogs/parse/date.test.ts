import { describe, expect, it } from 'vitest';
import { parseDate, parseDateReading } from '../../../src/dialogs/parse/date.ts';

describe('dates are read as YYYY-MM-DD', () => {
  it.each([
    ['2021年9月30日', '2021-09-30'],
    ['2021年9月30号', '2021-09-30'],
    ['2021年9月30', '2021-09-30'],
    ['2021.9.30', '2021-09-30'],
    ['2021/09/30', '2021-09-30'],
    ['2021-9-30', '2021-09-30'],
    ['２０２１－０９－３０', '2021-09-30'],
    ['20210930', '2021-09-30'],
    ['二〇二一年九月三十日', '2021-09-30'],
    ['2021年12月31日', '2021-12-31'],
    ['2022年1月1日', '2022-01-01'],
    ['2024年2月29日', '2024-02-29'],
    ['21年9月', '2021-09-30'],
  ])('%s → %s', (text, date) => {
    expect(parseDate(text)).toEqual({ ok: true, value: date });
  });

  it.each([
    ['2021年9月', '2021-09-30'],
    ['2021.9', '2021-09-30'],
    ['2021-02', '2021-02-28'],
    ['2021年12月', '2021-12-31'],
    ['2021年9月底', '2021-09-30'],
    ['2021年9月初', '2021-09-01'],
    ['2021年底', '2021-12-31'],
    ['2021年年底', '2021-12-31'],
  ])('a month without a day (%s) is the documented day → %s', (text, date) => {
    expect(parseDate(text)).toEqual({ ok: true, value: date });
  });

  it.each([
    ['去年9月', '2021-09-30'],
    ['去年年底', '2021-12-31'],
    ['今年3月', '2022-03-31'],
    ['前年6月1日', '2020-06-01'],
    ['明年底', '2023-12-31'],
  ])('relative years count from the application year 2022: %s → %s', (text, date) => {
    expect(parseDate(text)).toEqual({ ok: true, value: date });
  });

  it('this year can be set by the caller', () => {
    expect(parseDate('去年9月', { thisYear: 2023 })).toEqual({ ok: true, value: '2022-09-30' });
  });

  it.each([
    ['2021年', 'invalid_date'],
    ['2021年初', 'invalid_date'],
    ['2021年9月中旬', 'invalid_date'],
    ['去年三月上旬', 'invalid_date'],
    ['去年年初', 'invalid_date'],
    ['今年', 'invalid_date'],
    ['2021年2月30日', 'invalid_date'],
    ['2023年2月29日', 'invalid_date'],
    ['2021年13月', 'invalid_date'],
    ['2021.0.5', 'invalid_date'],
    ['1900年1月1日', 'out_of_range'],
    ['下个月', 'no_match'],
    ['', 'no_match'],
  ])('%j fails as %s', (text, code) => {
    expect(parseDate(text)).toEqual({ ok: false, code });
  });
});

describe('the reading says when the day was assumed', () => {
  it.each([
    ['2021年9月30日', false],
    ['2021.9.30', false],
    ['20210930', false],
    ['二〇二一年九月三十日', false],
    ['2021年9月', true],
    // 年底 and 月底 name the day: the echo must not say "只给了月份" (issue 14, §4).
    ['2021年底', false],
    ['2023年6月底', false],
    ['去年9月', true],
  ])('%s: day assumed %s', (text, dayAssumed) => {
    const r = parseDateReading(text);
    expect(r.ok && r.value.dayAssumed).toBe(dayAssumed);
  });
});
