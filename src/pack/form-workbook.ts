/**
 * A 绩效目标申报表 as a real .xlsx, laid out as the guide prints it: 附件 number, title and year,
 * the header block (one field a line, or two side by side), the indicator table with its
 * 一级/二级/三级 cells merged down their runs and the caption merged down the common indicators,
 * the 指标值 column, and the 说明 notes. Built from the parsed attachment (`AttachmentForm`), so
 * every form of every guide comes from its text, not from code per form.
 *
 * Cells the enterprise's answers determine are filled, shaded green and noted as answers; the
 * targets it commits to stay empty, with last year's figure in the reference column beside them.
 * A second sheet holds the program's checklist.
 *
 * Pure apart from exceljs's in-memory workbook; `formWorkbookBytes` gives the file's bytes.
 */
import ExcelJS from 'exceljs';
import type { Locale } from '../dialogs/types.ts';
import { formatValue } from '../dialogs/vocabulary.ts';
import { t } from '../i18n.ts';
import type { AttachmentForm, FormIndicator } from '../knowledge/types.ts';
import { type ChecklistItem, checklistItemName, clauseRef } from '../rules/documents.ts';
import { factLabel } from '../rules/explain.ts';
import type { Profile } from '../rules/types.ts';
import { HEADER_SOURCES, indicatorSource, type PackEnterprise } from './form-facts.ts';

/** What one form is filled from. */
export interface FormFill {
  readonly form: AttachmentForm;
  readonly profile: Profile;
  readonly enterprise: PackEnterprise;
  /** The program's checklist, written on the second sheet. */
  readonly checklist: readonly ChecklistItem[];
  readonly locale: Locale;
}

/** Where the builder put things, for readers that need no guessing (the HTML preview, tests of marking). */
export interface FormLayout {
  /** 1-based column numbers. */
  readonly columns: {
    readonly level1: number;
    readonly level2: number;
    readonly projectType: number | null;
    readonly level3: number;
    readonly value: number;
    readonly reference: number;
  };
  /** Row of each indicator, in the form's order. */
  readonly indicatorRows: readonly number[];
}

/** Shading of cells taken from the answers, and of reference figures. */
export const ANSWER_FILL = 'FFE2EFDA';
export const REFERENCE_FILL = 'FFFFF2CC';

const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const WRAP = { wrapText: true, vertical: 'middle' as const };
const CENTER = { ...WRAP, horizontal: 'center' as const };
const PERSONAL = '个性指标';

/** The sheet name of a form: "附件1-1". */
export function formSheetName(form: AttachmentForm): string {
  return `附件${form.id.replace(/^A/u, '')}`;
}

