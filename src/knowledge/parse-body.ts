/**
 * Parses the guide's body (一、 … 五、) into clauses. The text is the PDF's extraction: one
 * paragraph per line, blank lines between, and a handful of words split across page breaks.
 * Everything here is a pure function of the text so a later year's guide parses the same way.
 */
import { PROGRAMS, type ProgramId } from './program-catalogue.ts';
import type { Clause, ClauseLevel } from './types.ts';

/** Why the body could not be parsed; thrown at load, so a bad guide fails the tests, not a user. */
export type GuideParseErrorCode = 'no_body' | 'numbering_gap' | 'level_skipped' | 'no_attachment_index';

/** A structural problem in a guide's text. */
export class GuideParseError extends Error {
  constructor(
    readonly code: GuideParseErrorCode,
    detail: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'GuideParseError';
  }
}

const CHINESE_DIGITS = '一二三四五六七八九十';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

interface Numbering {
  readonly level: ClauseLevel;
  readonly ordinal: number;
  /** The number exactly as printed, spaces inside the brackets dropped ("(四) " → "(四)"). */
  readonly printed: string;
  /** The whole matched prefix, including the spaces the guide put after it. */
  readonly prefix: string;
}

function chineseOrdinal(s: string): number {
  // Only 一 … 十 occur as section numbers; a 十一 would need the general rule.
  if (s.length === 1) return CHINESE_DIGITS.indexOf(s) + 1;
  if (s.startsWith('十')) return 10 + chineseOrdinal(s.slice(1));
  return -1;
}

/** Reads the numbering a paragraph starts with, if any. */
export function readNumbering(paragraph: string): Numbering | null {
  let m = /^([一二三四五六七八九十]+)、\s*/u.exec(paragraph);
  if (m?.[1]) return { level: 1, ordinal: chineseOrdinal(m[1]), printed: `${m[1]}、`, prefix: m[0] };
  m = /^([（(])\s*([一二三四五六七八九十]+)\s*([）)])\s*/u.exec(paragraph);
  if (m?.[2]) return { level: 2, ordinal: chineseOrdinal(m[2]), printed: `${m[1]}${m[2]}${m[3]}`, prefix: m[0] };
  // "3.5 天" would be a decimal, not a number: the dot must not be followed by a digit.
  m = /^(\d+)\.(?!\d)\s*/u.exec(paragraph);
  if (m?.[1]) return { level: 3, ordinal: Number(m[1]), printed: `${m[1]}.`, prefix: m[0] };
  m = /^([（(])\s*(\d+)\s*([）)])\s*/u.exec(paragraph);
  if (m?.[2]) return { level: 4, ordinal: Number(m[2]), printed: `${m[1]}${m[2]}${m[3]}`, prefix: m[0] };
  const first = paragraph.charAt(0);
  const circled = CIRCLED.indexOf(first);
  if (circled >= 0) return { level: 5, ordinal: circled + 1, printed: first, prefix: first };
  return null;
}

/** The number as the label prints it: the guide's predominant full-width brackets. */
function canonicalNumber(n: Numbering): string {
  return n.printed.replace('(', '（').replace(')', '）');
}

// A paragraph that ends without closing punctuation was cut by a page break.
const ENDS_SENTENCE = /[。：；！？:;.!?）)]$/u;

/** Where a word split across a page break was joined: the two halves, for tests and docs. */
export interface PageBreakJoin {
  readonly before: string;
  readonly after: string;
}

interface Paragraph {
  text: string;
}

/**
 * Joins body paragraphs that a page break split: an unnumbered paragraph continues the one
 * before when that one does not end a sentence ("综" + "合运用…"). Numbered paragraphs
 * always start afresh, even after an unfinished one.
 */
function joinPageBreaks(lines: readonly string[]): { paragraphs: string[]; joins: PageBreakJoin[] } {
  const out: Paragraph[] = [];
  const joins: PageBreakJoin[] = [];
  for (const line of lines) {
    const prev = out.at(-1);
    if (prev && !readNumbering(line) && !ENDS_SENTENCE.test(prev.text)) {
      joins.push({ before: prev.text.slice(-12), after: line.slice(0, 12) });
      prev.text += line;
    } else {
      out.push({ text: line });
    }
  }
  return { paragraphs: out.map((p) => p.text), joins };
}

/**
 * Splits a paragraph whose ①②③ points run inline ("…项目：①…。②…。") into the lead and one
 * piece per point. A circled number counts as a point only after a colon or a sentence end,
 * so a ① quoted mid-sentence would stay where it is.
 */
