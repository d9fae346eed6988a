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
 * Built in two steps, because a 2,000-row report writes thousands of forms: once per form and
 * language, a template with every fixed cell already written as XML and the fixed package parts
 * already compressed; then per enterprise only the rows its answers touch, its notes and its
 * checklist (docs/pack.md, "Measured").
 */
import type { Locale } from '../dialogs/types.ts';
import { formatValue } from '../dialogs/vocabulary.ts';
import { t } from '../i18n.ts';
import type { AttachmentForm, FormIndicator } from '../knowledge/types.ts';
import { type ChecklistItem, checklistItemName, clauseRef } from '../rules/documents.ts';
import { factLabel } from '../rules/explain.ts';
import type { Profile } from '../rules/types.ts';
import { HEADER_SOURCES, type IndicatorSource, indicatorSource, type PackEnterprise } from './form-facts.ts';
import {
  type Cell,
  type CellLook,
  commentsXml,
  type Note,
  notesVml,
  packageParts,
  type Range,
  rowXml,
  StyleTable,
  sheetFrameXml,
} from './xlsx-parts.ts';
import { type FixedPiece, fixedPiece, pieceworkEntry, type ZipEntry, zipBytes, zipEntry } from './zip-writer.ts';

/** What one form is filled from. */
export interface FormFill {
  readonly form: AttachmentForm;
  readonly profile: Profile;
  readonly enterprise: PackEnterprise;
  /** The program's checklist, written on the second sheet. */
  readonly checklist: readonly ChecklistItem[];
  readonly locale: Locale;
}

/** Shading of cells taken from the answers, and of reference figures. */
export const ANSWER_FILL = 'FFE2EFDA';
export const REFERENCE_FILL = 'FFFFF2CC';

const BOX: CellLook = { border: true, wrap: true };
const BOX_CENTER: CellLook = { border: true, wrap: true, center: true };
const LABEL: CellLook = { ...BOX_CENTER, bold: true };
const PERSONAL = '个性指标';

/** The sheet name of a form: "附件1-1". */
export function formSheetName(form: AttachmentForm): string {
  return `附件${form.id.replace(/^A/u, '')}`;
}

/** The .xlsx bytes of one form, filled from an enterprise's answers. */
export function formWorkbookBytes(fill: FormFill): Buffer {
  const tpl = templateOf(fill.form, fill.locale);
  const { profile, enterprise, locale } = fill;
  const changed = new Map<number, (Cell | undefined)[]>();
  const rowOf = (r: number) => {
    let cells = changed.get(r);
    if (!cells) {
      cells = [...(tpl.grid[r] ?? [])];
      changed.set(r, cells);
    }
    return cells;
  };
  const notes: Note[] = [];

  for (const slot of tpl.headerSlots) {
    const filled = headerValue(slot.field, profile, enterprise, locale);
    if (!filled) continue;
    const cells = rowOf(slot.row);
    slot.cols.forEach((c, i) => {
      cells[c] = { value: i === 0 ? filled.value : null, style: tpl.styles.answerText };
    });
    notes.push({ row: slot.row, col: slot.cols[0] as number, text: tpl.words.fromAnswer(filled.label) });
  }
  for (const slot of tpl.indicatorSlots) {
    const known = profile[slot.source.fact];
    if (typeof known !== 'number') continue;
    const label = factLabel(slot.source.fact, locale);
    const cells = rowOf(slot.row);
    if (slot.source.role === 'answer') {
      cells[slot.valueCol] = { value: known, style: tpl.styles.answerNumber };
      notes.push({ row: slot.row, col: slot.valueCol, text: tpl.words.fromAnswer(label) });
    } else {
      // A target is the enterprise's commitment: only last year's figure, beside it, never in it.
      cells[slot.referenceCol] = { value: known, style: tpl.styles.reference[slot.source.basis] };
      notes.push({ row: slot.row, col: slot.referenceCol, text: tpl.words.referenceNote(label) });
    }
  }

  const withNotes = notes.length > 0;
  const sheet = tpl.sheetPieces.map((p) => {
    if (typeof p !== 'number') return p;
    const cells = changed.get(p);
    return cells ? rowXml(p, tpl.heights[p], cells) : (tpl.rowXml[p] as string);
  });
  sheet.push(withNotes ? tpl.tailWithNotes : tpl.tail);
  return zipBytes([
    withNotes ? tpl.parts.contentTypesWithNotes : tpl.parts.contentTypes,
    ...tpl.parts.fixed,
    pieceworkEntry('xl/worksheets/sheet1.xml', sheet),
    checklistPart(tpl, fill.checklist, locale),
    ...notesParts(tpl, notes),
  ]);
}

