/**
 * The kiosk web chat for 免费诊断 events: the chat page at `/`, its JSON endpoint, and the printable
 * report of a finished dialog — the same page `npm run report` writes. It talks to the same dialog
 * service and store as every channel. Mounted on any Node HTTP server through one plain handler,
 * `(req, res) => boolean` (true when the request was the kiosk's), so the channels' single server
 * can include it (see docs/outreach.md).
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import QRCode from 'qrcode';
import { z } from 'zod';
import type { Inbound, Locale, Reply } from '../../dialogs/types.ts';
import { LOCALES, t } from '../../i18n.ts';
import { renderEnterprisePage } from '../../outreach/enterprise-page.ts';
import { buildEnterpriseReport } from '../../outreach/report-model.ts';
import type { ReportSources } from '../../outreach/sources.ts';
import { packPrograms } from '../../pack/pack.ts';
import { isFactKey } from '../../rules/facts.ts';
import type { FactValue, Profile, ProgramResult } from '../../rules/types.ts';
import { readBody } from '../http-server.ts';
import { kioskDownloads, servePackForm } from './kiosk-pack.ts';
import { renderKioskPage } from './kiosk-page.ts';
import { KIOSK_CHAT_PATH, KIOSK_PACK_PATH, KIOSK_PAGE_PATH, KIOSK_PATHS, KIOSK_REPORT_PATH } from './kiosk-paths.ts';

/** The dialog service as the kiosk sees it (`createDialogService(...)` satisfies it). */
export interface KioskDialog {
  handle(inbound: Inbound): Promise<readonly Reply[]>;
}

/** What the kiosk needs. */
export interface KioskDeps {
  readonly dialog: KioskDialog;
  readonly sources: ReportSources;
  /** The address phones should open (e.g. http://192.168.1.20:3000/); default: the request's own Host. */
  readonly publicUrl?: string;
  /** Told the code of a failed turn (never the user's text or figures). */
  readonly onError?: (code: string) => void;
}

/** A request handler that answers the kiosk's paths and returns false for any other. */
export type KioskHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

const SESSION_COOKIE = 'kiosk_sid';
const BODY_LIMIT = 16 * 1024;
const ChatBody = z.object({ text: z.string().max(2000), lang: z.enum(['zh-CN', 'en']).optional() });

/** The kiosk's handler. */
export function createKioskHandler(deps: KioskDeps): KioskHandler {
  const qrCache = new Map<string, Promise<string>>();
  const qr = (address: string) => {
    let svg = qrCache.get(address);
    if (!svg) {
      svg = QRCode.toString(address, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
      qrCache.set(address, svg);
    }
    return svg;
  };

  const fail = (res: ServerResponse, locale: Locale, err: unknown) => {
    deps.onError?.(err instanceof Error ? err.name : 'unknown');
    if (res.headersSent) return void res.end();
    sendJson(res, 500, { replies: [{ kind: 'clarify', text: t(locale, 'report.kiosk.error'), choices: [] }] });
  };

  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://kiosk.invalid');
    const locale = localeOf(url);
    const route =
      url.pathname === KIOSK_PAGE_PATH && req.method === 'GET'
        ? page
        : url.pathname === KIOSK_CHAT_PATH && req.method === 'POST'
          ? chat
          : url.pathname === KIOSK_REPORT_PATH && req.method === 'GET'
            ? report
            : url.pathname === KIOSK_PACK_PATH && req.method === 'GET'
              ? pack
              : null;
    if (!route) return false;
    route(req, res, locale).catch((err: unknown) => fail(res, locale, err));
    return true;
  };

  async function page(req: IncomingMessage, res: ServerResponse, locale: Locale): Promise<void> {
    const address = deps.publicUrl ?? `http://${req.headers.host ?? 'localhost'}/`;
    const body = renderKioskPage({ locale, address, qrSvg: await qr(address) });
    const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8', ...noStore };
    if (!sessionOf(req)) headers['set-cookie'] = sessionCookie(randomUUID());
    res.writeHead(200, headers).end(body);
  }

  async function chat(req: IncomingMessage, res: ServerResponse, locale: Locale): Promise<void> {
    const parsed = ChatBody.safeParse(await readJson(req));
    if (!parsed.success) return void sendJson(res, 400, { error: 'bad_request' });
    let sid = sessionOf(req);
    const headers: Record<string, string> = {};
    if (!sid) {
      sid = randomUUID();
      headers['set-cookie'] = sessionCookie(sid);
    }
    const lang = parsed.data.lang ?? locale;
    const replies = await deps.dialog.handle({
      channel: 'web',
      chatId: sid,
      userId: sid,
      text: parsed.data.text,
      locale: lang,
    });
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
    const sid = sessionOf(req);
    const replies = sid
      ? await deps.dialog.handle({ channel: 'web', chatId: sid, userId: sid, text: '/result', locale })
      : [];
    return replies.find((r): r is Extract<Reply, { kind: 'verdict' }> => r.kind === 'verdict') ?? null;
  }

  async function pack(req: IncomingMessage, res: ServerResponse, locale: Locale): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://kiosk.invalid');
    const verdict = await verdictOf(req, locale);
    await servePackForm(res, url, locale, verdict && profileSeen(verdict.evaluation), verdict?.evaluation ?? []);
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
    const profile = profileSeen(verdict.evaluation);
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

function sessionOf(req: IncomingMessage): string | null {
  const cookie = req.headers.cookie ?? '';
  const m = new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=([0-9a-f-]{36})(?:;|$)`).exec(cookie);
  return m?.[1] ?? null;
}

function sessionCookie(sid: string): string {
  return `${SESSION_COOKIE}=${sid}; Path=/; HttpOnly; SameSite=Strict`;
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
