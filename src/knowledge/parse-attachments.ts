/**
 * Parses the attachments: 附件1-1 … 1-23 (绩效目标申报表) and 附件1-24 (training directions).
 * The tables come out of the PDF tab-separated, with merged cells left empty and some rows
 * having lost their leading tabs. Cells are therefore read by what they say, not only by
 * where they stand: the guide's fixed 一级/二级 vocabulary places a cell; anything else is a
 * 三级指标 (or, in the two forms with an extra type column, a project type).
 */
import { PROGRAMS, type ProgramId } from './program-catalogue.ts';
import { cleanCell, stripWhitespace } from './text.ts';
import type { AttachmentForm, FormIndicator, TrainingDirection, TrainingDirectionsTable } from './types.ts';

/** The 一级指标 the forms use. */
const LEVEL1 = new Set(['产出指标', '效益指标', '满意度指标', '个性指标']);
/** The 二级指标 the forms use (时效指标 is an 产出 sub-level even where a row prints it one column left). */
const LEVEL2 = new Set([
  '数量指标',
  '质量指标',
  '时效指标',
  '成本指标',
  '经济效益',
  '社会效益',
  '生态效益',
  '可持续发展',
  '满意度',
]);
const HEADER_CAPTION = '项目共性绩效指标';
// A fixed choice printed in the value column: "(合规、不合规)".
const VALUE_HINT = /^[（(].*、.*[）)]$/u;
const YEAR_CAPTION = /[（(]\s*\d{4}\s*年度\s*[）)]/u;

/** "附件1-7" / "附件 1-24" → "A1-7" / "A1-24"; null for any other line. */
export function attachmentIdOf(line: string): string | null {
  const m = /^附件\s*(\d+)-(\d+)\s*$/u.exec(line.trim());
  return m ? `A${m[1]}-${m[2]}` : null;
}

/** Splits the attachment lines into blocks keyed by attachment id, in order. */
export function splitAttachments(lines: readonly string[]): Map<string, string[]> {
  const blocks = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of lines) {
    const id = attachmentIdOf(line);
    if (id) {
      current = [];
      blocks.set(id, current);
    } else if (current && line.trim() !== '') {
      current.push(line);
    }
  }
  return blocks;
}

const key = (cell: string) => stripWhitespace(cell).replace(/\*$/u, '');

function formTitle(lines: readonly string[]): string {
  return cleanCell(lines.join('').replace(YEAR_CAPTION, ''));
}

interface RowState {
  level1: string;
  level2: string;
  projectType: string;
}

/**
 * Reads one indicator row. `typed` says the form has the extra project-type column
 * (header: 三级指标, an empty cell, then the value caption).
 */
function readRow(raw: readonly string[], state: RowState, typed: boolean): FormIndicator | null {
  const cells = raw.map(cleanCell);
  let setsLevel = false;
  let valueHint = '';
  const free: { text: string; at: number }[] = [];
  for (const [at, cell] of cells.entries()) {
    if (cell === '' || key(cell) === HEADER_CAPTION) continue;
    if (LEVEL1.has(key(cell))) {
      state.level1 = cell;
      state.level2 = '';
      state.projectType = '';
      setsLevel = true;
    } else if (LEVEL2.has(key(cell))) {
      state.level2 = cell;
      state.projectType = '';
      setsLevel = true;
    } else if (VALUE_HINT.test(cell)) {
      valueHint = cell;
    } else {
      free.push({ text: cell, at });
    }
  }
  let level3 = '';
  if (free.length >= 2 && typed) {
    state.projectType = free[0]?.text ?? '';
    level3 = free
      .slice(1)
      .map((f) => f.text)
      .join(' ');
  } else if (free.length >= 1) {
    const only = free[0];
    // In a typed form a lone cell standing in the type column, with the indicator column
    // empty, spans both (附件1-17 "废旧动力电池再生利用项目，填写年处置废旧电池量（吨）") or
    // starts a block without types: either way no earlier type applies to it.
    if (typed && free.length === 1 && only?.at === 3 && (cells[4] ?? '') === '') state.projectType = '';
    level3 = free.map((f) => f.text).join(' ');
  }
  if (level3 === '' && !(setsLevel && key(state.level1) === '个性指标')) return null;
  return {
    level1: state.level1,
    level2: state.level2,
    level3,
    valueHint,
    projectType: state.projectType,
  };
}

function programOfForm(id: string): ProgramId {
  const entry = PROGRAMS.find((p) => p.forms.includes(id));
  if (!entry) throw new Error(`attachment ${id} has no program in the catalogue`);
  return entry.id;
}

/** Parses one 绩效目标申报表 block (the lines after "附件1-x"). */
export function parseForm(id: string, lines: readonly string[]): AttachmentForm {
  // The table starts at its first field, 项目名称; rows that lost every tab are still rows.
  const firstRow = lines.findIndex((l) => l.trim().startsWith('项目名称'));
  const titleLines = lines.slice(0, firstRow);
  const afterTable = lines.findIndex((l, i) => i > firstRow && /^说明/u.test(l.trim()));
  const tableLines = lines.slice(firstRow, afterTable < 0 ? lines.length : afterTable);
  const noteLines = afterTable < 0 ? [] : lines.slice(afterTable);

  const headerAt = tableLines.findIndex((l) => stripWhitespace(l).includes('一级指标'));
  const headerCells = (tableLines[headerAt] ?? '').split('\t').map(cleanCell);
  const captionAt = headerCells.findLastIndex((c) => c !== '');
  const level3At = headerCells.findIndex((c) => key(c) === '三级指标');
  const typed = captionAt - level3At > 1;

  // Each header line as printed: one field (项目名称) or two side by side (项目推荐单位 | 项目承担单位).
  const headerRows = tableLines
    .slice(0, headerAt)
    .map((l) =>
      l
        .split('\t')
        .map(cleanCell)
        .filter((c) => c !== ''),
    )
    .filter((row) => row.length > 0);
  const headerFields = headerRows.flat();

  const state: RowState = { level1: '', level2: '', projectType: '' };
  const indicators: FormIndicator[] = [];
  for (const line of tableLines.slice(headerAt + 1)) {
    const row = readRow(line.split('\t'), state, typed);
    if (row) indicators.push(row);
  }

  const notes = noteLines.map((l) => l.trim().replace(/^说明\s*[：:]\s*/u, ''));
  return {
    id,
    title: formTitle(titleLines),
    yearCaption: cleanCell(YEAR_CAPTION.exec(titleLines.join(''))?.[0] ?? ''),
    program: programOfForm(id),
    headerFields,
    headerRows,
    valueCaption: headerCells[captionAt] ?? '',
    indicatorsCaption: headerCells[0] ?? '',
    indicators,
    notes,
  };
}

/** Parses 附件1-24: the training directions, the direction carried down its merged cells. */
export function parseTrainingDirections(lines: readonly string[]): TrainingDirectionsTable {
  const firstRow = lines.findIndex((l) => l.includes('\t'));
  const rows: TrainingDirection[] = [];
  let direction = '';
  for (const line of lines.slice(firstRow)) {
    const [d = '', content = '', audience = ''] = line.split('\t').map(cleanCell);
    // The header row repeats on every page.
    if (d === '重点方向' && content === '主要内容') continue;
    if (d !== '') direction = d;
    if (content === '' && audience === '') continue;
    rows.push({ direction, content, audience });
  }
  return { id: 'A1-24', title: formTitle(lines.slice(0, firstRow)), rows };
}
