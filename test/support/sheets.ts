/** Sign-up sheets built in tests: an .xlsx written with exceljs, or CSV text, from header + rows. */
import ExcelJS from 'exceljs';

/** A cell value as a test writes it into a workbook. */
export type SheetCell = string | number | boolean | Date | null | { formula: string; result: number };

/** An .xlsx workbook's bytes with one worksheet: an optional title row, then headers and rows. */
export async function xlsxBytes(
  headers: readonly string[],
  rows: readonly (readonly SheetCell[])[],
  options: { title?: string; percentColumns?: readonly number[] } = {},
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('报名表');
  if (options.title) {
    sheet.addRow([options.title]);
    sheet.mergeCells(1, 1, 1, headers.length);
  }
  sheet.addRow([...headers]);
  for (const row of rows) sheet.addRow(row.map((c) => c as ExcelJS.CellValue));
  for (const col of options.percentColumns ?? []) sheet.getColumn(col).numFmt = '0%';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** CSV text (quoted where needed) from header + rows. */
export function csvText(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const quote = (v: string | number) => {
    const s = String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [headers, ...rows].map((r) => r.map(quote).join(',')).join('\r\n');
}

/**
 * The contract's worked example `tech-loan-rate-above-lpr` as a sheet row: tech-loan is eligible at
 * 354万 (1-year LPR 3.85 % below the 4.0 % rate: 160 × 3.85 / 4.0 + 10 % of 2000).
 */
export const TECH_LOAN_HEADERS = [
  '企业名称',
  '统一社会信用代码',
  '所在地',
  '是否工业企业',
  '主营业务收入（万元）',
  'approvals_complete',
  '项目总投资（万元）',
  '固定资产贷款（万元）',
  'loan_from_jiangsu_bank',
  'equipment_bought_with_loan',
  '2021年实付利息（万元）',
  '贷款利率（%）',
  '贷款期限（年）',
  '市县已贴息（万元）',
  '2021年设备发票金额（万元）',
  '项目推荐单位',
] as const;

/** One row for `TECH_LOAN_HEADERS`, with the enterprise's name and overrides by column index. */
export function techLoanRow(name: string, overrides: Readonly<Record<number, SheetCell>> = {}): SheetCell[] {
  const row: SheetCell[] = [
    name,
    '91320100MA1X2Y3W4A',
    '南京市江宁区',
    '是',
    30000,
    '是',
    6500,
    4000,
    '是',
    '是',
    160,
    4,
    3,
    0,
    2000,
    '南京市工业和信息化局',
  ];
  for (const [i, v] of Object.entries(overrides)) row[Number(i)] = v;
  return row;
}
