/**
 * The SpreadsheetML parts of a small .xlsx, written as text: a style table, worksheet rows with
 * inline strings, merged ranges, notes (comments + their VML shapes), and the package's fixed
 * parts. Only what the 绩效目标申报表 needs; exceljs (used to read the files back in tests) and
 * Excel/WPS open the result. Written by hand because exceljs's writer cost ≈ 13 ms a form, and a
 * 2,000-row report writes some 12,000 forms (docs/pack.md).
 */

/** How a cell looks. Every field is optional; equal looks share one style id. */
export interface CellLook {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  /** ARGB, e.g. "FF595959". */
  readonly color?: string;
  /** Solid fill, ARGB. */
  readonly fill?: string;
  readonly border?: boolean;
  readonly center?: boolean;
  readonly wrap?: boolean;
  /** Text stacked vertically (Excel's textRotation 255). */
  readonly vertical?: boolean;
  readonly numFmt?: string;
}

/** A cell: its value and its style id from the workbook's `StyleTable`. */
export interface Cell {
  readonly value: string | number | null;
  readonly style: number;
}

const FONT_NAME = '宋体';
const FONT_SIZE = 11;

/** The workbook's cell styles; style 0 is plain. */
export class StyleTable {
  readonly #ids = new Map<string, number>();
  readonly #looks: CellLook[] = [{}];

  constructor() {
    this.#ids.set('{}', 0);
  }

  /** The id of a look, added on first use. */
  id(look: CellLook): number {
    const key = JSON.stringify(look);
    let id = this.#ids.get(key);
    if (id === undefined) {
      id = this.#looks.length;
      this.#looks.push(look);
      this.#ids.set(key, id);
    }
    return id;
  }

  /** xl/styles.xml. */
  xml(): string {
    const fonts = new Index();
    const fills = new Index();
    const numFmts = new Index();
    fonts.add(fontXml({}));
    fills.add('<fill><patternFill patternType="none"/></fill>');
    fills.add('<fill><patternFill patternType="gray125"/></fill>');
    const xfs = this.#looks.map((look) => {
      const fontId = fonts.add(fontXml(look));
      const fillId = look.fill
        ? fills.add(`<fill><patternFill patternType="solid"><fgColor rgb="${look.fill}"/></patternFill></fill>`)
        : 0;
      const numFmtId = look.numFmt ? 164 + numFmts.add(look.numFmt) : 0;
      const align = [
        look.center ? ' horizontal="center"' : '',
        look.center || look.wrap || look.vertical ? ' vertical="center"' : '',
        look.wrap ? ' wrapText="1"' : '',
        look.vertical ? ' textRotation="255"' : '',
      ].join('');
      const applies = [
        numFmtId ? ' applyNumberFormat="1"' : '',
        fontId ? ' applyFont="1"' : '',
        fillId ? ' applyFill="1"' : '',
        look.border ? ' applyBorder="1"' : '',
        align ? ' applyAlignment="1"' : '',
      ].join('');
      const open = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${look.border ? 1 : 0}" xfId="0"${applies}`;
      return align ? `${open}><alignment${align}/></xf>` : `${open}/>`;
    });
    const formats = numFmts.items.map((code, i) => `<numFmt numFmtId="${164 + i}" formatCode="${escapeXml(code)}"/>`);
    return `${XML_DECL}<styleSheet xmlns="${MAIN_NS}">${
      formats.length > 0 ? `<numFmts count="${formats.length}">${formats.join('')}</numFmts>` : ''
    }<fonts count="${fonts.items.length}">${fonts.items.join('')}</fonts><fills count="${fills.items.length}">${fills.items.join(
      '',
    )}</fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${xfs.length}">${xfs.join(
      '',
    )}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
  }
}

/** Distinct strings, in the order first added. */
class Index {
  readonly items: string[] = [];
  add(item: string): number {
    const at = this.items.indexOf(item);
    if (at >= 0) return at;
    this.items.push(item);
    return this.items.length - 1;
  }
}

function fontXml(look: CellLook): string {
  return `<font>${look.bold ? '<b/>' : ''}${look.italic ? '<i/>' : ''}<sz val="${look.size ?? FONT_SIZE}"/>${
    look.color ? `<color rgb="${look.color}"/>` : ''
  }<name val="${FONT_NAME}"/><family val="3"/><charset val="134"/></font>`;
}

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

// Characters XML 1.0 does not allow at all (a sign-up sheet may carry them in a name).
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to drop
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu;

/** Text made safe for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** "A1"-style reference of a 1-based row and column. */
export function cellRef(row: number, col: number): string {
  let name = '';
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return `${name}${row}`;
}

/** One `<c>`: strings inline (no shared-string table to keep in step), numbers as numbers. */
export function cellXml(row: number, col: number, cell: Cell): string {
  const ref = cellRef(row, col);
  const s = cell.style === 0 ? '' : ` s="${cell.style}"`;
  const { value } = cell;
  if (typeof value === 'number' && Number.isFinite(value)) return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (typeof value === 'string' && value !== '')
    return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
  return `<c r="${ref}"${s}/>`;
}

/** One `<row>` from its cells by column (holes allowed). */
export function rowXml(row: number, height: number | undefined, cells: readonly (Cell | undefined)[]): string {
  let out = `<row r="${row}"${height === undefined ? '' : ` ht="${height}" customHeight="1"`}>`;
  cells.forEach((cell, col) => {
    if (cell) out += cellXml(row, col, cell);
  });
  return `${out}</row>`;
}

/** A merged range, 1-based and inclusive. */
export interface Range {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** What wraps a worksheet's rows. */
export interface SheetFrame {
  readonly widths: readonly number[];
  readonly merges: readonly Range[];
  /** Fit to one page wide on A4, as the guide prints the form. */
  readonly fitToPage: boolean;
}

/** The worksheet before its rows, and after them (with or without the notes' drawing). */
export function sheetFrameXml(frame: SheetFrame): { head: string; tail: string; tailWithNotes: string } {
  const cols = frame.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`);
  const head = `${XML_DECL}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${
    frame.fitToPage ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : ''
  }<sheetFormatPr defaultRowHeight="15"/><cols>${cols.join('')}</cols><sheetData>`;
  const merges =
    frame.merges.length === 0
      ? ''
      : `<mergeCells count="${frame.merges.length}">${frame.merges
          .map((m) => `<mergeCell ref="${cellRef(m.top, m.left)}:${cellRef(m.bottom, m.right)}"/>`)
          .join('')}</mergeCells>`;
  const page = `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${
    frame.fitToPage ? '<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/>' : ''
  }`;
  const tail = `</sheetData>${merges}${page}`;
  return { head, tail: `${tail}</worksheet>`, tailWithNotes: `${tail}<legacyDrawing r:id="rId1"/></worksheet>` };
}

