/**
 * A worksheet drawn as an HTML table from the .xlsx itself (merged cells as rowspan/colspan,
 * fills, bold, column widths), so a browser screenshot shows what Excel or WPS would open.
 */
import ExcelJS from 'exceljs';

const esc = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The text a cell shows, numbers in their number format's literal prefix where one is set. */
export function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') {
    const prefix = /^"([^"]*)"/u.exec(cell.numFmt ?? '')?.[1] ?? '';
    return `${prefix}${v.toLocaleString('zh-CN')}`;
  }
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  return String(v);
}

/** Parses "B3:C5" into 1-based bounds. */
function bounds(range: string): { top: number; left: number; bottom: number; right: number } {
  const [a = '', b = a] = range.split(':');
  const at = (ref: string) => {
    const m = /^([A-Z]+)(\d+)$/u.exec(ref) as RegExpExecArray;
    const col = [...(m[1] as string)].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return { row: Number(m[2]), col };
  };
  const p = at(a);
  const q = at(b);
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
}

/** The merged ranges of a sheet, by their top-left cell. */
export function mergesOf(sheet: ExcelJS.Worksheet): ReturnType<typeof bounds>[] {
  return ((sheet.model as unknown as { merges: string[] }).merges ?? []).map(bounds);
}

/** One worksheet as a standalone HTML page. */
export function worksheetHtml(sheet: ExcelJS.Worksheet, title: string): string {
  const merges = mergesOf(sheet);
  const covered = new Set<string>();
  const spanAt = new Map<string, { rows: number; cols: number }>();
  for (const m of merges) {
    spanAt.set(`${m.top},${m.left}`, { rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }
  const cols = sheet.columnCount;
  const widths = Array.from({ length: cols }, (_, i) => sheet.getColumn(i + 1).width ?? 10);
  const rows: string[] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const cells: string[] = [];
    for (let c = 1; c <= cols; c++) {
      if (covered.has(`${r},${c}`)) continue;
      const cell = sheet.getCell(r, c);
      const span = spanAt.get(`${r},${c}`);
      const fill = cell.fill?.type === 'pattern' ? cell.fill.fgColor?.argb : undefined;
      const style = [
        cell.border?.top ? 'border:1px solid #333' : '',
        fill ? `background:#${fill.slice(2)}` : '',
        cell.font?.bold ? 'font-weight:bold' : '',
        cell.font?.size && cell.font.size > 12 ? `font-size:${cell.font.size}px` : '',
        cell.alignment?.horizontal === 'center' ? 'text-align:center' : '',
        cell.alignment?.textRotation === 'vertical' ? 'writing-mode:vertical-rl' : '',
        cell.font?.italic ? 'font-style:italic;color:#595959' : '',
      ]
        .filter(Boolean)
        .join(';');
      const attrs = `${span && span.rows > 1 ? ` rowspan="${span.rows}"` : ''}${span && span.cols > 1 ? ` colspan="${span.cols}"` : ''}`;
      const note = cell.note ? ` title="${esc(typeof cell.note === 'string' ? cell.note : '')}"` : '';
      cells.push(`<td${attrs}${note} style="${style}">${esc(cellText(cell))}${cell.note ? '<sup>◆</sup>' : ''}</td>`);
    }
    rows.push(`<tr>${cells.join('')}</tr>`);
  }
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title><style>
body{font-family:"Noto Sans CJK SC","Noto Serif CJK SC",sans-serif;margin:24px;background:#fff}
table{border-collapse:collapse;table-layout:fixed;font-size:13px}
td{padding:3px 5px;vertical-align:middle;min-height:18px}
sup{color:#c00;font-size:9px}
</style></head><body><table><colgroup>${widths.map((w) => `<col style="width:${Math.round(w * 7.5)}px">`).join('')}</colgroup>${rows.join('\n')}</table></body></html>`;
}

/**
 * In a form's .xlsx bytes, the value of the cell right of the first cell on sheet `sheetName`
 * whose text starts with `label` (项目总投资（万元） → its 指标值; 项目承担单位 → the name).
 */
export async function valueBeside(bytes: ArrayBuffer | Buffer, sheetName: string, label: string): Promise<unknown> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as ArrayBuffer);
  let value: unknown;
  let found = false;
  workbook.getWorksheet(sheetName)?.eachRow((row) =>
    row.eachCell((cell, col) => {
      if (found || !String(cell.value).startsWith(label)) return;
      found = true;
      value = row.getCell(col + 1).value;
    }),
  );
  return value;
}
