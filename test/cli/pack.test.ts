import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { packPrograms } from '../../src/pack/pack.ts';
import { applicationForms } from '../../src/rules/documents.ts';
import { evaluate } from '../../src/rules/index.ts';
import type { Profile } from '../../src/rules/types.ts';
import { TECH_LOAN_EXAMPLE } from '../support/worked-examples.ts';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

async function pack(args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    const { stderr } = await run(TSX, ['src/cli/pack.ts', ...args], { cwd: ROOT });
    return { code: 0, stderr };
  } catch (e) {
    const err = e as { code: number; stderr: string };
    return { code: err.code, stderr: err.stderr };
  }
}

describe('npm run pack', () => {
  it('writes one form per application form and one checklist per program eligible or still open', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pack-'));
    const profile = { ...TECH_LOAN_EXAMPLE, name: '甲公司', recommending_unit: '苏州市工信局' };
    await writeFile(join(dir, 'p.json'), JSON.stringify(profile));
    const out = join(dir, 'out');
    const { code } = await pack([join(dir, 'p.json'), '--out', out]);
    expect(code).toBe(0);
    const programs = packPrograms(evaluate(TECH_LOAN_EXAMPLE as Profile));
    expect(programs).toContain('tech-loan');
    const expected = programs.flatMap((p) => [
      ...applicationForms(p, TECH_LOAN_EXAMPLE as Profile).map((f) => `${f}-${p}.xlsx`),
      `checklist-${p}.txt`,
    ]);
    expect((await readdir(out)).sort()).toEqual(expected.sort());
    expect(await readFile(join(out, 'checklist-tech-loan.txt'), 'utf8')).toMatch(
      /^\uFEFF【技术改造贷款贴息和设备补助项目】/u,
    );
  });

  it('refuses a bad profile with the field and its code, and no stack trace, exit 2', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pack-'));
    await writeFile(join(dir, 'p.json'), JSON.stringify({ total_investment: -5 }));
    const { code, stderr } = await pack([join(dir, 'p.json'), '--out', join(dir, 'out')]);
    expect(code).toBe(2);
    expect(stderr).toContain('total_investment');
    expect(stderr).toContain('negative');
    expect(stderr).not.toMatch(/\bat .*\.ts:\d+/u);
  });

  it('says how to use it without --out, and when the file is missing', async () => {
    expect((await pack(['x.json'])).stderr).toContain('--out');
    const missing = await pack(['/nonexistent/p.json', '--out', '/tmp/never']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('找不到文件');
  });
});
