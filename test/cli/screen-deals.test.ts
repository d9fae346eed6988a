/**
 * `npm run screen` with the merger's deal list in CSV columns (3.1.1.4), and a row whose facts
 * contradict each other refused as a row error naming both fields.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'screen-deals-'));
const screen = (args: string[], csv: string) => {
  const p = join(dir, 'sheet.csv');
  writeFileSync(p, csv);
  return spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src', 'cli', 'screen.ts'), ...args, p], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
};

const MERGER =
  'in_jiangsu,applicant_kind,merger_initiator,acquisition_registered,acquisition_lawful,same_parent,largest_shareholder';
const MERGER_ROW = 'true,enterprise,true,true,true,false,true';

describe('npm run screen with several deals', () => {
  it('adds up two deals above 5000万 given in numbered columns, and refuses a row whose cash exceeds the amount', () => {
    const csv = [
      `name,${MERGER},acquisition_date,acquisition_amount,acquisition_cash,stake_after_pct,acquisition_2_date,acquisition_2_amount,acquisition_2_cash,acquisition_2_stake_pct,more_acquisitions_2`,
      `甲,${MERGER_ROW},2021-06-30,6000,6000,60,2021-09-30,7000,7000,100,false`,
      `乙,${MERGER_ROW},2021-06-30,6000,9000,60,,,,,`,
    ].join('\n');
    const r = screen(['--json'], `${csv}\n`);
    expect(r.status).toBe(2);
    const out = JSON.parse(r.stdout) as {
      results?: { program: string; max_subsidy_wan: number }[];
      errors?: unknown[];
    }[];
    expect(out[0]?.results?.find((x) => x.program === 'merger')?.max_subsidy_wan).toBe(650);
    expect(out[1]?.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'acquisition_cash', code: 'contradicts', other: 'acquisition_amount' }),
        expect.objectContaining({ field: 'acquisition_amount', code: 'contradicts', other: 'acquisition_cash' }),
      ]),
    );
    expect(r.stderr).toContain('acquisition_cash');
    expect(r.stderr).toContain('与字段 acquisition_amount（6000）矛盾');
  });
});
