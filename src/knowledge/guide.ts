/**
 * The guide as data: every clause, attachment form and training direction, with lookups.
 * The guide's text is read once, at module load, from `guides/<version>.txt`; a later year's
 * guide is added beside it as another file and another entry of `GUIDES`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseForm, parseTrainingDirections, splitAttachments } from './parse-attachments.ts';
import { type PageBreakJoin, parseBody } from './parse-body.ts';
import { type ProgramId, programEntry } from './program-catalogue.ts';
import type { AttachmentForm, Clause, Guide, TrainingDirectionsTable } from './types.ts';

/** Guide versions the project knows, newest last. */
export const GUIDE_VERSIONS = ['jiangsu-2022'] as const;

/** A guide version key. */
export type GuideVersion = (typeof GUIDE_VERSIONS)[number];

/** The version answers and rules use unless told otherwise. */
export const CURRENT_GUIDE: GuideVersion = 'jiangsu-2022';

/** A parsed guide with what the parser did to it (for tests and docs). */
export interface ParsedGuide {
  readonly guide: Guide;
  /** Words split by page breaks that the parser joined, in order. */
  readonly pageBreakJoins: readonly PageBreakJoin[];
}

/**
 * Parses a guide's whole text (body and attachments) into a `Guide`. Pure: the same text
 * always gives the same data. Throws `GuideParseError` when the numbering does not hold.
 */
export function parseGuide(version: string, text: string): ParsedGuide {
  const body = parseBody(text);
  const blocks = splitAttachments(body.attachmentLines);
  const forms: AttachmentForm[] = [];
  let trainingDirections: TrainingDirectionsTable = { id: 'A1-24', title: '', rows: [] };
  for (const [id, lines] of blocks) {
    if (id === 'A1-24') trainingDirections = parseTrainingDirections(lines);
    else forms.push(parseForm(id, lines));
  }
  return {
    guide: {
      version,
      title: body.title,
      preamble: body.preamble,
      preambleClause: body.preambleClause,
      clauses: body.clauses,
      attachmentIndex: body.attachmentIndex,
      forms,
      trainingDirections,
    },
    pageBreakJoins: body.joins,
  };
}

/** The path of a guide version's text inside the repository. */
export function guideTextPath(version: GuideVersion): string {
  return join(import.meta.dirname, 'guides', `${version}.txt`);
}

const PARSED: ReadonlyMap<GuideVersion, ParsedGuide> = new Map(
  GUIDE_VERSIONS.map((v) => [v, parseGuide(v, readFileSync(guideTextPath(v), 'utf8'))]),
);

/** Every known guide, keyed by version. */
export const GUIDES: ReadonlyMap<GuideVersion, Guide> = new Map([...PARSED].map(([v, p]) => [v, p.guide]));

/** What parsing each guide joined across page breaks. */
export function pageBreakJoins(version: GuideVersion = CURRENT_GUIDE): readonly PageBreakJoin[] {
  return PARSED.get(version)?.pageBreakJoins ?? [];
}

/** Lookups over one guide; `guideLookups(version)` builds them, the module exports the current one's. */
export interface GuideLookups {
  readonly guide: Guide;
  clauseById(id: string): Clause | undefined;
  clausesOfProgram(programId: ProgramId): readonly Clause[];
  clausesApplyingTo(programId: ProgramId): readonly Clause[];
  clauseByHeadingPath(path: readonly string[] | string): Clause | undefined;
  printedLabel(id: string): string | undefined;
  formById(id: string): AttachmentForm | undefined;
  fullText(id: string): string | undefined;
  attachmentText(id: string): string | undefined;
  isClauseId(value: unknown): value is string;
  isAttachmentId(value: unknown): value is string;
}

const ATTACHMENT_ID = /^A1-([1-9]|1\d|2[0-4])$/u;

/** Renders a form as lines of the guide's own words: title, fields, header, indicators, notes. */
function renderForm(id: string, form: AttachmentForm): string {
  const number = id.replace(/^A/u, '');
  const lines = [`附件${number}`, form.title, form.headerFields.join(' / ')];
  lines.push(`${form.indicatorsCaption}：一级指标 / 二级指标 / 三级指标 / ${form.valueCaption}`);
  for (const ind of form.indicators) {
    const cells = [ind.level1, ind.level2, ind.projectType, ind.level3].filter((c) => c !== '');
    lines.push(cells.join(' / ') + (ind.valueHint ? ` ${ind.valueHint}` : ''));
  }
  if (form.notes.length > 0) lines.push(`说明：${form.notes.join('\n')}`);
  return lines.join('\n');
}

function renderTrainingDirections(table: TrainingDirectionsTable): string {
  const lines = ['附件1-24', table.title, '重点方向 / 主要内容 / 重点培训对象'];
  for (const row of table.rows) lines.push(`${row.direction} / ${row.content} / ${row.audience}`);
  return lines.join('\n');
}

