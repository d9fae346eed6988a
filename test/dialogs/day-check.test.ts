/**
 * Month-only dates whose day decides a result (play-test 51, P9): 2022年1月开工, 2024年1月建成 is a 建设周期 of exactly two
 * years read from the months' last days and of two years and 30 days from a start on the 1st, which is the difference
 * between 5000万 and 8000万 of 总投入 for an innovation centre (5.1.1.2). The day is asked; not known, the program stays ❓.
 */
import { describe, expect, it } from 'vitest';
import { say } from './transcript.ts';

const CENTER = [
  '我们是省级制造业创新中心的依托企业，苏州的，想报创新能力建设',
  '都不是',
  '就这些',
  '总投入6000万',
  '批下来两年',
];

const statusOf = (t: ReturnType<typeof say>, program: string) =>
  t.verdict?.results.find((r) => r.program === program)?.status;

describe('a month-only date whose day decides a result', () => {
  it('asks the day before any verdict, naming the clause it decides', () => {
    const t = say([...CENTER, '2022年1月开工', '2024年1月建成']);
    const last = t.texts.at(-1) ?? '';
    expect(last).toContain('开工日期是2022年1月');
    expect(last).toContain('5.1.1.2');
    expect(t.state.pending).toBe('start_date');
    expect(t.verdict).toBeUndefined();
  });

  it('reads a bare day as that day of the month on record, and screens on it', () => {
    // 2022-01-05 → 2024-01-31 is over two years: 6000万 is under the 8000万 a longer project needs.
    const t = say([...CENTER, '2022年1月开工', '2024年1月建成', '5号', '31号']);
    expect(t.state.profile).toMatchObject({ start_date: '2022-01-05', completion_date: '2024-01-31' });
    expect(statusOf(t, 'innovation-center')).toBe('ineligible');
  });

  it('passes a project that ends within two years of its exact start', () => {
    const t = say([...CENTER, '2022年1月开工', '2024年1月建成', '2022年1月20日', '1月10号']);
    expect(t.state.profile).toMatchObject({ start_date: '2022-01-20', completion_date: '2024-01-10' });
    expect(statusOf(t, 'innovation-center')).toBe('eligible');
  });

  it('leaves the program to be confirmed when the day is not known, never reading it either way', () => {
    const t = say([...CENTER, '2022年1月开工', '2024年1月建成', '不知道', '不知道']);
    expect(statusOf(t, 'innovation-center')).toBe('needs_info');
    expect(t.texts.join('\n')).toContain('待确认：开工日期');
  });

  it('does not ask when the day cannot change anything', () => {
    // Fifteen months either way: well inside two years.
    const t = say([...CENTER, '2022年1月开工', '2023年4月建成']);
    expect(t.texts.join('\n')).not.toContain('只到月份');
    expect(statusOf(t, 'innovation-center')).toBe('eligible');
  });

  it('asks in English too, and reads "the 3rd"', () => {
    const t = say(
      [
        'We are the host company of a provincial manufacturing innovation center in Suzhou, applying for capability building',
        'none',
        "that's all",
        'total 60 million',
        '2 years',
        'started January 2022',
        'finish in January 2024',
        'the 23rd',
      ],
      { locale: 'en' },
    );
    expect(t.texts.join('\n')).toContain('January 2022, the month only');
    expect(t.state.profile).toMatchObject({ start_date: '2022-01-23' });
  });

  it('reads a calendar year typed to a number-of-years question as no count', () => {
    const t = say(['We are the host company of a provincial manufacturing innovation center in Suzhou', 'none'], {
      locale: 'en',
    });
    expect(t.state.profile.innovation_center_age_years).toBeUndefined();
    const after = say(["that's all", 'total 60 million', 'started January 2022'], {}, t.state);
    expect(after.state.profile.innovation_center_age_years).toBeUndefined();
    expect(after.state.profile.start_date).toBe('2022-01-31');
  });
});

describe('answers to the day question (review)', () => {
  it('reads 15号开工的 and asks again for another month’s date', () => {
    const asked = say([...CENTER, '2022年1月开工', '2024年1月建成']);
    const other = say(['2024年1月10号'], {}, asked.state);
    expect(other.state.profile.start_date).toBe('2022-01-31');
    expect(other.texts.join('\n')).toContain('这是另一个月份的日期');
    const day = say(['15号开工的'], {}, other.state);
    expect(day.state.profile.start_date).toBe('2022-01-15');
  });

  it('does not ask an enterprise screening everything the day for a program still open on other answers', () => {
    const t = say(['我们是规上工业企业，江苏的，项目2021年6月开工，2024年6月完工，研发投入4000万', '全部', '不知道']);
    expect(t.texts.join('\n')).not.toContain('只到月份（暂按');
  });
});