/**
 * The checklist sheet, compressed once for each way its boxes can be ticked: it depends on the
 * items and their ticks, never on the enterprise's figures.
 */
function checklistPart(tpl: FormTemplate, checklist: readonly ChecklistItem[], locale: Locale): ZipEntry {
  const key = checklist.map((i) => `${i.id}${i.confirmed ? '+' : '-'}`).join(' ');
  let part = tpl.cache.checklists.get(key);
  if (!part) {
    part = zipEntry('xl/worksheets/sheet2.xml', checklistSheetXml(tpl, checklist, locale));
    tpl.cache.checklists.set(key, part);
  }
  return part;
}

/**
 * The notes' parts, compressed once for each set of noted cells: a note names what a cell was taken
 * from, never its value, so enterprises that answered the same questions share them.
 */
function notesParts(tpl: FormTemplate, notes: Note[]): readonly ZipEntry[] {
  if (notes.length === 0) return [];
  notes.sort((a, b) => a.row - b.row || a.col - b.col);
  const key = notes.map((n) => `${n.row},${n.col},${n.text}`).join('\n');
  let parts = tpl.cache.notes.get(key);
  if (!parts) {
    parts = [
      tpl.parts.notesRels,
      zipEntry('xl/comments1.xml', commentsXml(notes)),
      zipEntry('xl/drawings/vmlDrawing1.vml', notesVml(notes)),
    ];
    tpl.cache.notes.set(key, parts);
  }
  return parts;
}

/** A form laid out once for a language: the fixed cells as XML, and where the answers go. */
interface FormTemplate {
  readonly grid: readonly (readonly (Cell | undefined)[] | undefined)[];
  readonly heights: readonly (number | undefined)[];
  /** Each row's XML as it is when no answer touches it (index 0 unused). */
  readonly rowXml: readonly string[];
  /**
   * The worksheet up to its closing part, in order: runs of rows no answer can touch, compressed
   * once, and the numbers of the rows an answer may fill.
   */
  readonly sheetPieces: readonly (FixedPiece | number)[];
  readonly tail: FixedPiece;
  readonly tailWithNotes: FixedPiece;
  readonly headerSlots: readonly { row: number; cols: readonly number[]; field: string }[];
  readonly indicatorSlots: readonly {
    row: number;
    valueCol: number;
    referenceCol: number;
    source: IndicatorSource;
  }[];
  readonly styles: {
    readonly answerText: number;
    readonly answerNumber: number;
    readonly reference: Readonly<Record<'last_year' | 'avg_3y', number>>;
    readonly checklistHeader: number;
    readonly checklistRow: number;
    readonly checklistConfirmed: number;
  };
  readonly words: {
    readonly fromAnswer: (label: string) => string;
    readonly referenceNote: (label: string) => string;
  };
  readonly checklistFrame: { readonly head: string; readonly tail: string };
  /** Parts already compressed, by what they depend on (see `checklistPart`, `notesParts`). */
  readonly cache: {
    readonly checklists: Map<string, ZipEntry>;
    readonly notes: Map<string, readonly ZipEntry[]>;
  };
  readonly parts: {
    readonly fixed: readonly ZipEntry[];
    readonly contentTypes: ZipEntry;
    readonly contentTypesWithNotes: ZipEntry;
    readonly notesRels: ZipEntry;
  };
}

const templates = new WeakMap<AttachmentForm, Map<Locale, FormTemplate>>();

