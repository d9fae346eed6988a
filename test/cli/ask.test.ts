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
    const out = JSON.parse(r.stdout) as { answers: { clause: string; text: string }[] };
    expect(out.answers[0]?.clause).toBe('1.1.2');
    expect(out.answers.length).toBeLessThanOrEqual(5);
    for (const a of out.answers) {
      expect(Object.keys(a)).toEqual(['clause', 'text']);
      expect(a.text).toBe(fullText(a.clause));
    }
  });

  it('prints a readable answer with the printed clause number and heading path', () => {
    const r = ask('5G项目补助资金怎么拨付?');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('【一、（二）3.】智能化改造和数字化转型 › “智改数转”标杆示范项目 › 补助标准');
    expect(r.stdout).toContain('首次拨付补助资金总额的50%');
  });

  it('says "not in the guide" with empty answers in JSON', () => {
    const r = ask('--json', '申报截止日期是哪天');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ answers: [], status: 'not_in_guide' });
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
