import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/dialogs/commands.ts';

describe('control messages', () => {
  it.each([
    '全部筛查',
    '表先不用。我们其他项目还能报哪些？都帮我看看',
    '不需要。帮我把所有项目都筛一遍',
    '不需要。其他项目也帮我们全部看一下吧',
    '我们园区还能报别的什么项目吗，全部筛一下',
    'Can you check all the other programs too?',
    'what else can we apply for?',
  ])('%s asks to screen every program (facts kept)', (text) => {
    expect(parseCommand(text)).toEqual({ kind: 'all' });
  });

  it.each(['技改项目能报吗', '全部', '其他项目的补助标准是多少'])(
    '%s is no request to screen every program',
    (text) => {
      expect(parseCommand(text)?.kind).not.toBe('all');
    },
  );

  it.each(['can you answer in English?', 'English please', '用英文回复'])('%s switches to English', (text) => {
    expect(parseCommand(text)).toEqual({ kind: 'lang', locale: 'en' });
  });

  it('请用中文回复 switches to Chinese', () => {
    expect(parseCommand('请用中文回复')).toEqual({ kind: 'lang', locale: 'zh-CN' });
  });
});
