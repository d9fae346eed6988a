/**
 * Which programs a report page offers the pack for, and the links it shows. The page lists the
 * programs an enterprise qualifies for and, in detail, the still-open ones cheapest to settle; its
 * pack covers exactly those, so a 2,000-row sheet writes a handful of forms per enterprise rather
 * than one for every program nothing has ruled out yet.
 */
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
 * The links of each program's files, under `base` (a folder beside the page, or a kiosk path):
 * its forms, then its checklist (left out when `checklist` is false, as in the kiosk, whose chat
 * shows the checklist itself).
 */
export function packLinks(
  programs: readonly ProgramId[],
  profile: Profile,
  locale: Locale,
  href: (fileName: string, program: ProgramId, formId: string | null) => string,
  checklist = true,
): ProgramDownloads[] {
  return programs.map((program) => ({
    program,
    links: [
      ...applicationForms(program, profile).map((formId) => ({
        label: t(locale, 'pack.report.form_link', { number: formId.replace(/^A/u, '') }),
        href: href(formFileName(formId, program), program, formId),
      })),
      ...(checklist
        ? [{ label: t(locale, 'pack.report.checklist_link'), href: href(checklistFileName(program), program, null) }]
        : []),
    ],
  }));
}
