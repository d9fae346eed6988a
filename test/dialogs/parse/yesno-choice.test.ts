import { describe, expect, it } from 'vitest';
import { type ChoiceOption, parseChoice, parseChoices } from '../../../src/dialogs/parse/choice.ts';
import { isSkip } from '../../../src/dialogs/parse/skip.ts';
import { parseYesNo } from '../../../src/dialogs/parse/yesno.ts';

describe('yes and no in their many forms', () => {
  it.each([
    '是',
    '是的',
    '对',
    '对的',
    '有',
    '有的',
    '已经',
    '已经开工了',
    '已完成',
    '嗯',
    'yes',
    'Y',
    'ok',
    '有，在南京的工行贷的',
  ])('%s is yes', (text) => {
    expect(parseYesNo(text)).toEqual({ ok: true, value: true });
  });

  it.each(['否', '不是', '没有', '没', '无', '还没', '还没有', '尚未', '未', '不', '不对', 'no', 'N', '没有的'])(
    '%s is no',
    (text) => {
      expect(parseYesNo(text)).toEqual({ ok: true, value: false });
    },
  );

  it.each(['', '3500万', '南京'])('%j is neither', (text) => {
    expect(parseYesNo(text)).toEqual({ ok: false, code: 'no_match' });
  });
});

describe('"I don\'t know" leaves the fact unknown', () => {
  it.each(['不知道', '不清楚', '跳过', 'skip', 'Skip', '不确定', "I don't know"])('%s is a skip', (text) => {
    expect(isSkip(text)).toBe(true);
  });
  it.each(['知道', '是', '3000万', '不是'])('%s is not a skip', (text) => {
    expect(isSkip(text)).toBe(false);
  });
});

const stages: ChoiceOption[] = [
  { value: 'planned', words: ['尚未开工', '未开工', '还没开工', '计划中'] },
  { value: 'under_construction', words: ['在建', '建设中', '已开工', '未完工'] },
  { value: 'completed', words: ['已完工', '完工', '建成', '竣工'] },
];

describe('a choice by its number or its words', () => {
  it.each([
    ['1', 'planned'],
    ['2', 'under_construction'],
    ['第三个', 'completed'],
    ['(2)', 'under_construction'],
    ['3.', 'completed'],
    ['在建', 'under_construction'],
    ['还没开工', 'planned'],
    ['项目已经完工了', 'completed'],
    ['未完工', 'under_construction'],
  ])('%s → %s', (text, value) => {
    expect(parseChoice(text, stages)).toEqual({ ok: true, value });
  });

  it('a number beyond the list is out of range', () => {
    expect(parseChoice('4', stages)).toEqual({ ok: false, code: 'out_of_range' });
    expect(parseChoice('0', stages)).toEqual({ ok: false, code: 'out_of_range' });
  });

  it('words that fit no option do not match', () => {
    expect(parseChoice('不好说', stages)).toEqual({ ok: false, code: 'no_match' });
  });

  it('words that fit two options equally are ambiguous', () => {
    const two: ChoiceOption[] = [
      { value: 'a', words: ['示范工厂'] },
      { value: 'b', words: ['标杆工厂'] },
    ];
    expect(parseChoice('工厂的', two)).toEqual({ ok: false, code: 'no_match' });
    expect(parseChoice('示范工厂和标杆工厂', two)).toEqual({ ok: false, code: 'ambiguous' });
  });

  it('a shortened name must keep more than half of the option word (小巨人 is not 新评的小巨人)', () => {
    const words: ChoiceOption[] = [{ value: 'lg', words: ['新评的小巨人'] }];
    expect(parseChoice('小巨人', words).ok).toBe(false);
    expect(parseChoice('评的小巨人', words)).toEqual({ ok: true, value: 'lg' });
  });
});

const certs: ChoiceOption[] = [
  { value: 'smart-factory-list', words: ['省级智能制造示范工厂', '智能制造示范工厂'] },
  { value: 'cloud-bigdata-registry', words: ['云计算、大数据、区块链企业库', '企业库'] },
  { value: 'little-giant-2021', words: ['2021年新认定的专精特新小巨人', '专精特新小巨人', '小巨人'] },
];

describe('several certifications in one line', () => {
  it.each([
    ['省级智能制造示范工厂、专精特新小巨人', ['smart-factory-list', 'little-giant-2021']],
    ['小巨人，智能制造示范工厂', ['smart-factory-list', 'little-giant-2021']],
    ['我们是小巨人', ['little-giant-2021']],
    ['云计算、大数据、区块链企业库', ['cloud-bigdata-registry']],
    ['1、3', ['smart-factory-list', 'little-giant-2021']],
    ['1 3', ['smart-factory-list', 'little-giant-2021']],
    ['都没有', []],
    ['无', []],
    ['没有', []],
  ])('%s → %j', (text, values) => {
    expect(parseChoices(text, certs)).toEqual({ ok: true, value: values });
  });

  it('an item that names nothing fails the line, so nothing is recorded by half', () => {
    expect(parseChoices('小巨人、高新技术企业', certs)).toEqual({ ok: false, code: 'unknown_item' });
  });

  it('an empty line picks nothing and says so', () => {
    expect(parseChoices('', certs)).toEqual({ ok: false, code: 'no_match' });
  });
});

describe('a list answer naming one option in a shortened form', () => {
  const groups: ChoiceOption[] = [
    { value: 'tech-loan', words: ['技术改造贷款贴息和设备补助', '技术改造', '贴息'] },
    { value: 'green', words: ['绿色化改造升级', '绿色化', '绿色'] },
  ];

  it('reads the whole answer as that option', () => {
    expect(parseChoices('绿色化改造', groups)).toEqual({ ok: true, value: ['green'] });
  });

  it('still reads two options in one line', () => {
    expect(parseChoices('绿色化改造和技术改造贴息', groups)).toEqual({ ok: true, value: ['tech-loan', 'green'] });
  });
});

describe('numbers in a list are never taken for pieces of a name', () => {
  const groups: ChoiceOption[] = [
    { value: 'a', words: ['甲'] },
    { value: 'b', words: ['乙'] },
    { value: 'c', words: ['丙', '500强'] },
  ];

  it('reads "3、2" as the third and second options', () => {
    expect(parseChoices('3、2', groups)).toEqual({ ok: true, value: ['b', 'c'] });
  });
});

describe('one-character option words', () => {
  const yesNo: ChoiceOption[] = [
    { value: 'true', words: ['是'] },
    { value: 'false', words: ['否'] },
  ];

  it('match when typed alone', () => {
    expect(parseChoice('是', yesNo)).toEqual({ ok: true, value: 'true' });
  });

  it('do not match inside a sentence', () => {
    expect(parseChoice('贷款必须是省内银行发放的吗', yesNo)).toEqual({ ok: false, code: 'no_match' });
  });
});