function templateOf(form: AttachmentForm, locale: Locale): FormTemplate {
  let byLocale = templates.get(form);
  if (!byLocale) {
    byLocale = new Map();
    templates.set(form, byLocale);
  }
  let tpl = byLocale.get(locale);
  if (!tpl) {
    tpl = buildTemplate(form, locale);
    byLocale.set(locale, tpl);
  }
  return tpl;
}

/** The grid being laid out: cells by row and column, merges, row heights. */
class Layout {
  readonly grid: (Cell | undefined)[][] = [];
  readonly heights: (number | undefined)[] = [];
  readonly merges: Range[] = [];
  constructor(readonly styles: StyleTable) {}

  set(row: number, col: number, value: string | number | null, look: CellLook): void {
    let cells = this.grid[row];
    if (!cells) {
      cells = [];
      this.grid[row] = cells;
    }
    cells[col] = { value, style: this.styles.id(look) };
  }

  get(row: number, col: number): Cell | undefined {
    return this.grid[row]?.[col];
  }

  /** Merges a range: the cells under the top-left one are emptied and take its look, as Excel shows them. */
  merge(range: Range): void {
    const master = this.get(range.top, range.left);
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) {
        if (r === range.top && c === range.left) continue;
        let cells = this.grid[r];
        if (!cells) {
          cells = [];
          this.grid[r] = cells;
        }
        cells[c] = { value: null, style: master?.style ?? 0 };
      }
    }
    this.merges.push(range);
  }

  /** A bordered cell, merged across c1..c2 when wider than one column. */
  box(row: number, c1: number, c2: number, value: string | null, look: CellLook): void {
    this.set(row, c1, value, look);
    if (c2 > c1) this.merges.push({ top: row, left: c1, bottom: row, right: c2 });
    for (let c = c1 + 1; c <= c2; c++) this.set(row, c, null, look);
  }
}

