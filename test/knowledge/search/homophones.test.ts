import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildHomophones, HOMOPHONES_PATH } from '../../../scripts/homophones.ts';

describe('lexicon/homophones.json', () => {
  it('is what scripts/homophones.ts builds from the word lists now (run it after changing a program name)', () => {
    expect(JSON.parse(readFileSync(HOMOPHONES_PATH, 'utf8'))).toEqual(buildHomophones());
  });

  it('lists the characters a pinyin keyboard offers for a short name’s, and only those', () => {
    const { chars } = buildHomophones();
    expect(chars.贴).toContain('帖');
    expect(chars.组).toContain('足');
    expect(chars.心).toContain('新');
    expect(chars.心).not.toContain('间');
  });
});
