/**
 * Several deals of one initiator on a sign-up sheet (3.1.1.4), and cells that contradict each other.
 */
import { describe, expect, it } from 'vitest';
import { type RawCell, readSheetRows } from '../../src/outreach/sheet-rows.ts';
import { evaluate } from '../../src/rules/index.ts';

const rows = (...cells: RawCell[][]) => cells.map((c, i) => ({ rowNumber: i + 1, cells: c }));

describe('a sign-up sheet', () => {
  it('gives several deals in numbered column groups, added up where each is above 5000万', () => {
    const reading = readSheetRows(
      rows(
        [
          '企业名称',
          '所在地',
          '并购完成日期',
          '并购实际出资额（万元）',
          '并购现金出资额（万元）',
          '并购后持股比例（%）',
          '并购2完成日期',
          '并购2实际出资额（万元）',
          '并购2现金出资额（万元）',
          '并购2持股比例（%）',
          '并购2之后是否还有其他并购',
        ],
        ['甲公司', '南京', '2021年6月', '6000', '6000', '60', '2021/9/30', '7000万', '7000', '100', '否'],
      ),
    );
    expect(reading.problems).toEqual([]);
    const profile = reading.entries[0]?.profile ?? {};
    expect(profile.acquisition_2_amount).toBe(7000);
    const merger = evaluate({
      ...profile,
      merger_initiator: true,
      acquisition_registered: true,
      acquisition_lawful: true,
      same_parent: false,
      largest_shareholder: true,
    }).find((r) => r.program === 'merger');
    expect(merger?.status).toBe('eligible');
    expect(merger?.maxSubsidyWan).toBe(650);
  });

  it('lists both cells of a contradiction, and leaves the row out', () => {
    const reading = readSheetRows(
      rows(
        ['企业名称', '项目总投资（万元）', '截至2021年底已投资（万元）'],
        ['甲公司', '3000', '5000'],
        ['乙公司', '3000', '3000'],
      ),
    );
    expect(reading.problems.map((p) => [p.rowNumber, p.column, p.code])).toEqual([
      [2, '截至2021年底已投资（万元）', 'contradicts'],
      [2, '项目总投资（万元）', 'contradicts'],
    ]);
    expect(reading.entries.map((e) => e.name)).toEqual(['乙公司']);
  });
});