/** Builds the lookups of one guide (indexes made once). */
export function guideLookups(guide: Guide): GuideLookups {
  const byId = new Map([guide.preambleClause, ...guide.clauses].map((c) => [c.id, c]));
  const formsById = new Map(guide.forms.map((f) => [f.id, f]));
  // Untitled children share their parent's heading path; the path names the titled clause.
  const byPath = new Map<string, Clause>();
  for (const c of guide.clauses) {
    const key = c.headingPath.join(' › ');
    if (!byPath.has(key)) byPath.set(key, c);
  }
  const position = new Map(guide.clauses.map((c, i) => [c.id, i]));

  const subtree = (id: string): Clause[] => guide.clauses.filter((c) => c.id === id || c.id.startsWith(`${id}.`));

  const isClauseId = (value: unknown): value is string => typeof value === 'string' && byId.has(value);
  const isAttachmentId = (value: unknown): value is string =>
    typeof value === 'string' &&
    ATTACHMENT_ID.test(value) &&
    (formsById.has(value) || (value === 'A1-24' && guide.trainingDirections.rows.length > 0));

  const attachmentText = (id: string): string | undefined => {
    if (id === 'A1-24' && isAttachmentId(id)) return renderTrainingDirections(guide.trainingDirections);
    const form = formsById.get(id);
    return form ? renderForm(id, form) : undefined;
  };

  return {
    guide,
    clauseById: (id) => byId.get(id),
    clausesOfProgram: (programId) => subtree(programEntry(programId).clause),
    clausesApplyingTo: (programId) => guide.clauses.filter((c) => c.programs.includes(programId)),
    clauseByHeadingPath: (path) => {
      const parts = typeof path === 'string' ? path.split(/\s*›\s*/u) : path;
      // A title repeated across programs ("支持条件") resolves only with its ancestors given.
      return byPath.get(parts.join(' › '));
    },
    printedLabel: (id) => byId.get(id)?.label,
    formById: (id) => formsById.get(id),
    fullText: (id) => {
      if (ATTACHMENT_ID.test(id)) return attachmentText(id);
      if (!byId.has(id)) return undefined;
      if (id === guide.preambleClause.id) return guide.preambleClause.text;
      return subtree(id)
        .sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0))
        .map((c) => c.text)
        .join('\n');
    },
    attachmentText,
    isClauseId,
    isAttachmentId,
  };
}

const LOOKUPS = new Map(GUIDE_VERSIONS.map((v) => [v, guideLookups(GUIDES.get(v) as Guide)]));

/** The lookups of a guide version. */
export function lookupsFor(version: GuideVersion = CURRENT_GUIDE): GuideLookups {
  return LOOKUPS.get(version) as GuideLookups;
}

const current = lookupsFor(CURRENT_GUIDE);

/** The current guide (jiangsu-2022). */
export const guide: Guide = current.guide;

/** The clause with this contract id ("1.2.3"), or undefined. */
export function clauseById(id: string): Clause | undefined {
  return current.clauseById(id);
}

/** The clauses of a program's subtree: its head clause (contract §2) and all its descendants, in order. */
export function clausesOfProgram(programId: ProgramId): readonly Clause[] {
  return current.clausesOfProgram(programId);
}

/**
 * Every clause that applies to a program: its subtree plus the clauses its group shares
 * (1.2.2 支持条件 … 1.2.5 支持数量 for smart-factory), in order.
 */
export function clausesApplyingTo(programId: ProgramId): readonly Clause[] {
  return current.clausesApplyingTo(programId);
}

/**
 * The clause at a heading path, titles outermost first (`["智能化改造和数字化转型",
 * "技术改造贷款贴息和设备补助项目", "补助标准"]`, or the same joined with " › ").
 */
export function clauseByHeadingPath(path: readonly string[] | string): Clause | undefined {
  return current.clauseByHeadingPath(path);
}

/** The clause's number as the guide prints it: "1.2.3" → "一、（二）3.". */
export function printedLabel(id: string): string | undefined {
  return current.printedLabel(id);
}

/** The performance-target form "A1-1" … "A1-23". */
export function formById(id: string): AttachmentForm | undefined {
  return current.formById(id);
}

/**
 * The clause's text with all its descendants ("1.3.2.1" gives the lead and ①–④), paragraphs
 * joined by "\n"; for "A1-1" … "A1-24" the attachment rendered as lines of its own words.
 */
export function fullText(id: string): string | undefined {
  return current.fullText(id);
}

/** An attachment (A1-1 … A1-24) as lines of its own words: title, fields, indicators, notes. */
export function attachmentText(id: string): string | undefined {
  return current.attachmentText(id);
}

/** Whether a value is the id of a clause of the current guide's body. */
export function isClauseId(value: unknown): value is string {
  return current.isClauseId(value);
}

/** Whether a value is an attachment id of the current guide (A1-1 … A1-24). */
export function isAttachmentId(value: unknown): value is string {
  return current.isAttachmentId(value);
}
