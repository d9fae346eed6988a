/**
 * The report's one-time kiosk links (issue 11, docs/outreach.md): for each enterprise a random token is
 * issued into the kiosk's own store (SQLite or Redis, as the environment configures the kiosk) standing for
 * the sheet's facts, and the page gets the link `<KIOSK_PUBLIC_URL>kiosk/start?t=<token>` as a QR code drawn
 * here (qrcode, no network). The link carries the token only. Without a kiosk address, or with the store
 * unreachable, each page says why there is no link and the report goes on.
 */
import QRCode from 'qrcode';
import { openPrefillTokens, type Prefill, type PrefillTokenStore } from '../bot/store/prefill-tokens.ts';
import type { StoreLocation } from '../bot/store/store-location.ts';
import { KIOSK_START_PATH } from '../bot/web/kiosk-paths.ts';
import type { KioskLink, KioskLinkMissing } from '../outreach/report-model.ts';
import { type SheetEntry, statedProfile } from '../outreach/sheet-rows.ts';
import { isFactKey } from '../rules/facts.ts';
import type { FactValue } from '../rules/types.ts';

/** Issues an enterprise's link, or says why there is none. */
export interface KioskLinks {
  /** Why no page has a link (null when links are made). */
  readonly missing: KioskLinkMissing | null;
  linkFor(entry: SheetEntry): Promise<KioskLink | null>;
  close(): Promise<void>;
}

/**
 * What a token stands for: the facts the row states (not the ones its reading assumed, which the kiosk
 * asks again) and the name.
 */
export function prefillOf(entry: SheetEntry): Prefill {
  const facts: Record<string, FactValue> = {};
  for (const [key, value] of Object.entries(statedProfile(entry.profile, entry.assumed))) {
    if (value !== undefined && isFactKey(key)) facts[key] = value;
  }
  return { name: entry.name, facts };
}

/** The link of a token: the kiosk's start path under its public address (a path in the address is kept). */
export function kioskStartUrl(base: string, token: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return new URL(`${KIOSK_START_PATH.slice(1)}?t=${token}`, root).href;
}

/** An instant as an ISO 8601 string in this machine's time zone (`2026-12-05T23:59:59+08:00`), as staff read it. */
export function localIso(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/**
 * Links for a report run. `baseUrl` from `--kiosk-url` or KIOSK_PUBLIC_URL; `expiresAt` (epoch ms) from
 * `--link-expires` or KIOSK_LINK_TTL_HOURS. `tokens` replaces the store the location names (tests).
 */
export async function openKioskLinks(options: {
  readonly baseUrl: string | undefined;
  readonly expiresAt: number;
  /** The kiosk's store (`storeLocation(env)`); needed only with a `baseUrl`. */
  readonly location?: StoreLocation;
  readonly tokens?: PrefillTokenStore;
}): Promise<KioskLinks> {
  const none = (missing: KioskLinkMissing): KioskLinks => ({
    missing,
    linkFor: async () => null,
    close: async () => {},
  });
  const base = options.baseUrl;
  if (!base) return none('no_kiosk_url');
  let tokens: PrefillTokenStore;
  try {
    if (options.tokens) tokens = options.tokens;
    else if (options.location) tokens = await openPrefillTokens(options.location);
    else return none('store_unavailable');
  } catch {
    return none('store_unavailable');
  }
  const expiresAt = localIso(options.expiresAt);
  return {
    missing: null,
    async linkFor(entry) {
      const url = kioskStartUrl(base, await tokens.issue(prefillOf(entry), options.expiresAt));
      const qrSvg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
      return { url, qrSvg, expiresAt };
    },
    close: () => tokens.close(),
  };
}
