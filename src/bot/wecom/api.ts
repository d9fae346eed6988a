/**
 * The WeCom server API the adapter needs: `gettoken` (cached for its lifetime, refetched when
 * WeCom says the token is invalid or expired) and `message/send` for text and template cards.
 * `apiRoot` points at the official host or, in tests, at a local fake.
 */
import { errorCode, type Logger } from '../log.ts';

/** Errors from the WeCom API, by code. */
export type WecomApiErrorCode = 'wecom_http' | 'wecom_errcode' | 'wecom_bad_response';

export class WecomApiError extends Error {
  constructor(
    readonly code: WecomApiErrorCode,
    readonly errcode?: number,
  ) {
    super(errcode === undefined ? code : `${code} ${errcode}`);
    this.name = 'WecomApiError';
  }
}

/** WeCom errcodes meaning "get a new access token and try again". */
export const INVALID_TOKEN_ERRCODES: ReadonlySet<number> = new Set([40014, 42001]);

// Refresh a little before WeCom's stated expiry so a token never dies mid-request.
const EXPIRY_MARGIN_MS = 5 * 60 * 1000;

export interface WecomApiConfig {
  readonly apiRoot: string;
  readonly corpId: string;
  readonly secret: string;
  readonly agentId: string;
}

/** A button on a `button_interaction` card. */
export interface WecomButton {
  readonly text: string;
  readonly key: string;
}

export interface WecomApi {
  sendText(toUser: string, content: string): Promise<void>;
  sendButtonCard(
    toUser: string,
    card: { title: string; desc: string; taskId: string; buttons: readonly WecomButton[] },
  ): Promise<void>;
  /** After a click: turn the card's buttons into one disabled "已选择…" (response_code from the event). */
  markCardChosen(toUser: string, responseCode: string, replaceName: string): Promise<void>;
}

interface WecomResponse {
  errcode?: number;
  errmsg?: string;
  access_token?: string;
  expires_in?: number;
}

export function createWecomApi(
  cfg: WecomApiConfig,
  log: Logger,
  now: () => number = () => Date.now(),
  fetchFn: typeof fetch = fetch,
): WecomApi {
  const root = cfg.apiRoot.replace(/\/+$/, '');
  let cached: { token: string; expiresAt: number } | undefined;
  let pending: Promise<string> | undefined;

  async function call(url: string, init?: RequestInit): Promise<WecomResponse> {
    let res: Response;
    try {
      res = await fetchFn(url, { ...init, signal: AbortSignal.timeout(10_000) });
    } catch (err) {
      log.warn('wecom_http_failed', { code: errorCode(err) });
      throw new WecomApiError('wecom_http');
    }
    if (!res.ok) throw new WecomApiError('wecom_http', res.status);
    try {
      return (await res.json()) as WecomResponse;
    } catch {
      throw new WecomApiError('wecom_bad_response');
    }
  }

  async function fetchToken(): Promise<string> {
    const q = new URLSearchParams({ corpid: cfg.corpId, corpsecret: cfg.secret });
    const body = await call(`${root}/cgi-bin/gettoken?${q}`);
    if (body.errcode !== 0 || typeof body.access_token !== 'string') {
      throw new WecomApiError('wecom_errcode', body.errcode);
    }
    const lifetimeMs = (typeof body.expires_in === 'number' ? body.expires_in : 7200) * 1000;
    cached = { token: body.access_token, expiresAt: now() + Math.max(lifetimeMs - EXPIRY_MARGIN_MS, lifetimeMs / 2) };
    log.debug('wecom_token_fetched', { expires_in: body.expires_in });
    return body.access_token;
  }

  async function token(): Promise<string> {
    if (cached && cached.expiresAt > now()) return cached.token;
    // Concurrent callers share one gettoken request.
    pending ??= fetchToken().finally(() => {
      pending = undefined;
    });
    return pending;
  }

  async function send(payload: Record<string, unknown>, method = 'message/send'): Promise<void> {
    const body = JSON.stringify({ ...payload, agentid: Number(cfg.agentId) });
    for (let attempt = 0; ; attempt++) {
      const accessToken = await token();
      const res = await call(`${root}/cgi-bin/${method}?access_token=${encodeURIComponent(accessToken)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      if (res.errcode === 0) return;
      if (attempt === 0 && res.errcode !== undefined && INVALID_TOKEN_ERRCODES.has(res.errcode)) {
        if (cached?.token === accessToken) cached = undefined;
        continue;
      }
      throw new WecomApiError('wecom_errcode', res.errcode);
    }
  }

  return {
    sendText: (toUser, content) => send({ touser: toUser, msgtype: 'text', text: { content } }),
    sendButtonCard: (toUser, card) =>
      send({
        touser: toUser,
        msgtype: 'template_card',
        template_card: {
          card_type: 'button_interaction',
          main_title: { title: card.title, desc: card.desc },
          task_id: card.taskId,
          button_list: card.buttons.map((b) => ({ text: b.text, style: 1, key: b.key })),
        },
      }),
    markCardChosen: (toUser, responseCode, replaceName) =>
      send(
        { userids: [toUser], response_code: responseCode, button: { replace_name: replaceName } },
        'message/update_template_card',
      ),
  };
}
