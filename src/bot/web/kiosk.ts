/**
 * The kiosk web chat for 免费诊断 events: the chat page at `/`, its JSON endpoint, and the printable
 * report of a finished dialog — the same page `npm run report` writes. It talks to the same dialog
 * service and store as every channel. Mounted on any Node HTTP server through one plain handler,
 * `(req, res) => boolean` (true when the request was the kiosk's), so the channels' single server
 * can include it (see docs/outreach.md).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import QRCode from 'qrcode';
import { z } from 'zod';
import { parseState } from '../../dialogs/state.ts';
import type { Inbound, Locale, Reply, SessionKey, SessionStore } from '../../dialogs/types.ts';
import { LOCALES, t } from '../../i18n.ts';
import { renderEnterprisePage } from '../../outreach/enterprise-page.ts';
import { buildEnterpriseReport } from '../../outreach/report-model.ts';
import type { ReportSources } from '../../outreach/sources.ts';
import { packPrograms } from '../../pack/pack.ts';
import { isFactKey } from '../../rules/facts.ts';
import type { FactValue, Profile, ProgramResult } from '../../rules/types.ts';
import { readBody } from '../http-server.ts';
import type { PrefillTokenStore } from '../store/prefill-tokens.ts';
import { captureTurn, type StateChange } from '../store/turn-capture.ts';
import { kioskDownloads, servePackForm } from './kiosk-pack.ts';
import { type KioskNotice, renderKioskPage } from './kiosk-page.ts';
import {
  KIOSK_CHAT_PATH,
  KIOSK_PACK_PATH,
  KIOSK_PAGE_PATH,
  KIOSK_PATHS,
  KIOSK_REPORT_PATH,
  KIOSK_START_PATH,
  KIOSK_VISITOR_PATH,
} from './kiosk-paths.ts';
import {
  cleanVisitorField,
  type KioskVisit,
  newVisit,
  prefillAnnouncement,
  prefilledSession,
  visitOf,
  withVisit,
} from './kiosk-visit.ts';

/** The dialog service as the kiosk sees it (`createDialogService(...)` satisfies it). */
export interface KioskDialog {
  handle(inbound: Inbound): Promise<readonly Reply[]>;
}

/** What the kiosk needs. */
export interface KioskDeps {
  readonly dialog: KioskDialog;
  readonly sources: ReportSources;
  /** The address phones should open (e.g. http://192.168.1.20:3000/), from KIOSK_PUBLIC_URL. */
  readonly publicUrl?: string;
  /** Without `publicUrl`: the address the server listens on (never a request's Host header). */
  readonly listenAddress?: () => string;
  /**
   * The dialog service's store: with it a browser's session is stored only from its first answer
   * (opening the page or pressing start stores nothing). Without it every turn is stored.
   */
  readonly store?: SessionStore;
  /** Signs the session cookie (KIOSK_COOKIE_SECRET); random per process when absent. */
  readonly cookieSecret?: string;
  /** New sessions one address may start per `newSessionWindowMs` (default 30 per 10 minutes). */
  readonly newSessionsPerAddress?: number;
  readonly newSessionWindowMs?: number;
  /** Told the code of a failed turn (never the user's text or figures). */
  readonly onError?: (code: string) => void;
  /** The one-time prefill links' store (the same store as the sessions); without it every link is refused. */
  readonly prefillTokens?: PrefillTokenStore;
  /** The clock of the visits' last activity, injectable for tests. */
  readonly now?: () => number;
}

/** A request handler that answers the kiosk's paths and returns false for any other. */
export type KioskHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

const SESSION_COOKIE = 'kiosk_sid';
const BODY_LIMIT = 16 * 1024;
const ChatBody = z.object({ text: z.string().max(2000), lang: z.enum(['zh-CN', 'en']).optional() });
const VisitorBody = z.object({ name: z.string().max(1000).nullish(), contact: z.string().max(1000).nullish() });