/** Builds the workbook of one form. */
export function buildFormWorkbook(fill: FormFill): { workbook: ExcelJS.Workbook; layout: FormLayout } {
  const { form, profile, enterprise, locale } = fill;
  const w = (id: string, view?: Record<string, unknown>) => t(locale, `pack.${id}`, view);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'jiangsu-fund-bot';
  const sheet = workbook.addWorksheet(formSheetName(form), {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });

  // Forms that split indicators by project type (附件1-8, 1-17) have one more column.
  const typed = form.indicators.some((i) => i.projectType !== '');
  const col = typed
    ? { caption: 1, level1: 2, level2: 3, projectType: 4, level3: 5, value: 6, reference: 7 }
    : { caption: 1, level1: 2, level2: 3, projectType: null, level3: 4, value: 5, reference: 6 };
  // The title and header block run across the reference column too.
  const wide = col.reference;
  sheet.columns = [
    { width: 10 },
    { width: 10 },
    { width: 12 },
    ...(typed ? [{ width: 18 }] : []),
    { width: 40 },
    { width: 22 },
    { width: 20 },
  ];

  const box = (row: number, c1: number, c2: number, value: ExcelJS.CellValue, align = WRAP) => {
    if (c2 > c1) sheet.mergeCells(row, c1, row, c2);
    const cell = sheet.getCell(row, c1);
    cell.value = value;
    cell.alignment = align;
    for (let c = c1; c <= c2; c++) sheet.getCell(row, c).border = BORDER;
    return cell;
  };
  const markAnswer = (cell: ExcelJS.Cell, label: string) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: ANSWER_FILL } };
    cell.note = w('form.from_answer', { label });
  };

  // Title block.
  sheet.getCell(1, 1).value = formSheetName(form);
  sheet.mergeCells(2, 1, 2, wide);
  Object.assign(sheet.getCell(2, 1), { value: form.title, font: { bold: true, size: 16 }, alignment: CENTER });
  sheet.getRow(2).height = 28;
  if (form.yearCaption) {
    sheet.mergeCells(3, 1, 3, wide);
    Object.assign(sheet.getCell(3, 1), { value: form.yearCaption, alignment: CENTER });
  }

  // Header block: a lone field spans the row; two fields share it as the guide prints them.
  let row = 4;
  for (const fields of form.headerRows) {
    const spans =
      fields.length === 1
        ? [{ label: [1, 2], value: [3, wide] }]
        : [
            { label: [1, 2], value: [3, wide - 2] },
            { label: [wide - 1, wide - 1], value: [wide, wide] },
          ];
    fields.forEach((field, i) => {
      const span = spans[i];
      if (!span) return;
      box(row, span.label[0] as number, span.label[1] as number, field, CENTER).font = { bold: true };
      const filled = headerValue(field, profile, enterprise, locale);
      const cell = box(row, span.value[0] as number, span.value[1] as number, filled?.value ?? null);
      if (filled) markAnswer(cell, filled.label);
    });
    sheet.getRow(row).height = /目标/u.test(fields.join('')) ? 48 : 22;
    row++;
  }

  // Indicator table header.
  const headerRow = row;
  box(row, col.level1, col.level1, '一级指标', CENTER).font = { bold: true };
  box(row, col.level2, col.level2, '二级指标', CENTER).font = { bold: true };
  box(row, col.projectType ?? col.level3, col.level3, '三级指标', CENTER).font = { bold: true };
  box(row, col.value, col.value, form.valueCaption, CENTER).font = { bold: true };
  box(row, col.reference, col.reference, w('form.value_column'), CENTER).font = { bold: true, italic: true };
  row++;

  const indicatorRows: number[] = [];
  for (const indicator of form.indicators) {
    indicatorRows.push(row);
    if (indicator.level1 === PERSONAL) {
      // 个性指标: the enterprise's own indicators, outside the common caption.
      box(row, col.caption, col.level1, indicator.level1, CENTER).font = { bold: true };
      box(row, col.level2, col.level3, indicator.level3 || null);
    } else {
      box(row, col.level1, col.level1, indicator.level1, CENTER);
      box(row, col.level2, col.level2, indicator.level2 || null, CENTER);
      if (col.projectType !== null && indicator.projectType === '')
        box(row, col.projectType, col.level3, indicator.level3);
      else {
        if (col.projectType !== null) box(row, col.projectType, col.projectType, indicator.projectType, CENTER);
        box(row, col.level3, col.level3, indicator.level3);
      }
    }
    const value = box(row, col.value, col.value, indicator.valueHint || null, CENTER);
    const reference = box(row, col.reference, col.reference, null, CENTER);
    fillIndicator(indicator, profile, locale, value, reference, markAnswer, w);
    // Excel does not grow a row for wrapped text it did not lay out itself: about 22 characters a line.
    sheet.getRow(row).height = Math.max(20, Math.ceil([...indicator.level3].length / 22) * 16);
    row++;
  }
  const common = form.indicators.filter((i) => i.level1 !== PERSONAL).length;
  // The caption runs down the header row and every common indicator, as printed.
  if (common > 0) sheet.mergeCells(headerRow, col.caption, headerRow + common, col.caption);
  Object.assign(sheet.getCell(headerRow, col.caption), {
    value: form.indicatorsCaption,
    alignment: { ...CENTER, textRotation: 'vertical' as const },
    font: { bold: true },
    border: BORDER,
  });
  mergeRuns(sheet, indicatorRows, form.indicators, col.level1, (i) => (i.level1 === PERSONAL ? null : i.level1));
  mergeRuns(sheet, indicatorRows, form.indicators, col.level2, (i) =>
    i.level1 === PERSONAL || i.level2 === '' ? null : `${i.level1}\u0000${i.level2}`,
  );
  if (col.projectType !== null) {
    mergeRuns(sheet, indicatorRows, form.indicators, col.projectType, (i) =>
      i.projectType === '' ? null : `${i.level1}\u0000${i.level2}\u0000${i.projectType}`,
    );
  }

  // 说明 notes as printed, then what the shading means.
  row++;
  if (form.notes.length > 0) {
    sheet.getCell(row, 1).value = w('form.notes_heading');
    row++;
    for (const note of form.notes) {
      sheet.mergeCells(row, 1, row, wide);
      Object.assign(sheet.getCell(row, 1), { value: note, alignment: WRAP });
      sheet.getRow(row).height = Math.max(18, Math.ceil([...note].length / 50) * 16);
      row++;
    }
  }
  row++;
  sheet.mergeCells(row, 1, row, wide);
  Object.assign(sheet.getCell(row, 1), {
    value: w('form.legend'),
    alignment: WRAP,
    font: { italic: true, color: { argb: 'FF595959' } },
  });
  sheet.getRow(row).height = 32;

  addChecklistSheet(workbook, fill);
  const { caption: _caption, ...columns } = col;
  return { workbook, layout: { columns, indicatorRows } };
}

