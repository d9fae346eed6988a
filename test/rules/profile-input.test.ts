import { describe, expect, it } from 'vitest';
import { type InputRow, parseProfiles } from '../../src/rules/profile-input.ts';

const rowsOf = (file: string, text: string): readonly InputRow[] => {
  const parsed = parseProfiles(file, text);
  if (!parsed.ok) throw new Error(`not parsed: ${parsed.error.code}`);
  return parsed.input.rows;
};

describe('reading profiles from text', () => {
  it('passes a row without a name through, and takes the name off a named one', () => {
    const [plain, named] = rowsOf('s.jsonl', '{"total_investment":3500}\n{"name":"甲公司","total_investment":4000}\n');
    expect(plain).toEqual({ row: 1, ok: true, profile: { total_investment: 3500 } });
    expect(named).toEqual({ row: 2, ok: true, profile: { total_investment: 4000 }, name: '甲公司' });
  });

  it('refuses a "__proto__" key as unknown, named or not, and never reads facts through it', () => {
    const text = [
      '{"__proto__":{"fixed_asset_loan":3000}}',
      '{"name":"乙公司","__proto__":{"fixed_asset_loan":3000}}',
    ].join('\n');
    for (const row of rowsOf('s.jsonl', text)) {
      expect(row.ok).toBe(false);
      if (!row.ok)
        expect(row.errors).toContainEqual(expect.objectContaining({ field: '__proto__', code: 'unknown_key' }));
    }
  });

  it('refuses a "__proto__" column of a CSV sheet rather than dropping it silently', () => {
    const [row] = rowsOf('s.csv', 'name,__proto__,total_investment\n丙公司,x,3000\n');
    expect(row?.ok).toBe(false);
    if (row && !row.ok) expect(row.errors).toContainEqual(expect.objectContaining({ field: '__proto__' }));
  });
});
