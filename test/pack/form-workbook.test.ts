/**
 * Every 绩效目标申报表 as the .xlsx the pack writes, opened again with exceljs and read back
 * cell by cell: its indicator rows, levels, merged cells, header fields and 说明 notes against
 * the guide's attachment text (all 23 forms), and the filled cells against the profile.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { guide } from '../../src/knowledge/guide.ts';
import { cleanCell, stripWhitespace } from '../../src/knowledge/text.ts';
import { ANSWER_FILL, REFERENCE_FILL } from '../../src/pack/form-workbook.ts';
import { ANONYMOUS, formFile, type PackEnterprise } from '../../src/pack/pack.ts';
import { rawAttachmentBlocks } from '../support/attachment-blocks.ts';
import { FILLED_PROFILE } from '../support/filled-profile.ts';
import { mergesOf } from '../support/workbook-html.ts';

const BLOCKS = rawAttachmentBlocks();

const PROFILE = FILLED_PROFILE;
const ENTERPRISE: PackEnterprise = {
  name: '无锡某电机有限公司',
  projectName: '电机智能化改造项目',
  recommendingUnit: '无锡市工业和信息化局',
};

async function openForm(formId: string, profile = PROFILE, enterprise = ENTERPRISE) {
  const form = guide.forms.find((f) => f.id === formId);
  if (!form) throw new Error(formId);
  const file = await formFile(formId, form.program, profile, enterprise, 'zh-CN');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(`附件${formId.slice(1)}`);
  if (!sheet) throw new Error(`no sheet in ${file.fileName}`);
  return { workbook, sheet };
}

const text = (cell: ExcelJS.Cell) => (cell.value === null || cell.value === undefined ? '' : String(cell.value));

/** Reads the indicator table back: finds the header row by its captions, then every row to the blank line. */
function readTable(sheet: ExcelJS.Worksheet) {
  let headerRow = 0;
  sheet.eachRow((row, n) => {
    if (headerRow === 0 && row.values && (row.values as unknown[]).includes('一级指标')) headerRow = n;
  });
  const header = sheet.getRow(headerRow);
  const colOf = (caption: string) => {
    const cols: number[] = [];
    header.eachCell({ includeEmpty: true }, (cell, c) => {
      if (text(cell) === caption) cols.push(c);
    });
    return cols;
  };
  const level1 = colOf('一级指标')[0] as number;
  const level2 = colOf('二级指标')[0] as number;
  const level3Cols = colOf('三级指标');
  const typed = level3Cols.length === 2;
  const level3 = level3Cols.at(-1) as number;
  const value = level3 + 1;
  const reference = value + 1;
  const rows: {
    row: number;
    level1: string;
    level2: string;
    projectType: string;
    level3: string;
    value: ExcelJS.Cell;
    reference: ExcelJS.Cell;
  }[] = [];
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const at = (c: number) => sheet.getCell(r, c);
    if ([level1, level2, level3, value].every((c) => text(at(c)) === '') && text(at(1)) === '') break;
    const typeCell = typed ? at(level3Cols[0] as number) : null;
    // A cell merged across the type and indicator columns has no type of its own.
    const spansBoth = typeCell !== null && typeCell.master.address === at(level3).master.address;
    const twoLevel = at(level2).master.address === at(level3).master.address;
    rows.push({
      row: r,
      level1: text(at(level1)),
      level2: twoLevel ? '' : text(at(level2)),
      projectType: typeCell && !spansBoth && !twoLevel ? text(typeCell) : '',
      level3: text(at(level3)),
      value: at(value),
      reference: at(reference),
    });
  }
  return {
    headerRow,
    header: { level1, level2, level3, value, reference, typed },
    rows,
    valueCaption: text(header.getCell(value)),
  };
}

const squash = (s: string) => stripWhitespace(s);

