/**
 * A sign-up sheet as 免费诊断 events really get them: eight enterprises, most with only a name, 规上,
 * revenue, project investment and completion date; two with a 所在地, one with nothing but a name and
 * revenue. Rows sit on both sides of the 3000万 threshold of 1.1.1.2 (技改贴息) and 1.2.2.4.
 */
import type { SheetCell } from './sheets.ts';

export const SPARSE_HEADERS = [
  '企业名称',
  '所在地',
  '是否规上',
  '2021年主营业务收入（万元）',
  '项目总投资（万元）',
  '完工时间',
] as const;

/** Rows as typed: amounts and dates the way people write them. Sheet row numbers start at 2. */
export const SPARSE_ROWS: readonly (readonly SheetCell[])[] = [
  ['常州恒力机械有限公司', null, '是', '5.2亿', '4200万', '2021年10月30日'],
  ['无锡精工装备股份有限公司', null, '是', 38000, 2800, '2021/6/30'],
  ['南通启明电子厂', null, '否', 1500, 800, '2022-03-01'],
  ['苏州博远智能装备有限公司', '苏州市吴中区', '是', 120000, 3000, '2021-12-20'],
  ['扬州绿源新材料有限公司', null, '是', 25000, 2999, null],
  ['徐州华工重型机械有限公司', '徐州市', '是', 80000, '1.2亿', '2021年9月'],
  ['泰州科信软件有限公司', null, null, 6000, null, null],
  ['盐城海丰纺织有限公司', null, '是', 9000, 1500, '2021-11-15'],
];

/** The sheet's row number of an enterprise (header on row 1). */
export function sparseRow(name: string): number {
  const i = SPARSE_ROWS.findIndex((r) => r[0] === name);
  if (i < 0) throw new Error(`no row ${name}`);
  return i + 2;
}
