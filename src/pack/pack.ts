/**
 * The application pack of one enterprise: for each program it is eligible for or that is still
 * open, the program's 绩效目标申报表 pre-filled from its answers (.xlsx) and its checklist of
 * documents with their clauses (.txt). Used by `npm run pack`, `npm run report`, the kiosk's
 * downloads and the channels' file sends; writing the files is the caller's.
 */
import type { Locale } from '../dialogs/types.ts';
import { t } from '../i18n.ts';
import { formById } from '../knowledge/guide.ts';
import type { ProgramId } from '../knowledge/program-catalogue.ts';
import { applicationForms, checklistText, documentChecklist } from '../rules/documents.ts';
import type { Profile, ProgramResult } from '../rules/types.ts';
import type { PackEnterprise } from './form-facts.ts';
import { formWorkbookBytes } from './form-workbook.ts';

export type { PackEnterprise } from './form-facts.ts';

/** An enterprise the pack knows nothing about besides its answers (a chat, the kiosk). */
export const ANONYMOUS: PackEnterprise = { name: null, projectName: null, recommendingUnit: null };

/** One file of a pack. */
export interface PackFile {
  readonly fileName: string;
  readonly kind: 'form' | 'checklist';
  /** The form's id ("A1-1") for a form. */
  readonly formId?: string;
  readonly bytes: Buffer;
}

/** The media type of a pack file, for uploads and downloads. */
export function mediaTypeOf(file: Pick<PackFile, 'kind'>): string {
  return file.kind === 'form'
    ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
    : 'text/plain; charset=utf-8';
}

/** The programs a pack covers: eligible or still open (needs_info), in the guide's order. */
export function packPrograms(
  results: readonly ProgramResult[],
  inFocus: ReadonlySet<ProgramId> | null = null,
): ProgramId[] {
  return results
    .filter((r) => r.status === 'eligible' || r.status === 'needs_info')
    .filter((r) => inFocus === null || inFocus.has(r.program))
    .map((r) => r.program);
}

/** "A1-1-tech-loan.xlsx": ASCII, so every platform and file system takes it as it is. */
export function formFileName(formId: string, program: ProgramId): string {
  return `${formId}-${program}.xlsx`;
}

/** "checklist-tech-loan.txt". */
export function checklistFileName(program: ProgramId): string {
  return `checklist-${program}.txt`;
}

/** One form of a program, filled from a profile, as a file. */
export function formFile(
  formId: string,
  program: ProgramId,
  profile: Profile,
  enterprise: PackEnterprise,
  locale: Locale,
): PackFile {
  const form = formById(formId);
  if (!form) throw new Error(`no form ${formId}`);
  const bytes = formWorkbookBytes({
    form,
    profile,
    enterprise,
    checklist: documentChecklist(program, profile),
    locale,
  });
  return { fileName: formFileName(formId, program), kind: 'form', formId, bytes };
}

// A checklist depends only on which of its boxes are ticked: a report's thousands share a few texts.
const checklistBytes = new Map<string, Buffer>();

/** A program's checklist as a UTF-8 text file (with a BOM, so Windows Notepad reads it as UTF-8). */
export function checklistFile(program: ProgramId, profile: Profile, locale: Locale): PackFile {
  const key = `${locale} ${program} ${documentChecklist(program, profile)
    .map((i) => `${i.id}${i.confirmed ? '+' : '-'}`)
    .join(' ')}`;
  let bytes = checklistBytes.get(key);
  if (!bytes) {
    const text = `${checklistText(program, profile, locale)}\n\n${t(locale, 'pack.checklist.legend')}\n`;
    bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    checklistBytes.set(key, bytes);
  }
  return { fileName: checklistFileName(program), kind: 'checklist', bytes };
}

/** A program's files: its forms (one, or one per project kind), then its checklist. */
export function programPack(
  program: ProgramId,
  profile: Profile,
  enterprise: PackEnterprise,
  locale: Locale,
): PackFile[] {
  const forms = applicationForms(program, profile).map((id) => formFile(id, program, profile, enterprise, locale));
  return [...forms, checklistFile(program, profile, locale)];
}

/** The caption of a form file ("附件1-1 技术改造…申报表（已预填）"). */
export function formCaption(formId: string, locale: Locale): string {
  return t(locale, 'pack.file.caption', {
    number: formId.replace(/^A/u, ''),
    title: formById(formId)?.title ?? formId,
  });
}