describe.each(guide.forms.map((f) => f.id))('附件%s as a workbook', (formId) => {
  const block = BLOCKS.get(formId) ?? [];
  const form = guide.forms.find((f) => f.id === formId);

  it('prints the 附件 number, the title and the year as the guide does', async () => {
    const { sheet } = await openForm(formId);
    expect(text(sheet.getCell(1, 1))).toBe(`附件${formId.slice(1)}`);
    const titleLines = block.slice(
      0,
      block.findIndex((l) => l.trim().startsWith('项目名称')),
    );
    expect(squash(titleLines.join(''))).toBe(squash(`${text(sheet.getCell(2, 1))}${text(sheet.getCell(3, 1))}`));
  });

  it('has the header fields of the guide, line by line', async () => {
    const { sheet } = await openForm(formId);
    const { headerRow } = readTable(sheet);
    const start = block.findIndex((l) => l.trim().startsWith('项目名称'));
    const end = block.findIndex((l) => squash(l).includes('一级指标'));
    const printed = block
      .slice(start, end)
      .map((l) => l.split('\t').map(cleanCell).filter(Boolean))
      .filter((r) => r.length > 0);
    const labels: string[][] = [];
    for (let r = 4; r < headerRow; r++) {
      const bold: string[] = [];
      sheet.getRow(r).eachCell((cell) => {
        if (cell.font?.bold && cell.master.address === cell.address) bold.push(text(cell));
      });
      labels.push(bold);
    }
    expect(labels).toEqual(printed);
  });

  it('has every indicator row of the guide, in order, with its levels', async () => {
    const { sheet } = await openForm(formId);
    const table = readTable(sheet);
    expect(
      table.rows.map(({ level1, level2, projectType, level3 }) => ({ level1, level2, projectType, level3 })),
    ).toEqual(
      form?.indicators.map(({ level1, level2, projectType, level3 }) => ({ level1, level2, projectType, level3 })),
    );
    // Against the text itself: every indicator is printed in the attachment, in this order.
    const body = squash(block.join('\n'));
    let at = 0;
    for (const r of table.rows.filter((x) => x.level3 !== '')) {
      const found = body.indexOf(squash(r.level3), at);
      expect(found, `${r.level3} after position ${at}`).toBeGreaterThanOrEqual(0);
      at = found + 1;
    }
    for (const r of table.rows) expect(body).toContain(squash(r.level1));
    // The value column's caption is the attachment's own.
    expect(body).toContain(squash(table.valueCaption));
  });

  it('merges each 一级 and 二级 cell down its run of rows', async () => {
    const { sheet } = await openForm(formId);
    const table = readTable(sheet);
    const merges = mergesOf(sheet);
    const runs = (key: (r: (typeof table.rows)[number]) => string | null) => {
      const out: { top: number; bottom: number }[] = [];
      for (const r of table.rows) {
        const k = key(r);
        const prev = out.at(-1);
        const prevRow = table.rows.find((x) => x.row === r.row - 1);
        if (k !== null && prev && prevRow && key(prevRow) === k) prev.bottom = r.row;
        else if (k !== null) out.push({ top: r.row, bottom: r.row });
      }
      return out.filter((x) => x.bottom > x.top);
    };
    const vertical = (col: number) =>
      merges
        .filter((m) => m.left === col && m.right === col && m.bottom > m.top)
        .map((m) => ({ top: m.top, bottom: m.bottom }));
    const sort = (xs: { top: number; bottom: number }[]) => [...xs].sort((a, b) => a.top - b.top);
    expect(sort(vertical(table.header.level1))).toEqual(sort(runs((r) => (r.level1 === '个性指标' ? null : r.level1))));
    expect(sort(vertical(table.header.level2))).toEqual(
      sort(runs((r) => (r.level1 === '个性指标' || r.level2 === '' ? null : `${r.level1}/${r.level2}`))),
    );
  });

  it('carries the 说明 notes exactly as printed', async () => {
    const { sheet } = await openForm(formId);
    const at = block.findIndex((l) => /^说明/u.test(l.trim()));
    const printed = at < 0 ? [] : block.slice(at).map((l) => l.trim().replace(/^说明\s*[：:]\s*/u, ''));
    const rows: string[] = [];
    let inNotes = false;
    sheet.eachRow((row) => {
      const first = text(row.getCell(1));
      if (first === '说明：') inNotes = true;
      else if (inNotes && first !== '' && !first.startsWith('图例')) rows.push(first);
    });
    expect(rows).toEqual(printed);
  });

  it('fills only what the answers determine, and never a target', async () => {
    const { sheet } = await openForm(formId);
    for (const r of readTable(sheet).rows) {
      const name = squash(r.level3).replace(/[（(][^（()）]*[)）]/gu, '');
      const own = /^项目总投(资|资投入|入)$/u.test(name)
        ? PROFILE.total_investment
        : name === '项目研发投入'
          ? PROFILE.rd_investment
          : undefined;
      const reference =
        name === '主营业务收入'
          ? PROFILE.revenue_last_year
          : name === '实缴税金'
            ? PROFILE.taxes_paid_last_year
            : name === '研发投入占营业收入比重'
              ? PROFILE.rd_ratio_3y_avg_pct
              : name === '主导产品销售收入占主营业务收入比重'
                ? PROFILE.main_product_share_pct
                : undefined;
      if (own !== undefined) {
        expect(r.value.value, r.level3).toBe(own);
        expect((r.value.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(ANSWER_FILL);
        expect(String(r.value.note)).toMatch(/取自您的回答/u);
      } else {
        // A target: empty, or the fixed choice the guide prints in it ("(合规、不合规)").
        const hint = form?.indicators.find((i) => i.level3 === r.level3)?.valueHint || null;
        expect(r.value.value, r.level3).toBe(hint);
      }
      if (reference !== undefined) {
        expect(r.reference.value, r.level3).toBe(reference);
        expect((r.reference.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(REFERENCE_FILL);
        expect(r.reference.numFmt).toMatch(/^"(上年度|近三年平均)：/u);
      } else expect(r.reference.value, r.level3).toBeNull();
    }
  });

  it('fills the header from the enterprise and the project dates, marked as answers', async () => {
    const { sheet } = await openForm(formId);
    const valueBeside = (label: string) => {
      for (let r = 4; r < 12; r++) {
        const row = sheet.getRow(r);
        for (let c = 1; c <= sheet.columnCount; c++) {
          if (text(row.getCell(c)) !== label || row.getCell(c).master.address !== row.getCell(c).address) continue;
          let next = c + 1;
          while (row.getCell(next).master.address === row.getCell(c).address) next++;
          return row.getCell(next);
        }
      }
      throw new Error(`no ${label}`);
    };
    expect(valueBeside('项目承担单位').value).toBe(ENTERPRISE.name);
    expect(valueBeside('项目推荐单位').value).toBe(ENTERPRISE.recommendingUnit);
    expect(valueBeside('项目名称').value).toBe(ENTERPRISE.projectName);
    expect(valueBeside('项目开始时间').value).toBe('2021年3月1日');
    expect(valueBeside('项目结束时间').value).toBe('2022年6月30日');
    expect((valueBeside('项目开始时间').fill as ExcelJS.FillPattern).fgColor?.argb).toBe(ANSWER_FILL);
    // The goals are the enterprise's to write.
    expect(valueBeside('总体目标').value).toBeNull();
  });
});

describe('a form for a dialog that knows little', () => {
  it('leaves every cell empty that no answer determines: unknown is not zero', async () => {
    const { sheet } = await openForm('A1-1', { total_investment: 3500 }, ANONYMOUS);
    const rows = readTable(sheet).rows;
    const filled = rows.filter((r) => r.value.value !== null);
    expect(filled.map((r) => [r.level3, r.value.value])).toEqual([['项目总投资（万元）', 3500]]);
    expect(rows.filter((r) => r.reference.value !== null)).toEqual([]);
    let green = 0;
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if ((cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb === ANSWER_FILL) green++;
      }),
    );
    expect(green).toBe(1);
  });

  it('writes the program checklist on a second sheet, ticking what the dialog confirmed', async () => {
    const { workbook } = await openForm('A1-1', { approvals_complete: true, loan_from_jiangsu_bank: false });
    const sheet = workbook.getWorksheet('材料清单');
    const rows: string[][] = [];
    sheet?.eachRow((row, n) => {
      if (n > 1) rows.push([text(row.getCell(3)), text(row.getCell(4))]);
    });
    expect(rows).toEqual([
      ['附件1-1', '已随附（预填）'],
      ['一、（一）1.（1） [1.1.1.1]', '对话中已确认'],
      ['一、（一）1.（2） [1.1.1.2]', '需准备'],
      ['一、（一）2. [1.1.2]', '需准备'],
      ['一、（一）2. [1.1.2]', '需准备'],
    ]);
  });
});
