import { describe, expect, it } from 'vitest';
import { columnTarget, normalizeHeader, SHEET_HEADERS } from '../../src/outreach/sheet-headers.ts';
import { isFactKey } from '../../src/rules/facts.ts';

const target = (header: string) => columnTarget(normalizeHeader(header), isFactKey);

describe('sheet headers', () => {
  it('a header with a full-width bracketed unit maps to its fact and states the unit', () => {
    expect(normalizeHeader('主营业务收入（万元）')).toEqual({ name: '主营业务收入', unit: 'wan' });
    expect(target('主营业务收入（万元）')).toEqual({ kind: 'fact', fact: 'revenue_last_year' });
    expect(normalizeHeader('项目总投资(元)').unit).toBe('yuan');
    expect(normalizeHeader('项目总投资（亿元）').unit).toBe('yi');
  });

  it('spaces, required-field stars and a trailing colon do not change a header', () => {
    expect(target(' * 企业 名称： ')).toEqual({ kind: 'meta', meta: 'enterprise_name' });
  });

  it("the contract's English fact keys are accepted as headers", () => {
    expect(target('total_investment')).toEqual({ kind: 'fact', fact: 'total_investment' });
    expect(target('Loan_Rate_Pct')).toEqual({ kind: 'fact', fact: 'loan_rate_pct' });
  });

  it('an unknown header maps to nothing', () => {
    expect(target('联系电话')).toBeNull();
  });

  it('every fact in the table is a fact of the vocabulary and no spelling names two columns', () => {
    const seen = new Map<string, string>();
    for (const entry of SHEET_HEADERS) {
      if (entry.target.kind === 'fact') expect(isFactKey(entry.target.fact)).toBe(true);
      for (const name of entry.names) {
        const key = normalizeHeader(name).name;
        const owner = entry.target.kind === 'fact' ? entry.target.fact : entry.target.meta;
        expect(seen.get(key) ?? owner, name).toBe(owner);
        seen.set(key, owner);
      }
    }
  });

  it('the headers the issue names are all understood', () => {
    const named = [
      '企业名称',
      '统一社会信用代码',
      '所在地',
      '是否规上',
      '主营业务收入（万元）',
      '项目总投资（万元）',
      '固定资产贷款（万元）',
      '完工时间',
      '已获认定',
    ];
    for (const h of named) expect(target(h), h).not.toBeNull();
  });
});
