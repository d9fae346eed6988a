/**
 * The kiosk's downloads of the application pack: the links a finished dialog shows (in the chat
 * after "需要申报表吗？" → yes, and on its printable report), and the route that builds a form from
 * the session's own answers. Nothing is stored: each download is built when asked.
 */
import type { ServerResponse } from 'node:http';
import type { Locale } from '../../dialogs/types.ts';
import { t } from '../../i18n.ts';
import type { ProgramId } from '../../knowledge/program-catalogue.ts';
import { ANONYMOUS, formFile, mediaTypeOf, packPrograms } from '../../pack/pack.ts';
import { type ProgramDownloads, packLinks } from '../../pack/pack-links.ts';
import { applicationForms } from '../../rules/documents.ts';
import type { Profile, ProgramResult } from '../../rules/types.ts';
import { KIOSK_PACK_PATH } from './kiosk-paths.ts';

/** The form links of programs for the kiosk (the checklist is shown in the chat and on the page). */
export function kioskDownloads(programs: readonly ProgramId[], profile: Profile, locale: Locale): ProgramDownloads[] {
  return packLinks(
    programs,
    profile,
    locale,
    (_file, program, formId) =>
      `${KIOSK_PACK_PATH}?${new URLSearchParams({ program, form: formId ?? '', lang: locale })}`,
    { checklist: false },
  );
}

/**
 * Sends one pre-filled form of the session's dialog, or a plain 404 when there is no verdict yet or
 * the form is not one the verdict offers.
 */
export async function servePackForm(
  res: ServerResponse,
  url: URL,
  locale: Locale,
  profile: Profile | null,
  evaluation: readonly ProgramResult[],
): Promise<void> {
  const program = packPrograms(evaluation).find((p) => p === url.searchParams.get('program'));
  const formId = url.searchParams.get('form') ?? '';
  if (!profile || !program || !applicationForms(program, profile).includes(formId)) {
    res
      .writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' })
      .end(t(locale, 'report.kiosk.no_report'));
    return;
  }
  const file = formFile(formId, program, profile, ANONYMOUS, locale);
  res
    .writeHead(200, {
      'content-type': mediaTypeOf(file),
      'content-disposition': `attachment; filename="${file.fileName}"`,
      'cache-control': 'no-store',
    })
    .end(file.bytes);
}
