/**
 * The WeCom server API the adapter needs: `gettoken` (cached for its lifetime, refetched when
 * WeCom says the token is invalid or expired), `message/send` for text, template cards and files,
 * and `media/upload` (type=file) for the file a file message carries.
 * `apiRoot` points at the official host or, in tests, at a local fake.
 */
import { randomBytes } from 'node:crypto';
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
  /** Uploads a temporary file (`media/upload?type=file`, valid 3 days); returns its media_id. */
  uploadFile(fileName: string, bytes: Buffer, contentType: string): Promise<string>;
  /** Sends an uploaded file as a file message. */
  sendFile(toUser: string, mediaId: string): Promise<void>;
}

interface WecomResponse {
  errcode?: number;
  errmsg?: string;
  access_token?: string;
  expires_in?: number;
  media_id?: string;
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

  /** POSTs to a method with the current token, fetching a new one once if WeCom refuses it. */
  async function post(method: string, init: { headers: Record<string, string>; body: string | Buffer }, query = '') {
    for (let attempt = 0; ; attempt++) {
      const accessToken = await token();
      const res = await call(`${root}/cgi-bin/${method}?access_token=${encodeURIComponent(accessToken)}${query}`, {
        method: 'POST',
        ...init,
      });
      if (res.errcode === 0) return res;
      if (attempt === 0 && res.errcode !== undefined && INVALID_TOKEN_ERRCODES.has(res.errcode)) {
        if (cached?.token === accessToken) cached = undefined;
        continue;
      }
      throw new WecomApiError('wecom_errcode', res.errcode);
    }
  }

  async function send(payload: Record<string, unknown>, method = 'message/send'): Promise<void> {
    const body = JSON.stringify({ ...payload, agentid: Number(cfg.agentId) });
    await post(method, { headers: { 'content-type': 'application/json' }, body });
  }

  async function uploadFile(fileName: string, bytes: Buffer, contentType: string): Promise<string> {
    // WeCom asks for filename and filelength in the part's Content-Disposition, so the body is
    // written out rather than left to FormData (which sends no filelength).
    const boundary = `----jfb${randomBytes(12).toString('hex')}`;
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="media"; filename="${fileName.replaceAll('"', '')}"; filelength=${bytes.length}\r\nContent-Type: ${contentType}\r\n\r\n`,
    );
    const body = Buffer.concat([head, bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]);
    const res = await post(
      'media/upload',
      { headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, body },
      '&type=file',
    );
    if (typeof res.media_id !== 'string' || res.media_id === '') throw new WecomApiError('wecom_bad_response');
    return res.media_id;
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
    uploadFile,
    sendFile: (toUser, mediaId) => send({ touser: toUser, msgtype: 'file', file: { media_id: mediaId } }),
  };
}