/** A note on a cell (Excel's comment). */
export interface Note {
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

/** xl/comments1.xml. */
export function commentsXml(notes: readonly Note[]): string {
  return `${XML_DECL}<comments xmlns="${MAIN_NS}"><authors><author>jiangsu-fund-bot</author></authors><commentList>${notes
    .map(
      (n) =>
        `<comment ref="${cellRef(n.row, n.col)}" authorId="0"><text><r><t xml:space="preserve">${escapeXml(n.text)}</t></r></text></comment>`,
    )
    .join('')}</commentList></comments>`;
}

/** xl/drawings/vmlDrawing1.vml: the hidden boxes Excel shows a note in. */
export function notesVml(notes: readonly Note[]): string {
  const shapes = notes.map((n, i) => {
    const r = n.row - 1;
    const c = n.col - 1;
    const anchor = [c + 1, 15, Math.max(0, r - 1), 10, c + 3, 15, r + 3, 4].join(', ');
    return `<v:shape id="_x0000_s${1025 + i}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:108pt;height:59pt;z-index:${i + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"/></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${r}</x:Row><x:Column>${c}</x:Column></x:ClientData></v:shape>`;
  });
  return `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>${shapes.join(
    '',
  )}</xml>`;
}

const SHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

/**
 * The package's fixed parts for `sheetNames` (sheet i is xl/worksheets/sheet{i}.xml); the first
 * sheet may carry notes. Returns part name → text.
 */
export function packageParts(
  sheetNames: readonly string[],
  stylesXml: string,
  creator: string,
): { fixed: Record<string, string>; contentTypes: string; contentTypesWithNotes: string; notesRels: string } {
  const sheets = sheetNames.map((_, i) => i + 1);
  const types = (notes: boolean) =>
    `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${
      notes ? '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>' : ''
    }<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets
      .map((i) => `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="${SHEET_TYPE}"/>`)
      .join(
        '',
      )}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${
      notes
        ? '<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>'
        : ''
    }<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`;
  const rel = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
  return {
    fixed: {
      '_rels/.rels': `${XML_DECL}<Relationships xmlns="${PKG_REL_NS}">${rel(
        'rId1',
        `${REL_NS}/officeDocument`,
        'xl/workbook.xml',
      )}${rel('rId2', `${PKG_REL_NS}/metadata/core-properties`, 'docProps/core.xml')}</Relationships>`,
      'docProps/core.xml': `${XML_DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${escapeXml(
        creator,
      )}</dc:creator></cp:coreProperties>`,
      'xl/workbook.xml': `${XML_DECL}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>${sheetNames
        .map((name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join('')}</sheets></workbook>`,
      'xl/_rels/workbook.xml.rels': `${XML_DECL}<Relationships xmlns="${PKG_REL_NS}">${sheets
        .map((i) => rel(`rId${i}`, `${REL_NS}/worksheet`, `worksheets/sheet${i}.xml`))
        .join('')}${rel(`rId${sheets.length + 1}`, `${REL_NS}/styles`, 'styles.xml')}</Relationships>`,
      'xl/styles.xml': stylesXml,
    },
    contentTypes: types(false),
    contentTypesWithNotes: types(true),
    notesRels: `${XML_DECL}<Relationships xmlns="${PKG_REL_NS}">${rel(
      'rId1',
      `${REL_NS}/vmlDrawing`,
      '../drawings/vmlDrawing1.vml',
    )}${rel('rId2', `${REL_NS}/comments`, '../comments1.xml')}</Relationships>`,
  };
}
