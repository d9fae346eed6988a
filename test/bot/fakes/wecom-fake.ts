/**
 * A fake of the WeCom API (`gettoken`, `message/send`, `media/upload`) and of WeCom's side of the callback:
 * it encrypts and signs deliveries exactly as WeCom does and posts them to the bot.
 */
import { aesKeyFrom, wecomEncrypt, wecomSignature } from '../../../src/bot/wecom/crypto.ts';
import { cdata } from '../../../src/bot/wecom/xml.ts';
import { type FakeServer, startFakeServer, waitUntil } from './fake-server.ts';
import { type FormPart, parseMultipart } from './multipart.ts';

export const WECOM_TEST_APP = {
  corpId: 'ww1436e0e65a779aee',
  agentId: '1000002',
  secret: 'test-secret-not-real',
  token: 'hJqcu3uJ9Tn2gXPmxx2w9kkCkCE2EPYo',
  encodingAesKey: '6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt',
};

/** The WeCom variables of `npm start`, pointed at a fake's API root. */
export function wecomEnv(apiRoot: string, app = WECOM_TEST_APP): Record<string, string> {
  return {
    WECOM_CORP_ID: app.corpId,
    WECOM_AGENT_ID: app.agentId,
    WECOM_SECRET: app.secret,
    WECOM_TOKEN: app.token,
    WECOM_ENCODING_AES_KEY: app.encodingAesKey,
    WECOM_API_ROOT: apiRoot,
  };
}

export interface WecomSent {
  readonly touser: string;
  readonly msgtype: 'text' | 'template_card' | 'file';
  readonly text?: { content: string };
  readonly file?: { media_id: string };
  readonly template_card?: {
    card_type: string;
    task_id: string;
    button_list: { text: string; key: string }[];
  };
}

export interface WecomFake {
  readonly server: FakeServer;
  readonly sent: WecomSent[];
  /** Bodies of message/update_template_card calls. */
  readonly cardUpdates: Record<string, unknown>[];
  /** Files uploaded through media/upload, by the media_id handed back. */
  readonly uploads: Map<string, FormPart & { type: string | null }>;
  /** The next media/upload answers with this errcode once. */
  failNextUploadWith(errcode: number): void;
  tokenFetches(): number;
  /** The next message/send answers with this errcode once. */
  failNextSendWith(errcode: number): void;
  waitForSent(count: number, timeoutMs?: number): Promise<WecomSent[]>;
  close(): Promise<void>;
}

export async function startWecomFake(app = WECOM_TEST_APP): Promise<WecomFake> {
  const sent: WecomSent[] = [];
  const cardUpdates: Record<string, unknown>[] = [];
  let tokens = 0;
  let current = '';
  let failNext: number | undefined;
  let failUpload: number | undefined;
  const uploads = new Map<string, FormPart & { type: string | null }>();
  const server = await startFakeServer((req) => {
    if (req.path === '/cgi-bin/gettoken') {
      if (req.query.get('corpid') !== app.corpId || req.query.get('corpsecret') !== app.secret) {
        return { json: { errcode: 40001, errmsg: 'invalid credential' } };
      }
      tokens++;
      current = `token-${tokens}`;
      return { json: { errcode: 0, errmsg: 'ok', access_token: current, expires_in: 7200 } };
    }
    if (req.path === '/cgi-bin/message/send' && req.method === 'POST') {
      if (failNext !== undefined) {
        const errcode = failNext;
        failNext = undefined;
        return { json: { errcode, errmsg: 'fail' } };
      }
      if (req.query.get('access_token') !== current)
        return { json: { errcode: 40014, errmsg: 'invalid access_token' } };
      sent.push(JSON.parse(req.body) as WecomSent);
      return { json: { errcode: 0, errmsg: 'ok' } };
    }
    if (req.path === '/cgi-bin/media/upload' && req.method === 'POST') {
      if (req.query.get('access_token') !== current)
        return { json: { errcode: 40014, errmsg: 'invalid access_token' } };
      if (failUpload !== undefined) {
        const errcode = failUpload;
        failUpload = undefined;
        return { json: { errcode, errmsg: 'fail' } };
      }
      const media = parseMultipart(req).find((p) => p.name === 'media' && p.filename);
      // WeCom refuses files of 5 bytes or fewer.
      if (!media || media.bytes.length <= 5) return { json: { errcode: 40005, errmsg: 'invalid file type' } };
      const mediaId = `media-${uploads.size + 1}`;
      uploads.set(mediaId, { ...media, type: req.query.get('type') });
      return { json: { errcode: 0, errmsg: '', type: 'file', media_id: mediaId, created_at: '1380000000' } };
    }
    if (req.path === '/cgi-bin/message/update_template_card' && req.method === 'POST') {
      if (req.query.get('access_token') !== current)
        return { json: { errcode: 40014, errmsg: 'invalid access_token' } };
      cardUpdates.push(JSON.parse(req.body) as Record<string, unknown>);
      return { json: { errcode: 0, errmsg: 'ok' } };
    }
    return { status: 404, json: { errcode: 404 } };
  });
  return {
    server,
    sent,
    cardUpdates,
    uploads,
    failNextUploadWith: (errcode) => {
      failUpload = errcode;
    },
    tokenFetches: () => tokens,
    failNextSendWith: (errcode) => {
      failNext = errcode;
    },
    async waitForSent(count, timeoutMs = 10_000) {
      await waitUntil(() => sent.length >= count, timeoutMs, `${count} WeCom messages (have ${sent.length})`);
      return sent;
    },
    close: () => server.close(),
  };
}

