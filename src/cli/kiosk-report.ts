/**
 * After the event: the kiosk's stored dialogs (`npm run report -- --kiosk`) become the same index, pages,
 * `--json` summary and `--csv` as a sign-up sheet. Every web session in the kiosk's store is one enterprise;
 * its page is labelled with the name the visitor gave (else "自助诊断 N号"), shows the contact they gave, and a
 * dialog that never reached its verdict (`verdictShown`: the statuses were settled and shown) is included and
 * marked "对话未完成". `--since` keeps dialogs whose last stored turn is on or after that day (this machine's
 * time zone).
 */

import type { StoreLocation } from '../bot/store/store-location.ts';
import { readWebSessions, type StoredWebSession } from '../bot/store/web-sessions.ts';
import { visitOf } from '../bot/web/kiosk-visit.ts';
import { parseState } from '../dialogs/state.ts';
import { t } from '../i18n.ts';
import type { Profile } from '../rules/types.ts';
import { type EventReportOutcome, type ReportEntry, type ReportWriteOptions, writeReports } from './event-report.ts';
import { localIso } from './kiosk-links.ts';

/** What to run. */
export interface KioskReportOptions extends ReportWriteOptions {
  readonly location: StoreLocation;
  /** Local midnight (epoch ms) of the `--since` day; every dialog when absent. */
  readonly since?: number;
  /** The `--since` day as given, for the index's heading. */
  readonly sinceText?: string;
}

/**
 * `YYYY-MM-DD` as this machine's local midnight (epoch ms), or null for anything else, including a day that
 * does not exist (2026-02-30).
 */
export function parseDay(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(y, mo - 1, d);
  return day.getFullYear() === y && day.getMonth() === mo - 1 && day.getDate() === d ? day.getTime() : null;
}

/**
 * The report entries of stored web sessions: those with a dialog or a visit, active on or after `since`,
 * oldest first and numbered in that order.
 */
export function kioskEntries(
  sessions: readonly StoredWebSession[],
  locale: ReportWriteOptions['locale'],
  since?: number,
): ReportEntry[] {
  const dialogs = sessions
    .map((s) => {
      const state = parseState(s.value);
      const visit = visitOf(s.value);
      const lastActive = visit?.lastActive ?? s.updatedAt;
      return { state, visit, lastActive };
    })
    .filter((d) => d.state !== undefined || d.visit !== undefined)
    .filter((d) => since === undefined || (d.lastActive !== null && d.lastActive >= since))
    .sort((a, b) => (a.lastActive ?? 0) - (b.lastActive ?? 0));
  return dialogs.map((d, i) => {
    const number = i + 1;
    return {
      name: d.visit?.name ?? t(locale, 'kiosk.report.unnamed', { number }),
      creditCode: null,
      location: null,
      recommendingUnit: null,
      rowNumber: null,
      assumed: [],
      visit: {
        number,
        contact: d.visit?.contact ?? null,
        finished: d.state?.verdictShown === true,
        lastActive: d.lastActive === null ? '' : localIso(d.lastActive),
      },
      profile: (d.state?.profile ?? {}) as Profile,
    };
  });
}

/** Reads the kiosk's dialogs and writes the report. */
export async function writeKioskReport(options: KioskReportOptions): Promise<Omit<EventReportOutcome, 'reading'>> {
  const sessions = await readWebSessions(options.location);
  const entries = kioskEntries(sessions, options.locale, options.since);
  const source = options.sinceText
    ? t(options.locale, 'kiosk.report.source_since', { since: options.sinceText })
    : t(options.locale, 'kiosk.report.source');
  return writeReports(entries, entries.length, [], source, options);
}
