import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROGRAM_IDS } from '../../src/knowledge/program-catalogue.ts';
import { TECH_LOAN_EXAMPLE } from '../support/worked-examples.ts';

const root = join(import.meta.dirname, '..', '..');
// The contract's worked examples, copied into the repo (test/fixtures/contract-examples.test.ts keeps them equal).
const examples = join(root, 'test', 'fixtures', 'contract-examples');
const dir = mkdtempSync(join(tmpdir(), 'screen-'));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const screen = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src', 'cli', 'screen.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
    input,
  });

const TECH_LOAN = TECH_LOAN_EXAMPLE;

interface Row {
  row?: number;
  name?: string;
  results?: {
    program: string;
    status: string;
    max_subsidy_wan: number | null;
    citations: string[];
    missing: string[];
  }[];
  errors?: { field: string; code: string }[];
}

describe('npm run screen', () => {
  it('prints one contract object for one JSON profile, every program once', () => {
    const r = screen(['--json', file('one.json', JSON.stringify(TECH_LOAN))]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as Row;
    expect(out.results?.map((x) => x.program)).toEqual([...PROGRAM_IDS]);
    expect(out.results?.find((x) => x.program === 'tech-loan')).toMatchObject({
      status: 'eligible',
      max_subsidy_wan: 354,
    });
  });

  it('screens a CSV sheet row by row, reads ; lists and yes/no, and labels rows by name', () => {
    const csv =
      'name,in_jiangsu,applicant_kind,certifications,total_investment\n甲公司,是,enterprise,smart-factory-list;industrial-design-center,3000\n乙公司,否,park,,\n';
    const r = screen(['--json', file('sheet.csv', csv)]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as Row[];
    expect(out.map((x) => [x.row, x.name])).toEqual([
      [2, '甲公司'],
      [3, '乙公司'],
    ]);
    expect(out[1]?.results?.find((x) => x.program === 'tech-loan')?.status).toBe('info_only');
    // A park outside Jiangsu: an open program is ineligible, citing the preamble (clause 0).
    expect(out[1]?.results?.find((x) => x.program === 'core-tech')).toMatchObject({
      status: 'ineligible',
      citations: ['0'],
    });
    expect(r.stderr).toContain('汇总（2 份）');
  });

  it('reports a bad row with its row, field and code, screens the others, and exits 2', () => {
    const jsonl = `${JSON.stringify(TECH_LOAN)}\n{"total_investment":-5,"typo":1}\n{"start_date":"2021-13-01"}\n{}\n`;
    const r = screen(['--json', file('batch.jsonl', jsonl)]);
    expect(r.status).toBe(2);
    const out = JSON.parse(r.stdout) as Row[];
    expect(out).toHaveLength(4);
    expect(out[0]?.results).toHaveLength(PROGRAM_IDS.length);
    expect(out[1]?.errors?.map((e) => [e.field, e.code])).toEqual([
      ['total_investment', 'negative'],
      ['typo', 'unknown_key'],
    ]);
    expect(out[2]?.errors?.map((e) => e.code)).toEqual(['bad_date']);
    expect(out[3]?.results).toHaveLength(PROGRAM_IDS.length);
    expect(r.stderr).toContain('第 2 行，字段 total_investment');
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('says which certification is unknown and what is allowed, and that amounts are plain 万元 figures', () => {
    const r = screen([
      '--json',
      file('hints.csv', 'certifications,total_investment,foo\nlittle_giant_2021;smart-factory-list,3500万,1\n'),
    ]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('认定取值不认识：little_giant_2021；可用的取值：smart-factory-list');
    expect(r.stderr).toContain('金额以万元为单位，只写数字');
    expect(r.stderr).toContain('第 2 行，字段 foo：不认识的字段名 [unknown_key]');
  });

  it('reads JSON Lines from standard input when the path has no extension', () => {
    const r = screen(['--json', '/dev/stdin'], '{"in_jiangsu":true}\n{}\n');
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as Row[]).map((x) => x.row)).toEqual([1, 2]);
  });

  it('refuses malformed JSON, a missing file and no file with exit 2 and no stack trace', () => {
    for (const args of [['--json', file('bad.json', '{"in_jiangsu": tru')], [join(dir, 'nope.json')], []]) {
      const r = screen(args);
      expect(r.status).toBe(2);
      expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
      expect(r.stderr.length).toBeGreaterThan(0);
    }
  });

  it('prints a readable Chinese report: amount, shortfall, clause as the guide prints it', () => {
    const r = screen([join(examples, '5g-under-construction.json')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('“5G+工业互联网”融合应用项目：符合条件，预计最高补助 420 万元');
    expect(r.stdout).toContain('一、（二）2.（3）');
    expect(r.stdout).toContain('未列入或未获得：省级智能制造示范工厂名单');
  });

  it('says what a below-floor tech-loan project lacks, and that the floor is in principle only', () => {
    const r = screen([file('short.json', JSON.stringify({ ...TECH_LOAN, total_investment: 2800 }))]);
    expect(r.stdout).toContain('项目总投资 2800万元，需不低于 3000万元，差 200万元');
    expect(r.stdout).toContain('原则上');
  });

  it('speaks English when asked', () => {
    const r = screen(['--lang', 'en', file('en.json', JSON.stringify(TECH_LOAN))]);
    expect(r.stdout).toContain('eligible, estimated maximum 354');
  });
});