function splitInlinePoints(paragraph: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (let i = 1; i < paragraph.length; i++) {
    if (CIRCLED.includes(paragraph.charAt(i)) && /[：:。；;]/u.test(paragraph.charAt(i - 1))) {
      pieces.push(paragraph.slice(start, i));
      start = i;
    }
  }
  pieces.push(paragraph.slice(start));
  return pieces;
}

const HEADING_WORDS = new Set(['支持方向', '支持条件', '补助标准', '申报主体', '支持数量']);

/**
 * The clause's own heading words. Chapters are all heading. Below that, the words before the
 * first "。" are a heading when they are one of the guide's section words (支持条件 …) or name
 * a project (end in 项目): "（一）技术改造贷款贴息和设备补助项目。重点支持…". A project named
 * earlier also heads a clause before "：" or "，" ("（1）工业互联网标识解析二级节点项目：①…").
 * Conditions such as "（2）企业近三年主营业务收入平均增长8%以上。" or "（6）作为公益性项目,
 * 不对学员收取…" have no heading.
 */
function titleOf(level: ClauseLevel, body: string, knownProjects: Set<string>): string {
  if (level === 1) return body.trim();
  const m = /^([^。：:，,；;]{2,40})([。：:，,])/u.exec(body);
  const head = m?.[1]?.trim();
  if (!head) return '';
  if (m?.[2] === '。' && (HEADING_WORDS.has(head) || head.endsWith('项目'))) {
    if (head.endsWith('项目')) knownProjects.add(head);
    return head;
  }
  return knownProjects.has(head) ? head : '';
}

interface Draft {
  id: string;
  level: ClauseLevel;
  parentId: string | null;
  childIds: string[];
  printedNumber: string;
  label: string;
  title: string;
  headingPath: string[];
  paragraphs: string[];
}

/** The result of parsing a guide's body. */
export interface ParsedBody {
  readonly preamble: string;
  readonly preambleClause: Clause;
  readonly title: string;
  readonly clauses: readonly Clause[];
  readonly attachmentIndex: string;
  /** Every page-break join made, in order. */
  readonly joins: readonly PageBreakJoin[];
  /** The lines after the attachment index: the attachments themselves (附件1-1 …). */
  readonly attachmentLines: readonly string[];
}

/**
 * The programs a clause belongs to. A clause inside a program's subtree belongs to it. The
 * shared clauses of a program group (1.2.2 支持条件 … 1.2.5 支持数量 serve the four programs
 * under 1.2.1) belong to the programs headed inside the nearest level-2 section, narrowed to
 * one program where the clause or an ancestor is titled with that program's name
 * (1.3.2.1 "工业互联网标识解析二级节点项目：" → iiot-identifier). A chapter holding several
 * programs belongs to none of them.
 */
function programsOf(draft: Draft): ProgramId[] {
  const isWithin = (clause: string, head: string) => clause === head || clause.startsWith(`${head}.`);
  const own = PROGRAMS.filter((p) => isWithin(draft.id, p.clause));
  if (own.length > 0) return own.map((p) => p.id);
  const parts = draft.id.split('.');
  if (parts.length < 2) return [];
  const section = parts.slice(0, 2).join('.');
  const group = PROGRAMS.filter((p) => isWithin(p.clause, section));
  const named = group.filter((p) => draft.headingPath.includes(p.nameZh));
  return (named.length > 0 ? named : group).map((p) => p.id);
}

/** The id given to the preamble's lead paragraph, which the guide leaves unnumbered. */
export const PREAMBLE_CLAUSE_ID = '0';

/**
 * The preamble's lead paragraph (the one after the title: "2022年度江苏省…专项资金，紧紧围绕…") as a
 * clause: it makes every program a Jiangsu provincial one, so rules cite it for the applicant's
 * province. It applies to every program.
 */
function preambleClauseOf(preambleLines: readonly string[]): Clause {
  const titleAt = preambleLines.findIndex((l) => /指南/u.test(l));
  const lead = preambleLines.slice(titleAt + 1).join('\n');
  return {
    id: PREAMBLE_CLAUSE_ID,
    level: 1,
    parentId: null,
    childIds: [],
    printedNumber: '',
    label: '总述',
    title: '',
    headingPath: [],
    text: lead,
    programs: PROGRAMS.map((p) => p.id),
  };
}

/**
 * Parses the guide text: the preamble before 一、, every numbered clause of the body, and the
 * attachment index after the last clause ("附件: 1-1~1-23 …").
 */