let nonceCounter = 0;

/** Encrypts and signs `xml` as WeCom would; returns the query string and the POST body. */
export function sealForCallback(
  xml: string,
  app = WECOM_TEST_APP,
  /** Seconds since the epoch; now by default. */
  at = Math.floor(Date.now() / 1000),
): { query: string; body: string } {
  const encrypted = wecomEncrypt(aesKeyFrom(app.encodingAesKey), xml, app.corpId);
  const timestamp = String(at);
  const nonce = String(++nonceCounter + 1000);
  const sig = wecomSignature(app.token, timestamp, nonce, encrypted);
  const query = new URLSearchParams({ msg_signature: sig, timestamp, nonce }).toString();
  const body = `<xml><ToUserName>${cdata(app.corpId)}</ToUserName><AgentID>${cdata(app.agentId)}</AgentID><Encrypt>${cdata(encrypted)}</Encrypt></xml>`;
  return { query, body };
}

export function textXml(user: string, text: string, msgId: string, app = WECOM_TEST_APP): string {
  return `<xml><ToUserName>${cdata(app.corpId)}</ToUserName><FromUserName>${cdata(user)}</FromUserName><CreateTime>${Math.floor(Date.now() / 1000)}</CreateTime><MsgType>${cdata('text')}</MsgType><Content>${cdata(text)}</Content><MsgId>${msgId}</MsgId><AgentID>${app.agentId}</AgentID></xml>`;
}

export function cardClickXml(
  user: string,
  key: string,
  taskId: string,
  createTime: string,
  app = WECOM_TEST_APP,
): string {
  return `<xml><ToUserName>${cdata(app.corpId)}</ToUserName><FromUserName>${cdata(user)}</FromUserName><CreateTime>${createTime}</CreateTime><MsgType>${cdata('event')}</MsgType><Event>${cdata('template_card_event')}</Event><EventKey>${cdata(key)}</EventKey><TaskId>${cdata(taskId)}</TaskId><CardType>${cdata('button_interaction')}</CardType><ResponseCode>${cdata('rc')}</ResponseCode><AgentID>${app.agentId}</AgentID></xml>`;
}

/** Posts a sealed delivery to the bot's callback; returns the HTTP status and body. */
export async function postToBot(
  botUrl: string,
  sealed: { query: string; body: string },
): Promise<{ status: number; body: string; ms: number }> {
  const t0 = performance.now();
  const res = await fetch(`${botUrl}/wecom/callback?${sealed.query}`, {
    method: 'POST',
    headers: { 'content-type': 'text/xml' },
    body: sealed.body,
  });
  return { status: res.status, body: await res.text(), ms: performance.now() - t0 };
}
