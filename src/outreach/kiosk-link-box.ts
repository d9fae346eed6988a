/**
 * The small box that invites an enterprise to finish its check at the event's kiosk: the QR code of
 * its one-time link (made by the kiosk's token store, never here) and when it expires. Shown on the
 * enterprise page (not on the worklist, where a scannable code on every line cost a second sheet); absent
 * when the report was made without kiosk links.
 *
 * Pure.
 */
import type { Locale } from '../dialogs/types.ts';
import { html, type SafeHtml, trusted } from './html.ts';
import type { KioskLink } from './report-model.ts';
import { reportWord } from './report-words.ts';

/** The expiry as staff and visitors read it: date and minute, in the link's own time zone offset as written. */
function expiryText(expiresAt: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/u.exec(expiresAt);
  return m ? `${m[1]} ${m[2]}` : expiresAt;
}

/** The box, or nothing when there is no link. */
export function kioskLinkBox(link: KioskLink | undefined, locale: Locale): SafeHtml | null {
  if (!link) return null;
  const w = (id: string, view?: Record<string, unknown>) => reportWord(locale, id, view);
  return html`<aside class="kiosk-link" data-kiosk-link="${link.url}">
<div class="qr">${trusted(link.qrSvg)}</div>
<div><p class="kiosk-link-title">${w('kiosk_link.title')}</p>
<p class="note">${w('kiosk_link.note', { expires: expiryText(link.expiresAt) })}</p>
<p class="note url">${link.url}</p></div>
</aside>`;
}