/** The kiosk's handler. */
export function createKioskHandler(deps: KioskDeps): KioskHandler {
  // One address, so one QR code: the cache holds the last address drawn and nothing else.
  let qrCache: { address: string; svg: Promise<string> } | undefined;
  const qr = (address: string) => {
    if (qrCache?.address !== address) {
      qrCache = { address, svg: QRCode.toString(address, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }) };
    }
    return qrCache.svg;
  };
  const publicAddress = () => deps.publicUrl ?? deps.listenAddress?.() ?? 'http://localhost/';
  const cookies = sessionCookies(deps.cookieSecret ?? randomBytes(32).toString('hex'));
  const limiter = newSessionLimiter(deps.newSessionsPerAddress ?? 30, deps.newSessionWindowMs ?? 10 * 60_000);
  const now = deps.now ?? Date.now;

  /**
   * One turn for a browser. A session is stored from the first answer only: turns of a browser
   * with no stored session (opening, /start, /reset) are run but not kept, and its first answer
   * replays /start before it so it answers the question the browser was shown.
   */
  async function turn(req: IncomingMessage, sid: string, text: string, locale: Locale): Promise<Reply[] | 'limited'> {
    const inbound = (t: string): Inbound => ({ channel: 'web', chatId: sid, userId: sid, text: t, locale });
    const store = deps.store;
    if (!store) return deps.dialog.handle(inbound(text)) as Promise<Reply[]>;
    const key: SessionKey = { channel: 'web', userId: sid };
    const stored = await store.read(key);
    const exists = stored !== undefined;
    const command = text.trimStart().startsWith('/');
    if (!exists && !command && !limiter.allow(req.socket.remoteAddress ?? 'unknown')) return 'limited';
    const { result, changes } = await captureTurn(async () => {
      if (!exists && !command) await deps.dialog.handle(inbound('/start'));
      return deps.dialog.handle(inbound(text));
    });
    const visit = visitOf(stored) ?? newVisit(now());
    const written = changes.findLast((c) => c.key.userId === sid)?.value;
    // The first turn of a prefilled dialog (it leaves the idle phase) says what the sign-up sheet filled in.
    const begun = written !== undefined && parseState(written)?.phase !== 'idle';
    const announce = begun && visit.prefilled !== null && !visit.announced;
    const announcement = announce ? prefillAnnouncement(written, visit, locale) : null;
    const kept: KioskVisit = { ...visit, lastActive: now(), announced: visit.announced || announce };
    if (exists || !command) await applyChanges(store, changes, kept);
    return announcement ? [{ kind: 'clarify', text: announcement, slot: null, choices: [] }, ...result] : [...result];
  }

  const fail = (res: ServerResponse, locale: Locale, err: unknown) => {
    deps.onError?.(err instanceof Error ? err.name : 'unknown');
    if (res.headersSent) return void res.end();
    sendJson(res, 500, { replies: [{ kind: 'clarify', text: t(locale, 'report.kiosk.error'), choices: [] }] });
  };

  const routes: Record<string, (req: IncomingMessage, res: ServerResponse, locale: Locale) => Promise<void>> = {
    [`GET ${KIOSK_PAGE_PATH}`]: page,
    [`POST ${KIOSK_CHAT_PATH}`]: chat,
    [`GET ${KIOSK_REPORT_PATH}`]: report,
    [`GET ${KIOSK_PACK_PATH}`]: pack,
    [`GET ${KIOSK_START_PATH}`]: redeem,
    [`POST ${KIOSK_VISITOR_PATH}`]: visitor,
  };

  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://kiosk.invalid');
    const locale = localeOf(url);
    const route = routes[`${req.method} ${url.pathname}`] ?? null;
    if (!route) return false;
    route(req, res, locale).catch((err: unknown) => fail(res, locale, err));
    return true;
  };

  /**
   * The chat page. A browser whose session a prefill link started gets the page that continues it, whether
   * it has not begun yet or its dialog is under way (a reload, the kiosk opened again in the same browser):
   * the link's token is spent, so resetting it would lose the sheet's facts for good. Any other starts
   * afresh; 重新开始 (/reset) ends a prefilled one too.
   */
  async function page(req: IncomingMessage, res: ServerResponse, locale: Locale): Promise<void> {
    const sid = cookies.read(req);
    const visit = sid && deps.store ? visitOf(await deps.store.read({ channel: 'web', userId: sid })) : undefined;
    const prefilled = visit?.prefilled ? visit : undefined;
    await sendPage(res, locale, {
      ...(sid ? {} : { cookie: cookies.issue() }),
      ...(prefilled ? { prefill: prefilled } : {}),
    });
  }

  async function sendPage(
    res: ServerResponse,
    locale: Locale,
    opts: { cookie?: string; prefill?: KioskVisit; notice?: KioskNotice },
  ): Promise<void> {
    const address = publicAddress();
    const body = renderKioskPage({
      locale,
      address,
      qrSvg: await qr(address),
      ...(opts.prefill
        ? {
            prefill: {
              count: opts.prefill.prefilled?.length ?? 0,
              name: opts.prefill.name,
              begun: opts.prefill.announced,
            },
          }
        : {}),
      ...(opts.notice ? { notice: opts.notice } : {}),
    });
    const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8', ...noStore };
    if (opts.cookie) headers['set-cookie'] = opts.cookie;
    res.writeHead(200, headers).end(body);
  }

  /**
   * A prefill link (`/kiosk/start?t=…`): the token is redeemed once and a new session starts with the sheet's
   * facts, under a new cookie (a shared tablet scanning a second enterprise's code does not mix the two). A
   * token unknown here, used already or expired gets the ordinary start page with a notice saying so.
   */
  async function redeem(req: IncomingMessage, res: ServerResponse, locale: Locale): Promise<void> {
    const token = new URL(req.url ?? '/', 'http://kiosk.invalid').searchParams.get('t') ?? '';
    const store = deps.store;
    let notice: KioskNotice = 'unknown';
    if (store && deps.prefillTokens) {
      try {
        const outcome = await deps.prefillTokens.redeem(token);
        if (outcome.ok) {
          const cookie = cookies.issue();
          const value = prefilledSession(outcome.prefill, locale, now());
          await store.write({ channel: 'web', userId: cookies.idOf(cookie) }, value);
          return sendPage(res, locale, { cookie, prefill: visitOf(value) as KioskVisit });
        }
        notice = outcome.code;
      } catch (err) {
        deps.onError?.(err instanceof Error ? err.name : 'unknown');
        notice = 'unavailable';
      }
    }
    await sendPage(res, locale, { ...(cookies.read(req) ? {} : { cookie: cookies.issue() }), notice });
  }

  /** The visitor's optional name and contact, kept with the session (nothing is stored when both are empty). */
  async function visitor(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const parsed = VisitorBody.safeParse(await readJson(req));
    if (!parsed.success) return void sendJson(res, 400, { error: 'bad_request' });
    const name = cleanVisitorField(parsed.data.name);
    const contact = cleanVisitorField(parsed.data.contact);
    const sid = cookies.read(req);
    const store = deps.store;
    if (!sid || !store) return void sendJson(res, sid ? 200 : 400, sid ? { stored: false } : { error: 'no_session' });
    const key: SessionKey = { channel: 'web', userId: sid };
    const stored = await store.read(key);
    if (stored === undefined && name === null && contact === null) return void sendJson(res, 200, { stored: false });
    if (stored === undefined && !limiter.allow(req.socket.remoteAddress ?? 'unknown')) {
      return void sendJson(res, 429, { error: 'too_many_sessions' });
    }
    const visit = { ...(visitOf(stored) ?? newVisit(now())), name, contact, lastActive: now() };
    await store.write(key, withVisit(stored, visit));
    sendJson(res, 200, { stored: true });
  }

  async function chat(req: IncomingMessage, res: ServerResponse, locale: Locale): Promise<void> {
    const parsed = ChatBody.safeParse(await readJson(req));
    if (!parsed.success) return void sendJson(res, 400, { error: 'bad_request' });
    let sid = cookies.read(req);
    const headers: Record<string, string> = {};
    if (!sid) {
      const cookie = cookies.issue();
      headers['set-cookie'] = cookie;
      sid = cookies.idOf(cookie);
    }
    const lang = parsed.data.lang ?? locale;
    const replies = await turn(req, sid, parsed.data.text, lang);
    if (replies === 'limited') {
      return void sendJson(res, 429, {
        error: 'too_many_sessions',
        replies: [{ kind: 'clarify', text: t(lang, 'report.kiosk.busy'), slot: null, choices: [] }],
      });
    }
    // The client gets text and choices; the full evaluation stays on the server (the report page draws it).
    const view = replies.map((r) => ({
      kind: r.kind,
      text: r.text,
      slot: r.kind === 'ask' || r.kind === 'clarify' ? r.slot : null,
      choices: r.kind === 'ask' || r.kind === 'clarify' ? r.choices : [],
      // After 需要申报表吗？ → yes: the forms as download links (the checklist is the text).
      ...(r.kind === 'answer' && r.pack ? { downloads: kioskDownloads(r.pack.programs, r.pack.profile, lang) } : {}),
    }));
    sendJson(res, 200, { replies: view }, headers);
  }

  /** The finished dialog's verdict, asked of the dialog as the user would ("/result"); null before one. */
  async function verdictOf(req: IncomingMessage, locale: Locale) {
    const sid = cookies.read(req);
    const result = sid ? await turn(req, sid, '/result', locale) : [];
    const replies = result === 'limited' ? [] : result;
    return replies.find((r): r is Extract<Reply, { kind: 'verdict' }> => r.kind === 'verdict') ?? null;
  }

  /**
   * The dialog's own profile (every fact the visitor gave, as the other channels use for the forms), read from
   * the store; without a store, the facts the verdict's traces read.
   */
  async function profileOf(req: IncomingMessage, evaluation: readonly ProgramResult[]): Promise<Profile> {
    const sid = cookies.read(req);
    const stored = sid && deps.store ? parseState(await deps.store.read({ channel: 'web', userId: sid })) : undefined;
    return stored ? stored.profile : profileSeen(evaluation);
  }

  async function pack(req: IncomingMessage, res: ServerResponse, locale: Locale): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://kiosk.invalid');
    const verdict = await verdictOf(req, locale);
    const profile = verdict ? await profileOf(req, verdict.evaluation) : null;
    await servePackForm(res, url, locale, profile, verdict?.evaluation ?? []);
  }

  async function report(req: IncomingMessage, res: ServerResponse, locale: Locale): Promise<void> {
    const verdict = await verdictOf(req, locale);
    if (!verdict) {
      res
        .writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...noStore })
        .end(t(locale, 'report.kiosk.no_report'));
      return;
    }
    const enterprise = {
      name: t(locale, 'report.kiosk_enterprise'),
      creditCode: null,
      location: null,
      recommendingUnit: null,
      rowNumber: null,
      assumed: [],
    };
    const profile = await profileOf(req, verdict.evaluation);
    const model = buildEnterpriseReport(enterprise, profile, verdict.evaluation);
    const downloads = kioskDownloads(packPrograms(verdict.evaluation), profile, locale);
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...noStore })
      .end(renderEnterprisePage(model, locale, deps.sources, downloads));
  }
}

