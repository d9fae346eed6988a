import { describe, expect, it } from 'vitest';
import { type RawCell, readSheetRows } from '../../src/outreach/sheet-rows.ts';

const rows = (...cells: RawCell[][]) => cells.map((c, i) => ({ rowNumber: i + 1, cells: c }));

describe('reading sign-up sheet rows', () => {
  it('a title line above the headers is skipped and rows are numbered as in the sheet', () => {
    const reading = readSheetRows(
      rows(['2022年免费诊断报名表'], ['企业名称', '项目总投资（万元）'], ['甲公司', 3500], ['乙公司', '2800']),
    );
    expect(reading.problems).toEqual([]);
    expect(reading.entries.map((e) => [e.rowNumber, e.name, e.profile.total_investment])).toEqual([
      [3, '甲公司', 3500],
      [4, '乙公司', 2800],
    ]);
  });

  it('amounts are read as people write them, by the same parser as the dialog', () => {
    const written = ['3500', '3,500万', '3,500万元', '0.35亿', '三千五百万', '35000000元', '3千5百万', '约3500万'];
    const reading = readSheetRows(rows(['企业名称', '项目总投资（万元）'], ...written.map((w, i) => [`企业${i}`, w])));
    expect(reading.problems).toEqual([]);
    expect(reading.entries.map((e) => e.profile.total_investment)).toEqual(written.map(() => 3500));
  });

  it('a bare figure written as text under a 元 column is 元, and one with its own unit keeps it', () => {
    const reading = readSheetRows(rows(['企业名称', '项目总投资（元）'], ['甲', '35,000,000'], ['乙', '3500万']));
    expect(reading.entries.map((e) => e.profile.total_investment)).toEqual([3500, 3500]);
  });

  it('dates are read as people write them; a month alone is its last day, as in the dialog', () => {
    const written = ['2021年9月30日', '2021.9.30', '2021/09/30', '2021-9-30', '2021年9月'];
    const reading = readSheetRows(rows(['企业名称', '完工时间'], ...written.map((w, i) => [`企业${i}`, w])));
    expect(reading.problems).toEqual([]);
    expect(reading.entries.map((e) => e.profile.completion_date)).toEqual(written.map(() => '2021-09-30'));
  });

  it('a bare 专精特新小巨人 is reported, not read as the 2021 recognition that 3.2.1.1 counts', () => {
    const reading = readSheetRows(rows(['企业名称', '已获认定'], ['甲', '省级智能制造示范工厂、专精特新小巨人']));
    expect(reading.problems).toMatchObject([{ rowNumber: 2, column: '已获认定', code: 'unknown_certification' }]);
    expect(reading.entries[0]?.profile.certifications).toBeUndefined();
  });

  it('yes and no in their many forms, and choices and recognitions by their Chinese names', () => {
    const reading = readSheetRows(
      rows(
        ['企业名称', '是否规上', '项目状态', '已获认定'],
        ['甲', '是', '已完工', '省级智能制造示范工厂、2021年新认定的小巨人'],
        ['乙', '否', '在建', '都没有'],
        ['丙', '有', 'completed', 'smart-factory-list'],
      ),
    );
    expect(reading.problems).toEqual([]);
    expect(reading.entries.map((e) => [e.profile.above_scale, e.profile.stage, e.profile.certifications])).toEqual([
      [true, 'completed', ['smart-factory-list', 'little-giant-2021']],
      [false, 'under_construction', []],
      [true, 'completed', ['smart-factory-list']],
    ]);
  });

  it('a number under a 元 column is converted to 万元, and under 亿元 too', () => {
    const reading = readSheetRows(
      rows(['企业名称', '项目总投资（元）', '固定资产贷款（亿元）'], ['甲公司', 35_000_000, 0.2]),
    );
    expect(reading.entries[0]?.profile).toMatchObject({ total_investment: 3500, fixed_asset_loan: 2000 });
  });

  it('a bad cell is reported with its row, column and value, and the other rows are still read', () => {
    const reading = readSheetRows(
      rows(
        ['企业名称', '项目总投资（万元）', '完工时间', '是否规上'],
        ['甲公司', 3500, '2021-09-30', '是'],
        ['乙公司', 'abc', '2021-13-01', '是'],
        ['丙公司', 4000, '2021-06-30', '也许'],
        ['丁公司', 5000, '2021-01-01', '否'],
      ),
    );
    expect(reading.entries.map((e) => e.name)).toEqual(['甲公司', '丁公司']);
    expect(reading.problems).toEqual([
      { rowNumber: 3, column: '项目总投资（万元）', value: 'abc', code: 'unreadable_amount' },
      { rowNumber: 3, column: '完工时间', value: '2021-13-01', code: 'unreadable_date' },
      { rowNumber: 4, column: '是否规上', value: '也许', code: 'unreadable_yes_no' },
    ]);
  });

  it('a negative amount is refused with its own code', () => {
    const reading = readSheetRows(rows(['企业名称', '项目总投资（万元）'], ['甲公司', -1]));
    expect(reading.problems.map((p) => p.code)).toEqual(['negative_amount']);
  });

  it('a percentage above 100 is out of range, and 100 itself is read', () => {
    const reading = readSheetRows(rows(['企业名称', '贷款利率（%）'], ['甲', 100], ['乙', 100.5]));
    expect(reading.entries.map((e) => e.profile.loan_rate_pct)).toEqual([100]);
    expect(reading.problems).toEqual([{ rowNumber: 3, column: '贷款利率（%）', value: '100.5', code: 'out_of_range' }]);
  });

  it('a row without a name is reported, and a blank row is passed over silently', () => {
    const reading = readSheetRows(rows(['企业名称', '项目总投资（万元）'], [null, 3500], [null, null], ['', '-']));
    expect(reading.entries).toEqual([]);
    expect(reading.problems).toEqual([{ rowNumber: 2, column: '企业名称', value: '', code: 'missing_name' }]);
  });

  it('a credit code must have 18 characters of the national standard; a bad one is reported but the enterprise keeps its page', () => {
    const reading = readSheetRows(
      rows(
        ['企业名称', '统一社会信用代码'],
        ['甲', '91320100MA1X2Y3W4A'],
        ['乙', '91320100MA1X2Y3W4'],
        ['丙', '91320100MA1X2Y3W4I'],
      ),
    );
    expect(reading.entries.map((e) => [e.name, e.creditCode])).toEqual([
      ['甲', '91320100MA1X2Y3W4A'],
      ['乙', '91320100MA1X2Y3W4'],
      ['丙', '91320100MA1X2Y3W4I'],
    ]);
    expect(reading.problems.map((p) => [p.rowNumber, p.code])).toEqual([
      [3, 'bad_credit_code'],
      [4, 'bad_credit_code'],
    ]);
  });

  it('Excel dates, Excel date serials and ISO text all read as the same day', () => {
    const reading = readSheetRows(
      rows(['企业名称', '完工时间'], ['甲', new Date(Date.UTC(2021, 8, 30))], ['乙', 44469], ['丙', '2021-09-30']),
    );
    expect(reading.entries.map((e) => e.profile.completion_date)).toEqual(['2021-09-30', '2021-09-30', '2021-09-30']);
  });

  it('unknown markers leave a fact unknown, never false or zero', () => {
    const reading = readSheetRows(rows(['企业名称', '是否规上', '项目总投资（万元）'], ['甲', '不详', '-']));
    expect(reading.problems).toEqual([]);
    expect(reading.entries[0]?.profile).not.toHaveProperty('above_scale');
    expect(reading.entries[0]?.profile).not.toHaveProperty('total_investment');
  });

  it('certifications are read by id, and 无 is an empty (complete) list', () => {
    const reading = readSheetRows(
      rows(['企业名称', '已获认定'], ['甲', 'smart-factory-list；little-giant-2021'], ['乙', '无'], ['丙', '世界冠军']),
    );
    expect(reading.entries.map((e) => e.profile.certifications)).toEqual([
      ['smart-factory-list', 'little-giant-2021'],
      [],
    ]);
    expect(reading.problems.map((p) => [p.rowNumber, p.code])).toEqual([[4, 'unknown_certification']]);
  });

  it('an enum is read by its value or its label', () => {
    const reading = readSheetRows(rows(['企业名称', '项目状态'], ['甲', 'completed'], ['乙', '月球上']));
    expect(reading.entries.map((e) => e.profile.stage)).toEqual(['completed']);
    expect(reading.problems.map((p) => p.code)).toEqual(['unknown_choice']);
  });

  it('a location in a Jiangsu city puts the project in Jiangsu, and says it assumed so', () => {
    const reading = readSheetRows(rows(['企业名称', '所在地'], ['甲', '苏州工业园区'], ['乙', '上海市'], ['丙', null]));
    expect(reading.entries.map((e) => e.profile.in_jiangsu)).toEqual([true, undefined, undefined]);
    expect(reading.entries[0]?.assumed).toContain('in_jiangsu_from_location');
    expect(reading.entries[1]?.assumed).not.toContain('in_jiangsu_from_location');
  });

  it('a stated in_jiangsu column wins over the location', () => {
    const reading = readSheetRows(rows(['企业名称', '所在地', 'in_jiangsu'], ['甲', '南京', '否']));
    expect(reading.entries[0]?.profile.in_jiangsu).toBe(false);
    expect(reading.entries[0]?.assumed).not.toContain('in_jiangsu_from_location');
  });

  it('without an applicant-type column the row is an enterprise; with one, the column decides', () => {
    const without = readSheetRows(rows(['企业名称'], ['甲']));
    expect(without.entries[0]?.profile.applicant_kind).toBe('enterprise');
    expect(without.entries[0]?.assumed).toContain('enterprise_from_sheet');
    const withColumn = readSheetRows(rows(['企业名称', 'applicant_kind'], ['甲', 'park'], ['乙', null]));
    expect(withColumn.entries.map((e) => e.profile.applicant_kind)).toEqual(['park', undefined]);
  });

  it('a sheet without a name column is reported once and nothing is read', () => {
    const reading = readSheetRows(rows(['联系人', '电话'], ['张三', '123']));
    expect(reading.entries).toEqual([]);
    expect(reading.problems.map((p) => p.code)).toEqual(['no_name_column']);
  });

  it('two columns for the same fact are reported and the first one is used', () => {
    const reading = readSheetRows(rows(['企业名称', '总投资', '项目总投资（万元）'], ['甲', 3000, 5000]));
    expect(reading.problems.map((p) => [p.rowNumber, p.column, p.code])).toEqual([
      [1, '项目总投资（万元）', 'duplicate_column'],
    ]);
    expect(reading.entries[0]?.profile.total_investment).toBe(3000);
  });

  it('unknown columns are listed once, not per row', () => {
    const reading = readSheetRows(rows(['企业名称', '联系电话'], ['甲', '1'], ['乙', '2']));
    expect(reading.ignoredColumns).toEqual(['联系电话']);
  });
});
