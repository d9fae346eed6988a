import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fullText } from '../../src/knowledge/guide.ts';

const root = join(import.meta.dirname, '..', '..');
const ask = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src', 'cli', 'ask.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });

describe('npm run ask', () => {
  it('prints the contract JSON, best first, exact clause texts, at most five', () => {
    const r = ask('--json', '技术改造贷款贴息的补助标准');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { answers: { clause: string; text: string; sentence: string }[] };
    expect(out.answers[0]?.clause).toBe('1.1.2');
    expect(out.answers.length).toBeLessThanOrEqual(5);
    for (const a of out.answers) {
      expect(Object.keys(a)).toEqual(['clause', 'text', 'sentence']);
      expect(a.text).toBe(fullText(a.clause));
      expect(a.text).toContain(a.sentence);
      expect(a.sentence.length).toBeGreaterThan(0);
    }
  });

  it('leads the readable answer with the sentence that answers, then the printed clause number', () => {
    const r = ask('5G项目补助资金怎么拨付?');
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('其中，“5G+工业互联网”融合应用项目首次拨付补助资金总额的50%，通过验收审核后，拨付剩余资金。');
    expect(lines[1]).toContain('一、（二）3.（条款 1.2.3）智能化改造和数字化转型 › “智改数转”标杆示范项目 › 补助标准');
    // The whole clause only on request.
    expect(r.stdout).not.toContain('项目总投资为不含税额');
    expect(ask('--full', '5G项目补助资金怎么拨付?').stdout).toContain(fullText('1.2.3'));
  });

  it('declines what the guide does not answer with the contract shape and a referral, exit 0', () => {
    for (const q of [
      '申报截止日期是哪天',
      '2022年的申报截止日期是哪一天',
      'Will there be a 2023 edition of this guide?',
    ]) {
      const r = ask('--json', q);
      expect(r.status).toBe(0);
      const out = JSON.parse(r.stdout);
      expect(out).toEqual({ answers: [], status: 'not_in_guide', referral: out.referral });
      expect(out.referral).toMatch(/项目推荐单位/u);
    }
    const japanese = ask('技術改造の補助金はいくらですか');
    expect(japanese.status).toBe(0);
    expect(japanese.stdout).toContain('中文或英文');
  });

  it('exits 2 with a code, no stack trace, for a question it cannot read', () => {
    const r = ask('--json', 'x'.repeat(30_000));
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual({ answers: [], status: 'refused', code: 'too_long' });
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/u);
    const empty = ask();
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain('npm run ask');
  });
});