function buildTemplate(form: AttachmentForm, locale: Locale): FormTemplate {
  const w = (id: string, view?: Record<string, unknown>) => t(locale, `pack.${id}`, view);
  const styles = new StyleTable();
  const layout = new Layout(styles);

  // Forms that split indicators by project type (附件1-8, 1-17) have one more column.
  const typed = form.indicators.some((i) => i.projectType !== '');
  const col = typed
    ? { caption: 1, level1: 2, level2: 3, projectType: 4, level3: 5, value: 6, reference: 7 }
    : { caption: 1, level1: 2, level2: 3, projectType: null, level3: 4, value: 5, reference: 6 };
  // The title and header block run across the reference column too.
  const wide = col.reference;
  const widths = [10, 10, 12, ...(typed ? [18] : []), 40, 22, 20];

  // Title block.
  layout.set(1, 1, formSheetName(form), {});
  layout.set(2, 1, form.title, { bold: true, size: 16, center: true, wrap: true });
  layout.merge({ top: 2, left: 1, bottom: 2, right: wide });
  layout.heights[2] = 28;
  if (form.yearCaption) {
    layout.set(3, 1, form.yearCaption, { center: true, wrap: true });
    layout.merge({ top: 3, left: 1, bottom: 3, right: wide });
  }

  // Header block: a lone field spans the row; two fields share it as the guide prints them.
  const headerSlots: { row: number; cols: number[]; field: string }[] = [];
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
      const [l1, l2] = span.label as [number, number];
      const [v1, v2] = span.value as [number, number];
      layout.box(row, l1, l2, field, LABEL);
      layout.box(row, v1, v2, null, BOX);
      if (HEADER_SOURCES[field.replace(/\s+/gu, '')]) {
        headerSlots.push({ row, cols: Array.from({ length: v2 - v1 + 1 }, (_, k) => v1 + k), field });
      }
    });
    layout.heights[row] = /目标/u.test(fields.join('')) ? 48 : 22;
    row++;
  }

  // Indicator table header.
  const headerRow = row;
  layout.box(row, col.level1, col.level1, '一级指标', LABEL);
  layout.box(row, col.level2, col.level2, '二级指标', LABEL);
  layout.box(row, col.projectType ?? col.level3, col.level3, '三级指标', LABEL);
  layout.box(row, col.value, col.value, form.valueCaption, LABEL);
  layout.box(row, col.reference, col.reference, w('form.value_column'), { ...LABEL, italic: true });
  row++;

  const indicatorRows: number[] = [];
  const indicatorSlots: FormTemplate['indicatorSlots'][number][] = [];
  for (const indicator of form.indicators) {
    indicatorRows.push(row);
    if (indicator.level1 === PERSONAL) {
      // 个性指标: the enterprise's own indicators, outside the common caption.
      layout.box(row, col.caption, col.level1, indicator.level1, LABEL);
      layout.box(row, col.level2, col.level3, indicator.level3 || null, BOX);
    } else {
      layout.box(row, col.level1, col.level1, indicator.level1, BOX_CENTER);
      layout.box(row, col.level2, col.level2, indicator.level2 || null, BOX_CENTER);
      if (col.projectType !== null && indicator.projectType === '')
        layout.box(row, col.projectType, col.level3, indicator.level3, BOX);
      else {
        if (col.projectType !== null)
          layout.box(row, col.projectType, col.projectType, indicator.projectType, BOX_CENTER);
        layout.box(row, col.level3, col.level3, indicator.level3, BOX);
      }
    }
    layout.box(row, col.value, col.value, indicator.valueHint || null, BOX_CENTER);
    layout.box(row, col.reference, col.reference, null, BOX_CENTER);
    const source = indicatorSource(indicator.level3);
    if (source) indicatorSlots.push({ row, valueCol: col.value, referenceCol: col.reference, source });
    // Excel does not grow a row for wrapped text it did not lay out itself: about 22 characters a line.
    layout.heights[row] = Math.max(20, Math.ceil([...indicator.level3].length / 22) * 16);
    row++;
  }
  const common = form.indicators.filter((i) => i.level1 !== PERSONAL).length;
  // The caption runs down the header row and every common indicator, as printed.
  layout.set(headerRow, col.caption, form.indicatorsCaption, { ...LABEL, vertical: true });
  if (common > 0) layout.merge({ top: headerRow, left: col.caption, bottom: headerRow + common, right: col.caption });
  mergeRuns(layout, indicatorRows, form.indicators, col.level1, (i) => (i.level1 === PERSONAL ? null : i.level1));
  mergeRuns(layout, indicatorRows, form.indicators, col.level2, (i) =>
    i.level1 === PERSONAL || i.level2 === '' ? null : `${i.level1}\u0000${i.level2}`,
  );
  if (col.projectType !== null) {
    mergeRuns(layout, indicatorRows, form.indicators, col.projectType, (i) =>
      i.projectType === '' ? null : `${i.level1}\u0000${i.level2}\u0000${i.projectType}`,
    );
  }

  // 说明 notes as printed, then what the shading means.
  row++;
  if (form.notes.length > 0) {
    layout.set(row, 1, w('form.notes_heading'), {});
    row++;
    for (const note of form.notes) {
      layout.set(row, 1, note, { wrap: true });
      layout.merge({ top: row, left: 1, bottom: row, right: wide });
      layout.heights[row] = Math.max(18, Math.ceil([...note].length / 50) * 16);
      row++;
    }
  }
  row++;
  layout.set(row, 1, w('form.legend'), { wrap: true, italic: true, color: 'FF595959' });
  layout.merge({ top: row, left: 1, bottom: row, right: wide });
  layout.heights[row] = 32;

  const referencePrefix = (id: string) => w(id, { value: '' }).trim().replaceAll('"', '');
  const styleIds = {
    answerText: styles.id({ ...BOX, fill: ANSWER_FILL }),
    answerNumber: styles.id({ ...BOX_CENTER, fill: ANSWER_FILL, numFmt: '#,##0.##' }),
    reference: {
      last_year: styles.id({
        ...BOX_CENTER,
        fill: REFERENCE_FILL,
        numFmt: `"${referencePrefix('form.reference')} "#,##0.##`,
      }),
      avg_3y: styles.id({
        ...BOX_CENTER,
        fill: REFERENCE_FILL,
        numFmt: `"${referencePrefix('form.reference_avg')} "#,##0.##`,
      }),
    },
    checklistHeader: styles.id({ bold: true }),
    checklistRow: styles.id({ wrap: true }),
    checklistConfirmed: styles.id({ wrap: true, fill: ANSWER_FILL }),
  };

  const rows = Array.from({ length: row + 1 }, (_, r) => {
    const cells = layout.grid[r];
    return r > 0 && cells ? rowXml(r, layout.heights[r], cells) : '';
  });
  const frame = sheetFrameXml({ widths, merges: layout.merges, fitToPage: true });
  const answerRows = new Set([...headerSlots.map((s) => s.row), ...indicatorSlots.map((s) => s.row)]);
  const sheetPieces: (FixedPiece | number)[] = [];
  let fixed = frame.head;
  rows.forEach((xml, r) => {
    if (!answerRows.has(r)) {
      fixed += xml;
      return;
    }
    if (fixed !== '') sheetPieces.push(fixedPiece(fixed));
    sheetPieces.push(r);
    fixed = '';
  });
  if (fixed !== '') sheetPieces.push(fixedPiece(fixed));
  const checklistSheet = w('form.checklist_sheet');
  const parts = packageParts([formSheetName(form), checklistSheet], styles.xml(), 'jiangsu-fund-bot');
  return {
    grid: layout.grid,
    heights: layout.heights,
    rowXml: rows,
    sheetPieces,
    tail: fixedPiece(frame.tail),
    tailWithNotes: fixedPiece(frame.tailWithNotes),
    headerSlots,
    indicatorSlots,
    styles: styleIds,
    words: {
      fromAnswer: (label) => w('form.from_answer', { label }),
      referenceNote: (label) => w('form.reference_note', { label }),
    },
    checklistFrame: sheetFrameXml({ widths: [6, 70, 28, 18], merges: [], fitToPage: false }),
    cache: { checklists: new Map(), notes: new Map() },
    parts: {
      fixed: Object.entries(parts.fixed).map(([name, text]) => zipEntry(name, text)),
      contentTypes: zipEntry('[Content_Types].xml', parts.contentTypes),
      contentTypesWithNotes: zipEntry('[Content_Types].xml', parts.contentTypesWithNotes),
      notesRels: zipEntry('xl/worksheets/_rels/sheet1.xml.rels', parts.notesRels),
    },
  };
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

