import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, toContract } from '../../src/rules/index.ts';

const root = join(import.meta.dirname, '..', '..');
const chat = (input: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/chat.ts', '--jsonl'], {
    cwd: root,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });

describe('chat --jsonl', () => {
  it('answers /start alone with JSON turns and exits cleanly at EOF', () => {
    const r = chat('/start\n');
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) {
      expect(typeof l.text).toBe('string');
      expect(Array.isArray(l.choices)).toBe(true);
      expect('slot' in l).toBe(true);
    }
    expect(lines.at(-1).slot).toBe('focus');
  });

  it('prints the verdict turn with contract-shaped results', () => {
    const input = ['/start', '1', '企业', '否'].join('\n');
    const r = chat(`${input}\n`);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const verdict = lines.find((l) => l.results);
    expect(verdict.slot).toBeNull();
    expect(verdict.results).toEqual(toContract(evaluate({ applicant_kind: 'enterprise', in_jiangsu: false })));
  });
});