/**
 * The kiosk as routes for a router that dispatches by exact path (the channels' `createRouter`):
 * one entry per kiosk path; a wrong method on a kiosk path answers 405.
 */
export function kioskRoutes(
  handler: KioskHandler,
): Record<string, (req: IncomingMessage, res: ServerResponse) => void> {
  return Object.fromEntries(
    KIOSK_PATHS.map((path) => [
      path,
      (req: IncomingMessage, res: ServerResponse) => {
        if (!handler(req, res)) res.writeHead(405).end();
      },
    ]),
  );
}

/**
 * The facts a dialog gathered, as the evaluation saw them: every base fact some condition read
 * with a known value. The verdict carries no profile, and this is exactly what the rules used.
 */
export function profileSeen(evaluation: readonly ProgramResult[]): Profile {
  const profile: Record<string, FactValue> = {};
  for (const result of evaluation) {
    for (const trace of result.trace) {
      for (const [key, value] of Object.entries(trace.seen)) {
        if (value !== undefined && isFactKey(key)) profile[key] = value;
      }
    }
  }
  return profile as Profile;
}

const noStore = { 'cache-control': 'no-store' };

function localeOf(url: URL): Locale {
  return LOCALES.find((l) => l === url.searchParams.get('lang')) ?? 'zh-CN';
}