/**
 * The workbook's .xlsx bytes. Stored, not deflated: exceljs deflates in JavaScript, which was two
 * thirds of a form's cost (≈ 28 ms against 11 ms under load) and made a 2,000-row report twice as
 * slow; a stored form is ≈ 35 KB instead of ≈ 11 KB, still a small attachment.
 */
export async function formWorkbookBytes(fill: FormFill): Promise<Buffer> {
  const { workbook } = buildFormWorkbook(fill);
  // exceljs passes `zip` to its zip writer; its typings do not list the option.
  const options = { zip: { compression: 'STORE' } } as unknown as Partial<ExcelJS.XlsxWriteOptions>;
  return Buffer.from(await workbook.xlsx.writeBuffer(options));
}

function headerValue(
  field: string,
  profile: Profile,
  enterprise: PackEnterprise,
  locale: Locale,
): { value: string; label: string } | undefined {
  const source = HEADER_SOURCES[field.replace(/\s+/gu, '')];
  if (!source) return undefined;
  if (source.kind === 'info') {
    const value = enterprise[source.key];
    return value ? { value, label: field } : undefined;
  }
  const value = profile[source.fact];
  return value === undefined
    ? undefined
    : { value: formatValue(source.fact, value, locale), label: factLabel(source.fact, locale) };
}

function fillIndicator(
  indicator: FormIndicator,
  profile: Profile,
  locale: Locale,
  value: ExcelJS.Cell,
  reference: ExcelJS.Cell,
  markAnswer: (cell: ExcelJS.Cell, label: string) => void,
  w: (id: string, view?: Record<string, unknown>) => string,
): void {
  const source = indicatorSource(indicator.level3);
  if (!source) return;
  const known = profile[source.fact];
  if (typeof known !== 'number') return;
  const label = factLabel(source.fact, locale);
  if (source.role === 'answer') {
    value.value = known;
    value.numFmt = '#,##0.##';
    markAnswer(value, label);
    return;
  }
  // A target is the enterprise's commitment: only last year's figure, beside it, never in it.
  const prefix = w(source.basis === 'avg_3y' ? 'form.reference_avg' : 'form.reference', { value: '' }).trim();
  reference.value = known;
  reference.numFmt = `"${prefix.replaceAll('"', '')} "#,##0.##`;
  reference.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: REFERENCE_FILL } };
  reference.note = w('form.reference_note', { label });
}

/** Merges each run of consecutive rows with the same non-null key in one column. */
function mergeRuns(
  sheet: ExcelJS.Worksheet,
  rows: readonly number[],
  indicators: readonly FormIndicator[],
  column: number,
  keyOf: (i: FormIndicator) => string | null,
): void {
  let start = 0;
  for (let i = 1; i <= indicators.length; i++) {
    const a = indicators[start];
    const b = indicators[i];
    const runKey = a ? keyOf(a) : null;
    if (b && runKey !== null && keyOf(b) === runKey) continue;
    if (runKey !== null && i - 1 > start) {
      const top = rows[start] as number;
      const bottom = rows[i - 1] as number;
      const master = sheet.getCell(top, column);
      const { value, alignment, border } = master;
      for (let r = top + 1; r <= bottom; r++) sheet.getCell(r, column).value = null;
      sheet.mergeCells(top, column, bottom, column);
      Object.assign(sheet.getCell(top, column), { value, alignment, border });
    }
    start = i;
  }
}

function addChecklistSheet(workbook: ExcelJS.Workbook, fill: FormFill): void {
  const { locale } = fill;
  const w = (id: string) => t(locale, `pack.${id}`);
  const sheet = workbook.addWorksheet(w('form.checklist_sheet'));
  sheet.columns = [{ width: 6 }, { width: 70 }, { width: 28 }, { width: 18 }];
  const header = sheet.addRow(w('form.checklist_columns').split('|'));
  header.font = { bold: true };
  fill.checklist.forEach((item, i) => {
    const status =
      item.kind === 'form' ? 'form.status_form' : item.confirmed ? 'form.status_confirmed' : 'form.status_todo';
    const r = sheet.addRow([i + 1, checklistItemName(item, locale), clauseRef(item.clause, locale), w(status)]);
    r.alignment = WRAP;
    if (item.confirmed) r.getCell(4).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: ANSWER_FILL } };
  });
}