export function parseBody(text: string): ParsedBody {
  // Attachment rows keep their trailing tabs (empty cells); body paragraphs do not need them.
  const rawLines = text.split(/\r?\n/u);
  const lines = rawLines.map((l) => l.trimEnd());
  const nonEmpty = lines.filter((l) => l.trim() !== '');
  const bodyStart = nonEmpty.findIndex((l) => /^一、/u.test(l));
  if (bodyStart < 0) throw new GuideParseError('no_body', 'no paragraph starts with 一、');
  const indexStart = nonEmpty.findIndex((l, i) => i > bodyStart && /^附件\s*[:：]/u.test(l));
  if (indexStart < 0) throw new GuideParseError('no_attachment_index', 'no "附件:" line after the body');
  const isAttachmentHead = (l: string) => /^附件\s*\d+-\d+\s*$/u.test(l);
  const firstAttachment = nonEmpty.findIndex((l, i) => i > indexStart && isAttachmentHead(l));
  const indexEnd = firstAttachment < 0 ? nonEmpty.length : firstAttachment;
  const attachmentLineStart = lines.findIndex(isAttachmentHead);

  const preambleLines = nonEmpty.slice(0, bodyStart);
  const { paragraphs, joins } = joinPageBreaks(nonEmpty.slice(bodyStart, indexStart));

  const drafts = new Map<string, Draft>();
  const order: Draft[] = [];
  // ordinals[k] = ordinal of the open clause at level k+1.
  const ordinals: number[] = [];
  let current: Draft | null = null;
  const knownProjects = new Set<string>();

  const open = (n: Numbering, paragraph: string) => {
    const depth = n.level - 1;
    if (depth > ordinals.length)
      throw new GuideParseError('level_skipped', `"${paragraph.slice(0, 20)}" skips a level`);
    const expected = (ordinals.length > depth ? (ordinals[depth] ?? 0) : 0) + 1;
    if (n.ordinal !== expected)
      throw new GuideParseError(
        'numbering_gap',
        `"${paragraph.slice(0, 20)}": expected ${expected}, read ${n.ordinal}`,
      );
    ordinals.length = depth;
    ordinals.push(n.ordinal);
    const id = ordinals.join('.');
    const parentId = depth === 0 ? null : ordinals.slice(0, -1).join('.');
    const parent = parentId === null ? null : (drafts.get(parentId) ?? null);
    const title = titleOf(n.level, paragraph.slice(n.prefix.length), knownProjects);
    const draft: Draft = {
      id,
      level: n.level,
      parentId,
      childIds: [],
      printedNumber: n.printed,
      label: `${parent?.label ?? ''}${canonicalNumber(n)}`,
      title,
      headingPath: [...(parent?.headingPath ?? []), ...(title ? [title] : [])],
      paragraphs: [paragraph],
    };
    parent?.childIds.push(id);
    drafts.set(id, draft);
    order.push(draft);
    current = draft;
  };

  for (const paragraph of paragraphs) {
    const pieces = splitInlinePoints(paragraph);
    for (const [i, piece] of pieces.entries()) {
      const n = readNumbering(piece);
      if (n) {
        open(n, piece);
      } else if (current && i === 0) {
        // An unnumbered paragraph belongs to the clause printed just before it: the contract
        // puts 1.2.3's "项目总投资为不含税额…" in 1.2.3, and 5.1.4 gets the note on national
        // innovation centres by the same rule (fullText('5.1') includes it).
        (current as Draft).paragraphs.push(piece);
      } else {
        throw new GuideParseError('no_body', `paragraph outside any clause: "${piece.slice(0, 20)}"`);
      }
    }
  }

  const clauses: Clause[] = order.map((d) => ({
    id: d.id,
    level: d.level,
    parentId: d.parentId,
    childIds: d.childIds,
    printedNumber: d.printedNumber,
    label: d.label,
    title: d.title,
    headingPath: d.headingPath,
    // Inline points leave their lead ending in "：" on the same printed line, so pieces of one
    // paragraph are whole paragraphs of their own clause; paragraphs within a clause join with \n.
    text: d.paragraphs.join('\n'),
    programs: programsOf(d),
  }));

  return {
    preamble: preambleLines.join('\n'),
    preambleClause: preambleClauseOf(preambleLines),
    title: (preambleLines.find((l) => /指南/u.test(l)) ?? '').trim(),
    clauses,
    attachmentIndex: nonEmpty.slice(indexStart, indexEnd).join('\n'),
    joins,
    attachmentLines: attachmentLineStart < 0 ? [] : rawLines.slice(attachmentLineStart),
  };
}
