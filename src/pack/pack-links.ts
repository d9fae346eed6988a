/** The links a page (or the kiosk) shows to a pack's files. */
import type { Locale } from '../dialogs/types.ts';
import { t } from '../i18n.ts';
import type { ProgramId } from '../knowledge/program-catalogue.ts';
import { applicationForms } from '../rules/documents.ts';
import type { Profile } from '../rules/types.ts';
import { checklistFileName, formFileName } from './pack.ts';

/** One link of a page's pack section. */
export interface PackLink {
  readonly label: string;
  readonly href: string;
}

/** A program's downloads on a page. */
export interface ProgramDownloads {
  readonly program: ProgramId;
  readonly links: readonly PackLink[];
}

/**
 * The links of each program's files, each at `href(...)` (a folder beside the page, or a kiosk
 * path): its forms, then its checklist; either can be left out (the kiosk's chat shows the
 * checklist itself; a report page writes forms only for the programs it qualifies).
 */
export function packLinks(
  programs: readonly ProgramId[],
  profile: Profile,
  locale: Locale,
  href: (fileName: string, program: ProgramId, formId: string | null) => string,
  { forms = true, checklist = true }: { forms?: boolean; checklist?: boolean } = {},
): ProgramDownloads[] {
  return programs.map((program) => ({
    program,
    links: [
      ...(forms ? applicationForms(program, profile) : []).map((formId) => ({
        label: t(locale, 'pack.report.form_link', { number: formId.replace(/^A/u, '') }),
        href: href(formFileName(formId, program), program, formId),
      })),
      ...(checklist
        ? [{ label: t(locale, 'pack.report.checklist_link'), href: href(checklistFileName(program), program, null) }]
        : []),
    ],
  }));
}