/** Merges each run of consecutive rows with the same non-null key in one column. */
function mergeRuns(
  layout: Layout,
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
      layout.merge({ top: rows[start] as number, left: column, bottom: rows[i - 1] as number, right: column });
    }
    start = i;
  }
}

/** The checklist sheet: number, document, clause, status; what the dialog confirmed is shaded. */
function checklistSheetXml(tpl: FormTemplate, checklist: readonly ChecklistItem[], locale: Locale): string {
  const w = (id: string) => t(locale, `pack.${id}`);
  const header: (Cell | undefined)[] = [];
  w('form.checklist_columns')
    .split('|')
    .forEach((caption, i) => {
      header[i + 1] = { value: caption, style: tpl.styles.checklistHeader };
    });
  let xml = rowXml(1, undefined, header);
  checklist.forEach((item, i) => {
    const status =
      item.kind === 'form' ? 'form.status_form' : item.confirmed ? 'form.status_confirmed' : 'form.status_todo';
    const style = tpl.styles.checklistRow;
    xml += rowXml(i + 2, undefined, [
      undefined,
      { value: i + 1, style },
      { value: checklistItemName(item, locale), style },
      { value: clauseRef(item.clause, locale), style },
      { value: w(status), style: item.confirmed ? tpl.styles.checklistConfirmed : style },
    ]);
  });
  return `${tpl.checklistFrame.head}${xml}${tpl.checklistFrame.tail}`;
}