/**
 * Session ids are the server's: 128 random bits, sent back in a cookie signed with HMAC-SHA-256,
 * `HttpOnly; SameSite=Strict`. A cookie the server did not sign (a client-chosen `0000…`) is no
 * session at all.
 */
function sessionCookies(secret: string) {
  const sign = (id: string) => createHmac('sha256', secret).update(id).digest('base64url');
  const pattern = new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=([0-9a-f]{32})\\.([A-Za-z0-9_-]{43})(?:;|$)`);
  return {
    issue(): string {
      const id = randomBytes(16).toString('hex');
      return `${SESSION_COOKIE}=${id}.${sign(id)}; Path=/; HttpOnly; SameSite=Strict`;
    },
    idOf(cookie: string): string {
      return cookie.slice(SESSION_COOKIE.length + 1, SESSION_COOKIE.length + 33);
    },
    read(req: IncomingMessage): string | null {
      const m = pattern.exec(req.headers.cookie ?? '');
      if (!m) return null;
      const [, id, mac] = m as unknown as [string, string, string];
      const expected = Buffer.from(sign(id));
      const given = Buffer.from(mac);
      return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
    },
  };
}

/** At most `max` new sessions per address per `windowMs`; the table itself is bounded too. */
function newSessionLimiter(max: number, windowMs: number) {
  const starts = new Map<string, number[]>();
  return {
    allow(address: string): boolean {
      const now = Date.now();
      const recent = (starts.get(address) ?? []).filter((at) => at > now - windowMs);
      if (recent.length >= max) return false;
      recent.push(now);
      starts.delete(address);
      starts.set(address, recent);
      // Oldest addresses first (insertion order): a flood of addresses cannot grow memory.
      while (starts.size > 10_000) starts.delete(starts.keys().next().value as string);
      return true;
    },
  };
}

/** Stores a turn's session writes, each with the visit's kiosk part (a delete, /reset, erases it with the rest). */
async function applyChanges(store: SessionStore, changes: readonly StateChange[], visit: KioskVisit): Promise<void> {
  for (const c of changes) {
    if (c.value === undefined) await store.delete(c.key);
    else await store.write(c.key, withVisit(c.value, visit));
  }
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  try {
    return JSON.parse(await readBody(req, BODY_LIMIT));
  } catch {
    // Too large or not JSON: the schema check refuses it as a bad request.
    return null;
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...noStore, ...headers })
    .end(JSON.stringify(body));
}
