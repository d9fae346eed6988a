/**
 * What a page says about the kiosk besides the link box (`kiosk-link-box.ts`): why a page has no link, and
 * for a page drawn from a kiosk dialog, the contact its visitor gave and whether the dialog was finished.
 *
 * Pure.
 */
import type { Locale } from '../dialogs/types.ts';
import { t } from '../i18n.ts';
import { html, type SafeHtml } from './html.ts';
import type { EnterpriseInfo } from './report-model.ts';

/** "未生成现场扫码链接：…" when the report makes links but this page has none; nothing otherwise. */
export function kioskLinkMissingNote(e: EnterpriseInfo, locale: Locale): SafeHtml | null {
  if (!e.kioskLinkMissing || e.kioskLink) return null;
  return html`<p class="note kiosk-link-missing" data-kiosk-link-missing="${e.kioskLinkMissing}">${t(locale, `kiosk.link.missing.${e.kioskLinkMissing}`)}</p>`;
}

/** A kiosk dialog's contact, last activity and, when abandoned half-way, the mark saying so. */
export function visitNote(e: EnterpriseInfo, locale: Locale): SafeHtml | null {
  const v = e.visit;
  if (!v) return null;
  return html`<p class="note visit" data-finished="${String(v.finished)}">${[
    v.finished
      ? t(locale, 'kiosk.report.finished')
      : html`<strong class="unfinished">${t(locale, 'kiosk.report.unfinished')}</strong>`,
    v.contact ? ` · ${t(locale, 'kiosk.report.contact', { contact: v.contact })}` : '',
    v.lastActive
      ? ` · ${t(locale, 'kiosk.report.last_active', { at: v.lastActive.slice(0, 16).replace('T', ' ') })}`
      : '',
  ]}</p>`;
}

/** The mark beside an abandoned kiosk dialog's name in the index. */
export function unfinishedMark(e: EnterpriseInfo, locale: Locale): SafeHtml | null {
  if (!e.visit || e.visit.finished) return null;
  return html` <span class="unfinished" data-finished="false">${t(locale, 'kiosk.report.unfinished_mark')}</span>`;
}
