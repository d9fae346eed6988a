import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
// A cache of its own, inside the repository (the bundle finds its packages from where it lies).
const dir = join(root, 'node_modules', '.cache', `fast-start-test-${process.pid}`);
const env = { ...process.env, FAST_START_DIR: dir };
const fast = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'scripts', 'fast-start.mjs'), 'ask', ...args], {
    cwd: root,
    encoding: 'utf8',
    env,
    timeout: 60_000,
  });
const viaTsx = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src', 'cli', 'ask.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run ask without tsx (scripts/fast-start.mjs)', () => {
  it('answers exactly as the TypeScript entry point run through tsx, for an answer, a decline and a refusal', () => {
    for (const args of [
      ['--json', '技术改造贷款贴息的补助标准'],
      ['5G项目补助资金怎么拨付?'],
      ['--json', '2022年的申报截止日期是哪一天'],
      ['--json', 'x'.repeat(30_000)],
    ]) {
      const a = fast(...args);
      const b = viaTsx(...args);
      expect(a.stdout, args.join(' ')).toBe(b.stdout);
      expect(a.status).toBe(b.status);
    }
    expect(existsSync(join(dir, 'ask.bundle.mjs'))).toBe(true);
  });

  it('runs the bundle while every file it was built from is unchanged, and builds it again when one differs', () => {
    fast('--json', '技改贴息');
    const bundle = join(dir, 'ask.bundle.mjs');
    const manifestPath = join(dir, 'ask.bundle.json');
    writeFileSync(bundle, "process.stdout.write('from the bundle\\n');\n");
    expect(fast('技改贴息').stdout).toBe('from the bundle\n');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { inputs: Record<string, string> };
    expect(Object.keys(manifest.inputs)).toContain(join('src', 'knowledge', 'ask.ts'));
    manifest.inputs[join('src', 'knowledge', 'ask.ts')] = '0'.repeat(40);
    writeFileSync(manifestPath, JSON.stringify(manifest));
    const rebuilt = fast('--json', '技术改造贷款贴息的补助标准');
    expect(JSON.parse(rebuilt.stdout).answers[0].clause).toBe('1.1.2');
    expect(readFileSync(bundle, 'utf8')).not.toContain('from the bundle');
  });
});
